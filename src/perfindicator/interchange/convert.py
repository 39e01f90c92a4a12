"""Dicts and JSON for every public type, through a cattrs converter.

The JSON is for people and other languages: enums as their Chinese labels, `Decimal` as
strings, dates as ISO strings, a target as its canonical expression (`">=95%"`, `null` for an
empty cell), keys in field order, Chinese unescaped. Input is validated as strictly as the
constructors validate, unknown and repeated keys are rejected, and every problem of a document
is reported at once in a `DataError` with its JSON path.

The hooks are registered on a converter given to `configure_converter`, and every hook that
needs to structure or unstructure a part does it with that converter. Structuring errors are
cattrs' own (`ClassValidationError`, `IterableValidationError` and their notes, with detailed
validation); `cattrs.transform_error` walks them, and each leaf, which is always one of the
library's errors, becomes a `Problem` at its JSON path.
"""

from __future__ import annotations

import datetime
import enum
import json
import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any, TypeGuard, TypeVar, get_args, get_origin

import attrs
import cattrs
from cattrs.cols import list_structure_factory
from cattrs.errors import (
    AttributeValidationNote,
    BaseValidationError,
    ClassValidationError,
    ForbiddenExtraKeysError,
)
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn

from perfindicator._exact import MAX_WHOLE_DIGITS, magnitude_problem
from perfindicator.errors import (
    DataError,
    FieldError,
    FieldTypeError,
    PerfIndicatorError,
    Place,
    Problem,
)
from perfindicator.grammar.parse import parse_quantity, parse_target
from perfindicator.model.outcomes import Judgement
from perfindicator.model.quantity import Quantity
from perfindicator.model.targets import TARGET_TYPES, Target
from perfindicator.reports.lint import Finding, Findings

__all__ = ["configure_converter", "from_dict", "from_json", "make_converter", "to_dict", "to_json"]

T = TypeVar("T")

# What the JSON Schema means by a decimal and a date (see `json_schema`): ASCII digits only.
# `\d` and `str.isdigit` would also take "١٢٣" (Arabic-Indic digits), which `Decimal` reads,
# and `date.fromisoformat` would also take "2022-W52-5" and "20221231".
_DECIMAL_TEXT = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")
_DATE_TEXT = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# Whole numbers (years, in this format) beyond the supported magnitude are refused before
# anything turns them into text: `repr` of a 5,000-digit int raises ValueError.
_WHOLE_LIMIT = 10**MAX_WHOLE_DIGITS
_TOO_LARGE = str(magnitude_problem(Decimal(_WHOLE_LIMIT)))


def _invalid(en: str, zh: str = "数据无效", text: str | None = None) -> DataError:
    """A single problem at the place being read; `from_dict` supplies the JSON path."""
    return DataError(
        (Problem(code="data", message_en=en, message_zh=zh, where=Place(subject="$"), text=text),)
    )


class _Number(str):
    """A JSON number the format has no place for, kept as its text.

    The reader then refuses it where it stands, with its path, instead of failing the parse.
    """


class _Float(_Number):
    """A JSON number with a fraction or an exponent, or NaN or Infinity: inexact."""


class _LongInt(_Number):
    """A JSON whole number of more digits than the library supports."""


def _parse_int(text: str) -> int | _LongInt:
    # Checked by length first: int() of a long text is quadratic and refused past 4,300 digits.
    return _LongInt(text) if len(text.lstrip("-")) > MAX_WHOLE_DIGITS else int(text)


class _Object(dict[str, Any]):
    """A JSON object as read, remembering the keys that were given more than once."""

    duplicates: tuple[str, ...] = ()


def _object(pairs: list[tuple[str, Any]]) -> _Object:
    found = _Object(pairs)
    if len(found) < len(pairs):
        seen: set[str] = set()
        repeated: dict[str, None] = {}
        for key, _ in pairs:
            if key in seen:
                repeated[key] = None
            seen.add(key)
        found.duplicates = tuple(repeated)
    return found


