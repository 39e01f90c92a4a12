"""A published monitoring table (绩效运行监控表) as data: `MonitoringReport`, and its rows back.

Mid-year, units report each project's progress on a monitoring table: the budget and what
was executed of it so far, and for each indicator its target, the value reached, the
likelihood of reaching the target (完成目标可能性), a remark, and the deviation causes and
corrective measures. `read_table` reads such a table into a `MonitoringReport` holding what
it states, nothing recomputed; `MonitoringReport.project`, `progress` and `budget` give
`monitor` its inputs, and `format_monitoring` writes a report back as rows of cells in the
黄石 2019 layout.
"""

from __future__ import annotations

import calendar
import datetime
import re
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

import attrs

from perfindicator import _repr
from perfindicator.documents._rows import level2_of, total_of
from perfindicator.errors import (
    ActualTypeError,
    FieldError,
    FieldTypeError,
    FormError,
    PerfIndicatorError,
    Place,
    Problem,
)
from perfindicator.grammar.inputs import read_iso_date
from perfindicator.grammar.parse import parse_quantity
from perfindicator.model import _validators as v
from perfindicator.model.categories import Level1, Level2
from perfindicator.model.kinds import FormKind
from perfindicator.model.project import Indicator, LabelledText, Project
from perfindicator.model.targets import TARGET_TYPES, Change, RelativeDeadline, Target
from perfindicator.reports.budget import BudgetExecution
from perfindicator.reports.lights import DEVIATION_CAUSES, MonitoringRules
from perfindicator.reports.monitoring import Likelihood, Monitoring, Progress, monitor
from perfindicator.scoring.evaluate import evaluate

__all__ = [
    "BudgetLine",
    "MonitoredIndicator",
    "MonitoringReport",
    "format_monitoring",
]

# Where a thing was read: no part of its value (nor of equality).
_PROVENANCE = {"omit": True}
# A cell that is a number and nothing else: read as the number, whatever the format typed.
_NUMBER = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")


