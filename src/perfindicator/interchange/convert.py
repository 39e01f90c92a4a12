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

from perfindicator.errors import DataError, PerfIndicatorError, Place, Problem
from perfindicator.grammar.parse import parse_quantity, parse_target
from perfindicator.model.outcomes import Judgement
from perfindicator.model.quantity import Quantity
from perfindicator.model.targets import Change, Comparison, Deadline, Qualitative, Range, Target
from perfindicator.reports.lint import Finding, Findings
from perfindicator.scoring.evaluate import Evaluation

__all__ = ["from_dict", "from_json", "make_converter", "to_dict", "to_json"]

T = TypeVar("T")

_DECIMAL = re.compile(r"-?\d+(?:\.\d+)?")
_TARGET_TYPES = (Comparison, Range, Deadline, Change, Qualitative)


def _invalid(en: str, zh: str = "数据无效", where: str = "$") -> DataError:
    """A single problem at the place being read; the reader adds the path."""
    return DataError(
        (Problem(code="data", message_en=en, message_zh=zh, where=Place(subject=where)),)
    )


class _Float(str):
    """A JSON number with a fraction or exponent, kept as text so the reader can refuse it."""


def _decimal(value: object, _: type) -> Decimal:
    if isinstance(value, (float, _Float)):
        raise _invalid('a float is inexact: write the number as a string, e.g. "95.5"')
    if not isinstance(value, str) or _DECIMAL.fullmatch(value) is None:
        raise _invalid(f"expected a decimal number as a string, got {value!r}")
    return Decimal(value)


def _date(value: object, _: type) -> datetime.date:
    if not isinstance(value, str):
        raise _invalid(f"expected an ISO date string, got {value!r}")
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise _invalid(f"expected an ISO date such as 2022-12-31, got {value!r}") from None


def _string(value: object, _: type) -> str:
    if not isinstance(value, str) or isinstance(value, _Float):
        raise _invalid(f"expected a string, got {value!r}")
    return value


def _enum(value: object, cls: type[enum.Enum]) -> enum.Enum:
    for member in cls:
        if member.value == value and type(value) is type(member.value):
            return member
    known = ", ".join(str(m.value) for m in cls)
    raise _invalid(f"expected one of {known}, got {value!r}")


def _int(value: object, _: type) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise _invalid(f"expected a whole number, got {value!r}")
    return value


def _bool(value: object, _: type) -> bool:
    if not isinstance(value, bool):
        raise _invalid(f"expected true or false, got {value!r}")
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
        raise _invalid(f"expected [start year, end year], got {value!r}")
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
            raise _invalid(f"{value!r} is a {type(target).__name__}, not a {cls.__name__}")
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
        raise _invalid(f"not JSON: {error}", "不是有效的JSON") from None
    return from_dict(data, cls)


def _problems(error: BaseException, path: str) -> Iterator[Problem]:
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
            yield Problem(
                code="data", message_en="unknown key", message_zh="未知的键",
                where=Place(subject=f"{path}.{key}"),
            )  # fmt: skip
    elif isinstance(error, DataError):
        for problem in error.problems:
            yield problem.moved(Place(subject=path))
    elif isinstance(error, PerfIndicatorError):
        field = getattr(error, "field", None)
        yield error.as_problem(Place(subject=path if field is None else f"{path}.{field}"))
    elif isinstance(error, KeyError):
        yield Problem(
            code="data", message_en="required key missing", message_zh="缺少必填的键",
            where=Place(subject=path),
        )  # fmt: skip
    else:
        yield Problem(
            code="data", message_en=f"{type(error).__name__}: {error}", message_zh="数据无效",
            where=Place(subject=path),
        )  # fmt: skip
