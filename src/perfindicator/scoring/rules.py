"""The rules of practice that differ between places: `ScoringRules` and `LowerIsBetter`."""

from __future__ import annotations

import enum
from decimal import Decimal
from typing import Any

import attrs

from perfindicator.model import _validators as v
from perfindicator.model.outcomes import Judgement, Outcome, within_band

__all__ = ["DEFAULT_RULES", "LowerIsBetter", "ScoringRules"]


class LowerIsBetter(enum.Enum):
    """How a lower-is-better target (`<=`, `<`) scores when the actual exceeds it.

    Examples:
        >>> from decimal import Decimal
        >>> from perfindicator import ScoringRules, score
        >>> rules = ScoringRules(lower_is_better=LowerIsBetter.RATIO)
        >>> score("<=2%", "3%", 10, rules=rules)
        Decimal('6.67')
    """

    LINEAR = "linear"
    """points × (1 − (actual − target) / target): falls to zero at twice the target."""
    RATIO = "ratio"
    """points × target / actual."""


def _over(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    v.decimal(instance, attribute, value)
    assert isinstance(value, Decimal)
    if value <= 1:
        v.fail(instance, attribute, value, "must be above 1 (e.g. 1.3 for 130% of target)")


@attrs.frozen(kw_only=True)
class ScoringRules:
    """The rules of practice that differ between places (the defaults: see the scoring page).

    Attributes:
        lower_is_better: how an exceeded `<=`/`<` target scores.
        over_achievement: the completion ratio at or above which a deviation note
            (偏差原因分析) is required although the target is met.
        achieved: fraction of the points for `Outcome.ACHIEVED` when no fraction is given.
        partly_achieved: the same for `Outcome.PARTLY_ACHIEVED`.
        not_achieved: the same for `Outcome.NOT_ACHIEVED`.

    Examples:
        >>> from decimal import Decimal
        >>> rules = ScoringRules(partly_achieved=Decimal("0.6"), over_achievement=Decimal("1.5"))
        >>> rules.lower_is_better, rules.partly_achieved
        (<LowerIsBetter.LINEAR: 'linear'>, Decimal('0.6'))
    """

    lower_is_better: LowerIsBetter = attrs.field(
        default=LowerIsBetter.LINEAR, validator=v.instance_of(LowerIsBetter)
    )
    over_achievement: Decimal = attrs.field(
        default=Decimal("1.3"), converter=v.to_exact, validator=_over
    )
    achieved: Decimal = attrs.field(
        default=Decimal("1"), converter=v.to_exact, validator=within_band(Outcome.ACHIEVED)
    )
    partly_achieved: Decimal = attrs.field(
        default=Decimal("0.7"), converter=v.to_exact, validator=within_band(Outcome.PARTLY_ACHIEVED)
    )
    not_achieved: Decimal = attrs.field(
        default=Decimal("0.3"), converter=v.to_exact, validator=within_band(Outcome.NOT_ACHIEVED)
    )

    def fraction(self, judgement: Judgement) -> Decimal:
        """The fraction of the points a qualitative judgement earns.

        Examples:
            >>> from perfindicator import Judgement, Outcome
            >>> ScoringRules().fraction(Judgement(outcome=Outcome.PARTLY_ACHIEVED))
            Decimal('0.7')
        """
        v.require(judgement, Judgement, "ScoringRules.fraction", "judgement")
        if judgement.fraction is not None:
            return judgement.fraction
        if judgement.outcome is Outcome.ACHIEVED:
            return self.achieved
        if judgement.outcome is Outcome.PARTLY_ACHIEVED:
            return self.partly_achieved
        return self.not_achieved


DEFAULT_RULES = ScoringRules()
"""The rules used when none are given."""
