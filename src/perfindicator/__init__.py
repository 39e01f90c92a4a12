"""perfindicator: Chinese fiscal project performance targets (财政项目支出绩效目标), typed and exact.

The public names are importable from here:

>>> from perfindicator import parse_target
>>> parse_target("≥ 95 ％")
<Comparison('>=95%')>

Each name's module is imported the first time the name is used (PEP 562), so that
`import perfindicator` costs next to nothing and a script or a notebook loads only what it
uses: parsing a target loads neither the readers nor the JSON converter nor the display layer.
"""

from __future__ import annotations

import functools
import importlib
from types import ModuleType
from typing import TYPE_CHECKING

from perfindicator import _views

# What type checkers and the API reference read; at run time each name is looked up in
# `_SOURCES` on first use instead (a test checks that the two agree).
if TYPE_CHECKING:
    from perfindicator.audits.audit import Audit, AuditedLine, audit
    from perfindicator.audits.discrepancies import Discrepancy
    from perfindicator.documents.document import Document, project_of
    from perfindicator.documents.monitoring_report import (
        BudgetLine,
        MonitoredIndicator,
        MonitoringReport,
        format_monitoring,
    )
    from perfindicator.documents.selfeval_report import (
        ExecutionLine,
        PointsLabel,
        ReportedIndicator,
        ReportedSubtotal,
        SelfEvaluationReport,
    )
    from perfindicator.documents.shanghai import format_form, read_forms
    from perfindicator.documents.table import read_table
    from perfindicator.errors import (
        ActualTypeError,
        DataError,
        EvaluationError,
        FieldError,
        FieldTypeError,
        FormError,
        LabelError,
        MissingExtraError,
        MonitoringError,
        PerfIndicatorError,
        Place,
        Problem,
        ReadError,
        SelfEvaluationError,
        Severity,
        TargetSyntaxError,
        UnitMismatchError,
    )
    from perfindicator.grammar.cells import CellSyntaxError, direction_from_sign, target_from_cells
    from perfindicator.grammar.parse import parse_quantity, parse_target
    from perfindicator.interchange.convert import (
        configure_converter,
        from_dict,
        from_json,
        make_converter,
        to_dict,
        to_json,
    )
    from perfindicator.interchange.rebuild import from_records
    from perfindicator.interchange.record_schema import (
        Column,
        ColumnType,
        DiscrepancyRecord,
        FindingRecord,
        IndicatorRecord,
        LineRecord,
        MonitoringRecord,
        RecordKind,
    )
    from perfindicator.interchange.records import Record, record_kind, to_records
    from perfindicator.interchange.schema import json_schema
    from perfindicator.model.categories import Level1, Level2
    from perfindicator.model.kinds import FormKind, Period, ReportLayout, StandardBasis
    from perfindicator.model.outcomes import Judgement, Outcome
    from perfindicator.model.project import Funding, Goals, Indicator, LabelledText, Project
    from perfindicator.model.quantity import Quantity
    from perfindicator.model.targets import (
        Cadence,
        Change,
        Comparison,
        DatePeriod,
        Deadline,
        Direction,
        Op,
        Precision,
        Qualitative,
        Range,
        RelativeDeadline,
        Schedule,
        Target,
        TimeUnit,
    )
    from perfindicator.reports.budget import BudgetExecution
    from perfindicator.reports.lights import Accrual, Light, MonitoringRules, TimeBasis
    from perfindicator.reports.lint import Finding, Findings, LintRules, lint
    from perfindicator.reports.monitoring import (
        Likelihood,
        Monitoring,
        MonitoringLine,
        Progress,
        monitor,
    )
    from perfindicator.reports.scheme import (
        Denominator,
        ExecutionBand,
        Level2Points,
        QualitativeBands,
        ScoringScheme,
        Weights,
    )
    from perfindicator.reports.selfeval import (
        Grade,
        ScoredIndicator,
        SelfEvaluation,
        Subtotal,
        self_evaluate,
    )
    from perfindicator.scoring.evaluate import Actual, Baseline, Evaluation, Events, evaluate, score
    from perfindicator.scoring.rules import LowerIsBetter, ScoringRules

