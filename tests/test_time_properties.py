"""Hypothesis properties of the time targets: round trips, period ends, schedules' due counts."""

from __future__ import annotations

import datetime

from dateutil.rrule import DAILY, MONTHLY, rrule
from hypothesis import assume, example, given
from hypothesis import strategies as st

from perfindicator import (
    Cadence,
    DatePeriod,
    RelativeDeadline,
    Schedule,
    Target,
    TargetSyntaxError,
    TimeUnit,
    evaluate,
    parse_target,
)
from perfindicator.strategies import (
    date_periods,
    relative_deadlines,
    schedules,
    target_texts,
    targets,
)

ONE_DAY = datetime.timedelta(days=1)
_DATES = st.dates(datetime.date(1990, 1, 1), datetime.date(2100, 12, 31))
_TIME_KINDS = [DatePeriod, RelativeDeadline, Schedule]


@given(targets(kinds=_TIME_KINDS))
def test_time_targets_round_trip_through_their_text(target: Target) -> None:
    again = parse_target(str(target))
    assert again == target
    assert hash(again) == hash(target)
    assert str(again) == str(target)


@given(target_texts(kinds=_TIME_KINDS))
def test_every_time_spelling_means_its_target(case: tuple[str, Target]) -> None:
    text, target = case
    assert parse_target(text) == target


@given(date_periods(), st.integers(1990, 2100))
def test_a_period_is_met_at_both_ends_and_missed_just_outside(
    period: DatePeriod, year: int
) -> None:
    first, last = period.resolve(year)
    assert first <= last
    assert evaluate(period, first, year=year).met
    assert evaluate(period, last, year=year).met
    assert not evaluate(period, first - ONE_DAY, year=year).met
    assert not evaluate(period, last + ONE_DAY, year=year).met


@given(date_periods(), st.integers(1990, 2100), _DATES)
def test_a_period_is_met_exactly_within_its_days(
    period: DatePeriod, year: int, day: datetime.date
) -> None:
    first, last = period.resolve(year)
    assert evaluate(period, day, year=year).met is (first <= day <= last)


@given(relative_deadlines(), _DATES)
def test_a_relative_deadline_lies_after_its_event(
    target: RelativeDeadline, event_date: datetime.date
) -> None:
    assume(target.unit is not TimeUnit.WORKING_DAY)
    last = target.deadline(event_date)
    assert last > event_date
    if target.unit is TimeUnit.DAY:
        assert (last - event_date).days == target.amount
    if target.unit is TimeUnit.WEEK:
        assert (last - event_date).days == 7 * target.amount
    if target.unit in (TimeUnit.MONTH, TimeUnit.YEAR):
        # The same day of the month, or the last day of a shorter month.
        months = target.amount * (12 if target.unit is TimeUnit.YEAR else 1)
        assert (last.year - event_date.year) * 12 + last.month - event_date.month == months
        assert last.day == event_date.day or last.day < event_date.day
    events = {target.event: event_date}
    assert evaluate(target, last, events=events).met
    assert not evaluate(target, last + ONE_DAY, events=events).met


def _rrule_due(schedule: Schedule, on: datetime.date, start: datetime.date) -> int:
    """The due count as python-dateutil's rrule counts the periods' last days."""
    first = datetime.datetime.combine(start, datetime.time())
    until = datetime.datetime.combine(on, datetime.time())
    if schedule.cadence is Cadence.WEEK:
        rule = rrule(DAILY, interval=7, dtstart=first + 6 * ONE_DAY, until=until)
    else:
        months = {
            Cadence.MONTH: tuple(range(1, 13)),
            Cadence.QUARTER: (3, 6, 9, 12),
            Cadence.HALF_YEAR: (6, 12),
            Cadence.YEAR: (12,),
        }[schedule.cadence]
        rule = rrule(MONTHLY, bymonth=months, bymonthday=-1, dtstart=first, until=until)
    return schedule.count * len(list(rule))


@given(
    schedules(),
    st.dates(datetime.date(2020, 1, 1), datetime.date(2026, 12, 31)),
    st.dates(datetime.date(2020, 1, 1), datetime.date(2026, 12, 31)),
)
@example(Schedule(count=1, cadence=Cadence.MONTH), datetime.date(2024, 6, 30), None)
@example(Schedule(count=1, cadence=Cadence.WEEK), datetime.date(2024, 12, 31), None)
def test_due_by_agrees_with_rrule(
    schedule: Schedule, on: datetime.date, start: datetime.date | None
) -> None:
    first = datetime.date(on.year, 1, 1) if start is None else start
    assert schedule.due_by(on, start=start) == _rrule_due(schedule, on, first)


@given(schedules(), st.integers(1990, 2100), _DATES, _DATES)
def test_due_by_grows_with_the_date_up_to_the_years_count(
    schedule: Schedule, year: int, a: datetime.date, b: datetime.date
) -> None:
    early, late = sorted([a, b])
    start = datetime.date(early.year, 1, 1)
    assert schedule.due_by(early, start=start) <= schedule.due_by(late, start=start)
    assert schedule.due_by(datetime.date(year, 12, 31)) == schedule.per_year


@given(schedules(), st.integers(0, 3000))
def test_a_schedule_is_met_by_its_years_count(schedule: Schedule, done: int) -> None:
    assert evaluate(schedule, done).met is (done >= schedule.per_year)


_TIME_WORDS = st.sampled_from(
    [
        *"0123456789０９.-~—至到年月日底前后内每次场期/ \u3000",
        *("--", "——", "个月", "个工作日", "工作日", "天", "周", "季度", "季", "半年"),
        *("以内", "之内", "完成", "到位", "100%", "合同签订", "项目开工", "≥", "至少"),
    ]
)


@given(st.lists(_TIME_WORDS, max_size=12).map("".join))
@example("2023.07-2024.01")
@example("合同签订后" + "9" * 5000 + "日内")
@example("每月" + "9" * 50 + "次")
@example("0000年1月-12月")
def test_parse_target_is_total_on_time_words(text: str) -> None:
    try:
        target = parse_target(text)
    except TargetSyntaxError as error:
        assert error.text == text
        assert 0 <= error.position <= len(text)
    else:
        assert parse_target(str(target)) == target
