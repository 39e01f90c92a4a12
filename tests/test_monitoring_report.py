"""Monitoring tables (绩效运行监控表) read into a `MonitoringReport`, monitored, written back.

Expectations are worked by hand from the cells and the reading rules: a monitoring table is
recognised by its title (`…绩效监控表`, `…绩效运行监控表`, `…执行监控表`, `…运行监控情况表`)
or by its header row (指标值 beside a column of the value reached so far); the months covered
come from `1-N月执行数` / `半年度…`; amounts in 万元 are × 10000; a likelihood cell reads
确定能, 有可能, 不可能 (or 完全不可能). The 黄石 2019 fixture in every format is in
tests/test_templates.py.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from perfindicator import (
    BudgetExecution,
    BudgetLine,
    Change,
    Comparison,
    Deadline,
    FieldError,
    FieldTypeError,
    FormError,
    Indicator,
    Level1,
    Level2,
    Light,
    Likelihood,
    MonitoredIndicator,
    MonitoringReport,
    MonitoringRules,
    Progress,
    Project,
    Range,
    format_monitoring,
    monitor,
    parse_target,
    read_table,
)
from perfindicator.documents.document import project_of
from perfindicator.errors import Place
from perfindicator.model.kinds import FormKind
from perfindicator.strategies import targets
from tests.templates.expected import EXPECTED
from tests.templates.forms import HUBEI_HUANGSHI_2019

_: None = None
HUANGSHI_CAUSES = ("规划和目标设计", "投入保障", "制度保障", "项目管理")
"""黄石 2019's cause categories (templates.md §5.4)."""

HEADER: list[Any] = [
    "一级指标",
    "二级指标",
    "指标名称",
    "指标值",
    "1-6月执行情况",
    "完成目标可能性",
    "备注",
]
ROW: list[Any] = ["产出指标", "数量指标", "培训人次", "≥1000人次", "520人次", "确定能", _]
LINE = MonitoredIndicator(
    name="培训人次",
    level1=Level1.OUTPUT,
    level2=Level2.QUANTITY,
    target_text="≥1000人次",
    target=parse_target("≥1000人次"),
    value_text="520人次",
    likelihood=Likelihood.CERTAIN,
)


def _report(rows: list[Any], **options: Any) -> MonitoringReport:
    (report,) = read_table(rows, **options)
    assert isinstance(report, MonitoringReport)
    return report


def _problems(rows: list[Any]) -> list[str]:
    with pytest.raises(FormError) as caught:
        read_table(rows)
    return [p.message_zh for p in caught.value.problems]


# --- Recognising a monitoring table ----------------------------------------------------


@pytest.mark.parametrize(
    ("title", "year"),
    [
        ("项目支出绩效监控表(2019年度)", 2019),  # 黄石
        ("财政支出绩效运行监控表(2020年度)", 2020),  # 介休
        ("2021年项目绩效目标执行监控表", 2021),
        ("项目运行监控情况表 (2022年)", 2022),
        ("某局2023年项目支出绩效运行监控表", 2023),
    ],
)
def test_a_title_of_a_monitoring_table_reads_as_a_report(title: str, year: int) -> None:
    report = _report([[title], ["项目名称", "示例项目"], HEADER, ROW])
    assert (report.name, report.year, report.months, report.lines) == ("示例项目", year, 6, (LINE,))


def test_without_a_title_the_header_row_tells() -> None:
    # No title: 指标值 beside 1-6月执行情况 and 完成目标可能性 makes it a monitoring table.
    report = _report([["(2024年度)"], ["项目名称", "示例项目"], HEADER, ROW])
    assert report == MonitoringReport(name="示例项目", year=2024, months=6, lines=(LINE,))


def test_a_declaration_title_over_a_monitoring_header_is_a_report() -> None:
    assert _report(
        [["项目支出绩效目标表(2024年)"], ["项目名称", "示例项目"], HEADER, ROW]
    ).lines == (LINE,)