def _months(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and (type(value) is not int or not 1 <= value <= 12):
        v.fail(instance, attribute, value, "must be a month from 1 to 12, or None")


@attrs.frozen(kw_only=True)
class BudgetLine:
    """One row of a monitoring table's budget block, as published; amounts in yuan.

    Attributes:
        label: the row's label as written (`年度资金总额`, `其中:当年一般公共预算拨款`), or `""`.
        budget: the budget (年初预算数, or the adjusted budget: see `MonitoringReport.adjusted`).
        executed: what was executed in the months covered (1-N月执行数).
        forecast: the full-year forecast (全年预计执行数).
        place: where the row is (its first cell); no part of equality.

    Examples:
        >>> BudgetLine(label="年度资金总额", budget=2200000, executed=875700).executed
        Decimal('875700')
    """

    label: str = attrs.field(validator=v.text)
    budget: Decimal | None = attrs.field(
        default=None, converter=v.to_exact, validator=v.optional(v.amount)
    )
    executed: Decimal | None = attrs.field(
        default=None, converter=v.to_exact, validator=v.optional(v.amount)
    )
    forecast: Decimal | None = attrs.field(
        default=None, converter=v.to_exact, validator=v.optional(v.amount)
    )
    place: Place = attrs.field(
        metadata=_PROVENANCE, default=Place(), eq=False, repr=False, validator=v.instance_of(Place)
    )

    __repr__ = _repr.compact


# Built once: a validator made inside the function would be made on every check.
_OPTIONAL_TARGET = v.optional(v.instance_of(*TARGET_TYPES))


def _target(instance: MonitoredIndicator, attribute: attrs.Attribute[Any], value: object) -> None:
    _OPTIONAL_TARGET(instance, attribute, value)
    if (value is None) != (instance.target_text == ""):
        v.fail(instance, attribute, value, "must be given exactly when target_text is")


@attrs.frozen(kw_only=True)
class MonitoredIndicator:
    """One indicator line of a monitoring table, as published.

    Attributes:
        name: the indicator's name (指标名称, 三级指标) as written.
        level1: the level-1 category written beside it (一级指标), or `None`.
        level2: the level-2 category written beside it (二级指标), or `None` where the
            table has no such column.
        target_text: the target cell(s) as written (指标值, 年度指标值), `""` if empty.
        target: the target they read as, or `None` for an empty cell.
        value_text: the value reached so far as written (半年度指标执行情况, 当前完成值), `""`
            if empty (a deadline not yet reached, say).
        likelihood: 完成目标可能性, or `None` where the cell is empty.
        remark: 备注.
        forecast: the full-year forecast (全年预计完成情况), where the table has the column.
        causes: the deviation causes (偏差原因分析), where the table has a column for them.
        measures: the corrective measures (相关建议或举措), where the table has a column.
        place: where the line is (its name's cell); no part of equality.
        value_place: where its value cell is, for the errors of `MonitoringReport.progress`;
            no part of equality.

    Examples:
        >>> from perfindicator import parse_target
        >>> line = MonitoredIndicator(name="培训人次", level2=Level2.QUANTITY,
        ...     target_text="≥1000人次", target=parse_target("≥1000人次"), value_text="520")
        >>> line.value, line.likelihood
        (Decimal('520'), None)
    """

    name: str = attrs.field(validator=v.name)
    level1: Level1 | None = attrs.field(default=None, validator=v.optional(v.instance_of(Level1)))
    level2: Level2 | None = attrs.field(default=None, validator=v.optional(v.instance_of(Level2)))
    target_text: str = attrs.field(default="", validator=v.text)
    target: Target | None = attrs.field(default=None, validator=_target)
    value_text: str = attrs.field(default="", validator=v.text)
    likelihood: Likelihood | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(Likelihood))
    )
    remark: str = attrs.field(default="", validator=v.text)
    forecast: str = attrs.field(default="", validator=v.text)
    causes: str = attrs.field(default="", validator=v.text)
    measures: str = attrs.field(default="", validator=v.text)
    place: Place = attrs.field(
        metadata=_PROVENANCE, default=Place(), eq=False, repr=False, validator=v.instance_of(Place)
    )
    value_place: Place = attrs.field(
        metadata=_PROVENANCE, default=Place(), eq=False, repr=False, validator=v.instance_of(Place)
    )

    __repr__ = _repr.compact

    @property
    def value(self) -> Decimal | datetime.date | str | None:
        """The value reached so far as the cell holds it.

        A number (`520` is `Decimal('520')`, typed or written), an ISO date (`2019-05-20`),
        else the text; `None` for an empty cell.

        Examples:
            >>> MonitoredIndicator(name="完成时间", value_text="2019-05-20").value
            datetime.date(2019, 5, 20)
            >>> MonitoredIndicator(name="满意度", value_text="93%").value
            '93%'
        """
        text = self.value_text
        if not text:
            return None
        if _NUMBER.fullmatch(text):
            return Decimal(text)
        return read_iso_date(text) or text


# Built once: a validator made inside the function would be made on every check.
_BOOL = v.instance_of(bool)


def _of_budget(instance: MonitoringReport, attribute: attrs.Attribute[Any], value: object) -> None:
    # What a budget block's headers say (the adjusted budget, no unit) needs the block.
    _BOOL(instance, attribute, value)
    if value is not attribute.default and not instance.budget_lines:
        v.fail(instance, attribute, value, f"must be {attribute.default} without budget lines")


