"""The declaration form as data: `Project`, `Funding`, `Goals` and `Indicator`."""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

import attrs

from perfindicator import _repr
from perfindicator.errors import FieldTypeError
from perfindicator.model import _validators as v
from perfindicator.model.categories import Level1, Level2
from perfindicator.model.targets import TARGET_TYPES, Target

__all__ = ["Funding", "Goals", "Indicator", "Project"]


@attrs.frozen(kw_only=True)
class Indicator:
    """One row of the indicator table: a level-3 indicator (三级指标) and its target.

    Only the level-2 category is stored; the level-1 category follows from it, so an
    indicator cannot sit under the wrong parent. `target` is `None` where the form left the
    target cell empty.

    Examples:
        >>> from perfindicator import Level2, parse_target
        >>> i = Indicator(level2=Level2.QUALITY, name="在线接答率", target=parse_target(">=95%"))
        >>> i.level1
        <Level1.OUTPUT: '产出指标'>
    """

    level2: Level2 = attrs.field(validator=v.instance_of(Level2))
    name: str = attrs.field(validator=v.name)
    target: Target | None = attrs.field(validator=v.optional(v.instance_of(*TARGET_TYPES)))

    @property
    def level1(self) -> Level1:
        """The level-1 category (一级指标), from the level-2 one.

        Examples:
            >>> from perfindicator import Level2
            >>> Indicator(level2=Level2.SOCIAL, name="知晓度", target=None).level1
            <Level1.BENEFIT: '效益指标'>
        """
        return self.level2.parent


@attrs.frozen(kw_only=True)
class Funding:
    """The seven money cells of the form, in yuan (元); `None` where a cell is empty.

    Attributes:
        total: 项目资金总额, the project's total funds.
        fiscal: 其中：财政资金, of which fiscal funds.
        other: 其他资金, of which other funds.
        annual_request: 年度资金申请总额, this year's request.
        appropriation: 其中：当年财政拨款, of which this year's appropriation.
        carryover: 上年结转资金, carried over from last year.
        annual_other: 其他资金, of which other funds this year.

    Examples:
        >>> from decimal import Decimal
        >>> Funding(total=Decimal("15399720"), fiscal=Decimal("15399720")).other is None
        True
    """

    total: Decimal | None = attrs.field(
        default=None, converter=v.to_exact, validator=v.optional(v.amount)
    )
    fiscal: Decimal | None = attrs.field(
        default=None, converter=v.to_exact, validator=v.optional(v.amount)
    )
    other: Decimal | None = attrs.field(
        default=None, converter=v.to_exact, validator=v.optional(v.amount)
    )
    annual_request: Decimal | None = attrs.field(
        default=None, converter=v.to_exact, validator=v.optional(v.amount)
    )
    appropriation: Decimal | None = attrs.field(
        default=None, converter=v.to_exact, validator=v.optional(v.amount)
    )
    carryover: Decimal | None = attrs.field(
        default=None, converter=v.to_exact, validator=v.optional(v.amount)
    )
    annual_other: Decimal | None = attrs.field(
        default=None, converter=v.to_exact, validator=v.optional(v.amount)
    )


def _period(instance: Goals, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    if not (isinstance(value, tuple) and len(value) == 2):
        raise FieldTypeError("Goals", attribute.name, value, "must be a (start, end) tuple")
    for year in value:
        v.year(instance, attribute, year)
    if value[0] > value[1]:
        v.fail(instance, attribute, value, "must not start after it ends (起始年不能晚于结束年)")


@attrs.frozen(kw_only=True)
class Goals:
    """The goals block: overall goal (项目总目标) over a period, and annual goal (年度总目标).

    Examples:
        >>> Goals(overall="满足群众法律服务需求", annual="…", period=(2022, 2022)).period
        (2022, 2022)
    """

    overall: str = attrs.field(default="", validator=v.text)
    annual: str = attrs.field(default="", validator=v.text)
    period: tuple[int, int] | None = attrs.field(default=None, validator=_period)


def _end(instance: Project, attribute: attrs.Attribute[Any], value: datetime.date) -> None:
    if value < instance.start:
        v.fail(instance, attribute, value, f"must not be before start {instance.start}")


def _date(instance: Project, attribute: attrs.Attribute[Any], value: object) -> None:
    # A datetime is a date subclass, but comparing one with a date raises TypeError.
    if not isinstance(value, datetime.date) or isinstance(value, datetime.datetime):
        raise FieldTypeError("Project", attribute.name, value, "must be a datetime.date")


@attrs.frozen(kw_only=True)
class Project:
    """One declaration form (财政项目支出绩效目标申报表): a project and its targets.

    Attributes:
        name: 项目名称.
        year: the budget year of the form (`(2022年度)`).
        category: 项目类别 as written, e.g. `"经常性项目"`.
        department: 主管部门, the competent department.
        implementing_unit: 实施单位.
        start: 计划开始日期.
        end: 计划完成日期, not before `start`.
        funding: the money cells.
        goals: the goals block.
        indicators: the indicator table, in form order.

    Examples:
        >>> import datetime
        >>> project = Project(name="弱电安防", year=2022,
        ...                   start=datetime.date(2022, 1, 1), end=datetime.date(2022, 12, 31))
        >>> project.indicators, project.funding.total, project.goals.period
        ((), None, None)
    """

    name: str = attrs.field(validator=v.name)
    year: int = attrs.field(validator=v.year)
    category: str = attrs.field(default="", validator=v.text)
    department: str = attrs.field(default="", validator=v.text)
    implementing_unit: str = attrs.field(default="", validator=v.text)
    start: datetime.date = attrs.field(validator=_date)
    end: datetime.date = attrs.field(validator=[_date, _end])
    funding: Funding = attrs.field(factory=Funding, validator=v.instance_of(Funding))
    goals: Goals = attrs.field(factory=Goals, validator=v.instance_of(Goals))
    indicators: tuple[Indicator, ...] = attrs.field(default=(), validator=v.tuple_of(Indicator))

    def _repr_html_(self) -> str:
        return _repr.html(self)
