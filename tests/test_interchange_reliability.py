"""Bad JSON of every kind gets a DataError with its path, quickly, and nothing is lost.

Regression tests for the JSON side of issue 11: odd shapes (family 3), settings and results
that were not validated (family 8) and values that were silently accepted (family 12), then a
fuzz property over every type that has a JSON form.
"""

from __future__ import annotations

import datetime
import functools
import json
from decimal import Decimal
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from perfindicator import (
    BudgetExecution,
    DataError,
    Evaluation,
    FieldError,
    FieldTypeError,
    Findings,
    Funding,
    Goals,
    Indicator,
    Judgement,
    Level2,
    LintRules,
    Outcome,
    Project,
    Qualitative,
    Quantity,
    ScoringRules,
    SelfEvaluation,
    Target,
    Weights,
    evaluate,
    from_dict,
    from_json,
    json_schema,
    lint,
    parse_target,
    self_evaluate,
    to_dict,
    to_json,
)
from perfindicator.interchange.convert import loads
from perfindicator.strategies import projects

# Sizes that would expose a quadratic step (int() of a long digit string, a recursive walk)
# without making the suite slow.
LONG = 100_000
DEEP = 100_000


def _problems(text: str | bytes, cls: type) -> list[tuple[str, str]]:
    with pytest.raises(DataError) as caught:
        from_json(text, cls)
    return [(p.subject, p.message_en) for p in caught.value.problems]


# Family 3: JSON shapes.


@pytest.mark.parametrize(
    ("text", "cls", "path", "fragment"),
    [
        # Python refuses int() of more than 4,300 digits with a plain ValueError.
        ('{"year": ' + "1" * 5000 + "}", Project, "$.year", "more than 18 digits"),
        ('{"year": ' + "1" * LONG + "}", Project, "$.year", "more than 18 digits"),
        ('{"year": -' + "9" * 19 + "}", Project, "$.year", "more than 18 digits"),
        ('{"total": "' + "1" * LONG + '"}', Funding, "$.total", "more than 38 digits"),
        # Python's JSON reader recurses once per level.
        ("[" * 1000 + "]" * 1000, Findings, "$", "nested too deeply"),
        ("[" * DEEP + "]" * DEEP, Findings, "$", "nested too deeply"),
        ('{"a":' * 1000 + "1" + "}" * 1000, Project, "$", "nested too deeply"),
        ("[]", Project, "$", "expected an object"),
        ('"x"', Funding, "$", "expected an object"),
        ('{"indicators": {"a": 1}}', Project, "$.indicators", "expected a list"),
        ('{"indicators": "ab"}', Project, "$.indicators", "expected a list"),
        ('{"overall": "", "period": "ab"}', Goals, "$.period",
         "expected a list of 2 items"),
        ("{}", Findings, "$", "expected a list"),
        ("[[]]", Findings, "$[0]", "expected an object"),
        ("", Project, "$", "not JSON"),
        (b"\xff\xfe\xff", Project, "$", "not JSON"),
    ],
)  # fmt: skip
def test_odd_shapes_are_data_errors(text: str, cls: type, path: str, fragment: str) -> None:
    problems = _problems(text, cls)
    assert path in [where for where, _ in problems], problems
    assert any(fragment in message for where, message in problems if where == path), problems


def test_from_dict_refuses_a_list_for_an_object() -> None:
    with pytest.raises(DataError) as caught:
        from_dict([], Project)
    assert [p.subject for p in caught.value.problems] == ["$"]


def test_a_deep_python_structure_is_refused_at_its_first_wrong_level() -> None:
    nested: list[Any] = []
    for _ in range(DEEP):
        nested = [nested]
    with pytest.raises(DataError) as caught:
        from_dict(nested, Findings)
    assert [p.subject for p in caught.value.problems] == ["$[0]"]


@pytest.mark.parametrize("value", [None, 12, ["{}"], bytearray(b"{}"), Decimal(1)])
def test_from_json_takes_text_only(value: object) -> None:
    with pytest.raises(FieldTypeError) as caught:
        from_json(value, Project)  # type: ignore[arg-type]
    assert (caught.value.owner, caught.value.field) == ("from_json", "text")


