"""Delimited text read as grids: the real forms' text files, spreadsheet CSV/TSV, encodings.

Expected cells are written from the form text by hand, field by field.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from perfindicator.documents.grid import Grid, grid
from perfindicator.errors import (
    FieldError,
    FieldTypeError,
    FormError,
    PerfIndicatorError,
    ReadError,
)
from perfindicator.io.delimited import read_grids
from perfindicator.io.encoding import decode_text
from tests.cells import values_of

FORMS = Path(__file__).parent / "data" / "forms"


def _form(name: str) -> str:
    """A real form of tests/data/forms without the file's `#` header: the form text only."""
    text = (FORMS / f"{name}.txt").read_text(encoding="utf-8")
    return text.split("\n\n", 1)[1]


@pytest.fixture(scope="module")
def tianjin() -> str:
    # 天津市河北区人民法院 2023 项目支出绩效目标表 (安全隐患维修), pipes between cells.
    return _form("tianjin_hebei_fayuan_2023_anquan_yinhuan_weixiu")


@pytest.fixture(scope="module")
def hunan() -> str:
    # 衡阳市南岳区 2018 绩效目标申报表 (旅游扶贫基础设施), single spaces between cells.
    return _form("hengyang_nanyue_2018_lvyou_fupin_jichusheshi")


def _values(table: Grid) -> list[list[object]]:
    return [[cell.value for cell in row] for row in table.rows]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "utf-16"])
def test_tianjin_form_reads_as_a_grid_of_pipes(tmp_path: Path, tianjin: str, encoding: str) -> None:
    path = tmp_path / "tianjin.txt"
    path.write_bytes(tianjin.encode(encoding))
    (table,) = read_grids(path)
    rows = _values(table)
    # Lines without a pipe are one cell: the court, the title, the year, the table's name.
    assert rows[0] == ["天津市河北区人民法院"]
    assert rows[2] == ["(2023年)"]
    # "207101天津市河北区人民法院 | 单位:万元 | |||||": 8 fields, the last six empty.
    assert rows[4] == ["207101天津市河北区人民法院", "单位:万元", *[None] * 6]
    # The space inside 其中:财政 资金 is the cell's own; the ones around pipes separate.
    assert rows[6] == [
        "预算规模及资金用途", "预算数", "20.00", "其中:财政 资金", "20.00", "其他资金", None, None
    ]  # fmt: skip
    assert rows[9] == ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", None]
    assert rows[11] == ["质量指标", "验收合格率", "验收合格率", "≥98百分比", None, None]
    assert rows[-1] == [
        "满意度指标",
        "服务对象满意度指标",
        "干警满意度",
        "干警满意度",
        "≥95百分比",
        None,
    ]
    assert len(rows) == 16
    cell = table.rows[6][3]
    assert (cell.place.file, cell.place.row, cell.place.column, cell.place.page) == (
        str(path), 7, 4, None
    )  # fmt: skip


def test_hunan_form_reads_cells_joined_by_single_spaces(tmp_path: Path, hunan: str) -> None:
    path = tmp_path / "hunan.txt"
    path.write_bytes(hunan.encode("gb18030"))
    (table,) = read_grids(path)
    rows = _values(table)
    assert rows[0] == ["2018年市级专项扶贫资金基础设施(人大代表扶贫基地)绩效目标申报表"]
    # The title line is centred by 12 spaces: 12 empty cells before it, none dropped.
    assert rows[2] == [*[None] * 12, "绩效目标申报表"]
    assert rows[3] == [
        "项目名称", "2018年市级专项扶贫资金基础设施(人大代表扶贫基地)",
        # The corpus's redaction "[name removed][phone removed]" has spaces: split too.
        "项目负责人及电话", "[name", "removed][phone", "removed]",
    ]  # fmt: skip
    assert rows[10] == ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "备注"]
    # "... >=20平方米  ": the two trailing spaces are the empty 备注 cell and one more.
    assert rows[11] == [
        "产出指标",
        "数量指标",
        "贫困地区旅游基础设施建设工程",
        ">=20平方米",
        None,
        None,
    ]
    assert rows[13] == ["流转土地", ">=60亩", None, None]
    assert rows[16] == ["成本指标", "流转土地补助标准", "<=475元/亩", None, None]
    # A space inside a cell cannot be told from a separator in this text (documented).
    assert rows[12][:3] == ["贫困地区旅游景点开发数量(", "≥**个", ")"]
    assert rows[-1] == ["区扶贫办审核意见", "(盖章)"]


