"""PDF documents read into grids: ruled tables, text lines, and the files refused.

Fixtures are written at test time with the test-side writer (`tests/writers/pdf.py`,
reportlab) from the Shanghai seed (`examples/forms/shanghai-justice-2022.txt`, the first
form, "12348公共法律服务平台政府购买法律咨询服务"), laid out as its published PDF is: a header
block with the title merged across the table and 项目资金 merged down its four funding rows,
and indicator rows with 绩效指标, 产出指标 and 数量指标 merged down their rows. Expected grids
are written out by hand from that form's text.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from perfindicator.documents.grid import Grid, grid
from perfindicator.errors import (
    FieldTypeError,
    FormError,
    MissingExtraError,
    Place,
    ReadError,
)
from perfindicator.io.pdf import read_grids

from .writers.pdf import Merge, write_pdf

Rows = list[list[str | None]]

# --- The seed's first form, as its PDF prints it ----------------------------------------
TITLE = "财政项目支出绩效目标申报表"
NAME = "12348公共法律服务平台政府购买法律咨询服务"
HEADER: Rows = [
    [TITLE, None, None, None, None],
    ["项目名称", NAME, "项目类别", "经常性项目", None],
    ["主管部门", "上海市司法局", "实施单位", "上海市司法局", None],
    ["计划开始日期", "2022-01-01", "计划完成日期", "2022-12-31", None],
    ["项目资金", "项目资金总额", "15,399,720", "年度资金申请总额", "15,399,720"],
    [None, "其中：财政资金", "15,399,720", "其中：当年财政拨款", "15,399,720"],
    [None, None, None, "上年结转资金", None],
    [None, "其他资金", None, "其他资金", None],
]
# The title across the table (colspan), 项目资金 down the funding rows (rowspan).
HEADER_MERGES: list[Merge] = [(0, 0, 0, 4), (4, 0, 7, 0)]
INDICATORS: Rows = [
    ["绩效指标", "一级指标", "二级指标", "三级指标", "指标目标值"],
    [None, "产出指标", "数量指标", "法律咨询接通率", "≥95%"],
    [None, None, None, "值班人员到位率", "=100%"],
    [None, None, None, "12348上海法律服务网案例数", ">=500条"],
    [None, None, "质量指标", "在线接答率", ">=95%"],
    [None, None, None, "法律咨询致命错误率", "≤2%"],
    [None, "满意度指标", "服务对象满意度指标", "群众满意度", ">=85%"],
]
INDICATOR_MERGES: list[Merge] = [(0, 0, 6, 0), (1, 1, 5, 1), (1, 2, 3, 2), (4, 2, 5, 2)]


def _values(table: Grid) -> list[list[object]]:
    return [[cell.value for cell in row] for row in table.rows]


def _problem(path: Path, read: Callable[[Path], object] = read_grids) -> tuple[str, Place]:
    """The one problem a refused file gives: its English message and its place."""
    with pytest.raises(FormError) as caught:
        read(path)
    (problem,) = caught.value.problems
    assert problem.code == "form"
    assert problem.message_zh
    return problem.message_en, problem.where


# --- Ruled tables -------------------------------------------------------------------------


def test_ruled_tables_read_back_with_merged_cells_empty(tmp_path: Path) -> None:
    path = tmp_path / "shanghai.pdf"
    write_pdf(path, [HEADER, INDICATORS], merges=[HEADER_MERGES, INDICATOR_MERGES])
    header, indicators = read_grids(path)
    # Both tables fit on page 1, the header above the indicators.
    assert header.source == Place(file=str(path), page=1)
    assert indicators.source == Place(file=str(path), page=1)
    assert _values(header) == [
        [TITLE, None, None, None, None],
        ["项目名称", NAME, "项目类别", "经常性项目", None],
        ["主管部门", "上海市司法局", "实施单位", "上海市司法局", None],
        ["计划开始日期", "2022-01-01", "计划完成日期", "2022-12-31", None],
        ["项目资金", "项目资金总额", "15,399,720", "年度资金申请总额", "15,399,720"],
        [None, "其中：财政资金", "15,399,720", "其中：当年财政拨款", "15,399,720"],
        [None, None, None, "上年结转资金", None],
        [None, "其他资金", None, "其他资金", None],
    ]
    assert _values(indicators) == [
        ["绩效指标", "一级指标", "二级指标", "三级指标", "指标目标值"],
        [None, "产出指标", "数量指标", "法律咨询接通率", "≥95%"],
        [None, None, None, "值班人员到位率", "=100%"],
        [None, None, None, "12348上海法律服务网案例数", ">=500条"],
        [None, None, "质量指标", "在线接答率", ">=95%"],
        [None, None, None, "法律咨询致命错误率", "≤2%"],
        [None, "满意度指标", "服务对象满意度指标", "群众满意度", ">=85%"],
    ]


def test_every_cell_is_placed_by_file_page_row_and_column(tmp_path: Path) -> None:
    path = tmp_path / "placed.pdf"
    # Two tables too tall to share a page: the indicators go to page 2.
    write_pdf(path, [HEADER * 6, INDICATORS], merges=[[(0, 0, 0, 4)], INDICATOR_MERGES])
    header, indicators = read_grids(path)
    assert (header.source.page, indicators.source.page) == (1, 2)
    for table, page in ((header, 1), (indicators, 2)):
        for r, row in enumerate(table.rows, start=1):
            for c, cell in enumerate(row, start=1):
                assert cell.place == Place(file=str(path), page=page, row=r, column=c)
    assert str(indicators.rows[3][3].place) == f"{path}[page 2]:4:4"
    assert indicators.rows[3][3].value == "12348上海法律服务网案例数"


@pytest.mark.parametrize(
    ("written", "read"),
    [
        # Chinese wraps anywhere: the break is no space (seed: 法律咨询接通率).
        ("法律咨询\n接通率", "法律咨询接通率"),
        # A heading written down a narrow column, one character a line (seed: 绩效指标).
        ("绩\n效\n指\n标", "绩效指标"),
        # Digits next to Chinese, and a number broken inside (seed: 项目资金总额).
        ("12348\n上海法律服务网", "12348上海法律服务网"),
        ("15,399,\n720", "15,399,720"),
        ("≥\n95%", "≥95%"),
        ("1539\n9720", "15399720"),
        # Words of a script written with spaces wrap at a space.
        ("Online\nservice rate", "Online service rate"),
        ("PM2.5\n浓度", "PM2.5浓度"),
        # Full-width punctuation is Chinese text (seed: 其中：财政资金).
        ("其中：\n财政资金", "其中：财政资金"),
    ],
)
def test_line_breaks_in_a_cell_are_joined(tmp_path: Path, written: str, read: str) -> None:
    path = tmp_path / "wrapped.pdf"
    write_pdf(path, [[["三级指标", written]]])
    (table,) = read_grids(path)
    assert _values(table) == [["三级指标", read]]


def test_spaces_inside_a_cell_are_kept(tmp_path: Path) -> None:
    # Seed: the period of the 项目总目标 row, written with spaces.
    path = tmp_path / "spaces.pdf"
    write_pdf(path, [[["项目总目标", "(2022 年 - 2022年)"]]])
    (table,) = read_grids(path)
    assert _values(table) == [["项目总目标", "(2022 年 - 2022年)"]]


def test_text_around_tables_is_read_in_its_place(tmp_path: Path) -> None:
    # The title and year above the header, a heading above the indicators (seed).
    path = tmp_path / "titled.pdf"
    header = [["项目名称", NAME], ["主管部门", "上海市司法局"]]
    indicators = [["三级指标", "指标目标值"], ["群众满意度", ">=85%"]]
    write_pdf(path, [header, indicators], titles=["(2022年度)", "绩效指标"])
    grids = read_grids(path)
    assert [_values(table) for table in grids] == [
        [["(2022年度)"]],
        [["项目名称", NAME], ["主管部门", "上海市司法局"]],
        [["绩效指标"]],
        [["三级指标", "指标目标值"], ["群众满意度", ">=85%"]],
    ]
    assert {table.source for table in grids} == {Place(file=str(path), page=1)}


# --- Text pages -------------------------------------------------------------------------


def test_a_page_without_rules_is_read_as_lines_of_cells(tmp_path: Path) -> None:
    # The seed's first form as its text shows it: cells in columns, blank columns left
    # empty (None), and a cell with spaces inside.
    lines: Rows = [
        [TITLE],
        ["(2022年度)"],
        ["项目名称", NAME, "项目类别", "经常性项目"],
        ["项目资金", "项目资金总额", "15,399,720", "年度资金申请总额"],
        [None, "其中：财政资金", "15,399,720", "其中：当年财政拨款"],
        [None, None, None, "上年结转资金"],
        [None, "(2022 年 - 2022年)"],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "指标目标值"],
        [None, "产出指标", "数量指标", "法律咨询接通率", ">=95%"],
        [None, None, None, "值班人员到位率", "≥100%"],
    ]
    path = tmp_path / "text.pdf"
    write_pdf(path, [[["项目名称", NAME]]], text_pages=[lines], drawing_pages=1)
    table, text = read_grids(path)
    assert table.source.page == 1
    # A row is its runs of text, in order: blank columns leave no cell (as pdftotext
    # -layout text read by the .txt reader, which drops indentation).
    assert text.source == Place(file=str(path), page=2)
    assert _values(text) == [
        [TITLE],
        ["(2022年度)"],
        ["项目名称", NAME, "项目类别", "经常性项目"],
        ["项目资金", "项目资金总额", "15,399,720", "年度资金申请总额"],
        ["其中：财政资金", "15,399,720", "其中：当年财政拨款"],
        ["上年结转资金"],
        ["(2022 年 - 2022年)"],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "指标目标值"],
        ["产出指标", "数量指标", "法律咨询接通率", ">=95%"],
        ["值班人员到位率", "≥100%"],
    ]
    assert text.rows[8][2].place == Place(file=str(path), page=2, row=9, column=3)
    # Page 3 holds a drawing only: nothing to read, no grid.


# --- Round trips --------------------------------------------------------------------------

# What a form's cells hold, in characters the writer's font draws (Adobe-GB1: the CJK
# Unified Ideographs up to U+9FA5) and that keep their text in a PDF cell: no spaces
# (leading, trailing and repeated spaces are layout, not text, in a PDF).
_cell_text = st.text(
    st.one_of(
        st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5),
        st.sampled_from("0123456789.,%≥≤<>=()：，、abcXYZ"),
    ),
    min_size=1,
    max_size=8,
)


@st.composite
def _tables(draw: st.DrawFn) -> Rows:
    """Rectangular rows of text and empty cells, at least one cell holding text."""
    height = draw(st.integers(1, 4))
    width = draw(st.integers(1, 4))
    rows: Rows = [[draw(st.none() | _cell_text) for _ in range(width)] for _ in range(height)]
    rows[draw(st.integers(0, height - 1))][draw(st.integers(0, width - 1))] = draw(_cell_text)
    return rows


@settings(max_examples=25, deadline=None)
@given(rows=_tables())
def test_random_tables_round_trip(rows: Rows) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "t.pdf"
        write_pdf(path, [rows])
        assert read_grids(path) == [grid(rows)]


# --- Refused files ------------------------------------------------------------------------


def test_a_scanned_pdf_is_refused(tmp_path: Path) -> None:
    # Pages with no text layer: one a drawing only, one an image only.
    path = tmp_path / "scan.pdf"
    write_pdf(path, drawing_pages=1, scanned_pages=1)
    message, where = _problem(path)
    assert message == "no text layer: a scanned PDF needs OCR first"
    assert where == Place(file=str(path))


def test_a_scanned_page_among_text_pages_is_refused_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "mixed.pdf"
    write_pdf(path, [HEADER], merges=[HEADER_MERGES], scanned_pages=1)
    message, where = _problem(path)
    assert message == "page 2 has images but no text layer: a scanned page needs OCR first"
    assert where == Place(file=str(path), page=2)


def test_a_password_protected_pdf_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "locked.pdf"
    write_pdf(path, [HEADER], merges=[HEADER_MERGES], password="secret")
    message, where = _problem(path)
    assert message.startswith("a password-protected PDF")
    assert where == Place(file=str(path))


def test_text_whose_font_maps_no_characters_is_refused_naming_the_cell(tmp_path: Path) -> None:
    # The writer's font, relabelled as an Identity-encoded font of a character collection
    # pdfminer does not know (an embedded font without a ToUnicode map): its glyphs say
    # which shapes they draw, not which characters. Same-length edits keep the offsets.
    path = tmp_path / "unmapped.pdf"
    write_pdf(path, [[["项目名称", NAME]]])
    data = path.read_bytes()
    for old, new in (
        (b"/UniGB-UCS2-H", b"/Identity-H  "),
        (b"/Ordering (GB1)", b"/Ordering (XX1)"),
    ):
        assert data.count(old) == 1
        data = data.replace(old, new)
    path.write_bytes(data)
    with pytest.raises(FormError) as caught:
        read_grids(path)
    (problem,) = caught.value.problems
    assert "(cid:N)" in problem.message_en
    assert problem.where == Place(file=str(path), page=1, row=1, column=1)
    assert problem.text is not None
    assert problem.text.startswith("(cid:")


@cache
def _fixture() -> bytes:
    """One small real PDF: the seed's header block, merged cells and all."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "a.pdf"
        write_pdf(path, [HEADER], merges=[HEADER_MERGES])
        return path.read_bytes()


