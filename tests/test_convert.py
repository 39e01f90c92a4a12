"""Serialisation: dict/JSON/pickle round trips, strict input with JSON paths, records, schema."""

from __future__ import annotations

import datetime
import json
import pickle
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import cattrs
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
    LintRules,
    LowerIsBetter,
    Outcome,
    Project,
    Quantity,
    ScoringRules,
    SelfEvaluation,
    Target,
    Weights,
    evaluate,
    from_dict,
    from_json,
    json_schema,
    make_converter,
    parse_target,
    self_evaluate,
    to_dict,
    to_json,
    to_records,
)
from perfindicator.interchange import convert
from perfindicator.interchange.convert import configure_converter
from perfindicator.strategies import projects, targets

# The goals of the first form, as printed in its 项目总目标 and 年度总目标 cells (the same text).
_GOAL = (
    "满足群众日益增长的法律服务需求, 打造标准化、高品质、集约化的公共法律服务产品, "
    "加快推进上海市现代化公共法律服务体系建设。"
)


def _row(level2: str, name: str, target: str | None) -> dict[str, Any]:
    return {"level2": level2, "name": name, "target": target}


# The first project of examples/forms/shanghai-justice-2022.txt, typed from the form text:
# amounts without their thousands separators, the 其他资金 and 上年结转资金 cells empty, the
# period (2022 年 - 2022年), and the indicator rows in form order. The pdftotext layout shifts
# some cells: 案例制作完成及时性 has no target (its row holds only the level-2 and the name),
# 公共法律服务运行管理机制 continues the 可持续影响指标 block and 网络值班人员满意度 belongs
# to the 服务对象满意度指标 block that follows. Targets are in canonical spelling.
FIRST_FORM: dict[str, Any] = {
    "name": "12348公共法律服务平台政府购买法律咨询服务",
    "year": 2022,
    "category": "经常性项目",
    "department": "上海市司法局",
    "implementing_unit": "上海市司法局",
    "start": "2022-01-01",
    "end": "2022-12-31",
    "funding": {
        "total": "15399720",
        "fiscal": "15399720",
        "other": None,
        "annual_request": "15399720",
        "appropriation": "15399720",
        "carryover": None,
        "annual_other": None,
    },
    "goals": {"overall": _GOAL, "annual": _GOAL, "period": [2022, 2022]},
    "indicators": [
        _row("数量指标", "法律咨询接通率", ">=95%"),
        _row("数量指标", "值班人员到位率", "=100%"),
        _row("数量指标", "12348上海法律服务网案例数", ">=500条"),
        _row("质量指标", "在线接答率", ">=95%"),
        _row("质量指标", "案例制作验收通过率", "=100%"),
        _row("质量指标", "法律咨询致命错误率", "<=2%"),
        _row("时效指标", "案例制作完成及时性", None),
        _row("时效指标", "留言接答及时性", "及时"),
        _row("时效指标", "组织培训律师及时性", "及时"),
        _row("社会效益指标", "公共法律服务社会公众知晓度", "提升"),
        _row("社会效益指标", "公共法律服务测评覆盖率", "提升"),
        _row("可持续影响指标", "网络值班人员管理制度", "完善"),
        _row("可持续影响指标", "公共法律服务运行管理机制", "完善"),
        _row("服务对象满意度指标", "网络值班人员满意度", ">=85%"),
        _row("服务对象满意度指标", "群众满意度", ">=85%"),
    ],
}


def test_seed_projects_round_trip(seed_projects: list[Project]) -> None:
    assert len(seed_projects) == 3
    for project in seed_projects:
        assert from_json(to_json(project), Project) == project


def test_first_form_is_written_as_typed_from_the_form(seed_projects: list[Project]) -> None:
    assert json.loads(to_json(seed_projects[0])) == FIRST_FORM


def test_example_json_is_the_first_form(root: Path, seed_projects: list[Project]) -> None:
    text = (root / "examples/shanghai-12348.json").read_text(encoding="utf-8")
    # Checked against the form, not against what to_json writes today; if to_json's layout
    # changes on purpose, regenerate the file and this test still says whether it is right.
    assert json.loads(text) == FIRST_FORM
    assert from_json(text, Project) == seed_projects[0]


def test_json_is_for_people(seed_projects: list[Project]) -> None:
    text = to_json(seed_projects[0])
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
        # Settings: numbers as decimal strings, enums as their values.
        (ScoringRules, ScoringRules(lower_is_better=LowerIsBetter.RATIO),
         {"lower_is_better": "ratio", "over_achievement": "1.3", "achieved": "1",
          "partly_achieved": "0.7", "not_achieved": "0.3"}),
        (Weights, Weights(output=Decimal(40), cost=Decimal(10)),
         {"output": "40", "benefit": "30", "satisfaction": "10", "execution": "10",
          "cost": "10"}),
    ],
)  # fmt: skip
def test_dict_forms(cls: Any, value: object, data: object) -> None:
    assert to_dict(value) == data
    assert from_dict(data, cls) == value
    assert from_json(json.dumps(data), cls) == value


