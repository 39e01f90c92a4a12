"""attrs validators that raise perfindicator's own errors, naming the class and the field."""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import attrs

from perfindicator.errors import FieldError, FieldTypeError

# Unicode category Cc: C0 and C1 control characters, tab and line breaks among them.
CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")

Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]


def fail(instance: object, attribute: attrs.Attribute[Any], value: object, reason: str) -> None:
    """Raise the `FieldError` for one rejected field value."""
    raise FieldError(type(instance).__name__, attribute.name, value, reason)


def instance_of(*types: type) -> Validator:
    """Reject values that are not instances of `types` (bools are not ints here)."""
    names = " or ".join(t.__name__ for t in types)

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, types) or (isinstance(value, bool) and bool not in types):
            raise FieldTypeError(type(instance).__name__, attribute.name, value, f"must be {names}")

    return check


def require(value: object, cls: type, owner: str, field: str) -> None:
    """Refuse an argument of the wrong type with the library's error, not an AttributeError."""
    if not isinstance(value, cls):
        raise FieldTypeError(owner, field, value, f"must be a {cls.__name__}")


def optional(validator: Validator) -> Validator:
    """Accept `None` (an empty cell) as well as what `validator` accepts."""

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is not None:
            validator(instance, attribute, value)

    return check


def decimal(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Require a finite `Decimal`: floats are inexact and ints are ambiguous about scale."""
    if not isinstance(value, Decimal):
        hint = (
            " (float is inexact; pass Decimal('…') built from text)"
            if isinstance(value, float)
            else ""
        )
        raise FieldTypeError(
            type(instance).__name__, attribute.name, value, f"must be a Decimal{hint}"
        )
    if not value.is_finite():
        fail(instance, attribute, value, "must be a finite number (须为有限数值)")


def amount(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Require a finite, non-negative `Decimal` amount of money."""
    decimal(instance, attribute, value)
    assert isinstance(value, Decimal)
    if value < 0:
        fail(instance, attribute, value, "must not be negative (不能为负数)")


def text(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Require a one-line `str` without leading or trailing white space.

    Every text of the model is one cell of a form, so tabs and line breaks cannot be in it.
    """
    if not isinstance(value, str):
        raise FieldTypeError(type(instance).__name__, attribute.name, value, "must be a str")
    if value != value.strip():
        fail(instance, attribute, value, "must not start or end with white space")
    if CONTROL.search(value):
        fail(instance, attribute, value, "must not contain tabs, line breaks or control characters")


def name(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Require a non-empty `str` without leading or trailing white space."""
    text(instance, attribute, value)
    if not value:
        fail(instance, attribute, value, "must not be empty (不能为空)")


def year(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Require a calendar year that `datetime.date` can hold."""
    instance_of(int)(instance, attribute, value)
    assert isinstance(value, int)
    if not datetime.MINYEAR <= value <= datetime.MAXYEAR:
        fail(instance, attribute, value, "must be a year from 1 to 9999")
