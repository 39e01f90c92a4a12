"""The declaration form as data: `Project`, `Funding`, `Goals` and `Indicator`."""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

import attrs

from perfindicator import _repr, _views
from perfindicator.errors import FieldTypeError, Place
from perfindicator.model import _validators as v
from perfindicator.model.categories import Level1, Level2
from perfindicator.model.kinds import FormKind, Period, StandardBasis
from perfindicator.model.targets import TARGET_TYPES, Direction, Target

# Parts that only some forms carry: written to JSON only where a form has them.
_OPTIONAL = {"omit_if_default": True}
# Where a thing was read: no part of its value (nor of equality), so not written to JSON.
_PROVENANCE = {"omit": True}

__all__ = ["Funding", "Goals", "Indicator", "LabelledText", "Project"]


@attrs.frozen(kw_only=True)
class Indicator:
    """One row of the indicator table: a level-3 indicator (三级指标) and its target.

    Only the level-2 category is stored; the level-1 category follows from it, so an
    indicator cannot sit under the wrong parent. `target` is `None` where the form left the
    target cell empty.

    Attributes:
        level2: the level-2 category (二级指标).
        name: the level-3 indicator (三级指标) as written, template placeholders such as
            `(≥**%)` included (lint reports them).
        target: the target (指标值), or `None` for an empty cell.
        explanation: the indicator's description (绩效指标描述, 指标值说明, 指标解释, …).
        basis: the standard the target is set against (绩效标准), where the form says.
        weight: the points or weight it was declared with (权重, 分值), where the form says.
        direction: the direction published beside the target (指标方向性: 正向 `UP`, 反向
            `DOWN`), kept apart from the target's operator: `=100%` can be 正向.
        period: whether it is an annual or a mid-term target.
        place: where the form shows it (the name's cell), for errors and lint findings; it
            takes no part in equality.

    Examples:
        >>> from perfindicator import Level2, parse_target
        >>> i = Indicator(level2=Level2.QUALITY, name="在线接答率", target=parse_target(">=95%"))
        >>> i.level1
        <Level1.OUTPUT: '产出指标'>
    """

    level2: Level2 = attrs.field(validator=v.instance_of(Level2))
    name: str = attrs.field(validator=v.name)
    target: Target | None = attrs.field(validator=v.optional(v.instance_of(*TARGET_TYPES)))
    explanation: str = attrs.field(metadata=_OPTIONAL, default="", validator=v.text)
    basis: StandardBasis | None = attrs.field(
        metadata=_OPTIONAL, default=None, validator=v.optional(v.instance_of(StandardBasis))
    )
    weight: Decimal | None = attrs.field(
        metadata=_OPTIONAL, default=None, converter=v.to_exact, validator=v.optional(v.amount)
    )
    direction: Direction | None = attrs.field(
        metadata=_OPTIONAL, default=None, validator=v.optional(v.instance_of(Direction))
    )
    period: Period = attrs.field(
        metadata=_OPTIONAL, default=Period.ANNUAL, validator=v.instance_of(Period)
    )
    place: Place = attrs.field(
        metadata=_PROVENANCE, default=Place(), eq=False, repr=False, validator=v.instance_of(Place)
    )

    __repr__ = _repr.compact

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

    Forms announce their money unit in a cell (`单位:万元`, `项目资金(万元)`); readers convert
    amounts in 万元 to 元 exactly. Where nothing announces the unit and the caller named
    none, the amounts are kept as written and `in_yuan` is `False`: the unit is unknown,
    never guessed.

    Attributes:
        total: 项目资金总额, the project's total funds.
        fiscal: 其中：财政资金, of which fiscal funds.
        other: 其他资金, of which other funds.
        annual_request: 年度资金申请总额, this year's request.
        appropriation: 其中：当年财政拨款, of which this year's appropriation.
        carryover: 上年结转资金, carried over from last year.
        annual_other: 其他资金, of which other funds this year.
        in_yuan: whether the amounts are in 元 (`True`), or as written in a unit no cell
            announced (`False`).

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
    in_yuan: bool = attrs.field(metadata=_OPTIONAL, default=True, validator=v.instance_of(bool))

    __repr__ = _repr.compact


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
    """The goals block: the overall goal over a period, and the annual goal.

    `overall` is the goal for the whole implementation period, whatever the form calls it
    (项目总目标, 总体目标, 中期目标, 长期目标, 实施期绩效目标); `annual` the goal for the
    budget year (年度总目标, 年度目标, 本年度绩效目标, …).

    Examples:
        >>> Goals(overall="满足群众法律服务需求", annual="…", period=(2022, 2022)).period
        (2022, 2022)
    """

    overall: str = attrs.field(default="", validator=v.text)
    annual: str = attrs.field(default="", validator=v.text)
    period: tuple[int, int] | None = attrs.field(default=None, validator=_period)


