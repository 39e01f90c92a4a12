"""Reliability of the reports (issue 11): exact sums (family 9), checked arguments and results
(families 8 and 10), and the one input-checking step the reports share."""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from perfindicator import (
    BudgetExecution,
    Funding,
    Grade,
    Indicator,
    Level1,
    Level2,
    LintRules,
    PerfIndicatorError,
    Project,
    ScoredIndicator,
    SelfEvaluation,
    SelfEvaluationError,
    Subtotal,
    Weights,
    from_dict,
    lint,
    parse_target,
    self_evaluate,
    to_dict,
)
from perfindicator._exact import exact_sum
from perfindicator.errors import FieldError, FieldTypeError
from perfindicator.reports._given import check_given, duplicate_names

D = Decimal

INDICATORS = (
    Indicator(level2=Level2.QUANTITY, name="培训人次", target=parse_target(">=1000人次")),
    Indicator(level2=Level2.SOCIAL, name="知晓度", target=parse_target("提升")),
    Indicator(level2=Level2.SATISFACTION, name="满意度", target=parse_target(">=90%")),
)
ACTUALS = {"培训人次": "950人次", "知晓度": "基本达到", "满意度": "92%"}


def project(**fields: Any) -> Project:
    base: dict[str, Any] = {
        "name": "示例",
        "year": 2022,
        "start": datetime.date(2022, 1, 1),
        "end": datetime.date(2022, 12, 31),
        "indicators": INDICATORS,
    }
    return Project(**(base | fields))


def result() -> SelfEvaluation:
    # 培训人次 50 × 950/1000 = 47.50; 知晓度 30 × 0.7 (partly achieved) = 21.00;
    # 满意度 10; execution 10 × 98/100 = 9.80: total 88.30, grade 良.
    return self_evaluate(project(), ACTUALS, budget=BudgetExecution(budget=100, executed=98))


# Family 9: sums are exact.


def test_funding_sums_are_exact_beyond_28_digits() -> None:
    # 1E17 + 0.00000000001 rounds to 1E17 at the default 28 digits, hiding the extra amount.
    funding = Funding(total=D("1E17"), fiscal=D("1E17"), other=D("1E-11"))
    assert [f.code for f in lint(project(funding=funding))] == ["PI010"]
    annual = Funding(annual_request=D("1E17"), appropriation=D("1E17"), carryover=D("1E-11"))
    assert [f.code for f in lint(project(funding=annual))] == ["PI011"]


def test_funding_tolerance_is_a_setting() -> None:
    funding = Funding(total=D(100), fiscal=D(60), other=D("39.99"))  # 0.01 short
    p = project(funding=funding)
    assert [f.code for f in lint(p)] == ["PI010"]
    assert lint(p, rules=LintRules(funding_tolerance=D("0.01"))) == []
    assert [f.code for f in lint(p, rules=LintRules(funding_tolerance=D("0.009")))] == ["PI010"]


amounts = st.decimals(min_value=0, max_value=D("1E17"), places=2, allow_nan=False)