def test_a_monitoring_title_over_a_declaration_header_is_refused() -> None:
    rows = [["项目支出绩效监控表(2019年度)"], ["项目名称", "示例项目"],
            ["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "培训人次", "≥1000人次"]]  # fmt: skip
    assert _problems(rows) == ["监控表缺少指标执行情况栏目"]


def test_budget_columns_on_a_declaration_are_refused() -> None:
    rows = [["项目支出绩效目标表(2024年)"], ["项目名称", "示例项目"],
            ["项目资金", "年初预算数", "1-6月执行数"], ["年度资金总额", 10, 4],
            ["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "培训人次", "≥1000人次"]]  # fmt: skip
    assert _problems(rows) == ["有预算执行栏目而指标表缺少执行情况栏目"]


# --- The months covered and the budget -------------------------------------------------


@pytest.mark.parametrize(
    ("budget", "progress", "months"),
    [
        ("1-9月执行数", "1-9月执行情况", 9),
        ("1—3月执行数", "当前完成值", 3),
        ("执行数", "前三季度指标执行情况", 9),
        ("累计执行数", "指标执行情况", None),
        ("1至12月执行数", "1-12月完成值", 12),
    ],
)
def test_the_months_covered_come_from_the_headers(
    budget: str, progress: str, months: int | None
) -> None:
    rows = [["项目支出绩效监控表(2024年度)"], ["项目名称", "示例项目"],
            ["项目资金", "年初预算数", budget], ["年度资金总额", 10, 4],
            ["一级指标", "二级指标", "指标名称", "指标值", progress],
            ["产出指标", "数量指标", "培训人次", "≥1000人次", "520人次"]]  # fmt: skip
    assert _report(rows).months == months


def test_headers_that_disagree_on_the_months_are_refused() -> None:
    rows = [["项目支出绩效监控表(2024年度)"], ["项目名称", "示例项目"],
            ["项目资金", "年初预算数", "1-6月执行数"], ["年度资金总额", 10, 4],
            ["一级指标", "二级指标", "指标名称", "指标值", "1-9月执行情况"], ROW[:5]]  # fmt: skip
    assert _problems(rows) == ["监控月份前后不一致"]


def test_the_budget_block_in_wan_yuan() -> None:
    # 单位:万元 in the block's label: 220 万元 = 2,200,000 元; 87.57 万元 = 875,700 元.
    rows = [["项目支出绩效监控表(2019年度)"], ["项目名称", "示例项目"],
            ["项目资金(万元)", _, "年初预算数", "1-6月执行数", "全年预计执行数"],
            [_, "年度资金总额:", 220, Decimal("87.57"), "200"],
            [_, "其中:当年一般公共预算拨款", "220", "87.57", _],
            [_, "其他资金"],
            HEADER, ROW]  # fmt: skip
    report = _report(rows)
    assert report.budget_lines == (
        BudgetLine(label="年度资金总额", budget=2200000, executed=875700, forecast=2000000),
        BudgetLine(label="其中:当年一般公共预算拨款", budget=2200000, executed=875700),
        BudgetLine(label="其他资金"),
    )
    assert (report.in_yuan, report.adjusted) == (True, False)
    assert report.budget() == BudgetExecution(budget=2200000, executed=875700)
    assert report.budget_lines[0].place.row == 4


def test_the_budget_block_ends_at_a_row_with_no_amount() -> None:
    # A goal after the block is no budget line; the months still come from the block.
    rows = [["项目支出绩效监控表(2019年度)"], ["项目名称", "示例项目"], ["金额单位:元"],
            ["项目资金", "年初预算数", "1-9月执行数"], ["年度资金总额", 100, 30],
            ["年度目标", "完成培训1000人次"],
            ["一级指标", "二级指标", "指标名称", "指标值", "指标执行情况"], ROW[:5]]  # fmt: skip
    report = _report(rows)
    assert report.months == 9
    assert report.budget_lines == (BudgetLine(label="年度资金总额", budget=100, executed=30),)
    assert [(d.label, d.text) for d in report.details] == [("年度目标", "完成培训1000人次")]
    # On a declaration, the block is refused wherever it ends.
    rows[0] = ["项目支出绩效目标表(2019年度)"]
    rows[-2:] = [["一级指标", "二级指标", "三级指标", "指标值"], ROW[:4]]
    assert _problems(rows) == ["有预算执行栏目而指标表缺少执行情况栏目"]


def test_the_adjusted_budget_rules_over_the_starting_one() -> None:
    rows = [["项目支出绩效监控表(2019年度)"], ["项目名称", "示例项目"], ["金额单位:元"],
            ["项目资金", "年初预算数", "调整后预算数", "1-6月执行数"], ["年度资金总额", 100, 80, 30],
            HEADER, ROW]  # fmt: skip
    report = _report(rows)
    assert report.adjusted is True
    assert report.budget_lines == (BudgetLine(label="年度资金总额", budget=80, executed=30),)
    # The starting budget is kept, labelled by its column.
    assert [(d.label, d.text) for d in report.details] == [("年初预算数", "100")]


def test_amounts_with_no_unit_announced_are_kept_as_written() -> None:
    rows = [["项目支出绩效监控表(2019年度)"], ["项目名称", "示例项目"],
            ["项目资金", "年初预算数", "1-6月执行数"], ["年度资金总额", 220, "87.57"], HEADER, ROW]  # fmt: skip
    report = _report(rows)
    assert report.in_yuan is False
    assert report.budget_lines[0] == BudgetLine(
        label="年度资金总额", budget=220, executed=Decimal("87.57")
    )
    # The rate is the same in any unit: 87.57 / 220.
    assert report.budget() == BudgetExecution(budget=220, executed=Decimal("87.57"))
    told = _report(rows, money_unit="万元")
    assert told.in_yuan is True
    assert told.budget_lines[0].executed == 875700


def test_no_budget_block_is_no_budget() -> None:
    assert (
        _report([["项目支出绩效监控表(2019年度)"], ["项目名称", "示例项目"], HEADER, ROW]).budget()
        is None
    )


# --- The indicator lines ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "likelihood"),
    [
        ("确定能", Likelihood.CERTAIN),
        ("有可能", Likelihood.POSSIBLE),
        ("不可能", Likelihood.IMPOSSIBLE),
        ("完全不可能", Likelihood.IMPOSSIBLE),
        ("有 可 能", Likelihood.POSSIBLE),
        (_, None),
    ],
)
def test_likelihood_spellings(cell: str | None, likelihood: Likelihood | None) -> None:
    row = [*ROW[:5], cell]
    rows = [["项目支出绩效监控表(2019年度)"], ["项目名称", "示例项目"], HEADER, row]
    assert _report(rows).lines[0].likelihood is likelihood


def test_an_unknown_likelihood_is_a_problem_at_its_cell() -> None:
    rows = [["项目支出绩效监控表(2019年度)"], ["项目名称", "示例项目"], HEADER, [*ROW[:5], "可能"]]
    with pytest.raises(FormError) as caught:
        read_table(rows, source="a.xlsx")
    (problem,) = caught.value.problems
    assert (problem.where, problem.text) == (Place(file="a.xlsx", row=4, column=6), "可能")


def test_the_published_huangshi_rows() -> None:
    # The 黄石 2019 page writes the level-2 word in the 指标名称 column (质量, 时效, 成本,
    # 社会效益), headers with spaces. 质量 and 时效 stand alone: template rows left empty.
    rows = [
        ["黄石市项目支出绩效监控表 (申遗)"],
        ["(2019年度)"],
        ["项目名称", "申遗经费"],
        ["绩效指标", "一级 指标", "指标名称", "指标值", "半年度 指标执行情况",
         "完成目标可能性(确定能、有可能、不可能)", "备注"],
        [_, "产 出 指 标", "质量", _, _, _, _],
        [_, _, "时效", _, _, _, _],
        [_, _, "成本", "年度预算220万元", "按进度执行,已使用约40%", "确定能", _],
        [_, "效 益 指 标", "社会效益", _, "先后举办有社会影响力的活动5场", "确定能", _],
        ["偏差或不能完成目标原因分析"],
        ["相关建议或举措"],
    ]  # fmt: skip
    report = _report(rows)
    assert report.empty_rows == 2
    assert report.months == 6
    assert report.lines == (
        MonitoredIndicator(
            name="成本", level1=Level1.OUTPUT, target_text="年度预算220万元",
            target=parse_target("年度预算220万元"), value_text="按进度执行,已使用约40%",
            likelihood=Likelihood.CERTAIN,
        ),
        MonitoredIndicator(
            name="社会效益", level1=Level1.BENEFIT,
            value_text="先后举办有社会影响力的活动5场", likelihood=Likelihood.CERTAIN,
        ),
    )  # fmt: skip
    assert (report.causes, report.measures) == ("", "")
    # The names are level-2 words: the project takes its categories from them.
    assert [(i.level2, i.name) for i in report.project().indicators] == [
        (Level2.COST, "成本"),
        (Level2.SOCIAL, "社会效益"),
    ]
    # 按进度执行… is none of the outcome words the target 年度预算220万元 (words) takes:
    # progress() says so at the value's cell rather than guess.
    with pytest.raises(FormError) as caught:
        report.progress()
    (problem,) = caught.value.problems
    assert (problem.where.row, problem.where.column) == (7, 5)
    assert problem.text == "按进度执行,已使用约40%"


def test_the_production_layout_with_per_line_causes() -> None:
    # Split target cells (计算符号, 年度指标值, 计量单位), 当前完成值 typed as a number, the
    # forecast, the causes and the measures in columns of their own.
    rows = [
        ["项目支出绩效运行监控表(2024年度)"],
        ["项目名称", "示例项目"],
        ["一级指标名称", "二级指标名称", "三级指标名称", "计算符号", "年度指标值", "计量单位",
         "当前完成值", "全年预计完成情况", "完成目标可能性", "偏差原因分析", "相关建议或举措"],
        ["产出指标", "数量指标", "培训人次", "≥", 1000, "人次", 300, "900", "有可能",
         "经费保障、人员保障", "加快资金拨付"],
    ]  # fmt: skip
    report = _report(rows)
    (line,) = report.lines
    assert line == MonitoredIndicator(
        name="培训人次", level1=Level1.OUTPUT, level2=Level2.QUANTITY, target_text="≥1000人次",
        target=parse_target(">=1000人次"), value_text="300", likelihood=Likelihood.POSSIBLE,
        forecast="900", causes="经费保障、人员保障", measures="加快资金拨付",
    )  # fmt: skip
    assert line.value == Decimal(300)
    assert report.progress() == {
        "培训人次": Progress(
            value=Decimal(300), forecast="900", likelihood=Likelihood.POSSIBLE,
            causes=("经费保障", "人员保障"), analysis="经费保障、人员保障",
            measures="加快资金拨付",
        )
    }  # fmt: skip
    # June: 300 of 1000, pro-rated by 6/12: 300 / 500 = 0.6, yellow (60% ≤ v < 80%).
    monitoring = monitor(report.project(), report.progress(), on=datetime.date(2024, 6, 30))
    assert (monitoring.lines[0].attainment, monitoring.light) == (Decimal("0.6000"), Light.YELLOW)


def test_a_row_with_a_target_and_no_name_is_a_problem() -> None:
    rows = [["项目支出绩效监控表(2019年度)"], ["项目名称", "示例项目"], HEADER,
            ["产出指标", "数量指标", _, "≥1000人次", "520人次"]]  # fmt: skip
    assert _problems(rows) == ["缺少指标名称"]


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        (["其他类", "数量指标", "培训人次", "≥1000人次"], "一级指标无法识别"),
        (["产出指标", "其他类", "培训人次", "≥1000人次"], "二级指标无法识别"),
        (["产出指标", "数量指标", "培训人次", "≥>1000"], "指标目标值无法解析"),
    ],
)
def test_a_cell_that_cannot_be_read_is_a_problem(row: list[Any], problem: str) -> None:
    rows = [["项目支出绩效监控表(2019年度)"], ["项目名称", "示例项目"], HEADER, row]
    assert _problems(rows)[0] == problem


def test_a_note_under_the_table_is_a_detail() -> None:
    rows = [["项目支出绩效监控表(2019年度)"], ["项目名称", "示例项目"], HEADER, ROW,
            ["注:1.完成目标可能性分三级"]]  # fmt: skip
    assert [(d.label, d.text) for d in _report(rows).details] == [("注", "1.完成目标可能性分三级")]


# --- The 黄石 fixture, monitored ------------------------------------------------------


def test_the_huangshi_fixture_gives_monitor_its_inputs() -> None:
    report = EXPECTED["hubei_huangshi_2019"]
    assert isinstance(report, MonitoringReport)
    # Of the footers' text, the 黄石 categories it names, for the lines of 有可能.
    causes, measures = ("投入保障", "项目管理"), "协调备用培训场地,9月底前开班;加强学员跟踪服务。"
    # ... and the footer's words as written, the analysis.
    analysis = (
        "投入保障:第三期培训场地改造未完工,培训推迟至9月;项目管理:部分学员结业考核安排在下半年。"
    )
    possible = Likelihood.POSSIBLE
    assert report.progress(HUANGSHI_CAUSES) == {
        "培训人次": Progress(value="520人次", likelihood=Likelihood.CERTAIN),
        "培训考核合格率": Progress(value="92%", likelihood=Likelihood.CERTAIN),
        "第三期培训完成时间": Progress(
            value=None,
            likelihood=possible,
            causes=causes,
            analysis=analysis,
            measures=measures,
            remark="场地改造推迟",
        ),
        "人均培训成本": Progress(value="1684元/人", likelihood=Likelihood.CERTAIN),
        "参训人员就业技能": Progress(
            value="基本达到",
            likelihood=possible,
            causes=causes,
            analysis=analysis,
            measures=measures,
        ),
        "参训人员满意度": Progress(value="93%", likelihood=Likelihood.CERTAIN),
    }
    # 136号's categories are none of the words the footer uses.
    assert report.progress()["参训人员就业技能"].causes == ()
    monitoring = monitor(
        report.project(),
        report.progress(HUANGSHI_CAUSES),
        on=datetime.date(2019, 6, 30),
        budget=report.budget(),
        rules=MonitoringRules(causes=HUANGSHI_CAUSES),
    )
    # June, time progress 1/2. 520 of 1000人次 pro-rated: 520 / 500 = 1.04, green. 92% of
    # 90%, a rate: 1.0222, green. 2019-11-30 not passed: green. 1684 ≤ 2200元/人: green.
    # 基本达到 is partly achieved: yellow. 93% of 90%: 1.0333, green. The project: yellow.
    assert [(line.light, line.attainment) for line in monitoring.lines] == [
        (Light.GREEN, Decimal("1.0400")),
        (Light.GREEN, Decimal("1.0222")),
        (Light.GREEN, None),
        (Light.GREEN, None),
        (Light.YELLOW, None),
        (Light.GREEN, Decimal("1.0333")),
    ]
    assert monitoring.light is Light.YELLOW
    # 875,700 of 2,200,000 = 0.398045…, over 1/2 = 0.79609…: yellow (below 80%), shown
    # rounded down.
    assert (monitoring.budget_attainment, monitoring.budget_light) == (
        Decimal("0.7960"),
        Light.YELLOW,
    )


def test_the_project_of_a_report() -> None:
    report = EXPECTED["hubei_huangshi_2019"]
    assert isinstance(report, MonitoringReport)
    project = project_of(report)
    assert project == report.project()
    assert (project.name, project.year, project.kind) == (
        "社区居民职业技能培训",
        2019,
        FormKind.TARGETS,
    )
    assert project.indicators[2] == Indicator(
        level2=Level2.TIMELINESS, name="第三期培训完成时间",
        target=parse_target("2019年11月底前"), explanation="场地改造推迟",
    )  # fmt: skip
    plain = Project(name="示例", year=2024)
    assert project_of(plain) is plain


def test_a_line_of_no_category_has_no_project() -> None:
    report = MonitoringReport(name="示例", year=2024, lines=(MonitoredIndicator(name="培训人次"),))
    with pytest.raises(FormError, match="二级指标"):
        report.project()
    # Under 满意度指标, or named …满意度, it is a satisfaction indicator.
    satisfied = MonitoringReport(name="示例", year=2024, lines=(
        MonitoredIndicator(name="群众满意度"),
        MonitoredIndicator(name="评价", level1=Level1.SATISFACTION),
    ))  # fmt: skip
    assert [i.level2 for i in satisfied.project().indicators] == [Level2.SATISFACTION] * 2


def test_progress_takes_a_vocabulary_not_one_cause() -> None:
    with pytest.raises(FieldTypeError, match="vocabulary"):
        MonitoringReport(name="示例", year=2024).progress("投入保障")


def test_progress_refuses_a_name_given_twice() -> None:
    report = MonitoringReport(name="示例", year=2024, lines=(LINE, LINE))
    with pytest.raises(FormError, match="given twice"):
        report.progress()


@pytest.mark.parametrize(
    ("target", "value"),
    [(">=90%", "良好"), ("2024年9月底前", "九月"), ("提升", "很好"), ("增长10%", "2024-01-01")],
)
def test_progress_never_guesses_a_value(target: str, value: str) -> None:
    line = attrs.evolve(LINE, target_text=target, target=parse_target(target), value_text=value)
    with pytest.raises(FormError) as caught:
        MonitoringReport(name="示例", year=2024, lines=(line,)).progress()
    assert caught.value.problems[0].text == value


def test_progress_reads_values_of_every_kind() -> None:
    cases = [(">=90%", "92%"), ("2024年9月底前", "2024-08-31"), ("提升", "基本达到"),
             ("增长10%", "120"), ("合同签订后30日内", "2024-05-01"), ("1次/月", "5次")]  # fmt: skip
    lines = tuple(
        MonitoredIndicator(name=f"指标{k}", target_text=t, target=parse_target(t), value_text=v)
        for k, (t, v) in enumerate(cases)
    )
    report = MonitoringReport(name="示例", year=2024, lines=lines)
    assert [p.value for p in report.progress().values()] == [
        "92%", datetime.date(2024, 8, 31), "基本达到", Decimal(120), datetime.date(2024, 5, 1), "5次",
    ]  # fmt: skip


# --- Validation -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("build", "field"),
    [
        (lambda: MonitoredIndicator(name="x", target_text="≥1个"), "target"),
        (lambda: MonitoredIndicator(name="x", target=parse_target("≥1个")), "target"),
        (lambda: MonitoredIndicator(name=" "), "name"),
        (lambda: MonitoredIndicator(name="x", likelihood="确定能"), "likelihood"),  # type: ignore[arg-type]
        (lambda: MonitoringReport(name="x", year=2024, months=13), "months"),
        (lambda: MonitoringReport(name="x", year=2024, months=0), "months"),
        (lambda: MonitoringReport(name="x", year=2024, in_yuan=False), "in_yuan"),
        (lambda: MonitoringReport(name="x", year=2024, adjusted=True), "adjusted"),
        (lambda: BudgetLine(label="x", budget=-1), "budget"),
        (lambda: BudgetLine(label="x", executed=1.5), "executed"),
    ],
)
def test_invalid_parts_are_refused(build: Any, field: str) -> None:
    with pytest.raises(FieldError) as caught:
        build()
    assert caught.value.field == field


