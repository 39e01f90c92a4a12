"""A batch of 1,000 mixed files with 1 and 2 workers, as a ratio to reading them (issue 15).

The files are copies of every file of the real templates (`examples/forms/templates/`:
declarations, self-evaluation reports and a monitoring table, each in every format), taken
in turn into one temporary folder, so the mix is the templates': of 1,000 files, 163
`.pdf`, 163 `.xlsx`, 163 `.xls`, 164 `.docx`, 164 `.csv`, 173 `.html` (ten of them in
GB18030) and 10 `.txt` (GB18030). PDFs are a sixth of the
files and three fifths of the reading time: their table extraction dominates, as in
national collections.

Three things are timed on the whole folder, in the same run:

- the reference: a plain loop of `perfindicator.io.read` over the files, in this process;
- the batch with 1 worker: `batch.write(batch.run(folder, jobs=1), out)`, what
  `perfindicator batch FOLDER --out DIR` does: reading, linting every declaration, auditing
  every report, lighting the monitoring tables, and writing the csv tables;
- the same with 2 workers (`jobs=2`), the process pool's start included.

Each is a whole batch, so they are run in turn, three rounds, starting with a different one
from round to round, so drift in the machine falls on all of them alike. Throughput is the
files over the median time; each ratio is the median over the rounds of batch time / loop
time. The batch with 1 worker does more than the loop, so its ratio is above 1; with 2
workers (on a machine of 2 or more cores) the goal is a ratio below 1: a batch that checks
everything costs less than reading the files one after the other.

    .venv/bin/python benchmarks/bench_batch.py            # 1,000 files, about 4 minutes
    .venv/bin/python benchmarks/bench_batch.py --quick    # 100 files
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from perfindicator import batch, io

ROOT = Path(__file__).parents[1]
TEMPLATES = ROOT / "examples/forms/templates"
ROUNDS = 3


def copies(sources: list[Path], folder: Path, count: int) -> list[Path]:
    """`count` files, the sources in turn, each under a name of its own."""
    paths = []
    for k in range(count):
        source = sources[k % len(sources)]
        path = folder / f"{k:04d}_{source.name}"
        shutil.copyfile(source, path)
        paths.append(path)
    return paths


def mix(paths: list[Path]) -> str:
    """How many files of each format, most first."""
    formats = Counter(path.suffix for path in paths)
    return ", ".join(f"{count} {suffix}" for suffix, count in formats.most_common())


def loop(paths: list[Path]) -> None:
    for path in paths:
        io.read(path)


def batched(folder: Path, out: Path, jobs: int) -> int:
    """The batch as the command runs it; the number of files with error rows."""
    results = list(batch.run(folder, jobs=jobs))
    batch.write(results, out)
    return sum(result.failed for result in results)


def timed(function: Callable[[], object]) -> float:
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


def main() -> None:
    count = 100 if "--quick" in sys.argv[1:] else 1_000
    sources = sorted(TEMPLATES.iterdir())
    # Warm up: imports, compiled patterns and the first reads of every template (the pool's
    # workers are forked from this process where the system forks, and start as warm).
    loop(sources)
    with tempfile.TemporaryDirectory() as temporary:
        folder, out = Path(temporary) / "forms", Path(temporary) / "tables"
        folder.mkdir()
        paths = copies(sources, folder, count)
        failed = batched(folder, out, jobs=1)
        runs: dict[str, Callable[[], object]] = {
            "plain loop of io.read (reference)": lambda: loop(paths),
            "batch, 1 worker (run + write csv)": lambda: batched(folder, out, jobs=1),
            "batch, 2 workers": lambda: batched(folder, out, jobs=2),
        }
        names = list(runs)
        times: dict[str, list[float]] = {name: [] for name in names}
        for k in range(ROUNDS):
            for name in names[k:] + names[:k]:
                times[name].append(timed(runs[name]))
    print(
        f"{count} files ({mix(paths)}; {failed} with error rows), {ROUNDS} rounds, "
        f"{os.cpu_count()} cores, whole batch each"
    )
    reference = times[names[0]]
    for name in names:
        seconds = statistics.median(times[name])
        ratios = [value / ref for value, ref in zip(times[name], reference, strict=True)]
        print(
            f"  {name:<36} {seconds:7.2f} s  {count / seconds:7.1f} files/s   ratio "
            f"{statistics.median(ratios):5.2f}   (rounds {min(ratios):5.2f}-{max(ratios):5.2f})"
        )


if __name__ == "__main__":
    main()
