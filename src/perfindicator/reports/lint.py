"""Checking a project for the defects reviewers look for (绩效目标审核).

Each rule has a stable code; thresholds live in `LintRules`. Findings are errors (the form
cannot be evaluated as it stands, or contradicts itself) or warnings (practice advises
against it).
"""

from __future__ import annotations

import datetime
import re
from collections import Counter
from collections.abc import Iterable
from decimal import Decimal
from typing import Any, TypeAlias

import attrs

from perfindicator.errors import Place, Problem, Severity
from perfindicator.model import _validators as v
from perfindicator.model.categories import Level1, Level2
from perfindicator.model.project import Indicator, Project
from perfindicator.model.targets import Change, Comparison, Op, Qualitative, Range

__all__ = ["Finding", "Findings", "LintRules", "Severity", "lint"]


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
        from perfindicator.display import html as _html

        return _html.findings(self)


def _percent(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    v.decimal(instance, attribute, value)
    assert isinstance(value, Decimal)
    if not 0 <= value <= 100:
        v.fail(instance, attribute, value, "must be a percentage from 0 to 100")


def _codes(codes: Iterable[str]) -> frozenset[str]:
    return frozenset(codes)


@attrs.frozen(kw_only=True)
class LintRules:
    """Thresholds and switches of `lint`.

    Attributes:
        satisfaction_floor: the lowest acceptable satisfaction target, in percent.
        ignore: codes of rules not to apply, e.g. `frozenset({"PI031"})`.

    Examples:
        >>> from decimal import Decimal
        >>> LintRules(satisfaction_floor=Decimal(90), ignore=["PI031"]).ignore
        frozenset({'PI031'})
    """

    satisfaction_floor: Decimal = attrs.field(default=Decimal(85), validator=_percent)
    ignore: frozenset[str] = attrs.field(default=frozenset(), converter=_codes)


# Counts: names ending in 数, 次数 or 数量, but not indices (指数) or coefficients (系数).
_COUNT = re.compile(r"(?<![指系倍])数$|数量$")
# Rates: names ending in 率, but not frequencies (频率) or power (功率).
_RATE = re.compile(r"(?<![频功])率$")
_PERCENT_UNITS = frozenset({"%", "‰"})
_BLOCKS = (Level1.OUTPUT, Level1.BENEFIT, Level1.SATISFACTION)


def lint(project: Project, *, rules: LintRules | None = None) -> Findings:
    """Return the defects of a project: project-level ones first, then by indicator in order.

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
    """
    v.require(project, Project, "lint", "project")
    rules = rules or LintRules()
    findings = [*_project_findings(project)]
    for indicator in project.indicators:
        findings += _indicator_findings(indicator, rules)
    return Findings(f for f in findings if f.code not in rules.ignore)


def _finding(code: str, severity: Severity, subject: str, zh: str, en: str) -> Finding:
    return Problem(
        code=code, severity=severity, where=Place(subject=subject), message_zh=zh, message_en=en
    )


def _project_findings(project: Project) -> list[Finding]:
    findings = []
    f = project.funding
    parts = (f.fiscal, f.other)
    if any(x is not None for x in (f.total, *parts)) and (f.total or 0) != sum(
        p or 0 for p in parts
    ):
        findings.append(_finding(
            "PI010", Severity.ERROR, "funding",
            f"项目资金总额{f.total}不等于财政资金与其他资金之和",
            f"total funds {f.total} are not fiscal plus other funds",
        ))  # fmt: skip
    annual = (f.appropriation, f.carryover, f.annual_other)
    if any(x is not None for x in (f.annual_request, *annual)) and (f.annual_request or 0) != sum(
        p or 0 for p in annual
    ):
        findings.append(_finding(
            "PI011", Severity.ERROR, "funding",
            f"年度资金申请总额{f.annual_request}不等于当年财政拨款、上年结转与其他资金之和",
            f"the annual request {f.annual_request} is not appropriation plus carry-over plus other funds",
        ))  # fmt: skip
    first, last = datetime.date(project.year, 1, 1), datetime.date(project.year, 12, 31)
    for field, day in (("start", project.start), ("end", project.end)):
        if not first <= day <= last:
            findings.append(_finding(
                "PI012", Severity.WARNING, field,
                f"计划日期{day}不在预算年度{project.year}内",
                f"planned date {day} lies outside the budget year {project.year}",
            ))  # fmt: skip
    if not project.indicators:
        findings.append(_finding(
            "PI021", Severity.ERROR, "indicators", "没有绩效指标", "the project has no indicators",
        ))  # fmt: skip
        return findings
    present = {i.level1 for i in project.indicators}
    for block in _BLOCKS:
        if block not in present:
            findings.append(_finding(
                "PI020", Severity.WARNING, block.value,
                f"缺少{block.value}", f"no {block.english} indicators ({block.value})",
            ))  # fmt: skip
    counts = Counter(i.name for i in project.indicators)
    for name, n in counts.items():
        if n > 1:
            findings.append(_finding(
                "PI022", Severity.ERROR, name,
                f"指标名称重复{n}次", f"{n} indicators have this name",
            ))  # fmt: skip
    return findings


def _indicator_findings(indicator: Indicator, rules: LintRules) -> list[Finding]:
    name, target = indicator.name, indicator.target
    if target is None:
        return [
            _finding("PI001", Severity.ERROR, name, "未填写指标目标值", "the target is missing")
        ]
    findings = []
    quantity = target.quantity if isinstance(target, Comparison) else None
    unit = (
        quantity.unit
        if quantity is not None
        else target.high.unit
        if isinstance(target, Range)
        else None
    )
    if unit == "":
        findings.append(_finding(
            "PI002", Severity.WARNING, name,
            f"目标值{target}缺少计量单位", f"the target {target} has no unit",
        ))  # fmt: skip
    if unit is not None and unit in _PERCENT_UNITS and _COUNT.search(name):
        findings.append(_finding(
            "PI003", Severity.ERROR, name,
            f"数量类指标的目标值{target}使用了百分比", f"a count has a percentage target {target}",
        ))  # fmt: skip
    if unit is not None and unit not in _PERCENT_UNITS and _RATE.search(name):
        findings.append(_finding(
            "PI004", Severity.WARNING, name,
            f"比率类指标的目标值{target}不是百分比", f"a rate has a target {target} that is not a percentage",
        ))  # fmt: skip
    if indicator.level2 is Level2.SATISFACTION:
        findings += _satisfaction(indicator, rules)
    if indicator.level2 is Level2.QUANTITY and isinstance(target, Qualitative):
        findings.append(_finding(
            "PI030", Severity.WARNING, name,
            f"数量指标使用了定性目标值{target}", f"a quantity indicator has a target in words, {target}",
        ))  # fmt: skip
    if isinstance(target, Range):
        findings.append(_finding(
            "PI031", Severity.WARNING, name,
            f"目标值{target}为区间，宜写明上限或下限", f"the target {target} is a range; state one bound",
        ))  # fmt: skip
    if isinstance(target, Change) and not target.basis:
        findings.append(_finding(
            "PI032", Severity.WARNING, name,
            f"相对变化目标{target}未写明比较基准", f"the change {target} states no baseline (e.g. 较上年)",
        ))  # fmt: skip
    return findings


def _satisfaction(indicator: Indicator, rules: LintRules) -> list[Finding]:
    target = indicator.target
    if not (isinstance(target, Comparison) and target.op is Op.GE and target.quantity.unit == "%"):
        return [_finding(
            "PI005", Severity.WARNING, indicator.name,
            f"满意度指标目标值{target}应为“≥百分比”", f"a satisfaction target {target} should be >= a percentage",
        )]  # fmt: skip
    if target.quantity.value < rules.satisfaction_floor:
        return [_finding(
            "PI006", Severity.WARNING, indicator.name,
            f"满意度目标{target}低于{rules.satisfaction_floor}%",
            f"the satisfaction target {target} is below {rules.satisfaction_floor}%",
        )]  # fmt: skip
    return []
