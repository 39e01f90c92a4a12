"""Damaged files give library errors only: `read` returns forms or raises `PerfIndicatorError`.

One template's fixture files in every format (examples/forms/templates/, hunan_xiangtan_2023,
plus the two GB18030 files) are damaged as files are in the wild: cut short (a download
broken off), a few bytes changed (a bad disk or transfer), or saved under another format's
extension. Whatever the damage, `read` must either read forms or refuse the file with one of
the library's errors; never another exception. Then each kind of bad file a user sends is
refused with an error that names the file.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from perfindicator import FormError, Project
from perfindicator.errors import PerfIndicatorError
from perfindicator.io import read
from tests.templates.forms import Row, Table
from tests.writers import write
from tests.writers.pdf import write_pdf

FOLDER = Path(__file__).resolve().parents[1] / "examples/forms/templates"
TEMPLATE = "hunan_xiangtan_2023"
FIXTURES = [
    *(f"{TEMPLATE}.{extension}" for extension in ("xlsx", "xls", "html", "docx", "csv", "pdf")),
    "hunan_xiangtan_2023.gb18030.txt",
    "ningxia_yuanzhou_2022.gb18030.html",
]
# Every extension `read` takes (perfindicator.io.FORMATS).
EXTENSIONS = ("xlsx", "xlsm", "xls", "docx", "html", "htm", "pdf", "csv", "tsv", "txt")
# The extensions the test-side writers write (tests/writers/__init__.py).
WRITTEN = ("xlsx", "xls", "docx", "html", "pdf", "csv", "tsv", "txt")


def _extension(name: str) -> str:
    return name.rsplit(".", 1)[1]


def _read_or_refuse(path: Path) -> None:
    """Read `path`: forms, or one of the library's errors (any other exception fails)."""
    try:
        projects = read(path)
    except PerfIndicatorError:
        return
    assert isinstance(projects, list)
    assert projects
    assert all(isinstance(project, Project) for project in projects)


@st.composite
def damaged(draw: st.DrawFn, data: bytes) -> bytes:
    """`data` cut short at some point, or with 1 to 8 of its bytes changed."""
    if draw(st.booleans()):
        return data[: draw(st.integers(min_value=0, max_value=len(data) - 1))]
    changed = bytearray(data)
    positions = st.integers(min_value=0, max_value=len(data) - 1)
    for position in draw(st.lists(positions, min_size=1, max_size=8, unique=True)):
        # XOR with a non-zero byte: the byte always changes.
        changed[position] ^= draw(st.integers(min_value=1, max_value=255))
    return bytes(changed)


@pytest.mark.parametrize("name", FIXTURES)
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_a_damaged_file_gives_forms_or_a_library_error(
    name: str, tmp_path_factory: pytest.TempPathFactory, data: st.DataObject
) -> None:
    original = (FOLDER / name).read_bytes()
    # A folder per example: Hypothesis runs every example in one call of the test.
    path = tmp_path_factory.mktemp("damaged") / name
    path.write_bytes(data.draw(damaged(original), label="damaged"))
    _read_or_refuse(path)


@pytest.mark.parametrize(
    ("name", "extension"),
    [
        (name, extension)
        for name in FIXTURES
        for extension in EXTENSIONS
        if extension != _extension(name)
    ],
)
def test_a_file_under_another_formats_extension_gives_forms_or_a_library_error(
    name: str, extension: str, tmp_path: Path
) -> None:
    path = tmp_path / f"form.{extension}"
    shutil.copyfile(FOLDER / name, path)
    _read_or_refuse(path)


# --- Each kind of bad file, refused naming the file ----------------------------------


def _refused(path: Path) -> FormError:
    """The error `read` refuses `path` with; every problem in it names the file."""
    with pytest.raises(FormError) as caught:
        read(path)
    problems = caught.value.problems
    assert problems
    assert all(problem.where.file == str(path) for problem in problems)
    return caught.value


def test_a_truncated_xlsx_is_refused(tmp_path: Path) -> None:
    data = (FOLDER / f"{TEMPLATE}.xlsx").read_bytes()
    path = tmp_path / "form.xlsx"
    # The first half: the zip's central directory, at its end, is lost.
    path.write_bytes(data[: len(data) // 2])
    _refused(path)


def test_a_docx_that_is_text_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "form.docx"
    path.write_text("项目名称\t安全隐患维修\n一级指标\t二级指标\t三级指标\t指标值\n", "utf-8")
    error = _refused(path)
    # The problem says what the file is instead.
    assert "text" in error.problems[0].message_en


@pytest.mark.parametrize("extension", EXTENSIONS)
def test_an_empty_file_is_refused(extension: str, tmp_path: Path) -> None:
    path = tmp_path / f"form.{extension}"
    path.write_bytes(b"")
    _refused(path)


@pytest.mark.parametrize(("scanned", "drawn"), [(1, 0), (2, 0), (1, 1)])
def test_a_scanned_pdf_is_refused(scanned: int, drawn: int, tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    write_pdf(path, drawing_pages=drawn, scanned_pages=scanned)
    error = _refused(path)
    assert "OCR" in error.problems[0].message_en


def _table(path: Path, rows: list[Row]) -> Path:
    write(path, [Table(name="table", rows=rows, merges=[], source="", money_note="")])
    return path


def _quoted(error: FormError, cells: list[str]) -> None:
    message = " ".join(problem.message_en for problem in error.problems)
    for cell in cells:
        assert repr(cell) in message


@pytest.mark.parametrize("extension", WRITTEN)
def test_a_table_of_no_form_names_the_cells_it_saw(extension: str, tmp_path: Path) -> None:
    # No title, no label of any template: the user must see what was read instead.
    error = _refused(_table(tmp_path / f"table.{extension}", [["a", "b"]]))
    _quoted(error, ["a", "b"])


@pytest.mark.parametrize("extension", WRITTEN)
def test_a_form_of_no_known_template_names_the_header_cells_it_saw(
    extension: str, tmp_path: Path
) -> None:
    # A title and a name, but an indicator table under headers no template uses.
    rows: list[Row] = [
        ["项目支出绩效目标表(2023年)", None],
        ["项目名称", "安全隐患维修"],
        ["考核内容", "完成要求"],
        ["维修面积", "≥400平方米"],
    ]
    error = _refused(_table(tmp_path / f"table.{extension}", rows))
    _quoted(error, ["考核内容", "完成要求"])


# Not .txt: a tab-separated .txt cell cannot hold a line break (tests/writers/text.py).
@pytest.mark.parametrize("extension", [e for e in WRITTEN if e != "txt"])
def test_a_cell_with_a_line_break_is_read_or_refused_naming_the_file(
    extension: str, tmp_path: Path
) -> None:
    # Text wrapped inside a cell (Alt+Enter in Excel, <br> on a web page) is common in the
    # note rows above a form's indicator table. The model holds no line break, so the reader
    # must fold it or refuse the cell; a model error without the file tells the user nothing.
    rows: list[Row] = [
        ["项目支出绩效目标表(2023年)", None, None, None],
        ["项目名称", "安全隐患维修", None, None],
        ["填报说明\n第二行", None, None, None],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "维修面积", "≥400平方米"],
    ]
    path = _table(tmp_path / f"table.{extension}", rows)
    try:
        (project,) = read(path)
    except FormError as error:
        assert all(problem.where.file == str(path) for problem in error.problems)
    else:
        assert isinstance(project, Project)
        assert [indicator.name for indicator in project.indicators] == ["维修面积"]
