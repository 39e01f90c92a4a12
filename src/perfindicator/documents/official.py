"""The official forms laid out as a spreadsheet's cells: `Sheet`, `declaration_sheet`, `self_evaluation_sheet`.

What `perfindicator.io.write_xlsx` writes, as a value: the rows of cells, the merged ranges
and the number format of each number and date cell, with no file and no spreadsheet library
involved (this module does no I/O).

- **申报表**, a `Project` in the Shanghai layout (财政项目支出绩效目标申报表): the title
  (目标表 and 批复表 by the project's `kind`) and `(YYYY年度)`, 项目名称 | 项目类别,
  主管部门 | 实施单位, 计划开始日期 | 计划完成日期 (dates), the details the project keeps, the
  项目资金 block in 元 (`单位：元`; no unit cell where the amounts are of unknown unit), the
  项目绩效目标 block (项目总目标, its period `(2022年-2024年)`, 年度总目标) and the indicator
  grid `绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标目标值`. What the Shanghai grid has no
  column for is written in extra columns the readers recognise, added only where an
  indicator holds it: 指标解释 (explanation), 绩效标准 (basis), 权重 (weight), 指标方向性
  (direction); mid-term indicators stand in blocks of their own (`长期绩效指标`, and
  `年度绩效指标` for the annual ones), in the project's order; empty template rows are
  written as rows of labels only (`产出指标 | 成本指标`). A project is refused (`FormError`,
  `writing=True`) only for what no cell can hold so that it reads back: unclaimed cells, a
  detail without text, amounts of unknown unit where no amount is given.
- **自评表**, a `SelfEvaluationReport` in the 10号 layout (财预〔2020〕10号's attachment, as
  池州 and Shanghai publish it): `项目支出绩效自评表` and `(YYYY年度)`, 项目名称, 主管部门 |
  实施单位, the execution block `项目资金（元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 |
  执行率 | 得分` (`调整后预算数` where the report's denominator is the adjusted budget; the
  block's own points, where the report states them apart from its rows' 分值, in its label:
  `项目资金（元）(10分)`), the goal `年度总体目标 | 预期目标 | 实际完成情况`, the grid `绩效指标 |
  一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施`
  with the level-1 cells carrying their points (`产出指标(50分)`), the `总分` row, and the
  评价等级, 评价结论, 存在问题 and 改进措施 rows where the report has them. Amounts are
  written in 元, as the report holds them, so that they read back exactly; the execution
  rate as a number under a percent format (`97.48%` is 0.9748 under `0.00%`). What the 10号
  layout has no cell for (a 原因 of an execution row, a 扣减分数, a 完成情况 description,
  blocks of targets, points labels of no level-1 row, details, unclaimed cells, a layout
  other than 10号's) is refused (`FormError`, `writing=True`), every field at fault named.

Positions are counted from 1, as a spreadsheet names them; a merged range keeps its value in
its top-left cell and `None` in the others.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

import attrs

from perfindicator import _repr
from perfindicator.documents._rows import SATISFACTION_ENDINGS
from perfindicator.documents.grid import CellValue
from perfindicator.documents.selfeval_report import SelfEvaluationReport
from perfindicator.errors import FieldTypeError, FormError, Place, Problem, shown
from perfindicator.model import _validators as v
from perfindicator.model.categories import Level1, Level2
from perfindicator.model.kinds import FormKind, Period, ReportLayout
from perfindicator.model.project import Indicator, Project
from perfindicator.model.targets import Direction

__all__ = [
    "AMOUNT",
    "DATE",
    "PERCENT",
    "POINTS",
    "CellRange",
    "NumberFormat",
    "Sheet",
    "declaration_sheet",
    "self_evaluation_sheet",
    "sheet_of",
]

AMOUNT = "#,##0.00"
"""The number format of an amount of money (元): thousands separated, two places."""
PERCENT = "0.00%"
"""The number format of an execution rate: a fraction shown in percent, two places."""
POINTS = "0.00"
"""The number format of points, scores and weights: two places."""
DATE = "yyyy-mm-dd"
"""The number format of a date cell (a date with no time of day)."""


def _letters(column: int) -> str:
    """A column's letters as a spreadsheet names it: 1 → `A`, 27 → `AA`."""
    letters = ""
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


