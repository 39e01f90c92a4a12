"""`perfindicator monitor FORM PROGRESS --on DATE`: lights in text and JSON, coloured only in
a terminal, and every bad input an exit of 2 with its problems."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from perfindicator.cli import main

FORM = """项目支出绩效目标表
(2024年)
单位:万元
项目名称,培训项目
预算规模及资金用途,预算数,20.00
一级指标,二级指标,三级指标,指标值
产出指标,数量指标,培训人次,≥1000人次
产出指标,时效指标,完工时间,2024年9月底前
满意度指标,服务对象满意度指标,群众满意度,≥90%
"""

PROGRESS = {
    "projects": {
        "培训项目": {
            "actuals": {
                "培训人次": "300人次",
                "完工时间": None,
                "群众满意度": {
                    "value": "92%",
                    "forecast": "93%",
                    "likelihood": "有可能",
                    "causes": ["经费保障"],
                    "measures": "加快资金拨付",
                },
            },
            "budget": {"budget": "200000", "executed": "80000"},
        }
    }
}


def _files(tmp_path: Path, progress: object = PROGRESS) -> tuple[str, str]:
    form, given = tmp_path / "form.csv", tmp_path / "progress.json"
    form.write_text(FORM, encoding="utf-8")
    given.write_text(json.dumps(progress, ensure_ascii=False), encoding="utf-8")
    return str(form), str(given)


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_monitor_prints_the_lights(tmp_path: Path) -> None:
    form, progress = _files(tmp_path)
    out = io.StringIO()
    assert main(["monitor", form, progress, "--on", "2024-06-30"], stdout=out) == 0
    text = out.getvalue()
    # 300 of the 500 due by June: 60%, yellow; 92% of a 90% rate: green; 40% spent at 6/12:
    # 0.8, green; the project is as its worst line.
    assert "培训项目  (2024年度)  截至 2024-06-30  序时进度 50.00%  目标 黄灯  预算 绿灯" in text
    rows = [line.split() for line in text.splitlines()[2:5]]
    assert rows[0][2:7] == ["培训人次", ">=1000人次", "300人次", "60.00%", "黄灯"]
    assert rows[1][2:6] == ["完工时间", "<=2024-09-30", "未完成", "绿灯"]
    assert rows[2][2:] == [
        "群众满意度",
        ">=90%",
        "92%",
        "102.22%",
        "绿灯",
        "93%",
        "有可能",
        "经费保障",
        "加快资金拨付",
    ]
    assert "\x1b[" not in text  # piped: plain


def test_monitor_colours_a_terminal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    form, progress = _files(tmp_path)
    monkeypatch.delenv("NO_COLOR", raising=False)
    out = _Terminal()
    assert main(["monitor", form, progress, "--on", "2024-06-30"], stdout=out) == 0
    assert "\x1b[33m黄灯\x1b[0m" in out.getvalue()
    monkeypatch.setenv("NO_COLOR", "1")
    plain = _Terminal()
    assert main(["monitor", form, progress, "--on", "2024-06-30"], stdout=plain) == 0
    assert "\x1b[" not in plain.getvalue()


def test_monitor_json(tmp_path: Path) -> None:
    form, progress = _files(tmp_path)
    out = io.StringIO()
    assert main(["monitor", form, progress, "--on", "2024-10-31", "--json"], stdout=out) == 0
    (result,) = json.loads(out.getvalue())
    # By 31 October: 300 of 833.33 due is 0.36, red; September has passed undone: red.
    assert [line["light"] for line in result["lines"]] == ["红灯", "红灯", "绿灯"]
    assert result["light"] == "红灯"
    assert result["time_progress"] == "0.8333"
    assert result["budget_attainment"] == "0.4800"  # 40% spent at 10/12
    assert result["budget_light"] == "红灯"


@pytest.mark.parametrize(
    ("progress", "on", "expected"),
    [
        (PROGRESS, "2025-06-30", "must fall in the budget year 2024"),
        (PROGRESS, "30/06/2024", None),  # argparse's own usage error
        ({"projects": {}}, "2024-06-30", "no progress for project"),
        (
            {"projects": {"培训项目": {"actuals": {"培训人次": "300人次"}}}},
            "2024-06-30",
            "完工时间: no progress given",
        ),
        (
            {"projects": {"培训项目": {"actuals": {"培训人次": {"value": "1", "x": 1}}}}},
            "2024-06-30",
            "unknown: ['x']",
        ),
        (
            {"projects": {"培训项目": {"actuals": {}, "events": {"合同签订": "6月1日"}}}},
            "2024-06-30",
            "events",
        ),
    ],
)
def test_bad_input_exits_2(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    progress: object,
    on: str,
    expected: str | None,
) -> None:
    form, given = _files(tmp_path, progress)
    assert main(["monitor", form, given, "--on", on], stdout=io.StringIO()) == 2
    err = capsys.readouterr().err
    if expected is not None:
        assert expected in err
    assert "Traceback" not in err


HUANGSHI = Path(__file__).parents[1] / "examples/forms/templates/hubei_huangshi_2019"


@pytest.mark.parametrize("extension", ["xlsx", "html", "pdf"])
def test_a_monitoring_table_states_its_own_progress(extension: str) -> None:
    out = io.StringIO()
    path = f"{HUANGSHI}.{extension}"
    assert main(["monitor", path, "--on", "2019-06-30", "--json"], stdout=out) == 0
    (result,) = json.loads(out.getvalue())
    # The table (tests/templates/forms.py): 520 of 1000人次 by June is 1.04 of the 500 due;
    # 92% of 90%; November not passed; 1684 within 2200元/人; 基本达到 partly achieved;
    # 93% of 90%. The budget: 87.57 of 220万元 executed (39.80%) at 6/12 is 0.79609…, yellow
    # (shown rounded down).
    assert [line["light"] for line in result["lines"]] == [
        "绿灯", "绿灯", "绿灯", "绿灯", "黄灯", "绿灯",
    ]  # fmt: skip
    assert (result["light"], result["budget_light"]) == ("黄灯", "黄灯")
    assert result["budget_attainment"] == "0.7960"


def test_a_declaration_needs_progress(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    form, _ = _files(tmp_path)
    assert main(["monitor", form, "--on", "2024-06-30"], stdout=io.StringIO()) == 2
    assert (
        "declaration forms ['培训项目'] state no progress: give PROGRESS" in capsys.readouterr().err
    )


def test_a_monitoring_table_is_lit_at_the_end_of_the_months_it_covers(
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = f"{HUANGSHI}.csv"
    # The table says 1-6月: without --on it is lit at 30 June 2019, as with --on 2019-06-30.
    plain, dated = io.StringIO(), io.StringIO()
    assert main(["monitor", path, "--json"], stdout=plain) == 0
    assert main(["monitor", path, "--on", "2019-06-30", "--json"], stdout=dated) == 0
    assert plain.getvalue() == dated.getvalue()
    assert json.loads(plain.getvalue())[0]["on"] == "2019-06-30"
    # Another month would set June's values against another time progress.
    assert main(["monitor", path, "--on", "2019-09-30"], stdout=io.StringIO()) == 2
    assert "covers months 1-6 of 2019, to 2019-06-30" in capsys.readouterr().err


def test_progress_needs_on(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    form, progress = _files(tmp_path)
    assert main(["monitor", form, progress], stdout=io.StringIO()) == 2
    assert "--on DATE is required with PROGRESS" in capsys.readouterr().err


def test_events_must_map_names_to_dates(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    progress = {"projects": {"培训项目": {**PROGRESS["projects"]["培训项目"], "events": []}}}
    form, given = _files(tmp_path, progress)
    assert main(["monitor", form, given, "--on", "2024-06-30"], stdout=io.StringIO()) == 2
    assert "expected an object mapping event names to ISO dates" in capsys.readouterr().err


# --- Several forms per command ----------------------------------------------------------------

OTHER = FORM.replace("培训项目", "宣传项目").replace("培训人次", "宣传场次")


def test_monitor_lights_every_table_given(tmp_path: Path) -> None:
    out = io.StringIO()
    tables = [f"{HUANGSHI}.csv", f"{HUANGSHI}.xlsx"]
    assert main(["monitor", *tables, "--json"], stdout=out) == 0
    first, second = json.loads(out.getvalue())
    # The same table in two formats: the same lights (see the test above), each result
    # with the file it comes from.
    assert (first.pop("file"), second.pop("file")) == tuple(tables)
    assert first == second
    assert first["light"] == "黄灯"


def test_monitor_heads_the_results_of_several_files_with_their_names(tmp_path: Path) -> None:
    tables = [f"{HUANGSHI}.csv", f"{HUANGSHI}.xlsx"]
    out = io.StringIO()
    assert main(["monitor", *tables], stdout=out) == 0
    headings = [line for line in out.getvalue().splitlines() if line.startswith("== ")]
    assert headings == [f"== {table}" for table in tables]


def test_progress_can_be_named_whatever_its_file_name(tmp_path: Path) -> None:
    form, progress = _files(tmp_path)
    renamed = tmp_path / "progress.txt"
    Path(progress).rename(renamed)
    out = io.StringIO()
    argv = ["monitor", form, "--progress", str(renamed), "--on", "2024-06-30", "--json"]
    assert main(argv, stdout=out) == 0
    (result,) = json.loads(out.getvalue())
    assert (result["file"], result["project"]) == (form, "培训项目")


def test_monitor_takes_several_forms_and_one_progress_file(tmp_path: Path) -> None:
    form, _ = _files(tmp_path)
    other = tmp_path / "other.csv"
    other.write_text(OTHER, encoding="utf-8")
    entry = PROGRESS["projects"]["培训项目"]
    actuals = dict(entry["actuals"])  # type: ignore[call-overload]
    actuals["宣传场次"] = "600人次"
    del actuals["培训人次"]
    progress = tmp_path / "both.json"
    both = {"培训项目": entry, "宣传项目": {**entry, "actuals": actuals}}
    progress.write_text(json.dumps({"projects": both}, ensure_ascii=False), encoding="utf-8")
    out = io.StringIO()
    argv = ["monitor", form, str(other), str(progress), "--on", "2024-06-30", "--json"]
    assert main(argv, stdout=out) == 0
    trained, publicised = json.loads(out.getvalue())
    assert (trained["project"], publicised["project"]) == ("培训项目", "宣传项目")
    # 300 of the 1000人次 due by the year's end is 500 by June: 0.6, yellow; 600 is 1.2, blue.
    assert [trained["lines"][0]["light"], publicised["lines"][0]["light"]] == ["黄灯", "蓝灯"]


def test_monitor_names_every_bad_form(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    form, _ = _files(tmp_path)
    missing = str(tmp_path / "missing.xlsx")
    assert main(["monitor", f"{HUANGSHI}.csv", form, missing], stdout=io.StringIO()) == 2
    err = capsys.readouterr().err
    assert f"{form}: declaration forms ['培训项目'] state no progress" in err
    assert missing in err
    assert "Traceback" not in err
