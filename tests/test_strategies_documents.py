"""The document strategies draw what the readers and the audit are given (issue #17, point 3).

`published_self_evaluations` draws a published self-evaluation and the discrepancy codes its
audit must find: none for a consistent report, exactly the planted ones otherwise.
"""

from __future__ import annotations

from collections import Counter
from decimal import Decimal

from hypothesis import given

from perfindicator import (
    Actual,
    Indicator,
    Judgement,
    Level2,
    Outcome,
    Project,
    SelfEvaluationReport,
    Severity,
    audit,
    parse_target,
    self_evaluate,
)
from perfindicator.audits.discrepancies import CODES
from perfindicator.strategies import PLANTABLE_CODES, published_self_evaluations

Case = tuple[SelfEvaluationReport, Counter[str]]


def _found(report: SelfEvaluationReport) -> Counter[str]:
    return Counter(d.code for d in audit(report).discrepancies)


@given(published_self_evaluations())
def test_the_audit_finds_exactly_the_planted_discrepancies(case: Case) -> None:
    report, expected = case
    assert _found(report) == expected


@given(published_self_evaluations(consistent=True))
def test_a_consistent_report_audits_clean_to_its_own_total(case: Case) -> None:
    report, expected = case
    assert expected == Counter()
    result = audit(report)
    assert result.discrepancies == ()
    assert result.total == report.total


@given(published_self_evaluations(consistent=False))
def test_a_planted_report_has_one_to_three_plants(case: Case) -> None:
    report, expected = case
    # A plant may entail others (a line without points leaves its label short: AU112,
    # AU201), so up to three plants give at most five codes.
    assert 1 <= sum(expected.values()) <= 5
    assert _found(report) == expected


def test_the_plantable_codes_are_audit_codes_of_every_kind() -> None:
    assert set(PLANTABLE_CODES) <= set(CODES)
    assert len(set(PLANTABLE_CODES)) == len(PLANTABLE_CODES)
    # Errors and every note alike: discretion (AU102), words (AU108), the denominator
    # (AU306), rounding (AU307), no total (AU403).
    notes = {code for code in PLANTABLE_CODES if CODES[code].severity is Severity.NOTE}
    assert notes == {"AU102", "AU108", "AU306", "AU307", "AU403"}


def test_a_score_at_the_band_edge_rounded_to_cents_is_within_the_band() -> None:
    # Three 产出 lines share 50 points: 16.67, 16.67, 16.66. The first is judged partly
    # achieved at 60% of its points, the lowest share of that band.
    project = Project(
        name="示例",
        year=2022,
        indicators=(
            Indicator(level2=Level2.QUALITY, name="培训效果", target=parse_target("提升")),
            Indicator(level2=Level2.QUANTITY, name="培训人次", target=parse_target(">=100人次")),
            Indicator(level2=Level2.QUANTITY, name="培训场次", target=parse_target(">=10场")),
            Indicator(level2=Level2.SOCIAL, name="知晓度", target=parse_target(">=90%")),
            Indicator(level2=Level2.SATISFACTION, name="满意度", target=parse_target(">=90%")),
        ),
    )
    partly = Judgement(outcome=Outcome.PARTLY_ACHIEVED, fraction=Decimal("0.60"))
    actuals: dict[str, Actual] = {"培训效果": partly, "培训人次": "100人次", "培训场次": "10场"}
    result = self_evaluate(project, {**actuals, "知晓度": "90%", "满意度": "90%"})
    assert (result.lines[0].points, result.lines[0].score) == (Decimal("16.67"), Decimal("10.00"))
    report = SelfEvaluationReport.from_evaluation(project, result, notes={"培训效果": "课时不足"})
    # The printed wording does not carry the fraction: the audit recomputes the default
    # share, 70% (11.67), and 10.00 is the assessor's discretion within the band.
    assert _found(report) == Counter({"AU102": 1})
