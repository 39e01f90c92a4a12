"""Reading target expressions (指标目标值) and actual values.

The grammar, after one-to-one character normalisation (full-width and compatibility forms to
ASCII, ≧ to ≥, …):

    comparison := [op] number [unit] [suffix]           >=95%  不少于500条  95%以上
    range      := number [unit] sep number [unit] [之间] 90%-95%  5至10个  ±3%以内
    deadline   := ISO date or 年/月/日 date, with 前       <=2022-06-30  2022年12月底前  年底前
    change     := [basis] direction number [unit]       较上年提升5%  下降2个百分点
    qualitative:= any other words                       及时  明显改善

Text that starts like a quantity (an operator, a digit, a sign, or an operator word followed by
a number) must be well formed: it is never read as words.
"""

from __future__ import annotations

import datetime
import functools
import re
from collections.abc import Iterable
from decimal import Decimal

from perfindicator._lexicon import TABLE
from perfindicator.errors import FieldTypeError, TargetSyntaxError
from perfindicator.model._validators import CONTROL
from perfindicator.model.quantity import Quantity
from perfindicator.model.targets import (
    Change,
    Comparison,
    Deadline,
    Direction,
    Op,
    Qualitative,
    Range,
    Target,
)
from perfindicator.model.units import MAX_UNIT_LENGTH, UNIT_PATTERN

__all__ = ["parse_quantity", "parse_target"]

_OPS = {
    ">=": Op.GE,
    "≥": Op.GE,
    "<=": Op.LE,
    "≤": Op.LE,
    ">": Op.GT,
    "<": Op.LT,
    "=": Op.EQ,
    # Words (domain.md §3).
    "不低于": Op.GE,
    "不少于": Op.GE,
    "不小于": Op.GE,
    "至少": Op.GE,
    "大于等于": Op.GE,
    "大于或等于": Op.GE,
    "不高于": Op.LE,
    "不超过": Op.LE,
    "不多于": Op.LE,
    "不大于": Op.LE,
    "至多": Op.LE,
    "小于等于": Op.LE,
    "小于或等于": Op.LE,
    "大于": Op.GT,
    "高于": Op.GT,
    "超过": Op.GT,
    "多于": Op.GT,
    "小于": Op.LT,
    "低于": Op.LT,
    "少于": Op.LT,
    "不满": Op.LT,
    "不足": Op.LT,
    "等于": Op.EQ,
    "达到": Op.EQ,
}
# 达到 ("reach") names no bound of its own: `达到95%以上` is `>=95%`, not a conflict.
_WEAK_OPS = frozenset({"达到"})
_SUFFIX_OPS = {
    "以上": Op.GE,
    "及以上": Op.GE,
    "以下": Op.LE,
    "及以下": Op.LE,
    "以内": Op.LE,
    "之内": Op.LE,
    "以外": Op.GT,
}
_SYMBOL_OPS = frozenset(k for k in _OPS if k.isascii() or len(k) == 1)
_WORD_OPS = sorted((k for k in _OPS if k not in _SYMBOL_OPS), key=len, reverse=True)


