"""The command line: each command, --json, standard input, every error exit, and a corpus of
bad files, bad standard input, bad actuals and bad environments that must never give a
traceback."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from perfindicator.cli import main

ROOT = Path(__file__).parents[1]
FORM = str(ROOT / "examples/forms/shanghai-justice-2022.txt")
ACTUALS = str(ROOT / "examples/actuals-illustrative.json")


def run(
    *argv: str, stdin: bytes = b"", monkeypatch: pytest.MonkeyPatch | None = None
) -> tuple[int, str]:
    """Run the command in this process; standard input is given as bytes, as a pipe gives."""
    out = io.StringIO()
    if monkeypatch is not None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
    return main(list(argv), stdout=out), out.getvalue()


def errors(capsys: pytest.CaptureFixture[str], tmp_path: Path | None = None) -> list[str]:
    """The lines of standard error, with the temporary folder taken out of file names."""
    err = capsys.readouterr().err
    if tmp_path is not None:
        err = err.replace(str(tmp_path) + os.sep, "")
    return err.splitlines()


def _width(text: str) -> int:
    """Terminal columns: every character here from U+2E80 on is a wide CJK one."""
    return sum(2 if ord(c) >= 0x2E80 else 1 for c in text)


def test_show_prints_aligned_trees() -> None:
    status, out = run("show", FORM)
    assert status == 0
    lines = out.splitlines()
    assert lines[0] == "12348公共法律服务平台政府购买法律咨询服务  (2022年度)  经常性项目"
    header = lines[2]
    assert header.startswith("一级指标    二级指标")
    # Chinese is two columns wide: the target column starts at the same terminal column on
    # the header and on a row, though the strings before it differ in length.
    row = next(line for line in lines if "12348上海法律服务网案例数" in line)
    assert row.endswith(">=500条")
    assert _width(header[: header.index("指标目标值")]) == _width(row[: row.index(">=500条")])


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


def test_lint_exits_0_without_errors(tmp_path: Path, seed_text: str) -> None:
    clean = tmp_path / "clean.txt"
    text = seed_text.replace("时效指标\t案例制作完成及时性", "时效指标\t案例制作完成及时性\t及时")
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


def test_evaluate_takes_several_forms(monkeypatch: pytest.MonkeyPatch, seed_text: str) -> None:
    # The same three projects from a file and from standard input: each evaluated, in order.
    status, out = run(
        "evaluate", FORM, "-", ACTUALS, "--json", stdin=seed_text.encode(), monkeypatch=monkeypatch
    )
    assert status == 0
    totals = [(r["project"], r["total"]) for r in json.loads(out)]
    assert len(totals) == 6
    assert totals[:3] == totals[3:]
    assert totals[0] == ("12348公共法律服务平台政府购买法律咨询服务", "97.50")


def test_evaluate_names_an_entry_of_no_form(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = json.loads(Path(ACTUALS).read_text(encoding="utf-8"))
    document["projects"]["无此项目"] = {"actuals": {}}
    actuals = tmp_path / "actuals.json"
    actuals.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    status, _ = run("evaluate", FORM, FORM, str(actuals))
    assert status == 2
    assert capsys.readouterr().err == (
        f"perfindicator: {actuals}, $.projects['无此项目']: no project of this name on the "
        "forms (申报表中没有该项目): '无此项目'\n"
    )


def test_standard_input(monkeypatch: pytest.MonkeyPatch, seed_text: str) -> None:
    status, out = run("show", "-", "--json", stdin=seed_text.encode(), monkeypatch=monkeypatch)
    assert status == 0
    assert len(json.loads(out)) == 3
    actuals = Path(ACTUALS).read_bytes()
    status, out = run("evaluate", FORM, "-", stdin=actuals, monkeypatch=monkeypatch)
    assert status == 0
    assert "等级 优" in out
    # A program running the command gives standard input as a binary stream.
    given = io.StringIO()
    assert main(["show", "-", "--json"], stdout=given, stdin=io.BytesIO(seed_text.encode())) == 0
    assert len(json.loads(given.getvalue())) == 3


def test_harmless_bytes_read_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed_text: str
) -> None:
    """A BOM, CRLF line ends and page breaks: the same projects from a file and from stdin."""
    edited = ("\ufeff" + seed_text.replace("\n", "\r\n\f")).encode()
    path = tmp_path / "edited.txt"
    path.write_bytes(edited)
    expected = run("show", FORM, "--json")[1]
    assert run("show", str(path), "--json") == (0, expected)
    assert run("show", "-", "--json", stdin=edited, monkeypatch=monkeypatch) == (0, expected)


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    from importlib.metadata import version

    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"perfindicator {version('perfindicator')}"


@pytest.mark.parametrize(("argv", "first"), [(["--version"], "perfindicator "), (["-h"], "usage:")])
def test_version_and_help_go_to_the_stdout_given(
    capsys: pytest.CaptureFixture[str], argv: list[str], first: str
) -> None:
    out = io.StringIO()
    assert main(argv, stdout=out) == 0
    assert out.getvalue().startswith(first)
    assert capsys.readouterr() == ("", "")


# Bad input: every problem on its own line, `perfindicator: <place>: <message>`, exit 2.
# Each case gives the form (None: the seed), the actuals (None: the illustrative file), and
# every line expected on standard error, in part (the line must contain each part between
# "…", in order), in order. The actuals file is JSON read by `interchange.convert.loads`:
# where its wording is its own, only the file and the JSON path are expected here.
_P12348 = "12348公共法律服务平台政府购买法律咨询服务"
_BAD_INPUT: list[tuple[str | bytes | None, str | bytes | None, list[str]]] = [
    (
        "财政项目支出绩效目标申报表\n(2022年度)\n项目名称\tx\n计划开始日期\t2022-1-1\n",
        None,
        [
            "FORM:1: the form has no 计划完成日期",
            "FORM:4:2: 计划开始日期 must be a date such as 2022-01-01 (计划开始日期应为日期，如2022-01-01): '2022-1-1'",
        ],
    ),
    ("no form here\n", None, ["FORM:1: expected the title line"]),
    ("", None, ["FORM: no form found"]),
    # Not UTF-8: the file, the line and the byte offset; GBK and UTF-16 recognised.
    (
        "\n\n财政项目支出绩效目标申报表\n".encode("gbk"),
        None,
        ["FORM:3: not UTF-8: byte 0xB2 at offset 2 does not decode; it reads as GBK"],
    ),
    (
        "财政项目支出绩效目标申报表".encode("utf-16"),
        None,
        ["FORM:1: not UTF-8: byte 0xFF at offset 0 does not decode; it starts like UTF-16"],
    ),
    (b"\xef\xbb\xbf\n\n\xff", None, ["FORM:3: not UTF-8: byte 0xFF at offset 5"]),
    (None, "{", ["ACTUALS…not JSON"]),
    (None, b"{\xff}", ["ACTUALS:1: not UTF-8: byte 0xFF at offset 1"]),
    (None, "[" * 100_000 + "]" * 100_000, ["ACTUALS"]),
    # A whole number of thousands of digits: refused at its path, not with Python's words
    # about sys.set_int_max_str_digits.
    (None, '{"projects": ' + "1" * 5000 + "}", ["ACTUALS, $.projects"]),
    (
        None,
        '{"projects": {"弱电安防": {"actuals": {"x": ' + "1" * 5000 + "}}}}",
        ["ACTUALS, $.projects…弱电安防…actuals…x"],
    ),
    (None, "[]", ['ACTUALS, $: expected an object with "projects"']),
    (
        None,
        '{"projects": {}}',
        [
            f"ACTUALS, $.projects: no actual values for project '{_P12348}'",
            "ACTUALS, $.projects: no actual values for project '弱电安防'",
            "ACTUALS, $.projects: no actual values for project '司法行政其他业务支出'",
        ],
    ),
    (
        None,
        '{"projects": {"弱电安防": {"actuals": {"x": 1.5}}}}',
        ["ACTUALS, $.projects['弱电安防'].actuals.x: a float is inexact"],
    ),
    (
        None,
        '{"projects": {"弱电安防": {"actuals": {}, "targets": []}}}',
        ["ACTUALS, $.projects['弱电安防'].targets: expected an object"],
    ),
    (
        None,
        '{"projects": {"弱电安防": {"actuals": {}, "targets": {"x": ">=abc"}}}}',
        ["ACTUALS, $.projects['弱电安防'].targets.x: expected a number"],
    ),
    (
        None,
        '{"projects": {"弱电安防": {"actuals": {}, "baselines": {"x": 100}}}}',
        ["ACTUALS, $.projects['弱电安防'].baselines.x: expected a string"],
    ),
    (
        None,
        '{"projects": {"弱电安防": {"actuals": {}, "points": {"x": 1}}}}',
        ["ACTUALS, $.projects['弱电安防'].points.x: expected a decimal number as a string"],
    ),
    (
        None,
        '{"projects": {"弱电安防": {"actuals": {"x": {"outcome": "好"}}}}}',
        ["ACTUALS, $.projects['弱电安防'].actuals.x.outcome: expected one of"],
    ),
    (
        None,
        '{"projects": {"弱电安防": {"actuals": {}, "budget": {"budget": "0", "executed": "1"}}}}',
        ["ACTUALS, $.projects['弱电安防'].budget.budget: must be positive"],
    ),
    # Issue 11, family 3: a budget of the wrong shape.
    (
        None,
        '{"projects": {"弱电安防": {"actuals": {}, "budget": true}}}',
        ["ACTUALS, $.projects['弱电安防'].budget: expected an object"],
    ),
    # Every bad value of a file, not only the first.
    (
        None,
        '{"projects": {"弱电安防": {"actuals": {"x": 1, "y": "ok", "z": null}, "extra": 1}}}',
        [
            "ACTUALS, $.projects['弱电安防'].extra: unknown key",
            "ACTUALS, $.projects['弱电安防'].actuals.x: expected a string",
            "ACTUALS, $.projects['弱电安防'].actuals.z: expected a string",
        ],
    ),
    # Both the form and the actuals are bad: both are named.
    ("no form here\n", "{", ["FORM:1: expected the title line", "ACTUALS…not JSON"]),
]


def _write(tmp_path: Path, name: str, content: str | bytes | None, default: str) -> str:
    if content is None:
        return default
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return str(path)


@pytest.mark.parametrize(("form", "actuals", "expected"), _BAD_INPUT)
def test_bad_input_is_one_line_per_problem_and_exit_2(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    form: str | bytes | None,
    actuals: str | bytes | None,
    expected: list[str],
) -> None:
    form_path = _write(tmp_path, "FORM", form, FORM)
    actuals_path = _write(tmp_path, "ACTUALS", actuals, ACTUALS)
    status, out = run("evaluate", form_path, actuals_path)
    lines = errors(capsys, tmp_path)
    assert (status, out) == (2, "")
    assert len(lines) == len(expected), lines
    for line, part in zip(lines, expected, strict=True):
        assert line.startswith("perfindicator: ")
        assert _has_in_order(line, part.split("…")), (line, part)
        assert "set_int_max_str_digits" not in line


def _has_in_order(line: str, fragments: list[str]) -> bool:
    at = 0
    for fragment in fragments:
        at = line.find(fragment, at)
        if at < 0:
            return False
        at += len(fragment)
    return True


_PROJECTS = '"projects": {'


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        # Issue 11, family 12: actuals for a project that is not on the form.
        (
            _PROJECTS,
            _PROJECTS + '"弱电安防 ": {"actuals": {}},',
            "ACTUALS, $.projects['弱电安防 ']: no project of this name on the form; "
            "the form has '弱电安防'",
        ),
        # Duplicate keys: refused at their path, wherever they are.
        (
            _PROJECTS,
            _PROJECTS + '"弱电安防": {"actuals": {}},',
            "ACTUALS, $.projects…弱电安防…more than once",
        ),
        (
            '"弱电安防": {',
            '"弱电安防": {"budget": {"budget": "1", "executed": "1"}, ',
            "ACTUALS, $.projects…弱电安防…budget…more than once",
        ),
    ],
)
def test_actuals_that_would_be_dropped_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], old: str, new: str, expected: str
) -> None:
    text = Path(ACTUALS).read_text(encoding="utf-8")
    assert text.count(old) == 1
    path = _write(tmp_path, "ACTUALS", text.replace(old, new), "")
    assert run("evaluate", FORM, path)[0] == 2
    (line,) = errors(capsys, tmp_path)
    assert line.startswith("perfindicator: ")
    assert _has_in_order(line, expected.split("…")), line


def test_a_huge_value_is_quoted_in_part(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A list of 200,000 numbers where a text belongs: the line says so in a few words."""
    document = {"projects": {"弱电安防": {"actuals": {}, "baselines": {"a": [1] * 200_000}}}}
    path = _write(tmp_path, "ACTUALS", json.dumps(document), "")
    assert run("evaluate", FORM, path)[0] == 2
    lines = errors(capsys, tmp_path)
    (line,) = [line for line in lines if "baselines" in line]
    assert line.startswith("perfindicator: ACTUALS, $.projects['弱电安防'].baselines.a: ")
    assert "expected a string" in line
    assert len(line) < 500


