"""Auditing a published self-evaluation: `audit`, and what it returns, `Audit`.

The audit recomputes every figure of a `SelfEvaluationReport` under a `ScoringScheme` and
reports each departure as a `Discrepancy`: line scores against the rule, points against
their labels and 100, the execution rate and score against the budget rows, the total
against its parts, the grade against the total, the deviation notes the rules ask for. It
reads the points the form prints first and the scheme's weights only where the form prints
none. What cannot be read is reported, never guessed.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from decimal import Decimal
from fractions import Fraction

import attrs

from perfindicator import _repr, _views
from perfindicator._exact import difference, exact_sum, is_points, product, quotient
from perfindicator.audits.discrepancies import CODES, Discrepancy
from perfindicator.documents._rows import level2_of
from perfindicator.documents.selfeval_report import (
    ExecutionLine,
    PointsLabel,
    ReportedIndicator,
    SelfEvaluationReport,
)
from perfindicator.errors import FieldError, PerfIndicatorError, Place, Problem, Severity
from perfindicator.grammar.actuals import is_not_applicable
from perfindicator.grammar.wording import OFFICIAL_WORDINGS
from perfindicator.model import _validators as v
from perfindicator.model.categories import Level1
from perfindicator.model.kinds import ReportLayout
from perfindicator.model.outcomes import Judgement, Outcome
from perfindicator.model.project import Indicator
from perfindicator.model.targets import Qualitative
from perfindicator.reports.budget import BudgetExecution
from perfindicator.reports.scheme import Denominator, ScoringScheme, Weights
from perfindicator.reports.selfeval import (
    Grade,
    ScoredIndicator,
    SelfEvaluation,
    allot,
    split,
    summed,
)
from perfindicator.scoring.evaluate import Evaluation, evaluate

__all__ = ["Audit", "AuditedLine", "audit"]

_ZERO, _ONE, _HUNDRED = Decimal(0), Decimal(1), Decimal(100)


@attrs.frozen(kw_only=True)
class AuditedLine:
    """One indicator line as published and as recomputed.

    Attributes:
        indicator: the indicator's name.
        points: the points the line carries (printed, or allotted where the form prints
            none: a block's or a group's points shared equally), or `None`.
        reported: the score printed (the raw score where a deduction is separate).
        deduction: the deduction printed (扣减分数), or `None`.
        recomputed: the score the scheme's rule gives, or `None` where the line cannot be
            recomputed (its discrepancy says why).
        met: whether the target is met, or `None` where that cannot be told.

    Examples:
        >>> AuditedLine(indicator="接答率", points=Decimal(10), reported=Decimal(10),
        ...     recomputed=Decimal("9.47"), met=False).recomputed
        Decimal('9.47')
    """

    indicator: str = attrs.field(validator=v.name)
    points: Decimal | None = attrs.field(default=None, validator=v.optional(v.decimal))
    reported: Decimal | None = attrs.field(default=None, validator=v.optional(v.decimal))
    deduction: Decimal | None = attrs.field(default=None, validator=v.optional(v.decimal))
    recomputed: Decimal | None = attrs.field(default=None, validator=v.optional(v.decimal))
    met: bool | None = attrs.field(default=None, validator=v.optional(v.instance_of(bool)))

    __repr__ = _repr.compact


@attrs.frozen(kw_only=True)
class Audit:
    """A published self-evaluation recomputed under a scheme, and where the two differ.

    Attributes:
        project: the project's name.
        year: the budget year.
        scheme: the scheme it was recomputed under.
        lines: each applicable indicator line, as published and recomputed.
        execution_score: the recomputed execution score, or `None` (no budget rows, or
            rows that cannot be scored).
        total: the recomputed total: the recomputed line scores less the published
            deductions, plus the recomputed execution score; where a line or the execution
            cannot be recomputed its published score stands in.
        reported_total: the total the report prints, or `None`.
        recomputed: the recomputed `SelfEvaluation`, where every applicable line could be
            evaluated and the points make a whole of 100; else `None` (the discrepancies
            say why). Its scores are the raw scores of the rule: a published deduction
            (扣减分数) is in `total`, not in `recomputed.total`.
        discrepancies: every departure found, in report order: lines, points, execution,
            totals.

    Examples:
        >>> from perfindicator import ExecutionLine, ReportedIndicator, Level1, Level2, parse_target
        >>> report = SelfEvaluationReport(name="示例", year=2022,
        ...     execution=(ExecutionLine(budget=100, executed=90, rate=Decimal("90.00"),
        ...                              points=10, score=9),),
        ...     lines=(ReportedIndicator(name="接答率", level1=Level1.OUTPUT,
        ...         level2=Level2.QUALITY, target_text="≥95%", target=parse_target("≥95%"),
        ...         actual_text="90%", points=90, score=90, note="话务高峰"),),
        ...     total=99)
        >>> result = audit(report)
        >>> result.total, result.reported_total, [d.code for d in result.discrepancies]
        (Decimal('94.26'), Decimal('99'), ['AU101'])
    """

    project: str = attrs.field(validator=v.name)
    year: int = attrs.field(validator=v.year)
    scheme: ScoringScheme = attrs.field(validator=v.instance_of(ScoringScheme))
    lines: tuple[AuditedLine, ...] = attrs.field(validator=v.tuple_of(AuditedLine))
    execution_score: Decimal | None = attrs.field(validator=v.optional(v.decimal))
    total: Decimal = attrs.field(validator=v.decimal)
    reported_total: Decimal | None = attrs.field(validator=v.optional(v.decimal))
    recomputed: SelfEvaluation | None = attrs.field(
        validator=v.optional(v.instance_of(SelfEvaluation))
    )
    discrepancies: tuple[Discrepancy, ...] = attrs.field(validator=v.tuple_of(Discrepancy))

    __repr__ = _repr.compact

    @property
    def errors(self) -> tuple[Discrepancy, ...]:
        """The discrepancies that break a rule (severity error), not discretion notes."""
        return tuple(d for d in self.discrepancies if d.severity is Severity.ERROR)

    def _repr_html_(self) -> str:
        return _views.html(self)


def audit(report: SelfEvaluationReport, *, scheme: ScoringScheme | None = None) -> Audit:
    """Recompute a published self-evaluation under `scheme` and list where it departs.

    `scheme` defaults to the preset of the report's layout (`ScoringScheme.of`), the 10号
    scheme where the layout is unknown. The codes and their rules are on the audit page of
    the docs (`CODES`).

    Raises:
        FieldTypeError: `report` is not a `SelfEvaluationReport`, or `scheme` not a
            `ScoringScheme`.

    Examples:
        >>> from perfindicator import ReportedIndicator, Level1, Level2, parse_target
        >>> report = SelfEvaluationReport(name="示例", year=2022, lines=(
        ...     ReportedIndicator(name="参训满意度", level1=Level1.SATISFACTION,
        ...         level2=Level2.SATISFACTION, target_text="良好",
        ...         target=parse_target("良好"), actual_text="基本达到", points=100,
        ...         score=95, note="部分学员反映课时不足"),), total=95)
        >>> [(d.code, d.reported, d.recomputed) for d in audit(report).discrepancies]
        [('AU102', Decimal('95'), Decimal('70.00'))]
    """
    v.require(report, SelfEvaluationReport, "audit", "report")
    scheme = ScoringScheme.of(report.layout) if scheme is None else scheme
    v.require(scheme, ScoringScheme, "audit", "scheme")
    return _Auditor(report, scheme).run()


class _Auditor:
    """One audit: the report, the scheme, and the discrepancies found so far."""

    def __init__(self, report: SelfEvaluationReport, scheme: ScoringScheme) -> None:
        self.report = report
        self.scheme = scheme
        self.found: list[Discrepancy] = []
        self.printed = False  # whether any line prints its points
        self.execution_line = _execution_line(report)

    def say(
        self,
        code: str,
        en: str,
        zh: str,
        *,
        where: Place,
        indicator: str | None = None,
        reported: Decimal | None = None,
        recomputed: Decimal | None = None,
        text: str | None = None,
    ) -> None:
        self.found.append(
            Discrepancy(
                code=code,
                severity=CODES[code].severity,
                message_en=en,
                message_zh=zh,
                where=attrs.evolve(where, subject=indicator or where.subject),
                text=text,
                indicator=indicator,
                reported=reported,
                recomputed=recomputed,
            )
        )

    def run(self) -> Audit:
        report = self.report
        lines = [line for line in report.lines if line.applicable]
        points, groups = self.points(lines)
        audited, evaluations = [], []
        seen: set[str] = set()
        kinds = {k: group.kind(k) for group in groups for k in group.members}
        self.printed = any(line.points is not None for line in lines)
        for k, (line, share) in enumerate(zip(lines, points, strict=True)):
            if line.name in seen:
                self.say("AU111", "the name is given twice", "指标名称重复",
                         where=line.place, indicator=line.name)  # fmt: skip
            seen.add(line.name)
            line_audit, evaluation = self.line(line, share, kinds.get(k))
            audited.append(line_audit)
            evaluations.append(evaluation)
        self.groups(lines, groups, audited)
        self.labels(lines)
        execution_points = self.execution_points()
        self.whole(points, execution_points)
        execution = self.execution(execution_points)
        self.subtotals()
        self.totals()
        recomputed = self.recomputed(lines, points, evaluations, execution, execution_points)
        total = exact_sum(
            (
                *(_net(_either(a.recomputed, a.reported), a.deduction) for a in audited),
                execution if execution is not None else self.printed_execution(),
            )
        )
        return Audit(
            project=report.name,
            year=report.year,
            scheme=self.scheme,
            lines=tuple(audited),
            execution_score=execution,
            total=total,
            reported_total=report.total,
            recomputed=recomputed,
            discrepancies=tuple(self.found),
        )

    # --- Points -----------------------------------------------------------------------

    def points(
        self, lines: Sequence[ReportedIndicator]
    ) -> tuple[list[Decimal | None], list[_Group]]:
        """The points each line carries, and the groups whose one score covers several lines.

        Printed points first. A line without points or a score after a line with both, in
        the same categories and block, is in that line's group (黄石 2022 prints one score per
        level-2 group). Where no line prints points, a block label's points (湖北) are its
        lines' group; else the scheme's weights are shared as `self_evaluate` shares them.
        A group's points are shared equally to recompute its lines, and its score is judged
        as a whole, so that how the form would have split it does not matter where every
        line is met.
        """
        shares: list[Decimal | None] = [line.points for line in lines]
        groups: list[_Group] = []
        if all(p is None for p in shares):
            blocks = [label for label in self.report.labels if label.level1 is None]
            if any(line.block for line in lines) and blocks:
                for label in blocks:
                    members = [k for k, line in enumerate(lines) if line.block == label.label]
                    if members:
                        groups.append(_block(label, members, lines))
            else:
                level2s = [level2_of(x.level1, x.level2, x.name) for x in lines]
                if all(level2 is not None for level2 in level2s):
                    # A weight no line can carry shows as points short of 100 (AU202).
                    problems: list[Problem] = []
                    known = [level2 for level2 in level2s if level2 is not None]
                    shares = list(allot(known, self.scheme, problems))
        else:
            groups = _runs(lines)
        for group in groups:
            if not is_points(group.points):
                continue  # its first line reports the points (AU203)
            parts = split(group.points, len(group.members))
            for k, share in zip(group.members, parts, strict=True):
                shares[k] = share
        return shares, groups

    def labels(self, lines: Sequence[ReportedIndicator]) -> None:
        """Check the lines under each points label add up to its points."""
        for label in self.report.labels:
            members = _under(label, lines)
            printed = [line.points for line in members if line.points is not None]
            if not printed:
                continue
            given = exact_sum(printed)
            if given != label.points:
                self.say(
                    "AU201",
                    f"the points under {label.label} add up to {given}, the label says "
                    f"{label.points}",
                    f"{label.label}下各指标分值合计{given}，标注为{label.points}分",
                    where=attrs.evolve(label.place, subject=label.label),
                    reported=given,
                    recomputed=label.points,
                )

    def whole(self, points: Sequence[Decimal | None], execution: Decimal | None) -> None:
        """Check the points of the lines and of the execution add up to 100.

        A report without execution rows may leave the execution's points out of its view
        (the import template's indicator sheet): its lines then make 100 less the scheme's
        execution weight, or 100 on their own.
        """
        if not points or any(p is None for p in points):
            return
        lines = exact_sum(p for p in points if p is not None)
        whole = exact_sum((lines, execution or _ZERO))
        if whole == _HUNDRED:
            return
        if execution is None and exact_sum((lines, self.scheme.weights.execution)) == _HUNDRED:
            return
        self.say(
            "AU202",
            f"the points add up to {whole}, not 100",
            f"分值合计{whole}，不为100",
            where=self.report.total_place,
            reported=whole,
            recomputed=_HUNDRED,
        )

    # --- Lines ------------------------------------------------------------------------

    def line(
        self, line: ReportedIndicator, points: Decimal | None, kind: str | None
    ) -> tuple[AuditedLine, Evaluation | None]:
        """Recompute one line and check its score, deduction and note.

        `kind` says how the line stands in a group (`_Group.kind`): the score of a group's
        head covers its members, and a block's lines share its points; their scores are
        judged with their group's (see `groups`).
        """
        name = line.name
        found = AuditedLine(
            indicator=name, points=points, reported=line.score, deduction=line.deduction
        )
        if points is None:
            if self.printed:
                self.say("AU112", "the line has no points while other lines print theirs",
                         "其他指标填有分值，该指标缺少分值", where=line.place,
                         indicator=name)  # fmt: skip
            return found, None
        if not is_points(points):
            self.unusable(points, line.place, name)
            return found, None
        self.bounds(line, points, kind)
        judged = self.judge(line)
        if judged is None:
            return found, None
        evaluation, outcome, met, note_due = judged
        if evaluation is not None:
            recomputed = evaluation.score(points)
        else:
            assert outcome is not None
            share = self.scheme.rules.fraction(Judgement(outcome=outcome))
            recomputed = quotient(product(points, share), Decimal(1), 2)
        found = attrs.evolve(found, recomputed=recomputed, met=met)
        if note_due and not self.noted(line):
            self.say(
                "AU109",
                "the target is missed or over-achieved and no deviation note is given",
                "未完成或超额完成目标，未填写偏差原因分析",
                where=line.place,
                indicator=name,
            )
        if kind is None:
            self.compare(line, points, recomputed, outcome)
        return found, evaluation

    def noted(self, line: ReportedIndicator) -> bool:
        """Whether a line's deviation is explained.

        In its note, or where a layout gives the analysis once under its indicators (湖北's
        偏差大或目标未完成原因分析), there; a not-applicable mark (`无`) explains nothing.
        """
        if line.note and not is_not_applicable(line.note):
            return True
        footer = self.report.issues
        return (
            self.report.layout is ReportLayout.HUBEI
            and bool(footer)
            and not (is_not_applicable(footer))
        )

    def unusable(self, points: Decimal, where: Place, indicator: str | None = None) -> None:
        self.say(
            "AU203",
            f"the points {points} are negative or finer than cents: nothing is scored out of them",
            f"分值{points}为负或小数位超过两位，无法计分",
            where=where,
            indicator=indicator,
            reported=points,
        )

    def bounds(self, line: ReportedIndicator, points: Decimal, kind: str | None) -> None:
        """Check a line's score is given and within its points, and its deduction."""
        score, name = line.score, line.name
        if kind == "member":
            return  # its group's head prints the score
        if score is None:
            self.say("AU105", f"the line has {points} points and no score",
                     f"分值{points}而无得分", where=line.place, indicator=name,
                     recomputed=points)  # fmt: skip
            return
        if kind is None and not _ZERO <= score <= points:
            self.say("AU103", f"the score {score} is outside 0 to its {points} points",
                     f"得分{score}超出0至{points}分", where=line.place, indicator=name,
                     reported=score, recomputed=points)  # fmt: skip
        deduction = line.deduction
        if deduction is not None and not _ZERO <= deduction <= score:
            self.say("AU110", f"the deduction {deduction} is outside 0 to the score {score}",
                     f"扣减分数{deduction}超出0至得分{score}", where=line.place,
                     indicator=name, reported=deduction, recomputed=score)  # fmt: skip

    def judge(
        self, line: ReportedIndicator
    ) -> tuple[Evaluation | None, Outcome | None, bool, bool] | None:
        """Judge a line: its evaluation, its outcome, whether met, whether a note is due.

        A worded actual (`已完成`) has an outcome and no evaluation; `None` where the line
        cannot be judged (the discrepancy is reported).
        """
        name, target = line.name, line.target
        if target is None:
            what = "cannot be read" if line.target_text else "is missing"
            self.say("AU107", f"the target {what}", "指标值缺失或无法识别",
                     where=line.place, indicator=name, text=line.target_text or None)  # fmt: skip
            return None
        actual = line.actual
        if actual is None:
            self.say("AU106", "the actual is missing", "实际完成值缺失",
                     where=line.actual_place, indicator=name)  # fmt: skip
            return None
        if isinstance(actual, Outcome) and not isinstance(target, Qualitative):
            self.say(
                "AU108",
                f"the actual of the target {target} is given as words; scored as {actual.value}",
                f"定量指标以文字“{line.actual_text}”填报，按{actual.value}计分",
                where=line.actual_place,
                indicator=name,
                text=line.actual_text,
            )
            met = actual is Outcome.ACHIEVED
            return None, actual, met, not met
        try:
            evaluation = evaluate(target, actual, year=self.report.year, rules=self.scheme.rules)
        except PerfIndicatorError as error:
            problem = error.as_problem(line.actual_place)
            self.say("AU106", f"the actual cannot be read: {problem.message_en}",
                     f"实际完成值无法识别：{problem.message_zh}", where=line.actual_place,
                     indicator=name, text=line.actual_text)  # fmt: skip
            return None
        outcome = evaluation.actual.outcome if isinstance(evaluation.actual, Judgement) else None
        return evaluation, outcome, evaluation.met, evaluation.note_required

    def compare(
        self,
        line: ReportedIndicator,
        points: Decimal,
        recomputed: Decimal,
        outcome: Outcome | None,
    ) -> None:
        """Compare the printed score with the rule's: an error or discretion."""
        score, name = line.score, line.name
        if score is None or not _ZERO <= score <= points:
            return  # reported by bounds()
        if self.close(score, recomputed):
            return
        if outcome is not None:
            low, high = self.scheme.bands.band(outcome)
            # The band in points, each edge rounded to cents as a score is: 60% of 16.67
            # points is 10.002, printed 10.00, which is in the band, not below it.
            if (
                quotient(product(low, points), _ONE, 2)
                <= score
                <= quotient(product(high, points), _ONE, 2)
            ):
                self.discretion(line, score, recomputed)
                return
            if "".join(line.actual_text.split()) in OFFICIAL_WORDINGS:
                self.say(
                    "AU104",
                    f"{line.actual_text} is scored {score} of {points}, outside its band "
                    f"{low}–{high} of the points",
                    f"“{line.actual_text}”得分{score}（分值{points}），超出等级区间",
                    where=line.place,
                    indicator=name,
                    reported=score,
                    recomputed=recomputed,
                )
                return
            if outcome is not Outcome.NOT_ACHIEVED:
                # 基本达到 scored as achieved, 已完成 scored low: the assessor's reading of words
                # the rules do not grade.
                self.discretion(line, score, recomputed)
                return
            # A miss in any words (未完成, 否) scored above its band is scored above the rule.
        self.departs(line, score, recomputed)

    def departs(
        self, line: ReportedIndicator, score: Decimal, recomputed: Decimal, *, lines: int = 1
    ) -> None:
        """A printed score that is not the rule's: above it an error, below it discretion.

        `lines`: how many lines the score covers (a group's, judged as a whole).
        """
        if score <= recomputed:
            self.discretion(line, score, recomputed)
            return
        what = "scored" if lines == 1 else f"the group of {lines} lines is scored"
        what_zh = "" if lines == 1 else f"该组{lines}项指标"
        self.say(
            "AU101",
            f"{what} {score}, the rule gives {recomputed}",
            f"{what_zh}得分{score}，按规则应为{recomputed}",
            where=line.place,
            indicator=line.name,
            reported=score,
            recomputed=recomputed,
        )

    def discretion(self, line: ReportedIndicator, score: Decimal, recomputed: Decimal) -> None:
        self.say(
            "AU102",
            f"scored {score}, the rule gives {recomputed}: the assessor's discretion",
            f"得分{score}，按规则为{recomputed}（评价人酌情）",
            where=line.place,
            indicator=line.name,
            reported=score,
            recomputed=recomputed,
        )

    def close(self, printed: Decimal, exact: Decimal, *, rounded: bool = False) -> bool:
        """Whether a printed figure agrees with an exact one: within the scheme's tolerance.

        `rounded`: or equal to it at the printed precision, where tables are known to round
        further (an execution score printed in whole points).
        """
        if difference(printed, exact).copy_abs() <= self.scheme.tolerance:
            return True
        return rounded and _at_print(printed, exact) == printed

    def groups(
        self,
        lines: Sequence[ReportedIndicator],
        groups: Sequence[_Group],
        audited: Sequence[AuditedLine],
    ) -> None:
        """Judge the one score of each group against the sum of its lines' recomputed scores."""
        for group in groups:
            line = lines[group.members[0]]
            points, score = group.points, group.score
            if score is None:
                continue  # each of its lines without a score is reported (AU105)
            if not _ZERO <= score <= points:
                self.say("AU103", f"the group's score {score} is outside 0 to its {points} "
                         "points", f"得分{score}超出0至{points}分", where=line.place,
                         indicator=line.name, reported=score, recomputed=points)  # fmt: skip
                continue
            recomputed = [audited[k].recomputed for k in group.members]
            if any(r is None for r in recomputed):
                continue
            exact = exact_sum(r for r in recomputed if r is not None)
            if self.close(score, exact):
                continue
            self.departs(line, score, exact, lines=len(group.members))

    # --- Budget execution -------------------------------------------------------------

    def execution_points(self) -> Decimal | None:
        """The execution block's points: its total row's, its label's, or the scheme's."""
        report = self.report
        if not report.execution:
            return None
        line = self.execution_line
        if line is not None and line.points is not None:
            return line.points
        if report.execution_points is not None:
            return report.execution_points
        return self.scheme.weights.execution

    def printed_execution(self) -> Decimal:
        line = self.execution_line
        return line.score if line is not None and line.score is not None else _ZERO

    def execution(self, points: Decimal | None) -> Decimal | None:
        """Recompute the execution rate and score from the total row, and check them."""
        line = self.execution_line
        if points is None:
            return None
        if line is None:
            first = self.report.execution[0]
            self.say(
                "AU304",
                "the execution cannot be scored: no row is the total (总额, 合计, …) and no "
                "single row carries the score",
                "预算执行栏目缺少总额行，无法计算执行率",
                where=first.place,
                text=first.label or None,
            )
            return None
        if not is_points(points):
            self.unusable(points, line.place)
            return None
        budget = _budget(line)
        if budget is None:
            self.say(
                "AU304",
                "the execution cannot be scored: the budget is zero or empty, or the "
                "executed amount is missing",
                "预算数为零或缺失，或执行数缺失，无法计算执行率",
                where=line.place,
                reported=line.score,
            )
            return None
        self.denominator(line)
        exact_rate = quotient(product(budget.executed, _HUNDRED), budget.budget, 10)
        if line.rate is not None and not _rate_agrees(line.rate, budget):
            initial = _budget(attrs.evolve(line, budget=line.initial))
            hint = (
                "; it is executed ÷ 年初预算数"
                if initial is not None and _rate_agrees(line.rate, initial)
                else ""
            )
            self.say(
                "AU301",
                f"the rate printed is {line.rate}%, executed ÷ budget is {exact_rate}%{hint}",
                f"执行率填报{line.rate}%，执行数÷预算数为{exact_rate}%",
                where=line.place,
                reported=line.rate,
                recomputed=_at_print(line.rate, exact_rate),
            )
        recomputed = self.scheme.execution_score(budget, points)
        score = line.score
        if score is not None and score > points:
            self.say("AU303", f"the execution score {score} is above its {points} points",
                     f"预算执行得分{score}超过分值{points}", where=line.place,
                     reported=score, recomputed=recomputed)  # fmt: skip
        elif score is not None and self.close(score, recomputed, rounded=True):
            if not self.close(score, recomputed):
                self.say(
                    "AU307",
                    f"the execution score {score} is the rule's {recomputed} rounded as printed",
                    f"预算执行得分{score}为规则计算值{recomputed}按填报精度取整",
                    where=line.place,
                    reported=score,
                    recomputed=recomputed,
                )
        elif score is not None:
            self.say(
                "AU302",
                f"the execution score is {score}, the rule gives {recomputed}",
                f"预算执行得分{score}，按规则应为{recomputed}",
                where=line.place,
                reported=score,
                recomputed=recomputed,
            )
        below = self.scheme.reason_below
        short = below is not None and budget.executed < product(below, budget.budget)
        if short and not line.reason:
            assert below is not None
            self.say(
                "AU305",
                f"the execution rate is below {product(below, _HUNDRED).normalize()}% "
                "and no reason is given",
                "执行率低于要求，未说明原因",
                where=line.place,
            )
        return recomputed

    def denominator(self, line: ExecutionLine) -> None:
        """Note where the form's budget column is not the denominator the scheme names."""
        wanted = self.scheme.denominator
        used = Denominator.ADJUSTED if self.report.adjusted else Denominator.FULL_YEAR
        if used is not wanted:
            self.say(
                "AU306",
                f"the rate is taken of the form's {used.value}, where the scheme names "
                f"{wanted.value}",
                f"执行率按表中{used.value}计算，评分方案为{wanted.value}",
                where=line.place,
            )

    # --- Totals -----------------------------------------------------------------------

    def subtotals(self) -> None:
        """Check each subtotal row against the printed figures of the lines it sums."""
        by_name = {line.name: line for line in self.report.lines}
        for subtotal in self.report.subtotals:
            lines = [by_name[name] for name in subtotal.lines if name in by_name]
            sums = (
                ("points", "分值", subtotal.points, [x.points for x in lines]),
                ("score", "得分", subtotal.score, [_net(x.score, x.deduction) for x in lines]),
            )
            for what, what_zh, printed, parts in sums:
                if printed is None:
                    continue
                total = exact_sum(p for p in parts if p is not None)
                if not self.close(printed, total):
                    self.say(
                        "AU404",
                        f"the {what} of {subtotal.label} is {printed}, its {len(lines)} lines "
                        f"add up to {total}",
                        f"{subtotal.label}{what_zh}{printed}，所含{len(lines)}项指标合计{total}",
                        where=subtotal.place,
                        reported=printed,
                        recomputed=total,
                    )

    def totals(self) -> None:
        """Check the printed total against its printed parts, and the grade against it."""
        report = self.report
        total = report.total
        if total is None:
            self.say("AU403", "no total is printed", "未填写总分", where=report.place)
        else:
            parts = exact_sum(
                (
                    *(_net(x.score, x.deduction) for x in report.lines if x.applicable),
                    self.printed_execution(),
                )
            )
            if not self.close(total, parts):
                self.say(
                    "AU401",
                    f"the total is {total}, its parts add up to {parts}",
                    f"总分{total}，各项得分合计{parts}",
                    where=report.total_place,
                    reported=total,
                    recomputed=parts,
                )
        if report.grade_text:
            grade = report.grade
            expected = Grade.of(total) if total is not None and _ZERO <= total <= _HUNDRED else None
            if grade is None:
                self.say(
                    "AU402",
                    f"the grade {report.grade_text} is not a grade (优, 良, 中, 差)",
                    f"评价等级“{report.grade_text}”无法识别",
                    where=report.total_place,
                    reported=total,
                    text=report.grade_text,
                )
            elif expected is not None and grade is not expected:
                self.say(
                    "AU402",
                    f"the grade {report.grade_text} is not that of the total {total}, "
                    f"{expected.value}",
                    f"评价等级“{report.grade_text}”与总分{total}不符，应为{expected.value}",
                    where=report.total_place,
                    reported=total,
                    text=report.grade_text,
                )

    # --- The recomputed self-evaluation -----------------------------------------------

    def recomputed(
        self,
        lines: Sequence[ReportedIndicator],
        points: Sequence[Decimal | None],
        evaluations: Sequence[Evaluation | None],
        execution: Decimal | None,
        execution_points: Decimal | None,
    ) -> SelfEvaluation | None:
        """The recomputed `SelfEvaluation`, where the report allows one (else `None`)."""
        if not lines or len({line.name for line in lines}) != len(lines):
            return None
        scored = []
        for line, share, evaluation in zip(lines, points, evaluations, strict=True):
            level2 = level2_of(line.level1, line.level2, line.name)
            if share is None or evaluation is None or level2 is None:
                return None
            try:
                indicator = Indicator(level2=level2, name=line.name, target=evaluation.target)
                scored.append(
                    ScoredIndicator(
                        indicator=indicator,
                        evaluation=evaluation,
                        points=share,
                        score=evaluation.score(share),
                    )
                )
            except FieldError:
                return None
        sums = {
            level1: exact_sum(x.points for x in scored if x.indicator.level1 is level1)
            for level1 in Level1
        }
        has_cost = any(x.indicator.level1 is Level1.COST for x in scored)
        rest = difference(_HUNDRED, exact_sum(sums.values()))
        try:
            weights = Weights(
                output=sums[Level1.OUTPUT],
                benefit=sums[Level1.BENEFIT],
                satisfaction=sums[Level1.SATISFACTION],
                cost=sums[Level1.COST] if has_cost else None,
                execution=execution_points if execution is not None else rest,
            )
            return summed(self.report.name, self.report.year, scored, weights, execution)
        except FieldError:
            return None


def _either(first: Decimal | None, second: Decimal | None) -> Decimal | None:
    return first if first is not None else second


def _net(score: Decimal | None, deduction: Decimal | None) -> Decimal:
    """A line's final score: the raw score less its deduction (0 for no score)."""
    if score is None:
        return _ZERO
    return difference(score, deduction) if deduction is not None else score


def _budget(line: ExecutionLine) -> BudgetExecution | None:
    """The row's budget and executed amount, or `None` where they cannot make a rate."""
    budget, executed = line.budget, line.executed
    if budget is None or executed is None or budget <= 0 or executed < 0:
        return None
    # -0 (a cell written "-0") is nothing executed.
    return BudgetExecution(budget=budget, executed=executed.copy_abs())


def _execution_line(report: SelfEvaluationReport) -> ExecutionLine | None:
    """The execution row the audit scores: the total row, else the one row with a score."""
    if report.total_line is not None:
        return report.total_line
    scored = [line for line in report.execution if line.score is not None]
    return scored[0] if len(scored) == 1 else None


def _places(printed: Decimal) -> int:
    exponent = printed.as_tuple().exponent
    assert isinstance(exponent, int)  # printed figures are finite
    return max(0, -exponent)


def _at_print(printed: Decimal, exact: Decimal) -> Decimal:
    """`exact` rounded half up to the decimal places `printed` shows."""
    return quotient(exact, Decimal(1), _places(printed))


def _rate_agrees(printed: Decimal, budget: BudgetExecution) -> bool:
    """Whether a printed rate (percent) is executed ÷ budget at its printed precision.

    Rounded half up or cut off: tables do both.
    """
    places = _places(printed)
    exact = Fraction(product(budget.executed, _HUNDRED)) / Fraction(budget.budget)
    cut = Decimal(f"{math.floor(exact * 10**places)}E-{places}")
    rounded = quotient(product(budget.executed, _HUNDRED), budget.budget, places)
    return printed in (rounded, cut)


def _under(label: PointsLabel, lines: Sequence[ReportedIndicator]) -> list[ReportedIndicator]:
    """The lines a points label covers: its category's, or its block's.

    All lines where the label names a block no line is in (`绩效指标(90分)`).
    """
    if label.level1 is not None:
        return [line for line in lines if line.level1 is label.level1]
    inside = [line for line in lines if line.block == label.label]
    return inside or list(lines)


@attrs.frozen
class _Group:
    """Lines one printed score covers: their indices, their points, the score printed."""

    members: list[int]
    points: Decimal
    score: Decimal | None
    block: bool

    def kind(self, k: int) -> str:
        """How line `k` stands in the group: `"block"`, `"head"` or `"member"`.

        A block's line prints its own score of the block's shared points; a head's score
        covers its group; a member prints none.
        """
        if self.block:
            return "block"
        return "head" if k == self.members[0] else "member"


def _runs(lines: Sequence[ReportedIndicator]) -> list[_Group]:
    """Lines whose one printed score covers the lines after it (黄石 2022).

    Each head (a line with points and a score) and the lines after it with neither, in its
    categories and block.
    """
    found = []
    k = 0
    while k < len(lines):
        head = lines[k]
        j = k + 1
        while (
            j < len(lines)
            and lines[j].points is None
            and lines[j].score is None
            and (lines[j].level1, lines[j].level2, lines[j].block)
            == (head.level1, head.level2, head.block)
        ):
            j += 1
        if j > k + 1 and head.points is not None and head.score is not None:
            members = list(range(k, j))
            found.append(_Group(members=members, points=head.points, score=head.score, block=False))
        k = j
    return found


def _block(label: PointsLabel, members: list[int], lines: Sequence[ReportedIndicator]) -> _Group:
    """A points block's lines (湖北): its points, and the sum of their printed scores."""
    scores = [lines[k].score for k in members]
    total = exact_sum(x for x in scores if x is not None)
    return _Group(
        members=members, points=label.points, score=None if None in scores else total, block=True
    )
