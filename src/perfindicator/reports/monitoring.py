"""Mid-year monitoring (绩效运行监控): progress against targets and budget, as warning lights.

Between declaration and self-evaluation a unit reports, for each indicator, the value reached
so far, and the budget executed to date ("双监控": 目标实现程度 and 预算执行进度). `monitor`
lights each indicator and the budget by the rules of `perfindicator.reports.lights`, and the
project by its worst line. Lines also carry what the unit said of the rest of the year: the
full-year forecast, the likelihood of reaching the target (完成目标可能性), deviation causes
and corrective measures.
"""

from __future__ import annotations

import datetime
import enum
from collections.abc import Mapping
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs

from perfindicator import _views
from perfindicator._exact import MAX_WHOLE_DIGITS
from perfindicator._syntax import schedule_unit
from perfindicator.errors import (
    FieldError,
    FieldTypeError,
    MonitoringError,
    PerfIndicatorError,
    Place,
    Problem,
)
from perfindicator.grammar.parse import parse_quantity
from perfindicator.model import _validators as v
from perfindicator.model.outcomes import Judgement, Outcome
from perfindicator.model.project import Indicator, Project
from perfindicator.model.quantity import Quantity
from perfindicator.model.targets import (
    Change,
    Comparison,
    DatePeriod,
    Deadline,
    Direction,
    Qualitative,
    Range,
    RelativeDeadline,
    Schedule,
    Target,
)
from perfindicator.reports._given import Given, check_given
from perfindicator.reports.budget import BudgetExecution
from perfindicator.reports.lights import Accrual, Light, MonitoringRules, time_progress, worst
from perfindicator.scoring import kernel
from perfindicator.scoring.evaluate import (
    Actual,
    Baseline,
    Evaluation,
    evaluate,
    event_deadline,
)

__all__ = ["Likelihood", "Monitoring", "MonitoringLine", "Progress", "monitor"]

_CODE = "monitoring"


class Likelihood(enum.Enum):
    """How likely the unit says the target is to be reached (完成目标可能性).

    The value is the form's wording; `code` is the interchange code (1, 2, 3). `read` also
    takes `完全不可能`, a spelling seen for the third.

    Examples:
        >>> Likelihood.read("完全不可能"), Likelihood.POSSIBLE.code
        (<Likelihood.IMPOSSIBLE: '不可能'>, 2)
    """

    CERTAIN = "确定能"
    POSSIBLE = "有可能"
    IMPOSSIBLE = "不可能"

    @property
    def code(self) -> int:
        """The interchange code: 1 确定能, 2 有可能, 3 不可能."""
        return _CODES[self]

    @classmethod
    def read(cls, text: str) -> Likelihood:
        """The likelihood a form's cell states.

        Raises:
            FieldError: the text is none of the three (nor `完全不可能`).
        """
        word = "".join(str(text).split())
        found = _SPELLINGS.get(word)
        if found is None:
            raise FieldError(
                "Likelihood.read", "text", text, "must be 确定能, 有可能 or 不可能 (完成目标可能性)"
            )
        return found


_CODES = {Likelihood.CERTAIN: 1, Likelihood.POSSIBLE: 2, Likelihood.IMPOSSIBLE: 3}
_SPELLINGS = {
    **{likelihood.value: likelihood for likelihood in Likelihood},
    "完全不可能": Likelihood.IMPOSSIBLE,
}

_VALUE_TYPES = (Quantity, str, Decimal, int, datetime.date, Outcome, Judgement)


