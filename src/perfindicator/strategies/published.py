"""Published self-evaluations: what `audit` is given, and the codes it must find."""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Collection
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal
from typing import Any

import attrs
from hypothesis import strategies as st

from perfindicator._exact import difference, exact_sum, product, quotient
from perfindicator.documents.selfeval_report import (
    _GRADES,
    ReportedIndicator,
    ReportedSubtotal,
    SelfEvaluationReport,
)
from perfindicator.grammar.actuals import is_not_applicable
from perfindicator.model.categories import Level1
from perfindicator.model.kinds import ReportLayout
from perfindicator.model.outcomes import Judgement, Outcome
from perfindicator.reports.scheme import CENTRAL_10
from perfindicator.reports.selfeval import Grade, SelfEvaluation, self_evaluate
from perfindicator.strategies.actuals import budget_executions
from perfindicator.strategies.declarations import _names
from perfindicator.strategies.grammar import _scaled
from perfindicator.strategies.workflows import project_actuals, scorable_projects

# How forms write each grade (优, 优秀, …): the spellings the report reads.
_GRADE_SPELLINGS = {
    grade: tuple(text for text, named in _GRADES.items() if named is grade) for grade in Grade
}
# Beyond the 10号 scheme's tolerance (±0.1 point) by a cent, in cents: a figure the audit
# must report.
_BEYOND = 11
_BEYOND_POINTS = _scaled(_BEYOND, places=2)
_ZERO = Decimal(0)
_HUNDRED = Decimal(100)


class _Draft:
    """A report being planted: its lines and figures, the codes planted, what is spent.

    `free` holds the lines no plant has touched (one plant a line, so that plants never
    mask one another); `groups` the plants of which a report takes one at most (its points,
    its execution row, its total, its names, its subtotals), whose codes each fire once.
    """

    def __init__(self, report: SelfEvaluationReport, result: SelfEvaluation) -> None:
        self.report = report
        self.lines = list(report.lines)
        self.scored = result.lines
        self.free = set(range(len(self.lines)))
        self.codes: Counter[str] = Counter()
        self.groups: set[str] = set()

    def line(self, draw: st.DrawFn, eligible: Collection[int]) -> int | None:
        """A free line of `eligible`, now spent, or `None` where there is none."""
        chosen = sorted(self.free.intersection(eligible))
        if not chosen:
            return None
        k = draw(st.sampled_from(chosen))
        self.free.discard(k)
        return k

    def total(self) -> Decimal:
        """The total a form prints: its line scores less deductions, and its execution score."""
        nets = (
            _ZERO if x.score is None else difference(x.score, x.deduction or _ZERO)
            for x in self.lines
        )
        executed = self.report.execution[0].score if self.report.execution else None
        return exact_sum((*nets, executed or _ZERO))


# A deviation note: words, never one that reads as "none given" (`无`, `/`), which the
# audit rightly takes for a missing note (AU109).
_NOTES = _names().filter(lambda text: not is_not_applicable(text))


def _off_by(draw: st.DrawFn, low: int = 1, high: int = 1000) -> Decimal:
    """A nonzero amount in cents, `low` to `high` of them, either way; shrinks toward +low."""
    cents = draw(st.integers(low, high))
    return _scaled(cents if draw(st.booleans()) else -cents, places=2)


