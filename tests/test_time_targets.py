"""Time targets (issue 14): date periods, durations, relative deadlines and schedules.

Every expected value is worked out by hand from the published spelling and the rule it
follows (the grammar page), never copied from the code's output.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from fractions import Fraction

import pytest

from perfindicator import (
    Cadence,
    CellSyntaxError,
    Comparison,
    DatePeriod,
    Deadline,
    EvaluationError,
    FieldError,
    FieldTypeError,
    Indicator,
    Level2,
    Op,
    Precision,
    Project,
    Qualitative,
    Quantity,
    Range,
    RelativeDeadline,
    Schedule,
    Target,
    TargetSyntaxError,
    TimeUnit,
    UnitMismatchError,
    evaluate,
    from_json,
    parse_quantity,
    parse_target,
    score,
    target_from_cells,
    to_json,
    to_records,
)

D = Decimal
date = datetime.date


def q(value: str, unit: str = "") -> Quantity:
    return Quantity(value=D(value), unit=unit)


def months(y1: int | None, m1: int, y2: int | None, m2: int) -> DatePeriod:
    return DatePeriod(start_year=y1, start_month=m1, end_year=y2, end_month=m2)


def days(y1: int | None, m1: int, d1: int, y2: int | None, m2: int, d2: int) -> DatePeriod:
    return DatePeriod(
        start_year=y1, start_month=m1, start_day=d1, end_year=y2, end_month=m2, end_day=d2
    )


# --- Every spelling of the published periods and deadlines -----------------------------------

# (spelling as published, the target it reads as, and what that means). Periods and year-less
# deadlines are resolved with the budget year 2021 where they name none.
PUBLISHED: list[tuple[str, Target]] = [
    # Months with a dot, across a year end: no longer the numeric range 2023.07~2024.01.
    ("2023.07-2024.01", months(2023, 7, 2024, 1)),
    # The end omits the year: it takes the start's.
    ("2021年1月-12月", months(2021, 1, 2021, 12)),
    # A double hyphen between the ends.
    ("2020年1月--2020年11月", months(2020, 1, 2020, 11)),
    # Unpadded days, the end's year dropped.
    ("2021.1.1-12.31", days(2021, 1, 1, 2021, 12, 31)),
    # The whole budget year: no longer a range of 1 to 12 months.
    ("1-12月", months(None, 1, None, 12)),
    ("2025年1月-12月", months(2025, 1, 2025, 12)),
    # A deadline plus an action word (funds in place): 31 December of the budget year.
    ("12月底到位", Deadline(month=12, day=31)),
    # A deadline plus a completion share of 100%: done by 30 November.
    ("11月底完成100%", Deadline(month=11, day=30)),
    ("2018年10月底", Deadline(year=2018, month=10, day=31)),
    ("2025年年底前", Deadline(year=2025, month=12, day=31)),
    ("2023年底", Deadline(year=2023, month=12, day=31)),
    ("2021年12月31日", Deadline(year=2021, month=12, day=31)),
    # An ISO date alone is a deadline on that day.
    ("2022-01-01", Deadline(year=2022, month=1, day=1)),
    # A goal's period in years, with brackets: words (no period in whole years is read).
    ("(2022 年 - 2022年)", Qualitative(text="(2022 年 - 2022年)")),
    # A duration, not a date.
    ("1年", Comparison(op=Op.EQ, quantity=q("1", "年"))),
    # An Excel date serial and days with the unit lost: the numbers they are.
    ("44,561", Comparison(op=Op.EQ, quantity=q("44561"))),
    ("180", Comparison(op=Op.EQ, quantity=q("180"))),
    # A frequency: a schedule of once a month. A monthly amount stays a comparison, and
    # schedule wording without a number stays words.
    ("1次/月", Schedule(count=1, cadence=Cadence.MONTH)),
    ("≤620万/月", Comparison(op=Op.LE, quantity=q("620", "万/月"))),
    ("按月安排", Qualitative(text="按月安排")),
    # An age range with an em dash: not dates.
    ("18—54周岁", Range(low=q("18", "周岁"), high=q("54", "周岁"))),
    # Relative deadlines: the anchor, the amount and the unit.
    ("合同签订后30日内", RelativeDeadline(event="合同签订", amount=30, unit=TimeUnit.DAY)),
    ("3个月内", Comparison(op=Op.LE, quantity=q("3", "个月"))),
]


@pytest.mark.parametrize(("written", "expected"), PUBLISHED)
def test_published_spellings(written: str, expected: Target) -> None:
    target = parse_target(written)
    assert target == expected
    assert parse_target(str(target)) == target


def test_training_batches_are_not_months() -> None:
    # `期` counts training batches: `1-6期` is not January to June, and the rest is a sentence.
    with pytest.raises(TargetSyntaxError) as caught:
        parse_target("1-6期培训结束后及时考核")
    assert caught.value.position == 3
    assert "too long for a unit" in caught.value.reason


@pytest.mark.parametrize(
    ("written", "year", "first", "last"),
    [
        ("2023.07-2024.01", None, date(2023, 7, 1), date(2024, 1, 31)),
        ("2021年1月-12月", None, date(2021, 1, 1), date(2021, 12, 31)),
        ("2020年1月--2020年11月", None, date(2020, 1, 1), date(2020, 11, 30)),
        ("2021.1.1-12.31", None, date(2021, 1, 1), date(2021, 12, 31)),
        ("1-12月", 2020, date(2020, 1, 1), date(2020, 12, 31)),
        ("2025年1月-12月", None, date(2025, 1, 1), date(2025, 12, 31)),
        # February's last day depends on the year.
        ("2月-2月", 2024, date(2024, 2, 1), date(2024, 2, 29)),
        ("2月-2月", 2023, date(2023, 2, 1), date(2023, 2, 28)),
        # A year-less 29 February ends on the 28th in a common year.
        ("2月1日至2月29日", 2023, date(2023, 2, 1), date(2023, 2, 28)),
        ("2022-01-01至2022-06-30", None, date(2022, 1, 1), date(2022, 6, 30)),
        ("2022/3/1~2022/3/31", None, date(2022, 3, 1), date(2022, 3, 31)),
        ("每年4月至6月", 2022, date(2022, 4, 1), date(2022, 6, 30)),
        ("2023年7月-2024年1月底", None, date(2023, 7, 1), date(2024, 1, 31)),
        ("2021年1-6月", None, date(2021, 1, 1), date(2021, 6, 30)),
        ("3 月 — 6 月", 2022, date(2022, 3, 1), date(2022, 6, 30)),
        ("2023.7-12", None, date(2023, 7, 1), date(2023, 12, 31)),
        ("2023.10-2024.1", None, date(2023, 10, 1), date(2024, 1, 31)),
        ("２０２３．０７－２０２４．０１", None, date(2023, 7, 1), date(2024, 1, 31)),
    ],
)
def test_period_days(written: str, year: int | None, first: date, last: date) -> None:
    period = parse_target(written)
    assert isinstance(period, DatePeriod)
    assert period.resolve(year) == (first, last)


@pytest.mark.parametrize(
    ("written", "precision", "canonical"),
    [
        ("2023.07-2024.01", Precision.MONTH, "2023年7月至2024年1月"),
        ("2021.1.1-12.31", Precision.DAY, "2021年1月1日至2021年12月31日"),
        ("1-12月", Precision.MONTH, "1月至12月"),
        ("3月1日-6月30日", Precision.DAY, "3月1日至6月30日"),
    ],
)
def test_period_precision_and_canonical_text(
    written: str, precision: Precision, canonical: str
) -> None:
    period = parse_target(written)
    assert isinstance(period, DatePeriod)
    assert period.precision is precision
    assert str(period) == canonical
    assert repr(period) == f"<DatePeriod({canonical!r})>"


def test_a_period_to_the_day_is_not_the_period_to_the_month() -> None:
    # Same days, different precision as written: two targets.
    by_day = parse_target("2021年1月1日-2021年1月31日")
    by_month = parse_target("2021年1月-2021年1月")
    assert isinstance(by_day, DatePeriod)
    assert isinstance(by_month, DatePeriod)
    assert by_day.resolve() == by_month.resolve() == (date(2021, 1, 1), date(2021, 1, 31))
    assert by_day != by_month


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        # Not months: the numbers decide.
        ("0-12月", Range(low=q("0", "月"), high=q("12", "月"))),
        ("1-13月", Range(low=q("1", "月"), high=q("13", "月"))),
        ("3-6个月", Range(low=q("3", "个月"), high=q("6", "个月"))),
        ("2023.15-2024.01", Range(low=q("2023.15"), high=q("2024.01"))),
        ("1850.07-1850.09", Range(low=q("1850.07"), high=q("1850.09"))),
        ("2023.07-2024.01元", Range(low=q("2023.07", "元"), high=q("2024.01", "元"))),
        ("2023.071-2024.01", Range(low=q("2023.071"), high=q("2024.01"))),
        ("90%-95%", Range(low=q("90", "%"), high=q("95", "%"))),
        ("1.5-2.5", Range(low=q("1.5"), high=q("2.5"))),
        # Months 1-12 with 月 are months, however many digits they are written with.
        ("01-12月", months(None, 1, None, 12)),
        ("3月至6月", months(None, 3, None, 6)),
    ],
)
def test_numeric_range_or_period(written: str, expected: Target) -> None:
    assert parse_target(written) == expected


@pytest.mark.parametrize(
    ("written", "position", "fragment"),
    [
        # The end takes the start's year, so it would come before the start.
        ("2021年11月-2月", 9, "write the end's year"),
        ("11-2月", 3, "ends before it starts"),
        ("2022年1月-2021年12月", 8, "ends before it starts"),
        ("2021年1月1日-12月", 9, "both ends"),
        ("2021.1.1-12", 8, "both ends"),
        ("2021年2月30日-3月1日", 5, "no date 2021-02-30"),
        ("1月-2021年12月", 3, "write both"),
        # Spellings of a span of months outside the period rules.
        ("1月-12", 0, "span of months"),
        ("1月~12月之间", 0, "span of months"),
        # A share below 100% by a date is a second target.
        ("11月底完成80%", 6, "unexpected '8'"),
    ],
)
def test_period_errors(written: str, position: int, fragment: str) -> None:
    with pytest.raises(TargetSyntaxError) as caught:
        parse_target(written)
    assert (caught.value.text, caught.value.position) == (written, position)
    assert fragment in str(caught.value)


@pytest.mark.parametrize(
    ("actual", "met"),
    [
        (date(2020, 12, 31), False),
        (date(2021, 1, 1), True),  # the first day is in
        (date(2021, 6, 15), True),
        (date(2021, 12, 31), True),  # and so is the last
        (date(2022, 1, 1), False),
    ],
)
def test_period_is_met_within_both_ends(actual: date, met: bool) -> None:
    evaluation = evaluate("2021年1月-12月", actual)
    assert evaluation.met is met
    assert evaluation.note_required is not met
    assert evaluation.ratio is None
    # A missed period scores nothing, as a missed deadline does.
    assert score("2021年1月-12月", actual, 5) == (D(5) if met else D("0.00"))


def test_year_less_period_takes_the_budget_year() -> None:
    assert evaluate("1-12月", "2025-12-31", year=2025).met
    assert not evaluate("1-12月", "2026-01-01", year=2025).met
    with pytest.raises(EvaluationError, match="names no year"):
        evaluate("1-12月", "2025-06-01")
    period = parse_target("1-12月")
    assert isinstance(period, DatePeriod)
    with pytest.raises(FieldError, match="names no year"):
        period.resolve()
    assert period.contains(date(2030, 2, 28), 2030)


def test_period_contains_takes_a_date_only() -> None:
    period = parse_target("2021年1月-12月")
    assert isinstance(period, DatePeriod)
    with pytest.raises(FieldTypeError):
        period.contains(datetime.datetime(2021, 6, 1))


@pytest.mark.parametrize(
    ("fields", "fragment"),
    [
        ({"start_year": 2021, "start_month": 1, "end_month": 12}, "given together"),
        (
            {"start_month": 1, "start_day": 1, "end_month": 12},
            "both ends name a day",
        ),
        ({"start_month": 12, "end_month": 1}, "end before it starts"),
        (
            {
                "start_year": 2021,
                "start_month": 2,
                "start_day": 29,
                "end_year": 2021,
                "end_month": 3,
                "end_day": 1,
            },
            "no day 29",
        ),
        ({"start_month": 13, "end_month": 12}, "month from 1 to 12"),
        ({"start_month": 1, "start_day": 32, "end_month": 2, "end_day": 1}, "from 1 to 31"),
    ],
)
def test_date_period_validates(fields: dict[str, int], fragment: str) -> None:
    with pytest.raises(FieldError, match=fragment):
        DatePeriod(**fields)


def test_a_range_that_reads_as_a_period_is_refused() -> None:
    with pytest.raises(FieldError, match="date period"):
        Range(low=q("1", "月"), high=q("12", "月"))
    with pytest.raises(FieldError, match="date period"):
        Range(low=q("2023.07"), high=q("2024.01"))


# --- Durations ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("3个月内", "<=3个月"),
        ("30日内", "<=30日"),
        ("15天内", "<=15天"),
        ("5个工作日内", "<=5个工作日"),
        ("2周内", "<=2周"),
        ("1年内", "<=1年"),
        ("3个工作日内完成", "<=3个工作日"),
        ("30日以内完成", "<=30日"),
        ("6个月之内", "<=6个月"),
    ],
)
def test_durations_are_upper_bounds(written: str, canonical: str) -> None:
    assert str(parse_target(written)) == canonical


@pytest.mark.parametrize(
    ("target", "actual", "met"),
    [
        ("3个月内", "2个月", True),
        ("3个月内", "3个月", True),
        ("3个月内", "4个月", False),
        # Months and years convert exactly: 1 year is 12 months.
        ("1年内", "12个月", True),
        ("1年内", "13个月", False),
        ("6个月内", "0.5年", True),
        # Days and weeks convert exactly: 2 weeks are 14 days.
        ("2周内", "14天", True),
        ("2周内", "15日", False),
        ("30日内", "30天", True),
        ("1天内", "24小时", True),
        ("5个工作日内", "5个工作日", True),
        ("5个工作日内", "6个工作日", False),
    ],
)
def test_durations_compare_in_convertible_units(target: str, actual: str, met: bool) -> None:
    assert evaluate(target, actual).met is met


@pytest.mark.parametrize(
    ("target", "actual"),
    [
        ("30日内", "1个月"),  # a month has no fixed number of days
        ("3个月内", "90天"),
        ("5个工作日内", "5天"),  # working days only with working days
        ("5天内", "5个工作日"),
    ],
)
def test_durations_refuse_units_that_do_not_convert(target: str, actual: str) -> None:
    with pytest.raises(UnitMismatchError):
        evaluate(target, actual)


# --- Relative deadlines ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "event", "amount", "unit"),
    [
        ("合同签订后30日内", "合同签订", 30, TimeUnit.DAY),
        ("项目开工后6个月内", "项目开工", 6, TimeUnit.MONTH),
        ("资金到位后1个月内", "资金到位", 1, TimeUnit.MONTH),
        ("合同签订后30天以内", "合同签订", 30, TimeUnit.DAY),
        ("收到申请后5个工作日内完成", "收到申请", 5, TimeUnit.WORKING_DAY),
        ("收到申请后5工作日内", "收到申请", 5, TimeUnit.WORKING_DAY),
        ("项目验收后2周内", "项目验收", 2, TimeUnit.WEEK),
        ("项目验收后1年之内", "项目验收", 1, TimeUnit.YEAR),
        ("资金到位后3月内", "资金到位", 3, TimeUnit.MONTH),
        ("验收后整改后10日内", "验收后整改", 10, TimeUnit.DAY),
    ],
)
def test_relative_deadline_spellings(written: str, event: str, amount: int, unit: TimeUnit) -> None:
    target = parse_target(written)
    assert target == RelativeDeadline(event=event, amount=amount, unit=unit)
    assert str(target) == f"{event}后{amount}{unit.value}内"
    assert repr(target) == f"<RelativeDeadline('{event}后{amount}{unit.value}内')>"


@pytest.mark.parametrize(
    ("written", "event_date", "last_day"),
    [
        # The event's day is not counted (民法典 Art. 201): 1 June + 30 days is 1 July.
        ("合同签订后30日内", date(2023, 6, 1), date(2023, 7, 1)),
        ("合同签订后1日内", date(2023, 12, 31), date(2024, 1, 1)),
        # A month ends on the same day of the month, or the month's last (Art. 202).
        ("项目开工后6个月内", date(2023, 8, 31), date(2024, 2, 29)),
        ("项目开工后6个月内", date(2023, 1, 15), date(2023, 7, 15)),
        ("资金到位后1个月内", date(2023, 1, 31), date(2023, 2, 28)),
        ("项目验收后2周内", date(2024, 12, 25), date(2025, 1, 8)),
        ("项目验收后1年内", date(2024, 2, 29), date(2025, 2, 28)),
    ],
)
def test_relative_deadline_last_day(written: str, event_date: date, last_day: date) -> None:
    target = parse_target(written)
    assert isinstance(target, RelativeDeadline)
    assert target.deadline(event_date) == last_day
    events = {target.event: event_date}
    assert evaluate(target, last_day, events=events).met
    assert not evaluate(target, last_day + datetime.timedelta(days=1), events=events).met
    assert score(target, last_day + datetime.timedelta(days=1), 10, events=events) == D("0.00")


def test_a_missing_event_date_is_an_error_naming_the_event() -> None:
    with pytest.raises(EvaluationError) as caught:
        evaluate("项目开工后6个月内", date(2023, 7, 1), events={"合同签订": date(2023, 1, 1)})
    assert "'项目开工'" in caught.value.reason
    with pytest.raises(EvaluationError, match="项目开工"):
        evaluate("项目开工后6个月内", "2023-07-01")


def test_working_days_do_not_become_a_date() -> None:
    target = parse_target("收到申请后5个工作日内")
    assert isinstance(target, RelativeDeadline)
    with pytest.raises(FieldError, match="holiday calendar"):
        target.deadline(date(2023, 6, 1))
    with pytest.raises(EvaluationError, match="holiday calendar"):
        evaluate(target, "2023-06-05", events={"收到申请": date(2023, 6, 1)})


def test_event_dates_must_be_dates() -> None:
    with pytest.raises(FieldTypeError):
        evaluate("合同签订后30日内", "2023-07-01", events={"合同签订": "2023-06-01"})  # type: ignore[dict-item]
    with pytest.raises(FieldTypeError):
        evaluate(
            "合同签订后30日内",
            "2023-07-01",
            events={"合同签订": datetime.datetime(2023, 6, 1)},
        )
    with pytest.raises(FieldTypeError):
        evaluate("合同签订后30日内", "2023-07-01", events=[("合同签订", date(2023, 6, 1))])  # type: ignore[arg-type]


def test_a_deadline_past_the_calendar_is_an_error() -> None:
    with pytest.raises(EvaluationError, match="9999-12-31"):
        evaluate("项目验收后1000年内", "9999-12-31", events={"项目验收": date(9500, 1, 1)})


@pytest.mark.parametrize(
    ("fields", "fragment"),
    [
        ({"event": "第2次验收", "amount": 1, "unit": TimeUnit.DAY}, "in words"),
        ({"event": "合同 签订", "amount": 1, "unit": TimeUnit.DAY}, "in words"),
        ({"event": "", "amount": 1, "unit": TimeUnit.DAY}, "empty"),
        ({"event": "合同签订", "amount": 0, "unit": TimeUnit.DAY}, "positive"),
        ({"event": "合同签订", "amount": -1, "unit": TimeUnit.DAY}, "negative"),
        ({"event": "合同签订", "amount": 1, "unit": "日"}, "TimeUnit"),
    ],
)
def test_relative_deadline_validates(fields: dict[str, object], fragment: str) -> None:
    with pytest.raises(FieldError, match=fragment):
        RelativeDeadline(**fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("written", "position", "fragment"),
    [
        ("合同签订后0日内", 5, "no time"),
        ("合同签订后12345678日内", 5, "more than 7 digits"),
    ],
)
def test_relative_deadline_errors(written: str, position: int, fragment: str) -> None:
    with pytest.raises(TargetSyntaxError) as caught:
        parse_target(written)
    assert caught.value.position == position
    assert fragment in caught.value.reason


def test_an_event_in_a_long_sentence_is_words() -> None:
    # 21 characters before 后: a sentence, not an event.
    text = "在项目实施过程中相关合同经双方协商一致正式签订后30日内"
    assert parse_target(text) == Qualitative(text=text)


# --- Schedules ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("1次/月", Schedule(count=1, cadence=Cadence.MONTH)),
        ("每季度1次", Schedule(count=1, cadence=Cadence.QUARTER)),
        ("每季1次", Schedule(count=1, cadence=Cadence.QUARTER)),
        ("1次/季", Schedule(count=1, cadence=Cadence.QUARTER)),
        ("每月至少2次", Schedule(count=2, cadence=Cadence.MONTH)),
        ("每月2次以上", Schedule(count=2, cadence=Cadence.MONTH)),
        ("≥1次/周", Schedule(count=1, cadence=Cadence.WEEK)),
        ("每星期1次", Schedule(count=1, cadence=Cadence.WEEK)),
        ("=2次/年", Schedule(count=2, cadence=Cadence.YEAR)),
        ("每年2次", Schedule(count=2, cadence=Cadence.YEAR)),
        ("每半年1场", Schedule(count=1, cadence=Cadence.HALF_YEAR, unit="场")),
        ("每月1期", Schedule(count=1, cadence=Cadence.MONTH, unit="期")),
        # A cap, never, and a fraction stay comparisons.
        ("每月不超过2次", Comparison(op=Op.LE, quantity=q("2", "次/月"))),
        ("<=2次/月", Comparison(op=Op.LE, quantity=q("2", "次/月"))),
        (">1次/月", Comparison(op=Op.GT, quantity=q("1", "次/月"))),
        ("=0次/月", Comparison(op=Op.EQ, quantity=q("0", "次/月"))),
        ("每月0次", Comparison(op=Op.EQ, quantity=q("0", "次/月"))),
        ("每月1.5次", Comparison(op=Op.EQ, quantity=q("1.5", "次/月"))),
        # Not occurrences: a monthly amount, a rate per person.
        ("≤620万/月", Comparison(op=Op.LE, quantity=q("620", "万/月"))),
        ("10人/月", Comparison(op=Op.EQ, quantity=q("10", "人/月"))),
        # A deadline every year stays a year-less deadline.
        ("每年12月底前", Deadline(month=12)),
        # 每月 with a day is not a schedule, nor a sentence that starts with one: words.
        ("每月1日前", Qualitative(text="每月1日前")),
        ("每月1次，全年12次", Qualitative(text="每月1次，全年12次")),
        ("每年开展1次培训", Qualitative(text="每年开展1次培训")),
    ],
)
def test_schedule_spellings(written: str, expected: Target) -> None:
    target = parse_target(written)
    assert target == expected
    assert parse_target(str(target)) == target


def test_schedule_canonical_text() -> None:
    assert str(parse_target("1次/季")) == "每季度1次"
    assert repr(parse_target("1次/月")) == "<Schedule('每月1次')>"


def test_a_schedule_takes_one_count() -> None:
    with pytest.raises(TargetSyntaxError, match="one count"):
        parse_target("每月1-2次")


@pytest.mark.parametrize(
    ("written", "on", "due"),
    [
        # A month's occurrence falls due on its last day.
        ("1次/月", date(2024, 1, 30), 0),
        ("1次/月", date(2024, 1, 31), 1),
        ("1次/月", date(2024, 6, 29), 5),
        ("1次/月", date(2024, 6, 30), 6),
        ("1次/月", date(2024, 12, 31), 12),
        ("每月2次", date(2024, 2, 29), 4),
        ("每季度1次", date(2024, 3, 30), 0),
        ("每季度1次", date(2024, 3, 31), 1),
        ("每季度1次", date(2024, 9, 30), 3),
        ("每季度2次", date(2024, 9, 30), 6),
        ("每半年1次", date(2024, 6, 30), 1),
        ("每半年1次", date(2024, 12, 30), 1),
        ("每半年1次", date(2024, 12, 31), 2),
        ("每年1次", date(2024, 12, 30), 0),
        ("每年1次", date(2024, 12, 31), 1),
        # Weeks run from 1 January: the first ends on 7 January; 366 days hold 52 weeks.
        ("每周1次", date(2024, 1, 6), 0),
        ("每周1次", date(2024, 1, 7), 1),
        ("每周1次", date(2024, 12, 31), 52),
    ],
)
def test_schedule_due_by(written: str, on: date, due: int) -> None:
    schedule = parse_target(written)
    assert isinstance(schedule, Schedule)
    assert schedule.due_by(on) == due


@pytest.mark.parametrize(
    ("written", "start", "on", "due"),
    [
        # From 15 May: May to December, eight month ends.
        ("1次/月", date(2024, 5, 15), date(2024, 12, 31), 8),
        # Q2 ends on 30 June, after 15 May: Q2, Q3 and Q4.
        ("每季度1次", date(2024, 5, 15), date(2024, 12, 31), 3),
        # Across a year end: November, December, January, February.
        ("1次/月", date(2023, 11, 1), date(2024, 2, 29), 4),
        # Weeks from 10 March: 10-16 March and 17-23 March.
        ("每周1次", date(2024, 3, 10), date(2024, 3, 23), 2),
        # Nothing is due before the start.
        ("1次/月", date(2024, 7, 1), date(2024, 6, 30), 0),
    ],
)
def test_schedule_due_by_from_a_start(written: str, start: date, on: date, due: int) -> None:
    schedule = parse_target(written)
    assert isinstance(schedule, Schedule)
    assert schedule.due_by(on, start=start) == due


@pytest.mark.parametrize(
    ("written", "per_year"),
    [("1次/月", 12), ("每季度2次", 8), ("每半年1次", 2), ("每年3次", 3), ("每周1次", 52)],
)
def test_schedule_per_year(written: str, per_year: int) -> None:
    schedule = parse_target(written)
    assert isinstance(schedule, Schedule)
    assert schedule.per_year == per_year


def test_schedule_is_evaluated_on_the_years_count() -> None:
    # 1次/月 is due 12 times a year: 12 meets it; 10 earns 10/12 of the points.
    full = evaluate("1次/月", "12次")
    assert (full.met, full.ratio, full.share) == (True, D("1.0000"), Fraction(1))
    short = evaluate("1次/月", "10次")
    assert (short.met, short.ratio, short.share) == (False, D("0.8333"), Fraction(5, 6))
    assert short.note_required
    # A bare number counts in the schedule's unit.
    assert evaluate("每季度1次", 4).met
    assert score("每季度1次", "3次", 10) == D("7.50")
    with pytest.raises(UnitMismatchError):
        evaluate("每季度1次", "4场")


@pytest.mark.parametrize(
    ("fields", "fragment"),
    [
        ({"count": 0, "cadence": Cadence.MONTH}, "positive"),
        ({"count": 1, "cadence": Cadence.MONTH, "unit": "人"}, "occurrences"),
        ({"count": 1, "cadence": "月"}, "Cadence"),
        ({"count": 10**18, "cadence": Cadence.MONTH}, "18 digits"),
    ],
)
def test_schedule_validates(fields: dict[str, object], fragment: str) -> None:
    with pytest.raises(FieldError, match=fragment):
        Schedule(**fields)  # type: ignore[arg-type]


def test_a_comparison_that_reads_as_a_schedule_is_refused() -> None:
    with pytest.raises(FieldError, match="schedule"):
        Comparison(op=Op.EQ, quantity=q("1", "次/月"))
    assert Comparison(op=Op.LE, quantity=q("1", "次/月")).op is Op.LE


def test_schedule_due_by_takes_dates() -> None:
    schedule = Schedule(count=1, cadence=Cadence.MONTH)
    with pytest.raises(FieldTypeError):
        schedule.due_by("2024-06-30")  # type: ignore[arg-type]
    with pytest.raises(FieldTypeError):
        schedule.due_by(date(2024, 6, 30), start=datetime.datetime(2024, 1, 1))


# --- Deadlines with done words ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("6月30日前完成", Deadline(month=6, day=30)),
        ("12月底前到位", Deadline(month=12, day=31)),
        ("2022年6月底完成", Deadline(year=2022, month=6, day=30)),
        ("2022年6月底到位", Deadline(year=2022, month=6, day=30)),
        ("11月底完成 100 %", Deadline(month=11, day=30)),
    ],
)
def test_done_words_after_a_deadline(written: str, expected: Deadline) -> None:
    assert parse_target(written) == expected


# --- Around the library: records, JSON, cells -------------------------------------------------


def test_records_fill_the_parts_of_time_targets() -> None:
    indicators = (
        Indicator(level2=Level2.TIMELINESS, name="实施期", target=parse_target("1-12月")),
        Indicator(level2=Level2.TIMELINESS, name="付款", target=parse_target("合同签订后30日内")),
        Indicator(level2=Level2.QUANTITY, name="巡查", target=parse_target("每季度2次")),
    )
    project = Project(name="示例", year=2022, indicators=indicators)
    period, relative, schedule = to_records(project)
    assert (period["kind"], period["low"], period["high"], period["deadline"]) == (
        "DatePeriod",
        "2022-01-01",
        "2022-12-31",
        date(2022, 12, 31),
    )
    assert (relative["kind"], relative["value"], relative["unit"]) == (
        "RelativeDeadline",
        D(30),
        "日",
    )
    assert (schedule["operator"], schedule["value"], schedule["unit"]) == (">=", D(2), "次/季度")


def test_time_targets_round_trip_through_json() -> None:
    for text in ("2023.07-2024.01", "合同签订后30日内", "每季度1次", "1-12月"):
        indicator = Indicator(level2=Level2.TIMELINESS, name="时效", target=parse_target(text))
        assert from_json(to_json(indicator), Indicator) == indicator


def test_split_cells_read_time_targets() -> None:
    assert target_from_cells("≥", "1", "次/月") == Schedule(count=1, cadence=Cadence.MONTH)
    assert target_from_cells("=", "1次/月", "次/月") == Schedule(count=1, cadence=Cadence.MONTH)
    assert target_from_cells(None, "2021年1月-12月", None) == months(2021, 1, 2021, 12)
    assert target_from_cells(None, "30日内", None) == Comparison(op=Op.LE, quantity=q("30", "日"))
    with pytest.raises(CellSyntaxError, match="a date target"):
        target_from_cells(None, "合同签订后30日内", "日")


def test_a_schedule_takes_an_actual_written_as_its_pace() -> None:
    from perfindicator import evaluate

    # 1次/月 for a year is 12, as 每月1次 wants; 1次/季度 is 4 of the 8 of 每季度2次.
    assert evaluate(parse_target("1次/月"), "1次/月").met
    half = evaluate(parse_target("每季度2次"), "1次/季度")
    assert (half.met, half.ratio) == (False, Decimal("0.5000"))


@pytest.mark.parametrize(
    "text",
    ["2019-2021年", "2022年-2022年", "2023.1-2023.12月", "2023.07-2024.01月", "2023-2024月"],
)
def test_spans_of_the_calendar_are_not_read_as_amounts(text: str) -> None:
    # 2019-2021年 is three years of the calendar, not an amount of 2019 to 2021 years; the
    # period rules do not read whole years, so the spelling is refused, not misread.
    with pytest.raises(TargetSyntaxError, match="span of the calendar"):
        parse_target(text)


@pytest.mark.parametrize(
    ("text", "low", "high"), [("1-3年", "1年", "3年"), ("5-10年", "5年", "10年")]
)
def test_ranges_of_years_as_durations_stay_ranges(text: str, low: str, high: str) -> None:
    assert parse_target(text) == Range(low=parse_quantity(low), high=parse_quantity(high))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1个半月内", "<=1.5个月"),  # one and a half months, not one of a unit 个半月
        ("2年半", "=2.5年"),
        ("3天半内", "<=3.5天"),
        ("1个半小时", "=1.5小时"),
    ],
)
def test_and_a_half_joins_the_number(text: str, expected: str) -> None:
    target = parse_target(text)
    assert str(target) == expected
    assert parse_target(str(target)) == target


def test_a_half_after_a_decimal_is_refused() -> None:
    with pytest.raises(TargetSyntaxError, match="a half after a decimal number"):
        parse_target("1.5个半月")


@pytest.mark.parametrize(
    ("text", "hint"),
    [("2019~2021年度", "2019年1月-2021年12月"), ("2010-2020年间", "2010年1月-2020年12月")],
)
def test_a_span_of_years_is_refused_with_its_own_years(text: str, hint: str) -> None:
    with pytest.raises(TargetSyntaxError, match=hint):
        parse_target(text)
