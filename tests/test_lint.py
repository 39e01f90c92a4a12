"""Lint: each rule on a table of small projects, the registry, and no false alarms on the seeds."""

from __future__ import annotations

import datetime
import runpy
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from perfindicator import (
    Funding,
    Indicator,
    Level2,
    LintRules,
    Project,
    Severity,
    lint,
    parse_target,
)
from perfindicator.errors import FieldError, FieldTypeError
from perfindicator.model.project import LabelledText
from perfindicator.reports.rules import RULES, Scope

D = Decimal

# A project with one indicator in each level-1 block, and nothing to complain about.
CLEAN = (
    Indicator(level2=Level2.QUANTITY, name="培训人次", target=parse_target(">=1000人次")),
    Indicator(level2=Level2.SOCIAL, name="知晓度", target=parse_target("提升")),
    Indicator(level2=Level2.SATISFACTION, name="群众满意度", target=parse_target(">=90%")),
)


def project(*extra: Indicator, **fields: Any) -> Project:
    base: dict[str, Any] = {
        "name": "示例项目",
        "year": 2022,
        "start": datetime.date(2022, 1, 1),
        "end": datetime.date(2022, 12, 31),
        "indicators": CLEAN + extra,
    }
    return Project(**(base | fields))


def indicator(level2: Level2, name: str, target: str | None) -> Indicator:
    return Indicator(
        level2=level2, name=name, target=None if target is None else parse_target(target)
    )


def codes(p: Project, rules: LintRules | None = None) -> list[tuple[str, str]]:
    return [(f.code, f.subject) for f in lint(p, rules=rules)]


def test_clean_project_has_no_findings() -> None:
    assert lint(project()) == []


INDICATOR_CASES = [
    (indicator(Level2.TIMELINESS, "完成及时性", None), ("PI001", "完成及时性")),
    (indicator(Level2.QUANTITY, "印刷册数", ">=560"), ("PI002", "印刷册数")),
    (indicator(Level2.QUANTITY, "会议召开次数", "=100%"), ("PI003", "会议召开次数")),
    (indicator(Level2.QUANTITY, "解读数量", ">=90%"), ("PI003", "解读数量")),
    (indicator(Level2.QUALITY, "验收合格率", ">=98个"), ("PI004", "验收合格率")),
    (indicator(Level2.SATISFACTION, "游客满意度", "=90%"), ("PI005", "游客满意度")),
    (indicator(Level2.SATISFACTION, "游客满意度", "较高"), ("PI005", "游客满意度")),
    (indicator(Level2.SATISFACTION, "游客满意度", ">=80%"), ("PI006", "游客满意度")),
    (indicator(Level2.QUALITY, "<=2%", "法律咨询致命错误率"), ("PI007", "<=2%")),
    (indicator(Level2.QUALITY, "2022年12月底前", "完成验收"), ("PI007", "2022年12月底前")),
    (indicator(Level2.QUANTITY, "宣传覆盖", "有效"), ("PI030", "宣传覆盖")),
    (indicator(Level2.QUALITY, "结算误差", "±3%以内"), ("PI031", "结算误差")),
    (indicator(Level2.SOCIAL, "就业人数增长", "增长5%"), ("PI032", "就业人数增长")),
    # Placeholders of the 南岳 2018 template left in names.
    (
        indicator(Level2.SOCIAL, "受益建档立卡贫困人口数≥**人", ">=29人"),
        ("PI041", "受益建档立卡贫困人口数≥**人"),
    ),
    (indicator(Level2.QUALITY, "*建设质量达标率", ">=98%"), ("PI041", "*建设质量达标率")),
]


@pytest.mark.parametrize(("extra", "expected"), INDICATOR_CASES)
def test_indicator_rules(extra: Indicator, expected: tuple[str, str]) -> None:
    assert codes(project(extra)) == [expected]


@pytest.mark.parametrize(
    ("name", "target"),
    [
        ("消费价格指数", ">=100%"),  # an index is not a count
        ("频率", "=1次/月"),  # a frequency is not a rate in percent
        ("就业人数增长", "较上年增长5%"),  # the change states its baseline
        ("验收合格率", "≥98百分比"),
    ],
)
def test_no_false_alarms(name: str, target: str) -> None:
    assert codes(project(indicator(Level2.QUALITY, name, target))) == []


UNBALANCED = Funding(
    total=D(100), fiscal=D(60), other=D(30), annual_request=D(50), appropriation=D(40)
)
PROJECT_CASES = [
    (project(funding=UNBALANCED), [("PI010", "funding"), ("PI011", "funding")]),
    (project(end=datetime.date(2023, 3, 31)), [("PI012", "end")]),
    (project(start=datetime.date(2021, 12, 1)), [("PI012", "start")]),
    (project(indicators=()), [("PI021", "indicators")]),
    (project(indicators=CLEAN[:1]), [("PI020", "效益指标"), ("PI020", "满意度指标")]),
    (project(CLEAN[0]), [("PI022", "培训人次")]),
    (
        project(funding=Funding(annual_request=D(20), appropriation=D(20), in_yuan=False)),
        [("PI013", "funding")],
    ),
    (
        project(unclaimed=(LabelledText(label="资金用途", text="用于维修审判楼玻璃幕墙等"),)),
        [("PI040", "资金用途")],
    ),
]


