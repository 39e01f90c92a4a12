"""Form templates as tables of cells, laid out as published: ten declaration forms, one
monitoring table (湖北 黄石 2019) and six self-evaluations (10号 池州 2022, 四川 青神 2023,
湖北 黄冈 2020, 宁夏 原州 2022, the production import template, 重庆 梁平 2022 部门整体).

Each `Table` holds exactly what the form shows, cell by cell: merged cells are `None` after
their first (top-left) position, as `openpyxl`'s `iter_rows` gives them, and `merges` lists
the merged ranges. Header cells are spelled exactly as the published pages spell them (the
project's reference notes on templates quote them); where a page's own rows are not at hand,
the values are real rows of the same province from other published forms, or invented and
marked "illustrative". The comment above each table says which.

Numbers are typed as a spreadsheet holds them (`int`, `Decimal`), dates as `datetime.date`;
the text formats write them as text (`format(Decimal, "f")`, ISO dates).
"""

from __future__ import annotations

import datetime
import re
from decimal import Decimal as D
from typing import NamedTuple, TypeAlias

__all__ = ["TABLES", "Merge", "Percent", "Row", "Table", "Value", "merge_range"]


class Percent(str):
    """A rate a spreadsheet holds as a fraction under a percentage format (`0.00%`).

    The text is what the sheet shows (`Percent("97.48%")`), and what the text formats write;
    the spreadsheet writers write the `fraction` (0.9748) with the format.
    """

    __slots__ = ()

    @property
    def fraction(self) -> D:
        """The number the sheet stores: the shown percentage / 100."""
        return D(self.removesuffix("%")) / 100


Value: TypeAlias = str | int | float | D | datetime.date | None
"""A cell as a spreadsheet holds it; `None` for an empty cell or a merged position."""

Row: TypeAlias = list[Value]

Merge: TypeAlias = tuple[int, int, int, int]
"""A merged range: top row, left column, bottom row, right column, from 1, inclusive."""


class Table(NamedTuple):
    """One published form's table.

    Attributes:
        name: a slug, `<province>_<place>_<year>`; the fixture files are named by it.
        rows: the cells, row by row, every row as wide as the table.
        merges: the merged ranges (1-based, inclusive).
        source: the real form's address and where the values come from.
        money_note: how the form announces its money unit, and what the reader must do.
    """

    name: str
    rows: list[Row]
    merges: list[Merge]
    source: str
    money_note: str

    @property
    def width(self) -> int:
        """The number of columns."""
        return max(len(row) for row in self.rows)


_RANGE = re.compile(r"([A-Z])([0-9]+):([A-Z])([0-9]+)")


def merge_range(spec: str) -> Merge:
    """`"A1:L1"` as `(1, 1, 1, 12)`: merged ranges written as a spreadsheet names them."""
    found = _RANGE.fullmatch(spec)
    if found is None:
        raise ValueError(f"not a range: {spec!r}")
    left, top, right, bottom = found.groups()
    return (int(top), ord(left) - 64, int(bottom), ord(right) - 64)


def _merges(*specs: str) -> list[Merge]:
    return [merge_range(spec) for spec in specs]


_: None = None

# fmt: off
# --- 1. 四川 井研马踏镇 2023 申报表 ----------------------------------------------------
# Layout and headers: the published form (flat: one row per indicator, the project's cells
# merged down, split sign/value/unit, 权重 and 指标方向性). Its rows are not in the corpus:
# seven indicator rows are 四川 甘孜州 2023's (split cells, 指标性质 empty or 定性, weights
# printed `权重2`), copied exactly; the rows 资金支付准确率, 会议费 and 群众满意度 (with signs
# and bare weights), every 指标方向性 cell, and the project's cells are illustrative.
SICHUAN_JINGYAN_2023 = Table(
    name="sichuan_jingyan_2023",
    rows=[
        ["部门预算项目绩效目标申报表(2023年度)", _, _, _, _, _, _, _, _, _, _, _],
        ["金额单位:元", _, _, _, _, _, _, _, _, _, _, _],
        ["单位名称", "项目名称", "预算数", "年度目标", "一级指标", "二级指标", "三级指标",
         "指标性质", "指标值", "度量单位", "权重", "指标方向性"],
        ["井研县马踏镇人民政府", "食品安全监管工作经费", 50000,
         "召开食品安全委员会全体会议,统筹推进全镇食品安全工作,保障群众饮食安全。",
         "产出指标", "数量指标", "召开食品安委会全体会议", _, 2, _, "权重15", "正向指标"],
        [_, _, _, _, _, "质量指标", "食安委成员单位食品安全工作齐抓共管", _, 100, "%",
         "权重10", "正向指标"],
        [_, _, _, _, _, _, "资金支付准确率", "≥", 95, "%", 5, "正向指标"],
        [_, _, _, _, _, "时效指标", "完成时限", _, 1, _, "权重5", "正向指标"],
        [_, _, _, _, _, "成本指标", "检查差旅费", _, 470, "人/天", "权重2", "反向指标"],
        [_, _, _, _, _, _, "培训费", _, 320, "人/天", "权重3", "反向指标"],
        [_, _, _, _, _, _, "会议费", "≤", 2000, "元", 5, "反向指标"],
        [_, _, _, _, "效益指标", "社会效益指标", "食品安全整体状况", "定性", "高中低", _,
         "权重10", _],
        [_, _, _, _, "满意度指标", "服务对象满意度指标", "公众对食品安全满意度", "定性",
         "高中低", _, "权重5", _],
        [_, _, _, _, _, _, "群众满意度", "≥", 90, "%", 5, "正向指标"],
    ],
    merges=_merges(
        "A1:L1", "A2:L2", "A4:A13", "B4:B13", "C4:C13", "D4:D13",
        "E4:E10", "F5:F6", "F8:F10", "E12:E13", "F12:F13",
    ),
    source=(
        "https://m.qbidia.com/jyx/zjgk/202412/baa621fd1ec74c86bf45aa16dfd0603d.shtml (layout, "
        "headers); seven indicator rows from http://gzz.gov.cn/preview-service/"
        "file_2023120414310206xlsx.html (corpus targets_split.tsv, 甘孜州 2023); the rest "
        "illustrative"
    ),
    money_note="`金额单位:元` in a row of its own: amounts in 元, kept as written",
)

