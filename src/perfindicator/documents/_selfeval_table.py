"""Reading a published self-evaluation (绩效自评表) from a grid: `read_self_evaluation`.

`read_table` hands a form here when its title says 自评表 or an indicator header has a
column of the actual value (实际完成值, 完成值, 全年实际值, …): see `is_self_evaluation`. The
rows are read by their labels (`documents.labels`), in any order the templates put them:

- **Header fields** (项目名称, 主管部门, 实施单位, …) as the declaration reader reads them;
  a total given as a field (`项目总得分 | 98`, `自评总分(分) | 95`) is the report's total.
- **The execution block**: a header row naming its columns (`年初预算数 | 全年预算数 |
  全年执行数 | 分值 | 执行率 | 得分`, `预算数(A) | 执行数(B) | 执行率(B/A) | 得分(20分*执行率)`)
  beside its label (`项目资金（万元）`, `预算执行情况(10分)`), then one line per row: its
  label the cells outside these columns. A row of a label alone is a template row left
  empty. Amounts in 元 where the form announces its unit; 执行率 as printed in percent.
- **The goal block**: a row of goal labels (`年度总体目标 | 预期目标 | 实际完成情况`) names
  the cells under them.
- **Indicator tables**: a header row with a name column and a target or actual column;
  every cell is read by its column. Level-1 cells with points (`产出指标(50分)`) and block
  labels with points (`绩效指标(90分)`, `年度绩效目标1(40分)`) are points labels; level-1 and
  level-2 cells carry down over merged cells. A target that does not read is kept as text.
- **Totals and footers**: `总分`, `合计` (points and score by column), 评价结论, 存在问题,
  改进措施, a grade.

The layout (`ReportLayout`) is recognised from the headers read (see `_Reader.layout`).

Package-internal: called by `table`'s form reader, whose header and money reading it
shares through `Host`; not part of the API.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from typing import Protocol

import attrs

from perfindicator.documents import labels as L
from perfindicator.documents._header import FormState
from perfindicator.documents._monitoring_table import REPORT_FIELDS
from perfindicator.documents._texts import LABELLED, NUMBERING, YEAR_CELL, Text, strip_of_which
from perfindicator.documents.selfeval_report import (
    ExecutionLine,
    PointsLabel,
    ReportedIndicator,
    ReportedSubtotal,
    SelfEvaluationReport,
)
from perfindicator.errors import FieldError, PerfIndicatorError, Place
from perfindicator.grammar.actuals import is_not_applicable
from perfindicator.model.categories import Level1, Level2
from perfindicator.model.kinds import ReportLayout
from perfindicator.model.project import LabelledText
from perfindicator.model.targets import Target

__all__ = ["Host", "is_self_evaluation", "read_self_evaluation"]

# `得分(20分*执行率)`: the execution block's points, printed in its score's formula.
_FORMULA_POINTS = re.compile(r"\(([0-9]+(?:\.[0-9]+)?)分\*执行率\)")
# A number as printed: `9.75`, `10分`, `97.48%` (the rate's percent sign).
_NUMBER = re.compile(r"([-+]?[0-9]+(?:\.[0-9]+)?)(分|%)?")
# A sub-row's prefix (`其中:猪养殖数量` under a `★` core row), removed from its name.
_SUB_ROW = re.compile(r"^其中\s*[:：]?\s*")
# The Sichuan system export's form id (报表编号:510000_0013zp).
_SICHUAN_FORM = "0013zp"
# Roles of an indicator line's cells that the report has no field for: kept as details.
_UNFIELDED = frozenset({"explanation", "direction", "basis"})


class Host(FormState, Protocol):
    """What the self-evaluation reader uses of the form reader (`table._FormReader`)."""

    start: int

    def read_title(self, row: list[Text]) -> None: ...
    def read_year(self, cell: Text) -> None: ...
    def announces(self, cell: Text) -> bool: ...
    def pairs(self, row: list[Text]) -> None: ...
    def parsed_target(self, cells: dict[str, Text], name: str) -> Target | None: ...


def _indicator_role(word: str) -> str | None:
    """The role of an indicator header (`SELF_EVALUATION_COLUMNS` first), or `None`."""
    return L.SELF_EVALUATION_COLUMNS.get(word) or L.INDICATOR_COLUMNS.get(word)


# The headers of a name column, which every indicator header has: most rows have none,
# which tells them from a header before their roles are looked up.
_NAME_HEADERS = frozenset(word for word in L.INDICATOR_COLUMNS if _indicator_role(word) == "name")


def _indicator_header(row: Sequence[Text]) -> dict[int, str] | None:
    """The roles of an indicator header row's columns, or `None` if it is not one."""
    if not any(cell.label.text in _NAME_HEADERS for cell in row):
        return None
    roles = {cell.column: _indicator_role(cell.label.text) for cell in row}
    found = set(roles.values())
    if "name" in found and {"target", "actual"} & found:
        return {column: role for column, role in roles.items() if role is not None}
    return None


