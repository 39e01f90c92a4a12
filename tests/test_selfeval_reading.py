"""Self-evaluations (绩效自评表) read from grids into a `SelfEvaluationReport`: layouts and quirks.

Each expectation is worked by hand from the cells and the reading rules (module notes of
`perfindicator.documents._selfeval_table`): the layout from the headers, amounts × 10000
under 万元, 执行率 as printed in percent, level-1 labels' points, totals by column, targets
parsed as a declaration's or kept as text, every cell placed. The fixtures of six layouts in
every format are in tests/test_templates.py; here the layouts without fixtures (Shanghai,
零陵, the other local column sets) and each quirk, on small grids.
"""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from perfindicator import (
    ExecutionLine,
    FormError,
    Level1,
    Level2,
    PointsLabel,
    ReportedIndicator,
    SelfEvaluationReport,
    parse_target,
    read_table,
)
from perfindicator.errors import Place
from perfindicator.io import read
from perfindicator.model.kinds import ReportLayout
from perfindicator.model.project import LabelledText

_: None = None
TITLE = ["项目支出绩效自评表", _]
YEAR = ["(2022年度)", _]
NAME = ["项目名称", "示例项目"]
# The 10号 indicator header (templates.md §2.2).
HEADER_10 = ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值",
             "得分", "偏差原因分析及改进措施"]  # fmt: skip


def _report(rows: list[Any], **options: Any) -> SelfEvaluationReport:
    (report,) = read_table(rows, **options)
    assert isinstance(report, SelfEvaluationReport)
    return report


def _problems(rows: list[Any]) -> list[tuple[str, int | None, int | None]]:
    """Each problem's Chinese message with its row and column."""
    with pytest.raises(FormError) as caught:
        read_table(rows)
    return [(p.message_zh, p.where.row, p.where.column) for p in caught.value.problems]


def _line(name: str, target: str, actual: str, points: Any, score: Any, **more: Any) -> Any:
    return ReportedIndicator(
        name=name, target_text=target, target=parse_target(target), actual_text=actual,
        points=points, score=score, **more,
    )  # fmt: skip


# --- Recognising a self-evaluation -------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "year"),
    [
        ("项目支出绩效自评表", 2022),
        ("财政项目支出绩效自评表 (2022 年度)", 2022),  # 上海
        ("部门预算项目支出绩效自评表(2023年度)", 2023),  # 四川
        ("2020年度水土保持监测项目绩效自评表", 2020),  # 黄冈
        ("部门整体支出绩效自评表", 2022),
        ("县级专项资金绩效目标自评表", 2022),  # 衡山
    ],
)
def test_a_title_of_a_self_evaluation_reads_as_a_report(title: str, year: int) -> None:
    below = [] if str(year) in title else [YEAR]  # the year on the next row
    report = _report([[title, _], *below, NAME, HEADER_10])
    assert (report.name, report.year, report.lines) == ("示例项目", year, ())


def test_without_a_title_an_actual_column_tells() -> None:
    rows = [YEAR, NAME, ["一级指标", "二级指标", "三级指标", "指标值", "完成值"],
            ["产出指标", "数量指标", "培训人次", "≥100人次", "120人次"]]  # fmt: skip
    report = _report(rows)
    assert report.lines == (
        _line("培训人次", "≥100人次", "120人次", None, None, level1=Level1.OUTPUT,
              level2=Level2.QUANTITY),
    )  # fmt: skip
    assert report.layout is None


# --- 10号: Shanghai 2022 and 零陵 2021 ---------------------------------------------------


