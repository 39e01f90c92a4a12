"""Strategies for quantities and targets, and for the texts that spell them."""

from __future__ import annotations

import calendar
import datetime
import functools
from collections.abc import Collection
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal

from hypothesis import assume
from hypothesis import strategies as st

from perfindicator._syntax import range_reads_as_period, reads_as_words
from perfindicator.model.quantity import Quantity
from perfindicator.model.targets import (
    TARGET_TYPES,
    Cadence,
    Change,
    Comparison,
    DatePeriod,
    Deadline,
    Direction,
    Op,
    Qualitative,
    Range,
    RelativeDeadline,
    Schedule,
    Target,
    TargetKind,
    TimeUnit,
    calendar_span,
)

ALL_KINDS: tuple[TargetKind, ...] = TARGET_TYPES
"""Every kind of target, the default of `targets` and `target_texts`."""

# Units seen on real forms, simplest first so that shrinking ends on `次`.
_UNITS = (
    "次", "", "%", "个", "人", "人次", "万人次", "条", "万条", "元", "万元", "亿元", "天",
    "小时", "个工作日", "个月", "期", "册", "件", "户", "平方米", "万平方米", "公里", "亩",
    "‰", "周岁", "元/人*月", "万元/月", "M",
)  # fmt: skip
_QUALITATIVE_WORDS = (
    "及时", "提升", "完善", "健全", "稳定", "准确", "到位", "降低", "有效", "良好", "明显改善",
    "按时完成", "是", "有效保障", "持续影响", "逐步提高", "效果明显", "严格执行相关制度规定",
)  # fmt: skip
_CHANGE_BASES = ("", "较上年", "同比", "比上年", "环比", "较2021年")
_CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5)


# Strategies are built once and reused: building them inside a draw would cost more than the
# draw itself.
@functools.cache
def units() -> st.SearchStrategy[str]:
    """Units as forms write them (`次`, `%`, `万元`, `元/人*月`, …); shrinks toward `次`.

    Examples:
        >>> from hypothesis import given, settings
        >>> from hypothesis import strategies as st
        >>> @settings(max_examples=10)
        ... @given(units())
        ... def check(value):
        ...     assert value == '' or not value[0].isdigit()
        >>> check()
    """
    return st.sampled_from(_UNITS)


@functools.cache
def _values(min_value: Decimal, max_value: Decimal, max_places: int) -> st.SearchStrategy[Decimal]:
    # Whole numbers scaled down: much faster to draw than st.decimals, and they shrink to 0.
    bounds = [
        (
            places,
            int(min_value.scaleb(places).to_integral_value(ROUND_CEILING)),
            int(max_value.scaleb(places).to_integral_value(ROUND_FLOOR)),
        )
        for places in range(max_places + 1)
    ]
    return st.one_of(
        [
            st.integers(min_value=low, max_value=high).map(
                functools.partial(_scaled, places=places)
            )
            for places, low, high in bounds
            if low <= high
        ]
    )


def _scaled(whole: int, *, places: int) -> Decimal:
    return Decimal(whole).scaleb(-places)


def quantities(
    *,
    unit: st.SearchStrategy[str] | None = None,
    min_value: Decimal = Decimal(0),
    max_value: Decimal = Decimal(10**9),
    max_places: int = 4,
) -> st.SearchStrategy[Quantity]:
    """Quantities with up to `max_places` decimal places; shrinks toward `0次`.

    `unit` draws the unit (by default [`units`][perfindicator.strategies.units]).

    Examples:
        >>> from hypothesis import given, settings
        >>> from hypothesis import strategies as st
        >>> @settings(max_examples=10)
        ... @given(quantities(unit=st.just("%"), max_places=1))
        ... def check(value):
        ...     assert value.unit == "%" and -value.value.as_tuple().exponent <= 1
        >>> check()
    """
    values = _values(min_value, max_value, max_places)
    return st.builds(Quantity, value=values, unit=units() if unit is None else unit)


