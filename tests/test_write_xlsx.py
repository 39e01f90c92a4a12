"""`write_xlsx` writes the official forms: a `Project` as the Shanghai 申报表, a
`SelfEvaluationReport` as the 10号 自评表; `read` gives each back.

The expected cells, merged ranges and number formats are worked by hand from the templates
(the Shanghai 申报表 of 2022 and 2026, the 10号 attachment as 池州 2022 publishes it):
every label on its row, a block's label merged down its rows, a value merged to the table's
right edge, amounts under `#,##0.00`, points under `0.00`, the execution rate a fraction
under `0.00%`, dates under `yyyy-mm-dd`. The written files are opened with openpyxl.
"""

from __future__ import annotations

import datetime
import tempfile
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import openpyxl
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from perfindicator import (
    Change,
    Direction,
    FieldTypeError,
    FormError,
    Funding,
    Goals,
    Indicator,
    LabelledText,
    Level1,
    Level2,
    MonitoringReport,
    Period,
    Project,
    RelativeDeadline,
    SelfEvaluationError,
    StandardBasis,
    TimeUnit,
    parse_target,
    self_evaluate,
)
from perfindicator.documents import labels as L
from perfindicator.documents.selfeval_report import (
    ExecutionLine,
    PointsLabel,
    ReportedIndicator,
    SelfEvaluationReport,
)
from perfindicator.io import read, write_xlsx
from perfindicator.model.kinds import FormKind, ReportLayout
from perfindicator.strategies import actuals_for, budget_executions, projects, quantities

ROOT = Path(__file__).resolve().parents[1]
TEMPLATES = sorted((ROOT / "examples/forms/templates").glob("*.xlsx"))


def _sheet(path: Path) -> Any:
    return openpyxl.load_workbook(path).active


def _merged(sheet: Any) -> set[str]:
    return {str(r) for r in sheet.merged_cells.ranges}


def _formats(sheet: Any) -> dict[str, str]:
    """The number format of every cell that has one other than General."""
    return {
        cell.coordinate: cell.number_format
        for row in sheet.iter_rows()
        for cell in row
        if cell.number_format != "General"
    }


# --- 申报表 (Shanghai) ----------------------------------------------------------------------

PROJECT = Project(
    name="社区法治宣传教育",
    year=2026,
    category="经常性项目",
    department="上海市司法局",
    implementing_unit="上海市法治宣传教育中心",
    start=datetime.date(2026, 1, 1),
    end=datetime.date(2026, 12, 31),
    funding=Funding(
        total=Decimal(1250000),
        fiscal=Decimal(1250000),
        other=Decimal(0),
        annual_request=Decimal(1250000),
        appropriation=Decimal(1000000),
        carryover=Decimal(250000),
        annual_other=Decimal(0),
    ),
    goals=Goals(overall="提升社区居民法治意识", annual="开展培训12场", period=(2026, 2028)),
    indicators=(
        Indicator(level2=Level2.QUANTITY, name="培训场次", target=parse_target(">=12场")),
        Indicator(level2=Level2.QUANTITY, name="覆盖人数", target=parse_target(">=600人次")),
        Indicator(level2=Level2.QUALITY, name="培训合格率", target=parse_target(">=95%")),
        Indicator(level2=Level2.SATISFACTION, name="参训人员满意度", target=parse_target(">=90%")),
    ),
)


