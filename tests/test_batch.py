"""`perfindicator.batch`: a folder of forms in every format read into one table per kind.

The folder is built from the bundled templates (`examples/forms/templates/`) and the
Shanghai seed forms; every expected count and value below is read off the forms' text
(their `.csv` twins, which hold the same cells) and written out by hand, with where it comes
from. Each folder is processed once per module: PDFs are slow to read.
"""

from __future__ import annotations

import datetime
import io
import os
import random
import shutil
import tempfile
from collections import Counter
from decimal import Decimal as D
from pathlib import Path
from typing import Any

import openpyxl
import pyarrow as pa
import pyarrow.csv
import pyarrow.parquet
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from perfindicator import batch, cli
from perfindicator.batch import KINDS, UNEXPECTED, FileResult, columns, find, process, run
from perfindicator.batch import result as result_module
from perfindicator.errors import FieldError
from perfindicator.interchange.inputs import ActualsInputs
from perfindicator.interchange.record_schema import Column, ColumnType, RecordKind
from perfindicator.interchange.records import Record

ROOT = Path(__file__).resolve().parents[1]
TEMPLATES = ROOT / "examples/forms/templates"

# Where each file of the folder comes from: its place in the folder, and its source.
LAYOUT = {
    "declarations/tianjin_hebei_2023.xlsx": TEMPLATES / "tianjin_hebei_2023.xlsx",
    "declarations/chongqing_rongchang_2022.docx": TEMPLATES / "chongqing_rongchang_2022.docx",
    "reports/ningxia_yuanzhou_selfeval_2022.html": TEMPLATES
    / "ningxia_yuanzhou_selfeval_2022.html",
    "reports/anhui_chizhou_2022.pdf": TEMPLATES / "anhui_chizhou_2022.pdf",
    "monitoring/hubei_huangshi_2019.csv": TEMPLATES / "hubei_huangshi_2019.csv",
    "shanghai-justice-2022.txt": ROOT / "examples/forms/shanghai-justice-2022.txt",
    # The actual values beside the Shanghai forms, with their stem: read for them.
    "shanghai-justice-2022.json": ROOT / "examples/actuals-illustrative.json",
    "notes.md": ROOT / "README.md",
}
# Two files that are not what their names say: a zip header and no more, text as a PDF.
BAD = {
    "bad/corrupt.xlsx": b"PK\x03\x04 and nothing of a workbook",
    "bad/not-a-pdf.pdf": "这不是PDF文件\n".encode(),
}
FORMS = (".xlsx", ".docx", ".html", ".pdf", ".csv", ".txt")
SOURCES = sorted([*(name for name in LAYOUT if name.endswith(FORMS)), *BAD])

SHANGHAI = "shanghai-justice-2022.txt"
TIANJIN = "declarations/tianjin_hebei_2023.xlsx"
RONGCHANG = "declarations/chongqing_rongchang_2022.docx"
NINGXIA = "reports/ningxia_yuanzhou_selfeval_2022.html"
CHIZHOU = "reports/anhui_chizhou_2022.pdf"
HUANGSHI = "monitoring/hubei_huangshi_2019.csv"
SHANGHAI_PROJECTS = (
    "12348公共法律服务平台政府购买法律咨询服务",
    "弱电安防",
    "司法行政其他业务支出",
)


def build(folder: Path) -> Path:
    for name, origin in LAYOUT.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(origin, folder / name)
    for name, data in BAD.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    return folder


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(tmp_path_factory.mktemp("forms"))


@pytest.fixture(scope="module")
def results(folder: Path) -> list[FileResult]:
    return list(run(folder))


@pytest.fixture(scope="module")
def found(results: list[FileResult]) -> dict[RecordKind, list[Record]]:
    return batch.tables(results)


def by_source(rows: list[Record]) -> Counter[object]:
    return Counter(row["source"] for row in rows)


def test_every_form_file_is_read_once_in_the_order_of_its_source(
    results: list[FileResult],
) -> None:
    # notes.md and the actuals JSON are no forms; every other file is, bad ones too.
    assert [result.path for result in results] == SOURCES


