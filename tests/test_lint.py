"""Lint: each rule on a table of small projects, and no false alarms on the seed forms."""

from __future__ import annotations

import datetime
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
    read_forms,
)

ROOT = Path(__file__).parents[1]
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


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        (indicator(Level2.TIMELINESS, "完成及时性", None), ("PI001", "完成及时性")),
        (indicator(Level2.QUANTITY, "印刷册数", ">=560"), ("PI002", "印刷册数")),
        (indicator(Level2.QUANTITY, "会议召开次数", "=100%"), ("PI003", "会议召开次数")),
        (indicator(Level2.QUANTITY, "解读数量", ">=90%"), ("PI003", "解读数量")),
        (indicator(Level2.QUALITY, "验收合格率", ">=98个"), ("PI004", "验收合格率")),
        (indicator(Level2.SATISFACTION, "游客满意度", "=90%"), ("PI005", "游客满意度")),
        (indicator(Level2.SATISFACTION, "游客满意度", "较高"), ("PI005", "游客满意度")),
        (indicator(Level2.SATISFACTION, "游客满意度", ">=80%"), ("PI006", "游客满意度")),
        (indicator(Level2.QUANTITY, "宣传覆盖", "有效"), ("PI030", "宣传覆盖")),
        (indicator(Level2.QUALITY, "结算误差", "±3%以内"), ("PI031", "结算误差")),
        (indicator(Level2.SOCIAL, "就业人数增长", "增长5%"), ("PI032", "就业人数增长")),
    ],
)
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


def test_project_rules() -> None:
    unbalanced = Funding(
        total=D(100), fiscal=D(60), other=D(30), annual_request=D(50), appropriation=D(40)
    )
    assert codes(project(funding=unbalanced)) == [("PI010", "funding"), ("PI011", "funding")]
    late = project(end=datetime.date(2023, 3, 31))
    assert codes(late) == [("PI012", "end")]
    assert codes(project(indicators=())) == [("PI021", "indicators")]
    assert codes(project(indicators=CLEAN[:1])) == [("PI020", "效益指标"), ("PI020", "满意度指标")]
    assert codes(project(CLEAN[0])) == [("PI022", "培训人次")]


def test_rules_are_configurable() -> None:
    low = project(indicator(Level2.SATISFACTION, "游客满意度", ">=80%"))
    assert codes(low, LintRules(satisfaction_floor=D(80))) == []
    ranged = project(indicator(Level2.QUALITY, "结算误差", "±3%以内"))
    assert codes(ranged, LintRules(ignore={"PI031"})) == []


def test_findings_read_in_both_languages() -> None:
    (finding,) = lint(project(indicator(Level2.QUANTITY, "会议召开次数", "=100%")))
    assert finding.severity is Severity.ERROR
    assert str(finding) == (
        "PI003 error 会议召开次数: a count has a percentage target =100% "
        "(数量类指标的目标值=100%使用了百分比)"
    )


def test_seed_findings_are_exactly_the_two_known_defects() -> None:
    text = (ROOT / "examples/forms/shanghai-justice-2022.txt").read_text(encoding="utf-8")
    found = [(p.name, f.code, f.subject) for p in read_forms(text) for f in lint(p)]
    assert found == [
        ("12348公共法律服务平台政府购买法律咨询服务", "PI001", "案例制作完成及时性"),
        ("司法行政其他业务支出", "PI003", "公检法司卫民政联席工作会议召开次数"),
    ]
