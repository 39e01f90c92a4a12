"""read_table: the funding block of a declaration form with some of its amounts left empty.

A funding label beside or over an empty cell still stands in the block: it is still the
twin that makes 其他资金 or 财政拨款 the whole period's (湖北 青山: `其他资金 | 当年其他资金`),
still a total that the amounts after it are parts of, and a row of labels whose amounts are
all empty (上海: `项目资金总额 | · | 年度资金申请总额 | ·`) is a row of empty amounts, not
labels over the rows below. Each emptied cell's field is read off the grid by hand
(tests/templates/forms.py); the rest of the project is the fixture's expected one
(tests/templates/expected.py), with that field `None`.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from perfindicator import Funding, Project, read_table
from perfindicator.documents.grid import RawCell
from tests.templates.expected import EXPECTED
from tests.templates.forms import HUBEI_QINGSHAN_2020, SHANGHAI_STYLE_2026, Table

# The cell (row, column, 0-based) of each amount, and the field it holds, from the grids:
# 青山's labels in a row over their amounts (资金总额 | 当年资金总额 | 其中:财政拨款 |
# 其中:当年财政拨款 | 其他资金 | 当年其他资金), 上海's beside them, the whole period's on the
# left, this year's on the right.
QINGSHAN_CELLS = {
    (4, 1): "total",
    (4, 2): "annual_request",
    (4, 3): "fiscal",
    (4, 4): "appropriation",
    (4, 5): "other",
    (4, 6): "annual_other",
}
SHANGHAI_CELLS = {
    (6, 2): "total",
    (6, 4): "annual_request",
    (7, 2): "fiscal",
    (7, 4): "appropriation",
    (8, 4): "carryover",
    (9, 2): "other",
    (9, 4): "annual_other",
}
CELLS = {HUBEI_QINGSHAN_2020.name: QINGSHAN_CELLS, SHANGHAI_STYLE_2026.name: SHANGHAI_CELLS}


def _emptied(table: Table, cells: set[tuple[int, int]]) -> list[list[RawCell]]:
    rows: list[list[RawCell]] = [list(row) for row in table.rows]
    for row, column in cells:
        assert rows[row][column] is not None  # an amount of the fixture, emptied here
        rows[row][column] = None
    return rows


def _expected(table: Table, cells: set[tuple[int, int]]) -> Project:
    """The fixture's project with the fields of the emptied cells `None`."""
    project = EXPECTED[table.name]
    assert isinstance(project, Project)
    fields: dict[str, Any] = {CELLS[table.name][cell]: None for cell in cells}
    funding = attrs.evolve(project.funding, **fields)
    amounts = [getattr(funding, field) for field in CELLS[table.name].values()]
    # No amount left, no unit unknown: 青山 announces none, but there is nothing to hold one.
    if all(amount is None for amount in amounts):
        funding = attrs.evolve(funding, in_yuan=True)
    return attrs.evolve(project, funding=funding)


def test_an_empty_twin_leaves_other_the_whole_periods() -> None:
    # 当年其他资金 left empty beside 其他资金 = 0: 其他资金 is still the whole period's.
    rows = _emptied(HUBEI_QINGSHAN_2020, {(4, 6)})
    (project,) = read_table(rows)
    assert isinstance(project, Project)
    assert project.funding == Funding(
        total=Decimal(300),
        fiscal=Decimal(300),
        other=Decimal(0),
        annual_request=Decimal(100),
        appropriation=Decimal(100),
        in_yuan=False,
    )


def test_an_empty_appropriation_leaves_fiscal_the_whole_periods() -> None:
    # 其中:当年财政拨款 left empty beside 其中:财政拨款 = 300: 300 is not this year's.
    rows = _emptied(HUBEI_QINGSHAN_2020, {(4, 4)})
    (project,) = read_table(rows)
    assert isinstance(project, Project)
    assert project.funding == Funding(
        total=Decimal(300),
        fiscal=Decimal(300),
        other=Decimal(0),
        annual_request=Decimal(100),
        annual_other=Decimal(0),
        in_yuan=False,
    )


def test_a_row_of_totals_left_empty_is_a_row_of_empty_amounts() -> None:
    # `项目资金总额 | · | 年度资金申请总额 | ·`: the parts below still belong to their totals.
    rows = _emptied(SHANGHAI_STYLE_2026, {(6, 2), (6, 4)})
    (project,) = read_table(rows)
    assert isinstance(project, Project)
    assert project.funding == Funding(
        fiscal=Decimal(1250000),
        other=Decimal(0),
        appropriation=Decimal(1000000),
        carryover=Decimal(250000),
        annual_other=Decimal(0),
    )
    assert project == _expected(SHANGHAI_STYLE_2026, {(6, 2), (6, 4)})


def test_an_empty_total_over_its_parts_is_still_their_total() -> None:
    # Two totals, their parts after each, no twin labels: the parts after 资金总额 are the
    # whole period's though its amount is empty, those after 年度资金申请总额 this year's.
    rows: list[list[RawCell]] = [
        ["项目支出绩效目标表", None, None, None, None, None, None],
        ["(2023年)", None, None, None, None, None, None],
        ["单位:万元", None, None, None, None, None, None],
        ["项目名称", "安全隐患维修", None, None, None, None, None],
        ["项目资金", "资金总额", "其中:财政资金", "其他资金", "年度资金申请总额",
         "其中:财政拨款", "其他资金"],
        [None, None, 30, 1, 20, 18, 2],
        ["一级指标", "二级指标", "三级指标", "指标值", None, None, None],
        ["产出指标", "数量指标", "维修面积", "≥400平方米", None, None, None],
    ]  # fmt: skip
    (project,) = read_table(rows)
    assert isinstance(project, Project)
    assert project.funding == Funding(
        fiscal=Decimal(300000),
        other=Decimal(10000),
        annual_request=Decimal(200000),
        appropriation=Decimal(180000),
        annual_other=Decimal(20000),
    )


@pytest.mark.parametrize(
    ("table", "cell"),
    [
        pytest.param(table, cell, id=f"{table.name}-{field}")
        for table in (HUBEI_QINGSHAN_2020, SHANGHAI_STYLE_2026)
        for cell, field in CELLS[table.name].items()
    ],
)
def test_each_amount_left_empty_is_none_and_only_it(table: Table, cell: tuple[int, int]) -> None:
    assert read_table(_emptied(table, {cell})) == [_expected(table, {cell})]


@given(st.sampled_from([HUBEI_QINGSHAN_2020, SHANGHAI_STYLE_2026]).flatmap(
    lambda table: st.tuples(st.just(table), st.sets(st.sampled_from(sorted(CELLS[table.name]))))
))  # fmt: skip
def test_any_amounts_left_empty_are_none_and_only_they(
    drawn: tuple[Table, set[tuple[int, int]]],
) -> None:
    table, cells = drawn
    assert read_table(_emptied(table, cells)) == [_expected(table, cells)]
