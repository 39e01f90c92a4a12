"""Mid-year monitoring: every light rule at and around its thresholds, worked by hand.

The production rules (templates.md §5.2, copied here where a test uses them): an
accumulating higher-is-better row is lit by v = value / (target / 12 × month): red below
60%, yellow below 80%, green below 120%, blue from 120%. A rate is compared with its target
unprorated (the correction: 92% against 90% in June is green, not "blue at 204%").
Lower-is-better rows are green within the target and red beyond; qualitative rows green,
yellow, red by outcome; the budget is lit by execution rate / (month / 12): red below 60%,
yellow below 80%, green from 80%. The project's light is its worst line's.
"""

from __future__ import annotations

import datetime
from decimal import Decimal

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from perfindicator import (
    Accrual,
    BudgetExecution,
    FieldError,
    FieldTypeError,
    Indicator,
    Level2,
    Light,
    Likelihood,
    Monitoring,
    MonitoringError,
    MonitoringRules,
    Outcome,
    Progress,
    Project,
    TimeBasis,
    evaluate,
    monitor,
    parse_target,
)

JUNE_30 = datetime.date(2024, 6, 30)  # time progress 6/12 = 1/2


def _project(*targets: tuple[str, str, Level2]) -> Project:
    return Project(
        name="监控示例",
        year=2024,
        indicators=tuple(
            Indicator(level2=level2, name=name, target=parse_target(target))
            for name, target, level2 in targets
        ),
    )


def _light(
    target: str,
    value: object,
    *,
    on: datetime.date = JUNE_30,
    level2: Level2 = Level2.QUANTITY,
    rules: MonitoringRules | None = None,
    events: dict[str, datetime.date] | None = None,
) -> tuple[Light, Decimal | None]:
    project = _project(("指标", target, level2))
    result = monitor(project, {"指标": value}, on=on, rules=rules, events=events)  # type: ignore[dict-item]
    (line,) = result.lines
    assert result.light is line.light
    return line.light, line.attainment


# >=1000人次 by 30 June: 500 are due. v = value / 500.
@pytest.mark.parametrize(
    ("value", "light", "attainment"),
    [
        ("299人次", Light.RED, "0.5980"),
        ("300人次", Light.YELLOW, "0.6000"),  # 60% is not below 60%
        ("399人次", Light.YELLOW, "0.7980"),
        ("400人次", Light.GREEN, "0.8000"),
        ("599人次", Light.GREEN, "1.1980"),
        ("600人次", Light.BLUE, "1.2000"),
        ("0.03万人次", Light.YELLOW, "0.6000"),  # 300人次, in another unit
        ("0人次", Light.RED, "0.0000"),
    ],
)
def test_accumulating_targets_are_pro_rated(value: str, light: Light, attainment: str) -> None:
    assert _light(">=1000人次", value) == (light, Decimal(attainment))


def test_the_month_of_the_date_counts_as_elapsed() -> None:
    # 1 June and 30 June are both at 6/12; 31 May is at 5/12: 400 of 416.67 due (0.96).
    assert _light(">=1000人次", "300人次", on=datetime.date(2024, 6, 1))[0] is Light.YELLOW
    assert _light(">=1000人次", "400人次", on=datetime.date(2024, 5, 31)) == (
        Light.GREEN,
        Decimal("0.9600"),
    )


def test_days_basis() -> None:
    # 1 February 2024: 32 of 366 days; 100人次 of 1000 is 100 / (1000 × 32/366) = 1.14375,
    # shown to 4 places rounded down (never across a band's edge): 1.1437.
    rules = MonitoringRules(time_basis=TimeBasis.DAYS)
    assert _light(">=1000人次", "100人次", on=datetime.date(2024, 2, 1), rules=rules) == (
        Light.GREEN,
        Decimal("1.1437"),
    )