# --- 2. 重庆 荣昌 2022 目标表 ------------------------------------------------------------
# Layout and headers: the published form (unit BEFORE the sign; funding split by government
# level, labels in one row and amounts under them). Indicator rows: the three rows of this
# page in the corpus (targets_split.tsv), copied exactly. The department (区林业局, from the
# page's address), the project's cells, the amounts, goals and contact are illustrative.
CHONGQING_RONGCHANG_2022 = Table(
    name="chongqing_rongchang_2022",
    rows=[
        ["项目绩效目标表 (2022年度)", _, _, _, _, _, _],
        ["申报单位", "重庆市荣昌区林业局", _, "项目(专项)名称", "乡村绿化美化项目", _, _],
        ["具体实施单位", "重庆市荣昌区林业局", _, "项目属性", "一次性项目", _, _],
        ["项目负责人", "[name removed]", _, "联系电话", "[phone removed]", _, _],
        ["资金情况(万元)", "年度资金总额:", "其中:1.中央资金", "2.市级资金", "3.区级资金",
         "4.其他资金", _],
        [_, D("30.5"), 0, 10, D("20.5"), 0, _],
        ["项目概况及立项依据", "依据区委区政府乡村振兴工作部署,实施公路沿线绿化美化。",
         _, _, _, _, _],
        ["项目总体目标", "改善农村人居环境,建成绿化美化示范路段。", _, _, _, _, _],
        ["项目年度目标", "完成公路沿线绿化美化3500米,发放李子苗15000株。", _, _, _, _, _],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "计量单位", "指标性质", "指标值"],
        [_, "产出指标", "数量指标", "绿化美化公路", "米", "=", 3500],
        [_, _, _, "购买发放李子苗", "株", "=", 15000],
        [_, _, "质量指标", "树木成活率", "%", "≥", 85],
    ],
    merges=_merges(
        "A1:G1", "B2:C2", "E2:G2", "B3:C3", "E3:G3", "B4:C4", "E4:G4", "A5:A6",
        "B7:G7", "B8:G8", "B9:G9", "A10:A13", "B11:B13", "C11:C12",
    ),
    source=(
        "http://www.rongchang.gov.cn/bm/qlyj/zwgk_70831/fdzdgknr_70834/ysjs/ysgk/202209/"
        "t20220907_11085882.html (layout, headers; indicator rows from corpus "
        "targets_split.tsv); header values, amounts and goals illustrative"
    ),
    money_note="`资金情况(万元)` labels the funding block: amounts × 10000",
)

# --- 3. 湖北 武汉青山 2020 目标表 --------------------------------------------------------
# Headers: the published form (labels in a row, values under them; whole-period and
# this-year funding side by side; mid-term and annual indicators side by side). The page
# has no title row in the reference notes, so the title is illustrative (a form needs its
# year), and so are all values: no 湖北 declaration rows are in the corpus.
HUBEI_QINGSHAN_2020 = Table(
    name="hubei_qingshan_2020",
    rows=[
        ["2020年项目支出绩效目标表", _, _, _, _, _, _, _],
        ["项目名称", _, "主管部门及编码", _, "实施单位", _, "项目属性", "项目起止时间"],
        ["中小学校舍维修改造", _, "[101]武汉市青山区教育局", _, "武汉市青山区教育局", _,
         "经常性项目", "2020年-2022年"],
        ["项目资金", "资金总额", "当年资金总额", "其中:财政拨款", "其中:当年财政拨款",
         "其他资金", "当年其他资金", _],
        [_, 300, 100, 300, 100, 0, 0, _],
        ["总体目标", "中期目标", _, _, _, "年度目标", _, _],
        [_, "三年内完成全区中小学校舍维修改造,消除校舍安全隐患。", _, _, _,
         "完成4所学校校舍维修改造。", _, _],
        ["绩效项目指标表", "一级指标", "二级指标(长期)", "三级指标(长期)", "指标值(长期)",
         "二级指标(年度)", "三级指标(年度)", "指标值(年度)"],
        [_, "产出指标", "数量指标", "校舍改造学校数", ">=10所", "数量指标", "校舍改造学校数",
         ">=4所"],
        [_, _, "质量指标", "工程验收合格率", "100%", "质量指标", "工程验收合格率", "100%"],
        [_, _, "时效指标", "项目完成时间", "2022年底", "时效指标", "项目完成时间",
         "2020年12月底前"],
        [_, "效益指标", "社会效益指标", "改善办学条件", "明显改善", "社会效益指标",
         "改善办学条件", "逐步改善"],
        [_, "满意度指标", "服务对象满意度指标", "师生满意度", ">=90%", "服务对象满意度指标",
         "师生满意度", ">=90%"],
    ],
    merges=_merges(
        "A1:H1", "A2:B2", "C2:D2", "E2:F2", "A3:B3", "C3:D3", "E3:F3", "A4:A5",
        "B6:E6", "F6:H6", "A6:A7", "B7:E7", "F7:H7", "A8:A13", "B9:B11",
    ),
    source=(
        "http://www.qingshan.gov.cn/qzfbm/zfgzbm/jyj/czxx/zjxx/202001/t20200120_1016313.shtml "
        "(headers); title and all values illustrative"
    ),
    money_note="no cell announces the unit: amounts as written, in_yuan=False",
)

# --- 4. 安徽 淮北 2025 目标表 ------------------------------------------------------------
# Headers: the published form, vertical labels truncated to their first line (`年度`, `绩`,
# `一级`), the department code in brackets, 项目期 a duration, money without a unit cell
# (5.00 is 万元 per the page text, which the reader must not guess). Indicator rows: 安徽
# 六安金安 2025's (corpus targets.tsv), copied exactly. Header values illustrative.
ANHUI_HUAIBEI_2025 = Table(
    name="anhui_huaibei_2025",
    rows=[
        ["项目支出绩效目标表", _, _, _, _],
        ["(2025年度)", _, _, _, _],
        ["项目名称", "2025年体育赛事活动经费", _, _, _],
        ["主管部门及代码", "[077]淮北市文化和旅游局", _, "实施单位", "淮北市文化和旅游局"],
        ["项目来源", "年初预算", _, "项目期", "1年"],
        ["项目资金", "年度资金总额:", "其中:财政拨款", "上年结转", "其他资金"],
        [_, D("5.00"), D("5.00"), _, _],
        ["年度", "举办品牌体育赛事,推动体育消费,提升城市知名度和美誉度。", _, _, _],
        ["绩", "一级", "二级指标", "三级指标", "指标值"],
        [_, "产出指标", "数量指标", "开展运动种类", "1种"],
        [_, _, _, "打造品牌赛事种类", "1种"],
        [_, _, "质量指标", "经费支出合规率", "100%"],
        [_, _, _, "赛事完成率", "100%"],
        [_, _, "时效指标", "完成时间", "2025年年底前"],
        [_, _, "成本指标", "项目总成本", "≤1000万元"],
        [_, "效益指标", "经济效益指标",
         "提升六安城市知名度和美誉度,推动体育消费、“网球+”产业深度融合", "经济效益良好"],
        [_, _, "社会效益指标",
         "打造金安国际网球公开赛等系列品牌赛事,提升六安城市的知名度和美誉度。", "效果良好"],
        [_, _, "生态效益指标", "本项目不适用此指标", "无"],
        [_, _, "可持续影响指标", "打造金安国际网球公开赛等系列品牌赛事", "影响可持续"],
        [_, "满意度指标", "满意度指标", "群众满意度", "≥95%"],
    ],
    merges=_merges(
        "A1:E1", "A2:E2", "B3:E3", "B4:C4", "B5:C5", "A6:A7", "B8:E8",
        "A9:A20", "B10:B15", "C10:C11", "C12:C13", "B16:B19",
    ),
    source=(
        "https://wlt.huaibei.gov.cn/zwgk/public/64/64716726.html (layout, headers); indicator "
        "rows from https://www.ja.gov.cn/public/6602051/25929172.html (corpus targets.tsv, "
        "六安金安 2025); header values illustrative"
    ),
    money_note="no unit cell (万元 only per the page text): amounts as written, in_yuan=False",
)

