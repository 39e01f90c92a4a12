"""The fast paths build what the slow paths build (issue #16).

The parser reads plain comparisons in one match (`grammar.parse._read_target`) and builds
the targets it has read without running their validators again; `evaluate` builds its
result the same way; exact quotients are taken by integer division. Each is checked here
against the slow path on generated input: the whole grammar, the validating constructors,
and arithmetic on `Fraction`s.
"""

from __future__ import annotations

import csv
import datetime
import sys
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from perfindicator import (
    Change,
    Comparison,
    Evaluation,
    PerfIndicatorError,
    Quantity,
    RelativeDeadline,
    TargetSyntaxError,
    evaluate,
    parse_target,
)
from perfindicator._exact import MAX_PLACES, MAX_WHOLE_DIGITS, magnitude_problem, quotient
from perfindicator._lexicon import fold
from perfindicator._syntax import _PLAIN_TEXT, CONTROL, is_blank
from perfindicator.documents.shanghai import _Row, _strip
from perfindicator.grammar.parse import _read_grammar, _read_target
from perfindicator.model.targets import Target
from perfindicator.strategies import actuals_for, quantities, target_texts, targets

DATA = Path(__file__).parent / "data"

# What can follow a number: units, suffix words, the characters of dates, schedules, halves,
# gaps, folded and control characters: everything that makes the grammar read the text as
# something else than a plain comparison.
_AFTER_NUMBER = st.lists(
    st.sampled_from(
        [
            *"%％‰个人次元米亩/*.,-~年月日底末前后内半 \u3000\u200b\t\ud800°²",
            *("以上", "及以上", "以下", "以内", "之间", "左右", "百分比", "万元", "人次"),
            *("个半月", "次/月", "场/季度", "个工作日", "平方米", "月底", "年底前", "日内"),
        ]
    ),
    max_size=4,
).map("".join)
_SYMBOLS = st.sampled_from(["", ">=", "<=", "≥", "≤", ">", "<", "=", "≧", "＞＝", "±", "-", "+"])
_NUMBERS = st.one_of(
    st.from_regex(r"[0-9]{1,3}(\.[0-9]{1,3})?", fullmatch=True),
    st.from_regex(r"0*[0-9]{17,19}(\.[0-9]{18,22})?", fullmatch=True),
    st.sampled_from(["2022", "2023.07", "1", "0", "00", "1.5", "12", "31"]),
)


def _read_both(text: str) -> tuple[object, object]:
    """What the fast reader and the whole grammar make of `text`: a target or the error."""
    results: list[object] = []
    for read in (_read_target, _read_grammar):
        try:
            results.append(read(text))
        except TargetSyntaxError as error:
            results.append((type(error), str(error)))
    return results[0], results[1]


@given(_SYMBOLS, _NUMBERS, _AFTER_NUMBER)
@example(">=", "95", "%")
@example("", "95", "百分比")
@example("", "95", "%以上")
@example("=", "95", "%以上")
@example("<=", "3", "月底")
@example("", "1", "个半月")
@example("", "1", "次/月")
@example("", "95", "百分比x")
@example("", "5", "\ud800")
def test_plain_comparisons_read_as_the_grammar_reads_them(
    symbol: str, number: str, after: str
) -> None:
    fast, slow = _read_both(symbol + number + after)
    assert fast == slow
    assert type(fast) is type(slow)


@given(target_texts())
def test_every_spelling_reads_as_the_grammar_reads_it(pair: tuple[str, Target]) -> None:
    fast, slow = _read_both(pair[0])
    assert fast == slow == pair[1]


def _corpus() -> list[str]:
    texts = []
    for name, column in (("targets.tsv", "target_value"), ("targets_split.tsv", "value")):
        with (DATA / name).open(encoding="utf-8", newline="") as f:
            texts += [row[column] for row in csv.DictReader(f, delimiter="\t")]
    return sorted(set(texts))


@pytest.mark.parametrize("text", _corpus())
def test_the_corpus_reads_alike_and_builds_valid_targets(text: str) -> None:
    fast, slow = _read_both(text)
    assert fast == slow
    if not isinstance(fast, tuple):
        assert _revalidated(fast) == fast


def _revalidated(value: Any) -> Any:
    """`value` built again through its validating constructor, and its fields likewise."""
    if not attrs.has(type(value)):
        return value
    fields: dict[str, Any] = {
        str(f.alias): _revalidated(getattr(value, f.name))
        for f in attrs.fields(type(value))
        if f.init
    }
    return type(value)(**fields)


@given(targets())
def test_parsed_targets_pass_the_validators(target: Target) -> None:
    # `str` is the canonical spelling, so every kind of target is parsed and built unchecked.
    parsed = parse_target(str(target))
    rebuilt = _revalidated(parsed)
    assert parsed == rebuilt == target
    assert hash(parsed) == hash(rebuilt)


@given(quantities())
def test_parsed_comparisons_of_any_quantity_pass_the_validators(quantity: Quantity) -> None:
    text = f">={quantity}"
    try:
        parsed = parse_target(text)
    except TargetSyntaxError:
        return  # a unit that makes the text a date or a schedule
    assert _revalidated(parsed) == parsed
    if isinstance(parsed, Comparison):
        assert parsed.quantity == quantity