def test_bytes_are_read_as_json_text() -> None:
    assert from_json(b'{"total": "1"}', Funding) == Funding(total=Decimal(1))


# Family 12: silently accepted.


def test_a_key_given_twice_is_refused_at_its_path() -> None:
    document = to_dict(Project(name="示例", year=2022, start=datetime.date(2022, 1, 1),
                               end=datetime.date(2022, 12, 31), indicators=(
        Indicator(level2=Level2.QUALITY, name="在线接答率", target=parse_target(">=95%")),)))  # fmt: skip
    text = json.dumps(document, ensure_ascii=False)
    twice = text.replace('"target": ">=95%"', '"target": ">=95%", "target": ">=90%"')
    assert _problems(twice, Project) == [
        ("$.indicators[0].target", "the key 'target' is given more than once")
    ]
    # Every key given twice in the text at once, in document order. The text is read first
    # (loads), then the document: its own problems are reported once the text is accepted.
    both = twice.replace('"year": 2022', '"year": 2022, "year": "2022"')
    assert [where for where, _ in _problems(both, Project)] == [
        "$.year",
        "$.indicators[0].target",
    ]


@pytest.mark.parametrize(
    ("data", "cls", "path"),
    [
        ({"total": "١٢٣"}, Funding, "$.total"),  # Arabic-Indic digits
        ({"total": "१२३"}, Funding, "$.total"),  # Devanagari digits
        ({"total": "1_000"}, Funding, "$.total"),  # Decimal's underscores
        ({"total": " 1"}, Funding, "$.total"),
        ({"total": "1e3"}, Funding, "$.total"),
        ({"total": "Infinity"}, Funding, "$.total"),
        ({"name": "x", "year": 2022, "start": "2022-W52-5", "end": "2022-12-31"}, Project,
         "$.start"),
        ({"name": "x", "year": 2022, "start": "2022-01-01", "end": "20221231"}, Project,
         "$.end"),
        ({"name": "x", "year": 2022, "start": "2022-01-01", "end": "２０２２-１２-３１"}, Project,
         "$.end"),
        ({"name": "x", "year": 2022, "start": "2022-01-01", "end": "2022-02-30"}, Project,
         "$.end"),
    ],
)  # fmt: skip
def test_only_ascii_decimals_and_calendar_dates(data: dict[str, Any], cls: type, path: str) -> None:
    with pytest.raises(DataError) as caught:
        from_dict(data, cls)
    assert [p.subject for p in caught.value.problems] == [path]


# Family 8: settings and results.


@pytest.mark.parametrize(
    "value",
    [
        LintRules(),
        LintRules(satisfaction_floor=Decimal("90.5"), ignore=["PI031", "PI001", "PI010"]),
        ScoringRules(),
        ScoringRules(over_achievement=Decimal("1.5"), partly_achieved=Decimal("0.6")),
        Weights(),
        Weights(output=Decimal(40), cost=Decimal(10)),
    ],
)
def test_settings_round_trip_through_json(value: object) -> None:
    assert from_json(to_json(value), type(value)) == value


def test_rule_codes_are_a_sorted_list() -> None:
    assert json.loads(to_json(LintRules(ignore=["PI031", "PI001"])))["ignore"] == ["PI001", "PI031"]


@pytest.mark.parametrize(
    ("ignore", "path"),
    [(1.5, "$.ignore"), ("PI031", "$.ignore"), ({"PI031": 1}, "$.ignore"), ([1], "$.ignore[0]")],
)
def test_rule_codes_must_be_a_list_of_strings(ignore: object, path: str) -> None:
    with pytest.raises(DataError) as caught:
        from_json(json.dumps({"ignore": ignore}), LintRules)
    assert [p.subject for p in caught.value.problems] == [path]


def _evaluation(**changes: object) -> dict[str, Any]:
    data: dict[str, Any] = to_dict(evaluate(parse_target(">=500条"), "400条"))
    data.update(changes)
    return data


