"""One input rule across the public API, and results that cannot be built inconsistent.

Where an exact number is taken, `int` and `Decimal` are accepted and `float` and `bool`
refused; where a target is taken, a `Target` or its text; every refusal is the library's
error and names the argument.
"""

from __future__ import annotations

import datetime
from decimal import Decimal as D
from typing import Any

import pytest

from perfindicator import (
    Evaluation,
    FieldError,
    FieldTypeError,
    Funding,
    Judgement,
    Outcome,
    Quantity,
    ScoringRules,
    TargetSyntaxError,
    evaluate,
    parse_target,
    score,
)


def test_the_done_when_examples_of_the_input_rule() -> None:
    # 10 × 90 / 95 = 9.4736…, rounded half up to 9.47.
    assert score(">=95%", "90%", 10) == D("9.47")
    with pytest.raises(FieldTypeError) as caught:
        score(parse_target(">=95%"), "96%", 10.0)  # type: ignore[arg-type]
    assert caught.value.field == "points"
    assert "float is inexact" in str(caught.value)
    assert evaluate(">=95%", "96%").met


@pytest.mark.parametrize(
    ("points", "error"),
    [
        (10.0, FieldTypeError),
        (True, FieldTypeError),
        ("10", FieldTypeError),
        (D("Infinity"), FieldError),
        (D("1E+999999999"), FieldError),
        (10**5000, FieldError),
    ],
    ids=["float", "bool", "str", "infinite", "huge-exponent", "huge-int"],
)
def test_points_are_an_int_or_a_decimal(points: Any, error: type[Exception]) -> None:
    with pytest.raises(error) as caught:
        score(">=95%", "96%", points)
    assert isinstance(caught.value, FieldError)
    assert (caught.value.owner, caught.value.field) == ("score", "points")


def test_int_points_equal_decimal_points() -> None:
    assert score(">=95%", "90%", 10) == score(">=95%", "90%", D("10.00"))
    assert evaluate(">=500条", "400条").score(10) == D("8.00")


@pytest.mark.parametrize("target", [95, 0.95, None, [">=95%"], b">=95%"])
def test_a_target_is_a_target_or_its_text(target: Any) -> None:
    with pytest.raises(FieldTypeError) as caught:
        evaluate(target, "96%")
    assert (caught.value.owner, caught.value.field) == ("evaluate", "target")
    assert "its text" in caught.value.reason


def test_target_text_that_does_not_parse_is_a_syntax_error() -> None:
    with pytest.raises(TargetSyntaxError):
        score(">=abc%", "96%", 10)


@pytest.mark.parametrize(
    ("kwargs", "field", "error"),
    [
        ({"year": 0}, "year", FieldError),
        ({"year": 10000}, "year", FieldError),
        ({"year": "2022"}, "year", FieldTypeError),
        ({"year": True}, "year", FieldTypeError),
        ({"rules": "x"}, "rules", FieldTypeError),
    ],
)
def test_keyword_arguments_are_checked(
    kwargs: dict[str, Any], field: str, error: type[Exception]
) -> None:
    with pytest.raises(error) as caught:
        evaluate("年底前", "2022-12-31", **kwargs)
    assert isinstance(caught.value, FieldError)
    assert caught.value.field == field


def test_exact_number_fields_take_ints_and_refuse_floats() -> None:
    assert Quantity(value=95, unit="%") == Quantity(value=D(95), unit="%")
    assert Funding(total=100).total == D(100)
    assert ScoringRules(partly_achieved=D("0.6")).partly_achieved == D("0.6")
    for bad in (95.0, True):
        with pytest.raises(FieldTypeError, match="must be a Decimal or an int"):
            Quantity(value=bad, unit="%")
    with pytest.raises(FieldError, match="more than 18 digits"):
        Quantity(value=D("1E+999999999"), unit="%")
    with pytest.raises(FieldError, match="more than 20 decimal places"):
        Quantity(value=D("1E-999999999"), unit="%")


def _evaluation(**changes: Any) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "target": parse_target(">=500条"),
        "actual": Quantity(value=D(400), unit="条"),
        "met": False,
        "ratio": D("0.8"),
        "note_required": True,
        "share": (D(400), D(500)),
    }
    return fields | changes


