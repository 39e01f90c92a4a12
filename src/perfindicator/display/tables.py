"""The one table specification, built once per result and rendered to HTML and to text.

A `Table` holds cells already formatted as text (outcome words, never reprs; points and
scores with two decimals), so every renderer shows the same thing; renderers only lay out.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

import attrs

from perfindicator.audits.audit import Audit
from perfindicator.errors import FieldTypeError, Problem, Severity
from perfindicator.model import _validators as v
from perfindicator.model.kinds import Period
from perfindicator.model.project import Indicator, Project
from perfindicator.model.targets import Direction
from perfindicator.reports.monitoring import Monitoring
from perfindicator.reports.selfeval import SelfEvaluation
from perfindicator.scoring.evaluate import actual_text

__all__ = [
    "Table",
    "audit_table",
    "findings_table",
    "monitoring_table",
    "project_tables",
    "self_evaluation_table",
]


def _strings(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not (isinstance(value, tuple) and all(isinstance(cell, str) for cell in value)):
        raise FieldTypeError(
            type(instance).__name__, attribute.name, value, "must be a tuple of str"
        )


def _rows(instance: Table, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, tuple):
        raise FieldTypeError("Table", "rows", value, "must be a tuple of rows")
    width = len(instance.header) or (len(value[0]) if value else 0)
    for k, row in enumerate(value):
        if not (isinstance(row, tuple) and all(isinstance(cell, str) for cell in row)):
            raise FieldTypeError("Table", f"rows[{k}]", row, "must be a tuple of str")
        if len(row) != width:
            v.fail(instance, attribute, row, f"row {k} must have {width} cells")


def _columns(instance: Table, attribute: attrs.Attribute[Any], value: object) -> None:
    if not (isinstance(value, frozenset) and all(isinstance(k, int) for k in value)):
        raise FieldTypeError("Table", "numeric", value, "must be a frozenset of column indices")


@attrs.frozen(kw_only=True)
class Table:
    """A table to show: caption lines, a header row, rows of formatted cells.

    Attributes:
        caption: the lines shown above the table (an HTML `<caption>`).
        header: the column headings; empty for a block of label and value rows.
        rows: the cells, as text, each row as wide as the header.
        numeric: the indices of the columns that hold numbers, aligned right.
        lights: the indices of the columns that hold warning lights (红灯, 黄灯, 绿灯, 蓝灯)
            or severities (error, warning, note), coloured where the renderer can.

    Examples:
        >>> Table(caption=("小计",), header=("分值",), rows=(("5.00",),), numeric=frozenset({0}))
        Table(caption=('小计',), header=('分值',), rows=(('5.00',),), numeric=frozenset({0}), lights=frozenset())
    """

    caption: tuple[str, ...] = attrs.field(default=(), validator=_strings)
    header: tuple[str, ...] = attrs.field(default=(), validator=_strings)
    rows: tuple[tuple[str, ...], ...] = attrs.field(default=(), validator=_rows)
    numeric: frozenset[int] = attrs.field(default=frozenset(), validator=_columns)
    lights: frozenset[int] = attrs.field(default=frozenset(), validator=_columns)


def _points(value: Decimal) -> str:
    return f"{value:.2f}"


def _money(value: Decimal) -> str:
    # Fixed-point: `str(Decimal("1E+3"))` would show an exponent on a form amount.
    return f"{value:f}"


# The money cells of the form, in its order, with their labels (the two 其他资金 cells told
# apart by their block).
_FUNDING = (
    ("total", "项目资金总额"),
    ("fiscal", "其中：财政资金"),
    ("other", "其他资金"),
    ("annual_request", "年度资金申请总额"),
    ("appropriation", "其中：当年财政拨款"),
    ("carryover", "上年结转资金"),
    ("annual_other", "年度其他资金"),
)


def project_tables(project: Project) -> tuple[Table, Table]:
    """A project as two tables: its header block, and its indicator table.

    The header block's caption gives the name, year, category, department, implementing unit
    and dates; its rows the funding cells (in yuan) and goals the form fills in.

    Examples:
        >>> import datetime
        >>> from decimal import Decimal
        >>> from perfindicator import Funding, Goals, Indicator, Level2, Project, parse_target
        >>> project = Project(name="示例", year=2022, category="经常性项目",
        ...     start=datetime.date(2022, 1, 1), end=datetime.date(2022, 12, 31),
        ...     funding=Funding(total=Decimal("100")), goals=Goals(annual="完成培训"),
        ...     indicators=(Indicator(level2=Level2.QUANTITY, name="培训人次",
        ...                           target=parse_target(">=100人次")),))
        >>> block, indicators = project_tables(project)
        >>> block.caption[0], block.rows
        ('示例  (2022年度)  经常性项目', (('项目资金总额（元）', '100'), ('年度总目标', '完成培训')))
        >>> indicators.rows
        (('产出指标', '数量指标', '培训人次', '>=100人次'),)
    """
    v.require(project, Project, "project_tables", "project")
    p = project
    unit = "（元）" if p.funding.in_yuan else "（单位未注明）"
    rows = [
        (f"{label}{unit}", _money(amount))
        for field, label in _FUNDING
        if (amount := getattr(p.funding, field)) is not None
    ]
    goals = p.goals
    if goals.period is not None:
        rows.append(("实施期", f"{goals.period[0]}年 - {goals.period[1]}年"))
    rows += [
        (label, text)
        for label, text in (("项目总目标", goals.overall), ("年度总目标", goals.annual))
        if text
    ]
    rows += [(detail.label, detail.text) for detail in p.details]
    dates = f"  {p.start or ''} ~ {p.end or ''}" if p.start or p.end else ""
    block = Table(
        caption=(
            f"{p.name}  ({p.year}年度)  {p.category}".rstrip(),
            f"主管部门 {p.department}  实施单位 {p.implementing_unit}{dates}",
        ),
        rows=tuple(rows),
    )
    # The optional columns a form carries are shown where any indicator has them.
    extra = [
        (header, show)
        for field, header, show in _OPTIONAL_COLUMNS
        if any(getattr(i, field) != _PLAIN[field] for i in p.indicators)
    ]
    indicators = Table(
        header=("一级指标", "二级指标", "三级指标", "指标目标值", *(h for h, _ in extra)),
        rows=tuple(
            (
                i.level1.value,
                i.level2.value,
                i.name,
                "" if i.target is None else str(i.target),
                *(show(i) for _, show in extra),
            )
            for i in p.indicators
        ),
    )
    return block, indicators


_DIRECTION_WORDS = {Direction.UP: "正向", Direction.DOWN: "反向"}
_PLAIN: dict[str, object] = {
    "explanation": "",
    "basis": None,
    "weight": None,
    "direction": None,
    "period": Period.ANNUAL,
}
_OPTIONAL_COLUMNS: tuple[tuple[str, str, Callable[[Indicator], str]], ...] = (
    ("period", "期间", lambda i: i.period.value),
    ("weight", "权重", lambda i: "" if i.weight is None else f"{i.weight:f}"),
    ("direction", "方向", lambda i: _DIRECTION_WORDS.get(i.direction, "") if i.direction else ""),
    ("basis", "绩效标准", lambda i: "" if i.basis is None else i.basis.value),
    ("explanation", "指标说明", lambda i: i.explanation),
)


def self_evaluation_table(result: SelfEvaluation) -> Table:
    """A self-evaluation as one table: its lines, subtotals, execution score and total.

    Examples:
        >>> import datetime
        >>> from perfindicator import (BudgetExecution, Indicator, Level2, Project, Weights,
        ...     parse_target, self_evaluate)
        >>> project = Project(name="示例", year=2022,
        ...     start=datetime.date(2022, 1, 1), end=datetime.date(2022, 12, 31),
        ...     indicators=(Indicator(level2=Level2.QUANTITY, name="培训人次",
        ...                           target=parse_target(">=100人次")),))
        >>> result = self_evaluate(project, {"培训人次": "80人次"},
        ...     weights=Weights(output=80, benefit=0, satisfaction=0, execution=20),
        ...     budget=BudgetExecution(budget=100, executed=90))
        >>> table = self_evaluation_table(result)
        >>> table.caption
        ('示例  (2022年度)  总分 82.00  等级 良',)
        >>> table.rows[0]
        ('产出指标', '数量指标', '培训人次', '>=100人次', '80人次', '80.00', '64.00', '否', '需要')
        >>> table.rows[-2:]
        (('预算执行率', '', '', '', '', '20.00', '18.00', '', ''), ('总分', '', '', '', '', '', '82.00', '', ''))
    """
    v.require(result, SelfEvaluation, "self_evaluation_table", "result")
    blank = ("",) * 2
    rows: list[tuple[str, ...]] = [
        (
            line.indicator.level1.value,
            line.indicator.level2.value,
            line.indicator.name,
            str(line.indicator.target),
            actual_text(line.evaluation.actual),
            _points(line.points),
            _points(line.score),
            "是" if line.met else "否",
            "需要" if line.note_required else "",
        )
        for line in result.lines
    ]
    rows += [
        (s.level1.value, "小计", "", "", "", _points(s.points), _points(s.score), *blank)
        for s in result.subtotals
    ]
    if result.execution_score is not None:
        rows.append(
            (
                "预算执行率", "", "", "", "",
                _points(result.weights.execution), _points(result.execution_score), *blank,
            )
        )  # fmt: skip
    rows.append(("总分", "", "", "", "", "", _points(result.total), *blank))
    grade = "—" if result.grade is None else result.grade.value
    return Table(
        caption=(
            f"{result.project}  ({result.year}年度)  总分 {_points(result.total)}  等级 {grade}",
        ),
        header=(
            "一级指标",
            "二级指标",
            "三级指标",
            "目标值",
            "实际值",
            "分值",
            "得分",
            "达成",
            "偏差说明",
        ),
        rows=tuple(rows),
        numeric=frozenset({5, 6}),
    )


def findings_table(findings: Sequence[Problem]) -> Table:
    """Lint findings (or any problems), one a row, captioned with their count.

    Examples:
        >>> import datetime
        >>> from perfindicator import Project, lint
        >>> empty = Project(name="示例", year=2022,
        ...                 start=datetime.date(2022, 1, 1), end=datetime.date(2022, 12, 31))
        >>> table = findings_table(lint(empty))
        >>> table.caption, table.rows
        (('1 finding',), (('PI021', 'error', 'indicators', '没有绩效指标', 'the project has no indicators'),))
    """
    if not isinstance(findings, Sequence) or not all(isinstance(f, Problem) for f in findings):
        raise FieldTypeError(
            "findings_table", "findings", findings, "must be a sequence of findings (Problem)"
        )
    count = len(findings)
    return Table(
        caption=(f"{count} finding{'' if count == 1 else 's'}",),
        header=("code", "severity", "subject", "问题", "finding"),
        rows=tuple(
            (f.code, f.severity.value, f.subject, f.message_zh, f.message_en) for f in findings
        ),
    )


def monitoring_table(result: Monitoring) -> Table:
    """A monitoring as one table: each indicator's value so far, attainment and light.

    The caption gives the date, the time progress, the project's light and the budget's.

    Examples:
        >>> import datetime
        >>> from perfindicator import (BudgetExecution, Indicator, Level2, Project, monitor,
        ...     parse_target)
        >>> project = Project(name="示例", year=2024, indicators=(
        ...     Indicator(level2=Level2.QUANTITY, name="培训人次", target=parse_target(">=1000人次")),))
        >>> result = monitor(project, {"培训人次": "300人次"}, on=datetime.date(2024, 6, 30),
        ...     budget=BudgetExecution(budget=100, executed=40))
        >>> table = monitoring_table(result)
        >>> table.caption
        ('示例  (2024年度)  截至 2024-06-30  序时进度 50.00%  目标 黄灯  预算 绿灯 (执行率 40.00%)',)
        >>> table.rows[0]
        ('产出指标', '数量指标', '培训人次', '>=1000人次', '300人次', '60.00%', '黄灯', '', '', '', '', '')
    """
    v.require(result, Monitoring, "monitoring_table", "result")
    rows = tuple(
        (
            line.indicator.level1.value,
            line.indicator.level2.value,
            line.indicator.name,
            str(line.indicator.target),
            "未完成" if line.value is None else actual_text(line.value),
            "" if line.attainment is None else _percent(line.attainment),
            line.light.value,
            "" if line.forecast is None else actual_text(line.forecast.actual),
            "" if line.likelihood is None else line.likelihood.value,
            "；".join(filter(None, ("、".join(line.causes), line.analysis))),
            line.measures,
            line.remark,
        )
        for line in result.lines
    )
    light = "—" if result.light is None else result.light.value
    budget = ""
    if result.budget is not None and result.budget_light is not None:
        budget = f"  预算 {result.budget_light.value} (执行率 {_percent(result.budget.rate)})"
    caption = (
        f"{result.project}  ({result.year}年度)  截至 {result.on.isoformat()}  "
        f"序时进度 {_percent(result.time_progress)}  目标 {light}{budget}"
    )
    return Table(
        caption=(caption,),
        header=(
            "一级指标",
            "二级指标",
            "三级指标",
            "目标值",
            "当前完成值",
            "完成进度",
            "预警",
            "全年预计",
            "完成可能性",
            "偏差原因",
            "改进措施",
            "备注",
        ),
        rows=rows,
        numeric=frozenset({5}),
        lights=frozenset({6}),
    )


def _percent(ratio: Decimal) -> str:
    # A ratio of 4 places is exactly a percentage of 2.
    return f"{ratio * 100:.2f}%"


def audit_table(result: Audit) -> Table:
    """An audit as one table: a row per discrepancy, under the totals reported and recomputed.

    The caption names the project, the year and the scheme, then sets the total the report
    prints beside the recomputed one, then counts the discrepancies by severity. Each row
    gives the code, the severity, the indicator (or, for budget rows, points labels and
    totals, the place; no header where there is no row), the value reported and the value recomputed as written, and the
    message in Chinese and English.

    Examples:
        >>> from decimal import Decimal
        >>> from perfindicator import ReportedIndicator, SelfEvaluationReport, Level1, Level2
        >>> from perfindicator import audit, parse_target
        >>> report = SelfEvaluationReport(name="示例", year=2022, lines=(
        ...     ReportedIndicator(name="接答率", level1=Level1.OUTPUT, level2=Level2.QUALITY,
        ...         target_text="≥95%", target=parse_target("≥95%"), actual_text="90%",
        ...         points=100, score=100, note="话务高峰"),), total=100)
        >>> table = audit_table(audit(report))
        >>> table.caption
        ('示例  (2022年度)  评分方案 central_10', '总分 填报 100  复核 94.74', '1 discrepancy: 1 error')
        >>> table.rows
        (('AU101', 'error', '接答率', '100', '94.74', '得分100，按规则应为94.74', 'scored 100, the rule gives 94.74'),)
    """
    v.require(result, Audit, "audit_table", "result")
    reported = "—" if result.reported_total is None else _money(result.reported_total)
    return Table(
        caption=(
            f"{result.project}  ({result.year}年度)  评分方案 {result.scheme.name or '自定义'}",
            f"总分 填报 {reported}  复核 {_money(result.total)}",
            _counted(result.discrepancies),
        ),
        # No header over no rows: an audit that finds nothing is its caption alone.
        header=_AUDIT_HEADER if result.discrepancies else (),
        rows=tuple(
            (
                d.code,
                d.severity.value,
                d.indicator if d.indicator is not None else str(d.where),
                _value(d.reported),
                _value(d.recomputed),
                d.message_zh,
                d.message_en,
            )
            for d in result.discrepancies
        ),
        numeric=frozenset({3, 4}),
        lights=frozenset({1}),
    )


_AUDIT_HEADER = ("code", "severity", "指标或位置", "填报", "复核", "问题", "discrepancy")


def _value(value: Decimal | None) -> str:
    # As printed, not rounded: a rate of 97.48 is shown as the form has it.
    return "" if value is None else _money(value)


def _counted(problems: Sequence[Problem]) -> str:
    """`3 discrepancies: 2 errors, 1 note`: the count, then the count of each severity."""
    count = len(problems)
    head = f"{count} discrepanc{'y' if count == 1 else 'ies'}"
    parts = [
        f"{n} {severity.value}{'' if n == 1 else 's'}"
        for severity in Severity
        if (n := sum(p.severity is severity for p in problems))
    ]
    return f"{head}: {', '.join(parts)}" if parts else head
