"""Reading forms from a grid of cells, whatever the template.

`read_table` takes rows of cell values (as a spreadsheet, an HTML or Word table, a PDF table
or delimited text gives them) and finds the form in them by its labels, not by positions
fixed per template: the title (`…绩效目标申报表`, `…目标表`, `…批复表`) and the budget year,
the header fields, the funding and goals blocks, and the indicator table, whose columns are
recognised from their headers (`documents.labels`). The reading rules:

- **Forms.** A form starts at its title; a grid with several titles holds several forms,
  read in order. Title lines that follow each other (a page heading, the form's title, a
  sub-title) are one form's title. A grid without a title is one form if it has labels.
  A flat table (one row per indicator with the project's cells repeated or merged down, as
  Sichuan's system exports) holds one form per project name.
- **Header fields** are read as label and value: the value is the next cell on the label's
  row, or, where a row holds only labels, the cells under them on the rows below.
- **Money.** A cell announcing the unit (`单位:万元`, `金额单位:元`, `资金情况(万元)`) sets it
  for the form's amounts; 万元 are converted to 元 exactly. Where nothing announces it, the
  caller's `money_unit` applies, and without one the amounts are kept as written with
  `Funding.in_yuan` false: the unit is never guessed. An amount that carries its own unit
  (`10万元`) is read in that unit.
- **Indicator rows** are read by meaning where extraction has shifted them: leading cells
  naming a category are the level-1 and level-2 labels (carried down over merged cells), the
  others fall into the columns after them. Side-by-side mid-term and annual columns
  (`指标值(长期)` / `指标值(年度)`) and stacked blocks (`长期绩效指标` / `年度绩效指标`) give
  indicators of both periods. Split targets (sign, value and unit cells) are read by
  `target_from_cells`.
- **Monitoring tables** (绩效运行监控表) are told by their title (`…绩效监控表`,
  `…绩效运行监控表`) or by an indicator header with a column of the value reached so far
  (`半年度指标执行情况`, `当前完成值`), and read as a `MonitoringReport`: the budget block
  (`年初预算数 | 1-6月执行数 | 全年预计执行数`) row by row, then (`_monitoring_table`) the
  indicator lines by column and the footer rows (偏差或不能完成目标原因分析, 相关建议或举措).
- **Self-evaluations** (绩效自评表) are told by their title (`…绩效自评表`) or by an
  indicator header with a column of the actual value (实际完成值, 完成值, 全年实际值), and read
  as a `SelfEvaluationReport` by `_selfeval_table`: the execution block, the goal block,
  the indicator lines with their points and scores, the totals and footers, and the layout
  (`ReportLayout`) the headers follow.
- **Nothing is dropped.** Header fields the model has no field for are kept as details;
  cells no part of the form claims are kept as unclaimed (lint reports them); empty
  template rows are counted. A row that cannot be read is an error naming its cell.

Core: no I/O. `perfindicator.io.read` opens files and hands their grids here.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal, InvalidOperation
from typing import Any

from perfindicator.documents import labels as L
from perfindicator.documents._header import Column, Layout, Placing, layout_of
from perfindicator.documents._monitoring_table import read_monitoring
from perfindicator.documents._rows import (
    SATISFACTION_ENDINGS,
    label_of,
    parse_or_none,
    split_labels,
)
from perfindicator.documents._selfeval_table import is_self_evaluation, read_self_evaluation
from perfindicator.documents._texts import (
    LABELLED,
    NUMBERING,
    YEAR_CELL,
    Text,
    grid_rows,
    raw_rows,
)
from perfindicator.documents.document import Document
from perfindicator.documents.grid import Grid, RawCell
from perfindicator.errors import (
    FieldError,
    FieldTypeError,
    FormError,
    PerfIndicatorError,
    Place,
    Problem,
    shown,
)
from perfindicator.grammar.cells import target_from_cells
from perfindicator.grammar.inputs import read_date
from perfindicator.grammar.parse import parse_target
from perfindicator.model.categories import Level1, Level2
from perfindicator.model.kinds import FormKind, Period, StandardBasis
from perfindicator.model.project import (
    Funding,
    Goals,
    Indicator,
    LabelledText,
    Project,
)
from perfindicator.model.targets import (
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

__all__ = ["NO_FORM", "read_table"]

NO_FORM = "no-form"
"""The code of the problem raised for a table that holds no form at all (a page's layout
table, say), so that a reader of many tables can tell it from a form it cannot read."""

# The budget year: (2022年度), ( 2021 年度), (2023年), or 2023年 leading a title.
# The budget year in a title: (2022年度), ( 2021 年度), (2023年), or 2023年 anywhere in it.
_YEAR = re.compile(r"[(（]\s*([0-9]{4})\s*年度?\s*[)）]")
# Else a year inside the title (`某区2022年部门预算…`, `2023年度项目…`), not one that ends
# a range of years (`(2021-2023年)`: the goals' period).
_YEAR_IN_TITLE = re.compile(r"(?<![0-9])(?<![0-9][-—~至－])([0-9]{4})\s*年度?")
# What may follow a review opinion's label: a colon, a stamp (盖章), (签字盖章), (签章).
_FOOTER_TAIL = re.compile(r"(?:\([^()]*\)|:)+$")
_GOAL_PERIOD = re.compile(r"[(（]\s*([0-9]{4})\s*年?\s*[-—~至－]\s*([0-9]{4})\s*年?\s*[)）]")
# 单位:万元, 金额单位:元, 填报单位:(盖章) 单位:万元; not 计量单位:元 (a measure's unit).
_MONEY_UNIT = re.compile(r"(?<!计量)(?<!度量)(?:金额)?单位\s*[:：]\s*(万元|元)")
_AMOUNT = re.compile(r"([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(\.[0-9]+)?\s*(万元|元)?")
_WEIGHT = re.compile(r"(?:权重|分值)?\s*([0-9]+(?:\.[0-9]+)?)\s*(?:分|%)?")
_DIRECTIONS = {"正向": Direction.UP, "反向": Direction.DOWN}
_GENERIC_GOALS = frozenset({"绩效目标", "项目绩效目标", "总体目标"})


def read_table(
    rows: Iterable[Sequence[RawCell]] | Grid,
    *,
    source: str | None = None,
    money_unit: L.MoneyUnit | None = None,
) -> list[Document]:
    """Read every form in a table of cells, in order.

    Args:
        rows: the rows of cell values (`str`, `int`, `float`, `Decimal`, `date`, `datetime`
            or `None`), as `openpyxl`'s `iter_rows(values_only=True)` or `pdfplumber`'s
            `extract_tables()` give them, merged cells empty after their first; or a `Grid`
            whose cells keep their places.
        source: the file the rows come from, named in every problem's place.
        money_unit: `"元"` or `"万元"`: the unit of the amounts where no cell of a form
            announces one. Without it such amounts keep an unknown unit.

    Returns:
        The forms, in table order: a `Project` for each declaration form (申报表, 目标表,
        批复表), a `MonitoringReport` for each monitoring table, a `SelfEvaluationReport`
        for each self-evaluation (see `Document`).

    Raises:
        FormError: the table holds no form, its template is not recognised, or some cells
            cannot be read; every problem is listed with its place (file, sheet or page,
            row, column) and the cell's text.
        FieldTypeError: an argument of the wrong type, or a cell of a type no table holds.
        FieldError: a cell holds a number beyond the supported size, or a time of day.

    Examples:
        >>> rows = [
        ...     ["项目支出绩效目标表", None, None, None, None],
        ...     ["(2023年)", None, None, None, None],
        ...     ["单位:万元", None, None, None, None],
        ...     ["项目名称", "安全隐患维修", None, None, None],
        ...     ["预算规模及资金用途", "预算数", 20, "其他资金", None],
        ...     ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值"],
        ...     ["产出指标", "数量指标", "维修面积", "维修面积", "≥400平方米"],
        ...     [None, "质量指标", "验收合格率", None, "≥98百分比"],
        ... ]
        >>> (project,) = read_table(rows)
        >>> project.name, project.year, project.kind.value, project.funding.annual_request
        ('安全隐患维修', 2023, '目标表', Decimal('200000'))
        >>> [(i.name, str(i.target), i.explanation) for i in project.indicators]
        [('维修面积', '>=400平方米', '维修面积'), ('验收合格率', '>=98%', '')]
    """
    if source is not None and not isinstance(source, str):
        raise FieldTypeError("read_table", "source", source, "must be a str (a file name) or None")
    _check_money_unit(money_unit)
    if isinstance(rows, Grid):
        return _read(rows.source, grid_rows(rows), money_unit)
    return read_rows(rows, source=Place(file=source), money_unit=money_unit)


def read_rows(
    rows: Iterable[Sequence[RawCell]], *, source: Place, money_unit: L.MoneyUnit | None
) -> list[Document]:
    """`read_table` of raw rows from `source` (a file, sheet or page), as the readers give them.

    For `perfindicator.io.read`: the same forms as `read_table(grid(rows, ...))`, without
    building a `Cell` and a `Place` for every cell.
    """
    _check_money_unit(money_unit)
    return _read(source, raw_rows(rows, source), money_unit)


def _check_money_unit(money_unit: object) -> None:
    if money_unit is not None and money_unit not in L.MONEY_UNITS:
        raise FieldError("read_table", "money_unit", money_unit, "must be '元', '万元' or None")


def _read(
    source: Place,
    rows: Callable[[list[Problem]], list[list[Text]]],
    money_unit: L.MoneyUnit | None,
) -> list[Document]:
    problems: list[Problem] = []
    projects: list[Document] = []
    texts = rows(problems)
    starts = _form_starts(texts)
    if not starts:
        seen = [t.text for row in texts for t in row][:20]
        problems.append(
            Problem(
                code=NO_FORM,
                message_en="no form found: no title (…绩效目标申报表) and no label of a form; "
                f"the table's cells: {seen}",
                message_zh="未找到申报表：既无标题也无栏目名称",
                where=source,
            )
        )
        raise FormError(problems)
    ends = [*starts[1:], len(texts)]
    for start, end in zip(starts, ends, strict=True):
        reader = _FormReader(source, texts, start, end, problems, money_unit)
        projects.extend(reader.read())
    if problems:
        raise FormError(problems)
    return projects


def _is_title(row: list[Text]) -> bool:
    return len(row) <= 2 and any(L.TITLE.search(t.folded) for t in row)


def _has_labels(row: list[Text]) -> bool:
    return any(t.role is not None for t in row)


def _form_starts(texts: list[list[Text]]) -> list[int]:
    """The first row of each form: its title, the first of consecutive title rows."""
    starts: list[int] = []
    since_fields = True  # whether field labels came since the last title
    for k, row in enumerate(texts):
        if _is_title(row):
            if since_fields or not starts:
                starts.append(k)
            since_fields = False
        elif _has_labels(row):
            since_fields = True
    if not starts and any(_has_labels(row) for row in texts):
        starts.append(0)
    elif starts:
        # What stands above the first title (a page heading, the department's name) is
        # read with the first form: kept, never dropped.
        starts[0] = 0
    return starts


def _reads_as_target(name: str) -> bool:
    """Whether an indicator's name reads as a target rather than a name.

    A date, a deadline, a period or a relative deadline, a range, a bare number or
    percentage, or a comparison or schedule written with its sign (`≥95%`, `不低于90%`,
    `≥1次/月`). Not a name that starts with a number (`12345热线服务`, `5G基站建设`): the
    parser would read it as a number and a unit, but nothing marks it as a target.
    """
    read = parse_or_none(name)
    if isinstance(read, (Deadline, DatePeriod, RelativeDeadline, Range)):
        return True
    if isinstance(read, Schedule):
        return parse_or_none("=" + name) != read
    if not isinstance(read, Comparison):
        return False
    if read.quantity.unit in ("", "%", "‰"):
        return True
    # Written with its sign: "=" in front makes it no target at all.
    return parse_or_none("=" + name) != read


def _as_value(cell: Text) -> object:
    """A cell for comparing with another: a number as a number (typed `10` is `10.00`)."""
    value = _typed(cell)
    if isinstance(value, str) and (amount := _AMOUNT.fullmatch(value)) and not amount[3]:
        return Decimal(amount[1].replace(",", "") + (amount[2] or ""))
    return value


def _typed(cell: Text) -> Decimal | datetime.date | str:
    """A cell's value as typed: a number or a date as such, text as read (on one line)."""
    value = cell.value
    return value if isinstance(value, (Decimal, datetime.date)) else cell.text


