"""Write docs/reference/audit-codes.md from the audit codes (`perfindicator.audits.discrepancies`).

    python scripts/audit_codes_doc.py          # rewrite the page
    python scripts/audit_codes_doc.py --check  # exit 1 if the page is not what the codes say

tests/test_audit_codes_doc.py runs `page()` and compares it with the file, so the page
cannot drift.
"""

from __future__ import annotations

import sys
from pathlib import Path

from perfindicator.audits.discrepancies import CODES

# The scripts' shared helper sits beside them; run as `python scripts/…` or by `runpy` from
# the tests, this folder is not otherwise on the import path.
sys.path.insert(0, str(Path(__file__).resolve().parent))
from _pages import write_or_check

PAGE = Path(__file__).resolve().parents[1] / "docs/reference/audit-codes.md"

# The codes' hundreds name what they check, in the order the audit checks it.
GROUPS = {
    "1": "Indicator lines",
    "2": "Points",
    "3": "Budget execution",
    "4": "Totals and grade",
}

INTRO = """\
# Audit codes

`audit(report)` recomputes a published self-evaluation and reports every departure from the
rules as a `Discrepancy` under one of the codes below (a `Problem` with the indicator
concerned, the value reported and the value recomputed, and a message in English and
Chinese). An *error* breaks a rule; a *note* records what the rules leave to the assessor
(a line judged `基本达到` scored 7 of 8, say) or what is merely absent. `perfindicator audit`
exits 1 when any discrepancy is an error, 0 when there are only notes or none.

How a figure is recomputed (the points, the execution formula, the bands of the
qualitative outcomes, the tolerance of printed rounding) is the report's scoring scheme:
see [Scoring schemes](../explanation/schemes.md).

This page is generated from `perfindicator.audits.discrepancies.CODES` by
`scripts/audit_codes_doc.py`; do not edit the tables by hand.
"""


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def page() -> str:
    """The page's text: a table per group of codes, in code order."""
    parts = [INTRO]
    for digit, title in GROUPS.items():
        lines = [
            f"## {title}",
            "",
            "| Code | Severity | Rule | 规则 |",
            "| --- | --- | --- | --- |",
        ]
        lines += [
            f"| {code} | {entry.severity.value} | {_cell(entry.rule_en)} | {_cell(entry.rule_zh)} |"
            for code, entry in sorted(CODES.items())
            if code[2] == digit
        ]
        parts.append("\n".join(lines) + "\n")
    return "\n".join(parts)


def main(argv: list[str]) -> int:
    return write_or_check(PAGE, page(), "audit_codes_doc.py", argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