def test_a_project_is_written_as_the_shanghai_form(tmp_path: Path) -> None:
    path = tmp_path / "申报表.xlsx"
    write_xlsx(PROJECT, path)
    sheet = _sheet(path)
    values = {
        "A1": "财政项目支出绩效目标申报表",
        "A2": "(2026年度)",
        "A3": "项目名称", "B3": "社区法治宣传教育", "C3": "项目类别", "D3": "经常性项目",
        "A4": "主管部门", "B4": "上海市司法局", "C4": "实施单位", "D4": "上海市法治宣传教育中心",
        "A5": "计划开始日期", "C5": "计划完成日期",
        "A6": "项目资金", "B6": "单位：元",
        "B7": "项目资金总额", "C7": 1250000, "D7": "年度资金申请总额", "E7": 1250000,
        "B8": "其中：财政资金", "C8": 1250000, "D8": "其中：当年财政拨款", "E8": 1000000,
        "D9": "上年结转资金", "E9": 250000,
        "B10": "其他资金", "C10": 0, "D10": "其他资金", "E10": 0,
        "A11": "项目绩效目标", "B11": "项目总目标", "C11": "提升社区居民法治意识",
        "B12": "(2026年-2028年)",
        "B13": "年度总目标", "C13": "开展培训12场",
        "A14": "绩效指标", "B14": "一级指标", "C14": "二级指标", "D14": "三级指标",
        "E14": "指标目标值",
        "B15": "产出指标", "C15": "数量指标", "D15": "培训场次", "E15": ">=12场",
        "D16": "覆盖人数", "E16": ">=600人次",
        "C17": "质量指标", "D17": "培训合格率", "E17": ">=95%",
        "B18": "满意度指标", "C18": "服务对象满意度指标", "D18": "参训人员满意度",
        "E18": ">=90%",
    }  # fmt: skip
    assert {ref: sheet[ref].value for ref in values} == values
    assert sheet["B5"].value == datetime.datetime(2026, 1, 1)
    assert sheet["D5"].value == datetime.datetime(2026, 12, 31)
    assert sheet.max_row == 18
    assert sheet.max_column == 5
    assert _merged(sheet) == {
        "A1:E1", "A2:E2", "D3:E3", "D4:E4", "D5:E5", "B6:E6", "A6:A10",
        "C11:E11", "B12:E12", "C13:E13", "A11:A13",
        "A14:A18", "B15:B17", "C15:C16",
    }  # fmt: skip
    amounts = ["C7", "E7", "C8", "E8", "E9", "C10", "E10"]
    assert _formats(sheet) == {
        "B5": "yyyy-mm-dd",
        "D5": "yyyy-mm-dd",
        **dict.fromkeys(amounts, "#,##0.00"),
    }
    assert read(path) == [PROJECT]


def test_what_the_shanghai_grid_lacks_goes_in_extra_columns(tmp_path: Path) -> None:
    project = Project(
        name="社区法治宣传教育",
        year=2026,
        indicators=(
            Indicator(
                level2=Level2.QUANTITY,
                name="培训场次",
                target=parse_target(">=12场"),
                explanation="反映培训开展情况",
                basis=StandardBasis.PLAN,
                weight=Decimal(20),
                direction=Direction.UP,
            ),
            Indicator(
                level2=Level2.QUALITY,
                name="培训合格率",
                target=parse_target(">=95%"),
                weight=Decimal("10.5"),
            ),
        ),
    )
    path = tmp_path / "申报表.xlsx"
    write_xlsx(project, path)
    sheet = _sheet(path)
    header = [cell.value for cell in sheet[13]]  # no goals' period: goals on rows 11, 12
    assert header == [
        "绩效指标", "一级指标", "二级指标", "三级指标", "指标目标值",
        "指标解释", "绩效标准", "权重", "指标方向性",
    ]  # fmt: skip
    assert [cell.value for cell in sheet[14]] == [
        None, "产出指标", "数量指标", "培训场次", ">=12场", "反映培训开展情况", "计划标准", 20, "正向",
    ]  # fmt: skip
    assert [cell.value for cell in sheet[15]][3:] == ["培训合格率", ">=95%", None, None, 10.5, None]
    assert sheet["H14"].number_format == sheet["H15"].number_format == "0.00"
    assert {"A1:I1", "A13:A15", "B14:B15", "C11:I11", "C12:I12"} <= _merged(sheet)
    assert read(path) == [project]


def test_mid_term_indicators_stand_in_blocks_of_their_own(tmp_path: Path) -> None:
    project = Project(
        name="绿化美化",
        year=2022,
        kind=FormKind.TARGETS,
        indicators=(
            Indicator(
                level2=Level2.QUANTITY,
                name="绿化面积",
                target=parse_target(">=3000平方米"),
                period=Period.MID_TERM,
            ),
            Indicator(level2=Level2.QUANTITY, name="种植乔木", target=parse_target(">=200株")),
        ),
        empty_rows=1,
    )
    path = tmp_path / "目标表.xlsx"
    write_xlsx(project, path)
    sheet = _sheet(path)
    assert sheet["A1"].value == "项目支出绩效目标表"
    assert [sheet[f"A{r}"].value for r in (13, 15)] == ["长期绩效指标", "年度绩效指标"]
    # The template row left empty: its labels, nothing else.
    assert [cell.value for cell in sheet[17]] == [None, "产出指标", "成本指标", None, None]
    assert {"A13:A14", "A15:A17"} <= _merged(sheet)
    assert read(path) == [project]


