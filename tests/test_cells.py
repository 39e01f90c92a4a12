"""Targets split across sign, value and unit cells (`target_from_cells`, `direction_from_sign`).

Expected targets are written from the cells by hand, in canonical spelling, and compared
through `parse_target` of that spelling, which the grammar tests pin down on their own.
"""

from __future__ import annotations

import contextlib
import math
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from perfindicator import parse_target
from perfindicator.errors import FieldError, FieldTypeError, PerfIndicatorError, TargetSyntaxError
from perfindicator.grammar.cells import (
    CellSyntaxError,
    decimal_from_float,
    direction_from_sign,
    target_from_cells,
)
from perfindicator.model.targets import Comparison, Deadline, Direction, Qualitative
from perfindicator.strategies import comparisons

SPLIT = Path(__file__).parent / "data" / "targets_split.tsv"

UP, DOWN = Direction.UP, Direction.DOWN

# One entry per data row of targets_split.tsv, in file order: the canonical target (or
# `("error", cell)`) and the published direction. Written from each row's cells:
# - An empty sign cell with a number means `=`; a number with an empty unit cell and no unit
#   in the name has no unit. So 完成时限 `1` with no unit is `=1` (it may mean one year, or
#   one month; the form does not say, and a unit is never guessed), and 召开…会议 `2` is `=2`.
# - 定性 with words (`高中低`) is the words.
# - 正向 = / 反向 = give the operator `=`; the direction is read apart (UP, DOWN).
# - 乌海's date target leaks the Excel serial 44,561 into the unit cell: a number is not a
#   unit, so the unit cell is at fault. (The serial is not turned into 2021-12-31: guessing.)
# - 浮梁's names carry the unit too (`保障在职职工人数(人)`); the unit cell is given, so it
#   decides, and agrees. `制作宣传横幅…(年)` `1` `年` is a count of years, `=1年`, not a date.
# - 巴南's rows lost their sign in the page text; the note guesses 森林受灾率 was `≤1%`, but the
#   cells say nothing, so it is `=1%`.
# - 岳阳楼区 `定量` `28.8萬元` with the unit cell `%`: two different units, the unit cell is at
#   fault (it contradicts the value). `定量` with the words `按月安排`: the value is at fault.
#   `定性` `應保盡保` with `%`: words take no unit, the unit cell is at fault.
EXPECTED: list[tuple[str | tuple[str, str], Direction | None]] = [
    ("=470人/天", None),  # 甘孜 检查差旅费
    ("=320人/天", None),  # 培训费
    ("=1", None),  # 完成时限, unit missing
    ("=2", None),  # 召开食品安委会全体会议, unit missing
    ("=100%", None),
    ("高中低", None),  # 定性
    ("高中低", None),  # 定性
    ("=8", UP),  # 乌海 正向 =, unit missing
    ("=24人/次", UP),
    ("=100%", UP),
    (("error", "unit"), UP),  # date serial 44,561 in the value and unit cells
    ("=0万元/人", DOWN),  # 反向 = 0
    ("=3万元", DOWN),
    ("=116人", None),  # 浮梁 保障在职职工人数(人)
    ("=6万立方米", None),
    ("=320万亩", None),
    ("=4900公顷", None),
    ("=0.5万亩", None),
    ("=1单", None),
    ("=30篇", None),
    ("=1年", None),
    (">=95%", None),
    ("=3500米", None),  # 荣昌, unit before the sign on the form
    ("=15000株", None),
    (">=85%", None),
    ("=100%", None),  # 巴南
    ("有效保障", None),
    ("有效改善", None),
    ("=125公里", None),
    ("=20", None),
    ("=1%", None),
    ("=95%", None),
    (("error", "unit"), None),  # 岳阳楼区 定量 28.8萬元 with %
    ("=100%", None),
    (("error", "value"), None),  # 定量 按月安排
    ("=100%", None),
    (("error", "unit"), None),  # 定性 應保盡保 with %
]


def split_rows() -> list[dict[str, str]]:
    lines = SPLIT.read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"), strict=True)) for line in lines[1:]]


def test_the_table_covers_every_row() -> None:
    rows = split_rows()
    assert len(rows) == len(EXPECTED) == 37
    assert len({row["source_url"] for row in rows}) == 6


