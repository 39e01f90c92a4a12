"""`Quantity`: an exact number with the unit it was written in."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import attrs

from perfindicator._exact import product
from perfindicator.errors import UnitMismatchError
from perfindicator.model import _validators as v
from perfindicator.model.units import base_unit, is_unit

__all__ = ["Quantity"]


def _unit(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    v.text(instance, attribute, value)
    assert isinstance(value, str)
    if not is_unit(value):
        v.fail(
            instance,
            attribute,
            value,
            "is not a unit the target parser reads back (a measure word of at most 8 characters "
            "with no digits, operators or separators; write percent as '%')",
        )


@attrs.frozen(kw_only=True, repr=False)
class Quantity:
    """A measured or target amount: an exact `Decimal` and its unit as written.

    The value is a `Decimal` (an `int` is taken and converted) of the supported size: at most
    18 digits before the decimal point and 20 after. The unit is `""` when none is written.
    Two quantities are equal when value and unit are
    equal; `10000人次` and `1万人次` are different spellings, comparable through
    [`to_base`][perfindicator.Quantity.to_base].

    Examples:
        >>> from perfindicator import parse_quantity
        >>> q = parse_quantity("1.2万人次")
        >>> q
        Quantity('1.2万人次')
        >>> q.to_base()
        Quantity('12000.0人次')
    """

    value: Decimal = attrs.field(converter=v.to_exact, validator=v.decimal)
    unit: str = attrs.field(default="", validator=_unit)

    def __str__(self) -> str:
        return f"{self.value:f}{self.unit}"

    def __repr__(self) -> str:
        return f"Quantity({str(self)!r})"

    def to_base(self) -> Quantity:
        """Return the same amount exactly, in its base unit (`15399.72万元` → `153997200元`).

        Examples:
            >>> from perfindicator import parse_quantity
            >>> parse_quantity("15399.72万元").to_base(), parse_quantity("2小时").to_base()
            (Quantity('153997200.00元'), Quantity('7200秒'))
        """
        base, factor = base_unit(self.unit)
        if factor == 1:
            return self if base == self.unit else unchecked_quantity(self.value, base)
        return unchecked_quantity(product(self.value, factor), base)

    def is_comparable(self, other: Quantity) -> bool:
        """Tell whether `other` converts into this quantity's unit.

        Examples:
            >>> from perfindicator import parse_quantity
            >>> parse_quantity("1公里").is_comparable(parse_quantity("500米"))
            True
            >>> parse_quantity("3个工作日").is_comparable(parse_quantity("3天"))
            False
        """
        v.require(other, Quantity, "Quantity.is_comparable", "other")
        return base_unit(self.unit)[0] == base_unit(other.unit)[0]

    def compare(self, other: Quantity) -> int:
        """Return -1, 0 or 1 as this quantity is less than, equal to or more than `other`.

        Raises:
            UnitMismatchError: the units do not convert into each other.
            FieldTypeError: `other` is not a `Quantity`.

        Examples:
            >>> from perfindicator import parse_quantity
            >>> parse_quantity("1.2万人次").compare(parse_quantity("12000人次"))
            0
            >>> parse_quantity("0.5%").compare(parse_quantity("6‰"))
            -1
        """
        v.require(other, Quantity, "Quantity.compare", "other")
        left, right = self.to_base(), other.to_base()
        if left.unit != right.unit:
            raise UnitMismatchError(self.unit, other.unit)
        return (left.value > right.value) - (left.value < right.value)


_set_value, _set_unit = v.field_setters(Quantity, "value", "unit")


def unchecked_quantity(value: Decimal, unit: str) -> Quantity:
    """Build a `Quantity` without running its validators, for callers that need no check.

    For `grammar.parse`, which has proven the number and the unit valid as it read them,
    and for `Quantity.to_base`: its value is exact (`product`) and its base unit a unit,
    but scaling can take a value past the supported size (18 digits of 亿元 are 26 digits
    of 元), and conversion must not fail for a quantity that exists.
    """
    quantity = object.__new__(Quantity)
    _set_value(quantity, value)
    _set_unit(quantity, unit)
    return quantity
