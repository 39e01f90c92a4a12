"""The tables of records: `to_polars`, `to_pandas`, `to_arrow` (see `perfindicator.frames`)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeGuard, cast

from perfindicator.errors import FieldError, FieldTypeError, MissingExtraError
from perfindicator.interchange.record_schema import SCHEMAS, Column, ColumnType, RecordKind
from perfindicator.interchange.records import record_kind, to_records
from perfindicator.reports.lint import Findings

if TYPE_CHECKING:
    import pandas
    import polars
    import pyarrow

__all__ = ["to_arrow", "to_pandas", "to_polars"]


def to_polars(
    data: object, *, kind: RecordKind | None = None, columns: Sequence[Column] | None = None
) -> polars.DataFrame:
    """Return a polars DataFrame of `data` with its kind's columns and types.

    Args:
        data: anything `to_records` takes (`kind` then picks among the record kinds it
            offers), or an iterable of records: mappings of column name to value, every
            one with exactly the columns of `SCHEMAS[kind]`, or of `columns`.
        kind: the record kind; required for records unless `columns` is given.
        columns: the columns of records that are no record kind's (a table with a column
            of its own added, say), in order.

    Raises:
        FieldError: a value does not fit its column, or a record lacks a column or has one
            too many; the message names the row (from 0), the column and the value.
            Also: records without `kind` or `columns`, or both given.
        FieldTypeError: a record is not a mapping, or `data` is nothing `to_records`
            takes.
        MissingExtraError: polars is not installed (`pip install 'perfindicator[polars]'`).

    Examples:
        >>> from decimal import Decimal
        >>> from perfindicator import Indicator, Level2, Project, parse_target
        >>> project = Project(name="示例", year=2024, indicators=(
        ...     Indicator(level2=Level2.QUANTITY, name="培训人次", target=parse_target(">=1000人次")),
        ...     Indicator(level2=Level2.TIMELINESS, name="完成时间", target=parse_target("2024年底前"))))
        >>> frame = to_polars(project)
        >>> frame.get_column("value").to_list() == [Decimal("1000"), None]
        True
        >>> frame.get_column("deadline").to_list()
        [None, datetime.date(2024, 12, 31)]
        >>> frame.schema["deadline"], frame.schema["level1"]
        (Date, Enum(categories=['产出指标', '效益指标', '满意度指标', '成本指标']))
        >>> empty = to_polars([], kind="lines")
        >>> empty.height, empty.columns[:3], empty.schema["met"]
        (0, ['project', 'year', 'level1'], Boolean)
    """
    try:
        import polars as pl
    except ImportError as error:
        raise MissingExtraError(
            extra="polars", format="polars DataFrames", module="polars", doing="building"
        ) from error
    table, values = _columns(data, kind, columns, "to_polars")
    return pl.DataFrame(
        [
            pl.Series(column.name, cells, dtype=_polars_type(column), strict=True)
            for column, cells in zip(table, values, strict=True)
        ]
    )


def to_arrow(
    data: object, *, kind: RecordKind | None = None, columns: Sequence[Column] | None = None
) -> pyarrow.Table:
    """Return an Arrow table of `data` with its kind's columns and types (for Parquet, say).

    Takes what `to_polars` takes and raises what it raises; pyarrow missing raises
    `MissingExtraError` (`pip install 'perfindicator[arrow]'`).

    Examples:
        >>> from perfindicator import Project, lint
        >>> project = Project(name="空项目", year=2023)
        >>> table = to_arrow((project, lint(project)))
        >>> table.column("code").to_pylist(), str(table.schema.field("severity").type)
        (['PI021'], 'dictionary<values=string, indices=int32, ordered=0>')
        >>> table.column("severity").chunk(0).dictionary.to_pylist()
        ['error', 'warning', 'note']
    """
    return _arrow(data, kind, columns, "to_arrow", "arrow")


def to_pandas(
    data: object, *, kind: RecordKind | None = None, columns: Sequence[Column] | None = None
) -> pandas.DataFrame:
    """Return a pandas DataFrame of `data` with its kind's columns and types.

    Columns are Arrow-backed (`pandas.ArrowDtype`): nullable, with exact decimals and dates;
    a category column is a `pandas.CategoricalDtype` of the column's labels, unordered.
    Takes what `to_polars` takes and raises what it raises; pandas or pyarrow missing raises
    `MissingExtraError` (`pip install 'perfindicator[pandas]'`).

    Examples:
        >>> from decimal import Decimal
        >>> from perfindicator import Indicator, Level2, Project, parse_target
        >>> project = Project(name="示例", year=2024, indicators=(
        ...     Indicator(level2=Level2.QUALITY, name="合格率", target=parse_target(">=99.5%")),))
        >>> frame = to_pandas(project)
        >>> frame.loc[0, "value"] == Decimal("99.5"), str(frame.dtypes["year"])
        (True, 'int64[pyarrow]')
        >>> list(frame["level1"].cat.categories)
        ['产出指标', '效益指标', '满意度指标', '成本指标']
    """
    try:
        import pandas as pd
    except ImportError as error:
        raise MissingExtraError(
            extra="pandas", format="pandas DataFrames", module="pandas", doing="building"
        ) from error
    table = _arrow(data, kind, columns, "to_pandas", "pandas")
    import pyarrow as pa  # imported by `_arrow` already

    # A dictionary column is left to pyarrow, which makes it a categorical of the
    # dictionary's labels in order; every other column keeps its Arrow type.
    return table.to_pandas(
        types_mapper=lambda type_: None if pa.types.is_dictionary(type_) else pd.ArrowDtype(type_)
    )


def _arrow(
    data: object,
    kind: RecordKind | None,
    columns: Sequence[Column] | None,
    owner: str,
    extra: str,
) -> pyarrow.Table:
    try:
        import pyarrow as pa
    except ImportError as error:
        raise MissingExtraError(
            extra=extra, format="Arrow tables", module="pyarrow", doing="building"
        ) from error
    table, values = _columns(data, kind, columns, owner)
    return pa.table(
        [_arrow_array(column, cells) for column, cells in zip(table, values, strict=True)],
        names=[column.name for column in table],
    )


def _polars_type(column: Column) -> polars.DataType:
    import polars as pl

    if column.type is ColumnType.DECIMAL:
        return pl.Decimal(*_digits(column))
    if column.type is ColumnType.CATEGORY:
        return pl.Enum(list(column.categories))
    types: dict[ColumnType, polars.DataType] = {
        ColumnType.TEXT: pl.String(),
        ColumnType.INT: pl.Int64(),
        ColumnType.BOOL: pl.Boolean(),
        ColumnType.DATE: pl.Date(),
    }
    return types[column.type]


def _arrow_array(column: Column, cells: list[object]) -> pyarrow.Array[Any]:
    import pyarrow as pa

    if column.type is ColumnType.CATEGORY:
        # The column's labels as the dictionary, all of them in order whatever the cells
        # hold: tables of different projects then have one dictionary and concatenate.
        index = {label: number for number, label in enumerate(column.categories)}
        return pa.DictionaryArray.from_arrays(
            pa.array([None if cell is None else index[str(cell)] for cell in cells], pa.int32()),
            pa.array(column.categories, pa.string()),
        )
    return pa.array(cells, type=_arrow_type(column))


def _arrow_type(column: Column) -> pyarrow.DataType:
    import pyarrow as pa

    if column.type is ColumnType.DECIMAL:
        return pa.decimal128(*_digits(column))
    types: dict[ColumnType, pyarrow.DataType] = {
        ColumnType.TEXT: pa.string(),
        ColumnType.INT: pa.int64(),
        ColumnType.BOOL: pa.bool_(),
        ColumnType.DATE: pa.date32(),
    }
    return types[column.type]


def _digits(column: Column) -> tuple[int, int]:
    """A decimal column's precision and scale."""
    # Set for every DECIMAL column (`Column`).
    assert column.precision is not None
    assert column.scale is not None
    return column.precision, column.scale