def _line_plant(draw: st.DrawFn, draft: _Draft, code: str) -> bool:
    """Plant `code` on one free line where it can be planted exactly; whether it was."""
    lines, scored = draft.lines, draft.scored
    judged = {k for k, x in enumerate(scored) if isinstance(x.evaluation.actual, Judgement)}
    everyone = range(len(lines))
    counted = [k for k in everyone if k not in judged]
    changes: dict[str, Any] = {}
    if code == "AU101":  # a quantitative line scored above the rule (a miss given full points)
        k = draft.line(
            draw, [k for k in counted if scored[k].points - scored[k].score >= _BEYOND_POINTS]
        )
        if k is not None:
            room = int((scored[k].points - scored[k].score) * 100)
            changes["score"] = scored[k].score + _scaled(draw(st.integers(_BEYOND, room)), places=2)
    elif code == "AU102":  # a quantitative line scored below the rule: discretion
        k = draft.line(draw, [k for k in counted if scored[k].score >= _BEYOND_POINTS])
        if k is not None:
            cut = draw(st.integers(_BEYOND, int(scored[k].score * 100)))
            changes["score"] = scored[k].score - _scaled(cut, places=2)
    elif code == "AU103":  # a score above its points, or negative
        k = draft.line(draw, everyone)
        if k is not None:
            beyond = _scaled(draw(st.integers(1, 1000)), places=2)
            changes["score"] = scored[k].points + beyond if draw(st.booleans()) else -beyond
    elif code == "AU104":  # 达成年度指标 scored below its band
        edge = CENTRAL_10.bands.achieved * 100
        highest = {
            k: min(int((edge * x.points).to_integral_value(ROUND_CEILING)) - 1,
                   int(x.points * 100) - _BEYOND)
            for k, x in enumerate(scored)
            if k in judged and x.evaluation.actual.outcome is Outcome.ACHIEVED  # type: ignore[union-attr]
        }  # fmt: skip
        k = draft.line(draw, [k for k, high in highest.items() if high >= 0])
        if k is not None:
            changes["score"] = _scaled(draw(st.integers(0, highest[k])), places=2)
    elif code == "AU105":  # points and no score
        k = draft.line(draw, everyone)
        changes["score"] = None
    elif code == "AU106":  # no actual
        k = draft.line(draw, everyone)
        changes["actual_text"] = ""
    elif code == "AU107":  # no target
        k = draft.line(draw, everyone)
        changes.update(target_text="", target=None)
    elif code == "AU108":  # a met quantitative line's actual in words
        k = draft.line(draw, [k for k in counted if scored[k].met])
        changes["actual_text"] = draw(st.sampled_from(["已完成", "达成预期指标", "完成"]))
    elif code == "AU109":  # a miss (or an over-achievement) without its deviation note
        k = draft.line(draw, [k for k in everyone if scored[k].evaluation.note_required])
        changes["note"] = ""
    elif code == "AU110":  # a deduction above the raw score, or negative
        k = draft.line(draw, everyone)
        if k is not None:
            beyond = _scaled(draw(st.integers(1, 1000)), places=2)
            changes["deduction"] = scored[k].score + beyond if draw(st.booleans()) else -beyond
    else:
        raise AssertionError(code)  # pragma: no cover
    if k is None:
        return False
    lines[k] = attrs.evolve(lines[k], **changes)
    draft.codes[code] += 1
    return True


def _points_plant(draw: st.DrawFn, draft: _Draft, code: str) -> bool:
    """Plant one departure of the points (AU112, AU201, AU202, AU203) and what it entails."""
    lines, scored, report = draft.lines, draft.scored, draft.report
    if code == "AU201":  # a label's points misprinted
        at = draw(st.integers(0, len(report.labels) - 1))
        misprinted = list(report.labels)
        misprinted[at] = attrs.evolve(misprinted[at], points=misprinted[at].points + _off_by(draw))
        draft.report = attrs.evolve(report, labels=tuple(misprinted))
        draft.codes.update(["AU201"])
        return True
    eligible = [k for k, x in enumerate(scored) if x.points > 0]
    if code == "AU202":  # a met line's points, score and label moved together: not 100
        eligible = [k for k in eligible if scored[k].met]
    elif code == "AU112":  # its label is checked where another of its lines prints points
        level1s = Counter(x.indicator.level1 for x in scored)
        eligible = [k for k in eligible if level1s[scored[k].indicator.level1] > 1]
    k = draft.line(draw, eligible)
    if k is None:
        return False
    points = scored[k].points
    if code == "AU112":  # a line without points: its label's lines fall short of it too
        lines[k] = attrs.evolve(lines[k], points=None)
        draft.codes.update(["AU112", "AU201"])
    elif code == "AU202":
        moved = max(points + _off_by(draw), _ZERO)
        if _adds_up(draft, difference(moved, points)):
            # The move lands on a whole the audit takes (the lines of a report without an
            # execution row may make 100 on their own): move the other way.
            moved = max(difference(points, difference(moved, points)), _ZERO)
        lines[k] = attrs.evolve(lines[k], points=moved, score=moved)
        level1 = scored[k].indicator.level1
        labels = tuple(
            attrs.evolve(x, points=x.points - points + moved) if x.level1 is level1 else x
            for x in report.labels
        )
        draft.report = attrs.evolve(report, labels=labels)
        draft.codes.update(["AU202"] if moved != points else [])
    else:  # AU203: points negative or finer than cents, and so no whole of 100 either
        unusable = -points if draw(st.booleans()) else points + Decimal("0.001")
        lines[k] = attrs.evolve(lines[k], points=unusable)
        draft.codes.update(["AU203", "AU201", "AU202"])
    return True


