"""Strategies for cells and grids, label cells, record columns, sheets and display tables."""

from __future__ import annotations

import datetime
import functools
from decimal import Decimal

from hypothesis import strategies as st

from perfindicator.display.tables import (
    Table,
    audit_table,
    findings_table,
    monitoring_table,
    project_tables,
    self_evaluation_table,
)
from perfindicator.documents.grid import Cell, CellValue, Grid, grid
from perfindicator.documents.labels import Label, read_label
from perfindicator.documents.official import (
    AMOUNT,
    DATE,
    PERCENT,
    POINTS,
    CellRange,
    NumberFormat,
    Sheet,
    declaration_sheet,
    self_evaluation_sheet,
)
from perfindicator.interchange.record_schema import SCHEMAS, Column
from perfindicator.strategies.declarations import projects
from perfindicator.strategies.diagnostics import _FILES, places
from perfindicator.strategies.grammar import _values
from perfindicator.strategies.results import (
    audits,
    findings,
    monitorings,
    self_evaluation_reports,
    self_evaluations,
)


@functools.cache
def _cell_values() -> st.SearchStrategy[CellValue]:
    return st.one_of(
        st.none(),
        st.text(max_size=12),
        _values(Decimal(-(10**9)), Decimal(10**9), 4),
        st.dates(datetime.date(1990, 1, 1), datetime.date(2100, 12, 31)),
    )


@functools.cache
def cells() -> st.SearchStrategy[Cell]:
    """Cells of a grid: text, an exact number, a date or nothing; shrinks toward an empty one.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=10)
        ... @given(cells())
        ... def check(value):
        ...     assert value.is_empty or value.text.strip()
        >>> check()
    """
    return st.builds(Cell, value=_cell_values(), place=places())


@st.composite
def grids(draw: st.DrawFn) -> Grid:
    """Grids as `grid` builds them from rows of cell values, each cell placed.

    Rows may differ in length, as extracted tables do. Shrinks toward an empty grid.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=10)
        ... @given(grids())
        ... def check(value):
        ...     assert all(cell.place.row == r for r, row in enumerate(value.rows, 1) for cell in row)
        >>> check()
    """
    rows = draw(st.lists(st.lists(_cell_values(), max_size=6), max_size=6))
    return grid(
        rows, file=draw(st.none() | st.sampled_from(_FILES)), sheet=draw(st.none() | st.just("表1"))
    )


_LABEL_TEXTS = (
    "三级指标",
    "产出指标(50分)",
    "数量指标(必填硬性指标)",
    "指标值(长期)",
    "*资金情况 (单位:万元):",
    "年度绩效目标1(40分)",
    "分值",
)


@functools.cache
def labels() -> st.SearchStrategy[Label]:
    """Label cells as `read_label` normalises them: header spellings of real forms, or any text.

    Shrinks toward `三级指标`.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=10)
        ... @given(labels())
        ... def check(value):
        ...     assert " " not in value.text
        >>> check()
    """
    return st.builds(read_label, st.sampled_from(_LABEL_TEXTS) | st.text(max_size=12))


@functools.cache
def columns() -> st.SearchStrategy[Column]:
    """The declared columns of the record kinds (`SCHEMAS`); shrinks toward the first.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=10)
        ... @given(columns())
        ... def check(value):
        ...     assert value.fits(None)
        >>> check()
    """
    return st.sampled_from([column for kind in SCHEMAS.values() for column in kind])


@st.composite
def cell_ranges(draw: st.DrawFn) -> CellRange:
    """Merged ranges, corners from 1 and in order; shrinks toward the one cell `A1:A1`.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=10)
        ... @given(cell_ranges())
        ... def check(value):
        ...     assert value.top <= value.bottom and value.left <= value.right
        >>> check()
    """
    top, left = draw(st.integers(1, 100)), draw(st.integers(1, 30))
    return CellRange(
        top=top,
        left=left,
        bottom=top + draw(st.integers(0, 10)),
        right=left + draw(st.integers(0, 10)),
    )


@functools.cache
def number_formats() -> st.SearchStrategy[NumberFormat]:
    """The number formats the official layouts use, at a cell; shrinks toward `A1` amounts.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=10)
        ... @given(number_formats())
        ... def check(value):
        ...     assert value.row >= 1 and value.code
        >>> check()
    """
    return st.builds(
        NumberFormat,
        row=st.integers(1, 100),
        column=st.integers(1, 30),
        code=st.sampled_from([AMOUNT, PERCENT, POINTS, DATE]),
    )


def sheets() -> st.SearchStrategy[Sheet]:
    """Official forms as sheets: a drawn project's 申报表, a drawn report's 自评表.

    Shrinks toward the 申报表 of a project with no indicators.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=10)
        ... @given(sheets())
        ... def check(value):
        ...     assert all(len(row) == len(value.rows[0]) for row in value.rows)
        >>> check()
    """
    return projects(max_indicators=8).map(declaration_sheet) | self_evaluation_reports().map(
        self_evaluation_sheet
    )


def display_tables() -> st.SearchStrategy[Table]:
    """The tables results are shown as in Jupyter, of drawn projects, findings and results.

    Shrinks toward the header table of a project with no indicators.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=10)
        ... @given(display_tables())
        ... def check(value):
        ...     assert all(len(row) == len(value.header) for row in value.rows) or not value.header
        >>> check()
    """
    return st.one_of(
        projects(max_indicators=8).map(lambda project: project_tables(project)[0]),
        findings().map(findings_table),
        self_evaluations().map(self_evaluation_table),
        monitorings().map(monitoring_table),
        audits().map(audit_table),
    )
