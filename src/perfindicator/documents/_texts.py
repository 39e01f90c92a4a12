"""A table's rows as text: each filled cell on one line, with its column, value and place.

Package-internal: the rows `table` and `_selfeval_table` read; not part of the API.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Sequence

from perfindicator._syntax import CONTROL, strip_blank
from perfindicator.documents import labels as L
from perfindicator.documents._rows import is_separator, join_lines
from perfindicator.documents.grid import Cell, CellValue, Grid, RawCell, read_value, value_text
from perfindicator.errors import FieldTypeError, Place, Problem

__all__ = [
    "LABELLED",
    "NUMBERING",
    "YEAR_CELL",
    "Text",
    "grid_rows",
    "raw_rows",
    "strip_of_which",
]

YEAR_CELL = re.compile(r"[(（]?\s*([0-9]{4})\s*年度?\s*[)）]?")
"""A cell that is the year and nothing else, `(2022年度)`, on a title's row or below it."""

NUMBERING = re.compile(r"^(?:指标\s*[0-9]+\s*[:：.、]|★+)\s*")
"""The numbering before an indicator's name (`指标1:`, `指标2.`, `★`), removed from it."""

LABELLED = re.compile(r"[^:]*[\u4e00-\u9fff][^:]*:")
"""`发布时间:2018年05月20日`: a label of words, a colon, its value (in a folded text)."""

_OF_WHICH = re.compile(r"^其中[:：]?|^[0-9]+[.、]")


def strip_of_which(text: str) -> str:
    """A component's label without `其中:` and its numbering (`其中:1.中央资金` → 中央资金)."""
    if not text.startswith(("其中", *"0123456789")):
        return text
    while (stripped := _OF_WHICH.sub("", text, count=1)) != text:
        text = stripped
    return text


def _role(label: L.Label) -> tuple[str, str] | None:
    """What a header label names: (table, key), or `None` for a value or unknown text."""
    word = label.text
    if word in L.FIELD_LABELS:
        return "field", L.FIELD_LABELS[word]
    bare = strip_of_which(word)
    if bare in L.FUNDING_LABELS:
        return "funding", L.FUNDING_LABELS[bare]
    if word in L.FUNDING_BLOCK_LABELS or (label.money_unit and word in {"项目资金", "资金情况"}):
        return "block", "funding"
    if word in L.GOAL_LABELS:
        return "goal", L.GOAL_LABELS[word]
    if word in L.DETAIL_LABELS or bare in L.DETAIL_LABELS:
        return "detail", word
    if word in L.GRID_BLOCK_LABELS:
        return "grid", word
    if word in L.INDICATOR_COLUMNS:
        return "column", L.INDICATOR_COLUMNS[word]
    return L.monitoring_column(word)


def _reading(text: str) -> tuple[str, L.Label, tuple[str, str] | None]:
    """A cell's text folded, read as a label, and what it names as one (`_role`).

    Every reader asks these of nearly every cell, some many times: they are worked out once
    per cell, when it is made (and once per distinct short text, `_cached_reading`).
    """
    label = L.read_label(text)
    return L.fold(text), label, _role(label)


# Texts up to this long are read through a cache: forms repeat their labels, categories
# and marks from form to form and row to row. Longer ones (names, goals) are seldom met
# twice, and a cache of them could keep large texts alive.
_CACHED_LENGTH = 64
_cached_reading = functools.lru_cache(maxsize=4096)(_reading)


class Text:
    """A filled cell: its column (from 1), its text on one line, its value and its place.

    The place is made when first asked for (a problem, a kept cell, an indicator): most
    cells of a table never need one.
    """

    __slots__ = ("_place", "_row", "_source", "column", "folded", "label", "role", "text", "value")

    folded: str
    """The text without white space, traditional characters or full-width punctuation."""
    label: L.Label
    """The text read as a label (`read_label`)."""
    role: tuple[str, str] | None
    """What the cell names as a label (see `_role`), or `None`."""

    # Not keyword-only: a table makes one per filled cell, and calling a class with
    # keywords costs a dictionary each time (the readers below pass them in order).
    def __init__(
        self,
        column: int,
        text: str,
        value: CellValue,
        place: Place | None = None,
        row: int = 0,
        source: Place | None = None,
    ) -> None:
        self.column = column
        self.text = text
        self.value = value
        self._place = place
        self._row = row
        self._source = source
        self.folded, self.label, self.role = (
            _cached_reading(text) if len(text) <= _CACHED_LENGTH else _reading(text)
        )

    @property
    def place(self) -> Place:
        """Where the cell is: its grid cell's place, or its row and column in the source."""
        if self._place is None:
            assert self._source is not None
            self._place = self._source.at(self._row, self.column)
        return self._place


