"""Reading and writing declaration forms: the seed, errors, round trips and damaged layouts."""

from __future__ import annotations

import datetime
from decimal import Decimal
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from perfindicator import FormError, Goals, Project, format_form, parse_target, read_forms
from perfindicator.strategies import projects

from .seed import PROJECTS

ROOT = Path(__file__).parents[1]
SEED = (ROOT / "examples/forms/shanghai-justice-2022.txt").read_text(encoding="utf-8")


def test_seed_reads_as_three_projects_indicator_by_indicator() -> None:
    projects_read = read_forms(SEED)
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


def test_seed_header_funding_and_goals() -> None:
    first = read_forms(SEED)[0]
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


def test_seed_round_trips_through_format_form() -> None:
    projects_read = read_forms(SEED)
    assert read_forms("".join(format_form(p) for p in projects_read)) == projects_read


def _form(table: str) -> str:
    return (
        "财政项目支出绩效目标申报表\n(2022年度)\n"
        "项目名称\t测试项目\t项目类别\t经常性项目\t\n"
        "计划开始日期\t2022-01-01\t计划完成日期\t2022-12-31\t\n"
        "绩效指标\t一级指标\t二级指标\t三级指标\t指标目标值\n" + table
    )


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        ("", 0, "no form found"),
        ("说明\n" + _form(""), 1, "expected the title line"),
        ("财政项目支出绩效目标申报表\n项目名称\tx\n", 2, "budget year"),
        (_form("").replace("项目名称\t测试项目\t项目类别\t经常性项目\t\n", ""), 1, "no 项目名称"),
        (_form("").replace("2022-01-01", "2022年1月1日"), 4, "must be a date"),
        (_form("\t\t\t在线接答率\t>=95%\n"), 6, "before any level-2 label"),
        (_form("\t产出指标\t数量指标\t接通率\t>=95%\t多余\n"), 6, "got 3 cells"),
        (_form("\t产出指标\t数量指标\t接通率\t>=abc\n"), 6, "expected a number"),
        (_form("\t产出指标\t数量指标\t>=95%\n"), 6, "without an indicator name"),
        (_form("").replace("项目类别", "项目类型"), 3, "unexpected cell"),
        (
            _form("").replace("绩效指标", "项目资金\t项目资金总额\t1,5,0\n绩效指标", 1),
            5,
            "amount in yuan",
        ),
        (_form("").replace("绩效指标", "随便写的一行\n绩效指标", 1), 5, "table header"),
    ],
)
def test_unreadable_forms_name_the_line(text: str, line: int, fragment: str) -> None:
    with pytest.raises(FormError) as caught:
        read_forms(text)
    (problem,) = caught.value.problems
    assert problem.where.row == (line or None)
    assert fragment in problem.message_en


def test_other_layouts_are_not_silently_read() -> None:
    for path in (ROOT / "tests/data/forms").glob("*.txt"):
        with pytest.raises(FormError, match="title line"):
            read_forms(path.read_text(encoding="utf-8"))


def test_format_form_refuses_what_would_not_read_back() -> None:
    base = read_forms(SEED)[0]
    first = base.indicators[0]
    for name in ["数量指标", "群众满意度", "三级指标"]:
        indicator = type(first)(level2=first.level2, name=name, target=first.target)
        with pytest.raises(FormError, match="read back"):
            format_form(attrs.evolve(base, indicators=(indicator,)))
    with pytest.raises(FormError):
        format_form(attrs.evolve(base, goals=Goals(overall="(2022年-2023年)")))


@given(projects())
def test_format_form_round_trips(project: Project) -> None:
    assert read_forms(format_form(project)) == [project]


@st.composite
def damaged(draw: st.DrawFn, text: str) -> str:
    """Damage clean `format_form` output the ways PDF extraction does (domain.md §1)."""
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
    text = data.draw(damaged(format_form(project)))
    assert read_forms(text) == [project]


@given(st.data())
def test_damaged_seed_reads_back(data: st.DataObject) -> None:
    clean = read_forms(SEED)
    text = "".join(data.draw(damaged(format_form(p))) for p in clean)
    assert read_forms(text) == clean


_WORDS = ["财政项目支出绩效目标申报表", "项目名称", ">=", "95%", "数量指标", "(2022年度)"]
_FORM_PIECES = st.sampled_from(SEED.splitlines()) | st.lists(
    st.sampled_from([*"\t\n\x1b\x0b\u3000-—", *_WORDS]), max_size=12
).map("".join)


@given(st.lists(_FORM_PIECES, max_size=60))
def test_read_forms_raises_only_form_errors(pieces: list[str]) -> None:
    try:
        read_forms("\n".join(pieces))
    except FormError as error:
        assert error.problems


@given(st.data())
def test_a_damaged_seed_line_is_read_or_named(data: st.DataObject) -> None:
    lines = SEED.split("\n")
    k = data.draw(st.integers(0, len(lines) - 1))
    at = data.draw(st.integers(0, len(lines[k])))
    insert = data.draw(st.sampled_from(["\x1b", "\t", "95%", "数量指标", "一级指标", "--", "x"]))
    lines[k] = lines[k][:at] + insert + lines[k][at:]
    try:
        read_forms("\n".join(lines))
    except FormError as error:
        assert all(1 <= (p.where.row or 1) <= len(lines) for p in error.problems)