def test_each_document_gives_one_project_row(found: dict[RecordKind, list[Record]]) -> None:
    # Names as printed on each form: 项目名称 (the Tianjin and Shanghai forms), 项目(专项)名称
    # (Rongchang), the reports' 项目名称 rows; the Shanghai text holds three forms.
    assert [(row["source"], row["project"], row["year"]) for row in found["projects"]] == [
        (RONGCHANG, "乡村绿化美化项目", 2022),
        (TIANJIN, "安全隐患维修", 2023),
        (HUANGSHI, "社区居民职业技能培训", 2019),
        (CHIZHOU, "山洪灾害防治非工程措施运行维护", 2022),
        (NINGXIA, "马铃薯原种繁育", 2022),
        *((SHANGHAI, name, 2022) for name in SHANGHAI_PROJECTS),
    ]


def test_declarations_give_their_indicators(found: dict[RecordKind, list[Record]]) -> None:
    # Counted on the forms: Tianjin 6 rows under 三级指标 (维修面积 … 干警满意度); Rongchang 3
    # (绿化美化公路, 购买发放李子苗, 树木成活率); the Shanghai forms 15, 17 and 43 (14 数量,
    # 5 质量, 10 时效, 1 经济, 6 社会, 1 可持续, 6 满意度). Reports give none.
    rows = found["indicators"]
    assert by_source(rows) == {TIANJIN: 6, RONGCHANG: 3, SHANGHAI: 15 + 17 + 43}
    shanghai = Counter(row["project"] for row in rows if row["source"] == SHANGHAI)
    assert shanghai == dict(zip(SHANGHAI_PROJECTS, (15, 17, 43), strict=True))
    area = next(row for row in rows if row["indicator"] == "维修面积")
    # ≥400平方米 on the Tianjin form.
    assert (area["operator"], area["value"], area["unit"]) == (">=", D(400), "平方米")
    saplings = next(row for row in rows if row["indicator"] == "购买发放李子苗")
    # 计量单位 株, 指标性质 =, 指标值 15000.
    assert (saplings["operator"], saplings["value"], saplings["unit"]) == ("=", D(15000), "株")


def test_actuals_beside_a_form_give_its_self_evaluations(
    found: dict[RecordKind, list[Record]],
) -> None:
    # actuals-illustrative.json holds a value for every indicator of the three forms.
    rows = found["lines"]
    assert by_source(rows) == {SHANGHAI: 75}
    online = next(row for row in rows if row["indicator"] == "在线接答率")
    # Target >=95% on the form, 95.5% in the JSON: met.
    assert (online["target"], online["actual"], online["met"]) == (">=95%", "95.5%", True)


def test_lint_findings_name_the_declarations_only(found: dict[RecordKind, list[Record]]) -> None:
    projects = {(row["source"], row["project"]) for row in found["findings"]}
    declared = {(TIANJIN, "安全隐患维修"), (RONGCHANG, "乡村绿化美化项目")}
    assert projects <= declared | {(SHANGHAI, name) for name in SHANGHAI_PROJECTS}


def test_reports_are_audited(found: dict[RecordKind, list[Record]]) -> None:
    # The totals as printed: 项目总得分 99 (Ningxia), 总分 … 99.19 (Chizhou).
    assert [(row["source"], row["reported_total"]) for row in found["audits"]] == [
        (CHIZHOU, D("99.19")),
        (NINGXIA, D("99")),
    ]
    assert set(by_source(found["discrepancies"])) <= {CHIZHOU, NINGXIA}


def test_a_monitoring_table_is_lit_at_the_end_of_the_months_it_covers(
    found: dict[RecordKind, list[Record]],
) -> None:
    # The table's money columns say 1-6月执行数: lit on 30 June 2019, one row per indicator.
    rows = found["monitoring"]
    assert [(row["source"], row["on"], row["indicator"]) for row in rows] == [
        (HUANGSHI, datetime.date(2019, 6, 30), name)
        for name in (
            "培训人次",
            "培训考核合格率",
            "第三期培训完成时间",
            "人均培训成本",
            "参训人员就业技能",
            "参训人员满意度",
        )
    ]
    assert rows[0]["actual"] == "520人次"


