"""The test-side writers and the template fixtures: what is written reads back cell for cell.

This checks the writers (tests/writers) and the kept files under examples/forms/templates/,
not the form reader: every template of `tests.templates.forms`, written in every format
`perfindicator.io.read_grids` reads, must read back as the table's own cells, merged
positions empty. Text formats give text, so the table's values are compared through
`expected_cell`, which writes them as the format holds them. The expected projects
(`tests.templates.expected`) are checked only for covering every template.
"""

from __future__ import annotations

import datetime
import re
import zipfile
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

import openpyxl
import pdfplumber
import pytest
import xlrd
from hypothesis import given, settings
from hypothesis import strategies as st

from perfindicator.documents.grid import CellValue, Grid
from perfindicator.io import read_grids
from tests.templates.expected import EXPECTED
from tests.templates.forms import TABLES, Percent, Row, Table, Value, merge_range
from tests.writers import BUILT_FORMATS, GB18030_FILES, build, write
from tests.writers.text import cell_text

ROOT = Path(__file__).resolve().parents[1]
KEPT = ROOT / "examples/forms/templates"
READ = ("xlsx", "docx", "html", "csv", "tsv", "txt")
"""The formats `read_grids` reads today."""
NAMES = [table.name for table in TABLES]


def expected_cell(value: Value, format: str) -> CellValue:
    """A table's cell as `read_grids` gives it back from a file of `format`."""
    if isinstance(value, Percent) and format == "xls":
        return value.fraction.normalize()  # xlrd (the .xls check) gives what the sheet stores
    if format in ("xlsx", "xls") and not isinstance(value, (str, bool)):
        if isinstance(value, (int, float)):
            return Decimal(cell_text(value))
        return value  # a Decimal, a date or None
    return cell_text(value) or None


def cells(table: Grid, width: int) -> list[list[CellValue]]:
    """A grid's values, each row padded with empty cells to `width` (some formats trim)."""
    rows = [[cell.value for cell in row] for row in table.rows]
    assert all(len(row) <= width for row in rows), "a row is wider than the table written"
    return [row + [None] * (width - len(row)) for row in rows]


def assert_reads_back(grid: Grid, table: Table, format: str) -> None:
    expected = [[expected_cell(value, format) for value in row] for row in table.rows]
    assert cells(grid, table.width) == expected


# --- The tables themselves ---------------------------------------------------------------


@pytest.mark.parametrize("table", TABLES, ids=NAMES)
def test_table_is_well_formed(table: Table) -> None:
    assert re.fullmatch(r"[a-z]+_[a-z]+(_[a-z]+)*_20[0-9]{2}", table.name)
    assert table.source
    assert table.money_note
    assert all(len(row) == table.width for row in table.rows), "rows of unequal width"
    covered: set[tuple[int, int]] = set()
    for top, left, bottom, right in table.merges:
        assert 1 <= top <= bottom <= len(table.rows)
        assert 1 <= left <= right <= table.width
        area = {(r, c) for r in range(top, bottom + 1) for c in range(left, right + 1)}
        assert not area & covered, f"merges overlap at {sorted(area & covered)}"
        covered |= area
        for r, c in area - {(top, left)}:
            assert table.rows[r - 1][c - 1] is None, f"merged position {r},{c} holds a value"
    # The form's title (with its year) is in the table, so a reader of the grid sees it.
    assert any("20" in cell_text(value) for value in table.rows[0] + table.rows[1])


def test_names_are_unique_and_every_table_has_its_project() -> None:
    assert len(set(NAMES)) == len(NAMES) >= 10
    assert list(EXPECTED) == NAMES


@pytest.mark.parametrize(
    ("spec", "merge"),
    [("A1:L1", (1, 1, 1, 12)), ("B4:B13", (4, 2, 13, 2)), ("E8:G14", (8, 5, 14, 7))],
)
def test_merge_range(spec: str, merge: tuple[int, int, int, int]) -> None:
    assert merge_range(spec) == merge


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (None, ""),
        ("≥95%", "≥95%"),
        (3500, "3500"),
        (Decimal("20.00"), "20.00"),
        (Decimal("1E+3"), "1000"),
        (Decimal("15399.72"), "15399.72"),
        (0.95, "0.95"),
        (datetime.date(2026, 1, 1), "2026-01-01"),
    ],
)
def test_cell_text(value: Value, text: str) -> None:
    assert cell_text(value) == text


