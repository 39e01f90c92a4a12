"""Exact decimal arithmetic: products that are never rounded, quotients rounded once.

`decimal` rounds every result to the context's precision (28 digits by default), so a
quotient rounded to two places afterwards can be rounded twice. Here quotients are taken by
exact integer division and rounded exactly once, half up.
"""

from __future__ import annotations

import decimal
from collections.abc import Iterable
from decimal import Context, Decimal, DivisionByZero, Inexact, InvalidOperation

_ONE = Decimal(1)

# Precision and exponents as large as the platform allows: a product, a sum or an integer
# division of finite numbers then never rounds. A true quotient at this precision would never
# end: it is taken by integer division. A division by zero raises.
_UNBOUNDED = Context(
    prec=decimal.MAX_PREC,
    Emax=decimal.MAX_EMAX,
    Emin=decimal.MIN_EMIN,
    traps=[Inexact, DivisionByZero, InvalidOperation],
)

# `quotient`'s quick way: divide to `_ROOM` significant digits, cutting toward zero (not
# rounding: a rounded last digit could carry into the digits kept), then round half up to
# the places wanted. A quotient needing more digits than that is taken by integer division.
_ROOM = 60
_CUT = Context(prec=_ROOM + 2, rounding=decimal.ROUND_DOWN, traps=[InvalidOperation])
_HALF_UP = Context(prec=_ROOM + 2, rounding=decimal.ROUND_HALF_UP, traps=[InvalidOperation])

# The numbers the library takes: at most 18 digits before the decimal point and 20 after
# (trailing zeros after the point do not count). Far beyond any amount in yuan or measured
# value on a form, and small enough that every exact step (products, integer ratios, text)
# stays fast: `Decimal("1E+999999999")` would otherwise make a billion-digit integer.
# 38 digits in all is what a 128-bit decimal holds (polars' and Arrow's decimal128), so
# every value the library takes has a column in every DataFrame backend.
MAX_WHOLE_DIGITS = 18
MAX_PLACES = 20

# Built from digits, not by arithmetic, which would follow the caller's decimal context.
_UNITS_OF_PLACES = tuple(Decimal((0, (1,), -places)) for places in range(MAX_PLACES + 1))


def magnitude_problem(value: Decimal) -> str | None:
    """Say why a finite `Decimal` is outside the supported magnitude, or return `None`.

    Examples:
        >>> magnitude_problem(Decimal("15399.72")) is None
        True
        >>> magnitude_problem(Decimal("1E+18"))
        'has more than 18 digits before the decimal point (数值过大)'
    """
    _, digits, exponent = value.as_tuple()
    assert isinstance(exponent, int)  # finite
    if exponent >= -MAX_PLACES and exponent + len(digits) <= MAX_WHOLE_DIGITS:
        return None  # within both bounds as written: no trailing zero needs discounting
    if len(digits) > MAX_WHOLE_DIGITS + MAX_PLACES:
        return f"has more than {MAX_WHOLE_DIGITS + MAX_PLACES} digits (数字位数过多)"
    significant = len(digits)
    while exponent < 0 and significant > 1 and digits[significant - 1] == 0:
        significant -= 1
        exponent += 1
    # A zero counts too: Decimal("0E-999999999") is a billion characters when written out.
    if exponent + significant > MAX_WHOLE_DIGITS:
        return f"has more than {MAX_WHOLE_DIGITS} digits before the decimal point (数值过大)"
    if exponent < -MAX_PLACES:
        return f"has more than {MAX_PLACES} decimal places (小数位数过多)"
    return None


def product(a: Decimal, b: Decimal) -> Decimal:
    """Return the exact product of `a` and `b`."""
    return _UNBOUNDED.multiply(a, b)


def is_points(value: object) -> bool:
    """Tell whether `value` is a finite, non-negative `Decimal` in whole cents.

    At most 2 decimal places count: `Decimal("1.50")` and `Decimal("1.230")` are both cents.
    """
    if not isinstance(value, Decimal) or not value.is_finite() or value < 0:
        return False
    # Exact at any size, unlike quantize(), which fails beyond the context's precision.
    return 100 % value.as_integer_ratio()[1] == 0


def exact_sum(values: Iterable[Decimal]) -> Decimal:
    """Return the exact sum of `values` (plain `sum` rounds to the context's 28 digits).

    Examples:
        >>> exact_sum([Decimal("1E30"), Decimal(1)]) == Decimal("1E30")
        False
    """
    total = Decimal(0)
    for value in values:
        total = _UNBOUNDED.add(total, value)
    return total


def difference(a: Decimal, b: Decimal) -> Decimal:
    """Return the exact difference `a - b`."""
    return _UNBOUNDED.subtract(a, b)


def quotient(numerator: Decimal, denominator: Decimal, places: int) -> Decimal:
    """Return `numerator / denominator` rounded half up (away from zero) to `places` places.

    A quotient below zero keeps its sign when it rounds to zero (`-0.00`). A zero
    `denominator` raises `decimal.InvalidOperation`: callers check for it first (a zero
    budget, a zero target), since what it means differs from one to the other.
    """
    if (
        numerator
        and denominator
        and 0 <= places <= MAX_PLACES
        and numerator.adjusted() - denominator.adjusted() + places < _ROOM
    ):
        # The quotient cut (toward zero) to more digits than it keeps, then rounded once: a
        # cut-off tail, however long, cannot move the rounding, since the digits kept decide
        # it (half up: its first digit 5 or more rounds away from zero) and the cut only
        # removes what lies beyond them. Three times as fast as the division below.
        return _HALF_UP.quantize(_CUT.divide(numerator, denominator), _UNITS_OF_PLACES[places])
    return _divided(numerator, denominator, places)


def _divided(numerator: Decimal, denominator: Decimal, places: int) -> Decimal:
    """`quotient` by exact integer division, for every size and for a zero on either side."""
    negative = False
    if numerator.is_signed() or denominator.is_signed():
        negative = (numerator < 0) != (denominator < 0) and not numerator.is_zero()
        numerator, denominator = numerator.copy_abs(), denominator.copy_abs()
    # The whole number of units of the last place, and what is left: exact integer division.
    whole, remainder = _UNBOUNDED.divmod(_UNBOUNDED.scaleb(numerator, places), denominator)
    if _UNBOUNDED.add(remainder, remainder) >= denominator:
        whole = _UNBOUNDED.add(whole, _ONE)
    found = _UNBOUNDED.scaleb(whole, -places)
    return found.copy_negate() if negative else found
