"""Internal helpers the spreadsheet readers share (`.xlsx` and `.xls`).

How a spreadsheet's cell becomes a grid's raw value, how merged ranges are emptied and
trailing empty rows and columns trimmed: the same rules for both workbook formats, so the
same sheet reads the same whichever format it was saved in.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal

from perfindicator.documents.grid import RawCell
from perfindicator.grammar.cells import decimal_from_float

__all__ = ["shown_percent", "spreadsheet_value", "trimmed", "unmerged"]


def shown_percent(value: RawCell, number_format: str) -> RawCell:
    """A number under a percentage format as the text the sheet shows: 0.95 → `95%`.

    A target typed as 95% is stored as 0.95; read as the number it would be the target
    `=0.95`. The text is exact (the stored number times 100, never rounded to the format's
    places), so `0.9567` under `0%` reads `95.67%`, not the `96%` Excel displays.
    """
    if "%" not in number_format or isinstance(value, bool):
        return value
    if isinstance(value, float):
        number = decimal_from_float(value)
    elif isinstance(value, (int, Decimal)):
        number = Decimal(value)
    else:
        return value
    if not number.is_finite():
        return value
    return f"{(number * 100).normalize():f}%"


def spreadsheet_value(value: object) -> RawCell:
    """A value as a spreadsheet library gives it, as `grid` takes it (see the module's notes).

    Booleans read as the text Excel shows; an empty text is an empty cell. Anything else is
    handed on for `grid` to read or refuse, naming the cell.
    """
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if value == "":
        return None
    return value  # type: ignore[return-value]  # grid checks every value and names the cell


def unmerged(
    rows: list[list[RawCell]], ranges: Iterable[tuple[tuple[int, int], tuple[int, int]]]
) -> list[list[RawCell]]:
    """Empty every position of each merged range but its top-left (rows, columns from 0)."""
    for (top, left), (bottom, right) in ranges:
        for r in range(top, min(bottom, len(rows) - 1) + 1):
            row = rows[r]
            for c in range(left, min(right, len(row) - 1) + 1):
                if (r, c) != (top, left):
                    row[c] = None
    return rows


def trimmed(rows: Sequence[Sequence[RawCell]]) -> list[list[RawCell]]:
    """Drop the rows, then the columns, that are empty everywhere at the end of a sheet."""
    last_row = max((r for r, row in enumerate(rows) if any(v is not None for v in row)), default=-1)
    kept = rows[: last_row + 1]
    width = max(
        (c + 1 for row in kept for c, value in enumerate(row) if value is not None), default=0
    )
    return [list(row[:width]) + [None] * (width - len(row)) for row in kept]
