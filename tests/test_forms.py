"""Reading and writing declaration forms: the seed, errors, round trips and damaged layouts."""

from __future__ import annotations

import datetime
from decimal import Decimal
from pathlib import Path

import attrs
import pytest
from hypothesis import given, reject
from hypothesis import strategies as st

from perfindicator import (
    FieldError,
    FormError,
    Goals,
    Indicator,
    Level2,
    Project,
    format_form,
    parse_target,
    read_forms,
)
from perfindicator.strategies import projects

from .seed import PROJECTS


def test_seed_reads_as_three_projects_indicator_by_indicator(seed_text: str) -> None:
    projects_read = read_forms(seed_text)
    assert [p.name for p in projects_read] == [
        "12348公共法律服务平台政府购买法律咨询服务",
        "弱电安防",
        "司法行政其他业务支出",
    ]
    assert [len(p.indicators) for p in projects_read] == [15, 17, 43]
    for project, rows in zip(projects_read, PROJECTS, strict=True):
        # tests/seed.py gives the reasoning for each damaged row.
        expected = [(l2, n, None if t is None else parse_target(t)) for l2, n, t in rows]
        assert [(i.level2, i.name, i.target) for i in project.indicators] == expected


def test_seed_header_funding_and_goals(seed_projects: list[Project]) -> None:
    first = seed_projects[0]
    assert (first.year, first.category, first.department, first.implementing_unit) == (
        2022,
        "经常性项目",
        "上海市司法局",
        "上海市司法局",
    )
    assert (first.start, first.end) == (datetime.date(2022, 1, 1), datetime.date(2022, 12, 31))
    f = first.funding
    assert (f.total, f.fiscal, f.other) == (Decimal(15399720), Decimal(15399720), None)
    assert (f.annual_request, f.appropriation, f.carryover, f.annual_other) == (
        Decimal(15399720),
        Decimal(15399720),
        None,
        None,
    )
    assert first.goals.period == (2022, 2022)
    assert first.goals.overall.startswith("满足群众日益增长的法律服务需求")
    assert first.goals.annual == first.goals.overall


def test_seed_round_trips_through_format_form(seed_projects: list[Project]) -> None:
    assert read_forms("".join(format_form(p) for p in seed_projects)) == seed_projects


def _form(table: str) -> str:
    return (
        "财政项目支出绩效目标申报表\n(2022年度)\n"
        "项目名称\t测试项目\t项目类别\t经常性项目\t\n"
        "计划开始日期\t2022-01-01\t计划完成日期\t2022-12-31\t\n"
        "绩效指标\t一级指标\t二级指标\t三级指标\t指标目标值\n" + table
    )


