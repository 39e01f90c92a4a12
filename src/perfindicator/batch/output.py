r"""A batch's tables: one per record kind, each row led by its file, as csv, parquet or xlsx.

Every table has every column of its kind (`SOURCE`, then `SCHEMAS[kind]`), whatever the
files gave, and every kind is written, empty or not, so that a program reading the output
finds the same files and columns every time:

- **csv**: UTF-8 (no byte-order mark), a header line, lines ending in `\n`, fields quoted
  where they hold `,`, `"` or a line break. A number is its exact decimal text (`2.50`,
  never an exponent), a date ISO (`2023-12-31`), a bool `true` or `false`. An empty
  field is `None`, a quoted empty field (`""`) an empty text, as PostgreSQL's `COPY`
  writes them (pyarrow reads them so with `quoted_strings_can_be_null=False`).
- **parquet**: the Arrow table of `perfindicator.frames.to_arrow`, typed by the schema
  (decimals as `decimal128(precision, scale)`, categories as dictionaries).
- **xlsx**: one workbook per kind, its sheet named after the kind, a header row. A number
  is stored as a number where the spreadsheet's number (a binary float, of which 15
  significant digits are kept) reads back as the same value, else as its exact text; a date as a date (before 1900-03-01, which Excel's
  calendar does not hold, as its ISO text); text always as text, also where it starts
  with `=`. A spreadsheet cell cannot hold an empty text, nor control characters: an
  empty text is an empty cell, and a control character is written as its escape (`\x01`).
"""

from __future__ import annotations

import datetime
import os
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal, TypeAlias

from perfindicator.batch.result import KINDS, FileResult
from perfindicator.errors import FieldError, MissingExtraError
from perfindicator.interchange.record_schema import SCHEMAS, Column, ColumnType, RecordKind
from perfindicator.interchange.records import Record

__all__ = ["FORMATS", "SOURCE", "Format", "columns", "tables", "write"]

Format: TypeAlias = Literal["csv", "parquet", "xlsx"]
"""A format of batch output."""

FORMATS: tuple[Format, ...] = ("csv", "parquet", "xlsx")
"""Every format `write` writes."""

SOURCE = Column(name="source", type=ColumnType.TEXT)
"""The column that leads every batch table: the file a row comes from (`FileResult.path`)."""

# The first day Excel's 1900 calendar counts right (it holds a 29 February 1900).
_FIRST_DATE = datetime.date(1900, 3, 1)


def columns(kind: RecordKind) -> tuple[Column, ...]:
    """The columns of a batch table of `kind`: `SOURCE`, then the kind's own.

    Examples:
        >>> [column.name for column in columns("audits")][:3]
        ['source', 'project', 'year']
    """
    return (SOURCE, *SCHEMAS[kind])


def tables(results: Iterable[FileResult]) -> dict[RecordKind, list[Record]]:
    """Every record kind's rows of `results`, in their order, each led by its `source`.

    Examples:
        >>> from perfindicator.batch import process
        >>> found = tables([process("examples/forms/templates/tianjin_hebei_2023.csv",
        ...                         source="tianjin.csv")])
        >>> [(row["source"], row["project"]) for row in found["projects"]]
        [('tianjin.csv', '安全隐患维修')]
        >>> len(found["indicators"]), found["errors"]
        (6, [])
    """
    found: dict[RecordKind, list[Record]] = {kind: [] for kind in KINDS}
    for result in results:
        for kind in KINDS:
            found[kind] += (_sourced(result.path, row) for row in result.tables[kind])
    return found


def _sourced(source: str, row: Record) -> Record:
    sourced: Record = {SOURCE.name: source}
    sourced.update(row)
    return sourced


def write(
    results: Iterable[FileResult], out_dir: str | os.PathLike[str], format: Format = "csv"
) -> dict[RecordKind, Path]:
    """Write one table per record kind into `out_dir`, named after it (`projects.csv`).

    Every kind is written, an empty one with its header (csv, xlsx) or typed columns
    (parquet); a file of the same name is replaced. See the module's notes for each format.

    Args:
        results: what `run` (or `process`) gives.
        out_dir: the folder to write in; made, with its parents, where it does not exist.
        format: `"csv"`, `"parquet"` or `"xlsx"`.

    Returns:
        Every record kind's file.

    Raises:
        FieldError: `format` is none of `FORMATS`; or a value does not fit its column
            (naming the kind, the column and the row), which is a bug of the library.
        MissingExtraError: parquet without pyarrow (the `arrow` extra), xlsx without
            openpyxl (the `xlsx` extra).
        OSError: a file cannot be written.

    Examples:
        >>> import tempfile
        >>> from perfindicator.batch import process
        >>> out = tempfile.mkdtemp()
        >>> written = write([process("examples/forms/templates/tianjin_hebei_2023.csv",
        ...                          source="tianjin.csv")], out)
        >>> written["indicators"].name, sorted(written) == sorted(KINDS)
        ('indicators.csv', True)
        >>> header, first, *_ = written["indicators"].read_text(encoding="utf-8").splitlines()
        >>> header.split(",")[:4], first.split(",")[:4]
        (['source', 'project', 'year', 'category'], ['tianjin.csv', '安全隐患维修', '2023', '""'])
    """
    if format not in FORMATS:
        raise FieldError("write", "format", format, f"must be one of {', '.join(FORMATS)}")
    writer = _WRITERS[format]
    found = tables(results)
    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    written: dict[RecordKind, Path] = {}
    for kind in KINDS:
        path = folder / f"{kind}.{format}"
        writer(kind, found[kind], path)
        written[kind] = path
    return written


