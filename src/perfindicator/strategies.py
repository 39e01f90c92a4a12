"""Hypothesis strategies for perfindicator's types, for your own property-based tests.

Needs the `hypothesis` extra (`pip install perfindicator[hypothesis]`). Every strategy
generates only values the constructors accept, and shrinks toward the simplest value (each
docstring says which): a project with no indicators, the default settings, an empty cell.
Results (`SelfEvaluation`, `Audit`, `Monitoring`, …) are computed by the library from drawn
inputs, never filled in field by field; the workflow strategies (`scorable_projects`,
`project_actuals`, `monitoring_progress`) draw inputs the reports accept. The same
strategies back `st.from_type` for every public type once Hypothesis is imported, through
its entry point.

Example:
    >>> from hypothesis import given
    >>> from perfindicator import parse_target
    >>> from perfindicator.strategies import target_texts
    >>> @given(target_texts())
    ... def test_spellings_mean_their_target(case):
    ...     text, target = case
    ...     assert parse_target(text) == target
    >>> test_spellings_mean_their_target()
"""

from __future__ import annotations

import calendar
import datetime
import functools
import itertools
from collections import Counter
from collections.abc import Collection, Mapping
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, Decimal
from typing import Any

try:
    from hypothesis import assume
    from hypothesis import strategies as st
except ImportError as error:  # pragma: no cover - exercised in a subprocess test
    raise ImportError(
        "perfindicator.strategies needs Hypothesis: pip install 'perfindicator[hypothesis]'"
    ) from error

import attrs

from perfindicator._exact import difference, exact_sum, product, quotient
from perfindicator._syntax import range_reads_as_period, reads_as_words
from perfindicator.audits.audit import Audit, AuditedLine, audit
from perfindicator.audits.discrepancies import CODES, Discrepancy
from perfindicator.batch import KINDS as BATCH_KINDS
from perfindicator.batch import FileResult, Found
from perfindicator.batch import Options as BatchOptions
from perfindicator.display.tables import (
    Table,
    audit_table,
    findings_table,
    monitoring_table,
    project_tables,
    self_evaluation_table,
)
from perfindicator.documents.grid import Cell, CellValue, Grid, grid
from perfindicator.documents.labels import Label, read_label
from perfindicator.documents.monitoring_report import (
    BudgetLine,
    MonitoredIndicator,
    MonitoringReport,
)
from perfindicator.documents.official import (
    AMOUNT,
    DATE,
    PERCENT,
    POINTS,
    CellRange,
    NumberFormat,
    Sheet,
    declaration_sheet,
    self_evaluation_sheet,
)
from perfindicator.documents.selfeval_report import (
    _GRADES,
    ExecutionLine,
    PointsLabel,
    ReportedIndicator,
    ReportedSubtotal,
    SelfEvaluationReport,
)
from perfindicator.errors import Place, Problem, Severity
from perfindicator.interchange.record_schema import SCHEMAS, Column, RecordKind
from perfindicator.interchange.records import Record, to_records
from perfindicator.model.categories import Level1, Level2
from perfindicator.model.kinds import ReportLayout
from perfindicator.model.outcomes import Judgement, Outcome
from perfindicator.model.project import Funding, Goals, Indicator, LabelledText, Project
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
from perfindicator.reports.budget import BudgetExecution
from perfindicator.reports.lights import DEVIATION_CAUSES, Accrual, MonitoringRules, TimeBasis
from perfindicator.reports.lint import Findings, lint
from perfindicator.reports.monitoring import (
    Likelihood,
    Monitoring,
    MonitoringLine,
    Progress,
    monitor,
)
from perfindicator.reports.rules import RULES, Complaint, LintRules, Rule
from perfindicator.reports.scheme import (
    CENTRAL_10,
    PRESETS,
    Denominator,
    ExecutionBand,
    Level2Points,
    QualitativeBands,
    ScoringScheme,
    Weights,
)
from perfindicator.reports.selfeval import (
    Grade,
    ScoredIndicator,
    SelfEvaluation,
    Subtotal,
    self_evaluate,
)
from perfindicator.scoring.evaluate import Actual, Evaluation, actual_text, evaluate
from perfindicator.scoring.rules import DEFAULT_RULES, LowerIsBetter, ScoringRules

__all__ = [
    "ALL_KINDS",
    "PLANTABLE_CODES",
    "SCORABLE_KINDS",
    "TargetKind",
    "actuals_for",
    "audited_lines",
    "audits",
    "batch_options",
    "budget_executions",
    "budget_lines",
    "cell_ranges",
    "cells",
    "changes",
    "columns",
    "comparisons",
    "complaints",
    "date_periods",
    "deadlines",
    "discrepancies",
    "display_tables",
    "evaluations",
    "execution_bands",
    "execution_lines",
    "file_results",
    "findings",
    "found_files",
    "fundings",
    "goals",
    "grids",
    "indicators",
    "judgements",
    "labelled_texts",
    "labels",
    "level2_points",
    "lint_rules",
    "monitored_indicators",
    "monitoring_lines",
    "monitoring_progress",
    "monitoring_reports",
    "monitoring_rules",
    "monitorings",
    "number_formats",
    "places",
    "points_labels",
    "problems",
    "progress_records",
    "project_actuals",
    "projects",
    "published_self_evaluations",
    "qualitative_bands",
    "qualitatives",
    "quantities",
    "ranges",
    "registered_rules",
    "relative_deadlines",
    "reported_indicators",
    "reported_subtotals",
    "schedules",
    "scorable_projects",
    "scored_indicators",
    "scoring_rules",
    "scoring_schemes",
    "self_evaluation_reports",
    "self_evaluations",
    "sheets",
    "subtotals",
    "target_texts",
    "targets",
    "units",
    "weights",
]

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


@functools.cache
def _names() -> st.SearchStrategy[str]:
    # Chinese characters only: never blank, never white space or control characters.
    return st.text(_CJK, min_size=1, max_size=16)


@functools.cache
def indicators() -> st.SearchStrategy[Indicator]:
    """Indicators under any level-2 category, some with no target (`None`).

    Any valid indicator is drawn, whatever a particular document layout can write back (a
    test of a writer filters for what it supports). Shrinks toward a 数量指标 indicator named
    `一` with no target.

    Examples:
        >>> from hypothesis import given, settings
        >>> from hypothesis import strategies as st
        >>> @settings(max_examples=10)
        ... @given(indicators())
        ... def check(value):
        ...     assert value.level1 is value.level2.parent
        >>> check()
    """
    return st.builds(
        Indicator,
        level2=st.sampled_from(Level2),
        name=_names(),
        target=st.none() | targets(),
    )


@st.composite
def fundings(draw: st.DrawFn) -> Funding:
    """Funding blocks whose filled cells add up (total = fiscal + other, and so on).

    Shrinks toward zero amounts with the optional cells empty.

    Examples:
        >>> from hypothesis import given, settings
        >>> from hypothesis import strategies as st
        >>> @settings(max_examples=10)
        ... @given(fundings())
        ... def check(value):
        ...     assert value.total == value.fiscal + (value.other or 0)
        >>> check()
    """
    yuan = _values(Decimal(0), Decimal(10**10), 2)
    fiscal, other = draw(yuan), draw(st.none() | yuan)
    appropriation, carryover, annual_other = (
        draw(yuan),
        draw(st.none() | yuan),
        draw(st.none() | yuan),
    )
    return Funding(
        total=fiscal + (other or 0),
        fiscal=fiscal,
        other=other,
        annual_request=appropriation + (carryover or 0) + (annual_other or 0),
        appropriation=appropriation,
        carryover=carryover,
        annual_other=annual_other,
    )


@st.composite
def goals(draw: st.DrawFn) -> Goals:
    """Goal blocks with Chinese goal texts and an optional period of years.

    Shrinks toward empty texts and no period.

    Examples:
        >>> from hypothesis import given, settings
        >>> from hypothesis import strategies as st
        >>> @settings(max_examples=10)
        ... @given(goals())
        ... def check(value):
        ...     assert value.period is None or value.period[0] <= value.period[1]
        >>> check()
    """
    period = None
    if draw(st.booleans()):
        start = draw(st.integers(min_value=1990, max_value=2100))
        period = (start, start + draw(st.integers(min_value=0, max_value=10)))
    return Goals(overall=draw(_goal_texts()), annual=draw(_goal_texts()), period=period)


@functools.cache
def _goal_texts() -> st.SearchStrategy[str]:
    return st.text(_CJK, max_size=60)


def _project(draw: st.DrawFn, indicators: st.SearchStrategy[tuple[Indicator, ...]]) -> Project:
    """A project dated inside its budget year, around the indicators `indicators` draws."""
    year = draw(st.integers(min_value=1990, max_value=2100))
    first, last = datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    start = draw(st.dates(min_value=first, max_value=last))
    return Project(
        name=draw(_names()),
        year=year,
        category=draw(st.sampled_from(["经常性项目", "一次性项目", ""])),
        department=draw(st.sampled_from(["上海市司法局", "南岳镇政府", ""])),
        implementing_unit=draw(st.sampled_from(["上海市司法局", ""])),
        start=start,
        # A length with fixed bounds, so that shrinking the start leaves the rest in place.
        end=min(start + datetime.timedelta(days=draw(st.integers(0, 365))), last),
        funding=draw(fundings()),
        goals=draw(goals()),
        indicators=draw(indicators),
    )


@st.composite
def projects(draw: st.DrawFn, *, max_indicators: int = 20) -> Project:
    """Projects dated inside their budget year; shrinks toward one with no indicators.

    Any valid project is drawn: names may repeat and targets may be missing, as on real
    forms. For projects `self_evaluate` accepts, see
    [`scorable_projects`][perfindicator.strategies.scorable_projects].

    Examples:
        >>> from hypothesis import given, settings
        >>> from hypothesis import strategies as st
        >>> @settings(max_examples=10)
        ... @given(projects(max_indicators=3))
        ... def check(value):
        ...     assert len(value.indicators) <= 3
        >>> check()
    """
    return _project(draw, st.lists(indicators(), max_size=max_indicators).map(tuple))


@st.composite
def judgements(draw: st.DrawFn) -> Judgement:
    """Judgements of qualitative targets, with or without a fraction inside the outcome's band.

    Shrinks toward `达成年度指标` without a fraction.

    Examples:
        >>> from hypothesis import given, settings
        >>> from hypothesis import strategies as st
        >>> @settings(max_examples=10)
        ... @given(judgements())
        ... def check(value):
        ...     assert value.fraction is None or value.outcome.band[0] <= value.fraction
        >>> check()
    """
    outcome = draw(st.sampled_from(Outcome))
    low, high = outcome.band
    return Judgement(outcome=outcome, fraction=draw(st.none() | _values(low, high, 2)))


