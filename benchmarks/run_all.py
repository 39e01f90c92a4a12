"""Every figure of the speed goals (issue #16) from one run: the figure, its goal, met or not.

Each figure is a ratio: perfindicator's time over a reference operation's, both timed in the
same process, so that it compares across machines. A workload is a pair of small slices of
work, the operation and its reference; a round runs the two in turn `SLICES` times, the
first to run alternating, so that drift in the machine falls on both alike. Times are the
thread's CPU time, less the cost of reading the clock: while other processes hold the
processor, no time passes for either side. The figure is the median of the rounds' ratios;
the lowest and highest show the noise.

The figures are the entries of `FIGURES`. Each names a function of a benchmark script that
builds its workload (untimed) and returns the two slices as callables. A goal is the
highest ratio that meets it; an entry without a goal is shown for information. The exit
status is 1 when a goal is not met.

    .venv/bin/python benchmarks/run_all.py               # every figure
    .venv/bin/python benchmarks/run_all.py bench_parse   # the figures of some scripts
"""

from __future__ import annotations

import gc
import importlib
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from typing import NamedTuple

from perfindicator.errors import display_width

Workload = tuple[Callable[[], object], Callable[[], object]]
"""A slice of the operation timed, and the same slice of its reference."""

ROUNDS = 7
SLICES = 20


class Figure(NamedTuple):
    """One line of the table: what is timed, the goal, and where its workload is built."""

    name: str
    goal: float | None
    script: str  # a module of benchmarks/
    workload: str  # a function of it returning a Workload
    arguments: tuple[str, ...] = ()
    # Whether each slice returns the seconds it took, measured where it ran (in a process
    # of its own, say), instead of being timed here.
    self_timed: bool = False
    # The clock timing the slices here: the calling thread's CPU time, or the whole
    # process's for work done on threads of a library's own (polars).
    clock: Callable[[], float] = time.thread_time


FIGURES: tuple[Figure, ...] = (
    Figure("parse_target first sight, corpus spellings", 2.0, "bench_parse", "first_sight_corpus"),
    Figure(
        "parse_target first sight, shape '>=95%'", 1.0, "bench_parse", "first_sight", (">=95%",)
    ),
    Figure("parse_target first sight, shape '及时'", 1.0, "bench_parse", "first_sight", ("及时",)),
    Figure("parse_target cached, corpus spellings", None, "bench_parse", "cached_corpus"),
    Figure("evaluate, 100,000 indicators", None, "bench_evaluate", "evaluate_only"),
    Figure("evaluate + score, 100,000 indicators", 40.0, "bench_evaluate", "evaluate_and_score"),
    Figure("to_json, 1,000 projects x 20 indicators", 1.0, "bench_convert", "writing"),
    Figure("from_json, 1,000 projects x 20 indicators", 2.5, "bench_convert", "reading"),
    Figure(
        "score_frame, 1,000,000 rows",
        3.0,
        "bench_frame",
        "score_million",
        clock=time.process_time,
    ),
    Figure("read_forms, text of 50 forms x 40 indicators", 15.0, "bench_forms", "read_text"),
    Figure("import perfindicator", 3.0, "bench_import", "import_package", self_timed=True),
    Figure(
        "import perfindicator + one parse_target",
        None,
        "bench_import",
        "import_and_parse",
        self_timed=True,
    ),
)
"""The figures, each against its reference (see the scripts and benchmarks/README.md)."""


class Measured(NamedTuple):
    """The rounds' ratios of one figure."""

    median: float
    lowest: float
    highest: float


def _clocked(run: Callable[[], object], clock: Callable[[], float]) -> float:
    # As timeit does: no cyclic garbage collection inside a timed call, on either side.
    gc.disable()
    try:
        start = clock()
        run()
        return clock() - start
    finally:
        gc.enable()


# What `_clocked` itself costs: reading a CPU clock is a system call.
_COSTS = {
    clock: statistics.median(_clocked(lambda: None, clock) for _ in range(101))
    for clock in (time.thread_time, time.process_time)
}


def _timer(clock: Callable[[], float]) -> Callable[[Callable[[], object]], float]:
    cost = _COSTS[clock]
    return lambda run: _clocked(run, clock) - cost


def _returned(run: Callable[[], object]) -> float:
    seconds = run()
    assert isinstance(seconds, float), "a self-timed slice returns its seconds"
    return seconds


def measure(
    workload: Workload,
    *,
    self_timed: bool = False,
    clock: Callable[[], float] = time.thread_time,
) -> Measured:
    """Time a workload and its reference in interleaved rounds; the ratios' median and range."""
    operation, reference = workload
    operation(), reference()  # warm up: lazy imports, compiled patterns, caches of the data
    seconds = _returned if self_timed else _timer(clock)
    ratios = []
    for _ in range(ROUNDS):
        spent = base = 0.0
        for k in range(SLICES):
            if k % 2:
                base += seconds(reference)
                spent += seconds(operation)
            else:
                spent += seconds(operation)
                base += seconds(reference)
        ratios.append(spent / base)
    return Measured(statistics.median(ratios), min(ratios), max(ratios))


def _workload(figure: Figure) -> Workload:
    build: Callable[..., Workload] = getattr(
        importlib.import_module(figure.script), figure.workload
    )
    return build(*figure.arguments)


# Terminal columns for a figure's name (a Chinese character takes two).
_NAME_WIDTH = 48


def run(figures: Sequence[Figure]) -> bool:
    """Measure and print `figures` as a table; return whether every goal is met."""
    print(f"{'figure':<{_NAME_WIDTH}} {'goal':>6} {'ratio':>7}   {'rounds':<13} met")
    every_goal = True
    for figure in figures:
        measured = measure(_workload(figure), self_timed=figure.self_timed, clock=figure.clock)
        spread = f"{measured.lowest:.2f}-{measured.highest:.2f}"
        if figure.goal is None:
            goal, met = "-", ""
        else:
            reached = measured.median <= figure.goal
            every_goal = every_goal and reached
            goal, met = f"{figure.goal:.1f}", "yes" if reached else "NO"
        name = figure.name + " " * (_NAME_WIDTH - display_width(figure.name))
        print(f"{name} {goal:>6} {measured.median:7.2f}   {spread:<13} {met}")
    return every_goal


def main(scripts: Sequence[str] = ()) -> None:
    """Print the figures of `scripts` (every figure when none is named)."""
    chosen = [f for f in FIGURES if not scripts or f.script in scripts]
    print(
        f"medians of {ROUNDS} rounds of {SLICES} interleaved slices; ratio = perfindicator / reference"
    )
    if not run(chosen):
        sys.exit(1)


if __name__ == "__main__":
    main(sys.argv[1:])
