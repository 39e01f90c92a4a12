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

JSON text is read in two steps: `loads` reads the text strictly (UTF-8, no repeated key, no
float, no number beyond the supported size, no lone surrogate, no deep nesting) into plain
values, then `from_dict` reads the document. The command line reads its actuals file with
`loads` too.

Both steps have a fast path for what is valid (issue #16), giving up at anything else: `loads`
first parses without its hooks (`_quick_loads`), and `from_dict` and `from_json` first read
a project or its parts with the readers of `_fast`. The slow path then reads the text or the
document again, so every error comes from it alone.
"""

from __future__ import annotations

import datetime
import enum
import itertools
import json
import re
import types
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any, NoReturn, TypeGuard, TypeVar, Union, get_args, get_origin

import attrs
import cattrs
from cattrs.cols import list_structure_factory
from cattrs.errors import (
    AttributeValidationNote,
    BaseValidationError,
    ClassValidationError,
    ForbiddenExtraKeysError,
)
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from perfindicator._exact import MAX_WHOLE_DIGITS, magnitude_problem
from perfindicator.errors import (
    DataError,
    FieldError,
    FieldTypeError,
    PerfIndicatorError,
    Place,
    Problem,
    shown,
)
from perfindicator.grammar.inputs import read_iso_date
from perfindicator.grammar.parse import parse_quantity
from perfindicator.interchange._fast import FAST_READERS, FastReader
from perfindicator.interchange._scalars import (
    INEXACT,
    TOO_LARGE,
    WHOLE_LIMIT,
    enum_reader,
    invalid,
    one_kind,
    read_bool,
    read_date,
    read_decimal,
    read_int,
    read_optional_target,
    read_quantity,
    read_string,
    read_target,
    shown_json,
    too_large,
)
from perfindicator.model.outcomes import Judgement
from perfindicator.model.quantity import Quantity
from perfindicator.model.targets import TARGET_TYPES, Target
from perfindicator.reports.lint import Finding, Findings

__all__ = [
    "configure_converter",
    "from_dict",
    "from_json",
    "loads",
    "make_converter",
    "to_dict",
    "to_json",
]

T = TypeVar("T")

# An optional accelerator (the `fast` extra): it writes indented JSON as `json.dumps` does
# with `ensure_ascii=False, indent=2`, for the values `to_dict` returns (tests prove it).
try:
    import orjson as _imported
except ImportError:  # the tests write without it too
    _imported = None  # type: ignore[assignment]
_orjson = _imported

# A lone surrogate is half of a UTF-16 pair: no UTF-8 text can hold one, so a string holding
# one could be read but never written again.
_SURROGATE = re.compile("[\ud800-\udfff]")
# No document of this library nests more than a few levels. The limit is the library's own so
# that the answer does not depend on how deep the caller's stack already is (Python's JSON
# reader recurses once per level, within the interpreter's recursion limit).
_MAX_DEPTH = 100
_TOO_DEEP = (f"nested too deeply (more than {_MAX_DEPTH} levels)", "JSON嵌套过深")


class _Float(str):
    """A JSON number with a fraction or an exponent, or NaN or Infinity: inexact.

    `loads` keeps it as its text while parsing, then refuses it at its path.
    """


class _LongInt(str):
    """A JSON whole number of more digits than the library supports, kept as its text."""


def _parse_int(text: str) -> int | _LongInt:
    # Checked by length first: int() of a long text is quadratic and refused past 4,300 digits.
    return _LongInt(text) if len(text.lstrip("-")) > MAX_WHOLE_DIGITS else int(text)


def _ours(cls: object) -> TypeGuard[type]:
    # The hooks for classes, enums and sequences are for perfindicator's types only, so that
    # configure_converter leaves a user's own types as the user's converter has them.
    return isinstance(cls, type) and cls.__module__.startswith("perfindicator.")


def _is_our_enum(cls: object) -> bool:
    return _ours(cls) and issubclass(cls, enum.Enum)


def _is_our_class(cls: object) -> bool:
    return _ours(cls) and attrs.has(cls)


def _has_json_form(cls: object) -> bool:
    """Whether `cls` is one of perfindicator's types that the hooks read and write.

    Its exceptions are perfindicator's types too, but have no JSON form.
    """
    return _is_our_class(cls) or _is_our_enum(cls) or cls is Findings


def _is_our_sequence(cls: object) -> bool:
    """`list[X]` or `tuple[X, ...]` of one of perfindicator's types."""
    args = get_args(cls)
    if get_origin(cls) is list and len(args) == 1:
        return _has_json_form(args[0])
    return (
        get_origin(cls) is tuple
        and len(args) == 2
        and args[1] is Ellipsis
        and _has_json_form(args[0])
    )


# The forms that are not one class, each with its hook in `configure_converter`.
_ACTUAL = Quantity | datetime.date | Judgement
_PAIRS = (tuple[int, int], tuple[Decimal, Decimal])
_FORMS: tuple[object, ...] = (Target, Target | None, _ACTUAL, *_PAIRS, frozenset[str])
_SCALARS = (Decimal, datetime.date, str, int, bool)


def _readable(cls: object) -> bool:
    """Whether `from_dict` can read a `cls`: a type the hooks know, a list of one, or `X | None`."""
    if cls in _SCALARS or _has_json_form(cls) or _is_our_sequence(cls):
        return True
    if any(cls == form for form in _FORMS):
        return True
    if get_origin(cls) in (Union, types.UnionType):
        others = [arg for arg in get_args(cls) if arg is not type(None)]
        return len(others) == 1 and _readable(others[0])
    return False


def _require_readable(cls: object, owner: str) -> None:
    if not _readable(cls):
        raise FieldTypeError(
            owner,
            "cls",
            cls,
            "must be a type with a JSON form: one of perfindicator's classes or enums (such as"
            " Project, Evaluation, Level2), Findings, Target, Decimal, datetime.date, str, int,"
            " bool, a list[X] or tuple[X, ...] of one of perfindicator's classes, or X | None",
        )


def _expect_list(value: object, length: int | None = None) -> None:
    if not isinstance(value, list) or (length is not None and len(value) != length):
        wanted = "a list [...]" if length is None else f"a list of {length} items"
        got = f"a list of {len(value)} items" if isinstance(value, list) else shown_json(value)
        raise invalid(f"expected {wanted}, got {got}", "应为JSON数组")


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
            raise invalid(
                f"expected an object {{...}} ({cls.__name__}), got {shown_json(value)}",
                "应为JSON对象",
            )
        try:
            return structure_fields(value, cls)
        except ClassValidationError as error:
            found = [
                keyed for inner in error.exceptions for keyed in _keyed(inner, value, keys, cls)
            ]
            raise ClassValidationError(f"While structuring {cls.__name__}", found, cls) from None

    return structure


def _class_writer(cls: type, converter: cattrs.Converter) -> Callable[[Any], dict[str, Any]]:
    """Write `cls` as a JSON object, its fields by their aliases.

    A field the model marks `omit_if_default` (a part only some forms carry: an
    indicator's weight, a project's details) is written only where it differs from its
    default, so that documents of forms without such parts stay as short as they were. A
    field marked `omit` (where a thing was read: a `Place`) is not written: it is no part
    of the value, and reading the document back gives an equal object.
    """
    overrides: dict[str, Any] = {
        a.name: override(omit=True) if a.metadata.get("omit") else override(omit_if_default=True)
        for a in attrs.fields(cls)
        if a.metadata.get("omit_if_default") or a.metadata.get("omit")
    }
    writer: Callable[[Any], dict[str, Any]] = make_dict_unstructure_fn(
        cls, converter, _cattrs_use_alias=True, **overrides
    )
    return writer


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
            _at_key(invalid("unknown key", "未知的键"), str(key))
            for key in sorted(error.extra_fields, key=str)
        ]
    if note is not None:
        key = keys.get(note.name, note.name)
        if type(error) is KeyError and error.args == (key,) and key not in value:
            return [_at_key(invalid("required key missing", "缺少必填的键"), key)]
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
    converter.register_structure_hook(Decimal, read_decimal)
    converter.register_unstructure_hook(datetime.date, lambda d: d.isoformat())
    converter.register_structure_hook(datetime.date, read_date)
    converter.register_structure_hook(str, read_string)
    converter.register_structure_hook(int, read_int)
    converter.register_structure_hook(bool, read_bool)
    # Classes and sequences first: the specific hooks registered after them take precedence.
    converter.register_structure_hook_factory(_is_our_class, _class_hook)
    converter.register_unstructure_hook_factory(_is_our_class, _class_writer)
    converter.register_structure_hook_factory(_is_our_sequence, _sequence_hook)
    converter.register_structure_hook_factory(_is_our_enum, enum_reader)
    converter.register_unstructure_hook_func(_is_our_enum, lambda member: member.value)
    for cls in TARGET_TYPES:
        converter.register_unstructure_hook(cls, str)
        converter.register_structure_hook(cls, one_kind(cls))
    converter.register_unstructure_hook(Target, str)
    converter.register_structure_hook(Target, read_target)
    converter.register_structure_hook(Target | None, read_optional_target)
    converter.register_unstructure_hook(Quantity, str)
    converter.register_structure_hook(Quantity, read_quantity)

    def structure_actual(value: object, _: type) -> Quantity | datetime.date | Judgement:
        if isinstance(value, dict):
            return converter.structure(value, Judgement)
        text = read_string(value)
        # Only the calendar form is a date: "20221231" is a unitless number.
        date = read_iso_date(text)
        return parse_quantity(text) if date is None else date

    converter.register_structure_hook(_ACTUAL, structure_actual)
    # A monitoring line's value: None for a deadline not done yet.
    converter.register_structure_hook(
        _ACTUAL | None, lambda value, _: None if value is None else structure_actual(value, _)
    )
    converter.register_unstructure_hook(_ACTUAL, lambda v: converter.unstructure(v, type(v)))
    for pair in _PAIRS:
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
    """Return the JSON-ready form of `obj`: dicts, lists, strings, ints, booleans and `None`.

    `obj` is an object of one of perfindicator's types (a project, a target, an evaluation, a
    setting, lint findings), or a JSON value (`None`, a bool, an int, a str) or a `Decimal`
    or a `datetime.date`, or a list, tuple or dict with str keys of any of these: so
    `to_dict([indicator, ...])` and `to_dict({"project": project, "note": "..."})` work. A
    float (inexact), a number beyond the supported size, a string with a lone surrogate (no
    UTF-8 text can hold one) or any other object is refused, with where it was found.

    Raises:
        FieldTypeError: `obj` is or holds something without a JSON form, a float, say.
        FieldError: `obj` holds a value JSON cannot carry, such as `Decimal("NaN")`.

    Examples:
        >>> from perfindicator import Indicator, Level2, parse_target
        >>> to_dict(Indicator(level2=Level2.QUALITY, name="在线接答率", target=parse_target("≥95%")))
        {'level2': '质量指标', 'name': '在线接答率', 'target': '>=95%'}
        >>> to_dict([parse_target("及时"), None, 7])
        ['及时', None, 7]
        >>> to_dict({"rate": 95.5})
        Traceback (most recent call last):
        ...
        perfindicator.errors.FieldTypeError: to_dict.obj: must be perfindicator's objects or JSON values, at $.rate: a float is inexact: write the number as a Decimal, e.g. Decimal("95.5"), got {'rate': 95.5}
    """
    return _unstructured(obj, "to_dict")


