"""Plain-text tables for terminals, where Chinese characters are two columns wide."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from perfindicator._syntax import CONTROL
from perfindicator.audits.audit import Audit
from perfindicator.display.tables import (
    Table,
    audit_table,
    findings_table,
    monitoring_table,
    project_tables,
    self_evaluation_table,
)
from perfindicator.errors import Problem, display_width
from perfindicator.model.project import Project
from perfindicator.reports.monitoring import Monitoring
from perfindicator.reports.selfeval import SelfEvaluation

__all__ = [
    "audit_text",
    "findings_text",
    "monitoring_text",
    "problem_line",
    "project_text",
    "render",
    "self_evaluation_text",
    "table",
    "width",
]

# The same measure the error messages use to put a caret under the fault.
width = display_width


def problem_line(problem: Problem) -> str:
    r"""The problem's summary on one line, as a terminal or a log shows it.

    A file name may hold a line break or a NUL (`perfindicator show $'a\nb'`): control
    characters are escaped as Python writes them, so that a problem stays one line and the
    terminal shows all of it.

    Examples:
        >>> from perfindicator.errors import Place
        >>> print(problem_line(Problem(code="input", message_en="cannot read",
        ...     message_zh="无法读取文件", where=Place(file="a\nb.csv"))))
        a\nb.csv: cannot read (无法读取文件)
    """
    return CONTROL.sub(lambda found: repr(found[0])[1:-1], problem.summary())


def table(
    rows: Sequence[Sequence[str]],
    *,
    right: frozenset[int] = frozenset(),
    paint: Callable[[int, str, str], str] | None = None,
) -> str:
    """Align `rows` in columns two spaces apart; columns in `right` are right-aligned.

    `paint(column, cell, padded)` may decorate a padded cell (with terminal colours, which
    take no width) after the widths are measured.

    Examples:
        >>> print(table([["一级指标", "分值"], ["产出", "5.00"]], right=frozenset({1})))
        一级指标  分值
        产出      5.00
    """
    widths = [
        max((width(row[k]) for row in rows if k < len(row)), default=0)
        for k in range(max(map(len, rows), default=0))
    ]
    lines = []
    for row in rows:
        cells = []
        for k, cell in enumerate(row):
            pad = " " * (widths[k] - width(cell))
            padded = pad + cell if k in right else cell + pad
            cells.append(padded if paint is None else paint(k, cell, padded))
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)


def _body(spec: Table, colour: bool = False) -> str:
    rows = [spec.header, *spec.rows] if spec.header else list(spec.rows)

    def paint(column: int, cell: str, padded: str) -> str:
        code = _COLOURS.get(cell) if column in spec.lights else None
        return padded if code is None else padded.replace(cell, f"\x1b[{code}m{cell}\x1b[0m", 1)

    return table(rows, right=spec.numeric, paint=paint if colour and spec.lights else None)


# ANSI colours of the warning lights and the severities (SGR codes: red, yellow, green, blue).
_COLOURS = {
    "红灯": "31",
    "黄灯": "33",
    "绿灯": "32",
    "蓝灯": "34",
    "error": "31",
    "warning": "33",
    "note": "34",
}


def render(spec: Table, *, colour: bool = False) -> str:
    """Render a table for a terminal: its caption lines, then its aligned header and rows.

    Examples:
        >>> print(render(Table(caption=("小计",), header=("一级指标", "分值"),
        ...                    rows=(("产出指标", "50.00"),), numeric=frozenset({1}))))
        小计
        一级指标   分值
        产出指标  50.00
    """
    body = _body(spec, colour)
    return "\n".join([*spec.caption, body] if spec.header or spec.rows else spec.caption)


def project_text(project: Project) -> str:
    """A project for the terminal: its title and department lines, then the indicator table.

    The funding cells and goals the form fills in follow the indicator table, so the indicator
    tree stays right under the title.

    Examples:
        >>> import datetime
        >>> from perfindicator import Indicator, Level2, Project, parse_target
        >>> p = Project(name="示例", year=2022, category="经常性项目", department="某局",
        ...     start=datetime.date(2022, 1, 1), end=datetime.date(2022, 12, 31),
        ...     indicators=(Indicator(level2=Level2.QUANTITY, name="培训人次",
        ...                           target=parse_target(">=100人次")),))
        >>> print(project_text(p))
        示例  (2022年度)  经常性项目
        主管部门 某局  实施单位   2022-01-01 ~ 2022-12-31
        一级指标  二级指标  三级指标  指标目标值
        产出指标  数量指标  培训人次  >=100人次
    """
    block, indicators = project_tables(project)
    parts = [*block.caption, _body(indicators)]
    if block.rows:
        parts += ["", _body(block)]
    return "\n".join(parts)


def self_evaluation_text(result: SelfEvaluation) -> str:
    """A self-evaluation for the terminal: the total and grade line, then the aligned table.

    Examples:
        >>> import datetime
        >>> from perfindicator import Indicator, Level2, Project, Weights, parse_target
        >>> from perfindicator import self_evaluate
        >>> p = Project(name="示例", year=2022,
        ...     start=datetime.date(2022, 1, 1), end=datetime.date(2022, 12, 31),
        ...     indicators=(Indicator(level2=Level2.QUANTITY, name="培训人次",
        ...                           target=parse_target(">=100人次")),))
        >>> result = self_evaluate(p, {"培训人次": "100人次"},
        ...     weights=Weights(output=90, benefit=0, satisfaction=0))
        >>> print(self_evaluation_text(result))
        示例  (2022年度)  总分 90.00  等级 —
        一级指标    二级指标  三级指标  目标值     实际值    分值   得分  达成  偏差说明
        产出指标    数量指标  培训人次  >=100人次  100人次  90.00  90.00  是
        产出指标    小计                                    90.00  90.00
        效益指标    小计                                     0.00   0.00
        满意度指标  小计                                     0.00   0.00
        总分                                                       90.00
    """
    return render(self_evaluation_table(result))


def findings_text(findings: Sequence[Problem]) -> str:
    """Findings for the terminal: the count, then one aligned row per finding.

    Examples:
        >>> import datetime
        >>> from perfindicator import Project, lint
        >>> empty = Project(name="示例", year=2022,
        ...                 start=datetime.date(2022, 1, 1), end=datetime.date(2022, 12, 31))
        >>> print(findings_text(lint(empty)))
        1 finding
        code   severity  subject     问题          finding
        PI021  error     indicators  没有绩效指标  the project has no indicators
    """
    return render(findings_table(findings))


def monitoring_text(result: Monitoring, *, colour: bool = False) -> str:
    r"""A monitoring for the terminal: the caption line, then a row per indicator.

    With `colour`, the lights are in their colours (ANSI escapes, for a terminal).

    Examples:
        >>> import datetime
        >>> from perfindicator import Indicator, Level2, Project, monitor, parse_target
        >>> project = Project(name="示例", year=2024, indicators=(
        ...     Indicator(level2=Level2.QUANTITY, name="培训人次", target=parse_target(">=1000人次")),))
        >>> result = monitor(project, {"培训人次": "300人次"}, on=datetime.date(2024, 6, 30))
        >>> print(monitoring_text(result).splitlines()[2])
        产出指标  数量指标  培训人次  >=1000人次  300人次       60.00%  黄灯
        >>> "\x1b[33m黄灯\x1b[0m" in monitoring_text(result, colour=True)
        True
    """
    return render(monitoring_table(result), colour=colour)


def audit_text(result: Audit, *, colour: bool = False) -> str:
    r"""An audit for the terminal: the caption lines, then a row per discrepancy.

    With `colour`, the severities are in colour (ANSI escapes: errors red, notes blue).

    Examples:
        >>> from decimal import Decimal
        >>> from perfindicator import ReportedIndicator, SelfEvaluationReport, Level1, Level2
        >>> from perfindicator import audit, parse_target
        >>> report = SelfEvaluationReport(name="示例", year=2022, lines=(
        ...     ReportedIndicator(name="接答率", level1=Level1.OUTPUT, level2=Level2.QUALITY,
        ...         target_text="≥95%", target=parse_target("≥95%"), actual_text="90%",
        ...         points=100, score=100, note="话务高峰"),), total=100)
        >>> print(audit_text(audit(report)))
        示例  (2022年度)  评分方案 central_10
        总分 填报 100  复核 94.74
        1 discrepancy: 1 error
        code   severity  指标或位置  填报   复核  问题                      discrepancy
        AU101  error     接答率       100  94.74  得分100，按规则应为94.74  scored 100, the rule gives 94.74
        >>> "\x1b[31merror\x1b[0m" in audit_text(audit(report), colour=True)
        True
    """
    return render(audit_table(result), colour=colour)
