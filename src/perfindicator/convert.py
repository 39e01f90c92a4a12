"""Dicts and JSON for every public type, through a cattrs converter.

The JSON is for people and other languages: enums as their Chinese labels, `Decimal` as
strings, dates as ISO strings, a target as its canonical expression (`">=95%"`, `null` for an
empty cell), keys in field order, Chinese unescaped. Input is validated as strictly as the
constructors validate, unknown keys are rejected, and every problem of a document is reported
at once in a `DataError` with its JSON path.
"""

from __future__ import annotations

import datetime
import enum
import json
import re
from collections.abc import Iterator
from decimal import Decimal
from typing import Any, TypeVar

import cattrs
from cattrs.errors import (
    AttributeValidationNote,
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
)
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from perfindicator.errors import DataError, PerfIndicatorError
from perfindicator.evaluation import Evaluation
from perfindicator.linting import Finding, Findings
from perfindicator.outcomes import Judgement
from perfindicator.parser import parse_quantity, parse_target
from perfindicator.quantity import Quantity
from perfindicator.targets import Change, Comparison, Deadline, Qualitative, Range, Target

__all__ = ["from_dict", "from_json", "make_converter", "to_dict", "to_json"]

T = TypeVar("T")

_DECIMAL = re.compile(r"-?\d+(?:\.\d+)?")
_TARGET_TYPES = (Comparison, Range, Deadline, Change, Qualitative)


class _Float(str):
    """A JSON number with a fraction or exponent, kept as text so the reader can refuse it."""


def _decimal(value: object, _: type) -> Decimal:
    if isinstance(value, (float, _Float)):
        raise DataError.reason('a float is inexact: write the number as a string, e.g. "95.5"')
    if not isinstance(value, str) or _DECIMAL.fullmatch(value) is None:
        raise DataError.reason(f"expected a decimal number as a string, got {value!r}")
    return Decimal(value)


def _date(value: object, _: type) -> datetime.date:
    if not isinstance(value, str):
        raise DataError.reason(f"expected an ISO date string, got {value!r}")
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise DataError.reason(f"expected an ISO date such as 2022-12-31, got {value!r}") from None


def _string(value: object, _: type) -> str:
    if not isinstance(value, str) or isinstance(value, _Float):
        raise DataError.reason(f"expected a string, got {value!r}")
    return value


def _enum(value: object, cls: type[enum.Enum]) -> enum.Enum:
    for member in cls:
        if member.value == value and type(value) is type(member.value):
            return member
    known = ", ".join(str(m.value) for m in cls)
    raise DataError.reason(f"expected one of {known}, got {value!r}")


def _int(value: object, _: type) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise DataError.reason(f"expected a whole number, got {value!r}")
    return value


def _bool(value: object, _: type) -> bool:
    if not isinstance(value, bool):
        raise DataError.reason(f"expected true or false, got {value!r}")
    return value


def _target(value: object, _: type) -> Target:
    return parse_target(_string(value, str))


def _quantity(value: object, _: type) -> Quantity:
    return parse_quantity(_string(value, str))


def _actual(value: object, _: type) -> Quantity | datetime.date | Judgement:
    if isinstance(value, dict):
        return _CONVERTER.structure(value, Judgement)
    text = _string(value, str)
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        return parse_quantity(text)


def _period(value: object, _: type) -> tuple[int, int] | None:
    if value is None:
        return None
    if not (isinstance(value, list) and len(value) == 2):
        raise DataError.reason(f"expected [start year, end year], got {value!r}")
    return (_int(value[0], int), _int(value[1], int))


def make_converter() -> cattrs.Converter:
    """Return a new converter configured for perfindicator's types.

    Nothing is registered on cattrs' global converter; each call returns an independent
    converter that you may extend with hooks of your own.

    Examples:
        >>> from perfindicator import parse_target
        >>> make_converter().unstructure(parse_target("≥ 95 ％"), Target)
        '>=95%'
    """
    converter = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)
    converter.register_unstructure_hook(Decimal, lambda d: f"{d:f}")
    converter.register_structure_hook(Decimal, _decimal)
    converter.register_unstructure_hook(datetime.date, lambda d: d.isoformat())
    converter.register_structure_hook(datetime.date, _date)
    converter.register_structure_hook(str, _string)
    converter.register_structure_hook(int, _int)
    converter.register_structure_hook(bool, _bool)
    converter.register_structure_hook_func(
        lambda t: isinstance(t, type) and issubclass(t, enum.Enum), _enum
    )
    for cls in _TARGET_TYPES:
        converter.register_unstructure_hook(cls, str)
        converter.register_structure_hook(cls, _checked(_target, cls))
    converter.register_unstructure_hook(Target, str)
    converter.register_structure_hook(Target, _target)
    converter.register_structure_hook(
        Target | None,
        lambda v, _: None if v is None else _target(v, str),
    )
    converter.register_unstructure_hook(Quantity, str)
    converter.register_structure_hook(Quantity, _quantity)
    converter.register_structure_hook(Quantity | datetime.date | Judgement, _actual)
    converter.register_unstructure_hook(
        Quantity | datetime.date | Judgement,
        lambda v: converter.unstructure(v, type(v)),
    )
    converter.register_structure_hook(tuple[int, int] | None, _period)
    converter.register_unstructure_hook(
        tuple[int, int] | None,
        lambda v: None if v is None else list(v),
    )
    converter.register_unstructure_hook(
        Findings, lambda found: [converter.unstructure(f, Finding) for f in found]
    )
    converter.register_structure_hook(
        Findings, lambda data, _: Findings(converter.structure(data, list[Finding]))
    )
    # The exact share of points is private to Evaluation but part of what it is.
    converter.register_unstructure_hook(
        Evaluation, make_dict_unstructure_fn(Evaluation, converter, _share=override(rename="share"))
    )
    converter.register_structure_hook(
        Evaluation,
        make_dict_structure_fn(
            Evaluation, converter, _cattrs_forbid_extra_keys=True, _share=override(rename="share")
        ),
    )
    return converter


