"""Test-side writers of every format the library reads, and the template fixtures they build.

`write(path, tables)` writes tables to a file in the format its extension names:

| extension | writer | cells |
|---|---|---|
| `.xlsx` | `office.write_xlsx` (openpyxl) | numbers as numbers, dates as dates |
| `.docx` | `office.write_docx` (python-docx) | text |
| `.html`, `.htm` | `html.write_html` | text; merges as `rowspan`/`colspan` |
| `.csv`, `.tsv`, `.txt` | `text.write_delimited` | text; merged positions empty |
| `.pdf` | `pdf.write_pdf` (reportlab) | text, ruled tables |
| `.xls` | `xls.write_xls` (xlwt) | numbers as numbers, dates as dates |

`build(folder)` writes every template of `tests.templates.forms` in every format: what
`scripts/build_fixtures.py` keeps under `examples/forms/templates/`.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from tests.templates.forms import TABLES, Percent, Table, Value
from tests.writers.html import write_html
from tests.writers.office import PERCENT_FORMAT, write_docx, write_xlsx
from tests.writers.text import cell_text, write_delimited

__all__ = ["BUILT_FORMATS", "GB18030_FILES", "build", "write"]

BUILT_FORMATS = ("xlsx", "html", "docx", "csv", "pdf", "xls")
"""The formats every template is built in."""

GB18030_FILES = ("hunan_xiangtan_2023.gb18030.txt", "ningxia_yuanzhou_2022.gb18030.html")
"""The templates also built in GB18030, as pages of Chinese county websites are encoded."""

_DELIMITERS = {".csv": ",", ".tsv": "\t", ".txt": "\t"}


def write(
    path: str | os.PathLike[str], tables: Sequence[Table], *, encoding: str = "utf-8"
) -> None:
    """Write tables to `path` in the format its extension names.

    Args:
        path: the file to write.
        tables: the tables, in order (one sheet, table or page each).
        encoding: the encoding of a text format (`.html`, `.csv`, `.tsv`, `.txt`).

    Raises:
        ValueError: the extension names no format written here.
    """
    suffix = Path(path).suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        write_xlsx(path, tables)
    elif suffix == ".docx":
        write_docx(path, tables)
    elif suffix in (".html", ".htm"):
        write_html(path, tables, encoding=encoding)
    elif suffix in _DELIMITERS:
        write_delimited(path, tables, delimiter=_DELIMITERS[suffix], encoding=encoding)
    elif suffix == ".pdf":
        _write_pdf(path, tables)
    elif suffix == ".xls":
        _write_xls(path, tables)
    else:
        raise ValueError(f"no writer for {suffix!r} files")


def build(folder: str | os.PathLike[str]) -> list[Path]:
    """Write every template in every built format (and the GB18030 files) into `folder`.

    Returns:
        The files written, sorted by name.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    by_name = {table.name: table for table in TABLES}
    for table in TABLES:
        for extension in BUILT_FORMATS:
            path = folder / f"{table.name}.{extension}"
            write(path, [table])
            written.append(path)
    for name in GB18030_FILES:
        path = folder / name
        write(path, [by_name[name.split(".")[0]]], encoding="gb18030")
        written.append(path)
    return sorted(written)


def _write_pdf(path: str | os.PathLike[str], tables: Sequence[Table]) -> None:
    # Imported here: reportlab registers its font at import, which only PDF tests need.
    from reportlab import rl_config

    from tests.writers.pdf import write_pdf

    # reportlab stamps each file with the time and a random id unless told not to.
    rl_config.invariant = 1
    write_pdf(
        path,
        [[[cell_text(value) or None for value in row] for row in table.rows] for table in tables],
        merges=[
            [(top - 1, left - 1, bottom - 1, right - 1) for top, left, bottom, right in t.merges]
            for t in tables
        ],
    )


def _write_xls(path: str | os.PathLike[str], tables: Sequence[Table]) -> None:
    from tests.writers.xls import Formatted, write_xls
    from tests.writers.xls import Value as Typed

    def typed(value: Value) -> Typed:
        # A rate is stored as its fraction, shown through a percentage format.
        if isinstance(value, Percent):
            return Formatted(float(value.fraction), PERCENT_FORMAT)
        return value

    write_xls(
        path,
        {
            table.name[:31]: [[typed(value) for value in row] for row in table.rows]
            for table in tables
        },
        {
            table.name[:31]: [
                (top - 1, bottom - 1, left - 1, right - 1)
                for top, left, bottom, right in table.merges
            ]
            for table in tables
        },
    )
