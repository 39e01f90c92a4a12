"""Worked example: the year-end self-evaluation (绩效自评) of one Shanghai project.

The actual values come from `actuals-illustrative.json`: they are ILLUSTRATIVE, made up for
this example, and are not the official results of 上海市司法局.

    python examples/self_evaluation.py
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

from perfindicator import BudgetExecution, parse_target, read_forms, self_evaluate

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
        # The form leaves this target empty; the evaluator states the one used.
        targets={"案例制作完成及时性": parse_target("及时")},
    )
    for line in result.lines:
        note = "  偏差说明" if line.note_required else ""
        print(f"{line.indicator.name:<16}{line.points:>6} {line.score:>6}{note}")
    for subtotal in result.subtotals:
        print(f"{subtotal.level1.value}: {subtotal.score} / {subtotal.points}")
    print(f"预算执行: {result.execution_score} / 10")
    print(f"总分 {result.total}, 等级 {result.grade.value if result.grade else '—'}")


if __name__ == "__main__":
    main()
