"""docs/reference/audit-codes.md: generated from the audit codes, complete and current."""

from __future__ import annotations

import runpy
from pathlib import Path

from perfindicator.audits.discrepancies import CODES

ROOT = Path(__file__).resolve().parents[1]


def test_the_codes_page_lists_every_code() -> None:
    page = runpy.run_path(str(ROOT / "scripts/audit_codes_doc.py"))["page"]()
    assert (ROOT / "docs/reference/audit-codes.md").read_text(encoding="utf-8") == page
    # Each code once, with its severity, under a heading: none falls outside the groups.
    for code, entry in CODES.items():
        assert page.count(f"| {code} | {entry.severity.value} |") == 1, code
    rows = [line for line in page.splitlines() if line.startswith("| AU")]
    assert len(rows) == len(CODES)


def test_the_page_is_checked_by_the_script() -> None:
    # --check compares without writing: 0 for the current page.
    script = runpy.run_path(str(ROOT / "scripts/audit_codes_doc.py"))
    assert script["main"](["--check"]) == 0