# These rely on the validators of Evaluation (scoring/evaluate.py): the share is a pair of
# exact numbers with 0 <= numerator <= denominator and denominator > 0, and `met` is true
# exactly when the share is 1 (for targets that are not qualitative).
@pytest.mark.parametrize(
    "changes",
    [
        {"share": ["1", "0"]},  # .score() divided by zero
        {"share": ["2", "1"]},
        {"share": ["-1", "2"]},
        {"share": ["0", "-1"]},
        {"met": True},  # a partial share of 4/5 that says it is met
    ],
)
def test_an_inconsistent_evaluation_is_refused(changes: dict[str, Any]) -> None:
    with pytest.raises(DataError) as caught:
        from_dict(_evaluation(**changes), Evaluation)
    assert [p.subject for p in caught.value.problems] in (["$.share"], ["$.met"])


def test_a_share_is_a_pair_of_decimal_strings() -> None:
    for share, path in [("12", "$.share"), (["1"], "$.share"), ([1, "2"], "$.share[0]")]:
        with pytest.raises(DataError) as caught:
            from_dict(_evaluation(share=share), Evaluation)
        assert [p.subject for p in caught.value.problems] == [path]


# The fuzz property: anything JSON-like gives a valid object or a DataError.

_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(min_value=-(10**60), max_value=10**60)
    | st.floats()
    | st.text(max_size=12)
    | st.sampled_from(["2022-01-01", "20221231", "1.5", ">=95%", "及时", "达成年度指标", "PI031"])
)
_JSON = st.recursive(
    _SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


def _project() -> Project:
    return Project(
        name="示例", year=2022, start=datetime.date(2022, 1, 1), end=datetime.date(2022, 12, 31),
        indicators=(
            Indicator(level2=Level2.QUANTITY, name="培训人次", target=parse_target(">=100人次")),
            Indicator(level2=Level2.TIMELINESS, name="及时性", target=parse_target("及时")),
            Indicator(level2=Level2.SOCIAL, name="知晓度", target=parse_target("提升")),
            Indicator(level2=Level2.SATISFACTION, name="满意度", target=parse_target(">=85%")),
        ),
    )  # fmt: skip


@functools.cache
def _valid_documents() -> dict[type, list[Any]]:
    """A valid document of each type with a JSON form, to corrupt."""
    project = _project()
    return {
        Project: [to_dict(project)],
        Funding: [to_dict(Funding(total=Decimal("100.5"), fiscal=Decimal(100)))],
        Findings: [to_dict(lint(project))],
        Evaluation: [
            to_dict(evaluate(parse_target(">=500条"), "400条")),
            to_dict(evaluate(parse_target("同比增长10%"), "110", baseline="100")),
            to_dict(evaluate(parse_target("年底前"), datetime.date(2022, 6, 1), year=2022)),
            to_dict(evaluate(parse_target("及时"), "基本达到")),
        ],
        SelfEvaluation: [
            to_dict(
                self_evaluate(
                    project,
                    {"培训人次": "80人次", "及时性": "及时", "知晓度": "提升", "满意度": "90%"},
                    budget=BudgetExecution(budget=Decimal(100), executed=Decimal(90)),
                )
            )
        ],
        LintRules: [to_dict(LintRules(ignore=["PI031"]))],
        ScoringRules: [to_dict(ScoringRules())],
        Weights: [to_dict(Weights(output=Decimal(40), cost=Decimal(10)))],
    }


_TYPES = [Project, Funding, Findings, Evaluation, SelfEvaluation, LintRules, ScoringRules, Weights]


def _places(data: Any) -> list[tuple[Any, Any]]:
    """Every (container, key) of a document, to replace or delete what is there."""
    found: list[tuple[Any, Any]] = []
    stack = [data]
    while stack:
        node = stack.pop()
        items = (
            node.items()
            if isinstance(node, dict)
            else enumerate(node)
            if isinstance(node, list)
            else ()
        )
        for key, value in items:
            found.append((node, key))
            stack.append(value)
    return found


@st.composite
def _corrupted(draw: st.DrawFn, cls: type) -> Any:
    document = json.loads(json.dumps(draw(st.sampled_from(_valid_documents()[cls]))))
    for _ in range(draw(st.integers(1, 3))):
        places = _places(document)
        if not places:
            return draw(_JSON)
        node, key = draw(st.sampled_from(places))
        action = draw(st.sampled_from(["replace", "delete", "add"]))
        if action == "replace":
            node[key] = draw(_JSON)
        elif action == "delete":
            del node[key]
        elif isinstance(node, dict):
            node[draw(st.text(max_size=8))] = draw(_JSON)
        else:
            node.append(draw(_JSON))
    return document


def _check(cls: type, read: Any) -> None:
    try:
        value = read()
    except DataError as error:
        assert error.problems
        assert all(p.subject.startswith("$") for p in error.problems)
    else:
        assert isinstance(value, cls)
        assert from_dict(to_dict(value), cls) == value
        assert from_json(to_json(value), cls) == value


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(_TYPES), st.data())
def test_any_document_is_valid_or_a_data_error(cls: type, data: st.DataObject) -> None:
    document = data.draw(_JSON | _corrupted(cls))
    _check(cls, lambda: from_dict(document, cls))
    _check(cls, lambda: from_json(json.dumps(document, ensure_ascii=False), cls))


