"""Plain-text tables for terminals, where Chinese characters are two columns wide."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence


def width(text: str) -> int:
    """The number of terminal columns `text` takes."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def table(rows: Sequence[Sequence[str]], *, right: frozenset[int] = frozenset()) -> str:
    """Align `rows` in columns two spaces apart; columns in `right` are right-aligned."""
    widths = [
        max((width(row[k]) for row in rows if k < len(row)), default=0)
        for k in range(max(map(len, rows), default=0))
    ]
    lines = []
    for row in rows:
        cells = []
        for k, cell in enumerate(row):
            pad = " " * (widths[k] - width(cell))
            cells.append(pad + cell if k in right else cell + pad)
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)
