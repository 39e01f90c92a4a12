"""Test-side Office writers: `.xlsx` with openpyxl and `.docx` with python-docx.

`.xlsx`: one worksheet per table, named by the table; numbers stay numbers and dates dates
(formatted `yyyy-mm-dd`), merged ranges are merged. `.docx`: one Word table per table, an
empty paragraph between two (Word joins adjacent tables), values written as text
(`cell_text`), merged ranges merged.

Both are written reproducibly: the package's timestamps (the document properties
`created`/`modified`, which openpyxl stamps at save time, and every zip entry's date) are
set to `FIXED_TIME`, so writing the same tables twice gives the same bytes with the same
library versions.
"""

from __future__ import annotations

import datetime
import os
import re
import zipfile
from collections.abc import Sequence

import docx
import openpyxl
from docx.table import Table as WordTable

from tests.templates.forms import Percent, Table
from tests.writers.text import cell_text

__all__ = ["FIXED_TIME", "PERCENT_FORMAT", "write_docx", "write_xlsx"]

FIXED_TIME = datetime.datetime(2024, 1, 1)
"""The time every written package is stamped with."""

PERCENT_FORMAT = "0.00%"
"""The number format a `Percent` is written with, in `.xlsx` and `.xls`."""

# The core properties' timestamps, as both libraries write them in docProps/core.xml.
_STAMP = re.compile(rb"(<dcterms:(created|modified)\b[^>]*>)[^<]*(</dcterms:\2>)")


def write_xlsx(path: str | os.PathLike[str], tables: Sequence[Table]) -> None:
    """Write tables as an `.xlsx` workbook, one sheet per table, named by the table."""
    book = openpyxl.Workbook()
    book.remove(book.active)  # type: ignore[arg-type]
    for table in tables:
        sheet = book.create_sheet(table.name[:31])
        for r, row in enumerate(table.rows, start=1):
            for c, value in enumerate(row, start=1):
                if value is None:
                    continue
                if isinstance(value, Percent):
                    cell = sheet.cell(row=r, column=c, value=value.fraction)
                    cell.number_format = PERCENT_FORMAT
                    continue
                cell = sheet.cell(row=r, column=c, value=value)
                if isinstance(value, str):
                    # openpyxl takes text starting with `=` (`=100%`) for a formula.
                    cell.data_type = "s"
                elif isinstance(value, datetime.date):
                    cell.number_format = "yyyy-mm-dd"
        for top, left, bottom, right in table.merges:
            sheet.merge_cells(start_row=top, start_column=left, end_row=bottom, end_column=right)
    book.properties.created = book.properties.modified = FIXED_TIME
    book.save(os.fspath(path))
    _fix_times(path)


def write_docx(path: str | os.PathLike[str], tables: Sequence[Table]) -> None:
    """Write tables as a `.docx` document, one Word table per table."""
    document = docx.Document()
    for number, table in enumerate(tables):
        if number:
            document.add_paragraph()
        word = document.add_table(rows=len(table.rows), cols=table.width)
        word.style = "Table Grid"
        _fill(word, table)
    properties = document.core_properties
    properties.created = properties.modified = properties.last_printed = FIXED_TIME
    properties.author = properties.last_modified_by = "perfindicator tests"
    properties.revision = 1
    document.save(os.fspath(path))
    _fix_times(path)


def _fill(word: WordTable, table: Table) -> None:
    # Merge first: python-docx moves the text of merged cells into the first, so text
    # written before merging could be joined with the empty paragraphs of the others.
    for top, left, bottom, right in table.merges:
        word.cell(top - 1, left - 1).merge(word.cell(bottom - 1, right - 1))
    for r, row in enumerate(table.rows):
        for c, value in enumerate(row):
            if value is not None:
                word.cell(r, c).text = cell_text(value)


def _fix_times(path: str | os.PathLike[str]) -> None:
    """Stamp a zip package's entries and core properties with `FIXED_TIME`."""
    with zipfile.ZipFile(path) as package:
        entries = [(info, package.read(info)) for info in package.infolist()]
    stamp = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ").encode("ascii")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        for info, data in entries:
            if info.filename == "docProps/core.xml":
                data = _STAMP.sub(rb"\g<1>" + stamp + rb"\g<3>", data)
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = info.external_attr
            package.writestr(fixed, data)
