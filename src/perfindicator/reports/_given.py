"""The one input-checking step of the reports, and the record of what was given per indicator.

A report (self-evaluation now; audit and monitoring later) takes a project and, per
indicator name, actual values, points, baselines and targets for cells the form left empty.
`check_given` checks those mappings once, the same way for every report: each must be a
mapping of indicator names; a name that matches no indicator, an indicator name that occurs
twice, a target given for an indicator whose form already has one and points that are not
whole cents are problems. What each report then requires (an actual for every indicator, say)
is the report's own business.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from decimal import Decimal

import attrs

from perfindicator.errors import FieldError, FieldTypeError, PerfIndicatorError, Place, Problem
from perfindicator.grammar.inputs import as_target
from perfindicator.model import _validators as v
from perfindicator.model.project import Indicator, Project
from perfindicator.model.targets import Change, Target
from perfindicator.scoring.evaluate import Actual, Baseline, check_points

__all__ = ["Given", "check_given", "duplicate_names", "given_mapping"]


@attrs.frozen(kw_only=True)
class Given:
    """What a report was given for one indicator, checked.

    Attributes:
        indicator: the indicator, its target filled in when one was supplied for an empty cell.
        actual: its actual value, or `None` when none was given.
        baseline: the baseline of a relative change, or `None`.
        target_supplied: whether the target was supplied by the caller (the form's cell is
            empty) rather than read from the form.
        points: the points given for it, or `None` (the report then allots them).

    Examples:
        >>> import datetime
        >>> from perfindicator import Indicator, Level2, Project
        >>> project = Project(name="示例", year=2022,
        ...     start=datetime.date(2022, 1, 1), end=datetime.date(2022, 12, 31),
        ...     indicators=(Indicator(level2=Level2.TIMELINESS, name="完成及时性", target=None),))
        >>> (given,), problems = check_given(project, "report", code="report",
        ...     actuals={"完成及时性": "及时"}, targets={"完成及时性": "及时"})
        >>> str(given.indicator.target), given.target_supplied, given.actual, problems
        ('及时', True, '及时', ())
    """

    indicator: Indicator = attrs.field(validator=v.instance_of(Indicator))
    actual: Actual | None = None
    baseline: Baseline | None = None
    target_supplied: bool = attrs.field(default=False, validator=v.instance_of(bool))
    points: Decimal | None = attrs.field(default=None, validator=v.optional(v.decimal))


def given_mapping(value: object, owner: str, field: str) -> Mapping[str, object]:
    """Return `value` if it maps indicator names (text) to values, else raise naming `field`.

    `None` stands for an empty mapping.

    Raises:
        FieldTypeError: `value` is not a mapping, or one of its keys is not a `str`.

    Examples:
        >>> given_mapping(None, "self_evaluate", "points")
        {}
        >>> given_mapping(["培训人次"], "self_evaluate", "points")
        Traceback (most recent call last):
        ...
        perfindicator.errors.FieldTypeError: self_evaluate.points: must be a mapping of indicator names to values, e.g. {'培训人次': ...}, got ['培训人次']
    """
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise FieldTypeError(
            owner,
            field,
            value,
            "must be a mapping of indicator names to values, e.g. {'培训人次': ...}",
        )
    for key in value:
        if not isinstance(key, str):
            raise FieldTypeError(
                owner, field, key, "must map indicator names (str) to values: a key is not a str"
            )
    return value


def duplicate_names(indicators: Iterable[Indicator]) -> dict[str, int]:
    """Map each indicator name that occurs more than once to its count, in form order.

    Every name-keyed input is ambiguous for such names, and lint reports them too (PI022).

    Examples:
        >>> from perfindicator import Indicator, Level2
        >>> twice = Indicator(level2=Level2.QUANTITY, name="培训人次", target=None)
        >>> duplicate_names([twice, twice])
        {'培训人次': 2}
    """
    return {name: n for name, n in Counter(i.name for i in indicators).items() if n > 1}


# What each mapping holds, in English and Chinese, for the problem "given but no such indicator".
_WHAT = {
    "actuals": ("an actual", "实际值"),
    "points": ("points are", "分值"),
    "baselines": ("a baseline", "基期值"),
    "targets": ("a target", "目标值"),
}


def check_given(
    project: Project,
    owner: str,
    *,
    code: str,
    actuals: object,
    points: object = None,
    baselines: object = None,
    targets: object = None,
) -> tuple[tuple[Given, ...], tuple[Problem, ...]]:
    """Check what a report was given for a project's indicators; return one `Given` per indicator.

    `owner` is the report's function (named in errors), `code` its problem code
    (`"self-evaluation"`). Mappings of the wrong type are refused at once (a programming
    error, naming the argument); problems with their contents are returned, every one, each
    with the indicator's name as its subject, so the report can list them with its own.

    Raises:
        FieldTypeError: an argument is not a mapping of names, or `project` is not a Project.

    Examples:
        >>> import datetime
        >>> from perfindicator import Indicator, Level2, Project
        >>> twice = Indicator(level2=Level2.QUANTITY, name="培训人次", target=None)
        >>> project = Project(name="示例", year=2022, indicators=(twice, twice),
        ...     start=datetime.date(2022, 1, 1), end=datetime.date(2022, 12, 31))
        >>> _, problems = check_given(project, "report", code="report",
        ...     actuals={"其他": "1"}, points={"培训人次": 1.5})
        >>> for problem in problems:
        ...     print(problem)
        report error 培训人次: 2 indicators have this name (2个指标同名)
        report error 其他: an actual is given, but no indicator has this name (提供了实际值，但没有同名指标)
        report error 培训人次: points must be a Decimal or an int (a float is inexact: pass Decimal('…') built from text), got 1.5 (分值无效)
    """
    v.require(project, Project, owner, "project")
    given = {
        "actuals": given_mapping(actuals, owner, "actuals"),
        "points": given_mapping(points, owner, "points"),
        "baselines": given_mapping(baselines, owner, "baselines"),
        "targets": given_mapping(targets, owner, "targets"),
    }

    def problem(subject: str, en: str, zh: str) -> Problem:
        return Problem(code=code, message_en=en, message_zh=zh, where=Place(subject=subject))

    problems = [
        problem(name, f"{n} indicators have this name", f"{n}个指标同名")
        for name, n in duplicate_names(project.indicators).items()
    ]
    names = {i.name for i in project.indicators}
    for field, mapping in given.items():
        what, what_zh = _WHAT[field]
        problems += [
            problem(
                name,
                f"{what} given, but no indicator has this name"
                if field == "points"
                else f"{what} is given, but no indicator has this name",
                f"提供了{what_zh}，但没有同名指标",
            )
            for name in mapping
            if name not in names
        ]

    # Read each supplied target and each points value once, for the first indicator of its
    # name (a repeated name is a problem of its own, reported above).
    read: dict[str, tuple[Target | None, Decimal | None]] = {}
    for indicator in project.indicators:
        name = indicator.name
        if name in read:
            continue
        target = None
        if name in given["targets"]:
            if indicator.target is not None:
                problems.append(
                    problem(
                        name,
                        f"a target is given, but the form already gives {indicator.target}",
                        f"表中已有目标值{indicator.target}",
                    )
                )
            else:
                try:
                    target = as_target(given["targets"][name], owner, "targets")
                except FieldError as error:
                    problems.append(
                        problem(name, f"the target {error._message_en()}", "目标值无效")
                    )
                except PerfIndicatorError as error:
                    problems.append(error.as_problem(Place(subject=name)))
        effective = indicator.target or target
        if (
            name in given["baselines"]
            and effective is not None
            and not isinstance(effective, Change)
        ):
            # A baseline means something only to a relative change; silently ignoring it
            # would hide a mix-up of names.
            problems.append(
                problem(
                    name,
                    f"a baseline is given, but the target {effective} is not a relative change",
                    f"提供了基期值，但目标值{effective}不是相对变化",
                )
            )
        share = None
        if name in given["points"]:
            try:
                share = check_points(given["points"][name], owner)
            except FieldError as error:
                problems.append(problem(name, f"points {error._message_en()}", "分值无效"))
        read[name] = (target, share)

    records = []
    for indicator in project.indicators:
        target, share = read[indicator.name]
        records.append(
            Given(
                indicator=indicator if target is None else attrs.evolve(indicator, target=target),
                actual=given["actuals"].get(indicator.name),  # type: ignore[arg-type]
                baseline=given["baselines"].get(indicator.name),  # type: ignore[arg-type]
                target_supplied=target is not None,
                points=share,
            )
        )
    return tuple(records), tuple(problems)