# --- 5. 湖南 湘潭 2023 申报表 ------------------------------------------------------------
# Headers: the published form (万元 in a cell shared with 填报单位, 指标值及单位, 绩效标准,
# empty level-2 rows kept, the satisfaction row without a level-1 cell, the review footer).
# Its rows are not in the corpus: the indicator rows are 湘潭 2024's (corpus targets.tsv,
# content_1349210), copied exactly; 项目支出实施期 is the page's own spelling
# (`2023.07-2024.01`); the 绩效标准 cells, amounts and other values are illustrative.
HUNAN_XIANGTAN_2023 = Table(
    name="hunan_xiangtan_2023",
    rows=[
        ["2023年项目支出绩效目标申报表", _, _, _, _, _],
        ["填报单位:(盖章) 单位:万元", _, _, _, _, _],
        ["项目支出名称", "雾炮车抑尘降尘服务", _, "预算部门", "湘潭市城市管理和综合执法局", _],
        ["年度本级 预算金额", D("15399.72"), _, "该项目支出上级资金", 0, _],
        ["项目支出实施期", "2023.07-2024.01", _, _, _, _],
        ["实施期绩效目标", "通过雾炮车抑尘降尘服务,改善城区空气质量。", _, _, _, _],
        ["本年度绩效目标", "配备10台雾炮车,完成服务周期内的抑尘降尘作业。", _, _, _, _],
        ["本年度 绩效指标", "一级指标", "二级指标", "三级指标", "指标值及单位", "绩效标准"],
        [_, "产出指标", "数量指标", "雾炮车抑尘降尘服务配备车辆数", 10, "计划标准"],
        [_, _, _, "雾炮车风炮射程", "80M", "行业标准"],
        [_, _, "时效指标", "服务周期", 180, "计划标准"],
        [_, _, "成本指标", "控制在预算成本内", "控制在预算内", "预算支出标准"],
        [_, "效益指标", "经济效益指标", _, _, _],
        [_, _, "社会效益指标", "服务周期内,市民对空气质量改善的满意程度", "85%",
         "参照上年同类服务"],
        [_, _, "生态效益指标", _, _, _],
        [_, _, "服务对象满意度指标", "满意度", "90%", "历史标准"],
        ["财政部门审核意见", _, _, _, _, _],
    ],
    merges=_merges(
        "A1:F1", "A2:F2", "B3:C3", "E3:F3", "B4:C4", "E4:F4", "B5:F5", "B6:F6", "B7:F7",
        "A8:A16", "B9:B12", "C9:C10", "B13:B15", "B17:F17",
    ),
    source=(
        "http://xtcg.xiangtan.gov.cn/15068/15075/26693/content_1250928.html (layout, headers, "
        "实施期); indicator rows from http://xtcg.xiangtan.gov.cn/15068/15075/26693/"
        "content_1349210.html (corpus targets.tsv, 湘潭 2024); the rest illustrative"
    ),
    money_note="`单位:万元` shares a cell with `填报单位:(盖章)`: amounts × 10000",
)
# The satisfaction row stands without a level-1 cell: B16 is empty, not part of B13:B15.

# --- 6. 宁夏 原州 2022 申报表 ------------------------------------------------------------
# Headers: the published form (level-2 marks, spaces in `绩 效 指 标`). Indicator rows: the
# eight rows of this page in the corpus (targets.tsv), copied exactly, marks and
# placeholders included; the satisfaction row is 宁夏 同心 2023's (corpus); the (选填) row
# and the header values are illustrative.
NINGXIA_YUANZHOU_2022 = Table(
    name="ningxia_yuanzhou_2022",
    rows=[
        ["项目支出绩效目标申报表 (2022年度)", _, _, _, _],
        ["项目名称", "2022年国土绿化项目", _, _, _],
        ["主管部门及代码", "[312001]固原市原州区林业和草原局", "实施单位",
         "固原市原州区林业和草原局", _],
        ["项目属性", "一次性项目", "项目期", "1年", _],
        ["项目资金 (万元)", "年度资金总额:", 6070, _, _],
        [_, "其中:财政拨款", 6070, _, _],
        [_, "其他资金", 0, _, _],
        ["年度总体目标", "完成营造林80000亩,修建作业道30公里,改善区域生态环境。", _, _, _],
        ["绩 效 指 标", "一级指标", "二级指标", "三级指标", "指标值"],
        [_, "产出指标", "数量指标 (必填硬性指标)", "实施营造林总面积(亩)", 80000],
        [_, _, _, "其中:实施新造林总面积(亩)", 30000],
        [_, _, _, "实施未成林抚育提升及退化林改造总面积(亩)", 50000],
        [_, _, _, "修建作业道长度(公里)", 30],
        [_, _, "质量指标 (必填)", "苗木成活率(≥**%)", 85],
        [_, _, "时效指标 (必填)", "项目完成时间", "2023年底"],
        [_, _, "成本指标 (必填硬性指标)", "项目总投入(≥**万元)", 6070],
        [_, "效益指标", "社会效益 指标 (必填)", "受益人数(人)", 132],
        [_, _, "生态效益指标 (选填)", "林草植被覆盖度", "逐步提高"],
        [_, "满意度指标", "服务对象满意度指标 (必填)", "受益脱贫户满意度(≥**%)", "≥95%"],
    ],
    merges=_merges(
        "A1:E1", "B2:E2", "D3:E3", "D4:E4", "A5:A7", "C5:E5", "C6:E6", "C7:E7", "B8:E8",
        "A9:A19", "B10:B16", "C10:C13", "B17:B18",
    ),
    source=(
        "http://www.yzh.gov.cn/xxgk_13314/zfxxgkml/zdxzjcygk/zdju/202203/t20220301_3340181.html "
        "(layout, headers; eight indicator rows from corpus targets.tsv); the satisfaction row "
        "from https://www.tongxin.gov.cn/zwgk/zfxxgkml/zdxm/zdxm_54945/202309/"
        "t20230919_4273316.html (corpus); the rest illustrative"
    ),
    money_note="`项目资金 (万元)` labels the funding block: amounts × 10000",
)

# --- 7. 湖南 宁乡坝塘 2021 (old national template): stacked mid-term and annual blocks -----
# Headers: the published form (`项目绩效目标 | 长期目标 | 年度目标`, then the 长期绩效指标 and
# 年度绩效指标 blocks with `指标内容` as the name column and `备注`). The mid-term rows are
# 湖南 南岳 2018's (corpus targets.tsv), copied exactly except that the satisfaction row
# carries this template's level-2 label `社会公众或服务对象满意度指标`; the title, header
# block (as 南岳's `资金情况(万元)`), goals and annual rows are illustrative.
HUNAN_NINGXIANG_2021 = Table(
    name="hunan_ningxiang_2021",
    rows=[
        ["2021年项目支出绩效目标申报表", _, _, _, _, _],
        ["项目名称", "乡村旅游扶贫基础设施建设", _, _, _, _],
        ["主管部门", "宁乡市坝塘镇人民政府", _, "实施单位", "宁乡市坝塘镇人民政府", _],
        ["资金情况(万元)", "年度资金总额:", 10, _, _, _],
        [_, "其中:财政拨款", 10, _, _, _],
        [_, "其他资金", 0, _, _, _],
        ["项目绩效目标", "长期目标", _, "年度目标", _, _],
        [_, "建成乡村旅游基础设施,带动贫困村集体和贫困人口增收。", _,
         "完成旅游基础设施建设,接待游客不少于2万人。", _, _],
        ["长期绩效指标", "一级指标", "二级指标", "指标内容", "指标值", "备注"],
        [_, "产出指标", "数量指标", "贫困地区旅游基础设施建设工程", ">=20平方米", _],
        [_, _, _, "贫困地区旅游景点开发数量( ≥**个 )", ">=4个", _],
        [_, _, "质量指标", "*贫困地区旅游基础设施建设质量达标率100%", ">=98%", _],
        [_, _, "时效指标", "贫困地区基础设施建设按期完成率(≥**%)", ">=95%", _],
        [_, _, "成本指标", "流转土地补助标准", "<=475元/亩", _],
        [_, "效益指标", "经济效益指标", "乡村旅游带动增加贫困村收入(≥**万元)", ">=6万元", _],
        [_, "满意度指标", "社会公众或服务对象满意度指标", "游客满意度(≥**%)", ">=90%", _],
        ["年度绩效指标", "一级指标", "二级指标", "指标内容", "指标值", "备注"],
        [_, "产出指标", "数量指标", "新增接待游客数量", ">=20000人", _],
        [_, _, "质量指标", "景点建设验收合格率", "100%", "以竣工验收报告为准"],
        [_, _, "时效指标", "项目完成时间", "2021年12月31日前", _],
        [_, "效益指标", "经济效益指标", "带动贫困村集体增收", ">=2万元", _],
        [_, "满意度指标", "社会公众或服务对象满意度指标", "游客满意度(≥**%)", ">=90%", _],
    ],
    merges=_merges(
        "A1:F1", "B2:F2", "B3:C3", "E3:F3", "A4:A6", "C4:F4", "C5:F5", "C6:F6",
        "A7:A8", "B7:C7", "D7:F7", "B8:C8", "D8:F8",
        "A9:A16", "B10:B14", "C10:C11", "A17:A22", "B18:B20",
    ),
    source=(
        "https://renrendoc.com/paper/307484460.html (宁乡坝塘 2021, mirror; headers) and "
        "https://docx.baby/p/20793843881926.html (佳县 2016, same template); mid-term rows from "
        "http://www.nanyue.gov.cn/nyczj/czysgk/2018njyqnddbmyjs/xcj/nyqnyzzf/20200211/"
        "i951217.html (corpus targets.tsv, 南岳 2018); the rest illustrative"
    ),
    money_note="`资金情况(万元)` labels the funding block: amounts × 10000",
)