@given(st.sampled_from(_TYPES), st.text() | st.binary())
def test_any_text_is_valid_or_a_data_error(cls: type, text: str | bytes) -> None:
    _check(cls, lambda: from_json(text, cls))


@given(st.sampled_from(_TYPES), st.data())
def test_edited_json_text_is_valid_or_a_data_error(cls: type, data: st.DataObject) -> None:
    text = json.dumps(data.draw(st.sampled_from(_valid_documents()[cls])), ensure_ascii=False)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, min(len(text), start + 8)))
    edited = text[:start] + data.draw(st.text(max_size=8)) + text[end:]
    _check(cls, lambda: from_json(edited, cls))


@given(projects(max_indicators=5))
def test_valid_json_text_with_a_repeated_key_is_refused(project: Project) -> None:
    text = to_json(project, indent=None)
    repeated = text.replace('{"name": ', '{"name": "x", "name": ', 1)
    assert ("$.name", "the key 'name' is given more than once") in _problems(repeated, Project)


# The strict JSON reader `loads`, shared by `from_json` and the command line's actuals file.


def _loads_problems(text: str | bytes) -> list[tuple[str, str]]:
    with pytest.raises(DataError) as caught:
        loads(text)
    return [(p.subject, p.message_en) for p in caught.value.problems]


def _plain(value: object) -> bool:
    """Whether `value` is made of exactly dict, list, str, int, bool and None (no subclasses)."""
    stack = [value]
    while stack:
        item = stack.pop()
        if type(item) is dict:
            stack += [*item, *item.values()]
        elif type(item) is list:
            stack += item
        elif type(item) not in (str, int, bool, type(None)):
            return False
    return True


def test_loads_returns_plain_json_values() -> None:
    data = loads('{"a": [1, -0, "x", true, false, null, {}], "b": {"c": []}}')
    assert data == {"a": [1, 0, "x", True, False, None, {}], "b": {"c": []}}
    assert _plain(data)


def test_loads_reports_every_refusal_at_its_path_in_document_order() -> None:
    text = '{"a": 1.5, "b": [NaN, 1e3, -Infinity], "c": ' + "9" * 19 + ', "a": 2, "d e": 0.1}'
    assert [where for where, _ in _loads_problems(text)] == [
        "$.a",  # given twice: reported where the object is read, before its values
        "$.b[0]",
        "$.b[1]",
        "$.b[2]",
        "$.c",
        "$['d e']",  # a key that is not a plain name is quoted, as cattrs and the CLI do
    ]
    messages = dict(_loads_problems('{"f": 1.5, "n": ' + "1" * 19 + "}"))
    assert "float is inexact" in messages["$.f"]
    assert "more than 18 digits" in messages["$.n"]


def test_loads_reports_the_line_and_column_of_a_syntax_error() -> None:
    with pytest.raises(DataError) as caught:
        loads('{\n  "a": ,\n}')
    (problem,) = caught.value.problems
    assert (problem.where.row, problem.where.column, problem.subject) == (2, 8, "$")
    assert problem.message_en.startswith("not JSON")


@pytest.mark.parametrize("value", [None, 12, ["{}"], bytearray(b"{}"), Decimal(1)])
def test_loads_takes_text_only(value: object) -> None:
    with pytest.raises(FieldTypeError) as caught:
        loads(value)  # type: ignore[arg-type]
    assert (caught.value.owner, caught.value.field) == ("loads", "text")


