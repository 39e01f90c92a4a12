"""Flat records of a project, one per indicator, for DataFrames and spreadsheets."""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import TypeAlias

from perfindicator.model import _validators as v
from perfindicator.model.project import Project
from perfindicator.model.targets import (
    Change,
    Comparison,
    DatePeriod,
    Deadline,
    Range,
    RelativeDeadline,
    Schedule,
)

__all__ = ["Record", "to_records"]

Record: TypeAlias = dict[str, str | int | Decimal | datetime.date | None]
"""One row: a flat mapping of column name to a plain Python value."""


def to_records(project: Project) -> list[Record]:
    """Return one flat dict per indicator, ready for `pandas.DataFrame(records)`.

    Columns: the project's `project`, `year`, `category`, `department`,
    `implementing_unit`, `start`, `end`; the indicator's `level1`, `level2`, `indicator`;
    its target as `target` (canonical text, `None` when empty) and `kind`; and the target's
    parts where it has them: `operator`, `value` and `unit` (a comparison; the amount of a
    change; the offset of a relative deadline, whose event is in `target`; a schedule as the
    comparison it amounts to, `>=` 1 `次/月`), `low` and `high` (a range, as text; a
    period's first and last day, as ISO text), `deadline` (a date: a deadline's, a period's
    last day; the budget year supplying a missing year). Values stay exact: `Decimal` and
    `datetime.date`.

    Examples:
        >>> import datetime
        >>> from perfindicator import Indicator, Level2, Project, parse_target
        >>> p = Project(name="示例", year=2022, start=datetime.date(2022, 1, 1),
        ...             end=datetime.date(2022, 12, 31), indicators=(
        ...     Indicator(level2=Level2.QUALITY, name="在线接答率", target=parse_target("≥95%")),))
        >>> row = to_records(p)[0]
        >>> row["level1"], row["operator"], row["value"], row["unit"]
        ('产出指标', '>=', Decimal('95'), '%')
    """
    v.require(project, Project, "to_records", "project")
    project_columns: Record = {
        "project": project.name,
        "year": project.year,
        "category": project.category,
        "department": project.department,
        "implementing_unit": project.implementing_unit,
        "start": project.start,
        "end": project.end,
    }
    records = []
    for indicator in project.indicators:
        target = indicator.target
        row: Record = project_columns | {
            "level1": indicator.level1.value,
            "level2": indicator.level2.value,
            "indicator": indicator.name,
            "target": None if target is None else str(target),
            "kind": None if target is None else type(target).__name__,
            "operator": None,
            "value": None,
            "unit": None,
            "low": None,
            "high": None,
            "deadline": None,
        }
        if isinstance(target, Comparison):
            row |= {
                "operator": target.op.value,
                "value": target.quantity.value,
                "unit": target.quantity.unit,
            }
        elif isinstance(target, Change):
            row |= {"value": target.amount.value, "unit": target.amount.unit}
        elif isinstance(target, Range):
            row |= {"low": str(target.low), "high": str(target.high)}
        elif isinstance(target, Deadline):
            row["deadline"] = target.resolve(project.year)
        elif isinstance(target, DatePeriod):
            start, end = target.resolve(project.year)
            row |= {"low": start.isoformat(), "high": end.isoformat(), "deadline": end}
        elif isinstance(target, RelativeDeadline):
            row |= {"value": Decimal(target.amount), "unit": target.unit.value}
        elif isinstance(target, Schedule):
            per = f"{target.unit}/{target.cadence.value}"
            row |= {"operator": ">=", "value": Decimal(target.count), "unit": per}
        records.append(row)
    return records
