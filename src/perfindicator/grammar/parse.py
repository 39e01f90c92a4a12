"""Reading target expressions (指标目标值) and actual values into model objects.

`_syntax` says what a text is written as; this module checks the rest of the grammar and
builds the target. The grammar, after one-to-one character folding (full-width and
compatibility forms and digits of every script to ASCII, ≧ to ≥, …) and with any run of
white space or invisible characters read as one gap:

    comparison := [op] number [unit] [suffix]           >=95%  不少于500条  95%以上
    range      := number [unit] sep number [unit] [之间] 90%-95%  5至10个  ±3%以内
    deadline   := ISO date or 年/月/日 date, with 前       <=2022-06-30  2022年12月底前  年底前
    period     := date sep date (months or days)        2023.07-2024.01  2021年1月-12月  1-12月
    relative   := event 后 number time-unit 内            合同签订后30日内  项目开工后6个月内
    schedule   := 每 period count, or count/period      每季度1次  1次/月  每月至少2场
    change     := [basis] direction number [unit]       较上年提升5%  下降2个百分点
    qualitative:= any other words                       及时  明显改善

Text that starts like a quantity (an operator, a digit, a sign, or an operator word followed by
a number) must be well formed: it is never read as words. Every failure is a
`TargetSyntaxError` that points into the text as written. The rules, with their reasons,
are in the documentation (`docs/explanation/grammar.md`).
"""

from __future__ import annotations

import datetime
import functools
import re
from decimal import Decimal
from typing import NoReturn

from perfindicator import _lexicon as lex
from perfindicator._exact import MAX_PLACES, MAX_WHOLE_DIGITS, magnitude_problem
from perfindicator._syntax import (
    CONTROL,
    MAX_UNIT_LENGTH,
    QUANTITY,
    Found,
    Scanned,
    comparison_reads_as_date,
    range_reads_as_period,
    recognise,
    scan,
)
from perfindicator.errors import FieldTypeError, TargetSyntaxError
from perfindicator.model.quantity import Quantity, unchecked_quantity
from perfindicator.model.targets import (
    Change,
    Comparison,
    DatePeriod,
    Deadline,
    Direction,
    Op,
    Range,
    RelativeDeadline,
    Schedule,
    Target,
    TimeUnit,
    calendar_span,
    parsed_comparison,
    parsed_deadline,
    parsed_period,
    parsed_range,
    parsed_words,
    schedule_of,
)

__all__ = ["parse_quantity", "parse_target"]

# A number written with more characters than this has more digits than any supported number
# (`_exact`), even counting a thousands separator in every fourth place; it is refused before
# conversion, whose cost grows faster than its length.
_LONGEST_NUMBER = 2 * (MAX_WHOLE_DIGITS + MAX_PLACES)

# 10 million days are 27,000 years: no offset of a relative deadline has more digits.
_LONGEST_OFFSET = 7

# Only texts up to this length are cached. Real targets are short (the longest of the corpus
# has 14 characters), and with at most 8,192 texts of at most 64 characters the cache holds
# a few megabytes whatever callers pass; longer texts are read each time.
_CACHED_LENGTH = 64


# `Op(symbol)` without the enum's call machinery: every comparison read needs one.
_OPS = {op.value: op for op in Op}


def parse_target(text: str) -> Target:
    """Read a target value as written on a form.

    Accepts ASCII, full-width and compatibility spellings, math glyphs (≥ ≧ ≤ ≦), operator
    words (不低于, 不超过, …) and suffix words (以上, 以下, 以内, 及以上), spaces, thousands
    separators and `百分比` for `%`. A number with no operator means `=`. White space and
    invisible characters (zero-width space, BOM, …) around the text are ignored.

    Raises:
        TargetSyntaxError: the text is blank, or starts like a quantity or a date but is not
            a well-formed one, or holds a number beyond the supported size.
        FieldTypeError: `text` is not a `str`.

    Examples:
        >>> parse_target("≥ 95 ％")
        <Comparison('>=95%')>
        >>> parse_target("100%")
        <Comparison('=100%')>
        >>> str(parse_target("95%以上"))
        '>=95%'
        >>> parse_target("5至10个")
        <Range('5个~10个')>
    """
    if not isinstance(text, str):
        raise FieldTypeError("parse_target", "text", text, "must be a str")
    return _cached(text) if len(text) <= _CACHED_LENGTH else _read_target(text)