def test_shanghai_seed_reads_as_tab_separated_cells(tmp_path: Path, seed_text: str) -> None:
    path = tmp_path / "seed.txt"
    path.write_bytes(seed_text.encode("gb18030"))
    (table,) = read_grids(path)
    rows = _values(table)
    lines = seed_text.split("\n")
    # The seed's line 7: 项目名称 / 12348公共法律服务平台... / 项目类别 / 经常性项目 / (empty).
    row = next(i for i, line in enumerate(lines) if line.startswith("项目名称\t"))
    assert rows[row][0] == "项目名称"
    assert rows[row][2] == "项目类别"
    assert rows[row][3] == "经常性项目"
    assert rows[row][-1] is None
    # "\t\t\t上年结转资金\t": a row of three empty cells, the text, an empty cell.
    carried = next(i for i, line in enumerate(lines) if line == "\t\t\t上年结转资金\t")
    assert rows[carried] == [None, None, None, "上年结转资金", None]
    assert rows[1] == []  # an empty line is a row of no cells
    assert len(rows) == len(seed_text.removesuffix("\n").split("\n"))
    assert read_grids(path) == read_grids(_write(tmp_path / "u.txt", seed_text, "utf-8"))


def _write(path: Path, text: str, encoding: str) -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def test_aligned_text_splits_on_two_spaces_and_keeps_single_ones(tmp_path: Path) -> None:
    # Rows of the Tianjin form, laid out in aligned columns as `pdftotext -layout` prints.
    text = (
        "    一级指标    二级指标        三级指标        指标值\n"
        "    产出指标    数量指标        维修面积        ≥400平方米\n"
        "    效益指标    可持续影响指标  消除安全隐患    持续影响\n"
        "    预算数      其中:财政 资金  20.00\n"
    )
    (table,) = read_grids(_write(tmp_path / "a.txt", text, "utf-8"))
    assert _values(table) == [
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "维修面积", "≥400平方米"],
        ["效益指标", "可持续影响指标", "消除安全隐患", "持续影响"],
        ["预算数", "其中:财政 资金", "20.00"],
    ]


def test_page_breaks_start_new_grids_numbered_from_one(tmp_path: Path) -> None:
    # Two pages of the seed's indicator table, as pdftotext ends a page with a form feed.
    text = "一级指标\t二级指标\n产出指标\t数量指标\n\f满意度指标\t服务对象满意度指标\n"
    first, second = read_grids(_write(tmp_path / "p.txt", text, "utf-8"))
    # The line break before the form feed ends page 1's last line; it starts no row.
    assert _values(first) == [["一级指标", "二级指标"], ["产出指标", "数量指标"]]
    assert _values(second) == [["满意度指标", "服务对象满意度指标"]]
    assert (first.source.page, second.source.page) == (1, 2)
    assert second.rows[0][1].place.page == 2
    assert second.rows[0][1].place.row == 1


@pytest.mark.parametrize("encoding", ["utf-8-sig", "gbk", "utf-16"])
def test_csv_as_a_spreadsheet_exports_it(tmp_path: Path, encoding: str) -> None:
    # Tianjin rows, with a cell holding a comma, quotes and an Alt+Enter line break.
    rows = [
        ["项目名称", "安全隐患维修", ""],
        ["绩效目标", '1.维修审判大楼玻璃幕墙等,消除"外延脱落"安全隐患。', ""],
        ["三级指标", "维修面积\r\n(平方米)", "≥400平方米"],
        [],
        ["成本指标", "项目成本", "20万元"],
    ]
    buffer = io.StringIO(newline="")
    csv.writer(buffer).writerows(rows)
    path = _write(tmp_path / "f.csv", buffer.getvalue(), encoding)
    (table,) = read_grids(path)
    assert _values(table) == [[cell or None for cell in row] for row in rows]
    assert table.rows[4][2].place.row == 5


