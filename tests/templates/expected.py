"""The project each template of `tests.templates.forms` must read as, written by hand from its cells.

Never generated from a reader's output: each value below is read off the form's text by the
reading rules the form reader follows:

- Names as written, except that numbering (`指标1:`, `指标2.`) and leading `★` are removed;
  a leading `*`, template placeholders (`(≥**%)`), `其中:` and inner spaces are kept.
- Level-2 labels lose their marks (`(必填)`, …) and level-1 labels their points (`(50分)`)
  before the lookup; the category is the level-2 label's.
- A merged target cell reads as `parse_target(text)` (no unit is taken from the name); split
  cells as the merged text they say (see `_split`).
- `正向指标` is `Direction.UP`, `反向指标` `Direction.DOWN`; weights are the 权重 cell's number
  (`权重15` → 15); 备注 and 绩效指标描述 are explanations; a 绩效标准 cell naming a standard
  is the basis, any other text in it the explanation.
- Money in 元: `(万元)`/`单位:万元` multiplies by 10000, `金额单位:元`, `单位：元` and `(元)`
  keep the amounts; without an announcement the amounts are kept as written and
  `in_yuan=False`. A component belongs to the total it is listed under (or, in a row of
  labels, after): 财政拨款/财政资金 under a this-year total is `appropriation`, 其他资金
  there is `annual_other`.
- Header cells the model has no field for are `details`, label as written without a trailing
  `:`, text as the cell shows it (a number cell as its digits: `0`, `20.5`), in form order.
- Period: `(长期)` columns and 长期绩效指标 blocks are mid-term; indicators are in form order,
  row by row, the mid-term one of a side-by-side row first.
"""

from __future__ import annotations

import datetime
from decimal import Decimal as D

from perfindicator import (
    BudgetLine,
    Direction,
    Document,
    Funding,
    Goals,
    Indicator,
    Level1,
    Level2,
    Likelihood,
    MonitoredIndicator,
    MonitoringReport,
    Project,
    parse_target,
)
from perfindicator.model.kinds import FormKind, Period, StandardBasis
from perfindicator.model.project import LabelledText
from tests.templates.expected_selfeval import SELF_EVALUATIONS

__all__ = ["EXPECTED"]

_WAN = D(10000)
UP, DOWN = Direction.UP, Direction.DOWN
MID = Period.MID_TERM


def _merged(level2: Level2, name: str, text: str, **more: object) -> Indicator:
    """An indicator whose target is one merged cell."""
    return Indicator(level2=level2, name=name, target=parse_target(text), **more)  # type: ignore[arg-type]


def _split(
    level2: Level2, name: str, sign: str | None, value: int | str, unit: str | None, **more: object
) -> Indicator:
    """An indicator whose target is split in sign, value and unit cells.

    The target is written out by hand as the merged text the cells say (a sign cell, `=`
    where it is empty; 定性: the words of the value cell), then parsed: not built by
    `target_from_cells`, which the reader uses.
    """
    text = str(value) if sign == "定性" else f"{sign or '='}{value}{unit or ''}"
    return Indicator(level2=level2, name=name, target=parse_target(text), **more)  # type: ignore[arg-type]


def _detail(label: str, text: str) -> LabelledText:
    return LabelledText(label=label, text=text)


Q, QUALITY, TIME, COST = Level2.QUANTITY, Level2.QUALITY, Level2.TIMELINESS, Level2.COST
SOCIAL, ECONOMIC, ECOLOGICAL = Level2.SOCIAL, Level2.ECONOMIC, Level2.ECOLOGICAL
SUSTAIN, SATISFIED = Level2.SUSTAINABILITY, Level2.SATISFACTION

