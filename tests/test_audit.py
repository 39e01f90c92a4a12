"""`audit`: every discrepancy code on a hand-built report, with the figures worked by hand.

Each report starts from one that is right in every figure (`clean`), and each test breaks
one thing. The expected values are computed in the comments from the rules (财预〔2020〕10号
and the scoring page), never taken from the audit's output.
"""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

import attrs
import pytest

from perfindicator import (
    Audit,
    ExecutionLine,
    Level1,
    Level2,
    PointsLabel,
    ReportedIndicator,
    ReportLayout,
    SelfEvaluationReport,
    Severity,
    Weights,
    audit,
    parse_target,
)
from perfindicator.audits.discrepancies import CODES, Discrepancy
from perfindicator.errors import FieldError, FieldTypeError
from perfindicator.reports.scheme import (
    HUBEI_2020,
    SICHUAN_2023,
    ExecutionBand,
    QualitativeBands,
    ScoringScheme,
)


def line(
    name: str,
    target: str,
    actual: str,
    points: D | None,
    score: D | None,
    *,
    level1: Level1 = Level1.OUTPUT,
    level2: Level2 = Level2.QUANTITY,
    **more: object,
) -> ReportedIndicator:
    return ReportedIndicator(
        name=name,
        level1=level1,
        level2=level2,
        target_text=target,
        target=parse_target(target) if target and target != "/" else None,
        actual_text=actual,
        points=points,
        score=score,
        **more,  # type: ignore[arg-type]
    )


# A report right in every figure (the 10号 split: execution 10, 产出 50, 效益 30, 满意度 10):
# execution 95 of 100 = 95.00%, 10 × 0.95 = 9.50; every target met, so each line scores its
# points; total 9.50 + 50 + 30 + 10 = 99.50, grade 优 (≥ 90).
CLEAN = SelfEvaluationReport(
    name="社区培训",
    year=2022,
    layout=ReportLayout.CENTRAL_10,
    execution=(
        ExecutionLine(
            label="年度资金总额",
            initial=D(100),
            budget=D(100),
            executed=D(95),
            rate=D("95.00"),
            points=D(10),
            score=D("9.50"),
        ),
    ),
    labels=(
        PointsLabel(label="产出指标", points=D(50), level1=Level1.OUTPUT),
        PointsLabel(label="效益指标", points=D(30), level1=Level1.BENEFIT),
        PointsLabel(label="满意度指标", points=D(10), level1=Level1.SATISFACTION),
    ),
    lines=(
        line("培训人次", "≥1000人次", "1020人次", D(30), D(30)),
        line("考核合格率", "≥90%", "92%", D(20), D(20), level2=Level2.QUALITY),
        line(
            "就业技能", "有效提升", "达成预期指标", D(30), D(30),
            level1=Level1.BENEFIT, level2=Level2.SOCIAL,
        ),
        line(
            "参训满意度", "≥90%", "93%", D(10), D(10),
            level1=Level1.SATISFACTION, level2=Level2.SATISFACTION,
        ),
    ),
    total=D("99.50"),
    grade_text="优",
)  # fmt: skip


def with_line(k: int, **changes: object) -> SelfEvaluationReport:
    lines = list(CLEAN.lines)
    lines[k] = attrs.evolve(lines[k], **changes)  # type: ignore[arg-type]
    return attrs.evolve(CLEAN, lines=tuple(lines))


def codes(result: Audit) -> list[str]:
    return [d.code for d in result.discrepancies]


def only(result: Audit, code: str) -> Discrepancy:
    (found,) = [d for d in result.discrepancies if d.code == code]
    return found


def test_a_clean_report_has_no_discrepancy_and_recomputes_to_its_total() -> None:
    result = audit(CLEAN)
    assert result.discrepancies == ()
    assert result.total == result.reported_total == D("99.50")
    assert result.execution_score == D("9.50")
    assert result.scheme.name == "central_10"
    assert result.recomputed is not None
    assert result.recomputed.total == D("99.50")
    assert [a.recomputed for a in result.lines] == [D(30), D(20), D(30), D(10)]


