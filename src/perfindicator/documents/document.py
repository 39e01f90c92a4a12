"""What a form reads as: `Document`, and `project_of` for the project any document holds."""

from __future__ import annotations

from typing import TypeAlias

from perfindicator.documents.monitoring_report import MonitoringReport
from perfindicator.documents.selfeval_report import SelfEvaluationReport
from perfindicator.model.project import Project

__all__ = ["Document", "project_of"]

Document: TypeAlias = Project | MonitoringReport | SelfEvaluationReport
"""What a form reads as (`read_table`, `perfindicator.io.read`): a `Project` for the
declaration kinds (申报表, 目标表, 批复表), a `MonitoringReport` for a monitoring table
(绩效运行监控表), a `SelfEvaluationReport` for a published self-evaluation (绩效自评表).
Tell them apart with `isinstance`, or take `project_of` each."""


def project_of(document: Document) -> Project:
    """The project a document holds: a `Project` itself, a report's `project()`.

    Raises:
        FormError: a report line has no level-2 category (see `MonitoringReport.project`).

    Examples:
        >>> project_of(MonitoringReport(name="社区培训", year=2019)).kind
        <FormKind.TARGETS: '目标表'>
    """
    if isinstance(document, (MonitoringReport, SelfEvaluationReport)):
        return document.project()
    return document
