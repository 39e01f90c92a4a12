"""The self-evaluation each 自评表 template of `tests.templates.forms` must read as, by hand.

Written from the tables' cells by the reading rules of a self-evaluation (see
`perfindicator.documents._selfeval_table`), never from a reader's output:

- Amounts × 10000 where `(万元)` labels the execution block; without a unit announced they
  are kept as written and `in_yuan=False`. 执行率 as printed in percent (`97.48%` is
  97.48); `—` and `/` in a number cell are no number.
- A row of the execution block holding its label alone is an empty template row.
- Level-1 labels lose their points into `labels` (`产出指标(50分)`); block labels too
  (`年度绩效目标1(40分)`, level1 None), and a block label other than 绩效指标 is its lines'
  `block`. Names lose `指标1:`, `★` and `其中:`.
- `target_text` is the target cells joined (sign, value, unit; a 定量/定性 nature is no
  sign), parsed as a declaration parses it, `None` where it does not parse or is `/`.
- The title, when it is a template's words only, is claimed; header fields without a
  field are details, label as written without a trailing `:`.
"""

from __future__ import annotations

from decimal import Decimal as D

from perfindicator import (
    ExecutionLine,
    Level1,
    Level2,
    PointsLabel,
    ReportedIndicator,
    SelfEvaluationReport,
    parse_target,
)
from perfindicator.model.kinds import ReportLayout
from perfindicator.model.project import LabelledText

__all__ = ["SELF_EVALUATIONS"]

_WAN = D(10000)
OUTPUT, BENEFIT, SATISFACTION = Level1.OUTPUT, Level1.BENEFIT, Level1.SATISFACTION


def _line(
    level1: Level1 | None,
    level2: Level2 | None,
    name: str,
    target: str,
    actual: str,
    points: int | D | None,
    score: int | D | None,
    **more: object,
) -> ReportedIndicator:
    """A line whose target text parses (`parse_target`)."""
    return ReportedIndicator(
        level1=level1, level2=level2, name=name, target_text=target, target=parse_target(target),
        actual_text=actual, points=points, score=score, **more,  # type: ignore[arg-type]
    )  # fmt: skip


# 项目资金（万元）: 50 万元 = 500,000 元, 48.74 万元 = 487,400 元. 上年结转资金 and 其他资金 hold
# their labels alone: 2 empty rows. The total row: 100 under 分值, 99.19 under 得分, 优 under
# the note column (no number: the grade).
ANHUI_CHIZHOU_2022 = SelfEvaluationReport(
    name="山洪灾害防治非工程措施运行维护",
    year=2022,
    department="池州市水利局",
    implementing_unit="池州市水文水资源局",
    layout=ReportLayout.CENTRAL_10,
    goal="完成山洪灾害监测站点维护,安装坡面水标尺,保障汛期监测预警正常运行。",
    goal_outcome="完成站点维护和水标尺安装,汛期监测预警运行正常;完工率略低于目标。",
    execution=(
        ExecutionLine(
            label="年度资金总额", initial=50 * _WAN, budget=50 * _WAN, executed=487_400,
            rate=D("97.48"), points=10, score=D("9.75"),
        ),
        ExecutionLine(
            label="其中:本年财政拨款", initial=50 * _WAN, budget=50 * _WAN, executed=487_400
        ),
    ),
    labels=(
        PointsLabel(label="产出指标", points=50, level1=OUTPUT),
        PointsLabel(label="效益指标", points=30, level1=BENEFIT),
        PointsLabel(label="满意度指标", points=10, level1=SATISFACTION),
    ),
    lines=(
        _line(OUTPUT, Level2.QUANTITY, "安装坡面水标尺", "≥266米", "≥266米", 10, 10),
        _line(OUTPUT, Level2.QUANTITY, "水标尺宽度", "≥50厘米", "≥50厘米", 10, 10),
        _line(OUTPUT, Level2.QUALITY, "项目(工程)验收合格率", "100%", "100%", 10, 10),
        _line(
            OUTPUT, Level2.TIMELINESS, "及时(按期)完工率", "≥90%", "85%", 10, D("9.44"),
            note="汛期停工两周,完工推迟;已调整施工计划,来年汛前完工。",
        ),
        _line(OUTPUT, Level2.COST, "项目计划总投资", "≤20万元", "19.5万元", 10, 10),
        _line(BENEFIT, Level2.SOCIAL, "受益脱贫(含监测对象)户人口数", "≥1000人", "1000人", 15, 15),
        _line(BENEFIT, Level2.SOCIAL, "群众生产生活条件改善状况", "显著提升", "显著提升", 15, 15),
        _line(
            SATISFACTION, Level2.SATISFACTION, "受益脱贫(含监测对象)户满意度", "≥95%", "96%",
            10, 10,
        ),
    ),
    total_points=100,
    total=D("99.19"),
    grade_text="优",
    empty_rows=2,
)  # fmt: skip


