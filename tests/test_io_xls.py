"""Legacy `.xls` workbooks read into grids with xlrd (`perfindicator.io.xls`).

Fixtures are written at test time with xlwt (`tests/writers/xls.py`) from the Shanghai seed
(`examples/forms/shanghai-justice-2022.txt`, the first form, "12348公共法律服务平台政府购买法律
咨询服务"), laid out as the published 申报表 is: a title merged across the table, a header
block with 项目资金 merged down its four funding rows, and indicator rows with 产出指标 and
数量指标 merged down their rows. Expected grids are written out by hand from that form's
text. Damaged files are made by cutting and flipping bytes of a real one, and by patching
single BIFF records in place (their ids and lengths from the BIFF8 specification).
"""

from __future__ import annotations

import datetime
import re
import subprocess
import sys
import tempfile
import zipfile
from decimal import Decimal as D
from functools import cache
from pathlib import Path
from typing import Any

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
from perfindicator.io.xls import MAX_CELLS, read_grids
from tests.cells import HEADER, HEADER_READ, INDICATORS, NAME, TITLE, tables
from tests.writers.xls import Error, Formatted, Value, write_xls

# --- The seed's first form, as its cells are laid out -----------------------------------
# (top row, bottom row, left column, right column) from 0: A1:E1, A2:E2, A6:A9.
HEADER_MERGES = [(0, 0, 0, 4), (1, 1, 0, 4), (5, 8, 0, 0)]
# A1:A7, B2:B6, C2:C4, C5:C6.
INDICATOR_MERGES = [(0, 6, 0, 0), (1, 5, 1, 1), (1, 3, 2, 2), (4, 5, 2, 2)]


def _values(table: Grid) -> list[list[object]]:
    return [[cell.value for cell in row] for row in table.rows]


def test_sheets_in_order_with_names_and_merged_cells_emptied(tmp_path: Path) -> None:
    path = tmp_path / "shanghai.xls"
    write_xls(
        path,
        {"申报表": HEADER, "说明": [["隐藏的说明"]], "绩效指标": INDICATORS},
        {"申报表": HEADER_MERGES, "绩效指标": INDICATOR_MERGES},
        hidden={"说明"},
    )
    header, note, indicators = read_grids(path)
    assert header.source == Place(file=str(path), sheet="申报表")
    # A hidden sheet is read as any other, in its place.
    assert (note.source.sheet, _values(note)) == ("说明", [["隐藏的说明"]])
    assert indicators.source == Place(file=str(path), sheet="绩效指标")
    assert _values(header) == HEADER_READ
    assert type(header.rows[4][1].value) is datetime.date
    assert _values(indicators) == INDICATORS


def test_every_cell_is_placed_by_file_sheet_row_and_column(tmp_path: Path) -> None:
    path = tmp_path / "shanghai.xls"
    write_xls(path, {"申报表": HEADER, "绩效指标": INDICATORS}, {"申报表": HEADER_MERGES})
    for table, sheet in zip(read_grids(path), ["申报表", "绩效指标"], strict=True):
        for r, row in enumerate(table.rows, start=1):
            for c, cell in enumerate(row, start=1):
                assert cell.place == Place(file=str(path), sheet=sheet, row=r, column=c)
    # 12348上海法律服务网案例数 is D4 of the indicator sheet.
    cell = read_grids(path)[1].rows[3][3]
    assert (cell.value, str(cell.place)) == (
        "12348上海法律服务网案例数",
        f"{path}[sheet 绩效指标]:4:4",
    )


def test_stale_values_under_a_merged_cell_are_emptied(tmp_path: Path) -> None:
    # Another program left 上海市司法局 in B1 and B2, under the merged A1:B2 (seed, 主管部门).
    path = tmp_path / "stale.xls"
    write_xls(
        path,
        {
            "表1": [
                ["主管部门", "上海市司法局"],
                [None, "上海市司法局"],
                ["实施单位", "上海市司法局"],
            ]
        },
        {"表1": [(0, 1, 0, 1)]},
    )
    (table,) = read_grids(path)
    assert _values(table) == [["主管部门", None], [None, None], ["实施单位", "上海市司法局"]]


