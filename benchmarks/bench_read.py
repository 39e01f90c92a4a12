"""Reading forms from files, as ratios to the file parsing beneath (issue 12).

1,000 form files (the real templates' `.xlsx` and `.html` files: declarations,
self-evaluations and a monitoring table, copied over and over into a temporary folder) are
read with `perfindicator.io.read`, which is the format's reader and `read_table` on every
table it finds. Each is timed against the least any reader of the format must do, in the
same run:

- `.xlsx`: `openpyxl.load_workbook(path, data_only=True)` and `iter_rows(values_only=True)`
  over every sheet;
- `.html`: the file's bytes decoded and fed to an `html.parser.HTMLParser` that collects the
  text of every cell.

The split shows where the time goes: `read_grids` alone, and `read_table` alone on grids
read beforehand. "Own work" is `io.read` less the reference: building grids and reading
forms from them. The goal is an own-work ratio below 1: the reader's own work costs less
than the parsing beneath it.

The files are read in five rounds (of 200 files, the templates in turn); within a round each
file is read by every measurement in turn, starting with a different one from file to file,
so drift in the machine falls on all of them alike. Each ratio is the median over the
rounds; times are per file. `read_table` reads the grids of the file's template, read
beforehand (the same cells as the copy's). It meets each template's cells many times, as in
batch work, so `parse_target`'s cache and the form reader's of cell texts and labels are
warm (a batch of real forms repeats their labels, not their values).

    .venv/bin/python benchmarks/bench_read.py            # 1,000 files, about a minute
    .venv/bin/python benchmarks/bench_read.py --quick    # 200 files, rounds of 40
"""

from __future__ import annotations

import functools
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

import openpyxl

from perfindicator import io
from perfindicator.documents.grid import Grid
from perfindicator.documents.table import read_table
from perfindicator.io import read_grids

ROOT = Path(__file__).parents[1]
TEMPLATES = ROOT / "examples/forms/templates"
ROUNDS = 5


def templates(extension: str) -> list[Path]:
    """The templates' files of one format (the UTF-8 page of each, not the GB18030 copy)."""
    found = [TEMPLATES / f"{book.stem}.{extension}" for book in sorted(TEMPLATES.glob("*.xlsx"))]
    assert len(found) >= 10, found
    assert all(path.exists() for path in found), found
    return found


def copies(sources: list[Path], folder: Path, count: int) -> list[Path]:
    """`count` files, the sources in turn, each under a name of its own."""
    paths = []
    for k in range(count):
        source = sources[k % len(sources)]
        path = folder / f"{k:04d}_{source.name}"
        shutil.copyfile(source, path)
        paths.append(path)
    return paths


def openpyxl_rows(path: Path) -> int:
    book = openpyxl.load_workbook(path, data_only=True)
    return sum(1 for sheet in book.worksheets for _ in sheet.iter_rows(values_only=True))


class CellText(HTMLParser):
    """The text of every `<td>`/`<th>`: what the HTML reader must at least gather."""

    def __init__(self) -> None:
        super().__init__()
        self.cells: list[str] = []
        self.text: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("td", "th"):
            self.text = []

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self.text is not None:
            self.cells.append("".join(self.text))
            self.text = None

    def handle_data(self, data: str) -> None:
        if self.text is not None:
            self.text.append(data)


def html_cells(path: Path) -> int:
    parser = CellText()
    parser.feed(path.read_bytes().decode("utf-8"))
    parser.close()
    return len(parser.cells)


def tables(grids: list[Grid]) -> int:
    return sum(len(read_table(table)) for table in grids)


def timed(function: Callable[[], object]) -> float:
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


def measure(paths: list[Path], reference: Callable[[Path], object]) -> dict[str, list[float]]:
    """Per-file seconds of each measurement, one value a round.

    Interleaved file by file: each file is read by every measurement in turn, starting with
    a different one from file to file, so a busy moment of the machine falls on all alike.
    """
    per_round = len(paths) // ROUNDS
    names = ("reference", "io.read", "read_grids", "read_table")
    # read_table's input: the grids of each template (a copy's name ends in its template's).
    templates_grids = {path.name[5:]: read_grids(path) for path in paths}
    times: dict[str, list[float]] = {name: [] for name in names}
    for k in range(ROUNDS):
        chunk = paths[k * per_round : (k + 1) * per_round]
        total = dict.fromkeys(names, 0.0)
        for n, path in enumerate(chunk):
            runs: dict[str, Callable[[], object]] = {
                "reference": functools.partial(reference, path),
                "io.read": functools.partial(io.read, path),
                "read_grids": functools.partial(read_grids, path),
                "read_table": functools.partial(tables, templates_grids[path.name[5:]]),
            }
            turn = n % len(names)
            for name in names[turn:] + names[:turn]:
                total[name] += timed(runs[name])
        for name in names:
            times[name].append(total[name] / len(chunk))
    return times


def report(title: str, files: int, reference_name: str, times: dict[str, list[float]]) -> None:
    """Median per-file times of the rounds, and each as a ratio to the reference's."""
    own = [read - ref for read, ref in zip(times["io.read"], times["reference"], strict=True)]
    grid_work = [
        grids - ref for grids, ref in zip(times["read_grids"], times["reference"], strict=True)
    ]
    rows = [
        (reference_name + " (reference)", times["reference"]),
        ("io.read", times["io.read"]),
        ("  read_grids", times["read_grids"]),
        ("  read_table (grids read before)", times["read_table"]),
        ("  grid building (read_grids - ref)", grid_work),
        ("own work (io.read - reference)", own),
    ]
    print(f"{title}: {ROUNDS} rounds of {files // ROUNDS} files, times per file")
    for name, values in rows:
        seconds = statistics.median(values)
        ratios = [value / ref for value, ref in zip(values, times["reference"], strict=True)]
        print(
            f"  {name:<40} {seconds * 1e3:8.2f} ms   ratio {statistics.median(ratios):5.2f}"
            f"   (rounds {min(ratios):5.2f}-{max(ratios):5.2f})"
        )


def main() -> None:
    count = 200 if "--quick" in sys.argv[1:] else 1_000
    books, pages = templates("xlsx"), templates("html")
    # Warm up: imports, compiled patterns and the first reads of every template.
    for path in books + pages:
        io.read(path)
    with tempfile.TemporaryDirectory() as folder:
        book_paths = copies(books, Path(folder), count)
        page_paths = copies(pages, Path(folder), count)
        # Every template holds one form.
        assert all(len(io.read(path)) == 1 for path in books + pages)
        report("xlsx", count, "openpyxl load + iter_rows", measure(book_paths, openpyxl_rows))
        print()
        report("html", count, "decode + HTMLParser cell text", measure(page_paths, html_cells))


if __name__ == "__main__":
    main()