SEED_TEXT = f"{TITLE}\n\n(2022年度)\n\n项目名称\t{NAME}\t项目类别\t经常性项目\t\n".encode()


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (lambda data: b"", "not a PDF document: the file is empty"),
        (lambda data: SEED_TEXT, "not a PDF document: the file is text"),
        (lambda data: SEED_TEXT.decode().encode("gb18030"), "not a PDF document: the file is text"),
        (lambda data: b"PK\x03\x04" + bytes(100), "not a PDF document: the file is a zip package"),
        (lambda data: data[: len(data) // 2], "truncated"),
        (lambda data: data[:-200], "end marker %%EOF"),
        (lambda data: b"%PDF-1.7\n%%EOF\n", "not a PDF document that can be read"),
        (lambda data: b"%PDF", "end marker %%EOF"),
        # The body of a real PDF with its cross-reference table and trailer cut off.
        (lambda data: data[: data.rindex(b"xref")] + b"%%EOF\n", "that can be read"),
    ],
    ids=[
        "empty",
        "text",
        "gb18030-text",
        "zip",
        "half",
        "end-cut",
        "header-only",
        "signature-only",
        "no-trailer",
    ],
)
def test_a_bad_file_is_a_form_error_naming_the_file(
    tmp_path: Path, content: Callable[[bytes], bytes], fragment: str
) -> None:
    path = tmp_path / "form.pdf"
    path.write_bytes(content(_fixture()))
    message, where = _problem(path)
    assert where == Place(file=str(path))
    assert fragment in message, message


