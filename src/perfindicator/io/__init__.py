"""File formats at the edge: reading files from disk into documents.

The only part of the library (with the command line) that touches the file system. Imports
documents and everything below.
"""

from __future__ import annotations

import os

from perfindicator.documents.grid import Grid
from perfindicator.errors import FieldError, FieldTypeError
from perfindicator.io import delimited, docx, html, xlsx
from perfindicator.io._files import file_name
from perfindicator.io.encoding import decode_text
from perfindicator.io.text import decode, read_text, read_utf8

__all__ = ["decode", "decode_text", "read_grids", "read_text", "read_utf8"]

# Each format and the reader of its grids; the delimited formats are passed on to it.
_FORMATS = ("xlsx", "xlsm", "docx", "html", "htm", "csv", "tsv", "txt")
_DELIMITED: dict[str, delimited.Format] = {"csv": "csv", "tsv": "tsv", "txt": "txt"}
_SUPPORTED = ", ".join(f".{f}" for f in _FORMATS)
# Formats people hold and the library does not read yet, and what to do with them instead.
_NOT_YET = {
    "xls": "legacy .xls workbooks are not read yet: open the file in Excel or LibreOffice and "
    "save it as .xlsx (暂不支持.xls，请另存为.xlsx)",
    "pdf": "PDF files are not read yet: extract the text with `pdftotext -layout` and read "
    "the .txt file (暂不支持PDF，请先用pdftotext -layout提取文本)",
}


def read_grids(path: str | os.PathLike[str], *, format: str | None = None) -> list[Grid]:
    r"""Read every table of a file as a grid of placed cells, by the file's format.

    The format is the file's extension (in any case), or `format` where given:

    - `.xlsx`, `.xlsm`: every worksheet (`perfindicator.io.xlsx`, the `xlsx` extra);
    - `.docx`: every table (`perfindicator.io.docx`, the `docx` extra);
    - `.html`, `.htm`: every `<table>` (`perfindicator.io.html`);
    - `.csv`, `.tsv`, `.txt`: the delimited text (`perfindicator.io.delimited`).

    Args:
        path: the file, as a `str` or an `os.PathLike` path (`pathlib.Path`).
        format: one of `"xlsx"`, `"xlsm"`, `"docx"`, `"html"`, `"htm"`, `"csv"`, `"tsv"`,
            `"txt"` (in any case), to read a file whatever its extension says.

    Returns:
        The grids, one per sheet, table or page, in file order.

    Raises:
        FieldError: the extension (then naming `path`) or `format` is none of the supported
            ones; `.xls` and `.pdf` are refused with what to do instead. Also raised by the
            readers for a cell they cannot hold (see each reader).
        FieldTypeError: `path` is neither a `str` nor a path of text, or `format` is not a
            `str`.
        FormError: the file is not what its format says, or is damaged (see each reader).
        ReadError: the file cannot be opened or read (also an `OSError`).
        MissingExtraError: the format's optional dependency is not installed.

    Examples:
        >>> import pathlib, tempfile
        >>> folder = pathlib.Path(tempfile.mkdtemp())
        >>> _ = (folder / "表.CSV").write_text("三级指标,指标值\n群众满意度,≥85%\n",
        ...                                   encoding="gb18030")
        >>> (table,) = read_grids(folder / "表.CSV")
        >>> [[cell.value for cell in row] for row in table.rows]
        [['三级指标', '指标值'], ['群众满意度', '≥85%']]
        >>> read_grids(folder / "表.CSV", format="txt")[0].rows[1][0].value
        '群众满意度,≥85%'
        >>> try:
        ...     read_grids(folder / "form.xls")
        ... except FieldError as error:
        ...     print(error.reason)
        legacy .xls workbooks are not read yet: open the file in Excel or LibreOffice and save it as .xlsx (暂不支持.xls，请另存为.xlsx)
    """
    name = file_name(path, "read_grids")
    if format is None:
        field, value = "path", name
        kind = os.path.splitext(name)[1].lower().removeprefix(".")
    elif isinstance(format, str):
        field, value = "format", format
        kind = format.lower()
    else:
        raise FieldTypeError("read_grids", "format", format, "must be a str or None")
    if kind in _NOT_YET:
        raise FieldError("read_grids", field, value, _NOT_YET[kind])
    if kind in ("xlsx", "xlsm"):
        return xlsx.read_grids(name)
    if kind == "docx":
        return docx.read_grids(name)
    if kind in ("html", "htm"):
        return html.read_grids(name)
    if kind in _DELIMITED:
        return delimited.read_grids(name, format=_DELIMITED[kind])
    what = "an extension" if field == "path" else "a format"
    raise FieldError(
        "read_grids",
        field,
        value,
        f"must name {what} the library reads: {_SUPPORTED} (不支持的文件格式)",
    )
