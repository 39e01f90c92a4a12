"""Form templates of eleven regions as tables of cells, laid out as published: ten
declaration forms and one monitoring table (湖北 黄石 2019).

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

__all__ = ["TABLES", "Merge", "Row", "Table", "Value", "merge_range"]

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
)
"""Every template, in the order the fixtures are built."""