def _shown(value: object) -> str:
    """The value as the message quotes it: JSON spelling, and never a container's contents.

    A container's repr could be megabytes long or nested past the recursion limit.
    """
    if value is None or isinstance(value, bool):
        return json.dumps(value)
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, _LongInt):
        return f"a number of {len(value.lstrip('-'))} digits"
    if isinstance(value, _Float):
        return str(value)[:40]
    if isinstance(value, str):
        return repr(value) if len(value) <= 60 else repr(value[:60]) + "…"
    if isinstance(value, int) and abs(value) >= _WHOLE_LIMIT:
        return "a number of more than 40 digits"
    if isinstance(value, (int, float, Decimal)):
        return repr(value)
    return f"a {type(value).__name__}"


def _too_large(problem: str) -> DataError:
    # magnitude_problem says it in English with the Chinese in brackets at the end.
    en, _, zh = problem.rpartition(" (")
    return _invalid(f"the number {en}", zh.rstrip(")"))


def _decimal(value: object, _: type) -> Decimal:
    if isinstance(value, (float, _Float)):
        raise _invalid(
            'a float is inexact: write the number as a string, e.g. "95.5"', "浮点数不精确"
        )
    text = _text(value)
    if text is None or _DECIMAL_TEXT.fullmatch(text) is None:
        raise _invalid(
            f'expected a decimal number as a string of ASCII digits, e.g. "95.5", got {_shown(value)}',
            "应为十进制数字字符串",
        )
    number = Decimal(text)
    problem = magnitude_problem(number)
    if problem is not None:
        raise _too_large(problem)
    return number


def _date(value: object, _: type) -> datetime.date:
    text = _text(value)
    if text is None or _DATE_TEXT.fullmatch(text) is None:
        raise _invalid(
            f"expected a calendar date YYYY-MM-DD such as 2022-12-31, got {_shown(value)}",
            "应为YYYY-MM-DD格式的日期",
        )
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise _invalid(f"{text!r} is not a date of the calendar", "日期不存在") from None


def _text(value: object) -> str | None:
    """`value` if it is a JSON string (not a number kept as text), else `None`."""
    return value if isinstance(value, str) and not isinstance(value, _Number) else None


def _string(value: object, _: type = str) -> str:
    text = _text(value)
    if text is None:
        raise _invalid(f"expected a string, got {_shown(value)}", "应为字符串")
    return text


def _enum(value: object, cls: type[enum.Enum]) -> enum.Enum:
    for member in cls:
        if member.value == value and type(value) is type(member.value):
            return member
    known = ", ".join(str(m.value) for m in cls)
    raise _invalid(f"expected one of {known}, got {_shown(value)}", "取值不在允许范围内")


def _int(value: object, _: type) -> int:
    if isinstance(value, _LongInt) or (
        isinstance(value, int) and not isinstance(value, bool) and abs(value) >= _WHOLE_LIMIT
    ):
        raise _too_large(_TOO_LARGE)
    if not isinstance(value, int) or isinstance(value, bool):
        raise _invalid(f"expected a whole number, got {_shown(value)}", "应为整数")
    return value


def _bool(value: object, _: type) -> bool:
    if not isinstance(value, bool):
        raise _invalid(f"expected true or false, got {_shown(value)}", "应为true或false")
    return value


def _target(value: object, _: object = Target) -> Target:
    return parse_target(_string(value))


def _optional_target(value: object, _: type) -> Target | None:
    return None if value is None else _target(value)


def _quantity(value: object, _: type) -> Quantity:
    return parse_quantity(_string(value))


def _one_kind(cls: type) -> Callable[[object, type], object]:
    def structure(value: object, _: type) -> object:
        target = _target(value)
        if not isinstance(target, cls):
            raise _invalid(
                f"{_shown(value)} is a {type(target).__name__}, not a {cls.__name__}",
                "目标类型不符",
            )
        return target

    return structure


def _ours(cls: object) -> TypeGuard[type]:
    # The hooks for classes, enums and sequences are for perfindicator's types only, so that
    # configure_converter leaves a user's own types as the user's converter has them.
    return isinstance(cls, type) and cls.__module__.startswith("perfindicator.")


