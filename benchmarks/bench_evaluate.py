"""Evaluating and scoring 100,000 indicators, as a ratio to plain `Decimal` comparisons.

The reference is a loop of `actual >= target` over the same numbers (issues #3 and #16).
A slice of work is 5,000 indicators, so that a round of `run_all.SLICES` covers them all.
The data cycles through the quantitative targets of the Shanghai seed forms with actuals
around each target, so about half are met. Timed by `run_all.py`, which prints these
figures with their goals:

    .venv/bin/python benchmarks/bench_evaluate.py
"""

from __future__ import annotations

import functools
import itertools
import random
import sys
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import TypeVar

import run_all

from perfindicator import Comparison, Quantity, evaluate, parse_target

sys.path.insert(0, str(Path(__file__).parents[1]))
from tests.seed import PROJECTS

N = 100_000
POINTS = Decimal("5.56")
_T = TypeVar("_T")
Pairs = list[tuple[Comparison, Quantity]]


def data() -> Pairs:
    """`N` targets of the seed forms, each with an actual at 80-120% of it."""
    rng = random.Random(2022)
    comparisons = [
        t
        for rows in PROJECTS
        for _, _, written in rows
        if written is not None and isinstance(t := parse_target(written), Comparison)
    ]
    pairs = []
    for k in range(N):
        target = comparisons[k % len(comparisons)]
        value = target.quantity.value * Decimal(rng.randint(80, 120)) / 100
        pairs.append((target, Quantity(value=value, unit=target.quantity.unit)))
    return pairs


def _slices(items: list[_T]) -> Callable[[], list[_T]]:
    """The next `N / run_all.SLICES` items at each call, round after round."""
    size = N // run_all.SLICES
    return functools.partial(
        next, itertools.cycle([items[k : k + size] for k in range(0, N, size)])
    )


def _reference(pairs: Pairs) -> Callable[[], None]:
    next_slice = _slices([(t.quantity.value, a.value) for t, a in pairs])

    def compare() -> None:
        for t, a in next_slice():
            _ = a >= t

    return compare


def evaluate_only() -> run_all.Workload:
    """A slice: `evaluate` on each pair."""
    pairs = data()
    next_slice = _slices(pairs)

    def evaluate_all() -> None:
        for t, a in next_slice():
            evaluate(t, a)

    return evaluate_all, _reference(pairs)


def evaluate_and_score() -> run_all.Workload:
    """A slice: `evaluate` and `Evaluation.score` on each pair."""
    pairs = data()
    next_slice = _slices(pairs)

    def score_all() -> None:
        for t, a in next_slice():
            evaluate(t, a).score(POINTS)

    return score_all, _reference(pairs)


if __name__ == "__main__":
    run_all.main(["bench_evaluate"])
