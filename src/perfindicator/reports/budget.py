"""Budget execution (预算执行率): a year's budget and what was spent of it."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import attrs

from perfindicator._exact import product, quotient
from perfindicator.model import _validators as v
from perfindicator.scoring.evaluate import check_points

__all__ = ["BudgetExecution"]


def _positive(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    v.amount(instance, attribute, value)
    if value == 0:
        v.fail(
            instance, attribute, value, "must be positive: execution of a zero budget is undefined"
        )


@attrs.frozen(kw_only=True)
class BudgetExecution:
    """Budget execution (预算执行率): the year's budget and what was spent of it, in yuan.

    Amounts are `int`s or `Decimal`s; the budget must be positive.

    Examples:
        >>> from decimal import Decimal
        >>> spent = BudgetExecution(budget=Decimal("15399720"), executed=Decimal("15012300"))
        >>> spent.rate, spent.score(), spent.score(20)
        (Decimal('0.9748'), Decimal('9.75'), Decimal('19.50'))
    """

    budget: Decimal = attrs.field(converter=v.to_exact, validator=_positive)
    executed: Decimal = attrs.field(converter=v.to_exact, validator=v.amount)

    @property
    def rate(self) -> Decimal:
        """Executed / budget, rounded half up to 4 places.

        Examples:
            >>> BudgetExecution(budget=3, executed=2).rate  # 0.66666… rounds up
            Decimal('0.6667')
        """
        return quotient(self.executed, self.budget, 4)

    def score(self, weight: Decimal | int = Decimal(10)) -> Decimal:
        """Weight × executed / budget, capped at `weight`, rounded half up to 2 places.

        Raises:
            FieldTypeError: `weight` is not an `int` or a `Decimal`.
            FieldError: `weight` is negative or finer than cents.

        Examples:
            >>> BudgetExecution(budget=100, executed=120).score(10)
            Decimal('10')
            >>> BudgetExecution(budget=100, executed=50).score(-1)
            Traceback (most recent call last):
            ...
            perfindicator.errors.FieldError: BudgetExecution.score.weight: must be non-negative, in whole cents (at most 2 decimals), got -1
        """
        checked = check_points(weight, "BudgetExecution.score", "weight")
        return min(quotient(product(checked, self.executed), self.budget, 2), checked)
