"""Reading forms: the speed of `read_forms`, and its growth on pathological text.

1. 1,000 forms of 40 indicators, as a ratio to splitting the same text: the reference is
   splitting it into rows at `\\n` and each row at tabs, the least any reader of the layout
   must do.
2. Each family of text that could make a form reader (or `format_form`'s check of a project's
   texts) super-linear, at 10 KB, 100 KB and 1 MB, with the growth ratio of each 10× step
   beside that of the reference on the same text. Linear work grows about 10× per step, like
   the reference; quadratic work about 100×.

    .venv/bin/python benchmarks/bench_forms.py
"""

from __future__ import annotations

import datetime
import functools
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import attrs
from _timing import per_call

from perfindicator import FormError, Project, format_form, read_forms
from perfindicator.io import decode

T = TypeVar("T")

ROOT = Path(__file__).parents[1]
SIZES = (10_000, 100_000, 1_000_000)

TITLE = "财政项目支出绩效目标申报表\n"
FIELDS = "项目名称\t测试项目\n计划开始日期\t2022-01-01\t计划完成日期\t2022-12-31\n"
GOALS = "项目绩效目标\t项目总目标\t\t年度总目标\t\n"
TABLE = "绩效指标\t一级指标\t二级指标\t三级指标\t指标目标值\n\t产出指标\t数量指标\t接通率\t>=95%\n"
HEAD = TITLE + "(2022年度)\n" + FIELDS + TABLE