SICHUAN_JINGYAN_2023 = Project(
    name="食品安全监管工作经费",
    year=2023,
    department="井研县马踏镇人民政府",
    funding=Funding(annual_request=D(50000)),
    goals=Goals(annual="召开食品安全委员会全体会议,统筹推进全镇食品安全工作,保障群众饮食安全。"),
    kind=FormKind.DECLARATION,
    indicators=(
        _split(Q, "召开食品安委会全体会议", None, 2, None, weight=D(15), direction=UP),
        _split(
            QUALITY,
            "食安委成员单位食品安全工作齐抓共管",
            None,
            100,
            "%",
            weight=D(10),
            direction=UP,
        ),
        _split(QUALITY, "资金支付准确率", "≥", 95, "%", weight=D(5), direction=UP),
        _split(TIME, "完成时限", None, 1, None, weight=D(5), direction=UP),
        _split(COST, "检查差旅费", None, 470, "人/天", weight=D(2), direction=DOWN),
        _split(COST, "培训费", None, 320, "人/天", weight=D(3), direction=DOWN),
        _split(COST, "会议费", "≤", 2000, "元", weight=D(5), direction=DOWN),
        _split(SOCIAL, "食品安全整体状况", "定性", "高中低", None, weight=D(10)),
        _split(SATISFIED, "公众对食品安全满意度", "定性", "高中低", None, weight=D(5)),
        _split(SATISFIED, "群众满意度", "≥", 90, "%", weight=D(5), direction=UP),
    ),
)

CHONGQING_RONGCHANG_2022 = Project(
    name="乡村绿化美化项目",
    year=2022,
    category="一次性项目",
    department="重庆市荣昌区林业局",
    implementing_unit="重庆市荣昌区林业局",
    funding=Funding(annual_request=D("30.5") * _WAN, annual_other=D(0)),
    goals=Goals(
        overall="改善农村人居环境,建成绿化美化示范路段。",
        annual="完成公路沿线绿化美化3500米,发放李子苗15000株。",
    ),
    kind=FormKind.TARGETS,
    details=(
        _detail("项目负责人", "[name removed]"),
        _detail("联系电话", "[phone removed]"),
        _detail("其中:1.中央资金", "0"),
        _detail("2.市级资金", "10"),
        _detail("3.区级资金", "20.5"),
        _detail("项目概况及立项依据", "依据区委区政府乡村振兴工作部署,实施公路沿线绿化美化。"),
    ),
    indicators=(
        # 计量单位 stands before 指标性质: the cells are passed by role, not by position.
        _split(Q, "绿化美化公路", "=", 3500, "米"),
        _split(Q, "购买发放李子苗", "=", 15000, "株"),
        _split(QUALITY, "树木成活率", "≥", 85, "%"),
    ),
)

HUBEI_QINGSHAN_2020 = Project(
    name="中小学校舍维修改造",
    year=2020,
    category="经常性项目",
    department="[101]武汉市青山区教育局",
    implementing_unit="武汉市青山区教育局",
    funding=Funding(
        total=D(300),
        fiscal=D(300),
        other=D(0),
        annual_request=D(100),
        appropriation=D(100),
        annual_other=D(0),
        in_yuan=False,
    ),
    goals=Goals(
        overall="三年内完成全区中小学校舍维修改造,消除校舍安全隐患。",
        annual="完成4所学校校舍维修改造。",
    ),
    kind=FormKind.TARGETS,
    details=(_detail("项目起止时间", "2020年-2022年"),),
    indicators=(
        _merged(Q, "校舍改造学校数", ">=10所", period=MID),
        _merged(Q, "校舍改造学校数", ">=4所"),
        _merged(QUALITY, "工程验收合格率", "100%", period=MID),
        _merged(QUALITY, "工程验收合格率", "100%"),
        _merged(TIME, "项目完成时间", "2022年底", period=MID),
        _merged(TIME, "项目完成时间", "2020年12月底前"),
        _merged(SOCIAL, "改善办学条件", "明显改善", period=MID),
        _merged(SOCIAL, "改善办学条件", "逐步改善"),
        _merged(SATISFIED, "师生满意度", ">=90%", period=MID),
        _merged(SATISFIED, "师生满意度", ">=90%"),
    ),
)

ANHUI_HUAIBEI_2025 = Project(
    name="2025年体育赛事活动经费",
    year=2025,
    department="[077]淮北市文化和旅游局",
    implementing_unit="淮北市文化和旅游局",
    # No cell announces the unit (万元 only in the page text): as written, not guessed.
    funding=Funding(annual_request=D("5.00"), appropriation=D("5.00"), in_yuan=False),
    goals=Goals(annual="举办品牌体育赛事,推动体育消费,提升城市知名度和美誉度。"),
    kind=FormKind.TARGETS,
    details=(_detail("项目来源", "年初预算"), _detail("项目期", "1年")),
    indicators=(
        _merged(Q, "开展运动种类", "1种"),
        _merged(Q, "打造品牌赛事种类", "1种"),
        _merged(QUALITY, "经费支出合规率", "100%"),
        _merged(QUALITY, "赛事完成率", "100%"),
        _merged(TIME, "完成时间", "2025年年底前"),
        _merged(COST, "项目总成本", "≤1000万元"),
        _merged(
            ECONOMIC,
            "提升六安城市知名度和美誉度,推动体育消费、“网球+”产业深度融合",
            "经济效益良好",
        ),
        _merged(
            SOCIAL,
            "打造金安国际网球公开赛等系列品牌赛事,提升六安城市的知名度和美誉度。",
            "效果良好",
        ),
        _merged(ECOLOGICAL, "本项目不适用此指标", "无"),
        _merged(SUSTAIN, "打造金安国际网球公开赛等系列品牌赛事", "影响可持续"),
        _merged(SATISFIED, "群众满意度", "≥95%"),
    ),
)

