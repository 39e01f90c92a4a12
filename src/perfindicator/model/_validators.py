"""attrs validators that raise perfindicator's own errors, naming the class and the field."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import attrs

from perfindicator._exact import MAX_WHOLE_DIGITS, magnitude_problem
from perfindicator._syntax import CONTROL, is_blank
from perfindicator.errors import FieldError, FieldTypeError
from perfindicator.errors import instance_of as instance_of

Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]


def field_setters(cls: type, *names: str) -> tuple[Callable[[Any, Any], None], ...]:
    """Return the setters of the named fields of a slotted attrs class, in order.

    For the builders that skip validation of values already proven valid: a slot's own
    descriptor sets a field of a frozen instance as `object.__setattr__` does (attrs
    documents that for frozen classes), without looking the field up by name.
    """
    return tuple(cls.__dict__[name].__set__ for name in names)


def fail(instance: object, attribute: attrs.Attribute[Any], value: object, reason: str) -> None:
    """Raise the `FieldError` for one rejected field value."""
    raise FieldError(type(instance).__name__, attribute.name, value, reason)


def require(value: object, cls: type, owner: str, field: str) -> None:
    """Refuse an argument of the wrong type with the library's error, not an AttributeError."""
    if not isinstance(value, cls):
        raise FieldTypeError(owner, field, value, f"must be a {cls.__name__}")


def tuple_of(cls: type) -> Validator:
    """Require a tuple whose every item is a `cls`; a wrong item is named by its index."""

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        owner = type(instance).__name__
        if not isinstance(value, tuple):
            raise FieldTypeError(owner, attribute.name, value, f"must be a tuple of {cls.__name__}")
        for k, item in enumerate(value):
            if not isinstance(item, cls):
                raise FieldTypeError(
                    owner, f"{attribute.name}[{k}]", item, f"must be a {cls.__name__}"
                )

    return check


def optional(validator: Validator) -> Validator:
    """Accept `None` (an empty cell) as well as what `validator` accepts."""

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is not None:
            validator(instance, attribute, value)

    return check


# An int beyond this many bits has more digits than any supported number (see _exact); it is
# refused before conversion, which would otherwise cost time quadratic in its length.
_MAX_INT_BITS = 140
_WHOLE_LIMIT = 10**MAX_WHOLE_DIGITS


def _exact_problem(value: object) -> tuple[bool, str] | None:
    """Why `value` is not an exact number the library takes, or `None` if it is one.

    The flag is True for a wrong type (a FieldTypeError) and False for a wrong value.
    """
    if isinstance(value, Decimal):
        if not value.is_finite():
            return False, "must be a finite number (须为有限数值)"
        problem = magnitude_problem(value)
        return None if problem is None else (False, problem)
    if isinstance(value, bool) or not isinstance(value, int):
        hint = " (a float is inexact: pass Decimal('…') built from text)"
        return True, "must be a Decimal or an int" + (hint if isinstance(value, float) else "")
    if value.bit_length() > _MAX_INT_BITS:
        return False, f"has more than {MAX_WHOLE_DIGITS} digits (数值过大)"
    # As a Decimal of the same value would be (`magnitude_problem`); compared as an int,
    # without converting it.
    if not -_WHOLE_LIMIT < value < _WHOLE_LIMIT:
        return False, f"has more than {MAX_WHOLE_DIGITS} digits before the decimal point (数值过大)"
    return None


def to_exact(value: object) -> object:
    """Attrs converter: an `int` becomes the equal `Decimal`; anything else goes on unchanged.

    The validator then refuses what is not an exact number, with the field's name.
    """
    if (
        isinstance(value, int)
        and not isinstance(value, bool)
        and value.bit_length() <= _MAX_INT_BITS
    ):
        return Decimal(value)
    return value


def exact_number(value: object, owner: str, field: str) -> Decimal:
    """Return an argument as an exact `Decimal`: an `int` or a finite `Decimal` of supported size.

    Raises:
        FieldTypeError: a float, a bool or anything else that is not an exact number.
        FieldError: an infinite, NaN or too large number.
    """
    problem = _exact_problem(value)
    if problem is not None:
        wrong_type, reason = problem
        raise (FieldTypeError if wrong_type else FieldError)(owner, field, value, reason)
    return value if isinstance(value, Decimal) else Decimal(value)  # type: ignore[arg-type]


def decimal(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Require a finite `Decimal` of supported size (ints are converted by `to_exact`)."""
    exact_number(value, type(instance).__name__, attribute.name)


def amount(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Require a finite, non-negative `Decimal` amount of money."""
    decimal(instance, attribute, value)
    assert isinstance(value, Decimal)
    # is_signed() also catches -0, which equals 0 but would be written "-0".
    if value.is_signed():
        fail(instance, attribute, value, "must not be negative (不能为负数)")


def text(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Require a one-line `str` that neither starts nor ends with white space or invisibles.

    Every text of the model is one cell of a form, so tabs and line breaks cannot be in it;
    zero-width characters at its edges are extraction debris that would make two equal-looking
    names differ.
    """
    if not isinstance(value, str):
        raise FieldTypeError(type(instance).__name__, attribute.name, value, "must be a str")
    if value and (is_blank(value[0]) or is_blank(value[-1])):
        fail(
            instance,
            attribute,
            value,
            "must not start or end with white space or invisible characters",
        )
    if CONTROL.search(value):
        fail(
            instance,
            attribute,
            value,
            "must not contain tabs, line breaks, control characters or lone surrogates",
        )


def name(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Require a `str` as `text` does, with something visible in it."""
    text(instance, attribute, value)
    if not value:
        fail(instance, attribute, value, "must not be empty (不能为空)")


def count(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Require a non-negative `int` (not a bool)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise FieldTypeError(type(instance).__name__, attribute.name, value, "must be an int")
    if value < 0:
        fail(instance, attribute, value, "must not be negative (不能为负数)")


whole_number = instance_of(int)
"""Require an `int` (not a bool): built once here, where `instance_of(int)` in a validator
would build a new one on every call."""


def year(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Require a calendar year that `datetime.date` can hold."""
    whole_number(instance, attribute, value)
    assert isinstance(value, int)
    if not datetime.MINYEAR <= value <= datetime.MAXYEAR:
        fail(instance, attribute, value, "must be a year from 1 to 9999")


def year_argument(value: object, owner: str, field: str) -> int:
    """Return `value` as a calendar year from 1 to 9999, or raise the error naming `field`."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise FieldTypeError(owner, field, value, "must be an int year")
    if not datetime.MINYEAR <= value <= datetime.MAXYEAR:
        raise FieldError(owner, field, value, "must be a year from 1 to 9999")
    return value
