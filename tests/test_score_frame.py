"""Scoring a polars DataFrame at once (`perfindicator.frames.score_frame`).

Every row must be what the per-object path gives: `evaluate(target, actual, rules=rules)`
then `Evaluation.score(points)`, or the message of the error it raises. The table tests
work the expected values out by hand from the scoring rules (docs/explanation/scoring.md):
met, actual / target rounded half up to 4 places, points × share rounded half up to cents,
never full points when missed. The properties compare every generated row with the
per-object path, over the fast path's shapes and around its edges.
"""

from __future__ import annotations

import datetime
import sys
from decimal import Decimal as D
from typing import Any

import polars as pl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from perfindicator import LowerIsBetter, Quantity, ScoringRules, evaluate
from perfindicator.errors import FieldError, FieldTypeError, MissingExtraError, PerfIndicatorError
from perfindicator.frames import score_frame

DEFAULT_RULES = ScoringRules()
RATIO_RULES = ScoringRules(lower_is_better=LowerIsBetter.RATIO)
OUTPUTS = ["met", "ratio", "score", "error"]


def frame(rows: list[tuple[Any, Any, Any]], **types: Any) -> pl.DataFrame:
    schema = {"target": pl.String, "actual": pl.String, "points": pl.Int64} | types
    return pl.DataFrame(rows, schema=schema, orient="row")


def results(scored: pl.DataFrame) -> list[tuple[Any, ...]]:
    return scored.select(OUTPUTS).rows()


def per_object(target: Any, actual: Any, points: Any, rules: ScoringRules) -> tuple[Any, ...]:
    try:
        evaluation = evaluate(target, actual, rules=rules)
        return evaluation.met, evaluation.ratio, evaluation.score(points), None
    except PerfIndicatorError as error:
        return None, None, None, str(error)


def assert_per_object(df: pl.DataFrame, rules: ScoringRules = DEFAULT_RULES) -> None:
    scored = score_frame(df, rules=rules)
    rows = df.select("target", "actual", "points").rows()
    expected = [per_object(target, actual, points, rules) for target, actual, points in rows]
    assert results(scored) == expected


# --- Worked by hand -------------------------------------------------------------------------

# (target, actual, points) -> (met, ratio, score); the arithmetic in the comment.
WORKED: list[tuple[tuple[str, str, int], tuple[bool, D | None, D]]] = [
    # 90 / 95 = 0.947368…: ratio 0.9474, 10 × 0.947368 = 9.47368 -> 9.47
    ((">=95%", "90%", 10), (False, D("0.9474"), D("9.47"))),
    # 16000 > 15399.72; linear: (2 × 15399.72 − 16000) / 15399.72 = 0.961019… × 20 = 19.2204
    (("≤15399.72万元", "16000万元", 20), (False, D("1.0390"), D("19.22"))),
    (("≤15399.72万元", "15000万元", 20), (True, D("0.974"), D("20"))),  # 0.974043…
    (("=0次", "0次", 5), (True, None, D("5"))),  # a zero target: no ratio
    (("=0次", "1次", 5), (False, None, D("0"))),  # a missed zero target earns nothing
    (("<=2%", "3%", 10), (False, D("1.5"), D("5"))),  # linear: (4 − 3) / 2 = 0.5
    (("<=2%", "5%", 10), (False, D("2.5"), D("0"))),  # linear, beyond twice: nothing
    # 95 / 95 = 1 but `>` is missed: full points less a cent
    ((">95%", "95%", 10), (False, D("1"), D("9.99"))),
    ((">=95%", "96", 10), (True, D("1.0105"), D("10"))),  # a bare number: 96 / 95 = 1.010526…
    # half up: 0.20 × 1/8 = 0.025 -> 0.03; 1/8 = 0.125
    ((">=8次", "1次", D("0.20")), (False, D("0.125"), D("0.03"))),  # type: ignore[list-item]
    ((">=32次", "1次", 100), (False, D("0.0313"), D("3.13"))),  # 1/32 = 0.03125 -> 0.0313
    (("=100%", "100.5%", 10), (True, D("1.005"), D("10"))),  # `=` is met by more
    (("及时", "基本达到", 5), (False, None, D("3.5"))),  # partly achieved: 0.7
    (("90%-95%", "85%", 10), (False, None, D("9.44"))),  # a range: 85 / 90 = 0.9444…
    ((">=0.5万人次", "6000人次", 10), (True, D("1.2"), D("10"))),  # another unit, converted
]