def _adds_up(draft: _Draft, change: Decimal) -> bool:
    """Whether the lines' points, changed by `change`, make a whole the audit takes as 100.

    With the execution row's points, 100; without a row, 100 with or without the
    scheme's execution weight (`audits.audit` checks the whole so).
    """
    lines = exact_sum((*(x.points for x in draft.lines if x.points is not None), change))
    execution = draft.report.execution
    if execution:
        return exact_sum((lines, execution[0].points or _ZERO)) == _HUNDRED
    return lines in (_HUNDRED, difference(_HUNDRED, CENTRAL_10.weights.execution))


def _execution_plant(draw: st.DrawFn, draft: _Draft, code: str) -> bool:
    """Plant one departure of the execution row (AU301 to AU307), where there is one."""
    report = draft.report
    if not report.execution:
        return False
    row = report.execution[0]
    # `from_evaluation` fills every figure of its one row.
    assert row.budget is not None
    assert row.executed is not None
    assert row.rate is not None
    assert row.points is not None
    assert row.score is not None
    score, points = row.score, row.points
    short = row.executed < product(Decimal("0.9"), row.budget)
    sichuan = report.layout is ReportLayout.SICHUAN
    whole = score.quantize(Decimal(1), ROUND_HALF_UP)
    changes: dict[str, Any] = {}
    adjusted = report.adjusted
    if code == "AU301":  # the rate misprinted, beyond its printed precision
        exponent = row.rate.as_tuple().exponent
        assert isinstance(exponent, int)  # a printed rate is finite
        step = Decimal(1).scaleb(exponent)
        changes["rate"] = row.rate + step * draw(st.integers(1, 1000))
    elif code == "AU302":  # the execution score misprinted, within its points
        ways = [int((points - score) * 100), -int(score * 100)]
        room = draw(st.sampled_from([way for way in ways if abs(way) >= _BEYOND]))
        moved = draw(st.integers(_BEYOND, abs(room)))
        changes["score"] = score + _scaled(moved if room > 0 else -moved, places=2)
    elif code == "AU303":
        changes["score"] = points + _scaled(draw(st.integers(1, 1000)), places=2)
    elif code == "AU304":
        changes[draw(st.sampled_from(["budget", "executed"]))] = None
    elif code == "AU305" and sichuan and short:
        changes["reason"] = ""
    elif code == "AU306":  # the budget column is not the one the layout's scheme names
        adjusted = not adjusted
    elif code == "AU307" and difference(score, whole).copy_abs() >= _BEYOND_POINTS:
        changes["score"] = whole  # 8.60 printed as 9: the rule's, rounded as printed
    else:
        return False
    draft.report = attrs.evolve(
        report, execution=(attrs.evolve(row, **changes),), adjusted=adjusted
    )
    draft.codes[code] += 1
    return True


def _total_plant(draw: st.DrawFn, draft: _Draft, code: str) -> None:
    """Plant a departure of the total (AU401, AU403) or of the grade (AU402)."""
    report = draft.report
    if code == "AU401":  # misprinted, beyond the tolerance; the grade follows it
        total = exact_sum((draft.total(), _off_by(draw, _BEYOND)))
        draft.report = attrs.evolve(report, total=total, grade_text=_grade_of(draw, total))
    elif code == "AU402":  # another grade than the total's, or words that are no grade
        printed = report.total
        assert printed is not None  # the total follows its parts until AU401 or AU403
        others = [
            text
            for grade in Grade
            if _ZERO <= printed <= 100 and grade is not Grade.of(printed)
            for text in _GRADE_SPELLINGS[grade]
        ]
        draft.report = attrs.evolve(report, grade_text=draw(st.sampled_from([*others, "待定"])))
    else:  # AU403
        draft.report = attrs.evolve(report, total=None)
    draft.codes[code] += 1