# The module that defines each public name.
_SOURCES: dict[str, tuple[str, ...]] = {
    "perfindicator.audits.audit": (
        "Audit",
        "AuditedLine",
        "audit",
    ),
    "perfindicator.audits.discrepancies": ("Discrepancy",),
    "perfindicator.documents.document": (
        "Document",
        "project_of",
    ),
    "perfindicator.documents.monitoring_report": (
        "BudgetLine",
        "MonitoredIndicator",
        "MonitoringReport",
        "format_monitoring",
    ),
    "perfindicator.documents.selfeval_report": (
        "ExecutionLine",
        "PointsLabel",
        "ReportedIndicator",
        "ReportedSubtotal",
        "SelfEvaluationReport",
    ),
    "perfindicator.documents.shanghai": (
        "format_form",
        "read_forms",
    ),
    "perfindicator.documents.table": ("read_table",),
    "perfindicator.errors": (
        "ActualTypeError",
        "DataError",
        "EvaluationError",
        "FieldError",
        "FieldTypeError",
        "FormError",
        "LabelError",
        "MissingExtraError",
        "MonitoringError",
        "PerfIndicatorError",
        "Place",
        "Problem",
        "ReadError",
        "SelfEvaluationError",
        "Severity",
        "TargetSyntaxError",
        "UnitMismatchError",
    ),
    "perfindicator.grammar.cells": (
        "CellSyntaxError",
        "direction_from_sign",
        "target_from_cells",
    ),
    "perfindicator.grammar.parse": (
        "parse_quantity",
        "parse_target",
    ),
    "perfindicator.interchange.convert": (
        "configure_converter",
        "from_dict",
        "from_json",
        "make_converter",
        "to_dict",
        "to_json",
    ),
    "perfindicator.interchange.rebuild": ("from_records",),
    "perfindicator.interchange.record_schema": (
        "Column",
        "ColumnType",
        "DiscrepancyRecord",
        "FindingRecord",
        "IndicatorRecord",
        "LineRecord",
        "MonitoringRecord",
        "RecordKind",
    ),
    "perfindicator.interchange.records": (
        "Record",
        "record_kind",
        "to_records",
    ),
    "perfindicator.interchange.schema": ("json_schema",),
    "perfindicator.model.categories": (
        "Level1",
        "Level2",
    ),
    "perfindicator.model.kinds": (
        "FormKind",
        "Period",
        "ReportLayout",
        "StandardBasis",
    ),
    "perfindicator.model.outcomes": (
        "Judgement",
        "Outcome",
    ),
    "perfindicator.model.project": (
        "Funding",
        "Goals",
        "Indicator",
        "LabelledText",
        "Project",
    ),
    "perfindicator.model.quantity": ("Quantity",),
    "perfindicator.model.targets": (
        "Cadence",
        "Change",
        "Comparison",
        "DatePeriod",
        "Deadline",
        "Direction",
        "Op",
        "Precision",
        "Qualitative",
        "Range",
        "RelativeDeadline",
        "Schedule",
        "Target",
        "TimeUnit",
    ),
    "perfindicator.reports.budget": ("BudgetExecution",),
    "perfindicator.reports.lights": (
        "Accrual",
        "Light",
        "MonitoringRules",
        "TimeBasis",
    ),
    "perfindicator.reports.lint": (
        "Finding",
        "Findings",
        "LintRules",
        "lint",
    ),
    "perfindicator.reports.monitoring": (
        "Likelihood",
        "Monitoring",
        "MonitoringLine",
        "Progress",
        "monitor",
    ),
    "perfindicator.reports.scheme": (
        "Denominator",
        "ExecutionBand",
        "Level2Points",
        "QualitativeBands",
        "ScoringScheme",
        "Weights",
    ),
    "perfindicator.reports.selfeval": (
        "Grade",
        "ScoredIndicator",
        "SelfEvaluation",
        "Subtotal",
        "self_evaluate",
    ),
    "perfindicator.scoring.evaluate": (
        "Actual",
        "Baseline",
        "Evaluation",
        "Events",
        "evaluate",
        "score",
    ),
    "perfindicator.scoring.rules": (
        "LowerIsBetter",
        "ScoringRules",
    ),
}