def test_au101_a_quantitative_line_scored_above_the_rule() -> None:
    # 950 of ≥1000 人次: 30 × 950/1000 = 28.50, printed 30 (and a note, so no AU109);
    # the printed total still adds up (30 + 20 + 30 + 10 + 9.50 = 99.50).
    report = with_line(0, actual_text="950人次", note="两期培训合并")
    result = audit(report)
    assert codes(result) == ["AU101"]
    found = only(result, "AU101")
    assert (found.indicator, found.reported, found.recomputed) == ("培训人次", D(30), D("28.50"))
    assert found.severity is Severity.ERROR
    # The recomputed total takes the rule's 28.50: 99.50 − 1.50 = 98.00.
    assert result.total == D("98.00")


def test_au102_a_score_below_the_rule_is_discretion() -> None:
    # Actual = target, full points by the rule, printed 27 of 30 (丽江 2020 practice);
    # the total printed follows the printed parts: 27 + 20 + 30 + 10 + 9.50 = 96.50.
    report = attrs.evolve(with_line(0, score=D(27)), total=D("96.50"))
    found = only(audit(report), "AU102")
    assert (found.reported, found.recomputed, found.severity) == (D(27), D(30), Severity.NOTE)
    assert audit(report).errors == ()


def test_au102_a_colloquial_partial_outcome_scored_high_is_discretion() -> None:
    # 基本达到 is read as 部分达成 (default 0.7): 30 × 0.7 = 21.00; printed 26 (= 0.87 of
    # the points, outside the 0.6–0.8 band) is the assessor's reading, not a broken rule.
    report = attrs.evolve(
        with_line(2, actual_text="基本达到", score=D(26), note="就业跟踪未完成"), total=D("95.50")
    )
    result = audit(report)
    assert codes(result) == ["AU102"]
    assert (only(result, "AU102").reported, only(result, "AU102").recomputed) == (D(26), D("21.00"))


def test_au103_a_score_above_its_points() -> None:
    report = attrs.evolve(with_line(1, score=D(21)), total=D("100.50"))
    result = audit(report)
    found = only(result, "AU103")
    assert (found.reported, found.recomputed) == (D(21), D(20))
    assert "AU101" not in codes(result)  # the bounds say it; no second discrepancy


def test_au103_a_negative_score() -> None:
    report = attrs.evolve(with_line(1, score=D(-1)), total=D("78.50"))
    assert "AU103" in codes(audit(report))


def test_au104_an_official_grade_scored_outside_its_band() -> None:
    # 部分达成 may score 60–80% of the points: 18–24 of 30. Printed 28 is outside it.
    report = attrs.evolve(
        with_line(2, actual_text="部分达成", score=D(28), note="部分学员未就业"), total=D("97.50")
    )
    found = only(audit(report), "AU104")
    # The rule's default share of 部分达成 is 0.7: 30 × 0.7 = 21.00.
    assert (found.reported, found.recomputed) == (D(28), D("21.00"))


def test_au104_the_bands_are_the_schemes() -> None:
    # With 长江禁捕's bands (部分达成 from 50% to 80%), 16 of 30 (53%) is inside: discretion.
    report = attrs.evolve(
        with_line(2, actual_text="部分达成", score=D(16), note="部分学员未就业"),
        total=D("85.50"),
        grade_text="良",
    )
    assert "AU104" in codes(audit(report))
    wide = ScoringScheme(bands=QualitativeBands(partly=D("0.5")))
    assert codes(audit(report, scheme=wide)) == ["AU102"]


def test_au105_points_without_a_score() -> None:
    report = attrs.evolve(with_line(3, score=None), total=D("89.50"))
    found = only(audit(report), "AU105")
    assert (found.indicator, found.recomputed) == ("参训满意度", D(10))


def test_au106_an_actual_that_cannot_be_read_is_reported_not_guessed() -> None:
    report = with_line(0, actual_text="较好")
    result = audit(report)
    found = only(result, "AU106")
    assert found.text == "较好"
    assert result.lines[0].recomputed is None
    assert result.recomputed is None
    # The published 30 stands in for the line in the recomputed total.
    assert result.total == D("99.50")


