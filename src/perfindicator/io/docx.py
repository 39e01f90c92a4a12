r"""Word documents (`.docx`) read into grids with python-docx (the `docx` extra).

Every table of the document becomes one `Grid`, in document order, tables nested in a cell
included (each after the table holding it; the outer cell's text does not repeat them).
Word has no pages until it lays the document out, so a grid's `page` is unknown (`None`);
its place is the file, and each cell's its row and column in the table, counted from 1.

- **Merged cells.** A cell spanning columns (`gridSpan`) or continued down rows
  (`vMerge`) keeps its text at its first (top-left) position; every other position it covers
  is empty, as `openpyxl` gives merged cells. Word does not show text left in a continued
  cell, and neither does the grid.
- **Text.** A cell's text is its paragraphs' text joined with `"\n"`, as written (no
  stripping: the form reader decides), paragraphs inside content controls included. A cell
  with no text is empty (`None`).
- **Shape.** Rows are laid out on the table's column grid: a row starting later than the
  first column (`gridBefore`) has empty cells first, and every row is padded with empty
  cells to the widest row, so a grid is rectangular as a spreadsheet's is. Rows are never
  trimmed: an empty row of a table is a template row the form reader counts.

A file that is not a Word document (empty, truncated, damaged, a legacy `.doc`, a
password-protected document, text or HTML under a `.docx` name) is refused with a
`FormError` naming the file.
"""

from __future__ import annotations

import io
import os
from typing import TYPE_CHECKING

from perfindicator.documents.grid import Grid, RawCell, RawTable, grid_of
from perfindicator.errors import MissingExtraError, Place
from perfindicator.io._files import damaged, read_zip_package

if TYPE_CHECKING:
    from docx.oxml.table import CT_Tbl
    from docx.oxml.xmlchemy import BaseOxmlElement

__all__ = ["read_grids"]


def read_grids(path: str | os.PathLike[str]) -> list[Grid]:
    """Read every table of a `.docx` document as a grid of cells, in document order.

    See the module's notes for how merged cells, text and rows read.

    Args:
        path: the file, as a `str` or an `os.PathLike` path (`pathlib.Path`). The extension
            is not checked: the bytes decide.

    Raises:
        FormError: the file is not a `.docx` document that can be read; the problem names the
            file and says what it looks like instead.
        FieldTypeError: `path` is neither a `str` nor a path of text.
        ReadError: the file cannot be opened or read (also an `OSError`).
        MissingExtraError: python-docx is not installed (`pip install 'perfindicator[docx]'`).

    Examples:
        >>> import pathlib, tempfile
        >>> import docx
        >>> document = docx.Document()
        >>> table = document.add_table(rows=2, cols=3)
        >>> table.cell(0, 0).text, table.cell(0, 1).text = "项目名称", "弱电安防"
        >>> _ = table.cell(0, 1).merge(table.cell(0, 2))
        >>> table.cell(1, 0).text = "主管部门"
        >>> table.cell(1, 1).text = "上海市司法局"
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "form.docx"
        >>> document.save(str(path))
        >>> (table,) = read_grids(path)
        >>> [[cell.value for cell in row] for row in table.rows]
        [['项目名称', '弱电安防', None], ['主管部门', '上海市司法局', None]]
    """
    return [grid_of(table) for table in read_tables(path)]


def read_tables(path: str | os.PathLike[str]) -> list[RawTable]:
    """The rows of every table in the file, as `read_grids` reads them, not yet grids."""
    try:
        import docx
    except ImportError as error:
        raise MissingExtraError(extra="docx", format=".docx", module="python-docx") from error
    name, data = read_zip_package(path, "a .docx document", "docx文档")
    try:
        document = docx.Document(io.BytesIO(data))
        tables = [_table_rows(tbl) for tbl in document.element.body.iter(_W + "tbl")]
    except Exception as error:
        # python-docx opens the zip package and parses its XML parts with lxml, and its
        # damage surfaces as whatever the layer that meets it raises (BadZipFile, KeyError
        # for a missing part, PackageNotFoundError, ValueError for a part of another kind,
        # lxml's XMLSyntaxError, zlib errors, ...): no list of them is complete, and each
        # means the bytes are not a document it can read. Nothing of perfindicator that
        # raises its own errors runs inside this block.
        raise damaged(name, "a .docx document", "docx文档", error) from error
    return [RawTable(rows, Place(file=name)) for rows in tables]


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_VAL = _W + "val"


def _table_rows(tbl: CT_Tbl) -> list[list[RawCell]]:
    rows: list[list[RawCell]] = []
    for tr in _own(tbl, "tr", tbl):
        row: list[RawCell] = [None] * _number(tr, "trPr/w:gridBefore")
        for tc in _own(tr, "tc", tbl):
            span = max(1, _number(tc, "tcPr/w:gridSpan"))
            merge = tc.find(f"{_W}tcPr/{_W}vMerge")
            # vMerge without a value, or "continue", continues the cell above: its
            # positions are covered by that cell, whose text stays at its first position.
            continued = merge is not None and merge.get(_VAL, "continue") == "continue"
            row.append(None if continued else _text(tc, tbl))
            row.extend([None] * (span - 1))
        rows.append(row)
    width = max((len(row) for row in rows), default=0)
    return [row + [None] * (width - len(row)) for row in rows]


def _own(element: BaseOxmlElement, tag: str, tbl: CT_Tbl) -> list[BaseOxmlElement]:
    """The `w:tag` elements below `element` that belong to `tbl`, not to a table nested in it.

    Rows and cells may sit inside content controls (`w:sdt`) or custom XML, not only as
    direct children, so they are searched for at any depth.
    """
    return [e for e in element.iter(_W + tag) if _table_of(e) is tbl]


def _table_of(element: BaseOxmlElement) -> object:
    parent = element.getparent()
    while parent is not None and parent.tag != _W + "tbl":
        parent = parent.getparent()
    return parent


def _text(tc: BaseOxmlElement, tbl: CT_Tbl) -> str | None:
    """A cell's paragraphs' text joined with newlines; `None` when it holds none."""
    from docx.text.paragraph import Paragraph

    paragraphs = [p for p in tc.iter(_W + "p") if _table_of(p) is tbl]
    text = "\n".join(Paragraph(p, None).text for p in paragraphs)  # type: ignore[arg-type]
    return text or None


def _number(element: BaseOxmlElement, path: str) -> int:
    """The `w:val` of the element at `path` (e.g. `tcPr/w:gridSpan`) as a count, else 0."""
    found = element.find(_W + path.replace("w:", _W))
    raw = None if found is None else found.get(_VAL)
    # A count Word wrote is a small whole number; a damaged one is read as none at all, and
    # capped so that a forged gridSpan of a billion cannot make a billion empty cells.
    return min(int(raw), _MOST_COLUMNS) if raw is not None and raw.isdigit() else 0


# Word allows at most 63 columns in a table; a little room for files written by other programs.
_MOST_COLUMNS = 1000