def _unstructured(obj: object, owner: str) -> Any:
    for path, en, _, wrong_type in _refusals(obj, {}):
        error = FieldTypeError if wrong_type else FieldError
        reason = f"must be perfindicator's objects or JSON values, at {path}: {en}"
        raise error(owner, "obj", obj, reason)
    return _CONVERTER.unstructure(obj)


def from_dict(data: object, cls: type[T]) -> T:
    """Build a `cls` from its `to_dict` form, validating everything.

    `cls` is one of perfindicator's classes or enums (`Project`, `Evaluation`, `Level2`, ...),
    `Findings`, `Target`, `Decimal`, `datetime.date`, `str`, `int` or `bool`; a `list[X]` or
    `tuple[X, ...]` of one of perfindicator's classes; or one of these `| None`.

    Raises:
        DataError: listing every problem of the document with its JSON path.
        FieldTypeError: `cls` is not a type with a JSON form.

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
    _require_readable(cls, "from_dict")
    fast = FAST_READERS.get(cls)
    found = None if fast is None else fast.read(data)
    if found is not None:
        return found  # type: ignore[return-value]
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
    """Return the JSON text of `obj`: UTF-8 Chinese, keys in field order.

    `obj` is what `to_dict` takes, and is refused as `to_dict` refuses it, naming `obj`.

    With the `fast` extra installed (orjson), the text of the default indent of 2 is written
    by orjson: the same text, byte for byte, several times sooner.

    Examples:
        >>> from perfindicator import parse_target
        >>> print(to_json(parse_target("≥ 95 ％")))
        ">=95%"
    """
    data = _unstructured(obj, "to_json")
    if indent == 2 and _orjson is not None:
        try:
            return _orjson.dumps(data, option=_orjson.OPT_INDENT_2).decode()
        except _orjson.JSONEncodeError:
            pass  # what only the standard library writes (an int subclass of its own, say)
    # Python's own indented writer is pure Python; the reference the text must match.
    return json.dumps(data, ensure_ascii=False, indent=indent)


def from_json(text: str | bytes, cls: type[T]) -> T:
    """Build a `cls` from JSON text: `from_dict(loads(text), cls)`.

    `cls` is what `from_dict` takes. The text is read by `loads`, which refuses floats
    (`95.5` must be written `"95.5"`), repeated keys and the rest; then the document is read.

    Raises:
        DataError: the text is not JSON that `loads` accepts (every such problem at once), or
            the document is not a valid `cls` (every problem of the document at once).
        FieldTypeError: `text` is neither a `str` nor `bytes`, or `cls` has no JSON form.

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
    _require_text(text, "from_json")
    _require_readable(cls, "from_json")
    fast = FAST_READERS.get(cls)
    found = None if fast is None else _quick_from_json(text, fast)
    if found is not None:
        return found  # type: ignore[return-value]
    return from_dict(_loads(text), cls)


