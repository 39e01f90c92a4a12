r"""What target text looks like: the grammar's regular expressions and pure-text recognisers.

This is the bottom of the grammar (it imports only `_lexicon` and `errors`). It says which
kind of target a text is written as and hands back the regular-expression matches; it never
builds model objects. The model checks its invariants with it (a `Qualitative`'s text reads
as words, a `Comparison`'s unit does not make it read as a date, a `Change`'s basis is a
baseline phrase); `grammar.parse` builds the model objects from its matches. The grammar,
and why each part is there, is in the documentation (`docs/explanation/grammar.md`).

Linear time. Before any pattern runs, `scan` folds the text (`_lexicon.fold`), trims the
white space and invisible characters around it, and collapses every run of them inside into
one ASCII space, remembering where each run was so that positions still point into the text
as written. The patterns then write a gap as `[ ]?`: an optional single space before a token
that never starts with a space, so a pattern can only ever split a gap one way, and no
input can make the engine try the quadratic or cubic number of ways that runs of `\s*` next
to each other offer. Every unbounded repetition (digits, unit characters) is followed by
optional parts only, or sits in a pattern that `match`es rather than `fullmatch`es, so the
first way found is taken and never undone.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from typing import Literal, NamedTuple

from perfindicator import _lexicon as lex
from perfindicator.errors import TargetSyntaxError

__all__ = [
    "CONTROL",
    "MAX_EVENT_LENGTH",
    "MAX_UNIT_LENGTH",
    "UNIT",
    "Found",
    "Scanned",
    "comparison_reads_as_date",
    "direction_of",
    "is_blank",
    "is_change_basis",
    "is_event",
    "range_reads_as_period",
    "reads_as_words",
    "recognise",
    "scan",
    "schedule_unit",
    "words_problem",
]


def _alternatives(words: Iterable[str]) -> str:
    """Alternatives matching any of `words`, longest first so that 及以上 wins over 以上."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# --- Characters -----------------------------------------------------------------------------

# Unicode category Cc (C0 and C1 control characters, tab and line breaks among them) and the
# line and paragraph separators U+2028 and U+2029: a target, like every text of the model, is
# one cell of a form, one line of text. Lone surrogates too: no UTF-8 file can hold one.
_CONTROL_CHARACTER = r"\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff"
CONTROL = re.compile(f"[{_CONTROL_CHARACTER}]")

# One character of a gap: white space of any script (what `str.isspace` accepts, `\s` in a
# pattern) or a default-ignorable character that renders as nothing (zero-width space,
# BOM, bidi marks, …; see `_lexicon.DEFAULT_IGNORABLE`).
_IGNORABLE = "".join(f"{chr(low)}-{chr(high)}" for low, high in lex.DEFAULT_IGNORABLE)
_GAP_CHARACTER = r"\s" + _IGNORABLE
_GAP = re.compile(f"[{_GAP_CHARACTER}]")
_GAPS = re.compile(f"[{_GAP_CHARACTER}]*")
_GAP_RUN = re.compile(f"[{_GAP_CHARACTER}]+")
_LONG_GAP_RUN = re.compile(f"[{_GAP_CHARACTER}]{{2,}}")
_IGNORABLE_RE = re.compile(f"[{_IGNORABLE}]")


def is_blank(text: str) -> bool:
    r"""Tell whether `text` has nothing visible: only white space and invisible characters.

    Invisible characters are Unicode's default-ignorable code points (zero-width space and
    joiners, the BOM, bidi marks, soft hyphen, variation selectors, …). A name or a target
    that is blank is empty as far as a reader of the form can see.

    Examples:
        >>> is_blank("\u200b \ufeff"), is_blank("及时"), is_blank("")
        (True, False, True)
    """
    return _GAPS.fullmatch(text) is not None


def strip_blank(text: str) -> str:
    r"""Return `text` without white space or invisible characters at either end.

    Character by character, not with a pattern anchored at the end, which would rescan a
    long run of spaces from every position in it.

    Examples:
        >>> strip_blank("﻿ 达成​ ")
        '达成'
    """
    start, end = 0, len(text)
    while start < end and _GAP.match(text, start):
        start += 1
    while end > start and _GAP.match(text, end - 1):
        end -= 1
    return text[start:end]


