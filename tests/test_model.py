"""Construction and validation of the domain model and the category enums."""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

import attrs
import pytest

from perfindicator import (
    Change,
    Comparison,
    Deadline,
    Direction,
    FieldError,
    FieldTypeError,
    Funding,
    Goals,
    Indicator,
    LabelError,
    Level1,
    Level2,
    Op,
    Project,
    Qualitative,
    Quantity,
    Range,
    format_form,
    lint,
    parse_target,
    read_forms,
    self_evaluate,
    to_records,
)

D = Decimal


def test_every_level2_has_the_parent_the_categories_page_gives() -> None:
    children = {l1: {l2.value for l2 in Level2 if l2.parent is l1} for l1 in Level1}
    assert children == {
        Level1.OUTPUT: {"数量指标", "质量指标", "时效指标", "成本指标"},
        Level1.BENEFIT: {"经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"},
        Level1.SATISFACTION: {"服务对象满意度指标"},
        Level1.COST: {"经济成本指标", "社会成本指标", "生态环境成本指标"},
    }


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("数量指标", Level2.QUANTITY),
        ("数量", Level2.QUANTITY),
        ("数量指标 (必填硬性指标)", Level2.QUANTITY),
        ("社会效益 指标 (必填)", Level2.SOCIAL),
        ("时效指标(工期指标)", Level2.TIMELINESS),
        ("进度指标", Level2.TIMELINESS),
        ("环境效益指标", Level2.ECOLOGICAL),
        ("满意度指标", Level2.SATISFACTION),
        ("社会公众或服务对象满意度指标", Level2.SATISFACTION),
        ("成本指标", Level2.COST),
        ("生态环境成本", Level2.ECOLOGICAL_COST),
    ],
)
def test_level2_from_label(label: str, expected: Level2) -> None:
    assert Level2.from_label(label) is expected


@pytest.mark.parametrize("label", ["", "产出指标", "产出数量", "指标", "数量指标X"])
def test_unknown_level2_label(label: str) -> None:
    with pytest.raises(LabelError) as caught:
        Level2.from_label(label)
    assert caught.value.label == label
    assert "数量指标" in str(caught.value)  # the message lists the known labels


def test_level1_from_label() -> None:
    assert Level1.from_label("效益") is Level1.BENEFIT
    assert Level1.from_label("成本指标") is Level1.COST
    with pytest.raises(LabelError):
        Level1.from_label("数量指标")


def test_indicator_level1_follows_level2() -> None:
    indicator = Indicator(level2=Level2.SATISFACTION, name="群众满意度", target=None)
    assert indicator.level1 is Level1.SATISFACTION


def _project(**changes: Any) -> Project:
    fields: dict[str, Any] = {
        "name": "弱电安防",
        "year": 2022,
        "start": datetime.date(2022, 1, 1),
        "end": datetime.date(2022, 12, 31),
    }
    return Project(**(fields | changes))