def test_the_shanghai_district_layout() -> None:
    # templates.md §2.2: 项目资金 (元), 其中:当年财政拨款, `年度 指标值`, `实际 完成值`,
    # `偏差原因分析及 改进措施`, ASCII >=. Amounts in 元 as written.
    rows = [
        ["财政项目支出绩效自评表 (2022 年度)", _, _, _, _, _, _, _, _],
        ["项目名称", "社区法律服务", _, _, _, _, _, _, _],
        ["主管部门", "某区司法局", _, _, _, "实施单位", "某区法律援助中心", _, _],
        ["项目资金 (元)", _, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", _],
        [_, "年度资金总额", 200000, 180000, 171000, 10, "95.00%", D("9.5"), _],
        [_, "其中:当年财政拨款", 200000, 180000, 171000, _, _, _, _],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度 指标值", "实际 完成值", "分值",
         "得分", "偏差原因分析及 改进措施"],
        [_, "产出指标(50分)", "数量指标", "法律咨询人次", ">=3000人次", "3120人次", 50, 50, _],
        [_, "效益指标(30分)", "社会效益指标", "矛盾纠纷化解率", ">=90%", "92%", 30, 30, _],
        [_, "满意度指标(10分)", "服务对象满意度指标", "群众满意度", ">=90%", "95%", 10, 10, _],
        ["总分", _, _, _, _, _, 100, D("99.5"), _],
    ]  # fmt: skip
    report = _report(rows)
    assert report.layout is ReportLayout.CENTRAL_10
    assert (report.in_yuan, report.adjusted, report.execution_points) == (True, False, None)
    assert report.execution == (
        ExecutionLine(label="年度资金总额", initial=200000, budget=180000, executed=171000,
                      points=10, rate=D("95.00"), score=D("9.5")),
        ExecutionLine(label="其中:当年财政拨款", initial=200000, budget=180000, executed=171000),
    )  # fmt: skip
    assert report.lines[0] == _line(
        "法律咨询人次", ">=3000人次", "3120人次", 50, 50, level1=Level1.OUTPUT,
        level2=Level2.QUANTITY,
    )  # fmt: skip
    assert (report.total_points, report.total, report.grade_text) == (D(100), D("99.5"), "")
    assert [label.points for label in report.labels] == [50, 30, 10]