def test_a_zero_budget_cannot_be_executed() -> None:
    report = MonitoringReport(
        name="x", year=2024, budget_lines=(BudgetLine(label="年度资金总额", budget=0, executed=0),)
    )
    with pytest.raises(FieldError):
        report.budget()


def test_format_monitoring_refuses_anything_else() -> None:
    with pytest.raises(FieldTypeError):
        format_monitoring(Project(name="x", year=2024))  # type: ignore[arg-type]


def test_the_repr_names_what_differs_from_the_defaults() -> None:
    assert repr(BudgetLine(label="年度资金总额", budget=10)) == (
        "BudgetLine(label='年度资金总额', budget=Decimal('10'))"
    )


# --- Written back -----------------------------------------------------------------------


def test_the_huangshi_report_is_written_back() -> None:
    report = EXPECTED["hubei_huangshi_2019"]
    assert isinstance(report, MonitoringReport)
    rows = format_monitoring(report)
    # Details are not written: the rest reads back as it was.
    assert read_table(rows) == [attrs.evolve(report, details=())]
    assert rows[0][0] == "项目支出绩效监控表"
    assert rows[-2][:2] == ["偏差或不能完成目标原因分析", report.causes]


_NAMES = ("培训人次", "受益群众人数", "资金到位率", "项目完成时间", "设备采购数量", "服务质量",
          "群众知晓率", "参训人员满意度", "人均培训成本", "宣传活动场次")  # fmt: skip