def test_self_evaluation_problems_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = json.loads(Path(ACTUALS).read_text(encoding="utf-8"))
    del document["projects"]["弱电安防"]["actuals"]["故障修复率"]
    del document["projects"]["司法行政其他业务支出"]["actuals"]["核酸检测完成率"]
    path = tmp_path / "actuals.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    assert run("evaluate", FORM, str(path))[0] == 2
    lines = errors(capsys, tmp_path)
    assert lines == [
        "perfindicator: actuals.json, 弱电安防: 故障修复率: no actual value given (未提供实际值)",
        "perfindicator: actuals.json, 司法行政其他业务支出: 核酸检测完成率: "
        "no actual value given (未提供实际值)",
    ]


@pytest.mark.parametrize(
    ("stdin", "expected"),
    [
        # A 0xFF byte is an encoding error, never a replacement character in the output.
        (b"\xff", "<stdin>:1: not UTF-8: byte 0xFF at offset 0"),
        # GBK on standard input: an encoding error, not a layout error.
        ("\n财政项目支出绩效目标申报表\n".encode("gbk"), "<stdin>:2: not UTF-8: byte 0xB2"),
        (b"", "<stdin>: no form found"),
    ],
)
def test_bad_standard_input(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    stdin: bytes,
    expected: str,
) -> None:
    status, out = run("show", "-", "--json", stdin=stdin, monkeypatch=monkeypatch)
    assert status == 2
    (line,) = errors(capsys)
    assert line.startswith(f"perfindicator: {expected}")
    # With --json the same problem is also on standard output, for programs.
    (problem,) = json.loads(out)["errors"]
    assert f"{problem['place']}: {problem['message_en']}".startswith(expected)