@functools.cache
def comparisons() -> st.SearchStrategy[Comparison]:
    """Comparison targets; shrinks toward `=0次`.

    Examples:
        >>> from hypothesis import given, settings
        >>> from perfindicator import parse_target
        >>> from hypothesis import strategies as st
        >>> @settings(max_examples=10)
        ... @given(comparisons())
        ... def check(value):
        ...     assert parse_target(str(value)) == value
        >>> check()
    """
    return st.builds(
        Comparison, op=st.sampled_from([Op.EQ, Op.GE, Op.LE, Op.GT, Op.LT]), quantity=quantities()
    )


@st.composite
def ranges(draw: st.DrawFn) -> Range:
    """Range targets whose ends share a unit; shrinks toward `0次~0次`.

    Examples:
        >>> from hypothesis import given, settings
        >>> from hypothesis import strategies as st
        >>> @settings(max_examples=10)
        ... @given(ranges())
        ... def check(value):
        ...     assert value.low.compare(value.high) <= 0
        >>> check()
    """
    low = draw(quantities())
    width = draw(_values(Decimal(0), Decimal(10**9), 4))
    high = Quantity(value=low.value + width, unit=low.unit)
    # `2023.07~2024.01` is a date period, not a range.
    assume(low.unit != "" or not range_reads_as_period(f"{low}~{high}"))
    assume(not calendar_span(low, high))
    return Range(low=low, high=high)


@st.composite
def deadlines(draw: st.DrawFn, *, with_year: bool | None = None) -> Deadline:
    """Deadlines, with a year (`<=2022-06-30`) or without (`每年12月底前`).

    `with_year` forces one form or the other; by default either is drawn. Shrinks toward
    `每年1月31日前`-like deadlines without a year, or toward 1990 with one.

    Examples:
        >>> from hypothesis import given, settings
        >>> from hypothesis import strategies as st
        >>> @settings(max_examples=10)
        ... @given(deadlines(with_year=False))
        ... def check(value):
        ...     assert value.year is None
        >>> check()
    """
    has_year = draw(st.booleans()) if with_year is None else with_year
    year = draw(st.integers(min_value=1990, max_value=2100)) if has_year else None
    month = draw(st.integers(min_value=1, max_value=12))
    last = calendar.monthrange(2000 if year is None else year, month)[1]
    day = draw(st.none() | st.integers(min_value=1, max_value=last))
    return Deadline(year=year, month=month, day=day)


@st.composite
def date_periods(draw: st.DrawFn, *, with_year: bool | None = None) -> DatePeriod:
    """Date periods to the month or to the day, with years (1990 to 2100) or without.

    `with_year` forces one form or the other; by default either is drawn. Shrinks toward
    `1月至1月`.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=10)
        ... @given(date_periods(with_year=True))
        ... def check(value):
        ...     start, end = value.resolve()
        ...     assert start <= end
        >>> check()
    """
    has_year = draw(st.booleans()) if with_year is None else with_year
    # A year-less period lies in one year; a leap year lets it name 29 February.
    first, last = (1990, 2100) if has_year else (2000, 2000)
    start = draw(st.dates(datetime.date(first, 1, 1), datetime.date(last, 12, 31)))
    # A length with fixed bounds, not an end bounded by the start: shrinking the start then
    # leaves the rest of the example as it was, so periods (and all drawn with them) shrink.
    days = draw(st.integers(min_value=0, max_value=(last - first + 1) * 366))
    end = min(start + datetime.timedelta(days=days), datetime.date(last, 12, 31))
    to_day = draw(st.booleans())
    return DatePeriod(
        start_year=start.year if has_year else None,
        start_month=start.month,
        start_day=start.day if to_day else None,
        end_year=end.year if has_year else None,
        end_month=end.month,
        end_day=end.day if to_day else None,
    )


_EVENTS = ("合同签订", "项目开工", "资金到位", "项目验收", "收到申请", "资金下达")


