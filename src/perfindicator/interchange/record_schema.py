"""The declared columns of every record kind: one table for type checkers and every backend.

Each kind of result becomes rows of one kind (`RecordKind`): a document's project, a
project's indicators, a self-evaluation's scored lines, lint findings, an audit's totals and
its discrepancies, a monitoring's lines, and problems that stopped a file from being read. `SCHEMAS` gives each kind's columns in order, each with a type from a small closed
vocabulary (`ColumnType`), so the same typed columns come out whatever the data; a
`TypedDict` per kind says the same to a type checker. Decimal columns have a precision and
scale fixed from the magnitudes the library accepts (`perfindicator._exact`).
"""

from __future__ import annotations

import datetime
import enum
from decimal import Decimal
from typing import Final, Literal, TypeAlias, TypedDict

import attrs

from perfindicator._exact import MAX_PLACES, MAX_WHOLE_DIGITS
from perfindicator.errors import Severity
from perfindicator.model.categories import Level1, Level2
from perfindicator.model.kinds import FormKind, Period, StandardBasis
from perfindicator.model.targets import TARGET_TYPES, Direction, Op
from perfindicator.reports.lights import Light
from perfindicator.reports.monitoring import Likelihood

__all__ = [
    "DOCUMENT_KINDS",
    "SCHEMAS",
    "AuditRecord",
    "Column",
    "ColumnType",
    "DiscrepancyRecord",
    "ErrorRecord",
    "FindingRecord",
    "IndicatorRecord",
    "LineRecord",
    "MonitoringRecord",
    "ProjectRecord",
    "RecordKind",
]

RecordKind: TypeAlias = Literal[
    "projects",
    "indicators",
    "lines",
    "findings",
    "audits",
    "discrepancies",
    "monitoring",
    "errors",
]
"""The name of a record kind, also the name of its table in batch output."""

DOCUMENT_KINDS: Final = (*(kind.value for kind in FormKind), "绩效自评表", "绩效监控表")
"""The `document` column's labels: the declaration's form kind, a self-evaluation report
(绩效自评表) or a monitoring table (绩效监控表)."""


class ColumnType(enum.Enum):
    """The type of a record column: the closed vocabulary every backend maps.

    Examples:
        >>> [t.value for t in ColumnType]
        ['text', 'int', 'bool', 'date', 'decimal', 'category']
    """

    TEXT = "text"
    INT = "int"
    BOOL = "bool"
    DATE = "date"
    DECIMAL = "decimal"
    CATEGORY = "category"