def test_the_lingling_layout_with_its_source_rows() -> None:
    # templates.md §2.4: 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分, rows
    # 按收入性质分 / 按支出性质分, then the 10号 block with `产出指标 (50)` and `效益指标 (30分)`.
    rows = [
        ["部门整体支出绩效自评表", _, _, _, _, _, _, _, _],
        ["(2021年度)", _, _, _, _, _, _, _, _],
        ["主管部门", "永州市零陵区某局", _, _, _, _, _, _, _],
        ["单位:万元", _, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", _],
        [_, "按收入性质分", D("300.5"), 320, D("310.4"), 10, "97.00%", D("9.7"), _],
        [_, "按支出性质分", D("300.5"), 320, D("310.4"), _, _, _, _],
        HEADER_10,
        [_, "产出指标 (50)", "数量指标", "巡查次数", "≥12次", "12次", 50, 50, _],
        [_, "效益指标 (30分)", "社会效益指标", "事故发生率", "≤1%", "0%", 30, 30, _],
    ]  # fmt: skip
    report = _report(rows)
    # No 项目名称: the department's evaluation is named by its 主管部门.
    assert (report.name, report.department, report.year) == ("永州市零陵区某局",) * 2 + (2021,)
    assert report.layout is ReportLayout.CENTRAL_10
    assert report.execution == (
        ExecutionLine(label="按收入性质分", initial=3_005_000, budget=3_200_000,
                      executed=3_104_000, points=10, rate=D("97.00"), score=D("9.7")),
        ExecutionLine(label="按支出性质分", initial=3_005_000, budget=3_200_000,
                      executed=3_104_000),
    )  # fmt: skip
    assert report.labels == (
        PointsLabel(label="产出指标", points=50, level1=Level1.OUTPUT),
        PointsLabel(label="效益指标", points=30, level1=Level1.BENEFIT),
    )


# --- Other local column sets: read with layout None -----------------------------------


@pytest.mark.parametrize(
    ("header", "row", "line"),
    [
        # 长江禁捕 2020: 年初目标值(A) | 实际完成值(B) | 得分, no points column.
        (["一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分"],
         ["产出指标", "数量指标", "补贴渔船数", "6", "6", 20],
         _line("补贴渔船数", "6", "6", None, 20, level1=Level1.OUTPUT, level2=Level2.QUANTITY)),
        # 南开 2018: 预算设定指标值 | 项目完成指标值.
        (["一级指标", "二级指标", "三级指标", "预算设定指标值", "项目完成指标值"],
         ["产出指标", "时效指标", "项目完成时间", "2018年10月底", "2018年11月底"],
         _line("项目完成时间", "2018年10月底", "2018年11月底", None, None,
               level1=Level1.OUTPUT, level2=Level2.TIMELINESS)),
        # 衡山 2020: 年度指标值 | 全年完成值, an actual of 无.
        (["一级指标", "二级指标", "三级指标", "年度指标值", "全年完成值"],
         ["效益指标", "经济效益指标", "政策性挂账利息补贴保障率", "100%", "无"],
         _line("政策性挂账利息补贴保障率", "100%", "无", None, None, level1=Level1.BENEFIT,
               level2=Level2.ECONOMIC)),
        # 中江 2022: 分值 before the values, without 项目总得分 (not 宁夏's form).
        (["一级指标", "二级指标", "三级指标", "分值", "年度指标值", "全年实际值", "得分"],
         ["产出指标", "数量指标", "安装坡面水标尺", 10, "≥266米", "≥266米", 10],
         _line("安装坡面水标尺", "≥266米", "≥266米", 10, 10, level1=Level1.OUTPUT,
               level2=Level2.QUANTITY)),
    ],
)  # fmt: skip
def test_other_local_column_sets(header: list[Any], row: list[Any], line: Any) -> None:
    report = _report([TITLE, YEAR, NAME, header, row])
    assert (report.layout, report.lines) == (None, (line,))


def test_core_rows_and_their_sub_rows() -> None:
    # 萧县 2023: `★` core rows carry the points, their `其中` sub-rows the values.
    rows = [TITLE, YEAR, NAME, HEADER_10,
            [_, "产出指标", "数量指标", "★补助家畜家禽养殖数量", _, _, 10, 10, _],
            [_, _, _, "其中:猪养殖数量", "80头", "80头", _, _, _],
            [_, _, _, "其中：牛养殖数量", "3头", "3头", _, _, _]]  # fmt: skip
    levels: dict[str, Any] = {"level1": Level1.OUTPUT, "level2": Level2.QUANTITY}
    assert _report(rows).lines == (
        ReportedIndicator(name="补助家畜家禽养殖数量", points=10, score=10, **levels),
        _line("猪养殖数量", "80头", "80头", None, None, **levels),
        _line("牛养殖数量", "3头", "3头", None, None, **levels),
    )


def test_numbered_names_and_targets_inside_names() -> None:
    # 遂宁: `指标1.` prefixes; 天长 2022: the target inside the name with empty value cells
    # (kept as written: no target), and `/` for a row that does not apply.
    rows = [TITLE, YEAR, NAME, HEADER_10,
            [_, "产出指标", "数量指标", "指标1.药品抽验品种", "≥3", "4", 10, 10, _],
            [_, _, "质量指标", "指标1:年度资金支付完成率100%", _, _, 10, 10, _],
            [_, "效益指标", "生态效益指标", "指标1:生态效益", "/", "/", _, _, _]]  # fmt: skip
    lines = _report(rows).lines
    assert [line.name for line in lines] == ["药品抽验品种", "年度资金支付完成率100%", "生态效益"]
    assert (lines[1].target_text, lines[1].target, lines[1].actual_text) == ("", None, "")
    assert (lines[2].target_text, lines[2].target, lines[2].applicable) == ("/", None, False)


def test_a_target_that_does_not_read_is_kept_as_written() -> None:
    # hsslib 2022: `100%覆盖` is no target the grammar reads; the audit reports it.
    rows = [TITLE, YEAR, NAME, HEADER_10,
            [_, "产出指标", "数量指标", "WIFI布点全覆盖", "100%覆盖", "100%覆盖", 10, 10, _]]  # fmt: skip
    (line,) = _report(rows).lines
    assert (line.target_text, line.target, line.actual_text) == ("100%覆盖", None, "100%覆盖")


# --- Points labels, levels, totals -----------------------------------------------------


def test_level_cells_carry_down_and_labels_keep_their_points() -> None:
    rows = [TITLE, YEAR, NAME, HEADER_10,
            [_, "产出指标(50分)", "数量指标", "培训人次", "≥100人次", "100人次", 20, 20, _],
            [_, _, _, "培训班次", "≥4期", "4期", 10, 10, _],
            [_, "成本指标(0-20)分", "经济成本指标", "人均成本", "≤200元", "180元", 20, 20, _],
            [_, _, _, "场地成本", "≤1万元", "0.8万元", _, _, _]]  # fmt: skip
    report = _report(rows)
    assert [(line.level1, line.level2) for line in report.lines] == [
        (Level1.OUTPUT, Level2.QUANTITY),
        (Level1.OUTPUT, Level2.QUANTITY),
        (Level1.COST, Level2.ECONOMIC_COST),
        (Level1.COST, Level2.ECONOMIC_COST),
    ]
    assert report.labels == (
        PointsLabel(label="产出指标", points=50, level1=Level1.OUTPUT),
        PointsLabel(label="成本指标", points=20, level1=Level1.COST),
    )


@pytest.mark.parametrize(
    ("rows", "total_points", "total", "grade"),
    [
        ([["总分", _, _, _, _, _, 100, D("88.5"), _]], 100, D("88.5"), ""),
        ([["合计", _, _, _, _, _, 100, D("88.5"), "良"]], 100, D("88.5"), "良"),
        ([["总分", D("88.5")]], None, D("88.5"), ""),  # 黄冈: the one number
        ([["总分", _, _, _, _, _, _, D("88.5"), _], ["评价等级", "良好"]], None, D("88.5"), "良好"),
    ],
)  # fmt: skip
def test_totals_and_grades(rows: list[Any], total_points: Any, total: Any, grade: str) -> None:
    report = _report([TITLE, YEAR, NAME, HEADER_10, *rows])
    assert (report.total_points, report.total, report.grade_text) == (total_points, total, grade)
    assert report.total_place == Place(row=5, column=1)  # the total's label


@pytest.mark.parametrize(
    ("label", "total"),
    [("项目总得分", D("96")), ("自评总分(分)", D("95.5")), ("总得分", D("90"))],
)
def test_a_total_given_as_a_header_field(label: str, total: D) -> None:
    rows = [TITLE, YEAR, ["项目名称", "示例项目", label, total], HEADER_10]
    report = _report(rows)
    assert (report.total, report.total_place) == (total, Place(row=3, column=3))


def test_a_goal_that_ends_like_a_review_opinion_is_a_goal() -> None:
    rows = [TITLE, YEAR, NAME, ["年度总体目标", "预期目标", "实际完成情况"], [_, "审批意见", "已审批"],
            HEADER_10, ["财政部门审核意见", "同意"]]  # fmt: skip
    report = _report(rows)
    assert (report.goal, report.goal_outcome) == ("审批意见", "已审批")
    assert [(d.label, d.text) for d in report.details] == [("财政部门审核意见", "同意")]


def test_the_footers() -> None:
    rows = [TITLE, YEAR, NAME, HEADER_10, ["评价结论", "良好"], ["存在问题", "进度偏慢"],
            ["偏差大或目标未完成原因分析", "汛期停工"], ["改进措施", "加强调度"],
            ["改进措施及结果应用方案", "结果用于预算安排"]]  # fmt: skip
    report = _report(rows)
    assert (report.conclusion, report.issues, report.measures) == (
        "良好",
        "进度偏慢 汛期停工",
        "加强调度 结果用于预算安排",
    )


# --- Money and rates -------------------------------------------------------------------


EXECUTION_HEADER = ["项目资金", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]


@pytest.mark.parametrize(
    ("announce", "amounts", "in_yuan"),
    [
        # 万元 announced: × 10000 exactly, whatever the places.
        (["单位:万元"], (D("500000"), D("487400"), D("1234.5")), True),
        (["金额单位:元"], (D("50"), D("48.74"), D("0.12345")), True),
        ([], (D("50"), D("48.74"), D("0.12345")), False),  # no unit: as written
    ],
)
def test_money_units(announce: list[Any], amounts: tuple[D, ...], in_yuan: bool) -> None:
    rows = [TITLE, YEAR, NAME, *([announce] if announce else []), EXECUTION_HEADER,
            ["年度资金总额", 50, 50, D("48.74"), 10, "97.48%", D("9.75")],
            ["其他资金", D("0.12345"), _, _, _, _, _]]  # fmt: skip
    report = _report(rows)
    total, other = report.execution
    assert (total.budget, total.executed, other.initial) == amounts
    assert report.in_yuan is in_yuan


@pytest.mark.parametrize(
    ("rate", "read"),
    [("97.48%", D("97.48")), (D("97.48"), D("97.48")), ("100%", D("100")), ("—", None)],
)
def test_a_rate_is_read_as_printed_in_percent(rate: Any, read: D | None) -> None:
    rows = [TITLE, YEAR, NAME, EXECUTION_HEADER, ["年度资金总额", 50, 50, D("48.74"), 10, rate, _]]
    (line,) = _report(rows).execution
    assert line.rate == read


def test_a_percent_formatted_rate_reads_as_the_sheet_shows_it(tmp_path: Path) -> None:
    # A rate typed 0.9748 under a percent format shows 97.48%: read as 97.48, not 0.9748.
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    rows: list[list[Any]] = [TITLE, YEAR, NAME, EXECUTION_HEADER]
    for row in [*rows, ["年度资金总额", 50, 50, 48.74, 10, 0.9748]]:
        sheet.append(row)
    sheet["F5"].number_format = "0.00%"
    path = tmp_path / "rate.xlsx"
    book.save(path)
    (report,) = read(path)
    assert isinstance(report, SelfEvaluationReport)
    assert report.execution[0].rate == D("97.48")


def test_the_adjusted_budget_is_the_denominator() -> None:
    rows = [TITLE, YEAR, NAME,
            ["预算执行情况(10分)", "年度预算数(万元)", "年初预算", "调整后预算数", "预算执行数",
             "预算执行率", "权重", "得分", "原因"],
            [_, "总额", 10, 12, 9, "75.00%", 10, D("7.5"), "项目延期"]]  # fmt: skip
    report = _report(rows)
    assert (report.adjusted, report.execution_points) == (True, D(10))
    assert report.execution == (
        ExecutionLine(label="总额", initial=100_000, budget=120_000, executed=90_000,
                      rate=D("75.00"), points=10, score=D("7.5"), reason="项目延期"),
    )  # fmt: skip


def test_the_points_of_a_score_formula() -> None:
    # 黄冈: `得分(20分*执行率)` gives the block's 20 points.
    rows = [TITLE, YEAR, NAME,
            ["预算执行情况(万元)", "预算数(A)", "执行数(B)", "执行率(B/A)", "得分(20分*执行率)"],
            [_, 50, 40, "80%", 16]]  # fmt: skip
    report = _report(rows)
    assert (report.execution_points, report.layout) == (D(20), ReportLayout.HUBEI)
    assert report.execution == (ExecutionLine(budget=500_000, executed=400_000, rate=80, score=16),)


# --- Nothing dropped, everything placed ------------------------------------------------


def test_every_cell_is_placed_and_kept() -> None:
    rows = [
        TITLE,
        YEAR,
        ["项目名称", "示例项目", "项目负责人", "张三"],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
         "核查人", "备注"],
        [_, "产出指标", "数量指标", "培训人次", "≥100人次", "90人次", 10, 9, "李四", "分两期"],
        ["注:得分保留两位小数。", _, _, _, _, _, _, _, _, _],
    ]  # fmt: skip
    report = _report(rows, source="a.xlsx")
    (line,) = report.lines
    assert line.place == Place(file="a.xlsx", row=5, column=4)
    assert line.actual_place == Place(file="a.xlsx", row=5, column=6)
    assert report.place == Place(file="a.xlsx", row=1, column=1)
    assert report.total_place == Place()  # no total printed
    # In table order (header fields of the model's, such as 项目类别, would come last).
    assert [(d.label, d.text, d.place.row, d.place.column) for d in report.details] == [
        ("项目负责人", "张三", 3, 4),
        ("备注", "分两期", 5, 10),  # a known column with no field
        ("注", "得分保留两位小数。", 6, 1),
    ]
    assert [(u.label, u.text, u.place.row, u.place.column) for u in report.unclaimed] == [
        ("", "核查人", 4, 9),  # an unknown header, and the cell under it
        ("", "李四", 5, 9),
    ]