def test_cell_text_refuses_a_bool() -> None:
    with pytest.raises(TypeError):
        cell_text(True)


# --- Each writer: a table written reads back as its cells -----------------------------------


@pytest.mark.parametrize("format", READ)
@pytest.mark.parametrize("table", TABLES, ids=NAMES)
def test_written_table_reads_back(table: Table, format: str, tmp_path: Path) -> None:
    path = tmp_path / f"{table.name}.{format}"
    write(path, [table])
    (grid,) = read_grids(path)
    assert_reads_back(grid, table, format)


@pytest.mark.parametrize("format", ["xlsx", "docx", "html", "txt"])
def test_several_tables_in_one_file(format: str, tmp_path: Path) -> None:
    path = tmp_path / f"all.{format}"
    write(path, TABLES)
    grids = read_grids(path)
    assert len(grids) == len(TABLES)
    for grid, table in zip(grids, TABLES, strict=True):
        assert_reads_back(grid, table, format)


@pytest.mark.parametrize("suffix", ["html", "txt", "csv"])
def test_gb18030(suffix: str, tmp_path: Path) -> None:
    table = TABLES[4]
    path = tmp_path / f"form.{suffix}"
    write(path, [table], encoding="gb18030")
    data = path.read_bytes()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    assert "项目支出实施期" in data.decode("gb18030")
    (grid,) = read_grids(path)
    assert_reads_back(grid, table, suffix)


def test_xlsx_keeps_merges_numbers_dates_and_text_starting_with_equals(tmp_path: Path) -> None:
    table = Table(
        name="probe_2026",
        rows=[
            ["=100%", "=", 3500, Decimal("20.00")],
            [datetime.date(2026, 1, 1), None, None, None],
        ],
        merges=[(2, 1, 2, 4)],
        source="illustrative",
        money_note="",
    )
    path = tmp_path / "probe.xlsx"
    write(path, [table])
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    assert [str(merged) for merged in sheet.merged_cells.ranges] == ["A2:D2"]
    assert sheet["A1"].data_type == "s"
    assert sheet["C1"].value == 3500
    assert sheet["D1"].data_type == "n"
    assert sheet["A2"].is_date
    (grid,) = read_grids(path)
    assert_reads_back(grid, table, "xlsx")


@pytest.mark.parametrize("table", TABLES, ids=NAMES)
def test_merges_are_written_as_merges(table: Table, tmp_path: Path) -> None:
    # read_grids gives a merged position and an empty cell alike; the files must differ.
    book = tmp_path / "form.xlsx"
    write(book, [table])
    sheet = openpyxl.load_workbook(book).active
    assert sheet is not None
    written = {
        (merged.min_row, merged.min_col, merged.max_row, merged.max_col)
        for merged in sheet.merged_cells.ranges
    }
    assert written == set(table.merges)
    page = tmp_path / "form.html"
    write(page, [table])
    spans = re.findall(r'<td(?: rowspan="(\d+)")?(?: colspan="(\d+)")?>', page.read_text("utf-8"))
    sizes = sorted((int(rows or 1), int(columns or 1)) for rows, columns in spans)
    merged_sizes = [(b - t + 1, r - left + 1) for t, left, b, r in table.merges]
    assert [size for size in sizes if size != (1, 1)] == sorted(merged_sizes)
    positions = sum(len(row) for row in table.rows)
    covered = sum(rows * columns - 1 for rows, columns in merged_sizes)
    assert len(spans) == positions - covered


# Text that every format keeps as written: no white space to collapse or trim, no delimiter.
_TEXT = st.text(alphabet="产出指标≥≤=%<>.:()[]、,年度万元0123456789*★abc", min_size=1, max_size=8)
_VALUE = st.one_of(
    st.none(),
    _TEXT,
    st.integers(-(10**12), 10**12),
    st.decimals(min_value=-(10**9), max_value=10**9, places=2, allow_nan=False),
    st.dates(datetime.date(1990, 1, 1), datetime.date(2099, 12, 31)),
)


