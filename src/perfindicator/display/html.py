"""HTML tables for Jupyter (`_repr_html_`); the plain `repr` stays as it is."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from perfindicator.model.project import Project
    from perfindicator.reports.lint import Finding
    from perfindicator.reports.selfeval import SelfEvaluation


def _table(caption: str, header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in header)
    body = "".join(
        "<tr>" + "".join(f"<td>{escape('' if c is None else str(c))}</td>" for c in row) + "</tr>"
        for row in rows
    )
    return (
        f"<table><caption>{escape(caption)}</caption>"
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )


def project(p: Project) -> str:
    """A project's header line and indicator table."""
    rows = [(i.level1.value, i.level2.value, i.name, i.target) for i in p.indicators]
    caption = f"{p.name} ({p.year}年度) {p.department} {p.start} ~ {p.end}"
    return _table(caption, ("一级指标", "二级指标", "三级指标", "指标目标值"), rows)


def self_evaluation(result: SelfEvaluation) -> str:
    """A self-evaluation's lines, subtotals, execution score, total and grade."""
    rows: list[Sequence[object]] = [
        (
            line.indicator.level1.value,
            line.indicator.name,
            line.indicator.target,
            line.evaluation.actual,
            line.points,
            line.score,
            "是" if line.met else "否",
            "需要" if line.note_required else "",
        )
        for line in result.lines
    ]
    rows += [(s.level1.value, "小计", "", "", s.points, s.score, "", "") for s in result.subtotals]
    if result.execution_score is not None:
        rows.append(("预算执行率", "", "", "", "", result.execution_score, "", ""))
    grade = "—" if result.grade is None else result.grade.value
    caption = f"{result.project} ({result.year}年度) 总分 {result.total} 等级 {grade}"
    header = ("一级指标", "三级指标", "目标值", "实际值", "分值", "得分", "达成", "偏差说明")
    return _table(caption, header, rows)


def findings(found: Sequence[Finding]) -> str:
    """Lint findings, one per row."""
    rows = [(f.code, f.severity.value, f.subject, f.message_zh, f.message_en) for f in found]
    return _table(f"{len(rows)} findings", ("code", "severity", "subject", "问题", "finding"), rows)