def test_both_from_standard_input_is_refused(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("evaluate", "-", "-", monkeypatch=monkeypatch)[0] == 2
    assert errors(capsys) == [
        "perfindicator: <stdin>: FORM and ACTUALS cannot both be standard input "
        "(申报表与实际值不能同时来自标准输入)"
    ]


@pytest.mark.parametrize("path", ["/nonexistent/form.txt", "."])
def test_unreadable_file_exit_2(path: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("show", path)[0] == 2
    (line,) = errors(capsys)
    assert line.startswith(f"perfindicator: {path}: cannot read: ")
    # Said once: the place names the file, the message says why.
    assert line.count("cannot read") == line.count("无法读取文件") == 1
    assert line.endswith(" (无法读取文件)")


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (
            ["show", "a\x00b"],
            "perfindicator: a\\x00b: cannot read: a file name cannot contain a NUL character "
            "(无法读取文件)",
        ),
        (
            ["evaluate", FORM, "a\x00"],
            "perfindicator: a\\x00: cannot read: a file name cannot contain a NUL character "
            "(无法读取文件)",
        ),
        # A line break in a file name is escaped: one problem, one line.
        (["show", "no\nsuch"], "perfindicator: no\\nsuch: cannot read: "),
    ],
)
def test_a_file_name_no_file_can_have_exits_2_on_one_line(
    capsys: pytest.CaptureFixture[str], argv: list[str], expected: str
) -> None:
    assert run(*argv) == (2, "")
    (line,) = errors(capsys)
    assert line.startswith(expected)


