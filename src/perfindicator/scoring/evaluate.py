"""Evaluating actual values against targets, and scoring them (domain.md §3–4)."""

from __future__ import annotations

import datetime
import enum
from decimal import Decimal
from fractions import Fraction
from typing import Any, TypeAlias

import attrs

from perfindicator._exact import difference, is_points, product, quotient
from perfindicator.errors import (
    ActualTypeError,
    EvaluationError,
    TargetSyntaxError,
    UnitMismatchError,
)
from perfindicator.grammar.parse import parse_quantity, parse_target
from perfindicator.grammar.wording import known_wordings, read_outcome
from perfindicator.model import _validators as v
from perfindicator.model.outcomes import Judgement, Outcome
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

__all__ = [
    "Actual",
    "Evaluation",
    "LowerIsBetter",
    "ScoringRules",
    "evaluate",
    "score",
]

Actual: TypeAlias = Quantity | str | Decimal | int | datetime.date | Outcome | Judgement
"""What `evaluate` accepts as an actual value."""


class LowerIsBetter(enum.Enum):
    """How a lower-is-better target (`<=`, `<`) scores when the actual exceeds it.

    Examples:
        >>> from decimal import Decimal
        >>> from perfindicator import ScoringRules, parse_target, score
        >>> rules = ScoringRules(lower_is_better=LowerIsBetter.RATIO)
        >>> score(parse_target("<=2%"), "3%", Decimal(10), rules=rules)
        Decimal('6.67')
    """

    LINEAR = "linear"
    """points × (1 − (actual − target) / target): falls to zero at twice the target."""
    RATIO = "ratio"
    """points × target / actual."""


def _fraction_in(outcome: Outcome) -> v.Validator:
    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        v.decimal(instance, attribute, value)
        assert isinstance(value, Decimal)
        low, high = outcome.band
        if not low <= value <= high:
            v.fail(instance, attribute, value, f"must lie in the band {low}–{high}")

    return check


