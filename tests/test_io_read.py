"""`perfindicator.io.read_grids`: each file format reaches its reader, and reads alike.

The table is the indicator block of the Tianjin 2023 项目支出绩效目标表 (天津市河北区人民法院,
安全隐患维修, `tests/data/forms/tianjin_hebei_fayuan_2023_anquan_yinhuan_weixiu.txt`), text
only (a CSV keeps every value as text), with 产出指标 merged down its three rows as the
published table has it. Each format's file is written at test time with the test-side writer
(openpyxl, python-docx, HTML, CSV and TSV as a spreadsheet exports them, tab-separated text).
"""

from __future__ import annotations

import csv
import io
import tempfile
from collections.abc import Callable
from pathlib import Path

import docx
import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from perfindicator.documents.grid import Grid, RawTable, grid
from perfindicator.errors import FieldError, FieldTypeError, FormError, ReadError
from perfindicator.io import delimited, html, pdf, read_any, read_grids, xls, xlsx
from perfindicator.io import docx as docx_reader

Rows = list[list[str | None]]

# Written out by hand from the form's lines 一级指标 ... 时效指标 and 满意度指标; the form's
# text repeats 三级指标 as 绩效指标描述, and so does the table.
TIANJIN: Rows = [
    ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值"],
    ["产出指标", "数量指标", "维修面积", "维修面积", "≥400平方米"],
    [None, "质量指标", "验收合格率", "验收合格率", "≥98百分比"],
    [None, "时效指标", "资金支付及时率", "资金支付及时率", "100百分比"],
    ["满意度指标", "服务对象满意度指标", "干警满意度", "干警满意度", "≥95百分比"],
]
# 产出指标 covers column 1 of rows 2 to 4 (from 1), as A2:A4 in a workbook.
MERGED_DOWN = (2, 4)


def _write_xlsx(path: Path, rows: Rows, merged: bool = True) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "表1"
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            if value is not None:
                sheet.cell(row=r, column=c, value=value)
    if merged:
        sheet.merge_cells(f"A{MERGED_DOWN[0]}:A{MERGED_DOWN[1]}")
    book.save(path)


def _write_docx(path: Path, rows: Rows, merged: bool = True) -> None:
    document = docx.Document()
    document.add_paragraph("项目支出绩效目标表")
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is not None:
                table.cell(r, c).text = value
    if merged:
        table.cell(MERGED_DOWN[0] - 1, 0).merge(table.cell(MERGED_DOWN[1] - 1, 0))
    document.save(str(path))


def _write_html(path: Path, rows: Rows, merged: bool = True) -> None:
    lines = []
    for r, row in enumerate(rows, start=1):
        cells = []
        for c, value in enumerate(row, start=1):
            if merged and c == 1 and MERGED_DOWN[0] < r <= MERGED_DOWN[1]:
                continue  # covered by the rowspan above
            span = " rowspan=3" if merged and c == 1 and r == MERGED_DOWN[0] else ""
            cells.append(f"<td{span}>{value or ''}</td>")
        lines.append(f"<tr>{''.join(cells)}</tr>")
    page = f"<html><body><p>项目支出绩效目标表</p><table>{''.join(lines)}</table></body></html>"
    path.write_text(page, encoding="utf-8")


def _write_delimited(dialect: str, encoding: str) -> Callable[..., None]:
    def write(path: Path, rows: Rows, merged: bool = True) -> None:
        buffer = io.StringIO(newline="")
        csv.writer(buffer, dialect).writerows(
            [["" if value is None else value for value in row] for row in rows]
        )
        path.write_bytes(buffer.getvalue().encode(encoding))

    return write


def _write_txt(path: Path, rows: Rows, merged: bool = True) -> None:
    # Tab-separated as PDF text gives a table; no quoting.
    text = "".join("\t".join(value or "" for value in row) + "\n" for row in rows)
    path.write_text(text, encoding="utf-8")


# A writer for each extension; Excel's CSV is GB18030 on Chinese Windows, its TSV UTF-16.
WRITERS: dict[str, Callable[..., None]] = {
    "xlsx": _write_xlsx,
    "xlsm": _write_xlsx,
    "docx": _write_docx,
    "html": _write_html,
    "htm": _write_html,
    "csv": _write_delimited("excel", "gb18030"),
    "tsv": _write_delimited("excel-tab", "utf-16"),
    "txt": _write_txt,
}


def _values(table: Grid) -> list[list[object]]:
    return [[cell.value for cell in row] for row in table.rows]