_TARGET_TEXTS = ("≥1000人次", "≥90%", "2019年11月底前", "≤2200元/人", "有效提升", "=100%",
                 "1-12月", "3个月内", "每季度1次", "合同签订后30日内")  # fmt: skip
_VALUES = ("520人次", "92%", "2019-05-20", "基本达到", "300", "1684元/人", "12.5", "按计划推进")
_TEXTS = ("", "场地改造推迟", "投入保障不足", "加快资金拨付", "900人次")
_AMOUNTS = st.none() | st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False)
_TARGETS = targets(kinds=(Comparison, Range, Deadline, Change))


@st.composite
def _lines(draw: st.DrawFn, level1: bool, level2: bool) -> MonitoredIndicator:
    if draw(st.booleans()):
        target: Any = draw(_TARGETS)
        text = str(target)
    else:
        text = draw(st.sampled_from(("", *_TARGET_TEXTS)))
        target = parse_target(text) if text else None
    return MonitoredIndicator(
        name=draw(st.sampled_from(_NAMES)),
        level1=draw(st.sampled_from(Level1)) if level1 else None,
        level2=draw(st.sampled_from(Level2)) if level2 else None,
        target_text=text,
        target=target,
        value_text=draw(st.sampled_from(("", *_VALUES))),
        likelihood=draw(st.none() | st.sampled_from(Likelihood)),
        remark=draw(st.sampled_from(_TEXTS)),
        forecast=draw(st.sampled_from(("", "", "900人次", "95%"))),
        causes=draw(st.sampled_from(("", "", "经费保障"))),
        measures=draw(st.sampled_from(("", "", "加快资金拨付"))),
    )