# A rate against >=90%, unprorated: v = value / 90%.
@pytest.mark.parametrize(
    ("value", "light", "attainment"),
    [
        ("92%", Light.GREEN, "1.0222"),  # production systems: 92 / 45 = 204%, blue
        ("53.9%", Light.RED, "0.5988"),  # 0.59888…, shown rounded down
        ("54%", Light.YELLOW, "0.6000"),
        ("72%", Light.GREEN, "0.8000"),
        ("107.9%", Light.GREEN, "1.1988"),
        ("108%", Light.BLUE, "1.2000"),
    ],
)
def test_rates_are_not_pro_rated(value: str, light: Light, attainment: str) -> None:
    assert _light(">=90%", value, level2=Level2.SATISFACTION) == (light, Decimal(attainment))


def test_a_unit_per_something_is_a_rate_and_kinds_can_be_overridden() -> None:
    # >=50元/人 in June: 30 / 50 = 0.6, yellow; pro-rated it would be 30 / 25 = 1.2, blue.
    assert _light(">=50元/人", "30元/人") == (Light.YELLOW, Decimal("0.6000"))
    pro_rated = MonitoringRules(kinds={"指标": Accrual.ACCUMULATING})
    assert _light(">=50元/人", "30元/人", rules=pro_rated) == (Light.BLUE, Decimal("1.2000"))
    assert _light(">=90%", "92%", rules=pro_rated) == (Light.BLUE, Decimal("2.0444"))
    as_rate = MonitoringRules(kinds={"指标": Accrual.RATE})
    assert _light(">=1000人次", "300人次", rules=as_rate) == (Light.RED, Decimal("0.3000"))


@pytest.mark.parametrize(
    ("target", "value", "light"),
    [
        ("<=15399.72万元", "15000万元", Light.GREEN),
        ("<=15399.72万元", "15399.72万元", Light.GREEN),  # on the bound: within
        ("<=15399.72万元", "15399.73万元", Light.RED),
        ("<300元/人", "299元/人", Light.GREEN),
        ("<300元/人", "300元/人", Light.RED),
        ("=0次", "0次", Light.GREEN),
        ("=0次", "1次", Light.RED),
    ],
)
def test_lower_is_better_is_green_within_red_beyond(target: str, value: str, light: Light) -> None:
    assert _light(target, value) == (light, None)


@pytest.mark.parametrize(
    ("value", "light"),
    [
        (Outcome.ACHIEVED, Light.GREEN),
        ("基本达到", Light.YELLOW),
        (Outcome.PARTLY_ACHIEVED, Light.YELLOW),
        (Outcome.NOT_ACHIEVED, Light.RED),
    ],
)
def test_qualitative_outcomes(value: object, light: Light) -> None:
    assert _light("及时", value, level2=Level2.TIMELINESS) == (light, None)


@pytest.mark.parametrize(
    ("target", "value", "on", "light"),
    [
        # Not done yet: green while the deadline can still be met, red once it has passed.
        ("2024年9月底前", None, datetime.date(2024, 9, 30), Light.GREEN),
        ("2024年9月底前", None, datetime.date(2024, 10, 1), Light.RED),
        ("年底前", None, datetime.date(2024, 12, 31), Light.GREEN),  # the budget year's end
        # Done: on time or not.
        ("2024年9月底前", datetime.date(2024, 9, 30), datetime.date(2024, 10, 31), Light.GREEN),
        ("2024年9月底前", "2024-10-01", datetime.date(2024, 10, 31), Light.RED),
        # A period: still open until its last day; done within it or not.
        ("2024年1月-6月", None, datetime.date(2024, 6, 30), Light.GREEN),
        ("2024年1月-6月", None, datetime.date(2024, 7, 1), Light.RED),
        ("2024年1月-6月", datetime.date(2024, 1, 1), datetime.date(2024, 7, 1), Light.GREEN),
        ("2024年1月-6月", datetime.date(2024, 7, 1), datetime.date(2024, 7, 1), Light.RED),
    ],
)
def test_deadlines_and_periods(target: str, value: object, on: datetime.date, light: Light) -> None:
    assert _light(target, value, on=on, level2=Level2.TIMELINESS) == (light, None)


