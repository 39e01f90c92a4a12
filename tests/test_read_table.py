"""read_table: declaration forms of any template read from a grid of cells.

Expectations are written from the forms' text (the files in tests/data/forms and the seed),
not from the reader's output.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, assume, given, settings

from perfindicator import (
    Direction,
    FormError,
    FormKind,
    Funding,
    Goals,
    Indicator,
    LabelledText,
    Level2,
    Period,
    Project,
    SelfEvaluationReport,
    StandardBasis,
    format_form,
    from_json,
    lint,
    parse_target,
    read_forms,
    read_table,
    to_dict,
    to_json,
)
from perfindicator.documents.grid import grid
from perfindicator.documents.labels import is_label, is_title
from perfindicator.errors import FieldError, FieldTypeError, Place
from perfindicator.io import read
from perfindicator.strategies import projects

DATA = Path(__file__).parent / "data" / "forms"


def _text_rows(text: str, delimiter: str) -> list[list[str | None]]:
    return [[c or None for c in line.split(delimiter)] for line in text.splitlines()]


def _form_file(tmp_path: Path, name: str) -> Path:
    """The bundled copy of a real form without its provenance comments (lines from `#`)."""
    text = (DATA / name).read_text(encoding="utf-8")
    path = tmp_path / name
    path.write_text(
        "\n".join(line for line in text.splitlines() if not line.startswith("#")),
        encoding="utf-8",
    )
    return path


def I(level2: Level2, name: str, target: str | None, **more: object) -> Indicator:  # noqa: E743
    return Indicator(
        level2=level2,
        name=name,
        target=None if target is None else parse_target(target),
        **more,  # type: ignore[arg-type]
    )


# --- The real forms ------------------------------------------------------------------


def test_the_seed_reads_as_the_shanghai_text_reader_reads_it(
    seed_text: str, seed_projects: list[Project]
) -> None:
    # The Shanghai form announces no money unit; its amounts are 元 (domain notes), so the
    # caller says so. Without it they keep an unknown unit.
    rows = _text_rows(seed_text, "\t")
    assert read_table(rows, money_unit="元") == seed_projects
    unknown = [p for p in read_table(rows) if isinstance(p, Project)]
    assert [p.funding.in_yuan for p in unknown] == [False, False, False]
    assert [attrs.evolve(p, funding=attrs.evolve(p.funding, in_yuan=True)) for p in unknown] == (
        seed_projects
    )


TIANJIN = Project(
    name="安全隐患维修",
    year=2023,
    kind=FormKind.TARGETS,
    # 单位:万元 announces the unit: 20.00 万元 = 200,000 元. 预算数 is the year's budget.
    funding=Funding(annual_request=Decimal("200000"), appropriation=Decimal("200000")),
    goals=Goals(annual="1.维修审判大楼玻璃幕墙等,消除外延脱落安全隐患。"),
    indicators=(
        I(Level2.QUANTITY, "维修面积", ">=400平方米", explanation="维修面积"),
        I(Level2.QUALITY, "验收合格率", ">=98%", explanation="验收合格率"),
        I(Level2.TIMELINESS, "资金支付及时率", "=100%", explanation="资金支付及时率"),
        I(Level2.COST, "项目成本", "=20万元", explanation="项目成本"),
        I(Level2.SUSTAINABILITY, "消除安全隐患", "持续影响", explanation="消除安全隐患"),
        I(Level2.SATISFACTION, "干警满意度", ">=95%", explanation="干警满意度"),
    ),
    details=(
        LabelledText(
            label="标题", text="3.法院办案业务、业务装备及审判辅助事务外包-2023中央绩效目标表"
        ),
        # The use of the funds, under the merged label 预算规模及资金用途.
        LabelledText(label="预算规模及资金用途", text="用于维修审判楼玻璃幕墙等"),
    ),
    unclaimed=(
        LabelledText(label="", text="天津市河北区人民法院"),
        LabelledText(label="", text="207101天津市河北区人民法院"),
    ),
)


def test_the_tianjin_2023_form_is_read_cell_by_cell(tmp_path: Path) -> None:
    path = _form_file(tmp_path, "tianjin_hebei_fayuan_2023_anquan_yinhuan_weixiu.txt")
    (project,) = read(path)
    assert isinstance(project, Project)
    assert project.indicators == TIANJIN.indicators
    assert project == TIANJIN
    # Every kept cell says where it stood: file, line, field.
    use = project.details[-1]
    assert (use.place.file, use.place.row, use.place.column) == (str(path), 9, 1)


NANYUE_NAMES = [
    (Level2.QUANTITY, "贫困地区旅游基础设施建设工程", ">=20平方米"),
    # The name holds spaces; the text joins cells with single spaces, so it is rejoined.
    (Level2.QUANTITY, "贫困地区旅游景点开发数量( ≥**个 )", ">=4个"),
    (Level2.QUANTITY, "流转土地", ">=60亩"),
    (Level2.QUALITY, "*贫困地区旅游基础设施建设质量达标率100%", ">=98%"),
    (Level2.TIMELINESS, "贫困地区基础设施建设按期完成率(≥**%)", ">=95%"),
    (Level2.COST, "流转土地补助标准", "<=475元/亩"),
    (Level2.COST, "景观建设成本", "<=2875元/个"),
    (Level2.COST, "贫困地区旅游基础设施建设工程建设成本", "<=3000元/平方米"),
    (Level2.ECONOMIC, "乡村旅游带动增加贫困村收入(≥**万元)", ">=6万元"),
    (Level2.ECONOMIC, "乡村旅游带动增加贫困人口收入(≥**万元)", ">=2.61万元"),
    (Level2.SOCIAL, "贫困地区乡村旅游开发景点接待游客数量(≥**人)", ">=60000人"),
    (Level2.SOCIAL, "受益建档立卡贫困人口数≥**人", ">=29人"),
    (Level2.SATISFACTION, "旅游行业经营主体满意度(≥**%)", ">=90%"),
    (Level2.SATISFACTION, "参与旅游扶贫项目贫困群众满意度(≥**%)", ">=90%"),
    (Level2.SATISFACTION, "旅游区居民满意度(≥**%)", ">=90%"),
    (Level2.SATISFACTION, "游客满意度(≥**%)", ">=90%"),
]


def test_the_hunan_2018_form_is_read_cell_by_cell(tmp_path: Path) -> None:
    path = _form_file(tmp_path, "hengyang_nanyue_2018_lvyou_fupin_jichusheshi.txt")
    (project,) = read(path)
    assert isinstance(project, Project)
    assert (project.name, project.year, project.kind) == (
        "2018年市级专项扶贫资金基础设施(人大代表扶贫基地)",
        2018,
        FormKind.DECLARATION,
    )
    assert (project.department, project.implementing_unit) == (
        "南岳镇政府",
        "[610001]湖南省润山润水生态农业发展有限公司",
    )
    # 资金情况(万元): 10 万元 = 100,000 元, of which 10 万元 fiscal, 0 other.
    assert project.funding == Funding(
        annual_request=Decimal(100000), appropriation=Decimal(100000), annual_other=Decimal(0)
    )
    # 总体目标 | 年度目标 | 年度总体目标完成情况: 总体目标 heads the goals block, as in the
    # 青山 2020 template (总体目标 | 中期目标 | 年度目标), and the one goal given is the
    # year's, under 年度目标; its completion column is empty on a declaration.
    assert project.goals == Goals(annual="为水濂村带来观光游客不少于6万人,村集体收入达6万元。")
    assert [(i.level2, i.name, str(i.target)) for i in project.indicators] == [
        (level2, name, str(parse_target(target))) for level2, name, target in NANYUE_NAMES
    ]
    # The page's title says more than the template's words: kept. The review footers
    # (each label, then its stamp placeholder as written) are kept as details, in order.
    assert project.details[0] == LabelledText(
        label="标题", text="2018年市级专项扶贫资金基础设施(人大代表扶贫基地)绩效目标申报表"
    )
    assert [(d.label, d.text) for d in project.details[-3:]] == [
        ("财政部门支出股室初审意见", "(盖章)"),
        ("财政部门绩效评价股审核意见", "(盖章)"),
        ("区扶贫办审核意见", "(盖章)"),
    ]
    labels = [d.label for d in project.details]
    assert "项目负责人及电话" in labels


# --- Templates, one rule at a time ---------------------------------------------------

HEAD = [["项目支出绩效目标申报表(2023年度)"], ["项目名称", "示例项目"]]


def _one(rows: Sequence[Sequence[Any]], **options: Any) -> Project:
    (project,) = read_table([*HEAD, *rows], **options)
    assert isinstance(project, Project)
    return project


def test_money_announced_in_wan_yuan_is_converted_exactly() -> None:
    project = _one(
        [["资金情况(万元)", "年度资金总额:", "15399.72"], ["", "其中:财政拨款", 15399.72],
         ["一级指标", "二级指标", "三级指标", "指标值"]]
    )  # fmt: skip
    assert project.funding.annual_request == Decimal("153997200")
    assert project.funding.appropriation == Decimal("153997200")
    assert project.funding.in_yuan


def test_money_without_announcement_keeps_an_unknown_unit_or_the_callers() -> None:
    rows = [["项目资金", "年度资金总额", "20.00"], ["一级指标", "二级指标", "三级指标", "指标值"]]
    assert _one(rows).funding == Funding(annual_request=Decimal("20.00"), in_yuan=False)
    assert _one(rows, money_unit="万元").funding == Funding(annual_request=Decimal(200000))
    assert _one(rows, money_unit="元").funding == Funding(annual_request=Decimal(20))


def test_an_amount_with_its_own_unit_is_read_in_it() -> None:
    rows = [["金额单位:元"], ["项目资金", "年度资金总额", "10万元"],
            ["一级指标", "二级指标", "三级指标", "指标值"]]  # fmt: skip
    assert _one(rows).funding.annual_request == Decimal(100000)


def test_split_sign_value_and_unit_with_weights_and_direction() -> None:
    # 四川 井研 2023: 指标性质 | 指标值 | 度量单位 | 权重 | 指标方向性.
    project = _one(
        [
            [
                "一级指标",
                "二级指标",
                "三级指标",
                "指标性质",
                "指标值",
                "度量单位",
                "权重",
                "指标方向性",
            ],
            ["产出指标", "数量指标", "培训人次", "≥", 500, "人次", 10, "正向指标"],
            [None, "成本指标", "人均成本", "≤", "320", "元/人", "权重5", "反向指标"],
            [None, "质量指标", "验收合格", "定性", "合格", None, 5, "正向指标"],
        ]
    )
    assert project.indicators == (
        I(Level2.QUANTITY, "培训人次", ">=500人次", weight=Decimal(10), direction=Direction.UP),
        I(Level2.COST, "人均成本", "<=320元/人", weight=Decimal(5), direction=Direction.DOWN),
        # 定性: the value cell's words are the target.
        I(Level2.QUALITY, "验收合格", "合格", weight=Decimal(5), direction=Direction.UP),
    )


def test_the_unit_before_the_sign() -> None:
    # 重庆 荣昌 2022: 计量单位 | 指标性质 | 指标值.
    project = _one(
        [
            ["一级指标", "二级指标", "三级指标", "计量单位", "指标性质", "指标值"],
            ["产出指标", "数量指标", "改造面积", "平方米", "≥", "1200"],
        ]
    )
    assert project.indicators == (I(Level2.QUANTITY, "改造面积", ">=1200平方米"),)


def test_the_unit_in_the_name_when_no_unit_column() -> None:
    # 江西 浮梁: 保障在职职工人数(人) with 计算符号 and 目标值 cells.
    project = _one(
        [["一级指标", "二级指标", "三级指标", "计算符号", "目标值"],
         ["产出指标", "数量指标", "保障在职职工人数(人)", "=", "52"]]
    )  # fmt: skip
    assert project.indicators[0].target == parse_target("=52人")


def test_mid_term_and_annual_side_by_side() -> None:
    # 湖北 武汉青山 2020: (长期) and (年度) columns in one row.
    project = _one(
        [
            ["一级指标", "二级指标(长期)", "三级指标(长期)", "指标值(长期)", "二级指标(年度)",
             "三级指标(年度)", "指标值(年度)"],
            ["产出指标", "数量指标", "覆盖学校数", "≥30所", "数量指标", "本年覆盖学校数", "≥10所"],
            [None, None, "培训教师", "≥600人次", None, "本年培训教师", "≥200人次"],
        ]
    )  # fmt: skip
    mid, annual = Period.MID_TERM, Period.ANNUAL
    assert project.indicators == (
        I(Level2.QUANTITY, "覆盖学校数", ">=30所", period=mid),
        I(Level2.QUANTITY, "本年覆盖学校数", ">=10所", period=annual),
        I(Level2.QUANTITY, "培训教师", ">=600人次", period=mid),
        I(Level2.QUANTITY, "本年培训教师", ">=200人次", period=annual),
    )


def test_stacked_mid_term_and_annual_blocks() -> None:
    # 湖南 宁乡坝塘 2021: 长期绩效指标 and 年度绩效指标 blocks, names under 指标内容.
    project = _one(
        [
            ["长期绩效指标", "一级指标", "二级指标", "指标内容", "指标值", "备注"],
            [None, "产出指标", "数量指标", "改造道路", "≥5公里", None],
            ["年度绩效指标", "一级指标", "二级指标", "指标内容", "指标值", "备注"],
            [None, "产出指标", "数量指标", "本年改造道路", "≥2公里", "分两期"],
        ]
    )
    assert project.indicators == (
        I(Level2.QUANTITY, "改造道路", ">=5公里", period=Period.MID_TERM),
        I(Level2.QUANTITY, "本年改造道路", ">=2公里", explanation="分两期"),
    )


def test_labels_with_points_marks_numbering_and_stars() -> None:
    project = _one(
        [
            ["一级指标", "二级指标", "三级指标", "指标值"],
            ["产出指标(50分)", "数量指标(必填硬性指标)", "指标1:培训人次", "≥100人次"],
            [None, "时效指标 (必填)", "★按时完成", "2023年12月底前"],
            ["满意度指标(10分)", None, "群众满意度", "≥90%"],
        ]
    )
    assert [(i.level2, i.name) for i in project.indicators] == [
        (Level2.QUANTITY, "培训人次"),
        (Level2.TIMELINESS, "按时完成"),
        (Level2.SATISFACTION, "群众满意度"),
    ]


def test_standard_basis_and_explanation() -> None:
    # 湘潭 2023: 绩效标准 names the standard; 鄂州 2022: it holds an explanation.
    project = _one(
        [["一级指标", "二级指标", "三级指标", "指标值及单位", "绩效标准"],
         ["产出指标", "数量指标", "采购设备", "≥5台", "计划标准"],
         [None, None, "验收设备", "≥5台", "反映验收的设备数量"]]
    )  # fmt: skip
    assert [(i.basis, i.explanation) for i in project.indicators] == [
        (StandardBasis.PLAN, ""),
        (None, "反映验收的设备数量"),
    ]


def test_empty_template_rows_are_counted_not_read() -> None:
    project = _one(
        [["一级指标", "二级指标", "三级指标", "指标值"],
         ["产出指标", "数量指标", "培训人次", "≥100人次"],
         [None, "质量指标", None, None],
         [None, "时效指标", None, None]]
    )  # fmt: skip
    assert len(project.indicators) == 1
    assert project.empty_rows == 2


def test_cells_no_role_claims_are_kept_with_their_column_label() -> None:
    project = _one(
        [["一级指标", "二级指标", "三级指标", "指标值", "上年度实际水平"],
         ["产出指标", "数量指标", "培训人次", "≥100人次", "90人次"]]
    )  # fmt: skip
    assert project.unclaimed == (LabelledText(label="上年度实际水平", text="90人次"),)


def test_several_forms_in_one_table_are_read_in_order() -> None:
    block = [["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "x", "≥1个"]]
    rows = [["项目支出绩效目标表(2023年)"], ["项目名称", "甲"], *block,
            ["项目支出绩效目标表(2023年)"], ["项目名称", "乙"], *block]  # fmt: skip
    assert [p.name for p in read_table(rows)] == ["甲", "乙"]


def test_the_place_of_a_cell_takes_no_part_in_equality() -> None:
    rows = [
        *HEAD,
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "x", "≥1个"],
    ]
    shifted = [[None, *row] for row in rows]
    assert read_table(rows, source="a.xlsx") == read_table(shifted, source="b.html")


# --- Errors --------------------------------------------------------------------------


def test_an_unknown_template_names_the_cells_it_saw() -> None:
    with pytest.raises(FormError) as caught:
        read_table(
            [["项目支出绩效目标表(2023年)"], ["项目名称", "x"], ["指标", "要求"]], source="f.xlsx"
        )
    (problem,) = caught.value.problems
    assert "三级指标" in problem.message_en
    assert "'指标'" in problem.message_en
    assert "'要求'" in problem.message_en
    assert problem.where.file == "f.xlsx"


def test_a_table_with_no_form_is_refused() -> None:
    with pytest.raises(FormError, match="no form found"):
        read_table([["首页", "通知公告"]])


def test_a_bad_target_names_its_cell() -> None:
    with pytest.raises(FormError) as caught:
        _one([["一级指标", "二级指标", "三级指标", "指标性质", "指标值"],
              ["产出指标", "数量指标", "培训人次", "≥", "很多"]], source="f.xlsx")  # fmt: skip
    (problem,) = caught.value.problems
    assert (problem.where.row, problem.where.column) == (4, 5)


def test_a_missing_year_and_name_are_problems() -> None:
    with pytest.raises(FormError) as caught:
        read_table([["绩效目标申报表"], ["一级指标", "二级指标", "三级指标", "指标值"]])
    messages = " ".join(p.message_en for p in caught.value.problems)
    assert "项目名称" in messages
    assert "budget year" in messages


def test_a_self_evaluation_is_not_read_as_a_declaration() -> None:
    # Its title tells: a report, even over a declaration's header (tests/test_selfeval_reading.py).
    assert read_table([["项目支出绩效自评表(2022年度)"], ["项目名称", "x"],
                       ["一级指标", "二级指标", "三级指标", "指标值"]]) == [
        SelfEvaluationReport(name="x", year=2022)
    ]  # fmt: skip


def test_arguments_are_checked() -> None:
    with pytest.raises(FieldError, match="money_unit"):
        read_table([], money_unit="千元")  # type: ignore[arg-type]
    with pytest.raises(FieldTypeError, match="source"):
        read_table([], source=3)  # type: ignore[arg-type]


# --- Property: what format_form writes, read_table reads --------------------------


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(projects(max_indicators=6))
def test_written_forms_read_back_from_their_cells(project: Project) -> None:
    texts = [project.name, project.category, project.department, project.implementing_unit]
    texts += [project.goals.overall, project.goals.annual, *(i.name for i in project.indicators)]
    # A value spelled as another template's label (项目名称 长期目标) or as a form's title
    # (绩效目标表) is ambiguous in a table of any template; the Shanghai text reader, which
    # knows one template, reads it.
    assume(not any(is_label(text) or is_title(text) for text in texts))
    try:
        text = format_form(project)
    except FormError:
        return  # a project the layout cannot hold (a name that is a label, …)
    assert read_forms(text) == [project]
    table = grid(_text_rows(text, "\t"), file="form.tsv")
    assert read_table(table, money_unit="元") == [project]


def test_places_reach_problems() -> None:
    table = grid([*HEAD, ["一级指标", "二级指标", "三级指标", "指标值"],
                  ["产出指标", "数量指标", "x", "≥≥1"]], file="a.xlsx", sheet="表1")  # fmt: skip
    with pytest.raises(FormError) as caught:
        read_table(table)
    assert caught.value.problems[0].where == Place(file="a.xlsx", sheet="表1", row=4, column=4)


def test_dates_are_read_from_typed_and_written_cells() -> None:
    project = _one(
        [["计划开始日期", datetime.datetime(2023, 1, 1), "计划完成日期", "2023年12月31日"],
         ["一级指标", "二级指标", "三级指标", "指标值"]]
    )  # fmt: skip
    assert (project.start, project.end) == (datetime.date(2023, 1, 1), datetime.date(2023, 12, 31))


def test_a_written_level2_label_stands_for_a_satisfaction_name() -> None:
    # 服务满意率 under 质量指标 on its own row keeps the category the form states; only a
    # label carried down from above gives way (extraction moves labels, see the seed).
    project = _one(
        [["一级指标", "二级指标", "三级指标", "指标值"],
         ["产出指标", "质量指标", "服务满意率", "≥90%"],
         [None, None, "群众满意度", "≥90%"]]
    )  # fmt: skip
    assert [i.level2 for i in project.indicators] == [Level2.QUALITY, Level2.SATISFACTION]


def test_stray_rows_under_the_table_are_kept_not_read_as_indicators() -> None:
    project = _one(
        [["一级指标", "二级指标", "三级指标", "指标值", "备注"],
         ["产出指标", "数量指标", "培训人次", "≥100人次", None],
         [None, None, None, None, "已审定"],
         ["填报人:李四"]]
    )  # fmt: skip
    assert len(project.indicators) == 1
    assert project.empty_rows == 0
    assert project.unclaimed == (LabelledText(label="备注", text="已审定"),)
    assert project.details == (LabelledText(label="填报人", text="李四"),)


def test_lint_findings_point_at_the_cell_of_a_read_form() -> None:
    table = grid(
        [*HEAD, ["一级指标", "二级指标", "三级指标", "指标值"],
         ["产出指标", "数量指标", "培训人次(≥**人)", "≥100人次"]],
        file="a.xlsx", sheet="表1",
    )  # fmt: skip
    (project,) = read_table(table)
    assert isinstance(project, Project)
    (finding,) = [f for f in lint(project) if f.code == "PI041"]
    assert finding.where == Place(
        file="a.xlsx", sheet="表1", row=4, column=3, subject="培训人次(≥**人)"
    )
    # Where a thing was read is no part of its value: not compared, not written to JSON.
    assert "place" not in to_dict(project.indicators[0])
    assert from_json(to_json(project), Project) == project


# --- Nothing dropped, nothing guessed (the review's cases) ---------------------------

T, N = HEAD
H = ["一级指标", "二级指标", "三级指标", "指标值"]
R = ["产出指标", "数量指标", "培训", "≥5人"]


def _problems(rows: list[list[Any]]) -> list[str]:
    with pytest.raises(FormError) as caught:
        read_table(rows, source="f.xlsx")
    return [p.message_en for p in caught.value.problems]


def test_a_flat_table_refuses_rows_before_a_name_and_conflicting_project_cells() -> None:
    flat = ["项目名称", "主管部门", "二级指标", "三级指标", "指标值"]
    assert (
        "before any 项目名称" in _problems([T, flat, [None, None, "数量指标", "培训", "≥5人"]])[0]
    )
    (conflict,) = _problems(
        [
            T,
            flat,
            ["甲", "教育局", "数量指标", "培训", "≥5人"],
            ["甲", "卫健委", "数量指标", "x", "≥6人"],
        ]
    )
    assert "'教育局' on row 3 and '卫健委' here" in conflict
    assert "no rows" in _problems([T, flat])[0]


def test_review_opinions_above_the_table_are_details() -> None:
    project = _one([["审核意见", "同意"], H, R])
    assert project.details == (LabelledText(label="审核意见", text="同意"),)


def test_a_header_cell_of_no_role_is_kept_when_nothing_stands_under_it() -> None:
    project = _one([[*H, "说明:见附件"], R])
    assert project.unclaimed == (LabelledText(label="", text="说明:见附件"),)


def test_the_year_is_read_from_the_title_not_from_any_text() -> None:
    # A goal that starts with a year is a goal; with no year in the title the form has none.
    messages = _problems(
        [["项目支出绩效目标申报表"], N, ["年度目标"], ["2023年完成100所学校改造"], H, R]
    )
    assert any("budget year" in m for m in messages)
    # A year inside a title that says more than the template's words: read, title kept.
    (project,) = read_table([["某某局2023年校舍改造项目绩效目标申报表"], N, H, R])
    assert project.year == 2023
    assert project.details == (
        LabelledText(label="标题", text="某某局2023年校舍改造项目绩效目标申报表"),
    )


def test_a_measures_unit_is_not_a_money_unit() -> None:
    project = _one([["项目资金", "年度资金总额", "20"], ["备注", "计量单位:元"], H, R])
    assert project.funding == Funding(annual_request=Decimal(20), in_yuan=False)
    assert project.unclaimed == (LabelledText(label="备注", text="计量单位:元"),)


def test_amounts_with_their_own_unit_are_known_and_mixed_units_are_refused() -> None:
    own = _one([["项目资金", "年度资金总额", "10万元", "其中:财政拨款", "8万元"], H, R])
    assert own.funding == Funding(annual_request=Decimal(100000), appropriation=Decimal(80000))
    (mixed,) = _problems(
        [T, N, ["项目资金", "年度资金总额", "10万元", "其中:财政拨款", "10"], H, R]
    )
    assert "without a unit" in mixed


def test_the_goals_period_is_read_once() -> None:
    project = _one([["总体目标", "(2022-2024年)"], H, R])
    assert project.goals == Goals(period=(2022, 2024))
    (twice,) = _problems([T, N, ["总体目标", "(2022-2024年)"], ["(2022-2023年)"], H, R])
    assert "period is given twice" in twice


def test_a_cell_typed_on_several_lines_is_one_line_and_control_characters_are_refused() -> None:
    project = _one(
        [["项目负责人", "张三\n李四"], H, ["产出指标", "数量指标", "法律咨询\n接通率", "≥95%"]]
    )
    assert project.details == (LabelledText(label="项目负责人", text="张三李四"),)
    assert project.indicators[0].name == "法律咨询接通率"
    (control,) = _problems([T, N, ["项目负责人", "张\x07三"], H, R])
    assert "U+0007" in control


def test_a_file_without_a_form_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "page.csv"
    path.write_text("首页,通知公告\n", encoding="utf-8")
    with pytest.raises(FormError) as caught:
        read(path)
    (problem,) = caught.value.problems
    assert problem.where.file == str(path)
    assert "'首页'" in problem.message_en


@pytest.mark.parametrize(
    ("name", "target"),
    [("每年2月底前", "完成申报"), ("≤2%", "法律咨询致命错误率"), ("≥95%", None)],
)
def test_a_swapped_or_nameless_row_is_refused_never_read(name: str, target: str | None) -> None:
    (problem,) = _problems([T, N, H, ["产出指标", "数量指标", name, target]])
    assert "swapped" in problem


def test_invisible_characters_at_a_cells_edges_are_debris() -> None:
    project = _one([H, ["产出指标", "数量指标", "\ufeff培训\u200b", " ≥5人\u2060"]])
    assert project.indicators == (I(Level2.QUANTITY, "培训", ">=5人"),)


@pytest.mark.parametrize(
    "footer",
    ["财政部门审核意见", "财政部门审核意见:", "主管部门审核意见(签字盖章)", "审核意见 (盖章)"],
)
def test_review_opinions_with_colons_and_stamps_are_details(footer: str) -> None:
    project = _one([H, R, [footer, "同意"]])
    assert len(project.indicators) == 1
    assert [d.text for d in project.details] == ["同意"]


def test_a_target_typed_on_two_lines_reads_as_one() -> None:
    project = _one(
        [
            H,
            ["产出指标", "数量指标", "案例数", "≥5\n00条"],
            [None, "质量指标", "服务质量", "明显\n提升"],
        ]
    )
    assert [str(i.target) for i in project.indicators] == [">=500条", "明显提升"]


@pytest.mark.parametrize("name", ["12345热线服务", "110接处警", "5G基站建设"])
def test_a_name_that_starts_with_a_number_is_a_name(name: str) -> None:
    project = _one([H, ["产出指标", "质量指标", name, "满意"]])
    assert project.indicators[0].name == name


@pytest.mark.parametrize(
    ("title", "year"),
    [
        ("某区2022年部门预算项目支出绩效目标表(2023年度)", 2023),  # the bracketed year
        ("2023年度项目支出绩效目标表", 2023),
    ],
)
def test_the_budget_year_of_a_title(title: str, year: int) -> None:
    (project,) = read_table([[title], N, H, R])
    assert project.year == year


def test_a_range_of_years_in_a_title_is_no_budget_year() -> None:
    assert any(
        "budget year" in m for m in _problems([["项目支出绩效目标表(2021-2023年)"], N, H, R])
    )


def test_a_year_led_bare_title_is_claimed_not_kept() -> None:
    (project,) = read_table([["2023年度项目支出绩效目标表"], N, H, R])
    assert project.details == ()


def test_a_flat_tables_amounts_are_compared_as_numbers() -> None:
    flat = ["项目名称", "预算数", "二级指标", "三级指标", "指标值"]
    (project,) = read_table(
        [
            T,
            ["金额单位:元"],
            flat,
            ["甲", 10, "数量指标", "a", "≥1个"],
            ["甲", "10.00", "数量指标", "b", "≥2个"],
        ]
    )
    assert isinstance(project, Project)
    assert project.funding.annual_request == Decimal(10)


def test_a_grid_of_anything_but_cells_is_refused() -> None:
    from perfindicator.documents.grid import Grid

    with pytest.raises(FieldTypeError, match="rows"):
        Grid(rows=(("项目名称",),))  # type: ignore[arg-type]
    with pytest.raises(FieldError):
        Place(file="a").at(0, 1)


def test_the_quick_blank_test_never_misses_a_blank_character() -> None:
    import sys

    from perfindicator._syntax import is_blank
    from perfindicator.documents._texts import _maybe_blank

    missed = [
        hex(c)
        for c in range(sys.maxunicode + 1)
        if not 0xD800 <= c <= 0xDFFF and is_blank(chr(c)) and not _maybe_blank(chr(c))
    ]
    assert missed == []