def _is_our_enum(cls: object) -> bool:
    return _ours(cls) and issubclass(cls, enum.Enum)


def _is_our_class(cls: object) -> bool:
    return _ours(cls) and attrs.has(cls)


def _is_our_sequence(cls: object) -> bool:
    """`list[X]` or `tuple[X, ...]` of one of perfindicator's types."""
    args = get_args(cls)
    if get_origin(cls) is list and len(args) == 1:
        return _ours(args[0])
    return get_origin(cls) is tuple and len(args) == 2 and args[1] is Ellipsis and _ours(args[0])


def _expect_list(value: object, length: int | None = None) -> None:
    if not isinstance(value, list) or (length is not None and len(value) != length):
        wanted = "a list [...]" if length is None else f"a list of {length} items"
        got = f"a list of {len(value)} items" if isinstance(value, list) else _shown(value)
        raise _invalid(f"expected {wanted}, got {got}", "应为JSON数组")


def _sequence_hook(cls: Any, converter: cattrs.Converter) -> Callable[[object, type], object]:
    # cattrs' list hook takes any iterable: a string or an object would be read item by item.
    # JSON has one kind of sequence, the array, and nothing else stands for one.
    structure_list = list_structure_factory(cls, converter)
    make = tuple if get_origin(cls) is tuple else list

    def structure(value: object, _: type) -> object:
        _expect_list(value)
        return make(structure_list(value, cls))

    return structure


def _fixed_tuple(converter: cattrs.Converter, cls: Any) -> None:
    """Read `cls`, a tuple of fixed length, from a JSON array of that length only."""
    default = converter.get_structure_hook(cls)
    length = len(get_args(cls))

    def structure(value: object, _: type) -> object:
        _expect_list(value, length)
        return default(value, cls)

    # Generic aliases are registered by predicate: functools.singledispatch refuses them.
    converter.register_structure_hook_func(lambda t: t == cls, structure)
    converter.register_unstructure_hook_func(
        lambda t: t == cls, lambda pair: [converter.unstructure(x) for x in pair]
    )


def _class_hook(cls: type, converter: cattrs.Converter) -> Callable[[object, type], object]:
    """Read `cls` with cattrs' generated reader, from JSON objects only, problems at their keys.

    The keys are the fields' `attrs` aliases (a private `_share` is written `share`).
    """
    structure_fields: Callable[[Any, Any], object] = make_dict_structure_fn(
        cls, converter, _cattrs_forbid_extra_keys=True, _cattrs_use_alias=True
    )
    keys = {a.name: a.alias for a in attrs.fields(cls)}
    keys |= {alias: alias for alias in list(keys.values())}

    def structure(value: object, _: type) -> object:
        if not isinstance(value, dict):
            raise _invalid(
                f"expected an object {{...}} ({cls.__name__}), got {_shown(value)}", "应为JSON对象"
            )
        found: list[Exception] = [
            _at_key(_invalid(f"the key {key!r} is given more than once", "键重复"), key)
            for key in (value.duplicates if isinstance(value, _Object) else ())
        ]
        try:
            result = structure_fields(value, cls)
        except ClassValidationError as error:
            for inner in error.exceptions:
                found += _keyed(inner, value, keys, cls)
        if found:
            raise ClassValidationError(f"While structuring {cls.__name__}", found, cls)
        return result

    return structure


def _at_key(error: Exception, key: str) -> Exception:
    """Note on `error` that it concerns `key` of the object being read, as cattrs notes it."""
    notes = [n for n in getattr(error, "__notes__", []) if type(n) is not AttributeValidationNote]
    error.__notes__ = [*notes, AttributeValidationNote(f"Structuring @ key {key}", key, None)]
    return error