def test_bad_files_are_error_rows_naming_them(
    results: list[FileResult], found: dict[RecordKind, list[Record]]
) -> None:
    failed = [result.path for result in results if result.failed]
    assert failed == sorted(BAD)
    rows = found["errors"]
    assert {row["source"] for row in rows} == set(BAD)
    assert all(row["file"] == row["source"] for row in rows)
    assert all(row["severity"] == "error" for row in rows)
    # Nothing of the bad files in any other table, and no fixture meets a bug.
    for kind in KINDS:
        if kind != "errors":
            assert not set(by_source(found[kind])) & set(BAD), kind
    assert not [row for row in rows if row["code"] == UNEXPECTED]


def test_a_bug_is_an_error_row_naming_the_file(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_: object) -> None:
        raise RuntimeError("lint broke")

    monkeypatch.setattr(result_module, "lint", broken)
    found = process(str(TEMPLATES / "tianjin_hebei_2023.csv"), source="tianjin.csv")
    assert found.path == "tianjin.csv"
    assert [(p.code, p.where.file) for p in found.errors] == [(UNEXPECTED, "tianjin.csv")]
    assert "RuntimeError" in found.errors[0].message_en
    assert all(not found.tables[kind] for kind in KINDS if kind != "errors")


def test_a_bad_actuals_file_is_reported_first_and_the_forms_are_read(tmp_path: Path) -> None:
    shutil.copyfile(ROOT / "examples/forms/shanghai-justice-2022.txt", tmp_path / SHANGHAI)
    actuals = tmp_path / "actuals.json"
    actuals.write_text('{"projects": []}', encoding="utf-8")
    first, form = run(tmp_path, actuals=actuals)
    assert (first.path, first.failed) == (str(actuals), True)
    assert first.errors[0].subject == "$"
    assert (form.path, form.failed, len(form.tables["lines"])) == (SHANGHAI, False, 0)
    assert len(form.tables["indicators"]) == 75


def test_the_actuals_option_evaluates_every_declaration(tmp_path: Path) -> None:
    shutil.copyfile(ROOT / "examples/forms/shanghai-justice-2022.txt", tmp_path / SHANGHAI)
    (form,) = run(tmp_path, actuals=ROOT / "examples/actuals-illustrative.json")
    assert len(form.tables["lines"]) == 75


def test_the_actuals_option_is_read_once_per_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for copy in ("a.txt", "b.txt", "c.txt"):
        shutil.copyfile(ROOT / "examples/forms/shanghai-justice-2022.txt", tmp_path / copy)
    shutil.copyfile(TEMPLATES / "hubei_huangshi_2019.csv", tmp_path / "monitoring.csv")
    reads: list[str] = []
    real = result_module.read_actuals

    def counted(path: str) -> dict[str, ActualsInputs]:
        reads.append(path)
        return real(path)

    monkeypatch.setattr(result_module, "read_actuals", counted)
    result_module._shared_actuals.cache_clear()
    actuals = str(ROOT / "examples/actuals-illustrative.json")
    results = list(run(tmp_path, actuals=actuals))
    # Once for the three forms' declarations (besides `prepare`'s check before any form);
    # never for the monitoring table, which has none.
    assert reads == [actuals]
    assert [len(r.tables["lines"]) for r in results] == [75, 75, 75, 0]


def test_a_name_beside_a_form_that_names_none_of_its_projects_is_an_error(
    tmp_path: Path,
) -> None:
    shutil.copyfile(TEMPLATES / "tianjin_hebei_2023.csv", tmp_path / "tianjin.csv")
    (tmp_path / "tianjin.json").write_text(
        '{"projects": {"安全隐患维修项目": {"actuals": {}}}}', encoding="utf-8"
    )
    (form,) = run(tmp_path)
    assert [(p.where.file, p.text) for p in form.errors] == [("tianjin.json", "安全隐患维修项目")]
    assert len(form.tables["indicators"]) == 6