@pytest.mark.parametrize(
    ("row", "expected"), list(zip(split_rows(), EXPECTED, strict=True)), ids=lambda x: None
)
def test_every_real_split_row(
    row: dict[str, str], expected: tuple[str | tuple[str, str], Direction | None]
) -> None:
    target, direction = expected
    cells = row["sign_or_nature"], row["value"], row["unit"]
    assert direction_from_sign(row["sign_or_nature"]) == direction
    if isinstance(target, tuple):
        with pytest.raises(CellSyntaxError) as caught:
            target_from_cells(*cells, name=row["indicator_name"])
        assert caught.value.cell == target[1]
        assert caught.value.text == row[target[1]]
    else:
        read = target_from_cells(*cells, name=row["indicator_name"])
        assert read == parse_target(target)
        assert str(read) == target


@pytest.mark.parametrize("row", [r for r in split_rows() if "(" in r["indicator_name"]])
def test_a_name_gives_the_unit_when_there_is_no_unit_cell(row: dict[str, str]) -> None:
    # 浮梁: every name ends with its unit in brackets, the same as the unit cell, except
    # 工资发放准确性(%) whose unit cell says % too. Without the unit cell, the name decides.
    with_cell = target_from_cells(row["sign_or_nature"], row["value"], row["unit"])
    assert (
        target_from_cells(row["sign_or_nature"], row["value"], None, name=row["indicator_name"])
        == with_cell
    )


# --- Sign spellings ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sign", "expected", "direction"),
    [
        ("≥", ">=95%", None),
        (">=", ">=95%", None),
        ("＞＝", ">=95%", None),
        ("≧", ">=95%", None),
        ("≤", "<=95%", None),
        ("<=", "<=95%", None),
        (">", ">95%", None),
        ("＞", ">95%", None),
        ("<", "<95%", None),
        ("=", "=95%", None),
        ("＝", "=95%", None),  # full-width
        ("﹦", "=95%", None),  # small equals sign, traditional-script pages
        ("不低于", ">=95%", None),
        ("不少于", ">=95%", None),
        ("大于等于", ">=95%", None),
        ("不超过", "<=95%", None),
        ("不高于", "<=95%", None),
        ("大于", ">95%", None),
        ("小于", "<95%", None),
        ("等于", "=95%", None),
        ("达到", "=95%", None),
        ("", "=95%", None),  # empty sign: = for a number
        (None, "=95%", None),
        ("\u3000 ", "=95%", None),
        ("正向", "=95%", UP),  # a direction alone gives no operator
        ("反向", "=95%", DOWN),
        ("正向指标", "=95%", UP),
        ("反向指标", "=95%", DOWN),
        ("正向 =", "=95%", UP),
        ("反向 =", "=95%", DOWN),
        ("正向=", "=95%", UP),
        ("正向指标≥", ">=95%", UP),
        ("反向指标 ≤", "<=95%", DOWN),
        ("正向　＞＝", ">=95%", UP),
        ("定量", "=95%", None),
        ("定量指标", "=95%", None),
        ("定量(其他)", "=95%", None),
        ("定量（其他）", "=95%", None),
        (" ≥ ", ">=95%", None),
    ],
)
def test_sign_spellings(sign: str | None, expected: str, direction: Direction | None) -> None:
    assert target_from_cells(sign, "95", "%") == parse_target(expected)
    assert direction_from_sign(sign) == direction


@pytest.mark.parametrize(
    ("sign", "value", "expected"),
    [
        ("定性", "及时", "及时"),
        ("定性", "达成", "达成"),
        ("定性指标", "有效保障", "有效保障"),
        ("", "明显改善", "明显改善"),
        ("定量(其他)", "按月安排", "按月安排"),  # 定量(其他) takes any target
        ("正向", "提升", "提升"),
        ("定性", "年底前", "每年12月31日前"),  # a date is not a number: 定性 may hold it
        ("≤", "2022-12-31", "<=2022-12-31"),
        ("不晚于", "2022-06-30", "<=2022-06-30"),
        ("≤", "≤2022-06-30", "<=2022-06-30"),  # sign repeated in both cells
        ("", "2022年12月底前", "<=2022-12-31"),
        ("", "90-95", "90~95"),
        ("定量", "较上年提升5%", "较上年增长5%"),
        ("≤", "3月底", "每年3月31日前"),
    ],
)
def test_words_dates_ranges_and_changes(sign: str, value: str, expected: str) -> None:
    assert target_from_cells(sign, value, None) == parse_target(expected)