@given(st.data(), targets())
def test_computed_evaluations_pass_the_validators(data: st.DataObject, target: Target) -> None:
    year = 2024
    events = (
        {target.event: datetime.date(2024, 3, 1)} if isinstance(target, RelativeDeadline) else {}
    )
    baseline = None
    if isinstance(target, Change):
        unit = "%" if target.amount.unit in ("%", "个百分点") else target.amount.unit
        baseline = Quantity(value=data.draw(st.decimals(1, 10_000, places=2)), unit=unit)
    try:
        actual = data.draw(actuals_for(target, year=year, baseline=baseline, events=events))
        evaluation = evaluate(target, actual, baseline=baseline, year=year, events=events)
    except PerfIndicatorError:
        return  # what the strategies draw but cannot be evaluated is not this test's
    fields = {str(f.alias): getattr(evaluation, f.name) for f in attrs.fields(Evaluation)}
    assert Evaluation(**fields) == evaluation


def test_every_plain_character_is_read_as_written() -> None:
    plain = [chr(c) for c in range(sys.maxunicode + 1) if _PLAIN_TEXT.fullmatch(chr(c))]
    assert len(plain) > 20_000
    for char in plain:
        assert fold(char) == char, char
        assert not is_blank(char), char
        assert CONTROL.search(char) is None, char


def _rounded(value: Fraction, places: int) -> Decimal:
    """`value` rounded half away from zero to `places` places, worked out with Fractions."""
    scaled = abs(value) * 10**places
    whole = int(scaled)
    if scaled - whole >= Fraction(1, 2):
        whole += 1
    sign = "-" if value < 0 else ""
    return Decimal(f"{sign}{whole}E-{places}")


_DECIMALS = st.decimals(
    min_value=Decimal("-1E+18"), max_value=Decimal("1E+18"), places=20, allow_nan=False
) | st.integers(-(10**40), 10**40).map(lambda n: Decimal(f"{n}E-20"))


@given(_DECIMALS, _DECIMALS.filter(lambda d: d != 0), st.sampled_from([0, 2, 4]))
@example(Decimal("-1"), Decimal("3000000"), 4)
@example(Decimal("-0"), Decimal("3"), 2)
@example(Decimal("0"), Decimal("-3"), 2)
@example(Decimal("1"), Decimal("8"), 2)
@example(Decimal("-1"), Decimal("8"), 2)
# Just below a half, far beyond the digits kept: the quick division must not round it up.
@example(Decimal("49999999999999999999999999999999999999E-20"), Decimal("1E+20"), 2)
@example(Decimal("-4999999999999999999999999999999999999999E-20"), Decimal("1E+20"), 0)
# Too many digits for the quick division (`_exact._ROOM`): the integer division takes it.
@example(Decimal("999999999999999999.99999999999999999999"), Decimal("1E-20"), 20)
def test_quotients_are_rounded_once_half_away_from_zero(
    numerator: Decimal, denominator: Decimal, places: int
) -> None:
    found = quotient(numerator, denominator, places)
    exact = Fraction(numerator) / Fraction(denominator)
    expected = _rounded(exact, places)
    assert found == expected
    assert found.as_tuple().exponent == -places
    # A negative quotient that rounds to zero keeps its sign; zero over anything does not.
    assert found.is_signed() == (exact < 0)


def _magnitude_by_counting(value: Decimal) -> bool:
    """Whether `value` is of supported size, by counting its digits as written out."""
    _, digits, exponent = value.as_tuple()
    assert isinstance(exponent, int)
    if len(digits) > MAX_WHOLE_DIGITS + MAX_PLACES:
        return False
    written = f"{value.copy_abs():f}"
    whole, _, fraction = written.partition(".")
    if value.is_zero():
        # A zero's digits are as many as its exponent says (`0E-30` has 30 places).
        return exponent + 1 <= MAX_WHOLE_DIGITS and -exponent <= MAX_PLACES
    whole_digits = len(whole.lstrip("0"))
    places = len(fraction.rstrip("0"))
    return whole_digits <= MAX_WHOLE_DIGITS and places <= MAX_PLACES


@given(st.integers(-(10**45), 10**45), st.integers(-45, 25))
@example(10**18 - 1, 0)
@example(10**18, 0)
@example(1, -20)
@example(1, -21)
@example(10, -21)
@example(0, -21)
@example(0, 18)
def test_magnitude_is_what_counting_digits_gives(coefficient: int, exponent: int) -> None:
    value = Decimal(f"{coefficient}E{exponent}")
    assert (magnitude_problem(value) is None) == _magnitude_by_counting(value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A fraction in other digits than ASCII is read with its places, as the grammar reads
        # it, not as the whole number before it (review of the fast path).
        ("5．０", "=5.0"),
        ("≥95．０%", ">=95.0%"),
        ("5．００个", "=5.00个"),
        ("5.０", "=5.0"),
        ("114369621.٠", "=114369621.0"),
        ("1432703.𝟎", "=1432703.0"),
    ],
)
def test_a_fraction_in_other_digits_keeps_its_places(text: str, expected: str) -> None:
    assert str(parse_target(text)) == expected


# Lines of the Shanghai text layout: plain characters, the gaps and controls a cell may hold.
_LINE_CHARACTERS = st.sampled_from(
    [*"\t 项目a1>=%", "\u3000", "\u200b", "\ufeff", "\x01", "\u2028", "\xa0"]
)


@given(st.lists(_LINE_CHARACTERS, max_size=12).map("".join))
@example("\t 接通率 \t>=95%\t")
@example("\u200b接通率\t")
def test_a_plain_line_is_cut_into_the_cells_the_careful_way_gives(line: str) -> None:
    # The reader cleans a plain line's cells with `str.strip` alone, and skips looking for
    # control characters in it.
    row = _Row(1, line)
    assert row.cells == [_strip(cell) for cell in line.split("\t")]
    if row.plain:
        assert CONTROL.search(line.replace("\t", "")) is None
