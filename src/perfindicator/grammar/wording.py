"""Reading outcomes from the words evaluators write (`达成预期指标`, `基本达到`, `未完成`)."""

from __future__ import annotations

from perfindicator._syntax import strip_blank
from perfindicator.model.outcomes import Outcome

__all__ = ["OFFICIAL_WORDINGS", "known_wordings", "read_outcome"]

_WORDS = {
    Outcome.ACHIEVED: (
        # 达成目标 and the two below with 目标: the production systems' qualitativeindex03.
        "达成年度指标", "达成预期指标", "达成目标", "达成", "已达成", "达到", "已达到", "达到预期", "完成",
        "已完成", "全部完成", "按时完成", "实现", "已实现", "是",
    ),
    Outcome.PARTLY_ACHIEVED: (
        "部分达成年度指标并具有一定效果", "部分达成目标并具有一定效果", "部分达成", "基本达到", "基本达成", "基本完成",
        "部分完成", "基本实现", "部分实现",
    ),
    Outcome.NOT_ACHIEVED: (
        "未达成年度指标且效果较差", "未达成目标且效果较差", "未达成", "未达到", "未完成", "未实现", "没有完成", "否",
    ),
}  # fmt: skip
_OUTCOME_OF = {word: outcome for outcome, words in _WORDS.items() for word in words}

OFFICIAL_WORDINGS = frozenset(
    {
        *(outcome.value for outcome in Outcome),
        "达成目标", "部分达成目标并具有一定效果", "未达成目标且效果较差", "达成", "部分达成", "未达成",
    }
)  # fmt: skip
"""The grades the rules and the systems' templates spell out (10号's three, the import
template's 达成 / 部分达成 / 未达成). A score outside the band of one of these breaks a rule;
other wordings (`基本达到`) are read as an outcome by perfindicator, not by the form, so a
score outside that outcome's band is the assessor's reading, not an error."""


def read_outcome(text: str, *, target_text: str | None = None) -> Outcome | None:
    """Return the outcome a wording states, or `None` for wording it does not know.

    The target's own wording (`target_text`, e.g. `及时` for a target of `及时`) means
    achieved.

    Examples:
        >>> read_outcome("基本达到")
        <Outcome.PARTLY_ACHIEVED: '部分达成年度指标并具有一定效果'>
        >>> read_outcome("及时", target_text="及时")
        <Outcome.ACHIEVED: '达成年度指标'>
    """
    words = strip_blank(text)
    if target_text is not None and words == target_text:
        return Outcome.ACHIEVED
    return _OUTCOME_OF.get(words)


def known_wordings() -> tuple[str, ...]:
    """Every wording `read_outcome` knows, for error messages."""
    return tuple(_OUTCOME_OF)