HUNAN_XIANGTAN_2023 = Project(
    name="雾炮车抑尘降尘服务",
    year=2023,
    department="湘潭市城市管理和综合执法局",
    funding=Funding(annual_request=D("15399.72") * _WAN),
    goals=Goals(
        overall="通过雾炮车抑尘降尘服务,改善城区空气质量。",
        annual="配备10台雾炮车,完成服务周期内的抑尘降尘作业。",
    ),
    kind=FormKind.DECLARATION,
    details=(_detail("该项目支出上级资金", "0"), _detail("项目支出实施期", "2023.07-2024.01")),
    indicators=(
        _merged(Q, "雾炮车抑尘降尘服务配备车辆数", "10", basis=StandardBasis.PLAN),
        _merged(Q, "雾炮车风炮射程", "80M", basis=StandardBasis.INDUSTRY),
        _merged(TIME, "服务周期", "180", basis=StandardBasis.PLAN),
        _merged(COST, "控制在预算成本内", "控制在预算内", basis=StandardBasis.BUDGET),
        _merged(
            SOCIAL,
            "服务周期内,市民对空气质量改善的满意程度",
            "85%",
            explanation="参照上年同类服务",
        ),
        _merged(SATISFIED, "满意度", "90%", basis=StandardBasis.HISTORY),
    ),
    # 经济效益指标 and 生态效益指标: template rows left without a name or a value.
    empty_rows=2,
)

NINGXIA_YUANZHOU_2022 = Project(
    name="2022年国土绿化项目",
    year=2022,
    category="一次性项目",
    department="[312001]固原市原州区林业和草原局",
    implementing_unit="固原市原州区林业和草原局",
    funding=Funding(annual_request=D(6070) * _WAN, appropriation=D(6070) * _WAN, annual_other=D(0)),
    goals=Goals(annual="完成营造林80000亩,修建作业道30公里,改善区域生态环境。"),
    kind=FormKind.DECLARATION,
    details=(_detail("项目期", "1年"),),
    indicators=(
        # A bare number takes the unit its name states: (亩), (公里), (人).
        _merged(Q, "实施营造林总面积(亩)", "80000亩"),
        _merged(Q, "其中:实施新造林总面积(亩)", "30000亩"),
        _merged(Q, "实施未成林抚育提升及退化林改造总面积(亩)", "50000亩"),
        _merged(Q, "修建作业道长度(公里)", "30公里"),
        _merged(QUALITY, "苗木成活率(≥**%)", "85"),
        _merged(TIME, "项目完成时间", "2023年底"),
        _merged(COST, "项目总投入(≥**万元)", "6070"),
        _merged(SOCIAL, "受益人数(人)", "132人"),
        _merged(ECOLOGICAL, "林草植被覆盖度", "逐步提高"),
        _merged(SATISFIED, "受益脱贫户满意度(≥**%)", "≥95%"),
    ),
)

