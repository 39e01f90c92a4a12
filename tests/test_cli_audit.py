"""`perfindicator audit FILE...`: each self-evaluation's discrepancies in text and JSON, exit 1
on an error and 0 on notes alone, and every bad input an exit of 2 with its problems."""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from perfindicator.cli import main

# A 10号 self-evaluation (安徽 池州 2022's layout), consistent under the 10号 rules: execution
# 10 × 48.74/50 = 10 × 97.48% = 9.748 → 9.75; 及时(按期)完工率 missed, 10 × 85/90 = 9.444 →
# 9.44, with a note; every other line met, full points; points 10 + 50 + 30 + 10 = 100;
# total 9.75 + 49.44 + 30 + 10 = 99.19, grade 优.
CHIZHOU = """项目支出绩效自评表,,,,,,,,
(2022年度),,,,,,,,
项目名称,山洪灾害防治非工程措施运行维护,,,,,,,
主管部门,池州市水利局,,,,实施单位,池州市水文水资源局,,
项目资金（万元）,,年初预算数,全年预算数,全年执行数,分值,执行率,得分,
,年度资金总额,50,50,48.74,10,97.48%,9.75,
绩效指标,一级指标,二级指标,三级指标,年度指标值,实际完成值,分值,得分,偏差原因分析及改进措施
,产出指标(50分),数量指标,安装坡面水标尺,≥266米,≥266米,10,10,
,产出指标(50分),数量指标,水标尺宽度,≥50厘米,≥50厘米,10,10,
,产出指标(50分),质量指标,项目(工程)验收合格率,100%,100%,10,10,
,产出指标(50分),时效指标,及时(按期)完工率,≥90%,85%,10,9.44,汛期停工两周
,产出指标(50分),成本指标,项目计划总投资,≤20万元,19.5万元,10,10,
,效益指标(30分),社会效益指标,受益户人口数,≥1000人,1000人,15,15,
,效益指标(30分),社会效益指标,群众生产生活条件改善状况,显著提升,显著提升,15,15,
,满意度指标(10分),服务对象满意度指标,受益户满意度,≥95%,96%,10,10,
总分,,,,,,100,99.19,优
"""

# A declaration form (目标表): no self-evaluation in it.
DECLARATION = """项目支出绩效目标表
(2024年)
项目名称,培训项目
一级指标,二级指标,三级指标,指标值
产出指标,数量指标,培训人次,≥1000人次
"""