def parse_quantity(text: str) -> Quantity:
    """Read an actual value: a number and an optional unit (`96.2%`, `520条`, `1.2万人次`).

    Raises:
        TargetSyntaxError: the text is not a number followed by a unit, or the number is
            beyond the supported size.
        FieldTypeError: `text` is not a `str`.

    Examples:
        >>> parse_quantity("１,２00 人次")
        Quantity('1200人次')
    """
    if not isinstance(text, str):
        raise FieldTypeError("parse_quantity", "text", text, "must be a str")
    scanned = scan(text, "quantity")
    m = _quantity_match(scanned, 0)
    if m["number"] is None or m["operator"] is not None or m["plus_minus"] is not None:
        reason = "expected a number" if m["number"] is None else "an actual value takes no operator"
        _fail(scanned, 0, reason, kind="quantity")
    if m.end() != len(scanned.s) or m["separator"] is not None or m["suffix"] is not None:
        position = m.start("separator") if m["separator"] is not None else m.start("suffix")
        position = position if position >= 0 else m.end()
        _fail(scanned, position, "expected a number and a unit only", kind="quantity")
    return _quantity(scanned, m, "number", "unit", kind="quantity")


# The commonest targets by far: an operator symbol or none, a plain number of supported size
# and what follows it, no longer than a unit and a suffix word (`>=95%`, `≥266米`, `95%以上`,
# `100`). They are read with one match, and the grammar reads each shape once.
_PLAIN_COMPARISON = re.compile(
    "(>=|<=|≥|≤|>|<|=|)"
    f"([0-9]{{1,{MAX_WHOLE_DIGITS}}}(?:\\.[0-9]{{1,{MAX_PLACES}}})?)"
    f"([^0-9]{{0,{MAX_UNIT_LENGTH}}})"
)


def _read_target(text: str) -> Target:
    """Read a target: a plain comparison with one match, anything else with the grammar."""
    plain = _PLAIN_COMPARISON.fullmatch(text)
    if plain is not None:
        symbol, number, rest = plain.groups()
        reading = _plain_reading(symbol + "1" + rest)
        if reading is not None:
            return parsed_comparison(reading[0], unchecked_quantity(Decimal(number), reading[1]))
    return _read_grammar(text)


# Targets are immutable, and batch tools parse the same few hundred spellings again and again,
# so a cache turns most calls into a dictionary lookup.
_cached = functools.lru_cache(maxsize=8192)(_read_target)


_ONE = Decimal(1).as_tuple()


@functools.lru_cache(maxsize=4096)
def _plain_reading(shape: str) -> tuple[Op, str] | None:
    """How the grammar reads `shape`, a plain comparison with the number 1: operator and unit.

    `None` when it is no comparison of 1, or when its reading could depend on the number.
    Only dates, periods and relative deadlines depend on the number, and each needs a
    character of its own after it (年, 月, 日, 底, 末, 前, 后; the - and / of a date are
    followed by digits, and nothing after the number is a digit). Without one, any number
    reads as 1 does, and the rest of `shape` decides: `≥1%` is `>=` and `%`, `1百分比以上`
    `>=` and `%`; `1个半月` (1.5个月), `1次/月` (a schedule) and `=1%以上` (a contradiction)
    are no comparisons of 1.
    """
    if not lex.DATE_WORD_CHARACTERS.isdisjoint(shape) or lex.AFTER_WORD in shape:
        return None
    try:
        read = _read_grammar(shape)
    except TargetSyntaxError:
        return None
    # Exactly the digit 1, not 1.0: a fraction written in other digits (`1．０`, `1.٠`)
    # lies in the rest, and reading the number alone would drop its places.
    if not isinstance(read, Comparison) or read.quantity.value.as_tuple() != _ONE:
        return None
    return read.op, read.quantity.unit