def test_texts_that_look_like_formulas_or_need_more_digits_are_kept(tmp_path: Path) -> None:
    project = Project(
        name="数据平台",
        year=1899,
        start=datetime.date(1899, 1, 1),
        funding=Funding(total=Decimal("12345678901234567.89")),
        indicators=(
            Indicator(level2=Level2.QUALITY, name="系统可用率", target=parse_target("=100%")),
        ),
        details=(LabelledText(label="项目来源", text="年初预算"),),
    )
    path = tmp_path / "申报表.xlsx"
    write_xlsx(project, path)
    sheet = _sheet(path)
    # Text, not a formula; dates before 1900-03-01 and numbers a float cannot hold, as text.
    assert (sheet["E15"].value, sheet["E15"].data_type) == ("=100%", "s")
    assert sheet["B5"].value == "1899-01-01"
    assert sheet["A6"].value == "项目来源"
    assert sheet["C8"].value == "12345678901234567.89"
    assert read(path) == [project]


@pytest.mark.parametrize(
    ("project", "field"),
    [
        (
            Project(name="x", year=2022, unclaimed=(LabelledText(label="", text="孤立"),)),
            "unclaimed[0]",
        ),
        (
            Project(name="x", year=2022, details=(LabelledText(label="项目来源", text=""),)),
            "details[0]",
        ),
        (Project(name="x", year=2022, funding=Funding(in_yuan=False)), "funding.in_yuan"),
        # A name the reader takes for the 项目名称 label: caught by reading the sheet back.
        (Project(name="项目名称", year=2022), "no 项目名称"),
    ],
)
def test_what_cannot_read_back_is_refused_and_nothing_written(
    tmp_path: Path, project: Project, field: str
) -> None:
    path = tmp_path / "x.xlsx"
    with pytest.raises(FormError) as caught:
        write_xlsx(project, path)
    assert caught.value.writing
    assert field in str(caught.value)
    assert not path.exists()


def test_only_projects_and_self_evaluations_are_written(tmp_path: Path) -> None:
    with pytest.raises(FieldTypeError, match="document"):
        write_xlsx(MonitoringReport(name="x", year=2022), tmp_path / "x.xlsx")  # type: ignore[arg-type]
    with pytest.raises(FieldTypeError, match="path"):
        write_xlsx(PROJECT, 3)  # type: ignore[arg-type]


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: p.stem)
def test_the_example_forms_read_back_from_the_official_layouts(tmp_path: Path, path: Path) -> None:
    for k, document in enumerate(read(path)):
        written = tmp_path / f"{k}.xlsx"
        if isinstance(document, MonitoringReport):
            continue  # 黄石 2019: no official form to write
        if isinstance(document, SelfEvaluationReport) and document.layout not in (
            ReportLayout.CENTRAL_10,
            None,
        ):
            # 四川, 湖北, 宁夏, 梁平, the system template: not the 10号 form.
            with pytest.raises(FormError, match="layout"):
                write_xlsx(document, written)
            continue
        if isinstance(document, Project) and document.unclaimed:
            # 天津 河北区法院 2023: a unit line no part of the form claims.
            with pytest.raises(FormError, match="unclaimed"):
                write_xlsx(document, written)
            continue
        write_xlsx(document, written)
        assert read(written) == [document]


def test_the_10号_example_is_written_back_as_published(tmp_path: Path) -> None:
    # 池州 2022, the 10号 layout: read, written, read again.
    (report,) = read(ROOT / "examples/forms/templates/anhui_chizhou_2022.xlsx")
    assert isinstance(report, SelfEvaluationReport)
    assert report.layout is ReportLayout.CENTRAL_10
    write_xlsx(report, tmp_path / "自评表.xlsx")
    assert read(tmp_path / "自评表.xlsx") == [report]


_HEALTH = [HealthCheck.too_slow, HealthCheck.filter_too_much]


@settings(max_examples=25, deadline=None, suppress_health_check=_HEALTH)
@given(projects(max_indicators=5))
def test_a_generated_project_reads_back_or_is_refused(project: Project) -> None:
    # Nothing is dropped silently: the file reads back equal, or nothing is written.
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "申报表.xlsx"
        try:
            write_xlsx(project, path)
        except FormError as error:
            assert error.writing
            assert not path.exists()
            return
        assert read(path) == [project]


# --- 自评表 (10号) --------------------------------------------------------------------------

