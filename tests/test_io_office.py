"""The office formats read into grids: `.xlsx` (openpyxl) and `.docx` (python-docx).

Fixtures are written at test time with the test-side writers (openpyxl, python-docx)
from the Shanghai seed (`examples/forms/shanghai-justice-2022.txt`, the first form,
"12348公共法律服务平台政府购买法律咨询服务"), laid out as the published 申报表 is: a title
merged across the table, a header block with 项目资金 merged down its four funding rows, and
indicator rows with 产出指标 and 数量指标 merged down their rows. Expected grids are written
out by hand from that form's text.
"""

from __future__ import annotations

import datetime
import io
import sys
import tempfile
import zipfile
from collections.abc import Callable, Sequence
from decimal import Decimal as D
from functools import cache
from pathlib import Path
from typing import Any

import docx
import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from perfindicator.documents.grid import Grid, RawCell, grid
from perfindicator.errors import (
    FieldError,
    FieldTypeError,
    FormError,
    MissingExtraError,
    PerfIndicatorError,
    Place,
    ReadError,
)
from perfindicator.io import docx as docx_reader
from perfindicator.io import xlsx as xlsx_reader
from tests.cells import HEADER, HEADER_READ, INDICATORS, NAME, TITLE, tables

Reader = Callable[[str | Path], list[Grid]]

# --- The seed's first form, as its cells are laid out -----------------------------------
# Columns A–E as in the published form; `MERGED` marks where a merged cell covers a position
# (the grid holds None there). Numbers and dates are typed as a spreadsheet holds them.
HEADER_MERGES = ["A1:E1", "A2:E2", "A6:A9"]
INDICATOR_MERGES = ["A1:A7", "B2:B6", "C2:C4", "C5:C6"]


def _write_xlsx(path: Path, sheets: Sequence[tuple[str, list[list[RawCell]], list[str]]]) -> None:
    book = openpyxl.Workbook()
    book.remove(book.active)  # type: ignore[arg-type]
    for title, rows, merges in sheets:
        sheet = book.create_sheet(title)
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row, start=1):
                if value is not None:
                    cell = sheet.cell(row=r, column=c, value=value)
                    if isinstance(value, str) and value.startswith("="):
                        cell.data_type = "s"  # text such as "=100%", as Excel stores it
        for merge in merges:
            sheet.merge_cells(merge)
    book.save(path)


