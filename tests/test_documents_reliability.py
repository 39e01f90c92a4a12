"""Reliability of the text entry points for forms: `read_forms`, `perfindicator.io.read_text`
and `perfindicator.io.decode` (issue 11, families 4, 5 and 7, and the fuzz suite).

- Any text gives projects or a `FormError`, never another exception, and every problem
  quotes what is written on the row it names.
- Harmless changes (a BOM, CRLF or CR line ends, trailing newlines, page breaks, invisible
  characters at cell edges) read the same as the original, for the seed and for every form
  `format_form` writes.
- Pathological inputs run in linear time: each is sized so that quadratic work would take
  minutes, while linear work takes a fraction of a second (no timing is asserted).
"""

from __future__ import annotations

import datetime
import os
import pathlib
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, reject
from hypothesis import strategies as st

from perfindicator import (
    Change,
    Comparison,
    Deadline,
    FieldTypeError,
    FormError,
    PerfIndicatorError,
    Project,
    Range,
    format_form,
    read_forms,
)
from perfindicator._syntax import is_blank
from perfindicator.errors import ReadError
from perfindicator.io import decode, read_text
from perfindicator.io.text import read_utf8
from perfindicator.strategies import projects, target_texts

_FORM_WORDS = [
    "财政项目支出绩效目标申报表",
    "(2022年度)",
    "项目名称",
    "项目类别",
    "计划开始日期",
    "计划完成日期",
    "2022-01-01",
    "项目资金",
    "项目资金总额",
    "其中：财政资金",
    "其他资金",
    "15,399,720",
    "项目绩效目标",
    "(2022 年 - 2022年)",
    "绩效指标",
    "一级指标",
    "二级指标",
    "三级指标",
    "指标目标值",
    "产出指标",
    "数量指标",
    "成本指标",
    "满意度",
    "在线接答率",
    "法律咨询致命错误率",
    ">=95%",
    "<=2%",
    "及时",
    "12月底",
    # Targets that once raised another error than TargetSyntaxError (issue 11, family 10).
    "不超过3月底",
    "±-5%",
    "9" * 60 + "%",
    "--",
]
# Every way text can break a row or hide in a cell: row ends, the separators
# `str.splitlines` knows, control characters, zero-width and direction marks, and white space.
_ODD = [
    *"\t\n\r\v\f\x1c\x1d\x1e\x1f\x85\u2028\u2029",
    *"\x00\x1b\x7f\x9f",
    *"\u200b\u200c\u200d\u2060\ufeff\u200e\u202e\u00ad",
    *"\ufe0f\u3164\u034f\U000e0020",  # default-ignorable too, as the grammar has it
    *" \u3000\xa0",
    "\r\n",
]
_PIECES = st.lists(st.sampled_from(_FORM_WORDS + _ODD) | st.text(max_size=3), max_size=40).map(
    "".join
)


def _check_problems(error: FormError, text: str, source: str | None) -> None:
    lines = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    assert error.problems
    for problem in error.problems:
        assert problem.where.file == source
        assert problem.message_en
        assert problem.message_zh
        if problem.where.row is None:
            continue
        # The quoted text is on the row named: the whole line, or one of its cells.
        assert problem.text is not None
        line = lines[problem.where.row - 1]
        assert problem.text in line
        if problem.where.column is not None:
            cell = line.split("\t")[problem.where.column - 1]
            assert problem.text == _stripped(cell)


def _stripped(cell: str) -> str:
    """`cell` less the characters the grammar calls blank (`is_blank`) at its edges."""
    while cell and is_blank(cell[0]):
        cell = cell[1:]
    while cell and is_blank(cell[-1]):
        cell = cell[:-1]
    return cell


@given(st.lists(_PIECES, max_size=30).map("\n".join), st.none() | st.just("f.txt"))
def test_read_forms_raises_only_form_errors(text: str, source: str | None) -> None:
    try:
        result = read_forms(text, source=source)
    except FormError as error:
        _check_problems(error, text, source)
    else:
        assert all(isinstance(p, Project) for p in result)


@given(data=st.data())
def test_seed_lines_reshuffled_raise_only_form_errors(data: st.DataObject, seed_text: str) -> None:
    lines = data.draw(st.lists(st.sampled_from(seed_text.split("\n")) | _PIECES, max_size=60))
    text = "\n".join(lines)
    try:
        read_forms(text)
    except FormError as error:
        _check_problems(error, text, None)


