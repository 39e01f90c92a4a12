"""A grid of cells: what every table a form is published in comes to, whatever the file.

Excel sheets, HTML and Word tables, PDF tables and delimited text all give rows of cell
values; `grid` turns those rows into `Cell`s that remember where they came from (file, sheet
or page, row, column), with their values read exactly: a spreadsheet's float is the number
that was typed (`decimal_from_float`), a midnight `datetime` is a date, text stays as
written. Merged cells arrive as empty cells after their first, as `openpyxl` and
`pdfplumber` give them. Where a cell came from takes no part in equality, so the same table
read from two formats gives equal grids.

This module does no I/O: the readers in `perfindicator.io` open files and hand their rows
here.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any, NamedTuple, TypeAlias

import attrs

from perfindicator.errors import FieldError, FieldTypeError, Place
from perfindicator.grammar.cells import decimal_from_float
from perfindicator.model import _validators as v

__all__ = [
    "Cell",
    "CellValue",
    "Grid",
    "RawCell",
    "RawTable",
    "grid",
    "grid_of",
    "read_value",
    "value_text",
]

CellValue: TypeAlias = str | Decimal | datetime.date | None
"""A cell's value as the library keeps it: text, an exact number (always a `Decimal`), a date,
or empty."""

RawCell: TypeAlias = str | int | float | Decimal | datetime.date | datetime.datetime | None
"""A cell's value as a file reader gives it (`iter_rows(values_only=True)`, `extract_tables()`)."""


def _value(instance: Cell, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None or isinstance(value, str):
        return
    if isinstance(value, datetime.datetime) or not isinstance(value, (Decimal, datetime.date)):
        raise FieldTypeError("Cell", "value", value, "must be a str, a Decimal, a date or None")
    if isinstance(value, Decimal):
        v.exact_number(value, "Cell", "value")


@attrs.frozen(kw_only=True)
class Cell:
    """One cell of a grid: its value and where it came from.

    `place` takes no part in equality: the same form read from an `.xlsx` and from an `.html`
    file gives equal cells.

    Examples:
        >>> from perfindicator.errors import Place
        >>> cell = Cell(value="≥95%", place=Place(file="a.xlsx", sheet="表1", row=7, column=5))
        >>> cell.text, str(cell.place)
        ('≥95%', 'a.xlsx[sheet 表1]:7:5')
        >>> cell == Cell(value="≥95%", place=Place(file="a.html", row=9, column=5))
        True
    """

    value: CellValue = attrs.field(validator=_value)
    place: Place = attrs.field(default=Place(), eq=False, validator=v.instance_of(Place))

    @property
    def text(self) -> str:
        """The value as text: `""` for an empty cell, a number without exponent, a date ISO.

        Examples:
            >>> from decimal import Decimal
            >>> Cell(value=Decimal("1E+3")).text, Cell(value=None).text
            ('1000', '')
        """
        return value_text(self.value)

    @property
    def is_empty(self) -> bool:
        """Whether the cell holds nothing: no value, or only white space.

        Examples:
            >>> Cell(value="  ").is_empty, Cell(value=Decimal(0)).is_empty
            (True, False)
        """
        return self.value is None or (isinstance(self.value, str) and not self.value.strip())


def _rows(instance: Grid, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, tuple):
        raise FieldTypeError("Grid", "rows", value, "must be a tuple of rows")
    for r, row in enumerate(value):
        if not isinstance(row, tuple) or not all(isinstance(cell, Cell) for cell in row):
            raise FieldTypeError("Grid", f"rows[{r}]", row, "must be a tuple of Cell")


@attrs.frozen(kw_only=True)
class Grid:
    """A table as rows of cells, and where it came from (file, sheet or page).

    Rows may differ in length, as extracted tables do; `width` is the longest.

    Examples:
        >>> table = grid([["项目名称", "弱电安防"], ["年度", 2022]], file="a.xlsx", sheet="表1")
        >>> table.width, table.rows[1][1].value, str(table.rows[1][1].place)
        (2, Decimal('2022'), 'a.xlsx[sheet 表1]:2:2')
    """

    rows: tuple[tuple[Cell, ...], ...] = attrs.field(validator=_rows)
    source: Place = attrs.field(default=Place(), eq=False, validator=v.instance_of(Place))

    @property
    def width(self) -> int:
        """The number of columns of the longest row."""
        return max((len(row) for row in self.rows), default=0)


def grid(
    rows: Iterable[Sequence[RawCell]],
    *,
    file: str | None = None,
    sheet: str | None = None,
    page: int | None = None,
) -> Grid:
    """Build a `Grid` from rows of raw cell values, each cell placed (rows and columns from 1).

    Values are read exactly: a `float` through `decimal_from_float` (the number typed), an
    `int` as the equal `Decimal`, a `datetime` at midnight as its date, text as written.

    Raises:
        FieldTypeError: `rows` is not an iterable of sequences, or a cell holds a value no
            table cell holds (a bool, a list, …); the error names the cell's place.
        FieldError: a number is NaN, infinite or beyond the supported size, or a `datetime`
            has a time of day; the error names the cell's place.

    Examples:
        >>> import datetime
        >>> table = grid([[0.95, datetime.datetime(2022, 1, 1), None, " x "]])
        >>> [cell.value for cell in table.rows[0]]
        [Decimal('0.95'), datetime.date(2022, 1, 1), None, ' x ']
    """
    return _grid(rows, Place(file=file, sheet=sheet, page=page))


class RawTable(NamedTuple):
    """One table's rows as a file reader gives them, and where they came from.

    What the readers of `perfindicator.io` find in a file: `grid_of` makes it a `Grid`, and
    `perfindicator.io.read` hands the rows to the form reader as they are.

    Examples:
        >>> table = RawTable([["项目名称", "弱电安防"]], Place(file="a.html", sheet="table 1"))
        >>> table.rows[0][1], str(table.source)
        ('弱电安防', 'a.html[sheet table 1]')
    """

    rows: Sequence[Sequence[RawCell]]
    """The rows of raw cell values."""
    source: Place
    """The file, and the sheet or page, the table came from."""


def grid_of(table: RawTable) -> Grid:
    """The `Grid` of a reader's table: `grid` of its rows, placed in its source.

    Raises:
        FieldTypeError, FieldError: as `grid` raises them.

    Examples:
        >>> table = grid_of(RawTable([["年度", 2022]], Place(file="a.xlsx", sheet="表1")))
        >>> table.rows[0][1].value, str(table.rows[0][1].place)
        (Decimal('2022'), 'a.xlsx[sheet 表1]:1:2')
    """
    return _grid(table.rows, table.source)


def _grid(rows: Iterable[Sequence[RawCell]], source: Place) -> Grid:
    if isinstance(rows, (str, bytes)) or not isinstance(rows, Iterable):
        raise FieldTypeError("grid", "rows", rows, "must be an iterable of rows of cell values")
    built = []
    for r, row in enumerate(rows, start=1):
        if isinstance(row, (str, bytes)) or not isinstance(row, Sequence):
            raise FieldTypeError("grid", f"rows[{r - 1}]", row, "must be a sequence of cells")
        cells = []
        for c, raw in enumerate(row, start=1):
            place = source.at(r, c)
            cells.append(_cell(read_value(raw, place), place))
        built.append(tuple(cells))
    return Grid(rows=tuple(built), source=source)


def _cell(value: CellValue, place: Place) -> Cell:
    """A `Cell` of a value `_read` has checked and a place `Place.at` has made.

    Built without running the validators again: `grid` makes one per cell of every table,
    and its checks are those validators' own.
    """
    cell = object.__new__(Cell)
    object.__setattr__(cell, "value", value)
    object.__setattr__(cell, "place", place)
    return cell


def value_text(value: CellValue) -> str:
    """A cell value as text: `""` for none, a number without exponent, a date ISO (`Cell.text`).

    Examples:
        >>> value_text(Decimal("1E+3")), value_text(datetime.date(2022, 1, 1)), value_text(None)
        ('1000', '2022-01-01', '')
    """
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return f"{value:f}"
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value)


