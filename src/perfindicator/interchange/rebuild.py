"""The objects that flat records hold in full, made again from them: `from_records`.

`to_records` flattens results into rows of a record kind. The rows of some kinds hold every
part of what they were made from: a project's indicator rows, findings, reading problems,
an audit's discrepancies. Those are rebuilt here, after checking every row against its
kind's columns (`SCHEMAS`) and against the model's own validation, every problem at once.
The other kinds keep only a summary (a document's header and counts, an evaluation's scores
as text) and are refused, saying what to do instead.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Mapping
from types import NoneType
from typing import Any, Final, Literal, TypeVar, get_args, get_type_hints, overload

import attrs

from perfindicator.audits.discrepancies import Discrepancy
from perfindicator.errors import (
    DataError,
    FieldError,
    FieldTypeError,
    PerfIndicatorError,
    Place,
    Problem,
    Severity,
    shown,
)
from perfindicator.grammar.parse import parse_target
from perfindicator.interchange.convert import key_path
from perfindicator.interchange.record_schema import (
    SCHEMAS,
    DiscrepancyRecord,
    ErrorRecord,
    FindingRecord,
    IndicatorRecord,
    RecordKind,
)
from perfindicator.interchange.records import TARGET_COLUMNS, target_columns
from perfindicator.model.categories import Level2
from perfindicator.model.kinds import Period, StandardBasis
from perfindicator.model.project import Indicator, Project
from perfindicator.model.targets import Direction, Target

__all__ = ["from_records"]

T = TypeVar("T")
E = TypeVar("E", bound=enum.Enum)

# The kinds whose rows are summaries: what they lack, and how to get the objects instead.
_REFUSED: Final[dict[RecordKind, str]] = {
    "projects": (
        "a projects row holds a document's header and counts, not its indicators, funding or"
        " goals: rebuild projects from their kind='indicators' records, or read the form again"
    ),
    "lines": (
        "a lines row holds a scored line as text and numbers, not the evaluation behind it:"
        " rebuild the projects from kind='indicators' records, then self_evaluate(project,"
        " actuals)"
    ),
    "audits": (
        "an audits row holds an audit's totals and counts, not the report's lines: rebuild"
        " the discrepancies from kind='discrepancies' records, or audit(report) again"
    ),
    "monitoring": (
        "a monitoring row holds a line's progress as text, not the values behind it: rebuild"
        " the projects from kind='indicators' records, then monitor(project, progress, on=...)"
    ),
}


def _required(record: type) -> frozenset[str]:
    """The columns that a record kind's `TypedDict`, `record`, does not let be `None`."""
    return frozenset(
        name for name, hint in get_type_hints(record).items() if NoneType not in get_args(hint)
    )


# The columns a record of each kind must fill.
_REQUIRED: Final[dict[RecordKind, frozenset[str]]] = {
    "indicators": _required(IndicatorRecord),
    "findings": _required(FindingRecord),
    "discrepancies": _required(DiscrepancyRecord),
    "errors": _required(ErrorRecord),
}

# What a column's values must be, in both languages, for a value that does not fit it.

# The project's own columns, the same on each of its rows (`project` and `year` group them).
_HEADER = ("category", "department", "implementing_unit", "start", "end")
# The model's fields whose record column has another name (the rest have their field's).
_PROJECT_COLUMNS: Final = {"name": "project"}
_INDICATOR_COLUMNS: Final = {"name": "indicator"}

# Problems found, each with the index of its record, which orders them.
_Found = list[tuple[int, Problem]]
_Rows = list[tuple[int, Mapping[str, Any]]]


