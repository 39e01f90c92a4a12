"""One file of a batch: `process` reads it and gives its rows of every kind, `FileResult`.

`process` is a top-level function of plain, picklable arguments, so that a process pool can
run it: it reads the file (and the actuals file beside it), and does nothing else outside.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterable, Mapping
from typing import Any, get_args

import attrs

from perfindicator.audits.audit import audit
from perfindicator.documents.document import Document
from perfindicator.documents.labels import MoneyUnit
from perfindicator.documents.monitoring_report import MonitoringReport
from perfindicator.documents.selfeval_report import SelfEvaluationReport
from perfindicator.errors import (
    DataError,
    FieldError,
    FormError,
    MonitoringError,
    PerfIndicatorError,
    Place,
    Problem,
    SelfEvaluationError,
    instance_of,
    shown,
)
from perfindicator.interchange.convert import key_path
from perfindicator.interchange.inputs import ActualsInputs, actuals_from_json
from perfindicator.interchange.record_schema import SCHEMAS, Column, RecordKind
from perfindicator.interchange.records import Record, to_records
from perfindicator.io import read_any, read_utf8
from perfindicator.model.project import Project
from perfindicator.reports.lint import lint
from perfindicator.reports.monitoring import Monitoring
from perfindicator.reports.selfeval import SelfEvaluation, self_evaluate

__all__ = ["KINDS", "UNEXPECTED", "FileResult", "Options", "process"]

KINDS: tuple[RecordKind, ...] = tuple(SCHEMAS)
"""Every record kind, in `SCHEMAS`' order: the tables of a batch."""

UNEXPECTED = "unexpected"
"""The code of the error row that stands for an exception the library did not expect."""


def _tables(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, Mapping) or set(value) != set(KINDS):
        raise FieldError("FileResult", "tables", value, f"must map every record kind: {KINDS}")


