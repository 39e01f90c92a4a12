"""A test-side `.xls` writer (xlwt): sheets of typed cells with merged ranges, as Excel 2003 saves.

xlwt is unmaintained, but it writes BIFF8 in an OLE2 compound file, what real `.xls` files
are, so the reader's tests need no binary fixtures. Values are written as Excel holds them:
text as text, numbers (ints, floats, and Decimals through their float, as Excel stores every
number) as numbers, dates as numbers with a date format (so that they read back as dates),
booleans as booleans. `Formatted` and `Error` write what a plain value cannot: a number or
a blank with a number format of one's own, and a cell holding an error such as `#DIV/0!`, by its code.
"""

from __future__ import annotations

import datetime
import os
from collections.abc import Collection, Mapping, Sequence
from decimal import Decimal
from typing import Any

import attrs
import xlwt

__all__ = ["DATE_FORMAT", "Error", "Formatted", "Merge", "write_xls"]

DATE_FORMAT = "yyyy-mm-dd"
"""The number format dates are written with: a date format, so they read back as dates."""

Merge = tuple[int, int, int, int]
"""A merged range: top row, bottom row, left column, right column, from 0, inclusive (xlwt's
`write_merge` order)."""


@attrs.frozen
class Formatted:
    """A cell written with a number format of its own: a number, a date, or a blank (`None`)."""

    value: float | int | Decimal | datetime.date | None
    number_format: str


@attrs.frozen
class Error:
    """A cell holding an Excel error, as a formula's cached result, by its BIFF code.

    The codes (BIFF8 specification, BOOLERR record): 0x00 `#NULL!`, 0x07 `#DIV/0!`,
    0x0F `#VALUE!`, 0x17 `#REF!`, 0x1D `#NAME?`, 0x24 `#NUM!`, 0x2A `#N/A`. By code, not
    text: xlwt's table from text to code is wrong (`#VALUE!` gives 0x24, `#N/A` is missing).
    """

    code: int


Value = str | int | float | Decimal | datetime.date | bool | Formatted | Error | None


def write_xls(
    path: str | os.PathLike[str],
    sheets: Mapping[str, Sequence[Sequence[Value]]],
    merges: Mapping[str, Sequence[Merge]] | None = None,
    *,
    hidden: Collection[str] = (),
    dates_1904: bool = False,
) -> None:
    """Write a `.xls` workbook: one sheet per entry of `sheets`, in order, named by its key.

    Args:
        path: the file to write.
        sheets: each sheet's rows of cells; `None` writes no cell.
        merges: for each sheet named, its merged ranges. The top-left cell's value is the
            range's value; a value given at another position of the range is written too
            (after the merge), as a stale value another program might leave there.
        hidden: the sheets to hide.
        dates_1904: count dates from 1904 (the Mac's date system) instead of 1900.
    """
    book = xlwt.Workbook(encoding="utf-8")
    book.dates_1904 = dates_1904
    for name, rows in sheets.items():
        sheet = book.add_sheet(name, cell_overwrite_ok=True)
        if name in hidden:
            sheet.visibility = 1
        tops = set()
        for top, bottom, left, right in (merges or {}).get(name, ()):
            value = _at(rows, top, left)
            label, style = _label(value)
            sheet.write_merge(top, bottom, left, right, label, style)
            tops.add((top, left))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value is not None and (r, c) not in tops:
                    _write(sheet, r, c, value)
    book.save(os.fspath(path))


def _at(rows: Sequence[Sequence[Value]], r: int, c: int) -> Value:
    return rows[r][c] if r < len(rows) and c < len(rows[r]) else None


def _label(value: Value) -> tuple[object, object]:
    """What xlwt writes for `value` (its label), and the style to write it with."""
    if isinstance(value, Formatted):
        label, _ = _label(value.value)
        return label, xlwt.easyxf(num_format_str=value.number_format)
    if isinstance(value, Decimal):
        return float(value), xlwt.Style.default_style
    if isinstance(value, datetime.date):
        return value, xlwt.easyxf(num_format_str=DATE_FORMAT)
    if isinstance(value, Error):
        raise ValueError("an error cell cannot be the top-left of a merged range here")
    return value, xlwt.Style.default_style


def _write(sheet: Any, r: int, c: int, value: Value) -> None:
    if isinstance(value, Error):
        sheet.row(r).set_cell_error(c, value.code)
    else:
        label, style = _label(value)
        sheet.write(r, c, label, style)