def test_typed_cells_read_exactly(tmp_path: Path) -> None:
    # The seed's first form: 项目资金总额 15399720 元 (15399.72 in 千元), 在线接答率 >=95%
    # typed as 95%, 计划完成日期 2022-12-31; then what forms rarely hold.
    path = tmp_path / "typed.xls"
    rows: list[list[Value]] = [
        [
            "项目资金总额",
            15399720.0,
            D("15399.72"),
            Formatted(0.95, "0%"),
            datetime.date(2022, 12, 31),
            True,
            False,
            Error(0x07),  # #DIV/0!, the BIFF8 error codes
            Error(0x2A),  # #N/A
        ],
        [],  # an empty row between: kept
        [None, "群众满意度", ""],  # an empty text is an empty cell
        [Formatted(None, "0.00")] * 12,  # formatted blanks only: trimmed
    ]
    rows.append([*[None] * 20, Formatted(None, "0.00")])  # a formatted blank far out
    write_xls(path, {"类型": rows})
    (table,) = read_grids(path)
    assert _values(table) == [
        [
            "项目资金总额",
            D(15399720),
            D("15399.72"),
            "95%",  # 0.95 under a percentage format: read as the sheet shows it
            datetime.date(2022, 12, 31),
            "TRUE",
            "FALSE",
            "#DIV/0!",
            "#N/A",
        ],
        [None] * 9,
        [None, "群众满意度"] + [None] * 7,
    ]
    assert [str(table.rows[0][c].value) for c in (1, 2, 3)] == ["15399720", "15399.72", "95%"]


def test_leading_empty_rows_and_columns_are_kept(tmp_path: Path) -> None:
    # 群众满意度 >=85% (seed's first form) typed from C3.
    path = tmp_path / "lead.xls"
    write_xls(path, {"表1": [[], [], [None, None, "群众满意度", ">=85%"]]})
    (table,) = read_grids(path)
    assert _values(table) == [[None] * 4, [None] * 4, [None, None, "群众满意度", ">=85%"]]
    assert table.rows[2][2].place == Place(file=str(path), sheet="表1", row=3, column=3)


def test_an_empty_sheet_is_an_empty_grid(tmp_path: Path) -> None:
    path = tmp_path / "empty.xls"
    write_xls(path, {"空": [], "表1": [["项目名称", NAME]]})
    empty, table = read_grids(path)
    assert (empty.rows, empty.source.sheet) == ((), "空")
    assert _values(table) == [["项目名称", NAME]]


def test_dates_count_from_the_1904_epoch_where_the_workbook_says(tmp_path: Path) -> None:
    # 计划开始日期 and 计划完成日期 of the seed's first form, in a Mac workbook.
    path = tmp_path / "mac.xls"
    write_xls(
        path,
        {"表1": [[datetime.date(2022, 1, 1), datetime.date(2022, 12, 31)]]},
        dates_1904=True,
    )
    (table,) = read_grids(path)
    assert _values(table) == [[datetime.date(2022, 1, 1), datetime.date(2022, 12, 31)]]


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        # Serial numbers of the 1900 date system, worked out from Excel's rule: day 1 is
        # 1900-01-01, and day 60 is the 29 February 1900 Excel counts and no calendar has.
        (1.0, datetime.date(1900, 1, 1)),
        (59.0, datetime.date(1900, 2, 28)),
        (61.0, datetime.date(1900, 3, 1)),
        (44562.0, datetime.date(2022, 1, 1)),
        (2958465.0, datetime.date(9999, 12, 31)),
        # Shown by Excel as no date: the number stored.
        (0.0, D(0)),  # 1900-01-00: a date formula referring to an empty cell
        (60.0, D(60)),
        (-1.0, D(-1)),  # #####
        (2958466.0, D(2958466)),  # past 9999-12-31: #####
    ],
)
def test_date_formatted_numbers_read_as_excel_shows_them(
    tmp_path: Path, number: float, expected: object
) -> None:
    path = tmp_path / "dates.xls"
    write_xls(path, {"表1": [["计划开始日期", Formatted(number, "yyyy-mm-dd")]]})
    (table,) = read_grids(path)
    assert _values(table) == [["计划开始日期", expected]]


@pytest.mark.parametrize(
    "value",
    [
        datetime.datetime(2022, 1, 1, 9, 30),
        Formatted(44562.5, "yyyy-mm-dd hh:mm"),  # 2022-01-01 12:00
        Formatted(0.5, "hh:mm"),  # a time alone
    ],
)
def test_a_date_with_a_time_of_day_is_refused_naming_the_cell(tmp_path: Path, value: Value) -> None:
    path = tmp_path / "time.xls"
    write_xls(path, {"表1": [["计划开始日期", value]]})
    with pytest.raises(FieldError, match=r"time\.xls\[sheet 表1\]:1:2.*time of day"):
        read_grids(path)


# --- Bad files ----------------------------------------------------------------------------


@cache
def _fixture() -> bytes:
    """A real `.xls` file: the seed's header block, merged (see the module)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "a.xls"
        write_xls(path, {"申报表": HEADER}, {"申报表": HEADER_MERGES})
        return path.read_bytes()


def _patched(data: bytes, old: bytes, new: bytes) -> bytes:
    """Replace one BIFF record's bytes in place (same length: no offset moves)."""
    assert len(old) == len(new)
    assert data.count(old) == 1, old
    return data.replace(old, new)


