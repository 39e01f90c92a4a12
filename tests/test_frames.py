"""Typed DataFrames of records (`perfindicator.frames`): polars, pandas and Arrow.

The expected types are the table of the module's docstring, written out here by hand; the
expected rows come from the bundled forms' text (quoted in the comments). Every backend
gets the same checks: typed columns whatever the data, exact decimals, concatenation of
different projects' frames, and refusal of any value its column cannot hold.
"""

from __future__ import annotations

import datetime
import sys
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal as D
from pathlib import Path
from typing import Any

import pandas as pd
import polars as pl
import pyarrow as pa
import pytest
from hypothesis import given
from hypothesis import strategies as st

from perfindicator import (
    Indicator,
    Level2,
    MonitoringReport,
    Project,
    SelfEvaluationReport,
    Weights,
    audit,
    lint,
    monitor,
    parse_target,
    self_evaluate,
)
from perfindicator.errors import FieldError, FieldTypeError, MissingExtraError
from perfindicator.frames import to_arrow, to_pandas, to_polars
from perfindicator.interchange.record_schema import SCHEMAS, Column, ColumnType, RecordKind
from perfindicator.interchange.records import to_records
from perfindicator.io import read
from perfindicator.reports.lint import Findings

TEMPLATES = Path(__file__).resolve().parents[1] / "examples/forms/templates"

ONLY_OUTPUT = Weights(output=90, benefit=0, satisfaction=0)

Backend = Callable[..., Any]
BACKENDS: list[Backend] = [to_polars, to_pandas, to_arrow]


# --- Reading frames back, the same way for every backend ----------------------------------


def names(frame: Any) -> list[str]:
    return list(frame.column_names if isinstance(frame, pa.Table) else frame.columns)


def values(frame: Any, name: str) -> list[object]:
    """A column's values as Python objects, `None` for a missing one (not `pd.NA`)."""
    if isinstance(frame, pl.DataFrame):
        return frame.get_column(name).to_list()
    column = frame.column(name) if isinstance(frame, pa.Table) else pa.array(frame[name])
    return list(column.to_pylist())


def concat(frames: Sequence[Any]) -> Any:
    if isinstance(frames[0], pl.DataFrame):
        return pl.concat(frames, how="vertical")  # refuses frames of different types
    if isinstance(frames[0], pa.Table):
        return pa.concat_tables(frames)  # refuses tables of different schemas
    return pd.concat(frames, ignore_index=True)


# --- The expected types, by hand from the module's table -----------------------------------


def polars_type(column: Column) -> pl.DataType:
    if column.type is ColumnType.DECIMAL:
        assert column.precision is not None
        assert column.scale is not None
        return pl.Decimal(column.precision, column.scale)
    if column.type is ColumnType.CATEGORY:
        return pl.Enum(list(column.categories))
    plain = {"text": pl.String(), "int": pl.Int64(), "bool": pl.Boolean(), "date": pl.Date()}
    return plain[column.type.value]


def arrow_type(column: Column) -> pa.DataType:
    if column.type is ColumnType.DECIMAL:
        assert column.precision is not None
        assert column.scale is not None
        return pa.decimal128(column.precision, column.scale)
    if column.type is ColumnType.CATEGORY:
        return pa.dictionary(pa.int32(), pa.string())
    plain: dict[str, pa.DataType] = {
        "text": pa.string(),
        "int": pa.int64(),
        "bool": pa.bool_(),
        "date": pa.date32(),
    }
    return plain[column.type.value]


