"""The closed vocabularies a form carries besides the indicator taxonomy.

`FormKind` (申报表, 目标表, 批复表), `Period` (an annual or a mid-term target) and
`StandardBasis` (the 绩效标准 a target is set against). Each member's value is its Chinese
spelling on the forms.
"""

from __future__ import annotations

import enum

__all__ = ["FormKind", "Period", "StandardBasis"]


class FormKind(enum.Enum):
    """Which declaration document a form is, from its title.

    Examples:
        >>> FormKind("目标表")
        <FormKind.TARGETS: '目标表'>
    """

    DECLARATION = "申报表"
    """绩效目标申报表: filed by the unit with the budget request."""
    TARGETS = "目标表"
    """绩效目标表: the targets as published with the budget."""
    APPROVAL = "批复表"
    """绩效目标批复表: the targets as approved by the finance department."""


class Period(enum.Enum):
    """Whether an indicator is set for the budget year or for the whole project period.

    Forms give the two side by side (`指标值(长期)` / `指标值(年度)`), in stacked blocks
    (`长期绩效指标` / `年度绩效指标`), or only the annual one; systems store one row per
    period (`yearflag`).

    Examples:
        >>> Period.MID_TERM.value
        '中期'
    """

    ANNUAL = "年度"
    """A target for the budget year (年度指标)."""
    MID_TERM = "中期"
    """A target for the whole implementation period (中期, 长期 or 总体指标)."""


class StandardBasis(enum.Enum):
    """The standard a target is set against (绩效标准), as declared on some forms.

    Examples:
        >>> StandardBasis("行业标准").name
        'INDUSTRY'
    """

    PLAN = "计划标准"
    INDUSTRY = "行业标准"
    HISTORY = "历史标准"
    BUDGET = "预算支出标准"
    OTHER = "其他"