def _grade_of(draw: st.DrawFn, total: Decimal) -> str:
    """The grade of `total` in one of its spellings (`""` for a total outside 0 to 100)."""
    if not _ZERO <= total <= 100:
        return ""
    return draw(st.sampled_from(_GRADE_SPELLINGS[Grade.of(total)]))


def _subtotals(draw: st.DrawFn, draft: _Draft) -> tuple[ReportedSubtotal, ...]:
    """A subtotal row (小计) of each level-1 category's lines, as printed (net of deductions)."""
    groups: dict[Level1, list[ReportedIndicator]] = {}
    for line, scored in zip(draft.lines, draft.scored, strict=True):
        groups.setdefault(scored.indicator.level1, []).append(line)
    return tuple(
        ReportedSubtotal(
            label=draw(st.sampled_from(["小计", f"{level1.value}小计"])),
            lines=tuple(line.name for line in lines),
            points=exact_sum(x.points for x in lines if x.points is not None),
            score=exact_sum(
                difference(x.score, x.deduction or _ZERO) for x in lines if x.score is not None
            ),
        )
        for level1, lines in groups.items()
    )


_LINE_CODES = (
    "AU101",
    "AU102",
    "AU103",
    "AU104",
    "AU105",
    "AU106",
    "AU107",
    "AU108",
    "AU109",
    "AU110",
)
_POINTS_CODES = ("AU112", "AU201", "AU202", "AU203")
_EXECUTION_CODES = ("AU301", "AU302", "AU303", "AU304", "AU305", "AU306", "AU307")
_TOTAL_CODES = ("AU401", "AU402", "AU403")
# Shrinking ends on the first: a report with no total printed (AU403), which any report can be.
PLANTABLE_CODES: tuple[str, ...] = (
    "AU403",
    *_LINE_CODES,
    "AU111",
    *_POINTS_CODES,
    *_EXECUTION_CODES,
    "AU401",
    "AU402",
    "AU404",
)
"""The audit codes `published_self_evaluations` plants, each where it fires exactly."""


