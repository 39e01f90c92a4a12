"""Year-end self-evaluation of a project (绩效自评, 财预〔2020〕10号 and practice)."""

from __future__ import annotations

import enum
from collections import Counter
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

import attrs

from perfindicator._exact import is_points, product, quotient
from perfindicator.errors import (
    EvaluationError,
    Place,
    Problem,
    SelfEvaluationError,
    UnitMismatchError,
)
from perfindicator.model import _validators as v
from perfindicator.model.categories import Level1
from perfindicator.model.project import Indicator, Project
from perfindicator.model.quantity import Quantity
from perfindicator.model.targets import Target
from perfindicator.scoring.evaluate import DEFAULT_RULES, Actual, Evaluation, ScoringRules, evaluate

__all__ = [
    "BudgetExecution",
    "Grade",
    "ScoredIndicator",
    "SelfEvaluation",
    "Subtotal",
    "Weights",
    "self_evaluate",
]

_CENT = Decimal("0.01")


def _points(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    v.amount(instance, attribute, value)
    if not is_points(value):
        v.fail(instance, attribute, value, "must have at most 2 decimal places")


def _optional_points(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        _points(instance, attribute, value)


def _adds_up(instance: Weights, attribute: attrs.Attribute[Any], value: Decimal | None) -> None:
    total = instance.output + instance.benefit + instance.satisfaction + instance.execution
    total += value or 0
    if total != 100:
        v.fail(
            instance, attribute, value, f"the weights must add up to 100, they add up to {total}"
        )


@attrs.frozen(kw_only=True)
class Weights:
    """How the 100 points of a self-evaluation are shared (domain.md §4).

    `cost` is `None` by default: the indicators of the level-1 成本指标 category (2021 forms)
    then share the output weight with the 产出指标 indicators. Give it a number to weigh them
    on their own.

    Examples:
        >>> from decimal import Decimal
        >>> from perfindicator import Level1
        >>> Weights().group(Level1.COST)
        <Level1.OUTPUT: '产出指标'>
        >>> Weights(output=Decimal(40), cost=Decimal(10)).group(Level1.COST)
        <Level1.COST: '成本指标'>
    """

    output: Decimal = attrs.field(default=Decimal(50), validator=_points)
    benefit: Decimal = attrs.field(default=Decimal(30), validator=_points)
    satisfaction: Decimal = attrs.field(default=Decimal(10), validator=_points)
    execution: Decimal = attrs.field(default=Decimal(10), validator=_points)
    cost: Decimal | None = attrs.field(default=None, validator=[_optional_points, _adds_up])

    def group(self, level1: Level1) -> Level1:
        """The level-1 category whose weight an indicator of `level1` shares."""
        if level1 is Level1.COST and self.cost is None:
            return Level1.OUTPUT
        return level1

    def of(self, level1: Level1) -> Decimal:
        """The weight of a level-1 group (0 for cost when it shares the output weight)."""
        return {
            Level1.OUTPUT: self.output,
            Level1.BENEFIT: self.benefit,
            Level1.SATISFACTION: self.satisfaction,
            Level1.COST: self.cost or Decimal(0),
        }[level1]


def _positive(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    v.amount(instance, attribute, value)
    if value == 0:
        v.fail(
            instance, attribute, value, "must be positive: execution of a zero budget is undefined"
        )


@attrs.frozen(kw_only=True)
class BudgetExecution:
    """Budget execution (预算执行率): the year's budget and what was spent of it, in yuan.

    Examples:
        >>> from decimal import Decimal
        >>> spent = BudgetExecution(budget=Decimal("15399720"), executed=Decimal("15012300"))
        >>> spent.rate, spent.score()
        (Decimal('0.9748'), Decimal('9.75'))
    """

    budget: Decimal = attrs.field(validator=_positive)
    executed: Decimal = attrs.field(validator=v.amount)

    @property
    def rate(self) -> Decimal:
        """Executed / budget, rounded half up to 4 places."""
        return quotient(self.executed, self.budget, 4)

    def score(self, weight: Decimal = Decimal(10)) -> Decimal:
        """Weight × executed / budget, capped at `weight`, rounded half up to 2 places."""
        return min(quotient(product(weight, self.executed), self.budget, 2), weight)


class Grade(enum.Enum):
    """The grade of a self-evaluation total: 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 below.

    Examples:
        >>> from decimal import Decimal
        >>> Grade.of(Decimal("89.99")), Grade.of(Decimal(90))
        (<Grade.GOOD: '良'>, <Grade.EXCELLENT: '优'>)
    """

    EXCELLENT = "优"
    GOOD = "良"
    FAIR = "中"
    POOR = "差"

    @classmethod
    def of(cls, total: Decimal) -> Grade:
        """The grade of a total out of 100."""
        if total >= 90:
            return cls.EXCELLENT
        if total >= 80:
            return cls.GOOD
        if total >= 60:
            return cls.FAIR
        return cls.POOR


@attrs.frozen(kw_only=True)
class ScoredIndicator:
    """One line of a self-evaluation: an indicator, its evaluation, points and score.

    Examples:
        >>> import datetime
        >>> from decimal import Decimal
        >>> from perfindicator import Indicator, Level2, Project, Weights, parse_target, self_evaluate
        >>> project = Project(
        ...     name="示例", year=2022,
        ...     start=datetime.date(2022, 1, 1), end=datetime.date(2022, 12, 31),
        ...     indicators=(Indicator(level2=Level2.QUANTITY, name="培训人次",
        ...                           target=parse_target(">=100人次")),))
        >>> only_output = Weights(output=Decimal(90), benefit=Decimal(0), satisfaction=Decimal(0))
        >>> line = self_evaluate(project, {"培训人次": "80人次"}, weights=only_output).lines[0]
        >>> line.points, line.score, line.met, line.note_required
        (Decimal('90.00'), Decimal('72.00'), False, True)
    """

    indicator: Indicator
    evaluation: Evaluation
    points: Decimal
    score: Decimal

    @property
    def met(self) -> bool:
        """Whether the indicator's target is met."""
        return self.evaluation.met

    @property
    def note_required(self) -> bool:
        """Whether a deviation note (偏差原因分析及改进措施) is required."""
        return self.evaluation.note_required


@attrs.frozen(kw_only=True)
class Subtotal:
    """Points and score of one weight group (a level-1 category).

    Examples:
        >>> import datetime
        >>> from decimal import Decimal
        >>> from perfindicator import Indicator, Level2, Project, Weights, parse_target, self_evaluate
        >>> project = Project(
        ...     name="示例", year=2022,
        ...     start=datetime.date(2022, 1, 1), end=datetime.date(2022, 12, 31),
        ...     indicators=(Indicator(level2=Level2.QUANTITY, name="培训人次",
        ...                           target=parse_target(">=100人次")),))
        >>> only_output = Weights(output=Decimal(90), benefit=Decimal(0), satisfaction=Decimal(0))
        >>> self_evaluate(project, {"培训人次": "80人次"}, weights=only_output).subtotals[0]
        Subtotal(level1=<Level1.OUTPUT: '产出指标'>, points=Decimal('90'), score=Decimal('72.00'))
    """

    level1: Level1
    points: Decimal
    score: Decimal


@attrs.frozen(kw_only=True)
class SelfEvaluation:
    """A scored self-evaluation of one project.

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

    Examples:
        >>> import datetime
        >>> from decimal import Decimal
        >>> from perfindicator import Indicator, Level2, Project, Weights, parse_target, self_evaluate
        >>> project = Project(
        ...     name="示例", year=2022,
        ...     start=datetime.date(2022, 1, 1), end=datetime.date(2022, 12, 31),
        ...     indicators=(Indicator(level2=Level2.QUANTITY, name="培训人次",
        ...                           target=parse_target(">=100人次")),))
        >>> only_output = Weights(output=Decimal(90), benefit=Decimal(0), satisfaction=Decimal(0))
        >>> from perfindicator import BudgetExecution
        >>> spent = BudgetExecution(budget=Decimal(100), executed=Decimal(100))
        >>> result = self_evaluate(project, {"培训人次": "80人次"}, weights=only_output, budget=spent)
        >>> result.execution_score, result.total, result.grade
        (Decimal('10.00'), Decimal('82.00'), <Grade.GOOD: '良'>)
    """

    project: str
    year: int
    lines: tuple[ScoredIndicator, ...]
    subtotals: tuple[Subtotal, ...]
    execution_score: Decimal | None
    total: Decimal
    grade: Grade | None

    def _repr_html_(self) -> str:
        from perfindicator.display import html as _html

        return _html.self_evaluation(self)


def self_evaluate(
    project: Project,
    actuals: Mapping[str, Actual],
    *,
    points: Mapping[str, Decimal] | None = None,
    budget: BudgetExecution | None = None,
    weights: Weights | None = None,
    rules: ScoringRules | None = None,
    baselines: Mapping[str, Quantity | str | Decimal | int] | None = None,
    targets: Mapping[str, Target] | None = None,
) -> SelfEvaluation:
    """Score a project's year-end results out of 100.

    `actuals` maps each indicator's name to its actual value (anything `evaluate` takes).
    `points` maps names to points; by default each level-1 weight is shared equally by its
    indicators, in cents, the odd cents going to the first indicators in form order.
    `baselines` maps the names of relative-change indicators to their baselines.
    `targets` supplies targets for indicators whose target cell the form left empty (the
    lines then show the target used); it cannot replace a target the form gives.
    Deadlines without a year take the project's budget year.

    Raises:
        SelfEvaluationError: listing every problem found: duplicate indicator names,
            indicators without a target, missing or unknown actuals, points that do not add
            up to the weights, actuals that cannot be evaluated.

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
    """
    v.require(project, Project, "self_evaluate", "project")
    v.require(actuals, Mapping, "self_evaluate", "actuals")
    weights = weights or Weights()
    rules = rules or DEFAULT_RULES
    baselines = baselines or {}
    targets = targets or {}
    problems: list[Problem] = []
    indicators = project.indicators

    counts = Counter(i.name for i in indicators)
    problems += [
        _problem(name, f"{n} indicators have this name", f"{n}个指标同名")
        for name, n in counts.items()
        if n > 1
    ]
    names = set(counts)
    given: list[tuple[str, str, Mapping[str, object]]] = [
        ("an actual", "实际值", actuals),
        ("a baseline", "基期值", baselines),
        ("a target", "目标值", targets),
    ]
    for what, what_zh, mapping in given:
        problems += [
            _problem(
                name,
                f"{what} is given, but no indicator has this name",
                f"提供了{what_zh}，但没有同名指标",
            )
            for name in mapping
            if name not in names
        ]
    problems += [
        _problem(
            i.name,
            f"a target is given, but the form already gives {i.target}",
            f"表中已有目标值{i.target}",
        )
        for i in indicators
        if i.target is not None and i.name in targets
    ]

    groups = [weights.group(i.level1) for i in indicators]
    allotted = _allot(indicators, groups, weights, points, problems)

    lines = []
    for indicator, share in zip(indicators, allotted, strict=True):
        if indicator.target is None and indicator.name in targets:
            indicator = attrs.evolve(indicator, target=targets[indicator.name])
        line = _line(indicator, share, actuals, baselines, project.year, rules, problems)
        if line is not None:
            lines.append(line)
    if problems:
        raise SelfEvaluationError(project.name, tuple(problems))

    order = [Level1.OUTPUT, Level1.BENEFIT, Level1.SATISFACTION, Level1.COST]
    subtotals = tuple(
        Subtotal(
            level1=level1,
            points=weights.of(level1),
            score=sum(
                (ln.score for ln, g in zip(lines, groups, strict=True) if g is level1), Decimal(0)
            ),
        )
        for level1 in order
        if level1 is not Level1.COST or weights.cost is not None
    )
    execution = None if budget is None else budget.score(weights.execution)
    total = sum((s.score for s in subtotals), Decimal(0)) + (execution or 0)
    return SelfEvaluation(
        project=project.name,
        year=project.year,
        lines=tuple(lines),
        subtotals=subtotals,
        execution_score=execution,
        total=total,
        grade=None if execution is None else Grade.of(total),
    )


def _problem(subject: str, en: str, zh: str) -> Problem:
    return Problem(
        code="self-evaluation", message_en=en, message_zh=zh, where=Place(subject=subject)
    )


def _allot(
    indicators: tuple[Indicator, ...],
    groups: list[Level1],
    weights: Weights,
    points: Mapping[str, Decimal] | None,
    problems: list[Problem],
) -> list[Decimal]:
    weighted = [
        g
        for g in (Level1.OUTPUT, Level1.BENEFIT, Level1.SATISFACTION, Level1.COST)
        if weights.of(g) > 0
    ]
    if points is None:
        shares = [Decimal(0)] * len(indicators)
        for group in weighted:
            members = [k for k, g in enumerate(groups) if g is group]
            if not members:
                problems.append(
                    _problem(
                        group.value,
                        f"no indicators to carry its {weights.of(group)} points",
                        f"没有指标承担{weights.of(group)}分",
                    )
                )
                continue
            cents = int(weights.of(group) * 100)
            each, odd = divmod(cents, len(members))
            for rank, k in enumerate(members):
                shares[k] = Decimal(each + (rank < odd)) * _CENT
        return shares
    shares = []
    for indicator in indicators:
        given = points.get(indicator.name)
        if given is None:
            problems.append(_problem(indicator.name, "no points given", "未提供分值"))
            given = Decimal(0)
        elif not is_points(given):
            problems.append(
                _problem(
                    indicator.name,
                    f"points must be a non-negative Decimal with at most 2 decimals, got {given!r}",
                    "分值须为非负数，最多两位小数",
                )
            )
            given = Decimal(0)
        shares.append(given)
    known = {i.name for i in indicators}
    problems += [
        _problem(
            name, "points are given, but no indicator has this name", "提供了分值，但没有同名指标"
        )
        for name in points
        if name not in known
    ]
    for group in (Level1.OUTPUT, Level1.BENEFIT, Level1.SATISFACTION, Level1.COST):
        given_total = sum(
            (s for s, g in zip(shares, groups, strict=True) if g is group), Decimal(0)
        )
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
    indicator: Indicator,
    points: Decimal,
    actuals: Mapping[str, Actual],
    baselines: Mapping[str, Quantity | str | Decimal | int],
    year: int,
    rules: ScoringRules,
    problems: list[Problem],
) -> ScoredIndicator | None:
    name = indicator.name
    if indicator.target is None:
        problems.append(
            _problem(
                name,
                "the form gives no target to evaluate against; supply one in targets=",
                "未填写指标目标值",
            )
        )
        return None
    if name not in actuals:
        problems.append(_problem(name, "no actual value given", "未提供实际值"))
        return None
    try:
        evaluation = evaluate(
            indicator.target, actuals[name], baseline=baselines.get(name), year=year, rules=rules
        )
    except (EvaluationError, UnitMismatchError) as error:
        problems.append(error.as_problem(Place(subject=name)))
        return None
    return ScoredIndicator(
        indicator=indicator, evaluation=evaluation, points=points, score=evaluation.score(points)
    )
