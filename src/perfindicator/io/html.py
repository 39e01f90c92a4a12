r"""HTML pages: every `<table>` of a page as a grid, as a county website publishes forms.

Read with the standard library's `html.parser`, in one pass, in time linear in the page:

- Every `<table>` is one grid, in the order the tables start in the page. A table inside a
  cell of another (a layout table around the form) is a grid of its own, after the outer
  one; its text belongs to its own cells only, so the outer cell keeps the text around it.
  The grids are placed as `sheet="table 1"`, `"table 2"`, ... in that order.
- `<td>` and `<th>` are cells alike. `colspan` and `rowspan` are expanded as merged cells
  arrive from a spreadsheet: the text in the first position, `None` in the others. Spans
  are read as browsers read them: a value that is no number is 1, colspan is at most 1000
  and rowspan at most 65534, `rowspan="0"` reaches the end of its row group
  (`<thead>`, `<tbody>`, `<tfoot>`), a rowspan never crosses into the next row group, and
  one that reaches below the last row ends there. Rows keep their own length: a row is as
  long as its last cell (or a span from above) reaches. A `<caption>` is the first row, its
  text in the first position and `None` across the table's width, as a merged title row.
- A cell's text is its text content, entities decoded, as a browser shows it: runs of
  spaces, tabs and line breaks in the source are one space, and each line is trimmed;
  `<br>` and the boundaries of blocks inside the cell (`<p>`, `<div>`, list items, ...)
  are line breaks, kept as `"\n"` inside the one cell's text (the form reader decides what
  a line break in a form cell means); line breaks at the start or end of a cell are
  dropped. Other spaces (`&nbsp;`, the ideographic space) are text and kept. An empty cell
  is `None`. Text of `<script>` and `<style>` is no cell text.
- The encoding is the one the page declares (`<meta charset=...>`, `<meta http-equiv
  content="...; charset=...">` or an XML declaration, within the page's first 8,192 bytes),
  decoded by `decode_text`, which prefers a byte order mark or valid UTF-8 to a stale
  declaration.

Text outside tables is no part of any grid. A page of more than 1,000,000 cells (spans
counted) is refused rather than built.
"""

from __future__ import annotations

import os
import re
from html.parser import HTMLParser

from perfindicator.documents.grid import Grid, RawTable, grid_of
from perfindicator.errors import Place
from perfindicator.io._files import form_error, read_file
from perfindicator.io.encoding import decode_text

__all__ = ["read_grids"]

MAX_CELLS = 1_000_000
"""The most cells a page may make, spans counted (a span of 1000 columns is 1000 cells)."""

# Where a page declares its charset: <meta charset="gb2312">, <meta http-equiv=Content-Type
# content="text/html; charset=gb2312">, or <?xml ... encoding="gb2312"?>. Searched in the
# first bytes only (browsers look in the first 1024; Word's HTML puts styles first).
_DECLARED = re.compile(
    rb"""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)"""
    rb"""|<\?xml\b[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)""",
    re.IGNORECASE,
)
_PRESCAN = 8192
# HTML's white space (not Unicode's: &nbsp; and U+3000 are text).
_SPACE = re.compile(r"[ \t\n\f\r]+")
_SPANS = {"colspan": 1000, "rowspan": 65534}
_NUMBER = re.compile(r"[ \t\n\f\r]*\+?([0-9]+)")
_BLOCKS = frozenset(
    {"p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6"}
    | {"blockquote", "pre", "section", "article", "header", "footer", "hr", "address"}
)
_ROW_GROUPS = frozenset({"thead", "tbody", "tfoot"})
_HIDDEN = frozenset({"script", "style", "template"})
# A line break that a <br> makes (always) and one that a block boundary makes (only after
# text, as adjacent block margins collapse).
_BR = object()
_BLOCK = object()
_UNTIL_GROUP_END = 1 << 62


def read_grids(path: str | os.PathLike[str]) -> list[Grid]:
    r"""Read every table of an `.html`/`.htm` page as a grid, in page order.

    Args:
        path: the file, as a `str` or an `os.PathLike` path (`pathlib.Path`).

    Returns:
        One grid per `<table>`, in the order the tables start, each placed as
        `sheet="table N"`; spanned positions are `None` after the first.

    Raises:
        FormError: the bytes are no text (see `decode_text`), the page has no `<table>`,
            or its tables make more than `MAX_CELLS` cells; the problem names the file.
        FieldTypeError: `path` is neither a `str` nor a path of text.
        ReadError: the file cannot be opened or read (also an `OSError`).

    Examples:
        >>> import pathlib, tempfile
        >>> page = pathlib.Path(tempfile.mkdtemp()) / "form.html"
        >>> _ = page.write_bytes('''<meta charset="gb2312"><table>
        ...   <tr><td rowspan="2">产出指标</td><td>数量指标</td><td>流转土地</td><td>&gt;=60亩</td></tr>
        ...   <tr><td colspan="2">贫困地区旅游<br>基础设施</td><td></td></tr>
        ... </table>'''.encode("gbk"))
        >>> (table,) = read_grids(page)
        >>> [[cell.value for cell in row] for row in table.rows]
        [['产出指标', '数量指标', '流转土地', '>=60亩'], [None, '贫困地区旅游\n基础设施', None, None]]
        >>> print(table.rows[1][1].place)
        ...  # doctest: +ELLIPSIS
        /.../form.html[sheet table 1]:2:2
    """
    return [grid_of(table) for table in read_tables(path)]


