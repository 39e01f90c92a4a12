"""Hypothesis' entry point: registers strategies for perfindicator's types.

Hypothesis loads this only when it is itself imported, so the registration costs nothing to
users who never import Hypothesis. The strategies are looked up when first asked for, because
`perfindicator.strategies` itself imports Hypothesis. Enums need no entry: Hypothesis draws
their members itself.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

STRATEGIES: dict[str, str] = {
    "perfindicator.model.quantity.Quantity": "quantities",
    "perfindicator.model.targets.Comparison": "comparisons",
    "perfindicator.model.targets.Range": "ranges",
    "perfindicator.model.targets.Deadline": "deadlines",
    "perfindicator.model.targets.DatePeriod": "date_periods",
    "perfindicator.model.targets.RelativeDeadline": "relative_deadlines",
    "perfindicator.model.targets.Schedule": "schedules",
    "perfindicator.model.targets.Change": "changes",
    "perfindicator.model.targets.Qualitative": "qualitatives",
    "perfindicator.model.project.Indicator": "indicators",
    "perfindicator.model.project.Funding": "fundings",
    "perfindicator.model.project.Goals": "goals",
    "perfindicator.model.project.Project": "projects",
    "perfindicator.model.project.LabelledText": "labelled_texts",
    "perfindicator.model.outcomes.Judgement": "judgements",
    "perfindicator.reports.budget.BudgetExecution": "budget_executions",
    # Settings.
    "perfindicator.scoring.rules.ScoringRules": "scoring_rules",
    "perfindicator.reports.scheme.Weights": "weights",
    "perfindicator.reports.scheme.QualitativeBands": "qualitative_bands",
    "perfindicator.reports.scheme.ScoringScheme": "scoring_schemes",
    "perfindicator.reports.scheme.ExecutionBand": "execution_bands",
    "perfindicator.reports.scheme.Level2Points": "level2_points",
    "perfindicator.reports.rules.LintRules": "lint_rules",
    "perfindicator.reports.lights.MonitoringRules": "monitoring_rules",
    # Results, computed from drawn inputs.
    "perfindicator.scoring.evaluate.Evaluation": "evaluations",
    "perfindicator.reports.selfeval.SelfEvaluation": "self_evaluations",
    "perfindicator.reports.selfeval.ScoredIndicator": "scored_indicators",
    "perfindicator.reports.selfeval.Subtotal": "subtotals",
    "perfindicator.reports.lint.Findings": "findings",
    "perfindicator.reports.monitoring.Monitoring": "monitorings",
    "perfindicator.reports.monitoring.MonitoringLine": "monitoring_lines",
    "perfindicator.reports.monitoring.Progress": "progress_records",
    "perfindicator.audits.audit.Audit": "audits",
    "perfindicator.audits.audit.AuditedLine": "audited_lines",
    "perfindicator.audits.discrepancies.Discrepancy": "discrepancies",
    "perfindicator.errors.Place": "places",
    "perfindicator.errors.Problem": "problems",
    "perfindicator.reports.rules.Rule": "registered_rules",
    "perfindicator.reports.rules.Complaint": "complaints",
    # Documents.
    "perfindicator.documents.selfeval_report.SelfEvaluationReport": "self_evaluation_reports",
    "perfindicator.documents.selfeval_report.ExecutionLine": "execution_lines",
    "perfindicator.documents.selfeval_report.PointsLabel": "points_labels",
    "perfindicator.documents.selfeval_report.ReportedIndicator": "reported_indicators",
    "perfindicator.documents.selfeval_report.ReportedSubtotal": "reported_subtotals",
    "perfindicator.documents.monitoring_report.MonitoringReport": "monitoring_reports",
    "perfindicator.documents.monitoring_report.MonitoredIndicator": "monitored_indicators",
    "perfindicator.documents.monitoring_report.BudgetLine": "budget_lines",
    "perfindicator.documents.grid.Cell": "cells",
    "perfindicator.documents.grid.Grid": "grids",
    "perfindicator.documents.labels.Label": "labels",
    "perfindicator.documents.official.CellRange": "cell_ranges",
    "perfindicator.documents.official.NumberFormat": "number_formats",
    "perfindicator.documents.official.Sheet": "sheets",
    "perfindicator.interchange.record_schema.Column": "columns",
    "perfindicator.display.tables.Table": "display_tables",
    # Batches.
    "perfindicator.batch.result.Options": "batch_options",
    "perfindicator.batch.result.FileResult": "file_results",
    "perfindicator.batch.finding.Found": "found_files",
}
"""Each registered type, by the dotted path of its definition, and its strategy's name."""


def _lazy(name: str) -> Callable[[type], Any]:
    def resolve(_: type) -> Any:
        from perfindicator import strategies

        return getattr(strategies, name)()

    return resolve


def _hypothesis_setup_hook() -> None:
    from hypothesis import strategies as st

    for path, name in STRATEGIES.items():
        module, _, cls = path.rpartition(".")
        st.register_type_strategy(getattr(importlib.import_module(module), cls), _lazy(name))