def test_relative_deadlines_need_their_event() -> None:
    # 30 days after 1 June 2024 is 1 July 2024 (the event's day is not counted).
    signed = {"合同签订": datetime.date(2024, 6, 1)}
    target = "合同签订后30日内"
    on_time = _light(target, None, on=datetime.date(2024, 7, 1), events=signed)
    assert on_time == (Light.GREEN, None)
    assert _light(target, None, on=datetime.date(2024, 7, 2), events=signed) == (Light.RED, None)
    done = _light(target, datetime.date(2024, 7, 2), on=datetime.date(2024, 8, 1), events=signed)
    assert done == (Light.RED, None)
    with pytest.raises(MonitoringError) as raised:
        _light(target, None, on=datetime.date(2024, 7, 1))
    assert "合同签订" in str(raised.value)


# 1次/月 by 30 June: 6 due; by 29 June: 5 (June's falls due on its last day).
@pytest.mark.parametrize(
    ("value", "on", "light", "attainment"),
    [
        ("6次", JUNE_30, Light.GREEN, "1.0000"),
        ("3次", JUNE_30, Light.RED, "0.5000"),
        ("4次", JUNE_30, Light.YELLOW, "0.6666"),
        ("8次", JUNE_30, Light.BLUE, "1.3333"),
        ("5次", datetime.date(2024, 6, 29), Light.GREEN, "1.0000"),
    ],
)
def test_schedules_compare_done_with_due(
    value: str, on: datetime.date, light: Light, attainment: str
) -> None:
    assert _light("1次/月", value, on=on) == (light, Decimal(attainment))


def test_nothing_due_yet_is_green() -> None:
    assert _light("每季度1次", "0次", on=datetime.date(2024, 3, 30)) == (Light.GREEN, None)


@pytest.mark.parametrize(
    ("value", "light", "attainment"),
    [
        ("6个", Light.GREEN, None),  # within 5~10
        ("11个", Light.RED, None),  # beyond the range's upper end
        ("2个", Light.GREEN, "0.8000"),  # below: 2 of the 2.5 due by June
        ("1个", Light.RED, "0.4000"),
        ("3个", Light.GREEN, "1.2000"),  # ahead of the minimum, never blue: capped at green
    ],
)
def test_ranges(value: str, light: Light, attainment: str | None) -> None:
    expected = None if attainment is None else Decimal(attainment)
    assert _light("5~10个", value) == (light, expected)


@pytest.mark.parametrize(
    ("executed", "light", "attainment"),
    [
        ("29", Light.RED, "0.5800"),
        ("30", Light.YELLOW, "0.6000"),
        ("39.99", Light.YELLOW, "0.7998"),
        ("40", Light.GREEN, "0.8000"),
        ("100", Light.GREEN, "2.0000"),  # no blue for a budget
    ],
)
def test_budget_light(executed: str, light: Light, attainment: str) -> None:
    project = _project(("培训人次", ">=1000人次", Level2.QUANTITY))
    budget = BudgetExecution(budget=100, executed=Decimal(executed))
    result = monitor(project, {"培训人次": "500人次"}, on=JUNE_30, budget=budget)
    assert (result.budget_light, result.budget_attainment) == (light, Decimal(attainment))
    assert result.light is Light.GREEN  # the budget light is separate
    assert result.time_progress == Decimal("0.5000")


def test_the_project_light_is_the_worst_line() -> None:
    project = _project(
        ("培训人次", ">=1000人次", Level2.QUANTITY),
        ("满意度", ">=90%", Level2.SATISFACTION),
        ("及时性", "及时", Level2.TIMELINESS),
    )
    values = {"培训人次": "600人次", "满意度": "92%", "及时性": "基本达到"}
    result = monitor(project, values, on=JUNE_30)
    assert [line.light for line in result.lines] == [Light.BLUE, Light.GREEN, Light.YELLOW]
    assert result.light is Light.YELLOW
    assert result.budget_light is None
    with pytest.raises(FieldError, match="worst light"):
        attrs.evolve(result, light=Light.GREEN)


def test_progress_records_carry_the_units_words() -> None:
    project = _project(("培训人次", ">=1000人次", Level2.QUANTITY))
    progress = Progress(
        value="300人次",
        forecast="1100人次",
        likelihood=Likelihood.POSSIBLE,
        causes=["经费保障", "其他"],
        measures="加快资金拨付",
    )
    (line,) = monitor(project, {"培训人次": progress}, on=JUNE_30).lines
    assert line.forecast is not None
    assert line.forecast.met
    assert (line.likelihood, line.causes, line.measures) == (
        Likelihood.POSSIBLE,
        ("经费保障", "其他"),
        "加快资金拨付",
    )