# --- Units ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sign", "value", "unit", "expected"),
    [
        ("≥", "95", "%", ">=95%"),
        ("≥", "95", "百分比", ">=95%"),  # the unit word for percent
        ("≥", "95", "％", ">=95%"),
        ("≥", "95", " % ", ">=95%"),
        ("≥", "95", None, ">=95"),
        ("≥", "95", "", ">=95"),
        ("≥", "95", "  ", ">=95"),
        ("", "≥95%", "", ">=95%"),  # the value carries sign and unit
        ("", "≥95%", "%", ">=95%"),  # ... and the unit cell repeats the unit: not doubled
        ("", "95%", "%", "=95%"),
        ("", "95百分比", "%", "=95%"),
        ("", "95%", "百分比", "=95%"),
        ("≥", "≥95%", "%", ">=95%"),  # the sign repeated in both cells
        ("≥", "95%以上", "%", ">=95%"),  # the same operator, spelled after the number
        ("不低于", "≥ 95", "%", ">=95%"),
        ("", "95以上", "%", ">=95%"),  # the unit goes after the number, before 以上
        ("", "1,200", "人次", "=1200人次"),
        ("", "90-95", "%", "90%~95%"),  # a unit cell serves both ends of a range
        ("", "90%-95%", "%", "90%~95%"),
        ("", "±3", "%", "-3%~3%"),
        ("", "较上年提升5", "%", "较上年增长5%"),
        ("≤", "3", "个工作日", "<=3个工作日"),
        ("", "15399.72", "万元", "=15399.72万元"),
        ("反向 =", "0", "万元/人", "=0万元/人"),
        # The joined text is read by the grammar, which reads `≤3月底` as a deadline.
        ("≤", "3", "月底", "每年3月31日前"),
    ],
)
def test_units(sign: str, value: str, unit: str | None, expected: str) -> None:
    assert target_from_cells(sign, value, unit) == parse_target(expected)


@pytest.mark.parametrize(
    ("name", "unit", "expected"),
    [
        ("保障在职职工人数(人)", None, "=116人"),
        ("保障在职职工人数（人）", None, "=116人"),  # full-width brackets
        ("保障在职职工人数(人) ", "", "=116人"),
        ("工资发放准确性(%)", None, "=116%"),
        ("林业产业( 万亩 )", None, "=116万亩"),
        ("保障在职职工人数(人)", "个", "=116个"),  # a unit cell decides: the name is a label
        ("保障在职职工人数", None, "=116"),
        ("培训人数(年度)", None, "=116"),  # a period mark, not a unit
        ("培训人数(必填)", None, "=116"),
        ("合格率(≥**%)", None, "=116"),  # a template placeholder, not a unit
        ("合格率()", None, "=116"),
        ("(人)合格率", None, "=116"),  # brackets not at the end
    ],
)
def test_unit_from_the_name(name: str, unit: str | None, expected: str) -> None:
    assert target_from_cells("=", "116", unit, name=name) == parse_target(expected)


def test_the_name_is_not_used_when_the_value_has_a_unit_or_is_words() -> None:
    assert target_from_cells("=", "5个", None, name="人数(人)") == parse_target("=5个")
    assert target_from_cells("", "及时", None, name="发放及时性(%)") == parse_target("及时")


