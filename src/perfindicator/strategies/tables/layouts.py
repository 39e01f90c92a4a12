"""The layouts of `form_tables`: one strategy per declaration template.

Each lays out a drawn project as its template does (see `FORM_TEMPLATES`) and builds the
`Project` the reader must return from the drawn parts, never by reading the grid.
"""

from __future__ import annotations

import datetime
import functools

import attrs
from hypothesis import strategies as st

from perfindicator.documents.grid import RawCell
from perfindicator.model.categories import Level2
from perfindicator.model.kinds import Period, StandardBasis
from perfindicator.model.project import Funding, Goals, LabelledText, Project
from perfindicator.model.quantity import Quantity
from perfindicator.model.targets import Comparison, Op
from perfindicator.strategies.tables.cells import (
    _ANNOUNCED,
    _ANNOUNCED_OR_NOT,
    _CATEGORIES,
    _DAYS,
    _POINTS,
    _SPLIT_VALUES,
    _UNIT_CELLS,
    _YEARS,
    _amount,
    _Drawn,
    _funding,
    _labels,
    _levels,
    _Line,
    _lines,
    _titles,
    _words,
)

# An empty cell, or a merged one after its first: short, so that rows read as the forms do.
_: None = None


@st.composite
def _tianjin(draw: st.DrawFn) -> _Drawn:
    year = draw(_YEARS)
    title, kind = draw(_titles())
    unit = draw(_ANNOUNCED_OR_NOT)
    name = draw(_words())
    (budget_cell, budget), (fiscal_cell, fiscal), (other_cell, other) = (
        _amount(draw),
        _amount(draw),
        _amount(draw),
    )
    goal = draw(_words())
    lines = draw(_lines(described=True))
    headers = [
        draw(_labels("INDICATOR_COLUMNS", role))
        for role in ("level1", "level2", "name", "explanation", "target")
    ]
    rows: list[list[RawCell]] = [
        [title, _, _, _, _, _, _],
        [f"({year}年)", _, _, _, _, _, _],
    ]
    if unit is not None:
        rows.append([_, _, _, _, _, f"单位:{unit}", _])
    rows += [
        [draw(_labels("FIELD_LABELS", "name")), name, _, _, _, _, _],
        ["预算规模及资金用途", draw(_labels("FUNDING_LABELS", "annual_request")), budget_cell,
         "其中:" + draw(_labels("FUNDING_LABELS", "fiscal")), fiscal_cell, "其他资金", other_cell],
        ["绩效目标", goal, _, _, _, _, _],
        [*headers, _, _],
    ]  # fmt: skip
    for (level1, level2), line in zip(_levels(lines), lines, strict=True):
        i = line.indicator
        rows.append([level1, level2, i.name, i.explanation or _, line.merged, _, _])
    funding = _funding(unit, annual_request=budget, appropriation=fiscal, annual_other=other)
    project = Project(
        name=name,
        year=year,
        kind=kind,
        funding=funding,
        goals=Goals(annual=goal),
        indicators=tuple(line.indicator for line in lines),
    )
    return rows, project


