"""Warning lights of mid-year monitoring (运行监控): the rules and their settings.

The production systems' rules (`positiveindex01`, `reverseindex02`, `qualitativeindex03`,
`bgttracewarn`, `goalwarn`) light each indicator red, yellow, green or blue, and the budget
red, yellow or green. They pro-rate every higher-is-better target by time progress, which
misleads for rates: a 92% satisfaction against a 90% target in June is "blue at 204%".
Here a target is pro-rated only when its quantity accumulates over the year (counts,
amounts); a rate (a percentage, or a unit per something, `元/人`) is compared with its
target as it stands. Every threshold and the kind of any indicator can be set in
`MonitoringRules`. The rules and their sources are on the docs' monitoring page.
"""

from __future__ import annotations

import calendar
import datetime
import enum
import types
from collections.abc import Iterable, Mapping
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs

from perfindicator.model import _validators as v
from perfindicator.model.categories import Level1, Level2

__all__ = [
    "DEVIATION_CAUSES",
    "Accrual",
    "Light",
    "MonitoringRules",
    "TimeBasis",
    "time_progress",
    "worst",
]


class Light(enum.Enum):
    """A warning light; the value is its Chinese name.

    Severity runs red, yellow, green, blue: blue flags over-achievement (possibly a target
    set too low) and is kept apart from green, as the production systems keep it.

    Examples:
        >>> worst([Light.GREEN, Light.BLUE, Light.YELLOW])
        <Light.YELLOW: '黄灯'>
    """

    RED = "红灯"
    YELLOW = "黄灯"
    GREEN = "绿灯"
    BLUE = "蓝灯"


_SEVERITY = {Light.RED: 0, Light.YELLOW: 1, Light.GREEN: 2, Light.BLUE: 3}


def worst(lights: Iterable[Light]) -> Light:
    """The most severe of `lights` (red, yellow, green, blue in that order), as `goalwarn` has it.

    Raises:
        ValueError: `lights` is empty.
    """
    return min(lights, key=_SEVERITY.__getitem__)


class Accrual(enum.Enum):
    """Whether an indicator's quantity accumulates over the year or is a level.

    An accumulating target (`>=500人次`, `>=20万元`) is compared with its share for the time
    elapsed; a level (a rate `>=95%`, `<=300元/人`, a score `>=90分`, a lifetime `>=8年`) with
    the target itself.

    Examples:
        >>> MonitoringRules().accrual("群众满意度", Level2.SATISFACTION, "分")
        <Accrual.RATE: '比率'>
    """

    ACCUMULATING = "累计"
    RATE = "比率"

    @classmethod
    def of(cls, level2: Level2, unit: str) -> Accrual:
        """The default kind of a target in `unit` under the category `level2`.

        Only quantity (数量指标) and benefit (效益指标) targets can accumulate: the production
        rule pro-rates no quality, timeliness or cost row, and a satisfaction is a level
        however it is written. Among the others, a level is a target in `%`, `‰`, `个百分点`,
        a unit per something (`元/人`) or a score (`分`), and, under a benefit category, a
        length of time (`>=8年`: a lifetime); hours or days of service under 数量指标 add up,
        and a bare number is a count (`召开会议 =2`).

        Examples:
            >>> Accrual.of(Level2.QUANTITY, "人次"), Accrual.of(Level2.SOCIAL, "%")
            (<Accrual.ACCUMULATING: '累计'>, <Accrual.RATE: '比率'>)
            >>> Accrual.of(Level2.SATISFACTION, "人次"), Accrual.of(Level2.SUSTAINABILITY, "年")
            (<Accrual.RATE: '比率'>, <Accrual.RATE: '比率'>)
        """
        if level2 is not Level2.QUANTITY and level2.parent is not Level1.BENEFIT:
            return cls.RATE
        if unit in _RATE_UNITS or "/" in unit:
            return cls.RATE
        if unit in _TIME_UNITS and level2 is not Level2.QUANTITY:
            return cls.RATE  # a lifetime or a period (>=8年 under 可持续影响指标)
        return cls.ACCUMULATING


# Units of a level rather than an amount that grows over the year: rates and scores; and
# lengths of time, except under 数量指标, where hours or days of service add up.
_RATE_UNITS = frozenset({"%", "‰", "个百分点", "分"})
_TIME_UNITS = frozenset({"年", "个月", "月", "周", "天", "日", "小时", "分钟", "秒", "岁"})


class TimeBasis(enum.Enum):
    """How time progress (序时进度) is measured.

    `MONTHS`: the months elapsed over 12, the month of the date counting as elapsed (a
    report on data to 30 June is at 6/12), as the production systems compute it. `DAYS`:
    the days elapsed, the date included, over the days of the year.

    Examples:
        >>> time_progress(datetime.date(2024, 6, 1)), time_progress(datetime.date(2024, 6, 1), TimeBasis.DAYS)
        (Fraction(1, 2), Fraction(51, 122))
    """

    MONTHS = "月"
    DAYS = "日"