# --- 8. 上海-style 2026 申报表 -------------------------------------------------------------
# Fields: the 2026 declaration form a public test fixture reproduces (项目性质 and 项目类别
# both present, 年度总体目标, a unit line in the funding block), laid out as the 上海 2022
# 申报表 is. All values are illustrative (ASCII `>=`, as Shanghai prints).
SHANGHAI_STYLE_2026 = Table(
    name="shanghai_style_2026",
    rows=[
        ["财政项目支出绩效目标申报表（2026年度）", _, _, _, _],
        ["项目名称", "社区法治宣传教育", _, _, _],
        ["项目性质", "经常性项目", "项目类别", "特定目标类", _],
        ["主管部门", "上海市司法局", "实施单位", "上海市法治宣传教育中心", _],
        ["计划开始日期", datetime.date(2026, 1, 1), "计划完成日期",
         datetime.date(2026, 12, 31), _],
        ["项目资金", "单位：元", _, _, _],
        [_, "项目资金总额", 1250000, "年度资金申请总额", 1250000],
        [_, "其中：财政资金", 1250000, "其中：当年财政拨款", 1000000],
        [_, _, _, "上年结转资金", 250000],
        [_, "其他资金", 0, "其他资金", 0],
        ["项目绩效目标", "项目总目标", "提升社区居民法治意识,建成社区法治宣传阵地。", _, _],
        [_, "年度总体目标", "全年开展社区法治宣传培训12场,覆盖600人次。", _, _],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "指标目标值"],
        [_, "产出指标", "数量指标", "培训场次", ">=12场"],
        [_, _, _, "覆盖人数", ">=600人次"],
        [_, _, "质量指标", "培训合格率", ">=95%"],
        [_, _, "时效指标", "完成时间", "2026年12月31日前"],
        [_, _, "成本指标", "项目总成本", "<=125万元"],
        [_, "效益指标", "社会效益指标", "社区居民法治意识", "逐步提升"],
        [_, "满意度指标", "服务对象满意度指标", "参训人员满意度", ">=90%"],
    ],
    merges=_merges(
        "A1:E1", "B2:E2", "D3:E3", "D4:E4", "A6:A10", "B6:E6",
        "A11:A12", "C11:E11", "C12:E12", "A13:A20", "B14:B18", "C14:C15",
    ),
    source=(
        "illustrative: fields of the 2026 declaration form a public test fixture reproduces "
        "(province not stated), laid out as the 上海 2022 申报表"
    ),
    money_note="`单位：元` in the funding block: amounts in 元, kept as written",
)

# --- 9. 天津 河北区法院 2023 目标表: 万元 announced by a header cell --------------------------
# The first project of the published page, cells copied exactly (forms/other of the
# reference material), merged cells restored where the page text lost them. The page's line
# `3.法院办案业务、…-2023中央绩效目标表` above the table is left out (page text); the unit
# code and department line beside `单位:万元` is kept, as the page shows it.
TIANJIN_HEBEI_2023 = Table(
    name="tianjin_hebei_2023",
    rows=[
        ["项目支出绩效目标表", _, _, _, _, _, _],
        ["(2023年)", _, _, _, _, _, _],
        ["207101天津市河北区人民法院", _, _, _, _, "单位:万元", _],
        ["项目名称", "安全隐患维修", _, _, _, _, _],
        ["预算规模及资金用途", "预算数", D("20.00"), "其中:财政 资金", D("20.00"), "其他资金", _],
        [_, "用于维修审判楼玻璃幕墙等", _, _, _, _, _],
        ["绩效目标", "1.维修审判大楼玻璃幕墙等,消除外延脱落安全隐患。", _, _, _, _, _],
        ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", _, _],
        ["产出指标", "数量指标", "维修面积", "维修面积", "≥400平方米", _, _],
        [_, "质量指标", "验收合格率", "验收合格率", "≥98百分比", _, _],
        [_, "时效指标", "资金支付及时率", "资金支付及时率", "100百分比", _, _],
        [_, "成本指标", "项目成本", "项目成本", "20万元", _, _],
        ["效益指标", "可持续影响指标", "消除安全隐患", "消除安全隐患", "持续影响", _, _],
        ["满意度指标", "服务对象满意度指标", "干警满意度", "干警满意度", "≥95百分比", _, _],
    ],
    merges=_merges(
        "A1:G1", "A2:G2", "A3:E3", "F3:G3", "B4:G4", "A5:A6", "B6:G6", "B7:G7",
        "E8:G8", "E9:G9", "E10:G10", "E11:G11", "E12:G12", "E13:G13", "E14:G14", "A9:A12",
    ),
    source=(
        "https://tjhbfy.tjcourt.gov.cn/article/detail/2023/02/id/7158363.shtml (all cells, "
        "from the page text; corpus targets.tsv has its indicator rows)"
    ),
    money_note="`单位:万元` header cell, amounts `20.00`: × 10000 exactly",
)