def test_an_empty_source_row_is_counted() -> None:
    rows = [TITLE, YEAR, NAME, EXECUTION_HEADER, ["年度资金总额", 5, 5, 5, 10, "100%", 10],
            ["上年结转资金", _, _, _, _, _, _], ["其他资金", _, _, _, _, _, _]]  # fmt: skip
    report = _report(rows)
    assert (len(report.execution), report.empty_rows) == (1, 2)


def test_a_department_contact_and_form_id_are_details() -> None:
    rows = [["报表编号:510000_0013zp", _], ["部门预算项目支出绩效自评表(2023年度)", _], NAME,
            ["部门联系人", "李明"], HEADER_10]  # fmt: skip
    report = _report(rows)
    assert report.layout is ReportLayout.SICHUAN
    assert [(d.label, d.text) for d in report.details] == [
        ("报表编号", "510000_0013zp"),
        ("部门联系人", "李明"),
    ]


# --- What is refused, with its place -----------------------------------------------------


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        ([_, "其他类", "数量指标", "培训人次", "≥100人次", "100人次", 10, 10, _],
         ("一级指标无法识别", 5, 2)),
        ([_, "产出指标", "其他类", "培训人次", "≥100人次", "100人次", 10, 10, _],
         ("二级指标无法识别", 5, 3)),
        ([_, "产出指标", "数量指标", "培训人次", "≥100人次", "100人次", "满分", 10, _],
         ("分值应为数值", 5, 7)),
        ([_, "产出指标", "数量指标", "培训人次", "≥100人次", "100人次", 10, "十分", _],
         ("得分应为数值", 5, 8)),
        ([_, "产出指标", "数量指标", _, "≥100人次", "100人次", 10, 10, _],
         ("缺少指标名称", 5, 5)),
    ],
)  # fmt: skip
def test_a_line_that_cannot_be_read_is_refused_at_its_cell(
    row: list[Any], problem: tuple[str, int, int]
) -> None:
    assert _problems([TITLE, YEAR, NAME, HEADER_10, row]) == [problem]