def test_every_problem_is_listed() -> None:
    project = _project(
        ("培训人次", ">=1000人次", Level2.QUANTITY),
        ("满意度", ">=90%", Level2.SATISFACTION),
        ("覆盖率", ">=95%", Level2.QUANTITY),
        ("完工时间", "2024年9月底前", Level2.TIMELINESS),
    )
    progress: dict[str, Progress | str] = {
        "培训人次": Progress(value="300人次", likelihood=Likelihood.IMPOSSIBLE),
        "满意度": Progress(value="92%", causes=("天气原因",)),
        "完工时间": "下个月",
        "其他指标": "1",
    }
    with pytest.raises(MonitoringError) as raised:
        monitor(project, progress, on=JUNE_30)
    subjects = [p.where.subject for p in raised.value.problems]
    # 培训人次: 不可能 without causes and measures; 满意度: a cause outside 136号's five;
    # 覆盖率: nothing given; 完工时间: not a date; 其他指标: no such indicator.
    assert sorted(subjects) == sorted(["其他指标", "完工时间", "培训人次", "满意度", "覆盖率"])


def test_arguments_are_checked() -> None:
    project = _project(("培训人次", ">=1000人次", Level2.QUANTITY))
    with pytest.raises(FieldError, match="budget year 2024"):
        monitor(project, {"培训人次": "1人次"}, on=datetime.date(2025, 1, 31))
    with pytest.raises(FieldError, match=r"datetime\.date"):
        monitor(project, {"培训人次": "1人次"}, on=datetime.datetime(2024, 6, 30))
    with pytest.raises(MonitoringError, match="not done yet"):
        monitor(project, {"培训人次": None}, on=JUNE_30)
    with pytest.raises(FieldTypeError):
        monitor(project, {"培训人次": 0.5}, on=JUNE_30)  # type: ignore[dict-item]
    with pytest.raises(FieldError):
        MonitoringRules(red_below=Decimal("0.9"), yellow_below=Decimal("0.8"))
    with pytest.raises(FieldError):
        Progress(value="1", causes="经费保障")
    assert Likelihood.read(" 完全不可能 ") is Likelihood.IMPOSSIBLE
    with pytest.raises(FieldError):
        Likelihood.read("可能")


_SEVERITY = [Light.RED, Light.YELLOW, Light.GREEN, Light.BLUE]


@given(
    target=st.integers(1, 10**6),
    low=st.integers(0, 2 * 10**6),
    more=st.integers(0, 10**6),
    month=st.integers(1, 12),
    rate=st.booleans(),
)
def test_lights_never_get_better_as_progress_falls(
    target: int, low: int, more: int, month: int, rate: bool
) -> None:
    unit = "%" if rate else "个"
    on = datetime.date(2024, month, 1)
    worse, _ = _light(f">={target}{unit}", f"{low}{unit}", on=on)
    better, _ = _light(f">={target}{unit}", f"{low + more}{unit}", on=on)
    assert _SEVERITY.index(worse) <= _SEVERITY.index(better)


@given(st.lists(st.integers(0, 2000), min_size=1, max_size=6), st.integers(1, 12))
def test_the_project_light_is_always_the_worst(values: list[int], month: int) -> None:
    project = _project(*((f"指标{k}", ">=1000个", Level2.QUANTITY) for k in range(len(values))))
    progress = {f"指标{k}": f"{value}个" for k, value in enumerate(values)}
    result = monitor(project, progress, on=datetime.date(2024, month, 28))
    assert isinstance(result, Monitoring)
    assert result.light is min((line.light for line in result.lines), key=_SEVERITY.index)


