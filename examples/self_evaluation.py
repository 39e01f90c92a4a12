"""Worked example: the year-end self-evaluation (绩效自评) of one Shanghai project.

The actual values come from `actuals-illustrative.json`: they are ILLUSTRATIVE, made up for
this example, and are not the official results of 上海市司法局.

    python examples/self_evaluation.py
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

from perfindicator import BudgetExecution, read_forms, self_evaluate
from perfindicator.display.text import self_evaluation_text

HERE = Path(__file__).parent
PROJECT = "12348公共法律服务平台政府购买法律咨询服务"


def main() -> None:
    projects = read_forms((HERE / "forms/shanghai-justice-2022.txt").read_text(encoding="utf-8"))
    project = next(p for p in projects if p.name == PROJECT)
    given = json.loads((HERE / "actuals-illustrative.json").read_text(encoding="utf-8"))
    print(given["note"])
    entry = given["projects"][PROJECT]

    result = self_evaluate(
        project,
        entry["actuals"],
        budget=BudgetExecution(
            budget=Decimal(entry["budget"]["budget"]), executed=Decimal(entry["budget"]["executed"])
        ),
        # The form leaves this target empty; the evaluator states the one used (a target or
        # its text).
        targets=entry["targets"],
    )
    # Lines needing a deviation note (偏差原因分析及改进措施): missed, or far exceeded.
    for line in result.lines:
        if line.note_required:
            print(f"偏差说明: {line.indicator.name} ({line.score} / {line.points})")
    for subtotal in result.subtotals:
        print(f"{subtotal.level1.value}: {subtotal.score} / {subtotal.points}")
    # The result keeps the weights it was scored with: the execution weight is not assumed.
    print(f"预算执行: {result.execution_score} / {result.weights.execution}")
    print(f"总分 {result.total}, 等级 {result.grade.value if result.grade else '—'}")
    print()
    # The same result as the command line shows it (`perfindicator evaluate`).
    print(self_evaluation_text(result))


if __name__ == "__main__":
    main()
