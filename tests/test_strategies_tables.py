"""`form_tables` draws declaration forms the reader reads as drawn (issue #17, point 3 and 5).

The reader's property: for a drawn table of every template, `read_table(rows)` is exactly
the project `form_tables` built from its drawn parts. Documents are compared whole: places
take no part in a document's equality, so nothing needs setting aside.
"""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest
from hypothesis import find, given, settings
from hypothesis import strategies as st

from perfindicator import FormKind, Project, read_table
from perfindicator.documents.grid import RawCell
from perfindicator.strategies import FORM_TEMPLATES, form_tables
from tests.templates.expected import EXPECTED
from tests.templates.forms import TABLES

_CELL_TYPES = (str, int, float, Decimal, datetime.date, type(None))


@pytest.mark.parametrize("template", FORM_TEMPLATES)
@given(data=st.data())
def test_the_reader_reads_every_drawn_table_as_drawn(template: str, data: st.DataObject) -> None:
    rows, expected = data.draw(form_tables(template=template))
    assert read_table(rows) == [expected]


@settings(max_examples=50)
@given(form_tables())
def test_any_template_draws_rows_of_cell_values(case: tuple[list[list[RawCell]], Project]) -> None:
    rows, expected = case
    assert all(isinstance(cell, _CELL_TYPES) for row in rows for cell in row)
    # Every form of a template is as wide as its title row, as a spreadsheet gives it.
    assert {len(row) for row in rows} == {len(rows[0])}
    assert expected.indicators


def test_the_templates_are_the_fixtures_declaration_templates() -> None:
    # Named as tests/templates/forms.py names its real-template tables: every one that
    # reads as a declaration (a Project), and no monitoring table or self-evaluation.
    declarations = {name for name, document in EXPECTED.items() if isinstance(document, Project)}
    assert {table.name for table in TABLES} >= declarations
    assert len(FORM_TEMPLATES) == len(declarations) == 10
    assert set(FORM_TEMPLATES) == declarations


def test_an_unknown_template_is_refused_with_the_known_names() -> None:
    with pytest.raises(ValueError, match="unknown template 'beijing_2024'") as caught:
        form_tables(template="beijing_2024")
    for name in FORM_TEMPLATES:
        assert name in str(caught.value)


_BOTH_PERIODS = ("hunan_ningxiang_2021", "hubei_qingshan_2020")


def _always(_: object) -> bool:
    return True


@pytest.mark.parametrize("template", FORM_TEMPLATES)
def test_tables_shrink_toward_one_indicator(template: str) -> None:
    # The docstring: shrinks toward a form of one indicator, one mid-term and one annual
    # where the template has both (stacked: 湖南 宁乡; side by side: 湖北 青山).
    _rows, expected = find(
        form_tables(template=template), _always, settings=settings(database=None)
    )
    assert len(expected.indicators) == (2 if template in _BOTH_PERIODS else 1)


_WAN = Decimal(10_000)


@settings(max_examples=30)
@given(form_tables(template="tianjin_hebei_2023"))
def test_an_announced_unit_converts_the_amounts(case: tuple[list[list[RawCell]], Project]) -> None:
    # By the rule, not by the strategy: 单位:万元 multiplies the written budget by 10000,
    # 单位:元 keeps it, and without an announcement it is kept as written, unit unknown.
    rows, _expected = case
    announced = [cell for row in rows for cell in row if str(cell).startswith("单位:")]
    budget_row = next(row for row in rows if row[0] == "预算规模及资金用途")
    written = budget_row[2]
    (project,) = read_table(rows)
    assert isinstance(project, Project)
    if written is None:
        assert project.funding.annual_request is None
        return
    amount = Decimal(str(written))
    if announced == ["单位:万元"]:
        assert project.funding.annual_request == amount * _WAN
    else:
        assert project.funding.annual_request == amount
        assert project.funding.in_yuan is bool(announced)


@settings(max_examples=30)
@given(form_tables(template="sichuan_jingyan_2023"))
def test_a_flat_form_gives_every_row_the_project_cells(
    case: tuple[list[list[RawCell]], Project],
) -> None:
    # The project's cells stand on the first indicator row only (merged down the rest).
    rows, expected = case
    (project,) = read_table(rows)
    assert isinstance(project, Project)
    assert project.kind in (FormKind.DECLARATION, FormKind.TARGETS, FormKind.APPROVAL)
    indicator_rows = rows[3:]
    assert len(project.indicators) == len(indicator_rows)
    assert all(row[:4] == [None] * 4 for row in indicator_rows[1:])
    assert project.name == indicator_rows[0][1] == expected.name