@st.composite
def budget_executions(draw: st.DrawFn) -> BudgetExecution:
    """Budget executions: a positive budget and what was spent, up to 120% of it.

    Shrinks toward a budget of 1 yuan, nothing spent.

    Examples:
        >>> from hypothesis import given, settings
        >>> from hypothesis import strategies as st
        >>> @settings(max_examples=10)
        ... @given(budget_executions())
        ... def check(value):
        ...     assert value.budget > 0
        >>> check()
    """
    budget = draw(_values(Decimal("0.01"), Decimal(10**10), 2))
    spent = draw(_values(Decimal(0), Decimal("1.2"), 4))
    return BudgetExecution(budget=budget, executed=(budget * spent).quantize(Decimal("0.01")))


def _offsets(*, positive: bool) -> st.SearchStrategy[Decimal]:
    return _values(Decimal("0.0001") if positive else Decimal(0), Decimal(10**6), 4)


@st.composite
def actuals_for(
    draw: st.DrawFn,
    target: Target,
    *,
    met: bool | None = None,
    year: int | None = None,
    baseline: Quantity | None = None,
    events: Mapping[str, datetime.date] | None = None,
) -> Actual:
    """Actual values that meet `target` (`met=True`), miss it (`met=False`), or either.

    Quantities come in the target's unit, dates for deadlines and periods (`year` resolves
    a year-less one), counts over the year for schedules, outcomes or words for qualitative
    targets. A `Change` target needs the `baseline` the actual is measured from, a
    `RelativeDeadline` the date of its event in `events` (and an offset that is not in
    working days). Shrinks toward an actual exactly at the target where `met` is `True`,
    else toward one missing it by the smallest step drawn (`999人次` for `>=1000人次`).

    Examples:
        >>> from hypothesis import given, settings
        >>> from perfindicator import evaluate, parse_target
        >>> target = parse_target(">=95%")
        >>> @settings(max_examples=10)
        ... @given(actuals_for(target, met=False))
        ... def check(actual):
        ...     assert not evaluate(target, actual).met
        >>> check()
    """
    meet = draw(st.booleans()) if met is None else met
    match target:
        case Comparison(op=op, quantity=q):
            return Quantity(value=_comparison_actual(draw, op, q.value, meet), unit=q.unit)
        case Range(low=low, high=high):
            if meet and low.unit == high.unit:
                places = max(-low.value.as_tuple().exponent, -high.value.as_tuple().exponent, 0)  # type: ignore[operator]
                value = draw(st.decimals(min_value=low.value, max_value=high.value, places=places))
                return Quantity(value=value, unit=low.unit)
            if meet:
                return draw(st.sampled_from([low, high]))
            if draw(st.booleans()):
                return Quantity(value=low.value - draw(_offsets(positive=True)), unit=low.unit)
            return Quantity(value=high.value + draw(_offsets(positive=True)), unit=high.unit)
        case Deadline():
            if target.year is None and year is None:
                raise ValueError("a deadline without a year needs year= to draw actual dates")
            return _date_actual(draw, None, target.resolve(year), meet)
        case DatePeriod():
            if target.start_year is None and year is None:
                raise ValueError("a period without a year needs year= to draw actual dates")
            return _date_actual(draw, *target.resolve(year), meet)
        case RelativeDeadline(event=event):
            if events is None or event not in events:
                raise ValueError(f"a relative deadline needs events={{{event!r}: date}}")
            return _date_actual(draw, None, target.deadline(events[event]), meet)
        case Schedule(unit=unit):
            due = target.per_year
            count = draw(
                st.integers(min_value=due, max_value=2 * due) if meet else st.integers(0, due - 1)
            )
            return Quantity(value=count, unit=unit)
        case Change(direction=direction, amount=amount):
            if baseline is None:
                raise ValueError("a Change target needs baseline= to draw actual values")
            return _change_actual(draw, direction, amount, baseline, meet)
        case Qualitative(text=text):
            if meet:
                achieved: list[Actual] = [Outcome.ACHIEVED, text, "已完成", "达成预期指标"]
                return draw(st.sampled_from(achieved))
            outcome = draw(st.sampled_from([Outcome.PARTLY_ACHIEVED, Outcome.NOT_ACHIEVED]))
            bottom, top = outcome.band
            fraction = draw(st.none() | st.decimals(min_value=bottom, max_value=top, places=2))
            return Judgement(outcome=outcome, fraction=fraction)
    raise AssertionError(target)  # pragma: no cover


def _date_actual(
    draw: st.DrawFn, first: datetime.date | None, last: datetime.date, meet: bool
) -> datetime.date:
    """A date from `first` (or 400 days before `last`) to `last`, or one outside them."""
    day = datetime.timedelta(days=1)
    if meet:
        return draw(
            st.dates(min_value=last - 400 * day if first is None else first, max_value=last)
        )
    after = st.dates(min_value=last + day, max_value=last + 400 * day)
    if first is None:
        return draw(after)
    return draw(after | st.dates(min_value=first - 400 * day, max_value=first - day))


def _comparison_actual(draw: st.DrawFn, op: Op, target: Decimal, meet: bool) -> Decimal:
    at_or_beyond, beyond = draw(_offsets(positive=False)), draw(_offsets(positive=True))
    if op is Op.EQ and target == 0:
        return Decimal(0) if meet else beyond
    if op in (Op.GE, Op.EQ):
        return target + at_or_beyond if meet else target - beyond
    if op is Op.GT:
        return target + beyond if meet else target - at_or_beyond
    if op is Op.LE:
        return target - at_or_beyond if meet else target + beyond
    return target - beyond if meet else target + at_or_beyond


def _change_actual(
    draw: st.DrawFn, direction: Direction, amount: Quantity, baseline: Quantity, meet: bool
) -> Quantity:
    if amount.unit == "%":
        if baseline.value == 0:
            raise ValueError("a relative change cannot start from a zero baseline")
        needed = (amount.value * abs(baseline.value)).scaleb(-2)
    elif amount.unit == "个百分点" and baseline.unit != "%":
        raise ValueError("a change in percentage points needs a baseline in %")
    elif amount.unit not in ("%", "个百分点") and baseline.unit != amount.unit:
        raise ValueError(f"an absolute change needs a baseline in {amount.unit!r}")
    else:
        needed = amount.value
    if meet:
        moved = needed + draw(_offsets(positive=False))
    else:
        moved = needed - draw(_offsets(positive=True))
    sign = 1 if direction is Direction.UP else -1
    return Quantity(value=baseline.value + sign * moved, unit=baseline.unit)


# --- Workflows: projects the reports accept, and what they are given -----------------------

SCORABLE_KINDS: tuple[TargetKind, ...] = (
    Comparison,
    Range,
    Deadline,
    DatePeriod,
    Schedule,
    Qualitative,
)
"""The kinds of target an actual value alone evaluates: the default of `scorable_projects`.

A `Change` also needs its baseline and a `RelativeDeadline` the date of its event, which
`self_evaluate` takes apart (`baselines=`, `events=`); `monitoring_progress` gives a
`Change` its baseline in the `Progress` it draws.
"""

# What `monitor` takes with no more than a `Progress` per indicator.
_MONITORABLE_KINDS: tuple[TargetKind, ...] = (*SCORABLE_KINDS, Change)
# The weight groups in the order `self_evaluate` lists them.
_GROUPS = (Level1.OUTPUT, Level1.BENEFIT, Level1.SATISFACTION, Level1.COST)


def _carriers(scheme: ScoringScheme) -> list[tuple[Level2, ...]]:
    """One entry per weight of `scheme` that needs an indicator to carry it.

    Each entry is the level-2 categories such an indicator may be of, as `self_evaluate`
    shares the weights: a listed level-2 category's points go to its indicators, the rest
    of a level-1 weight to its group's indicators of unlisted categories.
    """
    weights = scheme.weights
    listed = {entry.level2 for entry in scheme.level2}
    needed: list[tuple[Level2, ...]] = []
    for group in _GROUPS:
        parts = [e for e in scheme.level2 if weights.group(e.level2.parent) is group]
        needed += [(e.level2,) for e in parts if e.points > 0]
        if difference(weights.of(group), exact_sum(e.points for e in parts)) > 0:
            others = tuple(
                level2
                for level2 in Level2
                if weights.group(level2.parent) is group and level2 not in listed
            )
            if not others:
                raise ValueError(
                    f"no project can carry the {group.value} weight of {scheme!r}: every "
                    "level-2 category of the group has points of its own"
                )
            needed.append(others)
    return needed


@st.composite
def _unique_names(draw: st.DrawFn, count: int) -> list[str]:
    """`count` names, a repeated one followed by its position (`一`, `一2`): never equal.

    Drawn names are Chinese characters only, so a numbered one repeats none of them; this
    shrinks far better than a list drawn unique.
    """
    names: list[str] = []
    for position in range(1, count + 1):
        name = draw(_names())
        names.append(name if name not in names else f"{name}{position}")
    return names


@st.composite
def _targeted_indicators(
    draw: st.DrawFn,
    carriers: tuple[tuple[Level2, ...], ...],
    max_indicators: int,
    kinds: tuple[TargetKind, ...],
) -> tuple[Indicator, ...]:
    """Indicators with unique names and a target each, one carrying each of `carriers`.

    Any categories in any order, then an indicator for each carrier none of them is: so
    the indicators shrink toward the carriers alone, in group order.
    """
    level2s = draw(st.lists(st.sampled_from(Level2), max_size=max_indicators - len(carriers)))
    for choices in carriers:
        # The carriers' categories are disjoint: one indicator carries one weight at most.
        if not any(level2 in choices for level2 in level2s):
            level2s.append(draw(st.sampled_from(choices)))
    names = draw(_unique_names(len(level2s)))
    chosen = targets(kinds=kinds)
    return tuple(
        Indicator(level2=level2, name=name, target=draw(chosen))
        for level2, name in zip(level2s, names, strict=True)
    )


def _checked_kinds(
    kinds: Collection[TargetKind], allowed: tuple[TargetKind, ...]
) -> tuple[TargetKind, ...]:
    chosen = tuple(kind for kind in allowed if kind in kinds)
    if not chosen or any(kind not in allowed for kind in kinds):
        names = ", ".join(kind.__name__ for kind in allowed)
        raise ValueError(f"kinds must be some of {names}, got {list(kinds)!r}")
    return chosen