def test_a_target_supplied_for_an_empty_cell() -> None:
    project = Project(
        name="监控示例",
        year=2024,
        indicators=(Indicator(level2=Level2.TIMELINESS, name="完成及时性", target=None),),
    )
    with pytest.raises(MonitoringError, match="no target"):
        monitor(project, {"完成及时性": None}, on=JUNE_30)
    supplied = {"完成及时性": "2024年6月底前"}
    result = monitor(project, {"完成及时性": None}, on=JUNE_30, targets=supplied)
    assert result.light is Light.GREEN  # 30 June: still on time
    assert str(result.lines[0].indicator.target) == "<=2024-06-30"


def test_json_round_trip() -> None:
    from perfindicator import from_json, to_json

    project = _project(
        ("培训人次", ">=1000人次", Level2.QUANTITY),
        ("完工时间", "2024年9月底前", Level2.TIMELINESS),
    )
    progress = {
        "培训人次": Progress(
            value="300人次",
            forecast="1100人次",
            likelihood=Likelihood.POSSIBLE,
            causes=("其他",),
            measures="加快进度",
        ),
        "完工时间": None,
    }
    rules = MonitoringRules(kinds={"培训人次": Accrual.RATE}, time_basis=TimeBasis.DAYS)
    budget = BudgetExecution(budget=100, executed=40)
    result = monitor(project, progress, on=JUNE_30, budget=budget, rules=rules)
    assert from_json(to_json(result), Monitoring) == result


def test_an_analysis_in_words_explains_a_doubt_as_causes_do() -> None:
    project = _project(("培训人次", ">=1000人次", Level2.QUANTITY))
    doubtful = Progress(
        value="300人次",
        likelihood=Likelihood.POSSIBLE,
        analysis="场地改造未完工，培训推迟至9月",
        measures="协调备用场地",
    )
    (line,) = monitor(project, {"培训人次": doubtful}, on=JUNE_30).lines
    assert (line.causes, line.analysis) == ((), "场地改造未完工，培训推迟至9月")
    unexplained = attrs.evolve(doubtful, analysis=" ")
    with pytest.raises(MonitoringError, match="corrective measures are required"):
        monitor(project, {"培训人次": unexplained}, on=JUNE_30)


@pytest.mark.parametrize(
    ("target", "value", "level2", "attainment"),
    [
        # Levels, never pro-rated: value / target.
        (">=90分", "92分", Level2.SATISFACTION, "1.0222"),  # production: 92 / 45, blue
        (">=90", "92", Level2.SATISFACTION, "1.0222"),
        (">=8年", "8年", Level2.SUSTAINABILITY, "1.0000"),  # a lifetime, not 8 / 4
        (">=10套", "5套", Level2.QUALITY, "0.5000"),  # quality rows are not pro-rated
        (">=20个", "10个", Level2.COST, "0.5000"),
        (">=500人", "100人", Level2.SATISFACTION, "0.2000"),
        # Quantity and benefit amounts accumulate: value / (target × 6/12).
        (">=500人", "200人", Level2.SOCIAL, "0.8000"),
        (">=20万元", "10万元", Level2.ECONOMIC, "1.0000"),
        (">=12", "3", Level2.QUANTITY, "0.5000"),  # a bare number under 数量指标: a count
    ],
)
def test_only_quantity_and_benefit_amounts_are_pro_rated(
    target: str, value: str, level2: Level2, attainment: str
) -> None:
    assert _light(target, value, level2=level2)[1] == Decimal(attainment)


@pytest.mark.parametrize(
    ("wording", "light"),
    [("达成目标", Light.GREEN), ("部分达成目标并具有一定效果", Light.YELLOW),
     ("未达成目标且效果较差", Light.RED)],
)  # fmt: skip
def test_the_production_qualitative_wording(wording: str, light: Light) -> None:
    assert _light("有效提升", wording, level2=Level2.SOCIAL) == (light, None)


def test_the_shown_attainment_never_crosses_its_band() -> None:
    # 599.9999 of the 500 due is 1.1999998: green, shown as 1.1999 (not rounded up to the
    # 1.2000 of blue); 29.99999 of a budget of 100 at 6/12 is 0.5999998: red, 0.5999.
    assert _light(">=1000人次", "599.9999人次") == (Light.GREEN, Decimal("1.1999"))
    project = _project(("培训人次", ">=1000人次", Level2.QUANTITY))
    budget = BudgetExecution(budget=100, executed=Decimal("29.99999"))
    result = monitor(project, {"培训人次": "500人次"}, on=JUNE_30, budget=budget)
    assert (result.budget_light, result.budget_attainment) == (Light.RED, Decimal("0.5999"))


