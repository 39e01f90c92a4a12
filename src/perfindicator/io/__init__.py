"""File formats at the edge: reading files from disk into documents.

Writing goes the other way for the official forms: `write_xlsx` writes a `Project` as the
Shanghai 申报表 and a `SelfEvaluationReport` as the 10号 自评表.

The only part of the library (with the command line) that touches the file system. Imports
documents and everything below.
"""

from __future__ import annotations

import os
from typing import Final

from perfindicator.documents.document import Document
from perfindicator.documents.grid import Grid, RawTable, grid_of
from perfindicator.documents.labels import MoneyUnit
from perfindicator.documents.shanghai import TITLE
from perfindicator.documents.table import NO_FORM, read_rows
from perfindicator.errors import FieldError, FieldTypeError, FormError, Place, Problem
from perfindicator.io import delimited, docx, html, pdf, xls, xlsx
from perfindicator.io._files import file_name
from perfindicator.io.encoding import decode_text
from perfindicator.io.text import decode, read_text, read_utf8
from perfindicator.io.xlsx_writer import write_xlsx

__all__ = [
    "FORMATS",
    "decode",
    "decode_text",
    "read",
    "read_any",
    "read_grids",
    "read_text",
    "read_utf8",
    "write_xlsx",
]

FORMATS: Final = ("xlsx", "xlsm", "xls", "docx", "html", "htm", "pdf", "csv", "tsv", "txt")
"""Every format `read` and `read_grids` take, as their extensions name them (no dot)."""

_DELIMITED: dict[str, delimited.Format] = {"csv": "csv", "tsv": "tsv", "txt": "txt"}
_SUPPORTED = ", ".join(f".{f}" for f in FORMATS)
# Files read as tables whatever they hold (by `read_any`); any other file is read as text.
_TABLES = frozenset(f".{f}" for f in FORMATS if f != "txt")


def read_grids(path: str | os.PathLike[str], *, format: str | None = None) -> list[Grid]:
    r"""Read every table of a file as a grid of placed cells, by the file's format.

    The format is the file's extension (in any case), or `format` where given:

    - `.xlsx`, `.xlsm`: every worksheet (`perfindicator.io.xlsx`, the `xlsx` extra);
    - `.xls`: every worksheet of a legacy workbook (`perfindicator.io.xls`, the `xls` extra);
    - `.docx`: every table (`perfindicator.io.docx`, the `docx` extra);
    - `.html`, `.htm`: every `<table>` (`perfindicator.io.html`);
    - `.pdf`: every ruled table, or the text of a page without one (`perfindicator.io.pdf`,
      the `pdf` extra);
    - `.csv`, `.tsv`, `.txt`: the delimited text (`perfindicator.io.delimited`).

    Args:
        path: the file, as a `str` or an `os.PathLike` path (`pathlib.Path`).
        format: one of `"xlsx"`, `"xlsm"`, `"xls"`, `"docx"`, `"html"`, `"htm"`, `"pdf"`,
            `"csv"`, `"tsv"`, `"txt"` (in any case), to read a file whatever its extension
            says.

    Returns:
        The grids, one per sheet, table or page, in file order.

    Raises:
        FieldError: the extension (then naming `path`) or `format` is none of the supported
            ones. Also raised by the readers for a cell they cannot hold (see each reader).
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
        ...     read_grids(folder / "form.doc")
        ... except FieldError as error:
        ...     print(error.reason)
        must name an extension the library reads: .xlsx, .xlsm, .xls, .docx, .html, .htm, .pdf, .csv, .tsv, .txt (不支持的文件格式)
    """
    return [grid_of(table) for table in _tables(path, format, "read_grids")]


def _tables(path: str | os.PathLike[str], format: str | None, owner: str) -> list[RawTable]:
    """The file's tables as its format's reader gives them (see `read_grids`)."""
    name = file_name(path, owner)
    if format is None:
        field, value = "path", name
        kind = os.path.splitext(name)[1].lower().removeprefix(".")
    elif isinstance(format, str):
        field, value = "format", format
        kind = format.lower()
    else:
        raise FieldTypeError(owner, "format", format, "must be a str or None")
    if kind in ("xlsx", "xlsm"):
        return xlsx.read_tables(name)
    if kind == "xls":
        return xls.read_tables(name)
    if kind == "pdf":
        return pdf.read_tables(name)
    if kind == "docx":
        return docx.read_tables(name)
    if kind in ("html", "htm"):
        return html.read_tables(name)
    if kind in _DELIMITED:
        return delimited.read_tables(name, format=_DELIMITED[kind])
    what = "an extension" if field == "path" else "a format"
    raise FieldError(
        owner,
        field,
        value,
        f"must name {what} the library reads: {_SUPPORTED} (不支持的文件格式)",
    )