# Rows of `_form("")`: 1 title, 2 year, 3 name and category, 4 dates, 5 table header, 6 the
# first row of `table`. Each case lists every problem: (row, column, what the message says,
# the text quoted), worked out from the layout by hand.
_CASES: list[tuple[str, list[tuple[int | None, int | None, str, str | None]]]] = [
    ("", [(None, None, "no form found", None)]),
    ("\n \t\n", [(None, None, "no form found", None)]),
    ("说明\n" + _form(""), [(1, None, "expected the title line", "说明")]),
    (
        "财政项目支出绩效目标申报表\n项目名称\tx\n",
        [
            (1, None, "no 计划开始日期", "财政项目支出绩效目标申报表"),
            (1, None, "no 计划完成日期", "财政项目支出绩效目标申报表"),
            (2, None, "budget year", "项目名称\tx"),
        ],
    ),
    (
        _form("").replace("项目名称\t测试项目\t项目类别\t经常性项目\t\n", ""),
        [(1, None, "no 项目名称", "财政项目支出绩效目标申报表")],
    ),
    (_form("").replace("2022-01-01", "2022年1月1日"), [(4, 2, "must be a date", "2022年1月1日")]),
    (_form("").replace("2022-01-01", "20220101"), [(4, 2, "must be a date", "20220101")]),
    (_form("\t\t\t在线接答率\t>=95%\n"), [(6, 4, "before any level-2 label", "在线接答率")]),
    (
        _form("\t产出指标\t数量指标\t接通率\t>=95%\t多余\n"),
        [(6, None, "got 3 cells", "\t产出指标\t数量指标\t接通率\t>=95%\t多余")],
    ),
    (_form("\t产出指标\t数量指标\t接通率\t>=abc\n"), [(6, 5, "expected a number", ">=abc")]),
    (_form("\t产出指标\t数量指标\t>=95%\n"), [(6, 4, "without an indicator name", ">=95%")]),
    (_form("").replace("项目类别", "项目类型"), [(3, 3, "unexpected cell", "项目类型")]),
    (
        _form("").replace("绩效指标", "项目资金\t项目资金总额\t1,5,0\n绩效指标", 1),
        [(5, 3, "amount in yuan", "1,5,0")],
    ),
    (
        _form("").replace("绩效指标", "随便写的一行\n绩效指标", 1),
        [(5, None, "table header", "随便写的一行")],
    ),
    # Every bad indicator row is named, not only the first; the good rows between are read.
    (
        _form(
            "\t产出指标\t数量指标\t接通率\t>=abc\n"
            "\t\t\t到位率\t=100%\n"
            "\t\t\t案例数\t>=500条\t多余\n"
            "\t\t\t>=95%\n"
        ),
        [
            (6, 5, "expected a number", ">=abc"),
            (8, None, "got 3 cells", "\t\t\t案例数\t>=500条\t多余"),
            (9, 4, "without an indicator name", ">=95%"),
        ],
    ),
    # Swapped cells (issue 11, family 7): a name that reads as a target beside words.
    (
        _form("\t产出指标\t质量指标\t<=2%\t法律咨询致命错误率\n"),
        [(6, 4, "swapped", "<=2%")],
    ),
    (
        _form("\t产出指标\t时效指标\t2022年12月31日前\t及时\n"),
        [(6, 4, "swapped", "2022年12月31日前")],
    ),
    # Line separators and control characters inside a cell (family 4): refused, named by the
    # row the file's own line count gives, and the cell.
    (_form("\t产出指标\t数量指标\t接通\u2028率\t>=95%\n"), [(6, 4, "U+2028", "接通\u2028率")]),
    (_form("\t产出指标\t数量指标\t接通率\t>=9\u20295%\n"), [(6, 5, "U+2029", ">=9\u20295%")]),
    (_form("\t产出指标\t数量指标\t接通\f率\t>=95%\n"), [(6, 4, "U+000C", "接通\f率")]),
    (_form("\t产出指标\t数量指标\t接通\x85率\t>=95%\n"), [(6, 4, "U+0085", "接通\x85率")]),
    (
        _form("\t产出指标\t数量指标\t接通\x1b率\t>=95%\n"),
        [(6, 4, "control character", "接通\x1b率")],
    ),
    (_form("").replace("测试项目", "测试\u2028项目"), [(3, 2, "U+2028", "测试\u2028项目")]),
    # A page break does not shift the rows after it.
    (
        _form("\f\t产出指标\t数量指标\t接通率\t>=95%\n\f\t\t\t到位率\t>=abc\n"),
        [(7, 5, "expected a number", ">=abc")],
    ),
    # A label given twice: never last-wins (or first-wins). The second is named, and the
    # message names the row of the first.
    (
        _form("").replace("项目名称\t测试项目", "项目名称\t测试项目\n项目名称\t别的名字", 1),
        [(4, 1, "项目名称 is given twice: on row 3", "项目名称")],
    ),
    (
        _form("").replace("项目类别\t经常性项目", "项目类别\t经常性项目\t项目名称\t别的名字", 1),
        [(3, 5, "项目名称 is given twice: earlier on the same row", "项目名称")],
    ),
    (
        _form("").replace(
            "绩效指标\t一级", "项目资金\t项目资金总额\t1\n\t项目资金总额\t2\n绩效指标\t一级", 1
        ),
        [(6, 2, "项目资金总额 is given twice: on row 5", "项目资金总额")],
    ),
    (
        _form("").replace(
            "绩效指标\t一级",
            "项目绩效目标\t项目总目标\t\t年度总目标\t\n\t(2022年-2023年)\n\t(2022年-2024年)\n绩效指标\t一级",
            1,
        ),
        [(7, 2, "the period of the goals is given twice: on row 6", "(2022年-2024年)")],
    ),
    # 其中：财政资金 and 财政资金 are the same amount.
    (
        _form("").replace(
            "绩效指标\t一级", "项目资金\t其中：财政资金\t1\t财政资金\t1\n绩效指标\t一级", 1
        ),
        [(5, 4, "财政资金 is given twice: earlier on the same row", "财政资金")],
    ),
    # A table header row with an indicator on it: named, never skipped with it.
    (
        _form(
            "\t产出指标\t数量指标\t接通率\t>=95%\n一级指标\t二级指标\t三级指标\t指标目标值\t到位率\n"
        ),
        [(7, 5, "a table header row holds '到位率'", "到位率")],
    ),
    (
        _form("\t产出指标\t数量指标\t接通率\t>=95%\n").replace(
            "指标目标值", "指标目标值\t到位率", 1
        ),
        [(5, 6, "a table header row holds '到位率'", "到位率")],
    ),
    # ASCII digits only: `\d` would read the digits of any script as a year or an amount.
    (_form("").replace("(2022年度)", "(٢٠٢٢年度)"), [(2, None, "budget year", "(٢٠٢٢年度)")]),
    (
        _form("").replace("绩效指标\t一级", "项目资金总额\t١٥\n绩效指标\t一级", 1),
        [(5, 2, "amount in yuan", "١٥")],
    ),
    # Two forms: the problems of both.
    (
        _form("\t\t\t在线接答率\t>=95%\n") + _form("\t产出指标\t数量指标\t接通率\t>=abc\n"),
        [(6, 4, "before any level-2 label", "在线接答率"), (12, 5, "expected a number", ">=abc")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), _CASES)
def test_unreadable_forms_name_every_problem(
    text: str, expected: list[tuple[int | None, int | None, str, str | None]]
) -> None:
    with pytest.raises(FormError) as caught:
        read_forms(text)
    found = [(p.where.row, p.where.column, p.message_en, p.text) for p in caught.value.problems]
    assert len(found) == len(expected), found
    for (row, column, message, quoted), (e_row, e_column, fragment, e_text) in zip(
        found, expected, strict=True
    ):
        assert (row, column, quoted) == (e_row, e_column, e_text)
        assert fragment in message
    assert all(p.code == "form" and p.message_zh for p in caught.value.problems)


def test_problems_name_the_source_file() -> None:
    with pytest.raises(FormError) as caught:
        read_forms("说明\n", source="forms/a.txt")
    (problem,) = caught.value.problems
    assert str(problem.where) == "forms/a.txt:1"
    with pytest.raises(FormError) as caught:
        read_forms(_form("\t产出指标\t数量指标\t接通率\t>=abc\n"), source="a.txt")
    assert str(caught.value.problems[0].where) == "a.txt:6:5"


@pytest.mark.parametrize("source", [b"a.txt", Path("a.txt"), 1])
def test_read_forms_takes_text_and_a_source_name_only(source: object) -> None:
    with pytest.raises(TypeError, match="source"):
        read_forms("", source=source)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="text"):
        read_forms(b"")  # type: ignore[arg-type]