def read_tables(path: str | os.PathLike[str]) -> list[RawTable]:
    """The rows of every table in the file, as `read_grids` reads them, not yet grids."""
    name, data = read_file(path, "read_grids")
    found = _DECLARED.search(data, 0, _PRESCAN)
    declared = None if found is None else (found.group(1) or found.group(2)).decode("ascii")
    text = decode_text(data, source=name, declared=declared)
    parser = _Tables(name)
    try:
        parser.feed(text)
        parser.close()
    except AssertionError as error:
        # html.parser (through _markupbase) raises AssertionError for a marked section of
        # an unknown keyword (`<![foo[`): the page is malformed, not the library.
        raise form_error(
            name, f"malformed HTML: {error}; expected an HTML page", "网页格式错误"
        ) from None
    tables = parser.finish()
    if not tables:
        raise form_error(
            name,
            "no <table> in the page; expected a form published as an HTML table",
            "网页中没有表格",
        )
    return [
        RawTable(rows, Place(file=name, sheet=f"table {number}"))
        for number, rows in enumerate(tables, start=1)
    ]


class _Budget:
    """The cells a page may still make: refuses a page of spans that would fill the memory."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.spent = 0

    def check(self, more: int) -> None:
        if self.spent + more > MAX_CELLS:
            raise form_error(
                self.name,
                f"the page's tables make more than {MAX_CELLS:,} cells (spans counted); "
                "expected a form's table",
                "表格过大",
            )

    def spend(self, cells: int) -> None:
        self.check(cells)
        self.spent += cells


class _Table:
    """One table being read: its rows of positions, the open row and cell, live rowspans."""

    def __init__(self, budget: _Budget) -> None:
        self.budget = budget
        self.rows: list[list[str | None]] = []
        self.row: list[str | None] | None = None
        self.column = 0  # the next position to look at in the open row (from 0)
        # Columns covered by a rowspan from a row above: column -> the row it ends before.
        self.below: dict[int, int] = {}
        self.cell: list[object] | None = None  # text pieces and line breaks
        self.at = 0  # the open cell's column
        self.caption: list[object] | None = None
        self.caption_text: str | None = None

    def end_cell(self) -> None:
        if self.cell is not None and self.row is not None:
            self.row[self.at] = _text(self.cell)
        self.cell = None

    def end_row(self) -> None:
        self.end_cell()
        row = self.row
        if row is None:
            return
        below = self.below
        if below:
            index = len(self.rows)
            for column, end in list(below.items()):
                if end <= index + 1:
                    del below[column]  # its last row is this one
                if column >= len(row):
                    row.extend([None] * (column + 1 - len(row)))
        self.budget.spend(len(row))
        self.rows.append(row)
        self.row = None

    def end_group(self) -> None:
        self.end_row()
        self.below.clear()

    def finish(self) -> list[list[str | None]]:
        self.end_group()
        rows = self.rows
        if self.caption_text:
            width = max((len(row) for row in rows), default=1)
            self.budget.spend(width)
            rows.insert(0, [self.caption_text] + [None] * (width - 1))
        return rows


class _Tables(HTMLParser):
    def __init__(self, name: str) -> None:
        super().__init__(convert_charrefs=True)
        self.budget = _Budget(name)
        self.done: list[_Table] = []  # every table, in the order it started
        self.open: list[_Table] = []  # the tables being read, innermost last
        self.hidden = 0

    def finish(self) -> list[list[list[str | None]]]:
        while self.open:
            self._end_table()
        return [table.rows for table in self.done]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # Cells first: they are most of a table's tags, and this runs once per tag.
        if tag == "td" or tag == "th":
            if self.open:
                self._start_cell(self.open[-1], attrs)
            return
        if tag in _HIDDEN:
            self.hidden += 1
            return
        if tag == "table":
            table = _Table(self.budget)
            self.done.append(table)
            self.open.append(table)
            return
        if not self.open:
            return
        table = self.open[-1]
        if tag == "tr":
            table.end_row()
            table.row = []
            table.column = 0
        elif tag in _ROW_GROUPS:
            table.end_group()
        elif tag == "caption":
            table.end_cell()
            table.caption = []
        elif tag == "br":
            self._piece(_BR)
        elif tag in _BLOCKS:
            self._piece(_BLOCK)

    def handle_endtag(self, tag: str) -> None:
        if tag == "td" or tag == "th":
            if self.open:
                self.open[-1].end_cell()
            return
        if tag in _HIDDEN:
            self.hidden = max(self.hidden - 1, 0)
            return
        if not self.open:
            return
        table = self.open[-1]
        if tag == "table":
            self._end_table()
        elif tag == "tr":
            table.end_row()
        elif tag in _ROW_GROUPS:
            table.end_group()
        elif tag == "caption" and table.caption is not None:
            table.caption_text = _text(table.caption)
            table.caption = None
        elif tag == "br":  # browsers read </br> as <br>
            self._piece(_BR)
        elif tag in _BLOCKS:
            self._piece(_BLOCK)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # <br/>, <td/>: XHTML's self-closing syntax; in HTML the slash means nothing.
        self.handle_starttag(tag, attrs)

    def handle_data(self, data: str) -> None:
        # Runs for every run of text, the white space between tags too: one call.
        if not self.hidden and (pieces := self._pieces()) is not None:
            pieces.append(data)

    def _piece(self, piece: object) -> None:
        if (pieces := self._pieces()) is not None:
            pieces.append(piece)

    def _pieces(self) -> list[object] | None:
        """The pieces of the open caption or cell, or `None` outside both."""
        if not self.open:
            return None
        table = self.open[-1]
        return table.caption if table.caption is not None else table.cell

    def _end_table(self) -> None:
        table = self.open.pop()
        table.rows = table.finish()

    def _start_cell(self, table: _Table, attrs: list[tuple[str, str | None]]) -> None:
        if table.cell is not None:  # most cells are closed by their end tag
            table.end_cell()
        if table.caption is not None:  # a caption ends where the rows start
            table.caption_text = _text(table.caption)
            table.caption = None
        row = table.row
        if row is None:  # a cell outside <tr>: browsers open a row for it
            row = table.row = []
            table.column = 0
        index = len(table.rows)
        column = table.column
        below = table.below
        if below:
            while below.get(column, 0) > index:
                column += 1
        colspan = rowspan = 1
        # Most cells have no attribute; of a name given twice the last counts.
        for name, value in attrs:
            if name == "colspan":
                colspan = _span(value, "colspan") or 1
            elif name == "rowspan":
                rowspan = _span(value, "rowspan")
        missing = column + colspan - len(row)
        if missing > 0:
            # The open row is not spent yet: it may not grow beyond what is left. (A row
            # that does not grow is checked when it is spent.)
            table.budget.check(column + colspan)
            row.extend([None] * missing)
        if rowspan != 1:
            end = _UNTIL_GROUP_END if rowspan == 0 else index + rowspan
            for covered in range(column, column + colspan):
                table.below[covered] = end
        table.at = column
        table.column = column + colspan
        table.cell = []


def _span(value: str | None, name: str) -> int:
    """A colspan or rowspan as browsers read it: leading digits, within their limits."""
    if value is not None and value.isascii() and value.isdigit() and len(value) <= 6:
        return min(int(value), _SPANS[name])  # as most are written: no pattern to match
    found = _NUMBER.match(value or "")
    if found is None:
        return 1
    digits = found.group(1).lstrip("0")
    # A long run of digits is beyond the limit without converting it.
    number = _SPANS[name] if len(digits) > 6 else int(digits or "0")
    return min(number, _SPANS[name])


def _text(pieces: list[object]) -> str | None:
    if not pieces:
        return None  # an empty cell, as forms leave many
    if len(pieces) == 1 and type(pieces[0]) is str:
        # Most cells are one run of text: one line, so no line break to keep or trim, and
        # mostly no white space to collapse either (no tab, line break or form feed is
        # printable; a run of spaces shows as two).
        text = pieces[0]
        if not text.isprintable() or "  " in text:
            text = _SPACE.sub(" ", text)
        return text.strip(" ") or None
    lines: list[str] = []
    line: list[str] = []
    for piece in pieces:
        if isinstance(piece, str):
            line.append(piece)
            continue
        text = _SPACE.sub(" ", "".join(line)).strip(" ")
        if text or piece is _BR:
            lines.append(text)
            line = []
    lines.append(_SPACE.sub(" ", "".join(line)).strip(" "))
    return "\n".join(lines).strip("\n") or None