def _checked(read: Any, cls: type) -> Any:
    def structure(value: object, _: type) -> object:
        target = read(value, cls)
        if not isinstance(target, cls):
            raise DataError.reason(f"{value!r} is a {type(target).__name__}, not a {cls.__name__}")
        return target

    return structure


_CONVERTER = make_converter()


def to_dict(obj: object) -> Any:
    """Return the JSON-ready form of a perfindicator object (dicts, lists, strings).

    Examples:
        >>> from perfindicator import Indicator, Level2, parse_target
        >>> to_dict(Indicator(level2=Level2.QUALITY, name="在线接答率", target=parse_target("≥95%")))
        {'level2': '质量指标', 'name': '在线接答率', 'target': '>=95%'}
    """
    return _CONVERTER.unstructure(obj)


def from_dict(data: object, cls: type[T]) -> T:
    """Build a `cls` from its `to_dict` form, validating everything.

    Raises:
        DataError: listing every problem of the document with its JSON path.

    Examples:
        >>> from perfindicator import Quantity, Target
        >>> from_dict("1.2万人次", Quantity)
        Quantity('1.2万人次')
        >>> from_dict("≥95％", Target)
        <Comparison('>=95%')>
    """
    try:
        return _CONVERTER.structure(data, cls)
    except (
        ClassValidationError,
        IterableValidationError,
        PerfIndicatorError,
        ValueError,
        TypeError,
    ) as error:
        raise DataError(tuple(_problems(error, "$"))) from None


def to_json(obj: object, *, indent: int | None = 2) -> str:
    """Return the JSON text of a perfindicator object: UTF-8 Chinese, keys in field order.

    Examples:
        >>> from perfindicator import parse_target
        >>> print(to_json(parse_target("≥ 95 ％")))
        ">=95%"
    """
    return json.dumps(to_dict(obj), ensure_ascii=False, indent=indent)


def from_json(text: str | bytes, cls: type[T]) -> T:
    """Build a `cls` from JSON text, rejecting floats (`95.5` must be written `"95.5"`).

    Raises:
        DataError: the text is not JSON, or the document is not a valid `cls`.

    Examples:
        >>> from perfindicator import Funding
        >>> from_json('{"total": "15399720"}', Funding).total
        Decimal('15399720')
    """
    try:
        data = json.loads(text, parse_float=_Float)
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise DataError((("$", f"not JSON: {error}"),)) from None
    return from_dict(data, cls)


def _problems(error: BaseException, path: str) -> Iterator[tuple[str, str]]:
    if isinstance(error, (ClassValidationError, IterableValidationError)):
        with_notes, without = error.group_exceptions()
        for inner, note in with_notes:
            if isinstance(note, AttributeValidationNote):
                yield from _problems(inner, f"{path}.{note.name}")
            else:
                yield from _problems(inner, f"{path}[{note.index!r}]")
        for inner in without:
            yield from _problems(inner, path)
    elif isinstance(error, ForbiddenExtraKeysError):
        for key in sorted(error.extra_fields):
            yield f"{path}.{key}", "unknown key"
    elif isinstance(error, DataError):
        for inner_path, reason in error.problems:
            yield path + inner_path[1:], reason
    elif isinstance(error, PerfIndicatorError):
        field = getattr(error, "field", None)
        reason = getattr(error, "reason", str(error))
        if field is not None:
            yield f"{path}.{field}", f"{reason}, got {error.value!r}"  # type: ignore[attr-defined]
        else:
            yield path, str(error).split("\n")[0]
    elif isinstance(error, KeyError):
        yield path, "required key missing"
    else:
        yield path, f"{type(error).__name__}: {error}"
