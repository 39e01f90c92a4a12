"""`monitor` on drawn projects and progress: the lights follow the rules (issue #17, point 5).

Beside the hand-written cases of test_monitoring.py: projects of `scorable_projects`, the
progress of `monitoring_progress` or actuals of `project_actuals`, on any day of the year.
Expected lights come from the rules of docs/explanation/monitoring.md, not from `monitor`:

- every indicator gets a line and a light; the project's light is the worst of its lines,
  red, yellow, green, blue in that order (`goalwarn`);
- a value that already meets the full-year target is never red or yellow: its attainment
  (value over the target, or over the target pro-rated by time progress, at most 1) is at
  least 1; only a target lit by the bands with no ceiling (higher-is-better, a schedule)
  can show blue: a range is "never better than green";
- a lower-is-better target exceeded is red; a qualitative target partly achieved is yellow,
  not achieved red.
"""

from __future__ import annotations

import datetime
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from perfindicator import Judgement, Outcome, Project
from perfindicator.model.targets import Comparison, Op, Qualitative, Schedule
from perfindicator.reports.lights import Light, MonitoringRules
from perfindicator.reports.monitoring import monitor
from perfindicator.strategies import (
    monitoring_progress,
    monitoring_rules,
    project_actuals,
    scorable_projects,
)

_SEVERITY = [Light.RED, Light.YELLOW, Light.GREEN, Light.BLUE]


def _day(data: st.DataObject, project: Project) -> datetime.date:
    year = project.year
    return data.draw(st.dates(datetime.date(year, 1, 1), datetime.date(year, 12, 31)))


def _so_far(actuals: dict[str, Any], on: datetime.date) -> dict[str, Any]:
    # A completion date after the day the data covers is not reached yet: not done.
    return {
        name: None if isinstance(value, datetime.date) and value > on else value
        for name, value in actuals.items()
    }


@settings(max_examples=50)
@given(st.data(), scorable_projects(max_indicators=8), monitoring_rules())
def test_every_indicator_is_lit_and_the_project_shows_the_worst(
    data: st.DataObject, project: Project, rules: MonitoringRules
) -> None:
    on = _day(data, project)
    result = monitor(
        project, data.draw(monitoring_progress(project, on=on, rules=rules)), on=on, rules=rules
    )
    assert [line.indicator for line in result.lines] == list(project.indicators)
    lights = [line.light for line in result.lines]
    assert result.light is min(lights, key=_SEVERITY.index)


def _can_show_blue(target: object) -> bool:
    # Lit by the bands, with nothing above green to stop at: blue flags over-achievement.
    if isinstance(target, Schedule):
        return True
    higher = (Op.GE, Op.GT)
    return isinstance(target, Comparison) and (
        target.op in higher or (target.op is Op.EQ and target.quantity.value > 0)
    )


@settings(max_examples=50)
@given(st.data(), scorable_projects(max_indicators=8))
def test_a_target_already_met_is_never_red_or_yellow(data: st.DataObject, project: Project) -> None:
    on = _day(data, project)
    actuals = data.draw(project_actuals(project, met=True))
    result = monitor(project, _so_far(actuals, on), on=on)
    for line in result.lines:
        if _can_show_blue(line.indicator.target):
            assert line.light in (Light.GREEN, Light.BLUE), line
        else:
            assert line.light is Light.GREEN, line


@settings(max_examples=50)
@given(st.data(), scorable_projects(max_indicators=8, kinds=[Comparison, Qualitative]))
def test_an_exceeded_ceiling_is_red_and_a_judgement_shows_its_outcome(
    data: st.DataObject, project: Project
) -> None:
    on = _day(data, project)
    actuals = data.draw(project_actuals(project, met=False))
    result = monitor(project, actuals, on=on)
    for line in result.lines:
        target, actual = line.indicator.target, actuals[line.indicator.name]
        if isinstance(target, Comparison) and target.op in (Op.LE, Op.LT):
            assert line.light is Light.RED, line
        elif isinstance(target, Comparison) and target.op is Op.EQ and target.quantity.value == 0:
            assert line.light is Light.RED, line  # `=0次` missed: more than none
        elif isinstance(actual, Judgement):
            expected = {Outcome.PARTLY_ACHIEVED: Light.YELLOW, Outcome.NOT_ACHIEVED: Light.RED}
            assert line.light is expected[actual.outcome], line