def _quick_from_json(text: str | bytes, fast: FastReader) -> object:
    """The object of `text` read by `fast`, or `None` to read it strictly.

    The text is parsed without `loads`' hooks, and `fast` reads the values: everything
    `loads` refuses, it refuses too, but for a repeated key. A float or a long number is no
    value it reads, every string it reads is checked as it is read (lone surrogates are
    control characters to the validators and the grammar), and it reads its class's keys,
    to the depth of its class. That no key is repeated is told by the number of colons, as
    in `_quick_loads`.
    """
    try:
        if isinstance(text, bytes):
            text = text.decode("utf-8")
        text = text.removeprefix("\ufeff")
        data = json.loads(text)
    except (ValueError, RecursionError):  # a UnicodeDecodeError or a JSONDecodeError
        return None
    found = fast.read(data)
    if found is None:
        return None
    keys = fast.keys(data)  # `fast` has read it: an object
    return found if keys == text.count(":") or keys == _colons_outside_strings(text) else None


def loads(text: str | bytes) -> object:
    r"""Read JSON text strictly into plain values: `dict`, `list`, `str`, `int`, `bool`, `None`.

    Stricter than `json.loads`, so that nothing is silently changed or lost:

    - bytes must be UTF-8 (RFC 8259 section 8.1); one byte order mark at the start of the
      text (bytes or `str`) is ignored, as that section allows;
    - a key given twice in one object is refused (JSON readers usually keep the last);
    - floats, `NaN` and `Infinity` are refused: the library's numbers are exact, written as
      decimal strings such as `"95.5"`. No float is ever returned, so a caller needs no check;
    - whole numbers of more than 18 digits are refused (the supported size);
    - strings and keys holding a lone surrogate (`"\ud800"`) are refused: no UTF-8 text
      can hold one, so it could never be written again;
    - nesting deeper than 100 levels is refused.

    Every such problem of the text is reported at once, each at its JSON path (`$.a[2]`; a
    key that is not a plain ASCII name is quoted: `$['项目 一']`). A text that is not JSON
    at all is one problem at `$` with the line and column where reading stopped.

    Raises:
        DataError: the text is not JSON, or holds something refused above.
        FieldTypeError: `text` is neither a `str` nor `bytes`.

    Examples:
        >>> loads('{"actuals": {"在线接答率": "96%"}, "year": 2022}'.encode())
        {'actuals': {'在线接答率': '96%'}, 'year': 2022}
        >>> try:
        ...     loads('{"a": 95.5, "b": [1, "x", NaN], "a": 1}')
        ... except DataError as error:
        ...     for problem in error.problems:
        ...         print(problem.subject, "|", problem.message_en)
        $.a | the key 'a' is given more than once
        $.b[2] | a float is inexact: write the number as a string, e.g. "95.5"
    """
    _require_text(text, "loads")
    return _loads(text)


