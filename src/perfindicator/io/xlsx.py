"""Excel workbooks (`.xlsx`, `.xlsm`) read into grids with openpyxl (the `xlsx` extra).

Every worksheet becomes one `Grid`, in workbook order, hidden sheets included (a form's data
is not dropped because a sheet is hidden); chart sheets hold no cells and give none. Cells
are read as openpyxl gives them with `data_only=True`, and then exactly as `grid` reads them:

- **Merged cells.** The top-left cell of a merged range keeps the value and every other
  position is empty, as the form shows it. openpyxl already empties them; the reader empties
  them again itself, because a file written by another program may keep stale values there
  that Excel never shows.
- **Numbers** are exact: a float through the shortest decimal that reads back as it (what was
  typed, see `decimal_from_float`). A number formatted as a percentage reads as the text
  the sheet shows, exactly: a cell showing `95%` holds 0.95 and reads as `'95%'` (read as
  the number, it would be the target `=0.95`).
- **Dates.** openpyxl turns a number with a date format into a `datetime`; one at midnight
  (every date typed as a date) is that date. A date format with a time of day is refused by
  `grid`, naming the cell.
- **Booleans** read as the text Excel shows, `TRUE` or `FALSE`: no form cell is a boolean,
  but a stray one is data to keep and report, not a reason to refuse the whole workbook.
- **Formulas** give the value Excel cached when it last calculated the file. A formula that
  was never calculated (a file written by a program, not saved by Excel) has no cached value
  and reads as an empty cell: the reader does not calculate formulas.
- **Empty cells.** An empty text cell is an empty cell (`None`). Rows and columns that are
  empty everywhere at the end of a sheet are trimmed: formatting (borders, widths) makes
  openpyxl report them, but they hold nothing. Leading empty rows and columns are kept, so
  every cell keeps its spreadsheet row and column.

The workbook is loaded whole (`read_only=False`): read-only mode streams rows in less memory
but does not report merged ranges, and a form is a few sheets of tens of rows, so the
memory is small; a workbook of a million rows is held in memory whole.

A file that is not a workbook (empty, truncated, damaged, a legacy `.xls`, a
password-protected workbook, HTML saved under an `.xlsx` name) is refused with a `FormError`
naming the file and saying what it looks like instead.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from perfindicator.documents.grid import Grid, RawCell, RawTable, grid_of
from perfindicator.errors import MissingExtraError, Place
from perfindicator.grammar.cells import decimal_from_float
from perfindicator.io._files import damaged, read_zip_package

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

# The rules of a spreadsheet's cells, shared with the .xls reader (`perfindicator.io.xls`):
# the same sheet reads the same whichever workbook format it was saved in.
__all__ = ["read_grids", "shown_percent", "spreadsheet_value", "trimmed", "unmerged"]


def read_grids(path: str | os.PathLike[str]) -> list[Grid]:
    """Read every worksheet of an `.xlsx` workbook as a grid of cells, in workbook order.

    Each grid's `source` names the file and the sheet's title; each cell its row and column,
    counted from 1 as Excel shows them. See the module's notes for how merged, typed, formula
    and empty cells read.

    Args:
        path: the file, as a `str` or an `os.PathLike` path (`pathlib.Path`). The extension
            is not checked: the bytes decide.

    Raises:
        FormError: the file is not an `.xlsx` workbook that can be read; the problem names
            the file and says what it looks like instead.
        FieldError: a cell holds a date with a time of day, or a number beyond the supported
            size; the error names the cell.
        FieldTypeError: `path` is neither a `str` nor a path of text.
        ReadError: the file cannot be opened or read (also an `OSError`).
        MissingExtraError: openpyxl is not installed (`pip install 'perfindicator[xlsx]'`).

    Examples:
        >>> import datetime, pathlib, tempfile
        >>> import openpyxl
        >>> book = openpyxl.Workbook()
        >>> sheet = book.active
        >>> sheet.title = "表1"
        >>> sheet.append(["计划开始日期", datetime.date(2022, 1, 1), "项目资金", 15399720])
        >>> sheet.append(["在线接答率", 0.95, "成本", 15399.72])
        >>> sheet.merge_cells("C1:C2")
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "form.xlsx"
        >>> book.save(path)
        >>> (table,) = read_grids(path)
        >>> [cell.value for cell in table.rows[1]]
        ['在线接答率', Decimal('0.95'), None, Decimal('15399.72')]
        >>> table.rows[0][1].value, table.rows[0][3].text
        (datetime.date(2022, 1, 1), '15399720')
        >>> print(table.rows[1][3].place)
        ... # doctest: +ELLIPSIS
        /.../form.xlsx[sheet 表1]:2:4
    """
    return [grid_of(table) for table in read_tables(path)]


def read_tables(path: str | os.PathLike[str]) -> list[RawTable]:
    """The rows of every table in the file, as `read_grids` reads them, not yet grids."""
    try:
        import openpyxl
    except ImportError as error:
        raise MissingExtraError(extra="xlsx", format=".xlsx", module="openpyxl") from error
    name, data = read_zip_package(path, "an .xlsx workbook", "xlsx工作簿")
    try:
        # A file object, not the name: openpyxl refuses names that do not end in .xlsx, and
        # the bytes were checked above. Loaded whole, see the module's notes.
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=False, data_only=True)
        sheets = [(sheet.title, _sheet_rows(sheet)) for sheet in book.worksheets]
    except Exception as error:
        # openpyxl parses a workbook's XML parts through descriptors that raise whatever the
        # damage provokes (BadZipFile, KeyError, ValueError, TypeError, AttributeError,
        # IndexError, lxml and zlib errors, OSError from the zip layer, ...); no list of
        # them is complete, and every one of them means the same: the bytes are not a
        # workbook it can read. Nothing of perfindicator runs inside this block.
        raise damaged(name, "an .xlsx workbook", "xlsx工作簿", error) from error
    return [RawTable(rows, Place(file=name, sheet=title)) for title, rows in sheets]


def _sheet_rows(sheet: Worksheet) -> list[list[RawCell]]:
    rows = [[_value(cell) for cell in row] for row in sheet.iter_rows()]
    merged = [
        ((r.min_row - 1, r.min_col - 1), (r.max_row - 1, r.max_col - 1))
        for r in sheet.merged_cells.ranges
    ]
    return trimmed(unmerged(rows, merged))


def _value(cell: Any) -> RawCell:
    value = cell.value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        # Only numbers need their format: a percentage is read as the sheet shows it.
        return shown_percent(value, cell.number_format)
    return spreadsheet_value(value)


def shown_percent(value: RawCell, number_format: str) -> RawCell:
    """A number under a percentage format as the text the sheet shows: 0.95 → `95%`.

    A target typed as 95% is stored as 0.95; read as the number it would be the target
    `=0.95`. The text is exact (the stored number times 100, never rounded to the format's
    places), so `0.9567` under `0%` reads `95.67%`, not the `96%` Excel displays.
    """
    if "%" not in number_format or isinstance(value, bool):
        return value
    if isinstance(value, float):
        number = decimal_from_float(value)
    elif isinstance(value, (int, Decimal)):
        number = Decimal(value)
    else:
        return value
    if not number.is_finite():
        return value
    return f"{(number * 100).normalize():f}%"


def spreadsheet_value(value: object) -> RawCell:
    """A value as a spreadsheet library gives it, as `grid` takes it (see the module's notes).

    Booleans read as the text Excel shows; an empty text is an empty cell. Anything else is
    handed on for `grid` to read or refuse, naming the cell.
    """
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if value == "":
        return None
    return value  # type: ignore[return-value]  # grid checks every value and names the cell


def unmerged(
    rows: list[list[RawCell]], ranges: Iterable[tuple[tuple[int, int], tuple[int, int]]]
) -> list[list[RawCell]]:
    """Empty every position of each merged range but its top-left (rows, columns from 0)."""
    for (top, left), (bottom, right) in ranges:
        for r in range(top, min(bottom, len(rows) - 1) + 1):
            row = rows[r]
            for c in range(left, min(right, len(row) - 1) + 1):
                if (r, c) != (top, left):
                    row[c] = None
    return rows


def trimmed(rows: Sequence[Sequence[RawCell]]) -> list[list[RawCell]]:
    """Drop the rows, then the columns, that are empty everywhere at the end of a sheet."""
    last_row = max((r for r, row in enumerate(rows) if any(v is not None for v in row)), default=-1)
    kept = rows[: last_row + 1]
    width = max(
        (c + 1 for row in kept for c, value in enumerate(row) if value is not None), default=0
    )
    return [list(row[:width]) + [None] * (width - len(row)) for row in kept]
