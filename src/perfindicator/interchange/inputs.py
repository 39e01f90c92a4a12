"""Inputs files: the actual values or the progress of many projects, as one JSON document.

`self_evaluate` and `monitor` take, besides the project, what was achieved. For many
projects at once (the command line's ACTUALS and PROGRESS, a batch's actuals) these come as
one JSON document keyed by project name:

```json
{"projects": {"弱电安防": {"actuals": {"监控覆盖率": "98%"},
                          "budget": {"budget": "100", "executed": "95"}}}}
```

`actuals_from_json` reads it into each project's `self_evaluate` arguments,
`progress_from_json` into each project's `monitor` arguments. Every problem of the document
is collected, each at its JSON path, before any is raised. Paths are written by
`convert.key_path`, as `loads` writes those of its own problems, so that there is one style
of path (`$.projects['弱电安防'].actuals.x`). Values are read by the library's converter,
which refuses what JSON cannot say exactly (a float for a decimal, a number for a text).
"""

from __future__ import annotations

import datetime
import functools
from collections.abc import Callable
from decimal import Decimal
from typing import Any, TypedDict, TypeVar, cast

from perfindicator.errors import DataError, FieldError, PerfIndicatorError, Place, Problem
from perfindicator.grammar.parse import parse_target
from perfindicator.interchange.convert import from_dict, key_path, loads
from perfindicator.model.outcomes import Judgement
from perfindicator.model.targets import Target
from perfindicator.reports.budget import BudgetExecution
from perfindicator.reports.monitoring import Likelihood, Progress
from perfindicator.scoring.evaluate import Actual

__all__ = ["ActualsInputs", "ProgressInputs", "actuals_from_json", "progress_from_json"]

T = TypeVar("T")


class ActualsInputs(TypedDict):
    """One project's `self_evaluate` arguments from an actuals document: `**` them in."""

    actuals: dict[str, Actual]
    budget: BudgetExecution | None
    targets: dict[str, Target]
    baselines: dict[str, str]
    points: dict[str, Decimal] | None


class ProgressInputs(TypedDict):
    """One project's `monitor` arguments (all but `on`) from a progress document."""

    progress: dict[str, Progress | Actual | None]
    budget: BudgetExecution | None
    events: dict[str, datetime.date | None]
    targets: dict[str, Target]


def actuals_from_json(text: str | bytes, *, source: str | None = None) -> dict[str, ActualsInputs]:
    """Read an actuals document: each project's `self_evaluate` arguments, by project name.

    `{"projects": {name: {"actuals": {indicator: value}, "budget": {"budget": "100",
    "executed": "95"}, "targets": {indicator: target}, "baselines": {indicator: value},
    "points": {indicator: points}}}}`; only `"actuals"` is required. A value is a string
    (`"96.2%"`, `"及时"`) or a judgement object (`{"outcome": "达成"}`).

    Raises:
        DataError: every problem of the document, each at its JSON path, in `source`.

    Examples:
        >>> from perfindicator import (Indicator, Level2, Project, Weights, parse_target,
        ...                            self_evaluate)
        >>> given = actuals_from_json('{"projects": {"示例": {"actuals": {"接答率": "96%"}}}}')
        >>> given["示例"]["actuals"]
        {'接答率': '96%'}
        >>> project = Project(name="示例", year=2022, indicators=(Indicator(
        ...     level2=Level2.QUALITY, name="接答率", target=parse_target(">=95%")),))
        >>> weights = Weights(output=90, benefit=0, satisfaction=0)
        >>> self_evaluate(project, **given["示例"], weights=weights).lines[0].met
        True
        >>> actuals_from_json('{"projects": {"示例": {"actual": {}}}}', source="a.json")
        Traceback (most recent call last):
        ...
        perfindicator.errors.DataError: invalid document (数据无效): 1 problem
          a.json, $.projects['示例']: expected an object with "actuals" (应为含actuals的对象)
    """
    read = _Reader(source, _ACTUALS_KEYS, _actuals_fields).read(text)
    return cast(dict[str, ActualsInputs], read)


