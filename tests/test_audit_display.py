"""Display of an audit: the table, its text for terminals and its HTML for Jupyter."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from perfindicator import (
    Audit,
    Discrepancy,
    ExecutionLine,
    FieldTypeError,
    Level1,
    Level2,
    Place,
    ReportedIndicator,
    ScoringScheme,
    SelfEvaluationReport,
    Severity,
    audit,
    parse_target,
)
from perfindicator.audits.discrepancies import CODES
from perfindicator.display.html import audit_html
from perfindicator.display.tables import audit_table
from perfindicator.display.text import audit_text
from perfindicator.io import read
from perfindicator.reports.scheme import SICHUAN_2023

D = Decimal

# 接答率: 50 points, ≥95% against 90%: 50 × 90/95 = 47.368… → 47.37, printed 50: an error.
# 知晓度: 40 points, 基本达到 (部分达成): 40 × 0.7 = 28.00 by default; printed 30 is 0.75 of
# the points, inside the 60–80% band: discretion, a note. Execution 10 × 90% = 9, as printed.
# Printed total 50 + 30 + 9 = 89, its parts; recomputed 47.37 + 28.00 + 9.00 = 84.37.
REPORT = SelfEvaluationReport(
    name="示例项目",
    year=2022,
    execution=(ExecutionLine(budget=100, executed=90, rate=D("90.00"), points=10, score=9),),
    lines=(
        ReportedIndicator(
            name="接答率",
            level1=Level1.OUTPUT,
            level2=Level2.QUALITY,
            target_text="≥95%",
            target=parse_target("≥95%"),
            actual_text="90%",
            points=50,
            score=50,
            note="话务高峰",
        ),
        ReportedIndicator(
            name="知晓度",
            level1=Level1.BENEFIT,
            level2=Level2.SOCIAL,
            target_text="良好",
            target=parse_target("良好"),
            actual_text="基本达到",
            points=40,
            score=30,
            note="宣传不足",
        ),
    ),
    total=89,
    grade_text="良",
)


def test_the_table_sets_reported_beside_recomputed() -> None:
    table = audit_table(audit(REPORT))
    assert table.caption == (
        "示例项目  (2022年度)  评分方案 central_10",
        "总分 填报 89  复核 84.37",
        "2 discrepancies: 1 error, 1 note",
    )
    assert table.header == ("code", "severity", "指标或位置", "填报", "复核", "问题", "discrepancy")
    assert [row[:5] for row in table.rows] == [
        ("AU101", "error", "接答率", "50", "47.37"),
        ("AU102", "note", "知晓度", "30", "28.00"),
    ]
    # The messages in both languages, as the discrepancy has them.
    assert table.rows[0][5:] == ("得分50，按规则应为47.37", "scored 50, the rule gives 47.37")


def test_text_lines_up_the_rows() -> None:
    lines = audit_text(audit(REPORT)).splitlines()
    assert lines[:3] == [
        "示例项目  (2022年度)  评分方案 central_10",
        "总分 填报 89  复核 84.37",
        "2 discrepancies: 1 error, 1 note",
    ]
    assert lines[3].split() == [
        "code",
        "severity",
        "指标或位置",
        "填报",
        "复核",
        "问题",
        "discrepancy",
    ]
    assert lines[4].split()[:5] == ["AU101", "error", "接答率", "50", "47.37"]
    assert lines[5].split()[:5] == ["AU102", "note", "知晓度", "30", "28.00"]
    # Numbers are right-aligned: both 复核 cells end at the same terminal column.
    ends = {len(line[: line.index(cell) + len(cell)].encode("gbk")) for line, cell in
            ((lines[4], "47.37"), (lines[5], "28.00"))}  # fmt: skip
    assert len(ends) == 1


def test_colour_is_only_asked_for() -> None:
    result = audit(REPORT)
    assert "\x1b[" not in audit_text(result)
    coloured = audit_text(result, colour=True)
    assert "\x1b[31merror\x1b[0m" in coloured
    assert "\x1b[34mnote\x1b[0m" in coloured
    # The colours take no width: without the escapes the text is the plain one.
    assert re.sub(r"\x1b\[[0-9]+m", "", coloured) == audit_text(result)


def test_html_is_the_jupyter_view() -> None:
    result = audit(REPORT)
    html = result._repr_html_()
    assert html == audit_html(result)
    assert html.startswith(
        "<table><caption>示例项目  (2022年度)  评分方案 central_10<br>总分 填报 89  复核 84.37<br>"
        "2 discrepancies: 1 error, 1 note</caption>"
    )
    assert '<td style="text-align: left; background-color: #f8d7da">error</td>' in html
    assert '<td style="text-align: left; background-color: #cfe2ff">note</td>' in html
    assert '<td style="text-align: right">47.37</td>' in html


def test_no_total_and_no_discrepancy_lines() -> None:
    # A report of no lines and no total: only AU403 (a note), placed at the report.
    report = SelfEvaluationReport(
        name="空表", year=2023, place=Place(file="a.csv", row=1, column=1)
    )
    table = audit_table(audit(report, scheme=SICHUAN_2023))
    assert table.caption == (
        "空表  (2023年度)  评分方案 sichuan_2023",
        "总分 填报 —  复核 0",
        "1 discrepancy: 1 note",
    )
    assert [row[:5] for row in table.rows] == [("AU403", "note", "a.csv:1:1", "", "")]


def test_a_scheme_of_your_own_is_named_so() -> None:
    report = SelfEvaluationReport(name="示例", year=2022, total=0)
    table = audit_table(audit(report, scheme=ScoringScheme()))
    assert table.caption == (
        "示例  (2022年度)  评分方案 自定义",
        "总分 填报 0  复核 0",
        "0 discrepancies",
    )
    assert table.rows == ()


def test_a_read_file_places_what_has_no_indicator(tmp_path: Path) -> None:
    # A 10号 grid whose total (95) is not its parts (9 + 50 + 30 + 10 = 99).
    path = tmp_path / "report.csv"
    path.write_text(
        "\n".join(
            [
                "项目支出绩效自评表,,,,,,,,",
                "(2022年度),,,,,,,,",
                "项目名称,示例,,,,,,,",
                "主管部门,某局,,,,实施单位,某中心,,",
                "项目资金（元）,,年初预算数,全年预算数,全年执行数,分值,执行率,得分,",
                ",年度资金总额,100,100,90,10,90.00%,9,",
                "绩效指标,一级指标,二级指标,三级指标,年度指标值,实际完成值,分值,得分,偏差原因分析及改进措施",
                ",产出指标(50分),数量指标,培训人次,≥100人次,100人次,50,50,",
                ",效益指标(30分),社会效益指标,知晓率,≥90%,95%,30,30,",
                ",满意度指标(10分),服务对象满意度指标,满意度,≥90%,92%,10,10,",
                "总分,,,,,,100,95,优",
            ]
        ),
        encoding="utf-8",
    )
    (report,) = read(path)
    assert isinstance(report, SelfEvaluationReport)
    (row,) = audit_table(audit(report)).rows
    # Placed at the total: row 11, its label 总分.
    assert row[:5] == ("AU401", "error", f"{path}:11:1", "95", "99")


_DISCREPANCIES = st.lists(
    st.builds(
        lambda code, indicator: Discrepancy(
            code=code,
            severity=CODES[code].severity,
            message_en="en",
            message_zh="中文",
            indicator=indicator,
            reported=D("1.5"),
        ),
        st.sampled_from(sorted(CODES)),
        st.none() | st.sampled_from(["接答率", "知晓度"]),
    ),
    max_size=8,
)


@given(_DISCREPANCIES)
def test_one_row_per_discrepancy_and_a_true_count(found: list[Discrepancy]) -> None:
    result = Audit(
        project="示例",
        year=2022,
        scheme=ScoringScheme(),
        lines=(),
        execution_score=None,
        total=D(0),
        reported_total=None,
        recomputed=None,
        discrepancies=tuple(found),
    )
    table = audit_table(result)
    assert [row[0] for row in table.rows] == [d.code for d in found]
    errors = sum(d.severity is Severity.ERROR for d in found)
    notes = len(found) - errors
    count = table.caption[2]
    assert count.startswith(f"{len(found)} discrepanc")
    assert (f"{errors} error" in count) == (errors > 0)
    assert (f"{notes} note" in count) == (notes > 0)
    # Three caption lines, then a header over the rows where there are any.
    assert len(audit_text(result).splitlines()) == 3 + (1 + len(found) if found else 0)


@pytest.mark.parametrize("wrong", [None, REPORT, "audit"])
def test_only_an_audit_is_shown(wrong: object) -> None:
    with pytest.raises(FieldTypeError, match=r"audit_table\.result"):
        audit_table(wrong)  # type: ignore[arg-type]