def scorable_projects(
    *,
    max_indicators: int = 20,
    scheme: ScoringScheme | None = None,
    kinds: Collection[TargetKind] = SCORABLE_KINDS,
) -> st.SearchStrategy[Project]:
    """Projects `self_evaluate` accepts: unique names, a target each, every weight carried.

    Every indicator has a target of one of `kinds` (some of `SCORABLE_KINDS`, all by
    default), names are unique, and each weight of `scheme` (by default the 10号 scheme:
    产出 50, 效益 30, 满意度 10) has an indicator to carry it, so that with
    [`project_actuals`][perfindicator.strategies.project_actuals]
    `self_evaluate(project, actuals, scheme=scheme)` never raises. Shrinks toward one
    indicator per weight, in group order (an 产出 or 成本, an 效益 and a 满意度 indicator
    under the default scheme), with short names and simple targets.

    Raises:
        ValueError: `scheme` weighs target blocks (`self_evaluate` then needs `points=`),
            has a weight no indicator can carry, or needs more than `max_indicators`
            indicators; or `kinds` names a kind outside `SCORABLE_KINDS`.

    Examples:
        >>> from hypothesis import given, settings
        >>> from perfindicator import self_evaluate
        >>> @settings(max_examples=10)
        ... @given(scorable_projects(max_indicators=5))
        ... def check(project):
        ...     assert len({i.name for i in project.indicators}) == len(project.indicators)
        >>> check()
    """
    scheme = CENTRAL_10 if scheme is None else scheme
    if scheme.blocks:
        raise ValueError("a scheme of target blocks needs points= to score: not drawable")
    carriers = tuple(_carriers(scheme))
    if len(carriers) > max_indicators:
        raise ValueError(f"the scheme needs {len(carriers)} indicators, max_indicators is less")
    chosen = _checked_kinds(kinds, SCORABLE_KINDS)
    return st.composite(_project)(_targeted_indicators(carriers, max_indicators, chosen))


def _require_targets(
    project: Project, allowed: tuple[TargetKind, ...], what: str
) -> list[tuple[str, Target]]:
    """The indicators' names and targets, or ValueError where `what` could not use them."""
    if not isinstance(project, Project):
        raise TypeError(f"project must be a Project, got {project!r}")
    if len({i.name for i in project.indicators}) != len(project.indicators):
        raise ValueError(f"{what} needs unique indicator names")
    found = []
    for indicator in project.indicators:
        target = indicator.target
        if target is None or not isinstance(target, allowed):
            raise ValueError(f"{what} cannot draw an actual for {indicator.name!r} ({target})")
        found.append((indicator.name, target))
    return found


def project_actuals(
    project: Project, *, met: bool | None = None
) -> st.SearchStrategy[dict[str, Actual]]:
    """An actual value for every indicator of `project`, by name: `self_evaluate`'s input.

    All met (`met=True`), all missed (`met=False`) or each either way (`None`), as
    [`actuals_for`][perfindicator.strategies.actuals_for] draws them, year-less dates in the
    project's budget year. For a project of
    [`scorable_projects`][perfindicator.strategies.scorable_projects],
    `self_evaluate(project, actuals)` never raises. Shrinks toward every actual exactly at
    its target (`met=True`), else missing it by the smallest step (`999人次` for
    `>=1000人次`).

    Raises:
        ValueError: an indicator has no target or one of a kind outside `SCORABLE_KINDS`,
            or two indicators share a name.

    Examples:
        >>> import datetime
        >>> from hypothesis import given, settings
        >>> from perfindicator import Indicator, Level2, Project, parse_target, self_evaluate
        >>> project = Project(name="示例", year=2022, indicators=(
        ...     Indicator(level2=Level2.QUANTITY, name="培训人次", target=parse_target(">=100人次")),
        ...     Indicator(level2=Level2.SOCIAL, name="知晓度", target=parse_target("提升")),
        ...     Indicator(level2=Level2.SATISFACTION, name="满意度", target=parse_target(">=90%"))))
        >>> @settings(max_examples=10)
        ... @given(project_actuals(project, met=True))
        ... def check(actuals):
        ...     assert self_evaluate(project, actuals).total == 90
        >>> check()
    """
    named = _require_targets(project, SCORABLE_KINDS, "project_actuals")
    return st.fixed_dictionaries(
        {name: actuals_for(target, met=met, year=project.year) for name, target in named}
    )


def _baselines(target: Change) -> st.SearchStrategy[Quantity]:
    """Baselines a change can be measured from: a unit it agrees with, never zero."""
    unit = {"%": "", "个百分点": "%"}.get(target.amount.unit, target.amount.unit)
    return quantities(unit=st.just(unit), min_value=Decimal(1))


@st.composite
def _progress(
    draw: st.DrawFn, target: Target, *, year: int, on: datetime.date, causes: tuple[str, ...]
) -> Progress:
    baseline = draw(_baselines(target)) if isinstance(target, Change) else None
    value: Actual | None = draw(actuals_for(target, year=year, baseline=baseline))
    if isinstance(value, datetime.date) and value > on:
        value = None  # not done by the day the data covers
    forecast = draw(st.none() | actuals_for(target, year=year, baseline=baseline))
    likelihood = draw(st.none() | st.sampled_from(Likelihood))
    # A doubtful likelihood must come with causes and measures (monitor checks it).
    doubtful = likelihood in (Likelihood.POSSIBLE, Likelihood.IMPOSSIBLE)
    named = draw(st.lists(st.sampled_from(causes), min_size=int(doubtful), unique=True))
    measures = draw(_names() if doubtful else _texts())
    return Progress(
        value=value,
        forecast=forecast,
        likelihood=likelihood,
        causes=tuple(named),
        analysis=draw(_texts()),
        measures=measures,
        remark=draw(_texts()),
        baseline=baseline,
    )


def monitoring_progress(
    project: Project, *, on: datetime.date, rules: MonitoringRules | None = None
) -> st.SearchStrategy[dict[str, Progress]]:
    """A `Progress` for every indicator of `project` on the day `on`: `monitor`'s input.

    Values and forecasts meet or miss their targets (as
    [`actuals_for`][perfindicator.strategies.actuals_for] draws them); a completion date
    after `on` becomes `None` (not done yet); a `Change` target's progress carries a
    baseline; a doubtful likelihood (有可能, 不可能) comes with causes from `rules.causes`
    and measures. So `monitor(project, progress, on=on, rules=rules)` never raises for a
    project whose indicators have unique names and targets of `SCORABLE_KINDS` or
    `Change`. Shrinks toward each value missing its target by the smallest step (`999人次`
    for `>=1000人次`), with no forecast, likelihood, causes or measures.

    Raises:
        ValueError: `on` is not in the project's budget year; an indicator has no target,
            or a `RelativeDeadline` (its event's date is `monitor`'s `events=`); or two
            indicators share a name.

    Examples:
        >>> import datetime
        >>> from hypothesis import given, settings
        >>> from perfindicator import Indicator, Level2, Project, monitor, parse_target
        >>> project = Project(name="示例", year=2024, indicators=(
        ...     Indicator(level2=Level2.QUANTITY, name="培训人次", target=parse_target(">=1000人次")),))
        >>> on = datetime.date(2024, 6, 30)
        >>> @settings(max_examples=10)
        ... @given(monitoring_progress(project, on=on))
        ... def check(progress):
        ...     assert len(monitor(project, progress, on=on).lines) == 1
        >>> check()
    """
    named = _require_targets(project, _MONITORABLE_KINDS, "monitoring_progress")
    if not isinstance(on, datetime.date) or on.year != project.year:
        raise ValueError(f"on must be a date in the budget year {project.year}, got {on!r}")
    causes = (MonitoringRules() if rules is None else rules).causes
    return st.fixed_dictionaries(
        {name: _progress(target, year=project.year, on=on, causes=causes) for name, target in named}
    )


# --- Settings -------------------------------------------------------------------------------


def _hundredths(low: int, high: int) -> st.SearchStrategy[Decimal]:
    """Decimals from `low`/100 to `high`/100 in steps of 0.01; shrinks toward `low`/100."""
    return st.integers(min_value=low, max_value=high).map(functools.partial(_scaled, places=2))


@st.composite
def _drawn_weights(draw: st.DrawFn) -> Weights:
    # 100 points cut in cents (cuts of fixed bounds shrink well): output, benefit,
    # satisfaction, execution, then cost if it has a weight of its own.
    cuts = draw(st.lists(st.integers(0, 10_000), min_size=3, max_size=4))
    edges = [0, *sorted(cuts), 10_000]
    cents = [high - low for low, high in itertools.pairwise(edges)]
    output, benefit, satisfaction, execution, *cost = (_scaled(c, places=2) for c in cents)
    return Weights(
        output=output,
        benefit=benefit,
        satisfaction=satisfaction,
        execution=execution,
        cost=cost[0] if cost else None,
    )


@functools.cache
def weights() -> st.SearchStrategy[Weights]:
    """Weights in whole cents adding up to 100, with or without a cost weight of their own.

    Shrinks toward the default `Weights()` (产出 50, 效益 30, 满意度 10, 执行 10).

    Examples:
        >>> from hypothesis import given, settings
        >>> from perfindicator import Level1
        >>> @settings(max_examples=10)
        ... @given(weights())
        ... def check(value):
        ...     assert sum(value.of(group) for group in Level1) + value.execution == 100
        >>> check()
    """
    return st.just(Weights()) | _drawn_weights()


@st.composite
def _rules_within(draw: st.DrawFn, bands: QualitativeBands) -> ScoringRules:
    """Rules whose default shares lie in both `Outcome.band` and `bands` (in hundredths)."""

    def inside(outcome: Outcome) -> st.SearchStrategy[Decimal]:
        (low, high), (band_low, band_high) = outcome.band, bands.band(outcome)
        return _hundredths(int(max(low, band_low) * 100), int(min(high, band_high) * 100))

    return ScoringRules(
        lower_is_better=draw(st.sampled_from(LowerIsBetter)),
        over_achievement=draw(_hundredths(101, 1000)),
        achieved=draw(inside(Outcome.ACHIEVED)),
        partly_achieved=draw(inside(Outcome.PARTLY_ACHIEVED)),
        not_achieved=draw(inside(Outcome.NOT_ACHIEVED)),
    )


@functools.cache
def scoring_rules() -> st.SearchStrategy[ScoringRules]:
    """Scoring rules: either lower-is-better rule, an over-achievement ratio up to 10, shares.

    The outcomes' default shares lie in their bands (in hundredths). Shrinks toward the
    default `ScoringRules()`.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=10)
        ... @given(scoring_rules())
        ... def check(value):
        ...     assert value.not_achieved <= value.partly_achieved <= value.achieved
        >>> check()
    """
    return st.just(DEFAULT_RULES) | _rules_within(QualitativeBands())


@st.composite
def _drawn_bands(
    draw: st.DrawFn, *, lowest_achieved: int = 1, highest_partly: int = 98
) -> QualitativeBands:
    partly = draw(st.integers(min_value=1, max_value=highest_partly))
    achieved = draw(st.integers(min_value=max(partly + 1, lowest_achieved), max_value=99))
    return QualitativeBands(partly=_scaled(partly, places=2), achieved=_scaled(achieved, places=2))


