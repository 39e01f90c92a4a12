"""`SelfEvaluationReport` and its parts: what a published self-evaluation states, as data.

Reading actuals as forms write them, the report's views (`budget`, `project`, `actuals`,
`points`, `grade`) and `from_evaluation`, with expected values worked from the rules.
"""

from __future__ import annotations

import datetime
from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from perfindicator import (
    BudgetExecution,
    ExecutionLine,
    FormError,
    FormKind,
    Grade,
    Indicator,
    Level1,
    Level2,
    Outcome,
    PointsLabel,
    Project,
    ReportedIndicator,
    SelfEvaluationReport,
    Weights,
    audit,
    parse_target,
    self_evaluate,
)
from perfindicator.errors import FieldError, FieldTypeError
from perfindicator.grammar.actuals import NOT_APPLICABLE, is_not_applicable, read_actual


@pytest.mark.parametrize(
    ("written", "read"),
    [
        # Outcome wordings, long and short (the forms' own).
        ("达成预期指标", Outcome.ACHIEVED),
        ("已完成", Outcome.ACHIEVED),
        ("基本达到", Outcome.PARTLY_ACHIEVED),
        ("未完成", Outcome.NOT_ACHIEVED),
        # A value stated with `=`: the figure.
        ("﹦100%", "100%"),
        ("=95", "95"),
        # Another comparator, without a target to match: as written, never guessed.
        ("≥266米", "≥266米"),
        # Not applicable: no value, not zero.
        ("/", None),
        (" 无 ", None),
        ("", None),
        # Everything else as written, for evaluate to read against its target.
        ("98.5%", "98.5%"),
        ("良好", "良好"),
        ("2022年11月30日", "2022年11月30日"),
        ("≥", "≥"),  # a sign with nothing after it is left to the target to refuse
    ],
)
def test_actuals_are_read_as_forms_write_them(written: str, read: object) -> None:
    assert read_actual(written) == read


@pytest.mark.parametrize(
    ("target", "written", "read"),
    [
        # The target repeated with its comparator (中江 2022): the figure.
        ("≥266米", "≥266米", "266米"),
        (">=90%", "≥90%", "90%"),
        ("≤15399.72万元", "≤ 15399.72万元", "15399.72万元"),
        # A comparator pointing the other way says the target was missed by an unknown
        # amount: left as written, for evaluate to refuse (the audit reports AU106).
        ("≥90%", "<90%", "<90%"),
        ("≤20万元", ">20万元", ">20万元"),
        ("≥90%", "≤95%", "≤95%"),
        # The target's own words are met, even when they spell an outcome or a mark.
        ("否", "否", "否"),
        ("无", "无", "无"),
        ("是", "是", "是"),
    ],
)
def test_actuals_are_read_against_their_target(target: str, written: str, read: str) -> None:
    assert read_actual(written, parse_target(target)) == read


@given(st.sampled_from(sorted(NOT_APPLICABLE)), st.sampled_from(["", " ", "\u3000"]))
def test_not_applicable_marks_with_any_padding(mark: str, pad: str) -> None:
    assert is_not_applicable(pad + mark + pad)
    assert read_actual(pad + mark + pad) is None


@given(st.decimals(min_value=0, max_value=10**6, places=2))
def test_a_number_is_kept_as_written(value: D) -> None:
    assert read_actual(f"{value:f}") == f"{value:f}"


def test_a_line_that_does_not_apply() -> None:
    line = ReportedIndicator(name="生态效益", target_text="/", actual_text="/")
    assert not line.applicable
    assert line.actual is None
    # A line with points applies whatever its cells say: `无` may be the target itself.
    no_accident = ReportedIndicator(
        name="安全事故", target_text="无", target=parse_target("无"), actual_text="无", points=D(10)
    )
    assert no_accident.applicable
    assert no_accident.actual == "无"
    missing = ReportedIndicator(name="满意度", target_text="≥90%", actual_text="无", points=D(10))
    assert missing.applicable
    assert missing.actual is None


def test_a_target_needs_its_text() -> None:
    with pytest.raises(FieldError, match="target_text is empty"):
        ReportedIndicator(name="满意度", target=parse_target("≥90%"))
    # A text that cannot be read keeps target None: the audit reports it.
    assert ReportedIndicator(name="满意度", target_text="见附件").target is None


