"""Jupyter display: HTML tables beside an unchanged plain repr."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from perfindicator import BudgetExecution, Findings, lint, read_forms, self_evaluate

from .test_selfeval import MET, ROWS, build

ROOT = Path(__file__).parents[1]
SEED = read_forms((ROOT / "examples/forms/shanghai-justice-2022.txt").read_text(encoding="utf-8"))


def test_project_html() -> None:
    html = SEED[0]._repr_html_()
    assert html.startswith("<table><caption>12348公共法律服务平台政府购买法律咨询服务 (2022年度)")
    assert html.count("<tr>") == 1 + 15
    assert "<td>&gt;=95%</td>" in html  # escaped
    assert repr(SEED[0]).startswith("Project(name='12348")


def test_self_evaluation_html() -> None:
    result = self_evaluate(
        build(ROWS), MET, budget=BudgetExecution(budget=Decimal(10), executed=Decimal(9))
    )
    html = result._repr_html_()
    assert "总分 99.00 等级 优" in html
    assert html.count("<tr>") == 1 + 15 + 3 + 1


def test_lint_results_are_a_list_with_html() -> None:
    findings = lint(SEED[2])
    assert isinstance(findings, Findings)
    assert isinstance(findings, list)
    assert findings == [findings[0]]
    assert "<td>PI003</td>" in findings._repr_html_()
