"""Flat records of every result, one row per line, for DataFrames and spreadsheets.

Each kind of result becomes rows of one record kind, whose columns `SCHEMAS` declares
(`perfindicator.interchange.record_schema`): every row has every column of its kind, in
order, `None` where empty, and the project's identity (`project`, `year`) on every row.
"""

from __future__ import annotations

import datetime
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any, Literal, TypeAlias, cast, overload

from perfindicator.audits.audit import Audit
from perfindicator.documents.document import Document
from perfindicator.documents.monitoring_report import MonitoringReport
from perfindicator.documents.selfeval_report import SelfEvaluationReport
from perfindicator.errors import FieldError, FieldTypeError, Place, Problem, Severity
from perfindicator.interchange.record_schema import (
    SCHEMAS,
    AuditRecord,
    DiscrepancyRecord,
    ErrorRecord,
    FindingRecord,
    IndicatorRecord,
    LineRecord,
    MonitoringRecord,
    ProjectRecord,
    RecordKind,
)
from perfindicator.model.project import Project
from perfindicator.model.targets import (
    Change,
    Comparison,
    DatePeriod,
    Deadline,
    Range,
    RelativeDeadline,
    Schedule,
    Target,
)
from perfindicator.reports.lint import Findings
from perfindicator.reports.monitoring import Monitoring
from perfindicator.reports.selfeval import SelfEvaluation
from perfindicator.scoring.evaluate import actual_text

__all__ = ["TARGET_COLUMNS", "Record", "record_kind", "target_columns", "to_records"]

Record: TypeAlias = dict[str, str | int | bool | Decimal | datetime.date | None]
"""One row: a flat mapping of column name to a plain Python value."""

TARGET_COLUMNS = ("kind", "operator", "value", "unit", "low", "high", "deadline")
"""The columns of an indicator row that follow from its target (`target_columns`)."""

_TAKES = (
    "must be a Project, a SelfEvaluationReport, a MonitoringReport, a SelfEvaluation, Findings "
    "(or a (Project, Findings) pair), an Audit, a Monitoring, or an iterable of these"
)


def _offers(result: object) -> tuple[RecordKind, ...]:
    """The record kinds one result can become, its default first; `()` for no result."""
    if isinstance(result, Project):
        return ("indicators", "projects")
    if isinstance(result, (SelfEvaluationReport, MonitoringReport)):
        return ("projects",)
    if isinstance(result, SelfEvaluation):
        return ("lines",)
    if isinstance(result, Audit):
        return ("discrepancies", "audits")
    if isinstance(result, Monitoring):
        return ("monitoring",)
    if isinstance(result, (Findings, Problem)):
        return ("findings", "errors")
    if _is_pair(result):
        return ("findings",)
    return ()


def _is_pair(result: object) -> bool:
    """Whether `result` is a `(Project, findings)` pair: lint's findings carry no project."""
    return (
        isinstance(result, tuple)
        and len(result) == 2
        and isinstance(result[0], Project)
        and isinstance(result[1], (list, tuple))
        and all(isinstance(finding, Problem) for finding in result[1])
    )


def _results(
    results: object, owner: str, kind: RecordKind | None
) -> tuple[RecordKind | None, list[object]]:
    """The record kind and the results, one or an iterable (`None` for an empty one).

    Without `kind`, every result must have the same default kind; with it, every result
    must offer it.

    Raises:
        FieldTypeError: `results` is neither, naming the types found, never the values.
        FieldError: `kind` is no record kind, or one the results do not offer.
    """
    if kind is not None and (not isinstance(kind, str) or kind not in SCHEMAS):
        raise FieldError(owner, "kind", kind, f"must be one of {', '.join(SCHEMAS)}")
    if _offers(results):
        items = [results]
    elif isinstance(results, Iterable) and not isinstance(results, (str, bytes, Mapping)):
        items = list(results)
    else:
        raise FieldTypeError(owner, "results", type(results), _TAKES)
    offers = [_offers(item) for item in items]
    if not all(offers):
        found = tuple(dict.fromkeys(type(item) for item in items))
        raise FieldTypeError(owner, "results", found, _TAKES)
    if kind is None:
        defaults = {offered[0] for offered in offers}
        if len(defaults) > 1:
            found = tuple(dict.fromkeys(type(item) for item in items))
            raise FieldTypeError(owner, "results", found, f"{_TAKES}, of one record kind")
        return (defaults.pop() if defaults else None), items
    for item, offered in zip(items, offers, strict=True):
        if kind not in offered:
            raise FieldError(
                owner, "kind", kind, f"{type(item).__name__} makes records of {', '.join(offered)}"
            )
    return kind, items