def test_lint_rules_write_their_codes_as_a_sorted_list() -> None:
    rules = LintRules(satisfaction_floor=Decimal(90), ignore=["PI031", "PI001"])
    data = to_dict(rules)
    assert (data["satisfaction_floor"], data["ignore"]) == ("90", ["PI001", "PI031"])
    assert from_json(to_json(rules), LintRules) == rules
    assert to_dict(LintRules())["ignore"] == []


def _actuals_of(project: Project) -> dict[str, Any]:
    # An actual each target of the second seed form can take: its own word for the
    # qualitative ones, 0 incidents for =0次, and 95% for the percentage targets.
    words = {"提升": "提升", "及时": Outcome.ACHIEVED, "稳定": Outcome.ACHIEVED,
             "健全": Outcome.ACHIEVED, "=0次": "0次"}  # fmt: skip
    return {i.name: words.get(str(i.target), "95%") for i in project.indicators}


def test_self_evaluation_round_trips(seed_projects: list[Project]) -> None:
    project = seed_projects[1]
    result = self_evaluate(
        project,
        _actuals_of(project),
        budget=BudgetExecution(budget=Decimal(100), executed=Decimal(90)),
    )
    assert from_json(to_json(result), SelfEvaluation) == result
    evaluation = evaluate(parse_target("同比增长10%"), "110", baseline="100")
    assert from_dict(to_dict(evaluation), Evaluation) == evaluation
    dated = evaluate(parse_target("年底前"), datetime.date(2022, 6, 1), year=2022)
    assert to_dict(dated)["actual"] == "2022-06-01"
    assert from_json(to_json(dated), Evaluation) == dated


def test_an_eight_digit_number_stays_a_number() -> None:
    # date.fromisoformat reads "20221231" as a date; an actual is a date only as YYYY-MM-DD.
    evaluation = evaluate(parse_target(">=5"), "20221231")
    assert to_dict(evaluation)["actual"] == "20221231"
    again = from_json(to_json(evaluation), Evaluation)
    assert again.actual == Quantity(value=Decimal(20221231), unit="")
    assert again == evaluation


@pytest.mark.parametrize(
    ("data", "problems"),
    [
        ({"total": 1.5}, [("$.total", "float")]),
        ({"total": "1,000"}, [("$.total", "decimal number as a string")]),
        ({"totl": "1"}, [("$.totl", "unknown key")]),
        ({"total": "-1"}, [("$.total", "negative")]),
        ({"total": "1", "fiscal": None, "other": True}, [("$.other", "decimal")]),
        # Digits are ASCII digits, as the JSON Schema means: Decimal would read these.
        ({"total": "١٢٣"}, [("$.total", "ASCII digits")]),
        ({"total": "１２３"}, [("$.total", "ASCII digits")]),
        ({"total": "1" * 39}, [("$.total", "more than 38 digits")]),
        ({"total": "1" * 19}, [("$.total", "more than 18 digits before the decimal point")]),
        ({"total": 15399720}, [("$.total", "decimal number as a string")]),
    ],
)
def test_funding_errors(data: dict[str, Any], problems: list[tuple[str, str]]) -> None:
    with pytest.raises(DataError) as caught:
        from_dict(data, Funding)
    assert [p.subject for p in caught.value.problems] == [path for path, _ in problems]
    for problem, (_, fragment) in zip(caught.value.problems, problems, strict=True):
        assert fragment in problem.message_en
        assert problem.message_zh


def test_all_problems_of_a_document_at_once(seed_projects: list[Project]) -> None:
    data = to_dict(seed_projects[0])
    data["indicators"][3]["target"] = ">=abc%"
    data["indicators"][1]["level2"] = "数量"
    data["year"] = "2022"
    del data["name"]
    with pytest.raises(DataError) as caught:
        from_dict(data, Project)
    paths = [p.subject for p in caught.value.problems]
    assert paths == ["$.name", "$.year", "$.indicators[1].level2", "$.indicators[3].target"]
    assert "$.indicators[3].target: expected a number after the operator" in str(caught.value)
    assert caught.value.problems[0].message_zh == "缺少必填的键"


