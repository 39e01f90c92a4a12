"""HTML tables for Jupyter (`_repr_html_`); the plain `repr` stays as it is.

Importing this module registers the views of `Project`, `SelfEvaluation`, `Findings`,
`Monitoring` and `Audit` (`perfindicator._views`): those classes sit below the display layer and cannot import it.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from perfindicator._views import register_html
from perfindicator.audits.audit import Audit
from perfindicator.display.tables import (
    Table,
    audit_table,
    findings_table,
    monitoring_table,
    project_tables,
    self_evaluation_table,
)
from perfindicator.errors import Problem
from perfindicator.model.project import Project
from perfindicator.reports.lint import Findings
from perfindicator.reports.monitoring import Monitoring
from perfindicator.reports.selfeval import SelfEvaluation

__all__ = [
    "audit_html",
    "findings_html",
    "monitoring_html",
    "project_html",
    "render",
    "self_evaluation_html",
]

# Jupyter right-aligns every cell by default; text reads better aligned left.
_ALIGN = {True: ' style="text-align: right"', False: ' style="text-align: left"'}


def render(table: Table) -> str:
    """Render a table as an HTML `<table>`, every cell escaped.

    Examples:
        >>> print(render(Table(caption=("a < b",), header=("x",), rows=(("1",),),
        ...                    numeric=frozenset({0}))))
        <table><caption>a &lt; b</caption><thead><tr><th style="text-align: right">x</th></tr></thead><tbody><tr><td style="text-align: right">1</td></tr></tbody></table>
    """
    caption = "<br>".join(escape(line) for line in table.caption)
    head = "".join(
        f"<th{_ALIGN[k in table.numeric]}>{escape(h)}</th>" for k, h in enumerate(table.header)
    )
    body = "".join(
        "<tr>"
        + "".join(f"<td{_style(table, k, c)}>{escape(c)}</td>" for k, c in enumerate(row))
        + "</tr>"
        for row in table.rows
    )
    return (
        "<table>"
        + (f"<caption>{caption}</caption>" if caption else "")
        + (f"<thead><tr>{head}</tr></thead>" if head else "")
        + f"<tbody>{body}</tbody></table>"
    )


# The warning lights' and the severities' colours, as background with readable text.
_LIGHTS = {
    "红灯": "#f8d7da",
    "黄灯": "#fff3cd",
    "绿灯": "#d4edda",
    "蓝灯": "#cfe2ff",
    "error": "#f8d7da",
    "warning": "#fff3cd",
    "note": "#cfe2ff",
}


def _style(table: Table, column: int, cell: str) -> str:
    align = _ALIGN[column in table.numeric]
    background = _LIGHTS.get(cell) if column in table.lights else None
    if background is None:
        return align
    return align[:-1] + f'; background-color: {background}"'


def project_html(project: Project) -> str:
    """A project's header block (name, year, department, dates, funding, goals) and indicators.

    Examples:
        >>> import datetime
        >>> from perfindicator import Project
        >>> p = Project(name="示例", year=2022,
        ...             start=datetime.date(2022, 1, 1), end=datetime.date(2022, 12, 31))
        >>> project_html(p).count("<table>")
        2
    """
    return "".join(render(table) for table in project_tables(project))


def self_evaluation_html(result: SelfEvaluation) -> str:
    """A self-evaluation's lines, subtotals, execution score, total and grade.

    Examples:
        >>> import datetime
        >>> from perfindicator import Indicator, Level2, Weights, parse_target, self_evaluate
        >>> p = Project(name="示例", year=2022,
        ...     start=datetime.date(2022, 1, 1), end=datetime.date(2022, 12, 31),
        ...     indicators=(Indicator(level2=Level2.SOCIAL, name="知晓度",
        ...                           target=parse_target("提升")),))
        >>> result = self_evaluate(p, {"知晓度": "基本达到"},
        ...     weights=Weights(output=0, benefit=90, satisfaction=0))
        >>> '<td style="text-align: left">部分达成年度指标并具有一定效果</td>' in (
        ...     self_evaluation_html(result))
        True
    """
    return render(self_evaluation_table(result))


def findings_html(findings: Sequence[Problem]) -> str:
    """Lint findings, one per row, captioned with their count.

    Examples:
        >>> findings_html([])
        '<table><caption>0 findings</caption><thead><tr><th style="text-align: left">code</th><th style="text-align: left">severity</th><th style="text-align: left">subject</th><th style="text-align: left">问题</th><th style="text-align: left">finding</th></tr></thead><tbody></tbody></table>'
    """
    return render(findings_table(findings))


def monitoring_html(result: Monitoring) -> str:
    """A monitoring's lines, each light on its colour.

    Examples:
        >>> import datetime
        >>> from perfindicator import Indicator, Level2, monitor, parse_target
        >>> p = Project(name="示例", year=2024, indicators=(
        ...     Indicator(level2=Level2.QUANTITY, name="培训人次", target=parse_target(">=1000人次")),))
        >>> html = monitoring_html(monitor(p, {"培训人次": "100人次"}, on=datetime.date(2024, 6, 30)))
        >>> '<td style="text-align: left; background-color: #f8d7da">红灯</td>' in html
        True
    """
    return render(monitoring_table(result))


def audit_html(result: Audit) -> str:
    """An audit's totals and its discrepancies, each severity on its colour.

    Examples:
        >>> from perfindicator import SelfEvaluationReport, audit
        >>> html = audit_html(audit(SelfEvaluationReport(name="示例", year=2022, total=0)))
        >>> html.startswith("<table><caption>示例  (2022年度)  评分方案 central_10<br>")
        True
    """
    return render(audit_table(result))


register_html(Project, project_html)
register_html(Audit, audit_html)
register_html(Monitoring, monitoring_html)
register_html(SelfEvaluation, self_evaluation_html)
register_html(Findings, findings_html)