@attrs.frozen(kw_only=True)
class CellRange:
    """A merged range of cells, its corners counted from 1, inclusive.

    Examples:
        >>> CellRange(top=1, left=1, bottom=1, right=5).ref
        'A1:E1'
    """

    top: int = attrs.field(validator=v.count)
    left: int = attrs.field(validator=v.count)
    bottom: int = attrs.field(validator=v.count)
    right: int = attrs.field(validator=v.count)

    @property
    def ref(self) -> str:
        """The range as a spreadsheet names it (`A1:E1`)."""
        return f"{_letters(self.left)}{self.top}:{_letters(self.right)}{self.bottom}"


@attrs.frozen(kw_only=True)
class NumberFormat:
    """The number format of one cell (row and column from 1): `AMOUNT`, `PERCENT`, …."""

    row: int = attrs.field(validator=v.count)
    column: int = attrs.field(validator=v.count)
    code: str = attrs.field(validator=v.name)


@attrs.frozen(kw_only=True)
class Sheet:
    """A form as a spreadsheet's cells: rows, merged ranges and number formats.

    Attributes:
        title: the worksheet's name.
        rows: the cells, row by row, every row as wide as the sheet: text, a `Decimal`, a
            `datetime.date`, or `None` (empty, or covered by a merged range).
        merges: the merged ranges.
        formats: the number format of each number and date cell.

    Examples:
        >>> import datetime
        >>> sheet = declaration_sheet(Project(name="弱电安防", year=2022,
        ...     start=datetime.date(2022, 1, 1), end=datetime.date(2022, 12, 31)))
        >>> sheet.rows[0][0], sheet.rows[1][0], sheet.rows[2][:4]
        ('财政项目支出绩效目标申报表', '(2022年度)', ('项目名称', '弱电安防', '项目类别', None))
        >>> sheet.merges[0].ref, sheet.format_at(5, 2)
        ('A1:E1', 'yyyy-mm-dd')
    """

    title: str = attrs.field(validator=v.name)
    rows: tuple[tuple[CellValue, ...], ...] = attrs.field(validator=v.tuple_of(tuple))
    merges: tuple[CellRange, ...] = attrs.field(validator=v.tuple_of(CellRange))
    formats: tuple[NumberFormat, ...] = attrs.field(validator=v.tuple_of(NumberFormat))

    __repr__ = _repr.compact

    def format_at(self, row: int, column: int) -> str | None:
        """The number format of a cell, or `None` for a cell of text or an empty one."""
        return next((f.code for f in self.formats if (f.row, f.column) == (row, column)), None)


@attrs.define
class _Cell:
    """A cell to place: its value, the columns it spans, its number format."""

    value: CellValue
    span: int = 1
    code: str | None = None


class _Builder:
    """Rows of a given width, with their merged ranges and formats, built top down."""

    def __init__(self, width: int) -> None:
        self.width = width
        self.rows: list[list[CellValue]] = []
        self.merges: list[CellRange] = []
        self.formats: list[NumberFormat] = []

    def row(self, *cells: _Cell | CellValue) -> int:
        """Add a row of cells left to right, the last reaching the right edge; its number."""
        number = len(self.rows) + 1
        values: list[CellValue] = []
        placed = [c if isinstance(c, _Cell) else _Cell(c) for c in cells]
        for k, cell in enumerate(placed):
            column = len(values) + 1
            span = self.width - len(values) if k == len(placed) - 1 else cell.span
            # An empty text is an empty cell, as a spreadsheet holds it.
            values += [None if cell.value == "" else cell.value] + [None] * (span - 1)
            if span > 1:
                self.merges.append(
                    CellRange(top=number, left=column, bottom=number, right=column + span - 1)
                )
            if cell.code is not None and cell.value not in ("", None):
                self.formats.append(NumberFormat(row=number, column=column, code=cell.code))
        self.rows.append(values + [None] * (self.width - len(values)))
        return number

    def down(self, column: int, top: int, bottom: int) -> None:
        """Merge one column's cells from `top` to `bottom`, where that is two or more."""
        if bottom > top:
            self.merges.append(CellRange(top=top, left=column, bottom=bottom, right=column))

    def sheet(self, title: str) -> Sheet:
        return Sheet(
            title=title,
            rows=tuple(tuple(row) for row in self.rows),
            merges=tuple(self.merges),
            formats=tuple(self.formats),
        )