# --- 10. 四川 遂宁安居 2021: points in level-1 labels, numbered and starred names ---------
# Illustrative layout (a 申报表 with the 10号 level-1 labels `产出指标(50分)` …). The rows
# named `指标1:`…`指标5:` are 遂宁安居 2021's (corpus targets.tsv), copied exactly; the
# `★`/`★★★`/`指标2.` rows, header values and amounts are illustrative.
SICHUAN_ANJU_2021 = Table(
    name="sichuan_anju_2021",
    rows=[
        ["部门预算项目绩效目标申报表(2021年度)", _, _, _, _],
        ["项目名称", "食品安全监管补助资金", _, _, _],
        ["主管部门", "遂宁市安居区市场监督管理局", "实施单位", "遂宁市安居区市场监督管理局", _],
        ["项目资金 (元)", "年度资金总额", 125000, _, _],
        [_, "其中:财政拨款", 125000, _, _],
        [_, "其他资金", _, _, _],
        ["年度目标", "完成食品安全监管专项工作,杜绝重大食品安全事故。", _, _, _],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
        [_, "产出指标(50分)", "数量指标", "★食品安全抽检批次", "≥200批次"],
        [_, _, _, "指标2.食品安全宣传活动场次", "≥4场"],
        [_, _, "质量指标", "指标1:食品安全监管人员培训", "已完成"],
        [_, _, _, "指标2:违法案件查办率", "100%"],
        [_, _, _, "指标5:进口冷链食品新冠肺炎疫情应急处置示范演练", "已完成"],
        [_, _, "时效指标", "指标1:食品监管专项工作整体完成时间", "2021年12月31日"],
        [_, "效益指标(30分)", "社会效益指标",
         "指标1:辖区内与补助资金相关的重大食品安全监管责任事故发生数", "0次"],
        [_, _, _, "指标2:辖区内公众食品安全科普知识素养", "逐步提高"],
        [_, "满意度指标(10分)", "服务对象满意度指标", "★★★群众满意度", "≥90%"],
    ],
    merges=_merges(
        "A1:E1", "B2:E2", "D3:E3", "A4:A6", "C4:E4", "C5:E5", "C6:E6", "B7:E7",
        "A8:A17", "B9:B14", "C9:C10", "C11:C13", "B15:B16", "C15:C16",
    ),
    source=(
        "illustrative layout; rows named 指标N: from https://www.scanju.gov.cn/gongkai/show/"
        "1e8c35c4e0ae4aaf81ef392897c56b63.html (corpus targets.tsv, 遂宁安居 2021)"
    ),
    money_note="`项目资金 (元)` labels the funding block: amounts in 元, kept as written",
)

# --- 11. 湖北 黄石 2019 监控表: a monitoring table (绩效监控表) --------------------------
# Layout and headers: the published form (templates.md §2.3): the title, the year, the unit
# cell, the project's fields, the budget block `年初预算数 | 1-6月执行数 | 全年预计执行数`,
# the indicator table `一级指标 | 指标名称 | 指标值 | 半年度指标执行情况 |
# 完成目标可能性(确定能、有可能、不可能) | 备注`, the footer rows `偏差或不能完成目标原因分析`
# and `相关建议或举措` and the note under them. A 二级指标 column is added (the page writes
# the level-2 word in the 指标名称 column: `质量`, `时效`). The project, amounts and rows are
# illustrative: a count, a rate, a deadline not yet reached, a cost per head, a qualitative
# indicator and a satisfaction rate, two of them 有可能 with the causes in 黄石's own
# vocabulary (投入保障, 项目管理).
HUBEI_HUANGSHI_2019 = Table(
    name="hubei_huangshi_2019",
    rows=[
        ["黄石市项目支出绩效监控表", _, _, _, _, _, _, _],
        ["(2019年度)", _, _, _, _, _, _, _],
        ["项目单位(盖章):", _, _, _, "单位:万元", _, _, _],
        ["项目名称", "社区居民职业技能培训", _, _, _, _, _, _],
        ["主管部门", "黄石市人力资源和社会保障局", _, _, "项目执行单位",
         "黄石市职业技能培训指导中心", _, _],
        ["项目资金(万元)", _, "年初预算数", _, "1-6月执行数", _, "全年预计执行数", _],
        [_, "年度资金总额:", 220, _, D("87.57"), _, 220, _],
        [_, "其中:当年一般公共预算拨款", 220, _, D("87.57"), _, 220, _],
        ["绩效指标", "一级指标", "二级指标", "指标名称", "指标值", "半年度指标执行情况",
         "完成目标可能性(确定能、有可能、不可能)", "备注"],
        [_, "产出指标", "数量指标", "培训人次", "≥1000人次", "520人次", "确定能", _],
        [_, _, "质量指标", "培训考核合格率", "≥90%", "92%", "确定能", _],
        [_, _, "时效指标", "第三期培训完成时间", "2019年11月底前", _, "有可能",
         "场地改造推迟"],
        [_, _, "成本指标", "人均培训成本", "≤2200元/人", "1684元/人", "确定能", _],
        [_, "效益指标", "社会效益指标", "参训人员就业技能", "有效提升", "基本达到", "有可能", _],
        [_, "满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%", "93%", "确定能", _],
        ["偏差或不能完成目标原因分析",
         "投入保障:第三期培训场地改造未完工,培训推迟至9月;项目管理:部分学员结业考核安排在下半年。",
         _, _, _, _, _, _],
        ["相关建议或举措", "协调备用培训场地,9月底前开班;加强学员跟踪服务。", _, _, _, _, _, _],
        ["注:1.完成目标可能性:对应所设定的实现绩效目标的路径,分确定能、有可能、不可能三级综合判断"
         "完成的可能性。", _, _, _, _, _, _, _],
    ],
    merges=_merges(
        "A1:H1", "A2:H2", "A3:D3", "E3:H3", "B4:H4", "B5:D5", "F5:H5",
        "A6:A8", "C6:D6", "E6:F6", "G6:H6", "C7:D7", "E7:F7", "G7:H7", "C8:D8", "E8:F8",
        "G8:H8", "A9:A15", "B10:B13", "B16:H16", "B17:H17", "A18:H18",
    ),
    source=(
        "http://hsgyyc.com/xwdt_10201/gsgg_10206/201908/t20190821_663302.html (layout, "
        "headers, footers, note); project, amounts and rows illustrative"
    ),
    money_note="`单位:万元` header cell and `项目资金(万元)`: amounts × 10000 exactly",
)

