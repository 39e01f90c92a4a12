"""Year-end self-evaluation of a project (绩效自评, 财预〔2020〕10号 and practice).

The weights, the sharing of points and the grades are explained on the scoring page of the
documentation (`docs/explanation/scoring.md`).
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

import attrs

from perfindicator import _views
from perfindicator._exact import difference, exact_sum, product
from perfindicator.errors import (
    FieldError,
    PerfIndicatorError,
    Place,
    Problem,
    SelfEvaluationError,
)
from perfindicator.model import _validators as v
from perfindicator.model.categories import Level1, Level2
from perfindicator.model.project import Indicator, Project
from perfindicator.model.targets import Target
from perfindicator.reports._given import Given, check_given
from perfindicator.reports.budget import BudgetExecution
from perfindicator.reports.scheme import ScoringScheme, Weights
from perfindicator.reports.scheme import points as _points
from perfindicator.scoring.evaluate import (
    Actual,
    Baseline,
    Evaluation,
    Events,
    evaluate,
)
from perfindicator.scoring.rules import DEFAULT_RULES, ScoringRules

__all__ = ["Grade", "ScoredIndicator", "SelfEvaluation", "Subtotal", "self_evaluate"]

_CODE = "self-evaluation"
# The weight groups, in the order subtotals are listed.
_GROUPS = (Level1.OUTPUT, Level1.BENEFIT, Level1.SATISFACTION, Level1.COST)


class Grade(enum.Enum):
    """The grade of a self-evaluation total: 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 below.

    Examples:
        >>> from decimal import Decimal
        >>> Grade.of(Decimal("89.99")), Grade.of(90)
        (<Grade.GOOD: '良'>, <Grade.EXCELLENT: '优'>)
    """

    EXCELLENT = "优"
    GOOD = "良"
    FAIR = "中"
    POOR = "差"

    @classmethod
    def of(cls, total: Decimal | int) -> Grade:
        """The grade of a total out of 100 (an `int` or a `Decimal` from 0 to 100).

        Raises:
            FieldTypeError: `total` is not an `int` or a `Decimal`.
            FieldError: `total` is not a number from 0 to 100.

        Examples:
            >>> from decimal import Decimal
            >>> Grade.of(Decimal("NaN"))
            Traceback (most recent call last):
            ...
            perfindicator.errors.FieldError: Grade.of.total: must be a finite number (须为有限数值), got Decimal('NaN')
        """
        checked = v.exact_number(total, "Grade.of", "total")
        if not 0 <= checked <= 100:
            raise FieldError("Grade.of", "total", total, "must be a total from 0 to 100")
        if checked >= 90:
            return cls.EXCELLENT
        if checked >= 80:
            return cls.GOOD
        if checked >= 60:
            return cls.FAIR
        return cls.POOR


def _line_score(instance: ScoredIndicator, attribute: attrs.Attribute[Any], value: object) -> None:
    _points(instance, attribute, value)
    if instance.evaluation.target != instance.indicator.target:
        v.fail(
            instance,
            attribute,
            instance.evaluation.target,
            f"the evaluation is of another target than the indicator's {instance.indicator.target}",
        )
    if value != instance.evaluation.score(instance.points):
        v.fail(instance, attribute, value, "must be the evaluation's score of the points")


@attrs.frozen(kw_only=True)
class ScoredIndicator:
    """One line of a self-evaluation: an indicator, its evaluation, points and score.

    The score must be what the evaluation earns of the points.

    Examples:
        >>> import datetime
        >>> from perfindicator import Indicator, Level2, Project, Weights, parse_target, self_evaluate
        >>> project = Project(
        ...     name="示例", year=2022,
        ...     start=datetime.date(2022, 1, 1), end=datetime.date(2022, 12, 31),
        ...     indicators=(Indicator(level2=Level2.QUANTITY, name="培训人次",
        ...                           target=parse_target(">=100人次")),))
        >>> only_output = Weights(output=90, benefit=0, satisfaction=0)
        >>> line = self_evaluate(project, {"培训人次": "80人次"}, weights=only_output).lines[0]
        >>> line.points, line.score, line.met, line.note_required
        (Decimal('90.00'), Decimal('72.00'), False, True)
    """

    indicator: Indicator = attrs.field(validator=v.instance_of(Indicator))
    evaluation: Evaluation = attrs.field(validator=v.instance_of(Evaluation))
    points: Decimal = attrs.field(converter=v.to_exact, validator=_points)
    score: Decimal = attrs.field(converter=v.to_exact, validator=_line_score)

    @property
    def met(self) -> bool:
        """Whether the indicator's target is met: `evaluation.met`.

        Examples:
            >>> from perfindicator import Indicator, Level2, evaluate, parse_target
            >>> i = Indicator(level2=Level2.QUALITY, name="接答率", target=parse_target(">=95%"))
            >>> e = evaluate(i.target, "90%")
            >>> line = ScoredIndicator(indicator=i, evaluation=e, points=10, score=e.score(10))
            >>> line.met, line.note_required, line.score
            (False, True, Decimal('9.47'))
        """
        return self.evaluation.met

    @property
    def note_required(self) -> bool:
        """Whether a deviation note (偏差原因分析及改进措施) is required (see `met`)."""
        return self.evaluation.note_required


def _at_most_points(instance: Subtotal, attribute: attrs.Attribute[Any], value: object) -> None:
    _points(instance, attribute, value)
    assert isinstance(value, Decimal)
    if value > instance.points:
        v.fail(instance, attribute, value, f"must not exceed the points, {instance.points}")


@attrs.frozen(kw_only=True)
class Subtotal:
    """Points and score of one weight group (a level-1 category).

    Examples:
        >>> import datetime
        >>> from perfindicator import Indicator, Level2, Project, Weights, parse_target, self_evaluate
        >>> project = Project(
        ...     name="示例", year=2022,
        ...     start=datetime.date(2022, 1, 1), end=datetime.date(2022, 12, 31),
        ...     indicators=(Indicator(level2=Level2.QUANTITY, name="培训人次",
        ...                           target=parse_target(">=100人次")),))
        >>> only_output = Weights(output=90, benefit=0, satisfaction=0)
        >>> self_evaluate(project, {"培训人次": "80人次"}, weights=only_output).subtotals[0]
        Subtotal(level1=<Level1.OUTPUT: '产出指标'>, points=Decimal('90'), score=Decimal('72.00'))
    """

    level1: Level1 = attrs.field(validator=v.instance_of(Level1))
    points: Decimal = attrs.field(converter=v.to_exact, validator=_points)
    score: Decimal = attrs.field(converter=v.to_exact, validator=_at_most_points)


def _subtotals(lines: Sequence[ScoredIndicator], weights: Weights) -> tuple[Subtotal, ...]:
    """Per weight group: its weight and the scores of its lines (cost only with its own weight)."""
    return tuple(
        Subtotal(
            level1=group,
            points=weights.of(group),
            score=exact_sum(
                line.score for line in lines if weights.group(line.indicator.level1) is group
            ),
        )
        for group in _GROUPS
        if group is not Level1.COST or weights.cost is not None
    )


# Built once: a validator made inside the function would be made on every check.
_WEIGHTS = v.instance_of(Weights)


def _consistent(instance: SelfEvaluation, attribute: attrs.Attribute[Any], value: object) -> None:
    # Runs on the last field: every field is of its type by then. A result read from JSON must
    # say what scoring would have said, or a tampered total would pass for a real one.
    _WEIGHTS(instance, attribute, value)
    assert isinstance(value, Weights)
    if instance.subtotals != _subtotals(instance.lines, value):
        v.fail(instance, attribute, instance.subtotals, "the subtotals must add up the lines")
    for subtotal in instance.subtotals:
        # self_evaluate shares each weight out in full among its group's lines.
        given = exact_sum(
            line.points
            for line in instance.lines
            if value.group(line.indicator.level1) is subtotal.level1
        )
        if given != subtotal.points:
            v.fail(
                instance,
                attribute,
                given,
                f"the points of the {subtotal.level1.value} lines must add up to its weight "
                f"{subtotal.points}",
            )
    execution = instance.execution_score
    if execution is not None and execution > value.execution:
        v.fail(instance, attribute, execution, "the execution score exceeds its weight")
    total = exact_sum((*(s.score for s in instance.subtotals), execution or Decimal(0)))
    if instance.total != total:
        v.fail(instance, attribute, instance.total, f"the total must be {total}")
    grade = None if execution is None else Grade.of(total)
    if instance.grade is not grade:
        v.fail(instance, attribute, instance.grade, f"the grade must be {grade}")


@attrs.frozen(kw_only=True)
class SelfEvaluation:
    """A scored self-evaluation of one project.

    Every field is checked, and the subtotals, total and grade must agree with the lines and
    the weights, so a result read back from JSON is one scoring could have produced.

    Attributes:
        project: the project's name.
        year: its budget year.
        lines: one line per indicator, in form order.
        subtotals: per level-1 weight group, in the order output, benefit, satisfaction,
            cost (cost only when it has a weight of its own).
        execution_score: the budget-execution score, or `None` when no budget was given.
        total: indicator scores plus the execution score.
        grade: the grade of the total, or `None` when no budget was given (the total is then
            out of 100 less the execution weight, and no grade would be fair).
        weights: the weights it was scored with.

    Examples:
        >>> import datetime
        >>> from perfindicator import Indicator, Level2, Project, Weights, parse_target, self_evaluate
        >>> project = Project(
        ...     name="示例", year=2022,
        ...     start=datetime.date(2022, 1, 1), end=datetime.date(2022, 12, 31),
        ...     indicators=(Indicator(level2=Level2.QUANTITY, name="培训人次",
        ...                           target=parse_target(">=100人次")),))
        >>> only_output = Weights(output=90, benefit=0, satisfaction=0)
        >>> from perfindicator import BudgetExecution
        >>> spent = BudgetExecution(budget=100, executed=100)
        >>> result = self_evaluate(project, {"培训人次": "80人次"}, weights=only_output, budget=spent)
        >>> result.execution_score, result.total, result.grade, result.weights.execution
        (Decimal('10.00'), Decimal('82.00'), <Grade.GOOD: '良'>, Decimal('10'))
    """

    project: str = attrs.field(validator=v.name)
    year: int = attrs.field(validator=v.year)
    lines: tuple[ScoredIndicator, ...] = attrs.field(validator=v.tuple_of(ScoredIndicator))
    subtotals: tuple[Subtotal, ...] = attrs.field(validator=v.tuple_of(Subtotal))
    execution_score: Decimal | None = attrs.field(
        converter=v.to_exact, validator=v.optional(_points)
    )
    total: Decimal = attrs.field(converter=v.to_exact, validator=_points)
    grade: Grade | None = attrs.field(validator=v.optional(v.instance_of(Grade)))
    weights: Weights = attrs.field(validator=_consistent)

    def _repr_html_(self) -> str:
        return _views.html(self)


def self_evaluate(
    project: Project,
    actuals: Mapping[str, Actual],
    *,
    points: Mapping[str, Decimal | int] | None = None,
    budget: BudgetExecution | None = None,
    weights: Weights | None = None,
    rules: ScoringRules | None = None,
    scheme: ScoringScheme | None = None,
    baselines: Mapping[str, Baseline] | None = None,
    targets: Mapping[str, Target | str] | None = None,
    events: Events | None = None,
) -> SelfEvaluation:
    """Score a project's year-end results out of 100.

    `actuals` maps each indicator's name to its actual value (anything `evaluate` takes).
    `points` maps names to points (`int` or `Decimal`, whole cents); by default each level-1
    weight is shared equally by its indicators, in cents, the odd cents going to the first
    indicators in form order. `baselines` maps the names of relative-change indicators to
    their baselines. `targets` supplies targets (a `Target` or its text) for indicators whose
    target cell the form left empty (the lines then show the target used); it cannot replace
    a target the form gives. Deadlines without a year take the project's budget year.
    `events` gives the dates of the events relative deadlines count from (`合同签订`).

    `scheme` names every scoring choice at once (`ScoringScheme`, or a preset such as
    `SICHUAN_2023`): its weights (with level-2 points, shared like the level-1 weights), its
    rules and its execution formula. `weights` and `rules` are the shorthand for a scheme of
    those two parts; give either a scheme or them. A scheme that weighs target blocks
    (`HUBEI_2020`) needs `points`: a project does not say which block an indicator is in;
    the result's weights are then the sums of the points by category.

    Raises:
        SelfEvaluationError: listing every problem found: duplicate indicator names,
            indicators without a target, missing or unknown actuals, points that do not add
            up to the weights, actuals that cannot be evaluated.
        FieldTypeError: an argument is of the wrong type (a list for `points`, a string for
            `weights`), naming the argument and what it takes.

    Examples:
        >>> from perfindicator import *
        >>> import datetime
        >>> from decimal import Decimal
        >>> project = Project(
        ...     name="示例", year=2022,
        ...     start=datetime.date(2022, 1, 1), end=datetime.date(2022, 12, 31),
        ...     indicators=(
        ...         Indicator(level2=Level2.QUANTITY, name="培训人次",
        ...                   target=parse_target(">=1000人次")),
        ...         Indicator(level2=Level2.SOCIAL, name="知晓度", target=parse_target("提升")),
        ...         Indicator(level2=Level2.SATISFACTION, name="满意度",
        ...                   target=parse_target(">=90%")),
        ...     ),
        ... )
        >>> result = self_evaluate(
        ...     project, {"培训人次": "950人次", "知晓度": "提升", "满意度": "92%"},
        ...     budget=BudgetExecution(budget=Decimal(100000), executed=Decimal(98000)),
        ... )
        >>> [line.score for line in result.lines], result.execution_score
        ([Decimal('47.50'), Decimal('30.00'), Decimal('10.00')], Decimal('9.80'))
        >>> result.total, result.grade
        (Decimal('97.30'), <Grade.EXCELLENT: '优'>)
        >>> self_evaluate(project, {}, weights="equal")
        Traceback (most recent call last):
        ...
        perfindicator.errors.FieldTypeError: self_evaluate.weights: must be a Weights, got 'equal'
    """
    owner = "self_evaluate"
    v.require(project, Project, owner, "project")
    v.require(actuals, Mapping, owner, "actuals")
    scheme = _scheme(scheme, weights, rules)
    weights, rules = scheme.weights, scheme.rules
    if budget is not None:
        v.require(budget, BudgetExecution, owner, "budget")
    if events is not None:
        v.require(events, Mapping, owner, "events")
    given, found = check_given(
        project,
        owner,
        code=_CODE,
        actuals=actuals,
        points=points,
        baselines=baselines,
        targets=targets,
    )
    problems = list(found)
    groups = [weights.group(g.indicator.level1) for g in given]
    if points is None and scheme.blocks:
        problems.append(
            _problem(
                "points",
                f"the {scheme.name or 'given'} scheme weighs target blocks, which a project "
                "does not record: give the points of each indicator (points=)",
                "评分方案按目标块分配分值，须提供各指标分值",
            )
        )
        allotted = [Decimal(0)] * len(given)
    elif points is None:
        allotted = allot([g.indicator.level2 for g in given], scheme, problems)
    else:
        if scheme.blocks:
            weights = _block_weights(given, scheme, problems)
            groups = [weights.group(g.indicator.level1) for g in given]
        allotted = _given_points(given, groups, weights, points, problems)

    lines = []
    for entry, share in zip(given, allotted, strict=True):
        if entry.indicator.target is None:
            # A target supplied but refused is a problem already; say nothing more of it.
            if entry.indicator.name not in (targets or {}):
                problems.append(
                    _problem(
                        entry.indicator.name,
                        "the form gives no target to evaluate against; supply one in targets=",
                        "未填写指标目标值",
                    )
                )
            continue
        line = _line(entry, share, project.year, rules, dict(events or {}), problems)
        if line is not None:
            lines.append(line)
    if problems:
        raise SelfEvaluationError(project.name, tuple(problems))

    execution = None if budget is None else scheme.execution_score(budget)
    return summed(project.name, project.year, lines, weights, execution)


def summed(
    project: str,
    year: int,
    lines: Sequence[ScoredIndicator],
    weights: Weights,
    execution: Decimal | None,
) -> SelfEvaluation:
    """The self-evaluation of scored lines: their subtotals, the total and its grade.

    Shared by `self_evaluate` and the audit's recomputation, so that a total is made one way.
    """
    subtotals = _subtotals(lines, weights)
    total = exact_sum((*(s.score for s in subtotals), execution or Decimal(0)))
    return SelfEvaluation(
        project=project,
        year=year,
        lines=tuple(lines),
        subtotals=subtotals,
        execution_score=execution,
        total=total,
        grade=None if execution is None else Grade.of(total),
        weights=weights,
    )


def _problem(subject: str, en: str, zh: str) -> Problem:
    return Problem(code=_CODE, message_en=en, message_zh=zh, where=Place(subject=subject))


def _scheme(
    scheme: ScoringScheme | None, weights: Weights | None, rules: ScoringRules | None
) -> ScoringScheme:
    """The scheme to score with: `scheme`, or one of `weights` and `rules` (never both)."""
    owner = "self_evaluate"
    if scheme is not None:
        v.require(scheme, ScoringScheme, owner, "scheme")
        if weights is not None or rules is not None:
            raise FieldError(
                owner, "scheme", scheme, "give either a scheme or weights and rules, not both"
            )
        return scheme
    weights = Weights() if weights is None else weights
    v.require(weights, Weights, owner, "weights")
    rules = DEFAULT_RULES if rules is None else rules
    v.require(rules, ScoringRules, owner, "rules")
    return ScoringScheme(weights=weights, rules=rules)


def split(weight: Decimal, count: int) -> list[Decimal]:
    """`weight` shared equally `count` ways, in cents, the odd cents to the first shares."""
    cents = int(product(weight, Decimal(100)))
    each, odd = divmod(cents, count)
    # Built from text: exact whatever the decimal context.
    return [Decimal(f"{each + (rank < odd)}E-2") for rank in range(count)]


def allot(
    level2s: Sequence[Level2], scheme: ScoringScheme, problems: list[Problem]
) -> list[Decimal]:
    """The points of indicators of `level2s` where none are given: shared equally.

    Each level-1 weight is shared among its group's indicators in cents, the odd cents to
    the first in form order. Where the scheme gives level-2 points, the indicators of a
    listed level-2 category share its points, and the group's other indicators share what
    is left of its weight. A weight with no indicator to carry it is a problem.
    """
    weights = scheme.weights
    groups = [weights.group(level2.parent) for level2 in level2s]
    shares = [Decimal(0)] * len(groups)
    listed = {e.level2 for e in scheme.level2}
    for group in _GROUPS:
        members = [k for k, g in enumerate(groups) if g is group]
        parts = [e for e in scheme.level2 if weights.group(e.level2.parent) is group]
        rest = difference(weights.of(group), exact_sum(e.points for e in parts))
        carried = [
            (e.points, e.level2.value, [k for k in members if level2s[k] is e.level2])
            for e in parts
        ]
        carried.append((rest, group.value, [k for k in members if level2s[k] not in listed]))
        for points, subject, sharing in carried:
            if points == 0:
                continue
            if not sharing:
                problems.append(
                    _problem(
                        subject,
                        f"no indicators to carry its {points} points",
                        f"没有指标承担{points}分",
                    )
                )
                continue
            for k, share in zip(sharing, split(points, len(sharing)), strict=True):
                shares[k] = share
    return shares


def _block_weights(
    given: Sequence[Given], scheme: ScoringScheme, problems: list[Problem]
) -> Weights:
    """The weights of a block scheme's result: the given points summed by category."""
    sums = {
        level1: exact_sum(g.points or Decimal(0) for g in given if g.indicator.level1 is level1)
        for level1 in Level1
    }
    execution = scheme.weights.execution
    total = exact_sum((*sums.values(), execution))
    if total != 100:
        problems.append(
            _problem(
                "points",
                f"the points add up to {total - execution}, the blocks to "
                f"{exact_sum(scheme.blocks)}",
                f"分值合计{total - execution}，目标块合计{exact_sum(scheme.blocks)}",
            )
        )
        return scheme.weights
    has_cost = any(g.indicator.level1 is Level1.COST for g in given)
    return Weights(
        output=sums[Level1.OUTPUT],
        benefit=sums[Level1.BENEFIT],
        satisfaction=sums[Level1.SATISFACTION],
        cost=sums[Level1.COST] if has_cost else None,
        execution=execution,
    )