# --- Conflicts and refusals -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("cells", "cell", "position"),
    [
        # Conflicting cells: never guessed.
        (("≥", "≤95", "%"), "value", 0),
        (("≥", "95%以下", ""), "value", 3),
        (("=", "95%以上", ""), "value", 3),
        (("<", "≥ 95", ""), "value", 0),
        (("≥", "95%", "个"), "unit", 0),
        (("", "95%", " 万元"), "unit", 1),
        (("", "28.8萬元", "%"), "unit", 0),
        (("", "90%-95%", "个"), "unit", 0),
        (("≤", "<2022-07-01", ""), "value", 0),
        # A nature the value does not have.
        (("定性", "95", "%"), "value", 0),
        (("定性", "较上年提升5%", ""), "value", 0),
        (("定量", "及时", ""), "value", 0),
        (("定量", " 按月安排", ""), "value", 1),
        # An operator before words, a unit after words or a date.
        (("≥", "及时", ""), "value", 0),
        (("", "及时", "%"), "unit", 0),
        (("", "年底前", "天"), "unit", 0),
        (("", "2022-12-31", "日"), "unit", 0),
        (("=", "年底前", ""), "value", 0),  # the grammar: a date takes no '='
        (("≥", "90-95", "%"), "sign", 0),  # the grammar: a range takes no operator
        (("不晚于", "95", "%"), "sign", 0),  # 不晚于 is for dates: before a number, words
        # Cells that are not what their role holds.
        (("x", "95", "%"), "sign", 0),
        (("正向 ≥x", "95", "%"), "sign", 4),
        (("95", "95", "%"), "sign", 0),
        (("以上", "95", "%"), "sign", 0),
        (("≥", "", "%"), "value", 0),
        (("≥", None, "%"), "value", 0),
        (("≥", "  ", "%"), "value", 0),
        (("≥", "abc%", "%"), "value", 0),
        (("", ">=abc%", ""), "value", 2),
        (("≥", "95", "44,561"), "unit", 0),
        (("≥", "95", 44561), "unit", 0),
        (("≥", "95", "以上"), "unit", 0),
        (("≥", "95", "个 人"), "unit", 2),
        (("≥", "95", "个人个人个人个人个人"), "unit", 0),
        (
            ("不超过", "3", "月底"),
            "unit",
            0,
        ),  # `不超过3月底` reads as a date: the grammar refuses it
    ],
)
def test_errors_name_the_cell_at_fault(cells: tuple[object, ...], cell: str, position: int) -> None:
    with pytest.raises(CellSyntaxError) as caught:
        target_from_cells(*cells)  # type: ignore[arg-type]
    error = caught.value
    assert isinstance(error, TargetSyntaxError)
    assert error.cell == cell
    index = ("sign", "value", "unit").index(cell)
    given = cells[index]
    assert error.text == ("" if given is None else str(given))
    assert error.position == position
    assert f"invalid {cell} cell" in str(error)


def test_an_error_in_a_unit_from_the_name_names_the_name() -> None:
    with pytest.raises(CellSyntaxError) as caught:
        target_from_cells("不超过", "3", None, name="整改时间(月底)")
    assert caught.value.cell == "name"
    assert caught.value.position == 5
    assert caught.value.text == "整改时间(月底)"


def test_the_message_quotes_the_cell_in_english_and_chinese() -> None:
    with pytest.raises(CellSyntaxError) as caught:
        target_from_cells("正向 =", "44,561", "44,561")
    assert str(caught.value).splitlines()[0] == (
        "invalid unit cell '44,561' (计量单位无法解析) at position 0: "
        "expected a unit such as %, 个 or 万元, not a number"
    )


@pytest.mark.parametrize(
    ("cells", "error"),
    [
        ((True, "95", "%"), FieldTypeError),
        (("≥", False, "%"), FieldTypeError),
        (("≥", "95", True), FieldTypeError),
        (("≥", ["95"], "%"), FieldTypeError),
        (("≥", b"95", "%"), FieldTypeError),
        (("≥", math.nan, "%"), FieldError),
        (("≥", math.inf, "%"), FieldError),
        (("≥", -math.inf, "%"), FieldError),
        (("≥", Decimal("NaN"), "%"), FieldError),
        (("≥", Decimal("sNaN"), "%"), FieldError),
        (("≥", Decimal("Infinity"), "%"), FieldError),
        (("≥", Decimal("1E+40"), "%"), FieldError),
        (("≥", 10**40, "%"), FieldError),
        (("≥", 10**5000, "%"), FieldError),
        (("≥", 1e300, "%"), FieldError),
        (("≥", 5e-324, "%"), FieldError),
    ],
)
def test_refused_cells(cells: tuple[object, ...], error: type[Exception]) -> None:
    with pytest.raises(error):
        target_from_cells(*cells)  # type: ignore[arg-type]


def test_a_name_must_be_text() -> None:
    with pytest.raises(FieldTypeError):
        target_from_cells("≥", "95", None, name=95)  # type: ignore[arg-type]


