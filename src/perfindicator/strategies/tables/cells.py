"""The cells of drawn forms: names and texts no label spells, targets, amounts, labels.

What the templates of `form_tables` share: each draws its parts here and lays them out.
"""

from __future__ import annotations

import functools
from decimal import Decimal
from typing import NamedTuple

from hypothesis import strategies as st

from perfindicator.documents import labels as L
from perfindicator.documents.grid import RawCell
from perfindicator.model.categories import Level2
from perfindicator.model.kinds import FormKind
from perfindicator.model.project import Funding, Indicator, Project
from perfindicator.model.quantity import Quantity
from perfindicator.model.targets import (
    Change,
    Comparison,
    DatePeriod,
    Deadline,
    Direction,
    Op,
    Qualitative,
    Range,
    RelativeDeadline,
    Schedule,
    Target,
)
from perfindicator.strategies.grammar import _values, target_texts

# The yuan each announced unit is worth (`None`: no announcement, amounts as written).
_UNIT_FACTORS: dict[str | None, Decimal] = {
    "元": Decimal(1),
    "万元": Decimal(10_000),
    None: Decimal(1),
}


def _safe_alphabet() -> str:
    """Characters no label, title, category or numeral of any form uses.

    Names and texts drawn from them never read as a header, a category or a number, so a
    drawn form is never ambiguous (a name `年度` would be a goal label).
    """
    words: list[str] = [*L.TITLES, *L.TITLE_WORDS, *L.MONITORING_TITLE_WORDS, *L.FOOTER_WORDS]
    for table in (
        L.FIELD_LABELS,
        L.DETAIL_LABELS,
        L.FUNDING_LABELS,
        L.FUNDING_BLOCK_LABELS,
        L.GOAL_LABELS,
        L.GRID_BLOCK_LABELS,
        L.INDICATOR_COLUMNS,
        L.MONITORING_COLUMNS,
        L.BUDGET_COLUMNS,
        L.MONTH_COLUMNS,
        L.MONTHS_COVERED,
        L.SELF_EVALUATION_COLUMNS,
        L.EXECUTION_COLUMNS,
        L.EXECUTION_BLOCK_LABELS,
        L.SELF_EVALUATION_GOAL_LABELS,
        L.SELF_EVALUATION_TOTAL_LABELS,
        L.SELF_EVALUATION_FOOTER_LABELS,
    ):
        words += list(table)
    words += [level2.value for level2 in Level2] + [level2.parent.value for level2 in Level2]
    used = set("".join(words)) | set("一二三四五六七八九十百千万亿零年月日小计")
    return "".join(
        c
        for c in "山水林田湖草路桥河村镇街花园书画茶米油盐灯船云星风雨松竹梅兰江海"
        if c not in used
    )


@functools.cache
def _words() -> st.SearchStrategy[str]:
    return st.text(st.sampled_from(_safe_alphabet()), min_size=1, max_size=12)


@functools.cache
def _labels(table: str, meaning: str) -> st.SearchStrategy[str]:
    """The spellings the labels table `table` lists for `meaning`; shrinks to the first."""
    spellings: dict[str, str] = getattr(L, table)
    return st.sampled_from([word for word, means in spellings.items() if means == meaning])


# Strategies are built once (building one costs more than drawing from it).
_QUALITATIVE_WORDS = st.sampled_from(
    ["及时", "提升", "有效", "逐步提高", "持续影响", "效果明显", "明显改善"]
)
# Targets whose cell is one text: every kind, words from the forms' own wordings only (an
# invented wording might spell a label).
_MERGED_TEXTS = target_texts(
    kinds=(Comparison, Range, Deadline, DatePeriod, RelativeDeadline, Schedule, Change)
)
_OPS = st.sampled_from([Op.EQ, Op.GE, Op.LE, Op.GT, Op.LT])
# How a sign cell writes each operator; `None`, an empty cell, means `=`.
_SIGNS = {
    Op.EQ: st.sampled_from(["=", None]),
    Op.GE: st.sampled_from(["≥", ">="]),
    Op.LE: st.sampled_from(["≤", "<="]),
    Op.GT: st.just(">"),
    Op.LT: st.just("<"),
}
_SPLIT_UNITS = st.sampled_from([None, "%", "个", "人次", "万元", "元", "平方米", "公里"])
_SPLIT_VALUES = _values(Decimal(0), Decimal(10**6), 2)
_AMOUNTS = st.none() | _values(Decimal(0), Decimal(10**8), 2)
_FORMS = st.integers(0, 3)  # which of a cell's spellings is written: shrinks to the first
_DIRECTIONS = st.sampled_from([None, Direction.UP, Direction.DOWN])
_DIRECTION_CELLS = {None: None, Direction.UP: "正向指标", Direction.DOWN: "反向指标"}
_CATEGORIES = st.sampled_from(["经常性项目", "一次性项目"])
_YEARS = st.integers(2000, 2099)
_LEVEL2S = st.lists(st.sampled_from(list(Level2)), min_size=1, max_size=6)
_POINTS = st.integers(0, 100)
_DAYS = st.integers(0, 365)
# Money units a cell announces; `None`, no announcement, where a template may leave it out.
_ANNOUNCED = st.sampled_from(["元", "万元"])
_ANNOUNCED_OR_NOT = st.sampled_from(["万元", "元", None])
_UNIT_CELLS = st.sampled_from(["单位:", "单位："])


