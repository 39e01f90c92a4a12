"""The grammar's promises under hostile input: linear time, bounded numbers and memory, no
invisible or foreign characters read as words, and only `TargetSyntaxError` on any text.

Expected values are worked out from the grammar page (docs/explanation/grammar.md).
"""

from __future__ import annotations

import ast
import unicodedata
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from perfindicator import (
    Comparison,
    FieldError,
    Op,
    Qualitative,
    Quantity,
    Range,
    Target,
    TargetSyntaxError,
    _syntax,
    parse_quantity,
    parse_target,
)
from perfindicator import _lexicon as lex
from perfindicator.grammar import parse as parse_module
from perfindicator.model import units

SRC = Path(__file__).parents[1] / "src" / "perfindicator"


def q(value: str, unit: str = "") -> Quantity:
    return Quantity(value=Decimal(value), unit=unit)


def syntax_error(read: Callable[[str], object], text: str) -> TargetSyntaxError:
    with pytest.raises(TargetSyntaxError) as caught:
        read(text)
    assert caught.value.text == text
    return caught.value


# --- Linear time (issue 11, family 1) -------------------------------------------------------

# 50,000 characters: with the old patterns the first shape took about 16 s at 1,600 spaces and
# grew with the cube of the length (hours here), the date shapes with its square (about a
# minute and a half here). Read in linear time each is a few milliseconds. No timing is
# asserted: a return to super-linear matching shows as a test that does not finish.
N = 50_000