@st.composite
def _shanghai(draw: st.DrawFn) -> _Drawn:
    year = draw(_YEARS)
    title, kind = draw(_titles())
    unit = draw(_ANNOUNCED)
    name, category, department, implementing = (
        draw(_words()),
        draw(_CATEGORIES),
        draw(_words()),
        draw(_words()),
    )
    first, last = datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    start = draw(st.dates(first, last))
    end = min(start + datetime.timedelta(days=draw(_DAYS)), last)
    amounts = {
        field: _amount(draw)
        for field in (
            "total",
            "fiscal",
            "other",
            "annual_request",
            "appropriation",
            "carryover",
            "annual_other",
        )
    }
    cell = {field: written for field, (written, _amount_) in amounts.items()}
    overall, annual = draw(_words()), draw(_words())
    lines = draw(_lines())
    field = functools.partial(_labels, "FIELD_LABELS")
    rows: list[list[RawCell]] = [
        [f"{title}({year}年度)", _, _, _, _],
        [draw(field("name")), name, _, _, _],
        [draw(field("category")), category, _, _, _],
        [draw(field("department")), department, draw(field("implementing_unit")), implementing, _],
        [draw(field("start")), start, draw(field("end")), end, _],
        ["项目资金", draw(_UNIT_CELLS) + unit, _, _, _],
        [_, "项目资金总额", cell["total"], "年度资金申请总额", cell["annual_request"]],
        [_, "其中:财政资金", cell["fiscal"], "其中:当年财政拨款", cell["appropriation"]],
        [_, _, _, "上年结转资金", cell["carryover"]],
        [_, "其他资金", cell["other"], "其他资金", cell["annual_other"]],
        ["项目绩效目标", draw(_labels("GOAL_LABELS", "overall")), overall, _, _],
        [_, "年度总体目标", annual, _, _],
        [
            "绩效指标",
            "一级指标",
            "二级指标",
            "三级指标",
            draw(_labels("INDICATOR_COLUMNS", "target")),
        ],
    ]
    for (level1, level2), line in zip(_levels(lines), lines, strict=True):
        rows.append([_, level1, level2, line.indicator.name, line.merged])
    project = Project(
        name=name,
        year=year,
        category=category,
        department=department,
        implementing_unit=implementing,
        start=start,
        end=end,
        kind=kind,
        funding=_funding(unit, **{field: value for field, (_cell, value) in amounts.items()}),
        goals=Goals(overall=overall, annual=annual),
        indicators=tuple(line.indicator for line in lines),
    )
    return rows, project


@st.composite
def _chongqing(draw: st.DrawFn) -> _Drawn:
    year = draw(_YEARS)
    title, kind = draw(_titles())
    name, category, department, implementing = (
        draw(_words()),
        draw(_CATEGORIES),
        draw(_words()),
        draw(_words()),
    )
    (budget_cell, budget), (fiscal_cell, fiscal), (other_cell, other) = (
        _amount(draw),
        _amount(draw),
        _amount(draw),
    )
    overall, annual = draw(_words()), draw(_words())
    lines = draw(_lines(split=True))
    field = functools.partial(_labels, "FIELD_LABELS")
    rows: list[list[RawCell]] = [
        [f"{title} ({year}年度)", _, _, _, _, _, _],
        [draw(field("department")), department, _, draw(field("name")), name, _, _],
        [
            draw(field("implementing_unit")),
            implementing,
            _,
            draw(field("category")),
            category,
            _,
            _,
        ],
        ["资金情况(万元)", "年度资金总额:", "其中:财政拨款", "其他资金", _, _, _],
        [_, budget_cell, fiscal_cell, other_cell, _, _, _],
        [draw(_labels("GOAL_LABELS", "overall")), overall, _, _, _, _, _],
        ["项目年度目标", annual, _, _, _, _, _],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "计量单位", "指标性质", "指标值"],
    ]
    for (level1, level2), line in zip(_levels(lines), lines, strict=True):
        rows.append([_, level1, level2, line.indicator.name, line.unit, line.sign, line.value])
    project = Project(
        name=name,
        year=year,
        category=category,
        department=department,
        implementing_unit=implementing,
        kind=kind,
        funding=_funding("万元", annual_request=budget, appropriation=fiscal, annual_other=other),
        goals=Goals(overall=overall, annual=annual),
        indicators=tuple(line.indicator for line in lines),
    )
    return rows, project