def _fill(before: str, unit: str, after: str, size: int) -> str:
    """`before`, `unit` repeated to about `size` characters, then `after`."""
    return before + unit * max(1, (size - len(before) - len(after)) // len(unit)) + after


# (name, the text of a given size). Every text is a form, or a form's worth of trouble.
FAMILIES: list[tuple[str, Callable[[int], str]]] = [
    ("spaces around a name", lambda n: _fill(HEAD + "\t\t\t", " ", "名称 \t>=95%\n", n)),
    ("one row of tabs", lambda n: _fill(HEAD + "\t\t\t名称\t>=95%", "\t", "\n", n)),
    ("page breaks", lambda n: _fill(HEAD, "\f", "\n", n)),
    ("carriage returns", lambda n: _fill(HEAD, "\r", "", n)),
    ("zero-width debris", lambda n: _fill(HEAD + "\t\t\t名称", "\u200b", "\t>=95%\n", n)),
    ("indicator rows", lambda n: _fill(HEAD, "\t\t\t到位率\t=100%\n", "", n)),
    ("bad rows, one problem each", lambda n: _fill(HEAD, "\t\t\t>=95%\n", "", n)),
    ("title lines, one form each", lambda n: _fill("", "财政项目支出绩效目标申报表\n", "", n)),
    ("line separators in cells", lambda n: _fill(HEAD, "\t\t\t接\u2028通\t>=95%\n", "", n)),
    ("a separator-filled name", lambda n: _fill(HEAD + "\t\t\t接", "\u2028", "通\t>=95%\n", n)),
    ("digits of an amount", lambda n: _fill(HEAD + "项目资金总额\t", "1", "x\n", n)),
    ("12月 + spaces + x target", lambda n: _fill(HEAD + "\t\t\t名称\t12月", " ", "x\n", n)),
    ("2022年 + spaces + x target", lambda n: _fill(HEAD + "\t\t\t名称\t2022年", " ", "x\n", n)),
    # A goal that starts like the goals' period `(2022年-2023年)`: once quadratic, the
    # period's pattern having two runs of white space side by side.
    (
        "(2022 + spaces + x) goal",
        lambda n: _fill(
            TITLE + "(2022年度)\n" + FIELDS + GOALS + "\t(2022", " ", "x)\n" + TABLE, n
        ),
    ),
    ("(2022 + spaces + x) year", lambda n: _fill(TITLE + "(2022", " ", "x)\n" + FIELDS + TABLE, n)),
    (
        "a header label given again and again",
        lambda n: _fill(TITLE + "(2022年度)\n" + FIELDS, "项目名称\tx\n", TABLE, n),
    ),
]


def _project(name: str) -> Project:
    return Project(
        name=name, year=2022, start=datetime.date(2022, 1, 1), end=datetime.date(2022, 12, 31)
    )


# (name, the project of a given size) for `format_form`, which checks that no text of the
# project reads as a label of the form (`(2022年度)`, `(2022年-2023年)`) before writing it.
WRITE_FAMILIES: list[tuple[str, Callable[[int], Project]]] = [
    ("format_form: (2022 + spaces + x name", lambda n: _project(_fill("(2022", " ", "x", n))),
    ("format_form: (2022 + spaces + 年 name", lambda n: _project(_fill("(2022", " ", "年x)", n))),
]


def _read(text: str) -> object:
    try:
        return read_forms(text)
    except FormError as error:
        return error


def _reference(text: str) -> object:
    return [row.split("\t") for row in text.split("\n")]


def growth() -> None:
    print(f"{'family':<40} {'1 MB':>9}  {'growth per 10x (reference)':>30}")
    for name, make in FAMILIES:
        _growth(name, [make(size) for size in SIZES], _read, lambda text: text)
    for name, make_project in WRITE_FAMILIES:
        _growth(name, [make_project(size) for size in SIZES], _write, lambda p: p.name)
    data = ("财政项目支出绩效目标申报表\n" * 70_000).encode() + b"\xff"
    seconds = per_call(lambda: _decoded(data), number=1, repeat=3)
    print(f"{'decode: 1 MB, bad last byte':<40} {seconds * 1e3:7.1f}ms")


def _growth(
    name: str,
    inputs: list[T],
    run: Callable[[T], object],
    text_of: Callable[[T], str],
) -> None:
    """Print the time of `run` on the largest input, and its growth per 10× step."""
    times, references = [], []
    for size, given in zip(SIZES, inputs, strict=True):
        number = max(1, 100_000 // size)
        times.append(per_call(functools.partial(run, given), number=number, repeat=3))
        text = text_of(given)
        references.append(per_call(functools.partial(_reference, text), number=number, repeat=3))
    steps = "  ".join(
        f"{times[k + 1] / times[k]:6.1f} ({references[k + 1] / references[k]:4.1f})"
        for k in range(len(SIZES) - 1)
    )
    print(f"{name:<40} {times[-1] * 1e3:7.1f}ms  {steps}")


def _write(project: Project) -> object:
    try:
        return format_form(project)
    except FormError as error:
        return error


def _decoded(data: bytes) -> object:
    try:
        return decode(data)
    except FormError as error:
        return error


def forms(count: int = 1000) -> str:
    """`count` copies of the seed's third form, cut to 40 indicators, as one text."""
    seed = read_forms(
        (ROOT / "examples/forms/shanghai-justice-2022.txt").read_text(encoding="utf-8")
    )
    forty = attrs.evolve(seed[2], indicators=seed[2].indicators[:40])
    return format_form(forty) * count


def _split(text: str) -> None:
    for line in text.split("\n"):
        line.split("\t")


def read_text() -> tuple[Callable[[], object], Callable[[], object]]:
    """`run_all.py`'s slices: `read_forms` on 50 forms of 40 indicators, and splitting them."""
    text = forms(50)
    return functools.partial(read_forms, text), functools.partial(_split, text)


def main() -> None:
    text = forms()

    base = per_call(functools.partial(_split, text), number=1, repeat=5)
    seconds = per_call(lambda: read_forms(text), number=1, repeat=3)
    print(f"{'split rows and cells (reference)':<36} {base * 1e3:9.1f} ms   ratio   1.00")
    print(
        f"{'read_forms, 1,000 x 40 indicators':<36} {seconds * 1e3:9.1f} ms   ratio {seconds / base:6.1f}"
    )
    print()
    growth()


if __name__ == "__main__":
    main()
