"""Real templates read from every format: the fixtures of examples/forms/templates.

Each table in tests/templates/forms.py is laid out as its published template (headers
spelled as templates.md quotes them, values from the real forms or the corpus, as the
comment above each table says); tests/templates/expected.py holds the project each must
read as, written by hand from the table. scripts/build_fixtures.py writes every table in
every format; here each file must read as the expected project.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from perfindicator import Document, MonitoringReport, Project, read_table
from perfindicator.errors import Place
from perfindicator.io import read, read_grids
from tests.templates.expected import EXPECTED
from tests.templates.forms import TABLES

FOLDER = Path(__file__).resolve().parents[1] / "examples/forms/templates"
FORMATS = ("xlsx", "xls", "html", "docx", "csv", "pdf")
# Known gaps, kept failing on purpose (xfail is strict): fixed, they must be un-marked.
OPEN: dict[str, str] = {}


def _marks(name: str) -> list[pytest.MarkDecorator]:
    return [pytest.mark.xfail(reason=OPEN[name], strict=True)] if name in OPEN else []


@pytest.mark.parametrize(
    "table", [pytest.param(t, id=t.name, marks=_marks(t.name)) for t in TABLES]
)
def test_each_template_reads_as_written_from_its_rows(table: object) -> None:
    assert read_table(table.rows) == [EXPECTED[table.name]]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        pytest.param(t.name, fmt, id=f"{t.name}.{fmt}", marks=_marks(t.name))
        for t in TABLES
        for fmt in FORMATS
    ],
)
def test_every_format_reads_the_same_form(name: str, fmt: str) -> None:
    assert read(FOLDER / f"{name}.{fmt}") == [EXPECTED[name]]


def _places(document: Document) -> list[Place]:
    """Every place a form keeps: the document's, each line's, each kept cell's."""
    kept = [*document.details, *document.unclaimed]
    if isinstance(document, Project):
        lines = [i.place for i in document.indicators]
    elif isinstance(document, MonitoringReport):
        lines = [*(b.place for b in document.budget_lines), *(i.place for i in document.lines)]
    else:
        lines = [
            *(b.place for b in document.execution),
            *(k.place for k in document.labels),
            *(i.place for i in document.lines),
            *(i.actual_place for i in document.lines),
            *([] if document.total is None else [document.total_place]),
        ]
    return [document.place, *lines, *(k.place for k in kept)]


@pytest.mark.parametrize(
    ("name", "fmt"),
    [pytest.param(t.name, fmt, id=f"{t.name}.{fmt}") for t in TABLES for fmt in FORMATS],
)
def test_read_places_cells_as_the_grids_do(name: str, fmt: str) -> None:
    # `read` hands the reader's rows to the form reader without building grids; every
    # place must still be the one the grid's cell has (places take no part in equality).
    path = FOLDER / f"{name}.{fmt}"
    direct = read(path)
    through_grids = [p for table in read_grids(path) for p in read_table(table)]
    assert direct == through_grids
    assert [_places(p) for p in direct] == [_places(p) for p in through_grids]
    assert all(place.file == str(path) for p in direct for place in _places(p))
