"""Evaluation and scoring: hand-worked tables (the scoring page of the docs) and Hypothesis properties."""

from __future__ import annotations

import datetime
import re
from decimal import Decimal

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from perfindicator import (
    ActualTypeError,
    Change,
    Comparison,
    DatePeriod,
    Deadline,
    Evaluation,
    EvaluationError,
    FieldError,
    Judgement,
    LowerIsBetter,
    Outcome,
    Quantity,
    Range,
    Schedule,
    ScoringRules,
    Target,
    UnitMismatchError,
    evaluate,
    from_json,
    parse_quantity,
    parse_target,
    score,
    to_dict,
    to_json,
)
from perfindicator.strategies import actuals_for, quantities, target_texts, targets

D = Decimal
TEN = D(10)


@pytest.mark.parametrize(
    ("target", "actual", "points", "expected", "met"),
    [
        # Higher is better: full when reached, else points × actual / target.
        (">=95%", "96.2%", TEN, "10.00", True),
        (">=95%", "95%", TEN, "10.00", True),
        (">=95%", "90.25%", TEN, "9.50", False),  # 10 × 90.25 / 95 = 9.5
        (">=500条", "520条", TEN, "10.00", True),
        (">=500条", "400条", TEN, "8.00", False),
        ("=100%", "100%", TEN, "10.00", True),
        ("=4次", "5次", TEN, "10.00", True),  # exceeding "=" is still met
        ("=4次", "3次", TEN, "7.50", False),
        (">95%", "95%", TEN, "9.99", False),  # a miss never scores full points
        (">=95%", "94.99%", TEN, "9.99", False),  # 9.9989… rounds to 10.00, capped at 9.99
        (">=3", "1", TEN, "3.33", False),  # 3.333… half up
        (">=3", "2", TEN, "6.67", False),  # 6.666… half up
        (">=8", "1", D(1), "0.13", False),  # 0.125 half up, not to even
        (">=95%", "-5%", TEN, "0.00", False),  # negative actuals count as 0
        # Zero targets: met only by zero.
        ("=0次", "0次", TEN, "10.00", True),
        ("=0次", "1次", TEN, "0.00", False),
        ("<=0次", "2次", TEN, "0.00", False),
        # Lower is better, default linear: points × (1 − (actual − target) / target).
        ("<=2%", "1.5%", TEN, "10.00", True),
        ("<=2%", "3%", TEN, "5.00", False),
        ("<=2%", "4%", TEN, "0.00", False),  # zero at twice the target
        ("<=2%", "5%", TEN, "0.00", False),
        ("<2%", "2%", TEN, "9.99", False),
        ("≤15399.72万元", "153997200元", TEN, "10.00", True),
        # Units convert: 1.2万人次 is 12,000 人次.
        (">=10000人次", "1.2万人次", TEN, "10.00", True),
        (">=10000人次", "0.5万人次", TEN, "5.00", False),
        # Ranges: met inside, proportional toward the nearer end outside.
        ("90%-95%", "92%", TEN, "10.00", True),
        ("90%-95%", "95%", TEN, "10.00", True),
        ("90%-95%", "81%", TEN, "9.00", False),  # 10 × 81 / 90
        ("90%-95%", "100%", TEN, "9.47", False),  # 10 × (2 × 95 − 100) / 95 = 9.473…
        ("±3%", "-4%", TEN, "0.00", False),
        # Deadlines: on or before.
        ("2022年12月底前", "2022-12-31", TEN, "10.00", True),
        ("2022年12月底前", "2023-01-01", TEN, "0.00", False),
        ("2022年6月30日前", datetime.date(2022, 6, 1), TEN, "10.00", True),
        # Qualitative: default band fractions 100%, 70%, 30%.
        ("及时", "及时", TEN, "10.00", True),
        ("及时", "已完成", TEN, "10.00", True),
        ("及时", "基本达到", TEN, "7.00", False),
        ("及时", "未完成", TEN, "3.00", False),
        ("提升", Outcome.PARTLY_ACHIEVED, D(5), "3.50", False),
        ("提升", Judgement(outcome=Outcome.ACHIEVED, fraction=D("0.85")), D(5), "4.25", True),
        ("提升", Judgement(outcome=Outcome.NOT_ACHIEVED, fraction=D("0.5")), D(5), "2.50", False),
    ],
)
def test_score_table(
    target: str, actual: object, points: Decimal, expected: str, met: bool
) -> None:
    t = parse_target(target)
    assert score(t, actual, points) == D(expected)  # type: ignore[arg-type]
    assert evaluate(t, actual).met is met  # type: ignore[arg-type]