@pytest.mark.parametrize("extension", sorted(WRITERS))
def test_each_extension_reads_the_table(tmp_path: Path, extension: str) -> None:
    path = tmp_path / f"tianjin.{extension}"
    WRITERS[extension](path, TIANJIN)
    (table,) = read_grids(path)
    # Merged cells arrive empty after their first, as written in TIANJIN.
    assert _values(table) == TIANJIN
    assert table.source.file == str(path)
    assert table.rows[4][4].place.row == 5
    assert table.rows[4][4].place.column == 5


@pytest.mark.parametrize(
    "name", ["TIANJIN.XLSX", "t.XlSm", "t.DOCX", "t.HTML", "t.Htm", "t.CSV", "t.TSV", "t.TXT"]
)
def test_extensions_are_read_in_any_case(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    WRITERS[name.rpartition(".")[2].lower()](path, TIANJIN)
    assert _values(read_grids(path)[0]) == TIANJIN


@pytest.mark.parametrize("fmt", sorted(WRITERS))
def test_format_overrides_the_extension(tmp_path: Path, fmt: str) -> None:
    # A download saved under a name that says nothing (.dat), or under the wrong one (.txt).
    for name in ("download.dat", "download.txt", "download"):
        path = tmp_path / name
        WRITERS[fmt](path, TIANJIN)
        assert _values(read_grids(path, format=fmt)[0]) == TIANJIN
        assert _values(read_grids(path, format=fmt.upper())[0]) == TIANJIN


def test_the_delimited_format_is_passed_on(tmp_path: Path) -> None:
    # The same line is two cells as CSV, two other cells as TSV, one as text split on tabs.
    path = tmp_path / "a.txt"
    path.write_text("项目成本,20万元\t成本指标\n", encoding="utf-8")
    assert _values(read_grids(path, format="csv")[0]) == [["项目成本", "20万元\t成本指标"]]
    assert _values(read_grids(path, format="tsv")[0]) == [["项目成本,20万元", "成本指标"]]
    assert _values(read_grids(path)[0]) == [["项目成本,20万元", "成本指标"]]
    quoted = tmp_path / "b.txt"
    quoted.write_text('"项目成本"\n', encoding="utf-8")
    assert _values(read_grids(quoted)[0]) == [['"项目成本"']]  # .txt: quotes are data
    assert _values(read_grids(quoted, format="csv")[0]) == [["项目成本"]]


@pytest.mark.parametrize(
    ("extension", "module", "passed"),
    [
        ("xlsx", xlsx, {}),
        ("xlsm", xlsx, {}),
        ("xls", xls, {}),
        ("pdf", pdf, {}),
        ("docx", docx_reader, {}),
        ("html", html, {}),
        ("htm", html, {}),
        ("csv", delimited, {"format": "csv"}),
        ("tsv", delimited, {"format": "tsv"}),
        ("txt", delimited, {"format": "txt"}),
    ],
)
def test_the_format_reaches_its_reader(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    extension: str,
    module: object,
    passed: dict[str, str],
) -> None:
    calls: list[tuple[tuple[object, ...], dict[str, object]]] = []

    def reader(*args: object, **kwargs: object) -> list[RawTable]:
        calls.append((args, kwargs))
        return []

    monkeypatch.setattr(module, "read_tables", reader)
    path = tmp_path / f"form.{extension.upper()}"
    assert read_grids(path) == []
    assert read_grids(tmp_path / "form.dat", format=extension) == []
    assert calls == [((str(path),), passed), ((str(tmp_path / "form.dat"),), passed)]


@pytest.mark.parametrize(
    ("name", "fragment"),
    [
        ("form.json", ".xlsx, .xlsm, .xls, .docx, .html, .htm, .pdf, .csv, .tsv, .txt"),
        ("form.doc", ".xlsx, .xlsm, .xls, .docx, .html, .htm, .pdf, .csv, .tsv, .txt"),
        ("form", ".xlsx, .xlsm, .xls, .docx, .html, .htm, .pdf, .csv, .tsv, .txt"),
        ("form.xlsx.bak", ".xlsx, .xlsm, .xls, .docx, .html, .htm, .pdf, .csv, .tsv, .txt"),
    ],
)
def test_an_extension_not_read_is_refused_naming_path(
    tmp_path: Path, name: str, fragment: str
) -> None:
    # The file need not exist: the extension is refused before anything is read.
    path = tmp_path / name
    with pytest.raises(FieldError) as caught:
        read_grids(path)
    assert type(caught.value) is FieldError
    assert caught.value.field == "path"
    assert caught.value.value == str(path)
    assert fragment in caught.value.reason


@pytest.mark.parametrize(
    ("fmt", "fragment"),
    [
        ("odt", ".xlsx, .xlsm, .xls, .docx, .html, .htm, .pdf, .csv, .tsv, .txt"),
        (".xlsx", ".xlsx, .xlsm, .xls, .docx, .html, .htm, .pdf, .csv, .tsv, .txt"),
        ("", ".xlsx, .xlsm, .xls, .docx, .html, .htm, .pdf, .csv, .tsv, .txt"),
    ],
)
def test_a_format_not_read_is_refused_naming_format(
    tmp_path: Path, fmt: str, fragment: str
) -> None:
    path = tmp_path / "form.xlsx"  # a supported extension: the format decides
    _write_xlsx(path, TIANJIN)
    with pytest.raises(FieldError) as caught:
        read_grids(path, format=fmt)
    assert (caught.value.field, caught.value.value) == ("format", fmt)
    assert fragment in caught.value.reason


def test_wrong_types_are_refused(tmp_path: Path) -> None:
    with pytest.raises(FieldTypeError, match="format"):
        read_grids(tmp_path / "form.csv", format=3)  # type: ignore[arg-type]
    with pytest.raises(FieldTypeError, match="path"):
        read_grids(3)  # type: ignore[arg-type]
    with pytest.raises(FieldTypeError, match="path"):
        read_grids(b"form.csv")  # type: ignore[arg-type]


def test_a_missing_file_and_a_mislabelled_one_are_the_readers_errors(tmp_path: Path) -> None:
    with pytest.raises(ReadError):
        read_grids(tmp_path / "missing.xlsx")
    text = tmp_path / "form.xlsx"
    _write_txt(text, TIANJIN)
    with pytest.raises(FormError, match="the file is text"):
        read_grids(text)


def test_every_format_reads_the_same_table_to_equal_grids(tmp_path: Path) -> None:
    grids = {}
    for extension in ("xlsx", "docx", "html", "csv", "tsv", "txt"):
        path = tmp_path / f"tianjin.{extension}"
        WRITERS[extension](path, TIANJIN)
        grids[extension] = read_grids(path)
    # Where a cell came from takes no part in equality; the values and their shape do.
    assert all(found == [grid(TIANJIN)] for found in grids.values()), grids
    assert len({str(found[0].source.file) for found in grids.values()}) == len(grids)


# Cell text as forms hold it: CJK and a few ASCII characters, never a character that one of
# the formats reads as markup or a separator (HTML's <, &, spaces; CSV's quotes and commas).
_cell = st.one_of(
    st.none(),
    st.text(
        st.one_of(
            st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
            st.sampled_from("≥≤%0123456789.万元百分比"),
        ),
        min_size=1,
        max_size=6,
    ),
)


@st.composite
def _tables(draw: st.DrawFn) -> Rows:
    """Rectangular rows in which every row and the last column hold text (nothing to trim)."""
    height = draw(st.integers(1, 4))
    width = draw(st.integers(1, 4))
    rows: Rows = [[draw(_cell) for _ in range(width)] for _ in range(height)]
    for row in rows:
        row[draw(st.integers(0, width - 1))] = "指标"
    rows[draw(st.integers(0, height - 1))][-1] = "指标值"
    return rows


@settings(max_examples=25)
@given(rows=_tables(), extension=st.sampled_from(sorted(WRITERS)))
def test_random_text_tables_read_alike_in_every_format(rows: Rows, extension: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"t.{extension}"
        WRITERS[extension](path, rows, merged=False)
        assert read_grids(path) == [grid(rows)]


def test_read_any_reads_text_in_another_encoding_as_a_table() -> None:
    # The Hunan form saved as GB18030: not UTF-8, so not the Shanghai text layout; read as a
    # table whose bytes decode as GB18030, as `read` reads it. The form: 雾炮车抑尘降尘服务,
    # 预算部门 湘潭市城市管理和综合执法局.
    templates = Path(__file__).parents[1] / "examples/forms/templates"
    (project,) = read_any(templates / "hunan_xiangtan_2023.gb18030.txt")
    assert (project.name, project.department) == (
        "雾炮车抑尘降尘服务",
        "湘潭市城市管理和综合执法局",
    )
    assert read_any(templates / "hunan_xiangtan_2023.csv") == [project]


def test_read_any_says_text_is_not_utf8_where_no_layout_reads_it(tmp_path: Path) -> None:
    form = tmp_path / "form.txt"
    form.write_bytes("\n\n财政项目支出绩效目标申报表\n".encode("gbk"))
    with pytest.raises(FormError, match=r"form.txt:3: not UTF-8: byte 0xB2 at offset 2"):
        read_any(form)