def test_a_report_without_a_name_or_a_year_is_refused() -> None:
    assert _problems([TITLE, HEADER_10]) == [
        ("自评表缺少项目名称", 1, 1),
        ("未找到预算年度，如(2022年度)", 1, 1),
    ]


def test_a_second_total_is_refused() -> None:
    rows = [TITLE, YEAR, ["项目名称", "示例项目", "项目总得分", 90], HEADER_10, ["总分", 91]]
    assert _problems(rows) == [("总分重复填写", 5, 2)]


def test_amounts_with_and_without_a_unit_are_refused() -> None:
    rows = [TITLE, YEAR, NAME, EXECUTION_HEADER, ["年度资金总额", "50万元", 50, 50, 10, "100%", 10]]
    assert _problems(rows) == [("金额未注明单位，而其他金额注明了单位", 5, 3)]


def test_a_bad_rate_is_refused() -> None:
    rows = [TITLE, YEAR, NAME, EXECUTION_HEADER, ["年度资金总额", 5, 5, 5, 10, "全部", 10]]
    assert _problems(rows) == [("执行率应为数值", 5, 6)]


def test_an_indicator_named_for_execution_is_no_execution_header() -> None:
    rows = [TITLE, YEAR, NAME, HEADER_10,
            [_, "产出指标", "时效指标", "预算执行率", "≥90%", "95%", 10, 10, _]]  # fmt: skip
    (line,) = _report(rows).lines
    assert (line.name, line.score) == ("预算执行率", D(10))


