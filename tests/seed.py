"""What the Shanghai seed forms (`examples/forms/shanghai-justice-2022.txt`) say, row by row.

Written out by hand from the form, for tests of the parser now and of the form reader later.
Each indicator is `(level2, name, target as written or None)`. Damaged rows, and how a
reader should take them:

- Project 1, 案例制作完成及时性: the row `时效指标 案例制作完成及时性` has no target cell; the
  target is empty (None), not a guess.
- Project 1, 网络值班人员满意度: printed under 可持续影响指标 with the row shifted left; a
  …满意度 indicator belongs to 服务对象满意度指标.
- Project 2, 安全事故发生次数: `社会效益指标` appears in the level-1 column as well.
- Project 2, 应急响应能力: its row has 效益指标 (the merged level-1 label) and no level-2 label,
  so it continues the 社会效益指标 block.
- Project 3: the header row lacks its leading 绩效指标 cell, the first rows have no level-1
  label (产出指标 is printed later, after a blank line), and 公检法司卫民政联席工作会议召开次数
  has a `%` target for a count (a defect for lint, but what the form says).
"""

from __future__ import annotations

from perfindicator import Level2

Q, QL, T = Level2.QUANTITY, Level2.QUALITY, Level2.TIMELINESS
EC, SO, SU, SA = Level2.ECONOMIC, Level2.SOCIAL, Level2.SUSTAINABILITY, Level2.SATISFACTION

Row = tuple[Level2, str, str | None]

PROJECT_1: list[Row] = [
    (Q, "法律咨询接通率", ">=95%"),
    (Q, "值班人员到位率", "=100%"),
    (Q, "12348上海法律服务网案例数", ">=500条"),
    (QL, "在线接答率", ">=95%"),
    (QL, "案例制作验收通过率", "=100%"),
    (QL, "法律咨询致命错误率", "<=2%"),
    (T, "案例制作完成及时性", None),
    (T, "留言接答及时性", "及时"),
    (T, "组织培训律师及时性", "及时"),
    (SO, "公共法律服务社会公众知晓度", "提升"),
    (SO, "公共法律服务测评覆盖率", "提升"),
    (SU, "网络值班人员管理制度", "完善"),
    (SU, "公共法律服务运行管理机制", "完善"),
    (SA, "网络值班人员满意度", ">=85%"),
    (SA, "群众满意度", ">=85%"),
]

PROJECT_2: list[Row] = [
    (Q, "定期检查完成率", "=100%"),
    (Q, "应急演练完成率", "=100%"),
    (Q, "安全运营体系建设的完成率", "=100%"),
    (Q, "信息化设备采购完成率", "=100%"),
    (QL, "安全运营体系分析报告验收合格率", "=100%"),
    (QL, "维修验收合格率", "=100%"),
    (QL, "信息化设备验收合格率", "=100%"),
    (QL, "故障修复率", "=100%"),
    (T, "安全报告的出具分析及时性", "及时"),
    (T, "宽带安装及时性", "及时"),
    (T, "系统维修及时性", "及时"),
    (T, "信息化建设及时率", "=100%"),
    (SO, "安全事故发生次数", "=0次"),
    (SO, "系统运行稳定情况", "稳定"),
    (SO, "应急响应能力", "提升"),
    (SU, "信息化建设制度", "健全"),
    (SA, "工作人员满意度", ">=90%"),
]

PROJECT_3: list[Row] = [
    (Q, "核酸检测完成率", "=100%"),
    (Q, "计算机终端覆盖率", "=100%"),
    (Q, "规范性文件解读数量", ">=7个"),
    (Q, "行政决策文件解读数量", ">=8个"),
    (Q, "讲座举办次数", "=4次"),
    (Q, "委托审计数", "=10个"),
    (Q, "《上海司法行政年鉴》印刷发行数量", "=560册"),
    (Q, "青年主题宣传工作完成率", "=100%"),
    (Q, "防疫用品采购完成率", "=100%"),
    (Q, "电视节目年度节目期数", ">=50期"),
    (Q, "重大疾病、特困家庭走访率", "=100%"),
    (Q, "绩效工作完成率", "=100%"),
    (Q, "值班值守人员到岗率", "=100%"),
    (Q, "公检法司卫民政联席工作会议召开次数", "=100%"),
    (QL, "故障排除率", "=100%"),
    (QL, "审计质量合格率", "=100%"),
    (QL, "《上海司法行政年鉴》内容准确性", "准确"),
    (QL, "防疫用品验收合格率", "=100%"),
    (QL, "绩效工作合格率", "=100%"),
    (T, "核酸检测完成及时性", "及时"),
    (T, "计算机常规信息检查及时性", "及时"),
    (T, "培训完成及时性", "及时"),
    (T, "禁毒宣传工作完成及时性", "及时"),
    (T, "建团100周年主题宣传完成及时性", "及时"),
    (T, "防疫用品采购及时性", "及时"),
    (T, "司法行政信息发布及时性", "及时"),
    (T, "老律师慰问经费发放及时性", "及时"),
    (T, "仲裁工作完成及时性", "及时"),
    (T, "资产巡查及时性", "及时"),
    (EC, "保密检查综合成本", "降低"),
    (SO, "疫情防控措施", "到位"),
    (SO, "涉密载体安全性", "提升"),
    (SO, "群众毒品危害认知程度", "提升"),
    (SO, "团员青年认同感和凝聚力", "提升"),
    (SO, "防疫能力", "提升"),
    (SO, "老干部认同感和凝聚力", "提升"),
    (SU, "防疫管理制度健全性", "健全"),
    (SA, "被审计对象满意度", ">=85%"),
    (SA, "团员青年满意度", ">=85%"),
    (SA, "工作人员满意度", ">=85%"),
    (SA, "老律师满意度", ">=85%"),
    (SA, "老干部满意率", ">=85%"),
    (SA, "群众满意度", ">=85%"),
]

PROJECTS = [PROJECT_1, PROJECT_2, PROJECT_3]
