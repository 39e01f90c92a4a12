"""Evaluating actual values against targets, and scoring them (see the scoring page).

`evaluate` reads its inputs (the one input rule: a target is a `Target` or its text; an exact
number is an `int` or a `Decimal`, never a float or a bool), puts actual and target into a
common unit, and asks the exact kernel (`scoring.kernel`) whether the target is met and what
share of the points is earned.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from fractions import Fraction
from typing import Any, NamedTuple, TypeAlias

import attrs

from perfindicator._exact import difference, is_points, product
from perfindicator._syntax import schedule_unit
from perfindicator.errors import (
    ActualTypeError,
    EvaluationError,
    FieldError,
    FieldTypeError,
    TargetSyntaxError,
    UnitMismatchError,
)
from perfindicator.grammar.inputs import as_target, read_date
from perfindicator.grammar.parse import parse_quantity
from perfindicator.grammar.wording import known_wordings, read_outcome
from perfindicator.model import _validators as v
from perfindicator.model.outcomes import Judgement, Outcome
from perfindicator.model.quantity import Quantity
from perfindicator.model.targets import (
    TARGET_TYPES,
    Cadence,
    Change,
    Comparison,
    DatePeriod,
    Deadline,
    Direction,
    Op,
    Qualitative,
    Range,
    RelativeDeadline,
    Schedule,
    Target,
)
from perfindicator.scoring import kernel
from perfindicator.scoring.rules import DEFAULT_RULES, LowerIsBetter, ScoringRules

__all__ = ["Actual", "Baseline", "Evaluation", "Events", "actual_text", "evaluate", "score"]

Actual: TypeAlias = Quantity | str | Decimal | int | datetime.date | Outcome | Judgement
"""What `evaluate` accepts as an actual value."""

Baseline: TypeAlias = Quantity | str | Decimal | int
"""What `evaluate` accepts as the baseline of a relative change."""

Events: TypeAlias = Mapping[str, datetime.date]
"""The dates of the events relative deadlines count from, by event (`{"合同签订": date}`)."""


def _share(instance: Evaluation, attribute: attrs.Attribute[Any], value: object) -> None:
    if not (isinstance(value, tuple) and len(value) == 2):
        raise FieldTypeError(
            "Evaluation", "share", value, "must be a (numerator, denominator) pair"
        )
    numerator, denominator = value
    for part in value:
        v.exact_number(part, "Evaluation", "share")
    if not 0 <= numerator <= denominator or denominator <= 0:
        v.fail(
            instance, attribute, value, "must be a fraction from 0 to 1 with a positive denominator"
        )


# The kind of actual each kind of target is evaluated on.
_ACTUAL_KINDS: dict[type, type] = {
    Comparison: Quantity,
    Range: Quantity,
    Change: Quantity,
    Deadline: datetime.date,
    DatePeriod: datetime.date,
    RelativeDeadline: datetime.date,
    Schedule: Quantity,
    Qualitative: Judgement,
}


def _consistent(instance: Evaluation, attribute: attrs.Attribute[Any], value: object) -> None:
    # Runs last (on the last field): every field is known to be of its type by then. An
    # Evaluation built from outside (from JSON, say) must be one evaluate() could have made,
    # so what can be recomputed from the target and the actual is recomputed and compared.
    target, actual = instance.target, instance.actual
    kind = _ACTUAL_KINDS[type(target)]
    if not isinstance(actual, kind) or isinstance(actual, datetime.datetime):
        v.fail(
            instance, attribute, actual, f"a {type(target).__name__} takes a {kind.__name__} actual"
        )
    if (instance.baseline is None) != (not isinstance(target, Change)):
        v.fail(
            instance,
            attribute,
            instance.baseline,
            "a baseline belongs to a Change target, and only to one",
        )
    problem = _disagreement(instance)
    if problem is not None:
        v.fail(instance, attribute, instance._share, problem)


def _disagreement(e: Evaluation) -> str | None:
    """What in `e` disagrees with its target and actual, or `None`."""
    numerator, denominator = e._share
    if isinstance(e.actual, Judgement):
        low, high = e.actual.outcome.band
        in_band = product(low, denominator) <= numerator <= product(high, denominator)
        if e.met is not (e.actual.outcome is Outcome.ACHIEVED) or not in_band:
            return "the share and met must agree with the outcome"
    elif e.met and numerator != denominator:
        # A miss may still have a share of 1 (`>95%` missed by exactly 95%): the points
        # earned are then kept below full by the kernel, never the other way round.
        return "a met target earns the whole share (1)"
    if not e.met and not e.note_required:
        return "a missed target requires a deviation note"
    if _unresolved(e.target):
        return None  # met depends on a year or an event's date, which the result does not keep
    try:
        # The share of a missed lower-is-better target depends on the rule in force.
        possible = [
            _judge(e.target, e.actual, e.baseline, None, rules, {}) for rules in _EVERY_RULE
        ]
    except (EvaluationError, UnitMismatchError) as error:
        return f"the actual cannot be evaluated against the target: {error}"
    # A judgement without a fraction earns the share the rules in force give its outcome
    # (`ScoringRules.achieved`, ...), which the result does not keep: its band, checked
    # above, is all that can be checked here.
    by_rules = isinstance(e.actual, Judgement) and e.actual.fraction is None
    if not any(
        (e.met, e.ratio) == (j.met, j.ratio) and (by_rules or _same_share(e._share, j.share))
        for j in possible
    ):
        j = possible[0]
        return (
            f"met, ratio and share must be what the target and actual give "
            f"(met {j.met}, ratio {j.ratio})"
        )
    return None


def _unresolved(target: Target) -> bool:
    """Whether the date a target is met by depends on more than the target itself."""
    match target:
        case Deadline(year=None) | DatePeriod(start_year=None) | RelativeDeadline():
            return True
    return False


def _same_share(a: kernel.Share, b: kernel.Share) -> bool:
    return product(a[0], b[1]) == product(b[0], a[1])


_EVERY_RULE = tuple(ScoringRules(lower_is_better=rule) for rule in LowerIsBetter)


@attrs.frozen(kw_only=True)
class Evaluation:
    """The result of evaluating one actual value against its target.

    Attributes:
        target: the target.
        actual: the actual value, normalised: a `Quantity`, a `datetime.date` or a
            `Judgement`.
        met: whether the target is met.
        ratio: the completion ratio, actual / target in a common unit (the achieved change
            over the targeted change for a `Change`, the occurrences over those due in a
            year for a `Schedule`), rounded half up to 4 places; `None` where the target has
            no such ratio (zero targets, ranges, dates, periods, words).
        note_required: whether a deviation note (偏差原因分析及改进措施) is required: the
            target is missed, or exceeded at or above the rules' over-achievement ratio.
        baseline: the baseline of a `Change` target, else `None`.

    Examples:
        >>> from decimal import Decimal
        >>> e = evaluate(">=500条", "400条")
        >>> e.met, e.ratio, e.note_required, e.share
        (False, Decimal('0.8000'), True, Fraction(4, 5))
        >>> e.score(10)
        Decimal('8.00')
    """

    target: Target = attrs.field(validator=v.instance_of(*TARGET_TYPES))
    actual: Quantity | datetime.date | Judgement = attrs.field(
        validator=v.instance_of(Quantity, datetime.date, Judgement)
    )
    met: bool = attrs.field(validator=v.instance_of(bool))
    ratio: Decimal | None = attrs.field(validator=v.optional(v.decimal))
    note_required: bool = attrs.field(validator=v.instance_of(bool))
    baseline: Quantity | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(Quantity))
    )
    # The exact share of the points earned, as (numerator, denominator).
    _share: tuple[Decimal, Decimal] = attrs.field(repr=False, validator=[_share, _consistent])

    @property
    def share(self) -> Fraction:
        """The exact fraction of an indicator's points this result earns, in [0, 1].

        Examples:
            >>> evaluate(">=500条", "400条").share, evaluate("<=2%", "3%").share
            (Fraction(4, 5), Fraction(1, 2))
        """
        numerator, denominator = self._share
        return Fraction(numerator) / Fraction(denominator)

    def score(self, points: Decimal | int) -> Decimal:
        """Return the points earned out of `points`, rounded half up to 2 places.

        A missed target never scores full points, however small the shortfall.

        Raises:
            FieldTypeError: `points` is not an `int` or a `Decimal`.
            FieldError: `points` is negative or has more than 2 decimal places.
        """
        return kernel.earned(check_points(points, "Evaluation.score"), self._share, self.met)


def check_points(points: object, owner: str, field: str = "points") -> Decimal:
    """Return `points` as a `Decimal` in whole cents, or raise the error naming `field`."""
    # The same object as last time was checked then: a Decimal or an int cannot change, and
    # a scorer passes one indicator's points object again and again.
    last = _last_points
    if points is last[0]:
        return last[1]
    value = v.exact_number(points, owner, field)
    if not is_points(value):
        raise FieldError(
            owner, field, points, "must be non-negative, in whole cents (at most 2 decimals)"
        )
    _remember_points(points, value)
    return value


# The last points checked, and the Decimal they are: replaced whole, so that a thread
# reading it never sees one half of a pair.
_last_points: tuple[object, Decimal] = (object(), Decimal(0))


def _remember_points(points: object, value: Decimal) -> None:
    global _last_points
    _last_points = (points, value)


def evaluate(
    target: Target | str,
    actual: Actual,
    *,
    baseline: Baseline | None = None,
    year: int | None = None,
    events: Events | None = None,
    rules: ScoringRules = DEFAULT_RULES,
) -> Evaluation:
    """Evaluate an actual value against a target.

    `target` is a `Target` or its text (parsed). `actual` may be a `Quantity`, a `Decimal`
    or `int` (taken in the target's unit), a string (`"96.2%"`, `"520条"`, `"2022-11-30"`,
    `"及时"`, `"基本达到"`; a bare number is in the target's unit too), a `datetime.date`, an
    `Outcome` or a `Judgement`. `baseline` is the value a `Change` target is measured from;
    `year` resolves a deadline or a period that names no year; `events` maps the events of
    relative deadlines to their dates (other targets ignore it).

    Deadlines, periods (both ends included) and relative deadlines take the date the work was
    done. A `Schedule` takes the occurrences of the whole year, which self-evaluation covers,
    and is met by its `per_year` count (`每季度1次` by 4): it scores as `>=4次` would. How
    many are due at a date within the year is `Schedule.due_by`.

    Raises:
        EvaluationError: the actual cannot be evaluated (no baseline for a change, unknown
            wording, no year for a year-less deadline or period, no date for the event of a
            relative deadline, a relative deadline in working days).
        ActualTypeError: the actual is of a kind the target cannot take.
        UnitMismatchError: the actual's unit does not convert into the target's.
        TargetSyntaxError: `target` is text that does not read as a target.
        FieldTypeError: an argument is of the wrong type (a float, a rules object that is
            not a `ScoringRules`, an event's date that is not a `datetime.date`).

    Examples:
        >>> e = evaluate(">=10000人次", "1.2万人次")
        >>> e.met, e.ratio, e.note_required
        (True, Decimal('1.2000'), False)
        >>> evaluate("<=2%", "3%").met
        False
        >>> import datetime
        >>> signed = {"合同签订": datetime.date(2023, 6, 1)}
        >>> evaluate("合同签订后30日内", "2023-07-01", events=signed).met
        True
        >>> evaluate("3个月内", "2个月").met, evaluate("1次/月", "10次").ratio
        (True, Decimal('0.8333'))
    """
    if (
        type(target) is Comparison
        and type(actual) is Quantity
        and type(rules) is ScoringRules
        and baseline is None
        and year is None
        and events is None
    ):
        # Most calls: a comparison and a quantity, both model objects, already valid.
        return _computed(target, actual, None, _compared(target, actual, rules))
    target = as_target(target, "evaluate", "target")
    v.require(rules, ScoringRules, "evaluate", "rules")
    if year is not None:
        v.year_argument(year, "evaluate", "year")
    if events is not None:
        v.require(events, Mapping, "evaluate", "events")
    if baseline is not None and not isinstance(target, Change):
        raise FieldError(
            "evaluate", "baseline", baseline, f"only a change target takes one, not {target}"
        )
    read_actual, read_baseline = _read(target, actual, baseline)
    judged = _judge(target, read_actual, read_baseline, year, rules, events or {})
    return _computed(target, read_actual, read_baseline, judged)


def score(
    target: Target | str,
    actual: Actual,
    points: Decimal | int,
    *,
    baseline: Baseline | None = None,
    year: int | None = None,
    events: Events | None = None,
    rules: ScoringRules = DEFAULT_RULES,
) -> Decimal:
    """Return the points an actual value earns against a target (see the scoring page).

    Full points when met; otherwise higher-is-better targets score points × actual / target,
    lower-is-better ones by `rules.lower_is_better`, zero targets (`=0次`) nothing, ranges
    proportionally toward the nearer end, missed deadlines, periods and relative deadlines
    nothing, schedules the occurrences over those due in the year, qualitative targets the
    outcome's fraction. Negative actuals count as 0. The result is rounded half up to 2
    places, lies in [0, points], and is below `points` whenever the target is missed.

    Raises:
        FieldTypeError: `points` is not an `int` or a `Decimal` (and as `evaluate`).
        FieldError: `points` is negative or finer than cents.

    Examples:
        >>> score(">=95%", "90%", 10)
        Decimal('9.47')
        >>> score("及时", "基本达到", 5)
        Decimal('3.50')
    """
    checked = check_points(points, "score")
    evaluation = evaluate(target, actual, baseline=baseline, year=year, events=events, rules=rules)
    return evaluation.score(checked)


class _Judged(NamedTuple):
    """What the kernel makes of an actual: whether met, the share, the ratio, the note."""

    met: bool
    share: kernel.Share
    ratio: Decimal | None
    note_required: bool


_set_target, _set_actual, _set_met, _set_ratio, _set_note, _set_baseline, _set_share = (
    v.field_setters(
        Evaluation, "target", "actual", "met", "ratio", "note_required", "baseline", "_share"
    )
)


def _computed(
    target: Target,
    actual: Quantity | datetime.date | Judgement,
    baseline: Quantity | None,
    judged: _Judged,
) -> Evaluation:
    """Build the Evaluation that `evaluate` computed, without checking it again.

    The validators recompute the result from the target and the actual, which is right for
    a result read from outside and pure waste for one just computed the same way.
    """
    evaluation = object.__new__(Evaluation)
    _set_target(evaluation, target)
    _set_actual(evaluation, actual)
    _set_met(evaluation, judged.met)
    _set_ratio(evaluation, judged.ratio)
    _set_note(evaluation, judged.note_required)
    _set_baseline(evaluation, baseline)
    _set_share(evaluation, judged.share)
    return evaluation


def _read(
    target: Target, actual: object, baseline: object
) -> tuple[Quantity | datetime.date | Judgement, Quantity | None]:
    """The actual (and a change's baseline) as the values the kernel compares."""
    match target:
        case Comparison():
            return _quantity(target, actual, target.quantity.unit), None
        case Range():
            return _quantity(target, actual, target.high.unit), None
        case Deadline() | DatePeriod() | RelativeDeadline():
            return _date(target, actual), None
        case Schedule():
            read = _quantity(target, actual, target.unit)
            return scheduled_rate(target, read) or read, None
        case Change():
            if baseline is None:
                raise EvaluationError(
                    target, actual, "a relative change needs a baseline (基期值): pass baseline="
                )
            # A bare number is in the unit the change is measured in.
            amount = target.amount
            unit = "%" if amount.unit == "个百分点" else ("" if amount.unit == "%" else amount.unit)
            return (
                _quantity(target, actual, unit),
                _quantity(target, baseline, unit, role="baseline"),
            )
        case Qualitative():
            return _judgement(target, actual), None
    raise AssertionError(target)  # pragma: no cover - the eight kinds are matched above


def _judge(
    target: Target,
    actual: Quantity | datetime.date | Judgement,
    baseline: Quantity | None,
    year: int | None,
    rules: ScoringRules,
    events: Events,
) -> _Judged:
    """Judge an actual already read: the one computation behind evaluate and its checks."""
    if isinstance(target, Comparison) and isinstance(actual, Quantity):
        return _compared(target, actual, rules)
    if isinstance(target, Range) and isinstance(actual, Quantity):
        a, low = _in_base(actual, target.low)
        met, share = kernel.range_share(a, low, target.high.to_base().value, rules)
        return _Judged(met, share, None, not met)
    if isinstance(target, Deadline) and isinstance(actual, datetime.date):
        if target.year is None and year is None:
            raise EvaluationError(target, actual, "the deadline names no year: pass year=")
        return _on_time(actual <= target.resolve(year))
    if isinstance(target, DatePeriod) and isinstance(actual, datetime.date):
        if target.start_year is None and year is None:
            raise EvaluationError(target, actual, "the period names no year: pass year=")
        return _on_time(target.contains(actual, year))
    if isinstance(target, RelativeDeadline) and isinstance(actual, datetime.date):
        return _on_time(actual <= event_deadline(target, events, actual))
    if isinstance(target, Schedule) and isinstance(actual, Quantity):
        # The year's count: `每季度1次` is met as `>=4次` is.
        a, count = _in_base(actual, Quantity(value=target.count, unit=target.unit))
        t = product(count, Decimal(target.cadence.per_year))
        met, share = kernel.comparison(Op.GE, a, t, rules)
        over = met and kernel.over_achieved(a, t, rules)
        return _Judged(met, share, kernel.ratio(a, t), not met or over)
    if isinstance(target, Change) and isinstance(actual, Quantity) and baseline is not None:
        return _change(target, actual, baseline, rules)
    if isinstance(target, Qualitative) and isinstance(actual, Judgement):
        met = actual.outcome is Outcome.ACHIEVED
        return _Judged(met, (rules.fraction(actual), kernel.ONE), None, not met)
    raise EvaluationError(target, actual, "the actual is not of the kind its target takes")


def _on_time(met: bool) -> _Judged:
    """A date target: all the points on time, none late (there is no share of a day)."""
    return _Judged(met, kernel.FULL if met else kernel.NOTHING, None, not met)


def event_deadline(
    target: RelativeDeadline, events: Events, actual: object = None
) -> datetime.date:
    """The last day of a relative deadline, from the date of its event in `events`.

    Raises:
        EvaluationError: the event has no date in `events` (naming `actual`, the value
            being evaluated, if any), or the deadline cannot be a date (working days).
        FieldTypeError: the event's date is not a `datetime.date`.

    Examples:
        >>> from perfindicator import parse_target
        >>> event_deadline(parse_target("合同签订后30日内"), {"合同签订": datetime.date(2024, 6, 1)})
        datetime.date(2024, 7, 1)
    """
    event = target.event
    if event not in events:
        raise EvaluationError(
            target,
            actual,
            f"the deadline counts from the event {event!r}, whose date is unknown: "
            f"pass events={{{event!r}: datetime.date(...)}} (缺少事件日期)",
        )
    event_date = events[event]
    if not isinstance(event_date, datetime.date) or isinstance(event_date, datetime.datetime):
        raise FieldTypeError(
            "evaluate", "events", event_date, f"must map {event!r} to a datetime.date"
        )
    try:
        return target.deadline(event_date)
    except FieldError as error:
        raise EvaluationError(target, actual, error.reason) from None


def _quantity(target: Target, value: object, unit: str, *, role: str = "actual") -> Quantity:
    """Read an actual (or a baseline) of a quantity target; errors name which one failed."""
    if isinstance(value, Quantity):
        return value
    if isinstance(value, str):
        try:
            read = parse_quantity(value)
        except TargetSyntaxError as error:
            raise EvaluationError(target, value, f"the {role} {error.reason}") from None
        # A bare number is in the target's unit, as a Decimal or int would be.
        return Quantity(value=read.value, unit=unit) if read.unit == "" else read
    if isinstance(value, (Decimal, int)) and not isinstance(value, bool):
        try:
            return Quantity(value=v.exact_number(value, "evaluate", role), unit=unit)
        except FieldError as error:
            raise EvaluationError(target, value, f"the {role} {error.reason}") from None
    hint = " (a float is inexact: pass a Decimal or a string)" if isinstance(value, float) else ""
    accepted = f"a Quantity, a Decimal, an int or a string{hint}"
    if role == "baseline":
        raise FieldTypeError("evaluate", "baseline", value, f"must be {accepted}")
    raise ActualTypeError(target, value, f"a quantity target takes {accepted}")


def scheduled_rate(target: Schedule, actual: Quantity) -> Quantity | None:
    """The year's count of an actual written as the schedule's rate, or `None`.

    Forms often write a schedule's actual as the target is written: `1次/月` against
    `每月1次` is twelve a year; `2次/季度`, eight. An actual of other occurrences (`场/月`
    against `次`) or a count is left to the unit check.

    Examples:
        >>> from perfindicator import parse_quantity, parse_target
        >>> scheduled_rate(parse_target("每月1次"), parse_quantity("1次/月"))
        Quantity('12次')
    """
    split = schedule_unit(actual.unit)
    if split is None or split[0] != target.unit:
        return None
    per_year = Cadence(split[1]).per_year
    return Quantity(value=product(actual.value, Decimal(per_year)), unit=target.unit)


def _compared(target: Comparison, actual: Quantity, rules: ScoringRules) -> _Judged:
    a, t = _in_base(actual, target.quantity)
    met, share = kernel.comparison(target.op, a, t, rules)
    over = met and target.op in kernel.HIGHER and kernel.over_achieved(a, t, rules)
    return _Judged(met, share, kernel.ratio(a, t), not met or over)


def _in_base(quantity: Quantity, reference: Quantity) -> tuple[Decimal, Decimal]:
    a, t = quantity.to_base(), reference.to_base()
    if a.unit != t.unit:
        raise UnitMismatchError(quantity.unit, reference.unit)
    return a.value, t.value


def _date(target: Target, actual: object) -> datetime.date:
    if isinstance(actual, datetime.datetime):
        raise ActualTypeError(target, actual, "a date target takes a date, not a datetime")
    if isinstance(actual, datetime.date):
        return actual
    if not isinstance(actual, str):
        raise ActualTypeError(target, actual, "a date target takes a date or a date string")
    date = read_date(actual)
    if date is None:
        raise EvaluationError(
            target, actual, "expected a date such as 2022-11-30 or 2022年11月30日"
        )
    return date


def _change(target: Change, actual: Quantity, baseline: Quantity, rules: ScoringRules) -> _Judged:
    amount = target.amount
    a, b = _in_base(actual, baseline)
    moved = difference(a, b) if target.direction is Direction.UP else difference(b, a)
    if amount.unit == "%":
        if b == 0:
            raise EvaluationError(target, actual, "a relative change cannot start from zero")
        # achieved % = moved / |b| × 100, compared exactly by cross-multiplying.
        achieved, scale = product(moved, kernel.HUNDRED), b.copy_abs()
    elif amount.unit == "个百分点":
        if baseline.to_base().unit != "%":
            raise UnitMismatchError(baseline.unit, "%")
        achieved, scale = moved, kernel.ONE
    else:
        achieved, _ = _in_base(Quantity(value=moved, unit=baseline.to_base().unit), amount)
        scale = kernel.ONE
    wanted = product(
        amount.value if amount.unit in ("%", "个百分点") else amount.to_base().value, scale
    )
    met, share = kernel.change(achieved, wanted)
    over = kernel.over_achieved(achieved, wanted, rules)
    return _Judged(met, share, kernel.ratio(achieved, wanted), not met or over)


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


def actual_text(actual: object, *, fraction: bool = True) -> str:
    """An actual value as a person writes it: outcome words, not a `Judgement` repr.

    A judgement's fraction follows its outcome in brackets, unless `fraction` is false (a
    form's cell holds only the words).

    Examples:
        >>> from decimal import Decimal
        >>> from perfindicator import Judgement, Outcome
        >>> actual_text(Judgement(outcome=Outcome.PARTLY_ACHIEVED, fraction=Decimal("0.75")))
        '部分达成年度指标并具有一定效果 (0.75)'
        >>> import datetime
        >>> actual_text(datetime.date(2022, 11, 30))
        '2022-11-30'
    """
    if isinstance(actual, Judgement):
        shown = "" if actual.fraction is None or not fraction else f" ({actual.fraction})"
        return actual.outcome.value + shown
    if isinstance(actual, (Quantity, datetime.date)):
        return str(actual)
    raise FieldTypeError(
        "actual_text", "actual", actual, "must be a Quantity, a date or a Judgement"
    )