def is_self_evaluation(rows: Sequence[Sequence[Text]]) -> bool:
    """Whether a form's rows are a self-evaluation's.

    Its title says 自评表, or an indicator header has a column of the actual value.
    """
    for row in rows:
        if len(row) <= 2:
            for cell in row:
                match = L.TITLE.search(cell.folded)
                if match is not None and match[1] == L.SELF_EVALUATION_TITLE:
                    return True
        header = _indicator_header(row)
        if header is not None and "actual" in header.values():
            return True
    return False


def _number(cell: Text) -> Decimal | None:
    """A number as printed (`9.75`, `10分`, `97.48%`), `None` for a not-applicable mark.

    Raises:
        ValueError: the cell holds no number.
    """
    if isinstance(cell.value, Decimal):
        return cell.value
    if is_not_applicable(cell.folded):
        return None
    found = _NUMBER.fullmatch(cell.folded.replace(",", ""))
    if found is None:
        raise ValueError(cell.text)
    return Decimal(found[1])


# The headers an execution block's header row must have one of (see `execution_header`).
_EXECUTION_KEYS = frozenset(
    word for word, role in L.EXECUTION_COLUMNS.items() if role in ("executed", "rate")
)

# How a number's column is named in a problem.
_WHAT = {"points": "分值", "score": "得分", "deduction": "扣减分数"}


@attrs.define
class _Indicators:
    """An indicator header: its columns by role, the block label in effect."""

    columns: dict[int, tuple[str, Text]]
    block: str = ""