def record_kind(results: object) -> RecordKind:
    """Name the record kind `to_records(results)` returns by default: a key of `SCHEMAS`.

    Raises:
        FieldTypeError: `results` is not a result `to_records` takes.
        FieldError: `results` is an empty iterable, which has no kind.

    Examples:
        >>> from perfindicator import Project, lint
        >>> project = Project(name="示例", year=2022)
        >>> record_kind(project), record_kind([project]), record_kind(lint(project))
        ('indicators', 'indicators', 'findings')
        >>> record_kind((project, lint(project)))
        'findings'
    """
    kind, _ = _results(results, "record_kind", None)
    if kind is None:
        raise FieldError("record_kind", "results", [], "an empty iterable has no record kind")
    return kind


@overload
def to_records(
    results: Document | Iterable[Document], *, kind: Literal["projects"]
) -> list[ProjectRecord]: ...
@overload
def to_records(
    results: Audit | Iterable[Audit], *, kind: Literal["audits"]
) -> list[AuditRecord]: ...
@overload
def to_records(
    results: Problem | Iterable[Problem], *, kind: Literal["errors"]
) -> list[ErrorRecord]: ...
@overload
def to_records(  # type: ignore[overload-overlap]  # a pair is no iterable of projects
    results: Project | Iterable[Project], *, kind: Literal["indicators"] | None = None
) -> list[IndicatorRecord]: ...
@overload
def to_records(
    results: SelfEvaluation | Iterable[SelfEvaluation], *, kind: Literal["lines"] | None = None
) -> list[LineRecord]: ...
@overload
def to_records(
    results: Problem
    | Iterable[Problem]
    | tuple[Project, Sequence[Problem]]
    | Iterable[Findings | tuple[Project, Sequence[Problem]]],
    *,
    kind: Literal["findings"] | None = None,
) -> list[FindingRecord]: ...
@overload
def to_records(
    results: Audit | Iterable[Audit], *, kind: Literal["discrepancies"] | None = None
) -> list[DiscrepancyRecord]: ...
@overload
def to_records(
    results: Monitoring | Iterable[Monitoring], *, kind: Literal["monitoring"] | None = None
) -> list[MonitoringRecord]: ...
@overload
def to_records(
    results: SelfEvaluationReport
    | MonitoringReport
    | Iterable[SelfEvaluationReport | MonitoringReport],
    *,
    kind: Literal["projects"] | None = None,
) -> list[ProjectRecord]: ...
def to_records(results: object, *, kind: RecordKind | None = None) -> list[Any]:
    """Return one flat dict per line of `results`, ready for `pandas.DataFrame(records)`.

    `results` is one result or an iterable of results of one kind (several projects'
    results become one table). Each row has the columns of its kind's schema, in order
    (`SCHEMAS[record_kind(results)]`, or `SCHEMAS[kind]`), `None` where empty, and the
    project's identity, `project` and `year`, first. By default:

    - a `Project`: one row per indicator (`IndicatorRecord`): the project's `category`,
      `department`, `implementing_unit`, `start`, `end`; the indicator's `level1`,
      `level2`, `indicator`; its target as `target` (canonical text, `None` when empty) and
      `kind`; and the target's parts where it has them: `operator`, `value` and `unit` (a
      comparison; the amount of a change; the offset of a relative deadline, whose event is
      in `target`; a schedule as the comparison it amounts to, `>=` 1 `次/月`), `low` and
      `high` (a range, as text; a period's first and last day, as ISO text), `deadline` (a
      date: a deadline's, a period's last day; the budget year supplying a missing year).
    - a `SelfEvaluation`: one row per scored line (`LineRecord`): the target and the
      `actual` as text, `met`, `ratio`, `points`, `score`, `note_required`.
    - lint's `Findings` (or single `Problem`s): one row per finding (`FindingRecord`): its
      `code`, `severity`, messages, its place's `file`, `sheet`, `page`, `row`, `column`,
      `subject`, and the `text` concerned. Findings carry no project: pass
      `(project, lint(project))` pairs to fill `project` and `year`, which are `None`
      for bare findings.
    - an `Audit`: one row per discrepancy (`DiscrepancyRecord`): the `scheme`'s name, the
      problem's columns as for a finding, the `indicator`, `reported` and `recomputed`.
    - a `Monitoring`: one row per line (`MonitoringRecord`): the day `on`, the indicator,
      the value reached as text (`actual`), `attainment`, `light`, the forecast's value
      (`forecast`) and whether it meets the target (`forecast_met`), `likelihood`,
      `causes` (joined with `；`), `analysis`, `measures`, `remark`.

    - a `SelfEvaluationReport` or a `MonitoringReport`: one row for the document, as
      for `kind="projects"`.

    `kind` asks for another record kind a result offers:

    - `"projects"`, of any document (a `Project` or a report; a mix is fine): one row per
      document (`ProjectRecord`): `document` (the declaration's `FormKind`, `绩效自评表` or
      `绩效监控表`), the header, `funding` (the project's total funding; a report's budget
      from its total line), `in_yuan`, the number of `indicators`, `reported_total` (a
      self-evaluation's total as published) and the document's `file`, `sheet`, `page`.
    - `"audits"`, of an `Audit`: one row per audit (`AuditRecord`): the `scheme`,
      `reported_total`, the recomputed `total`, `execution_score`, and how many
      discrepancies are `errors`, `warnings` and `notes`.
    - `"errors"`, of problems (a reading error's `problems`, say): one row per problem
      (`ErrorRecord`): where it is (`file`, `sheet`, `page`, `row`, `column`, `subject`),
      the problem's columns, and its `text`; no project.

    Values stay exact: `Decimal` and `datetime.date`; enums are given by their values
    (`产出指标`, `红灯`, `error`).

    Raises:
        FieldTypeError: `results` is none of these, or mixes kinds; the message names the
            types found.
        FieldError: `kind` is not a record kind the results offer.

    Examples:
        >>> import datetime
        >>> from perfindicator import Indicator, Level2, Project, lint, parse_target
        >>> p = Project(name="示例", year=2022, start=datetime.date(2022, 1, 1),
        ...             end=datetime.date(2022, 12, 31), indicators=(
        ...     Indicator(level2=Level2.QUALITY, name="在线接答率", target=parse_target("≥95%")),))
        >>> row = to_records(p)[0]
        >>> row["level1"], row["operator"], row["value"], row["unit"]
        ('产出指标', '>=', Decimal('95'), '%')
        >>> empty = Project(name="空项目", year=2023)
        >>> [(r["project"], r["code"], r["subject"]) for r in to_records([(empty, lint(empty))])]
        [('空项目', 'PI021', 'indicators')]
        >>> to_records({"name": "示例"})
        Traceback (most recent call last):
        ...
        perfindicator.errors.FieldTypeError: to_records.results: must be a Project, a SelfEvaluationReport, a MonitoringReport, a SelfEvaluation, Findings (or a (Project, Findings) pair), an Audit, a Monitoring, or an iterable of these, got <class 'dict'>
        >>> [(r["project"], r["document"], r["indicators"]) for r in to_records(p, kind="projects")]
        [('示例', '申报表', 1)]
    """
    kind, items = _results(results, "to_records", kind)
    if kind is None:
        return []
    make = _ROWS[kind]
    return [row for item in items for row in make(item)]