def test_harmless_edits_read_the_same(seed_text: str, seed_projects: list[Project]) -> None:
    """A BOM, CRLF, page breaks and invisible characters at cell edges change nothing."""
    lines = seed_text.split("\n")
    edited = (
        "\ufeff"
        + "\r\n".join(
            ("\f" if k % 7 == 0 else "") + line.replace("\t", "\u200b\t\ufeff")
            for k, line in enumerate(lines)
        )
        + "\f"
    )
    assert read_forms(edited) == seed_projects


@pytest.mark.parametrize(
    "debris",
    [
        "\ufeff",
        "\u200b",
        "\u200b\u200c\u2060",
        " \u3000\u200b",
        "\f",
        "\u2028",
        # Default-ignorable as the grammar has it: a variation selector, the Hangul filler,
        # the combining grapheme joiner, a tag character.
        "\ufe0f",
        "\u3164",
        "\u034f",
        "\U000e0020",
    ],
)
def test_a_cell_of_invisible_characters_is_empty(debris: str, seed_projects: list[Project]) -> None:
    project = seed_projects[1]
    text = format_form(project)
    # After the table and in empty cells of every row: no indicator, no cell is invented.
    padded = text.replace("\t\t", f"\t{debris}\t") + f"\t\t\t{debris}\n{debris}\n"
    assert read_forms(padded) == [project]


def test_other_layouts_are_not_silently_read(root: Path) -> None:
    paths = sorted((root / "tests/data/forms").glob("*.txt"))
    assert paths
    for path in paths:
        with pytest.raises(FormError, match="title line"):
            read_forms(path.read_text(encoding="utf-8"))


