"""`read` reads the same form from every format: what `format_form` writes, in any file.

`format_form` lays a project out as the Shanghai template's table (its text split on tabs
gives the rows); the test-side writers put those rows into each format the library reads,
and `read` must give back exactly the project. Amounts are written as the form writes them,
text with thousands separators (`15,399,720`), in every format: an `.xlsx` or `.xls` cell
holding that text is what a form typed into a spreadsheet holds.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, example, given, settings

from perfindicator import FormError, Funding, Goals, Project, format_form
from perfindicator.documents.labels import is_label, is_title
from perfindicator.io import read
from perfindicator.strategies import projects
from tests.templates.forms import Row, Table
from tests.writers import write

# Every extension the test-side writers write and `read` reads.
EXTENSIONS = ("xlsx", "xls", "html", "docx", "csv", "tsv", "txt", "pdf")
# The PDF font (STSong-Light) has no glyph for these: reportlab drops them from the page,
# so a PDF cannot hold them (tests/writers/pdf.py). A project holding one is not drawn for
# the PDF; the equality is kept whole.
NOT_IN_PDF = ("\u00b7", "\u2212")


def _texts(project: Project) -> list[str]:
    return [
        project.name,
        project.category,
        project.department,
        project.implementing_unit,
        project.goals.overall,
        project.goals.annual,
        *(indicator.name for indicator in project.indicators),
    ]


def _rows(project: Project) -> list[Row] | None:
    """The rows of the project's Shanghai table, or None where the layout cannot hold it."""
    # A value spelled as another template's label (项目名称, 长期目标) or as a form's title
    # (绩效目标表) is ambiguous in a table of any template (as in tests/test_read_table.py).
    if any(is_label(text) or is_title(text) for text in _texts(project)):
        return None
    try:
        text = format_form(project)
    except FormError:
        return None  # a project the layout cannot hold
    rows: list[Row] = [[cell or None for cell in line.split("\t")] for line in text.splitlines()]
    # Rows as wide as the table: the PDF writer draws a rectangular table.
    width = max(len(row) for row in rows)
    return [row + [None] * (width - len(row)) for row in rows]


def _written(folder: Path, extension: str, rows: list[Row]) -> Path:
    path = folder / f"form.{extension}"
    write(path, [Table(name="form", rows=rows, merges=[], source="", money_note="")])
    return path


def _holds(rows: list[Row], marks: Sequence[str]) -> bool:
    return any(
        mark in cell for row in rows for cell in row if isinstance(cell, str) for mark in marks
    )


def _reads_back(folder: Path, extension: str, project: Project) -> None:
    rows = _rows(project)
    assume(rows is not None)
    assert rows is not None
    if extension == "pdf":
        assume(not _holds(rows, NOT_IN_PDF))
    path = _written(folder, extension, rows)
    # The Shanghai form announces no money unit: its amounts are 元 (domain notes).
    assert read(path, money_unit="元") == [project]


# The project whose annual goal holds a review-opinion word (初审意见, FOOTER_WORDS in
# documents/labels.py): the header reader takes the row for a footer and drops it.
FOOTER_GOAL = Project(
    name="一",
    year=2023,
    start=datetime.date(2023, 1, 1),
    end=datetime.date(2023, 1, 1),
    funding=Funding(
        total=Decimal(0), fiscal=Decimal(0), annual_request=Decimal(0), appropriation=Decimal(0)
    ),
    goals=Goals(annual="落实初审意见"),
)

_HEALTH = [HealthCheck.too_slow, HealthCheck.filter_too_much]


@pytest.mark.parametrize("extension", [e for e in EXTENSIONS if e != "pdf"])
@settings(max_examples=25, deadline=None, suppress_health_check=_HEALTH)
@given(project=projects(max_indicators=5))
@example(project=FOOTER_GOAL)
def test_every_format_reads_back_the_written_form(
    extension: str, tmp_path_factory: pytest.TempPathFactory, project: Project
) -> None:
    # A folder per example: Hypothesis runs every example in one call of the test.
    _reads_back(tmp_path_factory.mktemp(extension), extension, project)


# A PDF costs a layout and an extraction per example: fewer of them.
@settings(max_examples=10, deadline=None, suppress_health_check=_HEALTH)
@given(project=projects(max_indicators=5))
@example(project=FOOTER_GOAL)
def test_a_pdf_reads_back_the_written_form(
    tmp_path_factory: pytest.TempPathFactory, project: Project
) -> None:
    _reads_back(tmp_path_factory.mktemp("pdf"), "pdf", project)