def test_a_consistent_evaluation_builds() -> None:
    assert Evaluation(**_evaluation()).score(D(10)) == D("8.00")
    # A miss at the boundary of a strict target has a share of 1 but never full points.
    at_boundary = Evaluation(
        **_evaluation(
            target=parse_target(">500条"),
            actual=Quantity(value=D(500), unit="条"),
            ratio=D(1),
            share=(D(1), D(1)),
        )
    )
    assert at_boundary.score(D(10)) == D("9.99")


@pytest.mark.parametrize(
    ("changes", "fragment"),
    [
        ({"share": (D(1), D(0))}, "positive denominator"),
        ({"share": (D(6), D(5))}, "from 0 to 1"),
        ({"share": (D(-1), D(5))}, "from 0 to 1"),
        ({"share": (1.0, D(1))}, "Decimal or an int"),
        ({"met": True}, "a met target earns the whole share"),
        ({"actual": datetime.date(2022, 1, 1)}, "takes a Quantity actual"),
        ({"baseline": Quantity(value=D(1), unit="条")}, "baseline belongs to a Change"),
        ({"met": "no"}, "must be bool"),
        ({"ratio": D(7)}, "must be what the target and actual give"),
        ({"share": (D(1), D(5))}, "must be what the target and actual give"),
        ({"note_required": False}, "requires a deviation note"),
        (
            {"actual": Quantity(value=D(600), unit="条")},
            "must be what the target and actual give \\(met True, ratio 1.2000\\)",
        ),
        ({"actual": Quantity(value=D(400), unit="%")}, "cannot be evaluated"),
    ],
)
def test_an_inconsistent_evaluation_is_refused(changes: dict[str, Any], fragment: str) -> None:
    with pytest.raises(FieldError, match=fragment):
        Evaluation(**_evaluation(**changes))


def test_a_qualitative_evaluation_agrees_with_its_outcome() -> None:
    target = parse_target("及时")
    partly = Judgement(outcome=Outcome.PARTLY_ACHIEVED)
    base: dict[str, Any] = {"target": target, "ratio": None, "note_required": True}
    Evaluation(**base, actual=partly, met=False, share=(D("0.7"), D(1)))
    with pytest.raises(FieldError, match="agree with the outcome"):
        Evaluation(**base, actual=partly, met=True, share=(D("0.7"), D(1)))
    with pytest.raises(FieldError, match="agree with the outcome"):
        Evaluation(**base, actual=partly, met=False, share=(D("0.9"), D(1)))


def test_a_baseline_belongs_to_a_change_and_is_an_exact_number() -> None:
    with pytest.raises(FieldError) as caught:
        evaluate(">=95%", "96%", baseline=1)
    assert caught.value.field == "baseline"
    with pytest.raises(FieldTypeError) as typed:
        evaluate("较上年增长5%", "105", baseline=1.5)  # type: ignore[arg-type]
    assert (typed.value.owner, typed.value.field) == ("evaluate", "baseline")
    # 105 against 100 is a rise of 5%: met, the ratio 5 / 5.
    assert evaluate("较上年增长5%", "105", baseline=100).ratio == D("1.0000")


@pytest.mark.parametrize("zero", ["0E-999999999", "0E+999999999", "0E-21"])
def test_a_zero_written_at_a_huge_scale_is_refused(zero: str) -> None:
    # Written out, 0E-999999999 is a billion characters; the exponent is what is bounded.
    with pytest.raises(FieldError, match=r"decimal places|digits before"):
        Quantity(value=D(zero), unit="%")


def test_negative_zero_is_no_amount() -> None:
    with pytest.raises(FieldError, match="negative"):
        Funding(total=D("-0"))


@pytest.mark.parametrize("year", [0, 10000, -1])
def test_resolving_a_deadline_checks_the_year(year: int) -> None:
    with pytest.raises(FieldError) as caught:
        parse_target("年底前").resolve(year)  # type: ignore[union-attr]
    assert (caught.value.owner, caught.value.field) == ("Deadline.resolve", "year")
