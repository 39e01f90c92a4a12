"""How a self-evaluation is scored where the rules leave a choice: `ScoringScheme`.

财预〔2020〕10号 fixes the shape of a self-evaluation and leaves the rest to provinces: how the
100 points are shared (`Weights`, by level-1 category, by level-2 category, or by target
block), which budget is the execution denominator and how execution scores, how an exceeded
lower-is-better target scores, where the bands of the qualitative outcomes lie, and when a
deviation note is due (`ScoringRules`). A `ScoringScheme` names every such choice in one
value; the presets are the schemes of the published layouts (`ReportLayout`), each with its
source. The scoring page of the documentation sets them side by side.
"""

from __future__ import annotations

import enum
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs

from perfindicator._exact import exact_sum, is_points, product, quotient
from perfindicator.model import _validators as v
from perfindicator.model.categories import Level1, Level2
from perfindicator.model.kinds import ReportLayout
from perfindicator.model.outcomes import Outcome
from perfindicator.reports.budget import BudgetExecution
from perfindicator.scoring.evaluate import check_points
from perfindicator.scoring.rules import DEFAULT_RULES, ScoringRules

__all__ = [
    "CENTRAL_10",
    "CENTRAL_10_LEVEL2",
    "CHONGQING_DEPARTMENT",
    "HUBEI_2020",
    "NINGXIA",
    "PRESETS",
    "SICHUAN_2023",
    "Denominator",
    "ExecutionBand",
    "Level2Points",
    "QualitativeBands",
    "ScoringScheme",
    "Weights",
    "points",
]

_ONE = Decimal(1)