@st.composite
def _sichuan(draw: st.DrawFn) -> _Drawn:
    year = draw(_YEARS)
    title, kind = draw(_titles())
    unit = draw(_ANNOUNCED)
    department, name, goal = draw(_words()), draw(_words()), draw(_words())
    budget_cell, budget = _amount(draw)
    lines = draw(_lines(split=True, weighted=True))
    header: list[RawCell] = [
        draw(_labels("FIELD_LABELS", "department")),
        draw(_labels("FIELD_LABELS", "name")),
        draw(_labels("FUNDING_LABELS", "annual_request")),
        draw(_labels("GOAL_LABELS", "annual")),
        *(
            draw(_labels("INDICATOR_COLUMNS", role))
            for role in ("level1", "level2", "name", "sign", "target", "unit", "weight")
        ),
        "指标方向性",
    ]
    rows: list[list[RawCell]] = [
        [f"{title}({year}年度)", *[_] * 11],
        [f"金额单位:{unit}", *[_] * 11],
        header,
    ]
    project_cells: list[RawCell] = [department, name, budget_cell, goal]
    for (level1, level2), line in zip(_levels(lines), lines, strict=True):
        i = line.indicator
        cells = [level1, level2, i.name, line.sign, line.value, line.unit, line.weight]
        rows.append([*project_cells, *cells, line.direction])
        project_cells = [_] * 4  # merged down the project's rows
    project = Project(
        name=name,
        year=year,
        department=department,
        kind=kind,
        funding=_funding(unit, annual_request=budget),
        goals=Goals(annual=goal),
        indicators=tuple(line.indicator for line in lines),
    )
    return rows, project


# The marks 宁夏's level-2 labels carry (dropped by the reader), none first.
_MARKS = st.sampled_from(["", " (必填)", " (必填硬性指标)", " (选填)", "(必填)"])
# Units a name may state in brackets, which a bare number in the target cell takes.
_NAME_UNITS = st.sampled_from(["亩", "公里", "人", "个"])


@st.composite
def _unit_in_name(draw: st.DrawFn, line: _Line) -> _Line:
    """`line` as 宁夏 writes some: its unit in the name (`面积(亩)`), the target a bare number."""
    unit = draw(_NAME_UNITS)
    value = draw(_SPLIT_VALUES)
    indicator = attrs.evolve(
        line.indicator,
        name=f"{line.indicator.name}({unit})",
        target=Comparison(op=Op.EQ, quantity=Quantity(value=value, unit=unit)),
    )
    cell: RawCell = int(value) if value == value.to_integral_value() else value
    return line._replace(indicator=indicator, value=cell)


def _stacked_funding(
    draw: st.DrawFn, label: str, width: int, unit: str = "万元"
) -> tuple[list[list[RawCell]], Funding]:
    """A funding block of one amount a row, under `label` (in `unit`): this year's, its parts."""
    (budget_cell, budget), (fiscal_cell, fiscal), (other_cell, other) = (
        _amount(draw),
        _amount(draw),
        _amount(draw),
    )
    pad = [None] * (width - 3)
    rows = [
        [label, "年度资金总额:", budget_cell, *pad],
        [None, "其中:财政拨款", fiscal_cell, *pad],
        [None, "其他资金", other_cell, *pad],
    ]
    funding = _funding(unit, annual_request=budget, appropriation=fiscal, annual_other=other)
    return rows, funding


