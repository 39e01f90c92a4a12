"""The fast paths of `from_json` and `loads` read what the slow paths read (issue #16).

`from_dict` and `from_json` first try the fast readers of `interchange._fast`, which build
without running a validator what they have proven, and `loads` first parses without its
hooks (`convert._quick_loads`). Each gives up at anything it cannot vouch for, and the slow
path then reads the document. Here both paths run on generated documents, good and spoilt
in every way the format refuses, and must give the same objects, field by field, types and
places included, or the same problems, word for word.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from perfindicator import (
    DataError,
    Direction,
    FormKind,
    Funding,
    Goals,
    Indicator,
    LabelledText,
    Level2,
    Period,
    Project,
    StandardBasis,
    from_dict,
    from_json,
    to_dict,
    to_json,
)
from perfindicator._exact import MAX_WHOLE_DIGITS, magnitude_problem
from perfindicator.errors import Place
from perfindicator.interchange import _fast, convert
from perfindicator.interchange._scalars import enum_reader
from perfindicator.strategies import fundings, goals, indicators, labelled_texts, projects

# What JSON holds that a document should not: floats, numbers beyond 18 digits, bools for
# numbers, text that is blank at an edge, holds a control character or a lone surrogate,
# decimals in other digits, a negative zero, labels of another enum, wrong shapes.
_SPOILERS = st.sampled_from(
    [
        None, True, 0, -1, 10**18, 2022, 95.5, float("nan"), "", " ", "x ", "\u200bx", "a\tb",
        "a\ud800", "\udc00", "-0", "-1", "1e5", "95.5", "١٢٣", "0.000000000000000000001",
        "2022-02-30", "2022-12-31", "数量指标", "年度", "中期", "计划标准", "up", "申报表",
        ">=95%", "及时", "5至10个", "≥ 95 ％", "x:y", 'a"b', "a\\b", [], [2022], [2022, 2021],
        [2022, 2023], {}, {"label": "a", "text": "b"},
    ]
)  # fmt: skip


def _same(fast: object, slow: object, where: str = "$") -> None:
    """Assert that two read values are alike: types, values, written forms, places."""
    assert type(fast) is type(slow), where
    if attrs.has(type(fast)):
        for field in attrs.fields(type(fast)):  # type: ignore[arg-type]
            name = field.name
            _same(getattr(fast, name), getattr(slow, name), f"{where}.{name}")
    elif isinstance(fast, tuple):
        assert len(fast) == len(slow), where  # type: ignore[arg-type]
        for k, (a, b) in enumerate(zip(fast, slow, strict=True)):  # type: ignore[call-overload]
            _same(a, b, f"{where}[{k}]")
    else:
        assert fast == slow, where
        assert repr(fast) == repr(slow), where  # a Decimal's places, a target's form


def _slowly(data: object, cls: type) -> object:
    """`from_dict` as it reads without the fast readers: the object or the problems."""
    try:
        return convert._CONVERTER.structure(data, cls)
    except Exception as error:  # the caller compares what both paths raise
        return _Refused(_problems(DataError(convert._problems(error))))


def _problems(error: DataError) -> list[tuple[str, str, str]]:
    return [(p.subject, p.message_en, p.message_zh) for p in error.problems]


@attrs.frozen
class _Refused:
    problems: list[tuple[str, str, str]]


def _outcome(read: Callable[[], object]) -> object:
    try:
        return read()
    except DataError as error:
        return _Refused(_problems(error))


def _agree(fast: object, slow: object) -> None:
    if isinstance(slow, _Refused):
        assert fast == slow
    else:
        _same(fast, slow)


@given(projects())
def test_the_fast_reader_reads_every_project_as_the_converter_does(project: Project) -> None:
    data = to_dict(project)
    fast = _fast.FAST_READERS[Project].read(data)
    assert fast is not None  # a document `to_dict` wrote is never left to the slow path
    _same(fast, _slowly(data, Project))
    assert fast == project


@given(
    st.one_of(
        indicators().map(lambda x: (Indicator, x)),
        fundings().map(lambda x: (Funding, x)),
        goals().map(lambda x: (Goals, x)),
        labelled_texts().map(lambda x: (LabelledText, x)),
    )
)
def test_the_readers_of_parts_read_as_the_converter_does(drawn: tuple[type, object]) -> None:
    cls, value = drawn
    data = to_dict(value)
    fast = _fast.FAST_READERS[cls].read(data)
    assert fast is not None
    _same(fast, _slowly(data, cls))


def _paths(data: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in `data` a value can be put: each key and each item, at every level."""
    found = [path]
    if isinstance(data, dict):
        for key, value in data.items():
            found += _paths(value, (*path, key))
        found.append((*path, "unknown"))
    elif isinstance(data, list):
        for k, value in enumerate(data):
            found += _paths(value, (*path, k))
    return found


