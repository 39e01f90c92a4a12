"""Reading actual values as published self-evaluations write them (实际完成值, 完成值).

Units write an actual as a number (`96`, `98.5%`), the target's own words (`良好`), an
outcome (`达成预期指标`, `已完成`, `基本达到`), the target repeated with its comparator
(`≥266米`), or a mark that the row does not apply (`/`, `无`). `read_actual` turns each into
what `evaluate` takes, and guesses nothing: text it does not recognise is passed on as
written, for `evaluate` to read against the target or to refuse.
"""

from __future__ import annotations

from perfindicator._syntax import strip_blank
from perfindicator.errors import TargetSyntaxError
from perfindicator.grammar.parse import parse_target
from perfindicator.grammar.wording import read_outcome
from perfindicator.model.outcomes import Outcome
from perfindicator.model.targets import Comparison, Op, Qualitative, Target

__all__ = ["NOT_APPLICABLE", "is_not_applicable", "read_actual"]

NOT_APPLICABLE = frozenset({"/", "／", "\\", "-", "—", "——", "－", "无", "不适用", "不涉及"})
"""The marks a form writes for a row that does not apply: not zero, and not a value."""

# A comparator at the start of an actual: the unit repeated the target's spelling.
_SIGNS = tuple("≥≤><=＝﹦≧≦＞＜")


def is_not_applicable(text: str) -> bool:
    """Whether a cell says its row does not apply (`/`, `无`, `不适用`).

    Examples:
        >>> is_not_applicable(" / "), is_not_applicable("0")
        (True, False)
    """
    return strip_blank(text) in NOT_APPLICABLE


def read_actual(text: str, target: Target | None = None) -> Outcome | str | None:
    """An actual as a published form writes it, as `evaluate` takes it against `target`.

    - `None` for an empty cell or a not-applicable mark (`is_not_applicable`), unless the
      mark is the target's own words (`无` against a target of `无`);
    - the target's own words as written (`否` against `否` is met, not 未达成);
    - the `Outcome` an outcome wording states (`达成预期指标`, `已完成`, `基本达到`);
    - the figure of an actual that repeats the target's comparator (`≥266米` against
      `≥266米` is `266米`: at least the target was reached, and the figure is the one
      given), or states its value with `=`; an actual with another comparator (`<90%`
      against `≥90%`) is left as written, for `evaluate` to refuse: which side of the
      figure the actual lies on is not known;
    - else the text as written, for `evaluate` to read against its target (`98%`,
      `2022年11月30日`, `良好`).

    Examples:
        >>> from perfindicator import parse_target
        >>> read_actual("≥266米", parse_target("≥266米")), read_actual("<90%", parse_target("≥90%"))
        ('266米', '<90%')
        >>> read_actual("基本达到").name, read_actual("/"), read_actual("否", parse_target("否"))
        ('PARTLY_ACHIEVED', None, '否')
    """
    words = strip_blank(text)
    if isinstance(target, Qualitative) and words == target.text:
        return words
    if not words or words in NOT_APPLICABLE:
        return None
    outcome = read_outcome(words)
    if outcome is not None:
        return outcome
    if words.startswith(_SIGNS):
        try:
            stated = parse_target(words)
        except TargetSyntaxError:
            return words
        if isinstance(stated, Comparison) and (
            stated.op is Op.EQ or (isinstance(target, Comparison) and stated.op is target.op)
        ):
            return str(stated.quantity)
    return words