@functools.cache
def qualitative_bands() -> st.SearchStrategy[QualitativeBands]:
    """Band edges in hundredths, 0 < partly < achieved < 1; shrinks toward the default 60 / 80.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=10)
        ... @given(qualitative_bands())
        ... def check(value):
        ...     assert 0 < value.partly < value.achieved < 1
        >>> check()
    """
    return st.just(QualitativeBands()) | _drawn_bands()


@st.composite
def _level2_points(draw: st.DrawFn, weights: Weights) -> tuple[Level2Points, ...]:
    listed = draw(st.lists(st.sampled_from(Level2), max_size=2, unique=True))
    members = {
        group: [l2 for l2 in Level2 if weights.group(l2.parent) is group] for group in _GROUPS
    }
    left = {group: int(weights.of(group) * 100) for group in _GROUPS}
    entries = []
    for k, level2 in enumerate(listed):
        group = weights.group(level2.parent)
        carried = all(l2 in listed for l2 in members[group])
        if carried and not any(weights.group(l2.parent) is group for l2 in listed[k + 1 :]):
            # No unlisted category is left to carry the rest of the weight: the last listed
            # one takes it (服务对象满意度指标 is the only one of its group).
            cents = left[group]
        else:
            cents = draw(st.integers(min_value=0, max_value=left[group]))
        left[group] -= cents
        entries.append(Level2Points(level2=level2, points=_scaled(cents, places=2)))
    return tuple(entries)


@st.composite
def _banded_execution(draw: st.DrawFn) -> tuple[ExecutionBand, ...]:
    rates = sorted(draw(st.lists(st.integers(1, 100), max_size=3, unique=True)), reverse=True)
    shares = sorted(
        draw(st.lists(st.integers(0, 100), min_size=len(rates) + 1, max_size=len(rates) + 1)),
        reverse=True,
    )
    return tuple(
        ExecutionBand(rate=_scaled(rate, places=2), share=_scaled(share, places=2))
        for rate, share in zip([*rates, 0], shares, strict=True)
    )


@functools.cache
def execution_bands() -> st.SearchStrategy[ExecutionBand]:
    """Bands of a banded execution score, rate and share in hundredths from 0 to 1.

    Shrinks toward the band from a rate of 0 earning nothing.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=10)
        ... @given(execution_bands())
        ... def check(value):
        ...     assert 0 <= value.rate <= 1 and 0 <= value.share <= 1
        >>> check()
    """
    return st.builds(ExecutionBand, rate=_hundredths(0, 100), share=_hundredths(0, 100))


@functools.cache
def level2_points() -> st.SearchStrategy[Level2Points]:
    """Points of a level-2 category, in cents up to 100; shrinks toward 数量指标 with 0 points.

    A scheme takes them only within its weights: `scoring_schemes` draws them so.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=10)
        ... @given(level2_points())
        ... def check(value):
        ...     assert 0 <= value.points <= 100
        >>> check()
    """
    return st.builds(Level2Points, level2=st.sampled_from(Level2), points=_hundredths(0, 10_000))


@st.composite
def _drawn_scheme(draw: st.DrawFn, *, blocks: bool) -> ScoringScheme:
    chosen = draw(weights())
    drawn_blocks: tuple[Decimal, ...] = ()
    if blocks and draw(st.booleans()):
        # Cents of 100 less the execution weight, cut into one to three blocks.
        left, cents = int(chosen.execution * -100) + 10_000, []
        for _ in range(draw(st.integers(min_value=0, max_value=2))):
            cents.append(draw(st.integers(min_value=0, max_value=left)))
            left -= cents[-1]
        drawn_blocks = tuple(_scaled(c, places=2) for c in [*cents, left])
    bands = draw(st.just(QualitativeBands()) | _drawn_bands(lowest_achieved=60, highest_partly=80))
    rules = _rules_within(bands)
    if bands == QualitativeBands():
        rules = st.just(DEFAULT_RULES) | rules  # the defaults lie in the default bands only
    return ScoringScheme(
        weights=chosen,
        level2=draw(_level2_points(chosen)),
        blocks=drawn_blocks,
        bands=bands,
        rules=draw(rules),
        denominator=draw(st.sampled_from(Denominator)),
        execution_bands=draw(st.just(()) | _banded_execution()),
        reason_below=draw(st.none() | _hundredths(0, 100)),
        tolerance=draw(_hundredths(0, 100)),
    )


def scoring_schemes(*, blocks: bool = True) -> st.SearchStrategy[ScoringScheme]:
    """Scoring schemes: the presets, and schemes of drawn weights, points, bands and rules.

    `blocks=False` leaves out schemes that weigh target blocks (`HUBEI_2020`), which
    `self_evaluate` scores only with `points=`. Every scheme drawn with `blocks=False` can
    score a project of `scorable_projects(scheme=...)`. Shrinks toward `CENTRAL_10`.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=10)
        ... @given(scoring_schemes(blocks=False))
        ... def check(value):
        ...     assert value.blocks == ()
        >>> check()
    """
    presets = [scheme for scheme in PRESETS.values() if blocks or not scheme.blocks]
    return st.sampled_from(presets) | _drawn_scheme(blocks=blocks)


@functools.cache
def lint_rules() -> st.SearchStrategy[LintRules]:
    """Lint settings: a satisfaction floor, a funding tolerance, rules to ignore.

    Shrinks toward the default `LintRules()`.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=10)
        ... @given(lint_rules())
        ... def check(value):
        ...     assert 0 <= value.satisfaction_floor <= 100
        >>> check()
    """
    drawn = st.builds(
        LintRules,
        satisfaction_floor=_hundredths(0, 10_000),
        funding_tolerance=_values(Decimal(0), Decimal(10**6), 2),
        ignore=st.frozensets(st.sampled_from([rule.code for rule in RULES])),
    )
    return st.just(LintRules()) | drawn


@st.composite
def _drawn_monitoring_rules(draw: st.DrawFn) -> MonitoringRules:
    # Edges in ten-thousandths, the places attainments are shown to.
    def edges(count: int) -> list[Decimal]:
        drawn = draw(st.lists(st.integers(1, 30_000), min_size=count, max_size=count))
        return [_scaled(edge, places=4) for edge in sorted(drawn)]

    red, yellow, blue = edges(3)
    budget_red, budget_yellow = edges(2)
    kinds = draw(st.dictionaries(_names(), st.sampled_from(Accrual), max_size=3))
    causes = draw(
        st.just(DEVIATION_CAUSES)
        | st.lists(_names(), min_size=1, max_size=5, unique=True).map(tuple)
    )
    return MonitoringRules(
        red_below=red,
        yellow_below=yellow,
        blue_from=blue,
        budget_red_below=budget_red,
        budget_yellow_below=budget_yellow,
        time_basis=draw(st.sampled_from(TimeBasis)),
        kinds=kinds,
        causes=causes,
    )


@functools.cache
def monitoring_rules() -> st.SearchStrategy[MonitoringRules]:
    """Monitoring settings: ascending light edges, a time basis, kinds, a cause vocabulary.

    Shrinks toward the default `MonitoringRules()`.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=10)
        ... @given(monitoring_rules())
        ... def check(value):
        ...     assert value.red_below <= value.yellow_below <= value.blue_from
        >>> check()
    """
    return st.just(MonitoringRules()) | _drawn_monitoring_rules()


# --- Results: what the library computes, computed from drawn inputs --------------------------


@functools.cache
def _texts() -> st.SearchStrategy[str]:
    # Free text of a cell (a note, a remark): Chinese, possibly empty.
    return st.text(_CJK, max_size=20)


def _relative_deadline_events(
    target: RelativeDeadline,
) -> st.SearchStrategy[tuple[RelativeDeadline, dict[str, datetime.date]]]:
    # Working days have no calendar date (no holiday calendar): no evaluation can exist.
    dated = (
        attrs.evolve(target, unit=TimeUnit.DAY) if target.unit is TimeUnit.WORKING_DAY else target
    )
    day = st.dates(datetime.date(1990, 1, 1), datetime.date(2100, 12, 31))
    return day.map(lambda date: (dated, {dated.event: date}))


@st.composite
def evaluations(
    draw: st.DrawFn,
    *,
    kinds: Collection[TargetKind] = ALL_KINDS,
    rules: ScoringRules | None = None,
) -> Evaluation:
    """Evaluations as `evaluate` makes them, of a drawn target and an actual meeting it or not.

    Targets are of `kinds` (all by default). A `Change` is evaluated from a drawn baseline,
    a `RelativeDeadline` (in days, weeks, months or years: working days have no date) from
    a drawn date of its event, year-less dates in a drawn year, under `rules` (by default
    drawn by [`scoring_rules`][perfindicator.strategies.scoring_rules]). Shrinks toward the
    evaluation of a simple target at its target under the default rules.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=10)
        ... @given(evaluations())
        ... def check(value):
        ...     assert value.met or value.note_required
        >>> check()
    """
    target = draw(targets(kinds=kinds))
    year = draw(st.integers(min_value=1990, max_value=2100))
    baseline = draw(_baselines(target)) if isinstance(target, Change) else None
    events = None
    if isinstance(target, RelativeDeadline):
        target, events = draw(_relative_deadline_events(target))
    actual = draw(actuals_for(target, year=year, baseline=baseline, events=events))
    chosen = draw(scoring_rules()) if rules is None else rules
    return evaluate(target, actual, baseline=baseline, year=year, events=events, rules=chosen)


@st.composite
def _scored(
    draw: st.DrawFn, scheme: ScoringScheme | None, max_indicators: int
) -> tuple[Project, SelfEvaluation, BudgetExecution | None]:
    """A scorable project, its self-evaluation and the budget it was scored with."""
    chosen = draw(scoring_schemes(blocks=False)) if scheme is None else scheme
    project = draw(scorable_projects(max_indicators=max_indicators, scheme=chosen))
    actuals = draw(project_actuals(project))
    budget = draw(st.none() | budget_executions())
    return project, self_evaluate(project, actuals, budget=budget, scheme=chosen), budget


def self_evaluations(
    *, scheme: ScoringScheme | None = None, max_indicators: int = 10
) -> st.SearchStrategy[SelfEvaluation]:
    """Self-evaluations `self_evaluate` computed for a drawn project and drawn actuals.

    The project is one of [`scorable_projects`][perfindicator.strategies.scorable_projects]
    under `scheme` (by default a drawn one of `scoring_schemes(blocks=False)`), the actuals
    those of [`project_actuals`][perfindicator.strategies.project_actuals], the budget
    execution drawn or absent. Shrinks toward a self-evaluation with no lines, no budget,
    and all 100 points on the budget execution (the fewest choices); under `CENTRAL_10`,
    toward its three indicators (数量, 经济效益, 服务对象满意度) with no budget.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=10)
        ... @given(self_evaluations())
        ... def check(value):
        ...     assert value.total <= 100
        >>> check()
    """
    return _scored(scheme, max_indicators).map(lambda scored: scored[1])