def _keyed(
    error: Exception, value: dict[Any, Any], keys: dict[str, str], cls: type
) -> list[Exception]:
    """Put one of cattrs' structuring errors for `cls` at the key of the document concerned.

    cattrs notes an attribute by its name; the document knows it by its key. A field's
    validator failing is raised by the constructor, with no note; and a missing key or an
    unknown key is cattrs' own structural error: those become the library's problems here.
    """
    note = next(
        (n for n in getattr(error, "__notes__", []) if type(n) is AttributeValidationNote), None
    )
    if isinstance(error, ForbiddenExtraKeysError):
        return [
            _at_key(_invalid("unknown key", "未知的键"), str(key))
            for key in sorted(error.extra_fields, key=str)
        ]
    if note is not None:
        key = keys.get(note.name, note.name)
        if type(error) is KeyError and error.args == (key,) and key not in value:
            return [_at_key(_invalid("required key missing", "缺少必填的键"), key)]
        return [_at_key(error, key)]
    if isinstance(error, FieldError) and error.owner == cls.__name__ and error.field in keys:
        return [_at_key(error, keys[error.field])]
    return [error]


def configure_converter(converter: cattrs.Converter) -> None:
    """Register perfindicator's hooks on `converter`, a converter of your own.

    perfindicator's classes and enums are read and written in the library's JSON format;
    `Decimal`, `datetime.date`, `str`, `int` and `bool` are read strictly (a decimal and a
    date as ASCII text, no float, no bool for a number), and written as JSON values. Every
    hook structures and unstructures the parts of an object with `converter` itself, so hooks
    you register for those parts are used. Use a `cattrs.Converter` with
    `detailed_validation=True` (the default) to have every problem at its path.

    Examples:
        >>> import cattrs
        >>> from decimal import Decimal
        >>> from perfindicator import Funding
        >>> converter = cattrs.Converter()
        >>> configure_converter(converter)
        >>> converter.unstructure(Funding(total=Decimal("15399720")))["total"]
        '15399720'
        >>> converter.structure({"total": "100"}, Funding).total
        Decimal('100')
    """
    converter.register_unstructure_hook(Decimal, lambda d: f"{d:f}")
    converter.register_structure_hook(Decimal, _decimal)
    converter.register_unstructure_hook(datetime.date, lambda d: d.isoformat())
    converter.register_structure_hook(datetime.date, _date)
    converter.register_structure_hook(str, _string)
    converter.register_structure_hook(int, _int)
    converter.register_structure_hook(bool, _bool)
    # Classes and sequences first: the specific hooks registered after them take precedence.
    converter.register_structure_hook_factory(_is_our_class, _class_hook)
    converter.register_unstructure_hook_factory(
        _is_our_class, lambda cls, c: make_dict_unstructure_fn(cls, c, _cattrs_use_alias=True)
    )
    converter.register_structure_hook_factory(_is_our_sequence, _sequence_hook)
    converter.register_structure_hook_func(_is_our_enum, _enum)
    converter.register_unstructure_hook_func(_is_our_enum, lambda member: member.value)
    for cls in TARGET_TYPES:
        converter.register_unstructure_hook(cls, str)
        converter.register_structure_hook(cls, _one_kind(cls))
    converter.register_unstructure_hook(Target, str)
    converter.register_structure_hook(Target, _target)
    converter.register_structure_hook(Target | None, _optional_target)
    converter.register_unstructure_hook(Quantity, str)
    converter.register_structure_hook(Quantity, _quantity)

    def structure_actual(value: object, _: type) -> Quantity | datetime.date | Judgement:
        if isinstance(value, dict):
            return converter.structure(value, Judgement)
        text = _string(value)
        # Only the calendar form is a date: "20221231" is a unitless number.
        if _DATE_TEXT.fullmatch(text):
            return _date(text, datetime.date)
        return parse_quantity(text)

    converter.register_structure_hook(Quantity | datetime.date | Judgement, structure_actual)
    converter.register_unstructure_hook(
        Quantity | datetime.date | Judgement, lambda v: converter.unstructure(v, type(v))
    )
    for pair in (tuple[int, int], tuple[Decimal, Decimal]):
        _fixed_tuple(converter, pair)

    # A set of rule codes is written as a sorted list; the reader takes a list of strings.
    def structure_codes(value: object, _: type) -> frozenset[str]:
        _expect_list(value)
        return frozenset(converter.structure(value, list[str]))

    converter.register_structure_hook_func(lambda t: t == frozenset[str], structure_codes)
    converter.register_unstructure_hook_func(lambda t: t == frozenset[str], sorted)
    converter.register_unstructure_hook(
        Findings, lambda found: converter.unstructure(list(found), list[Finding])
    )
    converter.register_structure_hook(
        Findings, lambda data, _: Findings(converter.structure(data, list[Finding]))
    )


