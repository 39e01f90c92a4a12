"""The words of a form's labels: how a header cell is normalised, and what each one names.

Every province spells its labels its own way (`主管部门`, `主管部门及代码`, `预算部门`, …), and
extraction adds spaces, full-width punctuation and bracketed remarks. A label is first
normalised (`read_label`): white space removed, traditional characters and full-width
punctuation folded, a leading `*` (a mandatory mark) and a trailing `:` dropped, and the
bracketed suffixes split off as attributes: points (`(50分)`), a period (`(长期)`), a money
unit (`(万元)`), a mark (`(必填硬性指标)`) or a formula tag (`(A)`). What is left is looked
up in the recognition tables below, which are the single source of every spelling the
readers know; `docs/reference/templates.md` is generated from them.

Pure data and text: no I/O.
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal
from typing import Literal

import attrs

from perfindicator.model.kinds import FormKind, Period

__all__ = [
    "BUDGET_COLUMNS",
    "DETAIL_LABELS",
    "EXECUTION_BLOCK_LABELS",
    "EXECUTION_COLUMNS",
    "FIELD_LABELS",
    "FOOTER_WORDS",
    "FUNDING_BLOCK_LABELS",
    "FUNDING_LABELS",
    "GOAL_LABELS",
    "GRID_BLOCK_LABELS",
    "INDICATOR_COLUMNS",
    "MONEY_UNITS",
    "MONITORING_COLUMNS",
    "MONITORING_TITLE_WORDS",
    "MONTHS_COVERED",
    "MONTH_COLUMNS",
    "SELF_EVALUATION_COLUMNS",
    "SELF_EVALUATION_FOOTER_LABELS",
    "SELF_EVALUATION_GOAL_LABELS",
    "SELF_EVALUATION_TITLE",
    "SELF_EVALUATION_TOTAL_LABELS",
    "TITLE",
    "TITLES",
    "TITLE_WORDS",
    "Label",
    "MoneyUnit",
    "fold",
    "is_label",
    "is_subtotal",
    "is_title",
    "monitoring_column",
    "months_covered",
    "read_label",
]

MoneyUnit = Literal["元", "万元"]
"""A money unit a form announces: yuan or ten thousand yuan."""

MONEY_UNITS: dict[str, Decimal] = {"元": Decimal(1), "万元": Decimal(10_000)}
"""Each money unit and how many yuan it is."""

# Traditional characters seen in published labels (mirrors of Hong Kong and Taiwan pages),
# folded so that one table of spellings serves both scripts.
_FOLDED_FROM = (
    "項標資額單萬績級數質時實際預執開結東構報總當財務門屬類劃達並內說權號碼稱備註：（）【】﹕"
)
_FOLD = str.maketrans(
    _FOLDED_FROM,
    "项标资额单万绩级数质时实际预执开结东构报总当财务门属类划达并内说权号码称备注:()[]:",
)
# `str.translate` looks up every character of a text of Chinese in `_FOLD`, slowly; most
# texts hold nothing to fold, which one search of the pattern tells.
_FOLDABLE = re.compile(f"[{re.escape(_FOLDED_FROM)}]")
_SPACE = re.compile(r"\s+")
_SUFFIX = re.compile(r"\(([^()]*)\)(分?)$")
_POINTS = re.compile(r"([0-9]+(?:\.[0-9]+)?)分?|[0-9]+-([0-9]+)")
_PERIODS = {"长期": Period.MID_TERM, "中期": Period.MID_TERM, "年度": Period.ANNUAL}
_MARKS = frozenset({"必填硬性指标", "必填", "选填"})
_FORMULA = re.compile(r"[A-Z](?:/[A-Z])?|[0-9]+分\*执行率")


@attrs.frozen(kw_only=True)
class Label:
    """A label cell, normalised, with the attributes its bracketed suffixes carried.

    Attributes:
        text: the label without white space, suffixes, a leading `*` or a trailing `:`.
        points: points in a suffix, `(50分)`, `(50)` or `(0-20)分` (the upper end).
        period: a period in a suffix, `(长期)` or `(年度)`.
        money_unit: a money unit in a suffix, `(万元)`, `(元)` or `(单位:万元)`.
        mark: a level-2 mark, `(必填硬性指标)`, `(必填)` or `(选填)`.

    Examples:
        >>> label = read_label("数量指标(必填硬性指标)")
        >>> label.text, label.mark
        ('数量指标', '必填硬性指标')
    """

    text: str
    points: Decimal | None = None
    period: Period | None = None
    money_unit: MoneyUnit | None = None
    mark: str | None = None


def fold(text: str) -> str:
    """A cell's text without white space, traditional characters or full-width punctuation.

    Examples:
        >>> fold("其中： 財政 資金")
        '其中:财政资金'
    """
    # One pass of each, and only where there is white space to remove or a character to
    # fold.
    if not text.isprintable() or " " in text or "\u3000" in text:
        text = _SPACE.sub("", text)
    return text if _FOLDABLE.search(text) is None else text.translate(_FOLD)


@functools.lru_cache(maxsize=4096)
def read_label(text: str) -> Label:
    """Normalise a label cell and split off its bracketed suffixes.

    Cached: forms repeat the same few hundred labels.

    Examples:
        >>> read_label(" 产出指标 （50分）")
        Label(text='产出指标', points=Decimal('50'), period=None, money_unit=None, mark=None)
        >>> read_label("*资金情况 (单位:万元):").money_unit
        '万元'
        >>> read_label("指标值(长期)").period
        <Period.MID_TERM: '中期'>
    """
    text = fold(text).lstrip("*★").rstrip(":")
    points: Decimal | None = None
    period: Period | None = None
    unit: MoneyUnit | None = None
    mark: str | None = None
    while (suffix := _SUFFIX.search(text)) is not None and suffix.start() > 0:
        inside = suffix[1].removeprefix("单位:").removeprefix("金额单位:")
        if (number := _POINTS.fullmatch(inside)) is not None and (
            suffix[2] or inside.endswith("分") or number[2] or "指标" in text
        ):
            points = Decimal(number[2] or number[1])
        elif inside in _PERIODS:
            period = _PERIODS[inside]
        elif inside in MONEY_UNITS:
            unit = inside  # type: ignore[assignment]
        elif inside in _MARKS:
            mark = inside
        elif not _FORMULA.fullmatch(inside) and not inside.startswith(("定量", "定性")):
            break  # a bracket that belongs to the label: 项目(专项)名称 is one word
        text = text[: suffix.start()].rstrip(":")
    return Label(text=text, points=points, period=period, money_unit=unit, mark=mark)


# --- Recognition tables ---------------------------------------------------------------
# Each maps a normalised spelling (as `read_label` leaves it) to what it names. Spellings
# are from published forms (templates.md of the project's reference material).

FIELD_LABELS: dict[str, str] = {
    **dict.fromkeys(("项目名称", "项目支出名称", "项目(专项)名称"), "name"),
    **dict.fromkeys(
        ("主管部门", "预算部门", "主管部门及代码", "主管部门及编码", "申报单位", "单位名称"),
        "department",
    ),
    **dict.fromkeys(
        ("实施单位", "具体实施单位", "实施单位(盖章)", "项目执行单位"), "implementing_unit"
    ),
    **dict.fromkeys(("项目类别", "项目属性", "项目性质", "项目类型"), "category"),
    **dict.fromkeys(("计划开始日期", "开始日期"), "start"),
    **dict.fromkeys(("计划完成日期", "结束日期"), "end"),
}
"""Header fields of the project, by label: `name`, `department`, `implementing_unit`,
`category` (the first of its labels found; the others are kept as details), `start`, `end`."""

DETAIL_LABELS: frozenset[str] = frozenset(
    {
        "项目编号",
        "项目来源",
        "对应一级项目",
        "项目功能科目",
        "项目口径",
        "重要程度",
        "归口业务科室",
        "是否政府采购",
        "项目期",
        "项目支出实施期",
        "项目起止时间",
        "项目期限",
        "项目负责人及电话",
        "项目负责人",
        "联系电话",
        "填报人",
        "填报单位",
        "绩效编制单位",
        "立项依据",
        "项目概况",
        "项目概况及立项依据",
        "项目基本情况",
        "年度总体目标完成情况",
        "该项目支出上级资金",
        "部门联系人",
        "联系人",
        "项目实施内容及过程概述",
        "报表编号",
        # Funds by government level (荣昌): components of the total the model does not split.
        "中央资金",
        "市级资金",
        "区级资金",
        "县级资金",
        "省级资金",
    }
)
"""Header fields the model has no field for; they are kept on the project as details."""

FUNDING_LABELS: dict[str, str] = {
    **dict.fromkeys(("项目资金总额", "资金总额"), "total"),
    **dict.fromkeys(
        (
            "年度资金总额",
            "年度资金申请总额",
            "当年资金总额",
            "预算数",
            "年度本级预算金额",
        ),
        "annual_request",
    ),
    **dict.fromkeys(("财政资金", "财政拨款"), "fiscal"),
    **dict.fromkeys(("当年财政拨款", "本年财政拨款"), "appropriation"),
    **dict.fromkeys(("上年结转资金", "上年结转"), "carryover"),
    "其他资金": "other",
    "当年其他资金": "annual_other",
}
"""Money cells, by label. A component listed under a this-year total (`fiscal`, `other`
under 年度资金总额) is that year's (`appropriation`, `annual_other`)."""