HUNAN_NINGXIANG_2021 = Project(
    name="乡村旅游扶贫基础设施建设",
    year=2021,
    department="宁乡市坝塘镇人民政府",
    implementing_unit="宁乡市坝塘镇人民政府",
    funding=Funding(annual_request=D(10) * _WAN, appropriation=D(10) * _WAN, annual_other=D(0)),
    goals=Goals(
        overall="建成乡村旅游基础设施,带动贫困村集体和贫困人口增收。",
        annual="完成旅游基础设施建设,接待游客不少于2万人。",
    ),
    kind=FormKind.DECLARATION,
    indicators=(
        _merged(Q, "贫困地区旅游基础设施建设工程", ">=20平方米", period=MID),
        _merged(Q, "贫困地区旅游景点开发数量( ≥**个 )", ">=4个", period=MID),
        _merged(QUALITY, "*贫困地区旅游基础设施建设质量达标率100%", ">=98%", period=MID),
        _merged(TIME, "贫困地区基础设施建设按期完成率(≥**%)", ">=95%", period=MID),
        _merged(COST, "流转土地补助标准", "<=475元/亩", period=MID),
        _merged(ECONOMIC, "乡村旅游带动增加贫困村收入(≥**万元)", ">=6万元", period=MID),
        _merged(SATISFIED, "游客满意度(≥**%)", ">=90%", period=MID),
        _merged(Q, "新增接待游客数量", ">=20000人"),
        _merged(QUALITY, "景点建设验收合格率", "100%", explanation="以竣工验收报告为准"),
        _merged(TIME, "项目完成时间", "2021年12月31日前"),
        _merged(ECONOMIC, "带动贫困村集体增收", ">=2万元"),
        _merged(SATISFIED, "游客满意度(≥**%)", ">=90%"),
    ),
)

SHANGHAI_STYLE_2026 = Project(
    name="社区法治宣传教育",
    year=2026,
    # The first category label in form order (项目性质) gives the category; 项目类别 after
    # it is kept as a detail.
    category="经常性项目",
    department="上海市司法局",
    implementing_unit="上海市法治宣传教育中心",
    start=datetime.date(2026, 1, 1),
    end=datetime.date(2026, 12, 31),
    funding=Funding(
        total=D(1250000),
        fiscal=D(1250000),
        other=D(0),
        annual_request=D(1250000),
        appropriation=D(1000000),
        carryover=D(250000),
        annual_other=D(0),
    ),
    goals=Goals(
        overall="提升社区居民法治意识,建成社区法治宣传阵地。",
        annual="全年开展社区法治宣传培训12场,覆盖600人次。",
    ),
    kind=FormKind.DECLARATION,
    details=(_detail("项目类别", "特定目标类"),),
    indicators=(
        _merged(Q, "培训场次", ">=12场"),
        _merged(Q, "覆盖人数", ">=600人次"),
        _merged(QUALITY, "培训合格率", ">=95%"),
        _merged(TIME, "完成时间", "2026年12月31日前"),
        _merged(COST, "项目总成本", "<=125万元"),
        _merged(SOCIAL, "社区居民法治意识", "逐步提升"),
        _merged(SATISFIED, "参训人员满意度", ">=90%"),
    ),
)

TIANJIN_HEBEI_2023 = Project(
    name="安全隐患维修",
    year=2023,
    funding=Funding(annual_request=D("20.00") * _WAN, appropriation=D("20.00") * _WAN),
    goals=Goals(annual="1.维修审判大楼玻璃幕墙等,消除外延脱落安全隐患。"),
    kind=FormKind.TARGETS,
    details=(_detail("预算规模及资金用途", "用于维修审判楼玻璃幕墙等"),),
    # The unit code and department stand without a label beside `单位:万元`.
    unclaimed=(LabelledText(label="", text="207101天津市河北区人民法院"),),
    indicators=(
        _merged(Q, "维修面积", "≥400平方米", explanation="维修面积"),
        _merged(QUALITY, "验收合格率", "≥98百分比", explanation="验收合格率"),
        _merged(TIME, "资金支付及时率", "100百分比", explanation="资金支付及时率"),
        _merged(COST, "项目成本", "20万元", explanation="项目成本"),
        _merged(SUSTAIN, "消除安全隐患", "持续影响", explanation="消除安全隐患"),
        _merged(SATISFIED, "干警满意度", "≥95百分比", explanation="干警满意度"),
    ),
)

SICHUAN_ANJU_2021 = Project(
    name="食品安全监管补助资金",
    year=2021,
    department="遂宁市安居区市场监督管理局",
    implementing_unit="遂宁市安居区市场监督管理局",
    funding=Funding(annual_request=D(125000), appropriation=D(125000)),
    goals=Goals(annual="完成食品安全监管专项工作,杜绝重大食品安全事故。"),
    kind=FormKind.DECLARATION,
    indicators=(
        _merged(Q, "食品安全抽检批次", "≥200批次"),
        _merged(Q, "食品安全宣传活动场次", "≥4场"),
        _merged(QUALITY, "食品安全监管人员培训", "已完成"),
        _merged(QUALITY, "违法案件查办率", "100%"),
        _merged(QUALITY, "进口冷链食品新冠肺炎疫情应急处置示范演练", "已完成"),
        _merged(TIME, "食品监管专项工作整体完成时间", "2021年12月31日"),
        _merged(SOCIAL, "辖区内与补助资金相关的重大食品安全监管责任事故发生数", "0次"),
        _merged(SOCIAL, "辖区内公众食品安全科普知识素养", "逐步提高"),
        _merged(SATISFIED, "群众满意度", "≥90%"),
    ),
)