def _read_grammar(text: str) -> Target:
    scanned = Scanned(text, "target")
    found = recognise(scanned)
    if found is None:
        # Plain text holds no control character: it is words as it stands.
        return parsed_words(text) if scanned.plain else _words(scanned)
    match found.kind:
        case "iso_date":
            return _iso_deadline(scanned, found.match)
        case "chinese_date":
            return _chinese_deadline(scanned, found.match)
        case "bare_year":
            _fail(scanned, 0, "a bare year is ambiguous: write 2022年底前 or 2022年12月31日前")
        case "period":
            return _period(scanned, found.match)
        case "relative_deadline":
            return _relative_deadline(scanned, found.match)
        case "schedule":
            assert found.amount is not None  # a schedule is found with its count
            # 每月不超过2次 is 不超过2次/月: the period joins the unit, and the operator decides.
            return _quantitative(scanned, found.amount, per=lex.CADENCES[found.match["cadence"]])
        case "change":
            return _change(scanned, found)
    return _quantitative(scanned, found.match)


def _fail(scanned: Scanned, position: int, reason: str, *, kind: str = "target") -> NoReturn:
    """Raise the error at `position` of `scanned.s`, pointing into the text as written."""
    invisible = scanned.invisible_before(position)
    if invisible is not None:
        reason += f" (after an invisible character {invisible})"
    raise TargetSyntaxError(scanned.text, scanned.where(position), reason, kind=kind)


def _words(scanned: Scanned) -> Target:
    control = CONTROL.search(scanned.text, scanned.start, scanned.end)
    if control is not None:
        raise TargetSyntaxError(
            scanned.text,
            control.start(),
            "a target is one line of text, without control characters or lone surrogates",
        )
    # Recognition has just proved the text words: it is not read a second time.
    return parsed_words(scanned.text[scanned.start : scanned.end])


def _quantity_match(scanned: Scanned, position: int) -> re.Match[str]:
    m = QUANTITY.match(scanned.s, position)
    assert m is not None  # every part of the pattern is optional
    return m


def _quantitative(
    scanned: Scanned, m: re.Match[str], *, per: str | None = None
) -> Comparison | Range | Schedule:
    """A comparison or a range; `per` is the period of `每<period>` written before the number."""
    if m.end() != len(scanned.s) or m["number"] is None or (m["separator"] and not m["high"]):
        _fail(scanned, m.end(), _expected(m))
    suffix, op_text = m["suffix"], m["operator"]
    if suffix == lex.ABOUT:
        _fail(scanned, m.start("suffix"), "'左右' (about) is not a checkable bound; write a range")
    if m["separator"] is not None or m["plus_minus"] is not None:
        if per is not None:
            _fail(scanned, m.start(), f"a schedule takes one count: write a range as 1-2次/{per}")
        if op_text is not None:
            _fail(scanned, 0, "a range takes no operator")
        return _range(scanned, m)
    if suffix == lex.BETWEEN:
        _fail(scanned, m.start("suffix"), "'之间' (between) needs a range")
    op = lex.OPERATORS[op_text] if op_text is not None else "="
    if suffix is not None:
        implied = lex.SUFFIX_OPERATORS[suffix]
        if op_text is not None and op_text not in lex.WEAK_OPERATORS and op != implied:
            _fail(scanned, m.start("suffix"), f"{suffix!r} contradicts the operator {op_text!r}")
        op = implied
    quantity = _quantity(scanned, m, "number", "unit")
    if per is not None:
        quantity = Quantity(value=quantity.value, unit=f"{quantity.unit}/{per}")
    operator = _OPS[op]
    if comparison_reads_as_date(op, str(quantity)):
        # `不超过3月底`: as `<=3月底` it would read back as a deadline, not this comparison.
        _fail(
            scanned,
            m.start("unit"),
            f"a number with the unit {quantity.unit!r} reads as a date: "
            "write a deadline as 3月底前 or 不晚于3月底",
        )
    # `1次/月` and `>=1次/月`: a positive whole count reached in every period is a schedule.
    # What is left is what Comparison's validators accept: it reads as neither.
    return schedule_of(operator, quantity) or parsed_comparison(operator, quantity)