# Letters that are default-ignorable (Hangul fillers) though str.isalnum() says otherwise.
_IGNORABLE_LETTERS = frozenset("\u115f\u1160\u3164\uffa0")


def _maybe_blank(character: str) -> bool:
    """Whether `character` may be blank (`_syntax.is_blank`), quickly.

    Never wrong the other way: tests/test_read_table.py checks every code point.
    """
    return not character.isalnum() or character in _IGNORABLE_LETTERS


class _ControlCharacter(Exception):
    """A cell holds a control character: no text of a form does (see `_text_of`)."""

    def __init__(self, text: str, character: str) -> None:
        self.text = text
        self.character = character

    def problem(self, where: Place) -> Problem:
        return Problem(
            code="form",
            message_en=f"a control character U+{ord(self.character):04X} inside a cell",
            message_zh="单元格内含控制字符",
            where=where,
            text=self.text,
        )


def _text_of(value: str) -> str | None:
    """A text cell on one line, without blank characters at its edges; `None` to pass over.

    White space and invisible characters (zero-width spaces, a byte order mark) at a cell's
    edges are extraction debris, as the Shanghai text reader has it; separator cells
    (`-----`) are passed over. Most cells hold no line break or control character and need
    nothing beyond `strip`, which `str.isprintable` tells in one call: it is false for
    every character `CONTROL` matches (categories Cc, Zl, Zp and Cs are none printable).

    Raises:
        _ControlCharacter: the cell holds a control character other than the line breaks
            and tabs a cell may be typed with; the caller places the problem.
    """
    text = value.strip()
    if not text.isprintable() and CONTROL.search(text) is not None:
        text = join_lines(text).strip()
        if (control := CONTROL.search(text)) is not None:
            raise _ControlCharacter(text, control[0])
    if not text:
        return None
    if _maybe_blank(text[0]) or _maybe_blank(text[-1]):
        text = strip_blank(text)
        if not text or (text[0] == "-" and is_separator(text)):
            return None
    return text


_cached_text_of = functools.lru_cache(maxsize=4096)(_text_of)


def _cell_text(value: str) -> str | None:
    """`_text_of`, through a cache for short texts, as `Text` reads them.

    A cell refused is read again each time: the cache keeps no exception.
    """
    return _cached_text_of(value) if len(value) <= _CACHED_LENGTH else _text_of(value)


def _grid_texts(row: Sequence[Cell], problems: list[Problem]) -> list[Text]:
    """The filled cells of a grid's row, each on one line."""
    found = []
    for k, cell in enumerate(row, start=1):
        value = cell.value
        if value is None:
            continue
        if isinstance(value, str):
            try:
                text = _cell_text(value)
            except _ControlCharacter as error:
                problems.append(error.problem(cell.place))
                continue
            if text is None:
                continue
        else:
            text = cell.text
        found.append(Text(k, text, value, cell.place))
    return found


def grid_rows(table: Grid) -> Callable[[list[Problem]], list[list[Text]]]:
    return lambda problems: [_grid_texts(row, problems) for row in table.rows]


def raw_rows(
    rows: Iterable[Sequence[RawCell]], source: Place
) -> Callable[[list[Problem]], list[list[Text]]]:
    """The rows' texts, read when called; the rows are checked as `grid` checks them."""
    if isinstance(rows, (str, bytes)) or not isinstance(rows, Iterable):
        raise FieldTypeError(
            "read_table", "rows", rows, "must be an iterable of rows of cell values"
        )

    def texts(problems: list[Problem]) -> list[list[Text]]:
        found = []
        for r, row in enumerate(rows, start=1):
            if isinstance(row, (str, bytes)) or not isinstance(row, Sequence):
                raise FieldTypeError(
                    "read_table", f"rows[{r - 1}]", row, "must be a sequence of cells"
                )
            found.append(_raw_texts(row, r, source, problems))
        return found

    return texts


def _raw_texts(
    row: Sequence[RawCell], r: int, source: Place, problems: list[Problem]
) -> list[Text]:
    """The filled cells of a row of raw values, each read as `grid` reads it.

    Places are made only for the cells that need one: most never do.
    """
    found = []
    for k, raw in enumerate(row, start=1):
        if raw is None:
            continue
        if isinstance(raw, str):
            try:
                text = _cell_text(raw)
            except _ControlCharacter as error:
                problems.append(error.problem(source.at(r, k)))
                continue
            if text is not None:
                found.append(Text(k, text, raw, None, r, source))
            continue
        place = source.at(r, k)
        value = read_value(raw, place)
        found.append(Text(k, value_text(value), value, place))
    return found