class _Reader:
    """Reads one self-evaluation: the host's rows `start` to `end`."""

    def __init__(self, host: Host) -> None:
        self.host = host
        # The execution block's columns by role, while rows under its header are its lines.
        self.execution: dict[int, tuple[str, Text]] | None = None
        self.execution_lines: list[ExecutionLine] = []
        self.execution_points: Decimal | None = None
        self.adjusted = False
        self.bare: list[Text] = []  # amounts in no unit
        self.stated: list[Text] = []  # amounts in a unit
        self.goal_columns: dict[int, tuple[str, Text]] = {}
        self.goal: list[str] = []
        self.outcome: list[str] = []
        self.indicators: _Indicators | None = None
        self.headers: list[_Indicators] = []
        self.labels: list[PointsLabel] = []
        self.lines: list[ReportedIndicator] = []
        self.subtotals: list[ReportedSubtotal] = []
        self.summed = 0  # the lines above the last subtotal
        self.level1: Level1 | None = None
        self.level2: Level2 | None = None
        # The total score, the cell it is read from, and its label's cell (总分, 项目总得分).
        self.total: tuple[Decimal | None, Text, Text] | None = None
        self.total_points: Decimal | None = None
        self.grade = ""
        self.footers: dict[str, list[str]] = {"conclusion": [], "issues": [], "measures": []}
        self.empty = 0
        # What the headers said, for `layout`.
        self.execution_roles: set[str] = set()
        self.execution_words: set[str] = set()
        self.formula = False  # 得分(20分*执行率)
        self.points_first = False  # 分值 before 年度指标值 (宁夏)
        self.total_word = ""  # the total's label: 总分, 合计, 项目总得分, …

    def number(self, cell: Text, what: str) -> Decimal | None:
        try:
            return _number(cell)
        except ValueError:
            self.host.problem(cell, f"{what}: expected a number", f"{what}应为数值")
            return None

    # The rows.

    def read(self) -> list[SelfEvaluationReport]:
        host = self.host
        for k in range(host.start, host.end):
            row = host.texts[k]
            if row:
                self.row(row)
        return self.report()

    def row(self, row: list[Text]) -> None:
        host = self.host
        header = _indicator_header(row)
        if header is not None:
            self.indicator_header(row, header)
            return
        if self.execution_header(row):
            return
        if (
            len(row) <= 2
            and any(L.TITLE.search(t.folded) for t in row)
            and not any(t.role for t in row)
        ):
            host.read_title(row)
            return
        if len(row) == 1 and YEAR_CELL.fullmatch(row[0].text):
            host.read_year(row[0])
            return
        if len(row) == 1 and LABELLED.match(row[0].folded) and self.indicators is not None:
            label, _, text = row[0].folded.partition(":")  # 注:…, 填报人:李四 under the table
            host.details.append(LabelledText(label=label, text=text, place=row[0].place))
            return
        # Under a row of goal labels, a row of text is their values (a goal may end in
        # 审批意见), not a review opinion.
        if self.goal_columns and not any(self.is_label(t) for t in row):
            self.goal_values(row)
            return
        if self.closing(row) or host.footer(row):
            return
        if self.goal_header(row):
            return
        self.goal_columns = {}
        if self.execution is not None:
            if self.execution_line(row):
                return
            self.execution = None
        if self.indicators is not None:
            if any(L.is_subtotal(cell.label.text) for cell in row):
                self.subtotal(row, self.indicators)
            else:
                self.indicator_line(row, self.indicators)
            return
        host.pairs(self.fields_of(row))

    def subtotal(self, row: list[Text], header: _Indicators) -> None:
        """`小计 | … | 50 | 47.5`: the points and score of the lines since the last subtotal."""
        label = next(cell for cell in row if L.is_subtotal(cell.label.text))
        found: dict[str, Decimal | None] = {"points": None, "score": None}
        for cell in row:
            column = header.columns.get(cell.column)
            if cell is label:
                continue
            if column is not None and column[0] in found and _is_number(cell):
                found[column[0]] = self.number(cell, label.text)
            else:
                self.host.keep(label.text, cell)
        self.subtotals.append(
            ReportedSubtotal(
                label=label.label.text,
                lines=tuple(line.name for line in self.lines[self.summed :]),
                points=found["points"],
                score=found["score"],
                place=label.place,
            )
        )
        self.summed = len(self.lines)

    def is_label(self, cell: Text) -> bool:
        word = cell.label.text
        return (
            cell.role is not None
            or strip_of_which(word) in L.SELF_EVALUATION_GOAL_LABELS
            or word in L.SELF_EVALUATION_TOTAL_LABELS
            or word in L.SELF_EVALUATION_FOOTER_LABELS
        )

    def fields_of(self, row: list[Text]) -> list[Text]:
        """The row without the totals and grades it gives as fields (`项目总得分 | 98`)."""
        rest: list[Text] = []
        k = 0
        while k < len(row):
            cell = row[k]
            word = cell.label.text
            value = row[k + 1] if k + 1 < len(row) else None
            if word in L.SELF_EVALUATION_TOTAL_LABELS:
                self.total_word = word
                self.set_total(
                    None if value is None else self.number(value, word), value or cell, cell
                )
            elif L.SELF_EVALUATION_FOOTER_LABELS.get(word) == "grade":
                self.grade = "" if value is None else value.text
            else:
                rest.append(cell)
                k += 1
                continue
            k += 2 if value is not None else 1
        return rest

    def set_total(self, total: Decimal | None, cell: Text, label: Text) -> None:
        if self.total is not None:
            self.host.problem(
                cell,
                f"a second total score; the form gives one at {self.total[1].place}",
                "总分重复填写",
            )
            return
        self.total = (total, cell, label)

    # The execution block.

    def execution_header(self, row: list[Text]) -> bool:
        # Most rows have no executed or rate header: tell them before building anything.
        if not any(t.label.text in _EXECUTION_KEYS for t in row):
            return False
        roles = {t.column: L.EXECUTION_COLUMNS.get(t.label.text) for t in row}
        # Two headers at least: an indicator named 预算执行率 is no header.
        named = [role for role in roles.values() if role is not None]
        if len(named) < 2 or not {"executed", "rate"} & set(named):
            return False
        host = self.host
        block: dict[int, tuple[str, Text]] = {}
        for cell in row:
            role = roles[cell.column]
            label = cell.label
            if role is not None:
                block[cell.column] = (role, cell)
                self.execution_roles.add(role)
                self.execution_words.add(label.text)
                formula = _FORMULA_POINTS.search(cell.folded)
                if formula is not None:
                    self.formula = True
                    self.execution_points = Decimal(formula[1])
                if role == "adjusted":
                    self.adjusted = True
                continue
            announced = host.announces(cell)
            if label.text in L.EXECUTION_BLOCK_LABELS or announced:
                if label.points is not None:
                    self.execution_points = label.points
                continue
            host.keep("", cell)
        self.execution = block
        self.goal_columns = {}
        return True

    def execution_line(self, row: list[Text]) -> bool:
        """Read a row of the execution block; whether it is one."""
        assert self.execution is not None
        columns = self.execution
        if any(t.role is not None and t.role[0] != "funding" for t in row):
            return False  # a label of another block: 年度总体目标
        amounts = {columns[t.column][0]: t for t in row if t.column in columns}
        labels = [t for t in row if t.column not in columns]
        if not amounts:
            if len(labels) == 1 and _is_source(labels[0]):
                self.empty += 1  # a source row left empty: 其他资金
                return True
            return False
        values: dict[str, Decimal | None] = {}
        for role, cell in amounts.items():
            if role == "budget" and self.adjusted:
                # The adjusted budget is the denominator: 全年预算数 beside it is kept.
                self.host.keep(columns[cell.column][1].text, cell, detail=True)
            elif role in ("initial", "budget", "adjusted", "executed"):
                amount, known = self.host.money(role, cell)
                values["budget" if role == "adjusted" else role] = amount
                if amount is not None:
                    (self.stated if known else self.bare).append(cell)
            elif role != "reason":
                values[role] = self.number(cell, columns[cell.column][1].label.text)
        label = L.read_label(" ".join(t.text for t in labels)).text if labels else ""
        try:
            line = ExecutionLine(
                label=label,
                reason=amounts["reason"].text if "reason" in amounts else "",
                place=(labels or list(amounts.values()))[0].place,
                **values,
            )
        except FieldError as error:
            problem = error.as_problem()
            self.host.problem(amounts.get(error.field), problem.message_en, problem.message_zh)
            return True
        self.execution_lines.append(line)
        return True

    # Goals.

    def goal_header(self, row: list[Text]) -> bool:
        roles: list[str] = []
        for t in row:
            role = L.SELF_EVALUATION_GOAL_LABELS.get(strip_of_which(t.label.text))
            if role is None:
                return False  # not a row of goal labels: most rows tell at their first cell
            roles.append(role)
        if not {"goal", "outcome", "detail"} & set(roles):
            return bool(roles)
        named = [(t, role) for t, role in zip(row, roles, strict=True) if role != "block"]
        goals = [t for t, role in named if role == "goal"]
        # 年度总体目标 over 预期目标 | 实际完成情况: the first of two goal labels is the block's.
        if len(goals) > 1:
            named = [(t, role) for t, role in named if t is not goals[0]]
        self.goal_columns = {t.column: (role, t) for t, role in named}
        return True

    def goal_values(self, row: list[Text]) -> None:
        columns = sorted(self.goal_columns)
        for cell in row:
            at = [c for c in columns if c <= cell.column]
            role, label = self.goal_columns[at[-1] if at else columns[0]]
            if role == "goal":
                self.goal.append(cell.text)
            elif role == "outcome":
                self.outcome.append(cell.text)
            else:
                self.host.keep(label.text, cell, detail=True)
        self.goal_columns = {}  # the values stand on one row

    # Indicators.

    def indicator_header(self, row: list[Text], roles: dict[int, str]) -> None:
        self.execution = None
        self.goal_columns = {}
        header = _Indicators(columns={})
        for cell in row:
            role = roles.get(cell.column)
            if role is not None:
                header.columns[cell.column] = (role, cell)
                continue
            label = cell.label
            if label.points is not None:
                # 绩效指标(90分): the one block's points; 年度绩效目标1(40分): a block of its own.
                self.labels.append(
                    PointsLabel(label=label.text, points=label.points, place=cell.place)
                )
                if label.text not in L.GRID_BLOCK_LABELS:
                    header.block = label.text
            elif label.text not in L.GRID_BLOCK_LABELS:
                self.host.keep("", cell)
        columns = {role: column for column, (role, _) in header.columns.items()}
        if "points" in columns and "target" in columns and columns["points"] < columns["target"]:
            self.points_first = True
        self.indicators = header
        self.headers.append(header)
        self.level1 = self.level2 = None

    def category(self, cell: Text) -> None:
        """Read a level-1 cell: its category, and its points as a label."""
        label = cell.label
        found = Level1.lookup(label.text)
        if found is None:
            self.host.problem(cell, "not a 一级指标 category", "一级指标无法识别")
            return
        if label.points is not None:
            self.labels.append(
                PointsLabel(label=label.text, points=label.points, level1=found, place=cell.place)
            )
        if self.level2 is not None and self.level2.parent is not found:
            self.level2 = None  # a new group: the last one's level-2 label is stale
        self.level1 = found

    def indicator_line(self, row: list[Text], header: _Indicators) -> None:
        cells: dict[str, Text] = {}
        for cell in row:
            column = header.columns.get(cell.column)
            if column is None or column[0] in cells:
                self.host.keep("", cell)
            elif column[0] in _UNFIELDED:
                self.host.keep(column[1].text, cell, detail=True)
            else:
                cells[column[0]] = cell
        if "level1" in cells:
            self.category(cells["level1"])
        if "level2" in cells:
            word = cells["level2"].label.text
            self.level2 = Level2.lookup(word)
            if self.level2 is None:
                self.host.problem(cells["level2"], "not a 二级指标 category", "二级指标无法识别")
        stated = {role: cell for role, cell in cells.items() if role not in ("level1", "level2")}
        name_cell = stated.pop("name", None)
        if name_cell is None:
            if stated:
                first = min(stated.values(), key=lambda t: t.column)
                self.host.problem(first, "a line without an indicator name", "缺少指标名称")
            else:
                self.empty += 1
            return
        name = _SUB_ROW.sub("", NUMBERING.sub("", name_cell.text)).strip()
        if not stated and Level2.lookup(name) is not None:
            self.empty += 1  # a level-2 word where the name goes: a template row
            return
        self.line(name, name_cell, stated, header)

    def line(self, name: str, name_cell: Text, cells: dict[str, Text], header: _Indicators) -> None:
        sign = cells.get("sign")
        operator = sign is not None and sign.folded not in ("定量", "定性")
        parts = [
            cell.text
            for role, cell in (
                ("sign", sign),
                ("target", cells.get("target")),
                ("unit", cells.get("unit")),
            )
            if cell is not None and (role != "sign" or operator)
        ]
        target_text = "".join(parts)
        target: Target | None = None
        if target_text and not is_not_applicable(target_text):
            try:
                target = self.host.parsed_target(cells, name)
            except PerfIndicatorError:
                target = None  # kept as written: the audit reports it
        numbers = {
            role: self.number(cells[role], _WHAT[role])
            for role in ("points", "score", "deduction")
            if role in cells
        }
        actual = cells.get("actual")
        try:
            self.lines.append(
                ReportedIndicator(
                    name=name,
                    level1=self.level1,
                    level2=self.level2,
                    block=header.block,
                    target_text=target_text,
                    target=target,
                    actual_text="" if actual is None else actual.text,
                    note=cells["note"].text if "note" in cells else "",
                    description=cells["description"].text if "description" in cells else "",
                    place=name_cell.place,
                    actual_place=(actual or name_cell).place,
                    **numbers,
                )
            )
        except FieldError as error:
            problem = error.as_problem()
            self.host.problem(name_cell, f"indicator: {problem.message_en}", problem.message_zh)

    # Totals and footers.

    def closing(self, row: list[Text]) -> bool:
        """Read a total row or a footer (评价结论, 存在问题, …); whether the row is one."""
        word = row[0].label.text
        if word in L.SELF_EVALUATION_TOTAL_LABELS and len(row) > 1:
            self.total_row(row)
            return True
        role = L.SELF_EVALUATION_FOOTER_LABELS.get(word)
        if role is None or _indicator_header(row) is not None:
            return False
        if role == "grade":
            self.grade = " ".join(t.text for t in row[1:])
        else:
            self.footers[role] += [t.text for t in row[1:]]
        return True

    def total_row(self, row: list[Text]) -> None:
        """`总分 | … | 100 | 97.5`: points and score by column, else the one number.

        A cell that is no number is the grade (`优`).
        """
        header = self.indicators
        roles = {} if header is None else {c: role for c, (role, _) in header.columns.items()}
        word = row[0].label.text
        self.total_word = word
        numbers: list[Text] = []
        scored = False
        for cell in row[1:]:
            role = roles.get(cell.column)
            if L.SELF_EVALUATION_FOOTER_LABELS.get(cell.label.text) == "grade":
                continue
            if role == "points":
                self.total_points = self.number(cell, "总分值")
            elif role == "score":
                self.set_total(self.number(cell, word), cell, row[0])
                scored = True
            elif _is_number(cell):
                numbers.append(cell)
            else:
                self.grade = cell.text
        if not scored and len(numbers) == 1:
            self.set_total(self.number(numbers[0], word), numbers[0], row[0])
        else:
            for cell in numbers:
                self.host.keep(word, cell)

    # The report.

    def layout(self) -> ReportLayout | None:
        """The template the headers follow (see `ReportLayout`), or `None`."""
        indicator = {role for h in self.headers for role, _ in h.columns.values()}
        words = {cell.label.text for h in self.headers for _, cell in h.columns.values()}
        form_id = next((d.text for d in self.host.details if d.label == "报表编号"), "")
        if "deduction" in indicator:
            return ReportLayout.SYSTEM
        if _SICHUAN_FORM in form_id or any(
            label.level1 is None and label.label == "绩效指标" and label.points == 90
            for label in self.labels
        ):
            return ReportLayout.SICHUAN
        if any(h.block for h in self.headers) or self.formula:
            return ReportLayout.HUBEI
        if "执行率权重" in self.execution_words or "指标权重(分)" in words:
            return ReportLayout.CHONGQING_DEPARTMENT
        if self.points_first and self.total_word == "项目总得分":
            return ReportLayout.NINGXIA
        if {
            "initial",
            "budget",
            "executed",
            "points",
            "rate",
            "score",
        } <= self.execution_roles and {
            "target",
            "actual",
            "points",
            "score",
        } <= indicator:
            return ReportLayout.CENTRAL_10
        return None

    def report(self) -> list[SelfEvaluationReport]:
        """The report of the rows read, or nothing where some could not be read."""
        host = self.host
        name = host.fields.get("name") or host.fields.get("department")
        if name is None:
            host.problem(
                host.title,
                "the self-evaluation has no 项目名称 (project name) and no 主管部门",
                "自评表缺少项目名称",
            )
        if host.year is None:
            host.problem(
                host.title,
                "no budget year found: expected one in the title, e.g. (2022年度)",
                "未找到预算年度，如(2022年度)",
            )
        if self.bare and self.stated:
            host.problem(
                self.bare[0],
                f"an amount without a unit, while {self.stated[0].text!r} at "
                f"{self.stated[0].place} states its own and no cell announces the form's: "
                "write the unit, or pass money_unit",
                "金额未注明单位，而其他金额注明了单位",
            )
        for key, cell in host.fields.items():
            if key not in REPORT_FIELDS:
                said = host.field_labels[key].label.text
                host.details.append(LabelledText(label=said, text=cell.text, place=cell.place))
        for key, texts in host.goals.items():
            if key == "annual":
                self.goal += texts
            else:
                host.details += [LabelledText(label="总体目标", text=text) for text in texts]
        for _, label, value in host.funding:
            if value is not None:
                host.keep(label.text, value, detail=True)
        if len(host.problems) > host.count or name is None or host.year is None:
            return []
        has_lines = bool(self.execution_lines)
        try:
            return [
                SelfEvaluationReport(
                    name=name.text,
                    year=host.year,
                    department=_text(host.fields.get("department")),
                    implementing_unit=_text(host.fields.get("implementing_unit")),
                    layout=self.layout(),
                    goal="".join(self.goal),
                    goal_outcome="".join(self.outcome),
                    adjusted=self.adjusted and has_lines,
                    in_yuan=not self.bare or not has_lines,
                    execution_points=self.execution_points,
                    execution=tuple(self.execution_lines),
                    labels=tuple(self.labels),
                    lines=tuple(self.lines),
                    subtotals=tuple(self.subtotals),
                    total_points=self.total_points,
                    total=None if self.total is None else self.total[0],
                    total_place=Place() if self.total is None else self.total[2].place,
                    grade_text=self.grade,
                    conclusion=" ".join(self.footers["conclusion"]),
                    issues=" ".join(self.footers["issues"]),
                    measures=" ".join(self.footers["measures"]),
                    details=tuple(host.details),
                    unclaimed=tuple(host.unclaimed),
                    empty_rows=self.empty,
                    place=(host.title or name).place,
                )
            ]
        except FieldError as error:
            problem = error.as_problem()
            host.problem(
                host.fields.get(error.field, name),
                f"{error.owner}.{error.field}: {problem.message_en}",
                problem.message_zh,
            )
            return []


def _is_source(cell: Text) -> bool:
    """Whether a cell is the label of a source of funds (其他资金, 其中:财政拨款, 单位资金)."""
    word = strip_of_which(cell.label.text)
    return word in L.FUNDING_LABELS or word.endswith(("资金", "总额", "拨款"))


def _text(cell: Text | None) -> str:
    return "" if cell is None else cell.text


def _is_number(cell: Text) -> bool:
    try:
        _number(cell)
    except ValueError:
        return False
    return True


def read_self_evaluation(host: Host) -> list[SelfEvaluationReport]:
    """Read the host's rows as a self-evaluation (see the module's notes).

    Problems are added to the host's list; nothing is returned where any was found.
    """
    return _Reader(host).read()
