"""An indicator table's header row: its columns by role (`Layout`, `layout_of`).

Package-internal: the header the form readers (`table`, `_monitoring_table`) read their
indicator rows under; not part of the API.
"""

from __future__ import annotations

import functools
from decimal import Decimal
from typing import NamedTuple, Protocol

import attrs

from perfindicator.documents import labels as L
from perfindicator.documents._texts import Text, strip_of_which
from perfindicator.errors import Problem
from perfindicator.model.kinds import Period
from perfindicator.model.project import LabelledText

__all__ = ["Column", "FormState", "Layout", "Placing", "layout_of"]


class FormState(Protocol):
    """What the report readers use of the form reader (`table._FormReader`).

    The rows, the header fields read so far, and how it keeps cells and reads money.
    """

    texts: list[list[Text]]
    end: int
    problems: list[Problem]
    count: int
    fields: dict[str, Text]
    field_labels: dict[str, Text]
    goals: dict[str, list[str]]
    funding: list[tuple[str, Text, Text | None]]
    details: list[LabelledText]
    unclaimed: list[LabelledText]
    year: int | None
    title: Text | None

    def problem(self, where: Text | None, en: str, zh: str) -> None: ...
    def keep(self, label: str, cell: Text, *, detail: bool = False) -> None: ...
    def footer(self, row: list[Text]) -> bool: ...
    def money(self, key: str, cell: Text | None) -> tuple[Decimal | None, bool]: ...


@attrs.define
class Column:
    """A column of the indicator table: its role (`""`: none), its header cell, its period."""

    role: str
    column: int
    cell: Text  # the header cell
    period: Period | None
    used: bool = False  # for a column of no role: whether a cell under it was kept

    @property
    def header(self) -> str:
        """The header's text."""
        return self.cell.text


class Placing(NamedTuple):
    """The columns a row's cells after its labels take (`Layout.placing`)."""

    columns: list[Column]  # all but the level-1 and level-2 columns, in column order
    by_column: dict[int, Column]
    has_name: bool  # whether one is the name's


@attrs.define
class Layout:
    """The indicator table's columns, from its header row."""

    columns: list[Column]
    period: Period  # the period its block label sets
    flat: dict[str, int]  # project-level columns of a flat table, by field

    @functools.cached_property
    def groups(self) -> list[dict[str, Column]]:
        """The columns of each period's indicator, side by side in one row."""
        periods = sorted({c.period for c in self.columns if c.period is not None}, key=str)
        if not periods:
            return [{c.role: c for c in reversed(self.columns) if c.role != "level1"}]
        shared = {c.role: c for c in self.columns if c.period is None and c.role != "level1"}
        return [
            shared | {c.role: c for c in self.columns if c.period is period}
            for period in sorted(periods, key=lambda p: p is Period.ANNUAL)
        ]

    @functools.cached_property
    def placing(self) -> Placing:
        """Where a row's cells after its labels go, by the first group's columns.

        Worked out once per header, not for every row under it.
        """
        columns = sorted(
            (c for c in self.groups[0].values() if c.role not in ("level1", "level2")),
            key=lambda c: c.column,
        )
        return Placing(
            columns=columns,
            by_column={c.column: c for c in columns},
            has_name=any(c.role == "name" for c in columns),
        )

    def level1(self) -> Column | None:
        """The level-1 column, if the table has one."""
        return next((c for c in self.columns if c.role == "level1"), None)

    @property
    def monitoring(self) -> bool:
        """Whether it is a monitoring table's: a column of the value reached so far."""
        return any(c.role == "progress" for c in self.columns)


_TARGET_HEADERS = frozenset(word for word, role in L.INDICATOR_COLUMNS.items() if role == "target")


def layout_of(row: list[Text]) -> Layout | None:
    """The layout of an indicator header row, or `None` if the row is not one."""
    # Most rows are not header rows, and no header row lacks a target column: look for one
    # before building anything.
    if not any(cell.label.text in _TARGET_HEADERS for cell in row):
        return None
    columns: list[Column] = []
    flat: dict[str, int] = {}
    period = Period.ANNUAL
    for cell in row:
        label = cell.label
        word = label.text
        if word in L.INDICATOR_COLUMNS:
            role = L.INDICATOR_COLUMNS[word]
            columns.append(Column(role, cell.column, cell, label.period))
        elif (monitored := L.monitoring_column(word)) is not None and monitored[0] == "column":
            columns.append(Column(monitored[1], cell.column, cell, None))
        elif word in L.GRID_BLOCK_LABELS:
            period = L.GRID_BLOCK_LABELS[word] or period
        elif word in L.FIELD_LABELS:
            flat[L.FIELD_LABELS[word]] = cell.column
        elif (bare := strip_of_which(word)) in L.FUNDING_LABELS:
            flat["funding:" + L.FUNDING_LABELS[bare]] = cell.column
        elif word in L.GOAL_LABELS:
            flat["goal:" + L.GOAL_LABELS[word]] = cell.column
        else:
            columns.append(Column("", cell.column, cell, None))  # kept, unclaimed
    roles = {c.role for c in columns}
    if not ({"name", "level2"} & roles and {"target"} & roles):
        return None
    return Layout(columns=columns, period=period, flat=flat)