def _progress_value(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    if isinstance(value, (bool, float)) or not isinstance(value, _VALUE_TYPES):
        raise FieldTypeError(
            type(instance).__name__,
            attribute.name,
            value,
            "must be a Quantity, a str, a Decimal, an int, a date, an Outcome or a Judgement",
        )


def _texts(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, tuple) or not all(isinstance(c, str) and c.strip() for c in value):
        v.fail(instance, attribute, value, "must be a tuple of non-empty texts")


def _as_tuple(value: object) -> object:
    # A list of causes is fine; a str is one cause mistaken for several (refused below).
    return tuple(value) if isinstance(value, (list, tuple)) else value


@attrs.frozen(kw_only=True)
class Progress:
    """What a unit reports of one indicator mid-year.

    Attributes:
        value: the value reached so far: anything `evaluate` takes (`"300人次"`, `"92%"`,
            an `Outcome`, a completion date); `None` for a deadline or period not yet
            done.
        forecast: the full-year forecast (全年预计完成情况), or `None`.
        likelihood: the likelihood of reaching the target, or `None` when not stated.
        causes: the deviation causes, from the rules' vocabulary (several may apply).
        analysis: the deviation analysis as written (偏差原因分析), or `""`: what a form
            says of the causes in its own words.
        measures: the corrective measures (相关建议或举措), or `""`.
        remark: a remark (备注), or `""`.
        baseline: the baseline of a relative-change target, or `None`.

    Examples:
        >>> Progress(value="300人次", likelihood=Likelihood.POSSIBLE, causes=("经费保障",),
        ...          measures="加快资金拨付").likelihood.code
        2
    """

    value: Actual | None = attrs.field(validator=_progress_value)
    forecast: Actual | None = attrs.field(default=None, validator=_progress_value)
    likelihood: Likelihood | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(Likelihood))
    )
    causes: tuple[str, ...] = attrs.field(default=(), converter=_as_tuple, validator=_texts)
    analysis: str = attrs.field(default="", validator=v.instance_of(str))
    measures: str = attrs.field(default="", validator=v.instance_of(str))
    remark: str = attrs.field(default="", validator=v.instance_of(str))
    baseline: Baseline | None = attrs.field(default=None, validator=_progress_value)


# Built once: a validator made inside the function would be made on every check.
_OPTIONAL_DECIMAL = v.optional(v.decimal)


def _attainment(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    _OPTIONAL_DECIMAL(instance, attribute, value)
    if isinstance(value, Decimal) and value < 0:
        v.fail(instance, attribute, value, "must not be negative")


@attrs.frozen(kw_only=True)
class MonitoringLine:
    """One indicator's progress and its light.

    Attributes:
        indicator: the indicator.
        value: the value reached so far as read (a `Quantity`, a date, a `Judgement`), or
            `None` for a deadline or period not yet done.
        attainment: the value over what is due by now (the target, pro-rated by time for an
            accumulating quantity; the occurrences due for a schedule), rounded down to 4
            places (so never shown across a band's edge); `None` where the light follows
            from met or not (lower-is-better and zero targets, dates, words), and where it
            is beyond the numbers the library takes (the light is set from the exact value).
        light: the line's light.
        forecast: the full-year forecast evaluated against the target, or `None`.
        likelihood, causes, analysis, measures, remark: as reported (see `Progress`).

    Examples:
        >>> import datetime
        >>> from perfindicator import Indicator, Level2, Project, parse_target
        >>> project = Project(name="示例", year=2024, indicators=(
        ...     Indicator(level2=Level2.QUANTITY, name="培训人次", target=parse_target(">=1000人次")),))
        >>> (line,) = monitor(project, {"培训人次": "0.04万人次"}, on=datetime.date(2024, 6, 30)).lines
        >>> line.value, line.attainment, line.light
        (Quantity('0.04万人次'), Decimal('0.8000'), <Light.GREEN: '绿灯'>)
    """

    indicator: Indicator = attrs.field(validator=v.instance_of(Indicator))
    value: Quantity | datetime.date | Judgement | None = attrs.field(
        validator=v.optional(v.instance_of(Quantity, datetime.date, Judgement))
    )
    attainment: Decimal | None = attrs.field(validator=_attainment)
    light: Light = attrs.field(validator=v.instance_of(Light))
    forecast: Evaluation | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(Evaluation))
    )
    likelihood: Likelihood | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(Likelihood))
    )
    causes: tuple[str, ...] = attrs.field(default=(), validator=_texts)
    analysis: str = attrs.field(default="", validator=v.instance_of(str))
    measures: str = attrs.field(default="", validator=v.instance_of(str))
    remark: str = attrs.field(default="", validator=v.instance_of(str))


