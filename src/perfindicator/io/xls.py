"""Legacy Excel workbooks (`.xls`, Excel 97–2003) read into grids with xlrd (the `xls` extra).

xlrd 2 reads exactly this format (BIFF in an OLE2 compound file) and nothing else, is pure
Python and still released, reports merged ranges (with `formatting_info=True`), and fails
on damaged bytes with Python exceptions the reader turns into a `FormError`.
python-calamine, the faster alternative, is Rust: damaged bytes aborted the whole process
in an earlier test, and no `except` can turn that into an error naming the file.

Every worksheet becomes one `Grid`, in workbook order, hidden sheets included (a form's data
is not dropped because a sheet is hidden); chart and macro sheets hold no cells and give
none. Cells are read as the `.xlsx` reader reads them, so the same form saved as `.xls` and
as `.xlsx` gives equal grids:

- **Merged cells.** The top-left cell of a merged range keeps the value and every other
  position is empty, as the form shows it. Excel writes nothing but blanks there; the reader
  empties them itself, because a file written by another program may keep stale values
  that Excel never shows.
- **Numbers** are exact: xlrd gives every number as a float, read through the shortest
  decimal that reads back as it (what was typed, see `decimal_from_float`). A number under
  a percentage format reads as the text the sheet shows, exactly: a cell showing `95%`
  holds 0.95 and reads as `'95%'`, as in `.xlsx`.
- **Dates.** A number with a date format is a date, counted from the workbook's epoch
  (1900 or 1904) as Excel counts it; a date format with a time of day is refused by `grid`,
  naming the cell. A number Excel shows as no date is the number stored: a negative one or
  one past 9999-12-31 (Excel shows `#####`), and, in the 1900 date system, 0 (shown as
  `1900-01-00`, what a date formula referring to an empty cell gives) and 60 (the
  29 February 1900 that Excel counts but that never was).
- **Booleans** read as the text Excel shows, `TRUE` or `FALSE`: no form cell is a boolean,
  but a stray one is data to keep and report, not a reason to refuse the whole workbook.
- **Errors** read as the text Excel shows, such as `#DIV/0!` or `#N/A` (a formula's cached
  error). The `.xlsx` reader gives the same text (openpyxl keeps error values as text), and
  the cell is a form's data to report where it is, not a reason to refuse the whole
  workbook.
- **Formulas** give the value Excel cached when it last calculated the file; the reader
  does not calculate formulas. A formula without a cached value reads as empty.
- **Empty cells.** An empty or blank (formatted only) cell is an empty cell (`None`). Rows
  and columns that are empty everywhere at the end of a sheet are trimmed; leading empty
  rows and columns are kept, so every cell keeps its spreadsheet row and column. The sheet
  size a file declares (its `DIMENSIONS` record) is not used: the cells decide.

The workbook is loaded whole: a `.xls` file holds at most 65,536 rows of 256 columns per
sheet, and a form is a few sheets of tens of rows. A workbook whose sheets make more than
`MAX_CELLS` cells (each sheet's rows times columns once trimmed: one stray value in the far
corner of a sheet makes millions of empty ones) is refused rather than built.

A file that is not a `.xls` workbook (empty, truncated, damaged, an `.xlsx` or `.docx` zip
package, a `.doc` document, text or HTML saved under an `.xls` name) is refused with a
`FormError` naming the file and saying what it looks like instead; so is a
password-protected (encrypted) workbook, saying to remove the password. Excel 2–4 worksheet
files (from before 1994, not OLE2 compound files) are not read.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any

from perfindicator.documents.grid import Grid, RawCell, RawTable, grid_of
from perfindicator.errors import FormError, MissingExtraError, Place
from perfindicator.io._files import OLE2, damaged, form_error, read_file, refused
from perfindicator.io.xlsx import shown_percent, spreadsheet_value, trimmed, unmerged

__all__ = ["MAX_CELLS", "read_grids"]

MAX_CELLS = 1_000_000
"""The most cells a workbook's sheets may make, each sheet's rows times columns once trimmed."""

_EXPECTED = ("an .xls workbook", "xls工作簿")


def read_grids(path: str | os.PathLike[str]) -> list[Grid]:
    """Read every worksheet of a `.xls` workbook as a grid of cells, in workbook order.

    Each grid's `source` names the file and the sheet's name; each cell its row and column,
    counted from 1 as Excel shows them. See the module's notes for how merged, typed, formula
    and empty cells read.

    Args:
        path: the file, as a `str` or an `os.PathLike` path (`pathlib.Path`). The extension
            is not checked: the bytes decide.

    Raises:
        FormError: the file is not a `.xls` workbook that can be read (the problem names the
            file and says what it looks like instead), it is password-protected, or its
            sheets make more than `MAX_CELLS` cells.
        FieldError: a cell holds a date with a time of day, or a number that is not finite
            or beyond the supported size; the error names the cell.
        FieldTypeError: `path` is neither a `str` nor a path of text.
        ReadError: the file cannot be opened or read (also an `OSError`).
        MissingExtraError: xlrd is not installed (`pip install 'perfindicator[xls]'`).

    Examples:
        >>> import datetime, pathlib, tempfile
        >>> import xlwt  # writes .xls files (a test dependency, not the library's)
        >>> book = xlwt.Workbook(encoding="utf-8")
        >>> sheet = book.add_sheet("表1")
        >>> sheet.write(0, 0, "计划开始日期")
        >>> sheet.write(0, 1, datetime.date(2022, 1, 1), xlwt.easyxf(num_format_str="yyyy-mm-dd"))
        >>> sheet.write(0, 3, 15399720)
        >>> sheet.write(1, 0, "在线接答率")
        >>> sheet.write(1, 1, 0.95)
        >>> sheet.write_merge(0, 1, 2, 2, "项目资金")
        >>> sheet.write(1, 3, 15399.72)
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "form.xls"
        >>> book.save(str(path))
        >>> (table,) = read_grids(path)
        >>> [cell.value for cell in table.rows[1]]
        ['在线接答率', Decimal('0.95'), None, Decimal('15399.72')]
        >>> table.rows[0][1].value, table.rows[0][3].text
        (datetime.date(2022, 1, 1), '15399720')
        >>> print(table.rows[1][3].place)
        ... # doctest: +ELLIPSIS
        /.../form.xls[sheet 表1]:2:4
    """
    return [grid_of(table) for table in read_tables(path)]


def read_tables(path: str | os.PathLike[str]) -> list[RawTable]:
    """The rows of every table in the file, as `read_grids` reads them, not yet grids."""
    try:
        import xlrd
    except ImportError as error:
        raise MissingExtraError(extra="xls", format=".xls", module="xlrd") from error
    name, data = read_file(path, "read_grids")
    if not data.startswith(OLE2):
        raise refused(name, *_EXPECTED, data)
    try:
        # From the bytes, not the name: they were checked above. ragged_rows keeps each row
        # as long as its last cell: xlrd would otherwise pad every row to the widest one.
        # formatting_info reads the merged ranges (and blank cells, which read as empty).
        book = xlrd.open_workbook(
            file_contents=data,
            formatting_info=True,
            ragged_rows=True,
            on_demand=False,
            logfile=_Discarded(),
        )
        sheets = [(sheet.name, _sheet_rows(book, sheet)) for sheet in book.sheets()]
    except Exception as error:
        # xlrd parses the file with struct, slicing and assertions, so damaged bytes raise
        # whatever they provoke (XLRDError, CompDocError, AssertionError, IndexError,
        # KeyError, struct.error, UnicodeDecodeError, ...): no list is complete, and every
        # one means the bytes are not a workbook it can read. Nothing here but xlrd and the
        # rows it gives runs inside this block.
        raise _refusal(name, error) from error
    _check_size(name, sheets)
    return [RawTable(rows, Place(file=name, sheet=title)) for title, rows in sheets]


class _Discarded:
    """A log file that keeps nothing.

    xlrd writes notes on odd files to a log file (stdout unless told otherwise); the reader
    reports what matters itself, as an error.
    """

    def write(self, text: str) -> int:
        return len(text)


def _refusal(name: str, error: Exception) -> FormError:
    """The `FormError` for what xlrd could not read, saying why where xlrd says it."""
    # xlrd says these two only in its messages (its XLRDError has no kinds).
    message = str(error)
    if message == "Workbook is encrypted":
        return form_error(
            name,
            "not an .xls workbook that can be read: it is password-protected (encrypted); "
            "open it in Excel, remove the password and save it again",
            "xls工作簿设有打开密码，请删除密码后重新保存",
        )
    if message == "Can't find workbook in OLE2 compound document":
        return form_error(
            name,
            "not an .xls workbook: the file is an OLE2 compound file without a workbook in "
            "it: a Word .doc document (not read: save it as .docx), or a password-protected "
            ".xlsx or .docx file (remove the password and save it again)",
            "文件不是xls工作簿",
        )
    return damaged(name, *_EXPECTED, error)


def _sheet_rows(book: Any, sheet: Any) -> list[list[RawCell]]:
    import xlrd

    rows = [
        [
            _cell_value(kind, value, book.datemode)
            for kind, value in zip(sheet.row_types(r), sheet.row_values(r), strict=True)
        ]
        for r in range(sheet.nrows)
    ]
    # A percentage reads as the sheet shows it (see `shown_percent`): only numbers ask.
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if sheet.cell_type(r, c) == xlrd.XL_CELL_NUMBER:
                row[c] = shown_percent(value, _number_format(book, sheet.cell_xf_index(r, c)))
    # xlrd's ranges end one past the last row and column; _unmerged takes the last ones.
    merged = [((top, left), (end - 1, stop - 1)) for top, end, left, stop in sheet.merged_cells]
    return trimmed(unmerged(rows, merged))


def _number_format(book: Any, xf_index: int) -> str:
    """The number format of a cell's style; "" where the file's style tables lack it."""
    try:
        key = book.xf_list[xf_index].format_key
        return str(book.format_map[key].format_str)
    except (IndexError, KeyError, AttributeError):
        return ""


def _cell_value(kind: int, value: Any, datemode: int) -> RawCell:
    """A cell as xlrd gives it (its kind and value), as `grid` takes it."""
    import xlrd

    if kind == xlrd.XL_CELL_NUMBER:
        return float(value)
    if kind == xlrd.XL_CELL_DATE:
        return _date(float(value), datemode)
    if kind == xlrd.XL_CELL_TEXT:
        return spreadsheet_value(str(value))
    if kind == xlrd.XL_CELL_BOOLEAN:
        return spreadsheet_value(bool(value))
    if kind == xlrd.XL_CELL_ERROR:
        text: str | None = xlrd.error_text_from_code.get(value)
        if text is None:
            raise ValueError(f"a cell holds error code {value!r}, which is no Excel error")
        return text
    return None  # XL_CELL_EMPTY, XL_CELL_BLANK (formatted, no value)


def _date(value: float, datemode: int) -> RawCell:
    """A number with a date format: its date and time, or the number where it is no date."""
    import xlrd

    # NaN fails the first test too, and reaches `grid` as a number it refuses.
    if not value >= 0 or (datemode == 0 and value in (0.0, 60.0)):
        return value
    try:
        moment = xlrd.xldate_as_datetime(value, datemode)
    except OverflowError:  # past 9999-12-31 (Python's last date), or infinite
        return value
    return moment  # type: ignore[no-any-return]  # a datetime: xlrd is untyped


def _check_size(name: str, sheets: Sequence[tuple[str, list[list[RawCell]]]]) -> None:
    total = 0
    for title, rows in sheets:
        height, width = len(rows), len(rows[0]) if rows else 0
        total += height * width
        if total > MAX_CELLS:
            raise form_error(
                name,
                f"the workbook's sheets make more than {MAX_CELLS:,} cells (sheet {title!r} "
                f"reaches row {height:,} and column {width}); expected a form's sheets: "
                "delete the values far from the form (Ctrl+End in Excel goes to the last one)",
                "表格过大",
            )
