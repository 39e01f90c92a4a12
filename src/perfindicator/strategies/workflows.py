"""Workflow strategies: projects the reports accept, and the inputs they are given."""

from __future__ import annotations

import datetime
from collections.abc import Collection
from decimal import Decimal

from hypothesis import strategies as st

from perfindicator._exact import difference, exact_sum
from perfindicator.model.categories import Level1, Level2
from perfindicator.model.project import Indicator, Project
from perfindicator.model.quantity import Quantity
from perfindicator.model.targets import (
    Change,
    Comparison,
    DatePeriod,
    Deadline,
    Qualitative,
    Range,
    Schedule,
    Target,
    TargetKind,
)
from perfindicator.reports.lights import MonitoringRules
from perfindicator.reports.monitoring import Likelihood, Progress
from perfindicator.reports.scheme import CENTRAL_10, ScoringScheme
from perfindicator.scoring.evaluate import Actual
from perfindicator.strategies.actuals import actuals_for
from perfindicator.strategies.declarations import _names, _project, _texts
from perfindicator.strategies.grammar import quantities, targets

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
