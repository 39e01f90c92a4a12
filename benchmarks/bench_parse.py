"""Parsing targets, as a ratio to constructing a `packaging` `Specifier` (issue #2).

Typical targets are the spellings of the seed forms and the corpus. Batch tools see the same
few hundred spellings again and again, which the parser's cache serves; the uncached figure
is the cost of the first sight of a spelling.
"""

from __future__ import annotations

import csv
from functools import partial
from pathlib import Path

from _timing import per_call, report
from packaging.specifiers import Specifier

from perfindicator import TargetSyntaxError, parse_target
from perfindicator.grammar.parse import _read_target

ROOT = Path(__file__).parents[1]


def typical_targets() -> list[str]:
    with (ROOT / "tests/data/targets.tsv").open(encoding="utf-8", newline="") as f:
        texts = [row["target_value"] for row in csv.DictReader(f, delimiter="\t")]
    readable = []
    for text in texts:
        try:
            parse_target(text)
        except TargetSyntaxError:
            continue
        readable.append(text)
    return readable


def main() -> None:
    texts = typical_targets()
    uncached = _read_target
    n = len(texts)
    reference = per_call(lambda: Specifier(">=1.0"), number=20_000)
    report('Specifier(">=1.0")  (reference)', reference, reference)

    def parse_all_cached() -> None:
        for text in texts:
            parse_target(text)

    def parse_all_uncached() -> None:
        for text in texts:
            uncached(text)

    report(
        f"parse_target, cached, mean over {n} spellings",
        per_call(parse_all_cached, number=200) / n,
        reference,
    )
    report(
        f"parse_target, uncached, mean over {n} spellings",
        per_call(parse_all_uncached, number=20) / n,
        reference,
    )
    for text in (">=95%", "及时", "2022年12月底前", "≥ 95 ％", "90%-95%"):
        report(f"  uncached {text!r}", per_call(partial(uncached, text), number=5_000), reference)


if __name__ == "__main__":
    main()