def _require_text(text: object, owner: str) -> None:
    if not isinstance(text, (str, bytes)):
        raise FieldTypeError(owner, "text", text, "must be JSON text, a str or bytes")


def _loads(text: str | bytes) -> object:
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError as error:
            # Decoded here, strictly: json.loads would decode UTF-8 with "surrogatepass",
            # taking an encoded lone surrogate, and would guess UTF-16 and UTF-32 as well.
            raise invalid(
                f"not JSON: JSON text is UTF-8, and byte {error.start} is not"
                f" ({error.reason}: 0x{error.object[error.start]:02X})",
                "不是UTF-8编码的JSON",
            ) from None
    text = text.removeprefix("\ufeff")
    data = _quick_loads(text)
    return _strict_loads(text) if data is _UNSURE else data


class _Unsure(Exception):
    """What the quick reading raises at something only the strict reading can judge."""


_UNSURE: Any = object()


def _unsure(_: str) -> NoReturn:
    raise _Unsure


def _quick_int(number: str) -> int:
    if len(number) > MAX_WHOLE_DIGITS:  # a long number, or 18 digits and a minus sign
        raise _Unsure
    return int(number)


def _quick_loads(text: str) -> object:
    """The plain values of `text` if it holds nothing `loads` refuses; `_UNSURE` otherwise.

    The strict reading's hook for repeated keys doubles the cost of parsing: this one
    counts the keys of each object read instead, and compares them with the colons of the
    text. Every name-value pair of an object is written with a colon, and no other colon is
    outside a string, so a text with as many colons as the objects read have keys repeats
    none. A float, a long number or a text that is not JSON stop the reading at once.
    """
    keys = 0

    def count(found: dict[str, Any]) -> dict[str, Any]:
        nonlocal keys
        keys += len(found)
        return found

    try:
        data = json.loads(
            text,
            object_hook=count,
            parse_float=_unsure,
            parse_int=_quick_int,
            parse_constant=_unsure,
        )
    except (_Unsure, ValueError, RecursionError):  # JSONDecodeError is a ValueError
        return _UNSURE
    if keys != text.count(":") and keys != _colons_outside_strings(text):
        return _UNSURE
    if _may_hold_surrogate(text) or _may_nest_too_deeply(text):
        return _UNSURE
    return data