def _amount(value: Decimal | None) -> _Cell:
    return _Cell(value, code=AMOUNT)


def _points(value: Decimal | None, span: int = 1) -> _Cell:
    return _Cell(value, span=span, code=POINTS)


def _refuse(problems: Sequence[tuple[str, object, str]]) -> None:
    """Raise the writing error for the fields at fault: (field, value, reason) each."""
    if problems:
        raise FormError(
            (
                Problem(
                    code="form",
                    message_en=f"{reason}; it would not read back the same",
                    message_zh="无法写成可读回的表格",
                    where=Place(subject=field),
                    text=shown(value),
                )
                for field, value, reason in problems
            ),
            writing=True,
        )


def sheet_of(document: object) -> Sheet:
    """The official form of a document: `declaration_sheet` or `self_evaluation_sheet`.

    Raises:
        FieldTypeError: `document` is neither a `Project` nor a `SelfEvaluationReport`.
        FormError: as those functions raise it.
    """
    if isinstance(document, Project):
        return declaration_sheet(document)
    if isinstance(document, SelfEvaluationReport):
        return self_evaluation_sheet(document)
    raise FieldTypeError(
        "sheet_of", "document", document, "must be a Project or a SelfEvaluationReport"
    )


# --- 申报表 (Shanghai) --------------------------------------------------------------------

_TITLES = {
    FormKind.DECLARATION: "财政项目支出绩效目标申报表",
    FormKind.TARGETS: "项目支出绩效目标表",
    FormKind.APPROVAL: "项目支出绩效目标批复表",
}
# The columns the Shanghai grid lacks, each with the indicator field it holds.
_EXTRA_COLUMNS = (
    ("指标解释", "explanation"),
    ("绩效标准", "basis"),
    ("权重", "weight"),
    ("指标方向性", "direction"),
)
_DIRECTIONS = {Direction.UP: "正向", Direction.DOWN: "反向"}
_BLOCKS = {Period.ANNUAL: "年度绩效指标", Period.MID_TERM: "长期绩效指标"}
_WIDTH = 5  # 绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标目标值