@st.composite
def _ningxia(draw: st.DrawFn) -> _Drawn:
    year = draw(_YEARS)
    title, kind = draw(_titles())
    name, category, department, implementing, goal = (
        draw(_words()),
        draw(_CATEGORIES),
        draw(_words()),
        draw(_words()),
        draw(_words()),
    )
    lines = [
        draw(_unit_in_name(line)) if draw(st.booleans()) else line
        for line in draw(_lines(split=False))
    ]
    field = functools.partial(_labels, "FIELD_LABELS")
    funding_rows, funding = _stacked_funding(draw, "项目资金 (万元)", 5)
    rows: list[list[RawCell]] = [
        [f"{title} ({year}年度)", _, _, _, _],
        [draw(field("name")), name, _, _, _],
        [draw(field("department")), department, draw(field("implementing_unit")), implementing, _],
        [draw(field("category")), category, _, _, _],
        *funding_rows,
        [draw(_labels("GOAL_LABELS", "annual")), goal, _, _, _],
        ["绩 效 指 标", "一级指标", "二级指标", "三级指标", "指标值"],
    ]
    for (level1, level2), line in zip(_levels(lines), lines, strict=True):
        marked = level2 if level2 is None else level2 + draw(_MARKS)
        target = line.merged if line.value is None else line.value
        rows.append([_, level1, marked, line.indicator.name, target])
    project = Project(
        name=name,
        year=year,
        category=category,
        department=department,
        implementing_unit=implementing,
        kind=kind,
        funding=funding,
        goals=Goals(annual=goal),
        indicators=tuple(line.indicator for line in lines),
    )
    return rows, project


@st.composite
def _ningxiang(draw: st.DrawFn) -> _Drawn:
    year = draw(_YEARS)
    title, kind = draw(_titles())
    name, department, implementing = draw(_words()), draw(_words()), draw(_words())
    overall, annual = draw(_words()), draw(_words())
    mid_term = [
        line._replace(indicator=attrs.evolve(line.indicator, period=Period.MID_TERM))
        for line in draw(_lines(described=True))
    ]
    this_year = draw(_lines(described=True))
    funding_rows, funding = _stacked_funding(draw, "资金情况(万元)", 6)
    field = functools.partial(_labels, "FIELD_LABELS")
    rows: list[list[RawCell]] = [
        [f"{year}年{title}", _, _, _, _, _],
        [draw(field("name")), name, _, _, _, _],
        [
            draw(field("department")),
            department,
            _,
            draw(field("implementing_unit")),
            implementing,
            _,
        ],
        *funding_rows,
        ["项目绩效目标", "长期目标", _, "年度目标", _, _],
        [_, overall, _, annual, _, _],
    ]
    header = ["一级指标", "二级指标", "指标内容", "指标值", "备注"]
    for block, lines in (("长期绩效指标", mid_term), ("年度绩效指标", this_year)):
        rows.append([block, *header])
        for (level1, level2), line in zip(_levels(lines), lines, strict=True):
            i = line.indicator
            rows.append([_, level1, level2, i.name, line.merged, i.explanation or _])
    project = Project(
        name=name,
        year=year,
        department=department,
        implementing_unit=implementing,
        kind=kind,
        funding=funding,
        goals=Goals(overall=overall, annual=annual),
        indicators=tuple(line.indicator for line in [*mid_term, *this_year]),
    )
    return rows, project


# How 四川 forms number or star a name; the reader drops these (`指标1:`, `★`).
_NUMBERINGS = st.sampled_from(["", "★", "★★★", "指标{}:", "指标{}."])


@st.composite
def _anju(draw: st.DrawFn) -> _Drawn:
    year = draw(_YEARS)
    title, kind = draw(_titles())
    name, department, implementing, goal = (
        draw(_words()),
        draw(_words()),
        draw(_words()),
        draw(_words()),
    )
    unit = draw(_ANNOUNCED)
    lines = draw(_lines())
    funding_rows, funding = _stacked_funding(draw, f"项目资金 ({unit})", 5, unit)
    field = functools.partial(_labels, "FIELD_LABELS")
    rows: list[list[RawCell]] = [
        [f"{title}({year}年度)", _, _, _, _],
        [draw(field("name")), name, _, _, _],
        [draw(field("department")), department, draw(field("implementing_unit")), implementing, _],
        *funding_rows,
        [draw(_labels("GOAL_LABELS", "annual")), goal, _, _, _],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
    ]
    for k, ((level1, level2), line) in enumerate(zip(_levels(lines), lines, strict=True), 1):
        if level1 is not None and draw(st.booleans()):
            level1 += f"({draw(_POINTS)}分)"  # the 10号 points beside the category
        numbered = draw(_NUMBERINGS).format(k) + line.indicator.name
        rows.append([_, level1, level2, numbered, line.merged])
    project = Project(
        name=name,
        year=year,
        department=department,
        implementing_unit=implementing,
        kind=kind,
        funding=funding,
        goals=Goals(annual=goal),
        indicators=tuple(line.indicator for line in lines),
    )
    return rows, project


