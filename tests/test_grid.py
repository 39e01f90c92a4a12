"""The grid of cells every file format comes to: exact values, placed cells, clear refusals."""

from __future__ import annotations

import datetime
from decimal import Decimal as D
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from perfindicator import FieldError, FieldTypeError, Place
from perfindicator.documents.grid import Cell, RawCell, grid


def test_cells_are_placed_from_one() -> None:
    table = grid([["项目名称", "弱电安防"], [], ["年度", 2022, None]], file="a.xlsx", sheet="表1")
    assert [len(row) for row in table.rows] == [2, 0, 3]
    assert table.width == 3
    cell = table.rows[2][1]
    assert (cell.place.file, cell.place.sheet, cell.place.row, cell.place.column) == (
        "a.xlsx",
        "表1",
        3,
        2,
    )
    assert table.source == Place(file="a.xlsx", sheet="表1")


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        # Spreadsheets hand on the nearest float of what was typed; the shortest repr is it.
        (0.95, D("0.95")),
        (15399.72, D("15399.72")),
        (95.0, D(95)),
        (D("15,399.72".replace(",", "")), D("15399.72")),
        (2022, D(2022)),
        (datetime.datetime(2022, 12, 31), datetime.date(2022, 12, 31)),
        (datetime.date(2022, 1, 1), datetime.date(2022, 1, 1)),
        (" ≥95% ", " ≥95% "),  # text is kept as written: the form reader decides
        (None, None),
    ],
)
def test_values_are_read_exactly(raw: Any, value: object) -> None:
    (cell,) = grid([[raw]]).rows[0]
    assert cell.value == value
    assert type(cell.value) is type(value)


@pytest.mark.parametrize(
    ("raw", "error", "fragment"),
    [
        (True, FieldTypeError, "no bool"),
        (float("nan"), FieldError, "finite"),
        (1e300, FieldError, "digits"),
        (datetime.datetime(2022, 1, 1, 9, 30), FieldError, "time of day"),
        ([1], FieldTypeError, "must be a str"),
        (object(), FieldTypeError, "must be a str"),
    ],
)
def test_a_bad_cell_is_refused_naming_its_place(
    raw: Any, error: type[Exception], fragment: str
) -> None:
    with pytest.raises(error) as caught:
        grid([["x", raw]], file="a.xlsx", sheet="表1")
    assert isinstance(caught.value, FieldError)
    assert caught.value.field == "cell a.xlsx[sheet 表1]:1:2"
    assert fragment in caught.value.reason


@pytest.mark.parametrize("rows", ["项目名称", b"x", 3, [["a"], "bc"]])
def test_rows_must_be_rows(rows: Any) -> None:
    with pytest.raises(FieldTypeError):
        grid(rows)


def test_where_a_cell_came_from_takes_no_part_in_equality() -> None:
    rows: list[list[RawCell]] = [["项目名称", "弱电安防"], ["资金", D("15399720")]]
    assert grid(rows, file="a.xlsx", sheet="Sheet1") == grid(rows, file="a.html")
    assert grid(rows) != grid([["项目名称", "弱电安防"]])


def test_cell_text_and_emptiness() -> None:
    assert Cell(value=D("1.50")).text == "1.50"
    assert Cell(value=datetime.date(2022, 6, 30)).text == "2022-06-30"
    assert [Cell(value=v).is_empty for v in (None, "", " \u3000", "0", D(0))] == [
        True,
        True,
        True,
        False,
        False,
    ]
    with pytest.raises(FieldTypeError):
        Cell(value=0.5)  # type: ignore[arg-type]


_RAW = st.one_of(
    st.none(),
    st.text(max_size=8),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.decimals(
        allow_nan=False, allow_infinity=False, places=2, max_value=10**9, min_value=-(10**9)
    ),
    st.dates(),
    # What a person types: at most 15 significant digits, here up to 4 places.
    st.decimals(places=4, min_value=-(10**10), max_value=10**10).map(float),
)


@given(st.lists(st.lists(_RAW, max_size=6), max_size=6))
def test_any_table_of_cell_values_reads_with_every_cell_placed(rows: list[list[Any]]) -> None:
    table = grid(rows, file="f")
    assert [len(row) for row in table.rows] == [len(row) for row in rows]
    for r, row in enumerate(table.rows, start=1):
        for c, cell in enumerate(row, start=1):
            assert (cell.place.row, cell.place.column) == (r, c)
            raw = rows[r - 1][c - 1]
            if isinstance(raw, float):
                # The number typed is the shortest decimal that reads back as the same float.
                assert isinstance(cell.value, D)
                assert float(cell.value) == raw
                assert len(cell.value.as_tuple().digits) <= 15
            elif isinstance(raw, int):
                assert cell.value == D(raw)
                assert isinstance(cell.value, D)
            else:
                assert cell.value == raw