FUNDING_BLOCK_LABELS: frozenset[str] = frozenset(
    {"项目资金", "资金情况", "预算规模及资金用途", "项目资金(万元)"}
)
"""Labels of the funding block itself."""

GOAL_LABELS: dict[str, str] = {
    **dict.fromkeys(
        (
            "总体目标",
            "项目总目标",
            "项目总体目标",
            "实施期绩效目标",
            "长期目标",
            "中期目标",
            "绩效目标总体描述",
        ),
        "overall",
    ),
    **dict.fromkeys(
        (
            "年度目标",
            "年度总目标",
            "年度总体目标",
            "本年度绩效目标",
            "项目年度目标",
            "当年绩效目标",
            "年度绩效目标",
            "年度绩效总目标",
            "绩效目标",
            "项目绩效目标",
            "年度",
        ),
        "annual",
    ),
}
"""Goal texts, by label: the goal for the whole period (`overall`) or the year (`annual`).
A goal of unstated period (`绩效目标`) is the annual one unless an overall goal is given
beside it, when it is the block's label."""

GRID_BLOCK_LABELS: dict[str, Period | None] = {
    "绩效指标": None,
    "绩": None,
    "本年度绩效指标": Period.ANNUAL,
    "年度绩效指标": Period.ANNUAL,
    "长期绩效指标": Period.MID_TERM,
    "绩效项目指标表": None,
}
"""Labels of the indicator block, and the period they set for the rows below them."""

