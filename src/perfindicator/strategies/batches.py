"""Strategies for batches: their options, the files they find, what they give per file."""

from __future__ import annotations

from typing import Any

import attrs
from hypothesis import strategies as st

from perfindicator.batch import KINDS as BATCH_KINDS
from perfindicator.batch import FileResult, Found
from perfindicator.batch import Options as BatchOptions
from perfindicator.errors import Problem
from perfindicator.interchange.record_schema import RecordKind
from perfindicator.interchange.records import Record, to_records
from perfindicator.model.project import Project
from perfindicator.reports.lint import lint
from perfindicator.strategies.declarations import projects
from perfindicator.strategies.diagnostics import _FILES, problems


def batch_options() -> st.SearchStrategy[BatchOptions]:
    """The options of a batch: an actuals file by name or none, a money unit or none.

    Shrinks toward `Options()`.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=10)
        ... @given(batch_options())
        ... def check(value):
        ...     assert value.money_unit in (None, "元", "万元")
        >>> check()
    """
    return st.builds(
        BatchOptions,
        actuals=st.none() | st.sampled_from(("actuals.json", "2023/实际值.json")),
        money_unit=st.none() | st.sampled_from(("元", "万元")),
    )


def found_files() -> st.SearchStrategy[Found]:
    """Files a batch finds: a path, and its source, relative to a folder or as given.

    Shrinks toward `forms.txt`, found as given.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=10)
        ... @given(found_files())
        ... def check(value):
        ...     assert value.path.endswith(value.source)
        >>> check()
    """
    return st.builds(
        lambda name, folder: Found(path=f"{folder}{name}", source=name),
        st.sampled_from(_FILES),
        st.sampled_from(("", "forms/", "/data/2023/")),
    )


def file_results() -> st.SearchStrategy[FileResult]:
    """What `batch.process` gives for a file: a declaration's rows, or a file's problems.

    A declaration gives its `projects` row, its `indicators` and lint's `findings`, as
    `process` makes them from a drawn project; a file that cannot be read gives its drawn
    problems as `errors` rows.

    Shrinks toward the rows of a project with no indicators.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=10)
        ... @given(file_results())
        ... def check(value):
        ...     assert value.failed == bool(value.tables["errors"])
        >>> check()
    """

    def tables(**rows: list[Any]) -> dict[RecordKind, tuple[Record, ...]]:
        return {kind: tuple(dict(row) for row in rows.get(kind, ())) for kind in BATCH_KINDS}

    def read(name: str, project: Project) -> FileResult:
        declared = tables(
            projects=to_records(project, kind="projects"),
            indicators=to_records(project),
            findings=to_records((project, lint(project))),
        )
        return FileResult(path=name, tables=declared)

    def failed(name: str, found: list[Problem]) -> FileResult:
        errors = tuple(attrs.evolve(p, where=attrs.evolve(p.where, file=name)) for p in found)
        rows = tables(errors=to_records(errors, kind="errors"))
        return FileResult(path=name, tables=rows, errors=errors)

    name = st.sampled_from(_FILES)
    return st.builds(read, name, projects(max_indicators=6)) | st.builds(
        failed, name, st.lists(problems(), min_size=1, max_size=3)
    )
