"""`ScoringScheme`: its validation, its presets, and `self_evaluate(..., scheme=)`.

Expected figures are worked by hand in the comments from the presets' sources.
"""

from __future__ import annotations

import datetime
from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from perfindicator import (
    BudgetExecution,
    Indicator,
    Level2,
    Outcome,
    Project,
    ReportLayout,
    ScoringRules,
    SelfEvaluationError,
    Weights,
    parse_target,
    self_evaluate,
)
from perfindicator.errors import FieldError, FieldTypeError
from perfindicator.reports.scheme import (
    CENTRAL_10,
    CENTRAL_10_LEVEL2,
    CHONGQING_DEPARTMENT,
    HUBEI_2020,
    NINGXIA,
    PRESETS,
    SICHUAN_2023,
    Denominator,
    ExecutionBand,
    Level2Points,
    QualitativeBands,
    ScoringScheme,
)


def project(*indicators: tuple[Level2, str, str]) -> Project:
    return Project(
        name="示例",
        year=2022,
        start=datetime.date(2022, 1, 1),
        end=datetime.date(2022, 12, 31),
        indicators=tuple(
            Indicator(level2=level2, name=name, target=parse_target(target))
            for level2, name, target in indicators
        ),
    )


FIVE = project(
    (Level2.QUANTITY, "培训人次", ">=100人次"),
    (Level2.QUALITY, "合格率", ">=90%"),
    (Level2.TIMELINESS, "完成时间", "2022年12月底前"),
    (Level2.COST, "人均成本", "<=2000元"),
    (Level2.SOCIAL, "就业技能", "有效提升"),
    (Level2.SATISFACTION, "满意度", ">=90%"),
)
ALL_MET = {
    "培训人次": "100人次",
    "合格率": "95%",
    "完成时间": "2022-11-30",
    "人均成本": "1800元",
    "就业技能": "有效提升",
    "满意度": "92%",
}


@pytest.mark.parametrize(
    ("layout", "preset"),
    [
        (None, CENTRAL_10),
        (ReportLayout.CENTRAL_10, CENTRAL_10),
        (ReportLayout.SYSTEM, CENTRAL_10_LEVEL2),
        (ReportLayout.SICHUAN, SICHUAN_2023),
        (ReportLayout.HUBEI, HUBEI_2020),
        (ReportLayout.NINGXIA, NINGXIA),
        (ReportLayout.CHONGQING_DEPARTMENT, CHONGQING_DEPARTMENT),
    ],
)
def test_each_layout_has_its_preset(layout: ReportLayout | None, preset: ScoringScheme) -> None:
    assert ScoringScheme.of(layout) is preset
    assert PRESETS[preset.name] is preset


def test_the_presets_say_what_their_sources_say() -> None:
    assert (CENTRAL_10.weights.execution, CENTRAL_10.weights.output) == (D(10), D(50))
    assert (CENTRAL_10.weights.benefit, CENTRAL_10.weights.satisfaction) == (D(30), D(10))
    assert [(e.level2, e.points) for e in CENTRAL_10_LEVEL2.level2] == [
        (Level2.QUANTITY, D(20)),
        (Level2.QUALITY, D(10)),
        (Level2.TIMELINESS, D(10)),
        (Level2.COST, D(10)),
    ]
    assert SICHUAN_2023.denominator is Denominator.ADJUSTED
    assert SICHUAN_2023.reason_below == D("0.9")
    assert (HUBEI_2020.weights.execution, HUBEI_2020.blocks) == (D(20), (D(40), D(40)))
    weights = NINGXIA.weights
    assert (weights.output, weights.benefit, weights.satisfaction) == (D(40), D(40), D(20))
    assert CHONGQING_DEPARTMENT.denominator is Denominator.ADJUSTED


def test_level2_points_share_the_output_weight() -> None:
    # 数量 20, 质量 10, 时效 10, 成本 10 (the 50 of 产出), 效益 30, 满意度 10, execution 10.
    result = self_evaluate(FIVE, ALL_MET, scheme=CENTRAL_10_LEVEL2)
    assert [line.points for line in result.lines] == [20, 10, 10, 10, 30, 10]
    assert result.total == 90  # no budget: 100 less the execution weight


def test_level2_points_left_for_the_unlisted_categories() -> None:
    # 数量 20 listed; the rest of 产出's 50 (30) is shared by the 质量 and 时效 lines.
    scheme = ScoringScheme(level2=(Level2Points(level2=Level2.QUANTITY, points=20),))
    three = project(
        (Level2.QUANTITY, "培训人次", ">=100人次"),
        (Level2.QUALITY, "合格率", ">=90%"),
        (Level2.TIMELINESS, "完成时间", "2022年12月底前"),
        (Level2.SOCIAL, "就业技能", "有效提升"),
        (Level2.SATISFACTION, "满意度", ">=90%"),
    )
    actuals = {k: v for k, v in ALL_MET.items() if k != "人均成本"}
    result = self_evaluate(three, actuals, scheme=scheme)
    assert [line.points for line in result.lines] == [20, 15, 15, 30, 10]