@pytest.mark.parametrize(
    ("build", "owner", "field", "error"),
    [
        (lambda: Funding(total=1.5), "Funding", "total", FieldTypeError),
        (lambda: Funding(fiscal=D("-1")), "Funding", "fiscal", FieldError),
        (lambda: Funding(other=D("NaN")), "Funding", "other", FieldError),
        (lambda: Funding(carryover=True), "Funding", "carryover", FieldTypeError),
        (lambda: Goals(period=(2023, 2022)), "Goals", "period", FieldError),
        (lambda: Goals(period=[2022, 2022]), "Goals", "period", FieldTypeError),  # type: ignore[arg-type]
        (lambda: Goals(overall=" 目标"), "Goals", "overall", FieldError),
        (lambda: Indicator(level2="数量指标", name="x", target=None), "Indicator", "level2", FieldTypeError),  # type: ignore[arg-type]
        (lambda: Indicator(level2=Level2.QUANTITY, name="", target=None), "Indicator", "name", FieldError),
        (lambda: Indicator(level2=Level2.QUANTITY, name="x", target=">=95%"), "Indicator", "target", FieldTypeError),  # type: ignore[arg-type]
        (lambda: _project(name=""), "Project", "name", FieldError),
        (lambda: _project(year=True), "Project", "year", FieldTypeError),
        (lambda: _project(end=datetime.date(2021, 12, 31)), "Project", "end", FieldError),
        (lambda: _project(start=datetime.datetime(2022, 1, 1)), "Project", "start", FieldTypeError),
        (lambda: _project(indicators=[]), "Project", "indicators", FieldTypeError),
        (lambda: _project(indicators=(None,)), "Project", "indicators[0]", FieldTypeError),
        (lambda: Quantity(value=D(1), unit="％"), "Quantity", "unit", FieldError),
        (lambda: Quantity(value=D(1), unit="以上"), "Quantity", "unit", FieldError),
        (lambda: Quantity(value=D("Infinity")), "Quantity", "value", FieldError),
        (lambda: Range(low=Quantity(value=D(5)), high=Quantity(value=D(4))), "Range", "high", FieldError),
        (lambda: Range(low=Quantity(value=D(5), unit="个"), high=Quantity(value=D(6), unit="元")), "Range", "high", FieldError),
        (lambda: Deadline(month=13), "Deadline", "month", FieldError),
        (lambda: Deadline(year=2023, month=2, day=29), "Deadline", "day", FieldError),
        (lambda: Change(direction=Direction.STEADY, amount=Quantity(value=D(1))), "Change", "direction", FieldTypeError),
        (lambda: Change(direction=Direction.UP, amount=Quantity(value=D(0))), "Change", "amount", FieldError),
        (lambda: Change(direction=Direction.UP, amount=Quantity(value=D(1)), basis="去年"), "Change", "basis", FieldError),
        (lambda: Qualitative(text=">=95%"), "Qualitative", "text", FieldError),
        (lambda: Qualitative(text=""), "Qualitative", "text", FieldError),
        (lambda: Comparison(op=Op.LE, quantity=Quantity(value=D(3), unit="月底")), "Comparison", "quantity", FieldError),
    ],
)  # fmt: skip
def test_constructors_name_the_field_and_value(
    build: Any, owner: str, field: str, error: type[Exception]
) -> None:
    with pytest.raises(error) as caught:
        build()
    assert isinstance(caught.value, FieldError)
    assert (caught.value.owner, caught.value.field) == (owner, field)
    assert str(caught.value).startswith(f"{owner}.{field}: ")
    assert repr(caught.value.value)[:20] in str(caught.value)


def test_model_is_frozen_slotted_and_keyword_only() -> None:
    for cls in (Project, Funding, Goals, Indicator, Quantity, Comparison, Range, Deadline, Change):
        assert attrs.has(cls)
        assert "__slots__" in cls.__dict__
        assert all(a.kw_only for a in attrs.fields(cls))
    funding = Funding()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        funding.total = D(1)  # type: ignore[misc]


def test_deadline_fills_in_the_end_of_the_month() -> None:
    assert Deadline(year=2022, month=12) == Deadline(year=2022, month=12, day=31)
    assert Deadline(month=4).day == 30
    assert Deadline(month=2).day is None  # leap years differ


def test_reprs_are_readable() -> None:
    assert repr(parse_target(">=95%")) == "<Comparison('>=95%')>"
    assert repr(Quantity(value=D("1.5"), unit="万元")) == "Quantity('1.5万元')"
    indicator = Indicator(level2=Level2.QUALITY, name="在线接答率", target=parse_target(">=95%"))
    assert repr(indicator) == (
        "Indicator(level2=<Level2.QUALITY: '质量指标'>, name='在线接答率', "
        "target=<Comparison('>=95%')>)"
    )


@pytest.mark.parametrize(
    ("call", "owner"),
    [
        (lambda: lint("弱电安防"), "lint"),  # type: ignore[arg-type]
        (lambda: format_form(None), "format_form"),  # type: ignore[arg-type]
        (lambda: read_forms(b"text"), "read_forms"),  # type: ignore[arg-type]
        (lambda: to_records({}), "to_records"),
        (lambda: self_evaluate("x", {}), "self_evaluate"),  # type: ignore[arg-type]
        (lambda: Quantity(value=D(1)).compare(D(1)), "Quantity.compare"),  # type: ignore[arg-type]
        (lambda: Quantity(value=D(1)).is_comparable("1"), "Quantity.is_comparable"),  # type: ignore[arg-type]
    ],
)
def test_entry_points_refuse_wrong_types(call: Any, owner: str) -> None:
    with pytest.raises(FieldTypeError) as caught:
        call()
    assert caught.value.owner == owner