def test_loads_refuses_nesting_past_its_limit_whatever_the_stack() -> None:
    # 150 levels: Python's reader would follow them; the limit makes the answer the same
    # however deep the caller's own stack is.
    assert loads("[" * 100 + "]" * 100) is not None
    assert _loads_problems("[" * 150 + "]" * 150) == [
        ("$" + "[0]" * 100, "nested too deeply (more than 100 levels)")
    ]


_SAFE_TEXT = st.text(st.characters(exclude_categories=["Cs"]), max_size=8)
_PLAIN_JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**18) + 1, 10**18 - 1) | _SAFE_TEXT,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_SAFE_TEXT, inner, max_size=4),
    max_leaves=12,
)


@given(_PLAIN_JSON, st.booleans(), st.booleans())
def test_loads_reads_back_what_json_writes(value: object, ascii_only: bool, bom: bool) -> None:
    text = ("\ufeff" if bom else "") + json.dumps(value, ensure_ascii=ascii_only)
    assert loads(text) == value
    assert loads(text.encode("utf-8")) == value
    assert _plain(loads(text))


# Lone surrogates: no UTF-8 text can hold one, so nothing read may contain one.


@pytest.mark.parametrize(
    ("text", "path"),
    [
        (b'"\xed\xa0\x80"', "$"),  # U+D800 encoded as if it were a character
        (b'["ok", "\xed\xb0\x80"]', "$"),
        ('"\\ud800"', "$"),
        ('["ok", "a\\udc00b"]', "$[1]"),
        ('{"\\ud800": 1}', "$['\\ud800']"),
        ('{"k": {"x": "\\ude00\\ud83d"}}', "$.k.x"),  # a pair in the wrong order
        ('"\ud800"', "$"),  # a str that already holds one
    ],
)
def test_a_lone_surrogate_is_refused_at_its_path(text: str | bytes, path: str) -> None:
    problems = _loads_problems(text)
    assert [where for where, _ in problems] == [path], problems
    with pytest.raises(DataError):
        from_json(text, Qualitative)


def test_a_surrogate_pair_is_one_character() -> None:
    assert loads('"\\ud83d\\ude00"') == "\U0001f600"


def test_bytes_are_utf_8_and_a_bom_is_ignored() -> None:
    assert from_json(b'\xef\xbb\xbf{"total": "1"}', Funding) == Funding(total=Decimal(1))
    assert from_json('\ufeff{"total": "1"}', Funding) == Funding(total=Decimal(1))
    # JSON text is UTF-8 (RFC 8259 section 8.1): UTF-16 and GBK are not read as JSON.
    for encoding in ("utf-16", "gbk"):
        [(where, message)] = _loads_problems('{"名称": "一"}'.encode(encoding))
        assert where == "$"
        assert message.startswith("not JSON"), message


# Public entry points refuse what they cannot convert with the library's error.


@pytest.mark.parametrize(
    "cls",
    ["Project", DataError, object, None, list[str], dict[str, Project], int | str,
     Project | Funding, list[DataError]],
)  # fmt: skip
def test_from_dict_and_from_json_name_a_class_they_cannot_read(cls: Any) -> None:
    with pytest.raises(FieldTypeError) as caught:
        from_dict({}, cls)
    assert (caught.value.owner, caught.value.field) == ("from_dict", "cls")
    assert "perfindicator" in caught.value.reason
    with pytest.raises(FieldTypeError) as caught:
        from_json("{}", cls)
    assert (caught.value.owner, caught.value.field) == ("from_json", "cls")


