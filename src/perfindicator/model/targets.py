"""The kinds of target value (指标目标值) a form can state.

Each kind is an immutable attrs class whose `str` is the canonical spelling of the target:
`parse_target(str(t)) == t` for every target `t`, and spellings with the same meaning parse to
equal (and equally hashed) targets.
"""

from __future__ import annotations

import calendar
import datetime
import enum
from typing import Any, TypeAlias

import attrs

from perfindicator import _syntax
from perfindicator._lexicon import CANONICAL_CHANGE_WORDS
from perfindicator.errors import FieldError, FieldTypeError
from perfindicator.model import _validators as v
from perfindicator.model.quantity import Quantity

__all__ = [
    "Change",
    "Comparison",
    "Deadline",
    "Direction",
    "Op",
    "Qualitative",
    "Range",
    "Target",
]


class Op(enum.Enum):
    """A comparison operator; the value is its ASCII symbol.

    `GE`, `GT` and `EQ` are higher-is-better (official systems score `=100%` as met by
    reaching 100%), `LE` and `LT` lower-is-better.

    Examples:
        >>> from perfindicator import parse_target
        >>> parse_target("不超过10次").op, Op.LE.value
        (<Op.LE: '<='>, '<=')
    """

    GE = ">="
    GT = ">"
    EQ = "="
    LE = "<="
    LT = "<"


class Direction(enum.Enum):
    """Which way a target wants the measure to move.

    Examples:
        >>> from perfindicator import parse_target
        >>> parse_target("有效减轻").direction, parse_target("较上年提升5%").direction
        (<Direction.DOWN: 'down'>, <Direction.UP: 'up'>)
    """

    UP = "up"
    DOWN = "down"
    STEADY = "steady"


def _repr(self: object) -> str:
    return f"<{type(self).__name__}({str(self)!r})>"


def _reads_back(instance: Comparison, attribute: attrs.Attribute[Any], value: Quantity) -> None:
    if _syntax.comparison_reads_as_date(instance.op.value, str(value)):
        v.fail(instance, attribute, value, "has a unit that makes the target read as a date")


@attrs.frozen(kw_only=True, repr=False)
class Comparison:
    """A quantitative target: an operator and a quantity (`>=95%`, `=0次`, `≤15399.72万元`).

    Examples:
        >>> from perfindicator import parse_target
        >>> t = parse_target("不低于95％")
        >>> t, t.op, t.quantity
        (<Comparison('>=95%')>, <Op.GE: '>='>, Quantity('95%'))
    """

    op: Op = attrs.field(validator=v.instance_of(Op))
    quantity: Quantity = attrs.field(validator=[v.instance_of(Quantity), _reads_back])

    def __str__(self) -> str:
        return f"{self.op.value}{self.quantity}"

    __repr__ = _repr


def _ordered_range(instance: Range, attribute: attrs.Attribute[Any], high: Quantity) -> None:
    low = instance.low
    if not low.is_comparable(high):
        v.fail(instance, attribute, high, f"has a unit not comparable with low {low}")
    if low.compare(high) > 0:
        v.fail(instance, attribute, high, f"must not be below low {low} (下限不能高于上限)")


@attrs.frozen(kw_only=True, repr=False)
class Range:
    """A target met inside a closed interval (`90%-95%`, `5至10个`, `18—54周岁`, `±3%`).

    Examples:
        >>> from perfindicator import parse_target
        >>> parse_target("90~95%")
        <Range('90%~95%')>
    """

    low: Quantity = attrs.field(validator=v.instance_of(Quantity))
    high: Quantity = attrs.field(validator=[v.instance_of(Quantity), _ordered_range])

    def __str__(self) -> str:
        return f"{self.low}~{self.high}"

    __repr__ = _repr


def _month(instance: Deadline, attribute: attrs.Attribute[Any], value: object) -> None:
    v.instance_of(int)(instance, attribute, value)
    assert isinstance(value, int)
    if not 1 <= value <= 12:
        v.fail(instance, attribute, value, "must be a month from 1 to 12")


def _day(instance: Deadline, attribute: attrs.Attribute[Any], value: object) -> None:
    v.instance_of(int)(instance, attribute, value)
    assert isinstance(value, int)
    # Without a year, 29 February is possible.
    last = calendar.monthrange(2000 if instance.year is None else instance.year, instance.month)
    if not 1 <= value <= last[1]:
        v.fail(instance, attribute, value, f"must be a day of month {instance.month}")


