"""Checking a project for the defects reviewers look for (绩效目标审核).

The rules themselves, with their codes, severities and documentation, are the registry
`perfindicator.reports.rules.RULES`; thresholds live in `LintRules`. Findings are errors (the
form cannot be evaluated as it stands, or contradicts itself) or warnings (practice advises
against it).
"""

from __future__ import annotations

from typing import TypeAlias

from perfindicator import _views
from perfindicator.errors import Problem, Severity
from perfindicator.model import _validators as v
from perfindicator.model.project import Project
from perfindicator.reports.rules import RULES, LintRules, Rule

__all__ = ["RULES", "Finding", "Findings", "LintRules", "Rule", "Severity", "lint"]


Finding: TypeAlias = Problem
"""A lint finding: the library's one [`Problem`][perfindicator.errors.Problem] record.

Its `code` is the rule's (`"PI001"`), its `where.subject` the indicator's name or the field
concerned (`"funding"`, `"start"`).

Examples:
    >>> import datetime
    >>> from perfindicator import Project, lint
    >>> empty = Project(name="示例", year=2022,
    ...                 start=datetime.date(2022, 1, 1), end=datetime.date(2022, 12, 31))
    >>> finding = lint(empty)[0]
    >>> finding.code, finding.severity, finding.subject
    ('PI021', <Severity.ERROR: 'error'>, 'indicators')
    >>> print(finding)
    PI021 error indicators: the project has no indicators (没有绩效指标)
"""


class Findings(list[Finding]):
    """The list `lint` returns: a plain list of findings that Jupyter shows as a table.

    Examples:
        >>> import datetime
        >>> from perfindicator import Project, lint
        >>> empty = Project(name="示例", year=2022,
        ...                 start=datetime.date(2022, 1, 1), end=datetime.date(2022, 12, 31))
        >>> found = lint(empty)
        >>> isinstance(found, list), found._repr_html_().startswith("<table>")
        (True, True)
    """

    def _repr_html_(self) -> str:
        return _views.html(self)


def lint(project: Project, *, rules: LintRules | None = None) -> Findings:
    """Return the defects of a project: project-level ones first, then by indicator in order.

    Each rule of [`RULES`][perfindicator.reports.rules.RULES] not in `rules.ignore` is
    applied, in code order: project rules once, indicator rules to each indicator in form
    order.

    Raises:
        FieldTypeError: `project` is not a `Project` or `rules` not a `LintRules`.

    Examples:
        >>> import datetime
        >>> from perfindicator import Indicator, Level2, Project, parse_target
        >>> project = Project(
        ...     name="示例", year=2022,
        ...     start=datetime.date(2022, 1, 1), end=datetime.date(2022, 12, 31),
        ...     indicators=(Indicator(level2=Level2.QUANTITY, name="会议召开次数",
        ...                           target=parse_target("=100%")),))
        >>> for finding in lint(project):
        ...     print(finding.code, finding.subject)
        PI020 效益指标
        PI020 满意度指标
        PI003 会议召开次数
        >>> lint(project, rules="PI020")
        Traceback (most recent call last):
        ...
        perfindicator.errors.FieldTypeError: lint.rules: must be a LintRules, got 'PI020'
    """
    v.require(project, Project, "lint", "project")
    rules = LintRules() if rules is None else rules
    v.require(rules, LintRules, "lint", "rules")
    active = [rule for rule in RULES if rule.code not in rules.ignore]
    found = Findings()
    for rule in active:
        found += rule.check_project(project, rules)
    for indicator in project.indicators:
        for rule in active:
            found += rule.check_indicator(indicator, rules)
    return found