def assert_typed(frame: Any, columns: Sequence[Column]) -> None:
    """`frame` has exactly `columns`, in order, each of its declared type."""
    assert names(frame) == [column.name for column in columns]
    for column in columns:
        if isinstance(frame, pl.DataFrame):
            assert frame.schema[column.name] == polars_type(column), column
        elif isinstance(frame, pa.Table):
            field = frame.schema.field(column.name)
            assert field.type == arrow_type(column), column
            if column.type is ColumnType.CATEGORY:
                # Every label in every chunk's dictionary, in order (or no chunk at all).
                for chunk in frame.column(column.name).chunks:
                    assert isinstance(chunk, pa.DictionaryArray)
                    assert chunk.dictionary.to_pylist() == list(column.categories)
        else:
            dtype = frame.dtypes[column.name]
            if column.type is ColumnType.CATEGORY:
                assert isinstance(dtype, pd.CategoricalDtype), column
                # CategoricalDtype equality ignores the order of unordered categories.
                assert list(dtype.categories) == list(column.categories)
                assert dtype.ordered is False
            else:
                assert dtype == pd.ArrowDtype(arrow_type(column)), column


# --- Every record kind's columns ------------------------------------------------------------


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("kind", sorted(SCHEMAS))
def test_an_empty_table_of_every_kind_is_typed(backend: Backend, kind: RecordKind) -> None:
    frame = backend([], kind=kind)
    assert_typed(frame, SCHEMAS[kind])
    assert len(values(frame, SCHEMAS[kind][0].name)) == 0


@pytest.mark.parametrize("backend", BACKENDS)
def test_results_of_every_kind_are_typed(backend: Backend) -> None:
    project = _project("示例", 2024, ("培训人次", ">=1000人次", Level2.QUANTITY))
    # Bare findings are of kind "findings"; lint's empty findings too.
    assert_typed(backend(lint(project)), SCHEMAS["findings"])
    assert_typed(backend(Findings()), SCHEMAS["findings"])
    assert_typed(backend(project), SCHEMAS["indicators"])


@pytest.fixture(scope="module")
def every_kind() -> dict[RecordKind, tuple[object, RecordKind | None]]:
    """A real result of each record kind, and the `kind=` that picks it (None: the default)."""
    (report,) = read(TEMPLATES / "ningxia_yuanzhou_selfeval_2022.csv")
    (monitoring_report,) = read(TEMPLATES / "hubei_huangshi_2019.csv")
    assert isinstance(report, SelfEvaluationReport)
    assert isinstance(monitoring_report, MonitoringReport)
    project = _project("示例", 2024, ("培训人次", ">=1000人次", Level2.QUANTITY))
    scored = self_evaluate(project, {"培训人次": "800人次"}, weights=ONLY_OUTPUT)
    progress = monitor(project, {"培训人次": "300人次"}, on=datetime.date(2024, 6, 30))
    return {
        "projects": ([report, monitoring_report], None),
        "indicators": (project, None),
        "lines": (scored, None),
        "findings": ((project, lint(project)), None),
        "errors": (lint(project), "errors"),
        "audits": (audit(report), "audits"),
        "discrepancies": (audit(report), None),
        "monitoring": (progress, None),
    }


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("kind", sorted(SCHEMAS))
def test_real_results_of_every_kind_are_typed(
    backend: Backend,
    kind: RecordKind,
    every_kind: dict[RecordKind, tuple[object, RecordKind | None]],
) -> None:
    result, picked = every_kind[kind]
    frame = backend(result, kind=picked)
    assert_typed(frame, SCHEMAS[kind])
    assert len(values(frame, "code" if kind in ("findings", "errors") else "project")) > 0


@pytest.mark.parametrize("backend", BACKENDS)
def test_kind_picks_among_the_kinds_a_result_offers(backend: Backend) -> None:
    project = _project("示例", 2024, ("培训人次", ">=1000人次", Level2.QUANTITY))
    frame = backend([project, project], kind="projects")
    assert_typed(frame, SCHEMAS["projects"])
    assert values(frame, "project") == ["示例", "示例"]  # one row per project


# --- Real forms: concatenation across projects ---------------------------------------------