@pytest.mark.parametrize(("row", "expected"), WORKED)
def test_rows_score_as_worked_out(row: tuple[str, str, Any], expected: tuple[Any, ...]) -> None:
    points_type = pl.Decimal(10, 2) if isinstance(row[2], D) else pl.Int64
    (got,) = results(score_frame(frame([row], points=points_type)))
    assert got == (*expected, None)


def test_worked_rows_score_together_as_alone() -> None:
    rows = [(*row[:2], int(row[2])) for row, _ in WORKED if isinstance(row[2], int)]
    scored = score_frame(frame(rows))
    assert results(scored) == [
        (*expected, None) for row, expected in WORKED if isinstance(row[2], int)
    ]


def test_lower_is_better_follows_the_rules() -> None:
    scored = score_frame(frame([("<=2%", "3%", 10)]), rules=RATIO_RULES)
    assert results(scored) == [(False, D("1.5"), D("6.67"), None)]  # 10 × 2/3


def test_negative_actuals_count_as_zero_but_keep_their_ratio() -> None:
    df = frame([(">=95%", D(-5), 10), ("<=5", D(-1), 10)], actual=pl.Decimal(10, 2))
    # -5 / 95 = -0.052631… -> -0.0526 (half up, away from zero)
    assert results(score_frame(df)) == [
        (False, D("-0.0526"), D("0"), None),
        (True, D("-0.2"), D("10"), None),
    ]


def test_errors_are_the_per_object_messages() -> None:
    rows = [
        (">=95%", "95万", 10),  # a unit that is not the target's
        (">=abc", "1", 10),  # a target that does not read
        (None, "1", 10),  # no target
        (">=95%", None, 10),  # no actual
        (">=95%", "96%", None),  # no points
        ("及时", "很好", 5),  # unknown wording
        ("较上年提升5%", "10%", 5),  # a change needs its baseline
    ]
    scored = score_frame(frame(rows))
    errors = scored.get_column("error").to_list()
    assert errors[0] == "units '万' and '%' are not comparable (单位不可比较)"
    for (target, actual, points), message in zip(rows, errors, strict=True):
        assert message == per_object(target, actual, points, DEFAULT_RULES)[3]
        assert message is not None
    assert scored.select("met", "ratio", "score").null_count().row(0) == (7, 7, 7)


def test_points_finer_than_cents_are_an_error_of_the_row() -> None:
    df = frame([(">=95%", "96%", D("1.005")), (">=95%", "96%", D("1.5"))], points=pl.Decimal(10, 3))
    scored = score_frame(df)
    assert scored.get_column("score").to_list() == [None, D("1.5")]
    assert "whole cents" in scored.get_column("error")[0]


