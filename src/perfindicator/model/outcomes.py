"""Outcomes of qualitative targets: the three grades of 财预〔2020〕10号."""

from __future__ import annotations

import enum
from decimal import Decimal
from typing import Any

import attrs

from perfindicator.model import _validators as v

__all__ = ["Judgement", "Outcome"]


class Outcome(enum.Enum):
    """How far a qualitative target was reached; the value is the official wording.

    Each outcome has a band of the indicator's points (see the scoring page of the docs):
    achieved 80–100%, partly achieved 60–80%, not achieved 0–60%.

    Examples:
        >>> Outcome.PARTLY_ACHIEVED.band
        (Decimal('0.6'), Decimal('0.8'))
    """

    ACHIEVED = "达成年度指标"
    PARTLY_ACHIEVED = "部分达成年度指标并具有一定效果"
    NOT_ACHIEVED = "未达成年度指标且效果较差"

    @property
    def band(self) -> tuple[Decimal, Decimal]:
        """The fractions of the points, lowest and highest, that this outcome may score.

        Examples:
            >>> Outcome.ACHIEVED.band
            (Decimal('0.8'), Decimal('1'))
        """
        return _BANDS[self]


_BANDS = {
    Outcome.ACHIEVED: (Decimal("0.8"), Decimal(1)),
    Outcome.PARTLY_ACHIEVED: (Decimal("0.6"), Decimal("0.8")),
    Outcome.NOT_ACHIEVED: (Decimal(0), Decimal("0.6")),
}


def within_band(outcome: Outcome | None = None) -> v.Validator:
    """A validator: a fraction of the points inside an outcome's band.

    The band is `outcome`'s, or the instance's own `outcome` field's when `outcome` is None.
    """

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is None:
            return
        v.decimal(instance, attribute, value)
        assert isinstance(value, Decimal)
        low, high = (outcome or instance.outcome).band  # type: ignore[attr-defined]
        if not low <= value <= high:
            v.fail(instance, attribute, value, f"must lie in the band {low}–{high} of the outcome")

    return check


@attrs.frozen(kw_only=True)
class Judgement:
    """An evaluator's judgement of a qualitative target: an outcome and a share of points.

    The share (`fraction`) is optional and must lie inside the outcome's band. Without a fraction, scoring uses the outcome's default from `ScoringRules`.

    Examples:
        >>> from decimal import Decimal
        >>> Judgement(outcome=Outcome.PARTLY_ACHIEVED, fraction=Decimal("0.75")).fraction
        Decimal('0.75')
    """

    outcome: Outcome = attrs.field(validator=v.instance_of(Outcome))
    fraction: Decimal | None = attrs.field(
        default=None, converter=v.to_exact, validator=within_band()
    )