# Built once: a validator made inside the function would be made on every check.
_OPTIONAL_LIGHT = v.optional(v.instance_of(Light))


def _worst_line(instance: Monitoring, attribute: attrs.Attribute[Any], value: object) -> None:
    _OPTIONAL_LIGHT(instance, attribute, value)
    expected = worst(line.light for line in instance.lines) if instance.lines else None
    if value is not expected:
        v.fail(instance, attribute, value, f"must be the worst light of the lines, {expected}")


def _budget_light(instance: Monitoring, attribute: attrs.Attribute[Any], value: object) -> None:
    _OPTIONAL_LIGHT(instance, attribute, value)
    if (value is None) != (instance.budget is None):
        v.fail(instance, attribute, value, "must be given exactly when the budget is")
    if value is Light.BLUE:
        v.fail(instance, attribute, value, "a budget light is red, yellow or green")


@attrs.frozen(kw_only=True)
class Monitoring:
    """The mid-year monitoring of one project: a light per indicator, the project's, the budget's.

    Attributes:
        project: the project's name.
        year: its budget year.
        on: the last day the data covers.
        time_progress: the share of the year elapsed (序时进度), rounded down to 4 places.
        lines: one line per indicator, in form order.
        light: the project's target light, the worst of its lines (`None` without lines).
        budget: the budget and what was executed of it to date, or `None`.
        budget_attainment: execution rate over time progress, rounded down to 4 places, or
            `None` (no budget given, or a rate beyond the numbers the library takes).
        budget_light: the budget's light, or `None` when no budget was given.
        rules: the rules the lights were set by.

    Examples:
        >>> import datetime
        >>> from perfindicator import Indicator, Level2, Project, parse_target
        >>> project = Project(name="示例", year=2024, indicators=(
        ...     Indicator(level2=Level2.QUANTITY, name="培训人次", target=parse_target(">=1000人次")),
        ...     Indicator(level2=Level2.SATISFACTION, name="满意度", target=parse_target(">=90%")),
        ... ))
        >>> m = monitor(project, {"培训人次": "300人次", "满意度": "92%"},
        ...             on=datetime.date(2024, 6, 30),
        ...             budget=BudgetExecution(budget=100, executed=40))
        >>> [(line.indicator.name, line.attainment, line.light.name) for line in m.lines]
        [('培训人次', Decimal('0.6000'), 'YELLOW'), ('满意度', Decimal('1.0222'), 'GREEN')]
        >>> m.light.name, m.budget_attainment, m.budget_light.name
        ('YELLOW', Decimal('0.8000'), 'GREEN')
    """

    project: str = attrs.field(validator=v.name)
    year: int = attrs.field(validator=v.year)
    on: datetime.date = attrs.field(validator=v.instance_of(datetime.date))
    time_progress: Decimal = attrs.field(validator=v.decimal)
    lines: tuple[MonitoringLine, ...] = attrs.field(validator=v.tuple_of(MonitoringLine))
    light: Light | None = attrs.field(validator=_worst_line)
    budget: BudgetExecution | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(BudgetExecution))
    )
    budget_attainment: Decimal | None = attrs.field(default=None, validator=_attainment)
    budget_light: Light | None = attrs.field(default=None, validator=_budget_light)
    rules: MonitoringRules = attrs.field(
        factory=MonitoringRules, validator=v.instance_of(MonitoringRules)
    )

    def _repr_html_(self) -> str:
        return _views.html(self)


