"""Display: one table specification per result, rendered to text (and HTML, test_html.py)."""

from __future__ import annotations

import datetime
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from perfindicator import (
    BudgetExecution,
    FieldError,
    FieldTypeError,
    Indicator,
    Judgement,
    Level2,
    Outcome,
    Place,
    Problem,
    Project,
    Quantity,
    Weights,
    parse_target,
    self_evaluate,
)
from perfindicator.display.tables import Table, findings_table, project_tables
from perfindicator.display.text import (
    findings_text,
    project_text,
    self_evaluation_text,
    table,
    width,
)
from perfindicator.scoring.evaluate import actual_text

D = Decimal


@pytest.fixture(scope="module")
def example(seed_projects: list[Project], root: Path) -> tuple[Project, dict[str, Any]]:
    given_ = json.loads((root / "examples/actuals-illustrative.json").read_text(encoding="utf-8"))
    return seed_projects[0], given_["projects"][seed_projects[0].name]


def evaluate_example(
    example: tuple[Project, dict[str, Any]], weights: Weights | None = None
) -> Any:
    project, entry = example
    return self_evaluate(
        project,
        entry["actuals"],
        targets=entry["targets"],
        weights=weights,
        budget=BudgetExecution(
            budget=D(entry["budget"]["budget"]), executed=D(entry["budget"]["executed"])
        ),
    )


def test_project_text_is_the_command_line_layout(seed_projects: list[Project]) -> None:
    lines = project_text(seed_projects[0]).splitlines()
    assert lines[0] == "12348公共法律服务平台政府购买法律咨询服务  (2022年度)  经常性项目"
    assert lines[1] == "主管部门 上海市司法局  实施单位 上海市司法局  2022-01-01 ~ 2022-12-31"
    assert lines[2].split() == ["一级指标", "二级指标", "三级指标", "指标目标值"]
    assert lines[3].split() == ["产出指标", "数量指标", "法律咨询接通率", ">=95%"]
    # The target column starts at the same terminal column on every indicator row.
    rows = lines[2 : 3 + 15]
    targets = [row for row in rows[1:] if len(row.split()) == 4]  # 案例制作完成及时性 has none
    assert len(targets) == 14
    starts = {width(row[: row.rindex(row.split()[-1])]) for row in targets}
    assert starts == {width("满意度指标  服务对象满意度指标  公共法律服务社会公众知晓度  ")}
    # Funding and goals follow the indicator table, after a blank line.
    assert lines[3 + 15] == ""
    assert lines[4 + 15].split() == ["项目资金总额（元）", "15399720"]


def test_self_evaluation_text_is_the_command_line_layout(
    example: tuple[Project, dict[str, Any]],
) -> None:
    lines = self_evaluation_text(evaluate_example(example)).splitlines()
    assert lines[0] == "12348公共法律服务平台政府购买法律咨询服务  (2022年度)  总分 97.50  等级 优"
    assert lines[1].split()[:4] == ["一级指标", "二级指标", "三级指标", "目标值"]
    partly = next(line for line in lines if "公共法律服务测评覆盖率" in line)
    assert "部分达成年度指标并具有一定效果" in partly
    # 10 × 15,012,300 / 15,399,720 = 9.748… → 9.75 of the default execution weight 10.
    assert lines[-2].split() == ["预算执行率", "10.00", "9.75"]
    assert lines[-1].split() == ["总分", "97.50"]


def test_the_execution_row_shows_the_weight_used(example: tuple[Project, dict[str, Any]]) -> None:
    weights = Weights(output=40, benefit=30, satisfaction=10, execution=20)
    lines = self_evaluation_text(evaluate_example(example, weights)).splitlines()
    # 20 × 15,012,300 / 15,399,720 = 19.4968… → 19.50
    assert lines[-2].split() == ["预算执行率", "20.00", "19.50"]


def test_numbers_are_right_aligned_with_two_decimals(
    example: tuple[Project, dict[str, Any]],
) -> None:
    lines = self_evaluation_text(evaluate_example(example)).splitlines()
    subtotal = next(line for line in lines if "小计" in line)
    assert subtotal.split()[-2:] == ["50.00", "50.00"]  # 产出指标: 50, not "50"
    # The 得分 column ends at the same terminal column on each row that has a score.
    ends = {width(line) for line in lines[2:] if line.endswith(("0", "5"))}
    assert len(ends) == 1