@st.composite
def _budget_lines(draw: st.DrawFn) -> BudgetLine:
    amounts = draw(st.tuples(_AMOUNTS, _AMOUNTS, _AMOUNTS).filter(lambda a: a != (None,) * 3))
    label = draw(
        st.sampled_from(("年度资金总额", "其中:当年一般公共预算拨款", "其中:财政拨款", ""))
    )
    return BudgetLine(label=label, budget=amounts[0], executed=amounts[1], forecast=amounts[2])


@st.composite
def monitoring_reports(draw: st.DrawFn) -> MonitoringReport:
    """Reports `format_monitoring` can write: no details, unclaimed cells or empty rows, and
    categories given on every line or on none (a blank cell carries the one above down)."""
    level1, level2 = draw(st.booleans()), draw(st.booleans())
    budget_lines = tuple(draw(st.lists(_budget_lines(), max_size=3)))
    return MonitoringReport(
        name=draw(st.sampled_from(("社区居民职业技能培训", "申遗经费", "乡村绿化美化项目"))),
        year=draw(st.integers(2000, 2099)),
        months=draw(st.none() | st.integers(1, 12)),
        department=draw(st.sampled_from(("", "黄石市人力资源和社会保障局"))),
        implementing_unit=draw(st.sampled_from(("", "黄石市职业技能培训指导中心"))),
        adjusted=draw(st.booleans()) if budget_lines else False,
        budget_lines=budget_lines,
        in_yuan=draw(st.booleans()) if budget_lines else True,
        lines=tuple(draw(st.lists(_lines(level1, level2), max_size=6))),
        causes=draw(st.sampled_from(_TEXTS)),
        measures=draw(st.sampled_from(_TEXTS)),
    )