def read(
    path: str | os.PathLike[str],
    *,
    format: str | None = None,
    money_unit: MoneyUnit | None = None,
) -> list[Document]:
    r"""Read every form in a file, in order: its tables read by `read_table`.

    Tables that hold no form at all (a web page's layout table, say) are passed over; a
    file with no form in any table is refused.

    Args:
        path: the file, as a `str` or an `os.PathLike` path (`pathlib.Path`).
        format: the format, where the extension does not say it (see `read_grids`).
        money_unit: `"元"` or `"万元"`, the unit of amounts where no cell of a form
            announces one (see `read_table`).

    Returns:
        The forms, in file order: a `Project` for each declaration form, a
        `MonitoringReport` for each monitoring table (see `Document`).

    Raises:
        FormError: the file holds no form, or a form in it cannot be read; every problem
            names the file and the cell.
        FieldError, FieldTypeError, ReadError, MissingExtraError: as `read_grids` raises
            them.

    Examples:
        >>> import pathlib, tempfile
        >>> folder = pathlib.Path(tempfile.mkdtemp())
        >>> _ = (folder / "form.csv").write_text(
        ...     "项目支出绩效目标表\n(2023年)\n单位:万元\n项目名称,安全隐患维修\n"
        ...     "预算规模及资金用途,预算数,20.00\n"
        ...     "一级指标,二级指标,三级指标,指标值\n产出指标,数量指标,维修面积,≥400平方米\n",
        ...     encoding="gb18030")
        >>> (project,) = read(folder / "form.csv")
        >>> project.name, project.funding.annual_request, str(project.indicators[0].target)
        ('安全隐患维修', Decimal('200000.00'), '>=400平方米')
    """
    # Straight from the reader's rows: a grid of placed cells is for callers who look at
    # the cells; the form reader places only the cells it reports or keeps.
    tables = _tables(path, format, "read")
    projects: list[Document] = []
    problems: list[Problem] = []
    empty: list[Problem] = []
    for table in tables:
        try:
            projects += read_rows(table.rows, source=table.source, money_unit=money_unit)
        except FormError as error:
            if all(problem.code == NO_FORM for problem in error.problems):
                empty += error.problems
            else:
                problems += error.problems
    if problems or not projects:
        raise FormError(problems or empty or [_no_form(tables)])
    return projects


def read_any(
    path: str | os.PathLike[str], *, money_unit: MoneyUnit | None = None
) -> list[Document]:
    """Read every form in a file of any name, as the command line does.

    The table formats (`.xlsx`, `.pdf`, `.csv`, ...: every one of `FORMATS` but `.txt`) are
    read by `read`. Any other file is text: UTF-8 in the Shanghai layout (a title line
    财政项目支出绩效目标申报表) is read by that layout's strict reader, `read_text`; any
    other text (another template, or another encoding, found as `read` finds it) is read as
    a tab-separated table, `read(format="txt")`.

    Raises:
        FormError, ReadError, FieldError, FieldTypeError, MissingExtraError: as `read` and
            `read_text` raise them. Where neither reads the file, the Shanghai reader's
            problem is raised when it says more: the text is not UTF-8, or no form of any
            layout was found in it.

    Examples:
        >>> [p.name for p in read_any("examples/forms/shanghai-justice-2022.txt")][:1]
        ['12348公共法律服务平台政府购买法律咨询服务']
        >>> read_any("examples/forms/templates/hubei_huangshi_2019.csv")[0].months
        6
    """
    name = file_name(path, "read_any")
    if os.path.splitext(name)[1].lower() in _TABLES:
        return read(name, money_unit=money_unit)
    try:
        return list(read_text(name))
    except FormError as error:
        as_text = error
        other_layout = any(TITLE in problem.message_en for problem in error.problems)
    try:
        return read(name, format="txt", money_unit=money_unit)
    except FormError as error:
        # No form in any layout (nothing read at any row), or bytes that are not UTF-8:
        # the text reader's problem says what was expected.
        nothing = all(p.code == NO_FORM or p.where.row is None for p in error.problems)
        raise error if other_layout and not nothing else as_text from None


def _no_form(tables: list[RawTable]) -> Problem:
    place = tables[0].source if tables else Place()
    return Problem(
        code=NO_FORM,
        message_en="no form found in the file",
        message_zh="文件中未找到申报表",
        where=place,
    )