def _money_unit(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and value not in get_args(MoneyUnit):
        raise FieldError("Options", "money_unit", value, "must be 元, 万元 or None")


def _problems(problems: Iterable[Problem]) -> tuple[Problem, ...]:
    return tuple(problems)


@attrs.frozen(kw_only=True)
class Options:
    """What every file of a batch is read with.

    Attributes:
        actuals: a JSON file of actual values, as `perfindicator evaluate` takes, for the
            declarations of every file; a JSON file beside a form with the form's stem
            (`表.xlsx`, `表.json`) is taken for that form instead.
        money_unit: `"元"` or `"万元"`, the unit of amounts where no cell of a form
            announces one.

    Examples:
        >>> Options(money_unit="万元").actuals is None
        True
    """

    actuals: str | None = attrs.field(default=None, validator=instance_of(str, None))
    money_unit: MoneyUnit | None = attrs.field(default=None, validator=_money_unit)


@attrs.frozen(kw_only=True)
class FileResult:
    """The rows one file gives, by record kind, and the problems that stopped any of them.

    Attributes:
        path: the file's source: its path as given, or relative to the folder given.
        tables: every record kind (`KINDS`) mapped to the file's rows of that kind, in
            the order of its documents; `"errors"` holds `errors` as rows.
        errors: every problem that kept a document, or a part of one, from its rows: a
            file that cannot be read, an actual value that cannot be evaluated.

    Examples:
        >>> result = FileResult(path="a.csv", tables=dict.fromkeys(KINDS, ()))
        >>> result.failed, result.tables["indicators"]
        (False, ())
    """

    path: str = attrs.field(validator=instance_of(str))
    tables: Mapping[RecordKind, tuple[Record, ...]] = attrs.field(validator=_tables)
    errors: tuple[Problem, ...] = attrs.field(
        default=(),
        converter=_problems,
        validator=attrs.validators.deep_iterable(instance_of(Problem)),
    )

    @property
    def failed(self) -> bool:
        """Whether a problem kept any rows of the file from its tables."""
        return bool(self.errors)


def process(path: str, options: Options | None = None, *, source: str | None = None) -> FileResult:
    """Read one file and give its rows of every kind; never raises for the file's content.

    Each document of the file gives:

    - a declaration (`Project`): a `"projects"` row, its `"indicators"`, lint's
      `"findings"`, and, with actual values for it (`options.actuals`, or the JSON file
      beside the form), its self-evaluation's `"lines"`;
    - a self-evaluation report (`SelfEvaluationReport`): a `"projects"` row, and its
      audit's `"audits"` row and `"discrepancies"`;
    - a monitoring table (`MonitoringReport`): a `"projects"` row, and its `"monitoring"`
      lines where it says which months it covers (the lights are set at their last day).

    Every problem of the library (`PerfIndicatorError`) becomes an `"errors"` row and
    leaves the rest of the file's rows; any other exception, a bug, becomes one error row
    of code `UNEXPECTED` naming the file, and the file gives no other rows.

    Args:
        path: the file to read.
        options: the actual values and money unit to read it with; by default none.
        source: the file's name in the rows (`FileResult.path`, the `file` of a place in
            the file); by default `path`.

    Examples:
        >>> result = process("examples/forms/templates/tianjin_hebei_2023.csv")
        >>> [len(result.tables[kind]) for kind in ("projects", "indicators", "errors")]
        [1, 6, 0]
        >>> process("no/such/form.csv").errors[0].code
        'file'
    """
    name = path if source is None else source
    if path == "-":
        # Standard input to the command's reader; here, the file of that name.
        path = os.path.join(os.curdir, "-")
    names = {path: name, _beside(path): _beside(name)}
    try:
        return _File(path, options or Options()).read().result(name, names)
    except Exception as error:
        # A bug of the library; the batch goes on and the row names the file.
        return failure(name, [unexpected(name, error)])


def failure(source: str, problems: Iterable[Problem]) -> FileResult:
    """The result of a file that gave no rows but the error rows of `problems`."""
    return _Rows(problems=list(problems)).result(source, {})


def unexpected(source: str, error: Exception) -> Problem:
    """The problem that stands for an exception the library did not expect: a bug."""
    return Problem(
        code=UNEXPECTED,
        message_en=f"unexpected error: {shown(error)}; please report this as a bug",
        message_zh="程序内部错误，请报告",
        where=Place(file=source),
    )


@attrs.define
class _Rows:
    """The rows of a file as they are made, by kind, and its problems."""

    file: str | None = None
    rows: dict[RecordKind, list[Record]] = attrs.Factory(lambda: {kind: [] for kind in KINDS})
    problems: list[Problem] = attrs.Factory(list)

    def add(self, kind: RecordKind, records: Iterable[Mapping[str, Any]]) -> None:
        """Add the rows that fit their table's columns; each that does not is a problem.

        A figure of a published form can lie beyond a column (a total of scores printed with
        three places, a sum past 18 digits): that row cannot be written exactly, so it is
        this file's error, and the other files, and this file's other rows, go on.
        """
        columns = SCHEMAS[kind]
        for record in records:
            wrong = next((c for c in columns if not c.fits(record.get(c.name))), None)
            if wrong is None:
                self.rows[kind].append(dict(record))
            else:
                self.problems.append(self.misfit(kind, record, wrong))

    def misfit(self, kind: RecordKind, record: Mapping[str, Any], column: Column) -> Problem:
        value = record.get(column.name)
        whose = " / ".join(
            str(record[name]) for name in ("project", "indicator") if record.get(name)
        )
        en, zh = column.expected()
        return Problem(
            code="field",
            message_en=f"the {kind} row cannot be written: its {column.name} {shown(value)} "
            f"does not fit the column, which holds {en}",
            message_zh=f"该行无法写出：{zh}",
            where=Place(file=self.file, subject=f"{kind}: {whose}" if whose else kind),
            text=str(value),
        )

    def result(self, source: str, names: dict[str, str]) -> FileResult:
        """The result of the file `source`, the files read (`names`' keys) named as shown."""
        problems = [_named(problem, names) for problem in self.problems]
        self.add("errors", to_records(problems, kind="errors"))
        for records in self.rows.values():
            for record in records:
                if record.get("file") in names:
                    record["file"] = names[str(record["file"])]
        return FileResult(
            path=source,
            tables={kind: tuple(records) for kind, records in self.rows.items()},
            errors=problems,
        )


def _named(problem: Problem, names: dict[str, str]) -> Problem:
    file = problem.where.file
    if file not in names:
        return problem
    return attrs.evolve(problem, where=attrs.evolve(problem.where, file=names[file]))


def problems_of(error: PerfIndicatorError, where: Place) -> list[Problem]:
    """The problems of `error`, each placed inside `where` (a file, say)."""
    if isinstance(error, (FormError, DataError)):
        return [problem.moved(where) for problem in error.problems]
    return [error.as_problem(where)]


def read_actuals(path: str) -> dict[str, ActualsInputs]:
    """The actual values of a JSON file, by project name (see `actuals_from_json`).

    Raises:
        DataError: every problem of the document, each at its JSON path in `path`.
        FormError: the file is not UTF-8 text.
        ReadError: the file cannot be read.
    """
    return actuals_from_json(read_utf8(path), source=path)


@functools.lru_cache(maxsize=1)
def _shared_actuals(path: str) -> dict[str, ActualsInputs]:
    # The options' actuals file, read once per process, not once per file: a national
    # collection's actuals file is as large as its forms are many. (`run` has read it
    # before any form, so it does not change under the batch unnoticed... as far as a
    # file can be relied on; its problems were reported then.)
    return read_actuals(path)


def _beside(path: str) -> str:
    """The JSON file of actual values beside a form: the form's name with `.json`."""
    return os.path.splitext(path)[0] + ".json"


class _File:
    """Reading one file into rows (see `process`)."""

    def __init__(self, path: str, options: Options) -> None:
        self.path = path
        self.options = options
        # The actuals file read for the file's projects, where one is.
        self.actuals: str | None = None
        self.found = _Rows(file=path)

    def fail(self, error: PerfIndicatorError, where: Place) -> None:
        """Add the problems of `error`, each placed inside `where`."""
        self.found.problems += problems_of(error, where)

    def read(self) -> _Rows:
        try:
            documents: list[Document] = read_any(self.path, money_unit=self.options.money_unit)
        except PerfIndicatorError as error:
            self.fail(error, Place(file=self.path))
            return self.found
        inputs = self.inputs({d.name for d in documents if isinstance(d, Project)})
        for document in documents:
            try:
                self.document(document, inputs)
            except PerfIndicatorError as error:
                # An audit that cannot take a printed figure, a monitoring table line that
                # cannot be read, ...: the document's problem, named with it.
                self.fail(error, attrs.evolve(document.place, subject=document.name))
        return self.found

    def document(self, document: Document, inputs: dict[str, ActualsInputs]) -> None:
        self.found.add("projects", to_records(document, kind="projects"))
        if isinstance(document, Project):
            self.declaration(document, inputs)
        elif isinstance(document, SelfEvaluationReport):
            self.report(document)
        else:
            self.monitoring(document)

    def declaration(self, project: Project, inputs: dict[str, ActualsInputs]) -> None:
        self.found.add("indicators", to_records(project))
        self.found.add("findings", to_records((project, lint(project))))
        if project.name in inputs:
            self.run(project, "lines", lambda: self_evaluate(project, **inputs[project.name]))

    def report(self, report: SelfEvaluationReport) -> None:
        result = audit(report)
        self.found.add("audits", to_records(result, kind="audits"))
        self.found.add("discrepancies", to_records(result))

    def monitoring(self, report: MonitoringReport) -> None:
        if report.last_day is None:
            return  # no day to set the lights at: the table says no months
        self.run(report.project(), "monitoring", report.monitor)

    def run(
        self, project: Project, kind: RecordKind, make: Callable[[], SelfEvaluation | Monitoring]
    ) -> None:
        """Add `make()`'s rows of `kind`, or its problems, each named with `project`.

        A monitoring table states its own values; a self-evaluation's are the actuals
        file's: its problems (a value missing, one that cannot be evaluated) are that file's.
        """
        try:
            result = make()
        except (SelfEvaluationError, MonitoringError) as error:
            self.found.problems += error.problems_in(
                self.path if kind == "monitoring" else self.actuals
            )
            return
        self.found.add(kind, to_records(result))

    def inputs(self, names: set[str]) -> dict[str, ActualsInputs]:
        """The actual values of the file's projects: the JSON file beside it, or the options'."""
        beside = _beside(self.path)
        path = beside if os.path.isfile(beside) else self.options.actuals
        if path is None or (path != beside and not names):
            return {}
        self.actuals = path
        try:
            inputs = read_actuals(path) if path == beside else _shared_actuals(path)
        except PerfIndicatorError as error:
            self.fail(error, Place(file=path))
            return {}
        if path == beside:
            # The file beside the form is the form's: a name of none of its projects is a slip.
            self.found.problems += [
                Problem(
                    code="input",
                    message_en="no project of this name on the form beside",
                    message_zh="申报表中没有该项目",
                    where=Place(file=path, subject=key_path("$.projects", name)),
                    text=name,
                )
                for name in sorted(inputs.keys() - names)
            ]
        return inputs