def declaration_sheet(project: Project) -> Sheet:
    """A project as the Shanghai declaration form (申报表), cell by cell.

    See the module's notes for the layout and the extra columns.

    Raises:
        FormError: (`writing=True`) the project holds what no cell can hold so that it reads
            back: unclaimed cells, a detail without text, amounts of unknown unit
            (`Funding.in_yuan` false) where no amount is given. Every field at fault is a
            problem of its own.
        FieldTypeError: `project` is not a `Project`.

    Examples:
        >>> import datetime
        >>> from perfindicator import Level2, parse_target
        >>> project = Project(name="社区法治宣传", year=2026,
        ...     start=datetime.date(2026, 1, 1), end=datetime.date(2026, 12, 31),
        ...     indicators=(Indicator(level2=Level2.QUANTITY, name="培训场次",
        ...                           target=parse_target(">=12场"), weight=Decimal(20)),))
        >>> sheet = declaration_sheet(project)
        >>> sheet.rows[-2]
        ('绩效指标', '一级指标', '二级指标', '三级指标', '指标目标值', '权重')
        >>> sheet.rows[-1]
        (None, '产出指标', '数量指标', '培训场次', '>=12场', Decimal('20'))
    """
    v.require(project, Project, "declaration_sheet", "project")
    _refuse(_unwritable_project(project))
    extra = [
        (header, field)
        for header, field in _EXTRA_COLUMNS
        if any(getattr(i, field) not in ("", None) for i in project.indicators)
    ]
    b = _Builder(_WIDTH + len(extra))
    b.row(_TITLES[project.kind])
    b.row(f"({project.year}年度)")
    b.row("项目名称", project.name, "项目类别", project.category)
    b.row("主管部门", project.department, "实施单位", project.implementing_unit)
    b.row(
        "计划开始日期",
        _Cell(project.start, code=DATE),
        "计划完成日期",
        _Cell(project.end, code=DATE),
    )
    for detail in project.details:
        b.row(detail.label, detail.text)
    f = project.funding
    top = b.row("项目资金", "单位：元" if f.in_yuan else None)
    b.row(None, "项目资金总额", _amount(f.total), "年度资金申请总额", _amount(f.annual_request))
    b.row(None, "其中：财政资金", _amount(f.fiscal), "其中：当年财政拨款", _amount(f.appropriation))
    b.row(None, None, None, "上年结转资金", _amount(f.carryover))
    b.down(1, top, b.row(None, "其他资金", _amount(f.other), "其他资金", _amount(f.annual_other)))
    g = project.goals
    top = b.row("项目绩效目标", "项目总目标", g.overall)
    if g.period is not None:
        b.row(None, f"({g.period[0]}年-{g.period[1]}年)")
    b.down(1, top, b.row(None, "年度总目标", g.annual))
    headers = [header for header, _ in extra]
    fields = [field for _, field in extra]
    runs = _runs(project.indicators) or [(Period.ANNUAL, [])]
    for k, (period, run) in enumerate(runs):
        block = "绩效指标" if len(runs) == 1 and period is Period.ANNUAL else _BLOCKS[period]
        top = b.row(block, "一级指标", "二级指标", "三级指标", "指标目标值", *headers)
        last = _grid(b, _indicator_rows(run, fields))
        if k == len(runs) - 1:
            last = _empty_rows(b, project.empty_rows)
        b.down(1, top, last)
    return b.sheet("申报表")


def _unwritable_project(project: Project) -> list[tuple[str, object, str]]:
    problems: list[tuple[str, object, str]] = [
        (f"unclaimed[{k}]", cell.text, "a cell no part of a form claims has no place to stand")
        for k, cell in enumerate(project.unclaimed)
    ]
    problems += [
        (f"details[{k}]", detail.label, "a detail without text leaves nothing to read")
        for k, detail in enumerate(project.details)
        if not detail.text
    ]
    f = project.funding
    amounts = (
        f.total,
        f.fiscal,
        f.other,
        f.annual_request,
        f.appropriation,
        f.carryover,
        f.annual_other,
    )
    if not f.in_yuan and all(amount is None for amount in amounts):
        problems.append(
            ("funding.in_yuan", False, "amounts of unknown unit where no amount is given")
        )
    return problems


def _runs(indicators: Sequence[Indicator]) -> list[tuple[Period, list[Indicator]]]:
    """The indicators in runs of one period each, in order."""
    runs: list[tuple[Period, list[Indicator]]] = []
    for indicator in indicators:
        if runs and runs[-1][0] is indicator.period:
            runs[-1][1].append(indicator)
        else:
            runs.append((indicator.period, [indicator]))
    return runs


def _extra(indicator: Indicator, field: str) -> _Cell:
    value = getattr(indicator, field)
    if field == "weight":
        return _points(value)
    if field == "direction":
        return _Cell(None if value is None else _DIRECTIONS[value])
    if field == "basis":
        return _Cell(None if value is None else value.value)
    return _Cell(value)


# A grid row: its level-1 and level-2 labels, whether its level-2 cell must be written
# even under the same label above, and the cells after them.
_GridRow = tuple[str | None, str | None, bool, Sequence[_Cell | CellValue]]


