r"""The `perfindicator` command: show, lint, self-evaluate and monitor forms, audit self-evaluations.

With `perfindicator.io`, the one module that touches files and standard input; the library it
drives does no I/O. Files and standard input are read as bytes and decoded strictly as UTF-8
(`perfindicator.io.decode`), so both accept and refuse the same input.

Bad input never gives a traceback: every problem found is printed on its own line of
standard error, `perfindicator: <place>: <message>`, and the exit status is 2 (a control
character in a file name or a message is escaped, so a problem is always one line). The
actuals file is read by the library's strict JSON reader (`interchange.convert.loads`), so
it is refused for what `from_json` refuses, each problem at its JSON path. Output that the
terminal's encoding cannot show is escaped (`\u4e2d`), never an error: text with backslash
escapes, JSON with its own `\u` escapes, so it stays valid JSON.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import functools
import importlib.metadata
import io
import json
import os
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any, BinaryIO, TextIO, TypeAlias, TypeVar

import attrs

from perfindicator import batch
from perfindicator.audits.audit import Audit, audit
from perfindicator.batch import FORMATS
from perfindicator.display.text import (
    audit_text,
    monitoring_text,
    problem_line,
    project_text,
    self_evaluation_text,
)
from perfindicator.documents.document import Document, project_of
from perfindicator.documents.monitoring_report import MonitoringReport
from perfindicator.documents.selfeval_report import SelfEvaluationReport
from perfindicator.documents.shanghai import read_forms
from perfindicator.errors import (
    DataError,
    FormError,
    MonitoringError,
    PerfIndicatorError,
    Place,
    Problem,
    ReadError,
    SelfEvaluationError,
    shown,
)
from perfindicator.grammar.inputs import read_iso_date
from perfindicator.interchange.convert import key_path, to_dict
from perfindicator.interchange.inputs import actuals_from_json, progress_from_json
from perfindicator.interchange.records import to_records
from perfindicator.io import read_any
from perfindicator.io.text import decode, read_utf8
from perfindicator.model.project import Project
from perfindicator.reports.lint import Severity, lint
from perfindicator.reports.monitoring import Monitoring, monitor
from perfindicator.reports.rules import RULES, LintRules
from perfindicator.reports.scheme import PRESETS
from perfindicator.reports.selfeval import self_evaluate

__all__ = ["main"]

T = TypeVar("T")
R = TypeVar("R")

_STDIN = "<stdin>"


class _Failure(Exception):
    """The input has problems: each is printed on its own line, and the exit status is 2."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__(len(self.problems))


def main(
    argv: Sequence[str] | None = None,
    *,
    stdout: TextIO | None = None,
    stdin: BinaryIO | None = None,
) -> int:
    """Run the command line; return the exit status (0 fine, 1 errors found, 2 bad input).

    1 is lint's errors in a form, or audit's errors in a self-evaluation.

    `stdout` and `stdin` (bytes, decoded as standard input is) replace the process's streams,
    for running the command inside another program.

    Examples:
        >>> import io
        >>> main(["lint", "examples/forms/shanghai-justice-2022.txt"], stdout=io.StringIO())
        1
    """
    if stdout is None:
        _escape_what_cannot_be_shown()
    out = stdout or sys.stdout
    try:
        # argparse prints --help and --version to sys.stdout: to `out` when one is given.
        with contextlib.redirect_stdout(out):
            args = _parser().parse_args(argv)
        args.stdin = stdin
    except SystemExit as exit:
        # argparse has printed the usage or the version; keep `main` a function that returns.
        return exit.code if isinstance(exit.code, int) else 2
    try:
        return int(args.run(args, out))
    except _Failure as failure:
        for problem in failure.problems:
            print(f"perfindicator: {problem_line(problem)}", file=sys.stderr)
        if getattr(args, "json", False):
            # For programs: the same problems on standard output, as the results would be.
            _print_json({"errors": [_problem_json(p) for p in failure.problems]}, out)
        return 2
    except BrokenPipeError:
        # The reader went away (`| head`): stop quietly, as other command-line tools do.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115
        return 0
    except KeyboardInterrupt:
        return 130


