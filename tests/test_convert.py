"""Serialisation: dict/JSON/pickle round trips, strict input with JSON paths, records, schema."""

from __future__ import annotations

import datetime
import json
import pickle
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

from perfindicator import (
    BudgetExecution,
    DataError,
    Evaluation,
    Funding,
    Indicator,
    Judgement,
    Level2,
    Outcome,
    Project,
    Quantity,
    SelfEvaluation,
    Target,
    evaluate,
    from_dict,
    from_json,
    json_schema,
    make_converter,
    parse_target,
    read_forms,
    self_evaluate,
    to_dict,
    to_json,
    to_records,
)
from perfindicator.strategies import projects, targets

ROOT = Path(__file__).parents[1]
SEED = read_forms((ROOT / "examples/forms/shanghai-justice-2022.txt").read_text(encoding="utf-8"))
EXAMPLE_JSON = ROOT / "examples/shanghai-12348.json"


def test_seed_projects_round_trip() -> None:
    for project in SEED:
        assert from_json(to_json(project), Project) == project


def test_example_json_is_what_to_json_writes() -> None:
    # examples/shanghai-12348.json is the first seed project; regenerate it with
    # `to_json(read_forms(...)[0]) + "\n"` when the format changes on purpose.
    assert EXAMPLE_JSON.read_text(encoding="utf-8") == to_json(SEED[0]) + "\n"


def test_json_is_for_people() -> None:
    text = to_json(SEED[0])
    assert '"level2": "数量指标"' in text  # Chinese labels, not escaped
    assert '"total": "15399720"' in text  # Decimals as strings
    assert '"start": "2022-01-01"' in text
    assert '"target": null' in text  # the empty cell of 案例制作完成及时性
    assert list(json.loads(text)) == [
        "name", "year", "category", "department", "implementing_unit",
        "start", "end", "funding", "goals", "indicators",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("cls", "value", "data"),
    [
        (Quantity, Quantity(value=Decimal("1.2"), unit="万人次"), "1.2万人次"),
        (Target, parse_target("≥ 95 ％"), ">=95%"),
        (Target, parse_target("年底前"), "每年12月31日前"),
        (Judgement, Judgement(outcome=Outcome.PARTLY_ACHIEVED, fraction=Decimal("0.7")),
         {"outcome": "部分达成年度指标并具有一定效果", "fraction": "0.7"}),
        (Indicator, Indicator(level2=Level2.TIMELINESS, name="及时性", target=None),
         {"level2": "时效指标", "name": "及时性", "target": None}),
    ],
)  # fmt: skip
def test_dict_forms(cls: Any, value: object, data: object) -> None:
    assert to_dict(value) == data
    assert from_dict(data, cls) == value


def test_self_evaluation_round_trips() -> None:
    project = SEED[1]
    actuals: dict[str, Any] = {
        i.name: "提升" if i.target is not None and str(i.target) == "提升" else
        Outcome.ACHIEVED if str(i.target) in ("及时", "稳定", "健全") else "0次"
        if str(i.target) == "=0次" else "95%"
        for i in project.indicators
    }  # fmt: skip
    result = self_evaluate(
        project, actuals, budget=BudgetExecution(budget=Decimal(100), executed=Decimal(90))
    )
    assert from_json(to_json(result), SelfEvaluation) == result
    evaluation = evaluate(parse_target("同比增长10%"), "110", baseline="100")
    assert from_dict(to_dict(evaluation), Evaluation) == evaluation
    dated = evaluate(parse_target("年底前"), datetime.date(2022, 6, 1), year=2022)
    assert from_json(to_json(dated), Evaluation) == dated


@pytest.mark.parametrize(
    ("data", "problems"),
    [
        ({"total": 1.5}, [("$.total", "float")]),
        ({"total": "1,000"}, [("$.total", "decimal number as a string")]),
        ({"totl": "1"}, [("$.totl", "unknown key")]),
        ({"total": "-1"}, [("$.total", "negative")]),
        ({"total": "1", "fiscal": None, "other": True}, [("$.other", "decimal")]),
    ],
)
def test_funding_errors(data: dict[str, Any], problems: list[tuple[str, str]]) -> None:
    with pytest.raises(DataError) as caught:
        from_dict(data, Funding)
    assert len(caught.value.problems) == len(problems)
    for problem, (want_path, fragment) in zip(caught.value.problems, problems, strict=True):
        assert problem.subject == want_path
        assert fragment in problem.message_en