def test_problems_of_a_self_evaluation_are_the_actuals_files(tmp_path: Path) -> None:
    shutil.copyfile(TEMPLATES / "tianjin_hebei_2023.csv", tmp_path / "tianjin.csv")
    (tmp_path / "tianjin.json").write_text(
        '{"projects": {"安全隐患维修": {"actuals": {"维修面积": "420平方米"}}}}', encoding="utf-8"
    )
    (form,) = run(tmp_path)
    # The form's six indicators but 维修面积 have no actual value: no lines, five errors.
    assert [(p.where.file, p.subject) for p in form.errors] == [
        ("tianjin.json", f"安全隐患维修: {name}")
        for name in ("验收合格率", "资金支付及时率", "项目成本", "消除安全隐患", "干警满意度")
    ]
    assert (len(form.tables["lines"]), len(form.tables["indicators"])) == (0, 6)


# The order of the paths given, and of the folder's entries, does not change the order.


@given(st.permutations(sorted([*LAYOUT, *BAD])), st.randoms())
def test_files_are_found_in_one_order_whatever_the_order_given(
    names: list[str], rng: random.Random
) -> None:
    root = Path("examples/forms/templates")
    given_ = [root / name for name in names]
    expected = find(sorted(given_))
    rng.shuffle(given_)
    assert find(given_) == expected


def test_shuffled_paths_give_identical_tables(tmp_path: Path) -> None:
    names = ["tianjin_hebei_2023.csv", "hubei_huangshi_2019.html", "anhui_huaibei_2025.xls"]
    for name in names:
        shutil.copyfile(TEMPLATES / name, tmp_path / name)
    paths = [str(tmp_path / name) for name in names]
    written = [
        batch.write(run(order), tmp_path / f"out{k}")
        for k, order in enumerate((paths, paths[::-1], [paths[1], paths[2], paths[0]]))
    ]
    for kind in KINDS:
        assert {w[kind].read_bytes() for w in written} == {written[0][kind].read_bytes()}


def test_a_file_given_and_found_in_a_folder_is_read_once(folder: Path) -> None:
    found = find([folder / "monitoring", folder / "monitoring/hubei_huangshi_2019.csv"])
    assert [f.source for f in found] == ["hubei_huangshi_2019.csv"]


# Written tables: every kind, every column, and back equal.


def test_jobs_do_not_change_the_tables(
    folder: Path, results: list[FileResult], tmp_path: Path
) -> None:
    one = batch.write(results, tmp_path / "one")
    errors = io.StringIO()
    status = batch.main([str(folder)], tmp_path / "two", jobs=2, stderr=errors)
    assert status == 1  # two files failed
    for kind in KINDS:
        assert (tmp_path / "two" / f"{kind}.csv").read_bytes() == one[kind].read_bytes(), kind
    lines = errors.getvalue().splitlines()
    assert lines[-1] == "perfindicator: 8 files read, 2 with errors"
    assert {line.split(":")[1].strip() for line in lines[:-1]} == set(BAD)


def read_csv(path: Path, kind: RecordKind) -> list[Record]:
    table = pyarrow.csv.read_csv(
        path,
        parse_options=pyarrow.csv.ParseOptions(newlines_in_values=True),
        convert_options=pyarrow.csv.ConvertOptions(
            column_types={c.name: arrow_type(c) for c in columns(kind)},
            strings_can_be_null=True,
            quoted_strings_can_be_null=False,
            null_values=[""],
            true_values=["true"],
            false_values=["false"],
        ),
    )
    assert table.column_names == [c.name for c in columns(kind)]
    return table.to_pylist()


def arrow_type(column: Column) -> pa.DataType:
    if column.type is ColumnType.DECIMAL:
        assert column.precision is not None
        assert column.scale is not None
        return pa.decimal128(column.precision, column.scale)
    types: dict[ColumnType, pa.DataType] = {
        ColumnType.INT: pa.int64(),
        ColumnType.BOOL: pa.bool_(),
        ColumnType.DATE: pa.date32(),
    }
    return types.get(column.type, pa.string())


def read_parquet(path: Path, kind: RecordKind) -> list[Record]:
    table = pyarrow.parquet.read_table(path)
    assert table.column_names == [c.name for c in columns(kind)]
    rows: list[Record] = table.to_pylist()
    return rows