def points(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """An attrs validator: points, a non-negative `Decimal` in whole cents."""
    v.amount(instance, attribute, value)
    if not is_points(value):
        v.fail(instance, attribute, value, "must be in whole cents (at most 2 decimal places)")


def _adds_up(instance: Weights, attribute: attrs.Attribute[Any], value: Decimal | None) -> None:
    total = exact_sum(
        (
            instance.output,
            instance.benefit,
            instance.satisfaction,
            instance.execution,
            value or Decimal(0),
        )
    )
    if total != 100:
        v.fail(
            instance, attribute, value, f"the weights must add up to 100, they add up to {total}"
        )


@attrs.frozen(kw_only=True)
class Weights:
    """How the 100 points of a self-evaluation are shared (see the scoring page of the docs).

    Each weight is an `int` or a `Decimal` in whole cents; together they add up to 100.
    `cost` is `None` by default: the indicators of the level-1 成本指标 category (2021 forms)
    then share the output weight with the 产出指标 indicators. Give it a number to weigh them
    on their own.

    Examples:
        >>> from perfindicator import Level1
        >>> Weights().group(Level1.COST)
        <Level1.OUTPUT: '产出指标'>
        >>> Weights(output=40, cost=10).group(Level1.COST)
        <Level1.COST: '成本指标'>
        >>> Weights(output=40)
        Traceback (most recent call last):
        ...
        perfindicator.errors.FieldError: Weights.cost: the weights must add up to 100, they add up to 90, got None
    """

    output: Decimal = attrs.field(default=Decimal(50), converter=v.to_exact, validator=points)
    benefit: Decimal = attrs.field(default=Decimal(30), converter=v.to_exact, validator=points)
    satisfaction: Decimal = attrs.field(default=Decimal(10), converter=v.to_exact, validator=points)
    execution: Decimal = attrs.field(default=Decimal(10), converter=v.to_exact, validator=points)
    cost: Decimal | None = attrs.field(
        default=None, converter=v.to_exact, validator=[v.optional(points), _adds_up]
    )

    def group(self, level1: Level1) -> Level1:
        """The level-1 category whose weight an indicator of `level1` shares.

        Examples:
            >>> Weights().group(Level1.BENEFIT)
            <Level1.BENEFIT: '效益指标'>
        """
        v.require(level1, Level1, "Weights.group", "level1")
        if level1 is Level1.COST and self.cost is None:
            return Level1.OUTPUT
        return level1

    def of(self, level1: Level1) -> Decimal:
        """The weight of a level-1 group (0 for cost when it shares the output weight).

        Examples:
            >>> Weights().of(Level1.SATISFACTION), Weights().of(Level1.COST)
            (Decimal('10'), Decimal('0'))
        """
        v.require(level1, Level1, "Weights.of", "level1")
        return {
            Level1.OUTPUT: self.output,
            Level1.BENEFIT: self.benefit,
            Level1.SATISFACTION: self.satisfaction,
            Level1.COST: self.cost or Decimal(0),
        }[level1]


class Denominator(enum.Enum):
    """Which budget the execution rate is taken of (the denominator of 执行率).

    Examples:
        >>> Denominator("调整后预算数").name
        'ADJUSTED'
    """

    FULL_YEAR = "全年预算数"
    """The full-year budget (全年预算数, 预算数(A)): the 10号 layout and Hubei."""
    ADJUSTED = "调整后预算数"
    """The adjusted budget (调整后预算数, 全年(调整)预算数): Sichuan and Chongqing."""


def _share(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    v.decimal(instance, attribute, value)
    assert isinstance(value, Decimal)
    if not 0 <= value <= 1:
        v.fail(instance, attribute, value, "must be a share from 0 to 1")


@attrs.frozen(kw_only=True)
class ExecutionBand:
    """One band of a banded execution score: from a rate upward, a share of the points.

    Attributes:
        rate: the lowest execution rate of the band, as a fraction (`0.9` for 90%),
            inclusive.
        share: the share of the execution points the band earns, from 0 to 1.

    Examples:
        >>> ExecutionBand(rate=Decimal("0.9"), share=1)
        ExecutionBand(rate=Decimal('0.9'), share=Decimal('1'))
    """

    rate: Decimal = attrs.field(converter=v.to_exact, validator=_share)
    share: Decimal = attrs.field(converter=v.to_exact, validator=_share)


@attrs.frozen(kw_only=True)
class Level2Points:
    """The points of one level-2 category, inside its level-1 category's weight.

    Examples:
        >>> Level2Points(level2=Level2.QUANTITY, points=20).points
        Decimal('20')
    """

    level2: Level2 = attrs.field(validator=v.instance_of(Level2))
    points: Decimal = attrs.field(converter=v.to_exact, validator=points)


def _achieved_edge(
    instance: QualitativeBands, attribute: attrs.Attribute[Any], value: object
) -> None:
    _share(instance, attribute, value)
    assert isinstance(value, Decimal)
    if not 0 < instance.partly < value < 1:
        v.fail(
            instance,
            attribute,
            value,
            f"must lie above the partly-achieved edge {instance.partly} and below 1",
        )


@attrs.frozen(kw_only=True)
class QualitativeBands:
    """Where the bands of the three qualitative outcomes meet, as shares of the points.

    达成 scores from `achieved` to all the points, 部分达成 from `partly` up to `achieved`,
    未达成 from nothing up to `partly`; each lower edge belongs to its band. The defaults are
    the production systems' 80 / 60 (`Outcome.band`); published footnotes also use 80 / 50
    (长江禁捕 2020).

    The audit judges published scores against these bands. The shares perfindicator itself
    gives a judgement (`ScoringRules`' defaults, a `Judgement`'s fraction) stay within the
    default bands of `Outcome.band`, which a result read back from JSON is checked against;
    a scheme's default shares must lie in both.

    Examples:
        >>> QualitativeBands(partly=Decimal("0.5")).band(Outcome.PARTLY_ACHIEVED)
        (Decimal('0.5'), Decimal('0.8'))
    """

    partly: Decimal = attrs.field(
        default=Outcome.PARTLY_ACHIEVED.band[0], converter=v.to_exact, validator=_share
    )
    achieved: Decimal = attrs.field(
        default=Outcome.ACHIEVED.band[0], converter=v.to_exact, validator=_achieved_edge
    )

    def band(self, outcome: Outcome) -> tuple[Decimal, Decimal]:
        """The lowest and highest share of the points `outcome` may score.

        Examples:
            >>> QualitativeBands().band(Outcome.NOT_ACHIEVED)
            (Decimal('0'), Decimal('0.6'))
        """
        v.require(outcome, Outcome, "QualitativeBands.band", "outcome")
        if outcome is Outcome.ACHIEVED:
            return self.achieved, _ONE
        if outcome is Outcome.PARTLY_ACHIEVED:
            return self.partly, self.achieved
        return Decimal(0), self.partly

    def within(self, outcome: Outcome, share: Decimal | Fraction) -> bool:
        """Whether `share` of the points lies in `outcome`'s band (edges included, exactly).

        Examples:
            >>> QualitativeBands().within(Outcome.PARTLY_ACHIEVED, Decimal("0.875"))
            False
        """
        low, high = self.band(outcome)
        return low <= share <= high


# Built once: a validator made inside the function would be made on every check.
_LEVEL2_POINTS = v.tuple_of(Level2Points)


def _level2(instance: ScoringScheme, attribute: attrs.Attribute[Any], value: object) -> None:
    _LEVEL2_POINTS(instance, attribute, value)
    assert isinstance(value, tuple)
    named = [entry.level2 for entry in value]
    if len(set(named)) != len(named):
        v.fail(instance, attribute, value, "names a level-2 category twice")
    weights = instance.weights
    for group in Level1:
        inside = exact_sum(e.points for e in value if weights.group(e.level2.parent) is group)
        if inside > weights.of(group):
            v.fail(
                instance,
                attribute,
                value,
                f"the level-2 points of {group.value} add up to {inside}, above its weight "
                f"{weights.of(group)}",
            )


def _blocks(instance: ScoringScheme, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, tuple):
        v.fail(instance, attribute, value, "must be a tuple of points")
    assert isinstance(value, tuple)
    for block in value:
        points(instance, attribute, block)
    left = 100 - instance.weights.execution
    if value and exact_sum(value) != left:
        v.fail(
            instance,
            attribute,
            value,
            f"the blocks must add up to {left} (100 less the execution weight)",
        )


# Built once: a validator made inside the function would be made on every check.
_EXECUTION_BANDS = v.tuple_of(ExecutionBand)


def _execution_bands(
    instance: ScoringScheme, attribute: attrs.Attribute[Any], value: object
) -> None:
    _EXECUTION_BANDS(instance, attribute, value)
    assert isinstance(value, tuple)
    if not value:
        return
    rates = [band.rate for band in value]
    shares = [band.share for band in value]
    if rates != sorted(set(rates), reverse=True) or rates[-1] != 0:
        v.fail(
            instance,
            attribute,
            value,
            "the bands must go from the highest rate down, each rate once, the last from 0",
        )
    if shares != sorted(shares, reverse=True):
        v.fail(instance, attribute, value, "a higher rate must not earn a smaller share")


# Built once: a validator made inside the function would be made on every check.
_SCORING_RULES = v.instance_of(ScoringRules)


def _rules(instance: ScoringScheme, attribute: attrs.Attribute[Any], value: object) -> None:
    _SCORING_RULES(instance, attribute, value)
    assert isinstance(value, ScoringRules)
    for outcome, share in (
        (Outcome.ACHIEVED, value.achieved),
        (Outcome.PARTLY_ACHIEVED, value.partly_achieved),
        (Outcome.NOT_ACHIEVED, value.not_achieved),
    ):
        if not instance.bands.within(outcome, share):
            v.fail(
                instance,
                attribute,
                share,
                f"the default share of {outcome.value} must lie in its band "
                f"{instance.bands.band(outcome)}",
            )


def _tolerance(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    points(instance, attribute, value)
    assert isinstance(value, Decimal)
    if value > 1:
        v.fail(instance, attribute, value, "must be at most 1 point")


def _reason_below(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        _share(instance, attribute, value)


@attrs.frozen(kw_only=True)
class ScoringScheme:
    """Every choice the rules leave open in scoring a self-evaluation, in one value.

    `self_evaluate` scores with a scheme; `audit` recomputes a published report under one
    (by default the preset of the report's layout, `ScoringScheme.of`). The points a form
    prints always come first; the scheme's weights are what is used where a form prints
    none.

    Attributes:
        name: the preset's name (`"central_10"`), or `""` for a scheme of your own.
        weights: the level-1 weights and the execution weight.
        level2: level-2 points inside their level-1 weights (数量 20, 质量 10, …): an
            indicator of a listed level-2 category shares its category's points, the
            others share what is left of their level-1 weight.
        blocks: the points of target blocks (湖北: two blocks of 40), where a layout weighs
            blocks of indicators rather than categories; they add up to 100 less the
            execution weight. With blocks the category weights are not used: a form's block
            labels (or `points=` given to `self_evaluate`) give each indicator its points,
            and a result's weights are the sums of its lines' points by category.
        rules: the scoring rules: the lower-is-better rule, the over-achievement ratio that
            calls for a deviation note, the default shares of the qualitative outcomes.
        bands: the bands of the qualitative outcomes; `rules`' default shares must lie in
            them.
        denominator: which budget the execution rate is taken of.
        execution_bands: a banded execution score, highest rate first and the last band
            from 0; empty for the 10号 formula, points × rate capped at the points.
        reason_below: the execution rate below which a reason (原因) must be given, or
            `None` where no rule asks for one (Sichuan: 0.9).
        tolerance: how far a published score may lie from the recomputed one, in points,
            before the audit reports it (printed rounding; ±0.1 by default).

    A deduction (扣减分数) is never folded into a score: the audit checks the raw score
    against the rule, and the deduction against the raw score.

    Examples:
        >>> from perfindicator import LowerIsBetter
        >>> scheme = ScoringScheme(bands=QualitativeBands(partly=Decimal("0.5")),
        ...     rules=ScoringRules(lower_is_better=LowerIsBetter.RATIO))
        >>> scheme.bands.band(Outcome.PARTLY_ACHIEVED), scheme.weights.execution
        ((Decimal('0.5'), Decimal('0.8')), Decimal('10'))
        >>> ScoringScheme(blocks=(Decimal(40), Decimal(40)))
        Traceback (most recent call last):
        ...
        perfindicator.errors.FieldError: ScoringScheme.blocks: the blocks must add up to 90 (100 less the execution weight), got (Decimal('40'), Decimal('40'))
    """

    name: str = attrs.field(default="", validator=v.text)
    weights: Weights = attrs.field(factory=Weights, validator=v.instance_of(Weights))
    level2: tuple[Level2Points, ...] = attrs.field(default=(), validator=_level2)
    blocks: tuple[Decimal, ...] = attrs.field(default=(), validator=_blocks)
    bands: QualitativeBands = attrs.field(
        factory=QualitativeBands, validator=v.instance_of(QualitativeBands)
    )
    rules: ScoringRules = attrs.field(default=DEFAULT_RULES, validator=_rules)
    denominator: Denominator = attrs.field(
        default=Denominator.FULL_YEAR, validator=v.instance_of(Denominator)
    )
    execution_bands: tuple[ExecutionBand, ...] = attrs.field(default=(), validator=_execution_bands)
    reason_below: Decimal | None = attrs.field(
        default=None, converter=v.to_exact, validator=_reason_below
    )
    tolerance: Decimal = attrs.field(
        default=Decimal("0.1"), converter=v.to_exact, validator=_tolerance
    )

    def execution_score(self, budget: BudgetExecution, weight: Decimal | None = None) -> Decimal:
        """The execution score of `budget` out of `weight` (by default the execution weight).

        Points × rate capped at the points, or the share of the band the rate falls in;
        rounded half up to cents.

        Examples:
            >>> spent = BudgetExecution(budget=100, executed=86)
            >>> ScoringScheme().execution_score(spent)
            Decimal('8.60')
            >>> banded = ScoringScheme(execution_bands=(
            ...     ExecutionBand(rate=Decimal("0.9"), share=1),
            ...     ExecutionBand(rate=Decimal("0.8"), share=Decimal("0.8")),
            ...     ExecutionBand(rate=0, share=0)))
            >>> banded.execution_score(spent)
            Decimal('8.00')
        """
        owner = "ScoringScheme.execution_score"
        v.require(budget, BudgetExecution, owner, "budget")
        points = self.weights.execution if weight is None else check_points(weight, owner, "weight")
        if not self.execution_bands:
            return budget.score(points)
        # The first band whose rate the execution reaches: rate >= edge, compared exactly.
        share = next(
            b.share
            for b in self.execution_bands
            if product(b.rate, budget.budget) <= budget.executed
        )
        return quotient(product(points, share), _ONE, 2)

    @classmethod
    def of(cls, layout: ReportLayout | None) -> ScoringScheme:
        """The preset of a report layout; the 10号 scheme where the layout is unknown.

        Examples:
            >>> ScoringScheme.of(ReportLayout.SICHUAN).denominator
            <Denominator.ADJUSTED: '调整后预算数'>
            >>> ScoringScheme.of(None).name
            'central_10'
        """
        if layout is not None:
            v.require(layout, ReportLayout, "ScoringScheme.of", "layout")
        return PRESETS["central_10" if layout is None else _PRESET_OF[layout]]


CENTRAL_10 = ScoringScheme(name="central_10")
"""财预〔2020〕10号's attachment layout: execution 10 (全年预算数, points × rate capped),
产出 50, 效益 30, 满意度 10. Source: the level-1 labels of published self-evaluations
(池州 2022 `产出指标(50分)`, `效益指标(30分)`, `满意度指标(10分)`; 零陵 2021). That 10号 fixes the
split "in principle" is recalled, not checked."""

CENTRAL_10_LEVEL2 = ScoringScheme(
    name="central_10_level2",
    level2=(
        Level2Points(level2=Level2.QUANTITY, points=20),
        Level2Points(level2=Level2.QUALITY, points=10),
        Level2Points(level2=Level2.TIMELINESS, points=10),
        Level2Points(level2=Level2.COST, points=10),
    ),
)
"""The production systems' import template (自评指标（项目支出）): the 10号 split with the
output points by level-2 category, 数量 20, 质量 10, 时效 10, 成本 10, as its header
`*分值 数量(20)、质量(10)、时效(10)、成本(10)、效益(30)、满意度(10)` states."""

SICHUAN_2023 = ScoringScheme(
    name="sichuan_2023", denominator=Denominator.ADJUSTED, reason_below=Decimal("0.9")
)
"""Sichuan's provincial export (青神 2023, 大英 2023): `预算执行情况(10分)` against
调整后预算数, a reason (原因) below 90%, and `绩效指标(90分)` split freely by indicator
(the form's 权重 column); where a form prints no points, the 10号 split."""

HUBEI_2020 = ScoringScheme(
    name="hubei_2020",
    weights=Weights(output=80, benefit=0, satisfaction=0, execution=20),
    blocks=(Decimal(40), Decimal(40)),
)
"""Hubei (黄冈 2020): `得分(20分*执行率)` on 预算数(A), and two target blocks
`年度绩效目标1(40分)`, `年度绩效目标2(40分)` with no points column (each block's points are
shared equally by its indicators). The category weights are not used (see `blocks`)."""

NINGXIA = ScoringScheme(
    name="ningxia", weights=Weights(output=40, benefit=40, satisfaction=20, execution=0)
)
"""Ningxia's regional template (原州 2022): `产出指标(40分)`, `效益指标(40分)`,
`满意度指标(20分)`; the execution rate is printed and earns no points."""

CHONGQING_DEPARTMENT = ScoringScheme(name="chongqing_department", denominator=Denominator.ADJUSTED)
"""Chongqing's whole-department self-evaluation (梁平 2022/23): 执行率权重 10 against
全年(调整)预算数, and 指标权重(分) per indicator (10 each on the published form)."""

PRESETS: dict[str, ScoringScheme] = {
    scheme.name: scheme
    for scheme in (
        CENTRAL_10,
        CENTRAL_10_LEVEL2,
        SICHUAN_2023,
        HUBEI_2020,
        NINGXIA,
        CHONGQING_DEPARTMENT,
    )
}
"""The presets by name."""

_PRESET_OF = {
    ReportLayout.CENTRAL_10: "central_10",
    ReportLayout.SYSTEM: "central_10_level2",
    ReportLayout.SICHUAN: "sichuan_2023",
    ReportLayout.HUBEI: "hubei_2020",
    ReportLayout.NINGXIA: "ningxia",
    ReportLayout.CHONGQING_DEPARTMENT: "chongqing_department",
}