@pytest.mark.parametrize(("p", "expected"), PROJECT_CASES)
def test_project_rules(p: Project, expected: list[tuple[str, str]]) -> None:
    assert codes(p) == expected


def test_every_registered_rule_has_a_case_that_fires_it() -> None:
    tested = {code for _, (code, _) in INDICATOR_CASES}
    tested |= {code for _, found in PROJECT_CASES for code, _ in found}
    assert tested == {rule.code for rule in RULES}


def test_registry_codes_are_unique_and_in_order() -> None:
    codes_ = [rule.code for rule in RULES]
    assert codes_ == sorted(set(codes_))
    # Project rules look at the project once, indicator rules at each indicator.
    assert {r.code for r in RULES if r.scope is Scope.PROJECT} == {
        "PI010", "PI011", "PI012", "PI013", "PI020", "PI021", "PI022", "PI040",
    }  # fmt: skip


def test_findings_carry_the_registry_severity() -> None:
    severity = {rule.code: rule.severity for rule in RULES}
    for p, _ in PROJECT_CASES:
        assert all(f.severity is severity[f.code] for f in lint(p))
    for extra, _ in INDICATOR_CASES:
        assert all(f.severity is severity[f.code] for f in lint(project(extra)))


def test_the_rules_page_lists_the_registry(root: Path) -> None:
    page = runpy.run_path(str(root / "scripts/lint_rules_doc.py"))["page"]()
    assert (root / "docs/reference/lint-rules.md").read_text(encoding="utf-8") == page
    for rule in RULES:
        assert f"| {rule.code} | {rule.severity.value} |" in page


def test_rules_are_configurable() -> None:
    low = project(indicator(Level2.SATISFACTION, "游客满意度", ">=80%"))
    assert codes(low, LintRules(satisfaction_floor=D(80))) == []
    assert codes(low, LintRules(satisfaction_floor=80)) == []
    ranged = project(indicator(Level2.QUALITY, "结算误差", "±3%以内"))
    assert codes(ranged, LintRules(ignore={"PI031"})) == []


@pytest.mark.parametrize(
    ("ignore", "expected"),
    [
        ("PI031", frozenset({"PI031"})),  # one code on its own, not its characters
        (["PI031", "PI032"], frozenset({"PI031", "PI032"})),
        (("PI031", "PI031"), frozenset({"PI031"})),
        (frozenset(), frozenset()),
        (iter(["PI001"]), frozenset({"PI001"})),
    ],
)
def test_ignore_takes_one_code_or_several(ignore: Any, expected: frozenset[str]) -> None:
    assert LintRules(ignore=ignore).ignore == expected


@pytest.mark.parametrize("ignore", ["PI31", ["PI031", "pi032"], ["P", "I"], "", "PI999"])
def test_ignore_refuses_unknown_codes(ignore: Any) -> None:
    with pytest.raises(FieldError) as caught:
        LintRules(ignore=ignore)
    assert caught.value.field == "ignore"
    assert "PI001, PI002" in str(caught.value)  # the known codes are listed


@pytest.mark.parametrize("ignore", [31.0, 1, None, [1], ["PI031", None], {"PI031": True}])
def test_ignore_refuses_what_is_not_codes(ignore: Any) -> None:
    with pytest.raises(FieldTypeError) as caught:
        LintRules(ignore=ignore)
    assert caught.value.field == "ignore"


@pytest.mark.parametrize(
    ("field", "value", "error"),
    [
        ("satisfaction_floor", 85.0, FieldTypeError),
        ("satisfaction_floor", D(101), FieldError),
        ("satisfaction_floor", D("NaN"), FieldError),
        ("funding_tolerance", D(-1), FieldError),
        ("funding_tolerance", 0.5, FieldTypeError),
        ("funding_tolerance", True, FieldTypeError),
    ],
)
def test_thresholds_are_exact_numbers(field: str, value: object, error: type[Exception]) -> None:
    with pytest.raises(error) as caught:
        LintRules(**{field: value})
    assert isinstance(caught.value, FieldError)
    assert caught.value.field == field


@pytest.mark.parametrize("rules", ["x", {"ignore": ["PI031"]}, 0])
def test_lint_refuses_rules_that_are_not_lint_rules(rules: Any) -> None:
    with pytest.raises(FieldTypeError) as caught:
        lint(project(), rules=rules)
    assert caught.value.field == "rules"


def test_findings_read_in_both_languages() -> None:
    (finding,) = lint(project(indicator(Level2.QUANTITY, "会议召开次数", "=100%")))
    assert finding.severity is Severity.ERROR
    assert str(finding) == (
        "PI003 error 会议召开次数: a count has a percentage target =100% "
        "(数量类指标的目标值=100%使用了百分比)"
    )


def test_seed_findings_are_exactly_the_two_known_defects(seed_projects: list[Project]) -> None:
    found = [(p.name, f.code, f.subject) for p in seed_projects for f in lint(p)]
    assert found == [
        ("12348公共法律服务平台政府购买法律咨询服务", "PI001", "案例制作完成及时性"),
        ("司法行政其他业务支出", "PI003", "公检法司卫民政联席工作会议召开次数"),
    ]