@overload
def from_records(
    records: Iterable[Mapping[str, Any]], kind: Literal["indicators"]
) -> tuple[Project, ...]: ...
@overload
def from_records(
    records: Iterable[Mapping[str, Any]], kind: Literal["findings", "errors"]
) -> tuple[Problem, ...]: ...
@overload
def from_records(
    records: Iterable[Mapping[str, Any]], kind: Literal["discrepancies"]
) -> tuple[Discrepancy, ...]: ...
@overload
def from_records(
    records: Iterable[Mapping[str, Any]], kind: RecordKind
) -> tuple[Project | Problem, ...]: ...
def from_records(records: object, kind: object) -> tuple[Any, ...]:
    """Rebuild the objects that records of `kind` hold in full: the inverse of `to_records`.

    `records` is an iterable of mappings of column name to value (`to_records`' rows, or
    a DataFrame's rows as dicts: polars' `to_dicts()` of a `perfindicator.frames` frame),
    each with exactly the columns of `SCHEMAS[kind]`, every value fitting its column
    (`Column.fits`), and the columns the kind's `TypedDict` does not let be `None` filled.

    - `"indicators"`: a tuple of `Project`s. Rows are grouped by `project` and `year`, the
      groups in the order of their first row and each project's indicators in the order of
      its rows: rows of one project need not be next to each other (a sorted or filtered
      table rebuilds), so two projects of the same name and year in one table become one.
      Each row makes an `Indicator`; its target is read from `target` (any spelling
      `parse_target` reads), and `level1` must be `level2`'s parent. The columns
      `to_records` derives from the target (`kind`, `operator`, `value`, `unit`, `low`,
      `high`, `deadline`) are recomputed and must agree with it: a row edited by hand that
      contradicts its target is refused, never silently rebuilt from one or the other. The
      project's own columns (`category`, `department`, `implementing_unit`, `start`,
      `end`) must be the same on each of its rows. What the records do not hold is left at
      its default: funding, goals, the form kind (申报表), details, unclaimed cells, empty
      rows, places. A project without indicators has no rows, so it cannot come back.
    - `"findings"` and `"errors"`: a tuple of `Problem`s, with their places. A finding's
      `project` and `year` are no part of a `Problem` and are dropped.
    - `"discrepancies"`: a tuple of `Discrepancy`s; their `project`, `year` and `scheme`
      (the audit's) are dropped likewise.

    So `from_records(to_records(projects), "indicators") == tuple(projects)` for projects
    of distinct names and years, each with at least one indicator and nothing the records
    do not hold; findings, problems and discrepancies come back exactly.

    Raises:
        DataError: listing every problem of the records, each at its place: the record's
            index and column, as a JSON path (`$[3].target`). A record that is no mapping,
            lacks a column or has one too many, or holds a value that does not fit its
            column is a `data` problem; so are rows that contradict each other or their
            target. A target that does not parse is a `target` problem, a value the model
            refuses (an empty indicator name, a negative weight) a `field` one.
        FieldTypeError: `records` is not an iterable of records.
        FieldError: `kind` is no record kind, or one whose records do not hold their
            objects (`projects`, `lines`, `audits`, `monitoring`): the message says what
            they lack and what to do instead.

    Examples:
        >>> from decimal import Decimal
        >>> from perfindicator import Indicator, Level2, Project, parse_target, to_records
        >>> project = Project(name="示例", year=2022, indicators=(
        ...     Indicator(level2=Level2.QUALITY, name="在线接答率", target=parse_target("≥95%")),))
        >>> from_records(to_records(project), "indicators") == (project,)
        True
        >>> edited = to_records(project)
        >>> edited[0]["value"] = Decimal("90")
        >>> del edited[0]["explanation"]
        >>> try:
        ...     from_records(edited, "indicators")
        ... except DataError as error:
        ...     for problem in error.problems:
        ...         print(problem.subject, "|", problem.message_en)
        $[0].explanation | missing column
        >>> edited[0]["explanation"] = ""
        >>> try:
        ...     from_records(edited, "indicators")
        ... except DataError as error:
        ...     for problem in error.problems:
        ...         print(problem.subject, "|", problem.message_en)
        $[0].value | contradicts the target '>=95%', which gives Decimal('95')
        >>> from_records(to_records(project), "lines")
        Traceback (most recent call last):
        ...
        perfindicator.errors.FieldError: from_records.kind: a lines row holds a scored line as text and numbers, not the evaluation behind it: rebuild the projects from kind='indicators' records, then self_evaluate(project, actuals), got 'lines'
    """
    if not isinstance(kind, str) or kind not in SCHEMAS:
        raise FieldError("from_records", "kind", kind, f"must be one of {', '.join(SCHEMAS)}")
    if kind in _REFUSED:
        raise FieldError("from_records", "kind", kind, _REFUSED[kind])
    if isinstance(records, (str, bytes, Mapping)) or not isinstance(records, Iterable):
        raise FieldTypeError(
            "from_records",
            "records",
            type(records),
            "must be an iterable of records, mappings of column name to value",
        )
    found: _Found = []
    rows = _checked(records, kind, found)
    if kind == "indicators":
        built: tuple[Any, ...] = _projects(rows, found)
    elif kind == "discrepancies":
        built = _problems(rows, Discrepancy, ("indicator", "reported", "recomputed"), found)
    else:
        built = _problems(rows, Problem, (), found)
    if found:
        raise DataError(problem for _, problem in sorted(found, key=lambda item: item[0]))
    return built


def _path(index: int, column: object = None) -> str:
    """The JSON path of a record (`$[3]`) or of one of its columns (`$[3].target`)."""
    record = f"$[{index}]"
    if column is None:
        return record
    return key_path(record, column) if isinstance(column, str) else f"{record}[{shown(column)}]"


def _problem(index: int, column: object, en: str, zh: str, text: str | None = None) -> Problem:
    where = Place(subject=_path(index, column))
    return Problem(code="data", message_en=en, message_zh=zh, where=where, text=text)