def test_au106_a_missing_actual() -> None:
    assert "AU106" in codes(audit(with_line(1, actual_text="")))


def test_au107_a_target_that_cannot_be_read() -> None:
    report = with_line(1, target_text="见附件", target=None)
    found = only(audit(report), "AU107")
    assert found.text == "见附件"


def test_au108_a_quantitative_target_reported_in_words() -> None:
    # 已完成 against ≥1000人次: scored as 达成 (all the points), with a note.
    report = with_line(0, actual_text="已完成")
    result = audit(report)
    assert codes(result) == ["AU108"]
    assert result.lines[0].recomputed == D("30.00")
    assert result.recomputed is None  # a worded line has no evaluation to show


def test_au109_a_missed_line_without_a_deviation_note() -> None:
    # 85% against ≥90%: 20 × 85/90 = 18.888… → 18.89, printed 18.89: the score is right,
    # but the shortfall has no note.
    report = attrs.evolve(with_line(1, actual_text="85%", score=D("18.89")), total=D("98.39"))
    assert codes(audit(report)) == ["AU109"]


def test_au109_over_achievement_at_the_schemes_ratio_needs_a_note() -> None:
    # 1300 of ≥1000: 130% reaches the default 1.3 ratio.
    assert codes(audit(with_line(0, actual_text="1300人次"))) == ["AU109"]
    assert audit(with_line(0, actual_text="1299人次")).discrepancies == ()


def test_au110_a_deduction_above_the_raw_score() -> None:
    report = attrs.evolve(with_line(3, deduction=D(11)), total=D("88.50"))
    found = only(audit(report), "AU110")
    assert (found.reported, found.recomputed) == (D(11), D(10))


def test_a_deduction_is_kept_apart_from_the_raw_score() -> None:
    # Raw 10 (the rule's), deduction 2: the line is right, the total is 99.50 − 2 = 97.50.
    report = attrs.evolve(with_line(3, deduction=D(2)), total=D("97.50"))
    result = audit(report)
    assert result.discrepancies == ()
    assert result.total == D("97.50")


def test_au111_a_name_given_twice() -> None:
    report = with_line(1, name="培训人次")
    assert "AU111" in codes(audit(report))
    assert audit(report).recomputed is None


def test_au112_a_line_without_points_among_lines_with_points() -> None:
    # With or without a score, the line cannot be recomputed, and its points are missing
    # from the whole (which is then not checked: AU202 would only repeat this).
    for report in (
        with_line(3, points=None),
        attrs.evolve(with_line(3, points=None, score=None), total=D("89.50"), grade_text="良"),
    ):
        result = audit(report)
        assert codes(result) == ["AU112"]
        assert result.lines[3].recomputed is None


def test_au201_points_under_a_label_that_do_not_add_up() -> None:
    # 产出指标(50分) over lines of 30 + 25 = 55 points.
    report = attrs.evolve(with_line(1, points=D(25), score=D(25)), total=D("104.50"))
    found = only(audit(report), "AU201")
    assert (found.reported, found.recomputed) == (D(55), D(50))


def test_without_execution_rows_the_scheme_keeps_the_execution_points() -> None:
    # The import template's indicator sheet: 90 points of lines, the execution's 10 left
    # to the scheme; with no execution rows the points still make 100.
    report = attrs.evolve(CLEAN, execution=(), total=D(90))
    assert audit(report).discrepancies == ()


def test_total_findings_point_at_the_total() -> None:
    from perfindicator import Place

    at = Place(file="a.xlsx", row=20, column=1)
    report = attrs.evolve(CLEAN, total=D(100), total_place=at)
    assert only(audit(report), "AU401").where == attrs.evolve(at, subject="")


@pytest.mark.parametrize("points", [D("0.001"), D("-5")])
def test_au203_points_nothing_can_be_scored_out_of(points: D) -> None:
    result = audit(with_line(3, points=points))
    found = only(result, "AU203")
    assert (found.indicator, found.reported) == ("参训满意度", points)
    assert result.lines[3].recomputed is None
    for execution_points in (D("-0.5"), D("99.999")):
        report = attrs.evolve(
            CLEAN, execution=(attrs.evolve(CLEAN.execution[0], points=execution_points),)
        )
        assert "AU203" in codes(audit(report))
        assert audit(report).execution_score is None