def _detail(label: str, text: str) -> LabelledText:
    return LabelledText(label=label, text=text)


# 报表编号:510000_0013zp is a labelled cell (a detail) and marks the Sichuan export;
# `绩效指标(90分)` is the one block's points label (level1 None, lines' block ""). 年度预算数(万元):
# 30 万元 = 300,000 元, 32 = 320,000, 30.4 = 304,000. The adjusted budget (调整后预算数) is the
# denominator; 年初预算 is `initial`. Split targets join their cells (`﹦72890元`); 完成值
# cells are numbers, written as their digits. 合计: 100 under 权重, 93.5 under 得分.
SICHUAN_QINGSHEN_2023 = SelfEvaluationReport(
    name="卫片执法专项经费",
    year=2023,
    department="青神县自然资源局",
    implementing_unit="青神县自然资源局执法大队",
    layout=ReportLayout.SICHUAN,
    goal="完成年度卫片执法图斑核查,违法行为责停率不低于95%。",
    goal_outcome="完成全部图斑核查,违法行为责停率95%。",
    adjusted=True,
    execution_points=10,
    execution=(
        ExecutionLine(
            label="总额", initial=300_000, budget=320_000, executed=304_000, rate=D("95.00"),
            points=10, score=D("9.5"),
        ),
        ExecutionLine(
            label="其中:财政资金", initial=300_000, budget=320_000, executed=304_000,
            rate=D("95.00"),
        ),
        ExecutionLine(label="财政专户管理资金", initial=0, budget=0, executed=0),
        ExecutionLine(label="单位资金", initial=0, budget=0, executed=0),
        ExecutionLine(label="其他资金", initial=0, budget=0, executed=0),
    ),
    labels=(PointsLabel(label="绩效指标", points=90),),
    lines=(
        _line(OUTPUT, Level2.QUANTITY, "卫片执法补助经费", "﹦72890元", "72890", 10, 9),
        _line(OUTPUT, Level2.QUALITY, "项目验收合格率", "﹦100%", "100", 20, 19),
        _line(OUTPUT, Level2.TIMELINESS, "项目完成及时率", "﹦100%", "100", 20, 19),
        _line(BENEFIT, Level2.SOCIAL, "违法行为责停率", "≥95%", "95", 30, 27),
        _line(SATISFACTION, Level2.SATISFACTION, "群众满意度", "≥90%", "92", 10, 10),
    ),
    total_points=100,
    total=D("93.5"),
    conclusion="项目完成年度目标,资金使用规范。",
    issues="图斑核查进度前松后紧。",
    measures="按月分解核查任务,加强进度调度。",
    details=(
        _detail("报表编号", "510000_0013zp"),
        _detail("2.项目实施内容及过程概述", "按季度开展图斑核查,建立问题台账,督促整改到位。"),
    ),
)  # fmt: skip