# Characters that `lex.fold` keeps and that are neither gaps nor control characters: printable
# ASCII, the CJK ideographs and a few signs (a test checks every one). Text of these alone is
# read as it is written, which is true of most targets.
_PLAIN = "!-~\u4e00-\u9fff≥≤‰±—"
_PLAIN_TEXT = re.compile(f"[{_PLAIN}]+")

# A line of tab-separated cells of plain text and spaces: `str.strip` cleans its cells, and
# it holds no control character. Most lines of a form are such lines.
PLAIN_LINE = re.compile(f"[\t {_PLAIN}]*")
_NO_RUNS: tuple[int, ...] = ()


class Scanned:
    """A text ready for the patterns: folded, trimmed, every gap one space.

    `s` is what the patterns read; `where` turns a position in `s` back into a position in
    `text`, the text as written, and `start:end` is the span of `text` that `s` covers.
    `plain` tells that `s` is `text`, as written: no character folded, trimmed or collapsed,
    and no control character in it.
    """

    __slots__ = ("_at", "_shift", "end", "plain", "s", "start", "text")

    def __init__(self, text: str, kind: str) -> None:
        self.text, self._at, self._shift = text, _NO_RUNS, _NO_RUNS
        if _PLAIN_TEXT.fullmatch(text) is not None:
            # Most targets.
            self.s, self.start, self.end, self.plain = text, 0, len(text), True
            return
        self.plain = False
        folded = lex.fold(text)
        start = _GAPS.match(folded).end()  # type: ignore[union-attr]  # `*` always matches
        if start == len(folded):
            raise TargetSyntaxError(text, 0, f"the {kind} is empty (内容为空)", kind=kind)
        # The trailing gap, found from the end: searching for it from the start would try
        # every gap in the text and take quadratic time.
        end = len(folded) - _GAPS.match(folded[::-1]).end()  # type: ignore[union-attr]
        inner = folded[start:end]
        self.start, self.end = start, end
        self.s = _GAP_RUN.sub(" ", inner)
        if len(self.s) != len(inner):
            # Where a run of two or more gap characters became one space: its position in
            # `s`, and how many characters of `text` have been dropped up to and including it.
            at: list[int] = []
            shift: list[int] = []
            dropped = 0
            for run in _LONG_GAP_RUN.finditer(inner):
                at.append(run.start() - dropped)
                dropped += run.end() - run.start() - 1
                shift.append(dropped)
            self._at, self._shift = tuple(at), tuple(shift)

    def where(self, position: int) -> int:
        """Return the position in the text as written of `position` in `s`."""
        runs_before = bisect.bisect_left(self._at, position)
        return self.start + position + (self._shift[runs_before - 1] if runs_before else 0)

    def invisible_before(self, position: int) -> str | None:
        """Name the invisible character in the gap just before `position`, if there is one.

        A zero-width space inside `9​5%` looks like nothing at all; an error there says so.
        """
        if position == 0 or self.s[position - 1] != " ":
            return None
        gap = _IGNORABLE_RE.search(self.text, self.where(position - 1), self.where(position))
        return None if gap is None else f"U+{ord(gap[0]):04X}"


def scan(text: str, kind: str = "target") -> Scanned:
    r"""Prepare `text` for the patterns (see `Scanned`).

    Raises:
        TargetSyntaxError: the text is blank.

    Examples:
        >>> scanned = scan("\u200b ≥  95 ％ ")
        >>> scanned.s, scanned.where(2), scanned.where(5)  # '9' and '％' as written
        ('≥ 95 %', 5, 8)
    """
    return Scanned(text, kind)


# --- Numbers and units ----------------------------------------------------------------------


def _number(name: str) -> str:
    """The pattern of a number, in the named group `name`."""
    return rf"""
        (?P<{name}>
            [-+]?                    # a sign: '-' for a negative amount; '+' is read only
                                     # to be refused with a reason, never taken for words
            (?: [0-9]{{1,3}} (?: ,[0-9]{{3}} )+   # thousands separators in groups of three
              | [0-9]+                           # or plain digits
            )
            (?: \.[0-9]+ )?          # decimal places
        )
    """


