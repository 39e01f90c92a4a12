"""Quickstart: read the bundled Shanghai forms, look at their targets, lint them.

python examples/quickstart.py
"""

from __future__ import annotations

from pathlib import Path

from perfindicator import evaluate, lint, parse_target, read_forms

HERE = Path(__file__).parent


def main() -> None:
    # Targets as forms write them, read into typed values with a canonical spelling.
    for written in ["≥ 95 ％", "95%以上", "2022年12月底前", "较上年提升5%", "及时"]:
        target = parse_target(written)
        print(f"{written!r:>14} -> {type(target).__name__:<11} {target}")

    # The bundled forms: PDF-extracted text with its layout damage.
    projects = read_forms((HERE / "forms/shanghai-justice-2022.txt").read_text(encoding="utf-8"))
    for project in projects:
        print(
            f"\n{project.name}: {len(project.indicators)} indicators, total funds {project.funding.total:,} 元"
        )
        for finding in lint(project):
            print(f"  {finding}")

    # One indicator against an actual value.
    evaluation = evaluate(parse_target(">=10000人次"), "1.2万人次")
    print(f"\n>=10000人次 with 1.2万人次: met={evaluation.met}, ratio={evaluation.ratio}")


if __name__ == "__main__":
    main()