def _xlsx_bytes() -> bytes:
    """A minimal zip package, as every `.xlsx` is."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "a.xlsx"
        with zipfile.ZipFile(path, "w") as package:
            package.writestr("[Content_Types].xml", "<Types/>")
            package.writestr("xl/workbook.xml", "<workbook/>")
        return path.read_bytes()


SEED_TEXT = f"{TITLE}\n\n(2022年度)\n\n项目名称\t{NAME}\t项目类别\t经常性项目\t\n".encode()
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (lambda: b"", "not an .xls workbook: the file is empty"),
        (lambda: SEED_TEXT, "not an .xls workbook: the file is text"),
        (lambda: SEED_TEXT.decode().encode("gb18030"), "the file is text"),
        (
            lambda: f"<html><body><table><tr><td>{NAME}</td></tr></table>".encode(),
            "the file is HTML: read it as .html",
        ),
        (lambda: b"%PDF-1.7\n", "a PDF document"),
        (_xlsx_bytes, "not an .xls workbook: the file is "),
        (lambda: _fixture()[: len(_fixture()) // 2], "damaged, truncated"),
        (lambda: _fixture()[:600], "damaged, truncated"),
        (lambda: OLE2, "damaged, truncated"),
        (lambda: OLE2 + bytes(504), "damaged, truncated"),
        (lambda: OLE2 + bytes(5000), "damaged, truncated"),
        # The BOF record of the workbook stream made something else.
        (lambda: _patched(_fixture(), b"\x09\x08\x10\x00\x00\x06\x05\x00", bytes(8)), "damaged"),
    ],
    ids=[
        "empty",
        "text",
        "gb18030-text",
        "html",
        "pdf",
        "xlsx",
        "half",
        "600-bytes",
        "signature-only",
        "header-only",
        "zero-sectors",
        "no-bof",
    ],
)
def test_a_bad_file_is_a_form_error_naming_the_file(
    tmp_path: Path, content: Any, fragment: str
) -> None:
    path = tmp_path / "form.xls"
    path.write_bytes(content())
    with pytest.raises(FormError) as caught:
        read_grids(path)
    (problem,) = caught.value.problems
    assert problem.code == "form"
    assert problem.where == Place(file=str(path))
    assert fragment in problem.message_en, problem.message_en
    assert problem.message_zh
    assert "BytesIO" not in str(caught.value)


def test_a_password_protected_workbook_is_refused_saying_to_remove_the_password(
    tmp_path: Path,
) -> None:
    # An encrypted workbook has a FILEPASS record (0x002F) in its globals: the CODEPAGE
    # record (0x0042, 2 bytes: 1200, UTF-16) made one, the same length.
    path = tmp_path / "locked.xls"
    path.write_bytes(_patched(_fixture(), b"\x42\x00\x02\x00\xb0\x04", b"\x2f\x00\x02\x00\x00\x00"))
    with pytest.raises(FormError) as caught:
        read_grids(path)
    (problem,) = caught.value.problems
    assert problem.where == Place(file=str(path))
    assert "password-protected" in problem.message_en
    assert "remove the password" in problem.message_en
    assert "密码" in problem.message_zh


def test_an_ole2_file_without_a_workbook_is_refused(tmp_path: Path) -> None:
    # A .doc, or an encrypted .xlsx, is an OLE2 compound file without a "Workbook" stream:
    # the stream's directory name changed (UTF-16, as the directory stores names).
    path = tmp_path / "document.xls"
    path.write_bytes(
        _patched(_fixture(), "Workbook".encode("utf-16-le"), "Document".encode("utf-16-le"))
    )
    with pytest.raises(FormError) as caught:
        read_grids(path)
    message = caught.value.problems[0].message_en
    assert "without a workbook" in message
    assert ".doc document" in message
    assert "password-protected .xlsx" in message


def test_a_huge_declared_sheet_size_is_not_used(tmp_path: Path) -> None:
    # The DIMENSIONS record (0x0200, 14 bytes) of the seed's header sheet declares rows 0 to
    # 9 and columns 0 to 5 (one past the last); made 2**31 - 1 rows and 65,535 columns.
    declared = b"\x00\x02\x0e\x00" + bytes(4) + (9).to_bytes(4, "little")
    declared += bytes(2) + (5).to_bytes(2, "little")
    huge = b"\x00\x02\x0e\x00" + bytes(4) + (2**31 - 1).to_bytes(4, "little")
    huge += bytes(2) + (65535).to_bytes(2, "little")
    path = tmp_path / "declared.xls"
    path.write_bytes(_patched(_fixture(), declared, huge))
    (table,) = read_grids(path)
    assert (len(table.rows), table.width) == (9, 5)
    assert table.rows[0][0].value == TITLE


def test_a_stray_value_far_out_is_refused_rather_than_built(tmp_path: Path) -> None:
    # A1 and IV65536, the last cell of an .xls sheet: 65,536 rows of 256 columns.
    assert MAX_CELLS < 65536 * 256
    path = tmp_path / "far.xls"
    rows: list[list[Value]] = [[TITLE]]
    rows += [[] for _ in range(65534)]
    rows.append([*[None] * 255, "x"])
    write_xls(path, {"申报表": rows})
    with pytest.raises(FormError) as caught:
        read_grids(path)
    (problem,) = caught.value.problems
    assert problem.where == Place(file=str(path))
    assert "more than 1,000,000 cells" in problem.message_en
    assert "'申报表' reaches row 65,536 and column 256" in problem.message_en


def test_paths_are_checked(tmp_path: Path) -> None:
    with pytest.raises(FieldTypeError, match="path"):
        read_grids(3)  # type: ignore[arg-type]
    with pytest.raises(FieldTypeError, match="path"):
        read_grids(b"form.xls")  # type: ignore[arg-type]
    with pytest.raises(ReadError, match="No such file"):
        read_grids(tmp_path / "missing.xls")
    with pytest.raises(ReadError):
        read_grids(tmp_path)  # a folder


def test_a_missing_extra_names_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "form.xls"
    path.write_bytes(_fixture())
    monkeypatch.setitem(sys.modules, "xlrd", None)  # import of it raises ImportError
    with pytest.raises(MissingExtraError, match=r"perfindicator\[xls\]") as caught:
        read_grids(path)
    assert (caught.value.extra, caught.value.format) == ("xls", ".xls")


def test_xlrd_writes_nothing_to_stdout(tmp_path: Path) -> None:
    # A file size that is no whole number of sectors makes xlrd write a warning to its log,
    # the sys.stdout of when xlrd was imported (pytest's capture cannot see that one): run
    # in a process of its own.
    path = tmp_path / "odd.xls"
    path.write_bytes(_fixture() + b"\x00")
    script = (
        "import sys; from perfindicator.io.xls import read_grids; "
        "print(read_grids(sys.argv[1])[0].rows[0][0].value, file=sys.stderr)"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(path)], capture_output=True, text=True, check=True
    )
    assert (done.stdout, done.stderr) == ("", f"{TITLE}\n")


@settings(max_examples=40, deadline=None)
@given(
    cut=st.floats(0, 1),
    flips=st.lists(st.tuples(st.floats(0, 1), st.integers(1, 255)), max_size=4),
)
def test_damaged_files_raise_only_library_errors(
    cut: float, flips: list[tuple[float, int]]
) -> None:
    data = bytearray(_fixture())
    for where, mask in flips:
        data[min(int(where * len(data)), len(data) - 1)] ^= mask
    data = data[: max(1, round(cut * len(data)))] if cut < 0.999 else data
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "form.xls"
        path.write_bytes(bytes(data))
        try:
            tables = read_grids(path)
        except PerfIndicatorError as error:
            if isinstance(error, FormError):
                assert error.problems[0].where.file == str(path)
            return
    assert all(isinstance(table, Grid) for table in tables)


# The stream's records, where the damage matters most: flips inside the workbook stream only
# (past the OLE2 header and before the directory), which the whole-file flips above reach
# rarely.
@settings(max_examples=40, deadline=None)
@given(flips=st.lists(st.tuples(st.floats(0, 1), st.integers(1, 255)), min_size=1, max_size=4))
def test_damaged_records_raise_only_library_errors(flips: list[tuple[float, int]]) -> None:
    data = bytearray(_fixture())
    start, end = 512, data.find("Root Entry".encode("utf-16-le"))
    for where, mask in flips:
        data[start + min(int(where * (end - start)), end - start - 1)] ^= mask
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "form.xls"
        path.write_bytes(bytes(data))
        try:
            tables = read_grids(path)
        except PerfIndicatorError:
            return
    assert all(isinstance(table, Grid) for table in tables)


# --- Round trips --------------------------------------------------------------------------


@settings(max_examples=40, deadline=None)
@given(rows=tables())
def test_random_tables_round_trip_through_xls(rows: list[list[RawCell]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "t.xls"
        write_xls(path, {"表1": rows})
        assert read_grids(path) == [grid(rows)]


def test_the_reader_is_not_wired_by_name_but_by_bytes(tmp_path: Path) -> None:
    # The extension is not checked: a .xls workbook under another name reads the same.
    path = tmp_path / "form.bin"
    path.write_bytes(_fixture())
    (table,) = read_grids(path)
    assert table.rows[2][1].value == NAME
    assert re.fullmatch(r".*form\.bin", table.source.file or "")