def make_converter() -> cattrs.Converter:
    """Return a new converter configured for perfindicator's types.

    Nothing is registered on cattrs' global converter; each call returns an independent
    converter that you may extend with hooks of your own (`configure_converter` puts the
    same hooks on a converter you made).

    Examples:
        >>> from perfindicator import parse_target
        >>> make_converter().unstructure(parse_target("≥ 95 ％"), Target)
        '>=95%'
    """
    converter = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True, use_alias=True)
    configure_converter(converter)
    return converter


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
        >>> from perfindicator import Funding, Quantity, Target
        >>> from_dict("1.2万人次", Quantity)
        Quantity('1.2万人次')
        >>> from_dict("≥95％", Target)
        <Comparison('>=95%')>
        >>> try:
        ...     from_dict({"total": "١٢٣", "fiscal": 5}, Funding)
        ... except DataError as error:
        ...     for problem in error.problems:
        ...         print(problem.subject, "|", problem.message_zh)
        $.total | 应为十进制数字字符串
        $.fiscal | 应为十进制数字字符串
    """
    try:
        return _CONVERTER.structure(data, cls)
    except (BaseValidationError, PerfIndicatorError) as error:
        raise DataError(_problems(error)) from None


def _problems(error: BaseException) -> list[Problem]:
    """Every problem of a structuring error, at its JSON path.

    cattrs' `transform_error` walks the error groups and builds each path; each leaf it
    reaches is one of the library's errors (the hooks raise nothing else), and becomes one
    problem, or several for a `DataError`. Anything else is a bug and is raised as itself.
    """
    leaves: list[PerfIndicatorError] = []

    def remember(leaf: BaseException, _: object) -> str:
        if not isinstance(leaf, PerfIndicatorError):
            raise leaf
        leaves.append(leaf)
        return str(len(leaves) - 1)

    problems: list[Problem] = []
    for line in cattrs.transform_error(error, "$", remember):
        index, _, path = line.partition(" @ ")
        leaf = leaves[int(index)]
        if isinstance(leaf, DataError):
            problems += [p.moved(Place(subject=path)) for p in leaf.problems]
        else:
            problems.append(leaf.as_problem(Place(subject=path)))
    return problems


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
        DataError: the text is not JSON, nests deeper than Python can read, gives a key twice,
            or the document is not a valid `cls`.
        FieldTypeError: `text` is neither a `str` nor `bytes`.

    Examples:
        >>> from perfindicator import Funding
        >>> from_json('{"total": "15399720"}', Funding).total
        Decimal('15399720')
        >>> from_json('{"total": "1", "total": "2"}', Funding)
        Traceback (most recent call last):
        ...
        perfindicator.errors.DataError: invalid document (数据无效): 1 problem
          $.total: the key 'total' is given more than once (键重复)
    """
    if not isinstance(text, (str, bytes)):
        raise FieldTypeError("from_json", "text", text, "must be JSON text, a str or bytes")
    try:
        data = json.loads(
            text,
            parse_float=_Float,
            parse_int=_parse_int,
            parse_constant=_Float,
            object_pairs_hook=_object,
        )
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise _invalid(f"not JSON: {error}", "不是有效的JSON") from None
    except RecursionError:
        # Python's JSON reader recurses once per level of nesting; no document of this
        # format nests more than a few levels.
        raise _invalid("not JSON that can be read: nested too deeply", "JSON嵌套过深") from None
    return from_dict(data, cls)