# 预算执行情况(万元)(20分): 20 points, 万元 (50 → 500,000; 49.3 → 493,000); `得分(20分*执行率)`
# says 20 too. The single row has no label. Each `年度绩效目标N(40分)` heads its block: a
# points label (level1 None) and the block of the lines under it; no points column. The title
# says more than the template's words (the year, the project): a detail. 偏差大或目标未完成原因分析
# is the issues, 改进措施及结果应用方案 the measures.
HUBEI_HUANGGANG_2020 = SelfEvaluationReport(
    name="水土保持监测",
    year=2020,
    department="黄冈市水利和湖泊局",
    implementing_unit="黄冈市水土保持与农田水利科研所",
    layout=ReportLayout.HUBEI,
    execution_points=20,
    execution=(
        ExecutionLine(budget=500_000, executed=493_000, rate=D("98.60"), score=D("19.72")),
    ),
    labels=(
        PointsLabel(label="年度绩效目标1", points=40),
        PointsLabel(label="年度绩效目标2", points=40),
    ),
    lines=(
        _line(OUTPUT, Level2.QUALITY, "监测数据必须合格", "100%", "100%", None, 10,
              block="年度绩效目标1"),
        _line(OUTPUT, Level2.TIMELINESS, "取得2018-2022监测资料", "100%", "100%", None, 10,
              block="年度绩效目标1"),
        _line(OUTPUT, Level2.QUANTITY, "监测数据资料整编", "100%", "100%", None, 20,
              block="年度绩效目标1"),
        _line(OUTPUT, Level2.QUALITY, "整编资料审核", "98%", "98%", None, D("19.6"),
              block="年度绩效目标2"),
        _line(OUTPUT, Level2.TIMELINESS, "完成年度资料上报", "100%", "100%", None, 20,
              block="年度绩效目标2"),
    ),
    total=D("99.32"),
    issues="部分站点汛期数据缺测,资料整编审核有延误。",
    measures="增设备用观测设备,汛前完成设备检修。",
    details=(_detail("标题", "2020年度水土保持监测项目绩效自评表"),),
)  # fmt: skip

# 项目总得分 | 99 beside the name is the total. 项目资金(万元): 120 → 1,200,000, 118.8 → 1,188,000;
# no points or score in the execution block. 分值 comes before 年度指标值 (宁夏). The OCR-damaged
# targets are kept as written: `290$` reads as =290$ (a unit `$`), `工5%` as words, `250%` as
# =250%; `11月底完成100%` reads as a deadline (每年11月30日前). Names keep `指标1` without a
# colon (no numbering to remove).
NINGXIA_YUANZHOU_SELFEVAL_2022 = SelfEvaluationReport(
    name="马铃薯原种繁育",
    year=2022,
    department="固原市原州区农业农村局",
    implementing_unit="原州区马铃薯产业服务中心",
    layout=ReportLayout.NINGXIA,
    goal="繁育脱毒马铃薯原原种,免费发放种植户,保障脱毒种薯供应。",
    execution=(ExecutionLine(budget=1_200_000, executed=1_188_000, rate=D("99.00")),),
    labels=(
        PointsLabel(label="产出指标", points=40, level1=OUTPUT),
        PointsLabel(label="效益指标", points=40, level1=BENEFIT),
        PointsLabel(label="满意度指标", points=20, level1=SATISFACTION),
    ),
    lines=(
        _line(OUTPUT, Level2.QUANTITY, "指标1免费发放原原种", "550万粒", "550万粒", 8, 8),
        _line(OUTPUT, Level2.QUANTITY, "指标2企业自行采购", "200万粒", "200万粒", 8, 8),
        _line(OUTPUT, Level2.QUALITY, "采购的原原种合格率", "290$", "290%", 8, 8),
        _line(OUTPUT, Level2.TIMELINESS, "2021年11月30日前完成资金支付", "11月底完成100%", "100%",
              8, 8),
        _line(OUTPUT, Level2.COST, "种薯采购价格不高于市场价", "是", "是", 8, 8),
        _line(BENEFIT, Level2.ECONOMIC, "种薯亩均收入较鲜薯亩均收入", "工5%", "工5%", 10, 10),
        _line(BENEFIT, Level2.SOCIAL, "群众对脱毒种薯和主食化专用品种的认知度", "250%", "5=50%",
              10, 10),
        _line(BENEFIT, Level2.ECOLOGICAL, "病害减少,防治病虫害使用的化学农药量较上年减少", "2%",
              "2%", 10, 10),
        _line(BENEFIT, Level2.SUSTAINABILITY,
              "持续完善马铃薯种薯繁育体系,保障脱毒马铃薯种薯供应,促进主食化产业衔接", "是",
              "基本达到", 10, 9, note="繁育体系仍在完善,下年度扩大繁育基地。"),
        _line(SATISFACTION, Level2.SATISFACTION, "种植户满意度", "≥90%", "93%", 20, 20),
    ),
    total=99,
)  # fmt: skip