_SUFFIX_AHEAD = f"(?:{_alternatives(lex.SUFFIX_WORDS)})"
# What a unit may not contain: what separates or delimits the quantities of an expression
# (gaps, digits, operators, range separators, signs), control characters, and the percent
# signs, which are units of their own.
_NOT_IN_UNIT = rf"{_GAP_CHARACTER}{_CONTROL_CHARACTER}0-9<>=≥≤~—\-,+±%‰至到"

UNIT = rf"""
    (?: %                            # percent
      | ‰                            # per mille
      | {lex.PERCENT_WORD}           # 百分比, read as '%'
      | (?! {_SUFFIX_AHEAD} ) [^{_NOT_IN_UNIT}.*]   # a measure word (人次, 万元, 元/人*月, …),
        (?: (?! {_SUFFIX_AHEAD} ) [^{_NOT_IN_UNIT}] )*  # up to a suffix word such as 以上;
                                                    # not starting with '.' or '*'
    )
"""
"""The pattern of a unit (in `re.VERBOSE` syntax); `MAX_UNIT_LENGTH` bounds it apart."""

# Longer "units" are sentences that happen to follow a number (`1-6期培训结束后及时考核`).
MAX_UNIT_LENGTH = 8

UNIT_RE = re.compile(UNIT, re.VERBOSE)

# A target or an actual value written with a number, in the order it is read. Every part is
# optional, so a match always succeeds and its end tells how far the text was readable:
# the parser then says what it expected there.
QUANTITY = re.compile(
    rf"""
    (?P<operator> {_alternatives(lex.OPERATORS)} )? [ ]?   # >=, ≥, 不低于, … (none means =)
    (?: (?P<plus_minus> {lex.PLUS_MINUS} ) [ ]? )?         # ±3%: a tolerance either way
    (?:
        {_number("number")} [ ]?
        (?: (?P<unit> {UNIT} ) [ ]? )?
        (?:                                               # a range: 90%-95%, 5至10个
            (?P<separator> {_alternatives(lex.RANGE_SEPARATORS)} ) [ ]?
            (?:
                {_number("high")} [ ]?
                (?: (?P<high_unit> {UNIT} ) [ ]? )?       # written once, a unit serves both
            )?
        )?
        (?P<suffix> {_alternatives(lex.SUFFIX_WORDS)} )?  # 以上, 以内, 之间, …
    )?
    """,
    re.VERBOSE,
)
_DIGITS = frozenset("0123456789")
# The characters a quantity can start with; text starting with one is never words.
_QUANTITY_FIRST = frozenset("<>=≥≤±.-+0123456789")
_OPERATOR_WORD_FIRST = frozenset(w[0] for w in lex.OPERATOR_WORDS)
# An operator word followed by a number (`不低于95%`) is a quantity; followed by words
# (`达到预期`, `不足之处`) it is words.
_OPERATOR_WORD_THEN_NUMBER = re.compile(
    rf"(?: {_alternatives(lex.OPERATOR_WORDS)} ) [ ]? [-+±]? [0-9]", re.VERBOSE
)

# --- Dates ----------------------------------------------------------------------------------

_BEFORE = rf"(?: [ ]? (?P<before> {_alternatives(lex.BEFORE_WORDS)} ) )?"
# …前完成, 12月底到位, 11月底完成100%: done by the date, which the deadline already says.
_DONE = rf"(?: [ ]? (?: {_alternatives(lex.DONE_WORDS)} ) (?: [ ]? 100 [ ]? % )? )?"

ISO_DEADLINE = re.compile(
    rf"""
    (?:
        (?: (?P<strictly_before> < (?!=) )                # <2022-07-01: the day before
          | {_alternatives(lex.ON_OR_BEFORE)}             # <=, ≤, 不晚于, 不迟于
        ) [ ]?
    )?
    (?P<year> [0-9]{{4}} )
    (?P<date_separator> [-/] ) (?P<month> [0-9]{{1,2}} )  # 2022-06-30 or 2022/6/30,
    (?P=date_separator)        (?P<day> [0-9]{{1,2}} )    # one separator throughout
    {_BEFORE}                                             # 前: on or before
    """,
    re.VERBOSE,
)