INDICATOR_COLUMNS: dict[str, str] = {
    **dict.fromkeys(("一级指标", "一级", "指标类型", "一级指标名称"), "level1"),
    **dict.fromkeys(("二级指标", "二级指标名称"), "level2"),
    **dict.fromkeys(("三级指标", "三级指标名称", "指标名称", "指标内容"), "name"),
    **dict.fromkeys(
        (
            "指标值",
            "指标目标值",
            "目标值",
            "年度指标值",
            "年初目标值",
            "指标值及单位",
            "当年预期实现值",
            "本年度计划水平",
            "预算设定指标值",
            "目标值(标准)",
        ),
        "target",
    ),
    **dict.fromkeys(("指标性质", "计算符号", "运算符号"), "sign"),
    **dict.fromkeys(("计量单位", "度量单位"), "unit"),
    "指标方向性": "direction",
    **dict.fromkeys(("权重", "分值", "指标权重"), "weight"),
    **dict.fromkeys(
        (
            "绩效指标描述",
            "指标值说明",
            "指标描述",
            "指标解释",
            "指标内容/计算公式",
            "备注",
        ),
        "explanation",
    ),
    "绩效标准": "basis",
}
"""Columns of the indicator table, by header: `level1`, `level2`, `name`, `target`, `sign`
(a sign, a direction or a nature: 定量/定性), `unit`, `direction`, `weight`, `explanation`,
`basis` (a 绩效标准 cell naming a standard; any other text in it is an explanation)."""

MONITORING_COLUMNS: dict[str, str] = {
    **dict.fromkeys(("指标执行情况", "当前完成值", "当前月执行情况"), "progress"),
    **dict.fromkeys(
        ("完成目标可能性", "完成目标可能性(确定能、有可能、不可能)", "完成可能性"), "likelihood"
    ),
    **dict.fromkeys(("全年预计完成情况", "全年预计完成值"), "forecast"),
    **dict.fromkeys(
        ("偏差或不能完成目标原因分析", "偏差原因分析", "偏差原因备注", "原因分析"), "causes"
    ),
    **dict.fromkeys(("相关建议或举措", "改进措施", "整改措施"), "measures"),
}
"""Columns of a monitoring table's indicator block (绩效运行监控表), by header: `progress`
(the value reached so far), `likelihood` (完成目标可能性), `forecast` (the full-year
forecast), `causes` (偏差原因分析) and `measures` (相关建议或举措). A progress header may
start with the months it covers (`半年度指标执行情况`; see `MONTH_COLUMNS`).
Where `causes` and `measures` label rows under the table instead (黄石 2019), they are the
form's own. The other columns are those of `INDICATOR_COLUMNS`; 备注 is the line's remark."""

