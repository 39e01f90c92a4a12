r"""PDF documents read into grids with pdfplumber (the `pdf` extra).

A PDF holds no tables, only characters and lines drawn on pages; the reader finds the
tables as pdfplumber does, page by page, and places every grid on its page (`page=1, 2,
...` as a viewer counts them):

- **Ruled tables.** The tables pdfplumber finds from the rules drawn around their cells
  (`find_tables()` with its default settings) are one grid each, top to bottom down the
  page (side by side: left to right). A merged cell keeps its text at its first (top-left)
  position and every other position it covers is empty, as pdfplumber gives it and as
  merged cells read from a spreadsheet. A single ruled cell alone is no table (pdfplumber
  needs two cells): its text is read as text outside the tables.
- **Text outside the tables** (the title and `(2022年度)` above a form's table, a page
  without rules) is not dropped: its lines are read as `pdftotext -layout` would lay them
  out, one row per line, a new cell at every gap of at least a full-width character (about
  two spaces of that layout; narrower gaps are a space inside a cell). Where the text's
  columns are is not inferred: a row's cells are the runs of text on its line, in order,
  and a blank column leaves no empty cell. The lines between two tables (or before the
  first, after the last) are one grid, in its place among the tables; a page without
  tables is one grid of all its lines.
- **Line breaks in a cell.** pdfplumber gives a cell's wrapped lines joined with `"\n"`,
  and a PDF does not say whether the writer typed a line break or the layout wrapped the
  text: a table cell's lines are joined into one line. A break between two letters of a
  script written with spaces between words (Latin, Greek, Cyrillic: `Online` /
  `service`) becomes a space, as such text wraps at a space; every other break is
  removed, as Chinese text, numbers and symbols wrap anywhere without one (`法律咨询` /
  `接通率` is `法律咨询接通率`, `15,399,` / `720` is `15,399,720`, a heading written
  down a narrow column `绩` / `效` is `绩效`). Spaces at the ends of a line go with it.
  An empty cell is `None`; text is otherwise as extracted (not stripped, not normalised).
- **Pages without text.** A page with no characters and no images (a blank page, a page of
  drawings) gives no grid. A page with images but no text is a scan, which no grid can
  be read from: the file is refused naming the page, as a file with no text on any page
  is refused as a scanned PDF. Both need OCR first.

A file that is not a PDF (empty, text, HTML, an Office file), is damaged or truncated,
holds no pages, is password-protected (needs a password to open; a PDF that only
restricts printing or copying opens without one and is read), or whose fonts do not say
which characters they draw (pdfminer then gives `(cid:123)` instead of the text) is
refused with a `FormError` naming the file (and the page or cell).
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import attrs

from perfindicator.documents._rows import join_lines
from perfindicator.documents.grid import Grid, RawTable, grid_of
from perfindicator.errors import FormError, MissingExtraError, Place, Problem
from perfindicator.io._files import damaged, form_error, read_file, refused

if TYPE_CHECKING:
    from pdfplumber.page import Page

__all__ = ["read_grids"]

_EXPECTED = ("a PDF document", "PDF文件")
# Readers accept a PDF whose header is within its first 1024 bytes, after other bytes; and
# one with bytes after its end marker (some servers append a few), within its last 1024.
_HEADER = b"%PDF"
_END = b"%%EOF"
_WITHIN = 1024
# What pdfminer writes for a glyph its font maps to no character.
_UNMAPPED = re.compile(r"\(cid:\d+\)")
# A gap between words of a line is a cell boundary from this fraction of the text's size
# (a full-width character's width) up; a little under 1, so that a gap of exactly one
# character, measured with rounding, counts.
_CELL_GAP = 0.9

_Rows = list[list[str | None]]


@attrs.frozen
class _Page:
    """What one page gives: whether it has text and images, and its blocks top to bottom."""

    number: int
    text: bool
    images: bool
    blocks: list[_Rows]


def read_grids(path: str | os.PathLike[str]) -> list[Grid]:
    r"""Read the tables and text of a PDF as grids of text cells, page by page.

    Each grid's `source` names the file and the page (from 1); each cell its row and
    column in its grid, from 1. See the module's notes for how tables, text outside them,
    merged cells and line breaks read.

    Args:
        path: the file, as a `str` or an `os.PathLike` path (`pathlib.Path`). The extension
            is not checked: the bytes decide.

    Raises:
        FormError: the file is not a PDF that can be read (damaged, truncated, another kind
            of file, password-protected, no pages), has no text layer (a scan), or its
            fonts map no characters; the problem names the file (and the page or cell).
        FieldTypeError: `path` is neither a `str` nor a path of text.
        ReadError: the file cannot be opened or read (also an `OSError`).
        MissingExtraError: pdfplumber is not installed (`pip install 'perfindicator[pdf]'`).

    Examples:
        >>> import pathlib, tempfile
        >>> from reportlab.pdfbase import pdfmetrics
        >>> from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        >>> from reportlab.pdfgen.canvas import Canvas
        >>> from reportlab.platypus import Table
        >>> pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "form.pdf"
        >>> page = Canvas(str(path))
        >>> page.setFont("STSong-Light", 10)
        >>> page.drawString(40, 800, "(2022年度)")
        >>> table = Table(
        ...     [["三级指标", "指标目标值"], ["法律咨询\n接通率", ">=95%"]],
        ...     style=[("FONTNAME", (0, 0), (-1, -1), "STSong-Light"),
        ...            ("GRID", (0, 0), (-1, -1), 0.5, "black")])
        >>> _ = table.wrapOn(page, 500, 700)
        >>> table.drawOn(page, 40, 700)
        >>> page.save()
        >>> title, table = read_grids(path)
        >>> [[cell.value for cell in row] for row in title.rows]
        [['(2022年度)']]
        >>> [[cell.value for cell in row] for row in table.rows]
        [['三级指标', '指标目标值'], ['法律咨询接通率', '>=95%']]
        >>> print(table.rows[1][1].place)
        ... # doctest: +ELLIPSIS
        /.../form.pdf[page 1]:2:2
    """
    return [grid_of(table) for table in read_tables(path)]


def read_tables(path: str | os.PathLike[str]) -> list[RawTable]:
    """The rows of every table in the file, as `read_grids` reads them, not yet grids."""
    try:
        import pdfplumber
    except ImportError as error:
        raise MissingExtraError(extra="pdf", format=".pdf", module="pdfplumber") from error
    name, data = read_file(path, "read_grids")
    if _HEADER not in data[:_WITHIN]:
        raise refused(name, *_EXPECTED, data)
    if _END not in data[-_WITHIN:]:
        # pdfminer reads a truncated file as far as it can find objects, and may read it
        # without error, pages missing: a file cut short is refused rather than read in part.
        raise damaged(
            name,
            *_EXPECTED,
            ValueError("no end marker %%EOF in its last 1024 bytes: the file is cut short"),
        )
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages = []
            for page in pdf.pages:
                pages.append(_read_page(page))
                page.close()  # frees the page's parsed objects: a page at a time in memory
    except Exception as error:
        # pdfminer parses the file lazily, page by page, and its damage surfaces as
        # whatever the layer that meets it raises (PSSyntaxError, PSEOF, KeyError,
        # TypeError, ValueError, zlib errors, UnicodeDecodeError, RecursionError for a
        # loop of objects, ...), some wrapped in pdfplumber's PdfminerException: no list
        # of them is complete, and each means the bytes are not a PDF it can read.
        # Nothing of perfindicator that raises its own errors runs inside this block.
        raise _unreadable(name, error) from error
    return _tables(name, pages)


def _unreadable(name: str, error: Exception) -> FormError:
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    # pdfplumber wraps pdfminer's error in a PdfminerException that says nothing itself.
    cause = error.args[0] if len(error.args) == 1 else error
    cause = cause if isinstance(cause, BaseException) else error
    if isinstance(cause, PDFPasswordIncorrect):
        return form_error(
            name,
            "a password-protected PDF: open it with its password and save or print it as a "
            "PDF without one",
            "PDF文件有密码保护，请去除密码后另存",
        )
    return damaged(name, *_EXPECTED, cause)


def _tables(name: str, pages: Sequence[_Page]) -> list[RawTable]:
    if not pages:
        raise damaged(name, *_EXPECTED, ValueError("the document holds no pages"))
    if not any(page.text for page in pages):
        raise form_error(
            name,
            "no text layer: a scanned PDF needs OCR first",
            "PDF没有文本层：扫描件需先进行文字识别(OCR)",
        )
    for page in pages:
        if page.images and not page.text:
            raise _error_at(
                Place(file=name, page=page.number),
                f"page {page.number} has images but no text layer: a scanned page needs OCR first",
                f"第{page.number}页没有文本层：扫描页需先进行文字识别(OCR)",
            )
    tables = [
        RawTable(rows, Place(file=name, page=page.number)) for page in pages for rows in page.blocks
    ]
    for table in tables:
        for r, row in enumerate(table.rows, start=1):
            for c, value in enumerate(row, start=1):
                if isinstance(value, str) and _UNMAPPED.search(value):
                    raise _error_at(
                        table.source.at(r, c),
                        "text whose font maps no characters (pdfminer reads it as "
                        "(cid:N) glyphs): export the PDF again from its source, or OCR it",
                        "PDF字体缺少字符映射，无法提取文字",
                        text=value,
                    )
    return tables


def _error_at(where: Place, message_en: str, message_zh: str, text: str | None = None) -> FormError:
    # form_error places a problem at a file and row only; these need the page and cell.
    return FormError(
        (
            Problem(
                code="form", message_en=message_en, message_zh=message_zh, where=where, text=text
            ),
        )
    )


def _read_page(page: Page) -> _Page:
    text = any(char["text"].strip() for char in page.chars)
    blocks: list[tuple[float, _Rows]] = []
    if text:
        tables = page.find_tables()
        for table in tables:
            rows = [[_cell_text(cell) for cell in row] for row in table.extract()]
            blocks.append((table.bbox[1], rows))
        # Words that are not in a table (their middle outside every table's box).
        boxes = [table.bbox for table in tables]
        words = [
            word for word in page.extract_words() if not any(_inside(word, box) for box in boxes)
        ]
        blocks.extend(_text_blocks(words, [box[1] for box in boxes]))
    # Stable: tables starting at the same height stay as find_tables orders them, left to
    # right.
    ordered = sorted(blocks, key=lambda block: block[0])
    return _Page(
        number=page.page_number,
        text=text,
        images=bool(page.images),
        blocks=[rows for _, rows in ordered],
    )


def _inside(word: dict[str, Any], box: tuple[float, float, float, float]) -> bool:
    x = (word["x0"] + word["x1"]) / 2
    y = (word["top"] + word["bottom"]) / 2
    return bool(box[0] <= x <= box[2] and box[1] <= y <= box[3])


def _text_blocks(
    words: Sequence[dict[str, Any]], table_tops: Sequence[float]
) -> list[tuple[float, _Rows]]:
    """The lines of `words` as rows of cells, a block (its top, its rows) per run of lines.

    A table starting between two lines ends a block: the lines above it and below it are
    two grids, placed before and after the table's.
    """
    blocks: list[tuple[int, float, _Rows]] = []
    for line in _lines(words):
        top = line[0]["top"]
        tables_above = sum(table_top < top for table_top in table_tops)
        if not blocks or blocks[-1][0] != tables_above:
            blocks.append((tables_above, top, []))
        blocks[-1][2].append(_line_cells(line))
    return [(top, rows) for _, top, rows in blocks]


def _lines(words: Sequence[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Words grouped into lines, top to bottom, each line's words left to right.

    A word is on a line when its middle is within the height of the line's first word:
    text of one line may sit a little higher or lower (another font, a superscript).
    """
    lines: list[list[dict[str, Any]]] = []
    for word in sorted(words, key=lambda w: (w["top"], w["x0"])):
        middle = (word["top"] + word["bottom"]) / 2
        if lines and lines[-1][0]["top"] <= middle <= lines[-1][0]["bottom"]:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [sorted(line, key=lambda w: w["x0"]) for line in lines]


def _line_cells(line: Sequence[dict[str, Any]]) -> list[str | None]:
    """A line's words as cells: a gap of a full-width character or more starts a new cell.

    Words are read with `extract_words` rather than `extract_text(layout=True)`: the layout
    mode puts text on a grid of fixed-width character columns, and a full-width character
    is wider than a column, so a run of Chinese text overflows into the gap after it and a
    gap between two columns can come out as one space, joining two cells. The words keep
    their positions, so a gap is measured in points against the text's own size.
    """
    cells: list[str | None] = []
    previous: dict[str, Any] | None = None
    for word in line:
        if previous is not None:
            # A word's height is its font size: the larger of the two sizes around the gap.
            size = max(word["bottom"] - word["top"], previous["bottom"] - previous["top"])
            if word["x0"] - previous["x1"] < _CELL_GAP * size:
                cells[-1] = f"{cells[-1]} {word['text']}"
                previous = word
                continue
        cells.append(word["text"])
        previous = word
    return cells


def _cell_text(text: str | None) -> str | None:
    """A table cell's text with its lines joined (see `join_lines`); `None` if empty."""
    if text is None:
        return None
    return join_lines(text) or None