CHINESE_DEADLINE = re.compile(
    rf"""
    (?: (?: {_alternatives(lex.ON_OR_BEFORE)} ) [ ]? )?
    (?:
        (?P<every_year> {lex.EVERY_YEAR} )                 # 每年: the form's budget year
      | (?P<year> [0-9]{{4}} ) [ ]? 年
    )? [ ]?
    (?:
        (?P<year_end> 年? (?: {_alternatives(lex.END_WORDS)} ) )   # 年底, 年末 (or 2022年底)
      | (?P<month> [0-9]{{1,2}} ) [ ]? 月
        (?: [ ]?
            (?: (?P<day> [0-9]{{1,2}} ) [ ]? (?: {_alternatives(lex.DAY_WORDS)} )  # 30日, 30号
              | (?P<month_end> {_alternatives(lex.END_WORDS)} )           # 月底, 月末
            )
        )?
    )
    {_BEFORE}
    {_DONE}                                                # …前完成, 12月底到位
    """,
    re.VERBOSE,
)

# A year alone names no day (the start of the year? its end?): recognised to be refused.
BARE_YEAR = re.compile(
    rf"""
    [0-9]{{4}} [ ]? 年
    (?: [ ]? (?: {_alternatives((*lex.BEFORE_WORDS, *lex.WITHIN_WORDS))} ) )?
    {_DONE}
    """,
    re.VERBOSE,
)

# --- Date periods ---------------------------------------------------------------------------

_PERIOD_SEPARATOR = rf"[ ]? (?P<separator> {_alternatives(lex.PERIOD_SEPARATORS)} ) [ ]?"
_DAY_WORD = f"(?: {_alternatives(lex.DAY_WORDS)} )"

# 2021年1月-12月, 2020年1月--2020年11月, 3月1日至6月30日, 1-12月 (月 written once), 每年1月至12月.
# The end's year, when not written, is the start's; with neither, the form's budget year.
CHINESE_PERIOD = re.compile(
    rf"""
    (?: (?P<every_year> {lex.EVERY_YEAR} ) [ ]?
      | (?P<start_year> [0-9]{{4}} ) [ ]? 年 [ ]?
    )?
    (?P<start_month> [0-9]{{1,2}} )
    (?: [ ]? 月 (?: [ ]? (?P<start_day> [0-9]{{1,2}} ) [ ]? {_DAY_WORD} )? )?
    {_PERIOD_SEPARATOR}
    (?: (?P<end_year> [0-9]{{4}} ) [ ]? 年 [ ]? )?
    (?P<end_month> [0-9]{{1,2}} ) [ ]? 月
    (?: [ ]?
        (?: (?P<end_day> [0-9]{{1,2}} ) [ ]? {_DAY_WORD}
          | {_alternatives(lex.END_WORDS)}                   # 12月底: the month's last day
        )
    )?
    """,
    re.VERBOSE,
)

# 2023.07-2024.01 (months), 2021.1.1-12.31 (days, the end's year left out).
DOTTED_PERIOD = re.compile(
    rf"""
    (?P<start_year> [0-9]{{4}} ) \. (?P<start_month> [0-9]{{1,2}} )
    (?: \. (?P<start_day> [0-9]{{1,2}} ) )?
    {_PERIOD_SEPARATOR}
    (?: (?P<end_year> [0-9]{{4}} ) \. )? (?P<end_month> [0-9]{{1,2}} )
    (?: \. (?P<end_day> [0-9]{{1,2}} ) )?
    """,
    re.VERBOSE,
)

# 2022-01-01至2022-12-31, 2022/1/1-2022/12/31: ISO dates, each with one mark throughout.
ISO_PERIOD = re.compile(
    rf"""
    (?P<start_year> [0-9]{{4}} ) (?P<start_mark> [-/] ) (?P<start_month> [0-9]{{1,2}} )
    (?P=start_mark) (?P<start_day> [0-9]{{1,2}} )
    {_PERIOD_SEPARATOR}
    (?P<end_year> [0-9]{{4}} ) (?P<end_mark> [-/] ) (?P<end_month> [0-9]{{1,2}} )
    (?P=end_mark) (?P<end_day> [0-9]{{1,2}} )
    """,
    re.VERBOSE,
)