def _alternatives(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_NUMBER = r"-?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?"
_SEPARATOR = r"[-~—]|至|到"
_SUFFIX = _alternatives([*_SUFFIX_OPS, "之间", "左右"])
# Every part is optional in turn, so a failed match still tells how far the text was readable.
_QUANTITATIVE = re.compile(
    rf"(?P<op>{_alternatives(_OPS)})?\s*(?:(?P<pm>±)\s*)?"
    rf"(?:(?P<n1>{_NUMBER})\s*(?:(?P<u1>{UNIT_PATTERN})\s*)?"
    rf"(?:(?P<sep>{_SEPARATOR})\s*(?:(?P<n2>{_NUMBER})\s*(?:(?P<u2>{UNIT_PATTERN})\s*)?)?)?"
    rf"(?P<suffix>{_SUFFIX})?)?"
)
_QUANTITY_FIRST = frozenset("<>=≥≤±.-0123456789")
_WORD_OP_FIRST = frozenset(w[0] for w in _WORD_OPS)
_STARTS_WITH_WORD_OP = re.compile(rf"(?:{'|'.join(_WORD_OPS)})\s*-?[0-9]")

_BEFORE = r"\s*(?P<before>之前|以前|前)?"
_ISO_DEADLINE = re.compile(
    r"(?:(?P<op><=|≤|<|不晚于|不迟于)\s*)?"
    r"(?P<y>[0-9]{4})(?P<sep>[-/])(?P<m>[0-9]{1,2})(?P=sep)(?P<d>[0-9]{1,2})" + _BEFORE
)
_CHINESE_DEADLINE = re.compile(
    r"(?:(?:<=|≤|不晚于|不迟于)\s*)?(?:(?P<every>每年)|(?P<y>[0-9]{4})\s*年)?\s*"
    r"(?:(?P<ye>年?底|年?末)|(?P<m>[0-9]{1,2})\s*月\s*(?:(?P<d>[0-9]{1,2})\s*[日号]|(?P<me>底|末))?)"
    + _BEFORE
    + r"\s*(?:完成)?"
)
_BARE_YEAR = re.compile(r"[0-9]{4}\s*年\s*(?:之前|以前|前|以内|内)?\s*(?:完成)?")
_DEADLINE_CHARS = frozenset("年月底末-/")

_CHANGE_BASES = (
    "较上年",
    "比上年",
    "较去年",
    "比去年",
    "较上一年",
    "比上一年",
    "较上年度",
    "比上年度",
    "较上期",
    "比上期",
    "较基期",
    "同比",
    "环比",
)
_CHANGE_BASIS = rf"(?:{_alternatives(_CHANGE_BASES)}|[较比][0-9]{{4}}年)"
_CHANGE_WORDS = {
    "提升": Direction.UP,
    "提高": Direction.UP,
    "增长": Direction.UP,
    "增加": Direction.UP,
    "上升": Direction.UP,
    "下降": Direction.DOWN,
    "降低": Direction.DOWN,
    "减少": Direction.DOWN,
}
_CHANGE = re.compile(rf"(?P<basis>{_CHANGE_BASIS})?\s*(?P<dir>{_alternatives(_CHANGE_WORDS)})\s*")
_CHANGE_BASIS_RE = re.compile(_CHANGE_BASIS)
_CHANGE_FIRST = frozenset(w[0] for w in (*_CHANGE_BASES, *_CHANGE_WORDS, "较", "比"))

_DIRECTION_WORDS = {
    **dict.fromkeys(("提升", "提高", "增加", "增强", "改善", "增长", "上升", "扩大"), Direction.UP),
    **dict.fromkeys(("加强", "优化"), Direction.UP),
    **dict.fromkeys(("降低", "下降", "减少", "减轻", "缩短", "压减", "减小"), Direction.DOWN),
    **dict.fromkeys(("稳定", "保持", "维持", "巩固", "不变"), Direction.STEADY),
}
# A negated word (不降低, 未减少) names no direction of its own.
_DIRECTION = re.compile(rf"(?<![不未无])(?:{_alternatives(_DIRECTION_WORDS)})")


def parse_target(text: str) -> Target:
    """Read a target value as written on a form.

    Accepts ASCII, full-width and compatibility spellings, math glyphs (≥ ≧ ≤ ≦), operator
    words (不低于, 不超过, …) and suffix words (以上, 以下, 以内, 及以上), spaces, thousands
    separators and `百分比` for `%`. A number with no operator means `=`.

    Raises:
        TargetSyntaxError: the text is empty, or starts like a quantity or a date but is not
            a well-formed one.
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
    return _parse_target(text)


def parse_quantity(text: str) -> Quantity:
    """Read an actual value: a number and an optional unit (`96.2%`, `520条`, `1.2万人次`).

    Raises:
        TargetSyntaxError: the text is not a number followed by a unit.
        FieldTypeError: `text` is not a `str`.

    Examples:
        >>> parse_quantity("１,２00 人次")
        Quantity('1200人次')
    """
    if not isinstance(text, str):
        raise FieldTypeError("parse_quantity", "text", text, "must be a str")
    s, start, end = _bounds(text, "quantity")
    m = _QUANTITATIVE.match(s, start, end)
    assert m is not None  # every part of the pattern is optional
    if m["n1"] is None or m["op"] is not None or m["pm"] is not None:
        reason = "expected a number" if m["n1"] is None else "an actual value takes no operator"
        raise TargetSyntaxError(text, start, reason, kind="quantity")
    if m.end() != end or m["sep"] is not None or m["suffix"] is not None:
        position = m.start("sep") if m["sep"] is not None else m.start("suffix")
        position = position if position >= 0 else m.end()
        raise TargetSyntaxError(
            text, position, "expected a number and a unit only", kind="quantity"
        )
    return _quantity(text, m, "n1", "u1")


def reads_back(op: Op, quantity: Quantity) -> bool:
    """Tell whether the canonical text of `Comparison(op, quantity)` parses back to it.

    Only a unit with date words can fail: `<=3月底` reads as a deadline.
    """
    text = f"{op.value}{quantity}"
    try:
        return _deadline(text, text, 0, len(text)) is None
    except TargetSyntaxError:
        return False


def reads_as_qualitative(text: str) -> bool:
    """Tell whether `text` is read as a qualitative target (words), not as a number or date."""
    try:
        return _structured(text, *_bounds(text, "target")) is None
    except TargetSyntaxError:
        return False


def is_change_basis(text: str) -> bool:
    """Tell whether `text` is a baseline phrase that a `Change` target can start with."""
    return _CHANGE_BASIS_RE.fullmatch(text.translate(TABLE)) is not None


def direction_of(text: str) -> Direction | None:
    """Return the single direction that the wording of `text` asks for, if there is one."""
    found = {_DIRECTION_WORDS[w] for w in _DIRECTION.findall(text)}
    return found.pop() if len(found) == 1 else None


@functools.lru_cache(maxsize=8192)
def _parse_target(text: str) -> Target:
    # Targets are immutable, and batch tools parse the same few hundred spellings again and
    # again, so a cache turns most calls into a dictionary lookup.
    s, start, end = _bounds(text, "target")
    found = _structured(text, s, start, end)
    if found is not None:
        return found
    control = CONTROL.search(text, start, end)
    if control is not None:
        raise TargetSyntaxError(
            text, control.start(), "a target is one line of text, without control characters"
        )
    return Qualitative(text=text[start:end])


def _bounds(text: str, kind: str) -> tuple[str, int, int]:
    s = text if text.isascii() else text.translate(TABLE)
    end = len(s.rstrip())
    start = len(s) - len(s.lstrip())
    if start >= end:
        raise TargetSyntaxError(text, 0, f"the {kind} is empty (内容为空)", kind=kind)
    return s, start, end


def _structured(text: str, s: str, start: int, end: int) -> Target | None:
    # Cheap character tests first: this runs for every target a batch tool reads.
    if _DEADLINE_CHARS.intersection(s):
        deadline = _deadline(text, s, start, end)
        if deadline is not None:
            return deadline
    first = s[start]
    if first in _CHANGE_FIRST:
        change = _CHANGE.match(s, start, end)
        if change is not None:
            return _change(text, s, change, end)
    if first in _QUANTITY_FIRST or (
        first in _WORD_OP_FIRST and _STARTS_WITH_WORD_OP.match(s, start, end) is not None
    ):
        return _quantitative(text, s, start, end)
    return None


def _quantitative(text: str, s: str, start: int, end: int) -> Comparison | Range:
    m = _QUANTITATIVE.match(s, start, end)
    assert m is not None  # every part of the pattern is optional
    if m.end() != end or m["n1"] is None or (m["sep"] is not None and m["n2"] is None):
        raise TargetSyntaxError(text, m.end(), _expected(m))
    suffix, op_text = m["suffix"], m["op"]
    if suffix == "左右":
        raise TargetSyntaxError(
            text, m.start("suffix"), "'左右' (about) is not a checkable bound; write a range"
        )
    if m["sep"] is not None or m["pm"] is not None:
        if op_text is not None:
            raise TargetSyntaxError(text, start, "a range takes no operator")
        return _range(text, m)
    if suffix == "之间":
        raise TargetSyntaxError(text, m.start("suffix"), "'之间' (between) needs a range")
    op = _OPS[op_text] if op_text is not None else Op.EQ
    if suffix is not None:
        implied = _SUFFIX_OPS[suffix]
        if op_text is not None and op_text not in _WEAK_OPS and _OPS[op_text] is not implied:
            raise TargetSyntaxError(
                text, m.start("suffix"), f"{suffix!r} contradicts the operator {op_text!r}"
            )
        op = implied
    return Comparison(op=op, quantity=_quantity(text, m, "n1", "u1"))


def _expected(m: re.Match[str]) -> str:
    if m["n1"] is None:
        return "expected a number after the operator" if m["op"] else "expected a number"
    if m["sep"] is not None and m["n2"] is None:
        return "expected a number after the range separator"
    if m["suffix"] is not None:
        return f"unexpected text after {m['suffix']!r}"
    unit = m["u2"] if m["n2"] is not None else m["u1"]
    where = f"after the unit {unit!r}" if unit else "after the number"
    return f"unexpected {m.string[m.end()]!r} {where}"


def _range(text: str, m: re.Match[str]) -> Range:
    suffix = m["suffix"]
    if m["pm"] is not None:
        if m["sep"] is not None or suffix not in (None, "以内", "之内"):
            raise TargetSyntaxError(text, m.start("pm"), "'±' takes one number, optionally 以内")
        high = _quantity(text, m, "n1", "u1")
        return Range(low=Quantity(value=high.value.copy_negate(), unit=high.unit), high=high)
    if suffix not in (None, "之间"):
        raise TargetSyntaxError(text, m.start("suffix"), f"a range takes no {suffix!r}")
    # `90~95%`: a unit written once applies to both ends.
    low = _quantity(text, m, "n1", "u1" if m["u1"] else "u2")
    high = _quantity(text, m, "n2", "u2" if m["u2"] else "u1")
    if not low.is_comparable(high) or low.compare(high) > 0:
        raise TargetSyntaxError(
            text, m.start("n2"), f"the range {low}~{high} is not an interval from low to high"
        )
    return Range(low=low, high=high)


def _quantity(text: str, m: re.Match[str], number: str, unit: str) -> Quantity:
    unit_text = m[unit] or ""
    if len(unit_text) > MAX_UNIT_LENGTH:
        raise TargetSyntaxError(
            text,
            m.start(unit),
            f"{unit_text!r} is too long for a unit (at most {MAX_UNIT_LENGTH} characters): "
            "is this a sentence?",
        )
    if unit_text == "百分比":
        unit_text = "%"
    return Quantity(value=Decimal(m[number].replace(",", "")), unit=unit_text)


def _deadline(text: str, s: str, start: int, end: int) -> Deadline | None:
    iso = _ISO_DEADLINE.fullmatch(s, start, end)
    if iso is not None:
        date = _date(text, iso.start("y"), int(iso["y"]), int(iso["m"]), int(iso["d"]))
        if iso["op"] == "<":
            if date == datetime.date.min:
                raise TargetSyntaxError(text, iso.start("y"), "no date lies before this one")
            date -= datetime.timedelta(days=1)
        return Deadline(year=date.year, month=date.month, day=date.day)
    if _BARE_YEAR.fullmatch(s, start, end):
        raise TargetSyntaxError(
            text, start, "a bare year is ambiguous: write 2022年底前 or 2022年12月31日前"
        )
    m = _CHINESE_DEADLINE.fullmatch(s, start, end)
    if m is None:
        return None
    year = None if m["y"] is None else int(m["y"])
    if not any(m[g] for g in ("y", "every", "ye", "before", "d", "me")):
        return None  # `3月` alone is a quantity in months, not March
    if m["ye"] is not None:
        if year is None and m["every"] is None and not m["ye"].startswith("年"):
            return None  # a bare 底 or 末 is not a date
        month, day = 12, None
    else:
        month, day = int(m["m"]), None if m["d"] is None else int(m["d"])
    _date(text, start, year, month, day or 1)
    return Deadline(year=year, month=month, day=day)


def _date(text: str, position: int, year: int | None, month: int, day: int) -> datetime.date:
    # Without a year, check the day against a leap year: 每年2月29日前 is a date.
    try:
        return datetime.date(2000 if year is None else year, month, day)
    except ValueError:
        written = f"{month}月{day}日" if year is None else f"{year:04}-{month:02}-{day:02}"
        raise TargetSyntaxError(text, position, f"there is no date {written}") from None


def _change(text: str, s: str, m: re.Match[str], end: int) -> Change | None:
    q = _QUANTITATIVE.match(s, m.end(), end)
    assert q is not None  # every part of the pattern is optional
    if q["n1"] is None and q["op"] is None and q["pm"] is None:
        return None  # `较上年提升`: words, not a measurable change
    if q.end() != end or q["n1"] is None:
        raise TargetSyntaxError(text, q.end(), _expected(q))
    if q["op"] is not None or q["pm"] is not None or q["sep"] is not None:
        raise TargetSyntaxError(text, m.end(), "a change takes one number and a unit")
    if q["suffix"] not in (None, "以上", "及以上"):
        raise TargetSyntaxError(text, q.start("suffix"), f"a change takes no {q['suffix']!r}")
    amount = _quantity(text, q, "n1", "u1")
    if amount.value <= 0:
        raise TargetSyntaxError(text, q.start("n1"), "a change must be positive")
    return Change(
        direction=_CHANGE_WORDS[m["dir"]],
        amount=amount,
        basis=text[m.start("basis") : m.end("basis")] if m["basis"] else "",
    )