def _file(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def _run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(["audit", *argv], stdout=out), out.getvalue()


def _errors(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> list[str]:
    return capsys.readouterr().err.replace(str(tmp_path) + os.sep, "").splitlines()


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_consistent_report_exits_0(tmp_path: Path) -> None:
    status, out = _run(_file(tmp_path, "a.csv", CHIZHOU))
    assert status == 0
    assert out.splitlines() == [
        "山洪灾害防治非工程措施运行维护  (2022年度)  评分方案 central_10",
        "总分 填报 99.19  复核 99.19",
        "0 discrepancies",
        "",
        "0 discrepancies (0 errors, 0 notes) in 1 report",
    ]


def test_an_error_exits_1_and_is_printed(tmp_path: Path) -> None:
    # The total printed as 98: its parts add up to 99.19.
    path = _file(tmp_path, "a.csv", CHIZHOU.replace("100,99.19,优", "100,98,优"))
    status, out = _run(path)
    assert status == 1
    lines = out.splitlines()
    assert lines[1] == "总分 填报 98  复核 99.19"
    assert lines[2] == "1 discrepancy: 1 error"
    # Placed at the total: row 16 of the file, its label 总分.
    assert lines[4].split()[:5] == ["AU401", "error", f"{path}:16:1", "98", "99.19"]
    assert lines[-1] == "1 discrepancy (1 error, 0 notes) in 1 report"


# 群众生产生活条件改善状况 judged 基本达到 (部分达成) and scored 11 of 15: 11/15 = 0.733 lies
# in the 60–80% band, where the default share 0.7 gives 15 × 0.7 = 10.50: discretion, a note.
# The total is 99.19 − 15 + 11 = 95.19.
_DISCRETION = CHIZHOU.replace(
    "显著提升,显著提升,15,15,", "显著提升,基本达到,15,11,部分村组未完工"
).replace("100,99.19,优", "100,95.19,优")


def test_notes_alone_exit_0(tmp_path: Path) -> None:
    status, out = _run(_file(tmp_path, "a.csv", _DISCRETION))
    assert status == 0
    row = out.splitlines()[4].split()
    assert row[:5] == ["AU102", "note", "群众生产生活条件改善状况", "11", "10.50"]
    assert out.splitlines()[-1] == "1 discrepancy (0 errors, 1 note) in 1 report"


def test_json_gives_exact_numbers_as_strings(tmp_path: Path) -> None:
    path = _file(tmp_path, "a.csv", _DISCRETION.replace("100,95.19,优", "100,95,优"))
    status, out = _run(path, "--json")
    assert status == 1
    (report,) = json.loads(out)
    assert report == {
        "project": "山洪灾害防治非工程措施运行维护",
        "year": 2022,
        "scheme": "central_10",
        # 9.75 + 49.44 + 15 + 10.50 + 10 (recomputed lines) = 94.69.
        "total": "94.69",
        "reported_total": "95",
        "discrepancies": [
            {
                "code": "AU102",
                "severity": "note",
                "indicator": "群众生产生活条件改善状况",
                "reported": "11",
                "recomputed": "10.50",
                "message_en": report["discrepancies"][0]["message_en"],
                "message_zh": report["discrepancies"][0]["message_zh"],
                # Row 14 of the file, column 4 (三级指标), and the indicator.
                "place": f"{path}:14:4, 群众生产生活条件改善状况",
            },
            {
                "code": "AU401",
                "severity": "error",
                "indicator": None,
                "reported": "95",
                # The printed parts: 9.75 + 49.44 + 15 + 11 + 10.
                "recomputed": "95.19",
                "message_en": "the total is 95, its parts add up to 95.19",
                "message_zh": "总分95，各项得分合计95.19",
                # Row 16, the total's label 总分.
                "place": f"{path}:16:1",
            },
        ],
    }
    assert "the rule gives 10.50" in report["discrepancies"][0]["message_en"]
    assert "10.50" in report["discrepancies"][0]["message_zh"]


# Executed 42.5 of 50: 85.00%, scored 10 × 0.85 = 8.50; total 8.50 + 49.44 + 30 + 10 = 97.94.
_SLOW = CHIZHOU.replace("50,50,48.74,10,97.48%,9.75", "50,50,42.5,10,85.00%,8.50").replace(
    "100,99.19,优", "100,97.94,优"
)


def test_the_scheme_option_chooses_the_preset(tmp_path: Path) -> None:
    path = _file(tmp_path, "a.csv", _SLOW)
    assert _run(path)[0] == 0  # the 10号 rules ask no reason for a low rate
    # Sichuan asks a reason (原因) below 90%; this form has no reason at all.
    status, out = _run(path, "--scheme", "sichuan_2023", "--json")
    assert status == 1
    (report,) = json.loads(out)
    assert report["scheme"] == "sichuan_2023"
    # A 10号 form's 全年预算数 is not Sichuan's 调整后预算数 (a note), and no reason.
    assert [d["code"] for d in report["discrepancies"]] == ["AU306", "AU305"]


def test_every_file_and_every_report_is_audited(tmp_path: Path) -> None:
    first = _file(tmp_path, "a.csv", CHIZHOU)
    second = _file(tmp_path, "b.csv", CHIZHOU.replace("100,99.19,优", "100,98,优"))
    status, out = _run(first, second, "--json")
    assert status == 1
    assert [len(r["discrepancies"]) for r in json.loads(out)] == [0, 1]


def test_other_documents_are_skipped_with_a_note(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def table(text: str) -> str:
        rows = ("".join(f"<td>{c}</td>" for c in line.split(",")) for line in text.splitlines())
        return "<table>" + "".join(f"<tr>{r}</tr>" for r in rows) + "</table>"

    path = _file(
        tmp_path, "both.html", f"<html><body>{table(DECLARATION)}{table(CHIZHOU)}</body></html>"
    )
    status, out = _run(path, "--json")
    assert status == 0
    assert [r["project"] for r in json.loads(out)] == ["山洪灾害防治非工程措施运行维护"]
    assert _errors(capsys, tmp_path) == [
        "perfindicator: note: both.html, 培训项目: skipped a declaration form: only "
        "self-evaluation reports are audited (已跳过申报表：只审核绩效自评表)"
    ]


def test_a_file_without_a_self_evaluation_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out = _run(_file(tmp_path, "form.csv", DECLARATION))
    assert (status, out) == (2, "")
    assert _errors(capsys, tmp_path) == [
        "perfindicator: form.csv: no self-evaluation report (自评表) in the file: nothing to "
        "audit (文件中没有绩效自评表)"
    ]


def test_every_bad_file_is_named_before_anything_is_printed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = _file(tmp_path, "a.csv", CHIZHOU)
    declaration = _file(tmp_path, "form.csv", DECLARATION)
    status, out = _run(good, str(tmp_path / "missing.csv"), declaration)
    assert (status, out) == (2, "")
    lines = _errors(capsys, tmp_path)
    assert len(lines) == 2, lines
    assert lines[0].startswith("perfindicator: missing.csv: cannot read")
    assert lines[1].startswith("perfindicator: form.csv: no self-evaluation report")


@pytest.mark.parametrize(
    "argv",
    [
        ["--scheme", "shanghai"],  # not a preset
        ["--money-unit", "千元"],
        [],  # no file
    ],
)
def test_usage_errors_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    files = [_file(tmp_path, "a.csv", CHIZHOU)] if argv else []
    assert _run(*files, *argv) == (2, "")
    assert "usage: perfindicator audit" in capsys.readouterr().err


def test_the_money_unit_reaches_the_reader(tmp_path: Path) -> None:
    # Without a unit announced the amounts are as written; the rate does not change.
    path = _file(tmp_path, "a.csv", CHIZHOU.replace("项目资金（万元）", "项目资金"))
    assert _run(path, "--money-unit", "万元") == _run(path)


def test_severities_are_coloured_in_a_terminal_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _file(tmp_path, "a.csv", CHIZHOU.replace("100,99.19,优", "100,98,优"))
    monkeypatch.delenv("NO_COLOR", raising=False)
    terminal = _Terminal()
    assert main(["audit", path], stdout=terminal) == 1
    assert "\x1b[31merror\x1b[0m" in terminal.getvalue()
    monkeypatch.setenv("NO_COLOR", "1")
    plain = _Terminal()
    assert main(["audit", path], stdout=plain) == 1
    assert "\x1b[" not in plain.getvalue()
    assert "\x1b[" not in _run(path)[1]


def test_points_the_scoring_cannot_take_give_no_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Points of a thousandth (0.001) are no points in cents: the report is named on standard
    # error (exit 2) or the audit reports them (exit 1), never a traceback.
    text = CHIZHOU.replace(
        "安装坡面水标尺,≥266米,≥266米,10,10,", "安装坡面水标尺,≥266米,≥266米,0.001,0.001,"
    )
    status, out = _run(_file(tmp_path, "a.csv", text))
    assert status in (1, 2)
    if status == 2:
        assert out == ""
        (line,) = _errors(capsys, tmp_path)
        assert line.startswith("perfindicator: a.csv:1:1, 山洪灾害防治非工程措施运行维护: ")


TEMPLATES = Path(__file__).parents[1] / "examples/forms/templates"


@pytest.mark.parametrize("extension", ["xlsx", "xls", "docx", "html", "pdf", "csv"])
def test_the_published_layout_audits_clean_in_every_format(extension: str) -> None:
    # The 池州 2022 fixture is consistent under the 10号 rules (tests/templates/forms.py):
    # 9.75 + 49.44 + 30 + 10 = 99.19 as printed.
    status, out = _run(str(TEMPLATES / f"anhui_chizhou_2022.{extension}"), "--json")
    assert status == 0
    (report,) = json.loads(out)
    assert (report["scheme"], report["reported_total"], report["total"]) == (
        "central_10",
        "99.19",
        "99.19",
    )
    assert report["discrepancies"] == []


_CELLS = [row.split(",") for row in CHIZHOU.splitlines()]
_TEXT = st.sampled_from(
    ["", "/", "无", "—", "-5", "0", "120", "1E+3", "99.999", "97.48%", "≥", "优", "基本达到",
     "达成", "未达成", "2022年12月底前", "≤0", "=0", "人", "abc", "1,000", "（", "\x00"]
) | st.text(max_size=6)  # fmt: skip


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, len(_CELLS) - 1), st.integers(0, len(_CELLS[0]) - 1), _TEXT),
        min_size=1,
        max_size=4,
    )
)
def test_any_damaged_report_is_audited_or_refused(edits: list[tuple[int, int, str]]) -> None:
    # Whatever a cell holds, the command exits 0, 1 or 2 with its own output: never a
    # traceback, whatever the audit finds odd in the numbers.
    cells = [list(row) for row in _CELLS]
    for row, column, text in edits:
        cells[row][column] = text
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "a.csv"
        with path.open("w", encoding="utf-8", newline="") as file:
            csv.writer(file).writerows(cells)
        status, out = _run(str(path), "--json")
    assert status in (0, 1, 2)
    if status != 2:
        reports = json.loads(out)
        assert (status == 1) == any(
            d["severity"] == "error" for r in reports for d in r["discrepancies"]
        )