def test_plain_comparisons_are_scored_without_the_per_object_path(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The fast path's shapes: a comparison, its actual in its unit or bare, typed numbers.
    def refuse(*arguments: object, **keywords: object) -> None:
        raise AssertionError(arguments)

    monkeypatch.setattr("perfindicator.frames.score.evaluate", refuse)
    rows = [(">=95%", "96.5%", 10), ("≤15399.72万元", "16000", 20), ("=0次", "0次", 5)]
    assert results(score_frame(frame(rows))) == [
        (True, D("1.0158"), D("10"), None),  # 96.5 / 95 = 1.015789…
        (False, D("1.039"), D("19.22"), None),
        (True, None, D("5"), None),
    ]
    with pytest.raises(AssertionError):
        score_frame(frame([("及时", "达到", 5)]))


# --- Columns and types ----------------------------------------------------------------------


def test_new_columns_are_typed_and_other_columns_kept() -> None:
    df = frame([(">=95%", "96%", 10)]).with_columns(pl.lit("甲").alias("project"))
    scored = score_frame(df)
    assert scored.columns == ["target", "actual", "points", "project", *OUTPUTS]
    assert [scored.schema[name] for name in OUTPUTS] == [
        pl.Boolean,
        pl.Decimal(22, 4),
        pl.Decimal(20, 2),
        pl.String,
    ]


def test_an_empty_frame_gets_the_columns() -> None:
    scored = score_frame(frame([]))
    assert scored.height == 0
    assert scored.columns == ["target", "actual", "points", *OUTPUTS]


def test_column_names_are_chosen() -> None:
    df = pl.DataFrame({"目标值": [">=95%"], "实际值": ["90%"], "分值": [10]})
    scored = score_frame(df, target="目标值", actual="实际值", points="分值")
    assert scored.get_column("score").to_list() == [D("9.47")]


def test_typed_actuals_score_as_their_values() -> None:
    decimals = frame([(">=95%", D("90"), 10), ("=0次", D("0"), 5)], actual=pl.Decimal(12, 4))
    integers = frame([(">=95%", 90, 10), ("=0次", 0, 5)], actual=pl.Int32)
    expected = [(False, D("0.9474"), D("9.47"), None), (True, None, D("5"), None)]
    assert results(score_frame(decimals)) == expected
    assert results(score_frame(integers)) == expected


def test_categories_objects_and_dates_take_the_per_object_reading() -> None:
    df = pl.DataFrame(
        {
            "target": pl.Series([">=95%", "2024年底前", ">=95%"], dtype=pl.Categorical),
            "actual": pl.Series(
                [Quantity(value=D(90), unit="%"), datetime.date(2024, 11, 30), 1.5],
                dtype=pl.Object,
            ),
            "points": [10, 5, 10],
        }
    )
    scored = score_frame(df)
    assert results(scored)[:2] == [(False, D("0.9474"), D("9.47"), None), (True, None, D(5), None)]
    assert "a float is inexact" in scored.get_column("error")[2]


def test_dates_in_a_date_column() -> None:
    df = frame([("2024年底前", datetime.date(2025, 1, 2), 5)], actual=pl.Date)
    assert results(score_frame(df)) == [(False, None, D(0), None)]


@pytest.mark.parametrize("column", ["target", "actual", "points"])
def test_float_columns_are_refused(column: str) -> None:
    df = frame([(">=95%", "96%", 10)]).with_columns(pl.lit(1.5).alias(column))
    with pytest.raises(FieldTypeError, match="inexact"):
        score_frame(df)


def test_text_points_and_numeric_targets_are_refused() -> None:
    with pytest.raises(FieldTypeError, match="integers or decimals"):
        score_frame(frame([(">=95%", "96%", "10")], points=pl.String))
    with pytest.raises(FieldTypeError, match="text"):
        score_frame(frame([(95, "96%", 10)], target=pl.Int64))


@pytest.mark.parametrize("taken", OUTPUTS)
def test_a_frame_with_an_output_column_is_refused(taken: str) -> None:
    with pytest.raises(FieldError, match="already has"):
        score_frame(frame([(">=95%", "96%", 10)]).with_columns(pl.lit(1).alias(taken)))


def test_missing_columns_and_wrong_arguments_are_refused() -> None:
    df = frame([(">=95%", "96%", 10)])
    with pytest.raises(FieldError, match="no column"):
        score_frame(df, points="分值")
    with pytest.raises(FieldTypeError):
        score_frame(df.to_dicts())  # type: ignore[arg-type]
    with pytest.raises(FieldTypeError):
        score_frame(df, rules="linear")  # type: ignore[arg-type]


def test_without_polars_the_extra_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "polars", None)
    with pytest.raises(MissingExtraError, match="polars"):
        score_frame(None)  # type: ignore[arg-type]


# --- Properties: every row equal to the per-object path -------------------------------------

