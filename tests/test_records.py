"""`to_records` for every result, and the declared schema of every record kind.

Expected rows are worked by hand from the rules (the arithmetic is in the comments); the
properties check that generated results give exactly the schema's columns, every value of
its column's type and within its precision.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from decimal import Decimal as D
from pathlib import Path

import attrs
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from perfindicator import (
    BudgetExecution,
    Change,
    ExecutionLine,
    Funding,
    Indicator,
    Level1,
    Level2,
    MonitoringReport,
    Project,
    ReportedIndicator,
    SelfEvaluation,
    SelfEvaluationReport,
    Weights,
    audit,
    lint,
    monitor,
    parse_target,
    self_evaluate,
)
from perfindicator.errors import (
    FieldError,
    FieldTypeError,
    MonitoringError,
    PerfIndicatorError,
    Place,
    Problem,
)
from perfindicator.interchange.record_schema import SCHEMAS, Column, ColumnType, RecordKind
from perfindicator.interchange.records import record_kind, to_records
from perfindicator.io import read
from perfindicator.model.targets import RelativeDeadline
from perfindicator.reports.monitoring import Likelihood, Progress
from perfindicator.scoring.evaluate import Actual
from perfindicator.strategies import actuals_for, projects


def _project(name: str, year: int, *rows: tuple[str, str, Level2]) -> Project:
    return Project(
        name=name,
        year=year,
        start=datetime.date(year, 1, 1),
        end=datetime.date(year, 12, 31),
        indicators=tuple(
            Indicator(
                level2=level2, name=indicator, target=parse_target(target) if target else None
            )
            for indicator, target, level2 in rows
        ),
    )


def _holds_schema(kind: RecordKind, rows: Sequence[Mapping[str, object]]) -> None:
    columns = SCHEMAS[kind]
    for row in rows:
        assert list(row) == [column.name for column in columns]
        for column in columns:
            assert column.fits(row[column.name]), (column, row[column.name])


# --- The schema ---------------------------------------------------------------------------


def test_every_kind_has_the_identity_first_and_unique_columns() -> None:
    assert list(SCHEMAS) == [
        "projects", "indicators", "lines", "findings", "audits", "discrepancies", "monitoring",
        "errors",
    ]  # fmt: skip
    for kind, columns in SCHEMAS.items():
        names = [column.name for column in columns]
        # A problem that stopped a file from being read belongs to no project.
        assert (names[:2] == ["project", "year"]) is (kind != "errors")
        assert len(set(names)) == len(names)


def test_todays_project_columns_stay() -> None:
    assert [column.name for column in SCHEMAS["indicators"]] == [
        "project", "year", "category", "department", "implementing_unit", "start", "end",
        "level1", "level2", "indicator", "target", "kind", "operator", "value", "unit",
        "low", "high", "deadline", "period", "weight", "direction", "basis", "explanation",
    ]  # fmt: skip


def _column(kind: RecordKind, name: str) -> Column:
    (column,) = (column for column in SCHEMAS[kind] if column.name == name)
    return column


@pytest.mark.parametrize(
    ("kind", "name", "precision", "scale"),
    [
        # Any number the library accepts: 18 digits before the point, 20 after.
        ("indicators", "value", 38, 20),
        ("discrepancies", "reported", 38, 20),
        ("discrepancies", "recomputed", 38, 20),
        # Points and scores too (an audit adds up scores as printed); ratios have 4 places.
        ("lines", "points", 38, 20),
        ("lines", "score", 38, 20),
        ("audits", "total", 38, 20),
        ("lines", "ratio", 22, 4),
        ("monitoring", "attainment", 22, 4),
    ],
)
def test_decimal_columns_are_wide_enough(
    kind: RecordKind, name: str, precision: int, scale: int
) -> None:
    column = _column(kind, name)
    assert (column.type, column.precision, column.scale) == (ColumnType.DECIMAL, precision, scale)


def test_category_columns_list_the_chinese_labels() -> None:
    assert _column("indicators", "level1").categories == (
        "产出指标",
        "效益指标",
        "满意度指标",
        "成本指标",
    )
    assert _column("monitoring", "light").categories == ("红灯", "黄灯", "绿灯", "蓝灯")
    assert _column("monitoring", "likelihood").categories == ("确定能", "有可能", "不可能")
    assert _column("findings", "severity").categories == ("error", "warning", "note")
    assert _column("indicators", "operator").categories == (">=", ">", "=", "<=", "<")


_POINTS = Column(name="points", type=ColumnType.DECIMAL, precision=20, scale=2)


@pytest.mark.parametrize(
    ("value", "fits"),
    [
        (None, True),
        (D("12.50"), True),
        (D("12.5000000"), True),  # trailing zeros after the point do not count
        (D("0.125"), False),  # three places
        (D("-0.01"), True),
        (D("9" * 18 + ".99"), True),  # 18 whole digits
        (D("1" + "0" * 18), False),  # 19
        (D("1E+40"), False),
        (D("0E-99"), True),  # zero at any exponent
        (D("1E+999999999"), False),  # refused without building the integer
        (D("NaN"), False),
        (D("Infinity"), False),
        (12, False),  # an int is not a Decimal
        ("12.50", False),
    ],
)
def test_a_decimal_fits_its_precision_and_scale(value: object, fits: bool) -> None:
    assert _POINTS.fits(value) is fits


@pytest.mark.parametrize(
    ("type_", "value", "fits"),
    [
        (ColumnType.TEXT, "文本", True),
        (ColumnType.TEXT, 1, False),
        (ColumnType.INT, 2022, True),
        (ColumnType.INT, True, False),
        (ColumnType.BOOL, False, True),
        (ColumnType.BOOL, 0, False),
        (ColumnType.DATE, datetime.date(2022, 1, 1), True),
        (ColumnType.DATE, datetime.datetime(2022, 1, 1), False),
        (ColumnType.DATE, "2022-01-01", False),
    ],
)
def test_plain_columns_fit_their_python_type(type_: ColumnType, value: object, fits: bool) -> None:
    assert Column(name="c", type=type_).fits(value) is fits


# --- Projects: one row per indicator --------------------------------------------------------


def test_indicator_rows() -> None:
    project = _project(
        "培训项目",
        2022,
        ("接答率", "≥95%", Level2.QUALITY),
        ("完工时间", "9月底前", Level2.TIMELINESS),
        ("满意度", "", Level2.SATISFACTION),
    )
    rate, done, empty = to_records(project)
    _holds_schema("indicators", [rate, done, empty])
    assert rate == {
        "project": "培训项目", "year": 2022, "category": "", "department": "",
        "implementing_unit": "", "start": datetime.date(2022, 1, 1),
        "end": datetime.date(2022, 12, 31), "level1": "产出指标", "level2": "质量指标",
        "indicator": "接答率", "target": ">=95%", "kind": "Comparison", "operator": ">=",
        "value": D(95), "unit": "%", "low": None, "high": None, "deadline": None,
        "period": "年度", "weight": None, "direction": None, "basis": None, "explanation": "",
    }  # fmt: skip
    # A deadline without a year takes the budget year: 2022-09-30.
    assert (done["kind"], done["deadline"], done["value"]) == (
        "Deadline",
        datetime.date(2022, 9, 30),
        None,
    )
    assert (empty["level1"], empty["target"], empty["kind"]) == ("满意度指标", None, None)


def test_several_projects_make_one_table() -> None:
    first = _project("甲", 2022, ("a", ">=1个", Level2.QUANTITY), ("b", ">=2个", Level2.QUANTITY))
    second = _project("乙", 2023, ("c", ">=3个", Level2.QUANTITY))
    rows = to_records(p for p in (first, second))  # any iterable, a generator too
    assert [(r["project"], r["year"], r["indicator"]) for r in rows] == [
        ("甲", 2022, "a"),
        ("甲", 2022, "b"),
        ("乙", 2023, "c"),
    ]
    assert to_records([]) == []


# --- Self-evaluations: one row per scored line ----------------------------------------------


def test_line_rows() -> None:
    project = _project(
        "培训项目",
        2022,
        ("培训人次", ">=100人次", Level2.QUANTITY),
        ("满意度", ">=90%", Level2.SATISFACTION),
    )
    weights = Weights(output=50, benefit=0, satisfaction=40)  # + execution 10 = 100
    result = self_evaluate(project, {"培训人次": "80人次", "满意度": "95%"}, weights=weights)
    assert record_kind(result) == "lines"
    trained, satisfied = to_records(result)
    _holds_schema("lines", [trained, satisfied])
    # 80 / 100 = 0.8, missed: 0.8 × 50 = 40.00, and a note is required.
    assert trained == {
        "project": "培训项目", "year": 2022, "level1": "产出指标", "level2": "数量指标",
        "indicator": "培训人次", "target": ">=100人次", "actual": "80人次", "met": False,
        "ratio": D("0.8000"), "points": D("50.00"), "score": D("40.00"),
        "note_required": True,
    }  # fmt: skip
    # 95 / 90 = 1.05555… → 1.0556; met: all 40 points; well below the over-achievement ratio.
    assert (satisfied["level1"], satisfied["met"], satisfied["ratio"]) == (
        "满意度指标",
        True,
        D("1.0556"),
    )
    assert (satisfied["points"], satisfied["score"], satisfied["note_required"]) == (
        D("40.00"),
        D("40.00"),
        False,
    )


def test_an_outcome_and_a_date_are_written_as_a_person_writes_them() -> None:
    project = _project(
        "示例", 2022, ("完工时间", "9月底前", Level2.TIMELINESS), ("成效", "良好", Level2.SOCIAL)
    )
    weights = Weights(output=50, benefit=40, satisfaction=0)
    result = self_evaluate(
        project, {"完工时间": datetime.date(2022, 9, 1), "成效": "达成年度指标"}, weights=weights
    )
    assert [row["actual"] for row in to_records(result)] == ["2022-09-01", "达成年度指标"]


# --- Findings: one row per finding --------------------------------------------------------


def test_finding_rows_with_and_without_their_project() -> None:
    empty = _project("空项目", 2023)
    findings = lint(empty)
    # A project without indicators: PI021, placed at the field `indicators`.
    expected = {
        "project": "空项目", "year": 2023, "code": "PI021", "severity": "error",
        "message_en": "the project has no indicators", "message_zh": "没有绩效指标",
        "file": None, "sheet": None, "page": None, "row": None, "column": None,
        "subject": "indicators", "text": None,
    }  # fmt: skip
    paired = to_records((empty, findings))
    _holds_schema("findings", paired)
    assert paired[0] == expected
    assert to_records(findings)[0] == expected | {"project": None, "year": None}
    assert to_records(findings[0])[0] == expected | {"project": None, "year": None}
    # A filtered list of findings is still findings.
    assert to_records([f for f in findings if f.code == "PI021"]) == to_records(findings)[:1]


def test_findings_of_several_projects_make_one_table() -> None:
    first, second = _project("甲", 2022), _project("乙", 2023)
    rows = to_records([(first, lint(first)), (second, lint(second))])
    identities = [(r["project"], r["year"]) for r in rows]
    assert ("甲", 2022) in identities
    assert ("乙", 2023) in identities
    assert identities == sorted(identities, key=lambda identity: identity[0] != "甲")


# --- Audits: one row per discrepancy ------------------------------------------------------

# A published report with one line: ≥95% against 90%, printed with full points; execution
# 90 of 100, 9 of 10 points; total 99 as printed.
_ANSWERING = SelfEvaluationReport(
    name="接答项目",
    year=2022,
    execution=(ExecutionLine(budget=100, executed=90, rate=D("90.00"), points=10, score=9),),
    lines=(
        ReportedIndicator(
            name="接答率",
            level1=Level1.OUTPUT,
            level2=Level2.QUALITY,
            target_text="≥95%",
            target=parse_target("≥95%"),
            actual_text="90%",
            points=90,
            score=90,
            note="话务高峰",
        ),
    ),
    total=99,
)


def test_discrepancy_rows() -> None:
    report = _ANSWERING
    rows = to_records(audit(report))
    _holds_schema("discrepancies", rows)
    # 90 / 95 = 0.947368…; × 90 points = 85.263… → 85.26, not the 90 printed.
    (scored,) = (row for row in rows if row["code"] == "AU101")
    assert {k: v for k, v in scored.items() if not k.startswith("message")} == {
        "project": "接答项目", "year": 2022, "scheme": "central_10", "code": "AU101",
        "severity": "error", "indicator": "接答率", "reported": D(90),
        "recomputed": D("85.26"), "file": None, "sheet": None, "page": None, "row": None,
        "column": None, "subject": "接答率", "text": None,
    }  # fmt: skip


# --- Documents: one row per document ("projects") -----------------------------------------

_TEMPLATES = Path(__file__).parent.parent / "examples" / "forms" / "templates"


def test_project_rows_of_a_declaration() -> None:
    project = Project(
        name="示例",
        year=2022,
        department="某局",
        start=datetime.date(2022, 1, 1),
        end=datetime.date(2022, 12, 31),
        funding=Funding(total=D("153997200"), fiscal=D("153997200")),
        indicators=_project("示例", 2022, ("接答率", "≥95%", Level2.QUALITY)).indicators,
    )
    (row,) = to_records(project, kind="projects")
    _holds_schema("projects", [row])
    assert row == {
        "project": "示例", "year": 2022, "document": "申报表", "category": "",
        "department": "某局", "implementing_unit": "", "start": datetime.date(2022, 1, 1),
        "end": datetime.date(2022, 12, 31), "funding": D("153997200"), "in_yuan": True,
        "indicators": 1, "reported_total": None, "file": None, "sheet": None, "page": None,
    }  # fmt: skip


def test_project_rows_of_published_reports() -> None:
    path = str(_TEMPLATES / "anhui_chizhou_2022.csv")
    (report,) = read(path)
    (monitoring,) = read(str(_TEMPLATES / "hubei_huangshi_2019.csv"))
    assert isinstance(report, SelfEvaluationReport)
    assert isinstance(monitoring, MonitoringReport)
    rows = to_records([report, monitoring])  # reports make project rows by default
    _holds_schema("projects", rows)
    chizhou, huangshi = rows
    # The form: 全年预算数 50 万元 on the 年度资金总额 row, eight indicator rows, 总分 99.19.
    assert {k: chizhou[k] for k in ("project", "year", "document", "department")} == {
        "project": "山洪灾害防治非工程措施运行维护", "year": 2022, "document": "绩效自评表",
        "department": "池州市水利局",
    }  # fmt: skip
    assert (chizhou["implementing_unit"], chizhou["funding"], chizhou["in_yuan"]) == (
        "池州市水文水资源局",
        D(500000),
        True,
    )
    assert (chizhou["indicators"], chizhou["reported_total"], chizhou["file"]) == (
        8,
        D("99.19"),
        path,
    )
    # 年初预算数 220 万元 on 年度资金总额, six indicator rows, no total score.
    assert (huangshi["project"], huangshi["year"], huangshi["document"]) == (
        "社区居民职业技能培训",
        2019,
        "绩效监控表",
    )
    assert (huangshi["funding"], huangshi["indicators"], huangshi["reported_total"]) == (
        D(2200000),
        6,
        None,
    )


def test_documents_of_every_kind_make_one_projects_table() -> None:
    (report,) = read(str(_TEMPLATES / "anhui_chizhou_2022.csv"))
    assert isinstance(report, SelfEvaluationReport)
    declaration = Project(name="示例", year=2023)
    rows = to_records([declaration, report], kind="projects")
    assert [(r["project"], r["document"]) for r in rows] == [
        ("示例", "申报表"),
        ("山洪灾害防治非工程措施运行维护", "绩效自评表"),
    ]
    with pytest.raises(FieldTypeError, match="of one record kind"):
        to_records([declaration, report])  # type: ignore[list-item]  # indicators or projects?


# --- Audits: one row per audit ("audits") --------------------------------------------------


def test_audit_rows() -> None:
    report = _ANSWERING
    result = audit(report)
    (row,) = to_records(result, kind="audits")
    _holds_schema("audits", [row])
    # Execution 90 / 100 × 10 = 9.00; the line 90 / 95 × 90 = 85.26; 94.26 in all.
    assert {k: row[k] for k in ("project", "year", "scheme", "reported_total", "total")} == {
        "project": "接答项目", "year": 2022, "scheme": "central_10", "reported_total": D(99),
        "total": D("94.26"),
    }  # fmt: skip
    assert row["execution_score"] == D("9.00")
    severities = [found.severity.value for found in result.discrepancies]
    assert severities.count("error") >= 1  # the line's score (AU101)
    assert (row["errors"], row["warnings"], row["notes"]) == (
        severities.count("error"),
        severities.count("warning"),
        severities.count("note"),
    )


# --- Errors: one row per problem, no project ("errors") -------------------------------------


def test_error_rows() -> None:
    problem = Problem(
        code="form",
        message_en="no indicator table",
        message_zh="缺少绩效指标表",
        where=Place(file="a.xlsx", sheet="Sheet1", row=3, column=2, subject="表头"),
        text="项目名称",
    )
    rows = to_records([problem, problem], kind="errors")
    _holds_schema("errors", rows)
    assert rows[0] == {
        "file": "a.xlsx", "sheet": "Sheet1", "page": None, "row": 3, "column": 2,
        "subject": "表头", "code": "form", "severity": "error",
        "message_en": "no indicator table", "message_zh": "缺少绩效指标表", "text": "项目名称",
    }  # fmt: skip
    assert to_records(lint(Project(name="空项目", year=2023)), kind="errors")[0]["code"] == "PI021"


@pytest.mark.parametrize(
    ("kind", "message"),
    [
        ("lines", "Project makes records of indicators, projects"),
        ("errors", "Project makes records of indicators, projects"),
        ("tables", "must be one of projects, indicators, lines"),
        (["lines"], "must be one of projects, indicators, lines"),  # not even hashable
    ],
)
def test_a_kind_the_results_do_not_offer_is_refused(kind: object, message: str) -> None:
    with pytest.raises(FieldError, match=message):
        to_records(Project(name="示例", year=2022), kind=kind)  # type: ignore[call-overload]


# --- Monitoring: one row per line ---------------------------------------------------------


def test_monitoring_rows() -> None:
    project = _project(
        "监控项目",
        2024,
        ("培训人次", ">=1000人次", Level2.QUANTITY),
        ("满意度", ">=90%", Level2.SATISFACTION),
    )
    progress: dict[str, Progress | Actual] = {
        "培训人次": Progress(
            value="300人次", forecast="1100人次", likelihood=Likelihood.POSSIBLE,
            causes=("经费保障",), analysis="拨付较慢", measures="加快资金拨付",
        ),
        "满意度": "92%",
    }  # fmt: skip
    result = monitor(project, progress, on=datetime.date(2024, 6, 30))
    trained, satisfied = to_records(result)
    _holds_schema("monitoring", [trained, satisfied])
    # Half the year: 500 due, 300 reached: 0.6000, yellow; the forecast 1100 ≥ 1000 meets.
    assert trained == {
        "project": "监控项目", "year": 2024, "on": datetime.date(2024, 6, 30),
        "level1": "产出指标", "level2": "数量指标", "indicator": "培训人次",
        "target": ">=1000人次", "actual": "300人次", "attainment": D("0.6000"),
        "light": "黄灯", "forecast": "1100人次", "forecast_met": True,
        "likelihood": "有可能", "causes": "经费保障", "analysis": "拨付较慢",
        "measures": "加快资金拨付", "remark": "",
    }  # fmt: skip
    # A rate is not pro-rated: 92 / 90 = 1.02222… → 1.0222 (rounded down), green.
    assert (satisfied["attainment"], satisfied["light"], satisfied["forecast"]) == (
        D("1.0222"),
        "绿灯",
        None,
    )
    assert (satisfied["forecast_met"], satisfied["likelihood"], satisfied["causes"]) == (
        None,
        None,
        "",
    )


def test_an_extreme_ratio_fits_its_column() -> None:
    # 10^18 亿公里 over 10^-20 毫米 is a ratio of about 10^52, beyond what the library takes:
    # the ratio is left empty, and the line still scores (met: all 90 points).
    project = _project("示例", 2022, ("里程", ">=0.00000000000000000001毫米", Level2.QUANTITY))
    weights = Weights(output=90, benefit=0, satisfaction=0)
    result = self_evaluate(project, {"里程": "9" * 18 + "亿公里"}, weights=weights)
    _holds_schema("lines", to_records(result))
    ((line,),) = [result.lines]
    assert (line.evaluation.ratio, line.met, line.score) == (None, True, D(90))


# --- What it refuses ------------------------------------------------------------------------


@pytest.mark.parametrize("wrong", [{}, "项目", 42, None, [1, 2], {"project": "x"}])
def test_anything_else_is_refused_briefly(wrong: object) -> None:
    with pytest.raises(FieldTypeError, match=r"^to_records\.results: must be a Project"):
        to_records(wrong)  # type: ignore[call-overload]


def test_the_error_names_types_never_huge_values() -> None:
    project = _project(
        "甲" * 150, 2022, *((f"指标{k}", ">=1个", Level2.QUANTITY) for k in range(50))
    )
    evaluation = self_evaluate(
        project,
        {f"指标{k}": "1个" for k in range(50)},
        weights=Weights(output=90, benefit=0, satisfaction=0),
    )
    with pytest.raises(FieldTypeError) as raised:
        to_records([project] * 100 + [evaluation])  # type: ignore[list-item]  # two kinds
    message = str(raised.value)
    assert len(message) < 400
    assert "Project" in message
    assert "SelfEvaluation" in message
    with pytest.raises(FieldTypeError) as raised:
        to_records({"projects": [project] * 100})  # type: ignore[dict-item]
    assert len(str(raised.value)) < 400


def test_an_empty_iterable_has_no_kind() -> None:
    with pytest.raises(FieldError, match="no record kind"):
        record_kind([])
    with pytest.raises(FieldTypeError, match=r"^record_kind\.results: must be a Project"):
        record_kind("项目")


# --- Properties: every kind's schema holds for generated values -----------------------------


def _scorable(project: Project) -> Project:
    """The project without the indicators whose actuals need a baseline or an event date."""
    kept = tuple(
        indicator
        for indicator in project.indicators
        if indicator.target is not None
        and not isinstance(indicator.target, (Change, RelativeDeadline))
    )
    assume(kept)
    return attrs.evolve(project, indicators=kept)


@st.composite
def _with_actuals(draw: st.DrawFn) -> tuple[Project, dict[str, Actual]]:
    project = _scorable(draw(projects(max_indicators=6)))
    actuals = {
        indicator.name: draw(actuals_for(indicator.target, year=project.year))  # type: ignore[arg-type]
        for indicator in project.indicators
    }
    return project, actuals


@settings(max_examples=60, deadline=None)
@given(st.lists(projects(max_indicators=6), max_size=3))
def test_indicator_records_hold_the_schema(generated: list[Project]) -> None:
    rows = to_records(generated)
    _holds_schema("indicators", rows)
    assert len(rows) == sum(len(p.indicators) for p in generated)
    documents = to_records(generated, kind="projects")
    _holds_schema("projects", documents)
    assert [r["indicators"] for r in documents] == [len(p.indicators) for p in generated]


@settings(max_examples=60, deadline=None)
@given(st.lists(projects(max_indicators=6), max_size=3))
def test_finding_records_hold_the_schema(generated: list[Project]) -> None:
    rows = to_records([(project, lint(project)) for project in generated])
    _holds_schema("findings", rows)
    errors = to_records([found for project in generated for found in lint(project)], kind="errors")
    _holds_schema("errors", errors)
    assert len(errors) == len(rows)
    assert {(r["project"], r["year"]) for r in rows} <= {(p.name, p.year) for p in generated}


def _weights(project: Project) -> Weights:
    """Weights that give the 90 indicator points to the groups the project has indicators in."""
    # Cost indicators count with the outputs unless cost has a weight of its own.
    groups = {Level1.OUTPUT if i.level1 is Level1.COST else i.level1 for i in project.indicators}
    order = [
        group for group in (Level1.OUTPUT, Level1.BENEFIT, Level1.SATISFACTION) if group in groups
    ]
    share = {group: 90 // len(order) for group in order}
    share[order[0]] += 90 % len(order)
    return Weights(
        output=share.get(Level1.OUTPUT, 0),
        benefit=share.get(Level1.BENEFIT, 0),
        satisfaction=share.get(Level1.SATISFACTION, 0),
    )


def _self_evaluated(project: Project, actuals: Mapping[str, Actual]) -> SelfEvaluation:
    try:
        return self_evaluate(project, actuals, weights=_weights(project))
    except PerfIndicatorError:
        assume(False)
        raise  # unreachable: assume(False) stops the example


@settings(max_examples=60, deadline=None)
@given(_with_actuals())
def test_line_records_hold_the_schema(drawn: tuple[Project, dict[str, Actual]]) -> None:
    project, actuals = drawn
    rows = to_records(_self_evaluated(project, actuals))
    _holds_schema("lines", rows)
    assert {(r["project"], r["year"]) for r in rows} == {(project.name, project.year)}


@settings(max_examples=60, deadline=None)
@given(_with_actuals(), st.integers(1, 12), st.data())
def test_monitoring_records_hold_the_schema(
    drawn: tuple[Project, dict[str, Actual]], month: int, data: st.DataObject
) -> None:
    project, actuals = drawn
    spent = data.draw(st.integers(0, 200))
    try:
        result = monitor(
            project,
            actuals,
            on=datetime.date(project.year, month, 28),
            budget=BudgetExecution(budget=100, executed=spent),
        )
    except MonitoringError:
        # Values that cannot be set against their targets (the actuals are drawn for a
        # year-end evaluation); any other error is a defect.
        assume(False)
        raise
    rows = to_records(result)
    _holds_schema("monitoring", rows)
    assert len(rows) == len(project.indicators)


@st.composite
def _published(draw: st.DrawFn) -> SelfEvaluationReport:
    """A published report of a drawn self-evaluation, its scores anywhere from 0 to the
    points, so that some agree with the rule and some do not, and any total or none."""
    project, actuals = draw(_with_actuals())
    evaluation = _self_evaluated(project, actuals)
    lines = tuple(
        ReportedIndicator(
            name=line.indicator.name,
            level1=line.indicator.level1,
            level2=line.indicator.level2,
            target_text=str(line.evaluation.target),
            target=line.evaluation.target,
            actual_text=str(actuals[line.indicator.name]),
            points=line.points,
            score=draw(st.decimals(min_value=0, max_value=line.points, places=2)),
        )
        for line in evaluation.lines
    )
    total = draw(st.none() | st.decimals(min_value=0, max_value=100, places=2))
    return SelfEvaluationReport(name=project.name, year=project.year, lines=lines, total=total)


@settings(max_examples=60, deadline=None)
@given(_published())
def test_discrepancy_records_hold_the_schema(report: SelfEvaluationReport) -> None:
    result = audit(report)
    rows = to_records(result)
    _holds_schema("discrepancies", rows)
    assert {(r["project"], r["year"]) for r in rows} <= {(report.name, report.year)}
    (totals,) = to_records(result, kind="audits")
    _holds_schema("audits", [totals])
    assert totals["errors"] + totals["warnings"] + totals["notes"] == len(rows)