@functools.cache
def relative_deadlines() -> st.SearchStrategy[RelativeDeadline]:
    """Deadlines counted from an event (`合同签订后30日内`); shrinks toward `合同签订后1日内`.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=10)
        ... @given(relative_deadlines())
        ... def check(value):
        ...     assert value.amount > 0
        >>> check()
    """
    invented = st.text(_CJK, min_size=1, max_size=8)
    return st.builds(
        RelativeDeadline,
        event=st.sampled_from(_EVENTS) | invented,
        amount=st.integers(min_value=1, max_value=1000),
        unit=st.sampled_from(TimeUnit),
    )


@functools.cache
def schedules() -> st.SearchStrategy[Schedule]:
    """Schedules (`每月1次`, `每季度2场`); shrinks toward `每周1次`.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=10)
        ... @given(schedules())
        ... def check(value):
        ...     assert value.per_year >= value.count
        >>> check()
    """
    return st.builds(
        Schedule,
        count=st.integers(min_value=1, max_value=1000),
        cadence=st.sampled_from(Cadence),
        unit=st.sampled_from(["次", "场", "期", "场次", "轮"]),
    )


@functools.cache
def changes() -> st.SearchStrategy[Change]:
    """Relative-change targets; shrinks toward `增长0.0001%`-like amounts.

    Examples:
        >>> from hypothesis import given, settings
        >>> from hypothesis import strategies as st
        >>> @settings(max_examples=10)
        ... @given(changes())
        ... def check(value):
        ...     assert value.amount.value > 0
        >>> check()
    """
    amounts = quantities(
        unit=st.sampled_from(["%", "个百分点", "个", "万元"]), min_value=Decimal("0.0001")
    )
    return st.builds(
        Change,
        direction=st.sampled_from([Direction.UP, Direction.DOWN]),
        amount=amounts,
        basis=st.sampled_from(_CHANGE_BASES),
    )


@functools.cache
def qualitatives() -> st.SearchStrategy[Qualitative]:
    """Targets in words: real wordings, or Chinese text that does not read as a number.

    Shrinks toward `及时`.

    Examples:
        >>> from hypothesis import given, settings
        >>> from perfindicator import parse_target
        >>> from hypothesis import strategies as st
        >>> @settings(max_examples=10)
        ... @given(qualitatives())
        ... def check(value):
        ...     assert parse_target(value.text) == value
        >>> check()
    """
    invented = st.text(_CJK, min_size=1, max_size=12).filter(reads_as_words)
    return st.builds(Qualitative, text=st.sampled_from(_QUALITATIVE_WORDS) | invented)


_KIND_STRATEGIES: dict[TargetKind, st.SearchStrategy[Target]] = {
    Comparison: comparisons(),
    Range: ranges(),
    Deadline: deadlines(),
    DatePeriod: date_periods(),
    RelativeDeadline: relative_deadlines(),
    Schedule: schedules(),
    Change: changes(),
    Qualitative: qualitatives(),
}


def targets(*, kinds: Collection[TargetKind] = ALL_KINDS) -> st.SearchStrategy[Target]:
    """Targets of the given kinds (all by default).

    Shrinks toward `及时` where `Qualitative` is among `kinds`, else toward the simplest
    target of the kinds given (`=0次` among comparisons).

    Examples:
        >>> from hypothesis import given, settings
        >>> from hypothesis import strategies as st
        >>> @settings(max_examples=10)
        ... @given(targets(kinds=[Comparison, Range]))
        ... def check(value):
        ...     assert isinstance(value, (Comparison, Range))
        >>> check()
    """
    chosen = [strategy for kind, strategy in _KIND_STRATEGIES.items() if kind in kinds]
    if not chosen:
        raise ValueError(f"kinds must name at least one target type, got {kinds!r}")
    return st.one_of(chosen)