UNITS = ["%", "万元", "元", "次", "", "人次", "万人次", "‰", "公里", "米"]
OPS = [">=", ">", "=", "<=", "<", "≥", "≤", "不低于", "不超过"]


def decimals(places: int) -> st.SearchStrategy[D]:
    """Decimals of up to 7 places: the fast path takes 6, the 7th goes the per-object way."""
    return st.decimals(
        min_value=-(10**6), max_value=10**6, places=places, allow_nan=False, allow_infinity=False
    )


numbers = st.one_of(
    st.integers(0, 3).map(D),
    st.integers(0, 7).flatmap(decimals),
    st.sampled_from([D("1E+17"), D("999999999999999999"), D("0.000001"), D("123456.1234567")]),
)


@st.composite
def rows(draw: st.DrawFn) -> tuple[str | None, Any, Any]:
    """A target text, a text actual near it, and points: the fast path's shapes and edges."""
    unit = draw(st.sampled_from(UNITS))
    value = draw(numbers)
    target: str | None = f"{draw(st.sampled_from(OPS))}{value:f}{unit}"
    near = draw(st.one_of(numbers, st.just(value), st.sampled_from([value + 1, value - 1])))
    written = f"{near:f}"
    actual = draw(
        st.one_of(
            st.just(f"{written}{unit}"),
            st.just(written),  # bare: in the target's unit
            st.sampled_from(UNITS).map(lambda other: f"{written}{other}"),
            st.sampled_from(["", " 95%", "1e5", "+5%", "9５%", "达到", "5.%", "1,000元"]),
        )
    )
    if draw(st.integers(0, 30)) == 0:
        target = draw(st.sampled_from([None, "及时", "90%-95%", ">=", "每月1次", "2024年底前"]))
    points = draw(
        st.one_of(
            st.integers(0, 100),
            st.decimals(min_value=0, max_value=10**4, places=2),
            st.sampled_from([10**12, 10**17, -1]),
        )
    )
    return target, actual, points


SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(st.lists(rows(), max_size=30), st.sampled_from([ScoringRules(), RATIO_RULES]))
def test_every_row_is_the_per_object_result(
    generated: list[tuple[Any, Any, Any]], rules: ScoringRules
) -> None:
    assert_per_object(frame(generated, points=pl.Decimal(20, 2)), rules)


@SETTINGS
@given(st.lists(st.tuples(st.sampled_from(OPS), numbers, numbers, st.integers(0, 100))))
def test_decimal_actuals_are_the_per_object_result(
    generated: list[tuple[str, D, D, int]],
) -> None:
    df = frame(
        [(f"{op}{target:f}%", actual, points) for op, target, actual, points in generated],
        actual=pl.Decimal(38, 7),
    )
    assert_per_object(df)


@SETTINGS
@given(st.lists(rows(), max_size=20))
def test_a_large_number_anywhere_changes_no_row(generated: list[tuple[Any, Any, Any]]) -> None:
    # One row beyond 64-bit products puts the whole frame in 128-bit integers.
    large = (">=999999999999999999万元", "999999999999999998万元", 10**12)
    assert_per_object(frame([*generated, large], points=pl.Decimal(20, 2)))


def test_points_beyond_18_whole_digits_are_the_rows_error_not_a_crash() -> None:
    # 10^18 has 19 digits before the point: beyond what the library takes, as Evaluation.score
    # says; 10^18 - 1 is the largest whole number of points it takes.
    frame = pl.DataFrame(
        {
            "target": [">=1", ">=1", ">=1"],
            "actual": ["1", "1", "1"],
            "points": pl.Series([10**18, 10**18 - 1, 2**64 - 1], dtype=pl.UInt64),
        }
    )
    found = score_frame(frame)
    assert found["met"].to_list() == [None, True, None]
    assert found["score"].to_list() == [None, D("999999999999999999.00"), None]
    message = "Evaluation.score.points: has more than 18 digits before the decimal point"
    assert [e is not None and e.startswith(message) for e in found["error"]] == [True, False, True]
