"""The `perfindicator` command: show, lint and self-evaluate declaration forms.

This is the one module that reads files and standard input; the library it drives does no I/O.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import sys
from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any, TextIO, TypeVar

from perfindicator.display.text import table
from perfindicator.documents.shanghai import read_forms
from perfindicator.errors import (
    DataError,
    FormError,
    PerfIndicatorError,
    Place,
    Problem,
    SelfEvaluationError,
)
from perfindicator.grammar.parse import parse_target
from perfindicator.interchange.convert import from_dict, to_dict
from perfindicator.model.outcomes import Judgement
from perfindicator.model.project import Project
from perfindicator.model.targets import Target
from perfindicator.reports.lint import Severity, lint
from perfindicator.reports.selfeval import BudgetExecution, SelfEvaluation, self_evaluate
from perfindicator.scoring.evaluate import Actual

__all__ = ["main"]

T = TypeVar("T")


class _Failure(Exception):
    """A one-line message for the user, with the file it concerns."""


def main(argv: Sequence[str] | None = None, *, stdout: TextIO | None = None) -> int:
    """Run the command line; return the exit status (0 fine, 1 lint errors, 2 bad input)."""
    out = stdout or sys.stdout
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return int(args.run(args, out))
    except _Failure as failure:
        print(f"perfindicator: {failure}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # The reader went away (`| head`): stop quietly, as other command-line tools do.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115
        return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="perfindicator",
        description="Show, lint and self-evaluate fiscal performance target forms (绩效目标申报表).",
    )
    commands = parser.add_subparsers(required=True, metavar="COMMAND")
    form_help = "a form as text, tab-separated cells (- for standard input)"
    show = commands.add_parser("show", help="print each project and its indicator tree")
    show.add_argument("form", metavar="FORM", help=form_help)
    show.set_defaults(run=_show)
    check = commands.add_parser("lint", help="print the defects of each project; exit 1 on errors")
    check.add_argument("form", metavar="FORM", help=form_help)
    check.set_defaults(run=_lint)
    evaluate = commands.add_parser("evaluate", help="self-evaluate each project (绩效自评)")
    evaluate.add_argument("form", metavar="FORM", help=form_help)
    evaluate.add_argument(
        "actuals", metavar="ACTUALS", help="a JSON file of actual values (- for standard input)"
    )
    evaluate.set_defaults(run=_evaluate)
    for command in (show, check, evaluate):
        command.add_argument("--json", action="store_true", help="print JSON instead of tables")
    return parser


def _read(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    try:
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise _Failure(
            f"{path}: cannot read: {getattr(error, 'strerror', None) or error}"
        ) from None


def _projects(path: str) -> list[Project]:
    try:
        return read_forms(_read(path))
    except FormError as error:
        raise _Failure(
            "\n".join(f"{p.where.inside(Place(file=path))}: {p.message_en}" for p in error.problems)
        ) from None


def _print_json(data: object, out: TextIO) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2), file=out)


def _show(args: argparse.Namespace, out: TextIO) -> int:
    projects = _projects(args.form)
    if args.json:
        _print_json([to_dict(p) for p in projects], out)
        return 0
    for project in projects:
        print(f"{project.name}  ({project.year}年度)  {project.category}", file=out)
        print(f"主管部门 {project.department}  实施单位 {project.implementing_unit}  "
              f"{project.start} ~ {project.end}", file=out)  # fmt: skip
        rows = [["一级指标", "二级指标", "三级指标", "指标目标值"]]
        for i in project.indicators:
            rows.append(
                [i.level1.value, i.level2.value, i.name, "" if i.target is None else str(i.target)]
            )
        print(table(rows), file=out)
        print(file=out)
    return 0


def _lint(args: argparse.Namespace, out: TextIO) -> int:
    projects = _projects(args.form)
    results = [(p, lint(p)) for p in projects]
    if args.json:
        _print_json([{"project": p.name, "findings": to_dict(f)} for p, f in results], out)
    else:
        for project, findings in results:
            for finding in findings:
                print(f"{project.name}: {finding}", file=out)
        total = sum(len(f) for _, f in results)
        print(
            f"{total} finding{'s' if total != 1 else ''} in {len(projects)} project{'s' if len(projects) != 1 else ''}",
            file=out,
        )
    return 1 if any(f.severity is Severity.ERROR for _, fs in results for f in fs) else 0


def _evaluate(args: argparse.Namespace, out: TextIO) -> int:
    projects = _projects(args.form)
    try:
        document = json.loads(_read(args.actuals))
    except json.JSONDecodeError as error:
        raise _Failure(f"{args.actuals}:{error.lineno}: not JSON: {error.msg}") from None
    inputs = _inputs(document, args.actuals)
    missing = [p.name for p in projects if p.name not in inputs]
    if missing:
        raise _Failure(f"{args.actuals}: no actual values for project {missing[0]!r}")
    results = []
    for project in projects:
        try:
            results.append(self_evaluate(project, **inputs[project.name]))
        except SelfEvaluationError as error:
            raise _Failure(
                f"{args.actuals}: {project.name}: "
                + "; ".join(f"{p.where}: {p.message_en}" for p in error.problems)
            ) from None
    if args.json:
        _print_json([to_dict(r) for r in results], out)
    else:
        for result in results:
            print(_report(result), file=out)
            print(file=out)
    return 0


def _inputs(document: object, path: str) -> dict[str, dict[str, Any]]:
    """Read the actuals file: {"projects": {name: {"actuals", "budget", "targets", …}}}."""
    if not isinstance(document, dict) or not isinstance(document.get("projects"), dict):
        raise _Failure(
            f'{path}: expected an object with "projects", mapping project names to actual values'
        )
    inputs = {}
    for name, entry in document["projects"].items():
        where = f"{path}: $.projects[{name!r}]"
        if not isinstance(entry, dict) or not isinstance(entry.get("actuals"), dict):
            raise _Failure(f'{where}: expected an object with "actuals"')
        unknown = set(entry) - {"actuals", "budget", "targets", "baselines", "points"}
        if unknown:
            raise _Failure(f"{where}: unknown key {sorted(unknown)[0]!r}")
        budget = entry.get("budget")
        inputs[name] = {
            "actuals": _each(entry, "actuals", _actual, where),
            "budget": None
            if budget is None
            else _located(functools.partial(from_dict, budget, BudgetExecution), f"{where}.budget"),
            "targets": _each(entry, "targets", _target, where),
            "baselines": _each(entry, "baselines", _text, where),
            "points": None
            if entry.get("points") is None
            else _each(entry, "points", lambda v: from_dict(v, Decimal), where),
        }
    return inputs


def _each(entry: dict[str, Any], key: str, read: Callable[[object], T], where: str) -> dict[str, T]:
    """Read every value of the object `entry[key]`, naming the one that fails."""
    values = entry.get(key, {})
    if not isinstance(values, dict):
        raise _Failure(f"{where}.{key}: expected an object mapping indicator names to values")
    return {
        name: _located(functools.partial(read, v), f"{where}.{key}[{name!r}]")
        for name, v in values.items()
    }


def _located(read: Callable[[], T], where: str) -> T:
    try:
        return read()
    except DataError as error:
        problem = error.problems[0]
        raise _Failure(f"{where}{problem.subject[1:]}: {problem.message_en}") from None
    except PerfIndicatorError as error:
        raise _Failure(f"{where}: {str(error).splitlines()[0]}") from None


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise DataError(
            (
                Problem(
                    code="data",
                    message_en=f'expected a string such as "96.2%", got {value!r}',
                    message_zh="应为字符串",
                    where=Place(subject="$"),
                ),
            )
        )
    return value


def _target(value: object) -> Target:
    return parse_target(_text(value))


def _actual(value: object) -> Actual:
    if isinstance(value, dict):
        return from_dict(value, Judgement)
    return _text(value)


def _report(result: SelfEvaluation) -> str:
    rows = [
        ["一级指标", "二级指标", "三级指标", "目标值", "实际值", "分值", "得分", "达成", "偏差说明"]
    ]
    for line in result.lines:
        i, e = line.indicator, line.evaluation
        actual = e.actual.outcome.value if isinstance(e.actual, Judgement) else str(e.actual)
        rows.append([
            i.level1.value, i.level2.value, i.name, str(i.target), actual,
            str(line.points), str(line.score), "是" if line.met else "否",
            "需要" if line.note_required else "",
        ])  # fmt: skip
    for subtotal in result.subtotals:
        rows.append(
            [
                subtotal.level1.value,
                "小计",
                "",
                "",
                "",
                f"{subtotal.points:.2f}",
                f"{subtotal.score:.2f}",
            ]
        )
    if result.execution_score is not None:
        rows.append(["预算执行率", "", "", "", "", "10.00", f"{result.execution_score:.2f}"])
    rows.append(["总分", "", "", "", "", "", f"{result.total:.2f}"])
    grade = "—" if result.grade is None else result.grade.value
    return f"{result.project}  ({result.year}年度)  总分 {result.total}  等级 {grade}\n" + table(
        rows, right=frozenset({5, 6})
    )