def test_au202_points_that_do_not_make_100() -> None:
    report = attrs.evolve(
        CLEAN,
        labels=(),
        lines=(*CLEAN.lines[:3], attrs.evolve(CLEAN.lines[3], points=D(5), score=D(5))),
        total=D("94.50"),
    )
    found = only(audit(report), "AU202")
    assert (found.reported, found.recomputed) == (D(95), D(100))


def execution(**changes: object) -> SelfEvaluationReport:
    return attrs.evolve(CLEAN, execution=(attrs.evolve(CLEAN.execution[0], **changes),))  # type: ignore[arg-type]


def test_au301_a_rate_that_does_not_follow_from_the_budget() -> None:
    found = only(audit(execution(rate=D("96.00"))), "AU301")
    assert (found.reported, found.recomputed) == (D("96.00"), D("95.00"))


@pytest.mark.parametrize(
    ("executed", "rate"),
    [
        # 2/3 = 66.666…%: 66.67 rounded half up, 66.66 cut off; both are printed practice.
        (D(2), D("66.67")),
        (D(2), D("66.66")),
        (D(2), D("67")),
    ],
)
def test_rates_agree_at_their_printed_precision(executed: D, rate: D) -> None:
    report = execution(budget=D(3), executed=executed, rate=rate, score=D("6.67"))
    assert "AU301" not in codes(audit(report))


def test_au302_an_execution_score_that_does_not_follow_from_the_rate() -> None:
    # 10 × 95% = 9.50; printed 8.
    report = attrs.evolve(execution(score=D(8)), total=D(98))
    found = only(audit(report), "AU302")
    assert (found.reported, found.recomputed) == (D(8), D("9.50"))


def test_whole_point_rounding_of_the_execution_score_is_tolerated() -> None:
    # 86% of 10 points is 8.6; one published table prints 9.
    report = attrs.evolve(execution(executed=D(86), rate=D("86.00"), score=D(9)), total=D(99))
    # Accepted as printed rounding, and noted (AU307): 10 × 86% = 8.60, printed 9.
    found = only(audit(report), "AU307")
    assert (found.reported, found.recomputed) == (D(9), D("8.60"))
    assert audit(report).errors == ()


def test_au303_an_execution_score_above_its_points() -> None:
    report = attrs.evolve(execution(score=D(11)), total=D(101))
    assert "AU303" in codes(audit(report))


@pytest.mark.parametrize("budget", [D(0), None])
def test_au304_a_zero_or_empty_budget_is_never_scored_zero(budget: D | None) -> None:
    result = audit(execution(budget=budget))
    assert "AU304" in codes(result)
    assert result.execution_score is None
    # The printed 9.50 stands in for the execution in the recomputed total.
    assert result.total == D("99.50")


def test_au305_sichuan_asks_a_reason_below_90_percent() -> None:
    # 85 of 100: 10 × 0.85 = 8.50.
    report = attrs.evolve(
        execution(executed=D(85), rate=D("85.00"), score=D("8.50")), total=D("98.50")
    )
    assert "AU305" not in codes(audit(report))
    sichuan = attrs.evolve(report, adjusted=True)  # Sichuan's form: 调整后预算数
    assert codes(audit(sichuan, scheme=SICHUAN_2023)) == ["AU305"]
    with_reason = attrs.evolve(
        sichuan, execution=(attrs.evolve(sichuan.execution[0], reason="项目延期"),)
    )
    assert audit(with_reason, scheme=SICHUAN_2023).discrepancies == ()


def test_au306_the_forms_denominator_is_not_the_schemes() -> None:
    # A 10号 form (全年预算数) audited under Sichuan's scheme (调整后预算数): a note, and the
    # rate is still taken of the form's own column.
    result = audit(CLEAN, scheme=SICHUAN_2023)
    assert codes(result) == ["AU306"]
    assert result.execution_score == D("9.50")
    assert codes(audit(attrs.evolve(CLEAN, adjusted=True))) == ["AU306"]