# --- Relative deadlines and schedules -------------------------------------------------------

# What an event may not contain: gaps, control characters, digits, operators and signs. An
# event is named in words (合同签订, 项目开工, 资金到位); a longer text is a sentence, and words.
_NOT_IN_EVENT = rf"{_GAP_CHARACTER}{_CONTROL_CHARACTER}0-9<>=≥≤~±+%‰"
MAX_EVENT_LENGTH = 20
EVENT = re.compile(f"[^{_NOT_IN_EVENT}]{{1,{MAX_EVENT_LENGTH}}}")

# 合同签订后30日内, 项目开工后6个月内, 资金到位后1个月以内完成: an offset after an event.
RELATIVE_DEADLINE = re.compile(
    rf"""
    (?P<event> {EVENT.pattern} ) [ ]?
    {lex.AFTER_WORD} [ ]?
    (?P<amount> [0-9]+ ) [ ]?
    (?P<unit> {_alternatives(lex.OFFSET_UNITS)} ) [ ]?
    (?: {_alternatives(lex.OFFSET_WITHIN)} )             # within: the last day included
    {_DONE}
    """,
    re.VERBOSE,
)

# The start of a schedule written with 每 (`每季度1次`, `每月至少1次`); the count that follows
# is read with `QUANTITY`.
SCHEDULE = re.compile(
    rf"{lex.EVERY} [ ]? (?P<cadence> {_alternatives(lex.CADENCES)} ) [ ]?", re.VERBOSE
)


def schedule_unit(unit: str) -> tuple[str, str] | None:
    """Split a unit of occurrences per calendar period into the two, or return `None`.

    The period is given in its canonical spelling (`季` is `季度`).

    Examples:
        >>> schedule_unit("次/月"), schedule_unit("场/季"), schedule_unit("万/月")
        (('次', '月'), ('场', '季度'), None)
    """
    occurrence, slash, period = unit.partition("/")
    if slash and occurrence in lex.OCCURRENCE_UNITS and period in lex.CADENCES:
        return occurrence, lex.CADENCES[period]
    return None


# --- Changes and directions -----------------------------------------------------------------

CHANGE_BASIS = rf"""
    (?: {_alternatives(lex.CHANGE_BASES)}       # 较上年, 同比, …
      | [较比] [0-9]{{4}} 年                     # 较2020年: against a named year
    )
"""
_CHANGE_BASIS_RE = re.compile(CHANGE_BASIS, re.VERBOSE)

# The start of a change: an optional baseline and a direction word; the amount that follows
# is read with `QUANTITY`.
CHANGE = re.compile(
    rf"""
    (?P<basis> {CHANGE_BASIS} )? [ ]?
    (?P<direction> {_alternatives(lex.CHANGE_WORDS)} ) [ ]?
    """,
    re.VERBOSE,
)
_CHANGE_FIRST = frozenset(w[0] for w in (*lex.CHANGE_BASES, *lex.CHANGE_WORDS, "较", "比"))

# A direction word of a qualitative target, unless negated (不降低, 未减少).
_DIRECTION = re.compile(
    rf"(?<! [{lex.NEGATIONS}] ) (?: {_alternatives(lex.DIRECTION_WORDS)} )", re.VERBOSE
)


# --- Recognition ----------------------------------------------------------------------------

Kind = Literal[
    "iso_date",
    "chinese_date",
    "bare_year",
    "period",
    "relative_deadline",
    "schedule",
    "change",
    "quantity",
]


class Found(NamedTuple):
    """What a text is written as, with the matches against `Scanned.s` that show it.

    `kind` is `"iso_date"` (`match` of `ISO_DEADLINE`), `"chinese_date"` (`CHINESE_DEADLINE`),
    `"bare_year"` (`BARE_YEAR`, an error), `"period"` (`CHINESE_PERIOD`, `DOTTED_PERIOD` or
    `ISO_PERIOD`), `"relative_deadline"` (`RELATIVE_DEADLINE`), `"schedule"` (`SCHEDULE`,
    with `amount` the `QUANTITY` match of the count), `"change"` (`CHANGE`, with `amount`
    the `QUANTITY` match of what follows) or `"quantity"` (`QUANTITY`). Only the kind is
    decided here: the parser checks the rest (a whole match, a real date, an ordered range)
    and reports what is wrong.
    """

    kind: Kind
    match: re.Match[str]
    amount: re.Match[str] | None = None