def read_value(raw: object, place: Place) -> CellValue:
    """A raw cell value read exactly (see `grid`); errors name `place`.

    Raises:
        FieldTypeError: a value no table cell holds (a bool, a list, …).
        FieldError: a number NaN, infinite or beyond the supported size, or a `datetime`
            with a time of day.

    Examples:
        >>> read_value(0.95, Place(row=1, column=2)), read_value(datetime.datetime(2022, 1, 1), Place())
        (Decimal('0.95'), datetime.date(2022, 1, 1))
        >>> read_value(True, Place(file="a.xlsx", row=3, column=4))
        Traceback (most recent call last):
        ...
        perfindicator.errors.FieldTypeError: grid.cell a.xlsx:3:4: a table cell holds no bool, got True
    """
    if raw is None or isinstance(raw, str):
        return raw  # most cells: no place needs naming
    where = f"cell {place}"
    if isinstance(raw, bool):
        raise FieldTypeError("grid", where, raw, "a table cell holds no bool")
    if isinstance(raw, float):
        return _float_at(raw, where)
    if isinstance(raw, datetime.datetime):
        if raw.time() != datetime.time(0) or raw.tzinfo is not None:
            raise FieldError("grid", where, raw, "a date cell has a time of day; expected a date")
        return raw.date()
    if isinstance(raw, (int, Decimal)):
        return v.exact_number(raw, "grid", where)
    if isinstance(raw, datetime.date):
        return raw
    raise FieldTypeError("grid", where, raw, "must be a str, a number, a date, a datetime or None")


def _float_at(value: float, where: str) -> Decimal:
    """`decimal_from_float`, its error naming the cell instead of the function's argument."""
    try:
        return decimal_from_float(value)
    except FieldError as error:
        raise type(error)("grid", where, value, error.reason) from None