def test_details_of_a_report_are_labelled_texts() -> None:
    report = _report([TITLE, YEAR, NAME, ["联系电话", "123"], HEADER_10])
    assert report.details == (LabelledText(label="联系电话", text="123"),)


def test_beside_the_adjusted_budget_the_full_year_budget_is_kept() -> None:
    rows = [TITLE, YEAR, NAME, ["项目资金", "全年预算数", "调整后预算数", "全年执行数", "执行率"],
            ["年度资金总额", 10, 12, 12, "100%"]]  # fmt: skip
    report = _report(rows)
    assert report.execution == (
        ExecutionLine(label="年度资金总额", budget=12, executed=12, rate=100),
    )
    assert [(d.label, d.text) for d in report.details] == [("全年预算数", "10")]
    assert (report.adjusted, report.in_yuan) == (True, False)


# --- Property: numbers are read as printed ---------------------------------------------

_PRINTED = st.decimals(min_value=0, max_value=1000, places=2, allow_nan=False)


@given(points=_PRINTED, score=_PRINTED, rate=_PRINTED, typed=st.booleans())
def test_points_scores_and_rates_read_as_printed(points: D, score: D, rate: D, typed: bool) -> None:
    # Typed as numbers or written as text (`12.50`, `97.48%`), the same values.
    def cell(number: D, suffix: str = "") -> Any:
        return number if typed and not suffix else f"{number}{suffix}"

    rows = [TITLE, YEAR, NAME, EXECUTION_HEADER,
            ["年度资金总额", 5, 5, 5, cell(points), cell(rate, "%"), cell(score)], HEADER_10,
            [_, "产出指标", "数量指标", "培训人次", "≥1人次", "1人次", cell(points), cell(score), _]]  # fmt: skip
    report = _report(rows)
    (execution,) = report.execution
    (line,) = report.lines
    assert (execution.points, execution.rate, execution.score) == (points, rate, score)
    assert (line.points, line.score) == (points, score)