# --- 12. 安徽 池州 2022 自评表: the 10号 attachment layout -------------------------------
# Layout and headers: the published 10号 form (templates.md §2.2): `项目名称`, `主管部门 |
# 实施单位`, the execution block `项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 |
# 执行率 | 得分` with its rows `年度资金总额 | 其中：本年财政拨款 | 上年结转资金 | 其他资金`
# (the last two left empty), `年度总体目标 | 预期目标 | 实际完成情况`, the indicator header
# `绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
# 偏差原因分析及改进措施`, level-1 labels with points and `总分`. Indicator rows: 安装坡面水标尺,
# 水标尺宽度, 项目(工程)验收合格率, 群众生产生活条件改善状况 are real rows of 中江 2022 (corpus
# selfeval.tsv), copied exactly but for their points; the names 及时(按期)完工率, 项目计划总投资,
# 受益脱贫(含监测对象)户人口数 and 受益脱贫(含监测对象)户满意度 are real, their targets, actuals
# and points partly illustrative; the project, the amounts and the grade are illustrative.
# The rate is a fraction under a percentage format in the spreadsheets (0.9748 shown as
# 97.48%), as sheets hold it. FULLY CONSISTENT under the 10号 rules: execution 10 × 97.48% = 9.748 → 9.75; 及时(按期)完工率
# missed, 10 × 85/90 = 9.444 → 9.44; every other line reached, full points; points 50 + 30 +
# 10 + 10 = 100; total 9.75 + 49.44 + 30 + 10 = 99.19, grade 优.
ANHUI_CHIZHOU_2022 = Table(
    name="anhui_chizhou_2022",
    rows=[
        ["项目支出绩效自评表", _, _, _, _, _, _, _, _],
        ["(2022年度)", _, _, _, _, _, _, _, _],
        ["项目名称", "山洪灾害防治非工程措施运行维护", _, _, _, _, _, _, _],
        ["主管部门", "池州市水利局", _, _, _, "实施单位", "池州市水文水资源局", _, _],
        ["项目资金（万元）", _, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", _],
        [_, "年度资金总额", 50, 50, D("48.74"), 10, Percent("97.48%"), D("9.75"), _],
        [_, "其中：本年财政拨款", 50, 50, D("48.74"), "—", "—", "—", _],
        [_, "上年结转资金", _, _, _, _, _, _, _],
        [_, "其他资金", _, _, _, _, _, _, _],
        ["年度总体目标", "预期目标", _, _, _, "实际完成情况", _, _, _],
        [_, "完成山洪灾害监测站点维护,安装坡面水标尺,保障汛期监测预警正常运行。", _, _, _,
         "完成站点维护和水标尺安装,汛期监测预警运行正常;完工率略低于目标。", _, _, _],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
         "偏差原因分析及改进措施"],
        [_, "产出指标(50分)", "数量指标", "安装坡面水标尺", "≥266米", "≥266米", 10, 10, _],
        [_, _, _, "水标尺宽度", "≥50厘米", "≥50厘米", 10, 10, _],
        [_, _, "质量指标", "项目(工程)验收合格率", "100%", "100%", 10, 10, _],
        [_, _, "时效指标", "及时(按期)完工率", "≥90%", "85%", 10, D("9.44"),
         "汛期停工两周,完工推迟;已调整施工计划,来年汛前完工。"],
        [_, _, "成本指标", "项目计划总投资", "≤20万元", "19.5万元", 10, 10, _],
        [_, "效益指标(30分)", "社会效益指标", "受益脱贫(含监测对象)户人口数", "≥1000人", "1000人",
         15, 15, _],
        [_, _, _, "群众生产生活条件改善状况", "显著提升", "显著提升", 15, 15, _],
        [_, "满意度指标(10分)", "服务对象满意度指标", "受益脱贫(含监测对象)户满意度", "≥95%",
         "96%", 10, 10, _],
        ["总分", _, _, _, _, _, 100, D("99.19"), "优"],
    ],
    merges=_merges(
        "A1:I1", "A2:I2", "B3:I3", "B4:E4", "G4:I4", "A5:A9", "A10:A11", "B10:E10", "F10:I10",
        "B11:E11", "F11:I11", "A12:A20", "B13:B17", "C13:C14", "B18:B19", "C18:C19", "A21:F21",
    ),
    source=(
        "http://www.anthempetcare.com/upload_cz/download?id=502367&siteId=2 (10号 layout, "
        "headers); four indicator rows from https://chacewang.com/newsdetail/news242266.html "
        "(corpus selfeval.tsv, 中江 2022); the rest illustrative"
    ),
    money_note="`项目资金（万元）` labels the execution block: amounts × 10000 exactly",
)

# --- 13. 四川 青神 2023 自评表: the Sichuan system export ---------------------------------
# Layout and headers: the published form (templates.md §2.2): `报表编号:510000_0013zp`, the
# title, `项目基本情况` with `1.项目年度目标完成情况 | 项目年度目标 | 年度目标完成情况` and
# `2.项目实施内容及过程概述`, `预算执行情况(10分) | 年度预算数(万元) | 年初预算 | 调整后预算数 |
# 预算执行数 | 预算执行率 | 权重 | 得分 | 原因` with its rows 总额 / 其中：财政资金 / 财政专户管理资金 /
# 单位资金 / 其他资金, `绩效指标(90分)` with split 指标性质 | 指标值 | 度量单位, 完成值, 权重, 得分,
# 未完成原因分析, `合计`, 评价结论 / 存在问题 / 改进措施. The first four indicator rows are the
# real rows of 丽江市古城区 2020 (corpus selfeval.tsv; the traditional-script mirror shown in
# simplified characters, `﹦` kept), with their published points and scores; the satisfaction
# row, the project and the amounts are illustrative. DELIBERATELY NOT CONSISTENT, as
# published: the four real rows reached their targets yet score 9 of 10, 19 of 20, 19 of 20,
# 27 of 30. Execution 30.4 / 32 (the adjusted budget) = 95.00%, 10 × 0.95 = 9.5; total 9.5 +
# 84 = 93.5.
SICHUAN_QINGSHEN_2023 = Table(
    name="sichuan_qingshen_2023",
    rows=[
        ["报表编号:510000_0013zp", _, _, _, _, _, _, _, _, _, _],
        ["部门预算项目支出绩效自评表(2023年度)", _, _, _, _, _, _, _, _, _, _],
        ["项目名称", "卫片执法专项经费", _, _, _, _, _, _, _, _, _],
        ["主管部门", "青神县自然资源局", _, _, _, "实施单位 (盖章)", _, "青神县自然资源局执法大队",
         _, _, _],
        ["项目基本情况", "1.项目年度目标完成情况", _, _, _, _, _, _, _, _, _],
        [_, "项目年度目标", _, _, _, _, "年度目标完成情况", _, _, _, _],
        [_, "完成年度卫片执法图斑核查,违法行为责停率不低于95%。", _, _, _, _,
         "完成全部图斑核查,违法行为责停率95%。", _, _, _, _],
        [_, "2.项目实施内容及过程概述", _, "按季度开展图斑核查,建立问题台账,督促整改到位。", _, _, _,
         _, _, _, _],
        ["预算执行情况(10分)", "年度预算数(万元)", _, "年初预算", "调整后预算数", "预算执行数",
         "预算执行率", "权重", "得分", "原因", _],
        [_, "总额", _, 30, 32, D("30.4"), "95.00%", 10, D("9.5"), _, _],
        [_, "其中：财政资金", _, 30, 32, D("30.4"), "95.00%", _, _, _, _],
        [_, "财政专户管理资金", _, 0, 0, 0, _, _, _, _, _],
        [_, "单位资金", _, 0, 0, 0, _, _, _, _, _],
        [_, "其他资金", _, 0, 0, 0, _, _, _, _, _],
        ["绩效指标(90分)", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位",
         "完成值", "权重", "得分", "未完成原因分析"],
        [_, "产出指标", "数量指标", "卫片执法补助经费", "﹦", 72890, "元", 72890, D("10.00"),
         D("9.00"), _],
        [_, _, "质量指标", "项目验收合格率", "﹦", 100, "%", 100, 20, 19, _],
        [_, _, "时效指标", "项目完成及时率", "﹦", 100, "%", 100, D("20.00"), D("19.00"), _],
        [_, "效益指标", "社会效益指标", "违法行为责停率", "≥", 95, "%", 95, D("30.00"), D("27.00"),
         _],
        [_, "满意度指标", "服务对象满意度指标", "群众满意度", "≥", 90, "%", 92, 10, 10, _],
        ["合计", _, _, _, _, _, _, _, 100, D("93.5"), _],
        ["评价结论", "项目完成年度目标,资金使用规范。", _, _, _, _, _, _, _, _, _],
        ["存在问题", "图斑核查进度前松后紧。", _, _, _, _, _, _, _, _, _],
        ["改进措施", "按月分解核查任务,加强进度调度。", _, _, _, _, _, _, _, _, _],
    ],
    merges=_merges(
        "A1:K1", "A2:K2", "B3:K3", "B4:E4", "F4:G4", "H4:K4", "A5:A8", "B5:K5", "B6:F6", "G6:K6",
        "B7:F7", "G7:K7", "B8:C8", "D8:K8", "A9:A14", "B9:C9", "J9:K9", "B10:C10", "B11:C11",
        "B12:C12", "B13:C13", "B14:C14", "J10:K10", "J11:K11", "J12:K12", "J13:K13", "J14:K14",
        "A15:A20", "B16:B18", "A21:H21", "B22:K22", "B23:K23", "B24:K24",
    ),
    source=(
        "https://www.scqs.gov.cn/info/13206/211004.htm (layout, headers); four indicator rows "
        "from http://m.jjiadianqingjie.com.cn/changyong/13241.html (corpus selfeval.tsv, 丽江 "
        "古城区 2020); the rest illustrative"
    ),
    money_note="`年度预算数(万元)` heads the execution rows' labels: amounts × 10000 exactly",
)

