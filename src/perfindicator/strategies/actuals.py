"""Strategies for what was achieved: actual values, judgements, budget executions."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal

from hypothesis import strategies as st

from perfindicator.model.outcomes import Judgement, Outcome
from perfindicator.model.quantity import Quantity
from perfindicator.model.targets import (
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
from perfindicator.reports.budget import BudgetExecution
from perfindicator.scoring.evaluate import Actual
from perfindicator.strategies.grammar import _values


@st.composite
def judgements(draw: st.DrawFn) -> Judgement:
    """Judgements of qualitative targets, with or without a fraction inside the outcome's band.

    Shrinks toward `达成年度指标` without a fraction.

    Examples:
        >>> from hypothesis import given, settings
        >>> from hypothesis import strategies as st
        >>> @settings(max_examples=10)
        ... @given(judgements())
        ... def check(value):
        ...     assert value.fraction is None or value.outcome.band[0] <= value.fraction
        >>> check()
    """
    outcome = draw(st.sampled_from(Outcome))
    low, high = outcome.band
    return Judgement(outcome=outcome, fraction=draw(st.none() | _values(low, high, 2)))


@st.composite
def budget_executions(draw: st.DrawFn) -> BudgetExecution:
    """Budget executions: a positive budget and what was spent, up to 120% of it.

    Shrinks toward a budget of 1 yuan, nothing spent.

    Examples:
        >>> from hypothesis import given, settings
        >>> from hypothesis import strategies as st
        >>> @settings(max_examples=10)
        ... @given(budget_executions())
        ... def check(value):
        ...     assert value.budget > 0
        >>> check()
    """
    budget = draw(_values(Decimal("0.01"), Decimal(10**10), 2))
    spent = draw(_values(Decimal(0), Decimal("1.2"), 4))
    return BudgetExecution(budget=budget, executed=(budget * spent).quantize(Decimal("0.01")))


def _offsets(*, positive: bool) -> st.SearchStrategy[Decimal]:
    return _values(Decimal("0.0001") if positive else Decimal(0), Decimal(10**6), 4)


@st.composite
def actuals_for(
    draw: st.DrawFn,
    target: Target,
    *,
    met: bool | None = None,
    year: int | None = None,
    baseline: Quantity | None = None,
    events: Mapping[str, datetime.date] | None = None,
) -> Actual:
    """Actual values that meet `target` (`met=True`), miss it (`met=False`), or either.

    Quantities come in the target's unit, dates for deadlines and periods (`year` resolves
    a year-less one), counts over the year for schedules, outcomes or words for qualitative
    targets. A `Change` target needs the `baseline` the actual is measured from, a
    `RelativeDeadline` the date of its event in `events` (and an offset that is not in
    working days). Shrinks toward an actual exactly at the target where `met` is `True`,
    else toward one missing it by the smallest step drawn (`999人次` for `>=1000人次`).

    Examples:
        >>> from hypothesis import given, settings
        >>> from perfindicator import evaluate, parse_target
        >>> target = parse_target(">=95%")
        >>> @settings(max_examples=10)
        ... @given(actuals_for(target, met=False))
        ... def check(actual):
        ...     assert not evaluate(target, actual).met
        >>> check()
    """
    meet = draw(st.booleans()) if met is None else met
    match target:
        case Comparison(op=op, quantity=q):
            return Quantity(value=_comparison_actual(draw, op, q.value, meet), unit=q.unit)
        case Range(low=low, high=high):
            if meet and low.unit == high.unit:
                places = max(-low.value.as_tuple().exponent, -high.value.as_tuple().exponent, 0)  # type: ignore[operator]
                value = draw(st.decimals(min_value=low.value, max_value=high.value, places=places))
                return Quantity(value=value, unit=low.unit)
            if meet:
                return draw(st.sampled_from([low, high]))
            if draw(st.booleans()):
                return Quantity(value=low.value - draw(_offsets(positive=True)), unit=low.unit)
            return Quantity(value=high.value + draw(_offsets(positive=True)), unit=high.unit)
        case Deadline():
            if target.year is None and year is None:
                raise ValueError("a deadline without a year needs year= to draw actual dates")
            return _date_actual(draw, None, target.resolve(year), meet)
        case DatePeriod():
            if target.start_year is None and year is None:
                raise ValueError("a period without a year needs year= to draw actual dates")
            return _date_actual(draw, *target.resolve(year), meet)
        case RelativeDeadline(event=event):
            if events is None or event not in events:
                raise ValueError(f"a relative deadline needs events={{{event!r}: date}}")
            return _date_actual(draw, None, target.deadline(events[event]), meet)
        case Schedule(unit=unit):
            due = target.per_year
            count = draw(
                st.integers(min_value=due, max_value=2 * due) if meet else st.integers(0, due - 1)
            )
            return Quantity(value=count, unit=unit)
        case Change(direction=direction, amount=amount):
            if baseline is None:
                raise ValueError("a Change target needs baseline= to draw actual values")
            return _change_actual(draw, direction, amount, baseline, meet)
        case Qualitative(text=text):
            if meet:
                achieved: list[Actual] = [Outcome.ACHIEVED, text, "已完成", "达成预期指标"]
                return draw(st.sampled_from(achieved))
            outcome = draw(st.sampled_from([Outcome.PARTLY_ACHIEVED, Outcome.NOT_ACHIEVED]))
            bottom, top = outcome.band
            fraction = draw(st.none() | st.decimals(min_value=bottom, max_value=top, places=2))
            return Judgement(outcome=outcome, fraction=fraction)
    raise AssertionError(target)  # pragma: no cover


def _date_actual(
    draw: st.DrawFn, first: datetime.date | None, last: datetime.date, meet: bool
) -> datetime.date:
    """A date from `first` (or 400 days before `last`) to `last`, or one outside them."""
    day = datetime.timedelta(days=1)
    if meet:
        return draw(
            st.dates(min_value=last - 400 * day if first is None else first, max_value=last)
        )
    after = st.dates(min_value=last + day, max_value=last + 400 * day)
    if first is None:
        return draw(after)
    return draw(after | st.dates(min_value=first - 400 * day, max_value=first - day))


def _comparison_actual(draw: st.DrawFn, op: Op, target: Decimal, meet: bool) -> Decimal:
    at_or_beyond, beyond = draw(_offsets(positive=False)), draw(_offsets(positive=True))
    if op is Op.EQ and target == 0:
        return Decimal(0) if meet else beyond
    if op in (Op.GE, Op.EQ):
        return target + at_or_beyond if meet else target - beyond
    if op is Op.GT:
        return target + beyond if meet else target - at_or_beyond
    if op is Op.LE:
        return target - at_or_beyond if meet else target + beyond
    return target - beyond if meet else target + at_or_beyond


def _change_actual(
    draw: st.DrawFn, direction: Direction, amount: Quantity, baseline: Quantity, meet: bool
) -> Quantity:
    if amount.unit == "%":
        if baseline.value == 0:
            raise ValueError("a relative change cannot start from a zero baseline")
        needed = (amount.value * abs(baseline.value)).scaleb(-2)
    elif amount.unit == "个百分点" and baseline.unit != "%":
        raise ValueError("a change in percentage points needs a baseline in %")
    elif amount.unit not in ("%", "个百分点") and baseline.unit != amount.unit:
        raise ValueError(f"an absolute change needs a baseline in {amount.unit!r}")
    else:
        needed = amount.value
    if meet:
        moved = needed + draw(_offsets(positive=False))
    else:
        moved = needed - draw(_offsets(positive=True))
    sign = 1 if direction is Direction.UP else -1
    return Quantity(value=baseline.value + sign * moved, unit=baseline.unit)