def test_published_numbers_are_kept_whatever_they_are() -> None:
    line = ReportedIndicator(name="满意度", points=D(10), score=D(-1), deduction=D(12))
    assert (line.score, line.deduction) == (D(-1), D(12))
    with pytest.raises(FieldTypeError):
        ReportedIndicator(name="满意度", score=9.5)
    with pytest.raises(FieldError):
        ExecutionLine(rate=D("NaN"))


@pytest.mark.parametrize(
    ("written", "grade"),
    [("优", Grade.EXCELLENT), ("优秀", Grade.EXCELLENT), ("良好", Grade.GOOD),
     ("合格", Grade.FAIR), ("差", Grade.POOR), ("很好", None), ("", None)],
)  # fmt: skip
def test_grades_as_written(written: str, grade: Grade | None) -> None:
    assert SelfEvaluationReport(name="示例", year=2022, grade_text=written).grade is grade


def test_the_budget_is_the_total_row() -> None:
    part = ExecutionLine(label="其中:本年财政拨款", budget=D(80), executed=D(70))
    total = ExecutionLine(label="年度资金总额", budget=D(100), executed=D(95))
    report = SelfEvaluationReport(name="示例", year=2022, execution=(part, total))
    assert report.total_line is total
    assert report.budget() == BudgetExecution(budget=100, executed=95)
    # Parts only: no total, no budget (a part is not taken for the whole).
    assert SelfEvaluationReport(name="示例", year=2022, execution=(part, part)).budget() is None
    # A zero budget has no execution rate.
    zero = ExecutionLine(label="年度资金总额", budget=D(0), executed=D(0))
    assert SelfEvaluationReport(name="示例", year=2022, execution=(zero,)).budget() is None


def test_adjusted_and_in_yuan_need_execution_rows() -> None:
    with pytest.raises(FieldError, match="without execution lines"):
        SelfEvaluationReport(name="示例", year=2022, adjusted=True)


LINES = (
    ReportedIndicator(
        name="培训人次", level1=Level1.OUTPUT, level2=Level2.QUANTITY, target_text="≥1000人次",
        target=parse_target("≥1000人次"), actual_text="≥1000人次", points=D(50), score=D(50),
    ),
    ReportedIndicator(
        name="群众满意度", level1=Level1.SATISFACTION, target_text="≥90%",
        target=parse_target("≥90%"), actual_text="93%", points=D(40), score=D(40),
    ),
    ReportedIndicator(name="/", level1=Level1.BENEFIT, target_text="/", actual_text="/"),
)  # fmt: skip


def test_the_project_actuals_and_points_of_a_report() -> None:
    report = SelfEvaluationReport(name="示例", year=2022, department="区人社局", lines=LINES)
    project = report.project()
    assert project.kind is FormKind.TARGETS
    assert project.department == "区人社局"
    # The 满意度 line has no level-2 column: its name gives 服务对象满意度指标.
    assert [(i.name, i.level2) for i in project.indicators] == [
        ("培训人次", Level2.QUANTITY),
        ("群众满意度", Level2.SATISFACTION),
    ]
    assert report.actuals() == {"培训人次": "1000人次", "群众满意度": "93%"}
    assert report.points() == {"培训人次": D(50), "群众满意度": D(40)}


def test_a_line_without_a_level2_is_a_form_error() -> None:
    line = ReportedIndicator(name="工作成效", target_text="良好", target=parse_target("良好"))
    with pytest.raises(FormError, match="level-2"):
        SelfEvaluationReport(name="示例", year=2022, lines=(line,)).project()


PROJECT = Project(
    name="社区培训",
    year=2022,
    department="区人社局",
    start=datetime.date(2022, 1, 1),
    end=datetime.date(2022, 12, 31),
    indicators=(
        Indicator(level2=Level2.QUANTITY, name="培训人次", target=parse_target(">=1000人次")),
        Indicator(level2=Level2.SOCIAL, name="就业技能", target=parse_target("有效提升")),
        Indicator(level2=Level2.SATISFACTION, name="满意度", target=parse_target(">=90%")),
    ),
)
ACTUALS = {"培训人次": "950人次", "就业技能": "有效提升", "满意度": "92%"}