@attrs.frozen(kw_only=True)
class MonitoringReport:
    """A monitoring table (绩效运行监控表) as published: what it states, nothing recomputed.

    Attributes:
        name: the project's name (项目名称).
        year: the budget year.
        months: the last month the report covers (`1-6月执行数`, `半年度…`: 6), or `None`
            where no header says.
        department: 主管部门, or `""`.
        implementing_unit: 实施单位 (项目执行单位), or `""`.
        adjusted: whether the budget column is the adjusted budget (调整后预算数) rather than
            the budget at the start of the year (年初预算数).
        budget_lines: the budget block's rows, the total first as published.
        in_yuan: whether the amounts are in 元 (`False`: as written, no unit announced).
        lines: the indicator lines, in table order.
        causes: 偏差或不能完成目标原因分析 where the table gives it once, under its indicators.
        measures: 相关建议或举措 where the table gives it once, under its indicators.
        details: header cells the report has no field for, with their labels.
        unclaimed: cells no part of the table claims.
        empty_rows: template rows left empty.
        place: where the table starts (its title); no part of equality.

    Examples:
        >>> from perfindicator import parse_target
        >>> report = MonitoringReport(name="社区培训", year=2019, months=6,
        ...     budget_lines=(BudgetLine(label="年度资金总额", budget=200, executed=90),),
        ...     lines=(MonitoredIndicator(name="培训人次", level2=Level2.QUANTITY,
        ...         target_text="≥1000人次", target=parse_target("≥1000人次"),
        ...         value_text="520人次", likelihood=Likelihood.CERTAIN),))
        >>> report.budget(), report.progress()["培训人次"].value
        (BudgetExecution(budget=Decimal('200'), executed=Decimal('90')), '520人次')
    """

    name: str = attrs.field(validator=v.name)
    year: int = attrs.field(validator=v.year)
    months: int | None = attrs.field(default=None, validator=_months)
    department: str = attrs.field(default="", validator=v.text)
    implementing_unit: str = attrs.field(default="", validator=v.text)
    adjusted: bool = attrs.field(default=False, validator=_of_budget)
    budget_lines: tuple[BudgetLine, ...] = attrs.field(default=(), validator=v.tuple_of(BudgetLine))
    in_yuan: bool = attrs.field(default=True, validator=_of_budget)
    lines: tuple[MonitoredIndicator, ...] = attrs.field(
        default=(), validator=v.tuple_of(MonitoredIndicator)
    )
    causes: str = attrs.field(default="", validator=v.text)
    measures: str = attrs.field(default="", validator=v.text)
    details: tuple[LabelledText, ...] = attrs.field(default=(), validator=v.tuple_of(LabelledText))
    unclaimed: tuple[LabelledText, ...] = attrs.field(
        default=(), validator=v.tuple_of(LabelledText)
    )
    empty_rows: int = attrs.field(default=0, validator=v.count)
    place: Place = attrs.field(
        metadata=_PROVENANCE, default=Place(), eq=False, repr=False, validator=v.instance_of(Place)
    )

    __repr__ = _repr.compact

    @property
    def last_day(self) -> datetime.date | None:
        """The last day of the months the table covers (`1-6月`: 30 June), or `None`.

        Examples:
            >>> MonitoringReport(name="示例", year=2024, months=2).last_day
            datetime.date(2024, 2, 29)
        """
        if self.months is None:
            return None
        return datetime.date(self.year, self.months, calendar.monthrange(self.year, self.months)[1])

    def monitor(
        self, *, on: datetime.date | None = None, rules: MonitoringRules | None = None
    ) -> Monitoring:
        """Light the progress the table states (`monitor` of its project, values and budget).

        Args:
            on: the last day the data covers; by default `last_day`.
            rules: the light rules (`MonitoringRules`; by default the defaults).

        Raises:
            FieldError: no `on` is given and the table does not say which months it covers.
            MonitoringError: as `monitor` raises it.
            FormError: as `budget` raises it.

        Examples:
            >>> from perfindicator import parse_target
            >>> report = MonitoringReport(name="社区培训", year=2019, months=6, lines=(
            ...     MonitoredIndicator(name="培训人次", level2=Level2.QUANTITY,
            ...         target_text="≥1000人次", target=parse_target("≥1000人次"),
            ...         value_text="520人次"),))
            >>> result = report.monitor()
            >>> result.on, result.lines[0].light.value  # 520 of the 500 due by June
            (datetime.date(2019, 6, 30), '绿灯')
        """
        day = self.last_day if on is None else on
        if day is None:
            raise FieldError(
                "MonitoringReport.monitor",
                "on",
                None,
                "the table does not say which months it covers: give the day the data covers "
                "(监控表未注明所涵盖的月份)",
            )
        return monitor(self.project(), self.progress(), on=day, budget=self.budget(), rules=rules)

    def project(self) -> Project:
        """The project the report monitors: its indicators with their targets, in order.

        A line without a level-2 category takes the one its name names (黄石 writes `质量`,
        `时效` as names), else 服务对象满意度指标 under 满意度指标 or for a name ending in
        满意度. The project is a `FormKind.TARGETS` form (the targets as set for the year).

        Raises:
            FormError: a line's level-2 category is none of these, naming its cell.
        """
        indicators, problems = [], []
        for line in self.lines:
            level2 = level2_of(line.level1, line.level2, line.name)
            if level2 is None:
                problems.append(
                    _problem(
                        line,
                        f"indicator {line.name!r} has no level-2 category (二级指标)",
                        "指标缺少二级指标",
                    )
                )
                continue
            indicators.append(
                Indicator(
                    level2=level2,
                    name=line.name,
                    target=line.target,
                    explanation=line.remark,
                    place=line.place,
                )
            )
        if problems:
            raise FormError(problems)
        return Project(
            name=self.name,
            year=self.year,
            department=self.department,
            implementing_unit=self.implementing_unit,
            indicators=tuple(indicators),
            kind=FormKind.TARGETS,
            place=self.place,
        )

    def progress(self, vocabulary: Sequence[str] = DEVIATION_CAUSES) -> dict[str, Progress]:
        """What the report says of each indicator's progress, by name: `monitor`'s input.

        The value is the cell's (`MonitoredIndicator.value`; `None` for an empty cell), the
        forecast the forecast cell's text. A line's causes are the words of `vocabulary`
        (that of `MonitoringRules.causes`; 136号's by default) that its cause text names as
        items (`经费保障、人员保障`, `投入保障:…;项目管理:…`), in vocabulary order, and its
        analysis that text as written; its measures the measures text. Where the table gives causes and
        measures once under its indicators (黄石), they are those of every line whose
        likelihood is 有可能 or 不可能, as the table's notes ask.

        Raises:
            FormError: a value (or forecast) cell the line's target cannot take, or a name
                given twice; each problem names the cell. A value is never guessed.
            FieldTypeError: `vocabulary` is not a sequence of causes (a str is one cause).
        """
        if isinstance(vocabulary, str) or not isinstance(vocabulary, Sequence):
            raise FieldTypeError(
                "MonitoringReport.progress", "vocabulary", vocabulary, "must be a tuple of causes"
            )
        found: dict[str, Progress] = {}
        problems: list[Problem] = []
        for line in self.lines:
            if line.name in found:
                problems.append(
                    _problem(line, f"indicator {line.name!r} is given twice", "指标名称重复")
                )
                continue
            doubtful = line.likelihood in (Likelihood.POSSIBLE, Likelihood.IMPOSSIBLE)
            why = line.causes or (self.causes if doubtful else "")
            measures = line.measures or (self.measures if doubtful else "")
            forecast = line.forecast or None
            for text, where in ((line.value, line.value_place), (forecast, line.place)):
                problem = _unreadable(line.target, text, self.year, where)
                if problem is not None:
                    problems.append(problem)
            found[line.name] = Progress(
                value=line.value,
                forecast=forecast,
                likelihood=line.likelihood,
                causes=_named_causes(why, vocabulary),
                analysis=why,
                measures=measures,
                remark=line.remark,
            )
        if problems:
            raise FormError(problems)
        return found

    @property
    def total_line(self) -> BudgetLine | None:
        """The budget block's total line, or `None`.

        The only line, or the first labelled as a total (年度资金总额, 预算总额, 资金合计, …:
        a label ending in 总额, 合计, 总计 or 总投资); `None` without lines or without a
        total among several.

        Examples:
            >>> MonitoringReport(name="示例", year=2022, budget_lines=(
            ...     BudgetLine(label="其中:财政拨款", budget=8, executed=4),
            ...     BudgetLine(label="年度资金总额", budget=10, executed=5))).total_line.label
            '年度资金总额'
        """
        return total_of(self.budget_lines)

    def budget(self) -> BudgetExecution | None:
        """The budget and what was executed of it so far, from its total line.

        The total is the only line, or the first labelled as one (年度资金总额, 预算总额,
        资金合计, …: a label ending in 总额, 合计, 总计 or 总投资); `None` without a budget
        line, or where the total leaves either amount empty.

        Raises:
            FormError: there are several budget lines and none is a total: a part of the
                budget (其中:当年财政拨款) is not taken for the whole.
            FieldError: the budget is zero (nothing to execute against).
        """
        if not self.budget_lines:
            return None
        total = self.total_line
        if total is None:
            first = self.budget_lines[0]
            raise FormError(
                [
                    Problem(
                        code="form",
                        message_en="no total line among the budget lines (a label ending in 总额, "
                        "合计, 总计 or 总投资); a part of the budget is not taken for the whole",
                        message_zh="预算执行栏目缺少资金总额行",
                        where=first.place,
                        text=first.label,
                    )
                ]
            )
        if total.budget is None or total.executed is None:
            return None
        return BudgetExecution(budget=total.budget, executed=total.executed)


