"""Auditing 1,000 published self-evaluations, as a ratio to reading them (issue 13).

1,000 self-evaluation reports in the 10号 layout are built here, each a different project
year: nine indicator lines (产出 five, 效益 two, 满意度 one, as 安徽池州 2022's form) with
actuals that vary from report to report, so that about half the lines are missed, and the
budget row with an executed amount that varies too. Each is computed by `self_evaluate`,
turned into the report a unit files (`SelfEvaluationReport.from_evaluation`) and laid out as
the rows of a 10号 grid; one report in three then misprints its total and one in five
gives a missed line full points, so the audit has discrepancies to report.

Two things are timed on every grid: `read_table` (the reference: reading the grid into a
`SelfEvaluationReport`) and `audit` of the report read from it beforehand. The reports
are timed in five rounds of 200; within a round each report is read and audited in turn,
starting with the other from report to report, so drift in the machine falls on both
alike. The ratio is the median over the rounds of audit time / reading time. The goal is a
ratio below 1: checking a report costs less than reading it.

    .venv/bin/python benchmarks/bench_audit.py
"""

from __future__ import annotations

import datetime
import functools
import statistics
import time
from collections.abc import Callable
from decimal import Decimal

from perfindicator import (
    BudgetExecution,
    Indicator,
    Level2,
    Project,
    SelfEvaluationReport,
    audit,
    parse_target,
    read_table,
    self_evaluate,
)

COUNT = 1_000
ROUNDS = 5

# Name, level 2, target, and the actual of report k (a function of k: varied, half missed).
_LINES: tuple[tuple[str, Level2, str, Callable[[int], str]], ...] = (
    ("安装坡面水标尺", Level2.QUANTITY, "≥266米", lambda k: f"{240 + k % 40}米"),
    ("水标尺宽度", Level2.QUANTITY, "≥50厘米", lambda k: "50厘米"),
    ("项目验收合格率", Level2.QUALITY, "100%", lambda k: f"{95 + k % 6}%"),
    ("及时完工率", Level2.TIMELINESS, "≥90%", lambda k: f"{80 + k % 20}%"),
    ("项目计划总投资", Level2.COST, "≤20万元", lambda k: f"{18 + (k % 30) / 10}万元"),
    ("受益户人口数", Level2.SOCIAL, "≥1000人", lambda k: f"{950 + k % 100}人"),
    ("群众生产生活条件改善状况", Level2.SOCIAL, "显著提升",
     lambda k: ("达成年度指标", "基本达到")[k % 2]),
    ("受益户满意度", Level2.SATISFACTION, "≥95%", lambda k: f"{90 + k % 10}%"),
    ("防汛预警覆盖率", Level2.QUALITY, "≥98%", lambda k: f"{97 + k % 3}%"),
)  # fmt: skip


def report(k: int) -> SelfEvaluationReport:
    """Report `k`: computed by the rules, as a unit files it."""
    project = Project(
        name=f"山洪灾害防治非工程措施运行维护{k:04d}",
        year=2022,
        department="池州市水利局",
        implementing_unit="池州市水文水资源局",
        start=datetime.date(2022, 1, 1),
        end=datetime.date(2022, 12, 31),
        indicators=tuple(
            Indicator(level2=level2, name=name, target=parse_target(target))
            for name, level2, target, _ in _LINES
        ),
    )
    budget = BudgetExecution(budget=Decimal(500000), executed=Decimal(400000 + 100 * k))
    result = self_evaluate(
        project, {name: actual(k) for name, _, _, actual in _LINES}, budget=budget
    )
    notes = {line.indicator.name: "汛期停工,已调整计划" for line in result.lines if not line.met}
    return SelfEvaluationReport.from_evaluation(project, result, budget=budget, notes=notes)


def _number(value: Decimal | None) -> str:
    return "" if value is None else f"{value:f}"


def grid(filed: SelfEvaluationReport, k: int) -> list[list[str]]:
    """The report laid out as a 10号 grid (amounts in 元), misprinted as `k` says."""
    labels = {label.level1: f"{label.label}({label.points:f}分)" for label in filed.labels}
    rows = [
        ["项目支出绩效自评表", "", "", "", "", "", "", "", ""],
        [f"({filed.year}年度)", "", "", "", "", "", "", "", ""],
        ["项目名称", filed.name, "", "", "", "", "", "", ""],
        ["主管部门", filed.department, "", "", "", "实施单位", filed.implementing_unit, "", ""],
        [
            "项目资金（元）",
            "",
            "年初预算数",
            "全年预算数",
            "全年执行数",
            "分值",
            "执行率",
            "得分",
            "",
        ],
    ]
    rows += [
        ["", row.label, _number(row.initial), _number(row.budget), _number(row.executed),
         _number(row.points), f"{_number(row.rate)}%", _number(row.score), ""]
        for row in filed.execution
    ]  # fmt: skip
    rows.append(
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
         "偏差原因分析及改进措施"]
    )  # fmt: skip
    generous = k % 5 == 0
    for line in filed.lines:
        score = line.score
        if generous and line.note and line.points is not None:
            score, generous = line.points, False  # one missed line given full points
        rows.append(
            ["", labels[line.level1], "" if line.level2 is None else line.level2.value,
             line.name, line.target_text, line.actual_text, _number(line.points),
             _number(score), line.note]
        )  # fmt: skip
    assert filed.total is not None
    total = filed.total + 1 if k % 3 == 0 else filed.total
    rows.append(["总分", "", "", "", "", "", "100", _number(total), filed.grade_text])
    return rows


def timed(function: Callable[[], object]) -> float:
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


def main() -> None:
    grids = [grid(report(k), k) for k in range(COUNT)]
    reports = []
    for rows in grids:
        (filed,) = read_table(rows)
        assert isinstance(filed, SelfEvaluationReport)
        reports.append(filed)
    found = [audit(r) for r in reports]  # a warm-up, and a check there is work to do
    with_errors = sum(bool(a.errors) for a in found)
    discrepancies = sum(len(a.discrepancies) for a in found)
    per_round = COUNT // ROUNDS
    ratios, reading, auditing = [], [], []
    for k in range(ROUNDS):
        totals = {"read_table": 0.0, "audit": 0.0}
        for n in range(k * per_round, (k + 1) * per_round):
            rows, filed = grids[n], reports[n]
            runs: list[tuple[str, Callable[[], object]]] = [
                ("read_table", functools.partial(read_table, rows)),
                ("audit", functools.partial(audit, filed)),
            ]
            for name, run in runs if n % 2 else runs[::-1]:
                totals[name] += timed(run)
        ratios.append(totals["audit"] / totals["read_table"])
        reading.append(totals["read_table"] / per_round)
        auditing.append(totals["audit"] / per_round)
    print(
        f"{COUNT} reports ({with_errors} with errors, {discrepancies} discrepancies), "
        f"{ROUNDS} rounds of {per_round}, times per report"
    )
    print(f"  {'read_table (reference)':<24} {statistics.median(reading) * 1e3:8.3f} ms")
    print(
        f"  {'audit':<24} {statistics.median(auditing) * 1e3:8.3f} ms   ratio "
        f"{statistics.median(ratios):5.2f}   (rounds {min(ratios):5.2f}-{max(ratios):5.2f})"
    )


if __name__ == "__main__":
    main()