def scored_indicators() -> st.SearchStrategy[ScoredIndicator]:
    """Lines of self-evaluations (under the 10号 scheme); shrinks toward a first line at target.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=10)
        ... @given(scored_indicators())
        ... def check(value):
        ...     assert value.score <= value.points
        >>> check()
    """
    return self_evaluations(scheme=CENTRAL_10).flatmap(lambda r: st.sampled_from(r.lines))


def subtotals() -> st.SearchStrategy[Subtotal]:
    """Subtotals of self-evaluations (under the 10号 scheme); shrinks toward the 产出 one.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=10)
        ... @given(subtotals())
        ... def check(value):
        ...     assert value.score <= value.points
        >>> check()
    """
    return self_evaluations(scheme=CENTRAL_10).flatmap(lambda r: st.sampled_from(r.subtotals))


@st.composite
def self_evaluation_reports(draw: st.DrawFn) -> SelfEvaluationReport:
    """Reports `SelfEvaluationReport.from_evaluation` makes of drawn self-evaluations.

    Each missed line may carry a deviation note. Shrinks toward the report of the smallest
    self-evaluation of [`self_evaluations`][perfindicator.strategies.self_evaluations].

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=10)
        ... @given(self_evaluation_reports())
        ... def check(value):
        ...     assert value.total is not None
        >>> check()
    """
    project, result, budget = draw(_scored(None, 10))
    missed = [line.indicator.name for line in result.lines if not line.met]
    notes = draw(st.dictionaries(st.sampled_from(missed), _names())) if missed else {}
    return SelfEvaluationReport.from_evaluation(project, result, budget=budget, notes=notes)


@st.composite
def audits(draw: st.DrawFn) -> Audit:
    """Audits of drawn self-evaluation reports, under their layout's preset or a drawn scheme.

    Shrinks toward the audit of the smallest report of
    [`self_evaluation_reports`][perfindicator.strategies.self_evaluation_reports] under
    its preset.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=10)
        ... @given(audits())
        ... def check(value):
        ...     assert len(value.lines) >= 0
        >>> check()
    """
    report = draw(self_evaluation_reports())
    return audit(report, scheme=draw(st.none() | scoring_schemes()))


def audited_lines() -> st.SearchStrategy[AuditedLine]:
    """Lines of audits of reports of the 10号 scheme; shrinks toward a first line at target.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=10)
        ... @given(audited_lines())
        ... def check(value):
        ...     assert value.recomputed is not None
        >>> check()
    """

    def audited(scored: tuple[Project, SelfEvaluation, BudgetExecution | None]) -> Audit:
        project, result, budget = scored
        return audit(SelfEvaluationReport.from_evaluation(project, result, budget=budget))

    return _scored(CENTRAL_10, 10).map(audited).flatmap(lambda a: st.sampled_from(a.lines))


@st.composite
def discrepancies(draw: st.DrawFn) -> Discrepancy:
    """Discrepancies under any audit code, with that code's severity.

    Shrinks toward the first code, without an indicator or values.

    Examples:
        >>> from hypothesis import given, settings
        >>> from perfindicator.audits.discrepancies import CODES
        >>> @settings(max_examples=10)
        ... @given(discrepancies())
        ... def check(value):
        ...     assert value.severity is CODES[value.code].severity
        >>> check()
    """
    code = draw(st.sampled_from(sorted(CODES)))
    figures = st.none() | _values(Decimal(-100), Decimal(100), 2)
    return Discrepancy(
        code=code,
        severity=CODES[code].severity,
        message_en=draw(_english()),
        message_zh=draw(_names()),
        where=draw(places()),
        text=draw(st.none() | _texts()),
        indicator=draw(st.none() | _names()),
        reported=draw(figures),
        recomputed=draw(figures),
    )


@st.composite
def _monitored(
    draw: st.DrawFn, *, carriers: tuple[tuple[Level2, ...], ...]
) -> tuple[Project, datetime.date, dict[str, Progress], BudgetExecution | None, MonitoringRules]:
    rules = draw(monitoring_rules())
    project = draw(st.composite(_project)(_targeted_indicators(carriers, 8, _MONITORABLE_KINDS)))
    year = project.year
    on = draw(st.dates(datetime.date(year, 1, 1), datetime.date(year, 12, 31)))
    progress = draw(monitoring_progress(project, on=on, rules=rules))
    return project, on, progress, draw(st.none() | budget_executions()), rules


def _monitor(
    drawn: tuple[
        Project, datetime.date, dict[str, Progress], BudgetExecution | None, MonitoringRules
    ],
) -> Monitoring:
    project, on, progress, budget, rules = drawn
    return monitor(project, progress, on=on, budget=budget, rules=rules)


def monitorings() -> st.SearchStrategy[Monitoring]:
    """Monitorings `monitor` computed of a drawn project, day, progress, budget and rules.

    The project's indicators have unique names and targets of `SCORABLE_KINDS` or `Change`;
    the progress is [`monitoring_progress`][perfindicator.strategies.monitoring_progress]'s.
    Shrinks toward a project with no indicators in 1990, on 1 January, under the default
    rules.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=10)
        ... @given(monitorings())
        ... def check(value):
        ...     assert (value.light is None) == (not value.lines)
        >>> check()
    """
    return _monitored(carriers=()).map(_monitor)


def monitoring_lines() -> st.SearchStrategy[MonitoringLine]:
    """Lines of drawn monitorings; shrinks toward the line of a 数量指标 indicator.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=10)
        ... @given(monitoring_lines())
        ... def check(value):
        ...     assert value.attainment is None or value.attainment >= 0
        >>> check()
    """
    any_one = (tuple(Level2),)
    return _monitored(carriers=any_one).map(_monitor).flatmap(lambda m: st.sampled_from(m.lines))


@st.composite
def progress_records(draw: st.DrawFn) -> Progress:
    """What a unit reports of one indicator mid-year, for a drawn target and day.

    As [`monitoring_progress`][perfindicator.strategies.monitoring_progress] draws it;
    shrinks toward a value missing a simple target, with nothing else said.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=10)
        ... @given(progress_records())
        ... def check(value):
        ...     assert value.likelihood is None or value.likelihood.code in (1, 2, 3)
        >>> check()
    """
    target = draw(targets(kinds=_MONITORABLE_KINDS))
    year = draw(st.integers(min_value=1990, max_value=2100))
    on = draw(st.dates(datetime.date(year, 1, 1), datetime.date(year, 12, 31)))
    return draw(_progress(target, year=year, on=on, causes=DEVIATION_CAUSES))


def findings() -> st.SearchStrategy[Findings]:
    """What `lint` finds in a drawn project under drawn settings.

    Shrinks toward the findings of a project with no indicators under `LintRules()`.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=10)
        ... @given(findings())
        ... def check(value):
        ...     assert all(finding.code.startswith("PI") for finding in value)
        >>> check()
    """
    return st.builds(lint, projects(max_indicators=8), rules=lint_rules())


# --- Problems and places --------------------------------------------------------------------

_FILES = ("forms.txt", "自评表.xlsx", "监控表.html", "申报表.docx")
_PROBLEM_CODES = ("data", "form", "target", "self-evaluation", "monitoring")


@functools.cache
def _english() -> st.SearchStrategy[str]:
    return st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyz "), min_size=1, max_size=40)


@functools.cache
def places() -> st.SearchStrategy[Place]:
    """Places: any of a file, a sheet or page, a row, a column and a subject.

    Shrinks toward the empty `Place()`.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=10)
        ... @given(places())
        ... def check(value):
        ...     assert value.row is None or value.row >= 1
        >>> check()
    """
    counted = st.none() | st.integers(min_value=1, max_value=10_000)
    return st.builds(
        Place,
        file=st.none() | st.sampled_from(_FILES),
        sheet=st.none() | st.sampled_from(["Sheet1", "表1"]),
        page=counted,
        row=counted,
        column=counted,
        subject=st.just("") | _names(),
    )


@functools.cache
def problems() -> st.SearchStrategy[Problem]:
    """Problems under a lint code or an input check's code, in English and Chinese.

    Shrinks toward a `PI001` error with no place or text.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=10)
        ... @given(problems())
        ... def check(value):
        ...     assert str(value).startswith(value.code)
        >>> check()
    """
    return st.builds(
        Problem,
        code=st.sampled_from([*(rule.code for rule in RULES), *_PROBLEM_CODES]),
        message_en=_english(),
        message_zh=_names(),
        where=places(),
        text=st.none() | st.text(max_size=20),
        severity=st.sampled_from(Severity),
    )


@functools.cache
def registered_rules() -> st.SearchStrategy[Rule]:
    """The lint rules of the registry `RULES`; shrinks toward `PI001`.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=10)
        ... @given(registered_rules())
        ... def check(value):
        ...     assert value.code.startswith("PI")
        >>> check()
    """
    return st.sampled_from(RULES)


@functools.cache
def complaints() -> st.SearchStrategy[Complaint]:
    """What a lint check finds, before its rule adds code and severity.

    Shrinks toward a complaint about `一`, with no place of its own.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=10)
        ... @given(complaints())
        ... def check(value):
        ...     assert value.subject and value.en and value.zh
        >>> check()
    """
    return st.builds(Complaint, _names(), _english(), _names(), place=st.none() | places())


# --- Documents: what the readers return ------------------------------------------------------


@functools.cache
def labelled_texts() -> st.SearchStrategy[LabelledText]:
    """Cells kept with their labels (项目来源: 年初预算); shrinks toward an empty text under `一`.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=10)
        ... @given(labelled_texts())
        ... def check(value):
        ...     assert value.label
        >>> check()
    """
    return st.builds(LabelledText, label=_names(), text=_texts(), place=places())


def _printed(low: int, high: int) -> st.SearchStrategy[Decimal | None]:
    """A number as a form prints it, to 2 places, or an empty cell."""
    return st.none() | _values(Decimal(low), Decimal(high), 2)


@functools.cache
def execution_lines() -> st.SearchStrategy[ExecutionLine]:
    """Rows of a published budget-execution block, figures as printed (not checked).

    Shrinks toward an unlabelled row of empty cells.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=10)
        ... @given(execution_lines())
        ... def check(value):
        ...     assert value.budget is None or value.budget >= 0
        >>> check()
    """
    yuan = _printed(0, 10**10)
    return st.builds(
        ExecutionLine,
        label=st.sampled_from(["", "年度资金总额", "其中:财政拨款", "总额"]),
        initial=yuan,
        budget=yuan,
        executed=yuan,
        rate=_printed(0, 200),
        points=_printed(0, 100),
        score=_printed(0, 100),
        reason=_texts(),
        place=places(),
    )


