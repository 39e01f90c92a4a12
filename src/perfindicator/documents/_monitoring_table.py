"""Reading a monitoring table (绩效运行监控表) from a grid: `read_monitoring`.

`read_table`'s form reader reads the rows above the indicator table (the project's fields
and the budget block, `年初预算数 | 1-6月执行数 | 全年预计执行数`) and hands the rest here
when its title says 监控表 or its indicator header has a column of the value reached so far:
the indicator lines are read by column, the footer rows (偏差或不能完成目标原因分析,
相关建议或举措) as the form's causes and measures, and the budget rows as its budget lines.

Package-internal: called by `table`'s form reader, whose header, target and money reading
it shares through `Host`; not part of the API.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Protocol, TypeVar

import attrs

from perfindicator.documents import labels as L
from perfindicator.documents._header import Column, FormState, Layout, layout_of
from perfindicator.documents._rows import label_of
from perfindicator.documents._texts import LABELLED, NUMBERING, Text
from perfindicator.documents.monitoring_report import (
    BudgetLine,
    MonitoredIndicator,
    MonitoringReport,
)
from perfindicator.errors import FieldError
from perfindicator.model.categories import Level1, Level2
from perfindicator.model.project import LabelledText
from perfindicator.model.targets import Target
from perfindicator.reports.monitoring import Likelihood

__all__ = ["REPORT_FIELDS", "Host", "read_monitoring"]

_Category = TypeVar("_Category", Level1, Level2)


class Host(FormState, Protocol):
    """What the monitoring reader uses of the form reader (`table._FormReader`)."""

    budget_columns: dict[int, Text]
    budget_rows: list[tuple[list[Text], dict[str, Text]]]

    def keep_under(self, cell: Text, group: dict[str, Column]) -> None: ...
    def unused_headers(self, layout: Layout) -> None: ...
    def target(self, cells: dict[str, Text], name: str) -> tuple[bool, Target | None]: ...
    def named(self) -> Text | None: ...
    def refused(self, error: FieldError, name: Text) -> None: ...


def read_monitoring(host: Host, header: int, layout: Layout) -> list[MonitoringReport]:
    """Read the host's rows under its indicator header (row `header`) as a monitoring table.

    Problems are added to the host's list; nothing is returned where any was found.
    """
    return _Reader(host).monitoring(header, layout)


class _Reader:
    """Reads one monitoring table's indicator lines, footers and budget lines."""

    def __init__(self, host: Host) -> None:
        self.host = host

    def monitoring(self, header: int, layout: Layout) -> list[MonitoringReport]:
        """Read a monitoring table's indicator lines and footers, and build its report."""
        if not layout.monitoring:
            self.host.problem(
                self.host.title,
                "a monitoring table (监控表) whose indicator table has no column of the value "
                "reached so far (指标执行情况, 当前完成值, 1-N月执行情况)",
                "监控表缺少指标执行情况栏目",
            )
            return []
        columns = {c.column: c for c in layout.columns}
        kept_under = {str(column): c for column, c in columns.items()}
        lines: list[MonitoredIndicator] = []
        footers: dict[str, list[str]] = {"causes": [], "measures": []}
        empty = 0
        level1: Level1 | None = None
        level2: Level2 | None = None
        for k in range(header + 1, self.host.end):
            row = self.host.texts[k]
            if not row or self.host.footer(row):
                continue
            footer = L.MONITORING_COLUMNS.get(row[0].label.text)
            if footer in footers and layout_of(row) is None:
                footers[footer] += [t.text for t in row[1:]]
                continue
            if len(row) == 1 and LABELLED.match(row[0].folded):
                label, _, text = row[0].folded.partition(":")  # 注:…, 填报人:李四
                self.host.details.append(LabelledText(label=label, text=text, place=row[0].place))
                continue
            cells: dict[str, Text] = {}
            for cell in row:
                column = columns.get(cell.column)
                if column is None or column.role not in _MONITORED_ROLES or column.role in cells:
                    self.host.keep_under(cell, kept_under)
                else:
                    cells[column.role] = cell
            if "level1" in cells:
                level1 = self.category(cells["level1"], Level1)
                if level2 is not None and level2.parent is not level1:
                    level2 = None  # a new group: the last one's level-2 label is stale
            if "level2" in cells:
                level2 = self.category(cells["level2"], Level2)
            line = self.monitored(cells, level1, level2)
            if line is None and set(cells) <= {"level1", "level2", "name"}:
                empty += 1
            elif line is not None:
                lines.append(line)
        self.host.unused_headers(layout)
        return self.report(layout, lines, footers, empty)

    def category(self, cell: Text, kind: type[_Category]) -> _Category | None:
        """The category a level-1 or level-2 cell names; a problem if it names none."""
        found = kind.lookup(cell.label.text)
        if found is None:
            level = "一级" if kind is Level1 else "二级"
            self.host.problem(cell, f"not a {level}指标 category", f"{level}指标无法识别")
        return found

    def monitored(
        self, cells: dict[str, Text], level1: Level1 | None, level2: Level2 | None
    ) -> MonitoredIndicator | None:
        """The line of a row's cells, by role.

        `None` for a row of labels only (counted as an empty template row) or a row that
        cannot be read (a problem).
        """
        name_cell = cells.get("name")
        stated = {role: cell for role, cell in cells.items() if role not in _LABEL_ROLES}
        if name_cell is None:
            if stated:
                first = min(stated.values(), key=lambda t: t.column)
                self.host.problem(first, "a line without an indicator name", "缺少指标名称")
            return None
        # 黄石 writes a level-2 category where the name goes (`质量`): alone on its row, it
        # is a template row left empty.
        if not stated and label_of(name_cell.folded) is not None:
            return None
        name = NUMBERING.sub("", name_cell.text).strip()
        read, target = self.host.target(cells, name)
        likelihood = None
        if "likelihood" in cells:
            try:
                likelihood = Likelihood.read(cells["likelihood"].text)
            except FieldError:
                self.host.problem(
                    cells["likelihood"],
                    "完成目标可能性 must be 确定能, 有可能 or 不可能",
                    "完成目标可能性应为确定能、有可能或不可能",
                )
                return None
        if not read:
            return None
        text = {role: cell.text for role, cell in cells.items()}
        try:
            return MonitoredIndicator(
                place=name_cell.place,
                value_place=cells["progress"].place if "progress" in cells else name_cell.place,
                name=name,
                level1=level1,
                level2=level2,
                target_text="".join(text.get(role, "") for role in ("sign", "target", "unit"))
                if target is not None
                else "",
                target=target,
                value_text=text.get("progress", ""),
                likelihood=likelihood,
                remark=text.get("explanation", ""),
                forecast=text.get("forecast", ""),
                causes=text.get("causes", ""),
                measures=text.get("measures", ""),
            )
        except FieldError as error:
            problem = error.as_problem()
            self.host.problem(name_cell, f"indicator: {problem.message_en}", problem.message_zh)
            return None

    def report(
        self,
        layout: Layout,
        lines: list[MonitoredIndicator],
        footers: dict[str, list[str]],
        empty: int,
    ) -> list[MonitoringReport]:
        """The report of the rows read, or nothing where some could not be read."""
        name = self.host.named()
        months = self.months(layout)
        budget_lines, in_yuan, adjusted = self.budget_lines()
        for key, cell in self.host.fields.items():
            if key not in REPORT_FIELDS:
                self.host.details.append(
                    LabelledText(
                        label=self.host.field_labels[key].label.text,
                        text=cell.text,
                        place=cell.place,
                    )
                )
        for key, texts in self.host.goals.items():
            goal = "年度目标" if key == "annual" else "总体目标"
            self.host.details += [LabelledText(label=goal, text=text) for text in texts]
        for _, label, value in self.host.funding:
            if value is not None:
                self.host.keep(label.text, value, detail=True)
        if len(self.host.problems) > self.host.count or name is None or self.host.year is None:
            return []
        try:
            return [
                MonitoringReport(
                    name=name.text,
                    year=self.host.year,
                    months=months,
                    department=self.host.fields["department"].text
                    if "department" in self.host.fields
                    else "",
                    implementing_unit=self.host.fields["implementing_unit"].text
                    if "implementing_unit" in self.host.fields
                    else "",
                    adjusted=adjusted,
                    budget_lines=tuple(budget_lines),
                    in_yuan=in_yuan,
                    lines=tuple(lines),
                    causes=" ".join(footers["causes"]),
                    measures=" ".join(footers["measures"]),
                    details=tuple(self.host.details),
                    unclaimed=tuple(self.host.unclaimed),
                    empty_rows=empty,
                    place=(self.host.title or name).place,
                )
            ]
        except FieldError as error:
            self.host.refused(error, name)
            return []

    def months(self, layout: Layout) -> int | None:
        """The last month covered, as the progress and budget headers say (they must agree)."""
        headers = [c.cell for c in layout.columns if c.role == "progress"]
        headers += list(self.host.budget_columns.values())
        found: tuple[int, Text] | None = None
        for cell in headers:
            months = L.months_covered(cell.label.text)[0]
            if months is None:
                continue
            if found is not None and months != found[0]:
                self.host.problem(
                    cell,
                    f"covers months 1-{months}, while {found[1].text!r} covers 1-{found[0]}",
                    "监控月份前后不一致",
                )
            found = found or (months, cell)
        return None if found is None else found[0]

    def budget_lines(self) -> tuple[list[BudgetLine], bool, bool]:
        """The budget lines in 元 where the unit is known, whether it is, whether adjusted."""
        roles = {t.role[1] for t in self.host.budget_columns.values() if t.role is not None}
        adjusted = "adjusted" in roles
        lines = []
        bare: list[Text] = []
        stated: list[Text] = []
        for labels, cells in self.host.budget_rows:
            label = L.read_label(" ".join(t.text for t in labels)).text if labels else ""
            amounts: dict[str, Decimal | None] = {}
            for role, cell in cells.items():
                if role == "budget" and adjusted:
                    self.host.keep(
                        self.header_of(cell), cell, detail=True
                    )  # the adjusted one rules
                    continue
                amount, known = self.host.money(role, cell)
                amounts["budget" if role == "adjusted" else role] = amount
                if amount is not None:
                    (stated if known else bare).append(cell)
            try:
                line = BudgetLine(
                    label=label,
                    budget=amounts.get("budget"),
                    executed=amounts.get("executed"),
                    forecast=amounts.get("forecast"),
                )
            except FieldError as error:
                problem = error.as_problem()
                self.host.problem(cells.get(error.field), problem.message_en, problem.message_zh)
                continue
            lines.append(attrs.evolve(line, place=(labels or list(cells.values()))[0].place))
        if bare and stated:
            self.host.problem(
                bare[0],
                f"an amount without a unit, while {stated[0].text!r} at {stated[0].place} "
                "states its own and no cell announces the form's: write the unit, or pass "
                "money_unit",
                "金额未注明单位，而其他金额注明了单位",
            )
        return lines, not bare, adjusted

    def header_of(self, cell: Text) -> str:
        header = self.host.budget_columns.get(cell.column)
        return "" if header is None else header.text


# The roles a monitoring line's cells take; cells of any other column are kept as unclaimed.
_MONITORED_ROLES = frozenset(
    {
        "level1",
        "level2",
        "name",
        "target",
        "sign",
        "unit",
        "progress",
        "likelihood",
        "explanation",
        "forecast",
        "causes",
        "measures",
    }
)
_LABEL_ROLES = frozenset({"level1", "level2", "name"})
REPORT_FIELDS = frozenset({"name", "department", "implementing_unit"})
"""The header fields a report (monitoring or self-evaluation) has a place for; the others are
kept as its details."""
