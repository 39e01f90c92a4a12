"""Strategies for published documents as the readers return them, line by line."""

from __future__ import annotations

import functools
from decimal import Decimal

import attrs
from hypothesis import strategies as st

from perfindicator.documents.monitoring_report import (
    BudgetLine,
    MonitoredIndicator,
    MonitoringReport,
)
from perfindicator.documents.selfeval_report import (
    ExecutionLine,
    PointsLabel,
    ReportedIndicator,
    ReportedSubtotal,
)
from perfindicator.model.categories import Level1, Level2
from perfindicator.model.outcomes import Outcome
from perfindicator.model.project import LabelledText
from perfindicator.model.targets import Target
from perfindicator.reports.monitoring import Likelihood
from perfindicator.scoring.evaluate import actual_text
from perfindicator.strategies.actuals import actuals_for
from perfindicator.strategies.declarations import _names, _texts
from perfindicator.strategies.diagnostics import places
from perfindicator.strategies.grammar import _values, target_texts
from perfindicator.strategies.workflows import SCORABLE_KINDS, _unique_names


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
