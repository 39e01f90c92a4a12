"""The kinds of target value (指标目标值) a form can state.

Each kind is an immutable attrs class whose `str` is the canonical spelling of the target:
`parse_target(str(t)) == t` for every target `t`, and spellings with the same meaning parse to
equal (and equally hashed) targets.
"""

from __future__ import annotations

import calendar
import datetime
import enum
from typing import Any, TypeAlias

import attrs
from dateutil.relativedelta import relativedelta

from perfindicator import _syntax
from perfindicator._exact import MAX_WHOLE_DIGITS
from perfindicator._lexicon import AFTER_WORD, CANONICAL_CHANGE_WORDS, EVERY, OCCURRENCE_UNITS
from perfindicator.errors import FieldError, FieldTypeError
from perfindicator.model import _validators as v
from perfindicator.model.quantity import Quantity

__all__ = [
    "Cadence",
    "Change",
    "Comparison",
    "DatePeriod",
    "Deadline",
    "Direction",
    "Op",
    "Precision",
    "Qualitative",
    "Range",
    "RelativeDeadline",
    "Schedule",
    "Target",
    "TimeUnit",
]


class Op(enum.Enum):
    """A comparison operator; the value is its ASCII symbol.

    `GE`, `GT` and `EQ` are higher-is-better (official systems score `=100%` as met by
    reaching 100%), `LE` and `LT` lower-is-better.

    Examples:
        >>> from perfindicator import parse_target
        >>> parse_target("不超过10次").op, Op.LE.value
        (<Op.LE: '<='>, '<=')
    """

    GE = ">="
    GT = ">"
    EQ = "="
    LE = "<="
    LT = "<"


class Direction(enum.Enum):
    """Which way a target wants the measure to move.

    Examples:
        >>> from perfindicator import parse_target
        >>> parse_target("有效减轻").direction, parse_target("较上年提升5%").direction
        (<Direction.DOWN: 'down'>, <Direction.UP: 'up'>)
    """

    UP = "up"
    DOWN = "down"
    STEADY = "steady"


def _repr(self: object) -> str:
    return f"<{type(self).__name__}({str(self)!r})>"


def _reads_back(instance: Comparison, attribute: attrs.Attribute[Any], value: Quantity) -> None:
    if _syntax.comparison_reads_as_date(instance.op.value, str(value)):
        v.fail(instance, attribute, value, "has a unit that makes the target read as a date")
    if schedule_of(instance.op, value) is not None:
        v.fail(instance, attribute, value, "reads as a schedule: build a Schedule")


@attrs.frozen(kw_only=True, repr=False)
class Comparison:
    """A quantitative target: an operator and a quantity (`>=95%`, `=0次`, `≤15399.72万元`).

    Examples:
        >>> from perfindicator import parse_target
        >>> t = parse_target("不低于95％")
        >>> t, t.op, t.quantity
        (<Comparison('>=95%')>, <Op.GE: '>='>, Quantity('95%'))
    """

    op: Op = attrs.field(validator=v.instance_of(Op))
    quantity: Quantity = attrs.field(validator=[v.instance_of(Quantity), _reads_back])

    def __str__(self) -> str:
        return f"{self.op.value}{self.quantity}"

    __repr__ = _repr


def _ordered_range(instance: Range, attribute: attrs.Attribute[Any], high: Quantity) -> None:
    low = instance.low
    if not low.is_comparable(high):
        v.fail(instance, attribute, high, f"has a unit not comparable with low {low}")
    if low.compare(high) > 0:
        v.fail(instance, attribute, high, f"must not be below low {low} (下限不能高于上限)")
    # Only months (`1月~12月`) and unitless year-like numbers (`2023.07~2024.01`) can.
    if high.unit in ("", "月") and _syntax.range_reads_as_period(f"{low}~{high}"):
        v.fail(instance, attribute, high, f"makes the range read as a date period: {low}~{high}")
    if calendar_span(low, high):
        v.fail(instance, attribute, high, f"makes the range a span of the calendar: {low}~{high}")