def recognise(scanned: Scanned) -> Found | None:
    """Say what kind of target `scanned` is written as; `None` means words.

    Text that starts like a quantity (an operator, a digit, a sign, or an operator word and
    a number) or is shaped like a date is never words: when it is malformed the parser
    says so.

    Examples:
        >>> recognise(scan("不低于95%")).kind, recognise(scan("年底前")).kind
        ('quantity', 'chinese_date')
        >>> recognise(scan("较上年提升")) is None, recognise(scan("3月")).kind
        (True, 'quantity')
    """
    s = scanned.s
    # Cheap character tests first: this runs for every target a batch tool reads.
    if lex.AFTER_WORD in s:
        relative = RELATIVE_DEADLINE.fullmatch(s)
        if relative is not None:
            return Found("relative_deadline", relative)
    if not lex.DATE_CHARACTERS.isdisjoint(s):
        date = _recognise_date(s)
        if date is not None:
            return date
    first = s[0]
    if first not in _SPECIAL_FIRST:
        return None  # most words: none of what follows can start with their first character
    if first == lex.EVERY:
        return _recognise_schedule(s)
    if first in _CHANGE_FIRST:
        change = CHANGE.match(s)
        if change is not None:
            amount = QUANTITY.match(s, change.end())
            assert amount is not None  # every part of the pattern is optional
            if amount["number"] is None and amount["operator"] is None and not amount["plus_minus"]:
                return None  # `较上年提升`: words, not a measurable change
            return Found("change", change, amount)
    if first in _DIGITS and "." in s:
        dotted = DOTTED_PERIOD.fullmatch(s)
        if dotted is not None and _is_period(dotted):
            return Found("period", dotted)
    if first in _QUANTITY_FIRST or (
        first in _OPERATOR_WORD_FIRST and _OPERATOR_WORD_THEN_NUMBER.match(s) is not None
    ):
        quantity = QUANTITY.match(s)
        assert quantity is not None  # every part of the pattern is optional
        return Found("quantity", quantity)
    return None


# Every first character that `recognise` looks for once dates are ruled out.
_SPECIAL_FIRST = frozenset(
    {lex.EVERY, *_CHANGE_FIRST, *_DIGITS, *_QUANTITY_FIRST, *_OPERATOR_WORD_FIRST}
)


def _recognise_date(s: str) -> Found | None:
    iso = ISO_DEADLINE.fullmatch(s)
    if iso is not None:
        return Found("iso_date", iso)
    bare = BARE_YEAR.fullmatch(s)
    if bare is not None:
        return Found("bare_year", bare)
    m = CHINESE_DEADLINE.fullmatch(s)
    if m is None:
        return _recognise_period(s)
    if not any(m[g] for g in ("year", "every_year", "year_end", "before", "day", "month_end")):
        return None  # `3月` alone is a quantity in months, not March
    year_end = m["year_end"]
    if (
        year_end is not None
        and not year_end.startswith("年")
        and m["year"] is None
        and m["every_year"] is None
    ):
        return None  # a bare 底 or 末 is not a date
    return Found("chinese_date", m)


def _recognise_period(s: str) -> Found | None:
    for pattern in (CHINESE_PERIOD, ISO_PERIOD):
        m = pattern.fullmatch(s)
        if m is not None and _is_period(m):
            return Found("period", m)
    return None


def _is_period(m: re.Match[str]) -> bool:
    """Whether numbers shaped like a period are one: months from 1 to 12, years year-like.

    `0-12月` (an age in months) and `13-14月` are quantities of months. A dotted `2023.07` is a
    month only after a year-like whole part; a day (`2021.1.1`) is a date however it is read.
    """
    if not all(1 <= int(m[g]) <= 12 for g in ("start_month", "end_month")):
        return False
    if m.re is not DOTTED_PERIOD or m["start_day"] is not None:
        return True
    low, high = lex.PERIOD_YEARS
    years = [m[g] for g in ("start_year", "end_year") if m[g] is not None]
    return all(low <= int(year) <= high for year in years)


