"""Hypothesis strategies for perfindicator's types, for your own property-based tests.

Needs the `hypothesis` extra (`pip install perfindicator[hypothesis]`). Every strategy
generates only values the constructors accept, and shrinks toward the simplest value (each
docstring says which): a project with no indicators, the default settings, an empty cell.
Results (`SelfEvaluation`, `Audit`, `Monitoring`, …) are computed by the library from drawn
inputs, never filled in field by field; the workflow strategies (`scorable_projects`,
`project_actuals`, `monitoring_progress`) draw inputs the reports accept, and
`published_self_evaluations` and `form_tables` draw documents as the audit and the reader
are given them, with what those must find. The same strategies back `st.from_type` for
every public type once Hypothesis is imported, through its entry point.

Example:
    >>> from hypothesis import given
    >>> from perfindicator import parse_target
    >>> from perfindicator.strategies import target_texts
    >>> @given(target_texts())
    ... def test_spellings_mean_their_target(case):
    ...     text, target = case
    ...     assert parse_target(text) == target
    >>> test_spellings_mean_their_target()
"""

from __future__ import annotations

try:
    import hypothesis  # noqa: F401 - the submodules import it; fail here with advice
except ImportError as error:  # pragma: no cover - exercised in a subprocess test
    raise ImportError(
        "perfindicator.strategies needs Hypothesis: pip install 'perfindicator[hypothesis]'"
    ) from error

from perfindicator.model.targets import TargetKind
from perfindicator.strategies.actuals import actuals_for, budget_executions, judgements
from perfindicator.strategies.batches import batch_options, file_results, found_files
from perfindicator.strategies.declarations import fundings, goals, indicators, projects
from perfindicator.strategies.diagnostics import complaints, places, problems, registered_rules
from perfindicator.strategies.documents import (
    budget_lines,
    execution_lines,
    labelled_texts,
    monitored_indicators,
    monitoring_reports,
    points_labels,
    reported_indicators,
    reported_subtotals,
)
from perfindicator.strategies.grammar import (
    ALL_KINDS,
    changes,
    comparisons,
    date_periods,
    deadlines,
    qualitatives,
    quantities,
    ranges,
    relative_deadlines,
    schedules,
    target_texts,
    targets,
    units,
)
from perfindicator.strategies.layouts import (
    cell_ranges,
    cells,
    columns,
    display_tables,
    grids,
    labels,
    number_formats,
    sheets,
)
from perfindicator.strategies.published import PLANTABLE_CODES, published_self_evaluations
from perfindicator.strategies.results import (
    audited_lines,
    audits,
    discrepancies,
    evaluations,
    findings,
    monitoring_lines,
    monitorings,
    progress_records,
    scored_indicators,
    self_evaluation_reports,
    self_evaluations,
    subtotals,
)
from perfindicator.strategies.settings import (
    execution_bands,
    level2_points,
    lint_rules,
    monitoring_rules,
    qualitative_bands,
    scoring_rules,
    scoring_schemes,
    weights,
)
from perfindicator.strategies.tables import FORM_TEMPLATES, form_tables
from perfindicator.strategies.workflows import (
    SCORABLE_KINDS,
    monitoring_progress,
    project_actuals,
    scorable_projects,
)

__all__ = [
    "ALL_KINDS",
    "FORM_TEMPLATES",
    "PLANTABLE_CODES",
    "SCORABLE_KINDS",
    "TargetKind",
    "actuals_for",
    "audited_lines",
    "audits",
    "batch_options",
    "budget_executions",
    "budget_lines",
    "cell_ranges",
    "cells",
    "changes",
    "columns",
    "comparisons",
    "complaints",
    "date_periods",
    "deadlines",
    "discrepancies",
    "display_tables",
    "evaluations",
    "execution_bands",
    "execution_lines",
    "file_results",
    "findings",
    "form_tables",
    "found_files",
    "fundings",
    "goals",
    "grids",
    "indicators",
    "judgements",
    "labelled_texts",
    "labels",
    "level2_points",
    "lint_rules",
    "monitored_indicators",
    "monitoring_lines",
    "monitoring_progress",
    "monitoring_reports",
    "monitoring_rules",
    "monitorings",
    "number_formats",
    "places",
    "points_labels",
    "problems",
    "progress_records",
    "project_actuals",
    "projects",
    "published_self_evaluations",
    "qualitative_bands",
    "qualitatives",
    "quantities",
    "ranges",
    "registered_rules",
    "relative_deadlines",
    "reported_indicators",
    "reported_subtotals",
    "schedules",
    "scorable_projects",
    "scored_indicators",
    "scoring_rules",
    "scoring_schemes",
    "self_evaluation_reports",
    "self_evaluations",
    "sheets",
    "subtotals",
    "target_texts",
    "targets",
    "units",
    "weights",
]