@pytest.mark.parametrize(
    ("data", "cls", "expected"),
    [
        ([{"level2": "质量指标", "name": "a", "target": None}], list[Indicator],
         [Indicator(level2=Level2.QUALITY, name="a", target=None)]),
        ([{"level2": "质量指标", "name": "a", "target": None}], tuple[Indicator, ...],
         (Indicator(level2=Level2.QUALITY, name="a", target=None),)),
        (None, Indicator | None, None),
        (None, Target | None, None),
        ("及时", Target | None, parse_target("及时")),
        ("2022-12-31", Quantity | datetime.date | Judgement, datetime.date(2022, 12, 31)),
        ("1.5", Decimal, Decimal("1.5")),
        ("2022-12-31", datetime.date, datetime.date(2022, 12, 31)),
        ("x", str, "x"),
        (7, int, 7),
        (False, bool, False),
        ([1, 2], tuple[int, int], (1, 2)),
        (["PI031"], frozenset[str], frozenset({"PI031"})),
        ("达成年度指标", Outcome, Outcome.ACHIEVED),
    ],
)  # fmt: skip
def test_from_dict_reads_the_forms_it_documents(data: object, cls: Any, expected: object) -> None:
    assert from_dict(data, cls) == expected


@pytest.mark.parametrize(
    ("obj", "path"),
    [
        (object(), "$"),
        ([Funding(), object()], "$[1]"),
        ({"a": {1: "x"}}, "$.a"),  # a key that is not a string
        (1.5, "$"),
        ({"x": [0.1]}, "$.x[0]"),
        (DataError(()), "$"),
        ({1, 2}, "$"),
        (datetime.datetime(2022, 1, 1), "$"),  # a date with a time is not a JSON date
        (b"x", "$"),
    ],
)
def test_to_dict_and_to_json_name_what_they_cannot_write(obj: object, path: str) -> None:
    for write in (to_dict, to_json):
        with pytest.raises(FieldTypeError) as caught:
            write(obj)
        assert (caught.value.owner, caught.value.field) == (write.__name__, "obj")
        assert f"at {path}:" in caught.value.reason


@pytest.mark.parametrize(
    ("obj", "path", "fragment"),
    [
        ("a\ud800", "$", "lone surrogate"),
        ({"\udc00": 1}, "$['\\udc00']", "lone surrogate"),
        ([10**18], "$[0]", "more than 18 digits"),
        (Decimal("1E+999999999"), "$", "more than 18 digits"),
        (Decimal("NaN"), "$", "not a finite number"),
        ({"x": Decimal("-Infinity")}, "$.x", "not a finite number"),
    ],
)
def test_to_dict_refuses_values_json_cannot_carry(obj: object, path: str, fragment: str) -> None:
    with pytest.raises(FieldError) as caught:
        to_json(obj)
    assert f"at {path}: " in caught.value.reason
    assert fragment in caught.value.reason


def test_to_dict_writes_plain_values_and_containers_of_objects() -> None:
    funding = Funding(total=Decimal("1.50"))
    written = to_dict(
        {"f": [funding, None], "n": (1, True), "d": Decimal("2.0"), "t": datetime.date(2022, 1, 2)}
    )
    assert written == {
        "f": [to_dict(funding), None],
        "n": [1, True],
        "d": "2.0",
        "t": "2022-01-02",
    }
    assert loads(to_json(written)) == written


# Negative zero: equal to zero, but written "-0"; an amount never has a sign.


@pytest.mark.parametrize("zero", ["-0", "-0.00", "-0.0"])
def test_negative_zero_is_not_an_amount(zero: str) -> None:
    with pytest.raises(DataError) as caught:
        from_dict({"total": "1", "fiscal": zero}, Funding)
    assert [(p.subject, p.message_zh) for p in caught.value.problems] == [("$.fiscal", "取值无效")]
    assert "negative" in caught.value.problems[0].message_en
    document = to_dict(Funding(total=Decimal(1)))
    schema = jsonschema.Draft202012Validator(json_schema()["properties"]["funding"])
    assert schema.is_valid(document)
    assert not schema.is_valid(document | {"fiscal": zero})


def test_a_path_is_built_only_for_what_is_refused() -> None:
    # One long key above many values: a path per value would be LONG characters each, and
    # reading would take LONG * 10,000 steps; a refused value's path quotes the key in part.
    items = ",".join(["1"] * 10_000)
    key = "键 " * (LONG // 2)
    assert loads('{"' + key + '": [' + items + "]}") == {key: [1] * 10_000}
    [(where, _)] = _loads_problems('{"' + key + '": [' + items + ", 1.5]}")
    assert where.startswith("$['键 键 ")
    assert where.endswith("[10000]")
    assert len(where) < 300