@st.composite
def points_labels(draw: st.DrawFn) -> PointsLabel:
    """Points labels: a level-1 category's (`产出指标(50分)`) or a block's (`绩效指标(90分)`).

    Shrinks toward `产出指标` with 0 points.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=10)
        ... @given(points_labels())
        ... def check(value):
        ...     assert value.level1 is None or value.label == value.level1.value
        >>> check()
    """
    level1 = draw(st.sampled_from([*Level1, None]))
    label = level1.value if level1 is not None else draw(st.sampled_from(_BLOCK_LABELS))
    points = draw(_values(Decimal(0), Decimal(100), 2))
    return PointsLabel(label=label, points=points, level1=level1, place=draw(places()))


_BLOCK_LABELS = ("年度绩效目标1", "年度绩效目标2", "绩效指标")


@st.composite
def _level_columns(draw: st.DrawFn) -> tuple[Level1 | None, Level2 | None]:
    """The level-1 and level-2 cells written beside a line: either, both (agreeing), none."""
    level2 = draw(st.sampled_from([*Level2, None]))
    if level2 is None:
        return draw(st.sampled_from([*Level1, None])), None
    return draw(st.sampled_from([level2.parent, None])), level2


@st.composite
def _written_target(draw: st.DrawFn, *, year: int) -> tuple[str, Target | None, str]:
    """A target cell as written, the target it reads as, and an actual cell for it."""
    if draw(st.booleans()):
        return draw(st.sampled_from(["", "/"])), None, draw(st.sampled_from(["", "/"]))
    text, target = draw(target_texts(kinds=SCORABLE_KINDS))
    actual = draw(actuals_for(target, year=year))
    if isinstance(actual, (str, Outcome)):
        written = actual if isinstance(actual, str) else actual.value
    else:
        written = actual_text(actual, fraction=False)
    return text.strip(), target, written


@st.composite
def reported_indicators(draw: st.DrawFn) -> ReportedIndicator:
    """Indicator lines of published self-evaluations, figures as printed (not checked).

    The target cell is a spelling of a target with an actual meeting it or not, or empty,
    or `/`. Shrinks toward a line named `一` with empty cells.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=10)
        ... @given(reported_indicators())
        ... def check(value):
        ...     assert value.target is None or value.target_text
        >>> check()
    """
    level1, level2 = draw(_level_columns())
    target_text, target, actual = draw(_written_target(year=draw(st.integers(1990, 2100))))
    return ReportedIndicator(
        name=draw(_names()),
        level1=level1,
        level2=level2,
        target_text=target_text,
        target=target,
        actual_text=actual,
        points=draw(_printed(0, 100)),
        score=draw(_printed(0, 100)),
        deduction=draw(_printed(0, 10)),
        note=draw(_texts()),
        description=draw(_texts()),
        place=draw(places()),
        actual_place=draw(places()),
    )


@functools.cache
def reported_subtotals() -> st.SearchStrategy[ReportedSubtotal]:
    """Subtotal rows (小计) of published self-evaluations; shrinks toward an empty `小计`.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=10)
        ... @given(reported_subtotals())
        ... def check(value):
        ...     assert len(set(value.lines)) == len(value.lines)
        >>> check()
    """
    return st.builds(
        ReportedSubtotal,
        label=st.sampled_from(["小计", "产出指标小计", "效益指标小计"]),
        lines=st.lists(_names(), max_size=5, unique=True).map(tuple),
        points=_printed(0, 100),
        score=_printed(0, 100),
        place=places(),
    )


@functools.cache
def budget_lines() -> st.SearchStrategy[BudgetLine]:
    """Rows of a monitoring table's budget block; shrinks toward `年度资金总额` with empty cells.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=10)
        ... @given(budget_lines())
        ... def check(value):
        ...     assert value.executed is None or value.executed >= 0
        >>> check()
    """
    yuan = _printed(0, 10**10)
    return st.builds(
        BudgetLine,
        label=st.sampled_from(["年度资金总额", "其中:当年财政拨款", ""]),
        budget=yuan,
        executed=yuan,
        forecast=yuan,
        place=places(),
    )


@st.composite
def monitored_indicators(draw: st.DrawFn, *, year: int | None = None) -> MonitoredIndicator:
    """Indicator lines of published monitoring tables, as written.

    The value cell holds an actual of the target as a person writes it (or nothing), so
    that `MonitoringReport.progress` reads it. Shrinks toward a line named `一` with empty
    cells.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=10)
        ... @given(monitored_indicators())
        ... def check(value):
        ...     assert (value.target is None) == (value.target_text == "")
        >>> check()
    """
    drawn_year = draw(st.integers(1990, 2100)) if year is None else year
    level1, level2 = draw(_level_columns())
    target_text, target, value = draw(_written_target(year=drawn_year))
    if target is None:
        target_text = value = ""
    return MonitoredIndicator(
        name=draw(_names()),
        level1=level1,
        level2=level2,
        target_text=target_text,
        target=target,
        value_text=draw(st.sampled_from(["", value])),
        likelihood=draw(st.none() | st.sampled_from(Likelihood)),
        remark=draw(_texts()),
        causes=draw(_texts()),
        measures=draw(_texts()),
        place=draw(places()),
        value_place=draw(places()),
    )


@st.composite
def monitoring_reports(draw: st.DrawFn) -> MonitoringReport:
    """Published monitoring tables (绩效运行监控表): what they state, nothing recomputed.

    Lines have unique names; the budget block, where there is one, starts with its total.
    Shrinks toward a report with no budget block and no lines.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=10)
        ... @given(monitoring_reports())
        ... def check(value):
        ...     assert value.budget_lines or not value.adjusted
        >>> check()
    """
    year = draw(st.integers(min_value=1990, max_value=2100))
    lines = draw(st.lists(monitored_indicators(year=year), max_size=6))
    names = draw(_unique_names(len(lines)))
    budget = draw(st.lists(budget_lines(), max_size=3))
    if budget:
        budget[0] = attrs.evolve(budget[0], label="年度资金总额")
    return MonitoringReport(
        name=draw(_names()),
        year=year,
        months=draw(st.none() | st.integers(min_value=1, max_value=12)),
        department=draw(_texts()),
        implementing_unit=draw(_texts()),
        adjusted=bool(budget) and draw(st.booleans()),
        budget_lines=tuple(budget),
        in_yuan=not budget or draw(st.booleans()),
        lines=tuple(attrs.evolve(line, name=name) for line, name in zip(lines, names, strict=True)),
        causes=draw(_texts()),
        measures=draw(_texts()),
        details=tuple(draw(st.lists(labelled_texts(), max_size=2))),
        unclaimed=tuple(draw(st.lists(labelled_texts(), max_size=2))),
        empty_rows=draw(st.integers(min_value=0, max_value=3)),
        place=draw(places()),
    )


# --- Cells, sheets, columns and tables --------------------------------------------------------


@functools.cache
def _cell_values() -> st.SearchStrategy[CellValue]:
    return st.one_of(
        st.none(),
        st.text(max_size=12),
        _values(Decimal(-(10**9)), Decimal(10**9), 4),
        st.dates(datetime.date(1990, 1, 1), datetime.date(2100, 12, 31)),
    )


@functools.cache
def cells() -> st.SearchStrategy[Cell]:
    """Cells of a grid: text, an exact number, a date or nothing; shrinks toward an empty one.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=10)
        ... @given(cells())
        ... def check(value):
        ...     assert value.is_empty or value.text.strip()
        >>> check()
    """
    return st.builds(Cell, value=_cell_values(), place=places())


@st.composite
def grids(draw: st.DrawFn) -> Grid:
    """Grids as `grid` builds them from rows of cell values, each cell placed.

    Rows may differ in length, as extracted tables do. Shrinks toward an empty grid.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=10)
        ... @given(grids())
        ... def check(value):
        ...     assert all(cell.place.row == r for r, row in enumerate(value.rows, 1) for cell in row)
        >>> check()
    """
    rows = draw(st.lists(st.lists(_cell_values(), max_size=6), max_size=6))
    return grid(
        rows, file=draw(st.none() | st.sampled_from(_FILES)), sheet=draw(st.none() | st.just("表1"))
    )


_LABEL_TEXTS = (
    "三级指标",
    "产出指标(50分)",
    "数量指标(必填硬性指标)",
    "指标值(长期)",
    "*资金情况 (单位:万元):",
    "年度绩效目标1(40分)",
    "分值",
)


@functools.cache
def labels() -> st.SearchStrategy[Label]:
    """Label cells as `read_label` normalises them: header spellings of real forms, or any text.

    Shrinks toward `三级指标`.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=10)
        ... @given(labels())
        ... def check(value):
        ...     assert " " not in value.text
        >>> check()
    """
    return st.builds(read_label, st.sampled_from(_LABEL_TEXTS) | st.text(max_size=12))


@functools.cache
def columns() -> st.SearchStrategy[Column]:
    """The declared columns of the record kinds (`SCHEMAS`); shrinks toward the first.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=10)
        ... @given(columns())
        ... def check(value):
        ...     assert value.fits(None)
        >>> check()
    """
    return st.sampled_from([column for kind in SCHEMAS.values() for column in kind])


@st.composite
def cell_ranges(draw: st.DrawFn) -> CellRange:
    """Merged ranges, corners from 1 and in order; shrinks toward the one cell `A1:A1`.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=10)
        ... @given(cell_ranges())
        ... def check(value):
        ...     assert value.top <= value.bottom and value.left <= value.right
        >>> check()
    """
    top, left = draw(st.integers(1, 100)), draw(st.integers(1, 30))
    return CellRange(
        top=top,
        left=left,
        bottom=top + draw(st.integers(0, 10)),
        right=left + draw(st.integers(0, 10)),
    )


@functools.cache
def number_formats() -> st.SearchStrategy[NumberFormat]:
    """The number formats the official layouts use, at a cell; shrinks toward `A1` amounts.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=10)
        ... @given(number_formats())
        ... def check(value):
        ...     assert value.row >= 1 and value.code
        >>> check()
    """
    return st.builds(
        NumberFormat,
        row=st.integers(1, 100),
        column=st.integers(1, 30),
        code=st.sampled_from([AMOUNT, PERCENT, POINTS, DATE]),
    )


def sheets() -> st.SearchStrategy[Sheet]:
    """Official forms as sheets: a drawn project's 申报表, a drawn report's 自评表.

    Shrinks toward the 申报表 of a project with no indicators.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=10)
        ... @given(sheets())
        ... def check(value):
        ...     assert all(len(row) == len(value.rows[0]) for row in value.rows)
        >>> check()
    """
    return projects(max_indicators=8).map(declaration_sheet) | self_evaluation_reports().map(
        self_evaluation_sheet
    )


def display_tables() -> st.SearchStrategy[Table]:
    """The tables results are shown as in Jupyter, of drawn projects, findings and results.

    Shrinks toward the header table of a project with no indicators.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=10)
        ... @given(display_tables())
        ... def check(value):
        ...     assert all(len(row) == len(value.header) for row in value.rows) or not value.header
        >>> check()
    """
    return st.one_of(
        projects(max_indicators=8).map(lambda project: project_tables(project)[0]),
        findings().map(findings_table),
        self_evaluations().map(self_evaluation_table),
        monitorings().map(monitoring_table),
        audits().map(audit_table),
    )


