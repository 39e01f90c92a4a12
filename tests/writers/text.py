"""A test-side writer of delimited text: `.csv`, `.tsv` and tab-separated `.txt`, in any encoding.

Merged positions are written as empty fields, as a spreadsheet exports a merged range.
Values are written as text: numbers without exponent (`format(Decimal, "f")`, so `20.00`
stays `20.00`), dates ISO. `.csv` and `.tsv` quote fields as Excel does (the `csv` module);
`.txt` is tab-separated text without quoting, as text copied from a PDF or a web page is, so
a cell holding a tab or a line break cannot be written to it. Several tables go into one
`.txt` file separated by page breaks (form feed), each read back as a grid of its own; in a
`.csv` or `.tsv` file they follow one another with an empty row between, as one sheet.
"""

from __future__ import annotations

import csv
import datetime
import io
import os
from collections.abc import Sequence
from decimal import Decimal

from tests.templates.forms import Table, Value

__all__ = ["cell_text", "write_delimited"]


def cell_text(value: Value) -> str:
    """A cell's value as the text formats write it: `""` for none, numbers exactly, dates ISO."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    # bool is an int: no form cell is one, and writing `True` as 1 would hide the mistake.
    if isinstance(value, bool):
        raise TypeError(f"no table cell holds a bool: {value!r}")
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        # The shortest text that reads back as the float: what was typed.
        return format(Decimal(repr(value)), "f")
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, datetime.date):
        return value.isoformat()
    raise TypeError(f"not a cell value: {value!r}")


def write_delimited(
    path: str | os.PathLike[str],
    tables: Sequence[Table],
    *,
    delimiter: str = ",",
    encoding: str = "utf-8",
) -> None:
    r"""Write tables as delimited text: `.txt` by its extension, else `.csv`/`.tsv` quoting.

    Args:
        path: the file to write; a `.txt` name writes unquoted tab-separated text whatever
            `delimiter` says.
        tables: the tables, in order.
        delimiter: the field separator of a `.csv`/`.tsv` file.
        encoding: the file's encoding (`"utf-8"`, `"gb18030"`, …).

    Raises:
        ValueError: a `.txt` cell holds a tab or a line break, which unquoted text cannot.
    """
    if os.fspath(path).lower().endswith(".txt"):
        text = "\f".join(_plain(table) for table in tables)
    else:
        out = io.StringIO()
        writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
        for number, table in enumerate(tables):
            if number:
                writer.writerow([])
            writer.writerows([cell_text(value) for value in row] for row in table.rows)
        text = out.getvalue()
    with open(path, "w", encoding=encoding, newline="") as file:
        file.write(text)


def _plain(table: Table) -> str:
    lines = []
    for row in table.rows:
        cells = [cell_text(value) for value in row]
        for cell in cells:
            if any(mark in cell for mark in "\t\r\n\f"):
                raise ValueError(f"a tab-separated .txt cell cannot hold {cell!r}")
        lines.append("\t".join(cells) + "\n")
    return "".join(lines)
