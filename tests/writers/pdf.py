"""A test-side PDF writer (reportlab): ruled tables, plain text pages, and pages without text.

What a published 申报表 PDF holds, written at test time so that the reader's tests need no
binary fixtures: tables drawn with a grid of rules (what `pdfplumber` finds as tables),
merged cells as spans, lines of text placed in columns without rules, and pages that hold a
drawing only (what a scan is to a text extractor). Text is set in reportlab's built-in CID
font `STSong-Light` (Adobe-GB1), which needs no font file and maps Unicode to glyphs through
a CMap, so the text extracted is the text written. It has no glyph for the middle dot `·`
(U+00B7), which is dropped from the page: the tests do not write it.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

import PIL.Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas
from reportlab.platypus import Table

__all__ = ["FONT", "SIZE", "Merge", "write_pdf"]

FONT = "STSong-Light"
SIZE = 10
"""The font size, in points, of all text written."""

Merge = tuple[int, int, int, int]
"""A merged range of a table: top row, left column, bottom row, right column, from 0."""

_MARGIN = 40
_LEADING = 14
# The space between two columns of a text page: wide enough to be a column gap (more than a
# font size), as a layout program leaves between columns.
_COLUMN_GAP = 18

pdfmetrics.registerFont(UnicodeCIDFont(FONT))


def write_pdf(
    path: str | os.PathLike[str],
    tables: Sequence[Sequence[Sequence[str | None]]] = (),
    *,
    merges: Sequence[Sequence[Merge]] = (),
    titles: Sequence[str | None] = (),
    text_pages: Sequence[Sequence[Sequence[str | None]]] = (),
    drawing_pages: int = 0,
    scanned_pages: int = 0,
    password: str | None = None,
) -> None:
    r"""Write a PDF: `tables`, `text_pages`, `drawing_pages`, `scanned_pages`, in this order.

    Args:
        path: the file to write.
        tables: each table's rows of cells, drawn as a ruled table (a rule around every
            cell), one after the other down the pages, starting a new page when the next
            table does not fit. A cell's `"\n"` starts a new line in the cell; `None` is an
            empty cell.
        merges: for each table (by position; fewer lists than tables: no merges for the
            rest), its merged ranges. The text of a merged range is its top-left cell's;
            every other position it covers must be `None`.
        titles: for each table (by position), a line of text drawn above it, outside its
            rules (`None`: none), as a form's title sits above its table.
        text_pages: pages of lines of text without rules; each line's cells are drawn in
            columns (each column as wide as its widest cell, plus a gap). `None` or `""`
            leaves its column blank.
        drawing_pages: pages holding a filled rectangle and nothing else: no text, no image.
        scanned_pages: pages holding an image and nothing else, as a scanned page does.
        password: encrypt the file with this user password (needed to open it).
    """
    page = canvas.Canvas(os.fspath(path), pagesize=A4, encrypt=password)
    width, height = A4
    top = height - _MARGIN
    drawn = False  # whether the current page holds anything yet
    for number, rows in enumerate(tables):
        table = _table(rows, merges[number] if number < len(merges) else ())
        title = titles[number] if number < len(titles) else None
        _, needed = table.wrapOn(page, width - 2 * _MARGIN, height - 2 * _MARGIN)
        if title is not None:
            needed += 2 * _LEADING
        if drawn and top - needed < _MARGIN:
            page.showPage()
            top = height - _MARGIN
        if title is not None:
            page.setFont(FONT, SIZE)
            page.drawString(_MARGIN, top - SIZE, title)
        table.drawOn(page, _MARGIN, top - needed)
        top -= needed + 2 * _LEADING
        drawn = True
    for lines in text_pages:
        if drawn:
            page.showPage()
        _text_page(page, lines, height - _MARGIN)
        drawn = True
    for _ in range(drawing_pages):
        if drawn:
            page.showPage()
        page.rect(_MARGIN, _MARGIN, width / 2, height / 3, stroke=0, fill=1)
        drawn = True
    for _ in range(scanned_pages):
        if drawn:
            page.showPage()
        scan = ImageReader(PIL.Image.new("L", (64, 64), color=200))
        page.drawImage(scan, _MARGIN, _MARGIN, width - 2 * _MARGIN, height - 2 * _MARGIN)
        drawn = True
    page.showPage()
    page.save()


def _table(rows: Sequence[Sequence[str | None]], merges: Sequence[Merge]) -> Table:
    style = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (0, 0), (-1, -1), SIZE),
        ("LEADING", (0, 0), (-1, -1), SIZE + 2),
        ("GRID", (0, 0), (-1, -1), 0.5, "black"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]
    for merged_top, left, bottom, right in merges:
        for r in range(merged_top, bottom + 1):
            for c in range(left, right + 1):
                if (r, c) != (merged_top, left) and rows[r][c] is not None:
                    raise ValueError(f"cell ({r}, {c}) is covered by a merge: it must be None")
        # reportlab counts (column, row).
        style.append(("SPAN", (left, merged_top), (right, bottom)))
    return Table([["" if text is None else text for text in row] for row in rows], style=style)


def _text_page(page: canvas.Canvas, lines: Sequence[Sequence[str | None]], top: float) -> None:
    columns = max((len(line) for line in lines), default=0)
    widths = [
        max(
            (pdfmetrics.stringWidth(line[c] or "", FONT, SIZE) for line in lines if c < len(line)),
            default=0,
        )
        for c in range(columns)
    ]
    page.setFont(FONT, SIZE)
    y = top
    for line in lines:
        x: float = _MARGIN
        for c, text in enumerate(line):
            if text:
                page.drawString(x, y, text)
            x += widths[c] + _COLUMN_GAP
        y -= _LEADING