def _strict_loads(text: str) -> object:
    """Read `text` as `loads` does, finding every problem."""
    # Objects with a repeated key, by id, each kept alive beside its keys given more than
    # once: a dict dropped by a repeated key must not lend its id to a later one.
    repeated: dict[int, tuple[dict[str, Any], list[str]]] = {}

    def pairs_hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        found = dict(pairs)
        if len(found) < len(pairs):
            seen: set[str] = set()
            again: dict[str, None] = {}
            for key, _ in pairs:
                if key in seen:
                    again[key] = None
                seen.add(key)
            repeated[id(found)] = (found, list(again))
        return found

    # The walk below costs more than the parse: it runs only when the parse met something
    # to refuse (a marked number, a repeated key) or the text could hold a lone surrogate
    # or nest too deeply, which the text itself tells quickly.
    marked: list[str] = []

    def mark(kind: type[str]) -> Callable[[str], str]:
        def read(number: str) -> str:
            marked.append(number)
            return kind(number)

        return read

    def parse_int(number: str) -> int | _LongInt:
        read = _parse_int(number)
        if isinstance(read, _LongInt):
            marked.append(number)
        return read

    try:
        data = json.loads(
            text,
            parse_float=mark(_Float),
            parse_int=parse_int,
            parse_constant=mark(_Float),
            object_pairs_hook=pairs_hook,
        )
    except json.JSONDecodeError as error:
        where = Place(row=error.lineno, column=error.colno, subject="$")
        problem = Problem(
            code="data",
            message_en=f"not JSON: {error.msg}",
            message_zh="不是有效的JSON",
            where=where,
        )
        raise DataError((problem,)) from None
    except RecursionError:
        raise invalid(*_TOO_DEEP) from None
    if not (marked or repeated or _may_hold_surrogate(text) or _may_nest_too_deeply(text)):
        return data
    problems = [
        Problem(code="data", message_en=en, message_zh=zh, where=Place(subject=path))
        for path, en, zh, _ in _refusals(data, {key: keys for key, (_, keys) in repeated.items()})
    ]
    if problems:
        raise DataError(problems)
    return data