@attrs.frozen(kw_only=True, repr=False)
class Deadline:
    """A date target, met on or before the date (`2022年12月底前`, `<=2022-06-30`, `年底前`).

    `year` is `None` when the text names none (`年底前`, `每年12月底前`): the form's budget year
    supplies it, see [`resolve`][perfindicator.Deadline.resolve]. `day` is `None` for the end of
    the month; it is filled in on construction whenever the end of the month is known, so
    `2022年12月底前` and `2022年12月31日前` are equal. Only a year-less end of February keeps
    `day=None`.

    Examples:
        >>> from perfindicator import parse_target
        >>> parse_target("2022年12月底前")
        <Deadline('<=2022-12-31')>
        >>> parse_target("年底前").resolve(2023)
        datetime.date(2023, 12, 31)
    """

    year: int | None = attrs.field(default=None, validator=v.optional(v.year))
    month: int = attrs.field(validator=_month)
    day: int | None = attrs.field(default=None, validator=v.optional(_day))

    def __attrs_post_init__(self) -> None:
        if self.day is None and (self.year is not None or self.month != 2):
            last = calendar.monthrange(2001 if self.year is None else self.year, self.month)[1]
            # attrs' documented way to finish a frozen instance in __attrs_post_init__.
            object.__setattr__(self, "day", last)

    def resolve(self, year: int | None = None) -> datetime.date:
        """Return the date of the deadline, taking `year` only when the text named none.

        Raises:
            FieldError: the deadline names no year and none was given, or `year` is not a
                year from 1 to 9999 (a FieldTypeError when it is not an int).

        Examples:
            >>> from perfindicator import parse_target
            >>> parse_target("每年6月底前").resolve(2024), parse_target("2022年3月底前").resolve(2024)
            (datetime.date(2024, 6, 30), datetime.date(2022, 3, 31))
        """
        if self.year is not None:
            return datetime.date(self.year, self.month, self._day_in(self.year))
        if year is None:
            raise FieldError(
                "Deadline.resolve", "year", year, f"{self} names no year, so resolve() needs one"
            )
        checked = v.year_argument(year, "Deadline.resolve", "year")
        return datetime.date(checked, self.month, self._day_in(checked))

    def _day_in(self, year: int) -> int:
        last = calendar.monthrange(year, self.month)[1]
        return last if self.day is None else min(self.day, last)

    def __str__(self) -> str:
        if self.year is not None:
            return f"<={self.resolve().isoformat()}"
        if self.day is None:
            return f"每年{self.month}月底前"
        return f"每年{self.month}月{self.day}日前"

    __repr__ = _repr


def _change_direction(instance: Change, attribute: attrs.Attribute[Any], value: object) -> None:
    if value not in (Direction.UP, Direction.DOWN):
        raise FieldTypeError(
            "Change", attribute.name, value, "must be Direction.UP or Direction.DOWN"
        )


def _change_amount(instance: Change, attribute: attrs.Attribute[Any], value: Quantity) -> None:
    if value.value <= 0:
        v.fail(instance, attribute, value, "must be positive: the direction gives the sign")


def _basis(instance: Change, attribute: attrs.Attribute[Any], value: object) -> None:
    v.text(instance, attribute, value)
    assert isinstance(value, str)
    if value and not _syntax.is_change_basis(value):
        v.fail(
            instance,
            attribute,
            value,
            "is not a baseline phrase such as 较上年, 同比 or 较2020年 (digits in ASCII)",
        )


@attrs.frozen(kw_only=True, repr=False)
class Change:
    """A change relative to a baseline (`较上年提升5%`, `同比增长10%`, `下降2个百分点`).

    `basis` is the baseline phrase (`"较上年"`, `"同比"`, `"较2020年"`), `""` when the text
    states none; its digits are ASCII, so that `较２０２０年` and `较2020年` are one basis. `amount` is positive; its unit tells a relative change (`%`) from one in
    percentage points (`个百分点`) or an absolute one (`个`, `万元`).

    Examples:
        >>> from perfindicator import parse_target
        >>> parse_target("较上年提升5%")
        <Change('较上年增长5%')>
    """

    direction: Direction = attrs.field(validator=_change_direction)
    amount: Quantity = attrs.field(validator=[v.instance_of(Quantity), _change_amount])
    basis: str = attrs.field(default="", validator=_basis)

    def __str__(self) -> str:
        return f"{self.basis}{CANONICAL_CHANGE_WORDS[self.direction.value]}{self.amount}"

    __repr__ = _repr


def _qualitative_text(
    instance: Qualitative, attribute: attrs.Attribute[Any], value: object
) -> None:
    v.name(instance, attribute, value)
    assert isinstance(value, str)
    problem = _syntax.words_problem(value)
    if problem is not None:
        v.fail(instance, attribute, value, problem)


@attrs.frozen(kw_only=True, repr=False)
class Qualitative:
    """A target in words (`及时`, `提升`, `完善`, `有效保障`), kept as written.

    The text is what `parse_target` reads as words: something visible, with no white space
    or invisible character around it, no control character, and nothing that reads as a
    quantity or a date (`>=95%` is a `Comparison`, never words).

    Examples:
        >>> from perfindicator import parse_target
        >>> t = parse_target(" 明显改善 ")
        >>> t, t.direction
        (<Qualitative('明显改善')>, <Direction.UP: 'up'>)
    """

    text: str = attrs.field(validator=_qualitative_text)

    @property
    def direction(self) -> Direction | None:
        """The direction the wording asks for, or `None` for a plain attainment statement.

        提升/提高/增加/增强/改善 … read as up, 降低/下降/减少 … as down, 稳定/保持 … as steady;
        wording that names two directions has none.

        Examples:
            >>> from perfindicator import parse_target
            >>> [parse_target(t).direction for t in ("有效降低", "保持稳定", "及时")]
            [<Direction.DOWN: 'down'>, <Direction.STEADY: 'steady'>, None]
        """
        direction = _syntax.direction_of(self.text)
        return None if direction is None else Direction(direction)

    def __str__(self) -> str:
        return self.text

    __repr__ = _repr


def recognised_words(text: str) -> Qualitative:
    """Build the `Qualitative` of `text` that the parser has just recognised as words.

    For `grammar.parse` only: recognition proved everything the validator checks, and each
    text is read once. attrs documents `object.__setattr__` for frozen classes.
    """
    words = object.__new__(Qualitative)
    object.__setattr__(words, "text", text)
    return words


Target: TypeAlias = Comparison | Range | Deadline | Change | Qualitative
"""Any target value: what [`parse_target`][perfindicator.parse_target] returns."""

TARGET_TYPES: tuple[type, ...] = (Comparison, Range, Deadline, Change, Qualitative)
"""The five target classes, for `isinstance` checks: the members of `Target`."""