def _over(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    v.decimal(instance, attribute, value)
    assert isinstance(value, Decimal)
    if value <= 1:
        v.fail(instance, attribute, value, "must be above 1 (e.g. 1.3 for 130% of target)")


@attrs.frozen(kw_only=True)
class ScoringRules:
    """The rules of practice that differ between places; the defaults follow domain.md §4.

    Attributes:
        lower_is_better: how an exceeded `<=`/`<` target scores.
        over_achievement: the completion ratio at or above which a deviation note
            (偏差原因分析) is required although the target is met.
        achieved: fraction of the points for `Outcome.ACHIEVED` when no fraction is given.
        partly_achieved: the same for `Outcome.PARTLY_ACHIEVED`.
        not_achieved: the same for `Outcome.NOT_ACHIEVED`.

    Examples:
        >>> from decimal import Decimal
        >>> rules = ScoringRules(partly_achieved=Decimal("0.6"), over_achievement=Decimal("1.5"))
        >>> rules.lower_is_better, rules.partly_achieved
        (<LowerIsBetter.LINEAR: 'linear'>, Decimal('0.6'))
    """

    lower_is_better: LowerIsBetter = attrs.field(
        default=LowerIsBetter.LINEAR, validator=v.instance_of(LowerIsBetter)
    )
    over_achievement: Decimal = attrs.field(default=Decimal("1.3"), validator=_over)
    achieved: Decimal = attrs.field(default=Decimal(1), validator=_fraction_in(Outcome.ACHIEVED))
    partly_achieved: Decimal = attrs.field(
        default=Decimal("0.7"), validator=_fraction_in(Outcome.PARTLY_ACHIEVED)
    )
    not_achieved: Decimal = attrs.field(
        default=Decimal("0.3"), validator=_fraction_in(Outcome.NOT_ACHIEVED)
    )

    def fraction(self, judgement: Judgement) -> Decimal:
        """The fraction of the points a qualitative judgement earns."""
        if judgement.fraction is not None:
            return judgement.fraction
        if judgement.outcome is Outcome.ACHIEVED:
            return self.achieved
        if judgement.outcome is Outcome.PARTLY_ACHIEVED:
            return self.partly_achieved
        return self.not_achieved


DEFAULT_RULES = ScoringRules()

_ZERO, _ONE, _TWO, _HUNDRED = Decimal(0), Decimal(1), Decimal(2), Decimal(100)


@attrs.frozen(kw_only=True)
class Evaluation:
    """The result of evaluating one actual value against its target.

    Attributes:
        target: the target.
        actual: the actual value, normalised: a `Quantity`, a `datetime.date` or a
            `Judgement`.
        met: whether the target is met.
        ratio: the completion ratio, actual / target in a common unit (the achieved change
            over the targeted change for a `Change`), rounded half up to 4 places; `None`
            where the target has no such ratio (zero targets, ranges, dates, words).
        note_required: whether a deviation note (偏差原因分析及改进措施) is required: the
            target is missed, or exceeded at or above the rules' over-achievement ratio.
        baseline: the baseline of a `Change` target, else `None`.

    Examples:
        >>> from decimal import Decimal
        >>> from perfindicator import evaluate, parse_target
        >>> e = evaluate(parse_target(">=500条"), "400条")
        >>> e.met, e.ratio, e.note_required, e.share
        (False, Decimal('0.8000'), True, Fraction(4, 5))
        >>> e.score(Decimal(10))
        Decimal('8.00')
    """

    target: Target
    actual: Quantity | datetime.date | Judgement
    met: bool
    ratio: Decimal | None
    note_required: bool
    baseline: Quantity | None = None
    # The exact share of the points earned, as (numerator, denominator).
    _share: tuple[Decimal, Decimal] = attrs.field(repr=False)

    @property
    def share(self) -> Fraction:
        """The exact fraction of an indicator's points this result earns, in [0, 1]."""
        numerator, denominator = self._share
        return Fraction(numerator) / Fraction(denominator)

    def score(self, points: Decimal) -> Decimal:
        """Return the points earned out of `points`, rounded half up to 2 places.

        A missed target never scores full points, however small the shortfall.
        """
        _check_points(self.target, points)
        earned = quotient(product(points, self._share[0]), self._share[1], 2)
        earned = min(max(earned, _ZERO), points)
        if not self.met and earned == points and points > 0:
            earned = difference(points, Decimal("0.01"))
        return earned


def _check_points(target: Target, points: object) -> None:
    if not isinstance(points, Decimal):
        raise ActualTypeError(target, points, "points must be a Decimal")
    if not is_points(points):
        raise EvaluationError(
            target, points, f"points must be non-negative with at most 2 decimals, got {points}"
        )


def evaluate(
    target: Target,
    actual: Actual,
    *,
    baseline: Quantity | str | Decimal | int | None = None,
    year: int | None = None,
    rules: ScoringRules = DEFAULT_RULES,
) -> Evaluation:
    """Evaluate an actual value against a target.

    `actual` may be a `Quantity`, a `Decimal` or `int` (taken in the target's unit), a string
    (`"96.2%"`, `"520条"`, `"2022-11-30"`, `"及时"`, `"基本达到"`; a bare number is in the
    target's unit too), a `datetime.date`, an
    `Outcome` or a `Judgement`. `baseline` is the value a `Change` target is measured from;
    `year` resolves a deadline that names no year.

    Raises:
        EvaluationError: the actual cannot be evaluated (no baseline for a change, unknown
            wording, no year for a year-less deadline).
        ActualTypeError: the actual is of a kind the target cannot take.
        UnitMismatchError: the actual's unit does not convert into the target's.

    Examples:
        >>> from perfindicator import parse_target
        >>> e = evaluate(parse_target(">=10000人次"), "1.2万人次")
        >>> e.met, e.ratio, e.note_required
        (True, Decimal('1.2000'), False)
        >>> evaluate(parse_target("<=2%"), "3%").met
        False
    """
    match target:
        case Comparison():
            return _comparison(target, _quantity(target, actual, target.quantity.unit), rules)
        case Range():
            return _range(target, _quantity(target, actual, target.high.unit), rules)
        case Deadline():
            return _deadline(target, _date(target, actual), year)
        case Change():
            return _change(target, actual, baseline, rules)
        case Qualitative():
            return _qualitative(target, _judgement(target, actual), rules)
    raise ActualTypeError(target, actual, "the target is not a perfindicator target")


def score(
    target: Target,
    actual: Actual,
    points: Decimal,
    *,
    baseline: Quantity | str | Decimal | int | None = None,
    year: int | None = None,
    rules: ScoringRules = DEFAULT_RULES,
) -> Decimal:
    """Return the points an actual value earns against a target (domain.md §4).

    Full points when met; otherwise higher-is-better targets score points × actual / target,
    lower-is-better ones by `rules.lower_is_better`, zero targets (`=0次`) nothing, ranges
    proportionally toward the nearer end, missed deadlines nothing, qualitative targets the
    outcome's fraction. Negative actuals count as 0. The result is rounded half up to 2
    places, lies in [0, points], and is below `points` whenever the target is missed.

    Examples:
        >>> from decimal import Decimal
        >>> from perfindicator import parse_target
        >>> score(parse_target(">=95%"), "90.25%", Decimal(10))
        Decimal('9.50')
        >>> score(parse_target("及时"), "基本达到", Decimal(5))
        Decimal('3.50')
    """
    evaluation = evaluate(target, actual, baseline=baseline, year=year, rules=rules)
    return evaluation.score(points)


def _quantity(target: Target, actual: object, unit: str) -> Quantity:
    if isinstance(actual, Quantity):
        return actual
    if isinstance(actual, str):
        try:
            read = parse_quantity(actual)
        except TargetSyntaxError as error:
            raise EvaluationError(target, actual, error.reason) from None
        # A bare number is in the target's unit, as a Decimal or int would be.
        return Quantity(value=read.value, unit=unit) if read.unit == "" else read
    if isinstance(actual, Decimal) and not isinstance(actual, bool):
        if not actual.is_finite():
            raise EvaluationError(target, actual, "the actual must be a finite number")
        return Quantity(value=actual, unit=unit)
    if isinstance(actual, int) and not isinstance(actual, bool):
        return Quantity(value=Decimal(actual), unit=unit)
    hint = " (floats are inexact: pass a Decimal or a string)" if isinstance(actual, float) else ""
    raise ActualTypeError(target, actual, f"a quantity target takes a number or a quantity{hint}")


def _in_base(target: Target, quantity: Quantity, reference: Quantity) -> tuple[Decimal, Decimal]:
    a, t = quantity.to_base(), reference.to_base()
    if a.unit != t.unit:
        raise UnitMismatchError(quantity.unit, reference.unit)
    return a.value, t.value


def _ratio(actual: Decimal, target: Decimal) -> Decimal:
    return quotient(actual, target, 4)


def _comparison(target: Comparison, actual: Quantity, rules: ScoringRules) -> Evaluation:
    a, t = _in_base(target, actual, target.quantity)
    op = target.op
    higher = op is Op.GE or op is Op.GT or op is Op.EQ
    if op is Op.GE:
        met = a >= t
    elif op is Op.GT:
        met = a > t
    elif op is Op.EQ:
        # "=" is higher-is-better (domain.md §3) except for a zero target, met only by zero.
        met = a == t if t == 0 else a >= t
    elif op is Op.LE:
        met = a <= t
    else:
        met = a < t
    clamped = max(a, _ZERO)
    if met:
        share = (_ONE, _ONE)
    elif t <= 0:
        share = (_ZERO, _ONE)
    elif higher:
        share = (clamped, t)
    else:
        share = _lower_is_better(clamped, t, rules)
    ratio = _ratio(a, t) if t > 0 else None
    over = met and higher and t > 0 and a >= product(rules.over_achievement, t)
    return Evaluation(
        target=target,
        actual=actual,
        met=met,
        ratio=ratio,
        note_required=not met or over,
        share=share,
    )


def _lower_is_better(
    actual: Decimal, target: Decimal, rules: ScoringRules
) -> tuple[Decimal, Decimal]:
    if rules.lower_is_better is LowerIsBetter.RATIO:
        return (target, actual)
    return (max(difference(product(_TWO, target), actual), _ZERO), target)


def _range(target: Range, actual: Quantity, rules: ScoringRules) -> Evaluation:
    a, low = _in_base(target, actual, target.low)
    high = target.high.to_base().value
    met = low <= a <= high
    clamped = max(a, _ZERO)
    if met:
        share = (_ONE, _ONE)
    elif a < low:
        share = (clamped, low) if low > 0 else (_ZERO, _ONE)
    else:
        share = _lower_is_better(clamped, high, rules) if high > 0 else (_ZERO, _ONE)
    return Evaluation(
        target=target, actual=actual, met=met, ratio=None, note_required=not met, share=share
    )


def _date(target: Deadline, actual: object) -> datetime.date:
    if isinstance(actual, datetime.datetime):
        raise ActualTypeError(target, actual, "a deadline takes a date, not a datetime")
    if isinstance(actual, datetime.date):
        return actual
    if not isinstance(actual, str):
        raise ActualTypeError(target, actual, "a deadline takes a date or a date string")
    try:
        return datetime.date.fromisoformat(actual.strip())
    except ValueError:
        pass
    try:
        written = parse_target(actual)
    except TargetSyntaxError:
        written = None
    if isinstance(written, Deadline) and written.year is not None:
        return written.resolve()
    raise EvaluationError(target, actual, "expected a date such as 2022-11-30 or 2022年11月30日")


def _deadline(target: Deadline, actual: datetime.date, year: int | None) -> Evaluation:
    if target.year is None and year is None:
        raise EvaluationError(target, actual, "the deadline names no year: pass year=")
    met = actual <= target.resolve(year)
    return Evaluation(
        target=target,
        actual=actual,
        met=met,
        ratio=None,
        note_required=not met,
        share=(_ONE if met else _ZERO, _ONE),
    )


def _change(target: Change, actual: object, baseline: object, rules: ScoringRules) -> Evaluation:
    if baseline is None:
        raise EvaluationError(
            target, actual, "a relative change needs a baseline (基期值): pass baseline="
        )
    amount = target.amount
    points_of_percent = amount.unit == "个百分点"
    # A bare number is in the unit the change is measured in.
    unit = "%" if points_of_percent else ("" if amount.unit == "%" else amount.unit)
    a_q, b_q = _quantity(target, actual, unit), _quantity(target, baseline, unit)
    a, b = _in_base(target, a_q, b_q)
    moved = difference(a, b) if target.direction is Direction.UP else difference(b, a)
    if amount.unit == "%":
        if b == 0:
            raise EvaluationError(target, actual, "a relative change cannot start from zero")
        # achieved % = moved / |b| × 100, compared exactly by cross-multiplying.
        achieved_num, achieved_den = product(moved, _HUNDRED), b.copy_abs()
    elif points_of_percent:
        if b_q.to_base().unit != "%":
            raise UnitMismatchError(b_q.unit, "%")
        achieved_num, achieved_den = moved, _ONE
    else:
        moved_q = Quantity(value=moved, unit=b_q.to_base().unit)
        achieved_num, _ = _in_base(target, moved_q, amount)
        achieved_den = _ONE
    m = amount.value if amount.unit in ("%", "个百分点") else amount.to_base().value
    target_product = product(m, achieved_den)
    met = achieved_num >= target_product
    share = (_ONE, _ONE) if met else (max(achieved_num, _ZERO), target_product)
    ratio = quotient(achieved_num, target_product, 4)
    over = met and achieved_num >= product(rules.over_achievement, target_product)
    return Evaluation(
        target=target,
        actual=a_q,
        met=met,
        ratio=ratio,
        note_required=not met or over,
        baseline=b_q,
        share=share,
    )


def _judgement(target: Qualitative, actual: object) -> Judgement:
    if isinstance(actual, Judgement):
        return actual
    if isinstance(actual, Outcome):
        return Judgement(outcome=actual)
    if isinstance(actual, str):
        outcome = read_outcome(actual, target_text=target.text)
        if outcome is None:
            raise EvaluationError(
                target,
                actual,
                "unknown wording; say the target's own words or one of "
                + "、".join(known_wordings()),
            )
        return Judgement(outcome=outcome)
    raise ActualTypeError(target, actual, "a qualitative target takes an Outcome or words")


def _qualitative(target: Qualitative, judgement: Judgement, rules: ScoringRules) -> Evaluation:
    met = judgement.outcome is Outcome.ACHIEVED
    return Evaluation(
        target=target,
        actual=judgement,
        met=met,
        ratio=None,
        note_required=not met,
        share=(rules.fraction(judgement), _ONE),
    )