@given(monitoring_reports())
def test_a_report_written_reads_back_as_itself(report: MonitoringReport) -> None:
    assert read_table(format_monitoring(report)) == [report]


def test_the_fixture_table_is_the_expected_report() -> None:
    assert read_table(HUBEI_HUANGSHI_2019.rows) == [EXPECTED["hubei_huangshi_2019"]]


def test_a_part_of_the_budget_is_not_taken_for_the_whole() -> None:
    # The total line 年度资金总额 left out: 其中:当年财政拨款 is a part, not the budget.
    part = BudgetLine(label="其中:当年财政拨款", budget=Decimal(100), executed=Decimal(80))
    other = BudgetLine(label="其他资金", budget=Decimal(100), executed=Decimal(10))
    report = MonitoringReport(name="社区培训", year=2019, months=6, budget_lines=(part, other))
    with pytest.raises(FormError, match="no total line"):
        report.budget()
    total = BudgetLine(label="年度资金总额:", budget=Decimal(200), executed=Decimal(90))
    both = attrs.evolve(report, budget_lines=(part, other, total))
    assert both.budget() == BudgetExecution(budget=200, executed=90)


@pytest.mark.parametrize(
    ("analysis", "causes"),
    [
        ("经费保障、人员保障", ("经费保障", "人员保障")),
        ("人员保障；经费保障", ("经费保障", "人员保障")),  # vocabulary order
        ("经费保障:资金未到位;其他:天气", ("经费保障", "其他")),
        ("无经费保障问题", ()),  # a word inside a sentence names no cause
        ("受疫情影响，进度滞后", ()),
    ],
)
def test_causes_are_read_from_items_not_guessed(analysis: str, causes: tuple[str, ...]) -> None:
    line = MonitoredIndicator(
        name="培训人次", target_text="≥1000人次", target=parse_target(">=1000人次"),
        value_text="300人次", likelihood=Likelihood.POSSIBLE, causes=analysis, measures="加快",
    )  # fmt: skip
    report = MonitoringReport(name="社区培训", year=2019, months=6, lines=(line,))
    progress = report.progress()["培训人次"]
    assert (progress.causes, progress.analysis) == (causes, analysis)