@st.composite
def tables(draw: st.DrawFn) -> Table:
    height, width = draw(st.integers(1, 5)), draw(st.integers(1, 5))
    rows: list[Row] = [[draw(_VALUE) for _ in range(width)] for _ in range(height)]
    # The first row holds a value, so no format trims the table to nothing.
    rows[0][0] = draw(_TEXT)
    merges = []
    if draw(st.booleans()) and (height > 1 or width > 1):
        bottom, right = draw(st.integers(1, height)), draw(st.integers(1, width))
        merges.append((1, 1, bottom, right))
        for r in range(bottom):
            for c in range(right):
                if (r, c) != (0, 0):
                    rows[r][c] = None
    # A last row or column of empty cells is trimmed by the spreadsheet reader: keep a value.
    rows[-1][-1] = rows[-1][-1] if rows[-1][-1] is not None else draw(_TEXT)
    if merges and merges[0][2:] == (height, width):
        merges.clear()  # the whole table merged into one cell: the last cell must stay empty
    return Table(name="drawn_2026", rows=rows, merges=merges, source="drawn", money_note="")


@settings(max_examples=30)
@given(table=tables(), format=st.sampled_from(READ))
def test_any_table_reads_back(
    table: Table, format: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    path = tmp_path_factory.mktemp("drawn") / f"table.{format}"
    write(path, [table])
    (grid,) = read_grids(path)
    assert_reads_back(grid, table, format)


# --- The kept fixtures are what build_fixtures.py writes ---------------------------------


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return {path.name: path for path in build(tmp_path_factory.mktemp("built"))}


def test_kept_fixtures_are_the_built_files(fresh: dict[str, Path]) -> None:
    kept = sorted(path.name for path in KEPT.iterdir())
    assert kept == sorted(fresh)
    expected = {f"{name}.{fmt}" for name in NAMES for fmt in BUILT_FORMATS} | set(GB18030_FILES)
    assert set(kept) == expected


@pytest.mark.parametrize(
    "name",
    sorted([f"{name}.{fmt}" for name in NAMES for fmt in BUILT_FORMATS] + list(GB18030_FILES)),
)
def test_kept_fixture_holds_the_built_cells(name: str, fresh: dict[str, Path]) -> None:
    kept = KEPT / name
    table = TABLES[NAMES.index(name.split(".")[0])]
    format = name.rsplit(".", 1)[1]
    assert _values(kept) == _values(fresh[name])
    if format in READ:
        (grid,) = read_grids(kept)
        assert_reads_back(grid, table, format)
    elif format == "xls":
        rows = [list(row) for row in _values(kept)]  # type: ignore[call-overload]
        # xlrd trims a last column that holds only merged positions.
        padded = [row + [None] * (table.width - len(row)) for row in rows]
        assert padded == [[expected_cell(value, "xls") for value in row] for row in table.rows]


def _values(path: Path) -> Sequence[object]:
    """A file's cell values (text of each PDF page), by a reader of its own format."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        with pdfplumber.open(path) as pdf:
            return [page.extract_text() for page in pdf.pages]
    if suffix == ".xls":
        book = xlrd.open_workbook(str(path))
        sheet = book.sheet_by_index(0)
        return [
            [_xls_value(book, sheet.cell(r, c)) for c in range(sheet.ncols)]
            for r in range(sheet.nrows)
        ]
    return [cells(grid, grid.width) for grid in read_grids(path)]


def _xls_value(book: xlrd.Book, cell: xlrd.sheet.Cell) -> object:
    if cell.ctype == xlrd.XL_CELL_EMPTY or cell.ctype == xlrd.XL_CELL_BLANK:
        return None
    if cell.ctype == xlrd.XL_CELL_DATE:
        return xlrd.xldate.xldate_as_datetime(cell.value, book.datemode).date()
    if cell.ctype == xlrd.XL_CELL_NUMBER:
        return Decimal(repr(cell.value)).normalize()
    return cell.value


def test_build_is_reproducible(tmp_path: Path, fresh: dict[str, Path]) -> None:
    again = {path.name: path.read_bytes() for path in build(tmp_path)}
    assert again == {name: path.read_bytes() for name, path in fresh.items()}
    with zipfile.ZipFile(fresh["shanghai_style_2026.xlsx"]) as package:
        assert {info.date_time for info in package.infolist()} == {(2024, 1, 1, 0, 0, 0)}
