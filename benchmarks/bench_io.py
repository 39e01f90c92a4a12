"""Reading tables from files, as a ratio to the file parsing beneath it (issue 12).

1,000 forms (the three Shanghai seed forms as cell rows, over and over) are written once as
an `.xlsx` workbook of 1,000 sheets and as an HTML page of 1,000 tables. `read_grids` is timed
against the work it cannot avoid, interleaved in the same run: `openpyxl.load_workbook` plus
`iter_rows(values_only=True)` over every sheet, and `html.parser.HTMLParser.feed` over the
page. A ratio near 1 means the reader's own work (placing cells, reading values exactly,
emptying merged positions, expanding spans) costs little beside the parsing.

    .venv/bin/python benchmarks/bench_io.py
"""

from __future__ import annotations

import html
import tempfile
import time
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

import openpyxl

from perfindicator.io import read_grids

ROOT = Path(__file__).parents[1]
FORMS = 1_000


def seed_tables() -> list[list[list[str]]]:
    """The seed's three forms, each as rows of cells (the text's tab-separated cells)."""
    text = (ROOT / "examples/forms/shanghai-justice-2022.txt").read_text(encoding="utf-8")
    tables: list[list[list[str]]] = []
    for line in text.splitlines():
        cells = line.split("\t")
        if line.strip() == "财政项目支出绩效目标申报表":
            tables.append([])
        if tables and line.strip():
            tables[-1].append(cells)
    return tables


def write_xlsx(path: Path, tables: list[list[list[str]]]) -> None:
    book = openpyxl.Workbook(write_only=True)
    for k in range(FORMS):
        sheet = book.create_sheet(f"表{k + 1}")
        for row in tables[k % len(tables)]:
            sheet.append(row)
    book.save(path)


def write_html(path: Path, tables: list[list[list[str]]]) -> None:
    parts = ["<html><head><meta charset='utf-8'></head><body>"]
    for k in range(FORMS):
        parts.append("<table>")
        for row in tables[k % len(tables)]:
            parts.append("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>")
        parts.append("</table>")
    parts.append("</body></html>")
    path.write_text("".join(parts), encoding="utf-8")


def openpyxl_rows(path: Path) -> int:
    book = openpyxl.load_workbook(path, data_only=True)
    return sum(1 for sheet in book.worksheets for _ in sheet.iter_rows(values_only=True))


def html_parse(path: Path) -> int:
    parser = HTMLParser()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    return 0


def best(function: Callable[[], object], rounds: int) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    tables = seed_tables()
    with tempfile.TemporaryDirectory() as folder:
        book, page = Path(folder) / "forms.xlsx", Path(folder) / "forms.html"
        write_xlsx(book, tables)
        write_html(page, tables)
        assert len(read_grids(book)) == len(read_grids(page)) == FORMS
        pairs = [
            ("read_grids .xlsx", lambda: read_grids(book), "openpyxl load + iter_rows", lambda: openpyxl_rows(book)),
            ("read_grids .html", lambda: read_grids(page), "html.parser feed", lambda: html_parse(page)),
        ]  # fmt: skip
        for name, reader, reference_name, reference in pairs:
            ours, theirs = float("inf"), float("inf")
            for _ in range(3):  # interleaved rounds
                ours = min(ours, best(reader, 1))
                theirs = min(theirs, best(reference, 1))
            print(f"{reference_name:<28} {theirs * 1000:9.1f} ms   (reference)")
            print(f"{name:<28} {ours * 1000:9.1f} ms   ratio {ours / theirs:5.2f}")


if __name__ == "__main__":
    main()