@pytest.mark.parametrize("label", ["预算总额", "年度预算总额", "资金合计", "项目总投资"])
def test_a_total_is_known_by_how_its_label_ends(label: str) -> None:
    part = BudgetLine(label="其中:当年财政拨款", budget=Decimal(100), executed=Decimal(80))
    total = BudgetLine(label=label, budget=Decimal(200), executed=Decimal(90))
    report = MonitoringReport(name="社区培训", year=2019, months=6, budget_lines=(part, total))
    assert report.budget() == BudgetExecution(budget=200, executed=90)


def test_a_single_budget_line_is_the_whole_budget() -> None:
    only = BudgetLine(label="当年财政拨款:", budget=Decimal(220), executed=Decimal("87.57"))
    report = MonitoringReport(name="社区培训", year=2019, months=6, budget_lines=(only,))
    assert report.budget() == BudgetExecution(budget=220, executed=Decimal("87.57"))


@pytest.mark.parametrize(
    ("analysis", "causes"),
    [
        ("投入保障:场地未完工。项目管理:考核推迟", ("投入保障", "项目管理")),
        ("1.投入保障:场地未完工;2.项目管理:考核推迟", ("投入保障", "项目管理")),
        ("(1)投入保障:场地未完工", ("投入保障",)),
        ("投入保障/项目管理", ("投入保障", "项目管理")),
        ("投入保障 项目管理", ("投入保障", "项目管理")),
        ("一是投入保障不足；二是项目管理", ("项目管理",)),  # 投入保障不足 is a sentence
    ],
)
def test_numbered_and_other_lists_of_causes(analysis: str, causes: tuple[str, ...]) -> None:
    line = MonitoredIndicator(
        name="培训人次", target_text="≥1000人次", target=parse_target(">=1000人次"),
        value_text="300人次", likelihood=Likelihood.POSSIBLE, causes=analysis, measures="加快",
    )  # fmt: skip
    report = MonitoringReport(name="社区培训", year=2019, months=6, lines=(line,))
    assert report.progress(("投入保障", "项目管理"))["培训人次"].causes == causes
