"""What the page-generating scripts share: write the page, or check that it is current."""

from __future__ import annotations

import sys
from pathlib import Path


def write_or_check(page: Path, text: str, script: str, argv: list[str]) -> int:
    """Write `text` to `page`; with `--check` in `argv`, exit 1 if the page differs instead."""
    if "--check" in argv:
        current = page.read_text(encoding="utf-8") if page.exists() else ""
        if current != text:
            print(f"{page} is out of date: run python scripts/{script}", file=sys.stderr)
            return 1
        return 0
    page.write_text(text, encoding="utf-8")
    return 0
