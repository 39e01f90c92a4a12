"""Parsing targets, as a ratio to constructing a `packaging` `Specifier` (issues #2 and #16).

First sight is `parse_target` on spellings its cache does not hold (it is emptied before
each slice of work): the corpus's distinct readable spellings (`tests/data/targets.tsv`),
and the two commonest shapes, `>=95%` and `及时`, as 500 spellings each (other numbers,
other words of two characters), so that every call is a real first sight. Batch tools then
see the same few hundred spellings again and again, which the cache serves. The reference
is `Specifier(">=1.0")`, once for every `parse_target` call. Timed by `run_all.py`, which
prints these figures with their goals:

    .venv/bin/python benchmarks/bench_parse.py
"""

from __future__ import annotations

import csv
from pathlib import Path

import run_all
from packaging.specifiers import Specifier

from perfindicator import Qualitative, TargetSyntaxError, parse_target
from perfindicator.grammar.parse import _cached

ROOT = Path(__file__).parents[1]

# Passes over the corpus, and calls of one spelling, in a slice of work: about a millisecond.
_PASSES = 4
_CALLS = 500


def corpus_spellings() -> list[str]:
    """The distinct target spellings of the corpus that read as targets."""
    with (ROOT / "tests/data/targets.tsv").open(encoding="utf-8", newline="") as f:
        texts = {row["target_value"] for row in csv.DictReader(f, delimiter="\t")}
    readable = []
    for text in sorted(texts):
        try:
            parse_target(text)
        except TargetSyntaxError:
            continue
        readable.append(text)
    return readable


def _specifiers(count: int) -> None:
    for _ in range(count):
        Specifier(">=1.0")


def first_sight_corpus() -> run_all.Workload:
    """A slice: every corpus spelling parsed on first sight, `_PASSES` times over."""
    texts = corpus_spellings()

    def parse_all() -> None:
        for _ in range(_PASSES):
            _cached.cache_clear()
            for text in texts:
                parse_target(text)

    return parse_all, lambda: _specifiers(_PASSES * len(texts))


# Characters of qualitative targets (及时, 有效, 显著, …): words of two of them have the shape
# of 及时.
_WORD_CHARACTERS = "及时合规有效完成良好显著提升稳定持续改善明显增强保障达标"


def spellings(shape: str) -> list[str]:
    """`_CALLS` spellings of the shape of `>=95%` (other numbers) or `及时` (other words)."""
    if shape == ">=95%":
        return [f">={n}%" for n in range(10, 10 + _CALLS)]
    assert shape == "及时", shape
    pairs = dict.fromkeys(a + b for a in _WORD_CHARACTERS for b in _WORD_CHARACTERS)
    words = [text for text in pairs if isinstance(parse_target(text), Qualitative)]
    assert len(words) >= _CALLS, len(words)
    return words[:_CALLS]


def first_sight(shape: str) -> run_all.Workload:
    """A slice: `_CALLS` spellings of one shape, each parsed on first sight."""
    texts = spellings(shape)

    def parse_all() -> None:
        _cached.cache_clear()
        for text in texts:
            parse_target(text)

    return parse_all, lambda: _specifiers(_CALLS)


def cached_corpus() -> run_all.Workload:
    """A slice: every corpus spelling parsed again, served by the cache, `_PASSES` times over."""
    texts = corpus_spellings()

    def parse_all() -> None:
        for _ in range(_PASSES):
            for text in texts:
                parse_target(text)

    return parse_all, lambda: _specifiers(_PASSES * len(texts))


if __name__ == "__main__":
    run_all.main(["bench_parse"])
