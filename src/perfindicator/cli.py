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
import calendar
import contextlib
import datetime
import functools
import importlib.metadata
import io
import json
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from typing import Any, BinaryIO, TextIO, TypeAlias, TypeVar

import attrs

from perfindicator._syntax import CONTROL
from perfindicator.audits.audit import Audit, audit
from perfindicator.display.text import (
    audit_text,
    monitoring_text,
    project_text,
    self_evaluation_text,
)
from perfindicator.documents.document import Document, project_of
from perfindicator.documents.monitoring_report import MonitoringReport
from perfindicator.documents.selfeval_report import SelfEvaluationReport
from perfindicator.documents.shanghai import TITLE, read_forms
from perfindicator.documents.table import NO_FORM
from perfindicator.errors import (
    DataError,
    FieldError,
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
from perfindicator.grammar.parse import parse_target
from perfindicator.interchange.convert import from_dict, key_path, loads, to_dict
from perfindicator.io import read
from perfindicator.io.text import decode, read_text, read_utf8
from perfindicator.model.outcomes import Judgement
from perfindicator.model.project import Project
from perfindicator.model.targets import Target
from perfindicator.reports.budget import BudgetExecution
from perfindicator.reports.lint import Severity, lint
from perfindicator.reports.monitoring import Likelihood, Progress, monitor
from perfindicator.reports.rules import RULES, LintRules
from perfindicator.reports.scheme import PRESETS
from perfindicator.reports.selfeval import self_evaluate
from perfindicator.scoring.evaluate import Actual

__all__ = ["main"]

T = TypeVar("T")
R = TypeVar("R")

_STDIN = "<stdin>"
# Files read as tables whatever they hold; any other file is read as text.
_TABLE_FORMATS = frozenset(
    {".xlsx", ".xlsm", ".xls", ".docx", ".html", ".htm", ".pdf", ".csv", ".tsv"}
)


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
            print(f"perfindicator: {_one_line(problem.summary())}", file=sys.stderr)
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
    """A problem of the input as JSON: what is wrong, in both languages, and where."""
    where = problem.where
    return {
        "code": problem.code,
        "severity": problem.severity.value,
        "place": str(where),
        "file": where.file,
        "sheet": where.sheet,
        "page": where.page,
        "row": where.row,
        "column": where.column,
        "subject": where.subject,
        "message_en": problem.message_en,
        "message_zh": problem.message_zh,
        "text": problem.text,
    }


def _one_line(text: str) -> str:
    # A file name may hold a line break or a NUL (`perfindicator show $'a\nb'`): escaped as
    # Python writes it, so that a problem stays one line and the terminal shows it all.
    return CONTROL.sub(lambda found: repr(found[0])[1:-1], text)


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
        metavar="FORM [PROGRESS]",
        nargs="+",
        help=f"{form_help}; PROGRESS, last, is a .json file of the values reached so far, "
        "shaped as ACTUALS (- for standard input after a FORM); without it, every FORM must "
        "be monitoring tables (监控表), which state their own",
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
    for command in (show, check, evaluate, watch, recheck):
        command.add_argument("--json", action="store_true", help="print JSON instead of tables")
        command.add_argument(
            "--money-unit",
            choices=("元", "万元"),
            help="the unit of amounts where no cell of a form announces one",
        )
    return parser


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
    if os.path.splitext(path)[1].lower() in _TABLE_FORMATS:
        return read(path, money_unit=money_unit)
    # Text (any other name): in the Shanghai layout it is read by its own strict reader;
    # text of another template by its table, as the other formats are.
    try:
        return list(read_text(path))
    except FormError as error:
        if not any(TITLE in problem.message_en for problem in error.problems):
            raise
        as_text = error
    try:
        return read(path, format="txt", money_unit=money_unit)
    except FormError as error:
        # No form in any layout (nothing read at any row): the text reader's problem says
        # what was expected.
        nothing = all(p.code == NO_FORM or p.where.row is None for p in error.problems)
        raise as_text if nothing else error from None


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
  1    lint or audit found an error in a form
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
    projects, inputs, problems = _with_inputs(args, _Actuals(args.actuals, args.stdin))
    results = _each_project(
        _given(projects, inputs, _STDIN if args.actuals == "-" else args.actuals),
        problems,
        lambda project, given: self_evaluate(project, **given),
    )
    if args.json:
        _print_json([to_dict(r) for r in results], out)
    else:
        for result in results:
            print(self_evaluation_text(result), file=out)
            print(file=out)
    return 0


def _with_inputs(
    args: argparse.Namespace, inputs_file: _Actuals
) -> tuple[list[Project], _Inputs, list[Problem]]:
    """The form's projects, the inputs file's entries, and the problems of matching them.

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
    projects = [project for _, projects in found for project in projects]
    names = {p.name for p in projects}
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
    for project in projects:
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


_Given: TypeAlias = list[tuple[Project, str, dict[str, Any] | None]]
"""Each project, the file its problems are named with, and its inputs (`None`: none given)."""


def _given(projects: list[Project], inputs: _Inputs, source: str) -> _Given:
    """Each project with its entry of an inputs file, whose problems are named with it."""
    return [(project, source, inputs.get(project.name)) for project in projects]


def _each_project(
    given: _Given, problems: list[Problem], run: Callable[[Project, dict[str, Any]], R]
) -> list[R]:
    """`run` of each project given inputs; every problem, `problems` first, raised together."""
    results = []
    for project, source, inputs in given:
        if inputs is None:
            continue
        try:
            results.append(run(project, inputs))
        except (SelfEvaluationError, MonitoringError) as error:
            # The indicator's name is the subject; the project's goes before it.
            problems += [
                attrs.evolve(p, where=Place(file=source, subject=f"{project.name}: {p.subject}"))
                for p in error.problems
            ]
        except PerfIndicatorError as error:
            problems.append(error.as_problem(Place(file=source, subject=project.name)))
    if problems:
        raise _Failure(problems)
    return results


def _reported(args: argparse.Namespace) -> tuple[_Given, list[Problem]]:
    """The monitoring tables of every FORM, each as `monitor`'s inputs: what it states.

    Every file is read before any problem is reported; each project comes with its file.
    """
    if args.forms.count("-") > 1:
        raise _Failure(
            [_problem(_STDIN, "", "standard input can be read once", "标准输入只能读取一次")]
        )
    given: _Given = []
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
            stated = _collect(
                problems, functools.partial(_reading, path, functools.partial(_stated, report))
            )
            if stated is not None:
                project, inputs = stated
                on = _covered(report, args.on, source, problems)
                given.append((project, source, None if on is None else inputs | {"on": on}))
    return given, problems


def _covered(
    report: MonitoringReport, on: datetime.date | None, source: str, problems: list[Problem]
) -> datetime.date | None:
    """The last day a table's data covers: `on`, or the end of the months it says it covers.

    A date in another month than the table's last is a problem: the lights would set the
    table's values against another time progress.
    """
    if report.months is None:
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
    last = datetime.date(
        report.year, report.months, calendar.monthrange(report.year, report.months)[1]
    )
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


def _stated(report: MonitoringReport) -> tuple[Project, dict[str, Any]]:
    """A monitoring table's project, and `monitor`'s inputs as the table states them."""
    return report.project(), {"progress": report.progress(), "budget": report.budget()}


def _day(text: str) -> datetime.date:
    day = read_iso_date(text)
    if day is None:
        raise argparse.ArgumentTypeError(f"expected a date such as 2024-06-30, got {text!r}")
    return day


def _monitor(args: argparse.Namespace, out: TextIO) -> int:
    args.forms, progress = _progress_file(args.forms)
    if progress is None:
        results = _each_project(*_reported(args), lambda project, given: monitor(project, **given))
    elif args.on is None:
        raise _Failure(
            [_problem(progress, "", "--on DATE is required with PROGRESS", "缺少--on日期")]
        )
    else:
        projects, inputs, problems = _with_inputs(args, _Progress(progress, args.stdin))
        results = _each_project(
            _given(projects, inputs, _STDIN if progress == "-" else progress),
            problems,
            lambda project, given: monitor(project, **given, on=args.on),
        )
    if args.json:
        _print_json([to_dict(r) for r in results], out)
    else:
        colour = out.isatty() and "NO_COLOR" not in os.environ
        for result in results:
            print(monitoring_text(result, colour=colour), file=out)
            print(file=out)
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
                print(f"perfindicator: note: {_one_line(note.summary())}", file=sys.stderr)
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


_Inputs = dict[str, dict[str, Any]]


class _Actuals:
    """Reads the actuals file: {"projects": {name: {"actuals", "budget", "targets", …}}}.

    Every problem is collected, each with its JSON path, before any is reported. Paths are
    written by `convert.key_path`, as `loads` writes those of its own problems, so that the
    output has one style of path (`$.projects['弱电安防'].actuals.x`).
    """

    _ENTRY_KEYS = frozenset({"actuals", "budget", "targets", "baselines", "points"})
    name, name_zh, entry_name = "ACTUALS", "实际值", "actual values"

    def __init__(self, path: str, stdin: BinaryIO | None) -> None:
        self.path = path
        self.stdin = stdin
        self.source = _STDIN if path == "-" else path
        self.problems: list[Problem] = []

    def fail(self, subject: str, en: str, zh: str, text: str | None = None) -> None:
        self.problems.append(_problem(self.source, subject, en, zh, text))

    def read(self) -> _Inputs:
        document = self.document()
        inputs: _Inputs = {}
        projects = document.get("projects") if isinstance(document, dict) else None
        if not isinstance(projects, dict):
            self.fail(
                "$",
                'expected an object with "projects", mapping project names to actual values',
                "应为含projects的对象",
            )
            raise _Failure(self.problems)
        for name, entry in projects.items():
            read = self.entry(key_path("$.projects", name), entry)
            if read is not None:
                inputs[name] = read
        if self.problems:
            raise _Failure(self.problems)
        return inputs

    def document(self) -> object:
        text = _text_of(self.path, self.stdin)
        try:
            return loads(text)
        except DataError as error:
            raise _Failure([p.moved(Place(file=self.source)) for p in error.problems]) from None

    def entry(self, where: str, entry: object) -> dict[str, Any] | None:
        if not isinstance(entry, dict) or not isinstance(entry.get("actuals"), dict):
            self.fail(where, 'expected an object with "actuals"', "应为含actuals的对象")
            return None
        count = len(self.problems)
        for key in sorted(entry.keys() - self._ENTRY_KEYS):
            self.fail(key_path(where, key), "unknown key", "未知的键", key)
        budget = entry.get("budget")
        if budget is not None and not isinstance(budget, dict):
            self.fail(
                f"{where}.budget",
                'expected an object such as {"budget": "100", "executed": "95"}',
                "应为对象",
            )
            budget = None
        read = self.fields(
            entry,
            where,
            None
            if budget is None
            else self.located(
                functools.partial(from_dict, budget, BudgetExecution), f"{where}.budget"
            ),
        )
        return read if len(self.problems) == count else None

    def fields(
        self, entry: dict[str, Any], where: str, budget: BudgetExecution | None
    ) -> dict[str, Any]:
        """The entry's values, by `self_evaluate`'s argument names."""
        return {
            "actuals": self.each(entry, "actuals", _actual, where),
            "budget": budget,
            "targets": self.each(entry, "targets", _target, where),
            "baselines": self.each(entry, "baselines", _string, where),
            "points": None
            if entry.get("points") is None
            else self.each(entry, "points", lambda v: from_dict(v, Decimal), where),
        }

    def each(
        self,
        entry: dict[str, Any],
        key: str,
        read: Callable[[object], T],
        where: str,
        mapping: str = "indicator names to values",
    ) -> dict[str, T]:
        """Read every value of the object `entry[key]`, naming each that fails."""
        values = entry.get(key, {})
        if not isinstance(values, dict):
            self.fail(f"{where}.{key}", f"expected an object mapping {mapping}", "应为对象")
            return {}
        found: dict[str, T] = {}
        for name, value in values.items():
            count = len(self.problems)
            result = self.located(functools.partial(read, value), key_path(f"{where}.{key}", name))
            if len(self.problems) == count:  # read, if to None (a null progress value)
                found[name] = result  # type: ignore[assignment]
        return found

    def located(self, read: Callable[[], T], where: str) -> T | None:
        try:
            return read()
        except DataError as error:
            self.problems += [
                p.moved(Place(file=self.source, subject=where)) for p in error.problems
            ]
        except PerfIndicatorError as error:
            self.problems.append(error.as_problem(Place(file=self.source, subject=where)))
        return None


class _Progress(_Actuals):
    """Reads the progress file: shaped as the actuals file, values reached so far.

    `{"projects": {name: {"actuals": {indicator: value}, "budget": {...}, "events": {...}}}}`:
    a value is a string, `null` (a deadline not done yet), or an object of `Progress`'s
    fields (`"value"`, `"forecast"`, `"likelihood"`, `"causes"`, `"analysis"`,
    `"measures"`, `"remark"`, `"baseline"`); `"events"` maps event names (`合同签订`) to ISO dates, and `"targets"`
    supplies targets for empty target cells, as in the actuals file.
    """

    _ENTRY_KEYS = frozenset({"actuals", "budget", "events", "targets"})
    name, name_zh, entry_name = "PROGRESS", "执行情况", "progress"

    def fields(
        self, entry: dict[str, Any], where: str, budget: BudgetExecution | None
    ) -> dict[str, Any]:
        """The entry's values, by `monitor`'s argument names."""
        return {
            "progress": self.each(entry, "actuals", _progress, where),
            "budget": budget,
            "events": self.each(
                entry,
                "events",
                lambda v: None if v is None else from_dict(v, datetime.date),
                where,
                "event names to ISO dates (null: not happened yet)",
            ),
            "targets": self.each(entry, "targets", _target, where),
        }


# The values of an entry are read by the library's converter, which refuses what the JSON
# format does (a number for a text, a float for a decimal) with a message of bounded length.


def _string(value: object) -> str:
    return from_dict(value, str)


def _target(value: object) -> Target:
    return parse_target(_string(value))


def _actual(value: object) -> Actual:
    if isinstance(value, dict):
        return from_dict(value, Judgement)
    return _string(value)


_PROGRESS_KEYS = frozenset(
    {"value", "forecast", "likelihood", "causes", "analysis", "measures", "remark", "baseline"}
)


def _progress(value: object) -> Progress | Actual | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        return _actual(value)
    unknown = sorted(value.keys() - _PROGRESS_KEYS)
    if unknown or "value" not in value:
        raise FieldError(
            "progress",
            "value",
            value,
            f"expected an object of {sorted(_PROGRESS_KEYS)} with a value; unknown: {unknown}",
        )
    likelihood = value.get("likelihood")
    return Progress(
        value=_progress_value(value["value"]),
        forecast=_progress_value(value.get("forecast")),
        likelihood=None if likelihood is None else Likelihood.read(_string(likelihood)),
        causes=_causes(value.get("causes", [])),
        analysis=_string(value.get("analysis", "")),
        remark=_string(value.get("remark", "")),
        measures=_string(value.get("measures", "")),
        baseline=None if value.get("baseline") is None else _string(value["baseline"]),
    )


def _progress_value(value: object) -> Actual | None:
    return None if value is None else _actual(value)


def _causes(value: object) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise FieldError("progress", "causes", value, "expected a list of cause names")
    return tuple(_string(cause) for cause in value)