def _grid(b: _Builder, rows: Sequence[_GridRow]) -> int:
    """Write indicator rows, each level-1 and level-2 label merged down its run.

    Returns the number of the last row written (the row above where there are none).
    """
    first1 = first2 = last = len(b.rows)
    previous: tuple[str | None, str | None] = (None, None)
    for k, (level1, level2, fresh, cells) in enumerate(rows):
        new1 = k == 0 or level1 != previous[0]
        new2 = new1 or fresh or level2 != previous[1]
        if new1:
            b.down(2, first1, last)
        if new2:
            b.down(3, first2, last)
        last = b.row(None, level1 if new1 else None, level2 if new2 else None, *cells)
        first1 = last if new1 else first1
        first2 = last if new2 else first2
        previous = (level1, level2)
    if rows:
        b.down(2, first1, last)
        b.down(3, first2, last)
    return last


def _indicator_rows(indicators: Sequence[Indicator], fields: Sequence[str]) -> list[_GridRow]:
    return [
        (
            i.level1.value,
            i.level2.value,
            # A satisfaction name (…满意度) under a label carried down from above is read
            # as a satisfaction indicator: its own label, written, keeps its category.
            i.name.endswith(SATISFACTION_ENDINGS),
            [i.name, None if i.target is None else str(i.target)]
            + [_extra(i, field) for field in fields],
        )
        for i in indicators
    ]


def _empty_rows(b: _Builder, count: int) -> int:
    """Write template rows left empty; return the number of the last row.

    Each is labels, no name, no target (产出指标 | 成本指标, as forms leave it).
    """
    last = len(b.rows)
    for _ in range(count):
        last = b.row(None, Level1.OUTPUT.value, Level2.COST.value, *[None] * (b.width - 3))
    return last


# --- 自评表 (10号) -------------------------------------------------------------------------

_REPORT_WIDTH = 9