class _Line(NamedTuple):
    """An indicator of a drawn form: the indicator read back, and its target's cells."""

    indicator: Indicator
    merged: str  # the target in one cell
    sign: RawCell  # the target split: sign (or 定性), value, unit
    value: RawCell
    unit: RawCell
    weight: RawCell
    direction: RawCell


def _merged_target(draw: st.DrawFn) -> tuple[str, Target]:
    if draw(st.booleans()):
        words = draw(_QUALITATIVE_WORDS)
        return words, Qualitative(text=words)
    text, target = draw(_MERGED_TEXTS)
    return text.strip(), target


def _split_target(draw: st.DrawFn) -> tuple[RawCell, RawCell, RawCell, Target]:
    """Sign, value and unit cells, and the target they say (`=` for an empty sign)."""
    if draw(st.booleans()):
        words = draw(_QUALITATIVE_WORDS)
        return "定性", words, None, Qualitative(text=words)
    op, value, unit = draw(_OPS), draw(_SPLIT_VALUES), draw(_SPLIT_UNITS)
    cell: RawCell = int(value) if value == value.to_integral_value() else value
    target = Comparison(op=op, quantity=Quantity(value=value, unit=unit or ""))
    return draw(_SIGNS[op]), cell, unit, target


@st.composite
def _lines(
    draw: st.DrawFn,
    *,
    split: bool = False,
    weighted: bool = False,
    described: bool = False,
    level2s: tuple[Level2, ...] | None = None,
) -> list[_Line]:
    """One to six indicators in category order (as forms group them), names unique.

    Their targets `split` in cells or merged in one; with a weight and a direction where
    the form is `weighted`, a description where it is `described`; of the categories
    `level2s` where given.
    """
    order = list(Level2)
    if level2s is None:
        level2s = tuple(sorted(draw(_LEVEL2S), key=order.index))
    names: list[str] = []
    lines = []
    for position, level2 in enumerate(level2s, 1):
        name = draw(_words())
        name = name if name not in names else f"{name}{position}"
        names.append(name)
        explanation = draw(_words()) if described and draw(st.booleans()) else ""
        weight_cell: RawCell = None
        weight = direction = None
        if weighted:
            points = draw(_POINTS)
            spellings: list[RawCell] = [f"权重{points}", points, str(points)]
            weight_cell = spellings[draw(_FORMS) % len(spellings)]
            weight = Decimal(points)
            direction = draw(_DIRECTIONS)
        if split:
            sign, value, unit, target = _split_target(draw)
            merged = ""
        else:
            (merged, target), sign, value, unit = _merged_target(draw), None, None, None
        indicator = Indicator(
            level2=level2,
            name=name,
            target=target,
            explanation=explanation,
            weight=weight,
            direction=direction,
        )
        cells = (sign, value, unit, weight_cell, _DIRECTION_CELLS[direction])
        lines.append(_Line(indicator, merged, *cells))
    return lines


def _levels(lines: list[_Line]) -> list[tuple[str | None, str | None]]:
    """The level-1 and level-2 cells of each line, merged down: empty after the first."""
    cells: list[tuple[str | None, str | None]] = []
    for k, line in enumerate(lines):
        level2 = line.indicator.level2
        before = lines[k - 1].indicator.level2 if k else None
        same1 = before is not None and before.parent is level2.parent
        cells.append(
            (None if same1 else level2.parent.value, None if before is level2 else level2.value)
        )
    return cells


def _amount(draw: st.DrawFn) -> tuple[RawCell, Decimal | None]:
    """A money cell as a spreadsheet holds it, or an empty one, and its amount."""
    value = draw(_AMOUNTS)
    if value is None:
        return None, None
    spellings: list[RawCell] = [value, f"{value:f}", float(value)]
    if value == value.to_integral_value():
        spellings.append(int(value))
    return spellings[draw(_FORMS) % len(spellings)], value


def _funding(unit: str | None, **amounts: Decimal | None) -> Funding:
    """The funding of `amounts` as written in `unit` (`None`: no cell announced one).

    Amounts in 万元 are converted to 元; without an announcement they are kept as written,
    in an unknown unit (`in_yuan=False`), unless there are none.
    """
    factor = _UNIT_FACTORS[unit]
    converted = {k: None if a is None else a * factor for k, a in amounts.items()}
    unknown = unit is None and any(a is not None for a in amounts.values())
    return Funding(**converted, in_yuan=not unknown)


@functools.cache
def _titles() -> st.SearchStrategy[tuple[str, FormKind]]:
    """Declaration titles that are a template's words alone, and the kind each names."""
    found = [
        (title, kind)
        for title in sorted(L.TITLES, key=lambda t: (len(t), t))
        for word, kind in L.TITLE_WORDS.items()
        if title.endswith(word)
    ]
    return st.sampled_from(found)


_Drawn = tuple[list[list[RawCell]], Project]