@given(fiscal=amounts, other=amounts)
def test_a_total_that_is_the_exact_sum_is_balanced(fiscal: Decimal, other: Decimal) -> None:
    # The exact sum in integer cents (Python ints never round); both amounts are whole cents.
    exact = sum(n * (100 // d) for n, d in (fiscal.as_integer_ratio(), other.as_integer_ratio()))
    total = D(f"{exact}E-2")  # from text: scaleb() would round to 28 digits
    balanced = Funding(total=total, fiscal=fiscal, other=other)
    assert lint(project(funding=balanced)) == []
    off = Funding(total=D(f"{exact + 1}E-2"), fiscal=fiscal, other=other)
    assert [f.code for f in lint(project(funding=off))] == ["PI010"]


def test_exact_sum() -> None:
    assert exact_sum([D("1E30"), D(1)]) - D("1E30") != 0
    assert exact_sum([D("1E30"), D(1)]).as_integer_ratio() == (10**30 + 1, 1)
    assert exact_sum([]) == 0


# Family 10: every argument is checked, and refused with the library's error naming it.


@pytest.mark.parametrize(
    ("argument", "value"),
    [
        ("actuals", ["950人次"]),
        ("actuals", None),
        ("points", [D(50), D(30), D(10)]),
        ("points", "50"),
        ("weights", "x"),
        ("weights", {"output": 50}),
        ("budget", {}),
        ("budget", D(100)),
        ("rules", "x"),
        ("rules", LintRules()),
        ("baselines", ["1"]),
        ("targets", "及时"),
        ("project", "示例"),
    ],
)
def test_self_evaluate_refuses_wrong_arguments(argument: str, value: object) -> None:
    arguments: dict[str, Any] = {"project": project(), "actuals": ACTUALS, argument: value}
    with pytest.raises(FieldTypeError) as caught:
        self_evaluate(**arguments)
    assert caught.value.field == argument
    assert caught.value.owner == "self_evaluate"


def test_mappings_keyed_by_something_else_than_names_are_refused() -> None:
    with pytest.raises(FieldTypeError) as caught:
        self_evaluate(project(), {**ACTUALS, 1: "x"})  # type: ignore[dict-item]
    assert caught.value.field == "actuals"


@pytest.mark.parametrize(
    ("value", "accepted"),
    [
        (D("50.00"), True),
        (50, True),
        (50.0, False),
        (True, False),
        ("50", False),
        (D("49.999"), False),
        (D(-1), False),
        (D("NaN"), False),
        (D("1E+999999999"), False),
    ],
)
def test_points_are_exact_numbers_in_cents(value: object, accepted: bool) -> None:
    points: dict[str, Any] = {"培训人次": value, "知晓度": D(30), "满意度": D(10)}
    if accepted:
        line = self_evaluate(project(), ACTUALS, points=points).lines[0]
        assert line.points == D(50)
        assert line.score == D("47.50")  # 50 × 950 / 1000
        return
    with pytest.raises(SelfEvaluationError) as caught:
        self_evaluate(project(), ACTUALS, points=points)
    subjects = [(p.subject, p.message_en.split()[0]) for p in caught.value.problems]
    assert ("培训人次", "points") in subjects


@pytest.mark.parametrize(
    ("weight", "error"),
    [
        (D(-1), FieldError),
        (D("0.001"), FieldError),
        (D("Infinity"), FieldError),
        (10.0, FieldTypeError),
        (True, FieldTypeError),
        ("10", FieldTypeError),
    ],
)
def test_execution_weight_is_checked(weight: object, error: type[Exception]) -> None:
    with pytest.raises(error) as caught:
        BudgetExecution(budget=100, executed=98).score(weight)  # type: ignore[arg-type]
    assert isinstance(caught.value, FieldError)
    assert caught.value.field == "weight"


def test_execution_weight_takes_ints_and_decimals() -> None:
    spent = BudgetExecution(budget=100, executed=98)
    # 20 × 98 / 100 = 19.60; capped at the weight when over-spent.
    assert spent.score(20) == spent.score(D(20)) == D("19.60")
    assert BudgetExecution(budget=100, executed=150).score(0) == 0


@pytest.mark.parametrize(
    ("fields", "field", "error"),
    [
        ({"budget": 1.5, "executed": 1}, "budget", FieldTypeError),
        ({"budget": 0, "executed": 0}, "budget", FieldError),
        ({"budget": 100, "executed": -1}, "executed", FieldError),
        ({"budget": 100, "executed": True}, "executed", FieldTypeError),
        ({"budget": D("1E+999999999"), "executed": 1}, "budget", FieldError),
    ],
)
def test_budget_execution_is_checked(
    fields: dict[str, Any], field: str, error: type[Exception]
) -> None:
    with pytest.raises(error) as caught:
        BudgetExecution(**fields)
    assert isinstance(caught.value, FieldError)
    assert caught.value.field == field


@pytest.mark.parametrize(
    ("total", "error"),
    [
        (D("NaN"), FieldError),
        (D("-Infinity"), FieldError),
        (D("100.01"), FieldError),
        (D(-1), FieldError),
        (90.0, FieldTypeError),
        (True, FieldTypeError),
        ("90", FieldTypeError),
    ],
)
def test_grade_of_refuses_what_is_not_a_total(total: object, error: type[Exception]) -> None:
    with pytest.raises(error) as caught:
        Grade.of(total)  # type: ignore[arg-type]
    assert isinstance(caught.value, FieldError)
    assert caught.value.field == "total"


@given(st.integers(min_value=0, max_value=10000))
def test_grades_follow_the_bands(cents: int) -> None:
    total = D(cents).scaleb(-2)
    expected = "优" if cents >= 9000 else "良" if cents >= 8000 else "中" if cents >= 6000 else "差"
    assert Grade.of(total).value == expected
    if cents % 100 == 0:
        assert Grade.of(cents // 100) is Grade.of(total)


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"output": 50.0}, "output"),
        ({"output": True}, "output"),
        ({"output": D("49.995"), "benefit": D("30.005")}, "output"),
        ({"output": D(-10), "benefit": D(90)}, "output"),
        ({"output": D(40)}, "cost"),  # adds up to 90
    ],
)
def test_weights_are_checked(fields: dict[str, Any], field: str) -> None:
    with pytest.raises(FieldError) as caught:
        Weights(**fields)
    assert caught.value.field == field


