"""The public Hypothesis strategies generate valid values, and `st.from_type` finds them."""

from __future__ import annotations

import datetime
import subprocess
import sys
import textwrap
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from perfindicator import (
    BudgetExecution,
    Change,
    Comparison,
    DatePeriod,
    Deadline,
    Funding,
    Goals,
    Indicator,
    Judgement,
    Project,
    Qualitative,
    Quantity,
    Range,
    RelativeDeadline,
    Schedule,
    Target,
    TimeUnit,
    evaluate,
    from_json,
    to_json,
)
from perfindicator.strategies import (
    actuals_for,
    fundings,
    goals,
    indicators,
    projects,
    quantities,
    targets,
)


@given(fundings())
def test_fundings_add_up(funding: Funding) -> None:
    assert funding.total == (funding.fiscal or 0) + (funding.other or 0)
    parts = (funding.appropriation, funding.carryover, funding.annual_other)
    assert funding.annual_request == sum(p or 0 for p in parts)


@given(projects())
def test_projects_lie_in_their_budget_year(project: Project) -> None:
    assert project.start is not None
    assert project.end is not None
    assert project.start.year == project.end.year == project.year
    assert project.start <= project.end


_TARGET_KINDS = (
    Comparison,
    Range,
    Deadline,
    DatePeriod,
    RelativeDeadline,
    Schedule,
    Change,
    Qualitative,
)


@given(st.data())
def test_from_type_finds_every_public_type(data: st.DataObject) -> None:
    types: list[type] = [Quantity, *_TARGET_KINDS]
    for cls in [*types, Indicator, Funding, Goals, Project, Judgement, BudgetExecution]:
        assert isinstance(data.draw(st.from_type(cls)), cls)
    target = data.draw(st.from_type(Target))  # type: ignore[arg-type]
    assert isinstance(target, _TARGET_KINDS)


def test_from_type_works_in_a_fresh_interpreter() -> None:
    # The entry point, not this test suite's imports, must do the registering.
    script = textwrap.dedent(
        """
        from hypothesis import given, settings, strategies as st
        from perfindicator import Project

        @settings(max_examples=5)
        @given(st.from_type(Project))
        def check(project):
            assert isinstance(project, Project)

        check()
        print("ok")
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    assert result.stdout.strip() == "ok", result.stderr


def test_strategies_need_hypothesis() -> None:
    script = textwrap.dedent(
        """
        import sys
        sys.modules["hypothesis"] = None  # as if it were not installed
        try:
            import perfindicator.strategies
        except ImportError as error:
            print(error)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    assert "pip install 'perfindicator[hypothesis]'" in result.stdout, result.stderr


_ROUND_TRIPPED = [
    (quantities(), Quantity),
    (targets(), Target),
    (indicators(), Indicator),
    (fundings(), Funding),
    (goals(), Goals),
    (projects(max_indicators=4), Project),
]


@pytest.mark.parametrize(("strategy", "cls"), _ROUND_TRIPPED)
@given(data=st.data())
def test_strategy_output_round_trips_through_json(
    strategy: Any, cls: Any, data: st.DataObject
) -> None:
    value = data.draw(strategy)
    assert from_json(to_json(value), cls) == value


@given(st.data(), targets(), st.booleans())
def test_actuals_for_meets_or_misses_as_asked(
    data: st.DataObject, target: Target, met: bool
) -> None:
    baseline = None
    if isinstance(target, Change):
        unit = {"%": "", "个百分点": "%"}.get(target.amount.unit, target.amount.unit)
        baseline = data.draw(quantities(unit=st.just(unit), min_value=Decimal(1)))
    events = None
    if isinstance(target, RelativeDeadline):
        # Working days have no calendar date (no holiday calendar): nothing to draw.
        assume(target.unit is not TimeUnit.WORKING_DAY)
        events = {
            target.event: data.draw(st.dates(datetime.date(1990, 1, 1), datetime.date(2100, 1, 1)))
        }
    actual = data.draw(actuals_for(target, met=met, year=2022, baseline=baseline, events=events))
    assert evaluate(target, actual, baseline=baseline, year=2022, events=events).met is met


def test_targets_needs_a_kind() -> None:
    with pytest.raises(ValueError, match="at least one"):
        targets(kinds=[])