REPORT = SelfEvaluationReport(
    name="水土保持监测",
    year=2022,
    department="池州市水利局",
    implementing_unit="池州市水文站",
    layout=ReportLayout.CENTRAL_10,
    goal="完成12个监测点位的年度监测",
    goal_outcome="已完成",
    execution=(
        ExecutionLine(
            label="年度资金总额",
            initial=Decimal(500000),
            budget=Decimal(500000),
            executed=Decimal(487400),
            rate=Decimal("97.48"),
            points=Decimal(10),
            score=Decimal("9.75"),
        ),
        ExecutionLine(
            label="其中:本年财政拨款",
            initial=Decimal(500000),
            budget=Decimal(500000),
            executed=Decimal(487400),
        ),
    ),
    labels=(
        PointsLabel(label="产出指标", points=Decimal(50), level1=Level1.OUTPUT),
        PointsLabel(label="满意度指标", points=Decimal(10), level1=Level1.SATISFACTION),
    ),
    lines=(
        ReportedIndicator(
            name="监测点位",
            level1=Level1.OUTPUT,
            level2=Level2.QUANTITY,
            target_text="≥12个",
            target=parse_target("≥12个"),
            actual_text="12个",
            points=Decimal(30),
            score=Decimal(30),
        ),
        ReportedIndicator(
            name="数据合格率",
            level1=Level1.OUTPUT,
            level2=Level2.QUALITY,
            target_text="≥95%",
            target=parse_target("≥95%"),
            actual_text="93%",
            points=Decimal(20),
            score=Decimal("19.58"),
            note="个别站点设备故障",
        ),
        ReportedIndicator(
            name="群众满意度",
            level1=Level1.SATISFACTION,
            level2=Level2.SATISFACTION,
            target_text="≥90%",
            target=parse_target("≥90%"),
            actual_text="95%",
            points=Decimal(10),
            score=Decimal(10),
        ),
    ),
    total_points=Decimal(70),
    total=Decimal("69.33"),
    grade_text="优",
    conclusion="项目完成良好",
)


def test_a_report_is_written_as_the_10号_form(tmp_path: Path) -> None:
    path = tmp_path / "自评表.xlsx"
    write_xlsx(REPORT, path)
    sheet = _sheet(path)
    values = {
        "A1": "项目支出绩效自评表",
        "A2": "(2022年度)",
        "A3": "项目名称", "B3": "水土保持监测",
        "A4": "主管部门", "B4": "池州市水利局", "E4": "实施单位", "F4": "池州市水文站",
        "A5": "项目资金（元）", "D5": "年初预算数", "E5": "全年预算数", "F5": "全年执行数",
        "G5": "分值", "H5": "执行率", "I5": "得分",
        "B6": "年度资金总额", "D6": 500000, "E6": 500000, "F6": 487400, "G6": 10,
        "H6": 0.9748, "I6": 9.75,
        "B7": "其中:本年财政拨款", "D7": 500000, "E7": 500000, "F7": 487400, "G7": None,
        "A8": "年度总体目标", "B8": "预期目标", "F8": "实际完成情况",
        "B9": "完成12个监测点位的年度监测", "F9": "已完成",
        "A10": "绩效指标", "B10": "一级指标", "C10": "二级指标", "D10": "三级指标",
        "E10": "年度指标值", "F10": "实际完成值", "G10": "分值", "H10": "得分",
        "I10": "偏差原因分析及改进措施",
        "B11": "产出指标(50分)", "C11": "数量指标", "D11": "监测点位", "E11": "≥12个",
        "F11": "12个", "G11": 30, "H11": 30, "I11": None,
        "B12": None, "C12": "质量指标", "D12": "数据合格率", "E12": "≥95%", "F12": "93%",
        "G12": 20, "H12": 19.58, "I12": "个别站点设备故障",
        "B13": "满意度指标(10分)", "C13": "服务对象满意度指标", "D13": "群众满意度",
        "A14": "总分", "G14": 70, "H14": 69.33,
        "A15": "评价等级", "B15": "优",
        "A16": "评价结论", "B16": "项目完成良好",
    }  # fmt: skip
    assert {ref: sheet[ref].value for ref in values} == values
    assert sheet.max_row == 16
    assert _merged(sheet) == {
        "A1:I1", "A2:I2", "B3:I3", "B4:D4", "F4:I4",
        "B5:C5", "B6:C6", "B7:C7", "A5:A7",
        "B8:E8", "F8:I8", "B9:E9", "F9:I9", "A8:A9",
        "A10:A13", "B11:B12",
        "A14:F14", "B15:I15", "B16:I16",
    }  # fmt: skip
    assert _formats(sheet) == {
        **dict.fromkeys(["D6", "E6", "F6", "D7", "E7", "F7"], "#,##0.00"),
        "H6": "0.00%",
        **dict.fromkeys(["G6", "I6", "G11", "H11", "G12", "H12", "G13", "H13"], "0.00"),
        **dict.fromkeys(["G14", "H14"], "0.00"),
    }
    assert read(path) == [REPORT]


