"""HTML pages read as grids: tables as county websites publish forms, spans, encodings.

Expected cells are written from the form text by hand, position by position.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from perfindicator.documents.grid import Grid, grid
from perfindicator.errors import FieldTypeError, FormError, PerfIndicatorError, ReadError
from perfindicator.io.html import MAX_CELLS, read_grids
from tests.cells import values_of

NBSP = "\xa0"

# The indicator block of the Hunan 2018 申报表 (衡阳市南岳区, 旅游扶贫基础设施, in
# tests/data/forms/hengyang_nanyue_2018_lvyou_fupin_jichusheshi.txt), as nanyue.gov.cn
# publishes it: a Word table saved as HTML, in GBK, the level-1 and level-2 cells merged
# down, 备注 cells holding &nbsp; or nothing.
HUNAN_PAGE = """<html><head>
<meta http-equiv=Content-Type content="text/html; charset=gb2312">
<style>td {font-size: 10.5pt}</style>
<script>var table = "<table><tr><td>not a cell</td></tr></table>";</script>
</head><body>
<p align=center>2018年市级专项扶贫资金基础设施(人大代表扶贫基地)绩效目标申报表</p>
<table border=1 cellspacing=0>
 <tr><th rowspan="8">绩效指标</th><th>一级指标</th><th>二级指标</th><th>三级指标</th>
  <th>指标值</th><th>备注</th></tr>
 <tr>
  <td width=80 rowspan=4 style='border:solid windowtext 1.0pt'>
  <p class=MsoNormal align=center><span lang=EN-US>产出</span><span>指标</span></p>
  </td>
  <td rowspan=3>数量指标</td><td>贫困地区旅游基础设施建设工程</td><td>&gt;=20平方米</td>
  <td>&nbsp;</td></tr>
 <tr><td>贫困地区旅游景点开发数量( ≥**个 )</td><td>&gt;=4个</td><td></td></tr>
 <tr><td>流转土地</td><td>&gt;=60亩</td><td></td></tr>
 <tr><td>质量指标</td><td>*贫困地区旅游基础设施建设质量达标率100%</td><td>&gt;=98%</td><td></td></tr>
 <tr><td rowspan=3>满意度指标</td><td rowspan=3>服务对象<br>满意度指标</td>
  <td>旅游行业经营主体满意度(≥**%)</td><td>&gt;=90%</td><td></td></tr>
 <tr><td>参与旅游扶贫项目贫困群众满意度(≥**%)</td><td>&gt;=90%</td><td></td></tr>
 <tr><td>游客满意度(≥**%)</td><td>&gt;=90%</td><td></td></tr>