def test_all_problems_of_a_document_at_once() -> None:
    data = to_dict(SEED[0])
    data["indicators"][3]["target"] = ">=abc%"
    data["indicators"][1]["level2"] = "数量"
    data["year"] = "2022"
    del data["name"]
    with pytest.raises(DataError) as caught:
        from_dict(data, Project)
    paths = [p.subject for p in caught.value.problems]
    assert paths == ["$.name", "$.year", "$.indicators[1].level2", "$.indicators[3].target"]
    assert "$.indicators[3].target: expected a number after the operator" in str(caught.value)


def test_json_floats_are_refused_where_they_stand() -> None:
    with pytest.raises(DataError) as caught:
        from_json('{"total": "1", "fiscal": 95.5}', Funding)
    assert caught.value.problems[0].subject == "$.fiscal"
    with pytest.raises(DataError, match="not JSON"):
        from_json("{", Funding)


def test_converters_are_independent() -> None:
    import cattrs

    first, second = make_converter(), make_converter()
    assert first is not second
    assert cattrs.global_converter.unstructure(Decimal("1.5")) == Decimal("1.5")


@given(projects())
def test_project_round_trips(project: Project) -> None:
    assert from_dict(to_dict(project), Project) == project
    assert from_json(to_json(project), Project) == project
    assert pickle.loads(pickle.dumps(project)) == project


@given(targets())
def test_targets_pickle(target: Target) -> None:
    again = pickle.loads(pickle.dumps(target))
    assert again == target
    assert hash(again) == hash(target)


def _leaves(data: Any, path: str = "$") -> list[tuple[str, Any]]:
    if isinstance(data, dict):
        return [leaf for key, value in data.items() for leaf in _leaves(value, f"{path}.{key}")]
    if isinstance(data, list):
        return [leaf for k, value in enumerate(data) for leaf in _leaves(value, f"{path}[{k}]")]
    return [(path, data)]


def _replace(data: Any, path: str, value: object) -> None:
    parts = path[2:].replace("[", ".[").split(".")
    node = data
    for part in parts[:-1]:
        node = node[int(part[1:-1])] if part.startswith("[") else node[part]
    last = parts[-1]
    if last.startswith("["):
        node[int(last[1:-1])] = value
    else:
        node[last] = value


@given(st.data(), projects(max_indicators=5))
def test_corruption_is_a_data_error_at_its_path(data: st.DataObject, project: Project) -> None:
    document = to_dict(project)
    path, _ = data.draw(st.sampled_from(_leaves(document)))
    garbage = data.draw(st.sampled_from([1.5, "?", "", [], {}, True, -1, ">=abc%", "2022-13-01"]))
    _replace(document, path, garbage)
    try:
        from_dict(document, Project)
    except DataError as error:
        paths = [p.subject for p in error.problems]
        assert any(path.startswith(p) or p.startswith(path) for p in paths), error.problems


def test_records_are_flat_and_exact() -> None:
    rows = to_records(SEED[0])
    assert len(rows) == 15
    first = rows[0]
    assert first["project"] == "12348公共法律服务平台政府购买法律咨询服务"
    assert (first["level1"], first["level2"], first["indicator"]) == (
        "产出指标",
        "数量指标",
        "法律咨询接通率",
    )
    assert (first["target"], first["operator"], first["value"], first["unit"]) == (
        ">=95%",
        ">=",
        Decimal(95),
        "%",
    )
    empty = rows[6]
    assert (empty["indicator"], empty["target"], empty["kind"]) == (
        "案例制作完成及时性",
        None,
        None,
    )
    assert all(set(row) == set(first) for row in rows)


def test_schema_accepts_serialised_projects_and_rejects_invalid_ones() -> None:
    schema = json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    for project in SEED:
        validator.validate(json.loads(to_json(project)))
    good = to_dict(SEED[0])
    corruptions: list[Callable[[Any], object]] = [
        lambda d: d.pop("name"),
        lambda d: d["funding"].update(total=15399720.0),
        lambda d: d.update(extra=1),
        lambda d: d["indicators"][0].update(level2="数量"),
        lambda d: d.update(start="2022/01/01"),
    ]
    for corrupt in corruptions:
        document = json.loads(json.dumps(good))
        corrupt(document)
        assert not validator.is_valid(document)


@given(projects(max_indicators=5))
def test_schema_accepts_generated_projects(project: Project) -> None:
    jsonschema.Draft202012Validator(json_schema()).validate(to_dict(project))