# --- Batches --------------------------------------------------------------------------------


def batch_options() -> st.SearchStrategy[BatchOptions]:
    """The options of a batch: an actuals file by name or none, a money unit or none.

    Shrinks toward `Options()`.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=10)
        ... @given(batch_options())
        ... def check(value):
        ...     assert value.money_unit in (None, "元", "万元")
        >>> check()
    """
    return st.builds(
        BatchOptions,
        actuals=st.none() | st.sampled_from(("actuals.json", "2023/实际值.json")),
        money_unit=st.none() | st.sampled_from(("元", "万元")),
    )


def found_files() -> st.SearchStrategy[Found]:
    """Files a batch finds: a path, and its source, relative to a folder or as given.

    Shrinks toward `forms.txt`, found as given.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=10)
        ... @given(found_files())
        ... def check(value):
        ...     assert value.path.endswith(value.source)
        >>> check()
    """
    return st.builds(
        lambda name, folder: Found(path=f"{folder}{name}", source=name),
        st.sampled_from(_FILES),
        st.sampled_from(("", "forms/", "/data/2023/")),
    )


def file_results() -> st.SearchStrategy[FileResult]:
    """What `batch.process` gives for a file: a declaration's rows, or a file's problems.

    A declaration gives its `projects` row, its `indicators` and lint's `findings`, as
    `process` makes them from a drawn project; a file that cannot be read gives its drawn
    problems as `errors` rows.

    Shrinks toward the rows of a project with no indicators.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=10)
        ... @given(file_results())
        ... def check(value):
        ...     assert value.failed == bool(value.tables["errors"])
        >>> check()
    """

    def tables(**rows: list[Any]) -> dict[RecordKind, tuple[Record, ...]]:
        return {kind: tuple(dict(row) for row in rows.get(kind, ())) for kind in BATCH_KINDS}

    def read(name: str, project: Project) -> FileResult:
        declared = tables(
            projects=to_records(project, kind="projects"),
            indicators=to_records(project),
            findings=to_records((project, lint(project))),
        )
        return FileResult(path=name, tables=declared)

    def failed(name: str, found: list[Problem]) -> FileResult:
        errors = tuple(attrs.evolve(p, where=attrs.evolve(p.where, file=name)) for p in found)
        rows = tables(errors=to_records(errors, kind="errors"))
        return FileResult(path=name, tables=rows, errors=errors)

    name = st.sampled_from(_FILES)
    return st.builds(read, name, projects(max_indicators=6)) | st.builds(
        failed, name, st.lists(problems(), min_size=1, max_size=3)
    )


# --- Published self-evaluations: what `audit` is given, and what it must find ---------------

# How forms write each grade (优, 优秀, …): the spellings the report reads.
_GRADE_SPELLINGS = {
    grade: tuple(text for text, named in _GRADES.items() if named is grade) for grade in Grade
}
# Beyond the 10号 scheme's tolerance (±0.1 point) by a cent, in cents: a figure the audit
# must report.
_BEYOND = 11
_BEYOND_POINTS = _scaled(_BEYOND, places=2)
_ZERO = Decimal(0)


class _Draft:
    """A report being planted: its lines and figures, the codes planted, what is spent.

    `free` holds the lines no plant has touched (one plant a line, so that plants never
    mask one another); `groups` the plants of which a report takes one at most (its points,
    its execution row, its total, its names, its subtotals), whose codes each fire once.
    """

    def __init__(self, report: SelfEvaluationReport, result: SelfEvaluation) -> None:
        self.report = report
        self.lines = list(report.lines)
        self.scored = result.lines
        self.free = set(range(len(self.lines)))
        self.codes: Counter[str] = Counter()
        self.groups: set[str] = set()

    def line(self, draw: st.DrawFn, eligible: Collection[int]) -> int | None:
        """A free line of `eligible`, now spent, or `None` where there is none."""
        chosen = sorted(self.free.intersection(eligible))
        if not chosen:
            return None
        k = draw(st.sampled_from(chosen))
        self.free.discard(k)
        return k

    def total(self) -> Decimal:
        """The total a form prints: its line scores less deductions, and its execution score."""
        nets = (
            _ZERO if x.score is None else difference(x.score, x.deduction or _ZERO)
            for x in self.lines
        )
        executed = self.report.execution[0].score if self.report.execution else None
        return exact_sum((*nets, executed or _ZERO))


def _off_by(draw: st.DrawFn, low: int = 1, high: int = 1000) -> Decimal:
    """A nonzero amount in cents, `low` to `high` of them, either way; shrinks toward +low."""
    cents = draw(st.integers(low, high))
    return _scaled(cents if draw(st.booleans()) else -cents, places=2)


def _line_plant(draw: st.DrawFn, draft: _Draft, code: str) -> bool:
    """Plant `code` on one free line where it can be planted exactly; whether it was."""
    lines, scored = draft.lines, draft.scored
    judged = {k for k, x in enumerate(scored) if isinstance(x.evaluation.actual, Judgement)}
    everyone = range(len(lines))
    counted = [k for k in everyone if k not in judged]
    changes: dict[str, Any] = {}
    if code == "AU101":  # a quantitative line scored above the rule (a miss given full points)
        k = draft.line(
            draw, [k for k in counted if scored[k].points - scored[k].score >= _BEYOND_POINTS]
        )
        if k is not None:
            room = int((scored[k].points - scored[k].score) * 100)
            changes["score"] = scored[k].score + _scaled(draw(st.integers(_BEYOND, room)), places=2)
    elif code == "AU102":  # a quantitative line scored below the rule: discretion
        k = draft.line(draw, [k for k in counted if scored[k].score >= _BEYOND_POINTS])
        if k is not None:
            cut = draw(st.integers(_BEYOND, int(scored[k].score * 100)))
            changes["score"] = scored[k].score - _scaled(cut, places=2)
    elif code == "AU103":  # a score above its points, or negative
        k = draft.line(draw, everyone)
        if k is not None:
            beyond = _scaled(draw(st.integers(1, 1000)), places=2)
            changes["score"] = scored[k].points + beyond if draw(st.booleans()) else -beyond
    elif code == "AU104":  # 达成年度指标 scored below its band
        edge = CENTRAL_10.bands.achieved * 100
        highest = {
            k: min(int((edge * x.points).to_integral_value(ROUND_CEILING)) - 1,
                   int(x.points * 100) - _BEYOND)
            for k, x in enumerate(scored)
            if k in judged and x.evaluation.actual.outcome is Outcome.ACHIEVED  # type: ignore[union-attr]
        }  # fmt: skip
        k = draft.line(draw, [k for k, high in highest.items() if high >= 0])
        if k is not None:
            changes["score"] = _scaled(draw(st.integers(0, highest[k])), places=2)
    elif code == "AU105":  # points and no score
        k = draft.line(draw, everyone)
        changes["score"] = None
    elif code == "AU106":  # no actual
        k = draft.line(draw, everyone)
        changes["actual_text"] = ""
    elif code == "AU107":  # no target
        k = draft.line(draw, everyone)
        changes.update(target_text="", target=None)
    elif code == "AU108":  # a met quantitative line's actual in words
        k = draft.line(draw, [k for k in counted if scored[k].met])
        changes["actual_text"] = draw(st.sampled_from(["已完成", "达成预期指标", "完成"]))
    elif code == "AU109":  # a miss (or an over-achievement) without its deviation note
        k = draft.line(draw, [k for k in everyone if scored[k].evaluation.note_required])
        changes["note"] = ""
    elif code == "AU110":  # a deduction above the raw score, or negative
        k = draft.line(draw, everyone)
        if k is not None:
            beyond = _scaled(draw(st.integers(1, 1000)), places=2)
            changes["deduction"] = scored[k].score + beyond if draw(st.booleans()) else -beyond
    else:
        raise AssertionError(code)  # pragma: no cover
    if k is None:
        return False
    lines[k] = attrs.evolve(lines[k], **changes)
    draft.codes[code] += 1
    return True


def _points_plant(draw: st.DrawFn, draft: _Draft, code: str) -> bool:
    """Plant one departure of the points (AU112, AU201, AU202, AU203) and what it entails."""
    lines, scored, report = draft.lines, draft.scored, draft.report
    if code == "AU201":  # a label's points misprinted
        at = draw(st.integers(0, len(report.labels) - 1))
        misprinted = list(report.labels)
        misprinted[at] = attrs.evolve(misprinted[at], points=misprinted[at].points + _off_by(draw))
        draft.report = attrs.evolve(report, labels=tuple(misprinted))
        draft.codes.update(["AU201"])
        return True
    eligible = [k for k, x in enumerate(scored) if x.points > 0]
    if code == "AU202":  # a met line's points, score and label moved together: not 100
        eligible = [k for k in eligible if scored[k].met]
    elif code == "AU112":  # its label is checked where another of its lines prints points
        level1s = Counter(x.indicator.level1 for x in scored)
        eligible = [k for k in eligible if level1s[scored[k].indicator.level1] > 1]
    k = draft.line(draw, eligible)
    if k is None:
        return False
    points = scored[k].points
    if code == "AU112":  # a line without points: its label's lines fall short of it too
        lines[k] = attrs.evolve(lines[k], points=None)
        draft.codes.update(["AU112", "AU201"])
    elif code == "AU202":
        moved = max(points + _off_by(draw), _ZERO)
        lines[k] = attrs.evolve(lines[k], points=moved, score=moved)
        level1 = scored[k].indicator.level1
        labels = tuple(
            attrs.evolve(x, points=x.points - points + moved) if x.level1 is level1 else x
            for x in report.labels
        )
        draft.report = attrs.evolve(report, labels=labels)
        draft.codes.update(["AU202"] if moved != points else [])
    else:  # AU203: points negative or finer than cents, and so no whole of 100 either
        unusable = -points if draw(st.booleans()) else points + Decimal("0.001")
        lines[k] = attrs.evolve(lines[k], points=unusable)
        draft.codes.update(["AU203", "AU201", "AU202"])
    return True