def _subprocess(*argv: str, stdin: bytes = b"", **env: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "perfindicator", *argv],
        input=stdin,
        capture_output=True,
        check=False,
        env={**os.environ, **env},
    )


def test_python_dash_m_and_usage_errors() -> None:
    result = _subprocess("lint", FORM, "--json")
    assert result.returncode == 1
    assert json.loads(result.stdout)
    result = _subprocess()
    assert result.returncode == 2
    assert b"Traceback" not in result.stderr


def test_an_ascii_terminal_gets_escapes_not_a_traceback() -> None:
    """PYTHONIOENCODING=ascii: tables come out with backslash escapes, JSON with its own."""
    result = _subprocess("show", FORM, PYTHONIOENCODING="ascii")
    assert (result.returncode, result.stderr) == (0, b"")
    first = result.stdout.decode("ascii").splitlines()[0]
    shown = "12348公共法律服务平台政府购买法律咨询服务  (2022年度)  经常性项目"
    assert first == shown.encode("ascii", "backslashreplace").decode("ascii")
    result = _subprocess("show", FORM, "--json", PYTHONIOENCODING="ascii")
    assert result.returncode == 0
    assert json.loads(result.stdout.decode("ascii")) == json.loads(run("show", FORM, "--json")[1])
    # Problems on standard error too: the Chinese of the message is escaped, one line each.
    result = _subprocess("show", "-", stdin=b"\t\xe8\xaf\xb4\n", PYTHONIOENCODING="ascii")
    assert result.returncode == 2
    (line,) = result.stderr.decode("ascii").splitlines()
    assert line.startswith("perfindicator: <stdin>:1: expected the title line")
    assert "\\u8bf4" in line