def test_lower_is_better_ratio_rule() -> None:
    rules = ScoringRules(lower_is_better=LowerIsBetter.RATIO)
    # 10 × 2 / 3 = 6.666… → 6.67, where the linear rule gives 5.00.
    assert score(parse_target("<=2%"), "3%", TEN, rules=rules) == D("6.67")
    assert score(parse_target("<=2%"), "5%", TEN, rules=rules) == D("4.00")


def test_qualitative_band_defaults_are_configurable() -> None:
    rules = ScoringRules(partly_achieved=D("0.6"), not_achieved=D(0))
    assert score(parse_target("完善"), "基本完成", TEN, rules=rules) == D("6.00")
    assert score(parse_target("完善"), "未完成", TEN, rules=rules) == D("0.00")
    with pytest.raises(ValueError, match="band"):
        ScoringRules(achieved=D("0.7"))


@pytest.mark.parametrize(
    ("target", "actual", "baseline", "met", "ratio"),
    [
        # Relative: (110 − 100) / 100 = 10% ≥ 10%.
        ("同比增长10%", "110", "100", True, "1.0000"),
        ("同比增长10%", "105万元", "100万元", False, "0.5000"),
        ("较上年提升5%", "1050000元", "100万元", True, "1.0000"),
        # Percentage points: 8% is 2 points below 10%.
        ("下降2个百分点", "8%", "10%", True, "1.0000"),
        ("下降2个百分点", "9%", "10%", False, "0.5000"),
        # Absolute.
        ("增加5个", "12个", "6个", True, "1.2000"),
        ("减少5个", "3", "6", False, "0.6000"),
    ],
)
def test_change(target: str, actual: str, baseline: str, met: bool, ratio: str) -> None:
    evaluation = evaluate(parse_target(target), actual, baseline=baseline)
    assert evaluation.met is met
    assert evaluation.ratio == D(ratio)


def test_change_needs_a_baseline() -> None:
    with pytest.raises(EvaluationError, match="baseline"):
        evaluate(parse_target("同比增长10%"), "110")
    with pytest.raises(EvaluationError, match="zero"):
        evaluate(parse_target("同比增长10%"), "110", baseline="0")


def test_over_achievement_needs_a_note() -> None:
    target = parse_target(">=100次")
    assert not evaluate(target, "129次").note_required
    assert evaluate(target, "130次").note_required  # at 130% of target
    assert evaluate(target, "99次").note_required  # any shortfall
    relaxed = ScoringRules(over_achievement=D("1.5"))
    assert not evaluate(target, "130次", rules=relaxed).note_required


def test_year_less_deadline_takes_the_year() -> None:
    target = parse_target("年底前")
    assert evaluate(target, "2022-12-31", year=2022).met
    assert not evaluate(target, "2023-01-01", year=2022).met
    with pytest.raises(EvaluationError, match="year"):
        evaluate(target, "2022-12-31")


@pytest.mark.parametrize(
    ("target", "actual", "error"),
    [
        (">=95%", 96.2, ActualTypeError),
        (">=95%", datetime.date(2022, 1, 1), ActualTypeError),
        (">=95%", "约96%", EvaluationError),
        (">=95%", "96条", UnitMismatchError),
        ("<=3个工作日", "3天", UnitMismatchError),
        ("2022年12月底前", "年底", EvaluationError),
        ("2022年12月底前", datetime.datetime(2022, 1, 1), ActualTypeError),
        ("及时", "还行", EvaluationError),
        ("及时", D(1), ActualTypeError),
    ],
)
def test_evaluation_errors(target: str, actual: object, error: type[Exception]) -> None:
    with pytest.raises(error):
        evaluate(parse_target(target), actual)  # type: ignore[arg-type]


def test_unit_mismatch_names_both_units() -> None:
    with pytest.raises(UnitMismatchError) as caught:
        evaluate(parse_target(">=95%"), "96条")
    assert (caught.value.left, caught.value.right) == ("条", "%")


@pytest.mark.parametrize("points", [D("-1"), D("0.001"), D("NaN"), -1])
def test_points_must_be_cents(points: Decimal) -> None:
    with pytest.raises(FieldError) as caught:
        score(parse_target(">=95%"), "96%", points)
    assert caught.value.field == "points"


_POINTS = st.decimals(min_value=0, max_value=100, places=2)
# Every kind judged on the target and the actual alone (a relative deadline needs events).
_QUANTITATIVE = [Comparison, Range, Deadline, DatePeriod, Schedule]