def test_format_form_refuses_what_would_not_read_back(seed_projects: list[Project]) -> None:
    base = seed_projects[0]
    first = base.indicators[0]
    for name in ["数量指标", "群众满意度", "三级指标"]:
        indicator = Indicator(level2=first.level2, name=name, target=first.target)
        with pytest.raises(FormError, match="read back") as caught:
            format_form(attrs.evolve(base, indicators=(indicator,)))
        (problem,) = caught.value.problems
        assert problem.text == name
    swapped = Indicator(
        level2=Level2.QUALITY, name="<=2%", target=parse_target("法律咨询致命错误率")
    )
    with pytest.raises(FormError, match="swapped"):
        format_form(attrs.evolve(base, indicators=(swapped,)))
    with pytest.raises(FormError):
        format_form(attrs.evolve(base, goals=Goals(overall="(2022年-2023年)")))
    # Every text at fault is named, not only the first.
    bad = [Indicator(level2=first.level2, name=n, target=None) for n in ("数量指标", "三级指标")]
    with pytest.raises(FormError) as caught:
        format_form(attrs.evolve(base, name="项目名称", indicators=tuple(bad)))
    assert [p.text for p in caught.value.problems] == ["项目名称", "数量指标", "三级指标"]


@pytest.mark.parametrize(
    ("name", "refused_by"),
    [
        # No cell can hold them: the model refuses them in every text.
        ("接通\u2028率", "model"),
        ("\u200b接通率", "model"),
        ("接通率\ufeff", "model"),
        ("接通\x85率", "model"),
        ("接通率\ufe0f", "model"),
        ("\u3164接通率", "model"),
        # A cell holds them, but the reader would take them for something else.
        ("数量指标", "writer"),  # a level-2 label
        ("指标目标值", "writer"),  # a header word
        ("--", "writer"),  # a separator row
        ("群众满意度", "writer"),  # a satisfaction indicator, here under 数量指标
        (">=95%", "writer"),  # a target without an indicator name
    ],
)
def test_names_no_cell_can_hold_are_refused_by_the_model_or_the_writer(
    name: str, refused_by: str, seed_projects: list[Project]
) -> None:
    """Each name reaches the refusal it is listed under, and never a form."""
    base = seed_projects[0]
    if refused_by == "model":
        with pytest.raises(FieldError) as refused:
            Indicator(level2=Level2.QUANTITY, name=name, target=None)
        assert refused.value.field == "name"
        return
    indicator = Indicator(level2=Level2.QUANTITY, name=name, target=None)
    with pytest.raises(FormError, match="read back") as caught:
        format_form(attrs.evolve(base, indicators=(indicator,)))
    assert [p.text for p in caught.value.problems] == [name]


def test_a_refused_project_is_a_form_that_cannot_be_written(seed_projects: list[Project]) -> None:
    project = attrs.evolve(seed_projects[0], name="项目名称")
    with pytest.raises(FormError) as caught:
        format_form(project)
    assert caught.value.writing
    assert str(caught.value).startswith("cannot write the form (无法写出表格)")
    # Reading keeps its own heading.
    with pytest.raises(FormError) as caught:
        read_forms("")
    assert not caught.value.writing
    assert str(caught.value).startswith("cannot read the form (申报表无法读取)")


@pytest.mark.parametrize(
    "text",
    ["(2022年度)", "（2022 年度）", "(2022年-2023年)", "(2022 年 - 2023年)", "(2022-2023)"],
)
def test_a_project_text_that_reads_as_a_label_is_refused(
    text: str, seed_projects: list[Project]
) -> None:
    project = attrs.evolve(seed_projects[0], goals=Goals(overall=text))
    with pytest.raises(FormError, match="label of the form") as caught:
        format_form(project)
    assert [(p.subject, p.text) for p in caught.value.problems] == [("goals.overall", text)]


def _writable(project: Project) -> str:
    """`format_form(project)`, or reject the example: the generators know no text layout."""
    try:
        return format_form(project)
    except FormError:
        reject()


@given(projects())
def test_format_form_round_trips(project: Project) -> None:
    assert read_forms(_writable(project)) == [project]


