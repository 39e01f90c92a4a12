"""The workflow strategies draw what the reports accept, and shrink as their docstrings say."""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import find, given, settings
from hypothesis import strategies as st

from perfindicator import (
    Change,
    Comparison,
    Evaluation,
    Indicator,
    Level1,
    Level2,
    Level2Points,
    Monitoring,
    MonitoringReport,
    Outcome,
    Project,
    Quantity,
    Range,
    RelativeDeadline,
    Schedule,
    ScoringRules,
    ScoringScheme,
    SelfEvaluation,
    SelfEvaluationReport,
    Weights,
    evaluate,
    from_json,
    monitor,
    parse_target,
    self_evaluate,
    to_json,
)
from perfindicator.reports.scheme import CENTRAL_10, CENTRAL_10_LEVEL2, HUBEI_2020
from perfindicator.scoring.rules import DEFAULT_RULES
from perfindicator.strategies import (
    SCORABLE_KINDS,
    audits,
    display_tables,
    evaluations,
    findings,
    grids,
    monitoring_progress,
    monitoring_reports,
    monitorings,
    project_actuals,
    scorable_projects,
    scoring_schemes,
    self_evaluation_reports,
    self_evaluations,
    sheets,
)

# The 10号 scheme's weights, by group: 产出 50, 效益 30, 满意度 10, execution 10.
_GROUPS = {Level1.OUTPUT: 50, Level1.BENEFIT: 30, Level1.SATISFACTION: 10}


@given(st.data())
def test_self_evaluate_accepts_every_drawn_project_and_actuals(data: st.DataObject) -> None:
    scheme = data.draw(scoring_schemes(blocks=False), label="scheme")
    project = data.draw(scorable_projects(scheme=scheme), label="project")
    actuals = data.draw(project_actuals(project), label="actuals")
    result = self_evaluate(project, actuals, scheme=scheme)
    assert [line.indicator for line in result.lines] == list(project.indicators)
    # Every weight is carried, so the lines share all the points but the execution's.
    assert sum(line.points for line in result.lines) == 100 - scheme.weights.execution


@pytest.mark.parametrize("met", [True, False])
@given(data=st.data())
def test_project_actuals_meet_or_miss_every_target_as_asked(met: bool, data: st.DataObject) -> None:
    project = data.draw(scorable_projects(max_indicators=8))
    result = self_evaluate(project, data.draw(project_actuals(project, met=met)))
    assert all(line.met is met for line in result.lines)
    if met:
        # Every line earns its points: 50 + 30 + 10 of the 10号 weights.
        assert result.total == 90


@given(scorable_projects())
def test_scorable_projects_carry_every_weight_of_the_default_scheme(project: Project) -> None:
    names = [indicator.name for indicator in project.indicators]
    assert len(set(names)) == len(names)
    assert all(isinstance(i.target, SCORABLE_KINDS) for i in project.indicators)
    # 成本指标 indicators share the 产出 weight when cost has no weight of its own.
    groups = {Weights().group(i.level1) for i in project.indicators}
    assert groups == set(_GROUPS)


@given(scorable_projects(scheme=CENTRAL_10_LEVEL2))
def test_scorable_projects_carry_level2_points(project: Project) -> None:
    # 数量 20, 质量 10, 时效 10, 成本 10 (the import template's header), each carried.
    level2s = {indicator.level2 for indicator in project.indicators}
    assert {Level2.QUANTITY, Level2.QUALITY, Level2.TIMELINESS, Level2.COST} <= level2s


@given(st.data())
def test_monitor_accepts_every_drawn_progress(data: st.DataObject) -> None:
    project = data.draw(scorable_projects(kinds=[Comparison, Range, Schedule]), label="p")
    day = data.draw(
        st.dates(datetime.date(project.year, 1, 1), datetime.date(project.year, 12, 31))
    )
    progress = data.draw(monitoring_progress(project, on=day))
    result = monitor(project, progress, on=day)
    assert [line.indicator for line in result.lines] == list(project.indicators)


def test_monitoring_progress_gives_a_change_its_baseline() -> None:
    project = Project(
        name="示例",
        year=2024,
        indicators=(
            Indicator(level2=Level2.ECONOMIC, name="收入", target=parse_target("同比增长10%")),
        ),
    )
    on = datetime.date(2024, 6, 30)
    progress = find(monitoring_progress(project, on=on), lambda p: True)
    assert isinstance(progress["收入"].baseline, Quantity)
    (line,) = monitor(project, progress, on=on).lines
    assert line.indicator.name == "收入"


def test_scorable_projects_shrink_to_one_indicator_per_weight() -> None:
    project = find(scorable_projects(), lambda p: True)
    # The 10号 weights need an 产出 (or 成本), an 效益 and a 满意度 indicator, in that order.
    groups = [Weights().group(i.level1) for i in project.indicators]
    assert groups == [Level1.OUTPUT, Level1.BENEFIT, Level1.SATISFACTION]