@pytest.fixture(scope="module")
def two_forms() -> tuple[Project, Project]:
    # Shanghai style: dates 2026-01-01 to 2026-12-31, 7 indicators, 完成时间 2026年12月31日前.
    # Tianjin: no dates, 6 indicators, none of them a deadline.
    (shanghai,) = read(TEMPLATES / "shanghai_style_2026.csv")
    (tianjin,) = read(TEMPLATES / "tianjin_hebei_2023.csv")
    assert isinstance(shanghai, Project)
    assert isinstance(tianjin, Project)
    return shanghai, tianjin


@pytest.mark.parametrize("backend", BACKENDS)
def test_frames_of_two_forms_concatenate(backend: Backend, two_forms: tuple[Project, ...]) -> None:
    shanghai, tianjin = two_forms
    alone = backend(tianjin)
    # Every date of the Tianjin form is empty: typed dates all the same.
    assert values(alone, "deadline") == [None] * 6
    assert values(alone, "start") == [None] * 6
    both = concat([backend(shanghai), alone])
    assert_typed(both, SCHEMAS["indicators"])
    assert values(both, "project") == ["社区法治宣传教育"] * 7 + ["安全隐患维修"] * 6
    assert values(both, "year") == [2026] * 7 + [2023] * 6
    assert values(both, "start") == [datetime.date(2026, 1, 1)] * 7 + [None] * 6
    # 2026年12月31日前 is the 4th Shanghai indicator.
    assert values(both, "deadline") == [None] * 3 + [datetime.date(2026, 12, 31)] + [None] * 9
    # >=12场 >=600人次 >=95% (deadline) <=125万元 (qualitative) >=90%;
    # ≥400平方米 ≥98百分比 100百分比 20万元 (qualitative) ≥95百分比.
    expected = [12, 600, 95, None, 125, None, 90, 400, 98, 100, 20, None, 95]
    assert values(both, "value") == [None if v is None else D(v) for v in expected]
    assert values(both, "level1") == (
        ["产出指标"] * 5
        + ["效益指标", "满意度指标"]
        + ["产出指标"] * 4
        + ["效益指标", "满意度指标"]
    )


@pytest.mark.parametrize("backend", BACKENDS)
def test_decimals_of_different_scales_concatenate_exactly(backend: Backend) -> None:
    coarse = _project("甲", 2024, ("面积", ">=2.5平方米", Level2.QUANTITY))
    fine = _project("乙", 2024, ("比率", ">=0.0001%", Level2.QUALITY), ("无", "", Level2.QUALITY))
    both = concat([backend(coarse), backend(fine)])
    # Compared as decimals: 2.5 is 2.5 whatever the column's scale writes after it.
    assert values(both, "value") == [D("2.5"), D("0.0001"), None]
    assert_typed(both, SCHEMAS["indicators"])


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_generator_of_results_or_records_is_read_once(
    backend: Backend, two_forms: tuple[Project, ...]
) -> None:
    assert len(values(backend(iter(two_forms)), "indicator")) == 13
    rows = (row for row in to_records(two_forms[1]))
    assert values(backend(rows, kind="indicators"), "indicator")[:2] == ["维修面积", "验收合格率"]


# --- Categories ---------------------------------------------------------------------------


@pytest.mark.parametrize("backend", BACKENDS)
def test_categories_hold_the_chinese_labels(backend: Backend) -> None:
    project = _project(
        "示例",
        2024,
        ("群众满意度", ">=90%", Level2.SATISFACTION),
        ("培训人次", ">=1000人次", Level2.QUANTITY),
    )
    frame = backend(project)
    assert values(frame, "level1") == ["满意度指标", "产出指标"]
    assert values(frame, "level2") == ["服务对象满意度指标", "数量指标"]
    level1 = ["产出指标", "效益指标", "满意度指标", "成本指标"]
    if isinstance(frame, pl.DataFrame):
        assert frame.schema["level1"] == pl.Enum(level1)
    elif isinstance(frame, pd.DataFrame):
        assert list(frame["level1"].cat.categories) == level1
        assert frame["level1"].value_counts()["满意度指标"] == 1
    else:
        (chunk,) = frame.column("level1").chunks
        assert isinstance(chunk, pa.DictionaryArray)
        assert chunk.dictionary.to_pylist() == level1