@attrs.frozen(kw_only=True)
class Column:
    """One column of a record kind: its name, type, and what its values may be.

    Attributes:
        name: the column's name, a key of every record of the kind.
        type: its type.
        precision: for a `DECIMAL` column, the digits in all; else `None`.
        scale: for a `DECIMAL` column, the digits after the point; else `None`.
        categories: for a `CATEGORY` column, every value it may hold, in order (the enum's
            values: Chinese labels such as `产出指标`, `红灯`); else `()`.

    Examples:
        >>> points = Column(name="points", type=ColumnType.DECIMAL, precision=20, scale=2)
        >>> points.fits(Decimal("12.50")), points.fits(Decimal("0.125")), points.fits(None)
        (True, False, True)
    """

    name: str
    type: ColumnType
    precision: int | None = None
    scale: int | None = None
    categories: tuple[str, ...] = ()

    def fits(self, value: object) -> bool:
        """Whether `value` is `None` or a value of this column's type that it holds exactly.

        A `DECIMAL` fits when it is finite and has at most `scale` places (trailing zeros
        after the point do not count) and `precision - scale` digits before the point; an
        `INT` when it has 64 bits; a `TEXT` when it can be written as UTF-8 (it has no lone
        surrogate): what every DataFrame backend and file format holds.

        Examples:
            >>> level = Column(name="light", type=ColumnType.CATEGORY, categories=("红灯",))
            >>> level.fits("红灯"), level.fits("绿灯")
            (True, False)
            >>> Column(name="year", type=ColumnType.INT).fits(True)
            False
        """
        if value is None:
            return True
        if self.type is ColumnType.TEXT:
            return isinstance(value, str) and _encodes(value)
        if self.type is ColumnType.INT:
            return type(value) is int and -(2**63) <= value < 2**63
        if self.type is ColumnType.BOOL:
            return type(value) is bool
        if self.type is ColumnType.DATE:
            return type(value) is datetime.date
        if self.type is ColumnType.CATEGORY:
            return value in self.categories
        return isinstance(value, Decimal) and self._holds(value)

    def expected(self) -> tuple[str, str]:
        """What a value of this column must be, in English and in Chinese, for messages.

        Examples:
            >>> Column(name="points", type=ColumnType.DECIMAL, precision=20, scale=2).expected()
            ('a finite Decimal of at most 18 digits before the point and 2 after', '应为位数不超过列定义的十进制数')
        """
        if self.type is ColumnType.DECIMAL:
            whole = (self.precision or 0) - (self.scale or 0)
            return (
                f"a finite Decimal of at most {whole} digits before the point and "
                f"{self.scale} after",
                "应为位数不超过列定义的十进制数",
            )
        if self.type is ColumnType.CATEGORY:
            return f"one of {', '.join(self.categories)}", "取值不在允许范围内"
        return _EXPECTED[self.type]

    def _holds(self, value: Decimal) -> bool:
        if self.precision is None or self.scale is None or not value.is_finite():
            return False
        if value.is_zero():
            return True
        # From the digits, not `as_integer_ratio`: Decimal("1E+999999999") would make a
        # billion-digit integer. Trailing zeros after the point do not count (1.50 has 1).
        _, digits, exponent = value.as_tuple()
        assert isinstance(exponent, int)  # finite
        significant = len(digits)
        while exponent < 0 and digits[significant - 1] == 0:
            significant -= 1
            exponent += 1
        whole = max(significant + exponent, 0)
        return -exponent <= self.scale and whole <= self.precision - self.scale


_EXPECTED = {
    ColumnType.TEXT: ("a str that UTF-8 can hold", "应为字符串"),
    ColumnType.INT: ("an int of 64 bits", "应为64位整数"),
    ColumnType.BOOL: ("True or False", "应为布尔值"),
    ColumnType.DATE: ("a datetime.date", "应为日期"),
}


def _encodes(text: str) -> bool:
    # Arrow, polars and every file format store UTF-8, which has no lone surrogates.
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _text(name: str) -> Column:
    return Column(name=name, type=ColumnType.TEXT)


def _int(name: str) -> Column:
    return Column(name=name, type=ColumnType.INT)


def _bool(name: str) -> Column:
    return Column(name=name, type=ColumnType.BOOL)


def _date(name: str) -> Column:
    return Column(name=name, type=ColumnType.DATE)


def _decimal(name: str, places: int) -> Column:
    # Whole digits as the library accepts them (`_exact.MAX_WHOLE_DIGITS`), `places` after.
    return Column(
        name=name, type=ColumnType.DECIMAL, precision=MAX_WHOLE_DIGITS + places, scale=places
    )


def _category(name: str, labels: tuple[str, ...]) -> Column:
    return Column(name=name, type=ColumnType.CATEGORY, categories=labels)


def _labels(kind: type[enum.Enum]) -> tuple[str, ...]:
    return tuple(member.value for member in kind)


# Amounts, values, points and scores: any number the library accepts (points are cents when
# computed, but an audit's total adds up scores as published, in any places). Ratios and
# attainment: 4 places, as `evaluate` and `monitor` round them.
_VALUE_PLACES, _RATIO_PLACES = MAX_PLACES, 4

