"""Linear time on pathological input: every text entry point at 10 KB, 100 KB and 1 MB.

For each family of inputs that once made an entry point super-linear (regular expressions
that backtrack over runs of spaces, digits or date words; huge numbers; deep JSON; long form
cells) this times the entry point on inputs of 10 KB, 100 KB and 1 MB, interleaved with a
reference that is linear by construction (`str.split` over the same text), and prints the
growth ratios. Linear input handling grows about 10× for each 10× of input, the same as the
reference; a quadratic one about 100×.

    .venv/bin/python benchmarks/bench_linear.py
"""

from __future__ import annotations

import contextlib
import io
import time
from collections.abc import Callable

from perfindicator import (
    Findings,
    PerfIndicatorError,
    Project,
    evaluate,
    from_json,
    parse_quantity,
    parse_target,
    read_forms,
)
from perfindicator.cli import main as cli_main

SIZES = (10_000, 100_000, 1_000_000)
HEADER = "财政项目支出绩效目标申报表\n(2022年度)\n项目名称\t示例\n计划开始日期\t2022-01-01\t计划完成日期\t2022-12-31\n"
TABLE = "绩效指标\t一级指标\t二级指标\t三级指标\t指标目标值\n\t产出指标\t数量指标\t示例指标\t"


def _fill(prefix: str, unit: str, suffix: str, size: int) -> str:
    """`prefix`, then `unit` repeated up to `size` characters, then `suffix`."""
    return prefix + unit * max(1, (size - len(prefix) - len(suffix)) // len(unit)) + suffix


def _quietly(function: Callable[[str], object]) -> Callable[[str], object]:
    def run(text: str) -> object:
        try:
            return function(text)
        except PerfIndicatorError as error:
            return error

    return run


def _cli_lint(text: str) -> object:
    with contextlib.redirect_stderr(io.StringIO()):
        return cli_main(["lint", "-"], stdout=io.StringIO(), stdin=io.BytesIO(text.encode()))


FAMILIES: list[tuple[str, Callable[[str], object], Callable[[int], str]]] = [
    (
        "parse_target: 12月 + spaces + x",
        _quietly(parse_target),
        lambda n: _fill("12月", " ", "x", n),
    ),
    (
        "parse_target: 12月底 + spaces + x",
        _quietly(parse_target),
        lambda n: _fill("12月底", " ", "x", n),
    ),
    (
        "parse_target: 2022年 + spaces + x",
        _quietly(parse_target),
        lambda n: _fill("2022年", " ", "x", n),
    ),
    (
        "parse_target: >= + spaces + digits",
        _quietly(parse_target),
        lambda n: _fill(">=", " 9", "%", n),
    ),
    (
        "parse_target: digits then separators",
        _quietly(parse_target),
        lambda n: _fill("1", "-1", "x", n),
    ),
    ("parse_target: operator words", _quietly(parse_target), lambda n: _fill("", "不低于", "1", n)),
    (
        "parse_target: change words",
        _quietly(parse_target),
        lambda n: _fill("较上年", "提升 ", "5%", n),
    ),
    (
        "parse_target: zero-width characters",
        _quietly(parse_target),
        lambda n: _fill("\u200b", "\u200b ", ">=95%", n),
    ),
    (
        "parse_target: 年底 + spaces + 前x",
        _quietly(parse_target),
        lambda n: _fill("年底", " ", "前x", n),
    ),
    ("parse_target: ~ and - runs", _quietly(parse_target), lambda n: _fill("1", "~-", "x", n)),
    ("parse_target: date words", _quietly(parse_target), lambda n: _fill("", "年月底末", "", n)),
    ("parse_target: 12月 repeated", _quietly(parse_target), lambda n: _fill("", "12月", "", n)),
    (
        "parse_target: thousands groups",
        _quietly(parse_target),
        lambda n: _fill("1", ",000", "%", n),
    ),
    ("parse_target: Arabic-Indic digits", _quietly(parse_target), lambda n: _fill("", "٩", "%", n)),
    ("parse_target: a long unit", _quietly(parse_target), lambda n: _fill("1", "个", "", n)),
    (
        "parse_target: ISO date + spaces + 前x",
        _quietly(parse_target),
        lambda n: _fill("2022-06-30", " ", "前x", n),
    ),
    ("parse_quantity: digits", _quietly(parse_quantity), lambda n: _fill("", "9", "%", n)),
    (
        "parse_quantity: spaces around a number",
        _quietly(parse_quantity),
        lambda n: _fill(" " * (n // 2) + "1", " ", "%x", n),
    ),
    (
        "parse_quantity: number + spaces + x",
        _quietly(parse_quantity),
        lambda n: _fill("95", " ", "x", n),
    ),
    (
        "evaluate: deadline actual 12月 + spaces",
        _quietly(lambda text: evaluate("2022年12月底前", text)),
        lambda n: _fill("2022年12月", " ", "x", n),
    ),
    (
        "read_forms: a target cell of spaces",
        _quietly(read_forms),
        lambda n: _fill(HEADER + TABLE + "12月", " ", "x\n", n),
    ),
    (
        "read_forms: many indicator rows",
        _quietly(read_forms),
        lambda n: _fill(HEADER + TABLE + ">=1次\n", "\t\t\t指标\t>=1次\n", "", n),
    ),
    (
        "read_forms: page breaks and tabs",
        _quietly(read_forms),
        lambda n: _fill(HEADER, "\f\t", "\n", n),
    ),
    (
        "cli lint: a target cell of spaces",
        _cli_lint,
        lambda n: _fill(HEADER + TABLE + "12月", " ", "x\n", n),
    ),
    (
        "from_json: a long integer",
        _quietly(lambda text: from_json(text, Project)),
        lambda n: _fill('{"year": ', "1", "}", n),
    ),
    (
        "from_json: deep nesting",
        _quietly(lambda text: from_json(text, Findings)),
        lambda n: "[" * (n // 2) + "]" * (n // 2),
    ),
    (
        "from_json: many duplicate keys",
        _quietly(lambda text: from_json(text, Project)),
        lambda n: "{" + ",".join(['"name": "x"'] * (n // 12)) + "}",
    ),
]


def _seconds(function: Callable[[str], object], text: str) -> float:
    start = time.perf_counter()
    function(text)
    return time.perf_counter() - start


def _reference(text: str) -> object:
    return len(text.split())


def main() -> None:
    print(f"{'family':<44} {'10KB→100KB':>12} {'100KB→1MB':>12} {'reference':>12} {'1MB ms':>9}")
    for name, function, make in FAMILIES:
        texts = [make(size) for size in SIZES]
        best = [float("inf")] * len(SIZES)
        reference = [float("inf")] * len(SIZES)
        for _ in range(3):
            # Interleaved: entry point and reference take turns on each size.
            for k, text in enumerate(texts):
                best[k] = min(best[k], _seconds(function, text))
                reference[k] = min(reference[k], _seconds(_reference, text))
        growth = [best[k + 1] / best[k] for k in range(len(SIZES) - 1)]
        ref_growth = reference[2] / reference[1]
        print(
            f"{name:<44} {growth[0]:11.1f}× {growth[1]:11.1f}× {ref_growth:11.1f}× "
            f"{best[2] * 1000:9.1f}"
        )


if __name__ == "__main__":
    main()