# --- One form -------------------------------------------------------------------------


class _FormReader:
    """Reads one form: rows `start` to `end` of the table."""

    def __init__(
        self,
        source: Place,
        texts: list[list[Text]],
        start: int,
        end: int,
        problems: list[Problem],
        money_unit: L.MoneyUnit | None,
    ) -> None:
        self.source = source
        self.texts = texts
        self.start = start
        self.end = end
        self.problems = problems
        self.count = len(problems)
        self.caller_unit = money_unit
        self.unit: L.MoneyUnit | None = None
        self.unit_cell: Text | None = None
        self.fields: dict[str, Text] = {}
        # The block label in effect (项目资金, 预算规模及资金用途, …): a merged label that
        # stands on its block's first row names the unlabelled cells of the rows below.
        self.block: Text | None = None
        self.details: list[LabelledText] = []
        self.unclaimed: list[LabelledText] = []
        self.funding: list[tuple[str, Text, Text | None]] = []  # (key, label, value)
        self.goals: dict[str, list[str]] = {}
        self.goal_period: tuple[int, int] | None = None
        self.year: int | None = None
        self.kind = FormKind.DECLARATION
        self.title: Text | None = None
        self.monitoring_title = False
        self.field_labels: dict[str, Text] = {}
        # A monitoring table's budget block: the headers of its amounts (年初预算数, 1-6月执行数,
        # …) by column, whether rows under them are still its lines, and its rows (label
        # cells, amount cells by role).
        self.budget_columns: dict[int, Text] = {}
        self.in_budget = False
        self.budget_rows: list[tuple[list[Text], dict[str, Text]]] = []

    # Problems and kept cells.

    def problem(self, where: Text | None, en: str, zh: str) -> None:
        """Record a problem at a cell; without one, at the form's first cell (its title)."""
        cell = where if where is not None else self.first_cell()
        self.problems.append(
            Problem(
                code="form",
                message_en=en,
                message_zh=zh,
                where=self.source if cell is None else cell.place,
                text=None if cell is None else cell.text,
            )
        )

    def first_cell(self) -> Text | None:
        return next((row[0] for row in self.texts[self.start : self.end] if row), None)

    def keep(self, label: str, cell: Text, *, detail: bool = False) -> None:
        kept = LabelledText(
            label=L.read_label(label).text if label else "", text=cell.text, place=cell.place
        )
        (self.details if detail else self.unclaimed).append(kept)

    # The form.

    def read(self) -> list[Document]:
        if is_self_evaluation(self.texts[self.start : self.end]):
            return [*read_self_evaluation(self)]
        layout_at = self.header()
        if layout_at is None:
            seen = [t.text for row in self.texts[self.start : self.end] for t in row][:20]
            self.problem(
                None,
                "no indicator table found: expected a header row with 三级指标 (or 指标名称, "
                f"指标内容) and 指标值 (or 指标目标值, 目标值, …); the form's cells: {seen}",
                "未找到绩效指标表头（应含三级指标与指标值等栏目）",
            )
            return []
        row, layout = layout_at
        if layout.monitoring or self.monitoring_title:
            return [*read_monitoring(self, row, layout)]
        if self.budget_rows:
            self.problem(
                next(iter(self.budget_columns.values())),
                "budget execution columns (年初预算数, 1-N月执行数) in a form whose indicator "
                "table has no column of the value reached so far (指标执行情况)",
                "有预算执行栏目而指标表缺少执行情况栏目",
            )
        if layout.flat:
            return [*self.flat(row, layout)]
        indicators, empty = self.indicators(row, layout)
        project = self.build(indicators, empty)
        return [] if project is None else [project]

    def header(self) -> tuple[int, Layout] | None:
        """Read the rows above the indicator table; return where the table starts."""
        pending: dict[int, Text] = {}  # labels waiting for values below them, by column
        for k in range(self.start, self.end):
            row = self.texts[k]
            if not row:
                continue
            layout = layout_of(row)
            if layout is not None:
                return k, layout
            if _is_title(row) and not _has_labels(row):
                self.read_title(row)
                continue
            if not pending and len(row) == 1 and YEAR_CELL.fullmatch(row[0].text):
                self.read_year(row[0])
                continue
            # Under a row of labels, a row of text is their values (a goal may end in
            # 审核意见), not a review opinion.
            if not pending and self.footer(row):
                continue
            if self.budget_block(row):
                pending = {}
                continue
            announcing = {id(t) for t in row if self.announces(t)}
            labels = [t for t in row if t.role is not None or id(t) in announcing]
            if labels and len(labels) == len(row):
                pending = {t.column: t for t in row if self.takes_value(t)}
                self.amounts_below(pending.values())
                continue
            if not labels and pending:
                self.values_below(row, pending)
                continue
            pending = {}
            self.pairs(row)
        return None

    def footer(self, row: list[Text]) -> bool:
        """Whether a row is a review opinion (财政部门审核意见 (盖章) | 同意); kept as details."""
        if not _FOOTER_TAIL.sub("", row[0].folded).endswith(L.FOOTER_WORDS):
            return False
        label = row[0].label.text
        self.details += [
            LabelledText(label=label, text=cell.text, place=cell.place) for cell in row[1:]
        ]
        return True

    def announces(self, cell: Text) -> bool:
        """Record a money-unit announcement in `cell`; whether the cell is one."""
        folded = cell.folded
        found = _MONEY_UNIT.search(folded)
        unit = found[1] if found else cell.label.money_unit
        if unit is None:
            return False
        if self.unit is not None and unit != self.unit and self.unit_cell is not None:
            self.problem(
                cell,
                f"the money unit is announced as {self.unit} at {self.unit_cell.place} "
                f"and as {unit} here",
                "金额单位前后不一致",
            )
        self.unit = unit  # type: ignore[assignment]
        self.unit_cell = cell
        return True

    def read_title(self, row: list[Text]) -> None:
        for cell in row:
            match = L.TITLE.search(cell.folded)
            if match is None:
                if YEAR_CELL.fullmatch(cell.text):
                    self.read_year(cell)
                else:
                    self.keep("", cell)
                continue
            if match[2] is not None:
                self.monitoring_title = True
            if self.title is None:
                self.title = cell
                self.kind = L.TITLE_WORDS.get(match[1], FormKind.DECLARATION)
            if _YEAR.search(cell.folded) or _YEAR_IN_TITLE.search(cell.folded):
                self.read_year(cell)
            # A title that says more than its template's words (a department, a project)
            # is kept; the template's words themselves are claimed by the title.
            bare = _YEAR_IN_TITLE.sub("", _YEAR.sub("", cell.folded))
            if bare not in L.TITLES:
                self.keep("标题", cell, detail=True)

    def read_year(self, cell: Text) -> None:
        match = (
            YEAR_CELL.fullmatch(cell.text)
            or _YEAR.search(cell.folded)
            or _YEAR_IN_TITLE.search(cell.folded)
        )
        assert match is not None
        year = int(next(group for group in match.groups() if group))
        if self.year is not None and year != self.year:
            self.problem(
                cell, f"a second budget year {year}; the form has {self.year}", "预算年度不一致"
            )
        self.year = year

    def takes_value(self, cell: Text) -> bool:
        role = cell.role
        if role is None or role[0] in ("block", "grid"):
            return False
        return not (role[0] == "goal" and L.read_label(cell.text).text in _GENERIC_GOALS)

    def amounts_below(self, labels: Iterable[Text]) -> None:
        """Enter the funding labels of a row of labels in the block, their cells empty.

        An amount under a label (`values_below`) fills its cell. A label over an empty cell
        still stands in the block, as `pairs` enters a label beside an empty cell: an empty
        当年其他资金 still makes the 其他资金 beside it the whole period's, an empty
        年度资金申请总额 is still the total of the amounts after it, and a row of labels
        with no amounts under it (the totals of a block whose parts stand beside their
        labels) is a row of empty cells.
        """
        for label in labels:
            if label.role is not None and label.role[0] == "funding":
                self.funding.append((label.role[1], label, None))

    def values_below(self, row: list[Text], pending: dict[int, Text]) -> None:
        columns = sorted(pending)
        for cell in row:
            if self.goal_period_in(cell):
                continue
            at = [c for c in columns if c <= cell.column]
            label = pending[at[-1] if at else columns[0]]
            self.value(label, cell)

    def pairs(self, row: list[Text]) -> None:
        k = 0
        block = self.block
        while k < len(row):
            cell = row[k]
            role = cell.role
            if self.announces(cell) and role is None:
                k += 1
                continue
            if role is None:
                if self.goal_period_in(cell):
                    pass  # the goals' period, recorded
                elif LABELLED.match(cell.folded):
                    label, _, text = cell.folded.partition(":")
                    self.details.append(LabelledText(label=label, text=text, place=cell.place))
                elif block is not None:
                    # Text under a block's label (预算规模及资金用途: the use of the funds).
                    self.keep(block.text, cell, detail=True)
                else:
                    self.keep("", cell)
                k += 1
                continue
            if role[0] in ("block", "grid") or (
                role[0] == "goal"
                and L.read_label(cell.text).text in _GENERIC_GOALS
                and any(
                    t.role == ("goal", "overall") or t.role == ("goal", "annual")
                    for t in row[k + 1 :]
                    if t is not cell and L.read_label(t.text).text not in _GENERIC_GOALS
                )
            ):
                block = self.block = cell
                k += 1
                continue
            value = row[k + 1] if k + 1 < len(row) and row[k + 1].role is None else None
            if value is not None and self.announces(value) and not _AMOUNT.fullmatch(value.folded):
                value = None
            if role[0] == "funding":
                self.funding.append((role[1], cell, value))
            elif value is not None:
                self.value(cell, value)
            k += 2 if value is not None else 1

    def goal_period_in(self, cell: Text) -> bool:
        """Record the goals' period if `cell` is one, `(2022 年 - 2024年)`; whether it is."""
        period = _GOAL_PERIOD.fullmatch(cell.folded)
        if period is None:
            return False
        if self.goal_period is not None:
            self.problem(cell, "the goals' period is given twice", "目标期间重复填写")
        self.goal_period = (int(period[1]), int(period[2]))
        return True

    def value(self, label: Text, cell: Text) -> None:
        role = label.role
        assert role is not None
        kind, key = role
        if kind == "field":
            if key in self.fields and key != "category":
                self.problem(cell, f"{label.text} is given twice", f"{label.text}重复填写")
                return
            if key == "category" and key in self.fields:
                self.keep(label.text, cell, detail=True)
                return
            self.fields[key] = cell
            self.field_labels[key] = label
        elif kind == "funding":
            # The label's entry from `amounts_below`, filled; a second amount under it is
            # entered again, to be reported as given twice.
            at = next((n for n, entry in enumerate(self.funding) if entry[1] is label), None)
            if at is not None and self.funding[at][2] is None:
                self.funding[at] = (key, label, cell)
            else:
                self.funding.append((key, label, cell))
        elif kind == "goal":
            if not self.goal_period_in(cell):
                self.goals.setdefault(key, []).append(cell.text)
        elif kind == "detail":
            self.details.append(
                LabelledText(label=label.label.text, text=cell.text, place=cell.place)
            )
        else:
            self.keep(label.text, cell)

    # Money.

    def money(self, key: str, cell: Text | None) -> tuple[Decimal | None, bool]:
        """The amount in a cell, in 元 where its unit is known, and whether it is known.

        The unit is the cell's own (`10万元`), else the form's announcement, else the
        caller's; an amount with none of them is kept as written.
        """
        if cell is None:
            return None, True
        value = cell.value
        unit: str | None = None
        if isinstance(value, Decimal):
            amount = value
        else:
            text = cell.folded
            match = _AMOUNT.fullmatch(text)
            if match is None:
                if text not in _NO_AMOUNT:
                    self.problem(cell, f"{key}: not an amount of money", "金额无法识别")
                return None, True
            amount = Decimal(match[1].replace(",", "") + (match[2] or ""))
            unit = match[3]
        unit = unit or self.unit or self.caller_unit
        if unit is None:
            return amount, False
        return amount * L.MONEY_UNITS[unit], True

    def build_funding(self) -> Funding | None:
        totals = [
            (label.column, key)
            for key, label, _ in self.funding
            if key in ("total", "annual_request")
        ]
        labels = {label.label.text for _, label, _ in self.funding}
        values: dict[str, Any] = {}
        cells: dict[str, Text] = {}
        bare: list[Text] = []  # amounts whose unit nothing states
        stated: list[Text] = []  # amounts that state their own, or have one announced
        for key, label, cell in self.funding:
            field = key
            if key in ("fiscal", "other"):
                twin = "当年财政拨款" if key == "fiscal" else "当年其他资金"
                before = [kind for column, kind in totals if column <= label.column]
                context = before[-1] if before else (totals[0][1] if totals else "annual_request")
                if context == "annual_request" and not any(twin in t for t in labels):
                    field = {"fiscal": "appropriation", "other": "annual_other"}[key]
            if field in values:
                self.problem(label, f"{label.text} is given twice", f"{label.text}重复填写")
                continue
            values[field], known = self.money(label.text, cell)
            if cell is not None and values[field] is not None:
                cells[field] = cell
                (stated if known else bare).append(cell)
        if bare and stated:
            for cell in bare:
                self.problem(
                    cell,
                    f"an amount without a unit, while {stated[0].text!r} at "
                    f"{stated[0].place} states its own and no cell announces the form's: "
                    "write the unit, or pass money_unit",
                    "金额未注明单位，而其他金额注明了单位",
                )
            return None
        if bare:
            values["in_yuan"] = False
        try:
            return Funding(**values)
        except FieldError as error:
            problem = error.as_problem()
            self.problem(
                cells.get(error.field), f"funding: {problem.message_en}", problem.message_zh
            )
            return None

    # The indicator table.

    def indicators(self, header: int, layout: Layout) -> tuple[list[Indicator], int]:
        indicators: list[Indicator] = []
        empty = 0
        level2: dict[int, Level2 | None] = {}
        level1: Level1 | None = None
        k = header + 1
        while k < self.end:
            row = self.texts[k]
            k += 1
            if not row:
                continue
            if (again := layout_of(row)) is not None:
                self.unused_headers(layout)
                layout, level2 = again, {}
                continue
            if len(row) == 1 and (detail := self.labelled_detail(row[0])) is not None:
                self.details.append(detail)  # 填报人:李四 under the table
                continue
            if self.footer(row):
                continue
            found, was_empty, level1 = self.indicator_row(row, layout, level1, level2)
            indicators += found
            empty += was_empty
        self.unused_headers(layout)
        return indicators, empty

    def indicator_row(
        self,
        row: list[Text],
        layout: Layout,
        level1: Level1 | None,
        level2: dict[int, Level2 | None],
    ) -> tuple[list[Indicator], int, Level1 | None]:
        """Read one row: its indicators, 1 if an empty template row, the level-1 after it.

        `level2` holds the level-2 category in effect for each period's columns, carried
        down over merged cells.
        """
        cells = [t for t in row if t.column not in layout.flat.values()]
        pairs = [(t.column, t.folded if label_of(t.folded) else t.text) for t in cells]
        labels, rest = split_labels(pairs)
        for label in labels:
            if isinstance(label, Level1):
                # A level-1 label starts a new group: a level-2 label of another is stale.
                for n, current in list(level2.items()):
                    if current is not None and current.parent is not label:
                        del level2[n]
                level1 = label
        by_column = {t.column: t for t in cells}
        groups = layout.groups
        if len(groups) > 1:
            return self.side_by_side(layout, groups, level1, level2, by_column), 0, level1
        written = [label for label in labels if isinstance(label, Level2)]
        if written:
            level2[0] = written[-1]
        assigned = self.assign(layout.placing, rest, by_column)
        if "name" not in assigned and "target" not in assigned:
            # No indicator: a template row of labels only, or stray cells, kept.
            self.keep_stray(assigned, groups[0])
            return [], 1 if labels and not assigned else 0, level1
        indicator = self.make(
            assigned, level2.get(0), level1, layout.period, groups[0], written=bool(written)
        )
        return ([] if indicator is None else [indicator]), 0, level1

    def labelled_detail(self, cell: Text) -> LabelledText | None:
        """`填报人:李四`, one cell holding a detail's label and its value, as a detail."""
        label, colon, text = cell.folded.partition(":")
        if not colon or not (label in L.DETAIL_LABELS or label in L.FIELD_LABELS):
            return None
        return LabelledText(label=label, text=text, place=cell.place)

    def keep_stray(self, cells: dict[str, Text], group: dict[str, Column]) -> None:
        for cell in cells.values():
            self.keep_under(cell, group)

    def keep_under(self, cell: Text, group: dict[str, Column]) -> None:
        """Keep a cell no role claims, labelled by the header of its column."""
        column = next((c for c in group.values() if c.column == cell.column), None)
        if column is not None:
            column.used = True
        self.keep("" if column is None else column.header, cell)

    def unused_headers(self, layout: Layout) -> None:
        """Keep the headers of columns of no role that no kept cell stood under."""
        for column in layout.columns:
            if not column.role and not column.used:
                self.keep("", column.cell)

    def assign(
        self, placing: Placing, rest: list[tuple[int, str]], by_column: dict[int, Text]
    ) -> dict[str, Text]:
        """Give the row's cells after its labels their roles: by column, else by order."""
        roles, columns, has_name = placing
        cells = [by_column[column] for column, _ in rest]
        if not cells:
            return {}
        if all(t.column in columns for t in cells):
            aligned = {columns[t.column].role or f"?{t.column}": t for t in cells}
            # A target with no name beside it is a row shifted by extraction (the name
            # stands in the target's column); anything else stands where it belongs.
            if "name" in aligned or "target" not in aligned or not has_name:
                return aligned
        name = next((c for c in roles if c.role == "name"), None)
        if name is not None:
            shift = name.column - cells[0].column
            moved = {t.column + shift: t for t in cells}
            if all(column in columns for column in moved):
                return {columns[column].role or f"?{column}": t for column, t in moved.items()}
        # Compacted by extraction: the target is the last cell that reads as one, the name
        # the cells before it (a name split at its spaces is joined again).
        order = [c.role for c in roles]
        if len(cells) > len(order) or "target" not in order:
            return self.rebuilt(cells, order)
        result: dict[str, Text] = {}
        for role, cell in zip(order, cells, strict=False):
            result[role or f"?{cell.column}"] = cell
        if len(cells) < len(order) and "target" in order and "target" not in result:
            return self.rebuilt(cells, order)
        return result

    def rebuilt(self, cells: list[Text], order: list[str]) -> dict[str, Text]:
        at = None
        for k in range(len(cells) - 1, 0, -1):
            read = parse_or_none(cells[k].text)
            if read is not None and not isinstance(read, Qualitative):
                at = k
                break
        if at is None:
            at = len(cells) - 1 if len(cells) > 1 else None
        if at is None:
            return {"name": cells[0]}
        name = cells[0]
        if at > 1:
            joined = " ".join(t.text for t in cells[:at])
            first = cells[0]
            name = Text(first.column, joined, joined, place=first.place)
        result = {"name": name, "target": cells[at]}
        after = [r for r in order if r not in ("name", "target")]
        for role, cell in zip(after, cells[at + 1 :], strict=False):
            result[role or f"?{cell.column}"] = cell
        for cell in cells[at + 1 + len(after) :]:
            self.keep("", cell)
        return result

    def side_by_side(
        self,
        layout: Layout,
        groups: list[dict[str, Column]],
        level1: Level1 | None,
        level2: dict[int, Level2 | None],
        by_column: dict[int, Text],
    ) -> list[Indicator]:
        """The indicators of a row with one set of columns per period (长期 | 年度)."""
        found = []
        claimed = {c.column for c in layout.columns if c.role == "level1"}
        for n, group in enumerate(groups):
            assigned = {
                column.role: by_column[column.column]
                for column in group.values()
                if column.column in by_column and column.role
            }
            claimed |= {cell.column for cell in assigned.values()}
            written = "level2" in assigned
            if written:
                cell = assigned["level2"]
                level2[n] = label = Level2.lookup(cell.folded)
                if label is None:
                    self.problem(cell, "not a level-2 category (二级指标)", "二级指标无法识别")
            if "name" not in assigned and "target" not in assigned:
                continue
            period = next((c.period for c in group.values() if c.period is not None), layout.period)
            indicator = self.make(assigned, level2.get(n), level1, period, group, written=written)
            if indicator is not None:
                found.append(indicator)
        unclaimed = {k: t for k, t in by_column.items() if k not in claimed}
        self.keep_stray(
            {str(k): t for k, t in unclaimed.items()}, {str(c.column): c for c in layout.columns}
        )
        return found

    def make(
        self,
        cells: dict[str, Text],
        level2: Level2 | None,
        level1: Level1 | None,
        period: Period,
        group: dict[str, Column],
        *,
        written: bool,
    ) -> Indicator | None:
        """Build the indicator of a row's cells, by role.

        `written`: whether its level-2 label stands on its own row (else it was carried
        down from a row above).
        """
        name_cell = cells.get("name")
        target_cell = cells.get("target")
        for role, cell in cells.items():
            if role.startswith("?") or role == "":
                self.keep_under(cell, group)
        if name_cell is None:
            assert target_cell is not None
            self.problem(
                target_cell,
                f"a target {shown(target_cell.text)} without an indicator name",
                "指标目标值缺少三级指标",
            )
            return None
        name = NUMBERING.sub("", name_cell.text).strip()
        # A satisfaction indicator under a label carried down from another block is read as
        # one (extraction moves labels); a level-2 label written on its own row stands.
        if (name.endswith(SATISFACTION_ENDINGS) and not written) or (
            level1 is Level1.SATISFACTION and level2 is None
        ):
            level2 = Level2.SATISFACTION
        if level2 is None:
            self.problem(
                name_cell,
                f"indicator {shown(name)} comes before any level-2 label (二级指标)",
                "三级指标之前缺少二级指标",
            )
            return None
        read, target = self.target(cells, name)
        if not read:
            return None
        # A name that reads as a number or a date, beside words or alone: the two cells are
        # swapped or the name is missing; which one, only the writer knows.
        if _reads_as_target(name) and (target is None or isinstance(target, Qualitative)):
            self.problem(
                name_cell,
                f"the name cell {shown(name)} reads as a target"
                + ("" if target is None else f" and the target {shown(str(target))} as words")
                + ": are the name and target cells swapped?",
                "三级指标与指标目标值疑似错位",
            )
            return None
        explanation = cells["explanation"].text if "explanation" in cells else ""
        basis: StandardBasis | None = None
        if "basis" in cells:
            text = cells["basis"].folded
            try:
                basis = StandardBasis(text)
            except ValueError:
                if explanation:
                    self.keep("绩效标准", cells["basis"])
                else:
                    explanation = cells["basis"].text
        weight = self.weight(cells.get("weight"))
        direction: Direction | None = None
        if "direction" in cells:
            word = cells["direction"].folded.removesuffix("指标")
            direction = _DIRECTIONS.get(word)
            if direction is None:
                self.problem(
                    cells["direction"],
                    "expected a direction: 正向 or 反向",
                    "指标方向性应为正向或反向",
                )
        try:
            return Indicator(
                place=name_cell.place,
                level2=level2,
                name=name,
                target=target,
                explanation=explanation,
                basis=basis,
                weight=weight,
                direction=direction,
                period=period,
            )
        except FieldError as error:
            problem = error.as_problem()
            self.problem(name_cell, f"indicator: {problem.message_en}", problem.message_zh)
            return None

    def target(self, cells: dict[str, Text], name: str) -> tuple[bool, Target | None]:
        """Whether the target cells read, and the target they give (`None`: empty)."""
        try:
            return True, self.parsed_target(cells, name)
        except PerfIndicatorError as error:
            problem = error.as_problem()
            where = cells.get("target") or cells.get("sign") or cells.get("unit")
            self.problem(where, f"indicator target: {problem.message_en}", problem.message_zh)
            return False, None

    def parsed_target(self, cells: dict[str, Text], name: str) -> Target | None:
        """The target the cells give (`None`: empty), as a declaration reads them.

        Raises:
            PerfIndicatorError: the cells do not read as a target.
        """
        value = cells.get("target")
        sign = cells.get("sign")
        unit = cells.get("unit")
        if sign is not None or unit is not None:
            if value is None and sign is None:
                return None
            raw: Any = None if value is None else _typed(value)
            return target_from_cells(
                sign.text if sign is not None else None,
                raw if not isinstance(raw, datetime.date) else raw.isoformat(),
                unit.text if unit is not None else None,
                name=name,
            )
        if value is None:
            return None
        raw = _typed(value)
        if isinstance(raw, datetime.date):
            return parse_target(raw.isoformat())
        # A bare number takes the unit its name gives (`受益人数(人)`), whether the cell is
        # typed as a number or written as text: the same in every format. A name with no
        # bracket gives no unit: the text is the target as written, read by the parser's
        # cache.
        if isinstance(raw, str) and "(" not in name and "（" not in name:
            return parse_target(raw)
        return target_from_cells(None, raw, None, name=name)

    def weight(self, cell: Text | None) -> Decimal | None:
        if cell is None:
            return None
        if isinstance(cell.value, Decimal):
            return cell.value
        match = _WEIGHT.fullmatch(cell.folded)
        if match is None:
            self.problem(cell, "expected a weight, a number of points", "权重应为数值")
            return None
        try:
            return Decimal(match[1])
        except InvalidOperation:  # pragma: no cover - the pattern admits only numbers
            return None

    # Flat tables and the project.

    def flat(self, header: int, layout: Layout) -> list[Project]:
        """One project per project name in a table with a row per indicator.

        The project's cells (项目名称, 单位名称, 预算数, 年度目标, …) are repeated on its
        rows or merged down them; a project cell that differs between two rows of one
        project, or an indicator row before any project name, is a problem at its cell.
        """
        column = layout.flat.get("name")
        if column is None:
            self.problem(
                None, "a flat indicator table without a 项目名称 column", "缺少项目名称栏目"
            )
            return []
        groups: dict[str, list[int]] = {}
        current: str | None = None
        for k in range(header + 1, self.end):
            row = self.texts[k]
            if not row or self.footer(row):
                continue
            cell = next((t for t in row if t.column == column), None)
            if cell is not None:
                current = cell.text
            if current is None:
                self.problem(
                    row[0],
                    "an indicator row before any 项目名称 in its column",
                    "指标行之前缺少项目名称",
                )
                continue
            groups.setdefault(current, []).append(k)
        if not groups and len(self.problems) == self.count:
            self.problem(
                self.title, "a flat indicator table with no rows under its header", "指标表无数据"
            )
            return []
        projects = []
        shared = (self.fields, self.funding, self.goals, self.details, self.unclaimed)
        for numbers in groups.values():
            self.fields, self.funding = dict(shared[0]), list(shared[1])
            self.goals = {key: list(texts) for key, texts in shared[2].items()}
            self.details, self.unclaimed = list(shared[3]), list(shared[4])
            for field, at in layout.flat.items():
                cells = [t for k in numbers for t in self.texts[k] if t.column == at]
                if not cells:
                    continue
                header_text = next((t.text for t in self.texts[header] if t.column == at), field)
                for other in cells[1:]:
                    # Compared as values: a typed 10 and a written 10.00 are one amount.
                    if _as_value(other) != _as_value(cells[0]):
                        self.problem(
                            other,
                            f"the project's {header_text} is {cells[0].text!r} on row "
                            f"{cells[0].place.row} and {other.text!r} here",
                            "同一项目的栏目前后不一致",
                        )
                cell = cells[0]
                if field.startswith("funding:"):
                    self.funding.append((field.partition(":")[2], cell, cell))
                elif field.startswith("goal:"):
                    self.goals.setdefault(field.partition(":")[2], []).append(cell.text)
                else:
                    self.fields[field] = cell
            indicators: list[Indicator] = []
            empty = 0
            level2: dict[int, Level2 | None] = {}
            level1: Level1 | None = None
            for header_column in layout.columns:
                header_column.used = False
            for k in numbers:
                found, was_empty, level1 = self.indicator_row(self.texts[k], layout, level1, level2)
                indicators += found
                empty += was_empty
            self.unused_headers(layout)
            project = self.build(indicators, empty)
            if project is not None:
                projects.append(project)
        return projects

    def named(self) -> Text | None:
        """The project's name cell; a missing name or budget year is a problem."""
        name = self.fields.get("name")
        if name is None:
            self.problem(
                self.title, "the form has no 项目名称 (project name)", "申报表缺少项目名称"
            )
        if self.year is None:
            self.problem(
                self.title,
                "no budget year found: expected one in the title, e.g. (2022年度)",
                "未找到预算年度，如(2022年度)",
            )
        return name

    def build(self, indicators: list[Indicator], empty: int) -> Project | None:
        funding = self.build_funding()
        name = self.named()
        dates: dict[str, datetime.date | None] = {}
        for key in ("start", "end"):
            cell = self.fields.get(key)
            if cell is None:
                dates[key] = None
                continue
            value = cell.value
            day = value if isinstance(value, datetime.date) else read_date(cell.text)
            if day is None:
                self.problem(
                    cell, f"{key} date: expected a date such as 2022-01-01", "日期无法识别"
                )
            dates[key] = day
        overall = "".join(self.goals.get("overall", []))
        annual = "".join(self.goals.get("annual", []))
        if len(self.problems) > self.count or name is None or self.year is None or funding is None:
            return None
        text = {
            key: self.fields[key].text if key in self.fields else ""
            for key in ("department", "implementing_unit", "category")
        }
        try:
            return Project(
                name=name.text,
                year=self.year,
                start=dates["start"],
                end=dates["end"],
                funding=funding,
                goals=Goals(overall=overall, annual=annual, period=self.goal_period),
                indicators=tuple(indicators),
                kind=self.kind,
                details=tuple(self.details),
                unclaimed=tuple(self.unclaimed),
                empty_rows=empty,
                place=(self.title or name).place,
                **text,
            )
        except FieldError as error:
            self.refused(error, name)
            return None

    def refused(self, error: FieldError, name: Text) -> None:
        """A document the model refused: a problem at the field's cell, else the name's."""
        problem = error.as_problem()
        self.problem(
            self.fields.get(error.field, name),
            f"{error.owner}.{error.field}: {problem.message_en}",
            problem.message_zh,
        )

    # A monitoring table (绩效运行监控表).

    def budget_block(self, row: list[Text]) -> bool:
        """Read a row of a monitoring table's budget block; whether it is one.

        The block's header row names the columns of its amounts (年初预算数 | 1-6月执行数 |
        全年预计执行数) beside the block's label (项目资金(万元)); each row under it is a
        budget line, its label cells and its amounts by column, until a row that holds no
        amount under them (a funding label alone, `其他资金`, is a line left empty).
        """
        headers = [t for t in row if t.role is not None and t.role[0] == "budget"]
        if headers:
            self.budget_columns = {t.column: t for t in headers}
            self.in_budget = True
            for cell in row:
                announced = self.announces(cell)
                role = cell.role
                if not announced and (role is None or role[0] not in ("budget", "block")):
                    self.keep("", cell)
            return True
        if not self.in_budget:
            return False
        amounts = [t for t in row if t.column in self.budget_columns]
        alone = len(row) == 1 and row[0].role is not None and row[0].role[0] == "funding"
        if not alone and not any(_is_amount(t) for t in amounts):
            self.in_budget = False
            return False
        labels = [t for t in row if t.column not in self.budget_columns]
        by_role = {}
        for cell in amounts:
            role = self.budget_columns[cell.column].role
            assert role is not None
            by_role[role[1]] = cell
        self.budget_rows.append((labels, by_role))
        return True


def _is_amount(cell: Text) -> bool:
    """Whether a cell is an amount of money (or the mark of none: `/`, `-`, `无`)."""
    return isinstance(cell.value, Decimal) or bool(
        _AMOUNT.fullmatch(cell.folded) or cell.folded in _NO_AMOUNT
    )


_NO_AMOUNT = frozenset({"/", "-", "—", "无"})
