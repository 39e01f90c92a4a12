"""Self-evaluation of whole projects: weights, points, execution, grade and error reporting."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from decimal import Decimal

import pytest

from perfindicator import (
    BudgetExecution,
    FieldError,
    Grade,
    Indicator,
    Level1,
    Level2,
    Project,
    SelfEvaluationError,
    Weights,
    parse_target,
    self_evaluate,
)

from .seed import PROJECT_1, Row

D = Decimal


def build(rows: Sequence[Row], name: str = "12348公共法律服务平台政府购买法律咨询服务") -> Project:
    return Project(
        name=name,
        year=2022,
        start=datetime.date(2022, 1, 1),
        end=datetime.date(2022, 12, 31),
        indicators=tuple(
            Indicator(level2=l2, name=n, target=None if t is None else parse_target(t))
            for l2, n, t in rows
        ),
    )


# Project 1 with its one empty target filled in, and actuals that meet every target.
ROWS = [(l2, n, "及时" if t is None else t) for l2, n, t in PROJECT_1]
MET = {
    "法律咨询接通率": "96.5%",
    "值班人员到位率": "100%",
    "12348上海法律服务网案例数": "520条",
    "在线接答率": "95.2%",
    "案例制作验收通过率": "100%",
    "法律咨询致命错误率": "1.2%",
    "案例制作完成及时性": "及时",
    "留言接答及时性": "及时",
    "组织培训律师及时性": "已完成",
    "公共法律服务社会公众知晓度": "提升",
    "公共法律服务测评覆盖率": "提升",
    "网络值班人员管理制度": "完善",
    "公共法律服务运行管理机制": "完善",
    "网络值班人员满意度": "88%",
    "群众满意度": "91%",
}
BUDGET = BudgetExecution(budget=D(15399720), executed=D(15000000))


def test_default_points_share_each_weight_in_cents() -> None:
    result = self_evaluate(build(ROWS), MET, budget=BUDGET)
    points = [line.points for line in result.lines]
    # 产出 50 over 9 indicators: 5,000 cents = 9 × 555 + 5, the odd cents to the first five.
    assert points[:9] == [D("5.56")] * 5 + [D("5.55")] * 4
    assert points[9:13] == [D("7.50")] * 4  # 效益 30 over 4
    assert points[13:] == [D("5.00")] * 2  # 满意度 10 over 2
    assert sum(points) == 90


def test_all_met_scores_the_weights_plus_execution() -> None:
    result = self_evaluate(build(ROWS), MET, budget=BUDGET)
    assert all(line.met and line.score == line.points for line in result.lines)
    assert [(s.level1, s.score) for s in result.subtotals] == [
        (Level1.OUTPUT, D(50)),
        (Level1.BENEFIT, D(30)),
        (Level1.SATISFACTION, D(10)),
    ]
    # 10 × 15,000,000 / 15,399,720 = 9.7404… → 9.74
    assert result.execution_score == D("9.74")
    assert result.total == D("99.74")
    assert result.grade is Grade.EXCELLENT


def test_shortfalls_lower_the_total() -> None:
    actuals = MET | {
        "法律咨询接通率": "76%",
        "群众满意度": "80%",
        "网络值班人员管理制度": "基本完成",
    }
    result = self_evaluate(build(ROWS), actuals, budget=BUDGET)
    by_name = {line.indicator.name: line for line in result.lines}
    assert by_name["法律咨询接通率"].score == D("4.45")  # 5.56 × 76 / 95 = 4.448
    assert by_name["群众满意度"].score == D("4.71")  # 5.00 × 80 / 85 = 4.705…
    assert by_name["网络值班人员管理制度"].score == D("5.25")  # 7.50 × 70%
    assert all(by_name[n].note_required for n in ("法律咨询接通率", "群众满意度"))
    assert result.total == D("99.74") - (D("5.56") - D("4.45")) - (D(5) - D("4.71")) - (
        D("7.50") - D("5.25")
    )


def test_grades() -> None:
    assert [Grade.of(D(t)) for t in ("90", "89.99", "80", "60", "59.99")] == [
        Grade.EXCELLENT,
        Grade.GOOD,
        Grade.GOOD,
        Grade.FAIR,
        Grade.POOR,
    ]


def test_without_a_budget_there_is_no_grade() -> None:
    result = self_evaluate(build(ROWS), MET)
    assert result.execution_score is None
    assert result.total == 90
    assert result.grade is None


def test_execution_is_capped() -> None:
    assert BudgetExecution(budget=D(100), executed=D(120)).score() == D(10)
    with pytest.raises(FieldError, match="zero budget"):
        BudgetExecution(budget=D(0), executed=D(0))


def test_explicit_points_must_add_up() -> None:
    points = {name: D("5.00") for _, name, _ in ROWS}
    with pytest.raises(SelfEvaluationError) as caught:
        self_evaluate(build(ROWS), MET, points=points)
    problems = [f"{p.subject}: {p.message_en}" for p in caught.value.problems]
    assert "产出指标: points add up to 45.00, the weight is 50" in problems
    assert "效益指标: points add up to 20.00, the weight is 30" in problems
    assert len(problems) == 2


def test_every_problem_is_reported_at_once() -> None:
    rows = [*PROJECT_1, (Level2.QUANTITY, "法律咨询接通率", ">=90%")]
    actuals = {k: v for k, v in MET.items() if k != "群众满意度"} | {"不存在的指标": "1次"}
    actuals["在线接答率"] = "96条"
    with pytest.raises(SelfEvaluationError) as caught:
        self_evaluate(build(rows), actuals)
    problems = [f"{p.subject}: {p.message_en}" for p in caught.value.problems]
    assert problems[0] == "法律咨询接通率: 2 indicators have this name"
    assert "不存在的指标: an actual is given, but no indicator has this name" in problems
    assert (
        "案例制作完成及时性: the form gives no target to evaluate against; supply one in targets="
        in problems
    )
    assert "群众满意度: no actual value given" in problems
    assert any(p.startswith("在线接答率: units '条' and '%'") for p in problems)
    assert len(problems) == 5
    assert "5 problems" in str(caught.value)


def test_a_weight_without_indicators_is_a_problem() -> None:
    rows = [r for r in ROWS if r[0] is not Level2.SATISFACTION]
    with pytest.raises(SelfEvaluationError, match="满意度指标: no indicators to carry its 10"):
        self_evaluate(build(rows), MET)


def test_cost_weight_of_its_own() -> None:
    rows = [*ROWS, (Level2.ECONOMIC_COST, "项目成本", "≤1540万元")]
    weights = Weights(output=D(40), cost=D(10))
    result = self_evaluate(build(rows), MET | {"项目成本": "1500万元"}, weights=weights)
    assert [s.level1 for s in result.subtotals][-1] is Level1.COST
    assert result.lines[-1].points == D(10)
    with pytest.raises(FieldError, match="add up to 100"):
        Weights(cost=D(10))


def test_targets_fill_empty_cells_only() -> None:
    filled = self_evaluate(
        build(PROJECT_1), MET, targets={"案例制作完成及时性": parse_target("及时")}
    )
    line = next(ln for ln in filled.lines if ln.indicator.name == "案例制作完成及时性")
    assert str(line.indicator.target) == "及时"
    with pytest.raises(SelfEvaluationError, match="already gives >=95%"):
        self_evaluate(build(ROWS), MET, targets={"法律咨询接通率": parse_target(">=90%")})


def test_the_result_keeps_its_weights() -> None:
    weights = Weights(output=D(40), benefit=D(30), satisfaction=D(10), execution=D(20))
    result = self_evaluate(build(ROWS), MET, budget=BUDGET, weights=weights)
    assert result.weights == weights
    # 20 × 15,000,000 / 15,399,720 = 19.4808… → 19.48; the lines share 80 points.
    assert result.execution_score == D("19.48")
    assert result.total == D("99.48")
    assert self_evaluate(build(ROWS), MET).weights == Weights()


def test_targets_may_be_given_as_text() -> None:
    filled = self_evaluate(build(PROJECT_1), MET, targets={"案例制作完成及时性": "及时"})
    line = next(ln for ln in filled.lines if ln.indicator.name == "案例制作完成及时性")
    assert line.indicator.target == parse_target("及时")
    with pytest.raises(SelfEvaluationError) as caught:
        self_evaluate(build(PROJECT_1), MET, targets={"案例制作完成及时性": ">=abc%"})
    (problem,) = caught.value.problems
    assert problem.subject == "案例制作完成及时性"
    assert problem.code == "target"


def test_points_may_be_ints() -> None:
    rows = [r for r in ROWS if r[0] in (Level2.QUANTITY, Level2.SOCIAL, Level2.SATISFACTION)]
    # 产出 50 over 3 quantity rows, 效益 30 over 2 social rows, 满意度 10 over 2.
    names = [n for _, n, _ in rows]
    points = dict(zip(names, [20, 15, 15, 15, 15, 5, 5], strict=True))
    result = self_evaluate(build(rows), {n: MET[n] for n in names}, points=points)
    assert [line.points for line in result.lines] == [D(p) for p in points.values()]
    assert result.total == 90


def test_relative_deadlines_take_the_events_dates() -> None:
    import datetime

    from perfindicator import (
        Indicator,
        Level2,
        Project,
        SelfEvaluationError,
        Weights,
        parse_target,
        self_evaluate,
    )

    project = Project(
        name="示例",
        year=2024,
        indicators=(
            Indicator(
                level2=Level2.TIMELINESS, name="交付时间", target=parse_target("合同签订后30日内")
            ),
        ),
    )
    only_output = Weights(output=90, benefit=0, satisfaction=0)
    # Signed 1 June: due by 1 July (the day of signing not counted).
    signed = {"合同签订": datetime.date(2024, 6, 1)}
    on_time = self_evaluate(project, {"交付时间": "2024-07-01"}, weights=only_output, events=signed)
    assert on_time.lines[0].score == Decimal("90.00")
    late = self_evaluate(project, {"交付时间": "2024-07-02"}, weights=only_output, events=signed)
    assert late.lines[0].score == Decimal("0.00")
    with pytest.raises(SelfEvaluationError, match="合同签订"):
        self_evaluate(project, {"交付时间": "2024-07-01"}, weights=only_output)