# --- 14. 湖北 黄冈 2020 自评表: 20 points of execution and two target blocks of 40 --------
# Layout and headers: the published form (templates.md §2.2, read from a traditional-script
# mirror, shown in simplified characters): the title, `预算执行情况(万元)(20分) | 预算数(A) |
# 执行数(B) | 执行率(B/A) | 得分(20分*执行率)`, `年度绩效目标1(40分)` and `年度绩效目标2(40分)`
# heading `一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分` (no points
# column), `总分` and the two footers. The five indicator rows are the page's own (corpus
# selfeval.tsv), names and values copied exactly in simplified characters; their level-1 and
# level-2 cells, the blocks they are put in, the amounts and the footers' texts are
# illustrative. NOT CONSISTENT, as published: 整编资料审核 reached its target (98%) yet
# scores 19.6. Execution 49.3 / 50 = 98.60%, 20 × 0.986 = 19.72; total 19.72 + 40 + 39.6 =
# 99.32.
HUBEI_HUANGGANG_2020 = Table(
    name="hubei_huanggang_2020",
    rows=[
        ["2020年度水土保持监测项目绩效自评表", _, _, _, _, _, _],
        ["项目名称", "水土保持监测", _, _, _, _, _],
        ["主管部门", "黄冈市水利和湖泊局", _, _, "实施单位", "黄冈市水土保持与农田水利科研所", _],
        ["预算执行情况(万元)(20分)", "预算数(A)", _, "执行数(B)", "执行率(B/A)", _,
         "得分(20分*执行率)"],
        [_, 50, _, D("49.3"), "98.60%", _, D("19.72")],
        ["年度绩效目标1(40分)", "一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)",
         "得分"],
        [_, "产出指标", "质量指标", "监测数据必须合格", "100%", "100%", 10],
        [_, _, "时效指标", "取得2018-2022监测资料", "100%", "100%", 10],
        [_, _, "数量指标", "监测数据资料整编", "100%", "100%", 20],
        ["年度绩效目标2(40分)", "一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)",
         "得分"],
        [_, "产出指标", "质量指标", "整编资料审核", "98%", "98%", D("19.6")],
        [_, _, "时效指标", "完成年度资料上报", "100%", "100%", 20],
        ["总分", _, _, _, _, _, D("99.32")],
        ["偏差大或目标未完成原因分析", "部分站点汛期数据缺测,资料整编审核有延误。", _, _, _, _, _],
        ["改进措施及结果应用方案", "增设备用观测设备,汛前完成设备检修。", _, _, _, _, _],
    ],
    merges=_merges(
        "A1:G1", "B2:G2", "B3:D3", "F3:G3", "A4:A5", "B4:C4", "E4:F4", "B5:C5", "E5:F5",
        "A6:A9", "B7:B9", "A10:A12", "B11:B12", "A13:F13", "B14:G14", "B15:G15",
    ),
    source=(
        "traditional-script mirror of 2020年度水土保持监测项目绩效自评表 (黄冈市水土保持与农田水利"
        "科研所; address not recorded): layout, headers, the five indicator rows (corpus "
        "selfeval.tsv); the rest illustrative"
    ),
    money_note="`预算执行情况(万元)(20分)` labels the execution block: amounts × 10000 exactly",
)

# --- 15. 宁夏 原州 2022 自评表: points BEFORE the values, 40/40/20 -------------------------
# Layout and headers: the 自治区 template as the OCR mirror shows it (templates.md §2.2):
# `项目总得分` beside the project's name, `全年预算数(A) | 全年执行数(B) | 执行率(B/A)`, and
# `一级指标 | 二级指标 | 三级指标 | 分值 | 年度指标值 | 全年实际值 | 得分 | 未完成原因及改进措施`
# with `产出指标(40分)`, `效益指标(40分)`, `满意度指标(20分)`. Nine indicator rows are the page's
# own (corpus selfeval.tsv, 原州区 马铃薯原种繁育 2022), names, targets and actuals copied exactly
# with their OCR damage (`290$`, `工5%`, `250%`, names `指标1免费发放原原种` without a colon);
# the four 效益 rows' points are raised from 8 to 10 to fill 40, their scores illustrative;
# the satisfaction row, the levels, the project's cells and the amounts are illustrative. NOT
# CONSISTENT: OCR-damaged targets, and 基本达到 scored 9 of 10 (discretion). Total 40 + 39 +
# 20 = 99 (no execution points in this template).
NINGXIA_YUANZHOU_SELFEVAL_2022 = Table(
    name="ningxia_yuanzhou_selfeval_2022",
    rows=[
        ["项目支出绩效自评表", _, _, _, _, _, _, _],
        ["(2022年度)", _, _, _, _, _, _, _],
        ["项目名称", "马铃薯原种繁育", _, _, _, "项目总得分", 99, _],
        ["主管部门", "固原市原州区农业农村局", _, _, "实施单位", "原州区马铃薯产业服务中心", _, _],
        ["项目资金(万元)", "全年预算数(A)", _, "全年执行数(B)", _, "执行率(B/A)", _, _],
        [_, 120, _, D("118.8"), _, "99.00%", _, _],
        ["年度总体目标", "繁育脱毒马铃薯原原种,免费发放种植户,保障脱毒种薯供应。", _, _, _, _, _, _],
        ["一级指标", "二级指标", "三级指标", "分值", "年度指标值", "全年实际值", "得分",
         "未完成原因及改进措施"],
        ["产出指标(40分)", "数量指标", "指标1免费发放原原种", 8, "550万粒", "550万粒", 8, _],
        [_, _, "指标2企业自行采购", 8, "200万粒", "200万粒", 8, _],
        [_, "质量指标", "采购的原原种合格率", 8, "290$", "290%", 8, _],
        [_, "时效指标", "2021年11月30日前完成资金支付", 8, "11月底完成100%", "100%", 8, _],
        [_, "成本指标", "种薯采购价格不高于市场价", 8, "是", "是", 8, _],
        ["效益指标(40分)", "经济效益指标", "种薯亩均收入较鲜薯亩均收入", 10, "工5%", "工5%", 10, _],
        [_, "社会效益指标", "群众对脱毒种薯和主食化专用品种的认知度", 10, "250%", "5=50%", 10, _],
        [_, "生态效益指标", "病害减少,防治病虫害使用的化学农药量较上年减少", 10, "2%", "2%", 10, _],
        [_, "可持续影响指标",
         "持续完善马铃薯种薯繁育体系,保障脱毒马铃薯种薯供应,促进主食化产业衔接", 10, "是",
         "基本达到", 9, "繁育体系仍在完善,下年度扩大繁育基地。"],
        ["满意度指标(20分)", "服务对象满意度指标", "种植户满意度", 20, "≥90%", "93%", 20, _],
    ],
    merges=_merges(
        "A1:H1", "A2:H2", "B3:E3", "G3:H3", "B4:D4", "F4:H4", "A5:A6", "B5:C5", "D5:E5",
        "F5:H5", "B6:C6", "D6:E6", "F6:H6", "B7:H7", "A9:A13", "B9:B10", "A14:A17",
    ),
    source=(
        "https://www.bigxun.com/view/1651813082920488962 (OCR mirror: layout, headers, nine "
        "indicator rows, corpus selfeval.tsv); the rest illustrative"
    ),
    money_note="`项目资金(万元)` labels the execution block: amounts × 10000 exactly",
)