def _indicators(project: Project) -> list[Record]:
    identity: Record = {
        "project": project.name,
        "year": project.year,
        "category": project.category,
        "department": project.department,
        "implementing_unit": project.implementing_unit,
        "start": project.start,
        "end": project.end,
    }
    return [
        identity
        | {
            "level1": indicator.level1.value,
            "level2": indicator.level2.value,
            "indicator": indicator.name,
            "target": None if indicator.target is None else str(indicator.target),
        }
        | target_columns(indicator.target, project.year)
        | {
            "period": indicator.period.value,
            "weight": indicator.weight,
            "direction": None if indicator.direction is None else indicator.direction.value,
            "basis": None if indicator.basis is None else indicator.basis.value,
            "explanation": indicator.explanation,
        }
        for indicator in project.indicators
    ]


def _projects(document: Document) -> list[Record]:
    if isinstance(document, Project):
        kind, funding, count, total = (
            document.kind.value,
            document.funding.total,
            len(document.indicators),
            None,
        )
        header = (document.category, document.start, document.end, document.funding.in_yuan)
    else:
        line = document.total_line
        funding = None if line is None else line.budget
        count = len(document.lines)
        header = ("", None, None, document.in_yuan)
        if isinstance(document, SelfEvaluationReport):
            kind, total = "绩效自评表", document.total
        else:
            kind, total = "绩效监控表", None
    category, start, end, in_yuan = header
    return [
        {
            "project": document.name,
            "year": document.year,
            "document": kind,
            "category": category,
            "department": document.department,
            "implementing_unit": document.implementing_unit,
            "start": start,
            "end": end,
            "funding": funding,
            "in_yuan": in_yuan,
            "indicators": count,
            "reported_total": total,
            "file": document.place.file,
            "sheet": document.place.sheet,
            "page": document.place.page,
        }
    ]