def _problem_json(problem: Problem) -> dict[str, Any]:
    """A problem of the input as JSON: its error record, and its place as one text."""
    (record,) = to_records(problem, kind="errors")
    return {"place": str(problem.where)} | dict(record)


def _escape_what_cannot_be_shown() -> None:
    # PYTHONIOENCODING=ascii or a Latin-1 terminal: the Chinese of a form must come out
    # escaped, not as a UnicodeEncodeError in the middle of the output.
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")


def _version() -> str:
    try:
        return importlib.metadata.version("perfindicator")
    except importlib.metadata.PackageNotFoundError:  # pragma: no cover - run from a checkout
        return "unknown (not installed)"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="perfindicator",
        description="Show, lint and self-evaluate fiscal performance target forms (绩效目标申报表).",
        epilog=_EXIT_STATUS,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"perfindicator {_version()}")
    commands = parser.add_subparsers(required=True, metavar="COMMAND")
    form_help = (
        "a form file: .xlsx, .xls, .docx, .html, .pdf, .csv, .tsv or .txt "
        "(- for standard input: UTF-8 text, tab-separated cells)"
    )
    show = commands.add_parser("show", help="print each project and its indicator tree")
    show.add_argument("forms", metavar="FORM", nargs="+", help=form_help)
    show.set_defaults(run=_show)
    check = commands.add_parser(
        "lint",
        help="print the defects of each project; exit 1 on errors",
        epilog=_lint_codes(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    check.add_argument("forms", metavar="FORM", nargs="+", help=form_help)
    for option, what in (("--select", "only these rules"), ("--ignore", "not these rules")):
        check.add_argument(
            option,
            metavar="CODES",
            action="append",
            default=[],
            help=f"{what}: codes or their prefixes, comma-separated (PI001,PI03)",
        )
    check.set_defaults(run=_lint)
    evaluate = commands.add_parser("evaluate", help="self-evaluate each project (绩效自评)")
    evaluate.add_argument("forms", metavar="FORM", nargs="+", help=form_help)
    evaluate.add_argument(
        "actuals",
        metavar="ACTUALS",
        help="a JSON file of actual values for the projects of every FORM, by project name "
        "(- for standard input)",
    )
    evaluate.set_defaults(run=_evaluate)
    watch = commands.add_parser("monitor", help="light each project's progress mid-year (运行监控)")
    watch.add_argument(
        "forms",
        metavar="FORM",
        nargs="+",
        help=f"{form_help}; a last argument ending in .json (or -, after a FORM) is taken "
        "as --progress",
    )
    watch.add_argument(
        "--progress",
        metavar="FILE",
        help="a JSON file of the values reached so far, shaped as ACTUALS (- for standard "
        "input); without it, every FORM must be monitoring tables (监控表), which state "
        "their own",
    )
    watch.add_argument(
        "--on",
        type=_day,
        metavar="DATE",
        help="the last day the data covers (for a monitoring table, by default the last day "
        "of the months it says it covers)",
    )
    watch.set_defaults(run=_monitor)
    recheck = commands.add_parser(
        "audit",
        help="recompute each published self-evaluation (自评表) and print its discrepancies; "
        "exit 1 when any is an error",
    )
    recheck.add_argument(
        "files",
        metavar="FILE",
        nargs="+",
        help="a file of self-evaluation reports: .xlsx, .xls, .docx, .html, .pdf, .csv, .tsv "
        "or .txt",
    )
    recheck.add_argument(
        "--scheme",
        choices=sorted(PRESETS),
        help="the scoring scheme to recompute with (by default the preset of each report's layout)",
    )
    recheck.set_defaults(run=_audit)
    many = commands.add_parser(
        "batch",
        help="read, lint, audit and score every form under the paths into one table per kind; "
        "exit 1 when any file fails",
        description="Read every form file under the paths (folders recursively), lint every "
        "declaration, audit every self-evaluation report, light every monitoring table, "
        "self-evaluate a declaration where actuals are given, and write one table per record "
        "kind (projects, indicators, lines, findings, audits, discrepancies, monitoring, "
        "errors) into DIR. A file that cannot be read is listed in the errors table and the "
        "batch goes on.",
    )
    many.add_argument("paths", metavar="PATH", nargs="+", help="a form file or a folder of them")
    many.add_argument("--out", metavar="DIR", required=True, help="the folder the tables go to")
    many.add_argument(
        "--format", choices=FORMATS, default="csv", help="the tables' file format (csv)"
    )
    many.add_argument(
        "--jobs", type=_jobs, default=1, metavar="N", help="worker processes (1: in this one)"
    )
    many.add_argument(
        "--actuals",
        metavar="FILE",
        help="a JSON file of actual values, as evaluate takes, for every declaration (by "
        "default a .json file beside a form, with its name, holds the form's)",
    )
    many.set_defaults(run=_batch)
    for command in (show, check, evaluate, watch, recheck):
        command.add_argument("--json", action="store_true", help="print JSON instead of tables")
    for command in (show, check, evaluate, watch, recheck, many):
        command.add_argument(
            "--money-unit",
            choices=("元", "万元"),
            help="the unit of amounts where no cell of a form announces one",
        )
    return parser


def _jobs(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"expected a number of workers, 1 or more, got {text!r}")
    return int(text)


def _batch(args: argparse.Namespace, out: TextIO) -> int:
    """The batch: its problems and its count go to standard error, the tables to `--out`."""
    return batch.main(
        args.paths,
        args.out,
        format=args.format,
        jobs=args.jobs,
        actuals=args.actuals,
        money_unit=args.money_unit,
    )


def _problem(file: str, subject: str, en: str, zh: str, text: str | None = None) -> Problem:
    return Problem(
        code="input",
        message_en=en,
        message_zh=zh,
        where=Place(file=file, subject=subject),
        text=text,
    )


def _stdin(given: BinaryIO | None) -> str:
    if given is not None:
        return _decode_stdin(given.read())
    if sys.stdin is None:
        raise _Failure([_problem(_STDIN, "", "there is no standard input", "没有标准输入")])
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is None:
        # A text-only stream (an application embedding the command): already decoded.
        return sys.stdin.read()
    return _decode_stdin(buffer.read())


def _decode_stdin(data: bytes) -> str:
    try:
        return decode(data, source=_STDIN)
    except FormError as error:
        raise _Failure(error.problems) from None


def _projects(path: str, stdin: BinaryIO | None, money_unit: Any = None) -> list[Project]:
    """The projects of a form file: a monitoring table's are its indicators and targets."""
    documents = _documents(path, stdin, money_unit)
    return _reading(path, lambda: [project_of(d) for d in documents])


def _documents(path: str, stdin: BinaryIO | None, money_unit: Any = None) -> list[Document]:
    return _reading(path, lambda: _read_documents(path, stdin, money_unit))


def _reading(path: str, read_: Callable[[], T]) -> T:
    """`read_()`, its library errors turned into the command's problems."""
    try:
        return read_()
    except ReadError as error:
        raise _Failure([error.as_problem(Place(file=path))]) from None
    except (FormError, DataError) as error:
        raise _Failure(error.problems) from None
    except PerfIndicatorError as error:
        raise _Failure([error.as_problem(Place(file=path))]) from None


def _read_documents(path: str, stdin: BinaryIO | None, money_unit: Any) -> list[Document]:
    if path == "-":
        return list(read_forms(_stdin(stdin), source=_STDIN))
    return read_any(path, money_unit=money_unit)


def _text_of(path: str, stdin: BinaryIO | None) -> str:
    if path == "-":
        return _stdin(stdin)
    try:
        return read_utf8(path)
    except FormError as error:
        raise _Failure(error.problems) from None
    except ReadError as error:
        raise _Failure([error.as_problem(Place(file=path))]) from None


def _print_json(data: object, out: TextIO) -> None:
    text = json.dumps(data, ensure_ascii=False, indent=2)
    encoding = getattr(out, "encoding", None)
    if encoding is not None:
        try:
            text.encode(encoding)
        except UnicodeEncodeError:
            # JSON's own escapes keep the output valid JSON in any encoding.
            text = json.dumps(data, ensure_ascii=True, indent=2)
        except LookupError:  # pragma: no cover - an encoding Python does not know
            text = json.dumps(data, ensure_ascii=True, indent=2)
    print(text, file=out)


_EXIT_STATUS = """exit status:
  0    done; nothing found that is an error
  1    lint or audit found an error in a form; batch: a file could not be read
  2    bad input: a file that cannot be read, a usage error (every problem is printed,
       one a line, or as {"errors": [...]} with --json)
  130  interrupted"""


def _lint_codes() -> str:
    lines = [f"  {rule.code}  {rule.severity.value:<7}  {rule.checks_en}" for rule in RULES]
    return "lint rules (see the docs' lint rule reference):\n" + "\n".join(lines)


def _many(args: argparse.Namespace) -> list[tuple[str, list[Project]]]:
    """The projects of every form file, by file.

    Every file is read before any problem of any of them is reported, so that each bad file
    is named; standard input can be one of them, once.
    """
    if args.forms.count("-") > 1:
        raise _Failure(
            [_problem(_STDIN, "", "standard input can be read once", "标准输入只能读取一次")]
        )
    problems: list[Problem] = []
    found = []
    for path in args.forms:
        projects = _collect(
            problems, functools.partial(_projects, path, args.stdin, args.money_unit)
        )
        if projects is not None:
            found.append((_STDIN if path == "-" else path, projects))
    if problems:
        raise _Failure(problems)
    return found


def _progress_file(forms: list[str]) -> tuple[list[str], str | None]:
    """`monitor`'s FORMs and its PROGRESS file: the last argument, if it is .json or `-`.

    No form format is JSON, and standard input after a form was PROGRESS before several
    forms were taken, so the split is never a guess.
    """
    if len(forms) > 1 and (forms[-1] == "-" or forms[-1].lower().endswith(".json")):
        return forms[:-1], forms[-1]
    return forms, None


def _show(args: argparse.Namespace, out: TextIO) -> int:
    projects = [p for _, found in _many(args) for p in found]
    if args.json:
        _print_json([to_dict(p) for p in projects], out)
        return 0
    for project in projects:
        print(project_text(project), file=out)
        print(file=out)
    return 0


def _lint(args: argparse.Namespace, out: TextIO) -> int:
    rules = _lint_rules(args.select, args.ignore)
    files = _many(args)
    projects = [p for _, found in files for p in found]
    results = [(path, p, lint(p, rules=rules)) for path, found in files for p in found]
    if args.json:
        _print_json(
            [{"file": f, "project": p.name, "findings": to_dict(x)} for f, p, x in results], out
        )
    else:
        for _, project, findings in results:
            for finding in findings:
                print(f"{project.name}: {finding}", file=out)
        total = sum(len(f) for _, _, f in results)
        print(
            f"{total} finding{'s' if total != 1 else ''} in {len(projects)} project{'s' if len(projects) != 1 else ''}",
            file=out,
        )
    return 1 if any(f.severity is Severity.ERROR for _, _, fs in results for f in fs) else 0


def _lint_rules(select: list[str], ignore: list[str]) -> LintRules:
    """The rules `--select` and `--ignore` leave: codes or prefixes, comma-separated."""

    def codes(given: list[str], option: str) -> set[str]:
        found = set()
        for word in (w.strip() for text in given for w in text.split(",") if w.strip()):
            matching = {rule.code for rule in RULES if rule.code.startswith(word)}
            if not matching:
                raise _Failure(
                    [
                        _problem(
                            "",
                            option,
                            f"{word} is not a lint rule or a prefix of one",
                            "不是检查规则编号",
                            text=word,
                        )
                    ]
                )
            found |= matching
        return found

    every = {rule.code for rule in RULES}
    chosen = codes(select, "--select") if select else every
    return LintRules(ignore=(every - chosen) | codes(ignore, "--ignore"))


def _evaluate(args: argparse.Namespace, out: TextIO) -> int:
    projects, inputs, problems = _with_inputs(args, _actuals(args.actuals, args.stdin))
    source = _STDIN if args.actuals == "-" else args.actuals
    results = _each_project(_given(projects, inputs, source, self_evaluate), problems)
    _print_results(results, args.json, out, self_evaluation_text)
    return 0


def _print_results(
    results: list[tuple[str, R]], as_json: bool, out: TextIO, text: Callable[[R], str]
) -> None:
    """Each result as JSON with its form's `file`, or as text under its file's name.

    A file's name heads its results only where several files were given.
    """
    if as_json:
        _print_json([{"file": file} | to_dict(result) for file, result in results], out)
        return
    several = len({file for file, _ in results}) > 1
    shown_file = None
    for file, result in results:
        if several and file != shown_file:
            print(f"== {file}", file=out)
            shown_file = file
        print(text(result), file=out)
        print(file=out)


def _with_inputs(
    args: argparse.Namespace, inputs_file: _InputsFile
) -> tuple[list[tuple[str, Project]], _Inputs, list[Problem]]:
    """The forms' projects with their files, the inputs file's entries, and their problems.

    Both files are read, and each project matched with its entry by name, before any
    problem is reported: every one is listed.
    """
    if "-" in args.forms and inputs_file.path == "-":
        raise _Failure(
            [
                _problem(
                    _STDIN,
                    "",
                    f"FORM and {inputs_file.name} cannot both be standard input",
                    f"申报表与{inputs_file.name_zh}不能同时来自标准输入",
                )
            ]
        )
    problems: list[Problem] = []
    found = _collect(problems, lambda: _many(args))
    inputs = _collect(problems, inputs_file.read)
    if found is None or inputs is None:
        raise _Failure(problems)
    projects = [(file, project) for file, projects in found for project in projects]
    names = {p.name for _, p in projects}
    source = inputs_file.source
    for name in inputs.keys() - names:
        hint = f"; the form has {shown(name.strip())}" if name.strip() in names else ""
        problems.append(
            _problem(
                source,
                key_path("$.projects", name),
                f"no project of this name on the form{'s' if len(found) > 1 else ''}{hint}",
                "申报表中没有该项目",
                name,
            )
        )
    for _, project in projects:
        if project.name not in inputs:
            problems.append(
                _problem(
                    source,
                    "$.projects",
                    f"no {inputs_file.entry_name} for project {shown(project.name)}",
                    f"缺少该项目的{inputs_file.name_zh}",
                )
            )
    return projects, inputs, problems


_Task: TypeAlias = tuple[str, Project, str, Callable[[], R]]
"""A form's file, a project of it, the file its problems are named with, and the
computation to run for it."""


def _given(
    projects: list[tuple[str, Project]],
    inputs: _Inputs,
    source: str,
    run: Callable[..., R],
    **settings: Any,
) -> list[_Task[R]]:
    """`run(project, **entry, **settings)` for each project with an entry in `inputs`."""
    return [
        (
            file,
            project,
            source,
            functools.partial(run, project, **inputs[project.name], **settings),
        )
        for file, project in projects
        if project.name in inputs
    ]


def _each_project(tasks: list[_Task[R]], problems: list[Problem]) -> list[tuple[str, R]]:
    """Each task's result with its form's file; every problem, `problems` first, together."""
    results = []
    for file, project, source, run in tasks:
        try:
            results.append((file, run()))
        except (SelfEvaluationError, MonitoringError) as error:
            problems += error.problems_in(source)
        except PerfIndicatorError as error:
            problems.append(error.as_problem(Place(file=source, subject=project.name)))
    if problems:
        raise _Failure(problems)
    return results


def _reported(args: argparse.Namespace) -> tuple[list[_Task[Monitoring]], list[Problem]]:
    """The monitoring tables of every FORM, each lit as it states its progress.

    Every file is read before any problem is reported; each project comes with its file.
    """
    if args.forms.count("-") > 1:
        raise _Failure(
            [_problem(_STDIN, "", "standard input can be read once", "标准输入只能读取一次")]
        )
    tasks: list[_Task[Monitoring]] = []
    problems: list[Problem] = []
    for path in args.forms:
        source = _STDIN if path == "-" else path
        documents = _collect(
            problems, functools.partial(_documents, path, args.stdin, args.money_unit)
        )
        declarations = [d.name for d in documents or () if not isinstance(d, MonitoringReport)]
        if declarations:
            problems.append(
                _problem(
                    source,
                    "",
                    f"declaration forms {declarations} state no progress: give PROGRESS, "
                    "a JSON file of the values reached so far",
                    "申报表不含执行情况：请提供执行情况文件",
                )
            )
            continue
        for report in documents or ():
            assert isinstance(report, MonitoringReport)
            project = _collect(problems, functools.partial(_reading, path, report.project))
            on = _covered(report, args.on, source, problems)
            if project is not None and on is not None:
                tasks.append((source, project, source, functools.partial(report.monitor, on=on)))
    return tasks, problems


def _covered(
    report: MonitoringReport, on: datetime.date | None, source: str, problems: list[Problem]
) -> datetime.date | None:
    """The last day a table's data covers: `on`, or the end of the months it says it covers.

    A date in another month than the table's last is a problem: the lights would set the
    table's values against another time progress.
    """
    last = report.last_day
    if last is None:
        if on is None:
            problems.append(
                _problem(
                    source,
                    report.name,
                    "the table does not say which months it covers: give --on DATE",
                    "监控表未注明所涵盖的月份，请给出--on日期",
                )
            )
        return on
    if on is not None and (on.year, on.month) != (last.year, last.month):
        problems.append(
            _problem(
                source,
                report.name,
                f"the table covers months 1-{report.months} of {report.year}, to {last}; "
                f"--on {on} would light it against another time progress",
                f"监控表涵盖{report.year}年1-{report.months}月，与--on日期不符",
            )
        )
    return on or last


def _day(text: str) -> datetime.date:
    day = read_iso_date(text)
    if day is None:
        raise argparse.ArgumentTypeError(f"expected a date such as 2024-06-30, got {text!r}")
    return day


def _monitor(args: argparse.Namespace, out: TextIO) -> int:
    progress = args.progress
    if progress is None:
        args.forms, progress = _progress_file(args.forms)
    if progress is None:
        results = _each_project(*_reported(args))
    elif args.on is None:
        raise _Failure(
            [_problem(progress, "", "--on DATE is required with PROGRESS", "缺少--on日期")]
        )
    else:
        projects, inputs, problems = _with_inputs(args, _progress(progress, args.stdin))
        source = _STDIN if progress == "-" else progress
        results = _each_project(_given(projects, inputs, source, monitor, on=args.on), problems)
    colour = out.isatty() and "NO_COLOR" not in os.environ
    _print_results(results, args.json, out, functools.partial(monitoring_text, colour=colour))
    return 0


def _audit(args: argparse.Namespace, out: TextIO) -> int:
    """Audit every self-evaluation report of every file; exit 1 when any finds an error.

    Every file is read before any audit is printed, so that every bad file is named. Other
    documents in a file (a declaration, a monitoring table) are passed over with a note.
    """
    problems: list[Problem] = []
    reports: list[SelfEvaluationReport] = []
    for path in args.files:
        documents = _collect(
            problems, functools.partial(_documents, path, args.stdin, args.money_unit)
        )
        if documents is None:
            continue
        source = _STDIN if path == "-" else path
        found = [d for d in documents if isinstance(d, SelfEvaluationReport)]
        if not found:
            problems.append(
                _problem(
                    source,
                    "",
                    "no self-evaluation report (自评表) in the file: nothing to audit",
                    "文件中没有绩效自评表",
                )
            )
            continue
        for document in documents:
            if not isinstance(document, SelfEvaluationReport):
                what, what_zh = _SKIPPED[type(document)]
                note = _problem(
                    source,
                    document.name,
                    f"skipped {what}: only self-evaluation reports are audited",
                    f"已跳过{what_zh}：只审核绩效自评表",
                )
                print(f"perfindicator: note: {problem_line(note)}", file=sys.stderr)
        reports += found
    scheme = None if args.scheme is None else PRESETS[args.scheme]
    audits = []
    for report in reports if not problems else ():
        try:
            audits.append(audit(report, scheme=scheme))
        except PerfIndicatorError as error:
            # A printed figure the scoring cannot take (points in fractions of a cent): the
            # report's problem, named with the report, never a traceback.
            problems.append(error.as_problem(attrs.evolve(report.place, subject=report.name)))
    if problems:
        raise _Failure(problems)
    if args.json:
        _print_json([_audit_json(a) for a in audits], out)
    else:
        colour = out.isatty() and "NO_COLOR" not in os.environ
        for result in audits:
            print(audit_text(result, colour=colour), file=out)
            print(file=out)
        listed = [d for a in audits for d in a.discrepancies]
        errors = sum(d.severity is Severity.ERROR for d in listed)
        notes = sum(d.severity is Severity.NOTE for d in listed)
        print(
            f"{len(listed)} discrepanc{'y' if len(listed) == 1 else 'ies'} "
            f"({errors} error{'' if errors == 1 else 's'}, {notes} note{'' if notes == 1 else 's'})"
            f" in {len(audits)} report{'' if len(audits) == 1 else 's'}",
            file=out,
        )
    return 1 if any(a.errors for a in audits) else 0


_SKIPPED: dict[type, tuple[str, str]] = {
    Project: ("a declaration form", "申报表"),
    MonitoringReport: ("a monitoring table", "监控表"),
}


def _audit_json(result: Audit) -> dict[str, Any]:
    """An audit as JSON: numbers as exact decimal strings, as the library's JSON writes them."""
    return {
        "project": result.project,
        "year": result.year,
        "scheme": result.scheme.name,
        "total": _exact(result.total),
        "reported_total": _exact(result.reported_total),
        "discrepancies": [
            {
                "code": d.code,
                "severity": d.severity.value,
                "indicator": d.indicator,
                "reported": _exact(d.reported),
                "recomputed": _exact(d.recomputed),
                "message_en": d.message_en,
                "message_zh": d.message_zh,
                "place": str(d.where),
            }
            for d in result.discrepancies
        ],
    }


def _exact(value: Decimal | None) -> str | None:
    # Fixed-point, never an exponent (`Decimal("1E+2")` is "100").
    return None if value is None else f"{value:f}"


def _collect(problems: list[Problem], read: Callable[[], T]) -> T | None:
    """Return what `read` gives, or None with its problems added to `problems`."""
    try:
        return read()
    except _Failure as failure:
        problems += failure.problems
        return None


_Inputs: TypeAlias = Mapping[str, Mapping[str, Any]]


@attrs.frozen(kw_only=True)
class _InputsFile:
    """A file of what many projects achieved: ACTUALS for `evaluate`, PROGRESS for `monitor`."""

    path: str
    stdin: BinaryIO | None
    name: str
    name_zh: str
    entry_name: str
    parse: Callable[..., _Inputs]

    @property
    def source(self) -> str:
        return _STDIN if self.path == "-" else self.path

    def read(self) -> _Inputs:
        text = _text_of(self.path, self.stdin)
        try:
            return self.parse(text, source=self.source)
        except DataError as error:
            raise _Failure(error.problems) from None


def _actuals(path: str, stdin: BinaryIO | None) -> _InputsFile:
    return _InputsFile(
        path=path,
        stdin=stdin,
        name="ACTUALS",
        name_zh="实际值",
        entry_name="actual values",
        parse=actuals_from_json,
    )


def _progress(path: str, stdin: BinaryIO | None) -> _InputsFile:
    return _InputsFile(
        path=path,
        stdin=stdin,
        name="PROGRESS",
        name_zh="执行情况",
        entry_name="progress",
        parse=progress_from_json,
    )