def self_evaluation_sheet(report: SelfEvaluationReport) -> Sheet:
    """A self-evaluation as the 10号 自评表, cell by cell.

    See the module's notes for the layout.

    Raises:
        FormError: (`writing=True`) the report holds what the 10号 layout has no cell for;
            every field at fault is a problem of its own.
        FieldTypeError: `report` is not a `SelfEvaluationReport`.

    Examples:
        >>> from perfindicator import parse_target
        >>> from perfindicator.documents.selfeval_report import (
        ...     ExecutionLine, PointsLabel, ReportedIndicator)
        >>> report = SelfEvaluationReport(name="水土保持监测", year=2022,
        ...     layout=ReportLayout.CENTRAL_10,
        ...     execution=(ExecutionLine(label="年度资金总额", initial=500000,
        ...         budget=500000, executed=487400, rate=Decimal("97.48"), points=10,
        ...         score=Decimal("9.75")),),
        ...     labels=(PointsLabel(label="产出指标", points=50, level1=Level1.OUTPUT),),
        ...     lines=(ReportedIndicator(name="监测点位", level1=Level1.OUTPUT,
        ...         level2=Level2.QUANTITY, target_text="≥12个", target=parse_target("≥12个"),
        ...         actual_text="12个", points=50, score=50),),
        ...     total=Decimal("59.75"))
        >>> sheet = self_evaluation_sheet(report)
        >>> sheet.rows[5][7], sheet.format_at(6, 8)
        (Decimal('0.9748'), '0.00%')
        >>> sheet.rows[9][1:5]
        ('产出指标(50分)', '数量指标', '监测点位', '≥12个')
    """
    v.require(report, SelfEvaluationReport, "self_evaluation_sheet", "report")
    _refuse(_unwritable_report(report))
    b = _Builder(_REPORT_WIDTH)
    b.row("项目支出绩效自评表")
    b.row(f"({report.year}年度)")
    b.row("项目名称", report.name)
    b.row("主管部门", _Cell(report.department, span=3), "实施单位", report.implementing_unit)
    if report.execution:
        label = "项目资金（元）" if report.in_yuan else "项目资金"
        if report.execution_points is not None:
            # Points the block states apart from its rows' 分值, as its label announces them.
            label += f"({report.execution_points:f}分)"
        top = b.row(
            label,
            _Cell(None, span=2),
            "年初预算数",
            "调整后预算数" if report.adjusted else "全年预算数",
            "全年执行数",
            "分值",
            "执行率",
            "得分",
        )
        for row in report.execution:
            last = b.row(
                None,
                _Cell(row.label, span=2),
                _amount(row.initial),
                _amount(row.budget),
                _amount(row.executed),
                _points(row.points),
                _Cell(None if row.rate is None else row.rate.scaleb(-2), code=PERCENT),
                _points(row.score),
            )
        b.down(1, top, last)
    top = b.row("年度总体目标", _Cell("预期目标", span=4), "实际完成情况")
    b.down(1, top, b.row(None, _Cell(report.goal, span=4), report.goal_outcome))
    top = b.row(
        "绩效指标",
        "一级指标",
        "二级指标",
        "三级指标",
        "年度指标值",
        "实际完成值",
        "分值",
        "得分",
        "偏差原因分析及改进措施",
    )
    points = {label.level1: label.points for label in report.labels}
    rows: list[_GridRow] = []
    level1: str | None = None
    for k, line in enumerate(report.lines):
        if k == 0 or line.level1 is not report.lines[k - 1].level1:
            # A label's points on its category's first run only: a later run of the same
            # category is no second label.
            level1 = _level1_cell(line.level1, points)
            points.pop(line.level1, None)
        rows.append(
            (
                level1,
                None if line.level2 is None else line.level2.value,
                line.name.endswith(SATISFACTION_ENDINGS),
                [
                    line.name,
                    line.target_text,
                    line.actual_text,
                    _points(line.points),
                    _points(line.score),
                    line.note,
                ],
            )
        )
    _grid(b, rows)
    b.down(1, top, _empty_rows(b, report.empty_rows))
    b.row(
        _Cell("总分", span=6),
        _points(report.total_points),
        _points(report.total),
        None,
    )
    for label, text in (
        ("评价等级", report.grade_text),
        ("评价结论", report.conclusion),
        ("存在问题", report.issues),
        ("改进措施", report.measures),
    ):
        if text:
            b.row(label, text)
    return b.sheet("自评表")


def _level1_cell(level1: Level1 | None, points: dict[Level1 | None, Decimal]) -> str | None:
    """A level-1 cell with the points its label announces: `产出指标(50分)`."""
    if level1 is None:
        return None
    if level1 in points:
        return f"{level1.value}({points[level1]:f}分)"
    return level1.value


def _unwritable_report(report: SelfEvaluationReport) -> list[tuple[str, object, str]]:
    problems: list[tuple[str, object, str]] = []
    if report.layout not in (ReportLayout.CENTRAL_10, None):
        assert report.layout is not None
        problems.append(("layout", report.layout.value, "the report is written in the 10号 layout"))
    no_cell = "the 10号 layout has no cell for it"
    for k, execution in enumerate(report.execution):
        if execution.reason:
            problems.append((f"execution[{k}].reason", execution.reason, no_cell))
    with_lines = {line.level1 for line in report.lines}
    for k, label in enumerate(report.labels):
        if label.level1 is None or label.level1 not in with_lines:
            problems.append(
                (f"labels[{k}]", label.label, "a points label with no indicator row to stand on")
            )
    for k, line in enumerate(report.lines):
        for field in ("block", "deduction", "description"):
            if getattr(line, field) not in ("", None):
                problems.append((f"lines[{k}].{field}", getattr(line, field), no_cell))
    for field in ("details", "unclaimed"):
        for k, cell in enumerate(getattr(report, field)):
            problems.append((f"{field}[{k}]", cell.text, no_cell))
    return problems