def calendar_span(low: Quantity, high: Quantity) -> bool:
    """Whether a range's ends are years (`2019~2021年`) or year.month (`2023.1~2023.12月`).

    Such a range is a span of the calendar that the period rules do not read (whole years; a
    unit after dotted months), not a range of amounts: the grammar refuses it.

    Examples:
        >>> from perfindicator import Quantity
        >>> calendar_span(Quantity(value=2019, unit="年"), Quantity(value=2021, unit="年"))
        True
        >>> calendar_span(Quantity(value=1, unit="年"), Quantity(value=3, unit="年"))
        False
    """
    if high.unit not in (*_YEAR_UNITS, "月") or low.unit != high.unit:
        return False
    ends = (low.value, high.value)
    if not all(_YEARS[0] <= int(end) <= _YEARS[1] for end in ends):
        return False
    if all(end == end.to_integral_value() for end in ends):
        return True  # 2019~2021年, 2019~2021年度; 2023~2024月 is no number of months either
    months = [f"{end:f}".partition(".")[2] for end in ends]  # the digits after the point
    return high.unit == "月" and all(m and len(m) <= 2 and 1 <= int(m) <= 12 for m in months)


# The years a year-like number falls in, as the period rules take them.
_YEARS = (1900, 2100)
_YEAR_UNITS = ("年", "年度", "年间")


@attrs.frozen(kw_only=True, repr=False)
class Range:
    """A target met inside a closed interval (`90%-95%`, `5至10个`, `18—54周岁`, `±3%`).

    Examples:
        >>> from perfindicator import parse_target
        >>> parse_target("90~95%")
        <Range('90%~95%')>
    """

    low: Quantity = attrs.field(validator=v.instance_of(Quantity))
    high: Quantity = attrs.field(validator=[v.instance_of(Quantity), _ordered_range])

    def __str__(self) -> str:
        return f"{self.low}~{self.high}"

    __repr__ = _repr