def read_xlsx(path: Path, kind: RecordKind) -> list[Record]:
    book = openpyxl.load_workbook(path)
    (sheet,) = book.worksheets
    assert sheet.title == kind
    header, *rows = sheet.iter_rows(values_only=True)
    assert list(header) == [c.name for c in columns(kind)]
    return [
        {c.name: from_cell(c, value) for c, value in zip(columns(kind), row, strict=True)}
        for row in rows
    ]


def from_cell(column: Column, value: Any) -> Any:
    if value is None:
        return None
    if column.type is ColumnType.DECIMAL:
        return D(value if isinstance(value, str) else repr(value))
    if column.type is ColumnType.DATE:
        return datetime.date.fromisoformat(value) if isinstance(value, str) else value.date()
    if column.type is ColumnType.INT:
        return int(value)
    return value


@pytest.mark.parametrize("format", ["csv", "parquet", "xlsx"])
def test_every_format_reads_back_equal(
    format: batch.Format,
    results: list[FileResult],
    found: dict[RecordKind, list[Record]],
    tmp_path: Path,
) -> None:
    written = batch.write(results, tmp_path, format)
    assert sorted(written) == sorted(KINDS)
    reader = {"csv": read_csv, "parquet": read_parquet, "xlsx": read_xlsx}[format]
    for kind in KINDS:
        assert written[kind] == tmp_path / f"{kind}.{format}"
        expected = found[kind] if format != "xlsx" else in_a_spreadsheet(found[kind], kind)
        # Decimals compare by value: 99.19 read back at scale 14 is 99.19000000000000.
        assert reader(written[kind], kind) == expected, kind


def test_csv_holds_decimals_as_printed_and_none_apart_from_empty_text(
    results: list[FileResult], tmp_path: Path
) -> None:
    written = batch.write(results, tmp_path)
    audits = written["audits"].read_text(encoding="utf-8").splitlines()
    assert audits[0].startswith("source,project,year,")
    assert ",99.19," in audits[1]
    assert audits[1].startswith(f"{CHIZHOU},")
    lines = written["indicators"].read_text(encoding="utf-8").splitlines()
    # No field of this line holds a comma: split, it gives the fields as written.
    (area,) = [line.split(",") for line in lines if ",维修面积," in line]
    cell = dict(zip([c.name for c in columns("indicators")], area, strict=True))
    # The Tianjin form names no 项目类别 (an empty text) and no dates (None).
    assert (cell["category"], cell["start"], cell["value"]) == ('""', "", "400")


def test_xlsx_stores_a_target_such_as_equals_100_percent_as_text(
    results: list[FileResult], tmp_path: Path
) -> None:
    written = batch.write(results, tmp_path, "xlsx")
    sheet = openpyxl.load_workbook(written["indicators"])["indicators"]
    # The Shanghai forms' 值班人员到位率 is =100%: a target, not a formula.
    cells = [c for row in sheet.iter_rows() for c in row if c.value == "=100%"]
    assert cells
    assert {c.data_type for c in cells} == {"s"}


@st.composite
def exact_decimals(draw: st.DrawFn, column: Column) -> D:
    # Any value the column holds: up to precision - scale whole digits, up to scale places.
    assert column.precision is not None
    assert column.scale is not None
    places = draw(st.integers(0, column.scale))
    digits = draw(st.integers(0, 10 ** (column.precision - column.scale + places) - 1))
    # Built from text: arithmetic would round to the context's 28 digits.
    return D(f"{draw(st.sampled_from('+-'))}{digits}E-{places}")


def values(column: Column) -> st.SearchStrategy[Any]:
    if column.type is ColumnType.DECIMAL:
        return st.none() | exact_decimals(column)
    found: dict[ColumnType, st.SearchStrategy[Any]] = {
        ColumnType.TEXT: st.text(st.characters(exclude_categories=["Cs"])),
        ColumnType.INT: st.integers(-(2**63), 2**63 - 1),
        ColumnType.BOOL: st.booleans(),
        ColumnType.DATE: st.dates(),
        ColumnType.CATEGORY: st.sampled_from(column.categories),
    }
    return st.none() | found[column.type]