def _expected(m: re.Match[str]) -> str:
    if m["number"] is None:
        return "expected a number after the operator" if m["operator"] else "expected a number"
    if m["separator"] is not None and m["high"] is None:
        return "expected a number after the range separator"
    if m["suffix"] is not None:
        return f"unexpected text after {m['suffix']!r}"
    unit = m["high_unit"] if m["high"] is not None else m["unit"]
    where = f"after the unit {unit!r}" if unit else "after the number"
    return f"unexpected {m.string[m.end()]!r} {where}"


def _range(scanned: Scanned, m: re.Match[str]) -> Range:
    suffix = m["suffix"]
    if m["plus_minus"] is not None:
        if m["separator"] is not None or suffix not in (None, "以内", "之内"):
            _fail(scanned, m.start("plus_minus"), "'±' takes one number, optionally 以内")
        if m["number"][0] in "+-":
            _fail(scanned, m.start("number"), "'±' takes a number without a sign")
        high = _quantity(scanned, m, "number", "unit")
        # What Range's validators check: -3% to 3% are ordered and in one unit, and a range
        # from a number below zero (or -0) reads as neither a period nor a span of years.
        return parsed_range(unchecked_quantity(high.value.copy_negate(), high.unit), high)
    if suffix not in (None, lex.BETWEEN):
        _fail(scanned, m.start("suffix"), f"a range takes no {suffix!r}")
    # `90~95%`: a unit written once applies to both ends.
    low = _quantity(scanned, m, "number", "unit" if m["unit"] else "high_unit")
    high = _quantity(scanned, m, "high", "high_unit" if m["high_unit"] else "unit")
    if not low.is_comparable(high) or low.compare(high) > 0:
        _fail(
            scanned, m.start("high"), f"the range {low}~{high} is not an interval from low to high"
        )
    if calendar_span(low, high):
        # `2019-2021年`, `2023.1-2023.12月`: years, or months written as year.month, that the
        # period rules do not read (a unit after dotted months; whole years): not amounts.
        years = (int(low.value), int(high.value))
        _fail(
            scanned,
            m.start("number"),
            f"{low}~{high} reads as a span of the calendar, not a range of amounts: write "
            f"{years[0]}年1月-{years[1]}年12月 (or {years[0]}.01-{years[1]}.12) for the period",
        )
    if high.unit in ("", "月") and range_reads_as_period(f"{low}~{high}"):
        # `1月-12`, `1月~12月之间`: spellings of a span of months that the period rules leave out.
        _fail(
            scanned,
            m.start("number"),
            f"{low}~{high} reads as a span of months: write 1-12月 for the period "
            "(1-12个月 for a number of months)",
        )
    # Every check of Range's validators has passed above.
    return parsed_range(low, high)


def _quantity(
    scanned: Scanned, m: re.Match[str], number: str, unit: str, *, kind: str = "target"
) -> Quantity:
    unit_text = m[unit] or ""
    if len(unit_text) > MAX_UNIT_LENGTH:
        _fail(
            scanned,
            m.start(unit),
            f"{unit_text!r} is too long for a unit (at most {MAX_UNIT_LENGTH} characters): "
            "is this a sentence?",
            kind=kind,
        )
    if unit_text == lex.PERCENT_WORD:
        unit_text = "%"
    written = m[number]
    if written[0] == "+":
        _fail(
            scanned,
            m.start(number),
            "a number takes no '+' sign (数字不带正号): write 5% for the value, 增长5% for a rise",
            kind=kind,
        )
    if len(written) > _LONGEST_NUMBER:
        too_many = MAX_WHOLE_DIGITS + MAX_PLACES
        _fail(scanned, m.start(number), f"the number has more than {too_many} digits", kind=kind)
    value = Decimal(written.replace(",", ""))
    if unit_text in lex.AND_A_HALF:
        # `1个半月` is one and a half months, not one of a unit 个半月.
        if "." in written:
            _fail(scanned, m.start(unit), "a half after a decimal number", kind=kind)
        value, unit_text = value + Decimal("0.5"), lex.AND_A_HALF[unit_text]
    problem = magnitude_problem(value)
    if problem is not None:
        _fail(scanned, m.start(number), f"the number {problem}", kind=kind)
    # What Quantity's validators check is proven: a finite number of supported size, and a
    # unit the pattern matched in folded text, without gaps or control characters, short.
    return unchecked_quantity(value, unit_text)