def test_report_numbers_a_float_cannot_hold_are_written_as_their_text(tmp_path: Path) -> None:
    line = attrs.evolve(
        REPORT.execution[0],
        rate=Decimal("97.123456789012345678"),
        executed=Decimal("123456789012345678.91"),
        score=Decimal("-1.5"),
    )
    report = attrs.evolve(REPORT, execution=(line, *REPORT.execution[1:]))
    path = tmp_path / "自评表.xlsx"
    write_xlsx(report, path)
    sheet = _sheet(path)
    # More digits than a float holds: the text the cell would show, exactly.
    assert (sheet["H6"].value, sheet["F6"].value) == (
        "97.123456789012345678%",
        "123456789012345678.91",
    )
    assert (sheet["I6"].value, sheet["I6"].number_format) == (-1.5, "0.00")
    assert read(path) == [report]


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"layout": ReportLayout.SICHUAN}, "layout"),
        ({"details": (LabelledText(label="项目来源", text="年初预算"),)}, "details[0]"),
        (
            {"lines": (ReportedIndicator(name="监测点位", level1=Level1.OUTPUT, deduction=1),)},
            "lines[0].deduction",
        ),
        (
            {"labels": (PointsLabel(label="效益指标", points=Decimal(30), level1=Level1.BENEFIT),)},
            "labels[0]",
        ),
    ],
)
def test_what_the_10号_layout_has_no_cell_for_is_refused(
    tmp_path: Path, change: dict[str, Any], field: str
) -> None:
    path = tmp_path / "x.xlsx"
    with pytest.raises(FormError) as caught:
        write_xlsx(attrs.evolve(REPORT, **change), path)
    assert field in [problem.subject for problem in caught.value.problems]
    assert not path.exists()


@st.composite
def _evaluations(draw: st.DrawFn) -> SelfEvaluationReport:
    """A self-evaluation `self_evaluate` computed, as the report a unit files."""
    # In any order of level-1 categories: `from_evaluation` lists each label where its
    # category's first line stands, as the form reads back.
    project = draw(projects(max_indicators=5))
    names = [indicator.name for indicator in project.indicators]
    assume(len(set(names)) == len(names))
    actuals: dict[str, Any] = {}
    baselines: dict[str, Any] = {}
    events: dict[str, datetime.date] = {}
    for indicator in project.indicators:
        target = indicator.target
        assume(target is not None)
        assert target is not None
        baseline = None
        if isinstance(target, Change):
            unit = {"%": "", "个百分点": "%"}.get(target.amount.unit, target.amount.unit)
            baseline = draw(quantities(unit=st.just(unit), min_value=Decimal(1)))
            baselines[indicator.name] = baseline
        if isinstance(target, RelativeDeadline):
            assume(target.unit is not TimeUnit.WORKING_DAY)
            events[target.event] = draw(
                st.dates(datetime.date(1990, 1, 1), datetime.date(2100, 1, 1))
            )
        actuals[indicator.name] = draw(
            actuals_for(target, year=project.year, baseline=baseline, events=events or None)
        )
    budget = draw(budget_executions())
    try:
        result = self_evaluate(project, actuals, budget=budget, baselines=baselines, events=events)
    except SelfEvaluationError:
        assume(False)
        raise
    return SelfEvaluationReport.from_evaluation(project, result, budget=budget)


# Every label a form's reader knows, as `read_label` leaves it: a text so spelled is
# ambiguous in a table of any template (as in tests/test_read_table.py).
_LABELS = {
    *L.SELF_EVALUATION_COLUMNS,
    *L.SELF_EVALUATION_FOOTER_LABELS,
    *L.SELF_EVALUATION_GOAL_LABELS,
    *L.SELF_EVALUATION_TOTAL_LABELS,
    *L.EXECUTION_COLUMNS,
    *L.EXECUTION_BLOCK_LABELS,
}


def _ambiguous(report: SelfEvaluationReport) -> bool:
    texts = [report.name, report.department, report.implementing_unit, report.goal]
    texts += [line.name for line in report.lines]
    return any(
        L.is_label(text) or L.is_title(text) or L.read_label(text).text in _LABELS
        for text in texts
        if text
    )


@settings(max_examples=30, deadline=None, suppress_health_check=_HEALTH)
@given(_evaluations())
def test_a_computed_self_evaluation_reads_back_from_its_10号_form(
    report: SelfEvaluationReport,
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "自评表.xlsx"
        try:
            write_xlsx(report, path)
        except FormError as error:
            # Refused, not dropped, and only for a text the reader takes for a label.
            assert error.writing
            assert not path.exists()
            assert _ambiguous(report)
            return
        assert read(path) == [report]