def test_banded_execution_scores() -> None:
    # 95% reaches the 90% band: all 10 points; the printed 9.50 (the 10号 formula) is wrong
    # under this scheme.
    banded = ScoringScheme(
        execution_bands=(
            ExecutionBand(rate=D("0.9"), share=D(1)),
            ExecutionBand(rate=D(0), share=D("0.5")),
        )
    )
    result = audit(CLEAN, scheme=banded)
    assert result.execution_score == D("10.00")
    assert codes(result) == ["AU302"]


def test_au401_a_total_that_is_not_the_sum_of_its_parts() -> None:
    found = only(audit(attrs.evolve(CLEAN, total=D(100))), "AU401")
    assert (found.reported, found.recomputed) == (D(100), D("99.50"))


def test_au401_tolerates_a_tenth_of_a_point() -> None:
    assert audit(attrs.evolve(CLEAN, total=D("99.6"))).discrepancies == ()


def test_au402_a_grade_that_does_not_match_the_total() -> None:
    # 99.50 is 优 (≥ 90), printed 良.
    found = only(audit(attrs.evolve(CLEAN, grade_text="良")), "AU402")
    assert (found.reported, found.recomputed, found.text) == (D("99.50"), None, "良")
    assert "优" in found.message_en
    assert "not a grade" in only(audit(attrs.evolve(CLEAN, grade_text="很好")), "AU402").message_en
    assert audit(attrs.evolve(CLEAN, grade_text="优秀")).discrepancies == ()


def test_au404_a_subtotal_that_is_not_the_sum_of_its_lines() -> None:
    from perfindicator import ReportedSubtotal

    # 产出 lines: points 30 + 20 = 50, scores 30 + 20 = 50; printed 50 and 49.
    subtotal = ReportedSubtotal(
        label="小计", lines=("培训人次", "考核合格率"), points=D(50), score=D(49)
    )
    found = only(audit(attrs.evolve(CLEAN, subtotals=(subtotal,))), "AU404")
    assert (found.reported, found.recomputed) == (D(49), D(50))
    right = attrs.evolve(subtotal, score=D(50))
    assert audit(attrs.evolve(CLEAN, subtotals=(right,))).discrepancies == ()
    # A deduction is taken off the line's score: 50 − 2 = 48.
    deducted = attrs.evolve(with_line(0, deduction=D(2)), total=D("97.50"))
    found = only(audit(attrs.evolve(deducted, subtotals=(subtotal,))), "AU404")
    assert found.recomputed == D(48)


def test_au403_no_total_printed() -> None:
    result = audit(attrs.evolve(CLEAN, total=None, grade_text=""))
    assert codes(result) == ["AU403"]
    assert only(result, "AU403").severity is Severity.NOTE


def test_a_worded_miss_scored_above_its_band_is_an_error() -> None:
    # 未完成 against ≥1000人次, scored 30 of 30: a miss in words; the rule's share of a miss
    # is 0.3: 30 × 0.3 = 9.00. Above the 0–60% band: scored above the rule.
    report = with_line(0, actual_text="未完成", note="延期")
    found = only(audit(report), "AU101")
    assert (found.reported, found.recomputed) == (D(30), D("9.00"))
    # 否 against the qualitative target 是, scored 30 of 30: the same.
    no = with_line(2, target_text="是", target=parse_target("是"), actual_text="否", note="延期")
    assert "AU101" in codes(audit(no))


def test_an_actual_with_the_opposite_comparator_is_not_taken_for_the_target() -> None:
    # <90% against ≥90%: a miss by an unknown amount, reported, not scored as met.
    found = only(audit(with_line(1, actual_text="<90%")), "AU106")
    assert found.text == "<90%"