def test_json_floats_are_refused_where_they_stand() -> None:
    with pytest.raises(DataError) as caught:
        from_json('{"total": "1", "fiscal": 95.5, "other": NaN}', Funding)
    assert [p.subject for p in caught.value.problems] == ["$.fiscal", "$.other"]
    with pytest.raises(DataError, match="not JSON"):
        from_json("{", Funding)


def test_a_validator_failing_is_reported_at_its_key() -> None:
    # Project's end-after-start check is run by the constructor, not by a hook.
    data = {"name": "示例", "year": 2022, "start": "2022-12-31", "end": "2022-01-01"}
    with pytest.raises(DataError) as caught:
        from_dict(data, Project)
    assert [p.subject for p in caught.value.problems] == ["$.end"]
    assert caught.value.problems[0].code == "field"


def test_configure_converter_uses_the_users_hooks() -> None:
    # A hook the user registers for a part is used for that part inside a whole: the
    # actual of an Evaluation is read with the converter being used, not a module-level one.
    converter = cattrs.Converter()
    configure_converter(converter)
    read: list[object] = []

    def judgement(value: object, _: type) -> Judgement:
        read.append(value)
        return Judgement(outcome=Outcome.ACHIEVED)

    converter.register_structure_hook(Judgement, judgement)
    data = to_dict(evaluate(parse_target("及时"), Outcome.ACHIEVED))
    evaluation = converter.structure(data, Evaluation)
    assert read == [{"outcome": "达成年度指标", "fraction": None}]
    assert evaluation.actual == Judgement(outcome=Outcome.ACHIEVED)


def test_converters_are_independent() -> None:
    mine = make_converter()
    mine.register_unstructure_hook(Decimal, lambda d: "yuan " + str(d))
    funding = Funding(total=Decimal(100))
    assert mine.unstructure(funding)["total"] == "yuan 100"
    assert make_converter().unstructure(funding)["total"] == "100"
    assert to_dict(funding)["total"] == "100"
    assert cattrs.global_converter.unstructure(Decimal("1.5")) == Decimal("1.5")


def test_a_bug_in_a_hook_is_not_a_data_error(monkeypatch: pytest.MonkeyPatch) -> None:
    # Only the library's errors and cattrs' structural errors are problems of the document.
    converter = make_converter()

    def broken(value: object, _: type) -> Quantity:
        raise ZeroDivisionError("a bug")

    converter.register_structure_hook(Quantity, broken)
    monkeypatch.setattr(convert, "_CONVERTER", converter)
    with pytest.raises(ZeroDivisionError, match="a bug"):
        from_dict("1个", Quantity)
    data = to_dict(evaluate(parse_target("同比增长10%"), "110", baseline="100"))
    with pytest.raises(ZeroDivisionError, match="a bug"):
        from_dict(data, Evaluation)


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
        result = from_dict(document, Project)
    except DataError as error:
        paths = [p.subject for p in error.problems]
        assert any(path.startswith(p) or p.startswith(path) for p in paths), error.problems
    else:
        # Accepted: then the garbage is a value that field really takes (an empty text, a
        # word as a qualitative target), kept as given, and the project reads back the same.
        assert isinstance(garbage, str)
        written = to_dict(result)
        assert dict(_leaves(written))[path] == garbage
        assert written == document
        assert from_dict(written, Project) == result


def test_records_are_flat_and_exact(seed_projects: list[Project]) -> None:
    rows = to_records(seed_projects[0])
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


def test_schema_accepts_serialised_projects_and_rejects_invalid_ones(
    seed_projects: list[Project],
) -> None:
    schema = json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    for project in seed_projects:
        validator.validate(json.loads(to_json(project)))
    good = to_dict(seed_projects[0])
    corruptions: list[Callable[[Any], object]] = [
        lambda d: d.pop("name"),
        lambda d: d["funding"].update(total=15399720.0),
        lambda d: d["funding"].update(total="١٢٣"),
        lambda d: d.update(extra=1),
        lambda d: d["indicators"][0].update(level2="数量"),
        lambda d: d.update(start="2022/01/01"),
        lambda d: d.update(start="2022-W52-5"),
        lambda d: d.update(start="20221231"),
    ]
    for corrupt in corruptions:
        document = json.loads(json.dumps(good))
        corrupt(document)
        assert not validator.is_valid(document), document
        with pytest.raises(DataError):
            from_dict(document, Project)


@given(projects(max_indicators=5))
def test_schema_accepts_generated_projects(project: Project) -> None:
    jsonschema.Draft202012Validator(json_schema()).validate(to_dict(project))


def test_evaluation_share_is_exact() -> None:
    evaluation = evaluate(parse_target(">=500条"), "400条")
    assert from_dict(to_dict(evaluation), Evaluation).share == Fraction(4, 5)