def test_project_actuals_shrink_to_actuals_at_their_targets() -> None:
    project = Project(
        name="示例",
        year=2022,
        indicators=(
            Indicator(level2=Level2.QUANTITY, name="培训人次", target=parse_target(">=100人次")),
            Indicator(level2=Level2.QUALITY, name="合格率", target=parse_target("90%~100%")),
        ),
    )
    actuals = find(project_actuals(project, met=True), lambda a: True)
    assert actuals == {
        "培训人次": Quantity(value=Decimal(100), unit="人次"),
        "合格率": Quantity(value=Decimal(90), unit="%"),
    }


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: scorable_projects(scheme=HUBEI_2020), "points="),
        (lambda: scorable_projects(kinds=[Change]), "kinds must be some of"),
        (lambda: scorable_projects(kinds=[RelativeDeadline]), "kinds must be some of"),
        (lambda: scorable_projects(max_indicators=2), "needs 3 indicators"),
        (
            lambda: scorable_projects(
                scheme=ScoringScheme(
                    # 满意度 has one level-2 category: listed with 5 of its 10 points,
                    # nothing can carry the other 5.
                    level2=(Level2Points(level2=Level2.SATISFACTION, points=5),)
                )
            ),
            "no project can carry",
        ),
    ],
)
def test_workflow_strategies_refuse_what_cannot_be_drawn(call: Any, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        call()


def _twice() -> Project:
    indicator = Indicator(level2=Level2.QUANTITY, name="培训人次", target=parse_target(">=1次"))
    return Project(name="示例", year=2022, indicators=(indicator, indicator))


def test_actuals_need_unique_names_and_targets() -> None:
    with pytest.raises(ValueError, match="unique indicator names"):
        project_actuals(_twice())
    untargeted = Project(
        name="示例",
        year=2022,
        indicators=(Indicator(level2=Level2.QUALITY, name="x", target=None),),
    )
    with pytest.raises(ValueError, match="cannot draw an actual"):
        project_actuals(untargeted)
    with pytest.raises(ValueError, match="cannot draw an actual"):
        monitoring_progress(untargeted, on=datetime.date(2022, 1, 1))
    targeted = Project(name="示例", year=2022, indicators=_twice().indicators[:1])
    with pytest.raises(ValueError, match="budget year 2022"):
        monitoring_progress(targeted, on=datetime.date(2023, 1, 1))


# Results drawn by the library's own workflows read back from JSON: JSON reading checks
# every total and share against what scoring would have said. Under the default rules only:
# see the test below.
_RESULTS = [
    (evaluations(rules=DEFAULT_RULES), Evaluation),
    (self_evaluations(scheme=CENTRAL_10), SelfEvaluation),
    (self_evaluation_reports(), SelfEvaluationReport),
    (monitorings(), Monitoring),
    (monitoring_reports(), MonitoringReport),
]


@pytest.mark.parametrize(("strategy", "cls"), _RESULTS)
@settings(max_examples=30)
@given(data=st.data())
def test_drawn_results_read_back_from_json(strategy: Any, cls: Any, data: st.DataObject) -> None:
    value = data.draw(strategy)
    assert from_json(to_json(value), cls) == value


def test_an_evaluation_under_other_rules_reads_back_from_json() -> None:
    # An achieved outcome earns 0.9 of the points under these rules (within 0.8–1).
    rules = ScoringRules(achieved=Decimal("0.9"))
    evaluation = evaluate("及时", Outcome.ACHIEVED, rules=rules)
    assert evaluation.score(10) == Decimal("9.00")
    assert from_json(to_json(evaluation), Evaluation) == evaluation


@given(self_evaluations(scheme=CENTRAL_10))
def test_self_evaluations_are_graded_only_with_a_budget(result: SelfEvaluation) -> None:
    assert (result.grade is None) == (result.execution_score is None)


# Drawn at Hypothesis' default settings (but the deadline, which measures the machine), with
# every health check on and warnings as errors: no filter_too_much, too_slow or
# large_base_example for a user who adds nothing.
_AT_DEFAULT_SETTINGS = [
    pytest.param(scorable_projects(), id="scorable_projects"),
    pytest.param(scorable_projects().flatmap(project_actuals), id="project_actuals"),
    pytest.param(evaluations(), id="evaluations"),
    pytest.param(self_evaluations(), id="self_evaluations"),
    pytest.param(self_evaluation_reports(), id="self_evaluation_reports"),
    pytest.param(audits(), id="audits"),
    pytest.param(monitorings(), id="monitorings"),
    pytest.param(monitoring_reports(), id="monitoring_reports"),
    pytest.param(scoring_schemes(), id="scoring_schemes"),
    pytest.param(findings(), id="findings"),
    pytest.param(grids(), id="grids"),
    pytest.param(sheets(), id="sheets"),
    pytest.param(display_tables(), id="display_tables"),
]


@pytest.mark.filterwarnings("error")
@pytest.mark.parametrize("strategy", _AT_DEFAULT_SETTINGS)
def test_strategies_pass_every_health_check(strategy: st.SearchStrategy[Any]) -> None:
    drawn = []

    @settings(settings.get_profile("default"), deadline=None, database=None)
    @given(strategy)
    def draw(value: object) -> None:
        drawn.append(value)

    draw()
    assert drawn