@st.composite
def file_results(draw: st.DrawFn) -> tuple[RecordKind, FileResult]:
    kind = draw(st.sampled_from(KINDS))
    row = st.fixed_dictionaries({c.name: values(c) for c in columns(kind)[1:]})
    tables: dict[RecordKind, tuple[Record, ...]] = dict.fromkeys(KINDS, ())
    tables[kind] = tuple(draw(st.lists(row, max_size=4)))
    return kind, FileResult(
        path=draw(st.text(st.characters(exclude_categories=["Cs"]))), tables=tables
    )


@settings(max_examples=25)
@given(file_results())
def test_any_values_read_back_equal_in_every_format(found: tuple[RecordKind, FileResult]) -> None:
    kind, result = found
    expected = batch.tables([result])[kind]
    with tempfile.TemporaryDirectory() as folder:
        for format, reader in (("csv", read_csv), ("parquet", read_parquet), ("xlsx", read_xlsx)):
            written = batch.write([result], Path(folder) / format, format)  # type: ignore[arg-type]
            as_written = expected if format != "xlsx" else in_a_spreadsheet(expected, kind)
            assert reader(written[kind], kind) == as_written, format


def in_a_spreadsheet(rows: list[Record], kind: RecordKind) -> list[Record]:
    # No empty text in a cell, and control characters as their escapes.
    texts = {c.name for c in columns(kind) if c.type is ColumnType.TEXT}

    def shown(value: Any) -> Any:
        if not isinstance(value, str):
            return value
        return ILLEGAL_CHARACTERS_RE.sub(lambda c: repr(c[0])[1:-1], value) or None

    return [{k: shown(v) if k in texts else v for k, v in row.items()} for row in rows]


def test_an_empty_batch_writes_every_table_typed(tmp_path: Path) -> None:
    for format in batch.FORMATS:
        written = batch.write([], tmp_path / format, format)
        assert sorted(written) == sorted(KINDS)
    header = (tmp_path / "csv/lines.csv").read_text(encoding="utf-8")
    assert header == ",".join(c.name for c in columns("lines")) + "\n"
    schema = pyarrow.parquet.read_schema(tmp_path / "parquet/audits.parquet")
    assert schema.names == [c.name for c in columns("audits")]
    reported = schema.field("reported_total").type
    assert pa.types.is_decimal(reported)


def test_an_unknown_format_is_refused(tmp_path: Path) -> None:
    with pytest.raises(FieldError, match="format"):
        batch.write([], tmp_path, "json")  # type: ignore[arg-type]


def test_options_take_the_money_units_only() -> None:
    assert batch.Options(money_unit="万元").money_unit == "万元"
    with pytest.raises(FieldError, match="money_unit"):
        batch.Options(money_unit="美元")  # type: ignore[arg-type]


@pytest.mark.parametrize("jobs", [0, -1, 1.5, True])
def test_jobs_must_be_a_count(jobs: Any) -> None:
    with pytest.raises(FieldError, match="jobs"):
        run([], jobs=jobs)