@given(st.data(), targets(kinds=[*_QUANTITATIVE, parse_target("及时").__class__]), _POINTS)
def test_score_lies_within_points(data: st.DataObject, target: Target, points: Decimal) -> None:
    actual = data.draw(actuals_for(target, year=2022))
    earned = score(target, actual, points, year=2022)
    assert D(0) <= earned <= points
    assert earned == earned.quantize(D("0.01"))


@given(st.data(), targets(kinds=_QUANTITATIVE), st.booleans(), _POINTS)
def test_met_iff_full_points(
    data: st.DataObject, target: Target, met: bool, points: Decimal
) -> None:
    assume(points > 0)
    actual = data.draw(actuals_for(target, met=met, year=2022))
    assert evaluate(target, actual, year=2022).met is met
    assert (score(target, actual, points, year=2022) == points) is met


@given(targets(kinds=[Comparison]), quantities(unit=st.just("")), quantities(unit=st.just("")))
def test_higher_is_better_never_decreases(target: Target, a: Quantity, b: Quantity) -> None:
    assert isinstance(target, Comparison)
    assume(target.op.value in (">=", ">", "=") and target.quantity.value > 0)
    low, high = sorted([a.value, b.value])
    unit = target.quantity.unit
    first = score(target, Quantity(value=low, unit=unit), TEN)
    second = score(target, Quantity(value=high, unit=unit), TEN)
    assert first <= second


@given(st.data(), target_texts(kinds=_QUANTITATIVE))
def test_spellings_score_alike(data: st.DataObject, case: tuple[str, Target]) -> None:
    text, target = case
    actual = data.draw(actuals_for(target, year=2022))
    assert score(parse_target(text), actual, TEN, year=2022) == score(
        target, actual, TEN, year=2022
    )


@given(st.decimals(min_value=0, max_value=10**6, places=2))
def test_units_score_alike(value: Decimal) -> None:
    target = parse_target(">=10000人次")
    in_wan = parse_quantity(f"{value}万人次")
    in_ones = Quantity(value=value * 10000, unit="人次")
    assert score(target, in_wan, TEN) == score(target, in_ones, TEN)


@given(
    targets(),
    st.text() | st.sampled_from(["96%", "2022-11-30", "及时", "0", "-1", "1万元", "基本达到"]),
)
def test_evaluate_raises_only_library_errors(target: Target, actual: str) -> None:
    try:
        baseline = "100" if isinstance(target, Change) else None
        evaluation = evaluate(target, actual, baseline=baseline, year=2022)
    except (EvaluationError, UnitMismatchError) as error:
        # What a text actual can get wrong: its wording, its shape or its unit.
        assert str(error)
    else:
        assert D(0) <= evaluation.score(TEN) <= TEN


def test_huge_points_are_exact() -> None:
    # quantize() would fail beyond the default 28 digits of precision.
    points = D("9" * 18 + ".99")  # 20 digits
    assert score(parse_target(">=95%"), "96%", points) == points


@pytest.mark.parametrize("points", [10**18, -(10**18), 10**30])
def test_int_points_beyond_18_whole_digits_are_refused_as_decimals_are(points: int) -> None:
    reason = "has more than 18 digits before the decimal point (数值过大)"
    with pytest.raises(FieldError, match=re.escape(reason)):
        evaluate(">=1", "1").score(points)
    with pytest.raises(FieldError, match=re.escape(reason)):
        evaluate(">=1", "1").score(Decimal(points))
    assert evaluate(">=1", "1").score(10**18 - 1) == Decimal("999999999999999999.00")


def test_the_share_of_a_result_is_kept_in_base_units_as_written_to_json() -> None:
    # 9000万元 against >=10000万元: the share is 90,000,000元 of 100,000,000元, as results
    # written by earlier versions hold it, so that they read back equal to a fresh result.
    result = evaluate(">=10000万元", parse_quantity("9000万元"))
    assert to_dict(result)["share"] == ["90000000", "100000000"]
    assert from_json(to_json(result), Evaluation) == result


def test_a_missed_target_kept_below_full_points_is_scored_in_cents() -> None:
    # 99.999999% against =100% earns 10.000 × 0.99999999 = 9.9999999, 10.00 in cents: full
    # points for a miss, so a cent less, 9.99, with two places as every score has.
    found = evaluate("=100%", Decimal("99.999999")).score(Decimal("10.000"))
    assert str(found) == "9.99"