def time_progress(on: datetime.date, basis: TimeBasis = TimeBasis.MONTHS) -> Fraction:
    """The share of the year elapsed by the end of `on`, exactly.

    Examples:
        >>> time_progress(datetime.date(2024, 6, 15))
        Fraction(1, 2)
        >>> time_progress(datetime.date(2024, 2, 1), TimeBasis.DAYS)  # 32 of 366 days
        Fraction(16, 183)
    """
    if basis is TimeBasis.MONTHS:
        return Fraction(on.month, 12)
    days = 366 if calendar.isleap(on.year) else 365
    return Fraction(on.timetuple().tm_yday, days)


DEVIATION_CAUSES: tuple[str, ...] = ("经费保障", "制度保障", "人员保障", "硬件条件保障", "其他")
"""The deviation causes of 财预〔2019〕136号, the default vocabulary of `MonitoringRules`."""


def _share(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    v.decimal(instance, attribute, value)
    assert isinstance(value, Decimal)
    if value <= 0:
        v.fail(instance, attribute, value, "must be a positive ratio (0.6 is 60%)")
    # Attainments are shown to four places, rounded down: an edge with more places could
    # stand between a shown value and its light.
    if value.as_tuple().exponent < -4:  # type: ignore[operator]
        v.fail(instance, attribute, value, "must have at most 4 decimal places")


def _ascending(instance: MonitoringRules, attribute: attrs.Attribute[Any], value: object) -> None:
    _share(instance, attribute, value)
    if not instance.red_below <= instance.yellow_below <= value:  # type: ignore[operator]
        v.fail(
            instance, attribute, value, "must be at least yellow_below, itself at least red_below"
        )


def _budget_bands(
    instance: MonitoringRules, attribute: attrs.Attribute[Any], value: object
) -> None:
    _share(instance, attribute, value)
    if instance.budget_red_below > value:  # type: ignore[operator]
        v.fail(instance, attribute, value, "must be at least budget_red_below")


def _kinds(value: object) -> Mapping[str, Accrual]:
    # A read-only copy: the rules are a frozen value, and the caller's dict may change.
    if isinstance(value, Mapping):
        return types.MappingProxyType(dict(value))
    return value  # type: ignore[return-value]  # refused by the validator


def _kinds_valid(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, Mapping) or not all(
        isinstance(k, str) and isinstance(a, Accrual) for k, a in value.items()
    ):
        v.fail(instance, attribute, value, "must map indicator names to Accrual kinds")


def _causes(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if (
        not isinstance(value, tuple)
        or not value
        or not all(isinstance(c, str) and c for c in value)
    ):
        v.fail(instance, attribute, value, "must be a non-empty tuple of cause names")


@attrs.frozen(kw_only=True)
class MonitoringRules:
    """The settings of the monitoring lights; the defaults are the production systems'.

    Attributes:
        red_below, yellow_below, blue_from: the bands of an indicator's attainment (value
            over its target, pro-rated for accumulating ones): red below 0.6, yellow below
            0.8, green below 1.2, blue from 1.2.
        budget_red_below, budget_yellow_below: the bands of budget execution over time
            progress: red below 0.6, yellow below 0.8, green from there.
        time_basis: how time progress is measured (`TimeBasis.MONTHS` by default).
        kinds: indicator names whose kind (`Accrual`) differs from what their category and
            unit say (`Accrual.of`).
        causes: the deviation causes a line may name (136号's five by default).

    Examples:
        >>> rules = MonitoringRules(kinds={"培训覆盖率": Accrual.ACCUMULATING})
        >>> rules.kinds["培训覆盖率"], rules.red_below
        (<Accrual.ACCUMULATING: '累计'>, Decimal('0.6'))
    """

    red_below: Decimal = attrs.field(default=Decimal("0.6"), converter=v.to_exact, validator=_share)
    yellow_below: Decimal = attrs.field(
        default=Decimal("0.8"), converter=v.to_exact, validator=_share
    )
    blue_from: Decimal = attrs.field(
        default=Decimal("1.2"), converter=v.to_exact, validator=_ascending
    )
    budget_red_below: Decimal = attrs.field(
        default=Decimal("0.6"), converter=v.to_exact, validator=_share
    )
    budget_yellow_below: Decimal = attrs.field(
        default=Decimal("0.8"), converter=v.to_exact, validator=_budget_bands
    )
    time_basis: TimeBasis = attrs.field(
        default=TimeBasis.MONTHS, validator=v.instance_of(TimeBasis)
    )
    kinds: Mapping[str, Accrual] = attrs.field(
        factory=dict, converter=_kinds, validator=_kinds_valid, hash=False
    )
    causes: tuple[str, ...] = attrs.field(default=DEVIATION_CAUSES, validator=_causes)

    def accrual(self, name: str, level2: Level2, unit: str) -> Accrual:
        """The kind of the indicator `name`: as `kinds` sets it, else by category and unit."""
        return self.kinds.get(name) or Accrual.of(level2, unit)

    def light(self, attainment: Fraction) -> Light:
        """The light of an indicator's attainment."""
        if attainment < Fraction(self.red_below):
            return Light.RED
        if attainment < Fraction(self.yellow_below):
            return Light.YELLOW
        if attainment < Fraction(self.blue_from):
            return Light.GREEN
        return Light.BLUE

    def budget_light(self, attainment: Fraction) -> Light:
        """The light of budget execution over time progress."""
        if attainment < Fraction(self.budget_red_below):
            return Light.RED
        if attainment < Fraction(self.budget_yellow_below):
            return Light.YELLOW
        return Light.GREEN
