"""Flat records of every result, one row per line, for DataFrames and spreadsheets.

Each kind of result becomes rows of one record kind, whose columns `SCHEMAS` declares
(`perfindicator.interchange.record_schema`): every row has every column of its kind, in
order, `None` where empty, and the project's identity (`project`, `year`) on every row.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any, TypeAlias, cast, overload

from perfindicator.audits.audit import Audit
from perfindicator.errors import FieldError, FieldTypeError, Place, Problem
from perfindicator.interchange.record_schema import (
    DiscrepancyRecord,
    FindingRecord,
    IndicatorRecord,
    LineRecord,
    MonitoringRecord,
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

__all__ = ["Record", "record_kind", "to_records"]

Record: TypeAlias = dict[str, str | int | bool | Decimal | datetime.date | None]
"""One row: a flat mapping of column name to a plain Python value."""

_TAKES = (
    "must be a Project, a SelfEvaluation, Findings (or a (Project, Findings) pair), an Audit, "
    "a Monitoring, or an iterable of one of these kinds"
)


def _kind(result: object) -> RecordKind | None:
    """The record kind of one result, or `None` when it is not a result."""
    if isinstance(result, Project):
        return "indicators"
    if isinstance(result, SelfEvaluation):
        return "lines"
    if isinstance(result, Audit):
        return "discrepancies"
    if isinstance(result, Monitoring):
        return "monitoring"
    if isinstance(result, (Findings, Problem)) or _is_pair(result):
        return "findings"
    return None


def _is_pair(result: object) -> bool:
    """Whether `result` is a `(Project, findings)` pair: lint's findings carry no project."""
    return (
        isinstance(result, tuple)
        and len(result) == 2
        and isinstance(result[0], Project)
        and isinstance(result[1], (list, tuple))
        and all(isinstance(finding, Problem) for finding in result[1])
    )


def _results(results: object, owner: str) -> tuple[RecordKind | None, list[object]]:
    """The record kind and the results, one or an iterable of one kind (`None` when empty).

    Raises:
        FieldTypeError: `results` is neither, naming the types found, never the values.
    """
    kind = _kind(results)
    if kind is not None:
        return kind, [results]
    if isinstance(results, Iterable) and not isinstance(results, (str, bytes, Mapping)):
        items = list(results)
        kinds = {_kind(item) for item in items}
        if len(kinds) <= 1 and None not in kinds:
            return (kinds.pop() if kinds else None), items
        found = tuple(dict.fromkeys(type(item) for item in items))
        raise FieldTypeError(owner, "results", found, _TAKES)
    raise FieldTypeError(owner, "results", type(results), _TAKES)


def record_kind(results: object) -> RecordKind:
    """Name the record kind `to_records(results)` returns: a key of `SCHEMAS`.

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
    kind, _ = _results(results, "record_kind")
    if kind is None:
        raise FieldError("record_kind", "results", [], "an empty iterable has no record kind")
    return kind


@overload
def to_records(  # type: ignore[overload-overlap]  # a pair is no iterable of projects
    results: Project | Iterable[Project],
) -> list[IndicatorRecord]: ...
@overload
def to_records(results: SelfEvaluation | Iterable[SelfEvaluation]) -> list[LineRecord]: ...
@overload
def to_records(
    results: Problem
    | Iterable[Problem]
    | tuple[Project, Sequence[Problem]]
    | Iterable[Findings | tuple[Project, Sequence[Problem]]],
) -> list[FindingRecord]: ...
@overload
def to_records(results: Audit | Iterable[Audit]) -> list[DiscrepancyRecord]: ...
@overload
def to_records(results: Monitoring | Iterable[Monitoring]) -> list[MonitoringRecord]: ...
def to_records(results: object) -> list[Any]:
    """Return one flat dict per line of `results`, ready for `pandas.DataFrame(records)`.

    `results` is one result or an iterable of results of one kind (several projects'
    results become one table). Each row has the columns of its kind's schema, in order
    (`SCHEMAS[record_kind(results)]`), `None` where empty, and the project's identity,
    `project` and `year`, first:

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

    Values stay exact: `Decimal` and `datetime.date`; enums are given by their values
    (`产出指标`, `红灯`, `error`).

    Raises:
        FieldTypeError: `results` is none of these, or mixes kinds; the message names the
            types found.

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
        perfindicator.errors.FieldTypeError: to_records.results: must be a Project, a SelfEvaluation, Findings (or a (Project, Findings) pair), an Audit, a Monitoring, or an iterable of one of these kinds, got <class 'dict'>
    """
    kind, items = _results(results, "to_records")
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
            "kind": None if indicator.target is None else type(indicator.target).__name__,
        }
        | _target_parts(indicator.target, project.year)
        for indicator in project.indicators
    ]


def _target_parts(target: Target | None, year: int) -> Record:
    """The columns `operator`, `value`, `unit`, `low`, `high`, `deadline` of a target."""
    parts: Record = dict.fromkeys(("operator", "value", "unit", "low", "high", "deadline"))
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
    "indicators": _indicators,
    "lines": _lines,
    "findings": _findings,
    "discrepancies": _discrepancies,
    "monitoring": _monitoring,
}