# A surrogate written as an escape from \ud800 to \udfff (a pair is fine, but the walk that
# tells a pair from a lone half runs only when one is there).
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_DELTA = {"[": 1, "{": 1, "]": -1, "}": -1}


def _may_hold_surrogate(text: str) -> bool:
    # Each test is a single pass in C: a pattern searched for at every position costs
    # several times what parsing the text does.
    if "\\u" in text and _SURROGATE_ESCAPE.search(text) is not None:
        return True
    try:
        text.encode("utf-8")  # refuses exactly the surrogates written as themselves
    except UnicodeEncodeError:
        return True
    return False


def _may_nest_too_deeply(text: str) -> bool:
    """Whether valid JSON `text` may nest more than `_MAX_DEPTH` levels.

    Every level opens with a bracket, so a text of no more opening brackets than that, in its
    strings or not, does not; counting them is much quicker than finding the strings.
    """
    if text.count("{") + text.count("[") <= _MAX_DEPTH:
        return False
    return _depth(text) > _MAX_DEPTH


def _outside_strings(text: str) -> str:
    """Valid JSON `text` without its strings."""
    # Without a backslash no quote is escaped: every other quote opens a string.
    return "".join(text.split('"')[::2]) if "\\" not in text else _STRING.sub("", text)


def _colons_outside_strings(text: str) -> int:
    return _outside_strings(text).count(":")


def _depth(text: str) -> int:
    """How deeply valid JSON `text` nests: the running count of its brackets outside strings."""
    brackets = _NOT_BRACKET.sub("", _outside_strings(text))
    return max(itertools.accumulate(map(_DELTA.__getitem__, brackets)), default=0)