@pytest.mark.parametrize(
    ("argv", "stdin", "env"),
    [
        (["show", "-"], b"\xff\xfe\x00", {}),
        (["show", "-", "--json"], "财政项目支出绩效目标申报表".encode("gbk"), {"LC_ALL": "C"}),
        (["lint", "-"], b"\x1b\x85\xe2\x80\xa8", {"PYTHONIOENCODING": "latin-1"}),
        (["evaluate", FORM, "-"], b'{"projects": {"a": 1, "a": 2}}', {"PYTHONIOENCODING": "ascii"}),
        (["show", "/nonexistent/\udcff.txt"], b"", {"PYTHONIOENCODING": "ascii"}),
    ],
)
def test_bad_environments_never_give_a_traceback(
    argv: list[str], stdin: bytes, env: dict[str, str]
) -> None:
    result = _subprocess(*argv, stdin=stdin, **env)
    assert result.returncode == 2
    assert b"Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert lines
    assert all(line.startswith(b"perfindicator: ") for line in lines)


_JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.sampled_from(["96%", "及时", ">=abc", "1E+999999999", "2022-W52-5", "١٢٣", "0", ""])
    | st.text(max_size=5),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(
            st.sampled_from(
                ["actuals", "budget", "executed", "targets", "outcome", "fraction", "x"]
            )
            | st.text(max_size=3),
            inner,
            max_size=3,
        )
    ),
    max_leaves=12,
)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(entry=_JSON)
def test_any_actuals_entry_gives_a_result_or_problems(
    entry: object, capsys: pytest.CaptureFixture[str]
) -> None:
    """Whatever the JSON of a project's entry, the command exits 0 or 2, never raising."""
    document = json.dumps({"projects": {"弱电安防": entry}}, ensure_ascii=False)
    out = io.StringIO()
    status = main(["evaluate", FORM, "-"], stdout=out, stdin=io.BytesIO(document.encode()))
    # Only 弱电安防 has an entry: the other two projects of the form are always missing.
    lines = capsys.readouterr().err.splitlines()
    assert status == 2
    assert lines
    assert all(line.startswith("perfindicator: ") for line in lines)


TEMPLATES = ROOT / "examples/forms/templates"