# --- Numbers and floats ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (95, "=95%"),
        (Decimal("95.50"), "=95.50%"),
        (Decimal("1E+2"), "=100%"),
        (-5, "=-5%"),
        (0.95, "=0.95%"),
        (95.0, "=95%"),  # the `.0` is repr's, not the typist's
        (0.1, "=0.1%"),
        (1e-07, "=0.0000001%"),
        (1e16, "=10000000000000000%"),
        (12345678.9, "=12345678.9%"),
        (-0.0, "=0%"),
        (0.1 + 0.2, "=0.30000000000000004%"),  # a formula's result, not typed: kept
    ],
)
def test_number_cells(value: int | Decimal | float, expected: str) -> None:
    read = target_from_cells("", value, "%")
    assert read == parse_target(expected)
    assert str(read) == expected


def test_a_float_is_read_through_its_shortest_repr() -> None:
    # Decimal(0.95) keeps the binary float's 50-odd digits; the cell held 0.95.
    assert Decimal(float("0.95")) != Decimal("0.95")
    assert decimal_from_float(0.95) == Decimal("0.95")
    assert str(decimal_from_float(95.0)) == "95"
    assert target_from_cells("≥", 0.95, None) == parse_target(">=0.95")


@pytest.mark.parametrize("value", [math.nan, math.inf, True, 1, "0.95"])
def test_decimal_from_float_refuses_what_is_not_a_finite_float(value: object) -> None:
    with pytest.raises(FieldError):
        decimal_from_float(value)  # type: ignore[arg-type]


@given(
    st.decimals(
        allow_nan=False, allow_infinity=False, places=6, max_value=10**8, min_value=-(10**8)
    )
)
def test_typed_decimals_survive_the_float(value: Decimal) -> None:
    # A number of at most 15 significant digits, as typed into a cell, comes back exactly.
    assert decimal_from_float(float(value)) == value


# --- Properties -----------------------------------------------------------------------------


@given(comparisons(), st.data())
def test_a_comparison_split_into_cells_reads_back(target: Comparison, data: st.DataObject) -> None:
    quantity = target.quantity
    value = data.draw(st.just(f"{quantity.value:f}") | st.just(quantity.value))
    unit = quantity.unit or data.draw(st.sampled_from([None, "", " "]))
    assert target_from_cells(target.op.value, value, unit) == target
    # The same target with the sign and the unit written in the value cell instead.
    assert (
        target_from_cells(None, str(target), data.draw(st.sampled_from([None, quantity.unit])))
        == target
    )


_CELLS = st.one_of(
    st.none(),
    st.text(max_size=12),
    st.text(
        alphabet="≥≤=<>＝﹦%‰0123456789.,-+±~至以上下内正反向指标定性量(其他)（） 万元个人年月底前",
        max_size=12,
    ),
    st.integers(),
    st.decimals(),
    st.floats(),
    st.booleans(),
)


@given(_CELLS, _CELLS, _CELLS, st.none() | st.text(max_size=12))
def test_any_cells_give_a_target_or_a_library_error(
    sign: object, value: object, unit: object, name: str | None
) -> None:
    try:
        target = target_from_cells(sign, value, unit, name=name)  # type: ignore[arg-type]
    except PerfIndicatorError:
        return
    assert parse_target(str(target)) == target
    if isinstance(target, Qualitative):
        assert isinstance(value, str)
        assert target.text in value


@given(_CELLS)
def test_any_sign_gives_a_direction_or_a_library_error(sign: object) -> None:
    with contextlib.suppress(PerfIndicatorError):
        direction_from_sign(sign)  # type: ignore[arg-type]


def test_deadline_from_cells_keeps_the_date() -> None:
    assert target_from_cells("", "2022-06-30", None) == Deadline(year=2022, month=6, day=30)


def test_equal_numbers_are_different_cells_for_the_cache() -> None:
    # target_from_cells caches its results: 1 and 1.0 must still read as written, whatever
    # came first, and a bool (equal to 1) must still be refused.
    assert str(target_from_cells("=", Decimal("1.0"), "个")) == "=1.0个"
    assert str(target_from_cells("=", 1, "个")) == "=1个"
    assert str(target_from_cells("=", Decimal("1"), "个")) == "=1个"
    # A spreadsheet keeps no trailing zeros: its float 1.0 is the typed 1.
    assert str(target_from_cells("=", 1.0, "个")) == "=1个"
    assert str(target_from_cells("=", Decimal("1.0"), "个")) == "=1.0个"
    with pytest.raises(FieldTypeError):
        target_from_cells("=", True, "个")
    for number in (Decimal("NaN"), Decimal("sNaN"), float("inf")):
        with pytest.raises(FieldError):
            target_from_cells("=", number, "个")