def _end(instance: Project, attribute: attrs.Attribute[Any], value: datetime.date | None) -> None:
    if value is not None and instance.start is not None and value < instance.start:
        v.fail(instance, attribute, value, f"must not be before start {instance.start}")


def _date(instance: Project, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    # A datetime is a date subclass, but comparing one with a date raises TypeError.
    if not isinstance(value, datetime.date) or isinstance(value, datetime.datetime):
        raise FieldTypeError("Project", attribute.name, value, "must be a datetime.date or None")


@attrs.frozen(kw_only=True)
class LabelledText:
    """A cell of a form kept with its label: what the model has no field for.

    `place` (file, sheet or page, row, column) takes no part in equality, so the same form
    read from two formats gives equal projects.

    Examples:
        >>> LabelledText(label="项目来源", text="年初预算") == LabelledText(
        ...     label="项目来源", text="年初预算", place=Place(file="a.xlsx", row=4, column=2))
        True
    """

    label: str = attrs.field(validator=v.text)
    text: str = attrs.field(validator=v.text)
    place: Place = attrs.field(
        metadata=_PROVENANCE, default=Place(), eq=False, validator=v.instance_of(Place)
    )

    __repr__ = _repr.compact


@attrs.frozen(kw_only=True)
class Project:
    """One declaration form (财政项目支出绩效目标申报表): a project and its targets.

    Attributes:
        name: 项目名称.
        year: the budget year of the form (`(2022年度)`).
        category: 项目类别 as written, e.g. `"经常性项目"`.
        department: 主管部门, the competent department.
        implementing_unit: 实施单位.
        start: 计划开始日期, or `None` where the form gives no start date.
        end: 计划完成日期, not before `start`; `None` where the form gives none.
        funding: the money cells.
        goals: the goals block.
        indicators: the indicator table, in form order.
        kind: which declaration document the form is (申报表, 目标表, 批复表).
        details: header fields the model has no field for (项目来源, 项目期, 立项依据,
            项目负责人, …), with their labels, in form order.
        unclaimed: cells no part of the form claims, each with the label of its row or
            column; lint reports them (nothing on a form is dropped silently).
        empty_rows: the template rows of the indicator table left empty (no name, no
            value): they are not indicators, and are counted here.
        place: where the form was read (its title's cell, or the table), for errors and lint
            findings; it takes no part in equality.

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
    start: datetime.date | None = attrs.field(default=None, validator=_date)
    end: datetime.date | None = attrs.field(default=None, validator=[_date, _end])
    funding: Funding = attrs.field(factory=Funding, validator=v.instance_of(Funding))
    goals: Goals = attrs.field(factory=Goals, validator=v.instance_of(Goals))
    indicators: tuple[Indicator, ...] = attrs.field(default=(), validator=v.tuple_of(Indicator))
    kind: FormKind = attrs.field(
        metadata=_OPTIONAL, default=FormKind.DECLARATION, validator=v.instance_of(FormKind)
    )
    details: tuple[LabelledText, ...] = attrs.field(
        metadata=_OPTIONAL, default=(), validator=v.tuple_of(LabelledText)
    )
    unclaimed: tuple[LabelledText, ...] = attrs.field(
        metadata=_OPTIONAL, default=(), validator=v.tuple_of(LabelledText)
    )
    empty_rows: int = attrs.field(metadata=_OPTIONAL, default=0, validator=v.count)
    place: Place = attrs.field(
        metadata=_PROVENANCE, default=Place(), eq=False, repr=False, validator=v.instance_of(Place)
    )

    __repr__ = _repr.compact

    def _repr_html_(self) -> str:
        return _views.html(self)
