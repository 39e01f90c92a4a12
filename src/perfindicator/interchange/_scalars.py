"""The strict readers of JSON's scalars, each a cattrs structure hook raising `DataError`.

A decimal and a date are read from ASCII text only, a whole number is not a bool, an enum
member from its label, a target from its canonical expression. `convert` registers them on
its converters and the fast readers of `_fast` call them, so both read a value alike.
"""

from __future__ import annotations

import datetime
import enum
import json
import re
from collections.abc import Callable
from decimal import Decimal
from typing import TypeVar

from perfindicator._exact import MAX_WHOLE_DIGITS, magnitude_problem
from perfindicator.errors import DataError, Place, Problem, shown
from perfindicator.grammar.inputs import read_iso_date
from perfindicator.grammar.parse import parse_quantity, parse_target
from perfindicator.model.quantity import Quantity
from perfindicator.model.targets import Target

E = TypeVar("E", bound=enum.Enum)

# What the JSON Schema means by a decimal (see `json_schema`): ASCII digits only. `\d` and
# `str.isdigit` would also take "١٢٣" (Arabic-Indic digits), which `Decimal` reads.
DECIMAL_TEXT = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")
# Whole numbers (years, in this format) beyond the supported magnitude are refused before
# anything turns them into text: `repr` of a 5,000-digit int raises ValueError.
WHOLE_LIMIT = 10**MAX_WHOLE_DIGITS
TOO_LARGE = str(magnitude_problem(Decimal(WHOLE_LIMIT)))

INEXACT = ('a float is inexact: write the number as a string, e.g. "95.5"', "浮点数不精确")


def invalid(en: str, zh: str = "数据无效", text: str | None = None) -> DataError:
    """A single problem at the place being read; `from_dict` supplies the JSON path."""
    return DataError(
        (Problem(code="data", message_en=en, message_zh=zh, where=Place(subject="$"), text=text),)
    )


def shown_json(value: object) -> str:
    """The value as a message about a JSON document quotes it.

    Unlike `shown` (a bounded Python repr), JSON's own words: `null`, `true` and `false`, and
    a list or an object named by its kind, which is what the reader expected or not, rather
    than its first items.
    """
    if value is None or isinstance(value, bool):
        return json.dumps(value)
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return shown(value)


def too_large(problem: str) -> tuple[str, str]:
    # magnitude_problem says it in English with the Chinese in brackets at the end.
    en, _, zh = problem.rpartition(" (")
    return f"the number {en}", zh.rstrip(")")


def read_decimal(value: object, _: type) -> Decimal:
    if isinstance(value, float):
        raise invalid(*INEXACT)
    if not isinstance(value, str) or DECIMAL_TEXT.fullmatch(value) is None:
        raise invalid(
            f'expected a decimal number as a string of ASCII digits, e.g. "95.5", got {shown_json(value)}',
            "应为十进制数字字符串",
        )
    number = Decimal(value)
    # Digits and a point, no exponent: no more characters than the whole digits allowed
    # leave no room for a number beyond either bound.
    problem = None if len(value) <= MAX_WHOLE_DIGITS else magnitude_problem(number)
    if problem is not None:
        raise invalid(*too_large(problem))
    return number


def read_date(value: object, _: type) -> datetime.date:
    date = read_iso_date(value) if isinstance(value, str) else None
    if date is None:
        raise invalid(
            f"expected a calendar date YYYY-MM-DD such as 2022-12-31, got {shown_json(value)}",
            "应为YYYY-MM-DD格式的日历日期",
        )
    return date


def read_string(value: object, _: type = str) -> str:
    if not isinstance(value, str):
        raise invalid(f"expected a string, got {shown_json(value)}", "应为字符串")
    return value


def enum_reader(cls: type[E]) -> Callable[[object, type], E]:
    """The hook reading a member of `cls` from its value: `"质量指标"` is `Level2.QUALITY`.

    A value is a member's only if it is of the same type too: `true` is not the member of
    value 1. Looked up in a table built once, not by walking the members on every value.
    """
    members = {(type(member.value), member.value): member for member in cls}
    known = ", ".join(str(member.value) for member in cls)

    def read(value: object, _: type) -> E:
        try:
            return members[type(value), value]
        except (KeyError, TypeError):  # TypeError: a list or an object cannot be a key
            raise invalid(
                f"expected one of {known}, got {shown_json(value)}", "取值不在允许范围内"
            ) from None

    return read


def read_int(value: object, _: type) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise invalid(f"expected a whole number, got {shown_json(value)}", "应为整数")
    if abs(value) >= WHOLE_LIMIT:
        raise invalid(*too_large(TOO_LARGE))
    return value


def read_bool(value: object, _: type) -> bool:
    if not isinstance(value, bool):
        raise invalid(f"expected true or false, got {shown_json(value)}", "应为true或false")
    return value


def read_target(value: object, _: object = Target) -> Target:
    return parse_target(read_string(value))


def read_optional_target(value: object, _: object = None) -> Target | None:
    return None if value is None else read_target(value)


def read_quantity(value: object, _: type) -> Quantity:
    return parse_quantity(read_string(value))


def one_kind(cls: type) -> Callable[[object, type], object]:
    def structure(value: object, _: type) -> object:
        target = read_target(value)
        if not isinstance(target, cls):
            raise invalid(
                f"{shown_json(value)} is a {type(target).__name__}, not a {cls.__name__}",
                "目标类型不符",
            )
        return target

    return structure