def progress_from_json(
    text: str | bytes, *, source: str | None = None
) -> dict[str, ProgressInputs]:
    """Read a progress document: each project's `monitor` arguments but `on`, by name.

    Shaped as the actuals document, with the values reached so far: `{"projects": {name:
    {"actuals": {indicator: value}, "budget": {...}, "events": {...}, "targets": {...}}}}`.
    A value is a string, `null` (a deadline not done yet), or an object of `Progress`'s
    fields (`"value"`, `"forecast"`, `"likelihood"`, `"causes"`, `"analysis"`,
    `"measures"`, `"remark"`, `"baseline"`); `"events"` maps event names (`合同签订`) to
    ISO dates (`null`: not happened yet).

    Raises:
        DataError: every problem of the document, each at its JSON path, in `source`.

    Examples:
        >>> given = progress_from_json(
        ...     '{"projects": {"示例": {"actuals": {"培训人次": {"value": "300人次", '
        ...     '"likelihood": "有可能", "measures": "加快进度"}}}}}')
        >>> line = given["示例"]["progress"]["培训人次"]
        >>> line.value, line.likelihood, line.measures
        ('300人次', <Likelihood.POSSIBLE: '有可能'>, '加快进度')
    """
    read = _Reader(source, _PROGRESS_KEYS, _progress_fields).read(text)
    return cast(dict[str, ProgressInputs], read)


_ACTUALS_KEYS = frozenset({"actuals", "budget", "targets", "baselines", "points"})
_PROGRESS_KEYS = frozenset({"actuals", "budget", "events", "targets"})


class _Reader:
    """Reads one document, collecting every problem with its place before any is raised."""

    def __init__(
        self,
        source: str | None,
        keys: frozenset[str],
        fields: Callable[[_Reader, dict[str, Any], str, BudgetExecution | None], dict[str, Any]],
    ) -> None:
        self.source = source
        self.keys = keys
        self.fields = fields
        self.problems: list[Problem] = []

    def fail(self, subject: str, en: str, zh: str, text: str | None = None) -> None:
        self.problems.append(
            Problem(
                code="input",
                message_en=en,
                message_zh=zh,
                where=Place(file=self.source, subject=subject),
                text=text,
            )
        )

    def read(self, text: str | bytes) -> dict[str, dict[str, Any]]:
        try:
            document = loads(text)
        except DataError as error:
            raise DataError([p.moved(Place(file=self.source)) for p in error.problems]) from None
        projects = document.get("projects") if isinstance(document, dict) else None
        if not isinstance(projects, dict):
            self.fail(
                "$",
                'expected an object with "projects", mapping project names to actual values',
                "应为含projects的对象",
            )
            raise DataError(self.problems)
        inputs: dict[str, dict[str, Any]] = {}
        for name, entry in projects.items():
            read = self.entry(key_path("$.projects", name), entry)
            if read is not None:
                inputs[name] = read
        if self.problems:
            raise DataError(self.problems)
        return inputs

    def entry(self, where: str, entry: object) -> dict[str, Any] | None:
        if not isinstance(entry, dict) or not isinstance(entry.get("actuals"), dict):
            self.fail(where, 'expected an object with "actuals"', "应为含actuals的对象")
            return None
        count = len(self.problems)
        for key in sorted(entry.keys() - self.keys):
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
            self,
            entry,
            where,
            None
            if budget is None
            else self.located(
                functools.partial(from_dict, budget, BudgetExecution), f"{where}.budget"
            ),
        )
        return read if len(self.problems) == count else None

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


def _actuals_fields(
    reader: _Reader, entry: dict[str, Any], where: str, budget: BudgetExecution | None
) -> dict[str, Any]:
    """An actuals entry's values, by `self_evaluate`'s argument names."""
    return {
        "actuals": reader.each(entry, "actuals", _actual, where),
        "budget": budget,
        "targets": reader.each(entry, "targets", _target, where),
        "baselines": reader.each(entry, "baselines", _string, where),
        "points": None
        if entry.get("points") is None
        else reader.each(entry, "points", lambda v: from_dict(v, Decimal), where),
    }


def _progress_fields(
    reader: _Reader, entry: dict[str, Any], where: str, budget: BudgetExecution | None
) -> dict[str, Any]:
    """A progress entry's values, by `monitor`'s argument names."""
    return {
        "progress": reader.each(entry, "actuals", _progress, where),
        "budget": budget,
        "events": reader.each(
            entry,
            "events",
            lambda v: None if v is None else from_dict(v, datetime.date),
            where,
            "event names to ISO dates (null: not happened yet)",
        ),
        "targets": reader.each(entry, "targets", _target, where),
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


_LINE_KEYS = frozenset(
    {"value", "forecast", "likelihood", "causes", "analysis", "measures", "remark", "baseline"}
)


def _progress(value: object) -> Progress | Actual | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        return _actual(value)
    unknown = sorted(value.keys() - _LINE_KEYS)
    if unknown or "value" not in value:
        raise FieldError(
            "progress",
            "value",
            value,
            f"expected an object of {sorted(_LINE_KEYS)} with a value; unknown: {unknown}",
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