def _columns(
    data: object, kind: RecordKind | None, columns: Sequence[Column] | None, owner: str
) -> tuple[tuple[Column, ...], list[list[object]]]:
    """The columns of `data` and the values of each, every record checked against them.

    Raises:
        FieldError: a record lacks a column or has an extra one, or a value does not fit.
        FieldTypeError: a record is not a mapping.
    """
    table, rows = _rows(data, kind, columns, owner)
    names = [column.name for column in table]
    expected = set(names)
    named = f"{kind} column" if kind is not None else "column"
    for number, row in enumerate(rows):
        if not isinstance(row, Mapping):
            raise FieldTypeError(owner, f"data[{number}]", row, "must be a mapping (a record)")
        if row.keys() != expected:
            missing = [name for name in names if name not in row]
            extra = [key for key in row if key not in expected]
            wrong = [f"lacks the columns {missing}"] if missing else []
            wrong += [f"has keys that are no columns: {extra}"] if extra else []
            raise FieldError(owner, f"data[{number}]", row, f"{'; '.join(wrong)} (列不符)")
        for column in table:
            value = row[column.name]
            if not column.fits(value):
                raise FieldError(
                    owner,
                    f"data[{number}].{column.name}",
                    value,
                    f"does not fit the {named} {column.name!r}, which holds None or "
                    f"{column.expected()[0]} (值与列的类型不符)",
                )
    return table, [[row[name] for row in rows] for name in names]


def _rows(
    data: object, kind: RecordKind | None, columns: Sequence[Column] | None, owner: str
) -> tuple[tuple[Column, ...], list[Any]]:
    """The columns and the records of `data`, records as given or made by `to_records`."""
    if kind is not None and columns is not None:
        raise FieldError(owner, "columns", columns, "give kind or columns, not both")
    if isinstance(data, Iterator):
        data = list(data)  # looked at twice below: a generator can be read only once
    if columns is not None:
        return _declared(columns, owner), _records(data, owner)
    if _are_records(data):
        if kind is None:
            raise FieldError(owner, "kind", None, "records need kind= or columns= to be typed")
        if not isinstance(kind, str) or kind not in SCHEMAS:
            raise FieldError(owner, "kind", kind, f"must be one of {', '.join(SCHEMAS)}")
        return SCHEMAS[kind], list(data)
    rows = to_records(cast(Any, data), kind=kind)
    return SCHEMAS[record_kind(data) if kind is None else kind], rows


def _are_records(data: object) -> TypeGuard[Sequence[object]]:
    """Whether `data` holds records (mappings), not results; an empty list holds no results.

    Lint's `Findings` is a list of results, even when empty.
    """
    return (
        isinstance(data, (list, tuple))
        and not isinstance(data, Findings)
        and all(isinstance(item, Mapping) for item in data)
    )


def _records(data: object, owner: str) -> list[object]:
    if isinstance(data, Iterable) and not isinstance(data, (str, bytes, Mapping)):
        return list(data)
    raise FieldTypeError(owner, "data", data, "must be an iterable of records (mappings)")


def _declared(columns: Sequence[Column], owner: str) -> tuple[Column, ...]:
    table = tuple(columns) if isinstance(columns, Sequence) else ()
    if not table or not all(isinstance(column, Column) for column in table):
        raise FieldTypeError(owner, "columns", columns, "must be a sequence of Column")
    names = [column.name for column in table]
    if len(set(names)) != len(names):
        raise FieldError(owner, "columns", names, "must have distinct names")
    return table