# --- Exact decimals: a property --------------------------------------------------------------

DECIMAL_COLUMNS = sorted(
    {c for columns in SCHEMAS.values() for c in columns if c.type is ColumnType.DECIMAL},
    key=lambda c: (c.name, c.precision or 0, c.scale or 0),
)


@st.composite
def fitting(draw: st.DrawFn, column: Column) -> D | None:
    """None, or a decimal with 0 to `scale` places and up to `precision - scale` whole digits."""
    assert column.precision is not None
    assert column.scale is not None
    if draw(st.booleans()) and draw(st.booleans()):
        return None
    places = draw(st.integers(0, column.scale))
    bound = 10 ** (column.precision - column.scale + places) - 1
    digits = draw(st.integers(-bound, bound))
    return D(f"{digits}E-{places}")  # from text: exact, whatever the context's precision


@given(data=st.data(), column=st.sampled_from(DECIMAL_COLUMNS))
def test_decimals_come_back_equal(data: st.DataObject, column: Column) -> None:
    cells = data.draw(st.lists(fitting(column), max_size=6))
    records = [{column.name: cell} for cell in cells]
    for backend in BACKENDS:
        frame = backend(records, columns=[column])
        assert_typed(frame, [column])
        assert values(frame, column.name) == cells


def test_the_largest_and_finest_values_come_back() -> None:
    (value,) = (c for c in SCHEMAS["indicators"] if c.name == "value")
    assert value.precision is not None
    assert value.scale is not None
    whole = value.precision - value.scale
    largest = D("-" + "9" * whole + "." + "9" * value.scale)
    finest = D(f"1E-{value.scale}")
    for backend in BACKENDS:
        frame = backend([{"value": largest}, {"value": finest}], columns=[value])
        assert values(frame, "value") == [largest, finest]


# --- Refusals ------------------------------------------------------------------------------


def _record() -> dict[str, object]:
    project = _project("示例", 2024, ("培训人次", ">=1000人次", Level2.QUANTITY))
    return dict(to_records(project)[0])


def _value_column() -> Column:
    (value,) = (c for c in SCHEMAS["indicators"] if c.name == "value")
    return value


def _beyond_scale() -> D:
    # One place more than the column holds: polars would cut it silently.
    return D(f"1.{'0' * (_value_column().scale or 0)}1")


def _beyond_whole() -> D:
    column = _value_column()
    assert column.precision is not None
    assert column.scale is not None
    return D("1" + "0" * (column.precision - column.scale))


# Each: the column, a value its column cannot hold.
UNFIT: list[tuple[str, Callable[[], object]]] = [
    ("value", _beyond_scale),
    ("value", _beyond_whole),
    ("value", lambda: D("NaN")),
    ("value", lambda: 2.5),
    ("year", lambda: 2**63),  # beyond int64
    ("year", lambda: -(2**63) - 1),
    ("year", lambda: True),
    ("year", lambda: "2024"),
    ("project", lambda: "示\udc80例"),  # a lone surrogate: no UTF-8
    ("project", lambda: 1),
    ("deadline", lambda: datetime.datetime(2024, 12, 31)),
    ("level1", lambda: "产出"),
    ("operator", lambda: "≥"),
]


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize(("name", "make"), UNFIT)
def test_a_value_that_does_not_fit_is_refused_with_its_place(
    backend: Backend, name: str, make: Callable[[], object]
) -> None:
    bad = _record() | {name: make()}
    with pytest.raises(FieldError) as caught:
        backend([_record(), bad], kind="indicators")
    error = caught.value
    assert error.field == f"data[1].{name}"
    assert error.value is bad[name]
    assert "indicators column" in str(error)
    assert f"data[1].{name}" in str(error)