@st.composite
def damaged(draw: st.DrawFn, text: str) -> str:
    """Damage clean `format_form` output the ways PDF extraction does.

    See docs/how-to/forms.md, "What the reader copes with".
    """
    lines = text.split("\n")
    header = lines.index("绩效指标\t一级指标\t二级指标\t三级指标\t指标目标值")
    if draw(st.booleans()):
        lines[header] = "一级指标\t二级指标\t三级指标\t指标目标值\t"
    rows = [line.split("\t") for line in lines[header + 1 :] if line]
    # Move each level-1 label to any row of its group, or drop it.
    groups: list[list[int]] = []
    for k, cells in enumerate(rows):
        if cells[1]:
            groups.append([])
        groups[-1].append(k)
    for group in groups:
        if rows[group[0]][2] == "成本指标":
            # 成本指标 is also a level-1 label: without 产出指标 beside it, a reader could not
            # tell a new 产出 block from a row of a 成本指标 group.
            continue
        label = rows[group[0]][1]
        rows[group[0]][1] = ""
        if draw(st.booleans()):
            rows[draw(st.sampled_from(group))][1] = label
    out = []
    for cells in rows:
        if not cells[1] and cells[2] and draw(st.booleans()):
            cells[1] = cells[2]  # a level-2 label in the level-1 column too
        while cells and not cells[0] and draw(st.booleans()):
            cells = cells[1:]  # shifted left
        cells = [""] * draw(st.integers(0, 2)) + cells  # or right
        for _ in range(draw(st.integers(0, 1))):
            out.append(
                draw(
                    st.sampled_from(
                        ["", "--\t-------\t-----------", "\t\t", _HEADERS[0], _HEADERS[1]]
                    )
                )
            )
        out.append("\t".join(cells))
    return (
        "\n".join(lines[: header + 1] + out) + "\n" + draw(st.sampled_from(["", "\n\n--\t----\n"]))
    )


_HEADERS = [
    "绩效指标\t一级指标\t二级指标\t三级指标\t指标目标值",
    "一级指标\t二级指标\t三级指标\t指标目标值\t",
]


@given(st.data(), projects())
def test_damaged_layouts_read_back(data: st.DataObject, project: Project) -> None:
    text = data.draw(damaged(_writable(project)))
    assert read_forms(text) == [project]


@given(data=st.data())
def test_damaged_seed_reads_back(data: st.DataObject, seed_projects: list[Project]) -> None:
    text = "".join(data.draw(damaged(format_form(p))) for p in seed_projects)
    assert read_forms(text) == seed_projects


@given(data=st.data())
def test_a_control_character_is_named_at_its_row_and_cell(
    data: st.DataObject, seed_text: str
) -> None:
    lines = seed_text.split("\n")
    k = data.draw(st.integers(0, len(lines) - 1))
    at = data.draw(st.integers(0, len(lines[k])))
    lines[k] = lines[k][:at] + "\x1b" + lines[k][at:]
    with pytest.raises(FormError) as caught:
        read_forms("\n".join(lines))
    # ESC is no white space, so it is inside whatever cell it lands in: exactly that cell of
    # exactly that row is named, and nothing else on the row.
    column = lines[k][:at].count("\t") + 1
    cell = lines[k].split("\t")[column - 1].strip()
    assert [
        (p.where.row, p.where.column, p.text) for p in caught.value.problems if p.where.row == k + 1
    ] == [(k + 1, column, cell)]


@given(data=st.data())
def test_a_line_separator_splits_no_row(data: st.DataObject, seed_text: str) -> None:
    """At a cell's edge a separator is white space; inside a cell, that cell is named."""
    lines = seed_text.split("\n")
    k = data.draw(st.integers(0, len(lines) - 1))
    at = data.draw(st.integers(0, len(lines[k])))
    separator = data.draw(st.sampled_from(["\u2028", "\u2029", "\f", "\v", "\x1c", "\x85"]))
    damaged_line = lines[k][:at] + separator + lines[k][at:]
    column = lines[k][:at].count("\t") + 1
    cell = damaged_line.split("\t")[column - 1]
    before, after = cell.split(separator, 1)
    inside = bool(before.strip()) and bool(after.strip())
    lines[k] = damaged_line
    text = "\n".join(lines)
    if not inside:
        assert read_forms(text) == read_forms(seed_text)
        return
    with pytest.raises(FormError) as caught:
        read_forms(text)
    (problem,) = [p for p in caught.value.problems if p.where.row == k + 1]
    assert (problem.where.column, problem.text) == (column, cell.strip())
    assert f"U+{ord(separator):04X}" in problem.message_en


@given(data=st.data())
def test_a_damaged_seed_line_is_read_or_named(data: st.DataObject, seed_text: str) -> None:
    lines = seed_text.split("\n")
    k = data.draw(st.integers(0, len(lines) - 1))
    at = data.draw(st.integers(0, len(lines[k])))
    insert = data.draw(st.sampled_from(["\t", "95%", "数量指标", "一级指标", "--", "x", "<=2%"]))
    lines[k] = lines[k][:at] + insert + lines[k][at:]
    try:
        read_forms("\n".join(lines))
    except FormError as error:
        for problem in error.problems:
            # Each problem quotes what is written on the row it names.
            assert problem.where.row is not None
            assert problem.text is not None
            assert problem.text in lines[problem.where.row - 1]
