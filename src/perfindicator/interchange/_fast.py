"""Fast readers for the documents read most: a project and its indicators (issue #16).

`from_dict` tries these before its converter. A fast reader reads each value with the
converter's own hooks (`_scalars`), and builds the object without running a validator that
what it read already proves (an enum member looked up, a target parsed, a text of plain
characters); the other validators it runs itself. At anything it does not expect (a key
it does not read, a `dict` subclass, ...) or any problem at all it gives up, returning
`None`, and `from_dict` reads the whole document again through the converter, which finds
every problem and reports each at its path: errors come only from there.

tests/test_convert_fast.py proves on generated documents that a fast reader builds what the
converter builds, and gives up wherever the converter refuses.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any, NamedTuple, TypeVar

import attrs
from attrs import AttrsInstance

from perfindicator._syntax import _PLAIN_TEXT
from perfindicator.errors import PerfIndicatorError, Place
from perfindicator.grammar.parse import parse_target
from perfindicator.interchange._scalars import (
    enum_reader,
    read_bool,
    read_date,
    read_decimal,
    read_int,
    read_string,
    read_target,
)
from perfindicator.model import _validators as v
from perfindicator.model.categories import Level2
from perfindicator.model.kinds import FormKind, Period, StandardBasis
from perfindicator.model.project import Funding, Goals, Indicator, LabelledText, Project
from perfindicator.model.targets import Direction

__all__ = ["FAST_READERS", "FastReader"]

T = TypeVar("T")
A = TypeVar("A", bound=AttrsInstance)

# An empty place for every object read: where a thing was read takes no part in its
# equality, and a `Place` is frozen, so one serves all (the constructors make one each).
_NOWHERE = Place()
# What `dict.get` returns for a key the document leaves out: the field takes its default.
_ABSENT: Any = object()
_GIVE_UP = (PerfIndicatorError, KeyError)

_level2 = enum_reader(Level2)
_LEVEL2 = {member.value: member for member in Level2}
_plain = _PLAIN_TEXT.fullmatch
_basis = enum_reader(StandardBasis)
_direction = enum_reader(Direction)
_period = enum_reader(Period)
_kind = enum_reader(FormKind)


def _keys(cls: type) -> frozenset[str]:
    """The keys the converter reads for `cls`, but for where it was read (written by no one)."""
    return frozenset(str(a.alias) for a in attrs.fields(cls) if not a.metadata.get("omit"))


def _proven(cls: type, name: str) -> Callable[[object], str]:
    """A reader of the text of the field `name` of `cls`, as the field's validator takes it.

    A text of plain characters (`_syntax._PLAIN_TEXT`: none is blank or a control character,
    which a test checks for each) passes every text validator; any other runs the field's
    own validator, whose error gives up.
    """
    attribute = getattr(attrs.fields(cls), name)
    check = attribute.validator

    def read(value: object) -> str:
        text = read_string(value)
        if _plain(text) is None:
            check(None, attribute, text)  # the instance names the class in an error only
        return text

    return read


def _optional_amount(value: object) -> Decimal | None:
    if value is None:
        return None
    number = read_decimal(value, Decimal)
    # `read_decimal` proves the rest of what `amount` checks: finite, of supported size.
    if number.is_signed():
        raise KeyError(value)
    return number


_INDICATOR_KEYS = _keys(Indicator)
_INDICATOR_NAME = _proven(Indicator, "name")
_EXPLANATION = _proven(Indicator, "explanation")
(
    _set_level2,
    _set_name,
    _set_target,
    _set_explanation,
    _set_basis,
    _set_weight,
    _set_direction,
    _set_period,
    _set_place,
) = v.field_setters(Indicator, *(a.name for a in attrs.fields(Indicator)))
# The defaults of the optional fields, looked up once: an attrs field's attributes are
# properties, each read a call.
_NO_EXPLANATION, _NO_BASIS, _NO_WEIGHT, _NO_DIRECTION, _ANNUAL = (
    getattr(attrs.fields(Indicator), name).default
    for name in ("explanation", "basis", "weight", "direction", "period")
)


def _indicator(data: object) -> Indicator:
    """The hottest reader, written out: a document holds many indicators."""
    if type(data) is not dict or not data.keys() <= _INDICATOR_KEYS:
        raise KeyError(data)
    level2, name, target = data["level2"], data["name"], data["target"]
    # The hooks' common cases first, each a step shorter: a label (no str subclass, which
    # the hook refuses), a name of plain characters, a target's text.
    level2 = _LEVEL2[level2] if type(level2) is str else _level2(level2, Level2)
    if type(name) is not str or _plain(name) is None:
        name = _INDICATOR_NAME(name)
    if type(target) is str:
        target = parse_target(target)
    elif target is not None:
        target = read_target(target)  # refuses it
    indicator = object.__new__(Indicator)
    # Unrolled: a slot set per line costs half what a loop over the fields does.
    _set_level2(indicator, level2)
    _set_name(indicator, name)
    _set_target(indicator, target)
    _set_place(indicator, _NOWHERE)
    if len(data) == 3:  # most indicators have the three required keys only
        _set_explanation(indicator, _NO_EXPLANATION)
        _set_basis(indicator, _NO_BASIS)
        _set_weight(indicator, _NO_WEIGHT)
        _set_direction(indicator, _NO_DIRECTION)
        _set_period(indicator, _ANNUAL)
        return indicator
    get = data.get
    explanation, basis, weight = get("explanation", _ABSENT), get("basis"), get("weight")
    direction, period = get("direction"), get("period", _ABSENT)
    # The optional fields that default to None take None for a key left out or given as null.
    if explanation is not _ABSENT:
        explanation = _EXPLANATION(explanation)
    _set_explanation(indicator, _NO_EXPLANATION if explanation is _ABSENT else explanation)
    _set_basis(indicator, _NO_BASIS if basis is None else _basis(basis, StandardBasis))
    _set_weight(indicator, _optional_amount(weight))
    _set_direction(
        indicator, _NO_DIRECTION if direction is None else _direction(direction, Direction)
    )
    _set_period(indicator, _ANNUAL if period is _ABSENT else _period(period, Period))
    return indicator


def _list_of(read: Callable[[object], T]) -> Callable[[object], tuple[T, ...]]:
    """A reader of a JSON array of what `read` reads, as a tuple."""

    def read_all(value: object) -> tuple[T, ...]:
        if type(value) is not list:
            raise KeyError(value)
        return tuple(map(read, value))

    return read_all


def _optional(read: Callable[[object], T]) -> Callable[[object], T | None]:
    return lambda value: None if value is None else read(value)


def _year_pair(value: object) -> tuple[int, int]:
    if type(value) is not list or len(value) != 2:
        raise KeyError(value)
    return read_int(value[0], int), read_int(value[1], int)


Readers = dict[str, tuple[Callable[[object], object], bool]]


def _missing(key: str) -> Callable[[], object]:
    def missing() -> object:
        raise KeyError(key)

    return missing


def _default(field: attrs.Attribute[Any]) -> Callable[[], object]:
    """What a field takes when its key is left out, as the constructor gives it."""
    if field.metadata.get("omit"):
        return lambda: _NOWHERE
    default: Any = field.default
    if default is attrs.NOTHING:
        return _missing(str(field.alias))
    if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
        assert not default.takes_self
        return default.factory  # type: ignore[no-any-return]
    return lambda: default


def _reader(cls: type[A], readers: Readers) -> Callable[[object], A]:
    """A reader of `cls`: for each field, by name, its reader and whether that proves it valid.

    The fields not proven are validated once all are set, as the constructor does (a
    project's end is checked against its start).
    """
    fields: tuple[attrs.Attribute[Any], ...] = attrs.fields(cls)
    keys = _keys(cls)
    setters = v.field_setters(cls, *(a.name for a in fields))
    plan = [
        (set_field, str(a.alias), readers[a.name][0] if a.name in readers else None, _default(a))
        for set_field, a in zip(setters, fields, strict=True)
    ]
    unproven = [a for a in fields if a.name in readers and not readers[a.name][1]]

    def read_object(data: object) -> A:
        if type(data) is not dict or not data.keys() <= keys:
            raise KeyError(data)
        built: A = object.__new__(cls)
        for set_field, key, read, default in plan:
            value = data.get(key, _ABSENT)
            set_field(built, default() if value is _ABSENT or read is None else read(value))
        for a in unproven:
            a.validator(built, a, getattr(built, a.name))  # type: ignore[misc]
        return built

    return read_object


_labelled = _reader(
    LabelledText,
    {
        "label": (_proven(LabelledText, "label"), True),
        "text": (_proven(LabelledText, "text"), True),
    },
)
_funding = _reader(
    Funding,
    {a.name: (_optional_amount, True) for a in attrs.fields(Funding) if a.name != "in_yuan"}
    | {"in_yuan": (lambda value: read_bool(value, bool), True)},
)
_goals = _reader(
    Goals,
    {
        "overall": (_proven(Goals, "overall"), True),
        "annual": (_proven(Goals, "annual"), True),
        "period": (_optional(_year_pair), False),
    },
)
_project = _reader(
    Project,
    {
        "name": (_proven(Project, "name"), True),
        "year": (lambda value: read_int(value, int), False),
        "category": (_proven(Project, "category"), True),
        "department": (_proven(Project, "department"), True),
        "implementing_unit": (_proven(Project, "implementing_unit"), True),
        "start": (_optional(lambda value: read_date(value, date)), True),
        "end": (_optional(lambda value: read_date(value, date)), False),
        "funding": (_funding, True),
        "goals": (_goals, True),
        "indicators": (_list_of(_indicator), True),
        "kind": (lambda value: _kind(value, FormKind), True),
        "details": (_list_of(_labelled), True),
        "unclaimed": (_list_of(_labelled), True),
        "empty_rows": (lambda value: read_int(value, int), False),
    },
)


def _or_none(read: Callable[[object], T]) -> Callable[[object], T | None]:
    def attempt(data: object) -> T | None:
        try:
            return read(data)
        except _GIVE_UP:
            return None

    return attempt


def _project_keys(data: dict[str, Any]) -> int:
    """The keys of a project's document, its own and its parts', once it has been read."""
    parts = (data.get("funding", ()), data.get("goals", ()))
    rows = (data.get("indicators", ()), data.get("details", ()), data.get("unclaimed", ()))
    return len(data) + sum(map(len, parts)) + sum(sum(map(len, items)) for items in rows)


class FastReader(NamedTuple):
    """The fast reader of a class, and how many keys a document it has read holds."""

    read: Callable[[object], object]
    """The object of a document (plain values), or `None` to read it the slow way."""
    keys: Callable[[dict[str, Any]], int]
    """The keys of a document that `read` has read, in its objects at every level."""


FAST_READERS: dict[type, FastReader] = {
    Project: FastReader(_or_none(_project), _project_keys),
    Indicator: FastReader(_or_none(_indicator), len),
    Funding: FastReader(_or_none(_funding), len),
    Goals: FastReader(_or_none(_goals), len),
    LabelledText: FastReader(_or_none(_labelled), len),
}
"""The fast reader of each class that has one."""
