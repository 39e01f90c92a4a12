"""Hypothesis strategies for the cells people type into a form's spreadsheet or document.

Shared by the round-trip tests of the file readers (`.xlsx`, `.docx`, `.xls`).
"""

from __future__ import annotations

import datetime
from decimal import Decimal

from hypothesis import strategies as st

from perfindicator.documents.grid import RawCell

# What people type into a form's cells: text (CJK included; no control characters, which
# Office files cannot hold and Excel does not let one type), numbers of at most 15
# significant digits (what a spreadsheet keeps), and dates.
texts = st.text(
    st.characters(
        codec="utf-8", exclude_categories=["Cc", "Cs", "Co", "Cn"], include_characters="\n"
    ),
    min_size=1,
    max_size=12,
)
cjk = st.text(st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF), min_size=1, max_size=8)
decimals = st.decimals(
    min_value=Decimal("-1e12"),
    max_value=Decimal("1e12"),
    places=2,
    allow_nan=False,
    allow_infinity=False,
)
ints = st.integers(-(10**14), 10**14)
dates = st.dates(datetime.date(1901, 1, 1), datetime.date(2100, 12, 31))
values = st.one_of(st.none(), texts, cjk, decimals, ints, dates)


@st.composite
def tables(draw: st.DrawFn) -> list[list[RawCell]]:
    """Rectangular rows whose last row and last column each hold a value (nothing to trim)."""
    height = draw(st.integers(1, 5))
    width = draw(st.integers(1, 5))
    rows: list[list[RawCell]] = [[draw(values) for _ in range(width)] for _ in range(height)]
    rows[-1][draw(st.integers(0, width - 1))] = draw(cjk)
    rows[draw(st.integers(0, height - 1))][-1] = draw(cjk)
    return rows
