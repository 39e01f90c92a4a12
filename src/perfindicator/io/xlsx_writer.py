"""Writing the official forms as Excel workbooks with openpyxl (the `xlsx` extra).

`write_xlsx` writes a `Project` as the Shanghai declaration form (申报表) and a
`SelfEvaluationReport` as the 10号 self-evaluation form (自评表), one worksheet laid out by
`perfindicator.documents.official`: its cells, merged ranges and number formats.

Every cell is stored so that `perfindicator.io.read` gives back exactly what was written:

- **Text** is stored as text, also where it starts with `=` (`=100%` is a target, not a
  formula).
- **Numbers** are stored as numbers under their format (`#,##0.00`, `0.00%`, `0.00`) where
  the spreadsheet's number (a binary float) reads back as the same `Decimal`, which every
  number of up to 15 significant digits does; a number that does not (more digits than a
  spreadsheet holds) is stored as its exact text, so it is never rounded.
- **Dates** are stored as dates under `yyyy-mm-dd`; a date before 1900-03-01, which Excel's
  calendar does not hold, as its ISO text.

Before anything is written the sheet is read back, cell by cell as the `.xlsx` reader will
see it, by `read_table`'s rules: a document that would not read back equal (a text the
reader takes for a label, say) is refused with a `FormError` naming each field that differs,
and no file is written.
"""

from __future__ import annotations

import datetime
import os
from decimal import Decimal

import attrs

from perfindicator.documents.grid import CellValue, RawCell
from perfindicator.documents.official import sheet_of
from perfindicator.documents.selfeval_report import SelfEvaluationReport
from perfindicator.documents.table import read_rows
from perfindicator.errors import FieldTypeError, FormError, MissingExtraError, Place, Problem, shown
from perfindicator.grammar.cells import decimal_from_float
from perfindicator.io._files import file_name
from perfindicator.io.xlsx import shown_percent, spreadsheet_value
from perfindicator.model.project import Project

__all__ = ["write_xlsx"]

# The first day Excel's 1900 calendar counts right (it holds a 29 February 1900).
_FIRST_DATE = datetime.date(1900, 3, 1)


def write_xlsx(document: Project | SelfEvaluationReport, path: str | os.PathLike[str]) -> None:
    """Write a project or a self-evaluation as its official form, an `.xlsx` workbook.

    A `Project` is written as the Shanghai declaration form (申报表), a
    `SelfEvaluationReport` as the 10号 self-evaluation form (自评表), with the merged cells
    and number formats of the official templates (`perfindicator.documents.official` has
    the layouts). `perfindicator.io.read(path)` gives back `[document]`.

    What a layout has no cell for is not dropped: a project's explanations, standard
    bases, weights and directions are written in extra columns the reader recognises
    (指标解释, 绩效标准, 权重, 指标方向性), mid-term indicators in a block of their own; what
    cannot be written so that it reads back (a project's unclaimed cells, a report's
    扣减分数, a text that reads as a label of the form, …) is refused before the file is
    written.

    Args:
        document: the `Project` or `SelfEvaluationReport` to write.
        path: the file to write, as a `str` or an `os.PathLike` path; it is replaced if it
            exists. The extension is not checked.

    Raises:
        FormError: (`writing=True`) the document cannot be written so that it reads back
            equal; each problem names a field at fault. No file is written.
        FieldTypeError: `document` is neither a `Project` nor a `SelfEvaluationReport`, or
            `path` is not a path.
        MissingExtraError: openpyxl is not installed (`pip install 'perfindicator[xlsx]'`).
        OSError: the file cannot be written (as `open` raises it).

    Examples:
        >>> import datetime, pathlib, tempfile
        >>> from perfindicator import Project, Indicator, Level2, parse_target
        >>> from perfindicator.io import read
        >>> project = Project(name="社区法治宣传", year=2026,
        ...     start=datetime.date(2026, 1, 1), end=datetime.date(2026, 12, 31),
        ...     indicators=(Indicator(level2=Level2.QUANTITY, name="培训场次",
        ...                           target=parse_target(">=12场")),))
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "申报表.xlsx"
        >>> write_xlsx(project, path)
        >>> read(path) == [project]
        True
    """
    name = file_name(path, "write_xlsx")
    if not isinstance(document, (Project, SelfEvaluationReport)):
        raise FieldTypeError(
            "write_xlsx", "document", document, "must be a Project or a SelfEvaluationReport"
        )
    sheet = sheet_of(document)
    codes = {(f.row, f.column): f.code for f in sheet.formats}
    stored = [
        [_stored(value, codes.get((r, c))) for c, value in enumerate(row, 1)]
        for r, row in enumerate(sheet.rows, 1)
    ]
    _check(document, sheet.title, stored, codes)
    try:
        import openpyxl
    except ImportError as error:
        raise MissingExtraError(
            extra="xlsx", format=".xlsx", module="openpyxl", doing="writing"
        ) from error
    book = openpyxl.Workbook()
    page = book.active
    assert page is not None
    page.title = sheet.title
    for r, row in enumerate(stored, 1):
        for c, value in enumerate(row, 1):
            if value is None:
                continue
            cell = page.cell(row=r, column=c, value=value)
            if isinstance(value, str):
                cell.data_type = "s"  # never a formula, whatever the text starts with
            code = codes.get((r, c))
            if code is not None and not isinstance(value, str):
                cell.number_format = code
    for merged in sheet.merges:
        page.merge_cells(merged.ref)
    book.save(name)