_IDENTITY = (_text("project"), _int("year"))
_LEVELS = (_category("level1", _labels(Level1)), _category("level2", _labels(Level2)))
_PLACE = (_text("file"), _text("sheet"), _int("page"), _int("row"), _int("column"))
_PROBLEM = (
    _text("code"),
    _category("severity", _labels(Severity)),
    _text("message_en"),
    _text("message_zh"),
)

SCHEMAS: Final[dict[RecordKind, tuple[Column, ...]]] = {
    "projects": (
        *_IDENTITY,
        _category("document", DOCUMENT_KINDS),
        _text("category"),
        _text("department"),
        _text("implementing_unit"),
        _date("start"),
        _date("end"),
        _decimal("funding", _VALUE_PLACES),
        _bool("in_yuan"),
        _int("indicators"),
        _decimal("reported_total", _VALUE_PLACES),
        *_PLACE[:3],
    ),
    "indicators": (
        *_IDENTITY,
        _text("category"),
        _text("department"),
        _text("implementing_unit"),
        _date("start"),
        _date("end"),
        *_LEVELS,
        _text("indicator"),
        _text("target"),
        _category("kind", tuple(kind.__name__ for kind in TARGET_TYPES)),
        _category("operator", _labels(Op)),
        _decimal("value", _VALUE_PLACES),
        _text("unit"),
        _text("low"),
        _text("high"),
        _date("deadline"),
        _category("period", _labels(Period)),
        _decimal("weight", _VALUE_PLACES),
        _category("direction", _labels(Direction)),
        _category("basis", _labels(StandardBasis)),
        _text("explanation"),
    ),
    "lines": (
        *_IDENTITY,
        *_LEVELS,
        _text("indicator"),
        _text("target"),
        _text("actual"),
        _bool("met"),
        _decimal("ratio", _RATIO_PLACES),
        _decimal("points", _VALUE_PLACES),
        _decimal("score", _VALUE_PLACES),
        _bool("note_required"),
    ),
    "findings": (*_IDENTITY, *_PROBLEM, *_PLACE, _text("subject"), _text("text")),
    "audits": (
        *_IDENTITY,
        _text("scheme"),
        _decimal("reported_total", _VALUE_PLACES),
        _decimal("total", _VALUE_PLACES),
        _decimal("execution_score", _VALUE_PLACES),
        _int("errors"),
        _int("warnings"),
        _int("notes"),
    ),
    "discrepancies": (
        *_IDENTITY,
        _text("scheme"),
        *_PROBLEM,
        _text("indicator"),
        _decimal("reported", _VALUE_PLACES),
        _decimal("recomputed", _VALUE_PLACES),
        *_PLACE,
        _text("subject"),
        _text("text"),
    ),
    "monitoring": (
        *_IDENTITY,
        _date("on"),
        *_LEVELS,
        _text("indicator"),
        _text("target"),
        _text("actual"),
        _decimal("attainment", _RATIO_PLACES),
        _category("light", _labels(Light)),
        _text("forecast"),
        _bool("forecast_met"),
        _category("likelihood", _labels(Likelihood)),
        _text("causes"),
        _text("analysis"),
        _text("measures"),
        _text("remark"),
    ),
    "errors": (*_PLACE, _text("subject"), *_PROBLEM, _text("text")),
}
"""Every record kind's columns, in order: the one table frames and writers are built from.

Examples:
    >>> [c.name for c in SCHEMAS["lines"]][:6]
    ['project', 'year', 'level1', 'level2', 'indicator', 'target']
    >>> value = [c for c in SCHEMAS["indicators"] if c.name == "value"][0]
    >>> value.name, value.type, value.precision, value.scale
    ('value', <ColumnType.DECIMAL: 'decimal'>, 38, 20)
"""


class ProjectRecord(TypedDict):
    """A document's project, one row per document; see `SCHEMAS["projects"]`.

    Examples:
        >>> list(ProjectRecord.__annotations__) == [c.name for c in SCHEMAS["projects"]]
        True
    """

    project: str
    year: int
    document: str
    category: str
    department: str
    implementing_unit: str
    start: datetime.date | None
    end: datetime.date | None
    funding: Decimal | None
    in_yuan: bool
    indicators: int
    reported_total: Decimal | None
    file: str | None
    sheet: str | None
    page: int | None


