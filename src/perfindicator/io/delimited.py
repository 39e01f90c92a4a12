r"""Delimited text: `.csv` and `.tsv` as spreadsheets export them, `.txt` as forms are copied.

Values stay text exactly as written (`"20.00"` stays `"20.00"`; the form reader reads numbers
and dates), and an empty field is an empty cell (`None`), as a spreadsheet gives it.

- `.csv` and `.tsv` are read by the standard `csv` module with a spreadsheet's rules
  (Excel's "CSV" and "Text (Tab delimited)"): fields in double quotes may hold the
  delimiter, quotes (doubled) and line breaks. A quote left open, or text after a closing
  quote, is an error naming the line, not a guess at where the field ends.
- `.txt` is text copied from a PDF or a web page, with no quoting: every character is data.
  Its delimiter is found from the content: a tab if any line has one (PDF text, as the
  Shanghai forms); else a pipe `|` if any line has one (tables copied from a web page, as
  the Tianjin form), the spaces around a pipe being part of the separator; else spaces. Of
  space-separated text there are two kinds: aligned columns (two or more spaces between
  cells, single spaces inside a cell, indentation not a cell), and cells joined by single
  spaces (the Hunan form: a run of n spaces is then n - 1 empty cells, so the empty
  trailing 备注 cells are kept). Which kind is decided by the gaps between words over the
  whole file: aligned where gaps of two or more spaces are at least as many as single ones.
  In text joined by single spaces a space inside a cell cannot be told from a separator;
  such a cell is split, and reading the page the text was copied from (HTML) avoids it.
  A page break (form feed, as `pdftotext` ends each page) starts a new grid: the grids of a
  file with page breaks are numbered `page=1, 2, ...`; a file without one is a single grid
  without a page number.

Lines end at `\n`, `\r\n` or `\r`; a final line break ends the last line, it starts no row.
An empty line is a row of no cells.
"""

from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Iterable, Sequence
from typing import Literal

from perfindicator.documents.grid import Grid, RawTable, grid_of
from perfindicator.errors import FieldError, Place
from perfindicator.io._files import form_error, read_file
from perfindicator.io.encoding import decode_text

__all__ = ["read_grids"]

Format = Literal["csv", "tsv", "txt"]

_FORMATS: dict[str, Format] = {".csv": "csv", ".tsv": "tsv", ".txt": "txt"}
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
# Gaps between words: a run of spaces with text on both sides (not indentation, not the
# spaces that end a line).
_GAP = re.compile(r"(?<=[^ ]) +(?=[^ ])")
_ALIGNED_GAP = re.compile(r" {2,}")


def read_grids(path: str | os.PathLike[str], *, format: Format | None = None) -> list[Grid]:
    r"""Read a `.csv`, `.tsv` or `.txt` file as grids of text cells, one per page.

    Args:
        path: the file, as a `str` or an `os.PathLike` path (`pathlib.Path`).
        format: `"csv"`, `"tsv"` or `"txt"`; by default from the file's extension, and a
            file of another extension is read as `"txt"`.

    Returns:
        One grid (a `.txt` file with page breaks: one per page), each cell placed by file,
        page, line and field.

    Raises:
        FormError: the bytes are no text (see `decode_text`), the file holds no text at
            all, or a quoted field of a `.csv`/`.tsv` is broken; the problem names the file
            (and the line).
        FieldTypeError: `path` is neither a `str` nor a path of text.
        FieldError: `format` is none of the three.
        ReadError: the file cannot be opened or read (also an `OSError`).

    Examples:
        >>> import pathlib, tempfile
        >>> folder = pathlib.Path(tempfile.mkdtemp())
        >>> _ = (folder / "a.txt").write_text(
        ...     "项目名称 | 安全隐患维修 | |\n成本指标 | 项目成本 | 20万元 |\n", encoding="gb18030")
        >>> (table,) = read_grids(folder / "a.txt")
        >>> [[cell.value for cell in row] for row in table.rows]
        [['项目名称', '安全隐患维修', None, None], ['成本指标', '项目成本', '20万元', None]]
        >>> print(table.rows[1][2].place)
        ...  # doctest: +ELLIPSIS
        /.../a.txt:2:3
        >>> _ = (folder / "b.csv").write_text('指标,指标值\n"满意度\n(%)",≥95\n', encoding="utf-8-sig")
        >>> [[cell.value for cell in row] for row in read_grids(folder / "b.csv")[0].rows]
        [['指标', '指标值'], ['满意度\n(%)', '≥95']]
    """
    return [grid_of(table) for table in read_tables(path, format=format)]


def read_tables(path: str | os.PathLike[str], *, format: Format | None = None) -> list[RawTable]:
    """The rows of every table in the file, as `read_grids` reads them, not yet grids."""
    name, data = read_file(path, "read_grids")
    if format is None:
        format = _FORMATS.get(os.path.splitext(name)[1].lower(), "txt")
    elif format not in ("csv", "tsv", "txt"):
        raise FieldError("read_grids", "format", format, 'must be "csv", "tsv" or "txt"')
    text = decode_text(data, source=name)
    if not text.strip():
        raise form_error(
            name,
            f"the file holds no text; expected a table as .{format}",
            "文件为空，应为表格",
        )
    if format == "txt":
        pages = text.split("\f")
        if len(pages) == 1:
            return [RawTable(_split(_lines(text), text), Place(file=name))]
        return [
            RawTable(_split(_lines(page), text), Place(file=name, page=number))
            for number, page in enumerate(pages, start=1)
        ]
    return [RawTable(_quoted(text, name, format), Place(file=name))]


def _lines(text: str) -> list[str]:
    lines = _LINE_BREAK.split(text)
    if len(lines) > 1 and not lines[-1]:
        lines.pop()  # the final line break ends the last line
    return lines


def _split(lines: Iterable[str], whole: str) -> list[list[str | None]]:
    if "\t" in whole:
        return [_cells(line.split("\t")) if line else [] for line in lines]
    if "|" in whole:
        return [
            _cells(cell.strip(" ") for cell in line.split("|")) if line else [] for line in lines
        ]
    gaps = _GAP.findall(whole)
    wide = sum(len(gap) > 1 for gap in gaps)
    if wide and wide >= len(gaps) - wide:
        stripped = (line.strip(" ") for line in lines)
        return [_cells(_ALIGNED_GAP.split(line)) if line else [] for line in stripped]
    return [_cells(line.split(" ")) if line else [] for line in lines]


def _cells(values: Iterable[str]) -> list[str | None]:
    return [value or None for value in values]


def _quoted(text: str, name: str, format: Format) -> list[Sequence[str | None]]:
    dialect = "excel" if format == "csv" else "excel-tab"
    # newline="" hands the csv module the line breaks as written, so a quoted field keeps
    # its own (a cell's Alt+Enter line break), as the csv documentation requires.
    reader = csv.reader(io.StringIO(text, newline=""), dialect, strict=True)
    try:
        return [_cells(row) for row in reader]
    except csv.Error as error:
        raise form_error(
            name,
            f"broken .{format} quoting: {error}; expected fields as a spreadsheet exports them "
            'quoted in double quotes, a quote inside doubled ("")',
            "CSV引号格式错误",
            row=reader.line_num,
        ) from None