def _month(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    v.whole_number(instance, attribute, value)
    assert isinstance(value, int)
    if not 1 <= value <= 12:
        v.fail(instance, attribute, value, "must be a month from 1 to 12")


def _day(instance: Deadline, attribute: attrs.Attribute[Any], value: object) -> None:
    v.whole_number(instance, attribute, value)
    assert isinstance(value, int)
    # Without a year, 29 February is possible.
    last = calendar.monthrange(2000 if instance.year is None else instance.year, instance.month)
    if not 1 <= value <= last[1]:
        v.fail(instance, attribute, value, f"must be a day of month {instance.month}")


@attrs.frozen(kw_only=True, repr=False)
class Deadline:
    """A date target, met on or before the date (`2022年12月底前`, `<=2022-06-30`, `年底前`).

    `year` is `None` when the text names none (`年底前`, `每年12月底前`): the form's budget year
    supplies it, see [`resolve`][perfindicator.Deadline.resolve]. `day` is `None` for the end of
    the month; it is filled in on construction whenever the end of the month is known, so
    `2022年12月底前` and `2022年12月31日前` are equal. Only a year-less end of February keeps
    `day=None`.

    Examples:
        >>> from perfindicator import parse_target
        >>> parse_target("2022年12月底前")
        <Deadline('<=2022-12-31')>
        >>> parse_target("年底前").resolve(2023)
        datetime.date(2023, 12, 31)
    """

    year: int | None = attrs.field(default=None, validator=v.optional(v.year))
    month: int = attrs.field(validator=_month)
    day: int | None = attrs.field(default=None, validator=v.optional(_day))

    def __attrs_post_init__(self) -> None:
        if self.day is None and (self.year is not None or self.month != 2):
            last = calendar.monthrange(2001 if self.year is None else self.year, self.month)[1]
            # attrs' documented way to finish a frozen instance in __attrs_post_init__.
            object.__setattr__(self, "day", last)

    def resolve(self, year: int | None = None) -> datetime.date:
        """Return the date of the deadline, taking `year` only when the text named none.

        Raises:
            FieldError: the deadline names no year and none was given, or `year` is not a
                year from 1 to 9999 (a FieldTypeError when it is not an int).

        Examples:
            >>> from perfindicator import parse_target
            >>> parse_target("每年6月底前").resolve(2024), parse_target("2022年3月底前").resolve(2024)
            (datetime.date(2024, 6, 30), datetime.date(2022, 3, 31))
        """
        if self.year is not None:
            return _date_in(self.year, self.month, self.day)
        return _date_in(_budget_year(self, year), self.month, self.day)

    def __str__(self) -> str:
        if self.year is not None:
            return f"<={self.resolve().isoformat()}"
        if self.day is None:
            return f"每年{self.month}月底前"
        return f"每年{self.month}月{self.day}日前"

    __repr__ = _repr


def _date_in(year: int, month: int, day: int | None) -> datetime.date:
    """The date of `day` in the month, its last day for `None`; 29 February is clamped."""
    last = calendar.monthrange(year, month)[1]
    return datetime.date(year, month, last if day is None else min(day, last))


def _budget_year(target: Deadline | DatePeriod, year: int | None) -> int:
    """The year that `resolve` takes for a target that names none, checked."""
    owner = f"{type(target).__name__}.resolve"
    if year is None:
        raise FieldError(owner, "year", year, f"{target} names no year, so resolve() needs one")
    return v.year_argument(year, owner, "year")


class Precision(enum.Enum):
    """How finely a date period's ends are written: to the day or to the month.

    Examples:
        >>> from perfindicator import parse_target
        >>> parse_target("2023.07-2024.01").precision, parse_target("2021.1.1-12.31").precision
        (<Precision.MONTH: 'month'>, <Precision.DAY: 'day'>)
    """

    DAY = "day"
    MONTH = "month"


def _day_number(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    v.whole_number(instance, attribute, value)
    assert isinstance(value, int)
    if not 1 <= value <= 31:
        v.fail(instance, attribute, value, "must be a day of the month from 1 to 31")


def _whole_period(instance: DatePeriod, attribute: attrs.Attribute[Any], value: object) -> None:
    # Runs last (on the last field): every field is known to be of its type by then.
    p = instance
    if (p.start_year is None) != (p.end_year is None):
        v.fail(p, attribute, value, "start_year and end_year are given together, or neither")
    if (p.start_day is None) != (p.end_day is None):
        v.fail(p, attribute, value, "both ends name a day (to the day) or neither (to the month)")
    for year, month, day in (
        (p.start_year, p.start_month, p.start_day),
        (p.end_year, p.end_month, p.end_day),
    ):
        # Without a year, 29 February is possible.
        if day is not None and day > calendar.monthrange(2000 if year is None else year, month)[1]:
            v.fail(p, attribute, value, f"there is no day {day} in month {month}")
    start = (p.start_year or 0, p.start_month, p.start_day or 1)
    end = (p.end_year or 0, p.end_month, p.end_day or 31)
    if start > end:
        v.fail(p, attribute, value, "the period must not end before it starts (结束早于开始)")


@attrs.frozen(kw_only=True, repr=False)
class DatePeriod:
    """A date target met on any day of a period, both ends included (`2023.07-2024.01`).

    Each end is a month (`start_day` and `end_day` are `None`: the period runs from the first
    day of the start month to the last day of the end month) or a day, as written: see
    `precision`. The years are `None` when the text names none (`1-12月`): the form's budget
    year supplies them, see [`resolve`][perfindicator.DatePeriod.resolve]. An end written
    without its year (`2021年1月-12月`) takes the start's.

    Examples:
        >>> from perfindicator import parse_target
        >>> t = parse_target("2023.07-2024.01")
        >>> t
        <DatePeriod('2023年7月至2024年1月')>
        >>> t.resolve()
        (datetime.date(2023, 7, 1), datetime.date(2024, 1, 31))
        >>> parse_target("1-12月").resolve(2022)
        (datetime.date(2022, 1, 1), datetime.date(2022, 12, 31))
    """

    start_year: int | None = attrs.field(default=None, validator=v.optional(v.year))
    start_month: int = attrs.field(validator=_month)
    start_day: int | None = attrs.field(default=None, validator=v.optional(_day_number))
    end_year: int | None = attrs.field(default=None, validator=v.optional(v.year))
    end_month: int = attrs.field(validator=_month)
    end_day: int | None = attrs.field(
        default=None, validator=[v.optional(_day_number), _whole_period]
    )

    @property
    def precision(self) -> Precision:
        """Whether the ends are days or months, as written."""
        return Precision.MONTH if self.start_day is None else Precision.DAY

    def resolve(self, year: int | None = None) -> tuple[datetime.date, datetime.date]:
        """Return the first and the last day, taking `year` only when the text named none.

        Raises:
            FieldError: the period names no year and none was given, or `year` is not a
                year from 1 to 9999 (a FieldTypeError when it is not an int).

        Examples:
            >>> from perfindicator import parse_target
            >>> parse_target("2月1日至2月29日").resolve(2023)
            (datetime.date(2023, 2, 1), datetime.date(2023, 2, 28))
        """
        if self.start_year is None or self.end_year is None:
            start_year = end_year = _budget_year(self, year)
        else:
            start_year, end_year = self.start_year, self.end_year
        return (
            _date_in(start_year, self.start_month, self.start_day or 1),
            _date_in(end_year, self.end_month, self.end_day),
        )

    def contains(self, day: datetime.date, year: int | None = None) -> bool:
        """Tell whether `day` falls within the period, both ends included.

        Raises:
            FieldTypeError: `day` is not a `datetime.date` (a `datetime` is refused too).
            FieldError: as `resolve`.

        Examples:
            >>> import datetime
            >>> from perfindicator import parse_target
            >>> t = parse_target("2021年1月-12月")
            >>> t.contains(datetime.date(2021, 12, 31)), t.contains(datetime.date(2022, 1, 1))
            (True, False)
        """
        _require_date(day, "DatePeriod.contains", "day")
        start, end = self.resolve(year)
        return start <= day <= end

    def __str__(self) -> str:
        start = _written(self.start_year, self.start_month, self.start_day)
        return f"{start}至{_written(self.end_year, self.end_month, self.end_day)}"

    __repr__ = _repr


def _written(year: int | None, month: int, day: int | None) -> str:
    written = "" if year is None else f"{year:04}年"
    return written + f"{month}月" + ("" if day is None else f"{day}日")


def _require_date(value: object, owner: str, field: str) -> None:
    if not isinstance(value, datetime.date) or isinstance(value, datetime.datetime):
        raise FieldTypeError(owner, field, value, "must be a datetime.date")


class TimeUnit(enum.Enum):
    """The unit of a relative deadline's offset; the value is its canonical spelling.

    `天` is a `DAY`, `工作日` a `WORKING_DAY`, `个星期` a `WEEK`, `月` a `MONTH`.

    Examples:
        >>> from perfindicator import parse_target
        >>> parse_target("合同签订后30天内").unit
        <TimeUnit.DAY: '日'>
    """

    DAY = "日"
    WORKING_DAY = "个工作日"
    WEEK = "周"
    MONTH = "个月"
    YEAR = "年"


def _event(instance: RelativeDeadline, attribute: attrs.Attribute[Any], value: object) -> None:
    v.name(instance, attribute, value)
    assert isinstance(value, str)
    if not _syntax.is_event(value):
        v.fail(
            instance,
            attribute,
            value,
            f"must name the event in words: at most {_syntax.MAX_EVENT_LENGTH} characters, "
            "without digits, operators or spaces (digits in ASCII)",
        )


def _positive(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    v.count(instance, attribute, value)
    if value == 0:
        v.fail(instance, attribute, value, "must be positive")


_OFFSETS = {
    TimeUnit.DAY: lambda n: relativedelta(days=n),
    TimeUnit.WEEK: lambda n: relativedelta(weeks=n),
    TimeUnit.MONTH: lambda n: relativedelta(months=n),
    TimeUnit.YEAR: lambda n: relativedelta(years=n),
}


@attrs.frozen(kw_only=True, repr=False)
class RelativeDeadline:
    """A deadline counted from an event (`合同签订后30日内`, `项目开工后6个月内`).

    `event` is the event's name as written (`"合同签订"`), `amount` and `unit` the offset.
    The event's date is not on the form: [`deadline`][perfindicator.RelativeDeadline.deadline]
    takes it, and `evaluate` takes it in `events=`.

    Examples:
        >>> import datetime
        >>> from perfindicator import parse_target
        >>> t = parse_target("项目开工后6个月内")
        >>> t, t.event, t.amount, t.unit
        (<RelativeDeadline('项目开工后6个月内')>, '项目开工', 6, <TimeUnit.MONTH: '个月'>)
        >>> t.deadline(datetime.date(2023, 8, 31))
        datetime.date(2024, 2, 29)
    """

    event: str = attrs.field(validator=_event)
    amount: int = attrs.field(validator=_positive)
    unit: TimeUnit = attrs.field(validator=v.instance_of(TimeUnit))

    def deadline(self, event_date: datetime.date) -> datetime.date:
        """Return the deadline's last day: `amount` units after the event's date.

        As the civil code counts a period (民法典 Art. 201-202), the day of the event is not
        counted, so 30 days after 1 June is 1 July; a month or a year ends on the same day
        of the month, or on the month's last day where it has none (31 August + 6 months is
        29 February), as python-dateutil's `relativedelta` computes it. A last day that is a
        public holiday is not moved to the next working day (Art. 203): no holiday calendar
        is known, and the stricter date is the one that can be checked.

        Raises:
            FieldError: the offset is in working days, which need a holiday calendar to
                become a date, or the deadline falls after 9999-12-31.
            FieldTypeError: `event_date` is not a `datetime.date`.

        Examples:
            >>> import datetime
            >>> from perfindicator import parse_target
            >>> parse_target("合同签订后30日内").deadline(datetime.date(2023, 6, 1))
            datetime.date(2023, 7, 1)
        """
        owner = "RelativeDeadline.deadline"
        _require_date(event_date, owner, "event_date")
        if self.unit is TimeUnit.WORKING_DAY:
            raise FieldError(
                owner,
                "event_date",
                event_date,
                f"{self} counts working days, which need a holiday calendar to become a date "
                "(工作日需节假日安排方可换算为日期)",
            )
        try:
            return event_date + _OFFSETS[self.unit](self.amount)
        except (OverflowError, ValueError):
            raise FieldError(
                owner, "event_date", event_date, f"{self} falls after 9999-12-31"
            ) from None

    def __str__(self) -> str:
        return f"{self.event}{AFTER_WORD}{self.amount}{self.unit.value}内"

    __repr__ = _repr


class Cadence(enum.Enum):
    """The calendar period a schedule counts in; the value is its canonical spelling.

    Periods are the calendar's: months, quarters from January, April, July and October,
    halves from January and July, years; weeks are counted from the first day counted.

    Examples:
        >>> from perfindicator import parse_target
        >>> parse_target("1次/季").cadence, Cadence.QUARTER.per_year
        (<Cadence.QUARTER: '季度'>, 4)
    """

    WEEK = "周"
    MONTH = "月"
    QUARTER = "季度"
    HALF_YEAR = "半年"
    YEAR = "年"

    @property
    def per_year(self) -> int:
        """How many periods a year holds; 52 weeks (the one or two days left make no week)."""
        return 52 if self is Cadence.WEEK else 12 // self.months

    @property
    def months(self) -> int:
        """The months in one period; 0 for a week."""
        return _MONTHS[self]


_MONTHS = {
    Cadence.WEEK: 0,
    Cadence.MONTH: 1,
    Cadence.QUARTER: 3,
    Cadence.HALF_YEAR: 6,
    Cadence.YEAR: 12,
}


def _occurrence(instance: Schedule, attribute: attrs.Attribute[Any], value: object) -> None:
    if value not in OCCURRENCE_UNITS:
        v.fail(
            instance,
            attribute,
            value,
            f"must be a unit of occurrences: {'、'.join(OCCURRENCE_UNITS)}",
        )


def _schedule_count(instance: Schedule, attribute: attrs.Attribute[Any], value: object) -> None:
    _positive(instance, attribute, value)
    assert isinstance(value, int)
    if value >= 10**MAX_WHOLE_DIGITS:
        v.fail(instance, attribute, value, f"must have at most {MAX_WHOLE_DIGITS} digits")


@attrs.frozen(kw_only=True, repr=False)
class Schedule:
    """A periodic target: at least `count` occurrences in every period (`1次/月`, `每季度1次`).

    `=1次/月` and `>=1次/月` are the same schedule: official systems score `=` as reaching
    the number. `<=2次/月` (a cap) and `=0次/月` (never) stay comparisons. A deadline that
    recurs every year (`每年12月底前`) is a `Deadline` without a year.

    Examples:
        >>> import datetime
        >>> from perfindicator import parse_target
        >>> t = parse_target("1次/月")
        >>> t, t.per_year
        (<Schedule('每月1次')>, 12)
        >>> t.due_by(datetime.date(2024, 6, 30)), t.due_by(datetime.date(2024, 6, 29))
        (6, 5)
    """

    count: int = attrs.field(validator=_schedule_count)
    cadence: Cadence = attrs.field(validator=v.instance_of(Cadence))
    unit: str = attrs.field(default="次", validator=_occurrence)

    @property
    def per_year(self) -> int:
        """The occurrences due over a whole year: `count` times the periods in a year."""
        return self.count * self.cadence.per_year

    def due_by(self, on: datetime.date, *, start: datetime.date | None = None) -> int:
        """Return the occurrences due by `on`: `count` for every period ended by then.

        A period's occurrences fall due on its last day, so `1次/月` has 6 due on 30 June and
        5 on 29 June. Periods are counted from `start`, by default 1 January of `on`'s year:
        a period counts when its last day falls from `start` to `on`, both included (weeks
        run from `start`). Plain calendar arithmetic, in constant time; the tests check it
        against python-dateutil's `rrule`.

        Raises:
            FieldTypeError: `on` or `start` is not a `datetime.date`.

        Examples:
            >>> import datetime
            >>> from perfindicator import parse_target
            >>> t = parse_target("每季度2次")
            >>> t.due_by(datetime.date(2024, 9, 30)), t.due_by(datetime.date(2024, 12, 31))
            (6, 8)
            >>> t.due_by(datetime.date(2024, 12, 31), start=datetime.date(2024, 5, 15))
            6
        """
        _require_date(on, "Schedule.due_by", "on")
        first = datetime.date(on.year, 1, 1) if start is None else start
        _require_date(first, "Schedule.due_by", "start")
        months = self.cadence.months
        if months == 0:
            ended = ((on - first).days + 1) // 7
        else:
            ended = _period_index(on, months) - _period_index(first, months)
            if on.month % months == 0 and on.day == calendar.monthrange(on.year, on.month)[1]:
                ended += 1  # `on` is the last day of its period
        return self.count * max(ended, 0)

    def __str__(self) -> str:
        return f"{EVERY}{self.cadence.value}{self.count}{self.unit}"

    __repr__ = _repr


def _period_index(day: datetime.date, months: int) -> int:
    """The number of whole periods of `months` months from year 0 to the one holding `day`."""
    return (day.year * 12 + day.month - 1) // months


def schedule_of(op: Op, quantity: Quantity) -> Schedule | None:
    """The schedule a comparison such as `=1次/月` or `>=2场/季度` states, or `None`.

    For `grammar.parse` and `Comparison`'s validator: a positive whole count of occurrences
    per calendar period, reached (`=`) or exceeded (`>=`).
    """
    split = _syntax.schedule_unit(quantity.unit)
    value = quantity.value
    if (
        split is None
        or op not in (Op.GE, Op.EQ)
        or value <= 0
        or value != value.to_integral_value()
    ):
        return None
    occurrence, period = split
    return Schedule(count=int(value), cadence=Cadence(period), unit=occurrence)


def _change_direction(instance: Change, attribute: attrs.Attribute[Any], value: object) -> None:
    if value not in (Direction.UP, Direction.DOWN):
        raise FieldTypeError(
            "Change", attribute.name, value, "must be Direction.UP or Direction.DOWN"
        )


def _change_amount(instance: Change, attribute: attrs.Attribute[Any], value: Quantity) -> None:
    if value.value <= 0:
        v.fail(instance, attribute, value, "must be positive: the direction gives the sign")


def _basis(instance: Change, attribute: attrs.Attribute[Any], value: object) -> None:
    v.text(instance, attribute, value)
    assert isinstance(value, str)
    if value and not _syntax.is_change_basis(value):
        v.fail(
            instance,
            attribute,
            value,
            "is not a baseline phrase such as 较上年, 同比 or 较2020年 (digits in ASCII)",
        )


@attrs.frozen(kw_only=True, repr=False)
class Change:
    """A change relative to a baseline (`较上年提升5%`, `同比增长10%`, `下降2个百分点`).

    `basis` is the baseline phrase (`"较上年"`, `"同比"`, `"较2020年"`), `""` when the text
    states none; its digits are ASCII, so that `较２０２０年` and `较2020年` are one basis. `amount` is positive; its unit tells a relative change (`%`) from one in
    percentage points (`个百分点`) or an absolute one (`个`, `万元`).

    Examples:
        >>> from perfindicator import parse_target
        >>> parse_target("较上年提升5%")
        <Change('较上年增长5%')>
    """

    direction: Direction = attrs.field(validator=_change_direction)
    amount: Quantity = attrs.field(validator=[v.instance_of(Quantity), _change_amount])
    basis: str = attrs.field(default="", validator=_basis)

    def __str__(self) -> str:
        return f"{self.basis}{CANONICAL_CHANGE_WORDS[self.direction.value]}{self.amount}"

    __repr__ = _repr


def _qualitative_text(
    instance: Qualitative, attribute: attrs.Attribute[Any], value: object
) -> None:
    v.name(instance, attribute, value)
    assert isinstance(value, str)
    problem = _syntax.words_problem(value)
    if problem is not None:
        v.fail(instance, attribute, value, problem)


@attrs.frozen(kw_only=True, repr=False)
class Qualitative:
    """A target in words (`及时`, `提升`, `完善`, `有效保障`), kept as written.

    The text is what `parse_target` reads as words: something visible, with no white space
    or invisible character around it, no control character, and nothing that reads as a
    quantity or a date (`>=95%` is a `Comparison`, never words).

    Examples:
        >>> from perfindicator import parse_target
        >>> t = parse_target(" 明显改善 ")
        >>> t, t.direction
        (<Qualitative('明显改善')>, <Direction.UP: 'up'>)
    """

    text: str = attrs.field(validator=_qualitative_text)

    @property
    def direction(self) -> Direction | None:
        """The direction the wording asks for, or `None` for a plain attainment statement.

        提升/提高/增加/增强/改善 … read as up, 降低/下降/减少 … as down, 稳定/保持 … as steady;
        wording that names two directions has none.

        Examples:
            >>> from perfindicator import parse_target
            >>> [parse_target(t).direction for t in ("有效降低", "保持稳定", "及时")]
            [<Direction.DOWN: 'down'>, <Direction.STEADY: 'steady'>, None]
        """
        direction = _syntax.direction_of(self.text)
        return None if direction is None else Direction(direction)

    def __str__(self) -> str:
        return self.text

    __repr__ = _repr


# Builders for `grammar.parse` only, which proves as it reads everything the validators
# check: each builds its target without checking it a second time.

_set_op, _set_quantity = v.field_setters(Comparison, "op", "quantity")
_set_low, _set_high = v.field_setters(Range, "low", "high")
_DEADLINE_FIELDS = v.field_setters(Deadline, "year", "month", "day")
_PERIOD_FIELDS = v.field_setters(
    DatePeriod, "start_year", "start_month", "start_day", "end_year", "end_month", "end_day"
)
(_set_text,) = v.field_setters(Qualitative, "text")


def parsed_comparison(op: Op, quantity: Quantity) -> Comparison:
    """Build the `Comparison` the parser has read: it neither reads as a date nor a schedule."""
    comparison = object.__new__(Comparison)
    _set_op(comparison, op)
    _set_quantity(comparison, quantity)
    return comparison


def parsed_range(low: Quantity, high: Quantity) -> Range:
    """Build the `Range` the parser has read: ordered, neither a period nor calendar years."""
    bounds = object.__new__(Range)
    _set_low(bounds, low)
    _set_high(bounds, high)
    return bounds


def parsed_deadline(year: int | None, month: int, day: int | None) -> Deadline:
    """Build the `Deadline` the parser has read: a day that exists (29 February without a year)."""
    deadline = object.__new__(Deadline)
    for set_field, value in zip(_DEADLINE_FIELDS, (year, month, day), strict=True):
        set_field(deadline, value)
    deadline.__attrs_post_init__()
    return deadline


def parsed_period(
    start: tuple[int | None, int, int | None], end: tuple[int | None, int, int | None]
) -> DatePeriod:
    """Build the `DatePeriod` the parser has read: ends that exist, in order, written alike.

    Each end is a year (`None` for both or neither), a month and a day (`None` for both or
    neither).
    """
    period = object.__new__(DatePeriod)
    for set_field, value in zip(_PERIOD_FIELDS, (*start, *end), strict=True):
        set_field(period, value)
    return period


def parsed_words(text: str) -> Qualitative:
    """Build the `Qualitative` of `text` that the parser has just recognised as words."""
    words = object.__new__(Qualitative)
    _set_text(words, text)
    return words


Target: TypeAlias = (
    Comparison | Range | Deadline | DatePeriod | RelativeDeadline | Schedule | Change | Qualitative
)
"""Any target value: what [`parse_target`][perfindicator.parse_target] returns."""

TargetKind: TypeAlias = (
    type[Comparison]
    | type[Range]
    | type[Deadline]
    | type[DatePeriod]
    | type[RelativeDeadline]
    | type[Schedule]
    | type[Change]
    | type[Qualitative]
)
"""A kind of target: one of the eight target classes (as `strategies.targets(kinds=...)`
takes them)."""

TARGET_TYPES: tuple[TargetKind, ...] = (
    Comparison,
    Range,
    Deadline,
    DatePeriod,
    RelativeDeadline,
    Schedule,
    Change,
    Qualitative,
)
"""The eight target classes, for `isinstance` checks: the members of `Target`."""