# 绩效标准 cells naming a standard, and the standard each names.
_BASES = st.sampled_from([None, *StandardBasis])


@st.composite
def _xiangtan(draw: st.DrawFn) -> _Drawn:
    year = draw(_YEARS)
    title, kind = draw(_titles())
    name, department = draw(_words()), draw(_words())
    overall, annual = draw(_words()), draw(_words())
    budget_cell, budget = _amount(draw)
    lines = draw(_lines())
    bases = [draw(_BASES) for _line in lines]
    # Template rows of categories no indicator uses, left without a name or a value.
    empty = sorted(
        set(draw(st.lists(st.sampled_from(list(Level2)), max_size=3)))
        - {line.indicator.level2 for line in lines},
        key=list(Level2).index,
    )
    entries = sorted(
        [*((line.indicator.level2, line, basis) for line, basis in zip(lines, bases, strict=True)),
         *((level2, None, None) for level2 in empty)],
        key=lambda entry: list(Level2).index(entry[0]),
    )  # fmt: skip
    rows: list[list[RawCell]] = [
        [f"{year}年{title}", _, _, _, _, _],
        ["填报单位:(盖章) 单位:万元", _, _, _, _, _],
        [draw(_labels("FIELD_LABELS", "name")), name, _, "预算部门", department, _],
        ["年度本级 预算金额", budget_cell, _, _, _, _],
        ["实施期绩效目标", overall, _, _, _, _],
        ["本年度绩效目标", annual, _, _, _, _],
        ["本年度 绩效指标", "一级指标", "二级指标", "三级指标", "指标值及单位", "绩效标准"],
    ]
    before: Level2 | None = None
    for level2, line, basis in entries:
        level1 = None if before is not None and before.parent is level2.parent else level2.parent
        written2 = None if before is level2 else level2.value
        before = level2
        if line is None:
            rows.append([_, level1 and level1.value, written2, _, _, _])
        else:
            standard = None if basis is None else basis.value
            rows.append(
                [_, level1 and level1.value, written2, line.indicator.name, line.merged, standard]
            )
    project = Project(
        name=name,
        year=year,
        department=department,
        kind=kind,
        funding=_funding("万元", annual_request=budget),
        goals=Goals(overall=overall, annual=annual),
        indicators=tuple(
            attrs.evolve(line.indicator, basis=basis)
            for line, basis in zip(lines, bases, strict=True)
        ),
        empty_rows=len(empty),
    )
    return rows, project