def monitor(
    project: Project,
    progress: Mapping[str, Progress | Actual | None],
    *,
    on: datetime.date,
    budget: BudgetExecution | None = None,
    rules: MonitoringRules | None = None,
    events: Mapping[str, datetime.date | None] | None = None,
    targets: Mapping[str, Target | str] | None = None,
) -> Monitoring:
    """Light a project's progress mid-year (see the monitoring page for the rules).

    `progress` maps each indicator's name to the value reached so far (anything `evaluate`
    takes; `None` for a deadline or period not yet done) or to a `Progress`, which adds the
    forecast, likelihood, causes and measures. `on` is the last day the data covers, in the
    project's budget year. `budget` is the budget and what was executed of it to date.
    `events` gives the dates of the events relative deadlines count from (`合同签订`);
    `None` for an event that has not happened yet, so that a deadline counted from it
    cannot have passed.
    `targets` supplies targets for indicators whose target cell the form left empty, as
    `self_evaluate` takes them.

    Raises:
        MonitoringError: listing every problem: an indicator without a target or without
            progress, a name no indicator has, a value that cannot be evaluated, a cause
            outside the rules' vocabulary, a likelihood of 有可能 or 不可能 without a cause
            and a measure, a relative deadline whose event has no date.
        FieldError: `on` is not in the budget year (a FieldTypeError for an argument of
            the wrong type).

    Examples:
        >>> import datetime
        >>> from perfindicator import Indicator, Level2, Project, parse_target
        >>> project = Project(name="示例", year=2024, indicators=(
        ...     Indicator(level2=Level2.TIMELINESS, name="完工时间",
        ...               target=parse_target("2024年9月底前")),))
        >>> monitor(project, {"完工时间": None}, on=datetime.date(2024, 6, 30)).light
        <Light.GREEN: '绿灯'>
        >>> monitor(project, {"完工时间": None}, on=datetime.date(2024, 10, 31)).light
        <Light.RED: '红灯'>
    """
    owner = "monitor"
    v.require(project, Project, owner, "project")
    v.require(progress, Mapping, owner, "progress")
    if isinstance(on, datetime.datetime) or not isinstance(on, datetime.date):
        raise FieldError(owner, "on", on, "must be a datetime.date (the last day covered)")
    if on.year != project.year:
        raise FieldError(owner, "on", on, f"must fall in the budget year {project.year}")
    rules = MonitoringRules() if rules is None else rules
    v.require(rules, MonitoringRules, owner, "rules")
    if budget is not None:
        v.require(budget, BudgetExecution, owner, "budget")
    if events is not None:
        v.require(events, Mapping, owner, "events")
    reported = {
        name: entry if isinstance(entry, Progress) else _as_progress(name, entry)
        for name, entry in progress.items()
    }
    given, found = check_given(
        project,
        owner,
        code=_CODE,
        actuals=reported,
        baselines={n: p.baseline for n, p in reported.items() if p.baseline is not None},
        targets=targets,
    )
    problems = list(found)
    share = time_progress(on, rules.time_basis)
    happened = {name: day for name, day in (events or {}).items() if day is not None}
    pending = frozenset(name for name, day in (events or {}).items() if day is None)
    context = _Context(on, share, project.year, rules, happened, pending, problems)
    lines = [line for entry in given if (line := context.line(entry)) is not None]
    if problems:
        raise MonitoringError(project.name, problems)
    budget_attainment = budget_light = None
    if budget is not None:
        executed = Fraction(budget.executed) / Fraction(budget.budget) / share
        budget_attainment = _shown(executed)
        budget_light = rules.budget_light(executed)
    return Monitoring(
        project=project.name,
        year=project.year,
        on=on,
        time_progress=_four_places(share),
        lines=tuple(lines),
        light=worst(line.light for line in lines) if lines else None,
        budget=budget,
        budget_attainment=budget_attainment,
        budget_light=budget_light,
        rules=rules,
    )


def _as_progress(name: str, value: object) -> Progress:
    try:
        return Progress(value=value)  # type: ignore[arg-type]
    except FieldError as error:
        raise type(error)("monitor", f"progress[{name!r}]", value, error.reason) from None