@st.composite
def harmless(draw: st.DrawFn, text: str) -> str:
    """`text` with changes that must not change what it reads as.

    A few draws for the whole text (not one per cell), so a long form stays quick to draw
    and to shrink.
    """
    lines = text.split("\n")
    before = draw(
        st.sampled_from(["", "\u200b", "\ufeff", " ", "\u3000", "\u2060\u200e", "\u3164"])
    )
    after = draw(st.sampled_from(["", "\u200b", " ", "\u200d", "\u00ad", "\ufe0f", "\u034f"]))
    every = draw(st.integers(1, 4))  # the debris goes on every n-th cell
    breaks = draw(st.sets(st.integers(0, len(lines) - 1), max_size=8))
    out = []
    for k, line in enumerate(lines):
        cells = [
            before + cell + after if (k + j) % every == 0 else cell
            for j, cell in enumerate(line.split("\t"))
        ]
        out.append(("\f" if k in breaks else "") + "\t".join(cells))
    end = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    return (
        draw(st.sampled_from(["", "\ufeff"]))
        + end.join(out)
        + draw(st.sampled_from(["", end, end * 2, "\f", "\f" + end]))
    )


@given(data=st.data())
def test_harmless_changes_to_the_seed_read_the_same(
    data: st.DataObject, seed_text: str, seed_projects: list[Project]
) -> None:
    assert read_forms(data.draw(harmless(seed_text))) == seed_projects


@given(data=st.data(), project=projects())
def test_harmless_changes_to_written_forms_read_the_same(
    data: st.DataObject, project: Project
) -> None:
    try:
        text = format_form(project)
    except FormError:
        reject()
    assert read_forms(data.draw(harmless(text))) == [project]


@given(data=st.data())
def test_page_breaks_do_not_shift_rows(data: st.DataObject, seed_text: str) -> None:
    lines = seed_text.split("\n")
    bad = len(lines) - 3
    lines[bad] = "\t\t\t在线接答率\t>=abc"
    for k in data.draw(st.sets(st.integers(0, len(lines) - 1))):
        lines[k] = "\f" + lines[k]
    with pytest.raises(FormError) as caught:
        read_forms("\n".join(lines))
    assert [(p.where.row, p.where.column) for p in caught.value.problems] == [(bad + 1, 5)]


@given(target_texts(kinds=(Comparison, Range, Deadline, Change)))
def test_a_swapped_row_is_refused_never_read(case: tuple[str, object]) -> None:
    """A target in the name cell beside words in the target cell: refused, at that cell."""
    text, _ = case
    row = f"\t产出指标\t质量指标\t{text}\t法律咨询致命错误率"
    form = (
        "财政项目支出绩效目标申报表\n(2022年度)\n"
        "项目名称\t测试项目\n计划开始日期\t2022-01-01\t计划完成日期\t2022-12-31\n"
        "绩效指标\t一级指标\t二级指标\t三级指标\t指标目标值\n" + row + "\n"
    )
    with pytest.raises(FormError) as caught:
        read_forms(form)
    (problem,) = caught.value.problems
    assert (problem.where.row, problem.where.column, problem.text) == (6, 4, text.strip())
    assert "swapped" in problem.message_en


@pytest.mark.parametrize("target", ["不超过3月底", "±-5%", "9" * 4400 + "%", "1E+999999999次"])
def test_a_target_the_grammar_refuses_is_a_form_problem(target: str) -> None:
    form = (
        "财政项目支出绩效目标申报表\n(2022年度)\n项目名称\t测试项目\n"
        "计划开始日期\t2022-01-01\t计划完成日期\t2022-12-31\n"
        "绩效指标\t一级指标\t二级指标\t三级指标\t指标目标值\n"
        f"\t产出指标\t数量指标\t接通率\t{target}\n"
    )
    try:
        read_forms(form)
    except FormError as error:
        (problem,) = error.problems
        assert (problem.where.row, problem.where.column, problem.text) == (6, 5, target)


# Pathological inputs. Each would take minutes with work quadratic in its size.
_N = 200_000
_HEAD = (
    "财政项目支出绩效目标申报表\n(2022年度)\n项目名称\t测试项目\n"
    "计划开始日期\t2022-01-01\t计划完成日期\t2022-12-31\n"
    "绩效指标\t一级指标\t二级指标\t三级指标\t指标目标值\n\t产出指标\t数量指标\t"
)