def _rewrite(path: Path, part: str, old: bytes, new: bytes, count: int = -1) -> None:
    """Replace bytes in one XML part of an Office zip, as another program might write it."""
    with zipfile.ZipFile(path) as source:
        parts = [(info, source.read(info.filename)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info, data in parts:
            if info.filename == part:
                assert old in data, (part, data[-800:])
                data = data.replace(old, new, count)
            out.writestr(info, data)


def _values(table: Grid) -> list[list[object]]:
    return [[cell.value for cell in row] for row in table.rows]


# --- xlsx ---------------------------------------------------------------------------------


def test_xlsx_sheets_in_order_with_merged_cells_emptied(tmp_path: Path) -> None:
    # Values: the seed's first form (header block and indicator rows), see the module.
    path = tmp_path / "shanghai.xlsx"
    _write_xlsx(
        path,
        [("申报表", HEADER, HEADER_MERGES), ("绩效指标", INDICATORS, INDICATOR_MERGES)],
    )
    header, indicators = xlsx_reader.read_grids(path)
    assert header.source == Place(file=str(path), sheet="申报表")
    assert indicators.source.sheet == "绩效指标"
    assert _values(header) == HEADER_READ
    # A date typed as a date arrives from openpyxl as a datetime at midnight: a date.
    assert type(header.rows[4][1].value) is datetime.date
    assert _values(indicators) == INDICATORS
    cell = indicators.rows[3][3]
    assert (cell.place.file, cell.place.sheet, cell.place.row, cell.place.column) == (
        str(path),
        "绩效指标",
        4,
        4,
    )


def test_xlsx_stale_values_under_a_merged_cell_are_emptied(tmp_path: Path) -> None:
    # Another program left 上海市司法局 in B1, hidden under the merged A1:B1 (seed, 主管部门).
    path = tmp_path / "stale.xlsx"
    _write_xlsx(path, [("表1", [["主管部门", None], ["实施单位", "上海市司法局"]], ["A1:B1"])])
    stale = '<c r="B1" t="inlineStr"><is><t>上海市司法局</t></is></c>'.encode()
    # Row 1 holds A1 only: the stale cell goes after it.
    _rewrite(path, "xl/worksheets/sheet1.xml", b"</c></row>", b"</c>" + stale + b"</row>", count=1)
    (table,) = xlsx_reader.read_grids(path)
    assert _values(table) == [["主管部门", None], ["实施单位", "上海市司法局"]]


def _typed_workbook(path: Path) -> None:
    """Typed cells of the seed's first form: funding, a rate, dates, plus what forms rarely hold."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "类型"
    sheet["A1"] = 15399720  # 项目资金总额, 元
    sheet["B1"] = 15399.72  # the same in 千元: a float that is not its own decimal
    sheet["C1"] = 0.95  # 在线接答率 >=95%, typed as a percentage
    sheet["C1"].number_format = "0%"
    sheet["D1"] = datetime.date(2022, 12, 31)  # 计划完成日期
    sheet["D1"].number_format = "yyyy-mm-dd"
    sheet["E1"] = True
    sheet["F1"] = "=A1*2"  # a formula never calculated: openpyxl writes no cached value
    sheet["G1"] = "=C1*100"  # given a cached value below, as Excel saves it
    sheet["A3"] = "群众满意度"  # row 2 left empty: leading empty rows are kept
    sheet["K20"].number_format = "0.00"  # formatting only: makes openpyxl report K20
    book.save(path)
    _rewrite(path, "xl/worksheets/sheet1.xml", b"<f>C1*100</f><v></v>", b"<f>C1*100</f><v>95</v>")


TYPED = [
    [D(15399720), D("15399.72"), "95%", datetime.date(2022, 12, 31), "TRUE", None, D(95)],
    [None] * 7,
    ["群众满意度"] + [None] * 6,
]


def test_typed_cells_read_exactly_and_trailing_formatting_is_trimmed(tmp_path: Path) -> None:
    path = tmp_path / "typed.xlsx"
    _typed_workbook(path)
    (table,) = xlsx_reader.read_grids(path)
    # The percentage reads as the sheet shows it (95%: as a number, 0.95 would be the
    # target =0.95); the cached formula value 95 has no format and stays a number. The
    # uncalculated formula is empty, the calculated one its cached value; row 2 stays,
    # and nothing after G3 (K20 is only formatted).
    assert _values(table) == TYPED
    assert table.width == 7


def test_a_date_with_a_time_of_day_is_refused_naming_the_cell(tmp_path: Path) -> None:
    path = tmp_path / "time.xlsx"
    _write_xlsx(path, [("表1", [["计划开始日期", datetime.datetime(2022, 1, 1, 9, 30)]], [])])
    with pytest.raises(FieldError, match=r"time\.xlsx\[sheet 表1\]:1:2.*time of day"):
        xlsx_reader.read_grids(path)


def test_an_empty_sheet_is_an_empty_grid(tmp_path: Path) -> None:
    path = tmp_path / "empty.xlsx"
    _write_xlsx(path, [("空", [], []), ("表1", [["项目名称", NAME]], [])])
    empty, table = xlsx_reader.read_grids(path)
    assert (empty.rows, empty.source.sheet) == ((), "空")
    assert _values(table) == [["项目名称", NAME]]


# --- docx ---------------------------------------------------------------------------------


def _docx_table(document: Any, rows: list[list[str | None]], merges: list[tuple[int, ...]]) -> Any:
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            if text is not None:
                table.cell(r, c).text = text
    for top, left, bottom, right in merges:
        table.cell(top, left).merge(table.cell(bottom, right))
    return table


# The seed's first form as its PDF text gives it: every cell text, numbers as printed.
DOCX_HEADER: list[list[str | None]] = [
    [TITLE, None, None, None, None],
    ["项目名称", NAME, "项目类别", "经常性项目", None],
    ["项目资金", "项目资金总额", "15,399,720", "年度资金申请总额", "15,399,720"],
    [None, "其中：财政资金", "15,399,720", "其中：当年财政拨款", "15,399,720"],
    [None, None, None, "上年结转资金", None],
    [None, "其他资金", None, "其他资金", None],
]
GOAL = (
    "满足群众日益增长的法律服务需求, 打造标准化、高品质、集约化的公共法律服务产品, "
    "加快推进上海市现代化公共法律服务体系建设。"
)


def test_docx_tables_in_order_with_merged_cells_emptied(tmp_path: Path) -> None:
    # Values: the seed's first form; title merged across (gridSpan), 项目资金 down (vMerge),
    # and the indicator rows with 产出指标 merged down and 数量指标 merged down.
    document = docx.Document()
    document.add_paragraph("财政项目支出绩效目标申报表")
    _docx_table(document, DOCX_HEADER, [(0, 0, 0, 4), (2, 0, 5, 0)])
    document.add_paragraph("")
    indicators = [[str(v) if v is not None else None for v in row] for row in INDICATORS]
    _docx_table(document, indicators, [(0, 0, 6, 0), (1, 1, 5, 1), (1, 2, 3, 2), (4, 2, 5, 2)])
    path = tmp_path / "shanghai.docx"
    document.save(str(path))
    header, rows = docx_reader.read_grids(path)
    assert header.source == Place(file=str(path))
    assert header.source.page is None
    assert _values(header) == [
        [TITLE, None, None, None, None],
        ["项目名称", NAME, "项目类别", "经常性项目", None],
        ["项目资金", "项目资金总额", "15,399,720", "年度资金申请总额", "15,399,720"],
        [None, "其中：财政资金", "15,399,720", "其中：当年财政拨款", "15,399,720"],
        [None, None, None, "上年结转资金", None],
        [None, "其他资金", None, "其他资金", None],
    ]
    # A Word table's cells are text: the indicator rows read as written.
    assert _values(rows) == INDICATORS
    cell = rows.rows[3][3]
    assert (cell.place.file, cell.place.row, cell.place.column) == (str(path), 4, 4)


def test_docx_text_left_in_a_continued_cell_is_not_read(tmp_path: Path) -> None:
    # 项目资金 merged down two rows (seed's first form); another writer left text in the
    # continued cell, which Word does not show.
    from docx.oxml.ns import qn

    document = docx.Document()
    table = _docx_table(
        document, [["项目资金", "项目资金总额"], [None, "其中：财政资金"]], [(0, 0, 1, 0)]
    )
    continued = table.rows[1]._tr.tc_lst[0]
    merge = continued.find(f"{qn('w:tcPr')}/{qn('w:vMerge')}")
    assert merge is not None
    assert merge.get(qn("w:val")) in (None, "continue")
    continued.add_p().add_r().text = "stale"
    path = tmp_path / "continued.docx"
    document.save(str(path))
    (read,) = docx_reader.read_grids(path)
    assert _values(read) == [["项目资金", "项目资金总额"], [None, "其中：财政资金"]]


def test_docx_reads_as_the_xlsx_reader_for_the_same_text_table(tmp_path: Path) -> None:
    # The same merged indicator rows (seed's first form) in both formats: equal grids.
    document = docx.Document()
    _docx_table(
        document,
        [[v if isinstance(v, str) else None for v in row] for row in INDICATORS],
        [(0, 0, 6, 0), (1, 1, 5, 1), (1, 2, 3, 2), (4, 2, 5, 2)],
    )
    document.save(str(tmp_path / "a.docx"))
    _write_xlsx(tmp_path / "a.xlsx", [("表1", INDICATORS, INDICATOR_MERGES)])
    assert docx_reader.read_grids(tmp_path / "a.docx") == xlsx_reader.read_grids(
        tmp_path / "a.xlsx"
    )


def test_docx_paragraphs_join_with_newlines_and_nested_tables_follow(tmp_path: Path) -> None:
    # Values: the seed's first form, 项目绩效目标 row (period line, then the goal).
    document = docx.Document()
    outer = document.add_table(rows=1, cols=2)
    outer.cell(0, 0).text = "项目总目标"
    target = outer.cell(0, 1)
    target.text = "(2022 年 - 2022年)"
    target.add_paragraph(GOAL)
    nested = target.add_table(rows=1, cols=2)
    nested.cell(0, 0).text = "年度资金申请总额"
    nested.cell(0, 1).text = "15,399,720"
    after = document.add_table(rows=1, cols=1)
    after.cell(0, 0).text = "年度总目标"
    path = tmp_path / "goal.docx"
    document.save(str(path))
    tables = docx_reader.read_grids(path)
    # python-docx adds an empty paragraph after a nested table, as Word requires: a cell
    # ends with a paragraph. It is part of the cell's text.
    assert [_values(t) for t in tables] == [
        [["项目总目标", f"(2022 年 - 2022年)\n{GOAL}\n"]],
        [["年度资金申请总额", "15,399,720"]],
        [["年度总目标"]],
    ]


def test_docx_row_starting_after_the_first_column_is_placed(tmp_path: Path) -> None:
    # A row that Word starts in the second column (gridBefore=1): the seed's 其中：财政资金 row.
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    table = _docx_table(document, [["项目资金", "项目资金总额"], ["", "其中：财政资金"]], [])
    tr = table.rows[1]._tr
    tr.remove(tr.tc_lst[0])
    before = OxmlElement("w:gridBefore")
    before.set(qn("w:val"), "1")
    tr.get_or_add_trPr().append(before)
    path = tmp_path / "before.docx"
    document.save(str(path))
    (table_grid,) = docx_reader.read_grids(path)
    assert _values(table_grid) == [["项目资金", "项目资金总额"], [None, "其中：财政资金"]]
    assert table_grid.rows[1][1].place.column == 2


# --- Bad files ----------------------------------------------------------------------------


@cache
def _fixture_bytes() -> dict[str, bytes]:
    """One small real file of each kind, as bytes (the seed's header, see the module)."""
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        _write_xlsx(base / "a.xlsx", [("申报表", HEADER, HEADER_MERGES)])
        document = docx.Document()
        _docx_table(document, DOCX_HEADER, [(0, 0, 0, 4), (2, 0, 5, 0)])
        document.save(str(base / "a.docx"))
        return {kind: (base / f"a.{kind}").read_bytes() for kind in ("xlsx", "docx")}


READERS: dict[str, Reader] = {
    "xlsx": xlsx_reader.read_grids,
    "docx": docx_reader.read_grids,
}
SEED_TEXT = f"{TITLE}\n\n(2022年度)\n\n项目名称\t{NAME}\t项目类别\t经常性项目\t\n".encode()
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)


@pytest.mark.parametrize("kind", sorted(READERS))
@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (lambda data: b"", "the file is empty"),
        (lambda data: SEED_TEXT, "the file is text"),
        (lambda data: SEED_TEXT.decode().encode("gb18030"), "the file is text"),
        (
            lambda data: f"<html><body><table><tr><td>{NAME}</td></tr></table>".encode(),
            "the file is HTML: read it as .html",
        ),
        (lambda data: data[: len(data) // 2], "damaged, truncated"),
        (lambda data: b"PK\x03\x04" + bytes(100), "damaged, truncated"),
        (lambda data: b"%PDF-1.7\n", "a PDF document"),
    ],
    ids=["empty", "text", "gb18030-text", "html", "truncated", "zip-header-only", "pdf"],
)
def test_a_bad_file_is_a_form_error_naming_the_file(
    tmp_path: Path, kind: str, content: Callable[[bytes], bytes], fragment: str
) -> None:
    path = tmp_path / f"form.{kind}"
    path.write_bytes(content(_fixture_bytes()[kind]))
    with pytest.raises(FormError) as caught:
        READERS[kind](path)
    (problem,) = caught.value.problems
    assert problem.code == "form"
    assert problem.where == Place(file=str(path))
    assert fragment in problem.message_en, problem.message_en
    assert problem.message_zh


@pytest.mark.parametrize(
    ("kind", "content", "fragment"),
    [
        # An encrypted .xlsx or .docx is an OLE2 compound file, as a legacy .xls or .doc is.
        ("xlsx", OLE2, "password-protected"),
        ("docx", OLE2, "password-protected"),
        ("xlsx", OLE2, "a legacy .xls workbook (read it as .xls)"),
        ("docx", "xlsx", "not a .docx document that can be read"),
        ("xlsx", "docx", "not an .xlsx workbook that can be read"),
    ],
)
def test_a_file_of_another_office_kind_is_refused(
    tmp_path: Path, kind: str, content: bytes | str, fragment: str
) -> None:
    path = tmp_path / f"form.{kind}"
    data = _fixture_bytes()[content] if isinstance(content, str) else content
    path.write_bytes(data)
    with pytest.raises(FormError) as caught:
        READERS[kind](path)
    assert fragment in caught.value.problems[0].message_en
    assert "BytesIO" not in str(caught.value)


@pytest.mark.parametrize("kind", sorted(READERS))
def test_paths_are_checked(tmp_path: Path, kind: str) -> None:
    read = READERS[kind]
    with pytest.raises(FieldTypeError, match="path"):
        read(3)  # type: ignore[arg-type]
    with pytest.raises(FieldTypeError, match="path"):
        read(b"form.xlsx")  # type: ignore[arg-type]
    with pytest.raises(ReadError, match="No such file"):
        read(tmp_path / f"missing.{kind}")
    with pytest.raises(ReadError):
        read(tmp_path)  # a folder


@pytest.mark.parametrize(
    ("kind", "module", "extra"),
    [("xlsx", "openpyxl", "xlsx"), ("docx", "docx", "docx")],
)
def test_a_missing_extra_names_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str, module: str, extra: str
) -> None:
    path = tmp_path / f"form.{kind}"
    path.write_bytes(_fixture_bytes()[kind])
    monkeypatch.setitem(sys.modules, module, None)  # import of it raises ImportError
    with pytest.raises(MissingExtraError, match=rf"perfindicator\[{extra}\]") as caught:
        READERS[kind](path)
    assert caught.value.extra == extra


@settings(max_examples=60)
@given(
    kind=st.sampled_from(sorted(READERS)),
    cut=st.floats(0, 1),
    flips=st.lists(st.tuples(st.floats(0, 1), st.integers(1, 255)), max_size=4),
)
def test_damaged_files_raise_only_library_errors(
    kind: str, cut: float, flips: list[tuple[float, int]]
) -> None:
    data = bytearray(_fixture_bytes()[kind])
    for where, mask in flips:
        data[min(int(where * len(data)), len(data) - 1)] ^= mask
    data = data[: max(1, round(cut * len(data)))] if cut < 0.999 else data
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"form.{kind}"
        path.write_bytes(bytes(data))
        try:
            tables = READERS[kind](path)
        except PerfIndicatorError:
            return
    assert all(isinstance(table, Grid) for table in tables)


# --- Round trips --------------------------------------------------------------------------


@settings(max_examples=40)
@given(rows=tables())
def test_random_tables_round_trip_through_xlsx(rows: list[list[RawCell]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "t.xlsx"
        _write_xlsx(path, [("表1", rows, [])])
        assert xlsx_reader.read_grids(path) == [grid(rows)]


@settings(max_examples=40)
@given(rows=tables())
def test_random_text_tables_round_trip_through_docx(rows: list[list[RawCell]]) -> None:
    # Word cells hold text: the values as the grid writes them (`Cell.text`).
    texts = [[None if cell.is_empty else cell.text for cell in row] for row in grid(rows).rows]
    with tempfile.TemporaryDirectory() as folder:
        document = docx.Document()
        table = document.add_table(rows=len(texts), cols=len(texts[0]))
        for r, row in enumerate(texts):
            for c, text in enumerate(row):
                if text is not None:
                    table.cell(r, c).text = text
        path = Path(folder) / "t.docx"
        document.save(str(path))
        assert docx_reader.read_grids(path) == [grid(texts)]


def test_io_buffer_is_not_a_path() -> None:
    with pytest.raises(FieldTypeError, match="path"):
        xlsx_reader.read_grids(io.BytesIO(_fixture_bytes()["xlsx"]))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("stored", "number_format", "shown"),
    [
        (0.95, "0%", "95%"),
        (0.9567, "0%", "95.67%"),  # exact: never rounded to the format's places
        (1, "0.00%", "100%"),
        (0.001, "0.0%", "0.1%"),
        (0.95, "0.00", D("0.95")),  # no percentage format: the number stored
    ],
)
def test_a_percentage_reads_as_the_sheet_shows_it(
    tmp_path: Path, stored: float, number_format: str, shown: object
) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet["A1"] = stored
    sheet["A1"].number_format = number_format
    path = tmp_path / "percent.xlsx"
    book.save(path)
    (table,) = xlsx_reader.read_grids(path)
    assert table.rows[0][0].value == shown