def test_from_evaluation_files_what_was_computed() -> None:
    spent = BudgetExecution(budget=D(200000), executed=D(197000))
    result = self_evaluate(PROJECT, ACTUALS, budget=spent)
    report = SelfEvaluationReport.from_evaluation(
        PROJECT, result, budget=spent, notes={"培训人次": "第四期延至次年"}
    )
    # 10 × 197000/200000 = 9.85; rate 98.50%. 50 × 950/1000 = 47.50; 30; 10; total 97.35.
    (row,) = report.execution
    assert (row.budget, row.executed, row.rate, row.points, row.score) == (
        D(200000), D(197000), D("98.50"), D(10), D("9.85"),
    )  # fmt: skip
    assert [(x.name, x.target_text, x.actual_text, x.points, x.score) for x in report.lines] == [
        ("培训人次", ">=1000人次", "950人次", D(50), D("47.50")),
        ("就业技能", "有效提升", "达成年度指标", D(30), D(30)),
        ("满意度", ">=90%", "92%", D(10), D(10)),
    ]
    assert [(x.label, x.points) for x in report.labels] == [
        ("产出指标", D(50)), ("效益指标", D(30)), ("满意度指标", D(10)),
    ]  # fmt: skip
    assert (report.total, report.grade) == (D("97.35"), Grade.EXCELLENT)
    assert report.lines[0].note == "第四期延至次年"
    # What perfindicator computed passes its own audit.
    assert audit(report).discrepancies == ()


def test_from_evaluation_without_a_budget() -> None:
    result = self_evaluate(PROJECT, ACTUALS)
    report = SelfEvaluationReport.from_evaluation(PROJECT, result)
    assert (report.execution, report.grade_text, report.total) == ((), "", D("87.50"))


def test_from_evaluation_refuses_a_mismatch() -> None:
    spent = BudgetExecution(budget=D(100), executed=D(100))
    result = self_evaluate(PROJECT, ACTUALS)
    with pytest.raises(FieldError, match="budget"):
        SelfEvaluationReport.from_evaluation(PROJECT, result, budget=spent)
    other = Project(name="其他", year=2022, indicators=PROJECT.indicators)
    with pytest.raises(FieldError, match="self-evaluation of 其他"):
        SelfEvaluationReport.from_evaluation(other, result)
    with pytest.raises(FieldTypeError):
        SelfEvaluationReport.from_evaluation(PROJECT, "result")  # type: ignore[arg-type]


def test_points_labels() -> None:
    label = PointsLabel(label="年度绩效目标1", points=D(40))
    assert label.level1 is None
    with pytest.raises(FieldError):
        PointsLabel(label="", points=D(40))


def test_weights_of_a_report_from_evaluation_with_cost() -> None:
    weights = Weights(output=40, cost=10)
    project = Project(
        name="示例",
        year=2022,
        indicators=(
            Indicator(level2=Level2.QUANTITY, name="培训人次", target=parse_target(">=10人次")),
            Indicator(level2=Level2.ECONOMIC_COST, name="人均成本", target=parse_target("<=5元")),
            Indicator(level2=Level2.SOCIAL, name="就业", target=parse_target("提升")),
            Indicator(level2=Level2.SATISFACTION, name="满意度", target=parse_target(">=90%")),
        ),
    )
    actuals = {"培训人次": "10人次", "人均成本": "5元", "就业": "提升", "满意度": "90%"}
    result = self_evaluate(project, actuals, weights=weights)
    report = SelfEvaluationReport.from_evaluation(project, result)
    # In table order: the cost line comes second.
    assert [(x.label, x.points) for x in report.labels] == [
        ("产出指标", D(40)), ("成本指标", D(10)), ("效益指标", D(30)), ("满意度指标", D(10)),
    ]  # fmt: skip


def test_a_report_without_a_budget_writes_and_reads_back(tmp_path: object) -> None:
    from pathlib import Path

    from perfindicator.io import read, write_xlsx

    result = self_evaluate(PROJECT, ACTUALS)
    report = SelfEvaluationReport.from_evaluation(PROJECT, result)
    assert report.layout is None
    path = Path(str(tmp_path)) / "自评表.xlsx"
    write_xlsx(report, path)
    assert read(path) == [report]
