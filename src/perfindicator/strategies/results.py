"""Strategies for results, computed by the library from drawn inputs.

Evaluations, self-evaluations and their reports, audits, monitorings and findings: never
filled in field by field.
"""

from __future__ import annotations

import datetime
from collections.abc import Collection
from decimal import Decimal

import attrs
from hypothesis import strategies as st

from perfindicator.audits.audit import Audit, AuditedLine, audit
from perfindicator.audits.discrepancies import CODES, Discrepancy
from perfindicator.documents.selfeval_report import SelfEvaluationReport
from perfindicator.model.categories import Level2
from perfindicator.model.project import Project
from perfindicator.model.targets import Change, RelativeDeadline, TargetKind, TimeUnit
from perfindicator.reports.budget import BudgetExecution
from perfindicator.reports.lights import DEVIATION_CAUSES, MonitoringRules
from perfindicator.reports.lint import Findings, lint
from perfindicator.reports.monitoring import Monitoring, MonitoringLine, Progress, monitor
from perfindicator.reports.scheme import CENTRAL_10, ScoringScheme
from perfindicator.reports.selfeval import ScoredIndicator, SelfEvaluation, Subtotal, self_evaluate
from perfindicator.scoring.evaluate import Evaluation, evaluate
from perfindicator.scoring.rules import ScoringRules
from perfindicator.strategies.actuals import actuals_for, budget_executions
from perfindicator.strategies.declarations import _names, _project, _texts, projects
from perfindicator.strategies.diagnostics import _english, places
from perfindicator.strategies.grammar import ALL_KINDS, _values, targets
from perfindicator.strategies.settings import (
    lint_rules,
    monitoring_rules,
    scoring_rules,
    scoring_schemes,
)
from perfindicator.strategies.workflows import (
    _MONITORABLE_KINDS,
    _baselines,
    _progress,
    _targeted_indicators,
    monitoring_progress,
    project_actuals,
    scorable_projects,
)


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