def _checked(kind: RecordKind, rows: Sequence[Record]) -> Iterable[tuple[Column, object]]:
    """Each row's values in column order, as `(column, value)`; refused where one does not fit."""
    order = columns(kind)
    for index, row in enumerate(rows):
        if row.keys() != {column.name for column in order}:
            raise FieldError(
                "write", kind, sorted(row), f"row {index}: must have the columns of {kind}"
            )
        for column in order:
            value = row[column.name]
            if not column.fits(value):
                raise FieldError(
                    "write", f"{kind}.{column.name}", value, f"row {index}: does not fit"
                )
            yield column, value


def _write_csv(kind: RecordKind, rows: Sequence[Record], path: Path) -> None:
    width = len(columns(kind))
    fields = [_csv_field(value) for _, value in _checked(kind, rows)]
    lines = [",".join(_csv_text(column.name) for column in columns(kind))]
    lines += [",".join(fields[start : start + width]) for start in range(0, len(fields), width)]
    path.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8", newline="")


def _csv_field(value: object) -> str:
    if value is None:
        return ""
    return _csv_text(_text(value))


def _csv_text(text: str) -> str:
    if text and not any(mark in text for mark in ',"\r\n'):
        return text
    return '"' + text.replace('"', '""') + '"'


def _text(value: object) -> str:
    """A value as the exact text csv shows it."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return f"{value:f}"  # fixed-point: never an exponent (`1E+2` is 100)
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value)


def _write_parquet(kind: RecordKind, rows: Sequence[Record], path: Path) -> None:
    from perfindicator.frames import to_arrow

    table = to_arrow(rows, columns=columns(kind))
    try:
        import pyarrow.parquet
    except ImportError as error:  # pragma: no cover - to_arrow has needed pyarrow already
        raise MissingExtraError(
            extra="arrow", format=".parquet", module="pyarrow", doing="writing"
        ) from error
    pyarrow.parquet.write_table(table, path)


def _write_xlsx(kind: RecordKind, rows: Sequence[Record], path: Path) -> None:
    try:
        import openpyxl
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    except ImportError as error:
        raise MissingExtraError(
            extra="xlsx", format=".xlsx", module="openpyxl", doing="writing"
        ) from error
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet(kind)
    width = len(columns(kind))

    def cell(value: object) -> object:
        if value is None or isinstance(value, bool):
            return value
        if isinstance(value, datetime.date) and value >= _FIRST_DATE:
            dated = WriteOnlyCell(sheet, value=datetime.datetime.combine(value, datetime.time()))
            dated.number_format = "yyyy-mm-dd"
            return dated
        if isinstance(value, (int, Decimal)) and _holds(value):
            return value if isinstance(value, int) else float(value)
        text = ILLEGAL_CHARACTERS_RE.sub(lambda found: repr(found[0])[1:-1], _text(value))
        stored = WriteOnlyCell(sheet, value=text)
        stored.data_type = "s"  # never a formula, whatever the text starts with
        return stored

    cells = [cell(value) for _, value in _checked(kind, rows)]  # refused before writing
    sheet.append([column.name for column in columns(kind)])
    for start in range(0, len(cells), width):
        sheet.append(cells[start : start + width])
    book.save(path)


def _holds(number: int | Decimal) -> bool:
    """Whether a spreadsheet keeps `number` exactly: 15 significant digits, as a float."""
    # Spreadsheets keep 15 significant digits (openpyxl writes 16 of a float, Excel shows
    # 15); within them every number reads back through the float as itself.
    exact = Decimal(number)
    significant = "".join(map(str, exact.as_tuple().digits)).strip("0")
    return (
        len(significant) <= 15 and exact.adjusted() < 300 and Decimal(repr(float(exact))) == exact
    )


_WRITERS: dict[Format, Callable[[RecordKind, Sequence[Record], Path], Any]] = {
    "csv": _write_csv,
    "parquet": _write_parquet,
    "xlsx": _write_xlsx,
}