def _spoilt(data: Any, path: tuple[Any, ...], value: object) -> Any:
    """`data` with `value` at `path`, or without what is there where `value` is `...`."""
    if not path:
        return value
    copy: Any = dict(data) if isinstance(data, dict) else list(data)
    head, rest = path[0], path[1:]
    if rest:
        copy[head] = _spoilt(copy[head], rest, value)
    elif value is not ...:
        copy[head] = value
    elif isinstance(copy, dict):
        copy.pop(head, None)
    else:
        del copy[head]
    return copy


@given(projects(max_indicators=3), st.data())
def test_a_spoilt_document_is_read_alike_or_refused_alike(
    project: Project, data: st.DataObject
) -> None:
    document = to_dict(project)
    path = data.draw(st.sampled_from(_paths(document)))
    value = data.draw(_SPOILERS | st.just(...) | st.just([to_dict(i) for i in project.indicators]))
    if value is ... and not path:
        value = None
    spoilt = _spoilt(document, path, value)
    fast = _fast.FAST_READERS[Project].read(spoilt)
    slow = _slowly(spoilt, Project)
    if fast is not None:
        _same(fast, slow)
    _agree(_outcome(lambda: from_dict(spoilt, Project)), slow)


def _slow_from_json(text: str | bytes, cls: type) -> object:
    """`from_json` as it reads without the fast readers and the quick reading."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_fast, "FAST_READERS", {})
        patch.setattr(convert, "FAST_READERS", {})
        patch.setattr(convert, "_quick_loads", lambda _: convert._UNSURE)
        return _outcome(lambda: from_json(text, cls))


# Text-level spoilers: what only the text shows (a repeated key, a BOM, escapes), and colons
# and backslashes in strings, which the fast path's count of keys must see past.
_TEXT_EDITS: list[tuple[str, str]] = [
    ('"name": ', '"name": "重复", "name": '),
    ('"level2": ', '"level2": "质量指标", "level2": '),
    ('"total": ', '"total": "1", "total": '),
    ('"target": ', '"target": "及时", "x": 1, "target": '),
    ('"year": ', '"year": 2022.0, "x": '),
    ('"year": ', '"year": NaN, "x": '),
    ('"year": ', '"year": 1' + "0" * 18 + ', "x": '),
    ('"name": "', '"name": "\\ud800'),
    ('"name": "', '"name": "\\ud83d\\ude00'),
    ('"name": "', '"name": "a\\"b:'),
    ('"name": "', '"name": "a:b'),
    ('"name": "', '"name": "\\\\:'),
    ('"target": "', '"target": "\\u003e=9'),
    ("{", '{"x": {"y": [1, 2]}, '),
    ("{", "{\n"),
]


@pytest.mark.parametrize(("old", "new"), _TEXT_EDITS)
@given(project=projects(max_indicators=2), at=st.integers(0, 40), bom=st.booleans())
@example(project=Project(name="x", year=2022), at=0, bom=True)
def test_from_json_reads_alike_or_refuses_alike(
    old: str, new: str, project: Project, at: int, bom: bool
) -> None:
    text = to_json(project)
    k = -1
    for _ in range(at % (text.count(old) + 1)):
        k = text.index(old, k + 1)
    if k >= 0:
        text = text[:k] + new + text[k + len(old) :]
    text = "\ufeff" * bom + text
    for given_text in (text, text.encode("utf-8", "surrogatepass")):
        fast = _outcome(lambda t=given_text: from_json(t, Project))  # type: ignore[misc]
        _agree(fast, _slow_from_json(given_text, Project))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Worked out from the format: the repeated key is refused by `loads`, at its path.
        (
            '{"name": "x", "year": 2022, "indicators": [{"level2": "质量指标", "name": "a",'
            ' "name": "b", "target": null}]}',
            [("$.indicators[0].name", "the key 'name' is given more than once", "键重复")],
        ),
        (
            '{"name": "x", "year": 2022, "funding": {"total": 5.5}}',
            [
                (
                    "$.funding.total",
                    'a float is inexact: write the number as a string, e.g. "95.5"',
                    "浮点数不精确",
                )
            ],
        ),
        (
            '{"name": "x\\ud800", "year": 2022}',
            [
                (
                    "$.name",
                    "holds a lone surrogate U+D800 at position 1: half of a UTF-16 pair, which"
                    " no UTF-8 text can hold",
                    "含有孤立代理项",
                )
            ],
        ),
    ],
)
def test_what_loads_refuses_is_refused_as_before(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    with pytest.raises(DataError) as caught:
        from_json(text, Project)
    assert _problems(caught.value) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Colons and escaped quotes inside strings: the keys are counted past them.
        ('{"name": "会议:10:00", "year": 2022}', "会议:10:00"),
        ('{"name": "a\\"b:c", "year": 2022}', 'a"b:c'),
        ('{"name": "a\\\\", "year": 2022}', "a\\"),
    ],
)
def test_colons_and_escapes_in_strings_are_read(text: str, name: str) -> None:
    assert from_json(text, Project) == Project(name=name, year=2022)


def test_a_project_read_fast_has_every_default_and_an_empty_place() -> None:
    project = from_json('{"name": "x", "year": 2022, "indicators": [{"level2": "质量指标",'
                        ' "name": "及时率", "target": ">=95%"}]}', Project)  # fmt: skip
    indicator = project.indicators[0]
    assert (indicator.explanation, indicator.basis, indicator.weight) == ("", None, None)
    assert (indicator.direction, indicator.period) == (None, Period.ANNUAL)
    assert project.kind is FormKind.DECLARATION
    assert project.place == indicator.place == Place()
    assert project.funding == Funding()
    assert project.goals == Goals()


# JSON texts of any shape, with numbers of every kind, repeated keys and awkward strings.
_KEYS = st.sampled_from(["a", "b", "a:b", 'q"', "\\", "名"])
_JSON_TEXTS = st.recursive(
    st.sampled_from(
        ["null", "true", "1", "-0", "1.5", "1e3", "NaN", "-Infinity", "1" * 19, '"x"', '"a:b"',
         '"\\ud800"', '"\\ud83d\\ude00"', '"\\""', '"\\\\"', '"]}"', '"\ud800"']
    ),
    lambda inner: st.lists(inner, max_size=3).map(lambda items: "[" + ", ".join(items) + "]")
    | st.lists(st.tuples(_KEYS, inner), max_size=3).map(
        lambda pairs: "{" + ", ".join(f"{json.dumps(k)}: {v}" for k, v in pairs) + "}"
    ),
    max_leaves=12,
)  # fmt: skip


@given(_JSON_TEXTS)
@example("[" * 101 + "]" * 101)
@example('["' + "[" * 101 + '"]')
def test_the_quick_reading_vouches_only_for_what_the_strict_one_takes(text: str) -> None:
    quick = convert._quick_loads(text)
    strict = _outcome(lambda: convert._strict_loads(text))
    if quick is not convert._UNSURE:
        assert not isinstance(strict, _Refused)
        assert quick == strict
        assert json.dumps(quick) == json.dumps(strict)  # keys in the same order


_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')


@given(_JSON_TEXTS)
def test_the_strings_are_found_with_or_without_backslashes(text: str) -> None:
    assert convert._outside_strings(text) == _STRING.sub("", text)


@given(st.from_regex(r"-?[0-9]{1,17}(\.[0-9]{1,16})?", fullmatch=True))
def test_a_short_decimal_text_is_of_supported_size(text: str) -> None:
    # `read_decimal` skips the magnitude check for texts of at most 18 characters.
    if len(text) <= MAX_WHOLE_DIGITS:
        assert magnitude_problem(Decimal(text)) is None


@pytest.mark.parametrize(
    ("cls", "value", "expected"),
    [
        (Level2, "质量指标", Level2.QUALITY),
        (StandardBasis, "行业标准", StandardBasis.INDUSTRY),
        (Direction, "down", Direction.DOWN),
        (Period, "中期", Period.MID_TERM),
    ],
)
def test_an_enum_member_is_read_from_its_label(cls: type, value: str, expected: object) -> None:
    assert enum_reader(cls)(value, cls) is expected


@pytest.mark.parametrize("value", ["QUALITY", "质量指标 ", ["质量指标"], {"a": 1}, None, 1])
def test_anything_else_is_not_a_member(value: object) -> None:
    with pytest.raises(DataError) as caught:
        enum_reader(FormKind)(value, FormKind)
    (problem,) = caught.value.problems
    assert problem.message_en.startswith("expected one of 申报表, 目标表, 批复表, got ")


def test_a_bool_is_not_the_member_of_value_one() -> None:
    import enum

    class Flag(enum.Enum):
        ON = 1

    with pytest.raises(DataError):
        enum_reader(Flag)(True, Flag)
    assert enum_reader(Flag)(1, Flag) is Flag.ON


_DOCUMENT = {
    "name": "司法行政业务",
    "year": 2022,
    "start": "2022-01-01",
    "end": "2022-12-31",
    "funding": {"total": "100"},
    "goals": {"overall": "完成", "period": [2022, 2022]},
    "indicators": [{"level2": "质量指标", "name": "及时率", "target": ">=95%", "weight": "10"}],
    "details": [{"label": "项目来源", "text": "年初预算"}],
}


@pytest.mark.parametrize(
    ("path", "value", "subject"),
    [
        # Each breaks one rule that a constructor's validator checks (the fast reader must
        # check it too, or leave the document to the converter), at the place given.
        (("funding", "total"), "-1", "$.funding.total"),
        (("funding", "total"), "-0", "$.funding.total"),
        (("indicators", 0, "weight"), "-0", "$.indicators[0].weight"),
        (("indicators", 0, "name"), "a\tb", "$.indicators[0].name"),
        (("indicators", 0, "name"), " 及时率", "$.indicators[0].name"),
        (("indicators", 0, "name"), "", "$.indicators[0].name"),
        (("indicators", 0, "explanation"), "说明\u200b", "$.indicators[0].explanation"),
        (("indicators", 0, "level2"), "年度", "$.indicators[0].level2"),
        (("indicators", 0, "period"), None, "$.indicators[0].period"),
        (("goals", "period"), [2023, 2022], "$.goals.period"),
        (("goals", "period"), [0, 2022], "$.goals.period"),
        (("end",), "2021-12-31", "$.end"),
        (("year",), 0, "$.year"),
        (("year",), True, "$.year"),
        (("empty_rows",), -1, "$.empty_rows"),
        (("details", 0, "text"), "年初\n预算", "$.details[0].text"),
        (("kind",), "年度", "$.kind"),
    ],
)
def test_what_a_validator_refuses_is_left_to_the_converter(
    path: tuple[Any, ...], value: object, subject: str
) -> None:
    spoilt = _spoilt(_DOCUMENT, path, value)
    assert _fast.FAST_READERS[Project].read(spoilt) is None
    with pytest.raises(DataError) as caught:
        from_dict(spoilt, Project)
    assert [p.subject for p in caught.value.problems] == [subject]
    assert _outcome(lambda: from_dict(spoilt, Project)) == _slowly(spoilt, Project)


def test_the_document_of_the_table_is_read_fast() -> None:
    assert _fast.FAST_READERS[Project].read(_DOCUMENT) is not None


# to_json: orjson (the `fast` extra) writes what `json.dumps(..., ensure_ascii=False,
# indent=2)` writes. Strings of every awkward character: controls (escaped as \n or \u001f),
# quotes, backslashes, DEL, the line separators JavaScript minds, astral characters.
_AWKWARD = st.text(
    st.sampled_from([*map(chr, range(0x20)), '"', "\\", "/", "\x7f", "\u2028", "\u2029",
                     "😀", "é", "名", "a", " ", "\ufeff", "\u200b", "<", "&"]),
    max_size=8,
)  # fmt: skip
_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**18) + 1, 10**18 - 1) | _AWKWARD,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_AWKWARD, inner, max_size=3),
    max_leaves=10,
)


def _written_by_the_standard_library(obj: object) -> str:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(convert, "_orjson", None)
        return to_json(obj)


def test_orjson_is_there_to_be_compared() -> None:
    assert convert._orjson is not None, "install orjson (the fast extra) to run these tests"


@given(projects())
def test_a_project_is_written_byte_for_byte_alike(project: Project) -> None:
    text = to_json(project)
    assert text == _written_by_the_standard_library(project)
    assert text == json.dumps(to_dict(project), ensure_ascii=False, indent=2)


@given(_JSON_VALUES)
@example([])
@example({})
@example({"a": [], "b": {}, "c": [[]]})
@example("\x00\x1f\x7f\u2028")
def test_json_values_are_written_byte_for_byte_alike(value: object) -> None:
    assert to_json(value) == _written_by_the_standard_library(value)
    assert to_json(value) == json.dumps(value, ensure_ascii=False, indent=2)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # Worked out from RFC 8259 and json.dumps' documented layout (indent=2, ": " and ",").
        ({"a": [1, None]}, '{\n  "a": [\n    1,\n    null\n  ]\n}'),
        ({"名": '\n\t\x01"\\'}, '{\n  "名": "\\n\\t\\u0001\\"\\\\"\n}'),
        ([], "[]"),
        ({}, "{}"),
        (True, "true"),
    ],
)
def test_the_layout_is_json_dumps_layout(value: object, expected: str) -> None:
    assert to_json(value) == expected
    assert _written_by_the_standard_library(value) == expected


def test_another_indent_is_written_by_the_standard_library() -> None:
    assert to_json({"a": [1]}, indent=None) == '{"a": [1]}'
    assert to_json({"a": [1]}, indent=4) == '{\n    "a": [\n        1\n    ]\n}'