def _execution_plant(draw: st.DrawFn, draft: _Draft, code: str) -> bool:
    """Plant one departure of the execution row (AU301 to AU307), where there is one."""
    report = draft.report
    if not report.execution:
        return False
    row = report.execution[0]
    # `from_evaluation` fills every figure of its one row.
    assert row.budget is not None
    assert row.executed is not None
    assert row.rate is not None
    assert row.points is not None
    assert row.score is not None
    score, points = row.score, row.points
    short = row.executed < product(Decimal("0.9"), row.budget)
    sichuan = report.layout is ReportLayout.SICHUAN
    whole = score.quantize(Decimal(1), ROUND_HALF_UP)
    changes: dict[str, Any] = {}
    adjusted = report.adjusted
    if code == "AU301":  # the rate misprinted, beyond its printed precision
        exponent = row.rate.as_tuple().exponent
        assert isinstance(exponent, int)  # a printed rate is finite
        step = Decimal(1).scaleb(exponent)
        changes["rate"] = row.rate + step * draw(st.integers(1, 1000))
    elif code == "AU302":  # the execution score misprinted, within its points
        ways = [int((points - score) * 100), -int(score * 100)]
        room = draw(st.sampled_from([way for way in ways if abs(way) >= _BEYOND]))
        moved = draw(st.integers(_BEYOND, abs(room)))
        changes["score"] = score + _scaled(moved if room > 0 else -moved, places=2)
    elif code == "AU303":
        changes["score"] = points + _scaled(draw(st.integers(1, 1000)), places=2)
    elif code == "AU304":
        changes[draw(st.sampled_from(["budget", "executed"]))] = None
    elif code == "AU305" and sichuan and short:
        changes["reason"] = ""
    elif code == "AU306":  # the budget column is not the one the layout's scheme names
        adjusted = not adjusted
    elif code == "AU307" and difference(score, whole).copy_abs() >= _BEYOND_POINTS:
        changes["score"] = whole  # 8.60 printed as 9: the rule's, rounded as printed
    else:
        return False
    draft.report = attrs.evolve(
        report, execution=(attrs.evolve(row, **changes),), adjusted=adjusted
    )
    draft.codes[code] += 1
    return True


def _total_plant(draw: st.DrawFn, draft: _Draft, code: str) -> None:
    """Plant a departure of the total (AU401, AU403) or of the grade (AU402)."""
    report = draft.report
    if code == "AU401":  # misprinted, beyond the tolerance; the grade follows it
        total = exact_sum((draft.total(), _off_by(draw, _BEYOND)))
        draft.report = attrs.evolve(report, total=total, grade_text=_grade_of(draw, total))
    elif code == "AU402":  # another grade than the total's, or words that are no grade
        printed = report.total
        assert printed is not None  # the total follows its parts until AU401 or AU403
        others = [
            text
            for grade in Grade
            if _ZERO <= printed <= 100 and grade is not Grade.of(printed)
            for text in _GRADE_SPELLINGS[grade]
        ]
        draft.report = attrs.evolve(report, grade_text=draw(st.sampled_from([*others, "待定"])))
    else:  # AU403
        draft.report = attrs.evolve(report, total=None)
    draft.codes[code] += 1


def _grade_of(draw: st.DrawFn, total: Decimal) -> str:
    """The grade of `total` in one of its spellings (`""` for a total outside 0 to 100)."""
    if not _ZERO <= total <= 100:
        return ""
    return draw(st.sampled_from(_GRADE_SPELLINGS[Grade.of(total)]))


def _subtotals(draw: st.DrawFn, draft: _Draft) -> tuple[ReportedSubtotal, ...]:
    """A subtotal row (小计) of each level-1 category's lines, as printed (net of deductions)."""
    groups: dict[Level1, list[ReportedIndicator]] = {}
    for line, scored in zip(draft.lines, draft.scored, strict=True):
        groups.setdefault(scored.indicator.level1, []).append(line)
    return tuple(
        ReportedSubtotal(
            label=draw(st.sampled_from(["小计", f"{level1.value}小计"])),
            lines=tuple(line.name for line in lines),
            points=exact_sum(x.points for x in lines if x.points is not None),
            score=exact_sum(
                difference(x.score, x.deduction or _ZERO) for x in lines if x.score is not None
            ),
        )
        for level1, lines in groups.items()
    )


_LINE_CODES = (
    "AU101",
    "AU102",
    "AU103",
    "AU104",
    "AU105",
    "AU106",
    "AU107",
    "AU108",
    "AU109",
    "AU110",
)
_POINTS_CODES = ("AU112", "AU201", "AU202", "AU203")
_EXECUTION_CODES = ("AU301", "AU302", "AU303", "AU304", "AU305", "AU306", "AU307")
_TOTAL_CODES = ("AU401", "AU402", "AU403")
# Shrinking ends on the first: a report with no total printed (AU403), which any report can be.
PLANTABLE_CODES: tuple[str, ...] = (
    "AU403",
    *_LINE_CODES,
    "AU111",
    *_POINTS_CODES,
    *_EXECUTION_CODES,
    "AU401",
    "AU402",
    "AU404",
)
"""The audit codes `published_self_evaluations` plants, each where it fires exactly."""


@st.composite
def published_self_evaluations(
    draw: st.DrawFn, *, consistent: bool | None = None
) -> tuple[SelfEvaluationReport, Counter[str]]:
    """Pairs `(report, expected)`: a published self-evaluation and the codes `audit` must find.

    The report is what `SelfEvaluationReport.from_evaluation` files for a project of
    [`scorable_projects`][perfindicator.strategies.scorable_projects] scored under the 10号
    scheme (with actuals of [`project_actuals`][perfindicator.strategies.project_actuals],
    qualitative ones at the rules' default share, and a budget execution or none), with a
    deviation note on every line that needs one, in the forms' own variations: a grade in
    long form (`优秀`, `合格`), the rate to 0, 1 or 2 places, deductions (扣减分数) within
    the raw scores, subtotal rows (小计), or the 四川 layout (调整后预算数, a reason below a
    rate of 90%). `consistent=True` draws these alone, and `expected` is empty; with
    `consistent=False` one to three discrepancies are planted, each on a line of its own
    (one of the points, of the execution row and of the total at most), and `expected`
    counts the codes `audit(report)` must find, no more, no fewer; `None` draws either.

    Planted (`PLANTABLE_CODES`), the total and grade following the printed parts unless
    they are what is planted: a quantitative line scored above the rule, at most full
    points (AU101), below it (AU102 note), or outside 0 to its points (AU103); a
    `达成年度指标` line scored below its band (AU104); a score, an actual or a target left
    empty (AU105, AU106, AU107); a met quantitative line's actual in words (AU108 note); a
    deviation note left out (AU109); a deduction outside 0 to the raw score (AU110); a
    name given twice (AU111); a line's points left out (AU112, and AU201 for its label), a
    label's points misprinted (AU201), a met line's points and score moved with its label
    (AU202), points negative or finer than cents (AU203, AU201, AU202); the rate
    misprinted (AU301), the execution score misprinted (AU302), above its points (AU303),
    a budget or executed amount left empty (AU304), a 四川 rate below 90% without a reason
    (AU305), the other budget column (AU306 note), the score in whole points (AU307
    note); the total misprinted (AU401), a wrong grade or words that are no grade (AU402),
    no total (AU403); a subtotal misprinted (AU404).

    Shrinks toward the consistent report of the smallest project (three lines, no budget);
    with `consistent=False`, toward that report with no total printed (AU403).

    Examples:
        >>> from collections import Counter
        >>> from hypothesis import given, settings
        >>> from perfindicator import audit
        >>> @settings(max_examples=10)
        ... @given(published_self_evaluations())
        ... def check(case):
        ...     report, expected = case
        ...     assert Counter(d.code for d in audit(report).discrepancies) == expected
        >>> check()
    """
    project = draw(scorable_projects(max_indicators=8))
    drawn = draw(project_actuals(project))
    # A fraction inside an outcome's band is not printed: the default share is what a
    # reader of the form can recompute.
    actuals = {
        name: Judgement(outcome=value.outcome) if isinstance(value, Judgement) else value
        for name, value in drawn.items()
    }
    budget = draw(st.none() | budget_executions())
    result = self_evaluate(project, actuals, budget=budget)
    notes = {
        line.indicator.name: draw(_names())
        for line in result.lines
        if line.evaluation.note_required
    }
    report = SelfEvaluationReport.from_evaluation(project, result, budget=budget, notes=notes)
    if budget is not None:
        row = report.execution[0]
        rate = quotient(
            product(budget.executed, Decimal(100)), budget.budget, draw(st.integers(0, 2))
        )
        row = attrs.evolve(row, rate=rate)
        if draw(st.booleans()):  # 四川: the adjusted budget, a reason below 90%
            short = budget.executed < product(Decimal("0.9"), budget.budget)
            row = attrs.evolve(row, reason=draw(_names()) if short else "")
            report = attrs.evolve(report, layout=ReportLayout.SICHUAN, adjusted=True)
        report = attrs.evolve(report, execution=(row,))
    draft = _Draft(report, result)
    planted = draw(st.booleans()) if consistent is None else not consistent
    codes = (
        draw(st.lists(st.sampled_from(PLANTABLE_CODES), min_size=1, max_size=3)) if planted else []
    )
    for code in codes:
        if code in _LINE_CODES:
            _line_plant(draw, draft, code)
        elif code == "AU111" and "names" not in draft.groups:
            draft.groups.add("names")
            k, j = draw(st.sampled_from(list(itertools.permutations(range(len(draft.lines)), 2))))
            draft.lines[k] = attrs.evolve(draft.lines[k], name=draft.lines[j].name)
            draft.codes[code] += 1
        elif (
            code in _POINTS_CODES
            and "points" not in draft.groups
            and _points_plant(draw, draft, code)
        ):
            draft.groups.add("points")
        elif (
            code in _EXECUTION_CODES
            and "execution" not in draft.groups
            and _execution_plant(draw, draft, code)
        ):
            draft.groups.add("execution")
    if draw(st.booleans()):  # a 扣减分数 column: deductions within the untouched lines' scores
        for k in sorted(draft.free):
            score = draft.lines[k].score
            assert score is not None
            cut = _scaled(draw(st.integers(0, int(score * 100))), places=2)
            draft.lines[k] = attrs.evolve(draft.lines[k], deduction=cut)
    total = draft.total()
    draft.report = attrs.evolve(
        draft.report, lines=tuple(draft.lines), total=total, grade_text=_grade_of(draw, total)
    )
    # Subtotals name their lines: a name given twice would make them ambiguous.
    misprinted = "AU404" in codes and "names" not in draft.groups
    if misprinted or ("names" not in draft.groups and draw(st.booleans())):
        subtotals = list(_subtotals(draw, draft))
        if misprinted:
            at = draw(st.integers(0, len(subtotals) - 1))
            field = draw(st.sampled_from(["points", "score"]))
            wrong = getattr(subtotals[at], field) + _off_by(draw, _BEYOND)
            subtotals[at] = attrs.evolve(subtotals[at], **{field: wrong})
            draft.codes["AU404"] += 1
        draft.report = attrs.evolve(draft.report, subtotals=tuple(subtotals))
    chosen = [code for code in codes if code in _TOTAL_CODES]
    if chosen or (planted and not draft.codes):
        _total_plant(draw, draft, chosen[0] if chosen else "AU403")
    return draft.report, draft.codes