def _checked(records: Iterable[object], kind: RecordKind, found: _Found) -> _Rows:
    """The records that have exactly the kind's columns, each value fitting its column.

    Every problem of the others goes to `found`.
    """
    columns = SCHEMAS[kind]
    names = {column.name for column in columns}
    required = _REQUIRED[kind]
    kept: _Rows = []
    for index, record in enumerate(records):
        if not isinstance(record, Mapping):
            en = (
                f"expected a record, a mapping of column name to value, got {type(record).__name__}"
            )
            found.append((index, _problem(index, None, en, "应为记录（列名到值的映射）")))
            continue
        before = len(found)
        for column in columns:
            if column.name not in record:
                found.append((index, _problem(index, column.name, "missing column", "缺少列")))
                continue
            value = record[column.name]
            if value is None and column.name in required:
                en, zh = "must not be empty (None)", "不能为空"
                found.append((index, _problem(index, column.name, en, zh)))
            elif not column.fits(value):
                en, zh = column.expected()
                problem = _problem(index, column.name, f"expected {en}, got {shown(value)}", zh)
                found.append((index, problem))
        found += [
            (index, _problem(index, key, "unknown column", "未知的列"))
            for key in record
            if key not in names
        ]
        if len(found) == before:
            kept.append((index, record))
    return kept


def _built(
    make: Callable[..., T], index: int, columns: Mapping[str, str], found: _Found, **fields: Any
) -> T | None:
    """`make(**fields)`, or `None` with the model's refusal in `found` at its column.

    `columns` names the record column of each field whose column has another name.
    """
    try:
        return make(**fields)
    except PerfIndicatorError as error:
        field = error.field if isinstance(error, FieldError) else None
        column = columns.get(field, field) if field is not None else None
        found.append((index, error.as_problem(Place(subject=_path(index, column)))))
        return None


def _member(cls: type[E], value: object) -> E | None:
    # The value fits its column, whose categories are the enum's values.
    return None if value is None else cls(value)


def _projects(rows: _Rows, found: _Found) -> tuple[Project, ...]:
    groups: dict[tuple[str, int], _Rows] = {}
    for index, row in rows:
        groups.setdefault((row["project"], row["year"]), []).append((index, row))
    projects: list[Project] = []
    for members in groups.values():
        first, header = members[0]
        for index, row in members[1:]:
            for name in _HEADER:
                if row[name] != header[name]:
                    en = f"differs from the project's first row $[{first}]: {shown(header[name])}"
                    found.append((index, _problem(index, name, en, "同一项目各行的项目信息不一致")))
        project = _built(
            Project,
            first,
            _PROJECT_COLUMNS,
            found,
            name=header["project"],
            year=header["year"],
            **{name: header[name] for name in _HEADER},
        )
        indicators = [_indicator(index, row, found) for index, row in members]
        if project is not None:
            indicated = tuple(indicator for indicator in indicators if indicator is not None)
            projects.append(attrs.evolve(project, indicators=indicated))
    return tuple(projects)


def _indicator(index: int, row: Mapping[str, Any], found: _Found) -> Indicator | None:
    before = len(found)
    level2 = Level2(row["level2"])
    if row["level1"] != level2.parent.value:
        en = f"must be {level2.parent.value}, the level-1 category of {level2.value}"
        found.append(
            (index, _problem(index, "level1", en, "一级指标与二级指标不符", row["level1"]))
        )
    target: Target | None = None
    try:
        target = None if row["target"] is None else parse_target(row["target"])
    except PerfIndicatorError as error:
        found.append((index, error.as_problem(Place(subject=_path(index, "target")))))
    else:
        _compare_derived(index, row, target, found)
    indicator = _built(
        Indicator,
        index,
        _INDICATOR_COLUMNS,
        found,
        level2=level2,
        name=row["indicator"],
        target=target,
        explanation=row["explanation"],
        basis=_member(StandardBasis, row["basis"]),
        weight=row["weight"],
        direction=_member(Direction, row["direction"]),
        period=_member(Period, row["period"]),
    )
    return indicator if len(found) == before else None


def _compare_derived(
    index: int, row: Mapping[str, Any], target: Target | None, found: _Found
) -> None:
    """Put in `found` each derived column of `row` that its target does not give."""
    try:
        derived = target_columns(target, row["year"])
    except FieldError:
        # A year out of range, which the project refuses where it is built.
        return
    what = "an empty target" if target is None else f"the target {shown(row['target'])}"
    for name in TARGET_COLUMNS:
        if row[name] != derived[name]:
            en = f"contradicts {what}, which gives {shown(derived[name])}"
            found.append((index, _problem(index, name, en, "与指标目标值不符")))


def _problems(
    rows: _Rows, make: Callable[..., T], own: tuple[str, ...], found: _Found
) -> tuple[T, ...]:
    """A `make` (a `Problem` or a `Discrepancy`) of each row, with its `own` columns too."""
    built: list[T] = []
    for index, row in rows:
        where = _built(
            Place,
            index,
            {},
            found,
            **{name: row[name] for name in ("file", "sheet", "page", "row", "column", "subject")},
        )
        if where is None:
            continue
        problem = _built(
            make,
            index,
            {},
            found,
            code=row["code"],
            severity=Severity(row["severity"]),
            message_en=row["message_en"],
            message_zh=row["message_zh"],
            where=where,
            text=row["text"],
            **{name: row[name] for name in own},
        )
        if problem is not None:
            built.append(problem)
    return tuple(built)