def target_columns(target: Target | None, year: int) -> Record:
    """The columns of an indicator row that follow from its target (`TARGET_COLUMNS`).

    Its `kind`, and its parts where it has them (see `to_records`), `year` supplying a
    deadline's missing year.

    Examples:
        >>> from perfindicator import parse_target
        >>> target_columns(parse_target("9月底前"), 2022)["deadline"]
        datetime.date(2022, 9, 30)
        >>> target_columns(None, 2022)["kind"] is None
        True
    """
    parts: Record = dict.fromkeys(TARGET_COLUMNS)
    parts["kind"] = None if target is None else type(target).__name__
    if isinstance(target, Comparison):
        parts |= {
            "operator": target.op.value,
            "value": target.quantity.value,
            "unit": target.quantity.unit,
        }
    elif isinstance(target, Change):
        parts |= {"value": target.amount.value, "unit": target.amount.unit}
    elif isinstance(target, Range):
        parts |= {"low": str(target.low), "high": str(target.high)}
    elif isinstance(target, Deadline):
        parts["deadline"] = target.resolve(year)
    elif isinstance(target, DatePeriod):
        start, end = target.resolve(year)
        parts |= {"low": start.isoformat(), "high": end.isoformat(), "deadline": end}
    elif isinstance(target, RelativeDeadline):
        parts |= {"value": Decimal(target.amount), "unit": target.unit.value}
    elif isinstance(target, Schedule):
        per = f"{target.unit}/{target.cadence.value}"
        parts |= {"operator": ">=", "value": Decimal(target.count), "unit": per}
    return parts


def _lines(evaluation: SelfEvaluation) -> list[Record]:
    return [
        {
            "project": evaluation.project,
            "year": evaluation.year,
            "level1": line.indicator.level1.value,
            "level2": line.indicator.level2.value,
            "indicator": line.indicator.name,
            "target": str(line.evaluation.target),
            "actual": actual_text(line.evaluation.actual),
            "met": line.met,
            "ratio": line.evaluation.ratio,
            "points": line.points,
            "score": line.score,
            "note_required": line.note_required,
        }
        for line in evaluation.lines
    ]


def _place(where: Place) -> Record:
    return {
        "file": where.file,
        "sheet": where.sheet,
        "page": where.page,
        "row": where.row,
        "column": where.column,
        "subject": where.subject,
    }


def _problem(problem: Problem) -> Record:
    return {
        "code": problem.code,
        "severity": problem.severity.value,
        "message_en": problem.message_en,
        "message_zh": problem.message_zh,
    }


def _findings(result: object) -> list[Record]:
    if isinstance(result, Problem):
        project, findings = None, [result]
    elif isinstance(result, tuple):
        project, findings = result
    else:
        project, findings = None, cast(Findings, result)
    identity: Record = {
        "project": None if project is None else project.name,
        "year": None if project is None else project.year,
    }
    return [
        identity | _problem(finding) | _place(finding.where) | {"text": finding.text}
        for finding in findings
    ]


def _discrepancies(result: Audit) -> list[Record]:
    identity: Record = {
        "project": result.project,
        "year": result.year,
        "scheme": result.scheme.name,
    }
    return [
        identity
        | _problem(found)
        | {"indicator": found.indicator, "reported": found.reported, "recomputed": found.recomputed}
        | _place(found.where)
        | {"text": found.text}
        for found in result.discrepancies
    ]


def _audits(result: Audit) -> list[Record]:
    counts = Counter(found.severity for found in result.discrepancies)
    return [
        {
            "project": result.project,
            "year": result.year,
            "scheme": result.scheme.name,
            "reported_total": result.reported_total,
            "total": result.total,
            "execution_score": result.execution_score,
            "errors": counts[Severity.ERROR],
            "warnings": counts[Severity.WARNING],
            "notes": counts[Severity.NOTE],
        }
    ]


def _errors(result: Problem | Findings) -> list[Record]:
    problems = [result] if isinstance(result, Problem) else result
    return [_place(found.where) | _problem(found) | {"text": found.text} for found in problems]


def _monitoring(result: Monitoring) -> list[Record]:
    return [
        {
            "project": result.project,
            "year": result.year,
            "on": result.on,
            "level1": line.indicator.level1.value,
            "level2": line.indicator.level2.value,
            "indicator": line.indicator.name,
            "target": None if line.indicator.target is None else str(line.indicator.target),
            "actual": None if line.value is None else actual_text(line.value),
            "attainment": line.attainment,
            "light": line.light.value,
            "forecast": None if line.forecast is None else actual_text(line.forecast.actual),
            "forecast_met": None if line.forecast is None else line.forecast.met,
            "likelihood": None if line.likelihood is None else line.likelihood.value,
            "causes": "；".join(line.causes),
            "analysis": line.analysis,
            "measures": line.measures,
            "remark": line.remark,
        }
        for line in result.lines
    ]


# Each takes one result of its kind (told apart by `_kind`).
_ROWS: dict[RecordKind, Callable[[Any], list[Record]]] = {
    "projects": _projects,
    "indicators": _indicators,
    "lines": _lines,
    "findings": _findings,
    "discrepancies": _discrepancies,
    "audits": _audits,
    "monitoring": _monitoring,
    "errors": _errors,
}
