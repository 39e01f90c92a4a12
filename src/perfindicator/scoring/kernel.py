"""The exact scoring kernel: whether a number meets a bound, and the share of points it earns.

Pure functions of `Decimal`s already in a common unit, with no model objects and no
validation: `evaluate` (one indicator at a time) calls them after reading its inputs, and a
columnar path can call them row by row on numbers it has checked itself. A share is an exact
fraction `(numerator, denominator)` with `0 <= numerator <= denominator` and a positive
denominator, so that the points earned are rounded exactly once, at the end.
"""

from __future__ import annotations

from decimal import Decimal

from perfindicator._exact import MAX_WHOLE_DIGITS, difference, product, quotient
from perfindicator.model.targets import Op
from perfindicator.scoring.rules import LowerIsBetter, ScoringRules

__all__ = [
    "FULL",
    "HIGHER",
    "NOTHING",
    "Share",
    "change",
    "comparison",
    "earned",
    "meets",
    "over_achieved",
    "range_share",
    "ratio",
]

Share = tuple[Decimal, Decimal]

ZERO, ONE, TWO, HUNDRED = Decimal(0), Decimal(1), Decimal(2), Decimal(100)
FULL: Share = (ONE, ONE)
NOTHING: Share = (ZERO, ONE)
_CENT = Decimal("0.01")

# "=" counts as higher-is-better: official systems score `=100%` as met by reaching 100%.
# A tuple, not a set: `in` finds an enum member by identity, where a set would call the
# enum's hash, which is written in Python.
HIGHER = (Op.GE, Op.GT, Op.EQ)


def meets(op: Op, actual: Decimal, target: Decimal) -> bool:
    """Whether `actual` meets `op target`; `=0` (a zero target) is met only by zero."""
    if op is Op.GE:
        return actual >= target
    if op is Op.GT:
        return actual > target
    if op is Op.EQ:
        return actual == target if target == 0 else actual >= target
    if op is Op.LE:
        return actual <= target
    return actual < target


def comparison(op: Op, actual: Decimal, target: Decimal, rules: ScoringRules) -> tuple[bool, Share]:
    """Return whether `actual` meets `op target`, and the share of the points it earns.

    A missed higher-is-better target earns actual / target; a missed lower-is-better one
    follows `rules.lower_is_better`; a missed target of zero or less earns nothing. Negative
    actuals count as zero.
    """
    met = meets(op, actual, target)
    if met:
        return True, FULL
    if target <= 0:
        return False, NOTHING
    clamped = max(actual, ZERO)
    if op in HIGHER:
        return False, (clamped, target)
    return False, _lower_is_better(clamped, target, rules)


def _lower_is_better(actual: Decimal, target: Decimal, rules: ScoringRules) -> Share:
    # Only called with actual > target > 0, so both shares lie in [0, 1).
    if rules.lower_is_better is LowerIsBetter.RATIO:
        return (target, actual)
    return (max(difference(product(TWO, target), actual), ZERO), target)


def range_share(
    actual: Decimal, low: Decimal, high: Decimal, rules: ScoringRules
) -> tuple[bool, Share]:
    """Return whether `low <= actual <= high`, and the share earned toward the nearer end."""
    if low <= actual <= high:
        return True, FULL
    clamped = max(actual, ZERO)
    if actual < low:
        return False, (clamped, low) if low > 0 else NOTHING
    return False, _lower_is_better(clamped, high, rules) if high > 0 else NOTHING


def change(achieved: Decimal, wanted: Decimal) -> tuple[bool, Share]:
    """Return whether a change of `achieved` reaches the `wanted` (positive) change, and the share."""
    if achieved >= wanted:
        return True, FULL
    return False, (max(achieved, ZERO), wanted)


def ratio(actual: Decimal, target: Decimal) -> Decimal | None:
    """The completion ratio actual / target rounded half up to 4 places, or `None`.

    `None` for a zero target, and for a ratio beyond the numbers the library takes (10^40
    亿公里 over 10^-20 毫米): the ratio only informs, and a result must read back from JSON.
    """
    if target <= 0:
        return None
    found = quotient(actual, target, 4)
    # With its 4 places, only its whole digits can be too many (see `magnitude_problem`).
    return found if found.adjusted() < MAX_WHOLE_DIGITS else None


def over_achieved(actual: Decimal, target: Decimal, rules: ScoringRules) -> bool:
    """Whether `actual` reaches the over-achievement ratio of a positive `target`."""
    return target > 0 and actual >= product(rules.over_achievement, target)


def earned(points: Decimal, share: Share, met: bool) -> Decimal:
    """The points earned: `points × share`, rounded half up to cents, never full when missed."""
    if met and share is FULL:  # most results: the points themselves, in cents
        return quotient(points, ONE, 2)
    numerator, denominator = share
    result = min(max(quotient(product(points, numerator), denominator, 2), ZERO), points)
    if not met and result == points and points > 0:
        result = difference(result, _CENT)  # in cents, whatever places `points` is written with
    return result