def _named_causes(text: str, vocabulary: Sequence[str]) -> tuple[str, ...]:
    """The causes of `vocabulary` a deviation analysis names, in vocabulary order.

    A cause is named as a list item (`经费保障、人员保障`, `1.投入保障 2.项目管理`) or as the
    label of an item (`投入保障:场地改造未完工;项目管理:…`); a word inside a sentence is
    not a cause named (`无经费保障问题` names none), so nothing is guessed from the wording.
    """
    items = _ITEMS.split(text.replace("：", ":"))
    named = {_MARKER.sub("", item.partition(":")[0].strip()) for item in items}
    return tuple(word for word in vocabulary if word in named)


# Items end at these; a list marker (`1.`, `(1)`, `（一）`, `一是`) starts one.
_ITEMS = re.compile(r"[;；、,，。/\s]")
_MARKER = re.compile(r"^(?:[(（]?[0-9一二三四五六七八九十]+[)）.、]|[一二三四五六七八九十]+是)")


def _problem(line: MonitoredIndicator, en: str, zh: str) -> Problem:
    return Problem(code="form", message_en=en, message_zh=zh, where=line.place, text=line.name)


def _unreadable(
    target: Target | None, value: Decimal | datetime.date | str | None, year: int, where: Place
) -> Problem | None:
    """The problem with a value the line's target cannot take, or `None`.

    Read as `evaluate` reads it. A relative deadline's event date is not the report's to
    give: the first day of the year stands in for it, so that only the value's own reading
    is checked; a change's value needs a baseline to be evaluated, so it is only read.
    """
    if value is None or target is None:
        return None
    try:
        if isinstance(target, Change):
            _quantity_of(target, value)
        elif isinstance(target, RelativeDeadline):
            evaluate(target, value, events={target.event: datetime.date(year, 1, 1)}, year=year)
        else:
            evaluate(target, value, year=year)
    except PerfIndicatorError as error:
        return attrs.evolve(error.as_problem(where), text=str(value))
    return None