# --- Property: any grid under a self-evaluation's title reads or is refused --------------

_WORDS = [
    *HEADER_10, *EXECUTION_HEADER, "项目名称", "总分", "合计", "项目总得分", "评价等级",
    "年度总体目标", "预期目标", "实际完成情况", "产出指标(50分)", "年度绩效目标1(40分)",
    "绩效指标(90分)", "扣减分数", "计算符号", "计量单位", "指标性质", "数量指标", "其他资金",
    "≥95%", "/", "—", "97.48%", "优", "指标1:", "★", "其中:", "(2022年度)", "单位:万元",
    "产出指标(99999999999999999999999999999分)", "1e999", "abc", "",
]  # fmt: skip
_CELLS = st.one_of(
    st.none(),
    st.sampled_from(_WORDS),
    st.decimals(allow_nan=False, allow_infinity=False, places=2, min_value=-1000, max_value=1000),
    st.text(max_size=6),
)


@given(st.lists(st.lists(_CELLS, min_size=1, max_size=9), max_size=12))
def test_any_grid_under_a_title_reads_or_is_refused(rows: list[list[Any]]) -> None:
    try:
        documents = read_table([TITLE, YEAR, *rows])
    except FormError:
        return
    assert all(isinstance(d, SelfEvaluationReport) for d in documents)


def test_subtotal_rows_are_read_with_the_lines_they_sum() -> None:
    from perfindicator import ReportedSubtotal, audit

    rows = [
        ["项目支出绩效自评表", None, None, None, None, None, None, None, None],
        ["(2022年度)", None, None, None, None, None, None, None, None],
        ["项目名称", "示例", None, None, None, None, None, None, None],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值",
         "得分", "偏差原因分析及改进措施"],
        [None, "产出指标(50分)", "数量指标", "培训人次", "≥100人次", "100人次", 30, 30, None],
        [None, None, "质量指标", "合格率", "≥90%", "95%", 20, 20, None],
        [None, "小计", None, None, None, None, 50, 48, None],
        [None, "满意度指标(50分)", "服务对象满意度指标", "满意度", "≥90%", "92%", 50, 50, None],
        [None, "满意度指标小计", None, None, None, None, 50, 50, None],
        ["总分", None, None, None, None, None, 100, 100, None],
    ]  # fmt: skip
    report = _report(rows)
    assert report.subtotals == (
        ReportedSubtotal(label="小计", lines=("培训人次", "合格率"), points=D(50), score=D(48)),
        ReportedSubtotal(label="满意度指标小计", lines=("满意度",), points=D(50), score=D(50)),
    )
    assert report.subtotals[0].place.row == 7
    # The first subtotal prints 48 where its lines scored 30 + 20 = 50.
    (found,) = [d for d in audit(report).discrepancies if d.code == "AU404"]
    assert (found.reported, found.recomputed) == (D(48), D(50))