BUDGET_COLUMNS: dict[str, str] = {
    "年初预算数": "budget",
    **dict.fromkeys(("调整后预算数", "全年预算数", "全年(调整)预算数", "调整预算数"), "adjusted"),
    **dict.fromkeys(("累计执行数", "当前执行数"), "executed"),
    **dict.fromkeys(("全年预计执行数", "预计全年执行数"), "forecast"),
}
"""Columns of a monitoring table's budget block (`项目资金(万元) | 年初预算数 | 1-6月执行数 |
全年预计执行数`), by header: `budget` (年初预算数), `adjusted` (the adjusted budget, 调整后预算数),
`executed` (executed so far; also `1-6月执行数`, see `MONTH_COLUMNS`) and
`forecast` (全年预计执行数). Each row under them is a budget line: its label (`年度资金总额`,
`其中:当年一般公共预算拨款`) and its amounts."""

MONTHS_COVERED: dict[str, int] = {"半年度": 6, "上半年": 6, "前三季度": 9}
"""How a header names the months it covers, besides `1-N月` (`1-6月执行数`: 6) and `1至N月`:
the last month covered, which sets time progress (序时进度)."""

_MONTHS = re.compile(r"1月?[-—–~～至到]([0-9]{1,2})月(?:份)?")


MONTH_COLUMNS: dict[str, str] = {
    **dict.fromkeys(("执行情况", "完成情况", "完成值", "实际完成情况"), "progress"),
    "执行数": "executed",
}
"""Headers that name a monitoring column only after the months they cover (`1-6月执行情况`,
`1-6月执行数`): `progress` of an indicator, `executed` of the budget. Any header of
`MONITORING_COLUMNS` or `BUDGET_COLUMNS` may also start with the months."""


def monitoring_column(word: str) -> tuple[str, str] | None:
    """What a monitoring header names: `("column", role)` or `("budget", role)`, or `None`.

    `word` is a label as `read_label` leaves it.

    Examples:
        >>> monitoring_column("半年度指标执行情况"), monitoring_column("1-6月执行数")
        (('column', 'progress'), ('budget', 'executed'))
        >>> monitoring_column("年度资金总额") is None
        True
    """
    months, rest = months_covered(word)
    if months is not None and rest in MONTH_COLUMNS:
        role = MONTH_COLUMNS[rest]
        return ("budget", role) if role == "executed" else ("column", role)
    if rest in MONITORING_COLUMNS:
        return "column", MONITORING_COLUMNS[rest]
    if rest in BUDGET_COLUMNS:
        return "budget", BUDGET_COLUMNS[rest]
    return None


def months_covered(word: str) -> tuple[int | None, str]:
    """The months a header says it covers (the last month), and the header without them.

    Examples:
        >>> months_covered("1-6月执行数"), months_covered("半年度指标执行情况")
        ((6, '执行数'), (6, '指标执行情况'))
        >>> months_covered("全年预计执行数")
        (None, '全年预计执行数')
    """
    found = _MONTHS.match(word)
    if found is not None and 1 <= int(found[1]) <= 12:
        return int(found[1]), word[found.end() :]
    for spelling, months in MONTHS_COVERED.items():
        if word.startswith(spelling) and len(word) > len(spelling):
            return months, word[len(spelling) :]
    return None, word


