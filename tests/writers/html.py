"""A test-side HTML writer: tables as a county website publishes forms, spans from merges.

Each table is one `<table>`, several tables one page. A merged range is one cell with
`rowspan`/`colspan`; the positions it covers write nothing. Every other position writes a
`<td>`, empty ones included, so rows keep the table's width. Text is escaped, and a line
break inside a cell is a `<br>`. The page declares its encoding in `<meta charset>`, and
each table's name stands above it in a heading (text outside tables is no part of a grid).
"""

from __future__ import annotations

import html
import os
from collections.abc import Sequence

from tests.templates.forms import Table
from tests.writers.text import cell_text

__all__ = ["write_html"]


def write_html(
    path: str | os.PathLike[str], tables: Sequence[Table], *, encoding: str = "utf-8"
) -> None:
    """Write tables as one HTML page in `encoding`, declared in `<meta charset>`."""
    parts = [
        "<!DOCTYPE html>\n<html>\n<head>\n",
        f'<meta charset="{encoding}">\n',
        f"<title>{html.escape(', '.join(table.name for table in tables))}</title>\n",
        "</head>\n<body>\n",
    ]
    for table in tables:
        parts.append(f"<h2>{html.escape(table.name)}</h2>\n")
        parts.append(_table(table))
    parts.append("</body>\n</html>\n")
    with open(path, "wb") as file:
        file.write("".join(parts).encode(encoding))


def _table(table: Table) -> str:
    spans: dict[tuple[int, int], tuple[int, int]] = {}
    covered: set[tuple[int, int]] = set()
    for top, left, bottom, right in table.merges:
        spans[top, left] = (bottom - top + 1, right - left + 1)
        covered.update(
            (r, c)
            for r in range(top, bottom + 1)
            for c in range(left, right + 1)
            if (r, c) != (top, left)
        )
    lines = ['<table border="1" cellspacing="0">\n']
    for r, row in enumerate(table.rows, start=1):
        cells = []
        for c, value in enumerate(row, start=1):
            if (r, c) in covered:
                continue
            rows, columns = spans.get((r, c), (1, 1))
            attributes = (f' rowspan="{rows}"' if rows > 1 else "") + (
                f' colspan="{columns}"' if columns > 1 else ""
            )
            text = html.escape(cell_text(value)).replace("\n", "<br>")
            cells.append(f"<td{attributes}>{text}</td>")
        lines.append("<tr>" + "".join(cells) + "</tr>\n")
    lines.append("</table>\n")
    return "".join(lines)