__all__ = [
    "Accrual",
    "Actual",
    "ActualTypeError",
    "Audit",
    "AuditedLine",
    "Baseline",
    "BudgetExecution",
    "BudgetLine",
    "Cadence",
    "CellSyntaxError",
    "Change",
    "Column",
    "ColumnType",
    "Comparison",
    "DataError",
    "DatePeriod",
    "Deadline",
    "Denominator",
    "Direction",
    "Discrepancy",
    "DiscrepancyRecord",
    "Document",
    "Evaluation",
    "EvaluationError",
    "Events",
    "ExecutionBand",
    "ExecutionLine",
    "FieldError",
    "FieldTypeError",
    "Finding",
    "FindingRecord",
    "Findings",
    "FormError",
    "FormKind",
    "Funding",
    "Goals",
    "Grade",
    "Indicator",
    "IndicatorRecord",
    "Judgement",
    "LabelError",
    "LabelledText",
    "Level1",
    "Level2",
    "Level2Points",
    "Light",
    "Likelihood",
    "LineRecord",
    "LintRules",
    "LowerIsBetter",
    "MissingExtraError",
    "MonitoredIndicator",
    "Monitoring",
    "MonitoringError",
    "MonitoringLine",
    "MonitoringRecord",
    "MonitoringReport",
    "MonitoringRules",
    "Op",
    "Outcome",
    "PerfIndicatorError",
    "Period",
    "Place",
    "PointsLabel",
    "Precision",
    "Problem",
    "Progress",
    "Project",
    "Qualitative",
    "QualitativeBands",
    "Quantity",
    "Range",
    "ReadError",
    "Record",
    "RecordKind",
    "RelativeDeadline",
    "ReportLayout",
    "ReportedIndicator",
    "ReportedSubtotal",
    "Schedule",
    "ScoredIndicator",
    "ScoringRules",
    "ScoringScheme",
    "SelfEvaluation",
    "SelfEvaluationError",
    "SelfEvaluationReport",
    "Severity",
    "StandardBasis",
    "Subtotal",
    "Target",
    "TargetSyntaxError",
    "TimeBasis",
    "TimeUnit",
    "UnitMismatchError",
    "Weights",
    "audit",
    "configure_converter",
    "direction_from_sign",
    "evaluate",
    "format_form",
    "format_monitoring",
    "from_dict",
    "from_json",
    "from_records",
    "json_schema",
    "lint",
    "make_converter",
    "monitor",
    "parse_quantity",
    "parse_target",
    "project_of",
    "read_forms",
    "read_table",
    "record_kind",
    "score",
    "self_evaluate",
    "target_from_cells",
    "to_dict",
    "to_json",
    "to_records",
]

_MODULE_OF = {name: module for module, names in _SOURCES.items() for name in names}

# The public modules and packages inside, each imported when first named.
_SUBPACKAGES = frozenset(
    {
        "audits", "batch", "cli", "display", "documents", "errors", "frames", "grammar",
        "interchange", "io", "model", "reports", "scoring", "strategies",
    }
)  # fmt: skip


def _load(module: str) -> ModuleType:
    """Import `module` of the package, its constants computed under the default decimal context.

    A name loads its module at the caller's moment, under whatever decimal context the
    caller has set by then (`decimal.getcontext().prec = 3`); a module's constants must not
    depend on it.
    """
    import decimal  # only when loading: `import perfindicator` itself needs no decimals

    default = decimal.Context(
        prec=28,
        rounding=decimal.ROUND_HALF_EVEN,
        Emin=-999999,
        Emax=999999,
        capitals=1,
        clamp=0,
        flags=[],
        traps=[decimal.InvalidOperation, decimal.DivisionByZero, decimal.Overflow],
    )
    with decimal.localcontext(default):
        return importlib.import_module(module)


# The Jupyter views live in the display layer, imported with the first view (see `_views`).
_views.load_with(functools.partial(_load, "perfindicator.display.html"))

if not TYPE_CHECKING:  # to a type checker, a misspelt name stays an error

    def __getattr__(name: str) -> object:
        module = _MODULE_OF.get(name)
        if module is not None:
            value = getattr(_load(module), name)
            globals()[name] = value  # found directly from now on
            return value
        if name in _SUBPACKAGES:  # `perfindicator.io.read`, as after `import perfindicator.io`
            try:
                return _load(f"perfindicator.{name}")
            except ImportError as error:
                # An extra is missing (`strategies` needs Hypothesis): `hasattr`, `help()`
                # and `inspect.getmembers` expect an AttributeError; the advice stays in it.
                raise AttributeError(
                    f"module 'perfindicator' has no attribute {name!r}: {error}"
                ) from error
        raise AttributeError(f"module 'perfindicator' has no attribute {name!r}")

    def __dir__() -> list[str]:
        special = (name for name in globals() if name.startswith("__"))
        return sorted({*special, *__all__, *_SUBPACKAGES})