@pytest.mark.parametrize("backend", BACKENDS)
def test_the_largest_int64_fits(backend: Backend) -> None:
    row = _record() | {"year": 2**63 - 1}
    assert values(backend([row], kind="indicators"), "year") == [2**63 - 1]


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_record_missing_a_column_or_with_an_extra_one_is_refused(backend: Backend) -> None:
    missing = {k: v for k, v in _record().items() if k != "unit"}
    extra = _record() | {"source": "a.csv"}
    for bad, named in (
        (missing, "lacks the columns ['unit']"),
        (extra, "has keys that are no columns: ['source']"),
    ):
        with pytest.raises(FieldError, match=r"data\[0\]") as caught:
            backend([bad], kind="indicators")
        assert named in str(caught.value)


@pytest.mark.parametrize("backend", BACKENDS)
def test_records_with_a_column_of_their_own(backend: Backend) -> None:
    columns = [Column(name="source", type=ColumnType.TEXT), *SCHEMAS["indicators"]]
    rows = [{"source": "甲.csv"} | _record()]
    frame = backend(rows, columns=columns)
    assert_typed(frame, columns)
    assert values(frame, "source") == ["甲.csv"]


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize(
    ("data", "options", "error", "field"),
    [
        ([{"a": 1}], {}, FieldError, "kind"),  # records need a kind or columns
        ([], {}, FieldError, "kind"),
        ([], {"kind": "nothing"}, FieldError, "kind"),
        ([], {"kind": "indicators", "columns": SCHEMAS["indicators"]}, FieldError, "columns"),
        ([], {"columns": ["value"]}, FieldTypeError, "columns"),
        ([], {"columns": []}, FieldTypeError, "columns"),
        ([], {"columns": [SCHEMAS["lines"][0]] * 2}, FieldError, "columns"),
        (5, {"columns": SCHEMAS["lines"]}, FieldTypeError, "data"),
        ({"project": "a"}, {"columns": SCHEMAS["lines"]}, FieldTypeError, "data"),
        ([{"a": 1}, 5], {"kind": "lines"}, FieldTypeError, "results"),  # neither
        ([5], {"columns": SCHEMAS["lines"]}, FieldTypeError, "data[0]"),
    ],
)
def test_what_is_neither_records_nor_results_is_refused(
    backend: Backend,
    data: object,
    options: Mapping[str, object],
    error: type[FieldError],
    field: str,
) -> None:
    with pytest.raises(error) as caught:
        backend(data, **options)
    assert caught.value.field == field


# --- Missing extras ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("backend", "module", "extra"),
    [
        (to_polars, "polars", "polars"),
        (to_pandas, "pandas", "pandas"),
        (to_pandas, "pyarrow", "pandas"),
        (to_arrow, "pyarrow", "arrow"),
    ],
)
def test_a_missing_backend_names_the_extra(
    backend: Backend, module: str, extra: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, module, None)  # import then raises ImportError
    with pytest.raises(MissingExtraError) as caught:
        backend([], kind="lines")
    assert caught.value.extra == extra
    assert f"perfindicator[{extra}]" in str(caught.value)


def _project(name: str, year: int, *rows: tuple[str, str, Level2]) -> Project:
    return Project(
        name=name,
        year=year,
        indicators=tuple(
            Indicator(level2=level2, name=indicator, target=parse_target(text) if text else None)
            for indicator, text, level2 in rows
        ),
    )


@pytest.mark.parametrize("kind", ["tables", ["lines"]])
def test_a_kind_that_is_no_record_kind_is_refused(kind: object) -> None:
    for build in (to_polars, to_pandas, to_arrow):
        with pytest.raises(FieldError, match=r"\.kind: must be one of projects, indicators"):
            build([{"project": "x"}], kind=kind)  # type: ignore[arg-type]