def test_tsv_and_format_override(tmp_path: Path) -> None:
    rows = [["指标名称", "指标值"], ["案例制作完成及时性", ">=90%"], ["含\t制表符", '"引号"']]
    buffer = io.StringIO(newline="")
    csv.writer(buffer, dialect="excel-tab").writerows(rows)
    (table,) = read_grids(_write(tmp_path / "f.tsv", buffer.getvalue(), "utf-8"))
    assert _values(table) == rows
    (same,) = read_grids(_write(tmp_path / "f.dat", buffer.getvalue(), "utf-8"), format="tsv")
    assert same == table
    with pytest.raises(FieldError, match="format"):
        read_grids(tmp_path / "f.tsv", format="xlsx")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("name", "data", "fragment"),
    [
        ("e.csv", b"", "no text"),
        ("e.txt", b" \r\n\t\n", "no text"),
        ("q.csv", '指标,"满意度\n≥95%\n'.encode(), "quoting"),
        ("q.tsv", '指标\t"满意度"x\n'.encode(), "quoting"),
        ("b.csv", b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00", "not a text file"),
        ("g.txt", "指标\t满意度".encode("gb18030")[:-1], "cannot decode"),
    ],
)
def test_bad_files_are_form_errors(tmp_path: Path, name: str, data: bytes, fragment: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(FormError, match=fragment) as caught:
        read_grids(path)
    (problem,) = caught.value.problems
    assert problem.where.file == str(path)


def test_broken_quote_names_its_line(tmp_path: Path) -> None:
    path = _write(tmp_path / "q.csv", 'a,b\nc,d\ne,"f"g\n', "utf-8")
    with pytest.raises(FormError) as caught:
        read_grids(path)
    assert caught.value.problems[0].where.row == 3


def test_paths(tmp_path: Path) -> None:
    with pytest.raises(FieldTypeError, match="path"):
        read_grids(b"a.csv")  # type: ignore[arg-type]
    with pytest.raises(ReadError):
        read_grids(tmp_path / "missing.csv")


_DAMAGE = st.one_of(
    st.tuples(st.just("cut"), st.integers(min_value=0, max_value=10_000)),
    st.tuples(st.just("flip"), st.integers(min_value=0, max_value=10_000), st.integers(1, 255)),
)


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    damage=_DAMAGE, kind=st.sampled_from(["tianjin.txt", "hunan.txt", "tianjin.csv", "hunan.tsv"])
)
def test_damaged_files_give_grids_or_library_errors(
    tmp_path: Path, tianjin: str, hunan: str, damage: tuple[object, ...], kind: str
) -> None:
    text = tianjin if kind.startswith("tianjin") else hunan
    data = bytearray(text.encode("gb18030"))
    if damage[0] == "cut":
        data = data[: int(str(damage[1])) % (len(data) + 1)]
    else:
        at = int(str(damage[1])) % len(data)
        data[at] ^= int(str(damage[2]))
    path = tmp_path / kind
    path.write_bytes(bytes(data))
    try:
        tables = read_grids(path)
    except PerfIndicatorError:
        return
    for table in tables:
        for row in table.rows:
            assert all(cell.value is None or isinstance(cell.value, str) for cell in row)
            assert all(cell.value != "" for cell in row)


# Assigned characters only: no writer puts unassigned or private-use code points in a form,
# and a few bytes of one in GB18030 are also valid text of other legacy encodings, which
# no reader can tell apart (Hypothesis found U+2FC98 alone read as three CJK characters).
_TEXT = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Cn", "Co")),
        st.sampled_from("项目名称≥≤％,\"' \t\n\r|"),
    ),
    max_size=12,
)
_VALUE = values_of(_TEXT)


@settings(max_examples=80, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    rows=st.lists(st.lists(_VALUE, max_size=5), max_size=6),
    form=st.sampled_from(["csv", "tsv"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "utf-16"]),
)
def test_csv_written_by_a_spreadsheet_writer_reads_back(
    tmp_path: Path, rows: list[list[object]], form: str, encoding: str
) -> None:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, dialect="excel" if form == "csv" else "excel-tab").writerows(rows)
    text = buffer.getvalue()
    if not text.strip():
        return  # a file of nothing: refused, tested above
    path = tmp_path / f"r.{form}"
    path.write_bytes(text.encode(encoding))
    # The csv writer writes None as an empty field, other values as str() does; an empty
    # field is an empty cell, everything else text as written.
    expected = grid([[None if v is None or str(v) == "" else str(v) for v in row] for row in rows])
    assert read_grids(path) == [expected]


def test_decode_text_refuses_what_decodes_nowhere() -> None:
    # 指标 is bytes 0-3 in GB18030, then the first byte of 满 followed by 0xFF, which no
    # GB18030 character has as its second byte: it breaks at offset 4. And a NUL is no text.
    with pytest.raises(FormError, match="GB18030 up to byte 0xC2 at offset 4"):
        decode_text("指标满意度".encode("gb18030")[:5] + b"\xff", source="x.txt")
    with pytest.raises(FormError, match="U\\+0000"):
        decode_text(b"ok\x00", source="x.txt")


def test_real_forms_decode_from_every_encoding(tianjin: str, hunan: str) -> None:
    for text in (tianjin, hunan):
        for encoding in ("utf-8", "utf-8-sig", "gb18030", "utf-16", "utf-16-be"):
            data = text.encode(encoding)
            if encoding == "utf-16-be":
                data = b"\xfe\xff" + data
            assert decode_text(data) == text


def test_big5_is_told_from_gb18030_by_the_detector() -> None:
    # Traditional-script rows of the Tianjin form in Big5, which GB18030 decodes as nonsense.
    text = (
        "產出指標 數量指標 維修面積 維修面積 400平方米\n滿意度指標 服務對象滿意度指標 幹警滿意度\n"
    )
    assert decode_text(text.encode("big5")) == text


def test_a_short_gb18030_line_is_not_taken_for_utf16(tmp_path: Path) -> None:
    # `,?\xa0` and a line break in GB18030 is 8 bytes that also decode as BOM-less UTF-16
    # (as 'ⰿ脰萲ഊ', no line break): found by the property above; GB18030 is the reading.
    path = tmp_path / "r.csv"
    path.write_bytes(",?\xa0\r\n".encode("gb18030"))
    (table,) = read_grids(path)
    assert [[cell.value for cell in row] for row in table.rows] == [[None, "?\xa0"]]