def _stored(value: CellValue, code: str | None) -> RawCell:
    """A cell's value as the workbook stores it (see the module's notes)."""
    if isinstance(value, Decimal):
        number = float(value)
        if decimal_from_float(number) != value:
            # More digits than a float holds: the exact text, as the sheet would show it.
            shown_text = shown_percent(value, code or "")
            return shown_text if isinstance(shown_text, str) else f"{value:f}"
        return int(value) if value == value.to_integral_value() else number
    if isinstance(value, datetime.date) and value < _FIRST_DATE:
        return value.isoformat()
    return value


def _as_read(value: RawCell, code: str | None) -> RawCell:
    """A stored value as the `.xlsx` reader gives it (`perfindicator.io.xlsx`)."""
    if isinstance(value, (int, float)):
        return shown_percent(value, code or "")
    return spreadsheet_value(value)


def _check(
    document: Project | SelfEvaluationReport,
    title: str,
    stored: list[list[RawCell]],
    codes: dict[tuple[int, int], str],
) -> None:
    """Refuse a document whose sheet would not read back as it (see the module's notes)."""
    seen = [
        [_as_read(value, codes.get((r, c))) for c, value in enumerate(row, 1)]
        for r, row in enumerate(stored, 1)
    ]
    source = Place(sheet=title)
    try:
        found = read_rows(seen, source=source, money_unit=None)
    except FormError as error:
        raise FormError(error.problems, writing=True) from error
    if found == [document]:
        return
    if len(found) != 1 or type(found[0]) is not type(document):
        differences = [("", f"{len(found)} documents: {shown(found)}")]
    else:
        differences = list(_differences(document, found[0], ""))
    raise FormError(
        (
            Problem(
                code="form",
                message_en=f"the written form would read back as {text}",
                message_zh="写出的表格无法读回原值",
                where=Place(subject=field),
            )
            for field, text in differences
        ),
        writing=True,
    )


def _differences(written: object, read: object, path: str) -> list[tuple[str, str]]:
    """The fields that differ between two attrs values, and what each reads back as."""
    kind = type(written)
    if attrs.has(kind) and kind is type(read):
        found: list[tuple[str, str]] = []
        for field in attrs.fields(kind):
            if field.eq:
                found += _differences(
                    getattr(written, field.name),
                    getattr(read, field.name),
                    f"{path}.{field.name}".lstrip("."),
                )
        return found
    if isinstance(written, tuple) and isinstance(read, tuple) and len(written) == len(read):
        return [
            difference
            for k, (a, b) in enumerate(zip(written, read, strict=True))
            for difference in _differences(a, b, f"{path}[{k}]")
        ]
    return [] if written == read else [(path, f"{shown(read)}, not {shown(written)}")]