@st.composite
def published_self_evaluations(
    draw: st.DrawFn, *, consistent: bool | None = None
) -> tuple[SelfEvaluationReport, Counter[str]]:
    """Pairs `(report, expected)`: a published self-evaluation and the codes `audit` must find.

    The report is what `SelfEvaluationReport.from_evaluation` files for a project of
    [`scorable_projects`][perfindicator.strategies.scorable_projects] scored under the 10号
    scheme (with actuals of [`project_actuals`][perfindicator.strategies.project_actuals],
    qualitative ones at the rules' default share, and a budget execution or none), with a
    deviation note on every line that needs one, in the forms' own variations: a grade in
    long form (`优秀`, `合格`), the rate to 0, 1 or 2 places, deductions (扣减分数) within
    the raw scores, subtotal rows (小计), or the 四川 layout (调整后预算数, a reason below a
    rate of 90%). `consistent=True` draws these alone, and `expected` is empty; with
    `consistent=False` one to three discrepancies are planted, each on a line of its own
    (one of the points, of the execution row and of the total at most), and `expected`
    counts the codes `audit(report)` must find, no more, no fewer; `None` draws either.

    Planted (`PLANTABLE_CODES`), the total and grade following the printed parts unless
    they are what is planted: a quantitative line scored above the rule, at most full
    points (AU101), below it (AU102 note), or outside 0 to its points (AU103); a
    `达成年度指标` line scored below its band (AU104); a score, an actual or a target left
    empty (AU105, AU106, AU107); a met quantitative line's actual in words (AU108 note); a
    deviation note left out (AU109); a deduction outside 0 to the raw score (AU110); a
    name given twice (AU111); a line's points left out (AU112, and AU201 for its label), a
    label's points misprinted (AU201), a met line's points and score moved with its label
    (AU202), points negative or finer than cents (AU203, AU201, AU202); the rate
    misprinted (AU301), the execution score misprinted (AU302), above its points (AU303),
    a budget or executed amount left empty (AU304), a 四川 rate below 90% without a reason
    (AU305), the other budget column (AU306 note), the score in whole points (AU307
    note); the total misprinted (AU401), a wrong grade or words that are no grade (AU402),
    no total (AU403); a subtotal misprinted (AU404).

    Shrinks toward the consistent report of the smallest project (three lines, no budget);
    with `consistent=False`, toward that report with no total printed (AU403).

    Examples:
        >>> from collections import Counter
        >>> from hypothesis import given, settings
        >>> from perfindicator import audit
        >>> @settings(max_examples=10)
        ... @given(published_self_evaluations())
        ... def check(case):
        ...     report, expected = case
        ...     assert Counter(d.code for d in audit(report).discrepancies) == expected
        >>> check()
    """
    project = draw(scorable_projects(max_indicators=8))
    drawn = draw(project_actuals(project))
    # A fraction inside an outcome's band is not printed: the default share is what a
    # reader of the form can recompute.
    actuals = {
        name: Judgement(outcome=value.outcome) if isinstance(value, Judgement) else value
        for name, value in drawn.items()
    }
    budget = draw(st.none() | budget_executions())
    result = self_evaluate(project, actuals, budget=budget)
    notes = {
        line.indicator.name: draw(_NOTES) for line in result.lines if line.evaluation.note_required
    }
    report = SelfEvaluationReport.from_evaluation(project, result, budget=budget, notes=notes)
    if budget is not None:
        row = report.execution[0]
        rate = quotient(
            product(budget.executed, Decimal(100)), budget.budget, draw(st.integers(0, 2))
        )
        row = attrs.evolve(row, rate=rate)
        if draw(st.booleans()):  # 四川: the adjusted budget, a reason below 90%
            short = budget.executed < product(Decimal("0.9"), budget.budget)
            row = attrs.evolve(row, reason=draw(_names()) if short else "")
            report = attrs.evolve(report, layout=ReportLayout.SICHUAN, adjusted=True)
        report = attrs.evolve(report, execution=(row,))
    draft = _Draft(report, result)
    planted = draw(st.booleans()) if consistent is None else not consistent
    codes = (
        draw(st.lists(st.sampled_from(PLANTABLE_CODES), min_size=1, max_size=3)) if planted else []
    )
    for code in codes:
        if code in _LINE_CODES:
            _line_plant(draw, draft, code)
        elif code == "AU111" and "names" not in draft.groups:
            draft.groups.add("names")
            k, j = draw(st.sampled_from(list(itertools.permutations(range(len(draft.lines)), 2))))
            draft.lines[k] = attrs.evolve(draft.lines[k], name=draft.lines[j].name)
            draft.codes[code] += 1
        elif (
            code in _POINTS_CODES
            and "points" not in draft.groups
            and _points_plant(draw, draft, code)
        ):
            draft.groups.add("points")
        elif (
            code in _EXECUTION_CODES
            and "execution" not in draft.groups
            and _execution_plant(draw, draft, code)
        ):
            draft.groups.add("execution")
    if draw(st.booleans()):  # a 扣减分数 column: deductions within the untouched lines' scores
        for k in sorted(draft.free):
            score = draft.lines[k].score
            assert score is not None
            cut = _scaled(draw(st.integers(0, int(score * 100))), places=2)
            draft.lines[k] = attrs.evolve(draft.lines[k], deduction=cut)
    total = draft.total()
    draft.report = attrs.evolve(
        draft.report, lines=tuple(draft.lines), total=total, grade_text=_grade_of(draw, total)
    )
    # Subtotals name their lines: a name given twice would make them ambiguous.
    misprinted = "AU404" in codes and "names" not in draft.groups
    if misprinted or ("names" not in draft.groups and draw(st.booleans())):
        subtotals = list(_subtotals(draw, draft))
        if misprinted:
            at = draw(st.integers(0, len(subtotals) - 1))
            field = draw(st.sampled_from(["points", "score"]))
            wrong = getattr(subtotals[at], field) + _off_by(draw, _BEYOND)
            subtotals[at] = attrs.evolve(subtotals[at], **{field: wrong})
            draft.codes["AU404"] += 1
        draft.report = attrs.evolve(draft.report, subtotals=tuple(subtotals))
    chosen = [code for code in codes if code in _TOTAL_CODES]
    if chosen or (planted and not draft.codes):
        _total_plant(draw, draft, chosen[0] if chosen else "AU403")
    return draft.report, draft.codes