def test_a_fault_is_reported_once() -> None:
    project = _project(("培训人次", ">=1000人次", Level2.QUANTITY))
    with pytest.raises(MonitoringError) as raised:
        monitor(project, {"培训人次": Progress(value="300人次", baseline="100人次")}, on=JUNE_30)
    assert len(raised.value.problems) == 1  # the baseline of a target that is no change


def test_a_schedule_written_as_its_pace() -> None:
    # 1次/月 kept up: on pace whatever the month (12 a year of the 12 wanted); 1次/月 against
    # 每月2次: half the pace, red. A count is set against what is due by the date instead.
    assert _light("1次/月", "1次/月") == (Light.GREEN, Decimal("1.0000"))
    assert _light("每月2次", "1次/月", on=datetime.date(2024, 3, 31)) == (
        Light.RED,
        Decimal("0.5000"),
    )


def _change_light(
    target: str, value: str, baseline: str, level2: Level2
) -> tuple[Light, Decimal | None]:
    return _light(target, Progress(value=value, baseline=baseline), level2=level2)


@pytest.mark.parametrize(
    ("target", "value", "baseline", "level2", "light", "attainment"),
    [
        # 同比增长10% from 100人次 wants 110 in the year; 55 are due by June (accumulating).
        ("同比增长10%", "60人次", "100人次", Level2.QUANTITY, Light.GREEN, "1.0909"),
        ("同比增长10%", "40人次", "100人次", Level2.QUANTITY, Light.YELLOW, "0.7272"),
        ("同比增长10%", "100人次", "100人次", Level2.QUANTITY, Light.BLUE, "1.8181"),
        # 提升5个百分点 from 90% wants 95%, a level: 93 / 95 = 0.97894…
        ("较上年提升5个百分点", "93%", "90%", Level2.SATISFACTION, Light.GREEN, "0.9789"),
        # A fall is lower-is-better: 下降2个百分点 from 30% wants at most 28%.
        ("下降2个百分点", "28%", "30%", Level2.QUALITY, Light.GREEN, None),
        ("下降2个百分点", "29%", "30%", Level2.QUALITY, Light.RED, None),
    ],
)
def test_changes_are_set_against_the_level_they_want(
    target: str,
    value: str,
    baseline: str,
    level2: Level2,
    light: Light,
    attainment: str | None,
) -> None:
    expected = None if attainment is None else Decimal(attainment)
    assert _change_light(target, value, baseline, level2) == (light, expected)


@given(
    count=st.integers(1, 5),
    cadence=st.sampled_from(["月", "季度", "半年", "年"]),
    done=st.integers(0, 60),
    more=st.integers(0, 60),
    day=st.dates(min_value=datetime.date(2024, 1, 1), max_value=datetime.date(2024, 12, 31)),
)
def test_a_schedule_light_never_gets_better_as_fewer_are_done(
    count: int, cadence: str, done: int, more: int, day: datetime.date
) -> None:
    target = f"每{cadence}{count}次"
    worse, _ = _light(target, f"{done}次", on=day)
    better, _ = _light(target, f"{done + more}次", on=day)
    assert _SEVERITY.index(worse) <= _SEVERITY.index(better)


@given(
    low=st.integers(1, 1000),
    width=st.integers(0, 1000),
    a=st.integers(0, 3000),
    b=st.integers(0, 3000),
)
def test_a_range_light_below_its_low_end_never_gets_better_as_progress_falls(
    low: int, width: int, a: int, b: int
) -> None:
    # Below the range and within it (not beyond its high end, which is red on its own).
    high = low + width
    small, large = sorted((min(a, high), min(b, high)))
    worse, _ = _light(f"{low}~{high}个", f"{small}个")
    better, _ = _light(f"{low}~{high}个", f"{large}个")
    assert _SEVERITY.index(worse) <= _SEVERITY.index(better)