def _iso_deadline(scanned: Scanned, m: re.Match[str]) -> Deadline:
    date = _date(scanned, m.start("year"), int(m["year"]), int(m["month"]), int(m["day"]))
    if m["strictly_before"] is not None:
        if date == datetime.date.min:
            _fail(scanned, m.start("year"), "no date lies before this one")
        date -= datetime.timedelta(days=1)
    return parsed_deadline(date.year, date.month, date.day)


def _chinese_deadline(scanned: Scanned, m: re.Match[str]) -> Deadline:
    year = None if m["year"] is None else int(m["year"])
    if m["year_end"] is not None:
        month, day = 12, None
    else:
        month, day = int(m["month"]), None if m["day"] is None else int(m["day"])
    _date(scanned, 0, year, month, day or 1)
    return parsed_deadline(year, month, day)


def _date(scanned: Scanned, position: int, year: int | None, month: int, day: int) -> datetime.date:
    # Without a year, check the day against a leap year: 每年2月29日前 is a date.
    try:
        return datetime.date(2000 if year is None else year, month, day)
    except ValueError:
        written = f"{month}月{day}日" if year is None else f"{year:04}-{month:02}-{day:02}"
        _fail(scanned, position, f"there is no date {written}")


def _period(scanned: Scanned, m: re.Match[str]) -> DatePeriod:
    start_year, start_day = _number(m, "start_year"), _number(m, "start_day")
    end_year, end_day = _number(m, "end_year"), _number(m, "end_day")
    start_month, end_month = int(m["start_month"]), int(m["end_month"])
    if start_year is None and end_year is not None:
        _fail(scanned, m.start("end_year"), "the end names a year and the start none: write both")
    if (start_day is None) != (end_day is None):
        _fail(
            scanned,
            m.start("separator"),
            "both ends of a period name a day, or neither (2021年1月1日-12月31日, 2021年1月-12月)",
        )
    end_year = start_year if end_year is None else end_year
    _date(scanned, m.start("start_month"), start_year, start_month, start_day or 1)
    _date(scanned, m.start("end_month"), end_year, end_month, end_day or 1)
    if (start_year or 0, start_month, start_day or 1) > (end_year or 0, end_month, end_day or 31):
        # `2021年11月-2月`: the end takes the start's year, so it would come first.
        hint = " (write the end's year)" if start_year is not None and not m["end_year"] else ""
        position = m.start("end_year") if m["end_year"] else m.start("end_month")
        _fail(scanned, position, "the period ends before it starts" + hint)
    return parsed_period((start_year, start_month, start_day), (end_year, end_month, end_day))


def _number(m: re.Match[str], group: str) -> int | None:
    return None if m[group] is None else int(m[group])


def _relative_deadline(scanned: Scanned, m: re.Match[str]) -> RelativeDeadline:
    written = m["amount"]
    if len(written) > _LONGEST_OFFSET:
        _fail(
            scanned,
            m.start("amount"),
            f"an offset of more than {_LONGEST_OFFSET} digits runs past any calendar",
        )
    amount = int(written)
    if amount == 0:
        _fail(scanned, m.start("amount"), "an offset of 0 is no time: write the event's deadline")
    return RelativeDeadline(
        event=m["event"], amount=amount, unit=TimeUnit(lex.OFFSET_UNITS[m["unit"]])
    )


def _change(scanned: Scanned, found: Found) -> Change:
    m, q = found.match, found.amount
    assert q is not None  # a change is found with its amount
    if q.end() != len(scanned.s) or q["number"] is None:
        _fail(scanned, q.end(), _expected(q))
    if q["operator"] is not None or q["plus_minus"] is not None or q["separator"] is not None:
        _fail(scanned, m.end(), "a change takes one number and a unit")
    if q["suffix"] not in (None, "以上", "及以上"):
        _fail(scanned, q.start("suffix"), f"a change takes no {q['suffix']!r}")
    amount = _quantity(scanned, q, "number", "unit")
    if amount.value <= 0:
        _fail(scanned, q.start("number"), "a change must be positive")
    return Change(
        direction=Direction(lex.CHANGE_WORDS[m["direction"]]),
        amount=amount,
        basis=m["basis"] or "",
    )