def test_the_targets_own_words_are_met() -> None:
    # 否 against a target of 否 (是否发生安全事故): met, all the points.
    report = with_line(2, target_text="否", target=parse_target("否"), actual_text="否")
    assert audit(report).discrepancies == ()
    # 无 against 无 (no accidents), with its points: it applies, and is met.
    none = with_line(2, target_text="无", target=parse_target("无"), actual_text="无")
    result = audit(none)
    assert result.discrepancies == ()
    assert result.lines[2].recomputed == D(30)


def test_a_report_level_note_explains_only_where_the_layout_puts_it() -> None:
    # 85% against ≥90% is a miss: 20 × 85/90 = 18.89. A 10号 form's 存在问题 is not the
    # line's deviation note; Hubei's 偏差大或目标未完成原因分析 (read into `issues`) is.
    missed = attrs.evolve(
        with_line(1, actual_text="85%", score=D("18.89")), total=D("98.39"), issues="人员不足"
    )
    assert codes(audit(missed)) == ["AU109"]
    hubei = attrs.evolve(missed, layout=ReportLayout.HUBEI)
    assert "AU109" not in codes(audit(hubei, scheme=CLEAN_SCHEME))
    assert "AU109" in codes(audit(attrs.evolve(hubei, issues="无"), scheme=CLEAN_SCHEME))


def test_au304_no_total_row_among_several() -> None:
    parts = (
        ExecutionLine(label="其中:财政拨款", budget=D(80), executed=D(76), score=D("9.50")),
        ExecutionLine(label="其他资金", budget=D(20), executed=D(19), score=D("9.50")),
    )
    result = audit(attrs.evolve(CLEAN, execution=parts))
    assert "AU304" in codes(result)
    # One row with the score is the one scored: 10 × 76/80 = 9.50.
    scored = (parts[0], attrs.evolve(parts[1], score=None))
    result = audit(attrs.evolve(CLEAN, execution=scored))
    assert result.execution_score == D("9.50")
    assert result.discrepancies == ()


def test_an_audit_reads_back_from_json() -> None:
    from perfindicator import from_json, to_json

    result = audit(attrs.evolve(CLEAN, total=D(100), grade_text="良"))
    assert from_json(to_json(result), Audit) == result


def test_the_audit_does_not_depend_on_the_decimal_context() -> None:
    import decimal

    # 部分达成 scored 21.63 of 30 = 0.721: inside the 60–80% band, a note; a context of
    # two digits would round the share to 0.72 or worse, and must not change anything.
    report = attrs.evolve(
        with_line(2, actual_text="部分达成", score=D("21.63"), note="部分学员未就业"),
        total=D("91.13"),
    )
    expected = audit(report)
    with decimal.localcontext() as context:
        context.prec = 2
        assert audit(report) == expected
    assert codes(expected) == ["AU102"]


CLEAN_SCHEME = ScoringScheme()


def test_not_applicable_lines_are_left_out() -> None:
    # 天长 2022: a 生态效益 row of slashes carries no points and no score.
    slashes = ReportedIndicator(name="/", level1=Level1.BENEFIT, target_text="/", actual_text="/")
    report = attrs.evolve(CLEAN, lines=(*CLEAN.lines, slashes))
    result = audit(report)
    assert result.discrepancies == ()
    assert len(result.lines) == 4


ONLY_OUTPUT = ScoringScheme(weights=Weights(output=90, benefit=0, satisfaction=0))


def test_one_score_for_a_group_of_lines() -> None:
    # 黄石图书馆 2022: one score of 10 for a 数量指标 group of two rows; both met.
    group = (
        line("存储备份器", "=25TB", "25TB", D(10), D(10)),
        line("WIFI布点覆盖率", "=100%", "100%", None, None),
    )
    report = SelfEvaluationReport(name="数字图书馆", year=2022, lines=group, total=D(10))
    result = audit(report, scheme=ONLY_OUTPUT)
    assert codes(result) == ["AU202"]  # 10 points of 100: the rest of the form is not here
    assert [a.points for a in result.lines] == [D(5), D(5)]
    # A group scored above the rule: the second row missed (90 of 100%: 5 × 0.9 = 4.50).
    missed = attrs.evolve(report, lines=(group[0], attrs.evolve(group[1], actual_text="90%")))
    found = only(audit(missed, scheme=ONLY_OUTPUT), "AU101")
    assert (found.reported, found.recomputed) == (D(10), D("9.50"))