@st.composite
def _huaibei(draw: st.DrawFn) -> _Drawn:
    year = draw(_YEARS)
    title, kind = draw(_titles())
    name, department, implementing, source, goal = (
        draw(_words()),
        draw(_words()),
        draw(_words()),
        draw(_words()),
        draw(_words()),
    )
    years = draw(st.integers(1, 5))
    amounts = {field: _amount(draw) for field in ("annual_request", "fiscal", "carryover", "other")}
    cell = {field: written for field, (written, _value) in amounts.items()}
    lines = draw(_lines())
    field = functools.partial(_labels, "FIELD_LABELS")
    rows: list[list[RawCell]] = [
        [title, _, _, _, _],
        [f"({year}年度)", _, _, _, _],
        [draw(field("name")), name, _, _, _],
        [draw(field("department")), department, _, draw(field("implementing_unit")), implementing],
        ["项目来源", source, _, "项目期", f"{years}年"],
        # Labels in a row, the amounts under them; no cell announces their unit.
        ["项目资金", "年度资金总额:", "其中:财政拨款", "上年结转", "其他资金"],
        [_, cell["annual_request"], cell["fiscal"], cell["carryover"], cell["other"]],
        # The vertical labels of the page, cut to their first line.
        ["年度", goal, _, _, _],
        ["绩", "一级", "二级指标", "三级指标", "指标值"],
    ]
    for (level1, level2), line in zip(_levels(lines), lines, strict=True):
        rows.append([_, level1, level2, line.indicator.name, line.merged])
    written = {field: value for field, (_cell, value) in amounts.items()}
    project = Project(
        name=name,
        year=year,
        department=department,
        implementing_unit=implementing,
        kind=kind,
        # Under a this-year total, 财政拨款 and 其他资金 are this year's.
        funding=_funding(
            None,
            annual_request=written["annual_request"],
            appropriation=written["fiscal"],
            carryover=written["carryover"],
            annual_other=written["other"],
        ),
        goals=Goals(annual=goal),
        details=(
            LabelledText(label="项目来源", text=source),
            LabelledText(label="项目期", text=f"{years}年"),
        ),
        indicators=tuple(line.indicator for line in lines),
    )
    return rows, project


@st.composite
def _qingshan(draw: st.DrawFn) -> _Drawn:
    year = draw(_YEARS)
    title, kind = draw(_titles())
    name, department, implementing, category = (
        draw(_words()),
        draw(_words()),
        draw(_words()),
        draw(_CATEGORIES),
    )
    overall, annual = draw(_words()), draw(_words())
    fields = ("total", "annual_request", "fiscal", "appropriation", "other", "annual_other")
    amounts = {field: _amount(draw) for field in fields}
    # Mid-term and annual indicators side by side, a pair to a row under one category.
    mid_term = [
        line._replace(indicator=attrs.evolve(line.indicator, period=Period.MID_TERM))
        for line in draw(_lines())
    ]
    this_year = draw(_lines(level2s=tuple(line.indicator.level2 for line in mid_term)))
    field = functools.partial(_labels, "FIELD_LABELS")
    rows: list[list[RawCell]] = [
        [f"{year}年{title}", _, _, _, _, _, _, _],
        # Labels in a row, their values under them.
        [draw(field("name")), _, draw(field("department")), _, draw(field("implementing_unit")),
         _, draw(field("category")), _],
        [name, _, department, _, implementing, _, category, _],
        ["项目资金", "资金总额", "当年资金总额", "其中:财政拨款", "其中:当年财政拨款", "其他资金",
         "当年其他资金", _],
        [_, *(amounts[field][0] for field in fields), _],
        ["总体目标", "中期目标", _, _, _, "年度目标", _, _],
        [_, overall, _, _, _, annual, _, _],
        ["绩效项目指标表", "一级指标", "二级指标(长期)", "三级指标(长期)", "指标值(长期)",
         "二级指标(年度)", "三级指标(年度)", "指标值(年度)"],
    ]  # fmt: skip
    for (level1, _level2), mid, line in zip(_levels(mid_term), mid_term, this_year, strict=True):
        level2 = mid.indicator.level2.value  # written on every row, on both sides
        rows.append(
            [
                _,
                level1,
                level2,
                mid.indicator.name,
                mid.merged,
                level2,
                line.indicator.name,
                line.merged,
            ]
        )
    written = {field: value for field, (_cell, value) in amounts.items()}
    project = Project(
        name=name,
        year=year,
        category=category,
        department=department,
        implementing_unit=implementing,
        kind=kind,
        # No cell announces the unit; 财政拨款 and 其他资金 have this year's twins beside them,
        # so they are the whole period's.
        funding=_funding(None, **written),
        goals=Goals(overall=overall, annual=annual),
        # The mid-term indicator of a row first.
        indicators=tuple(
            x.indicator for pair in zip(mid_term, this_year, strict=True) for x in pair
        ),
    )
    return rows, project