class IndicatorRecord(TypedDict):
    """A row of a project's indicators (`to_records(project)`); see `SCHEMAS["indicators"]`.

    Examples:
        >>> list(IndicatorRecord.__annotations__) == [c.name for c in SCHEMAS["indicators"]]
        True
    """

    project: str
    year: int
    category: str
    department: str
    implementing_unit: str
    start: datetime.date | None
    end: datetime.date | None
    level1: str
    level2: str
    indicator: str
    target: str | None
    kind: str | None
    operator: str | None
    value: Decimal | None
    unit: str | None
    low: str | None
    high: str | None
    deadline: datetime.date | None
    period: str
    weight: Decimal | None
    direction: str | None
    basis: str | None
    explanation: str


class LineRecord(TypedDict):
    """A scored line of a self-evaluation; see `SCHEMAS["lines"]`.

    Examples:
        >>> list(LineRecord.__annotations__) == [c.name for c in SCHEMAS["lines"]]
        True
    """

    project: str
    year: int
    level1: str
    level2: str
    indicator: str
    target: str
    actual: str
    met: bool
    ratio: Decimal | None
    points: Decimal
    score: Decimal
    note_required: bool


class FindingRecord(TypedDict):
    """A lint finding; `project` and `year` are `None` without a project. See `SCHEMAS`.

    Examples:
        >>> list(FindingRecord.__annotations__) == [c.name for c in SCHEMAS["findings"]]
        True
    """

    project: str | None
    year: int | None
    code: str
    severity: str
    message_en: str
    message_zh: str
    file: str | None
    sheet: str | None
    page: int | None
    row: int | None
    column: int | None
    subject: str
    text: str | None


class AuditRecord(TypedDict):
    """An audit's totals and how many discrepancies of each severity; see `SCHEMAS["audits"]`.

    Examples:
        >>> list(AuditRecord.__annotations__) == [c.name for c in SCHEMAS["audits"]]
        True
    """

    project: str
    year: int
    scheme: str
    reported_total: Decimal | None
    total: Decimal
    execution_score: Decimal | None
    errors: int
    warnings: int
    notes: int


class DiscrepancyRecord(TypedDict):
    """A discrepancy of an audit; see `SCHEMAS["discrepancies"]`.

    Examples:
        >>> list(DiscrepancyRecord.__annotations__) == [c.name for c in SCHEMAS["discrepancies"]]
        True
    """

    project: str
    year: int
    scheme: str
    code: str
    severity: str
    message_en: str
    message_zh: str
    indicator: str | None
    reported: Decimal | None
    recomputed: Decimal | None
    file: str | None
    sheet: str | None
    page: int | None
    row: int | None
    column: int | None
    subject: str
    text: str | None


class MonitoringRecord(TypedDict):
    """A monitoring line; see `SCHEMAS["monitoring"]`.

    Examples:
        >>> list(MonitoringRecord.__annotations__) == [c.name for c in SCHEMAS["monitoring"]]
        True
    """

    project: str
    year: int
    on: datetime.date
    level1: str
    level2: str
    indicator: str
    target: str | None
    actual: str | None
    attainment: Decimal | None
    light: str
    forecast: str | None
    forecast_met: bool | None
    likelihood: str | None
    causes: str
    analysis: str
    measures: str
    remark: str


class ErrorRecord(TypedDict):
    """A problem that stopped a file from being read, where it is; see `SCHEMAS["errors"]`.

    Examples:
        >>> list(ErrorRecord.__annotations__) == [c.name for c in SCHEMAS["errors"]]
        True
    """

    file: str | None
    sheet: str | None
    page: int | None
    row: int | None
    column: int | None
    subject: str
    code: str
    severity: str
    message_en: str
    message_zh: str
    text: str | None