_OP_SPELLINGS = {
    Op.GE: (">=", "≥", "≧", "＞＝", "不低于", "不少于", "至少", "大于等于", "*以上", "*及以上"),
    Op.GT: (">", "＞", "大于", "高于", "超过", "多于"),
    Op.EQ: ("=", "", "＝", "等于", "达到"),
    Op.LE: ("<=", "≤", "≦", "＜＝", "不高于", "不超过", "至多", "*以下", "*以内", "*及以下"),
    Op.LT: ("<", "＜", "小于", "低于", "少于", "不足"),
}
_CHANGE_SPELLINGS = {
    Direction.UP: ("提升", "提高", "增长", "增加", "上升"),
    Direction.DOWN: ("下降", "降低", "减少"),
}
_SPACES = st.sampled_from(["", "", " ", "\u3000"])
_FULL_WIDTH = str.maketrans("0123456789.,-", "０１２３４５６７８９．，－")


@st.composite
def _number_text(draw: st.DrawFn, value: Decimal) -> str:
    text = f"{value:f}"
    whole, dot, fraction = text.lstrip("-").partition(".")
    if len(whole) > 3 and draw(st.booleans()):
        whole = f"{int(whole):,}"
    text = ("-" if text.startswith("-") else "") + whole + dot + fraction
    return text.translate(_FULL_WIDTH) if draw(st.booleans()) else text


@st.composite
def _quantity_text(draw: st.DrawFn, quantity: Quantity) -> str:
    unit = quantity.unit
    if unit == "%":
        unit = draw(st.sampled_from(["%", "％", "百分比"]))
    return draw(_number_text(quantity.value)) + draw(_SPACES) + unit


@st.composite
def _spell(draw: st.DrawFn, target: Target) -> str:
    match target:
        case Comparison(op=op, quantity=quantity):
            spelling = draw(st.sampled_from(_OP_SPELLINGS[op]))
            number = draw(_quantity_text(quantity))
            if spelling.startswith("*"):
                return number + draw(_SPACES) + spelling[1:]
            return spelling + draw(_SPACES) + number
        case Range(low=low, high=high):
            if low.value == -high.value and high.value > 0 and draw(st.booleans()):
                return "±" + draw(_quantity_text(high)) + draw(st.sampled_from(["", "以内"]))
            separator = draw(st.sampled_from(["~", "-", "至", "—", "～", "到"]))
            low_text = draw(_number_text(low.value)) if draw(st.booleans()) else str(low)
            return low_text + draw(_SPACES) + separator + draw(_SPACES) + draw(_quantity_text(high))
        case Deadline(year=year, month=month, day=day):
            return draw(st.sampled_from(_deadline_spellings(year, month, day)))
        case DatePeriod():
            return draw(st.sampled_from(_period_spellings(target)))
        case RelativeDeadline(event=event, amount=amount, unit=unit):
            unit_text = draw(st.sampled_from(_OFFSET_SPELLINGS[unit]))
            within = draw(st.sampled_from(["内", "以内", "之内"]))
            done = draw(st.sampled_from(["", "", "完成"]))
            return f"{event}后{draw(_SPACES)}{amount}{unit_text}{within}{done}"
        case Schedule(count=count, cadence=cadence, unit=unit):
            period = draw(st.sampled_from(_CADENCE_SPELLINGS[cadence]))
            return draw(
                st.sampled_from(
                    [
                        f"每{period}{count}{unit}",
                        f"每{period}至少{count}{unit}",
                        f"每{period}{count}{unit}以上",
                        f"{count}{unit}/{period}",
                        f"≥{count}{unit}/{period}",
                        f"={count}{unit}/{period}",
                    ]
                )
            )
        case Change(direction=direction, amount=amount, basis=basis):
            word = draw(st.sampled_from(_CHANGE_SPELLINGS[direction]))
            return basis + word + draw(_quantity_text(amount)) + draw(st.sampled_from(["", "以上"]))
        case Qualitative(text=text):
            return text
    raise AssertionError(target)  # pragma: no cover


