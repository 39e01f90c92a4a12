"""Frames of drawn results keep every value (issue #17, point 5).

Beside the hand-written cases of test_frames.py: projects, self-evaluations, monitorings and
audits drawn by `perfindicator.strategies`, put through `to_polars`. The rule is
`perfindicator.frames`' own promise: every column's type comes from the schema, and no
value is rounded or coerced, so a frame's rows are the records `to_records` gives, value
for value; and the kinds whose records hold their objects in full (a project's indicator
rows, an audit's discrepancies) are rebuilt by `from_records` from the frame's rows.
"""

from __future__ import annotations

from typing import Any

import attrs
import pytest
from hypothesis import assume, given, settings

from perfindicator import Audit, Funding, Goals, Monitoring, Project, SelfEvaluation
from perfindicator.interchange.rebuild import from_records
from perfindicator.interchange.records import to_records
from perfindicator.strategies import audits, monitorings, projects, self_evaluations

pytest.importorskip("polars")

from perfindicator.frames import to_polars


def _held(project: Project) -> Project:
    """`project` without the parts indicator records do not hold (funding, goals)."""
    return attrs.evolve(project, funding=Funding(), goals=Goals())


@settings(max_examples=50)
@given(projects(max_indicators=8))
def test_a_drawn_project_comes_back_from_its_frame(project: Project) -> None:
    # A project without indicators has no rows, so it cannot come back (from_records says).
    assume(project.indicators)
    held = _held(project)
    rows = to_polars(held).to_dicts()
    assert rows == to_records(held)
    assert from_records(rows, "indicators") == (held,)


@settings(max_examples=25)
@given(audits())
def test_an_audits_discrepancies_come_back_from_their_frame(audit: Audit) -> None:
    rows = to_polars(audit).to_dicts()
    assert rows == to_records(audit)
    assert from_records(rows, "discrepancies") == audit.discrepancies


def _rows(result: Any) -> list[dict[str, Any]]:
    return to_polars(result).to_dicts()


@settings(max_examples=25)
@given(self_evaluations())
def test_a_self_evaluations_frame_keeps_every_value(result: SelfEvaluation) -> None:
    assert _rows(result) == to_records(result)


@settings(max_examples=25)
@given(monitorings())
def test_a_monitorings_frame_keeps_every_value(result: Monitoring) -> None:
    assert _rows(result) == to_records(result)