def _quantity_of(target: Change, value: Decimal | datetime.date | str) -> None:
    """Check that a change target's value reads as a quantity (a number, or text with a unit)."""
    if isinstance(value, datetime.date):
        raise ActualTypeError(target, value, "a change target takes a quantity, not a date")
    if isinstance(value, str):
        parse_quantity(value)


# --- Writing ----------------------------------------------------------------------------

_WIDTH = 8


def format_monitoring(report: MonitoringReport) -> list[list[str | None]]:
    """A report as rows of cells in the 黄石 2019 layout, for any table writer.

    The title and year, the money unit (元, where the amounts are in yuan), the project's
    fields, the budget block (`年初预算数` or `调整后预算数`, `1-N月执行数`,
    `全年预计执行数`), the indicator table (`一级指标 | 二级指标 | 指标名称 | 指标值 |
    半年度指标执行情况 | 完成目标可能性 | 备注`, plus 全年预计完成情况, 偏差原因分析 and
    相关建议或举措 columns where a line has them) and the two footer rows. Merged cells are
    empty after their first. `read_table` reads the rows back as the report; details,
    unclaimed cells and empty template rows are not written.

    Examples:
        >>> from perfindicator import parse_target, read_table
        >>> report = MonitoringReport(name="社区培训", year=2019, months=6, lines=(
        ...     MonitoredIndicator(name="培训人次", level1=Level1.OUTPUT,
        ...         level2=Level2.QUANTITY, target_text="≥1000人次",
        ...         target=parse_target("≥1000人次"), value_text="520人次"),))
        >>> rows = format_monitoring(report)
        >>> rows[-4][1:6]
        ['一级指标', '二级指标', '指标名称', '指标值', '半年度指标执行情况']
        >>> read_table(rows) == [report]
        True
    """
    v.require(report, MonitoringReport, "format_monitoring", "report")
    months = report.months
    extra = [
        (header, key)
        for header, key in (
            ("全年预计完成情况", "forecast"),
            ("偏差原因分析", "causes"),
            ("相关建议或举措", "measures"),
        )
        if any(getattr(line, key) for line in report.lines)
    ]
    width = _WIDTH + len(extra)
    rows: list[list[str | None]] = []

    def row(*cells: str | None) -> None:
        rows.append([*cells, *[None] * (width - len(cells))])

    row("项目支出绩效监控表")
    row(f"({report.year}年度)")
    if report.in_yuan:
        row("单位:元")
    row("项目名称", report.name)
    fields = [("主管部门", report.department), ("项目执行单位", report.implementing_unit)]
    for label, text in fields:
        if text:
            row(label, text)
    if report.budget_lines:
        executed = "累计执行数" if months is None else f"1-{months}月执行数"
        first = "调整后预算数" if report.adjusted else "年初预算数"
        row("项目资金", None, first, None, executed, None, "全年预计执行数")
        for funds in report.budget_lines:
            amounts = (funds.budget, None, funds.executed, None, funds.forecast)
            row(None, funds.label or None, *(_amount(a) for a in amounts))
    progress = {None: "指标执行情况", 6: "半年度指标执行情况"}.get(
        months, f"1-{months}月指标执行情况"
    )
    row(
        "绩效指标",
        "一级指标",
        "二级指标",
        "指标名称",
        "指标值",
        progress,
        "完成目标可能性(确定能、有可能、不可能)",
        "备注",
        *(header for header, _ in extra),
    )
    for line in report.lines:
        row(
            None,
            None if line.level1 is None else line.level1.value,
            None if line.level2 is None else line.level2.value,
            line.name,
            line.target_text or None,
            line.value_text or None,
            None if line.likelihood is None else line.likelihood.value,
            line.remark or None,
            *(getattr(line, key) or None for _, key in extra),
        )
    row("偏差或不能完成目标原因分析", report.causes or None)
    row("相关建议或举措", report.measures or None)
    return rows


def _amount(value: Decimal | None) -> str | None:
    return None if value is None else f"{value:f}"