@pytest.mark.parametrize(
    ("text", "position", "fragment"),
    [
        # The spaces collapse to one gap; the error points at 'x' in the text as written.
        ("12月" + " " * N + "x", 3 + N, "unexpected 'x' after the unit '月'"),
        ("12月底" + " " * N + "x", 4 + N, "unexpected 'x' after the unit '月底'"),
        ("2022年" + " " * N + "x", 5 + N, "unexpected 'x' after the unit '年'"),
        ("年底" + " " * N + "前x", None, None),  # words: nothing in it starts like a number
        # Not a whole date, so read as a range 2022-06 that the second '-' breaks.
        ("2022-06-30" + " " * N + "前x", 7, "unexpected '-' after the number"),
        ("较上年提升" + " " * N + "5x%", 7 + N, "unexpected '%' after the unit 'x'"),
        ("12月" + "\u200b " * (N // 2) + "x", 3 + N - N % 2, "unexpected 'x'"),
        ("不低于" * (N // 3), None, None),
        (">=" * (N // 2), 2, "expected a number after the operator"),
        ("-" * N, 0, "expected a number"),
        ("~" * N, None, None),
        ("1-" * (N // 2), 3, "unexpected '-' after the number"),
        ("1" + "个" * N, 1, "too long for a unit"),
        ("年月底末" * (N // 4), None, None),
        ("12月" * (N // 3), 3, "unexpected '1' after the unit '月'"),
        (" x" * (N // 2), None, None),
        ("1" + ",000" * (N // 4) + "%", 0, "more than 38 digits"),
        ("٩" * N + "%", 0, "more than 38 digits"),
    ],
)
def test_pathological_targets_are_read_in_linear_time(
    text: str, position: int | None, fragment: str | None
) -> None:
    if position is None:
        assert isinstance(parse_target(text), Qualitative)
        return
    error = syntax_error(parse_target, text)
    assert error.position == position
    assert fragment is not None
    assert fragment in error.reason


@pytest.mark.parametrize(
    "text", ["12月" + " " * N + "x", "9" * N, " " * N + "1" + " " * N + "%x", "1" + "人" * N]
)
def test_pathological_actual_values_are_read_in_linear_time(text: str) -> None:
    error = syntax_error(parse_quantity, text)
    assert error.kind == "quantity"


def test_a_deadline_as_actual_value_is_read_in_linear_time() -> None:
    # evaluate() reads a date actual with parse_target: same patterns, same guard.
    assert parse_target("2022年12月底" + " " * N) == parse_target("<=2022-12-31")


# --- Huge numbers (family 2) ----------------------------------------------------------------


@pytest.mark.parametrize("read", [parse_target, parse_quantity])
@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("9" * 4400 + "%", "more than 38 digits"),  # once a plain ValueError from int → str
        ("9" * 19 + "%", "more than 18 digits before the decimal point"),
        ("0." + "0" * 20 + "1", "more than 20 decimal places"),
    ],
)
def test_numbers_beyond_the_supported_size_are_refused_at_the_number(
    read: Callable[[str], object], text: str, fragment: str
) -> None:
    error = syntax_error(read, " " + text)
    assert error.position == 1
    assert fragment in error.reason


def test_numbers_at_the_supported_size_are_read() -> None:
    assert parse_quantity("9" * 18) == q("9" * 18)
    assert parse_quantity("0." + "0" * 19 + "1") == q("1E-20")
    # Trailing zeros after the point are no extra places.
    assert parse_quantity("1." + "0" * 30) == q("1." + "0" * 30)
    # The base unit of a valid quantity may be larger than a form's number: never refused.
    assert q("9" * 18, "亿元").to_base().value == Decimal("9" * 18 + "0" * 8)


def test_a_range_end_beyond_the_supported_size_points_at_it() -> None:
    error = syntax_error(parse_target, "1~" + "9" * 19)
    assert error.position == 2


# --- Invisible and foreign characters (family 5) --------------------------------------------


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        # Zero-width and BOM characters around a target are extraction debris: stripped.
        ("\u200b>=95%", Comparison(op=Op.GE, quantity=q("95", "%"))),
        ("\ufeff及时\u200b", Qualitative(text="及时")),
        ("\u2060 ≥95% \u200d", Comparison(op=Op.GE, quantity=q("95", "%"))),
        # Between the tokens of a quantity they are a gap, like a space.
        ("≥\u200b95%", Comparison(op=Op.GE, quantity=q("95", "%"))),
        # Decimal digits of other scripts fold to ASCII, one for one.
        ("٩٥%", Comparison(op=Op.EQ, quantity=q("95", "%"))),
        ("९५%以上", Comparison(op=Op.GE, quantity=q("95", "%"))),
        ("۹۰~۹۵%", Range(low=q("90", "%"), high=q("95", "%"))),
        # Inside words they are kept as written.
        ("及\u200b时", Qualitative(text="及\u200b时")),
    ],
)
def test_invisible_and_foreign_characters(written: str, expected: Target) -> None:
    assert parse_target(written) == expected


@pytest.mark.parametrize(
    ("written", "position", "fragment"),
    [
        ("\u200b", 0, "empty"),
        ("\ufeff \u2060", 0, "empty"),
        # Inside a number an invisible character is an error, and the message says so.
        ("9\u200b5%", 2, "invisible character U+200B"),
        ("1,\ufeff000", 1, "unexpected ','"),
        # '+' is never words: ambiguous between a value and a rise, so refused.
        ("+5%", 0, "'+' sign"),
        ("不超过+5%", 3, "'+' sign"),
        ("较上年增长+5%", 5, "'+' sign"),
    ],
)
def test_invisible_and_signed_errors(written: str, position: int, fragment: str) -> None:
    error = syntax_error(parse_target, written)
    assert error.position == position
    assert fragment in error.reason


def test_actual_values_fold_and_refuse_the_same_way() -> None:
    assert parse_quantity("\ufeff٩٥%\u200b") == q("95", "%")
    assert syntax_error(parse_quantity, "+5%").position == 0


@pytest.mark.parametrize(
    ("text", "blank"),
    [
        ("", True),
        (" \t\u3000", True),
        ("\u200b\u200c\u200d\u2060\ufeff", True),
        ("\u00ad\u200e\u202a\u3164\ufe0f\U000e0041", True),
        ("及时", False),
        ("\u200b及", False),
        ("\u0301", False),  # a combining accent shows (on a dotted circle)
    ],
)
def test_is_blank(text: str, blank: bool) -> None:
    assert _syntax.is_blank(text) is blank


@pytest.mark.parametrize("text", ["\u200b", "\u200b及时", "及时\ufeff", "+5%", "٩٥%", "\u3000"])
def test_qualitative_refuses_what_does_not_read_back_as_itself(text: str) -> None:
    with pytest.raises(FieldError):
        Qualitative(text=text)


# --- Every failure is a TargetSyntaxError (family 10) ---------------------------------------


@pytest.mark.parametrize(
    ("written", "position", "fragment"),
    [
        ("±-5%", 1, "'±' takes a number without a sign"),
        ("±+5%", 1, "'±' takes a number without a sign"),
        # As '<=3月底' it would read back as a deadline, not as 3 of the unit '月底'.
        ("不超过3月底", 4, "reads as a date"),
        ("<=3 月底完成", None, None),  # written as a deadline, it is one
    ],
)
def test_model_invariants_are_checked_by_the_parser(
    written: str, position: int | None, fragment: str | None
) -> None:
    if position is None:
        parse_target(written)
        return
    error = syntax_error(parse_target, written)
    assert (error.position, fragment is not None and fragment in error.reason) == (position, True)


# Characters and words the grammar gives a meaning to, and the debris forms carry.
_TOKENS = st.sampled_from(
    [
        *"0123456789٩५０９.,，+-±~～—<>=≥≤≧％%‰/*",
        *" \u3000\t\u200b\u200c\u200d\u2060\ufeff",
        *"年月日号底末前每至到个人次元万亿",
        *("以上", "以下", "以内", "之间", "左右", "及以上", "百分比", "个百分点", "个工作日"),
        *("不低于", "不超过", "达到", "较上年", "同比", "较2022年", "提升", "下降", "完成"),
        *("及时", "有效", "改善", "不降低"),
    ]
)
_TEXTS = st.text() | st.lists(_TOKENS, max_size=14).map("".join)


@given(_TEXTS)
@example("±-5%")
@example("不超过3月底")
@example("\u200b>=95%")
@example("+5%")
@example("٩٥%")
@example("9" * 4400 + "%")
@example("<3月底")
@example("较２０２２年增长5%")
def test_parse_target_raises_only_target_syntax_errors_and_round_trips(text: str) -> None:
    try:
        target = parse_target(text)
    except TargetSyntaxError as error:
        assert error.text == text
        assert 0 <= error.position <= len(text)
        return
    assert parse_target(str(target)) == target
    # What the parser builds satisfies the model's own validators (evolve re-validates).
    assert attrs.evolve(target) == target
    if isinstance(target, Qualitative):
        assert _syntax.reads_as_words(target.text)


@given(_TEXTS)
@example("+5%")
@example("9" * 4400)
def test_parse_quantity_raises_only_target_syntax_errors_and_round_trips(text: str) -> None:
    try:
        quantity = parse_quantity(text)
    except TargetSyntaxError as error:
        assert (error.text, error.kind) == (text, "quantity")
        assert 0 <= error.position <= len(text)
        return
    assert parse_quantity(str(quantity)) == quantity


@given(_TEXTS)
def test_scanned_positions_point_into_the_text_as_written(text: str) -> None:
    try:
        scanned = _syntax.scan(text)
    except TargetSyntaxError:
        assert _syntax.is_blank(text)
        return
    folded = lex.fold(text)
    for i, char in enumerate(scanned.s):
        at = scanned.where(i)
        if char == " ":
            assert _syntax.is_blank(text[at])
        else:
            assert folded[at] == char
    assert scanned.where(len(scanned.s)) == scanned.end


# --- Memory (family 11) ---------------------------------------------------------------------


def test_only_short_texts_are_cached() -> None:
    cache = parse_module._cached
    long_text = "有效保障" * 17  # 68 characters: longer than any real target
    before = cache.cache_info().currsize
    assert parse_target(long_text) == Qualitative(text=long_text)
    assert cache.cache_info().currsize == before
    short = "可靠性测试专用的说法"
    parse_target(short)
    parse_target(short)
    assert cache.cache_info().currsize in (before + 1, cache.cache_info().maxsize)


def test_unit_caches_keep_only_short_texts() -> None:
    before = (units._is_unit.cache_info().currsize, units._base_unit.cache_info().currsize)
    assert not units.is_unit("人" * 100)
    assert units.base_unit("万" + "人" * 100) == ("人" * 100, Decimal(10_000))
    after = (units._is_unit.cache_info().currsize, units._base_unit.cache_info().currsize)
    assert after == before


# --- Structure (issue 10) -------------------------------------------------------------------


def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{a.name}" for a in node.names)
        elif isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
    return {n for n in names if n.startswith("perfindicator")}


def test_syntax_sits_on_the_lexicon_and_errors_only() -> None:
    assert _imports(SRC / "_syntax.py") == {
        "perfindicator",
        "perfindicator._lexicon",
        "perfindicator.errors",
        "perfindicator.errors.TargetSyntaxError",
    }
    assert _imports(SRC / "_lexicon.py") == set()


def test_the_model_does_not_import_the_grammar() -> None:
    for path in (SRC / "model").glob("*.py"):
        assert not any(n.startswith("perfindicator.grammar") for n in _imports(path)), path


def test_compatibility_ranges_hold_every_folded_character() -> None:
    # The claim made in _lexicon: no character outside the ranges folds to ASCII.
    outside = [
        cp
        for cp in range(0x110000)
        if lex.compatibility_mapping(cp) is not None
        and not any(low <= cp <= high for low, high in lex.COMPATIBILITY_RANGES)
    ]
    assert outside == []


def test_every_decimal_digit_folds_to_its_ascii_digit() -> None:
    digits = [chr(cp) for cp in range(0x110000) if chr(cp).isdecimal()]
    assert len(digits) > 600  # some 65 scripts of ten digits each
    assert lex.fold("".join(digits)) == "".join(str(unicodedata.decimal(d)) for d in digits)