def test_progress_shows_a_bar_on_stderr_only_when_asked(
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = str(TEMPLATES / "tianjin_hebei_2023.csv")
    list(run(path))
    assert capsys.readouterr().err == ""
    list(run(path, progress=True))
    assert "1/1" in capsys.readouterr().err


# The command: `perfindicator batch`, as `batch.main`.


def test_the_command_writes_the_tables_and_exits_1_on_a_bad_file(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "tables"
    argv = ["batch", str(folder), "--out", str(out), "--jobs", "2", "--format", "csv"]
    assert cli.main(argv, stdout=io.StringIO()) == 1
    assert sorted(path.name for path in out.iterdir()) == sorted(f"{kind}.csv" for kind in KINDS)
    assert capsys.readouterr().err.splitlines()[-1] == "perfindicator: 8 files read, 2 with errors"
    # Only the good forms (a file named is read whatever its name: not the notes nor the
    # actuals beside the Shanghai form): exit 0.
    good = [str(folder / name) for name in LAYOUT if not name.endswith((".md", ".json"))]
    assert cli.main(["batch", *good, "--out", str(tmp_path / "good")], stdout=io.StringIO()) == 0


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["batch", "x.csv"], "the following arguments are required: --out"),
        (["batch", "x.csv", "--out", "o", "--jobs", "0"], "expected a number of workers"),
        (["batch", "x.csv", "--out", "o", "--format", "json"], "invalid choice: 'json'"),
    ],
)
def test_the_command_refuses_bad_usage_with_2(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(argv, stdout=io.StringIO()) == 2
    assert message in capsys.readouterr().err


# Figures of a published form beyond a column, or beyond what the library takes.


def test_a_figure_beyond_the_library_is_that_files_error_and_the_batch_goes_on(
    tmp_path: Path,
) -> None:
    chizhou = (TEMPLATES / "anhui_chizhou_2022.csv").read_text(encoding="utf-8")
    forms = tmp_path / "forms"
    forms.mkdir()
    # A score printed with three places: 10.125 for 10 makes the total 99.19 + 0.125.
    (forms / "places.csv").write_text(
        chizhou.replace("≥266米,≥266米,10,10,", "≥266米,≥266米,10.125,10.125,"), encoding="utf-8"
    )
    # Two scores of 18 nines: their total has 19 digits before the point.
    huge = "999999999999999999"
    (forms / "huge.csv").write_text(
        chizhou.replace("≥266米,≥266米,10,10,", f"≥266米,≥266米,{huge},{huge},").replace(
            "≥50厘米,≥50厘米,10,10,", f"≥50厘米,≥50厘米,{huge},{huge},"
        ),
        encoding="utf-8",
    )
    errors = io.StringIO()
    assert batch.main([str(forms)], tmp_path / "out", stderr=errors) == 1
    found = batch.tables(run(forms))
    assert [(row["source"], row["total"]) for row in found["audits"]] == [
        ("places.csv", D("99.315"))
    ]
    assert {row["source"] for row in found["errors"]} == {"huge.csv"}
    assert "more than 18 digits before the decimal point" in errors.getvalue()
    assert sorted(path.name for path in (tmp_path / "out").iterdir()) == sorted(
        f"{kind}.csv" for kind in KINDS
    )


def test_a_row_that_does_not_fit_its_table_is_an_error_of_its_file() -> None:
    # Rows are checked as they are made, so that no table is refused when written.
    rows = result_module._Rows(file="a.csv")
    good = dict.fromkeys(c.name for c in columns("audits")[1:]) | {
        "project": "示例", "year": 2022, "scheme": "central_10", "total": D("90"),
        "errors": 0, "warnings": 0, "notes": 0,
    }  # fmt: skip
    rows.add("audits", [good, good | {"total": D("1E+19")}])
    assert rows.rows["audits"] == [good]
    (problem,) = rows.problems
    assert (problem.code, problem.where.file, problem.where.subject) == (
        "field",
        "a.csv",
        "audits: 示例",
    )
    assert "its total Decimal('1E+19') does not fit the column" in problem.message_en


def test_files_of_one_name_in_two_folders_are_told_apart(tmp_path: Path) -> None:
    for year in ("y2023", "y2024"):
        (tmp_path / year).mkdir()
        shutil.copyfile(TEMPLATES / "tianjin_hebei_2023.csv", tmp_path / year / "form.csv")
    (tmp_path / "y2024" / "other.csv").write_text("x", encoding="utf-8")
    found = find([tmp_path / "y2024", tmp_path / "y2023"])
    # Both form.csv are named by their paths; other.csv, alone of its name, as before.
    assert [f.source for f in found] == [
        (tmp_path / "y2023/form.csv").as_posix(),
        (tmp_path / "y2024/form.csv").as_posix(),
        "other.csv",
    ]


def test_a_pipe_in_a_folder_is_passed_over(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "waiting.csv")
    shutil.copyfile(TEMPLATES / "tianjin_hebei_2023.csv", tmp_path / "form.csv")
    assert [f.source for f in find(tmp_path)] == ["form.csv"]