# The sheet's title `自评指标（项目支出）` is no form title: unclaimed. 扣减分数 makes it the
# SYSTEM layout; the points header's level-2 list has no field. 定性 in 计算符号 is the nature,
# not a sign (target_text is the value alone). Actuals are the numbers typed, as digits.
SYSTEM_IMPORT_2023 = SelfEvaluationReport(
    name="社区居民职业技能培训",
    year=2023,
    layout=ReportLayout.SYSTEM,
    lines=(
        _line(OUTPUT, Level2.QUANTITY, "培训人次", "≥1000人次", "1020", 20, 20),
        _line(OUTPUT, Level2.QUALITY, "培训考核合格率", "≥90%", "88", 10, D("9.78"),
              description="合格率88%", note="部分学员补考安排在次年,加强考前辅导。"),
        _line(OUTPUT, Level2.TIMELINESS, "培训完成时间", "≤2023年11月30日", "2023年11月25日", 10,
              10),
        _line(OUTPUT, Level2.COST, "人均培训成本", "≤2200元/人", "1980", 10, 10),
        _line(BENEFIT, Level2.SOCIAL, "参训人员就业技能", "有效提升", "部分达成", 30, 24,
              deduction=3, description="多数学员技能提升,个别工种就业率偏低。",
              note="调整培训工种,对接用工企业。"),
        _line(SATISFACTION, Level2.SATISFACTION, "参训人员满意度", "≥90%", "93", 10, 10),
    ),
    unclaimed=(_detail("", "自评指标（项目支出）"),),
)  # fmt: skip

# A department's evaluation: no 项目名称, so the name is the 主管部门's (also its department).
# 自评总分(分) | 98.61 is the total. No unit announced: amounts as written, in_yuan False;
# 全年(调整)预算数 is the adjusted denominator. 年初绩效目标 is the goal, 全年(调整)绩效目标 a
# detail, 全年目标实际完成情况 the outcome. No level columns: level1 and level2 None; split
# targets with the unit BEFORE the sign, joined sign-value-unit.
CHONGQING_LIANGPING_2022 = SelfEvaluationReport(
    name="重庆市梁平区农业农村委员会",
    year=2022,
    department="重庆市梁平区农业农村委员会",
    layout=ReportLayout.CHONGQING_DEPARTMENT,
    goal="建设高标准农田3.5万亩,推进农村人居环境整治。",
    goal_outcome="建成高标准农田3.6万亩,整治覆盖96%的村;强制免疫密度未达目标。",
    adjusted=True,
    in_yuan=False,
    execution=(
        ExecutionLine(
            initial=D("1520.36"), budget=D("1648.2"), executed=D("1602.5"), rate=D("97.23"),
            points=10, score=D("9.72"),
        ),
    ),
    lines=(
        _line(None, None, "高标准农田建设面积", "≥3.5万亩", "3.6", 30, 30),
        _line(None, None, "农村人居环境整治村覆盖率", "≥95%", "96", 20, 20),
        _line(None, None, "动物疫病防控强制免疫密度", "≥90%", "85", 20, D("18.89"),
              note="部分散养户外出务工,补免工作延至次年一季度。"),
        _line(None, None, "服务对象满意度", "≥90%", "92", 20, 20),
    ),
    total=D("98.61"),
    details=(
        _detail("部门联系人", "李明"),
        _detail("联系电话", "023-53222222"),
        _detail("全年(调整)绩效目标", "建设高标准农田3.5万亩,农村人居环境整治覆盖95%以上的村。"),
    ),
)  # fmt: skip

SELF_EVALUATIONS: dict[str, SelfEvaluationReport] = {
    "anhui_chizhou_2022": ANHUI_CHIZHOU_2022,
    "sichuan_qingshen_2023": SICHUAN_QINGSHEN_2023,
    "hubei_huanggang_2020": HUBEI_HUANGGANG_2020,
    "ningxia_yuanzhou_selfeval_2022": NINGXIA_YUANZHOU_SELFEVAL_2022,
    "system_import_2023": SYSTEM_IMPORT_2023,
    "chongqing_liangping_2022": CHONGQING_LIANGPING_2022,
}
"""Each self-evaluation template's report, by table name."""