@given(st.lists(st.integers(min_value=0, max_value=10000), min_size=3, max_size=3))
def test_any_split_of_100_in_cents_is_a_weighting(cuts: list[int]) -> None:
    a, b, c = sorted(cuts)
    parts = [D(n).scaleb(-2) for n in (a, b - a, c - b, 10000 - c)]
    weights = Weights(output=parts[0], benefit=parts[1], satisfaction=parts[2], execution=parts[3])
    assert (
        exact_sum([weights.output, weights.benefit, weights.satisfaction, weights.execution]) == 100
    )


# Family 8: results are validated too.


def test_a_result_keeps_its_weights() -> None:
    weights = Weights(output=45, benefit=30, satisfaction=5, execution=20)
    scored = self_evaluate(
        project(), ACTUALS, weights=weights, budget=BudgetExecution(budget=100, executed=98)
    )
    assert scored.weights == weights
    assert scored.execution_score == D("19.60")  # 20 × 98 / 100


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"year": -1}, "year"),
        ({"year": 0}, "year"),
        ({"year": 2022.0}, "year"),
        ({"project": ""}, "project"),
        ({"project": 1}, "project"),
        ({"total": D("99.00")}, "weights"),  # not what the subtotals add up to
        ({"total": 88.3}, "total"),
        ({"grade": Grade.EXCELLENT}, "weights"),  # 88.30 is 良
        ({"grade": "良"}, "grade"),
        ({"execution_score": D("10.01")}, "weights"),  # more than its weight of 10
        ({"execution_score": None}, "weights"),  # then there is no grade and no 9.80
        ({"subtotals": ()}, "weights"),
        ({"lines": []}, "lines"),
        ({"lines": ("x",)}, "lines[0]"),
        ({"weights": "x"}, "weights"),
    ],
)
def test_a_self_evaluation_is_checked(change: dict[str, Any], field: str) -> None:
    scored = result()
    assert scored.total == D("88.30")
    assert scored.grade is Grade.GOOD
    with pytest.raises(FieldError) as caught:
        attrs.evolve(scored, **change)
    assert caught.value.field == field


def test_lines_and_subtotals_are_checked() -> None:
    line = result().lines[0]
    with pytest.raises(FieldError, match="score"):
        attrs.evolve(line, score=D("50.00"))  # 950/1000 of 50 is 47.50
    with pytest.raises(FieldError):
        attrs.evolve(line, points=D("0.001"))
    with pytest.raises(FieldError, match="another target"):
        attrs.evolve(line, indicator=INDICATORS[2])
    with pytest.raises(FieldTypeError):
        ScoredIndicator(indicator=line.indicator, evaluation="x", points=1, score=1)  # type: ignore[arg-type]
    with pytest.raises(FieldError, match="exceed"):
        Subtotal(level1=Level1.OUTPUT, points=D(10), score=D("10.01"))
    with pytest.raises(FieldTypeError):
        Subtotal(level1="产出指标", points=D(10), score=D(10))  # type: ignore[arg-type]


def test_a_tampered_result_is_refused_when_read_back() -> None:
    data = to_dict(result())
    assert from_dict(data, SelfEvaluation) == result()
    for key, value in (("year", -1), ("total", "99.00"), ("grade", "优")):
        with pytest.raises(PerfIndicatorError):
            from_dict(data | {key: value}, SelfEvaluation)


# The one input-checking step.


def test_duplicate_names_are_found_once_for_every_report() -> None:
    twice = project(indicators=(*INDICATORS, INDICATORS[0]))
    assert duplicate_names(twice.indicators) == {"培训人次": 2}
    (finding,) = [f for f in lint(twice) if f.code == "PI022"]
    with pytest.raises(SelfEvaluationError) as caught:
        self_evaluate(twice, ACTUALS)
    (problem,) = [p for p in caught.value.problems if "have this name" in p.message_en]
    assert finding.subject == problem.subject == "培训人次"
    assert "2 indicators" in finding.message_en
    assert "2 indicators" in problem.message_en