SELF_EVALUATION_COLUMNS: dict[str, str] = {
    **dict.fromkeys(
        ("实际完成值", "完成值", "全年实际值", "全年完成值", "项目完成指标值"), "actual"
    ),
    **dict.fromkeys(
        (
            "分值",
            "权重",
            "指标权重",
            "指标权重(分)",
            "分值数量(20)、质量(10)、时效(10)、成本(10)、效益(30)、满意度(10)",
        ),
        "points",
    ),
    **dict.fromkeys(("得分", "指标得分", "指标得分(分)"), "score"),
    "扣减分数": "deduction",
    **dict.fromkeys(
        (
            "偏差原因分析及改进措施",
            "偏差原因及改进措施",
            "偏差原因及改进措施(指标未完成时必填)",
            "未完成原因分析",
            "未完成原因及改进措施",
            "说明",
        ),
        "note",
    ),
    "完成情况简要描述": "description",
}
"""Columns of a self-evaluation's indicator table (绩效自评表) besides those of
`INDICATOR_COLUMNS`, by header: `actual` (实际完成值), `points` (分值, 权重: a self-evaluation's
weight is the line's points), `score` (得分: the raw score where a separate 扣减分数 column
exists), `deduction` (扣减分数), `note` (the deviation note) and `description`
(完成情况简要描述). Instructions inside a header (`（定量填数字，…）`) are dropped by
`read_label`; the production import template's points header keeps its list of level-2
points. An indicator header with an `actual` column is a self-evaluation's."""

EXECUTION_COLUMNS: dict[str, str] = {
    **dict.fromkeys(("年初预算数", "年初预算"), "initial"),
    **dict.fromkeys(("全年预算数", "预算数"), "budget"),
    **dict.fromkeys(("调整后预算数", "全年(调整)预算数"), "adjusted"),
    **dict.fromkeys(("全年执行数", "执行数", "预算执行数"), "executed"),
    **dict.fromkeys(("执行率", "预算执行率"), "rate"),
    **dict.fromkeys(("分值", "权重", "执行率权重"), "points"),
    **dict.fromkeys(("得分", "执行率得分"), "score"),
    "原因": "reason",
}
"""Columns of a self-evaluation's budget-execution block (预算执行情况), by header, with
formula tags (`(A)`, `(B/A)`) dropped: `initial` (年初预算数), `budget` (the denominator,
全年预算数 or 预算数(A)), `adjusted` (the adjusted budget as the denominator:
`SelfEvaluationReport.adjusted`), `executed`, `rate` (执行率, as printed in percent),
`points`, `score` (`得分(20分*执行率)` also gives the block's points) and `reason` (原因).
A row with an `executed` or `rate` header is the block's header row; each row under it is
an execution line, its label the cells outside these columns."""

EXECUTION_BLOCK_LABELS: frozenset[str] = frozenset(
    {"预算执行情况", "项目资金", "资金情况", "年度预算数", "项目资金(万元)", "预算执行"}
)
"""Labels standing beside the execution block's headers (`预算执行情况(10分)`,
`项目资金（万元）`, `年度预算数(万元)`): the block's points and money unit, when they carry
them, are read from their suffixes."""

SELF_EVALUATION_GOAL_LABELS: dict[str, str] = {
    **dict.fromkeys(("预期目标", "年初绩效目标", "项目年度目标", "年度总体目标"), "goal"),
    **dict.fromkeys(
        ("实际完成情况", "年度目标完成情况", "全年目标实际完成情况", "年度总体目标完成情况"),
        "outcome",
    ),
    **dict.fromkeys(("全年(调整)绩效目标",), "detail"),
    **dict.fromkeys(("项目基本情况", "项目年度目标完成情况"), "block"),
}
"""The goal block of a self-evaluation (`年度总体目标 | 预期目标 | 实际完成情况`), by header:
`goal` (the goal as planned), `outcome` (what the unit says of it), `detail` (kept as a
detail: 梁平's adjusted goal) and `block` (a label over the block). A row of these labels
names the cells under them on the next row; where two `goal` labels stand in one row, the
first is the block's label (年度总体目标 over 预期目标)."""

SELF_EVALUATION_TOTAL_LABELS: frozenset[str] = frozenset(
    {"总分", "合计", "总计", "项目总得分", "自评总分", "自评总分(分)", "总得分", "自评得分"}
)
"""Labels of a self-evaluation's total score: a row of its own (`总分`, `合计`, with the
total's points under the points column and its score under the score column) or a header
field (`项目总得分`, `自评总分(分)`) with the score beside it."""


def is_subtotal(word: str) -> bool:
    """Whether a normalised label is a subtotal's: `小计`, `产出指标小计`.

    Examples:
        >>> is_subtotal("产出指标小计"), is_subtotal("合计")
        (True, False)
    """
    return word.endswith("小计")