</table></body></html>"""

HUNAN_GRID = [
    ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "备注"],
    [None, "产出指标", "数量指标", "贫困地区旅游基础设施建设工程", ">=20平方米", NBSP],
    [None, None, None, "贫困地区旅游景点开发数量( ≥**个 )", ">=4个", None],
    [None, None, None, "流转土地", ">=60亩", None],
    [None, None, "质量指标", "*贫困地区旅游基础设施建设质量达标率100%", ">=98%", None],
    [None, "满意度指标", "服务对象\n满意度指标", "旅游行业经营主体满意度(≥**%)", ">=90%", None],
    [None, None, None, "参与旅游扶贫项目贫困群众满意度(≥**%)", ">=90%", None],
    [None, None, None, "游客满意度(≥**%)", ">=90%", None],
]


def _values(table: Grid) -> list[list[object]]:
    return [[cell.value for cell in row] for row in table.rows]


def _page(tmp_path: Path, text: str, encoding: str = "utf-8", name: str = "p.html") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_county_page_with_merged_cells(tmp_path: Path) -> None:
    path = _page(tmp_path, HUNAN_PAGE, "gbk", "form.htm")
    (table,) = read_grids(path)
    assert _values(table) == HUNAN_GRID
    cell = table.rows[4][2]
    assert (cell.place.file, cell.place.sheet, cell.place.row, cell.place.column) == (
        str(path), "table 1", 5, 3
    )  # fmt: skip
    assert table.source.sheet == "table 1"


def test_several_tables_in_page_order_and_nested_tables(tmp_path: Path) -> None:
    # The Tianjin 2023 项目支出绩效目标表 (天津市河北区人民法院, 安全隐患维修), as its page
    # lays it out: a layout table around a header table and an indicator table.
    page = """<table><tr><td>3.法院办案业务-2023中央绩效目标表
      <table><tr><td>项目名称</td><td colspan=5>安全隐患维修</td></tr>
        <tr><td>预算规模及资金用途</td><td>预算数</td><td>20.00</td><td>其中:财政 资金</td>
            <td>20.00</td><td>其他资金</td></tr></table>
      单位:万元</td></tr></table>
    <table>
      <thead><tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>绩效指标描述</th><th>指标值</th></tr></thead>
      <tbody><tr><td>产出指标</td><td>数量指标</td><td>维修面积</td><td>维修面积</td><td>≥400平方米</td></tr>
      <tr><td>成本指标</td><td>项目成本</td><td>项目成本</td><td>20万元</td><td></td></tr></tbody>
    </table>"""
    layout, header, indicators = read_grids(_page(tmp_path, page))
    # The outer cell keeps its own text around the inner table; the inner table's is its own.
    assert _values(layout) == [["3.法院办案业务-2023中央绩效目标表 单位:万元"]]
    assert _values(header) == [
        ["项目名称", "安全隐患维修", None, None, None, None],
        ["预算规模及资金用途", "预算数", "20.00", "其中:财政 资金", "20.00", "其他资金"],
    ]
    assert _values(indicators)[1:] == [
        ["产出指标", "数量指标", "维修面积", "维修面积", "≥400平方米"],
        ["成本指标", "项目成本", "项目成本", "20万元", None],
    ]
    assert [t.source.sheet for t in (layout, header, indicators)] == [
        "table 1", "table 2", "table 3"
    ]  # fmt: skip


def test_cell_text_as_a_browser_shows_it(tmp_path: Path) -> None:
    page = """<table><caption> 项目支出绩效目标表 </caption>
      <tr><td>  1.维修审判大楼
            玻璃幕墙等,<br/>消除外延脱落安全隐患。 </td>
          <td><p>计划标准</p><p></p><div>行业标准</div></td>
          <td>&lt;=475元/&#20137;&amp;&#x4EA9;</td>
          <td><br>前<br><br>后<br></td>
          <td>\u3000全角\u3000</td><td><style>p{}</style><!-- note -->x</td></tr></table>"""
    (table,) = read_grids(_page(tmp_path, page))
    assert _values(table) == [
        ["项目支出绩效目标表", None, None, None, None, None],
        [
            "1.维修审判大楼 玻璃幕墙等,\n消除外延脱落安全隐患。",
            "计划标准\n行业标准",
            "<=475元/亩&亩",
            "前\n\n后",
            "\u3000全角\u3000",
            "x",
        ],
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # rowspan="0" reaches the end of its row group, and no span crosses into the next.
        (
            "<tbody><tr><td rowspan=0>a</td><td>b</td></tr><tr><td>c</td></tr>"
            "<tr><td>d</td></tr></tbody><tbody><tr><td rowspan=5>e</td></tr></tbody>"
            "<tr><td>f</td></tr>",
            [["a", "b"], [None, "c"], [None, "d"], ["e"], ["f"]],
        ),
        # Spans as browsers read them: "2px" is 2, "x" is 1, colspan 0 is 1.
        (
            "<tr><td colspan='2px'>a</td><td colspan=x>b</td><td colspan=0>c</td></tr>",
            [["a", None, "b", "c"]],
        ),
        # A rowspan below the last row ends there; a row reaches as far as a span from above.
        (
            "<tr><td>a</td><td rowspan=9>b</td></tr><tr></tr>",
            [["a", "b"], [None, None]],
        ),
        # A span ends with its last row: the row below it is as long as its own cells.
        (
            "<tr><td>a</td><td rowspan=2>b</td></tr><tr><td>c</td></tr><tr><td>d</td></tr>",
            [["a", "b"], ["c", None], ["d"]],
        ),
        # A cell outside <tr> opens a row; a span covering the next row's first column.
        (
            "<td rowspan=2 colspan=2>a</td><td>b</td><tr><td>c</td>",
            [["a", None, "b"], [None, None, "c"]],
        ),
        # colspan is at most 1000, however many digits.
        ("<tr><td colspan=99999999999999999999>a</td></tr>", [["a", *[None] * 999]]),
        # An empty table is a grid of no rows.
        ("", []),
    ],
)
def test_spans(tmp_path: Path, body: str, expected: list[list[object]]) -> None:
    (table,) = read_grids(_page(tmp_path, f"<table>{body}</table>"))
    assert _values(table) == expected


@pytest.mark.parametrize(
    ("head", "encoding"),
    [
        ('<meta charset="GB2312">', "gbk"),
        ("<META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=gbk'>", "gb18030"),
        ('<?xml version="1.0" encoding="gb2312"?>', "gbk"),
        ("", "gb18030"),  # no declaration: found
        ('<meta charset="utf-8">', "gbk"),  # a wrong declaration: found anyway
        ('<meta charset="gb2312">', "utf-8"),  # a stale one: valid UTF-8 wins
        ('<meta charset="utf-8">', "utf-16"),  # a byte order mark wins
        ('<meta charset="big5">', "big5"),  # honoured, where GB18030 would misread
    ],
)
def test_encodings(tmp_path: Path, head: str, encoding: str) -> None:
    # Cells of the Tianjin form; in traditional script where the page is Big5.
    cells = ["滿意度指標", "幹警滿意度"] if encoding == "big5" else ["满意度指标", "干警满意度"]
    page = f"{head}<table><tr><td>{cells[0]}</td><td>{cells[1]}</td></tr></table>"
    (table,) = read_grids(_page(tmp_path, page, encoding))
    assert _values(table) == [cells]


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (b"", "no <table>"),
        ("<p>项目支出绩效目标表</p>".encode(), "no <table>"),
        (b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00", "not a text file"),
        ("<table><td>满意度".encode("gb18030")[:-1], "cannot decode"),
        (b"<table><![foo[ x ]]></table>", "malformed HTML"),
        (b"<table><tr>" + b"<td colspan=1000>" * (MAX_CELLS // 1000 + 1), "more than 1,000,000"),
        (b"<table><tr><td colspan=1000 rowspan=0>" + b"<tr>" * (MAX_CELLS // 1000 + 1), "cells"),
    ],
)
def test_bad_pages_are_form_errors(tmp_path: Path, data: bytes, fragment: str) -> None:
    path = tmp_path / "bad.html"
    path.write_bytes(data)
    with pytest.raises(FormError, match=fragment) as caught:
        read_grids(path)
    (problem,) = caught.value.problems
    assert problem.where.file == str(path)


def test_paths(tmp_path: Path) -> None:
    with pytest.raises(FieldTypeError, match="path"):
        read_grids(3)  # type: ignore[arg-type]
    with pytest.raises(ReadError):
        read_grids(tmp_path / "missing.html")


@pytest.mark.parametrize(
    "unit",
    [
        "<tr><td rowspan=3>产出指标</td><td>维修面积</td><td>&gt;=400平方米</td></tr>\n",
        "<",
        "&",
        "<td",
        "<table>",
        "<!--",
        "<br>",
        "<td colspan=2>",
    ],
)
def test_a_megabyte_page_reads_in_linear_time(tmp_path: Path, unit: str) -> None:
    # 1 MB of each: a quadratic step in the reader or the parser would take minutes here.
    body = unit * (1_000_000 // len(unit.encode()))
    path = _page(tmp_path, f"<table>{body}</table>")
    try:
        tables = read_grids(path)
    except FormError:
        return  # refused, as a page of too many cells is
    assert tables


_DAMAGE = st.one_of(
    st.tuples(st.just("cut"), st.integers(min_value=0, max_value=5_000)),
    st.tuples(st.just("flip"), st.integers(min_value=0, max_value=5_000), st.integers(1, 255)),
)


@settings(max_examples=80, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(damage=_DAMAGE)
def test_damaged_pages_give_grids_or_library_errors(
    tmp_path: Path, damage: tuple[object, ...]
) -> None:
    data = bytearray(HUNAN_PAGE.encode("gbk"))
    if damage[0] == "cut":
        data = data[: int(str(damage[1])) % (len(data) + 1)]
    else:
        data[int(str(damage[1])) % len(data)] ^= int(str(damage[2]))
    path = tmp_path / "damaged.html"
    path.write_bytes(bytes(data))
    try:
        tables = read_grids(path)
    except PerfIndicatorError:
        return
    for table in tables:
        for row in table.rows:
            assert all(cell.value is None or isinstance(cell.value, str) for cell in row)


# Cell text in the form a browser shows: no HTML white space at either end of a line, no
# run of it inside (U+3000 and &nbsp; are text, not HTML white space).
_WORD = st.text(
    alphabet=st.characters(
        codec="utf-8", exclude_categories=("Cs", "Cc"), exclude_characters=" \u0085"
    ),
    min_size=1,
    max_size=6,
)
_LINE = st.lists(_WORD, min_size=1, max_size=3).map(" ".join)
_TEXT = st.lists(_LINE, min_size=1, max_size=3).map("\n".join)
_VALUE = values_of(_TEXT)


@settings(max_examples=80, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    tables=st.lists(st.lists(st.lists(_VALUE, max_size=5), max_size=5), min_size=1, max_size=3),
    encoding=st.sampled_from(["utf-8", "gb18030", "utf-16"]),
)
def test_tables_written_as_html_read_back(
    tmp_path: Path, tables: list[list[list[object]]], encoding: str
) -> None:
    def cell(value: object) -> str:
        text = "" if value is None else str(value)
        return "<td>" + "<br>".join(html.escape(line) for line in text.split("\n")) + "</td>"

    page = "".join(
        "<table>\n" + "".join(f"<tr>{''.join(map(cell, row))}</tr>\n" for row in rows) + "</table>"
        for rows in tables
    )
    path = _page(tmp_path, f'<meta charset="{encoding}">{page}', encoding)
    expected = [
        grid([[None if v is None else str(v) for v in row] for row in rows]) for rows in tables
    ]
    assert read_grids(path) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # One run of text, as most cells are: its white space collapsed and trimmed.
        ("<td>\n  产出\t 指标\r\n </td>", "产出 指标"),
        # Only white space, or nothing at all, is an empty cell.
        ("<td> \n\t</td>", None),
        ("<td></td>", None),
        # &nbsp; and the ideographic space are text, kept at the ends too.
        ("<td>\xa0数量 \u3000</td>", "\xa0数量 \u3000"),
        # Attributes that are no span leave the cell one position wide, th or td alike.
        ("<th class=x width='80'> 指标值 </th>", "指标值"),
        # A span of 1 written out is the same cell.
        ("<td colspan=1 rowspan=1>a</td>", "a"),
    ],
)
def test_a_cell_of_one_run_of_text(tmp_path: Path, body: str, expected: str | None) -> None:
    (table,) = read_grids(_page(tmp_path, f"<table><tr>{body}<td>b</td></tr></table>"))
    assert _values(table) == [[expected, "b"]]


_SPACED = st.text(alphabet=" \t\n\r\f\xa0\u3000a指", max_size=8)


@settings(max_examples=80, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(before=_SPACED, after=_SPACED)
def test_an_inline_tag_inside_a_cell_changes_no_text(
    tmp_path: Path, before: str, after: str
) -> None:
    # <span> splits the text into two runs; a browser shows the same text as without it.
    split = f"<td>{html.escape(before)}<span></span>{html.escape(after)}</td>"
    whole = f"<td>{html.escape(before + after)}</td>"
    (table,) = read_grids(_page(tmp_path, f"<table><tr>{split}</tr><tr>{whole}</tr></table>"))
    # HTML's white space (not &nbsp; nor U+3000) collapses to one space, trimmed at the ends.
    words = re.split("[ \t\n\r\f]+", before + after)
    shown = " ".join(words).strip(" ") or None
    assert _values(table) == [[shown], [shown]]