@pytest.mark.parametrize("fmt", ["xlsx", "xls", "docx", "html", "pdf", "csv"])
def test_show_reads_every_format(fmt: str) -> None:
    # 井研 2023: 10 indicators; the same form in every format gives the same output.
    status, out = run("show", "--json", str(TEMPLATES / f"sichuan_jingyan_2023.{fmt}"))
    assert status == 0
    (project,) = json.loads(out)
    assert project["name"] == "食品安全监管工作经费"
    assert len(project["indicators"]) == 10
    assert project["indicators"][-1] == {
        "level2": "服务对象满意度指标",
        "name": "群众满意度",
        "target": ">=90%",
        "weight": "5",
        "direction": "up",
    }


def test_the_money_unit_option_reaches_the_reader() -> None:
    path = str(TEMPLATES / "hubei_qingshan_2020.html")
    _, plain = run("show", "--json", path)
    _, told = run("show", "--json", "--money-unit", "万元", path)
    # 资金总额 300 with no unit announced: kept as written, or 3,000,000 元 when told 万元.
    assert json.loads(plain)[0]["funding"]["total"] == "300"
    assert json.loads(plain)[0]["funding"]["in_yuan"] is False
    assert json.loads(told)[0]["funding"]["total"] == "3000000"


def test_lint_reports_what_a_template_left_behind() -> None:
    status, out = run("lint", str(TEMPLATES / "ningxia_yuanzhou_2022.xlsx"))
    assert status == 0  # warnings only
    assert "PI041" in out  # (≥**%) placeholders left in names


def test_a_damaged_workbook_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "form.xlsx"
    path.write_bytes((TEMPLATES / "sichuan_jingyan_2023.xlsx").read_bytes()[:500])
    status, out = run("show", str(path))
    assert (status, out) == (2, "")
    (line,) = errors(capsys)
    assert str(path) in line
    assert "xlsx" in line


SICHUAN = str(ROOT / "examples/forms/templates/sichuan_jingyan_2023.xlsx")


def test_show_and_lint_take_several_files() -> None:
    # The Shanghai text has 3 projects, the Sichuan declaration 1.
    status, out = run("show", FORM, SICHUAN, "--json")
    assert status == 0
    assert len(json.loads(out)) == 4
    status, out = run("lint", FORM, SICHUAN, "--json")
    assert [entry["file"] for entry in json.loads(out)] == [FORM] * 3 + [SICHUAN]
    assert status == 1  # the Shanghai forms' PI001 and PI003


def test_every_bad_file_is_named_before_anything_is_printed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_text("", encoding="utf-8")
    status, out = run("lint", str(tmp_path / "missing.xlsx"), FORM, str(empty))
    assert (status, out) == (2, "")
    lines = errors(capsys, tmp_path)
    assert [line.split(":")[1].strip() for line in lines] == ["missing.xlsx", "empty.csv"]


def test_standard_input_is_read_once(capsys: pytest.CaptureFixture[str]) -> None:
    assert run("show", "-", "-")[0] == 2
    assert errors(capsys) == [
        "perfindicator: <stdin>: standard input can be read once (标准输入只能读取一次)"
    ]


def test_lint_select_and_ignore(capsys: pytest.CaptureFixture[str]) -> None:
    # The Shanghai forms have one PI001 and one PI003 finding (both errors).
    def found(*options: str) -> list[str]:
        _, out = run("lint", FORM, "--json", *options)
        return [f["code"] for entry in json.loads(out) for f in entry["findings"]]

    assert found() == ["PI001", "PI003"]
    assert found("--select", "PI001") == ["PI001"]
    assert found("--select", "PI00", "--ignore", "PI001") == ["PI003"]
    assert found("--ignore", "PI001,PI003") == []
    assert run("lint", FORM, "--ignore", "PI001,PI003")[0] == 0
    capsys.readouterr()
    assert run("lint", FORM, "--select", "XX9")[0] == 2
    (line,) = errors(capsys)
    assert "XX9 is not a lint rule or a prefix of one" in line


def test_help_lists_the_exit_statuses_and_the_lint_codes() -> None:
    status, out = run("--help")
    assert status == 0
    assert "exit status:" in out
    assert "130  interrupted" in out
    status, out = run("lint", "--help")
    assert "PI001  error    every indicator has a target" in out
    assert "PI041" in out