@pytest.mark.parametrize(
    ("count", "caption"), [(0, "0 findings"), (1, "1 finding"), (2, "2 findings")]
)
def test_findings_are_counted_in_english(count: int, caption: str) -> None:
    problem = Problem(
        code="PI001", message_en="the target is missing", message_zh="未填写指标目标值",
        where=Place(subject="完成及时性"),
    )  # fmt: skip
    assert findings_table([problem] * count).caption == (caption,)
    assert findings_text([problem] * count).splitlines()[0] == caption


def test_findings_table_refuses_what_is_not_findings() -> None:
    with pytest.raises(FieldTypeError):
        findings_table(["PI001"])  # type: ignore[list-item]


@pytest.mark.parametrize(
    ("actual", "text"),
    [
        (Judgement(outcome=Outcome.ACHIEVED), "达成年度指标"),
        (
            Judgement(outcome=Outcome.NOT_ACHIEVED, fraction=D("0.5")),
            "未达成年度指标且效果较差 (0.5)",
        ),
        (Quantity(value=D("96.5"), unit="%"), "96.5%"),
        (datetime.date(2022, 11, 30), "2022-11-30"),
    ],
)
def test_actuals_are_shown_as_written(actual: object, text: str) -> None:
    assert actual_text(actual) == text


def test_an_empty_project_shows_its_header() -> None:
    p = Project(
        name="示例", year=2022, start=datetime.date(2022, 1, 1), end=datetime.date(2022, 12, 31)
    )
    block, indicators = project_tables(p)
    assert block.rows == ()
    assert indicators.rows == ()
    assert project_text(p).splitlines() == [
        "示例  (2022年度)",
        "主管部门   实施单位   2022-01-01 ~ 2022-12-31",
        "一级指标  二级指标  三级指标  指标目标值",
    ]


def test_a_target_left_empty_shows_empty() -> None:
    p = Project(
        name="示例", year=2022, start=datetime.date(2022, 1, 1), end=datetime.date(2022, 12, 31),
        indicators=(Indicator(level2=Level2.TIMELINESS, name="及时性", target=None),
                    Indicator(level2=Level2.QUANTITY, name="人次", target=parse_target(">=1人次"))),
    )  # fmt: skip
    assert project_tables(p)[1].rows[0] == ("产出指标", "时效指标", "及时性", "")


@pytest.mark.parametrize(
    ("fields", "error"),
    [
        ({"header": ("a", "b"), "rows": (("1",),)}, FieldError),  # row narrower than header
        ({"rows": (("1", "2"), ("1",))}, FieldError),  # rows of unequal width
        ({"rows": ((1,),)}, FieldTypeError),
        ({"rows": [("1",)]}, FieldTypeError),
        ({"caption": "title"}, FieldTypeError),
        ({"numeric": {1}}, FieldTypeError),
    ],
)
def test_tables_are_checked(fields: dict[str, Any], error: type[Exception]) -> None:
    with pytest.raises(error):
        Table(**fields)


cell = st.text(st.sampled_from("ab1.中文％满意"), max_size=6)


@given(st.lists(st.lists(cell, min_size=3, max_size=3), min_size=1, max_size=6))
def test_columns_line_up_in_terminal_cells(rows: list[list[str]]) -> None:
    lines = table(rows, right=frozenset({2})).split("\n")
    assert len(lines) == len(rows)
    widths = [max(width(row[k]) for row in rows) for k in range(3)]
    for row, line in zip(rows, lines, strict=True):
        # Two spaces between columns, each padded to its widest cell in terminal columns: the
        # first two on the right, the last (numeric) on the left; trailing blanks dropped.
        expected = (
            row[0] + " " * (widths[0] - width(row[0]) + 2)
            + row[1] + " " * (widths[1] - width(row[1]) + 2)
            + " " * (widths[2] - width(row[2])) + row[2]
        )  # fmt: skip
        assert line == expected.rstrip()
