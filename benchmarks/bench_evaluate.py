"""Evaluating and scoring 100,000 indicators, as a ratio to plain `Decimal` comparisons.

The reference is a loop of `actual >= target` over the same numbers (issue #3).

The data cycles through the quantitative targets of the Shanghai seed forms with actuals
around each target, so about half are met.
"""

from __future__ import annotations

import random
import sys
from decimal import Decimal
from pathlib import Path

from _timing import per_call

from perfindicator import Comparison, Quantity, evaluate, parse_target

sys.path.insert(0, str(Path(__file__).parents[1]))
from tests.seed import PROJECTS

N = 100_000
POINTS = Decimal("5.56")


def data() -> list[tuple[Comparison, Quantity]]:
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


def main() -> None:
    pairs = data()
    numbers = [(t.quantity.value, a.value) for t, a in pairs]

    def reference() -> None:
        for t, a in numbers:
            _ = a >= t

    def evaluate_only() -> None:
        for t, a in pairs:
            evaluate(t, a)

    def evaluate_and_score() -> None:
        for t, a in pairs:
            evaluate(t, a).score(POINTS)

    base = per_call(reference, number=1, repeat=5)
    print(f"{'plain Decimal comparisons (reference)':<40} {base * 1e3:9.1f} ms   ratio   1.00")
    for name, function in [("evaluate", evaluate_only), ("evaluate + score", evaluate_and_score)]:
        seconds = per_call(function, number=1, repeat=3)
        print(f"{name + f' x {N:,}':<40} {seconds * 1e3:9.1f} ms   ratio {seconds / base:6.1f}")


if __name__ == "__main__":
    main()
