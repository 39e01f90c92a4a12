"""The two upper levels of the indicator tree: 一级指标 and 二级指标.

The vocabulary is closed (财预〔2020〕10号, 财预〔2021〕101号), so both levels are enums whose value
is the Chinese label as printed on forms. Each level-2 category has exactly one parent, so an
indicator only records its level-2 category and can never sit under the wrong level 1.
"""

from __future__ import annotations

import enum
import re
from typing import Self

from perfindicator.errors import FieldTypeError, LabelError

__all__ = ["Level1", "Level2"]


class _Category(enum.Enum):
    """What both levels share: an English gloss and lookup by label."""

    @property
    def english(self) -> str:
        """An English gloss of the label."""
        return _ENGLISH[self]

    @classmethod
    def from_label(cls, label: str) -> Self:
        """Return the category a label names, with or without its trailing 指标.

        Labels may carry spaces or a parenthesised remark such as `(必填)`, as PDF extraction
        and templates leave them.

        Raises:
            LabelError: the label names no category of this level.
        """
        if not isinstance(label, str):
            raise FieldTypeError(f"{cls.__name__}.from_label", "label", label, "must be a str")
        found = cls.lookup(label)
        if found is None:
            raise LabelError(label, _KINDS[cls], tuple(m.value for m in cls))
        return found

    @classmethod
    def lookup(cls, label: str) -> Self | None:
        """Return the category a label names, or `None`: `from_label` without the error."""
        if not isinstance(label, str):
            return None
        table: dict[str, Self] = _LABELS[cls]  # type: ignore[assignment]
        found = table.get(_stem(label))
        # Most cells are clean; only the rest pay for removing spaces and remarks.
        return found if found is not None else table.get(_stem(_NOISE.sub("", label)))


class Level1(_Category):
    """A level-1 indicator category (一级指标).

    Examples:
        >>> Level1.from_label("产出")
        <Level1.OUTPUT: '产出指标'>
        >>> Level1.OUTPUT.english
        'output'
    """

    OUTPUT = "产出指标"
    BENEFIT = "效益指标"
    SATISFACTION = "满意度指标"
    COST = "成本指标"


class Level2(_Category):
    """A level-2 indicator category (二级指标); `parent` is its level-1 category.

    `from_label` also takes the aliases seen in real systems (see the categories page):
    进度指标 = 时效指标, 环境效益指标 = 生态效益指标, 满意度指标 and 社会公众或服务对象满意度指标 =
    服务对象满意度指标. `成本指标`
    is the level-2 cost category under 产出指标; the level-1 成本指标 of 2021 forms has its own
    level-2 categories (经济成本指标, …).

    Examples:
        >>> Level2.from_label("进度指标")
        <Level2.TIMELINESS: '时效指标'>
        >>> Level2.TIMELINESS.parent
        <Level1.OUTPUT: '产出指标'>
    """

    QUANTITY = "数量指标"
    QUALITY = "质量指标"
    TIMELINESS = "时效指标"
    COST = "成本指标"
    ECONOMIC = "经济效益指标"
    SOCIAL = "社会效益指标"
    ECOLOGICAL = "生态效益指标"
    SUSTAINABILITY = "可持续影响指标"
    SATISFACTION = "服务对象满意度指标"
    ECONOMIC_COST = "经济成本指标"
    SOCIAL_COST = "社会成本指标"
    ECOLOGICAL_COST = "生态环境成本指标"

    @property
    def parent(self) -> Level1:
        """The level-1 category this category belongs to.

        Examples:
            >>> Level2.ECONOMIC_COST.parent, Level2.COST.parent
            (<Level1.COST: '成本指标'>, <Level1.OUTPUT: '产出指标'>)
        """
        return _PARENTS[self]


_PARENTS = {
    Level2.QUANTITY: Level1.OUTPUT,
    Level2.QUALITY: Level1.OUTPUT,
    Level2.TIMELINESS: Level1.OUTPUT,
    Level2.COST: Level1.OUTPUT,
    Level2.ECONOMIC: Level1.BENEFIT,
    Level2.SOCIAL: Level1.BENEFIT,
    Level2.ECOLOGICAL: Level1.BENEFIT,
    Level2.SUSTAINABILITY: Level1.BENEFIT,
    Level2.SATISFACTION: Level1.SATISFACTION,
    Level2.ECONOMIC_COST: Level1.COST,
    Level2.SOCIAL_COST: Level1.COST,
    Level2.ECOLOGICAL_COST: Level1.COST,
}

_ENGLISH: dict[_Category, str] = {
    Level1.OUTPUT: "output",
    Level1.BENEFIT: "benefit",
    Level1.SATISFACTION: "satisfaction",
    Level1.COST: "cost",
    Level2.QUANTITY: "quantity",
    Level2.QUALITY: "quality",
    Level2.TIMELINESS: "timeliness",
    Level2.COST: "cost",
    Level2.ECONOMIC: "economic benefit",
    Level2.SOCIAL: "social benefit",
    Level2.ECOLOGICAL: "ecological benefit",
    Level2.SUSTAINABILITY: "sustainable impact",
    Level2.SATISFACTION: "satisfaction of those served",
    Level2.ECONOMIC_COST: "economic cost",
    Level2.SOCIAL_COST: "social cost",
    Level2.ECOLOGICAL_COST: "ecological and environmental cost",
}


def _stem(label: str) -> str:
    return label.removesuffix("指标")


_LEVEL1_LABELS = {_stem(m.value): m for m in Level1}
_LEVEL2_LABELS = {_stem(m.value): m for m in Level2} | {
    "进度": Level2.TIMELINESS,
    "环境效益": Level2.ECOLOGICAL,
    "满意度": Level2.SATISFACTION,
    "社会公众或服务对象满意度": Level2.SATISFACTION,
}
_LABELS: dict[type[_Category], dict[str, _Category]] = {
    Level1: dict(_LEVEL1_LABELS),
    Level2: dict(_LEVEL2_LABELS),
}
_KINDS: dict[type[_Category], str] = {
    Level1: "level-1 category (一级指标)",
    Level2: "level-2 category (二级指标)",
}

# Forms append remarks such as "(必填硬性指标)" and PDF extraction splits labels with spaces.
_NOISE = re.compile(r"\s+|[(（][^()（）]*[)）]")
