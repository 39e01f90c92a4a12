"""Hypothesis properties of the target language and the quantities it reads."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from perfindicator import (
    Comparison,
    FieldTypeError,
    Quantity,
    Target,
    TargetSyntaxError,
    parse_quantity,
    parse_target,
)
from perfindicator.model.units import base_unit
from perfindicator.strategies import quantities, target_texts, targets

# Characters the grammar gives a meaning to, so that fuzzing reaches deep into it.
_GRAMMAR = st.sampled_from(
    [
        *"<>=≥≤≧≦＞＜＝%％‰±0123456789０９.,，-~～—至到年月日底末前每 \u3000/*\t\n",
        *("以上", "以下", "以内", "之间", "左右", "不低于", "不超过", "百分比", "万", "元"),
        *("较上年", "同比", "提升", "下降", "个百分点", "个工作日", "次"),
    ]
)
_FUZZ = st.text() | st.lists(_GRAMMAR, max_size=12).map("".join)


@given(targets())
def test_canonical_text_round_trips(target: Target) -> None:
    again = parse_target(str(target))
    assert again == target
    assert hash(again) == hash(target)
    assert str(again) == str(target)


@given(target_texts())
def test_every_spelling_means_its_target(case: tuple[str, Target]) -> None:
    text, target = case
    assert parse_target(text) == target


@given(_FUZZ)
@example("≥95%%")
@example("0-")
@example("0\x1b")
@example("2022年2月29日前")
@example("<0001-01-01")
@example("9" * 5000)
def test_parse_target_is_total(text: str) -> None:
    try:
        target = parse_target(text)
    except TargetSyntaxError as error:
        assert error.text == text
        assert 0 <= error.position <= len(text)
    else:
        assert parse_target(str(target)) == target


@given(_FUZZ)
def test_parse_quantity_is_total(text: str) -> None:
    try:
        quantity = parse_quantity(text)
    except TargetSyntaxError as error:
        assert error.text == text
    else:
        assert parse_quantity(str(quantity)) == quantity


@given(
    quantities(
        unit=st.sampled_from(["万元", "亿元", "万人次", "公里", "小时", "‰", "万元/人", "次"])
    )
)
def test_base_conversion_is_exact(quantity: Quantity) -> None:
    base = quantity.to_base()
    _, factor = base_unit(quantity.unit)
    assert Fraction(base.value) == Fraction(quantity.value) * Fraction(factor)
    assert quantity.compare(base) == 0
    assert base.to_base() == base


@given(targets(kinds=[Comparison]), targets(kinds=[Comparison]))
def test_equal_targets_have_equal_text(a: Target, b: Target) -> None:
    assert (a == b) == (parse_target(str(a)) == parse_target(str(b)))


@given(st.from_type(object).filter(lambda x: not isinstance(x, str)))
def test_non_strings_raise_the_library_type_error(value: object) -> None:
    with pytest.raises(FieldTypeError) as caught:
        parse_target(value)  # type: ignore[arg-type]
    assert (caught.value.owner, caught.value.field) == ("parse_target", "text")
