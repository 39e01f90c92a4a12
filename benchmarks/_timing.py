"""Timing helpers shared by the benchmarks: best-of-N per-call times and ratios."""

from __future__ import annotations

import timeit
from collections.abc import Callable


def per_call(function: Callable[[], object], *, number: int, repeat: int = 5) -> float:
    """Return the best per-call time in seconds over `repeat` runs of `number` calls."""
    return min(timeit.repeat(function, number=number, repeat=repeat)) / number


def report(name: str, seconds: float, reference: float) -> None:
    """Print one line: the operation, its per-call time and its ratio to the reference."""
    print(f"{name:<48} {seconds * 1e6:9.2f} µs   ratio {seconds / reference:6.2f}")