_OFFSET_SPELLINGS = {
    TimeUnit.DAY: ("日", "天"),
    TimeUnit.WORKING_DAY: ("个工作日", "工作日"),
    TimeUnit.WEEK: ("周", "个星期", "星期"),
    TimeUnit.MONTH: ("个月", "月"),
    TimeUnit.YEAR: ("年",),
}
_CADENCE_SPELLINGS = {
    Cadence.WEEK: ("周", "星期"),
    Cadence.MONTH: ("月",),
    Cadence.QUARTER: ("季度", "季"),
    Cadence.HALF_YEAR: ("半年",),
    Cadence.YEAR: ("年",),
}


def _period_spellings(period: DatePeriod) -> list[str]:
    m1, m2, d1, d2 = period.start_month, period.end_month, period.start_day, period.end_day
    y1, y2 = period.start_year, period.end_year
    if y1 is None or y2 is None:
        if d1 is None:
            return [f"{m1}-{m2}月", f"{m1}月-{m2}月", f"每年{m1}月至{m2}月", f"{m1}月~{m2}月"]
        return [f"{m1}月{d1}日-{m2}月{d2}日", f"每年{m1}月{d1}日至{m2}月{d2}日"]
    separator = ("-", "--", "至", "—", "~", "到")
    if d1 is None:
        spellings = [f"{y1}年{m1}月{s}{y2}年{m2}月" for s in separator]
        spellings += [f"{y1}.{m1:02}-{y2}.{m2:02}", f"{y1}.{m1}-{y2}.{m2}"]
        if y1 == y2:
            spellings += [f"{y1}年{m1}月-{m2}月", f"{y1}年{m1}-{m2}月"]
        return spellings
    spellings = [f"{y1}年{m1}月{d1}日{s}{y2}年{m2}月{d2}日" for s in separator]
    spellings += [
        f"{y1:04}-{m1:02}-{d1:02}至{y2:04}-{m2:02}-{d2:02}",
        f"{y1}/{m1}/{d1}-{y2}/{m2}/{d2}",
        f"{y1}.{m1}.{d1}-{y2}.{m2}.{d2}",
    ]
    if y1 == y2:
        spellings += [f"{y1}.{m1}.{d1}-{m2}.{d2}", f"{y1}年{m1}月{d1}日至{m2}月{d2}日"]
    return spellings


def _deadline_spellings(year: int | None, month: int, day: int | None) -> list[str]:
    if year is None:
        at_end = day is None or day == calendar.monthrange(2001, month)[1]
        spellings = [f"每年{month}月{day}日前"] if day is not None else []
        if at_end:
            spellings += [f"每年{month}月底前"] + (["年底前"] if month == 12 else [])
        return spellings
    assert day is not None  # filled in by Deadline for any deadline with a year
    spellings = [
        f"<={year:04}-{month:02}-{day:02}",
        f"≤{year}/{month}/{day}",
        f"{year}年{month}月{day}日前",
        f"{year}年{month}月{day}日",
        f"不晚于{year}年{month}月{day}日",
    ]
    if day == calendar.monthrange(year, month)[1]:
        spellings += [f"{year}年{month}月底前", f"{year}年{month}月"]
        if month == 12:
            spellings += [f"{year}年底", f"{year}年年底前"]
    return spellings


@st.composite
def target_texts(
    draw: st.DrawFn, *, kinds: Collection[TargetKind] = ALL_KINDS
) -> tuple[str, Target]:
    """Pairs `(text, target)`: a valid spelling of a target and the target it means.

    Spellings cover what forms write: full-width digits and operators, operator words before
    the number and 以上/以下/以内 after it, spaces, thousands separators, `百分比`, the many
    ways to write a date, and blank space around it all. Shrinks toward `=0次` spelled
    plainly.

    Examples:
        >>> from hypothesis import given, settings
        >>> from perfindicator import parse_target
        >>> from hypothesis import strategies as st
        >>> @settings(max_examples=10)
        ... @given(target_texts())
        ... def check(value):
        ...     assert parse_target(value[0]) == value[1]
        >>> check()
    """
    target = draw(targets(kinds=kinds))
    return draw(_SPACES) + draw(_spell(target)) + draw(_SPACES), target