@pytest.mark.parametrize(
    ("text", "indicators"),
    [
        (_HEAD + " " * _N + "接通率" + " " * _N + "\t>=95%\n", 1),
        (_HEAD + "接通率\t>=95%" + "\t" * _N + "\n", 1),
        (_HEAD + "接通率\t>=95%\n" + "\f" * _N, 1),
        (_HEAD + "接通率\t>=95%" + "\u200b" * _N + "\n", 1),
        (_HEAD + "接通率\t>=95%\n" + "\r" * _N, 1),
        (_HEAD + "接通率\t>=95%\n" + "\t到位率\t=100%\n" * (_N // 10), 1 + _N // 10),
    ],
    ids=["spaces", "tabs", "page-breaks", "zero-width", "carriage-returns", "rows"],
)
def test_pathological_forms_are_read(text: str, indicators: int) -> None:
    (project,) = read_forms(text)
    assert len(project.indicators) == indicators


_GOALS = "项目绩效目标\t项目总目标\t\t年度总目标\t\n"


def test_a_goal_that_starts_like_a_period_is_read_in_linear_time() -> None:
    """`(2022` + spaces + `x)`: not the period of the goals, so the overall goal.

    The period's pattern once had `\\s*年?\\s*`, two runs of white space side by side, and
    tried every split of the spaces between them: quadratic, minutes at this size.
    """
    goal = "(2022" + " " * _N + "x)"
    text = _HEAD.replace("绩效指标\t一级", f"{_GOALS}\t{goal}\t\t\t\n绩效指标\t一级", 1)
    (project,) = read_forms(text + "接通率\t>=95%\n")
    assert (project.goals.period, project.goals.overall) == (None, goal)


@pytest.mark.parametrize(
    "text",
    [
        "(2022" + " " * _N + "x",
        "(2022" + " " * _N + "年" + " " * _N + "x)",
        "(" + " " * _N + "2022x",
    ],
)
def test_format_form_checks_a_long_text_in_linear_time(text: str) -> None:
    """Whether a project's text reads as a label (`(2022年度)`, `(2022-2023)`) is decided in
    one pass: these are names, written and read back."""
    project = Project(
        name=text, year=2022, start=datetime.date(2022, 1, 1), end=datetime.date(2022, 12, 31)
    )
    assert read_forms(format_form(project)) == [project]


@pytest.mark.parametrize(
    ("text", "problems"),
    [
        (_HEAD + "接通率\t>=95%\n" + "\t\t\t>=95%\n" * (_N // 10), _N // 10),
        (("财政项目支出绩效目标申报表\n" * (_N // 10)), _N // 10),
        (_HEAD + "接通\u2028率\t>=95%\n" * (_N // 10), _N // 10),
        (_HEAD.replace("测试项目", "测试" + "\u2028" * _N + "项目"), 1),
        (_HEAD.replace("绩效指标\t一级", "项目资金总额\t" + "1" * _N + "x\n绩效指标\t一级"), 1),
        (_HEAD.replace("绩效指标\t一级", "项目资金总额\t" + "1" * _N + "\n绩效指标\t一级"), 1),
        (_HEAD.replace("绩效指标\t一级", "项目资金总额\t" + "1,000" * _N + "x\n绩效指标\t一级"), 1),
        (_HEAD.replace("(2022年度)", "(2022" + " " * _N + "年" + " " * _N + "x)"), 1),
        # Labels given twice, each of them: never last-wins.
        (
            _HEAD.replace(
                "项目名称\t测试项目", "项目名称\t测试项目" + "\n项目名称\tx" * (_N // 20)
            ),
            _N // 20,
        ),
    ],
    ids=[
        "bad-rows",
        "titles",
        "separators",
        "one-long-cell",
        "bad-amount",
        "huge-amount",
        "grouped-amount",
        "bad-year",
        "repeated-label",
    ],
)
def test_pathological_forms_are_refused(text: str, problems: int) -> None:
    with pytest.raises(FormError) as caught:
        read_forms(text)
    assert len(caught.value.problems) == problems


# perfindicator.io: files decoded strictly.


def test_read_text_reads_a_file_as_read_forms_does(
    tmp_path: Path, seed_text: str, seed_projects: list[Project]
) -> None:
    path = tmp_path / "forms.txt"
    path.write_bytes(b"\xef\xbb\xbf" + seed_text.replace("\n", "\r\n").encode())
    assert read_text(path) == seed_projects
    assert read_text(str(path)) == seed_projects


@pytest.mark.parametrize("read", [read_text, read_utf8])
@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("forms\x00.txt", "a file name cannot contain a NUL character"),
        (pathlib.Path("forms\x00.txt"), "a file name cannot contain a NUL character"),
        # A lone surrogate cannot be encoded for the system (argv's \udcff-style escapes can).
        ("forms\ud800.txt", "not a file name the system can take"),
    ],
)
def test_a_path_no_file_can_have_is_a_read_error(
    read: Callable[[str], object], path: str, reason: str
) -> None:
    """Python's `open` raises ValueError for these before asking the system; the library's
    own error is an OSError, as for any file that cannot be read."""
    with pytest.raises(ReadError) as caught:
        read(path)
    assert isinstance(caught.value, (PerfIndicatorError, OSError))
    assert caught.value.path == os.fspath(path)
    assert caught.value.as_problem().message_en == f"cannot read: {reason}" or reason in str(
        caught.value
    )


def test_read_utf8_decodes_as_read_text_does(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    path.write_bytes(b"\xef\xbb\xbf{}\r\n")
    assert read_utf8(path) == "{}\r\n"
    path.write_bytes(b"{}\n\xff")
    with pytest.raises(FormError) as caught:
        read_utf8(str(path))
    (problem,) = caught.value.problems
    assert (problem.where.file, problem.where.row) == (str(path), 2)
    with pytest.raises(ReadError):
        read_utf8(tmp_path)
    with pytest.raises(FieldTypeError) as refused:
        read_utf8(b"a.json")  # type: ignore[arg-type]
    assert (refused.value.owner, refused.value.field) == ("read_utf8", "path")


class _BytesPath(os.PathLike[bytes]):
    def __fspath__(self) -> bytes:
        return b"forms.txt"


@pytest.mark.parametrize("path", [1, b"forms.txt", None, _BytesPath(), ["forms.txt"]])
def test_read_text_refuses_other_paths(path: object) -> None:
    with pytest.raises(FieldTypeError) as caught:
        read_text(path)  # type: ignore[arg-type]
    assert (caught.value.owner, caught.value.field) == ("read_text", "path")


def test_read_text_names_the_file_in_every_problem(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_text("说明\n", encoding="utf-8")
    with pytest.raises(FormError) as caught:
        read_text(path)
    assert [str(p.where) for p in caught.value.problems] == [f"{path}:1"]


@pytest.mark.parametrize(
    ("data", "row", "message"),
    [
        (b"\xff", 1, "byte 0xFF at offset 0 does not decode"),
        (b"ok\r\nok\rok\n\xc3(", 4, "byte 0xC3 at offset 10 does not decode"),
        (b"\xef\xbb\xbfok\n\x80", 2, "byte 0x80 at offset 6 does not decode"),
        ("\n项目名称".encode("gbk"), 2, "offset 1 does not decode; it reads as GBK (GB18030)"),
        ("项目".encode("utf-16"), 1, "offset 0 does not decode; it starts like UTF-16"),
    ],
)
def test_bytes_that_are_not_utf8_are_named(
    tmp_path: Path, data: bytes, row: int, message: str
) -> None:
    path = tmp_path / "f.txt"
    path.write_bytes(data)
    with pytest.raises(FormError) as caught:
        read_text(path)
    (problem,) = caught.value.problems
    assert (problem.where.file, problem.where.row) == (str(path), row)
    assert problem.message_en.startswith("not UTF-8: ")
    assert message in problem.message_en


@given(st.text())
def test_decode_takes_every_text_back(text: str) -> None:
    # Hypothesis draws no surrogates: every text it draws encodes.
    assert decode(text.encode("utf-8")) == text.removeprefix("\ufeff")


@given(st.binary())
def test_decode_raises_only_form_errors(data: bytes) -> None:
    try:
        text = decode(data, source="f.txt")
    except FormError as error:
        (problem,) = error.problems
        assert problem.where.file == "f.txt"
    else:
        assert text.encode("utf-8") == data.removeprefix(b"\xef\xbb\xbf")


def test_decode_refuses_what_is_not_bytes() -> None:
    with pytest.raises(FieldTypeError, match="data"):
        decode("text")  # type: ignore[arg-type]
    with pytest.raises(FieldTypeError, match="source"):
        decode(b"", source=pathlib.Path("f"))  # type: ignore[arg-type]
