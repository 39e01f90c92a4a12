"""`from_records`: objects rebuilt from their records, and every way records are refused.

Expected places and messages are worked out by hand from the rows (the columns of each kind
are listed in `SCHEMAS`); the properties check that what `to_records` writes comes back
equal, and that a derived column edited away from its target is refused at its place.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from decimal import Decimal as D
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from perfindicator import (
    Audit,
    Direction,
    Discrepancy,
    Indicator,
    Level2,
    Period,
    Place,
    Problem,
    Project,
    Severity,
    StandardBasis,
    audit,
    lint,
    parse_target,
    to_records,
)
from perfindicator._exact import MAX_PLACES, MAX_WHOLE_DIGITS
from perfindicator.errors import DataError, FieldError, FieldTypeError
from perfindicator.interchange.rebuild import from_records
from perfindicator.interchange.record_schema import RecordKind
from perfindicator.io import read
from perfindicator.strategies import projects

from .test_records import _published

_TEMPLATES = Path(__file__).parent.parent / "examples" / "forms" / "templates"


def _project(name: str, year: int, *indicators: Indicator, **header: Any) -> Project:
    return Project(name=name, year=year, indicators=indicators, **header)


def _indicator(name: str, target: str | None, level2: Level2 = Level2.QUANTITY) -> Indicator:
    return Indicator(
        level2=level2, name=name, target=None if target is None else parse_target(target)
    )


def _refusals(records: Sequence[object], kind: str) -> list[tuple[str, str, str]]:
    """Each problem of the refusal as (subject, code, English message)."""
    with pytest.raises(DataError) as raised:
        from_records(records, kind)  # type: ignore[call-overload]
    return [(p.subject, p.code, p.message_en) for p in raised.value.problems]


def _rows(*projects: Project) -> list[dict[str, Any]]:
    return [dict(row) for row in to_records(projects)]


# --- Indicators: projects come back -------------------------------------------------------

_FULL = _project(
    "培训项目",
    2022,
    Indicator(
        level2=Level2.QUALITY,
        name="接答率",
        target=parse_target("≥95%"),
        explanation="接通电话数/来电总数",
        basis=StandardBasis.PLAN,
        weight=D("12.5"),
        direction=Direction.UP,
        period=Period.MID_TERM,
    ),
    _indicator("完工时间", "9月底前", Level2.TIMELINESS),
    _indicator("服务区间", "90%-95%", Level2.QUALITY),
    _indicator("实施期间", "2022.03-2022.06", Level2.TIMELINESS),
    _indicator("满意度", None, Level2.SATISFACTION),
    category="经常性项目",
    department="某局",
    implementing_unit="某中心",
    start=datetime.date(2022, 1, 1),
    end=datetime.date(2022, 12, 31),
)


def test_a_project_comes_back_with_every_column_the_records_hold() -> None:
    assert from_records(to_records(_FULL), "indicators") == (_FULL,)


def test_what_the_records_do_not_hold_is_left_at_its_default() -> None:
    (read_back,) = from_records(to_records(_FULL), "indicators")
    assert read_back.funding.total is None
    assert (read_back.goals.overall, read_back.details, read_back.kind.value) == ("", (), "申报表")


def test_projects_are_grouped_by_name_and_year_wherever_their_rows_are() -> None:
    first = _project("甲", 2022, _indicator("a", ">=1个"), _indicator("b", ">=2个"))
    second = _project("乙", 2022, _indicator("c", ">=3个"))
    same_name = _project("甲", 2023, _indicator("d", ">=4个"))
    a, b, c, d = _rows(first, second, same_name)
    # Sorted by indicator name in reverse: d, c, b, a. 甲 2023 comes first, then 乙, then
    # 甲 2022 with its indicators in row order: b before a.
    rebuilt = from_records([d, c, b, a], "indicators")
    assert [(p.name, p.year, [i.name for i in p.indicators]) for p in rebuilt] == [
        ("甲", 2023, ["d"]),
        ("乙", 2022, ["c"]),
        ("甲", 2022, ["b", "a"]),
    ]


def test_a_target_in_any_spelling_is_read() -> None:
    (row,) = _rows(_project("示例", 2022, _indicator("接答率", ">=95%")))
    row["target"] = "≥ 95 ％"  # the derived columns still agree: >=, 95, %
    (rebuilt,) = from_records([row], "indicators")
    assert rebuilt.indicators[0].target == parse_target(">=95%")


@pytest.mark.parametrize("kind", ["indicators", "findings", "errors", "discrepancies"])
def test_an_empty_table_makes_nothing(kind: RecordKind) -> None:
    assert from_records([], kind) == ()


def test_a_form_read_from_a_file_comes_back() -> None:
    path = _TEMPLATES / "sichuan_anju_2021.xlsx"
    (project,) = read(str(path))
    assert isinstance(project, Project)
    (rebuilt,) = from_records(to_records(project), "indicators")
    # The form: 食品安全监管补助资金 (2021年度), 遂宁市安居区市场监督管理局 for both the
    # department and the implementing unit, nine indicator rows.
    assert (rebuilt.name, rebuilt.year, rebuilt.department, rebuilt.implementing_unit) == (
        "食品安全监管补助资金",
        2021,
        "遂宁市安居区市场监督管理局",
        "遂宁市安居区市场监督管理局",
    )
    assert len(rebuilt.indicators) == 9
    # 指标1:食品监管专项工作整体完成时间 | 2021年12月31日: a deadline.
    assert str(rebuilt.indicators[5].target) == "<=2021-12-31"
    # The funding (年度资金总额 125000 元) and the annual goal are not in the records.
    assert project.funding.annual_request == D(125000)
    assert rebuilt == _held(project)


def test_a_polars_frame_comes_back() -> None:
    pytest.importorskip("polars")
    from perfindicator.frames import to_polars

    # polars gives each decimal at its column's scale (200.000…): equal values all the same.
    assert from_records(to_polars(_FULL).to_dicts(), "indicators") == (_FULL,)


# --- Problems and discrepancies come back exactly ------------------------------------------


def test_findings_come_back_without_their_project() -> None:
    empty = _project("空项目", 2023)
    found = lint(empty)
    assert from_records(to_records((empty, found)), "findings") == tuple(found)


def test_a_problem_comes_back_with_its_place() -> None:
    problem = Problem(
        code="form",
        message_en="no indicator table",
        message_zh="缺少绩效指标表",
        where=Place(file="a.xlsx", sheet="Sheet1", row=3, column=2, subject="表头"),
        text="项目名称",
        severity=Severity.WARNING,
    )
    assert from_records(to_records([problem], kind="errors"), "errors") == (problem,)


def test_a_discrepancy_comes_back() -> None:
    found = Discrepancy(
        code="AU101",
        severity=Severity.ERROR,
        indicator="接答率",
        message_en="scored 90, the rule gives 85.26",
        message_zh="得分90，规则计算为85.26",
        reported=D(90),
        recomputed=D("85.26"),
        where=Place(file="r.xlsx", row=7, subject="接答率"),
        text="90%",
    )
    row = {
        "project": "接答项目", "year": 2022, "scheme": "central_10", "code": "AU101",
        "severity": "error", "message_en": "scored 90, the rule gives 85.26",
        "message_zh": "得分90，规则计算为85.26", "indicator": "接答率", "reported": D(90),
        "recomputed": D("85.26"), "file": "r.xlsx", "sheet": None, "page": None, "row": 7,
        "column": None, "subject": "接答率", "text": "90%",
    }  # fmt: skip
    assert from_records([row], "discrepancies") == (found,)


# --- What is refused -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "instead"),
    [
        ("projects", "kind='indicators'"),
        ("lines", "self_evaluate(project, actuals)"),
        ("audits", "kind='discrepancies'"),
        ("monitoring", "monitor(project, progress"),
    ],
)
def test_kinds_that_hold_summaries_are_refused(kind: str, instead: str) -> None:
    with pytest.raises(FieldError, match=r"^from_records\.kind: ") as raised:
        from_records([], kind)  # type: ignore[call-overload]
    assert instead in str(raised.value)


@pytest.mark.parametrize("kind", ["tables", None, 3])
def test_an_unknown_kind_is_refused(kind: object) -> None:
    with pytest.raises(FieldError, match="must be one of projects, indicators"):
        from_records([], kind)  # type: ignore[call-overload]


@pytest.mark.parametrize("records", [42, "项目", {"project": "示例"}, None])
def test_records_that_are_no_iterable_of_records_are_refused(records: object) -> None:
    with pytest.raises(FieldTypeError, match=r"^from_records\.records: must be an iterable"):
        from_records(records, "indicators")  # type: ignore[call-overload]


def _one_row() -> dict[str, Any]:
    (row,) = _rows(_project("示例", 2022, _indicator("接答率", ">=95%", Level2.QUALITY)))
    return row


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        # The shape of the record.
        ({"explanation": ...}, ("$[0].explanation", "data", "missing column")),
        ({"colour": "红"}, ("$[0].colour", "data", "unknown column")),
        ({"备注": ""}, ("$[0]['备注']", "data", "unknown column")),
        # Values that do not fit their column.
        ({"year": "2022"}, ("$[0].year", "data", "expected an int of 64 bits, got '2022'")),
        ({"year": True}, ("$[0].year", "data", "expected an int of 64 bits, got True")),
        ({"level2": "产出数量"}, ("$[0].level2", "data", "expected one of 数量指标, 质量指标, "
                                "时效指标, 成本指标, 经济效益指标, 社会效益指标, 生态效益指标, "
                                "可持续影响指标, 服务对象满意度指标, 经济成本指标, 社会成本指标, "
                                "生态环境成本指标, got '产出数量'")),
        ({"start": "2022-01-01"}, ("$[0].start", "data",
                                   "expected a datetime.date, got '2022-01-01'")),
        ({"indicator": None}, ("$[0].indicator", "data", "must not be empty (None)")),
        ({"period": None}, ("$[0].period", "data", "must not be empty (None)")),
        # Rows that contradict the model's rules.
        ({"level1": "效益指标"}, ("$[0].level1", "data",
                                  "must be 产出指标, the level-1 category of 质量指标")),
        ({"indicator": ""}, ("$[0].indicator", "field", "must not be empty (不能为空), got ''")),
        ({"weight": D(-1)}, ("$[0].weight", "field",
                             "must not be negative (不能为负数), got Decimal('-1')")),
        ({"project": " 示例"}, ("$[0].project", "field", "must not start or end with white "
                                "space or invisible characters, got ' 示例'")),
        ({"start": datetime.date(2022, 6, 1), "end": datetime.date(2022, 5, 1)},
         ("$[0].end", "field", "must not be before start 2022-06-01, got "
          "datetime.date(2022, 5, 1)")),
        # Columns derived from the target that contradict it (>=95%: >=, 95, %).
        ({"value": D(90)}, ("$[0].value", "data",
                            "contradicts the target '>=95%', which gives Decimal('95')")),
        ({"operator": ">"}, ("$[0].operator", "data",
                             "contradicts the target '>=95%', which gives '>='")),
        ({"unit": "个"}, ("$[0].unit", "data", "contradicts the target '>=95%', which gives '%'")),
        ({"kind": "Range"}, ("$[0].kind", "data",
                             "contradicts the target '>=95%', which gives 'Comparison'")),
        ({"deadline": datetime.date(2022, 12, 31)},
         ("$[0].deadline", "data", "contradicts the target '>=95%', which gives None")),
        # A target that does not parse: the grammar's own message, at the target.
        ({"target": ">=abc%"}, ("$[0].target", "target",
                                "expected a number after the operator at position 2")),
    ],
)  # fmt: skip
def test_a_row_is_refused_at_its_place(
    edit: dict[str, object], expected: tuple[str, str, str]
) -> None:
    row = _one_row()
    for column, value in edit.items():
        if value is ...:
            del row[column]
        else:
            row[column] = value
    assert _refusals([row], "indicators") == [expected]


@pytest.mark.parametrize(
    "value",
    [
        95.0,  # a float is inexact
        D("1E-30"),  # more places than any column of values has
        D("1E+30"),  # more whole digits
        D("NaN"),
    ],
)
def test_a_decimal_that_does_not_fit_is_refused(value: object) -> None:
    row = _one_row() | {"value": value}
    ((subject, code, message),) = _refusals([row], "indicators")
    assert (subject, code) == ("$[0].value", "data")
    # The bounds are the library's (`_exact`), whatever they are.
    assert message == (
        f"expected a finite Decimal of at most {MAX_WHOLE_DIGITS} digits before the point"
        f" and {MAX_PLACES} after, got {value!r}"
    )


def test_an_empty_target_leaves_every_derived_column_empty() -> None:
    row = _one_row() | {"target": None}  # kind, operator, value, unit still those of >=95%
    assert _refusals([row], "indicators") == [
        ("$[0].kind", "data", "contradicts an empty target, which gives None"),
        ("$[0].operator", "data", "contradicts an empty target, which gives None"),
        ("$[0].value", "data", "contradicts an empty target, which gives None"),
        ("$[0].unit", "data", "contradicts an empty target, which gives None"),
    ]


def test_a_deadline_without_a_year_is_checked_in_the_rows_year() -> None:
    (row,) = _rows(_project("示例", 2022, _indicator("完工时间", "9月底前", Level2.TIMELINESS)))
    assert row["deadline"] == datetime.date(2022, 9, 30)
    # The same row in 2023: 9月底前 (written 每年9月30日前) is 2023-09-30 there, not the
    # 2022-09-30 written.
    assert _refusals([row | {"year": 2023}], "indicators") == [
        ("$[0].deadline", "data",
         "contradicts the target '每年9月30日前', which gives datetime.date(2023, 9, 30)"),
    ]  # fmt: skip


def test_a_year_out_of_range_is_refused_once_where_the_project_is_built() -> None:
    (row,) = _rows(_project("示例", 2022, _indicator("完工时间", "9月底前", Level2.TIMELINESS)))
    assert _refusals([row | {"year": 0}], "indicators") == [
        ("$[0].year", "field", "must be a year from 1 to 9999, got 0"),
    ]


def test_the_rows_of_a_project_must_agree_on_the_project() -> None:
    first, second, third = _rows(
        _project("示例", 2022, _indicator("a", ">=1个"), _indicator("b", ">=2个"),
                 _indicator("c", ">=3个"), department="某局")
    )  # fmt: skip
    second["department"] = "另一局"
    third["end"] = datetime.date(2022, 12, 31)
    assert _refusals([first, second, third], "indicators") == [
        ("$[1].department", "data", "differs from the project's first row $[0]: '某局'"),
        ("$[2].end", "data", "differs from the project's first row $[0]: None"),
    ]


def test_every_problem_is_reported_at_once_in_record_order() -> None:
    rows = _rows(_project("示例", 2022, *(_indicator(f"指标{k}", ">=1个") for k in range(3))))
    rows[2]["value"] = D(2)
    rows[0]["colour"] = "红"
    rows[0]["weight"] = 1.5
    rows.insert(1, "not a record")  # type: ignore[arg-type]
    with pytest.raises(DataError) as raised:
        from_records(rows, "indicators")
    problems = raised.value.problems
    assert [p.subject for p in problems] == ["$[0].weight", "$[0].colour", "$[1]", "$[3].value"]
    assert problems[2].message_en == (
        "expected a record, a mapping of column name to value, got str"
    )
    # In both languages, as every problem of the library.
    assert [p.message_zh for p in problems] == [
        "应为位数不超过列定义的十进制数", "未知的列", "应为记录（列名到值的映射）", "与指标目标值不符",
    ]  # fmt: skip
    assert str(raised.value).startswith("invalid document (数据无效): 4 problems")


def _problem_row(**edit: object) -> dict[str, Any]:
    found = Problem(code="PI021", message_en="no indicators", message_zh="没有绩效指标")
    (row,) = to_records([found], kind="errors")
    return dict(row) | edit


@pytest.mark.parametrize(
    ("kind", "row", "expected"),
    [
        ("errors", _problem_row(row=0), ("$[0].row", "field", "must be 1 or more, got 0")),
        ("errors", _problem_row(severity="fatal"),
         ("$[0].severity", "data", "expected one of error, warning, note, got 'fatal'")),
        ("errors", _problem_row(subject=None), ("$[0].subject", "data",
                                                "must not be empty (None)")),
        ("findings", _problem_row(page=2),
         ("$[0].project", "data", "missing column")),
    ],
)  # fmt: skip
def test_a_problem_row_is_refused_at_its_place(
    kind: str, row: dict[str, Any], expected: tuple[str, str, str]
) -> None:
    assert _refusals([row], kind)[0] == expected


def _discrepancy_row(**edit: object) -> dict[str, Any]:
    return {
        "project": "示例", "year": 2022, "scheme": "central_10", "code": "AU403",
        "severity": "note", "message_en": "no total", "message_zh": "未填写总分",
        "indicator": None, "reported": None, "recomputed": None, "file": None, "sheet": None,
        "page": None, "row": None, "column": None, "subject": "", "text": None,
    } | edit  # fmt: skip


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        # AU403 is a note: its severity is fixed by its code.
        ({"severity": "error"}, ("$[0].severity", "field",
                                 "must be note, the severity of AU403, got <Severity.ERROR: 'error'>")),
        ({"code": "PI001"}, ("$[0].code", "field", "must be an audit code (AU101…), got 'PI001'")),
        ({"scheme": None}, ("$[0].scheme", "data", "must not be empty (None)")),
    ],
)  # fmt: skip
def test_a_discrepancy_row_is_refused_at_its_place(
    edit: dict[str, object], expected: tuple[str, str, str]
) -> None:
    assert from_records([_discrepancy_row()], "discrepancies")[0].code == "AU403"
    assert _refusals([_discrepancy_row(**edit)], "discrepancies") == [expected]


# --- Properties ------------------------------------------------------------------------------


def _held(project: Project) -> Project:
    """The project with only what indicator records hold: no funding, goals or details."""
    return Project(
        name=project.name,
        year=project.year,
        category=project.category,
        department=project.department,
        implementing_unit=project.implementing_unit,
        start=project.start,
        end=project.end,
        indicators=project.indicators,
    )


_HELD = st.lists(
    projects(max_indicators=6).filter(lambda p: bool(p.indicators)).map(_held),
    max_size=3,
    unique_by=lambda p: (p.name, p.year),
)


@settings(max_examples=80, deadline=None)
@given(_HELD)
def test_projects_round_trip(generated: list[Project]) -> None:
    assert from_records(to_records(generated), "indicators") == tuple(generated)


@settings(max_examples=60, deadline=None)
@given(_HELD, st.data())
def test_a_derived_value_edited_away_from_its_target_is_refused(
    generated: list[Project], data: st.DataObject
) -> None:
    rows = _rows(*generated)
    edits = [(k, name) for k, row in enumerate(rows) for name in ("value", "deadline")
             if row[name] is not None]  # fmt: skip
    if not edits:
        return
    index, name = data.draw(st.sampled_from(edits))
    step = D(1) if name == "value" else datetime.timedelta(days=1)
    rows[index][name] += step
    assert [subject for subject, _, _ in _refusals(rows, "indicators")] == [f"$[{index}].{name}"]


@settings(max_examples=60, deadline=None)
@given(st.lists(projects(max_indicators=6), max_size=3))
def test_findings_and_problems_round_trip(generated: list[Project]) -> None:
    found = [(project, lint(project)) for project in generated]
    every = tuple(finding for _, findings in found for finding in findings)
    assert from_records(to_records(found), "findings") == every
    assert from_records(to_records(list(every), kind="errors"), "errors") == every


@settings(max_examples=60, deadline=None)
@given(st.lists(_published().map(audit), max_size=2))
def test_discrepancies_round_trip(audits: list[Audit]) -> None:
    every = tuple(found for result in audits for found in result.discrepancies)
    assert from_records(to_records(audits), "discrepancies") == every
    # Their places, which take part in equality, come back too.
    assert [found.where for found in from_records(to_records(audits), "discrepancies")] == [
        found.where for found in every
    ]
