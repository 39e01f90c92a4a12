"""Write docs/reference/lint-rules.md from the lint rule registry (`perfindicator.reports.rules`).

    python scripts/lint_rules_doc.py          # rewrite the page
    python scripts/lint_rules_doc.py --check  # exit 1 if the page is not what the registry says

tests/test_lint.py runs `page()` and compares it with the file, so the page cannot drift.
"""

from __future__ import annotations

import sys
from pathlib import Path

from perfindicator.reports.rules import RULES

# The scripts' shared helper sits beside them; run as `python scripts/…` or by `runpy` from
# the tests, this folder is not otherwise on the import path.
sys.path.insert(0, str(Path(__file__).resolve().parent))
from _pages import write_or_check

PAGE = Path(__file__).resolve().parents[1] / "docs/reference/lint-rules.md"

INTRO = """\
# Lint rules

`lint(project)` applies every rule below and returns its findings (`Problem` records: code,
severity, subject, message in English and Chinese). Project rules run once per project,
indicator rules on each indicator in form order. An *error* means the form cannot be evaluated
as it stands or contradicts itself; a *warning* means practice advises against it.

Switch rules off with `LintRules(ignore=...)`: one code (`"PI031"`) or several
(`["PI031", "PI032"]`); an unknown code is refused. `LintRules` also holds the thresholds:
`satisfaction_floor` (PI006, 85 by default) and `funding_tolerance` (PI010 and PI011, 0 by
default: funding sums are exact).

This page is generated from the registry `perfindicator.reports.rules.RULES` by
`scripts/lint_rules_doc.py`; do not edit the table by hand.

"""


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def page() -> str:
    """The page's text, table rows in registry order."""
    lines = [
        "| Code | Severity | Applies to | What it checks | 检查内容 |",
        "| --- | --- | --- | --- | --- |",
    ]
    lines += [
        f"| {rule.code} | {rule.severity.value} | {rule.scope.value} | "
        f"{_cell(rule.checks_en)} | {_cell(rule.checks_zh)} |"
        for rule in RULES
    ]
    return INTRO + "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    return write_or_check(PAGE, page(), "lint_rules_doc.py", argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