def _four_places(value: Fraction) -> Decimal:
    # Rounded down, never up: a shown 1.2000 must not stand beside the green of 1.19999…
    # (the bands' edges have at most four places, so the shown value is on the same side).
    return Decimal(value.numerator * 10_000 // value.denominator).scaleb(-4)


def _shown(attainment: Fraction) -> Decimal | None:
    """An attainment to 4 places, or `None` beyond the numbers the library takes.

    10^18 人次 reached of 1 due is a value a form can hold and a ratio no record can: the
    light is set from the exact fraction all the same, as `kernel.ratio` does for scores.
    """
    shown = _four_places(attainment)
    return shown if shown.adjusted() < MAX_WHOLE_DIGITS else None


@attrs.define
class _Context:
    """What every line of one monitoring shares, and the problems found."""

    on: datetime.date
    share: Fraction
    year: int
    rules: MonitoringRules
    events: dict[str, datetime.date]
    pending: frozenset[str]  # events that have not happened yet
    problems: list[Problem]

    def problem(self, name: str, en: str, zh: str) -> None:
        self.problems.append(
            Problem(code=_CODE, message_en=en, message_zh=zh, where=Place(subject=name))
        )

    def line(self, entry: Given) -> MonitoringLine | None:
        indicator = entry.indicator
        name, target = indicator.name, indicator.target
        reported = entry.actual
        if target is None:
            self.problem(name, "the form gives no target to monitor against", "未填写指标目标值")
            return None
        if not isinstance(reported, Progress):
            self.problem(name, "no progress given", "未提供执行情况")
            return None
        self.check_notes(name, reported)
        try:
            value, attainment, light = self.light(indicator, target, reported)
            forecast = None
            if reported.forecast is not None:
                forecast = self.evaluate(target, reported.forecast, reported)
        except PerfIndicatorError as error:
            self.problems.append(error.as_problem(Place(subject=name)))
            return None
        return MonitoringLine(
            indicator=indicator,
            value=value,
            attainment=None if attainment is None else _shown(attainment),
            light=light,
            forecast=forecast,
            likelihood=reported.likelihood,
            causes=reported.causes,
            analysis=reported.analysis,
            measures=reported.measures,
            remark=reported.remark,
        )

    def check_notes(self, name: str, reported: Progress) -> None:
        unknown = [c for c in reported.causes if c not in self.rules.causes]
        if unknown:
            self.problem(
                name,
                f"causes {unknown} are not in the vocabulary {list(self.rules.causes)}",
                "偏差原因不在所列类别之中",
            )
        doubtful = reported.likelihood in (Likelihood.POSSIBLE, Likelihood.IMPOSSIBLE)
        explained = reported.causes or reported.analysis.strip()
        if doubtful and not (explained and reported.measures.strip()):
            assert reported.likelihood is not None
            self.problem(
                name,
                f"the likelihood is {reported.likelihood.value}, so the deviation causes (or "
                "their analysis) and the corrective measures are required",
                "完成目标可能性为有可能或不可能时，须填写偏差原因及相关举措",
            )

    def light(
        self, indicator: Indicator, target: Target, reported: Progress
    ) -> tuple[Quantity | datetime.date | Judgement | None, Fraction | None, Light]:
        """The value read, the attainment (where the light is banded) and the light."""
        name = indicator.name
        if reported.value is None:
            if not isinstance(target, (Deadline, DatePeriod, RelativeDeadline)):
                raise FieldError(
                    "monitor",
                    f"progress[{name!r}]",
                    None,
                    "None means not done yet, which only a deadline or a period can be; "
                    "give the value reached so far (0 for nothing yet)",
                )
            still = self.on <= self.last_day(target)
            return None, None, Light.GREEN if still else Light.RED
        evaluation = self.evaluate(target, reported.value, reported)
        value = evaluation.actual
        if isinstance(target, Qualitative):
            assert isinstance(value, Judgement)
            return value, None, _OUTCOME_LIGHTS[value.outcome]
        if isinstance(target, Comparison) and isinstance(value, Quantity):
            wanted = target.quantity
            if target.op not in kernel.HIGHER or wanted.value <= 0:
                return value, None, Light.GREEN if evaluation.met else Light.RED
            attainment = self.attained(indicator, value, wanted)
            return value, attainment, self.rules.light(attainment)
        if isinstance(target, Range) and isinstance(value, Quantity):
            if evaluation.met:
                return value, None, Light.GREEN
            if value.compare(target.high) > 0 or target.low.value <= 0:
                return value, None, Light.RED
            # Below the range: banded as a minimum, never better than green.
            attainment = self.attained(indicator, value, target.low)
            return value, attainment, worst((self.rules.light(attainment), Light.GREEN))
        if isinstance(target, Schedule) and isinstance(value, Quantity):
            if _written_as_rate(reported.value):
                # `1次/月`: the pace kept, a level against the target's own pace.
                pace = target.count * target.cadence.per_year
                attainment = Fraction(max(value.value, Decimal(0))) / pace
                return value, attainment, self.rules.light(attainment)
            due = target.due_by(self.on)
            if due == 0:
                return value, None, Light.GREEN
            attainment = Fraction(max(value.value, Decimal(0))) / due
            return value, attainment, self.rules.light(attainment)
        if isinstance(target, Change) and isinstance(value, Quantity):
            assert evaluation.baseline is not None  # evaluate requires one
            level = _changed_level(target, evaluation.baseline)
            reached = Fraction(value.to_base().value)
            if target.direction is Direction.DOWN:
                # A fall is lower-is-better: within the level it is to reach, or not.
                return value, None, Light.GREEN if reached <= level else Light.RED
            if level <= 0:
                # A rise to a level of zero or below (from a loss): reached, or not.
                return value, None, Light.GREEN if reached >= level else Light.RED
            attainment = max(reached, Fraction(0)) / level
            unit = evaluation.baseline.unit
            if self.rules.accrual(indicator.name, indicator.level2, unit) is Accrual.ACCUMULATING:
                attainment /= self.share
            return value, attainment, self.rules.light(attainment)
        # Deadlines, periods and relative deadlines, done: on time or not.
        return value, None, Light.GREEN if evaluation.met else Light.RED

    def evaluate(self, target: Target, value: Actual, reported: Progress) -> Evaluation:
        """`evaluate` in this monitoring's year, with its events and the line's baseline."""
        # A baseline given for another kind of target is reported once, by check_given.
        baseline = reported.baseline if isinstance(target, Change) else None
        return evaluate(target, value, baseline=baseline, year=self.year, events=self.events)

    def attained(self, indicator: Indicator, value: Quantity, wanted: Quantity) -> Fraction:
        """The value over what is due by now: the target, pro-rated if it accumulates."""
        reached, target = value.to_base(), wanted.to_base()
        attainment = Fraction(max(reached.value, Decimal(0))) / Fraction(target.value)
        kind = self.rules.accrual(indicator.name, indicator.level2, wanted.unit)
        if kind is Accrual.ACCUMULATING:
            attainment /= self.share
        return attainment

    def last_day(self, target: Deadline | DatePeriod | RelativeDeadline) -> datetime.date:
        if isinstance(target, Deadline):
            return target.resolve(self.year)
        if isinstance(target, DatePeriod):
            return target.resolve(self.year)[1]
        if target.event in self.pending:
            return datetime.date.max  # not counting yet: it cannot have passed
        return event_deadline(target, self.events)


def _changed_level(target: Change, baseline: Quantity) -> Fraction:
    """The level a change target wants reached from `baseline`, in the baseline's base unit.

    `同比增长10%` from 100 is 110 (from a loss of 100, -90: a share of the baseline's size, as
    `evaluate` measures it); `下降2个百分点` from 30% is 28%; `增加5个` from 20个 is 25个.
    """
    base = Fraction(baseline.to_base().value)
    sign = 1 if target.direction is Direction.UP else -1
    amount = target.amount
    if amount.unit == "%":
        return base + sign * abs(base) * Fraction(amount.value) / 100
    if amount.unit == "个百分点":
        return base + sign * Fraction(amount.value)
    return base + sign * Fraction(amount.to_base().value)


def _written_as_rate(value: object) -> bool:
    """Whether a schedule's progress is written as a pace (`1次/月`) rather than a count."""
    if isinstance(value, str):
        value = parse_quantity(value)  # read already by evaluate: it reads
    return isinstance(value, Quantity) and schedule_unit(value.unit) is not None


_OUTCOME_LIGHTS = {
    Outcome.ACHIEVED: Light.GREEN,
    Outcome.PARTLY_ACHIEVED: Light.YELLOW,
    Outcome.NOT_ACHIEVED: Light.RED,
}
