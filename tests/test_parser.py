"""Table tests of the target grammar: spellings, kinds, canonical text and errors."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest

from perfindicator import (
    Change,
    Comparison,
    Deadline,
    Direction,
    FieldTypeError,
    Op,
    Qualitative,
    Quantity,
    Range,
    TargetSyntaxError,
    parse_quantity,
    parse_target,
)


def q(value: str, unit: str = "") -> Quantity:
    return Quantity(value=Decimal(value), unit=unit)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        # No operator means "=".
        ("100%", Comparison(op=Op.EQ, quantity=q("100", "%"))),
        (">=95%", Comparison(op=Op.GE, quantity=q("95", "%"))),
        ("≥ 95 ％", Comparison(op=Op.GE, quantity=q("95", "%"))),
        ("≧95%", Comparison(op=Op.GE, quantity=q("95", "%"))),
        ("＞＝９５％", Comparison(op=Op.GE, quantity=q("95", "%"))),
        ("不低于95%", Comparison(op=Op.GE, quantity=q("95", "%"))),
        ("95%以上", Comparison(op=Op.GE, quantity=q("95", "%"))),
        ("95%及以上", Comparison(op=Op.GE, quantity=q("95", "%"))),
        ("达到95%以上", Comparison(op=Op.GE, quantity=q("95", "%"))),
        ("≥98百分比", Comparison(op=Op.GE, quantity=q("98", "%"))),
        ("≤15399.72万元", Comparison(op=Op.LE, quantity=q("15399.72", "万元"))),
        ("3个工作日以内", Comparison(op=Op.LE, quantity=q("3", "个工作日"))),
        ("不超过10次", Comparison(op=Op.LE, quantity=q("10", "次"))),
        ("≦2%", Comparison(op=Op.LE, quantity=q("2", "%"))),
        ("5公里以外", Comparison(op=Op.GT, quantity=q("5", "公里"))),
        ("超过1000人", Comparison(op=Op.GT, quantity=q("1000", "人"))),
        ("不足5%", Comparison(op=Op.LT, quantity=q("5", "%"))),
        ("=0次", Comparison(op=Op.EQ, quantity=q("0", "次"))),
        ("15,399,720元", Comparison(op=Op.EQ, quantity=q("15399720", "元"))),
        (">=530元/人*月", Comparison(op=Op.GE, quantity=q("530", "元/人*月"))),
        (">=3万条", Comparison(op=Op.GE, quantity=q("3", "万条"))),
        ("90%-95%", Range(low=q("90", "%"), high=q("95", "%"))),
        ("90~95%", Range(low=q("90", "%"), high=q("95", "%"))),
        ("90％～95％之间", Range(low=q("90", "%"), high=q("95", "%"))),
        ("5至10个", Range(low=q("5", "个"), high=q("10", "个"))),
        ("18—54周岁", Range(low=q("18", "周岁"), high=q("54", "周岁"))),
        ("5千元~1万元", Range(low=q("5", "千元"), high=q("1", "万元"))),
        ("±3%以内", Range(low=q("-3", "%"), high=q("3", "%"))),
        ("2022年12月31日前", Deadline(year=2022, month=12, day=31)),
        ("2022年12月底前", Deadline(year=2022, month=12, day=31)),
        ("<=2022-06-30", Deadline(year=2022, month=6, day=30)),
        ("<2022-07-01", Deadline(year=2022, month=6, day=30)),
        ("2021年底", Deadline(year=2021, month=12)),
        ("2025年12月", Deadline(year=2025, month=12, day=31)),
        ("2024年2月底前", Deadline(year=2024, month=2, day=29)),
        ("年底前", Deadline(month=12, day=31)),
        ("每年12月底前", Deadline(month=12)),
        ("每年2月底前", Deadline(month=2)),
        ("6月30日前完成", Deadline(month=6, day=30)),
        ("较上年提升5%", Change(direction=Direction.UP, amount=q("5", "%"), basis="较上年")),
        ("同比增长10%", Change(direction=Direction.UP, amount=q("10", "%"), basis="同比")),
        ("下降2个百分点", Change(direction=Direction.DOWN, amount=q("2", "个百分点"))),
        ("及时", Qualitative(text="及时")),
        ("  有效保障 ", Qualitative(text="有效保障")),
        ("较上年提升", Qualitative(text="较上年提升")),
        ("达到预期", Qualitative(text="达到预期")),
        ("3月", Comparison(op=Op.EQ, quantity=q("3", "月"))),
    ],
)
def test_spellings(written: str, expected: object) -> None:
    assert parse_target(written) == expected


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("≥ 95 ％", ">=95%"),
        ("100%", "=100%"),
        ("90~95%", "90%~95%"),
        ("2022年12月底前", "<=2022-12-31"),
        ("年底前", "每年12月31日前"),
        ("每年2月底前", "每年2月底前"),
        ("较上年提高5%", "较上年增长5%"),
        ("降低2个百分点", "下降2个百分点"),
        ("1,000.50元", "=1000.50元"),
        # A baseline year is kept in ASCII digits, so equal meanings are equal targets.
        ("较２０２２年提高5%", "较2022年增长5%"),
        ("\ufeff٩٥%以上", ">=95%"),
    ],
)
def test_canonical_text(written: str, canonical: str) -> None:
    assert str(parse_target(written)) == canonical


def test_equal_spellings_hash_equal() -> None:
    spellings = [">=95%", "≥95％", "不低于95%", "95%以上", "＞＝95百分比", " ≧ 95 % "]
    targets = {parse_target(s) for s in spellings}
    assert len(targets) == 1


@pytest.mark.parametrize(
    ("written", "position", "fragment"),
    [
        ("", 0, "empty"),
        ("   ", 0, "empty"),
        (">=", 2, "expected a number after the operator"),
        (">=abc", 2, "expected a number after the operator"),
        ("≥95%%", 4, "unexpected '%'"),
        ("≤****000元", 1, "expected a number"),
        ("1,00", 1, "unexpected ','"),
        ("95%左右", 3, "左右"),
        ("95%之间", 3, "之间"),
        (">=95%以下", 5, "contradicts"),
        (">=90%-95%", 0, "no operator"),
        ("95%-90%", 4, "not an interval"),
        ("5个-10元", 3, "not an interval"),
        ("2022年", 0, "bare year"),
        ("2022-02-30", 0, "no date 2022-02-30"),
        ("13月底前", 0, "no date"),
        ("<0001-01-01", 1, "no date lies before"),
        # A share below 100% by a date is a second target (100% is "done", a deadline).
        ("11月底完成80%", 6, "unexpected '8'"),
        ("1-6期培训结束后及时考核", 3, "too long for a unit"),
        ("较上年提升-5%", 5, "positive"),
        ("同比增长5%以下", 6, "no '以下'"),
    ],
)
def test_errors_point_at_the_problem(written: str, position: int, fragment: str) -> None:
    with pytest.raises(TargetSyntaxError) as caught:
        parse_target(written)
    error = caught.value
    assert (error.text, error.position) == (written, position)
    assert fragment in str(error)


def test_error_message_shows_a_caret_under_the_problem() -> None:
    with pytest.raises(TargetSyntaxError) as caught:
        parse_target("不低于95%%")
    # Chinese characters are two columns wide, so the caret sits nine columns in.
    assert str(caught.value).splitlines()[1:] == ["    不低于95%%", "    " + " " * 9 + "^"]


def test_non_string_is_a_type_error() -> None:
    with pytest.raises(FieldTypeError):
        parse_target(95)  # type: ignore[arg-type]


def test_deadline_resolve_takes_the_year_only_when_missing() -> None:
    assert parse_target("年底前").resolve(2023) == datetime.date(2023, 12, 31)  # type: ignore[union-attr]
    assert parse_target("2022年6月底前").resolve(2030) == datetime.date(2022, 6, 30)  # type: ignore[union-attr]
    assert parse_target("每年2月底前").resolve(2024) == datetime.date(2024, 2, 29)  # type: ignore[union-attr]
    with pytest.raises(ValueError, match="names no year"):
        Deadline(month=12).resolve()


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("提升", Direction.UP),
        ("明显改善", Direction.UP),
        ("有效减轻", Direction.DOWN),
        ("降低", Direction.DOWN),
        ("稳定", Direction.STEADY),
        ("有效巩固", Direction.STEADY),
        ("及时", None),
        ("不降低", None),
        ("降低成本提高效率", None),
    ],
)
def test_qualitative_direction(text: str, direction: Direction | None) -> None:
    assert Qualitative(text=text).direction is direction


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("96.2%", q("96.2", "%")),
        ("520条", q("520", "条")),
        ("1.2万人次", q("1.2", "万人次")),
        (" １,２00 人次 ", q("1200", "人次")),
        ("-3%", q("-3", "%")),
        ("98百分比", q("98", "%")),
        ("7", q("7")),
    ],
)
def test_parse_quantity(written: str, expected: Quantity) -> None:
    assert parse_quantity(written) == expected


@pytest.mark.parametrize("written", ["", ">=95%", "90-95%", "95%以上", "abc", "95%%"])
def test_parse_quantity_rejects_targets_and_words(written: str) -> None:
    with pytest.raises(TargetSyntaxError) as caught:
        parse_quantity(written)
    assert caught.value.kind == "quantity"


@pytest.mark.parametrize(
    ("written", "base"),
    [
        ("3万条", q("30000", "条")),
        ("15399.72万元", q("153997200", "元")),
        ("1.2万人次", q("12000", "人次")),
        ("2.5公里", q("2500", "米")),
        ("3天", q("259200", "秒")),
        ("5‰", q("0.5", "%")),
        ("3个工作日", q("3", "工作日")),
        ("2亩", q("2", "亩")),
        ("3万元/人", q("30000", "元/人")),
    ],
)
def test_base_unit_conversion(written: str, base: Quantity) -> None:
    assert parse_quantity(written).to_base() == base


def test_units_compare_only_when_convertible() -> None:
    assert parse_quantity("1.2万人次").compare(parse_quantity("10000人次")) == 1
    assert parse_quantity("48小时").compare(parse_quantity("2天")) == 0
    assert not parse_quantity("3个工作日").is_comparable(parse_quantity("3天"))
    with pytest.raises(ValueError, match="not comparable"):
        parse_quantity("3个工作日").compare(parse_quantity("3天"))
