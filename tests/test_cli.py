"""The command line: each command, --json, standard input and every error exit."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from perfindicator.cli import main

ROOT = Path(__file__).parents[1]
FORM = str(ROOT / "examples/forms/shanghai-justice-2022.txt")
ACTUALS = str(ROOT / "examples/actuals-illustrative.json")


def run(
    *argv: str, stdin: str = "", monkeypatch: pytest.MonkeyPatch | None = None
) -> tuple[int, str]:
    out = io.StringIO()
    if monkeypatch is not None:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    return main(list(argv), stdout=out), out.getvalue()


def test_show_prints_aligned_trees() -> None:
    status, out = run("show", FORM)
    assert status == 0
    lines = out.splitlines()
    assert lines[0] == "12348公共法律服务平台政府购买法律咨询服务  (2022年度)  经常性项目"
    header = lines[2]
    first_row = lines[3]
    assert header.startswith("一级指标    二级指标")
    # Chinese is two columns wide: the target column starts at the same column on each row.
    assert first_row.index(">=95%") > 0
    row = next(line for line in lines if "12348上海法律服务网案例数" in line)
    assert row.endswith(">=500条")


def test_show_json() -> None:
    status, out = run("show", FORM, "--json")
    assert status == 0
    assert [len(p["indicators"]) for p in json.loads(out)] == [15, 17, 43]


def test_lint_exits_1_on_errors() -> None:
    status, out = run("lint", FORM)
    assert status == 1
    assert "PI001 error 案例制作完成及时性" in out
    assert "PI003 error 公检法司卫民政联席工作会议召开次数" in out
    assert out.splitlines()[-1] == "2 findings in 3 projects"
    status, out = run("lint", FORM, "--json")
    assert status == 1
    assert [len(p["findings"]) for p in json.loads(out)] == [1, 0, 1]


def test_lint_exits_0_without_errors(tmp_path: Path) -> None:
    clean = tmp_path / "clean.txt"
    text = (
        Path(FORM)
        .read_text(encoding="utf-8")
        .replace("时效指标\t案例制作完成及时性", "时效指标\t案例制作完成及时性\t及时")
    )
    clean.write_text(
        text.replace(
            "公检法司卫民政联席工作会议召开次数\t=100%", "公检法司卫民政联席工作会议召开次数\t=4次"
        ),
        encoding="utf-8",
    )
    assert run("lint", str(clean))[0] == 0


def test_evaluate_prints_scores_and_grades() -> None:
    status, out = run("evaluate", FORM, ACTUALS)
    assert status == 0
    assert "12348公共法律服务平台政府购买法律咨询服务  (2022年度)  总分 97.50  等级 优" in out
    assert "部分达成年度指标并具有一定效果" in out
    status, out = run("evaluate", FORM, ACTUALS, "--json")
    results = json.loads(out)
    assert results[0]["total"] == "97.50"
    assert results[0]["grade"] == "优"


def test_standard_input(monkeypatch: pytest.MonkeyPatch) -> None:
    form = Path(FORM).read_text(encoding="utf-8")
    status, out = run("show", "-", "--json", stdin=form, monkeypatch=monkeypatch)
    assert status == 0
    assert len(json.loads(out)) == 3
    actuals = Path(ACTUALS).read_text(encoding="utf-8")
    status, out = run("evaluate", FORM, "-", stdin=actuals, monkeypatch=monkeypatch)
    assert status == 0
    assert "等级 优" in out


@pytest.mark.parametrize(
    ("form", "actuals", "message"),
    [
        (
            "财政项目支出绩效目标申报表\n(2022年度)\n项目名称\tx\n计划开始日期\t2022-1-1\n",
            None,
            "FORM:4: 计划开始日期 must be a date",
        ),
        ("no form here\n", None, "FORM:1: expected the title line"),
        (None, "{", "ACTUALS:1: not JSON"),
        (
            None,
            '{"projects": {}}',
            "ACTUALS: no actual values for project '12348公共法律服务平台政府购买法律咨询服务'",
        ),
        (
            None,
            '{"projects": {"弱电安防": {"actuals": {"x": 1.5}}}}',
            "$.projects['弱电安防'].actuals['x']: expected a string",
        ),
        (
            None,
            '{"projects": {"弱电安防": {"actuals": {}, "targets": []}}}',
            "$.projects['弱电安防'].targets: expected an object",
        ),
        (
            None,
            '{"projects": {"弱电安防": {"actuals": {}, "targets": {"x": ">=abc"}}}}',
            "$.projects['弱电安防'].targets['x']: invalid target '>=abc'",
        ),
        (
            None,
            '{"projects": {"弱电安防": {"actuals": {}, "baselines": {"x": 100}}}}',
            "$.projects['弱电安防'].baselines['x']: expected a string",
        ),
        (
            None,
            '{"projects": {"弱电安防": {"actuals": {}, "points": {"x": 1}}}}',
            "$.projects['弱电安防'].points['x']: expected a decimal number as a string",
        ),
        (
            None,
            '{"projects": {"弱电安防": {"actuals": {"x": {"outcome": "好"}}}}}',
            "$.projects['弱电安防'].actuals['x'].outcome: expected one of",
        ),
        (
            None,
            '{"projects": {"弱电安防": {"actuals": {}, "budget": {"budget": "0", "executed": "1"}}}}',
            "$.projects['弱电安防'].budget.budget: must be positive",
        ),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    form: str | None,
    actuals: str | None,
    message: str,
) -> None:
    form_path, actuals_path = FORM, ACTUALS
    if form is not None:
        form_path = str(tmp_path / "FORM")
        Path(form_path).write_text(form, encoding="utf-8")
    if actuals is not None:
        actuals_path = str(tmp_path / "ACTUALS")
        Path(actuals_path).write_text(actuals, encoding="utf-8")
    status, _ = run("evaluate", form_path, actuals_path)
    err = capsys.readouterr().err
    assert status == 2
    assert len(err.strip().splitlines()) == 1
    assert message in err.replace(str(tmp_path) + "/", "")


def test_self_evaluation_problems_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = json.loads(Path(ACTUALS).read_text(encoding="utf-8"))
    del document["projects"]["弱电安防"]["actuals"]["故障修复率"]
    path = tmp_path / "actuals.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    assert run("evaluate", FORM, str(path))[0] == 2
    assert "弱电安防: 故障修复率: no actual value given" in capsys.readouterr().err


def test_missing_file_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert run("show", "/nonexistent/form.txt")[0] == 2
    assert "/nonexistent/form.txt: cannot read" in capsys.readouterr().err


def test_python_dash_m_and_usage_errors() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "perfindicator", "lint", FORM, "--json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert json.loads(result.stdout)
    result = subprocess.run(
        [sys.executable, "-m", "perfindicator"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