def test_level2_points_without_an_indicator_are_a_problem() -> None:
    no_cost = project((Level2.QUANTITY, "培训人次", ">=100人次"))
    with pytest.raises(SelfEvaluationError, match="质量指标"):
        self_evaluate(no_cost, {"培训人次": "100人次"}, scheme=CENTRAL_10_LEVEL2)


def test_a_block_scheme_needs_points() -> None:
    with pytest.raises(SelfEvaluationError, match="points="):
        self_evaluate(FIVE, ALL_MET, scheme=HUBEI_2020)


def test_a_block_scheme_takes_its_weights_from_the_points() -> None:
    # Execution 20 of 40 executed of 50: 20 × 0.8 = 16.00; 80 points given by indicator.
    points = {"培训人次": 20, "合格率": 10, "完成时间": 10, "人均成本": 10, "就业技能": 20,
              "满意度": 10}  # fmt: skip
    spent = BudgetExecution(budget=50, executed=40)
    result = self_evaluate(FIVE, ALL_MET, scheme=HUBEI_2020, points=points, budget=spent)
    assert result.execution_score == D("16.00")
    weights = result.weights
    assert (weights.output, weights.benefit, weights.satisfaction) == (D(50), D(20), D(10))
    assert result.total == D("96.00")


def test_a_block_scheme_refuses_points_that_do_not_fill_the_blocks() -> None:
    points = dict.fromkeys(ALL_MET, 10)  # 60 of the 80
    with pytest.raises(SelfEvaluationError, match="blocks"):
        self_evaluate(FIVE, ALL_MET, scheme=HUBEI_2020, points=points)


def test_execution_bands() -> None:
    # 岳阳-style bands on the execution weight: ≥ 90% all, ≥ 80% 0.8, below 0.
    scheme = ScoringScheme(
        execution_bands=(
            ExecutionBand(rate=D("0.9"), share=1),
            ExecutionBand(rate=D("0.8"), share=D("0.8")),
            ExecutionBand(rate=0, share=0),
        )
    )
    assert scheme.execution_score(BudgetExecution(budget=100, executed=90)) == D("10.00")
    assert scheme.execution_score(BudgetExecution(budget=100, executed=D("89.99"))) == D("8.00")
    assert scheme.execution_score(BudgetExecution(budget=100, executed=79)) == D("0.00")
    result = self_evaluate(
        FIVE, ALL_MET, scheme=scheme, budget=BudgetExecution(budget=100, executed=85)
    )
    assert result.execution_score == D("8.00")


@pytest.mark.parametrize(
    ("bands", "message"),
    [
        ((ExecutionBand(rate=D("0.8"), share=1),), "the last from 0"),
        (
            (ExecutionBand(rate=D("0.8"), share=1), ExecutionBand(rate=D("0.9"), share=1),
             ExecutionBand(rate=0, share=0)),
            "highest rate down",
        ),
        (
            (ExecutionBand(rate=D("0.9"), share=D("0.5")), ExecutionBand(rate=0, share=1)),
            "smaller share",
        ),
    ],
)  # fmt: skip
def test_execution_bands_are_checked(bands: tuple[ExecutionBand, ...], message: str) -> None:
    with pytest.raises(FieldError, match=message):
        ScoringScheme(execution_bands=bands)


def test_level2_points_are_checked() -> None:
    with pytest.raises(FieldError, match="twice"):
        ScoringScheme(
            level2=(
                Level2Points(level2=Level2.QUANTITY, points=10),
                Level2Points(level2=Level2.QUANTITY, points=10),
            )
        )
    with pytest.raises(FieldError, match="above its weight"):
        ScoringScheme(level2=(Level2Points(level2=Level2.SOCIAL, points=31),))


def test_the_rules_default_shares_must_lie_in_the_schemes_bands() -> None:
    # 部分达成 defaults to 0.7; bands that start 部分达成 at 0.75 leave it out.
    with pytest.raises(FieldError, match="band"):
        ScoringScheme(bands=QualitativeBands(partly=D("0.75")))
    ScoringScheme(
        bands=QualitativeBands(partly=D("0.75")),
        rules=ScoringRules(partly_achieved=D("0.8"), not_achieved=D("0.5")),
    )


@given(st.decimals(min_value=0, max_value=1, places=2))
def test_the_bands_cover_every_share_once_but_at_the_edges(share: D) -> None:
    bands = QualitativeBands()
    inside = [o for o in Outcome if bands.within(o, share)]
    assert inside, share
    # Only an edge (0.6 or 0.8) lies in two bands.
    assert len(inside) == 1 or share in (D("0.6"), D("0.8"))


def test_scheme_or_weights_not_both() -> None:
    with pytest.raises(FieldError, match="not both"):
        self_evaluate(FIVE, ALL_MET, scheme=CENTRAL_10, weights=Weights())
    with pytest.raises(FieldTypeError, match=r"self_evaluate\.scheme"):
        self_evaluate(FIVE, ALL_MET, scheme="central_10")  # type: ignore[arg-type]


def test_a_scheme_of_weights_and_rules_scores_as_they_do() -> None:
    weights = Weights(output=60, benefit=20, satisfaction=10)
    assert self_evaluate(FIVE, ALL_MET, scheme=ScoringScheme(weights=weights)) == self_evaluate(
        FIVE, ALL_MET, weights=weights
    )