def _given_points(
    given: Sequence[Given],
    groups: list[Level1],
    weights: Weights,
    points: Mapping[str, object],
    problems: list[Problem],
) -> list[Decimal]:
    """The points given for each indicator, checked to add up to each group's weight."""
    shares = []
    for entry in given:
        # Points given but refused are already a problem (check_given); only missing ones here.
        if entry.indicator.name not in points:
            problems.append(_problem(entry.indicator.name, "no points given", "未提供分值"))
        shares.append(entry.points or Decimal(0))
    for group in _GROUPS:
        given_total = exact_sum(s for s, g in zip(shares, groups, strict=True) if g is group)
        if given_total != weights.of(group):
            problems.append(
                _problem(
                    group.value,
                    f"points add up to {given_total}, the weight is {weights.of(group)}",
                    f"分值合计{given_total}，权重为{weights.of(group)}",
                )
            )
    return shares


def _line(
    entry: Given,
    points: Decimal,
    year: int,
    rules: ScoringRules,
    events: Events,
    problems: list[Problem],
) -> ScoredIndicator | None:
    indicator, target = entry.indicator, entry.indicator.target
    assert target is not None  # indicators without one are reported by the caller
    if entry.actual is None:
        problems.append(_problem(indicator.name, "no actual value given", "未提供实际值"))
        return None
    try:
        evaluation = evaluate(
            target, entry.actual, baseline=entry.baseline, year=year, events=events, rules=rules
        )
    except PerfIndicatorError as error:
        problems.append(error.as_problem(Place(subject=indicator.name)))
        return None
    return ScoredIndicator(
        indicator=indicator, evaluation=evaluation, points=points, score=evaluation.score(points)
    )