def key_path(path: str, key: str) -> str:
    """The path of `key` in the object at `path`: `$.name`, or `$['a b']` when not a name.

    A long key is shown in part (`shown`): a path is for reading, and one per problem.
    """
    return f"{path}.{key}" if key.isascii() and key.isidentifier() else f"{path}[{shown(key)}]"


# Where a part of a value is, as the chain of keys and indexes that lead to it from the top,
# made into a path only for a part that is refused: a path per part would cost the length of
# every key above it, for every part.
_Where = tuple["_Where", "str | int"] | None


def _path(where: _Where) -> str:
    steps: list[str | int] = []
    while where is not None:
        where, step = where
        steps.append(step)
    path = "$"
    for step in reversed(steps):
        path = f"{path}[{step}]" if isinstance(step, int) else key_path(path, step)
    return path


def _refusals(
    value: object, repeated: dict[int, list[str]]
) -> Iterator[tuple[str, str, str, bool]]:
    """What JSON cannot carry in `value`, in document order: (path, English, Chinese, wrong type).

    One walk for both directions: `loads` checks what it parsed (its markers for floats and
    long numbers, repeated keys by the id of their object), `to_dict` what it is given.
    Objects of perfindicator's types were validated when built and are not looked into.
    The walk is iterative and stops at `_MAX_DEPTH`: a document's depth is the writer's.
    """
    stack: list[tuple[object, _Where, int]] = [(value, None, 0)]
    while stack:
        item, where, depth = stack.pop()
        children: list[tuple[object, _Where]] = []
        if _has_json_form(type(item)):
            continue
        if depth >= _MAX_DEPTH and isinstance(item, (list, tuple, dict)):
            yield _path(where), *_TOO_DEEP, False
        elif isinstance(item, _LongInt) or (isinstance(item, int) and abs(item) >= WHOLE_LIMIT):
            yield _path(where), *too_large(TOO_LARGE), False
        elif isinstance(item, _Float):
            yield _path(where), *INEXACT, True
        elif isinstance(item, float):
            # Given in Python (to_dict), the number is to be given as a Decimal.
            en = 'a float is inexact: write the number as a Decimal, e.g. Decimal("95.5")'
            yield _path(where), en, INEXACT[1], True
        elif isinstance(item, str):
            found = _SURROGATE.search(item)
            if found is not None:
                yield _path(where), _surrogate(found), "含有孤立代理项", False
        elif isinstance(item, Decimal):
            problem = magnitude_problem(item) if item.is_finite() else None
            if not item.is_finite():
                yield _path(where), f"{item} is not a finite number", "不是有限数", False
            elif problem is not None:
                yield _path(where), *too_large(problem), False
        elif isinstance(item, (list, tuple)):
            children = [(part, (where, k)) for k, part in enumerate(item)]
        elif isinstance(item, dict):
            for key in repeated.get(id(item), ()):
                en = f"the key {shown(key)} is given more than once"
                yield _path((where, key)), en, "键重复", False
            for key, part in item.items():
                if not isinstance(key, str):
                    en = f"a key is not a string: {shown_json(key)}"
                    yield _path(where), en, "键应为字符串", True
                    continue
                found = _SURROGATE.search(key)
                if found is not None:
                    en = "the key " + _surrogate(found)
                    yield _path((where, key)), en, "键含有孤立代理项", False
                children.append((part, (where, key)))
        elif not (item is None or isinstance(item, (bool, int)) or type(item) is datetime.date):
            yield _path(where), f"{shown_json(item)} has no JSON form", "无法写为JSON", True
        stack += [(part, step, depth + 1) for part, step in reversed(children)]


def _surrogate(found: re.Match[str]) -> str:
    return (
        f"holds a lone surrogate U+{ord(found.group()):04X} at position {found.start()}:"
        " half of a UTF-16 pair, which no UTF-8 text can hold"
    )
