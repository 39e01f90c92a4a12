"""Jupyter display: HTML tables beside an unchanged plain repr, rendered from `display.tables`."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

from perfindicator import BudgetExecution, Findings, Project, lint, self_evaluate

from .test_selfeval import MET, ROWS, build

LEFT = '<td style="text-align: left">'
RIGHT = '<td style="text-align: right">'


def cells(html: str) -> list[str]:
    return re.findall(r"<td[^>]*>(.*?)</td>", html)


def test_project_html(seed_projects: list[Project]) -> None:
    html = seed_projects[0]._repr_html_()
    assert html.startswith(
        "<table><caption>12348公共法律服务平台政府购买法律咨询服务  (2022年度)  经常性项目<br>"
        "主管部门 上海市司法局"
    )
    block, indicators = html.split("</table>", 2)[:2]
    # The form fills four money cells (15,399,720 yuan each: total, fiscal, annual request,
    # appropriation; carry-over and both 其他资金 are empty), the period and both goals.
    assert cells(block)[::2] == [
        "项目资金总额（元）",
        "其中：财政资金（元）",
        "年度资金申请总额（元）",
        "其中：当年财政拨款（元）",
        "实施期",
        "项目总目标",
        "年度总目标",
    ]
    assert cells(block)[1:8:2] == ["15399720"] * 4
    assert cells(block)[9] == "2022年 - 2022年"
    assert f"{LEFT}&gt;=95%</td>" in indicators  # escaped
    assert indicators.count("<tr>") == 1 + 15
    assert repr(seed_projects[0]).startswith("Project(name='12348")


def test_project_html_shows_funding_and_goals(seed_projects: list[Project]) -> None:
    p = seed_projects[0]
    html = p._repr_html_()
    assert p.goals.annual
    assert p.goals.annual in html
    assert p.funding.total is not None
    assert f"{p.funding.total:f}" in html


def test_self_evaluation_html() -> None:
    result = self_evaluate(
        build(ROWS), MET, budget=BudgetExecution(budget=Decimal(10), executed=Decimal(9))
    )
    html = result._repr_html_()
    assert "总分 99.00  等级 优" in html
    # Header, 15 lines, 3 subtotals, the execution row and the total row.
    assert html.count("<tr>") == 1 + 15 + 3 + 1 + 1
    # The execution row shows its weight and score, numbers right-aligned with 2 decimals.
    assert f"{LEFT}预算执行率</td>" in html
    assert f"{RIGHT}10.00</td>{RIGHT}9.00</td>" in html


def test_bundled_example_shows_outcome_words(seed_projects: list[Project], root: Path) -> None:
    given = json.loads((root / "examples/actuals-illustrative.json").read_text(encoding="utf-8"))
    entry = given["projects"][seed_projects[0].name]
    result = self_evaluate(
        seed_projects[0],
        entry["actuals"],
        targets=entry["targets"],
        budget=BudgetExecution(
            budget=Decimal(entry["budget"]["budget"]),
            executed=Decimal(entry["budget"]["executed"]),
        ),
    )
    html = result._repr_html_()
    assert "Judgement" not in html
    assert "Outcome" not in html
    rows = re.findall(r"<tr>(.*?)</tr>", html)
    row = next(r for r in rows if "公共法律服务测评覆盖率" in r)
    # 基本达到 is the partly achieved outcome: 7.50 × 0.7 = 5.25, a note required.
    assert cells(row) == [
        "效益指标",
        "社会效益指标",
        "公共法律服务测评覆盖率",
        "提升",
        "部分达成年度指标并具有一定效果",
        "7.50",
        "5.25",
        "否",
        "需要",
    ]
    timely = next(r for r in rows if "留言接答及时性" in r)
    assert cells(timely)[4] == "达成年度指标"


def test_lint_results_are_a_list_with_html(seed_projects: list[Project]) -> None:
    findings = lint(seed_projects[2])
    assert isinstance(findings, Findings)
    assert isinstance(findings, list)
    assert findings == [findings[0]]
    html = findings._repr_html_()
    assert html.startswith("<table><caption>1 finding</caption>")
    assert f"{LEFT}PI003</td>" in html
    assert Findings()._repr_html_().startswith("<table><caption>0 findings</caption>")