# --- 16. The production import template 自评指标（项目支出）: split cells and 扣减分数 ------
# Layout and headers: the provincial production system's import sheet (templates.md §2.2,
# [C·P]), headers copied exactly with their instructions and `*` marks. The sheet holds the
# indicators only: the year and name rows above them, the project and every row are
# illustrative. NOT CONSISTENT on purpose: 参训人员就业技能 is 部分达成 with a raw score of 24
# of 30 and a separate deduction of 3 (kept apart); no total is printed.
SYSTEM_IMPORT_2023 = Table(
    name="system_import_2023",
    rows=[
        ["自评指标（项目支出）", _, _, _, _, _, _, _, _, _, _, _],
        ["(2023年度)", _, _, _, _, _, _, _, _, _, _, _],
        ["项目名称", "社区居民职业技能培训", _, _, _, _, _, _, _, _, _, _],
        ["一级指标", "二级指标", "三级指标名称", "计算符号", "指标值",
         "*实际完成值（定量填数字，定性填达成、部分达成、未达成）", "计量单位",
         "*分值 数量(20)、质量(10)、时效(10)、成本(10)、效益(30)、满意度(10)",
         "*指标得分（定量系统自动计算，定性必填，所填值为原指标得分，不包含扣减分数。）", "扣减分数",
         "完成情况简要描述（定量选填，定性必填）", "偏差原因及改进措施（指标未完成时必填）"],
        ["产出指标", "数量指标", "培训人次", "≥", 1000, 1020, "人次", 20, 20, _, _, _],
        ["产出指标", "质量指标", "培训考核合格率", "≥", 90, 88, "%", 10, D("9.78"), _,
         "合格率88%", "部分学员补考安排在次年,加强考前辅导。"],
        ["产出指标", "时效指标", "培训完成时间", "≤", "2023年11月30日", "2023年11月25日", _, 10, 10,
         _, _, _],
        ["产出指标", "成本指标", "人均培训成本", "≤", 2200, 1980, "元/人", 10, 10, _, _, _],
        ["效益指标", "社会效益指标", "参训人员就业技能", "定性", "有效提升", "部分达成", _, 30, 24, 3,
         "多数学员技能提升,个别工种就业率偏低。", "调整培训工种,对接用工企业。"],
        ["满意度指标", "服务对象满意度指标", "参训人员满意度", "≥", 90, 93, "%", 10, 10, _, _, _],
    ],
    merges=_merges("A1:L1", "A2:L2", "B3:L3"),
    source="templates.md §2.2 (the import template's headers, [C·P]); rows illustrative",
    money_note="no amounts: the sheet has no execution block",
)

# --- 17. 重庆 梁平 2022 部门整体 自评表: no level columns, 执行率权重 --------------------------
# Layout and headers: the published form (templates.md §2.4): `主管部门 | 部门联系人 | 联系电话 |
# 自评总分(分)`, `年初预算数 | 全年(调整)预算数 | 全年执行数 | 执行率 | 执行率权重 | 执行率得分`,
# `年初绩效目标 | 全年(调整)绩效目标 | 全年目标实际完成情况`, `绩效指标 | 指标名称 | 计量单位 |
# 指标性质 | 指标值 | 指标权重(分) | 全年完成值 | 指标得分(分) | 说明`. The department, contact,
# amounts and rows are illustrative; no unit is announced. FULLY CONSISTENT under the 10号
# rules: execution 1602.5 / 1648.2 = 97.23%, 10 × 0.9723 = 9.72; 动物疫病防控强制免疫密度
# missed, 20 × 85/90 = 18.89; total 9.72 + 30 + 20 + 18.89 + 20 = 98.61.
CHONGQING_LIANGPING_2022 = Table(
    name="chongqing_liangping_2022",
    rows=[
        ["部门整体支出绩效自评表", _, _, _, _, _, _, _, _],
        ["(2022年度)", _, _, _, _, _, _, _, _],
        ["主管部门", "重庆市梁平区农业农村委员会", _, "部门联系人", "李明", "联系电话", "023-53222222",
         "自评总分(分)", D("98.61")],
        ["年初预算数", _, "全年(调整)预算数", "全年执行数", _, "执行率", "执行率权重", "执行率得分", _],
        [D("1520.36"), _, D("1648.2"), D("1602.5"), _, "97.23%", 10, D("9.72"), _],
        ["年初绩效目标", _, _, "全年(调整)绩效目标", _, _, "全年目标实际完成情况", _, _],
        ["建设高标准农田3.5万亩,推进农村人居环境整治。", _, _,
         "建设高标准农田3.5万亩,农村人居环境整治覆盖95%以上的村。", _, _,
         "建成高标准农田3.6万亩,整治覆盖96%的村;强制免疫密度未达目标。", _, _],
        ["绩效指标", "指标名称", "计量单位", "指标性质", "指标值", "指标权重(分)", "全年完成值",
         "指标得分(分)", "说明"],
        [_, "高标准农田建设面积", "万亩", "≥", D("3.5"), 30, D("3.6"), 30, _],
        [_, "农村人居环境整治村覆盖率", "%", "≥", 95, 20, 96, 20, _],
        [_, "动物疫病防控强制免疫密度", "%", "≥", 90, 20, 85, D("18.89"),
         "部分散养户外出务工,补免工作延至次年一季度。"],
        [_, "服务对象满意度", "%", "≥", 90, 20, 92, 20, _],
    ],
    merges=_merges(
        "A1:I1", "A2:I2", "B3:C3", "A4:B4", "D4:E4", "H4:I4", "A5:B5", "D5:E5", "H5:I5",
        "A6:C6", "D6:F6", "G6:I6", "A7:C7", "D7:F7", "G7:I7", "A8:A12",
    ),
    source="https://m.001doc.com/doc/900957.html (layout, headers); the rest illustrative",
    money_note="no unit announced: amounts kept as written, in_yuan False",
)

# fmt: on

TABLES: tuple[Table, ...] = (
    SICHUAN_JINGYAN_2023,
    CHONGQING_RONGCHANG_2022,
    HUBEI_QINGSHAN_2020,
    ANHUI_HUAIBEI_2025,
    HUNAN_XIANGTAN_2023,
    NINGXIA_YUANZHOU_2022,
    HUNAN_NINGXIANG_2021,
    SHANGHAI_STYLE_2026,
    TIANJIN_HEBEI_2023,
    SICHUAN_ANJU_2021,
    HUBEI_HUANGSHI_2019,
    ANHUI_CHIZHOU_2022,
    SICHUAN_QINGSHEN_2023,
    HUBEI_HUANGGANG_2020,
    NINGXIA_YUANZHOU_SELFEVAL_2022,
    SYSTEM_IMPORT_2023,
    CHONGQING_LIANGPING_2022,
)
"""Every template, in the order the fixtures are built."""
