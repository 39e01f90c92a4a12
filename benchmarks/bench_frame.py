"""Scoring a DataFrame of 1,000,000 text targets and actuals, as a ratio to `Decimal` comparisons.

`perfindicator.frames.score_frame` on a polars DataFrame of text targets, text actuals and
integer points, against a plain loop of `actual >= target` over the same rows' numbers as
`Decimal`s (issue #16: at most 3×). The rows are drawn from the shapes of real collections:
mostly `>=95%`-like percentages, `≤15399.72万元`-like budgets and `=0次`-like counts with
actuals written in the target's unit, some lower-is-better rates, words (`及时` against
`基本达到`), ranges, bare numbers, actuals in another unit (`1.2万人次` against `≥500人次`),
deadlines, and a few cells that do not read.

A slice of work is the whole frame: the figure is the cost of a million rows, the
per-call cost of polars included once. polars works on threads of its own, so the times are
the process's CPU time, every thread's (`time.process_time`), not the calling thread's.
Run directly, the script first checks the first 10,000 rows against the per-object path
(`evaluate` and `Evaluation.score`), then prints the figure:

    .venv/bin/python benchmarks/bench_frame.py
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import polars as pl
import run_all

from perfindicator import evaluate
from perfindicator.errors import PerfIndicatorError
from perfindicator.frames import score_frame

N = 1_000_000
CHECKED = 10_000
Row = tuple[str, str, int, Decimal, Decimal]  # target, actual, points; the two numbers


def _percent(rng: random.Random) -> Row:
    target = rng.choice([95, 90, 98, 85, 100])
    op = rng.choice([">=", "≥"]) if target < 100 else "="
    actual = Decimal(rng.randint(800, 1000)) / 10
    return f"{op}{target}%", f"{actual}%", 10, Decimal(target), actual


def _budget(rng: random.Random) -> Row:
    # One of 2,000 budgets in 万元 with cents, the actual spent 90-110% of it.
    budget = Decimal(random.Random(rng.randint(0, 1999)).randint(100_000, 5_000_000)) / 100
    spent = (budget * rng.randint(900, 1100) / 1000).quantize(Decimal("0.01"))
    return f"≤{budget}万元", f"{spent}万元", 20, budget, spent


def _count(rng: random.Random) -> Row:
    if rng.random() < 0.5:
        happened = 0 if rng.random() < 0.9 else 1
        return "=0次", f"{happened}次", 5, Decimal(0), Decimal(happened)
    wanted = rng.choice([12, 500, 30])
    unit = {12: "场", 500: "人次", 30: "个"}[wanted]
    done = rng.randint(wanted * 8 // 10, wanted * 12 // 10)
    return f">={wanted}{unit}", f"{done}{unit}", 10, Decimal(wanted), Decimal(done)


def _rate(rng: random.Random) -> Row:
    actual = Decimal(rng.randint(0, 40)) / 10
    return "<=2%", f"{actual}%", 5, Decimal(2), actual


def _words(rng: random.Random) -> Row:
    target = rng.choice(["及时", "明显提升", "有效保障", "完善"])
    said = rng.choice(["达到", "基本达到", "已完成", "部分实现", "未达到"])
    return target, said, 5, Decimal(1), Decimal(1)


def _range(rng: random.Random) -> Row:
    actual = Decimal(rng.randint(850, 990)) / 10
    return "90%-95%", f"{actual}%", 5, Decimal(90), actual


def _bare(rng: random.Random) -> Row:
    actual = Decimal(rng.randint(85, 100))
    return ">=95%", str(actual), 10, Decimal(95), actual


def _other(rng: random.Random) -> Row:
    pick = rng.random()
    if pick < 0.5:
        actual = Decimal(rng.randint(4, 7)) / 10
        return "≥5000人次", f"{actual}万人次", 10, Decimal(5000), actual * 10_000
    if pick < 0.9:
        day = rng.randint(1, 31)
        return "2024年底前", f"2024-12-{day:02}", 5, Decimal(1), Decimal(1)
    return ">=95%", "九十五", 10, Decimal(95), Decimal(0)  # no number: an error row


# The shapes and their shares of the rows.
SHAPES: list[tuple[Callable[[random.Random], Row], float]] = [
    (_percent, 0.55),
    (_budget, 0.15),
    (_count, 0.10),
    (_rate, 0.05),
    (_words, 0.08),
    (_range, 0.04),
    (_bare, 0.02),
    (_other, 0.01),
]


def rows() -> list[Row]:
    """`N` rows drawn from `SHAPES` in their shares, the same every run."""
    rng = random.Random(16)
    makers, weights = zip(*SHAPES, strict=True)
    return [rng.choices(makers, weights)[0](rng) for _ in range(N)]


def frame(data: list[Row]) -> pl.DataFrame:
    """The rows as the frame a collection's export gives: text targets and actuals."""
    targets, actuals, points, _, _ = zip(*data, strict=True)
    return pl.DataFrame(
        {"target": targets, "actual": actuals, "points": points},
        schema={"target": pl.String, "actual": pl.String, "points": pl.Int64},
    )


def per_object(target: str, actual: str, points: int) -> tuple[Any, ...]:
    """A row's met, ratio, score and error by `evaluate` and `Evaluation.score`."""
    try:
        evaluation = evaluate(target, actual)
        return evaluation.met, evaluation.ratio, evaluation.score(points), None
    except PerfIndicatorError as error:
        return None, None, None, str(error)


def check(data: list[Row], scored: pl.DataFrame) -> int:
    """The number of the first `CHECKED` rows on which `scored` differs from `per_object`."""
    got = scored.head(CHECKED).select("met", "ratio", "score", "error").rows()
    return sum(per_object(*row[:3]) != tuple(found) for row, found in zip(data, got, strict=False))


def score_million() -> run_all.Workload:
    """`score_frame` on the whole frame; the reference, `actual >= target` on every row."""
    data = rows()
    table = frame(data)
    pairs = [(row[3], row[4]) for row in data]

    def compare() -> None:
        for t, a in pairs:
            _ = a >= t

    return (lambda: score_frame(table)), compare


def main() -> None:
    data = rows()
    differing = check(data, score_frame(frame(data)))
    print(f"first {CHECKED:,} rows against the per-object path: {differing} differ")
    if differing:
        sys.exit(1)
    run_all.main(["bench_frame"])


if __name__ == "__main__":
    main()