def test_an_event_not_yet_happened() -> None:
    # The contract is not signed yet (None): 30 days after it cannot have passed, whatever
    # the date; done before the event is a contradiction, reported, not guessed.
    pending: dict[str, datetime.date | None] = {"合同签订": None}
    project = _project(("交付时间", "合同签订后30日内", Level2.TIMELINESS))
    late_in_year = datetime.date(2024, 12, 31)
    result = monitor(project, {"交付时间": None}, on=late_in_year, events=pending)
    assert result.light is Light.GREEN
    with pytest.raises(MonitoringError, match="合同签订"):
        monitor(project, {"交付时间": "2024-07-01"}, on=late_in_year, events=pending)


def test_a_rise_from_a_loss_and_a_negative_pace() -> None:
    # 同比增长10% from a loss of 100万元 wants -90万元: -50 is above it (evaluate: met).
    rise = "同比增长10%"
    ahead = _change_light(rise, "-50万元", "-100万元", Level2.ECONOMIC)
    assert ahead == (Light.GREEN, None)
    assert evaluate(rise, "-50万元", baseline="-100万元").met
    assert _change_light(rise, "-95万元", "-100万元", Level2.ECONOMIC) == (Light.RED, None)
    # A pace below zero counts as none kept: red at 0, as a count below zero does.
    assert _light("每月1次", "-1次/月") == (Light.RED, Decimal("0.0000"))


def test_hours_of_service_add_up_and_lifetimes_do_not() -> None:
    # Under 数量指标 500 of the 500 hours due by June; under 可持续影响指标 a lifetime, a level.
    assert _light(">=1000小时", "500小时")[1] == Decimal("1.0000")
    assert _light(">=8年", "4年", level2=Level2.SUSTAINABILITY)[1] == Decimal("0.5000")


def test_band_edges_have_at_most_four_places() -> None:
    with pytest.raises(FieldError, match="at most 4 decimal places"):
        MonitoringRules(red_below=Decimal("0.66666"))


@given(
    wanted=st.integers(1, 1000),
    reached=st.integers(-1000, 3000),
    base=st.integers(-1000, 1000).filter(bool),
    op=st.sampled_from([">=", "<="]),
)
def test_at_the_end_of_the_year_a_met_target_is_never_red_or_yellow(
    wanted: int, reached: int, base: int, op: str
) -> None:
    # On 31 December all is due: whatever evaluate calls met is green or blue, and a
    # lower-is-better target is green exactly when it is met.
    dec_31 = datetime.date(2024, 12, 31)
    target = f"{op}{wanted}个"
    light, _ = _light(target, f"{reached}个", on=dec_31)
    met = evaluate(target, f"{reached}个").met
    if met:
        assert light in (Light.GREEN, Light.BLUE)
    if op == "<=":
        assert (light is Light.GREEN) == met
    rise = "同比增长10%"
    value, baseline = f"{reached}个", f"{base}个"
    (line,) = monitor(
        _project(("指标", rise, Level2.QUANTITY)),
        {"指标": Progress(value=value, baseline=baseline)},
        on=dec_31,
    ).lines
    if evaluate(rise, value, baseline=baseline).met:
        assert line.light in (Light.GREEN, Light.BLUE)


def test_an_attainment_beyond_the_numbers_taken_is_none_and_still_lit() -> None:
    # 10^18 - 1 人次 by June, of the 0.5 due by then: a value a form holds, and an attainment
    # of 19 digits, which no record holds (18 at most). The budget likewise.
    project = Project(
        name="示例",
        year=2024,
        indicators=(
            Indicator(level2=Level2.QUANTITY, name="培训人次", target=parse_target(">=1人次")),
        ),
    )
    result = monitor(
        project,
        {"培训人次": "999999999999999999人次"},
        on=datetime.date(2024, 6, 30),
        budget=BudgetExecution(budget=1, executed=999999999999999999),
    )
    (line,) = result.lines
    assert (line.attainment, line.light) == (None, Light.BLUE)
    assert (result.budget_attainment, result.budget_light) == (None, Light.GREEN)