def test_hubei_blocks_share_their_points_among_their_lines() -> None:
    # 黄冈 2020: execution 20 × rate; two blocks of 40 with no points column. Block 1 has
    # two lines (20 each), block 2 one line (40). Both 98% against ≥98% are met: all points.
    block = "年度绩效目标1"
    report = SelfEvaluationReport(
        name="水土保持监测",
        year=2020,
        layout=ReportLayout.HUBEI,
        execution_points=D(20),
        execution=(ExecutionLine(budget=D(50), executed=D(49), rate=D("98.00"), score=D("19.60")),),
        labels=(
            PointsLabel(label=block, points=D(40)),
            PointsLabel(label="年度绩效目标2", points=D(40)),
        ),
        lines=(
            line("监测覆盖率", "≥98%", "98%", None, D("19.6"), block=block),
            line("监测点位", "≥12个", "12个", None, D(20), block=block),
            line(
                "水土流失治理", "≥95%", "96%", None, D(40), block="年度绩效目标2",
                level1=Level1.BENEFIT, level2=Level2.ECOLOGICAL,
            ),
        ),
        total=D("99.2"),
    )  # fmt: skip
    result = audit(report)
    assert result.scheme is HUBEI_2020
    assert [a.points for a in result.lines] == [D(20), D(20), D(40)]
    assert result.execution_score == D("19.60")  # 20 × 49/50
    # The block is judged whole: its lines printed 19.6 + 20 = 39.6 of the 40 that its two
    # met lines earn: discretion.
    assert codes(result) == ["AU102"]
    found = only(result, "AU102")
    assert (found.indicator, found.reported, found.recomputed) == ("监测覆盖率", D("39.6"), D(40))


def test_a_block_is_judged_whole_whatever_its_split() -> None:
    # Three met lines of a 40-point block printed 20, 10 and 10: the form split the block
    # unequally, which the audit cannot know; the block's 40 is what the rule gives.
    block = "年度绩效目标1"
    report = SelfEvaluationReport(
        name="水土保持监测",
        year=2020,
        labels=(PointsLabel(label=block, points=D(40)),),
        lines=tuple(
            line(name, "≥1个", "1个", None, D(score), block=block)
            for name, score in (("甲", 20), ("乙", 10), ("丙", 10))
        ),
        total=D(40),
    )
    assert "AU103" not in codes(audit(report))
    assert "AU101" not in codes(audit(report))


def test_where_no_points_are_printed_the_schemes_weights_are_shared() -> None:
    # No points column: 产出 50 shared by two output lines (25 each), 效益 30, 满意度 10.
    lines = tuple(attrs.evolve(x, points=None) for x in CLEAN.lines)
    report = attrs.evolve(CLEAN, labels=(), lines=lines, total=D("99.50"))
    result = audit(report)
    assert [a.points for a in result.lines] == [D(25), D(25), D(30), D(10)]
    # Printed 30 and 20 against 25 each: 30 is above its points (AU103); 20 is below the
    # rule's 25 (discretion).
    assert codes(result) == ["AU103", "AU102"]


def test_every_code_is_tested_here() -> None:
    source = Path(__file__).read_text(encoding="utf-8")
    assert [code for code in CODES if f'"{code}"' not in source] == []


def test_discrepancies_take_only_audit_codes_at_their_severity() -> None:
    with pytest.raises(FieldError, match="audit code"):
        Discrepancy(code="PI001", message_en="x", message_zh="x")
    with pytest.raises(FieldError, match="severity"):
        Discrepancy(code="AU102", severity=Severity.ERROR, message_en="x", message_zh="x")


def test_audit_checks_its_arguments() -> None:
    with pytest.raises(FieldTypeError, match=r"audit\.report"):
        audit("report")  # type: ignore[arg-type]
    with pytest.raises(FieldTypeError, match=r"audit\.scheme"):
        audit(CLEAN, scheme="sichuan")  # type: ignore[arg-type]