def _line(
    level1: Level1,
    level2: Level2,
    name: str,
    target: str,
    value: str,
    likelihood: Likelihood,
    remark: str = "",
) -> MonitoredIndicator:
    """A monitoring line: its cells as written, the target parsed."""
    return MonitoredIndicator(
        level1=level1, level2=level2, name=name, target_text=target,
        target=parse_target(target), value_text=value, likelihood=likelihood, remark=remark,
    )  # fmt: skip


CERTAIN, POSSIBLE = Likelihood.CERTAIN, Likelihood.POSSIBLE
OUTPUT = Level1.OUTPUT

# 单位:万元 (and 项目资金(万元)): 220 万元 = 2,200,000 元, 87.57 万元 = 875,700 元. The months
# covered are 1-6 (`1-6月执行数`, `半年度指标执行情况`). The footers are the form's causes and
# measures; the title (more than the template's words), the stamp line with its empty value
# and the note are details.
HUBEI_HUANGSHI_2019 = MonitoringReport(
    name="社区居民职业技能培训",
    year=2019,
    months=6,
    department="黄石市人力资源和社会保障局",
    implementing_unit="黄石市职业技能培训指导中心",
    budget_lines=(
        BudgetLine(label="年度资金总额", budget=2_200_000, executed=875_700, forecast=2_200_000),
        BudgetLine(
            label="其中:当年一般公共预算拨款", budget=2_200_000, executed=875_700,
            forecast=2_200_000,
        ),
    ),
    lines=(
        _line(OUTPUT, Q, "培训人次", "≥1000人次", "520人次", CERTAIN),
        _line(OUTPUT, QUALITY, "培训考核合格率", "≥90%", "92%", CERTAIN),
        _line(OUTPUT, TIME, "第三期培训完成时间", "2019年11月底前", "", POSSIBLE, "场地改造推迟"),
        _line(OUTPUT, COST, "人均培训成本", "≤2200元/人", "1684元/人", CERTAIN),
        _line(Level1.BENEFIT, SOCIAL, "参训人员就业技能", "有效提升", "基本达到", POSSIBLE),
        _line(Level1.SATISFACTION, SATISFIED, "参训人员满意度", "≥90%", "93%", CERTAIN),
    ),
    causes=(
        "投入保障:第三期培训场地改造未完工,培训推迟至9月;项目管理:部分学员结业考核安排在下半年。"
    ),
    measures="协调备用培训场地,9月底前开班;加强学员跟踪服务。",
    details=(
        _detail("标题", "黄石市项目支出绩效监控表"),
        _detail("项目单位(盖章)", ""),
        _detail(
            "注",
            "1.完成目标可能性:对应所设定的实现绩效目标的路径,分确定能、有可能、不可能三级综合判断"
            "完成的可能性。",
        ),
    ),
)  # fmt: skip

EXPECTED: dict[str, Document] = {
    "sichuan_jingyan_2023": SICHUAN_JINGYAN_2023,
    "chongqing_rongchang_2022": CHONGQING_RONGCHANG_2022,
    "hubei_qingshan_2020": HUBEI_QINGSHAN_2020,
    "anhui_huaibei_2025": ANHUI_HUAIBEI_2025,
    "hunan_xiangtan_2023": HUNAN_XIANGTAN_2023,
    "ningxia_yuanzhou_2022": NINGXIA_YUANZHOU_2022,
    "hunan_ningxiang_2021": HUNAN_NINGXIANG_2021,
    "shanghai_style_2026": SHANGHAI_STYLE_2026,
    "tianjin_hebei_2023": TIANJIN_HEBEI_2023,
    "sichuan_anju_2021": SICHUAN_ANJU_2021,
    "hubei_huangshi_2019": HUBEI_HUANGSHI_2019,
    **SELF_EVALUATIONS,
}
"""Each template's document, by table name: `read_table(table.rows)` must return `[it]`."""