SELF_EVALUATION_FOOTER_LABELS: dict[str, str] = {
    "评价结论": "conclusion",
    "自评结论": "conclusion",
    **dict.fromkeys(("存在问题", "偏差大或目标未完成原因分析", "存在的问题"), "issues"),
    **dict.fromkeys(("改进措施", "改进措施及结果应用方案", "整改措施"), "measures"),
    **dict.fromkeys(("评价等级", "自评等级", "绩效等级", "等级"), "grade"),
}
"""Rows and fields under a self-evaluation's indicators, by label: `conclusion` (评价结论),
`issues` (存在问题; 黄冈's 偏差大或目标未完成原因分析), `measures` (改进措施) and `grade`
(评价等级)."""


FOOTER_WORDS: tuple[str, ...] = ("审核意见", "初审意见", "审批意见", "评审意见")
"""How the label of a review-opinion row ends (`财政部门审核意见 (盖章)`): its opinions are kept
as details."""

TITLE_WORDS: dict[str, FormKind] = {
    "申报表": FormKind.DECLARATION,
    "目标表": FormKind.TARGETS,
    "批复表": FormKind.APPROVAL,
}
"""How a title ends, after `绩效目标`, `绩效` or `项目` (`项目支出绩效目标申报表`,
`项目绩效目标表`), and the kind of form it names."""

MONITORING_TITLE_WORDS: tuple[str, ...] = ("监控表", "监控情况表")
"""How the title of a monitoring table ends, after `绩效`, `绩效目标`, `绩效运行`, `绩效执行`,
`绩效目标执行`, `绩效目标运行`, `项目` or `运行` (`项目支出绩效监控表`, `财政支出绩效运行监控表`,
`项目绩效目标执行监控表`, `项目运行监控情况表`): read as a `MonitoringReport`."""

TITLES: frozenset[str] = frozenset(
    {
        "财政项目支出绩效目标申报表",
        "项目支出绩效目标申报表",
        "部门预算项目绩效目标申报表",
        "绩效目标申报表",
        "项目支出绩效目标表",
        "项目绩效目标表",
        "部门预算项目支出绩效目标表",
        "项目支出绩效目标批复表",
        "绩效目标批复表",
        "项目支出绩效监控表",
        "项目支出绩效运行监控表",
        "财政支出绩效运行监控表",
        "项目支出绩效目标执行监控表",
        "绩效运行监控表",
        "项目支出绩效自评表",
        "财政项目支出绩效自评表",
        "部门预算项目支出绩效自评表",
        "部门整体支出绩效自评表",
        "部门整体绩效自评表",
        "县级专项资金绩效目标自评表",
    }
)
"""Titles that are a template's words only (the year aside). A title that says more (a
department, a project: `鄂州市2022年市直部门预算项目支出绩效目标表`) is kept as a detail."""

SELF_EVALUATION_TITLE = "自评表"
"""How the title of a self-evaluation ends (`项目支出绩效自评表`): not a declaration."""

TITLE = re.compile(
    rf"(?:绩效(?:目标)?|项目)({'|'.join([*TITLE_WORDS, SELF_EVALUATION_TITLE])})"
    rf"|(?:绩效(?:目标)?(?:执行|运行)?|项目|运行)({'|'.join(MONITORING_TITLE_WORDS)})"
)
"""What makes a cell a form's title (searched in its folded text); group 1 is a declaration's
or a self-evaluation's ending, group 2 a monitoring table's."""


def is_title(text: str) -> bool:
    """Whether `text` reads as a form's title (a value so spelled starts a new form).

    Examples:
        >>> is_title("项目支出绩效目标表 (2023年)"), is_title("完成绩效考核")
        (True, False)
        >>> is_title("黄石市项目支出绩效监控表")
        True
    """
    return TITLE.search(fold(text)) is not None


def is_label(text: str) -> bool:
    """Whether `text` reads as a label of some template (a value so spelled is ambiguous).

    Examples:
        >>> is_label("长期目标 "), is_label("弱电安防"), is_label("1-6月执行数")
        (True, False, True)
    """
    word = read_label(text).text
    return monitoring_column(word) is not None or any(
        word in table
        for table in (
            FIELD_LABELS,
            DETAIL_LABELS,
            FUNDING_LABELS,
            FUNDING_BLOCK_LABELS,
            GOAL_LABELS,
            GRID_BLOCK_LABELS,
            INDICATOR_COLUMNS,
        )
    )
