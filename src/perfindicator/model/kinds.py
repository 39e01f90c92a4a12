"""The closed vocabularies a form carries besides the indicator taxonomy.

`FormKind` (申报表, 目标表, 批复表), `Period` (an annual or a mid-term target),
`StandardBasis` (the 绩效标准 a target is set against) and `ReportLayout` (which template a
published self-evaluation follows). Each member's value is its Chinese name.
"""

from __future__ import annotations

import enum

__all__ = ["FormKind", "Period", "ReportLayout", "StandardBasis"]


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


class ReportLayout(enum.Enum):
    """Which template a published self-evaluation (绩效自评表) follows, from its headers.

    Each layout has its scoring preset (`ScoringScheme.of`): where the points sit and what
    the budget execution is worth differ between them.

    Examples:
        >>> ReportLayout("四川")
        <ReportLayout.SICHUAN: '四川'>
    """

    CENTRAL_10 = "10号"
    """The 财预〔2020〕10号 attachment: execution 10 points (全年预算数), 分值 per row,
    level-1 labels with points (`产出指标(50分)`); Shanghai and most provinces."""
    SYSTEM = "系统导入"
    """The production systems' import template: split sign, value and unit, points per
    level-2 category in the header, and a separate 扣减分数 column."""
    SICHUAN = "四川"
    """Sichuan's system export (`报表编号:510000_0013zp`): `预算执行情况(10分)` against
    调整后预算数, `绩效指标(90分)`, points in 权重."""
    HUBEI = "湖北"
    """Hubei (黄冈 2020): `得分(20分*执行率)`, and two target blocks of 40 points
    (`年度绩效目标1(40分)`) with no points column."""
    NINGXIA = "宁夏"
    """Ningxia's regional template: 分值 before the values, `产出指标(40分)`,
    `效益指标(40分)`, `满意度指标(20分)`."""
    CHONGQING_DEPARTMENT = "重庆部门整体"
    """Chongqing's whole-department self-evaluation (梁平): 执行率权重 10 and
    指标权重(分) per indicator, with no level-1 or level-2 columns."""