def _recognise_schedule(s: str) -> Found | None:
    """A schedule `每<period><count>`, when the count is of occurrences; else words.

    Text starting with 每 is words unless all of it is the schedule: `每月1次，全年12次` is a
    sentence, kept as written.
    """
    start = SCHEDULE.match(s)
    if start is None:
        return None
    count = QUANTITY.match(s, start.end())
    assert count is not None  # every part of the pattern is optional
    unit = count["unit"] or count["high_unit"]
    if count["number"] is None or unit not in lex.OCCURRENCE_UNITS or count.end() != len(s):
        return None  # `每月1日前`, `每年开展`, `每月1次，全年12次`: words
    return Found("schedule", start, count)


# --- What the model asks ---------------------------------------------------------------------


def words_problem(text: str) -> str | None:
    r"""Say why `parse_target(text)` would not be `Qualitative(text)`, or return `None`.

    Examples:
        >>> words_problem("及时") is None
        True
        >>> words_problem(">=95%")
        'reads as a quantitative or date target, not words'
        >>> words_problem("\u200b")
        'must contain a visible character (不能为空)'
    """
    if is_blank(text):
        return "must contain a visible character (不能为空)"
    if _GAP.match(text[0]) or _GAP.match(text[-1]):
        return "must not start or end with white space or an invisible character"
    if CONTROL.search(text):
        return "must not contain tabs, line breaks or control characters"
    if recognise(scan(text)) is not None:
        return "reads as a quantitative or date target, not words"
    return None


def reads_as_words(text: str) -> bool:
    """Tell whether `text` is a qualitative target as written: `parse_target(text)` gives words.

    Examples:
        >>> reads_as_words("明显改善"), reads_as_words("95%以上"), reads_as_words(" 及时")
        (True, False, False)
    """
    return isinstance(text, str) and words_problem(text) is None


def comparison_reads_as_date(operator: str, quantity: str) -> bool:
    """Tell whether a comparison's text `operator + quantity` would read as a deadline.

    Only a unit with date words can do it: `<=3月底` is a deadline, not 3 "月底".

    Examples:
        >>> comparison_reads_as_date("<=", "3月底"), comparison_reads_as_date("<=", "3个月")
        (True, False)
    """
    if lex.DATE_WORD_CHARACTERS.isdisjoint(quantity):
        return False
    found = recognise(scan(operator + quantity))
    return found is not None and found.kind in ("iso_date", "chinese_date", "bare_year")


def range_reads_as_period(text: str) -> bool:
    """Tell whether a range's canonical text `low~high` would read as a date period.

    Examples:
        >>> range_reads_as_period("1月~12月"), range_reads_as_period("1个月~12个月")
        (True, False)
        >>> range_reads_as_period("2023.07~2024.01"), range_reads_as_period("2023.07~2024.15")
        (True, False)
    """
    found = recognise(scan(text))
    return found is not None and found.kind == "period"


def is_event(text: str) -> bool:
    """Tell whether `text` names the event of a relative deadline, in canonical spelling.

    Words without digits, operators or gaps, at most `MAX_EVENT_LENGTH` characters.

    Examples:
        >>> is_event("合同签订"), is_event("第2次验收"), is_event("合同 签订")
        (True, False, False)
    """
    return lex.fold(text) == text and EVENT.fullmatch(text) is not None


def is_change_basis(text: str) -> bool:
    """Tell whether `text` is a baseline phrase a change starts with, in canonical spelling.

    Examples:
        >>> is_change_basis("较上年"), is_change_basis("较2020年"), is_change_basis("较２０２０年")
        (True, True, False)
    """
    return lex.fold(text) == text and _CHANGE_BASIS_RE.fullmatch(text) is not None


def direction_of(text: str) -> str | None:
    """Return the one direction (`"up"`, `"down"`, `"steady"`) the wording of `text` asks for.

    `None` when it names none, or more than one.

    Examples:
        >>> direction_of("明显改善"), direction_of("不降低"), direction_of("降低成本提高效率")
        ('up', None, None)
    """
    found = {lex.DIRECTION_WORDS[w] for w in _DIRECTION.findall(text)}
    return found.pop() if len(found) == 1 else None