def test_a_text_file_renamed_pdf_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "form.txt"
    source.write_bytes(SEED_TEXT)
    path = source.rename(tmp_path / "form.pdf")
    message, where = _problem(path)
    assert (message, where) == ("not a PDF document: the file is text", Place(file=str(path)))


def test_paths_are_checked(tmp_path: Path) -> None:
    with pytest.raises(FieldTypeError, match="path"):
        read_grids(3)  # type: ignore[arg-type]
    with pytest.raises(FieldTypeError, match="path"):
        read_grids(b"form.pdf")  # type: ignore[arg-type]
    with pytest.raises(ReadError, match="No such file"):
        read_grids(tmp_path / "missing.pdf")
    with pytest.raises(ReadError):
        read_grids(tmp_path)  # a folder


def test_a_missing_extra_names_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "form.pdf"
    path.write_bytes(_fixture())
    monkeypatch.setitem(sys.modules, "pdfplumber", None)  # import raises
    with pytest.raises(MissingExtraError, match=r"perfindicator\[pdf\]") as caught:
        read_grids(path)
    assert caught.value.extra == "pdf"


@settings(max_examples=30, deadline=None)
@given(
    cut=st.floats(0, 1),
    flips=st.lists(st.tuples(st.floats(0, 1), st.integers(1, 255)), max_size=4),
)
def test_damaged_files_raise_only_form_errors(
    cut: float, flips: Sequence[tuple[float, int]]
) -> None:
    data = bytearray(_fixture())
    for where, mask in flips:
        data[min(int(where * len(data)), len(data) - 1)] ^= mask
    data = data[: round(cut * len(data))] if cut < 0.999 else data
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "form.pdf"
        path.write_bytes(bytes(data))
        try:
            tables = read_grids(path)
        except FormError as error:
            # Any other exception fails the test as it escapes.
            assert error.problems[0].where.file == str(path)
            return
    # A flipped byte may change a character drawn, or nothing read: still grids of text.
    assert tables
    assert all(isinstance(table, Grid) and table.source.page for table in tables)