def test_check_given_records_what_was_given() -> None:
    empty = Indicator(level2=Level2.TIMELINESS, name="完成及时性", target=None)
    p = project(indicators=(*INDICATORS, empty))
    records, problems = check_given(
        p,
        "report",
        code="report",
        actuals={"培训人次": "950人次"},
        points={"培训人次": 50},
        baselines={"知晓度": "1"},
        targets={"完成及时性": "及时"},
    )
    # 知晓度's target (提升) is words, not a relative change: a baseline for it is a mix-up.
    assert [(p.subject, p.message_en) for p in problems] == [
        ("知晓度", "a baseline is given, but the target 提升 is not a relative change")
    ]
    assert [r.indicator.name for r in records] == ["培训人次", "知晓度", "满意度", "完成及时性"]
    assert [r.actual for r in records] == ["950人次", None, None, None]
    assert [r.points for r in records] == [D(50), None, None, None]
    assert [r.baseline for r in records] == [None, "1", None, None]
    assert [r.target_supplied for r in records] == [False, False, False, True]
    assert records[3].indicator.target == parse_target("及时")


def test_check_given_reports_every_problem_with_its_subject() -> None:
    empty = Indicator(level2=Level2.TIMELINESS, name="完成及时性", target=None)
    p = project(indicators=(*INDICATORS, empty))
    _, problems = check_given(
        p,
        "report",
        code="report",
        actuals={"无此指标": "1"},
        points={"培训人次": 1.5, "另一个": 1},
        baselines={"第三个": "1"},
        targets={"培训人次": ">=1人次", "完成及时性": ">=abc%"},
    )
    found = sorted((problem.subject, problem.code) for problem in problems)
    assert found == [
        ("另一个", "report"),
        ("培训人次", "report"),  # the form already gives a target
        ("培训人次", "report"),  # 1.5 is a float
        ("完成及时性", "target"),  # the supplied target does not parse
        ("无此指标", "report"),
        ("第三个", "report"),
    ]


def _tampered(change: str) -> dict[str, object]:
    from perfindicator import Project as P
    from perfindicator import Weights, self_evaluate, to_dict

    two = P(
        name="示例", year=2022, start=datetime.date(2022, 1, 1), end=datetime.date(2022, 12, 31),
        indicators=(
            Indicator(level2=Level2.QUANTITY, name="a", target=parse_target(">=95%")),
            Indicator(level2=Level2.QUANTITY, name="b", target=parse_target(">=95%")),
        ),
    )  # fmt: skip
    result = self_evaluate(
        two, {"a": "96%", "b": "96%"}, weights=Weights(output=90, benefit=0, satisfaction=0)
    )
    document: dict[str, object] = to_dict(result)
    lines: list[dict[str, object]] = document["lines"]  # type: ignore[assignment]
    subtotals: list[dict[str, object]] = document["subtotals"]  # type: ignore[assignment]
    if change == "missed":
        # 96% meets >=95%: a line claiming a miss with nothing earned is not what scoring gives.
        evaluation: dict[str, object] = lines[0]["evaluation"]  # type: ignore[assignment]
        evaluation |= {"met": False, "share": ["0", "1"]}
        lines[0]["score"] = "0.00"
        subtotals[0]["score"] = document["total"] = "45.00"
    else:
        # 10 + 45 points against an output weight of 90.
        lines[0] |= {"points": "10.00", "score": "10.00"}
        subtotals[0]["score"] = document["total"] = "55.00"
    return document


@pytest.mark.parametrize(
    ("change", "path", "fragment"),
    [
        ("missed", "$.lines[0].evaluation.share", "requires a deviation note"),
        ("points", "$.weights", "must add up to its weight 90"),
    ],
)
def test_a_tampered_self_evaluation_is_refused(change: str, path: str, fragment: str) -> None:
    from perfindicator import DataError, SelfEvaluation, from_dict

    with pytest.raises(DataError) as caught:
        from_dict(_tampered(change), SelfEvaluation)
    (problem,) = caught.value.problems
    assert problem.subject == path
    assert fragment in problem.message_en
