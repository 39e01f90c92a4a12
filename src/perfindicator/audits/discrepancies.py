"""What an audit finds: `Discrepancy`, and the codes it is reported under with their rules.

Every discrepancy is a `Problem` (so one table or one loop shows lint findings, reading
problems and discrepancies alike) that also names the indicator concerned and the reported
and recomputed values. `CODES` lists each code with its severity and rule; the docs' audit
reference is generated from it.
"""

from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple

import attrs

from perfindicator.errors import FieldError, Problem, Severity, instance_of

__all__ = ["CODES", "Code", "Discrepancy"]


class Code(NamedTuple):
    """An audit code: its severity and the rule it checks, in English and Chinese."""

    severity: Severity
    rule_en: str
    rule_zh: str


_E, _N = Severity.ERROR, Severity.NOTE

CODES: dict[str, Code] = {
    # Indicator lines.
    "AU101": Code(_E, "a line is scored above what the rule gives it: a quantitative line, "
                  "or a miss in any words (未完成, 否) scored above its band",
                  "得分高于规则计算值"),
    "AU102": Code(_N, "a line is scored below the rule; or a qualitative line inside its "
                  "outcome's band but not at the scheme's default share; or an outcome in "
                  "words the rules do not grade (基本达到) scored in another band: the "
                  "assessor's discretion", "得分与规则计算值不同（评价人酌情）"),
    "AU103": Code(_E, "a score is negative or above its points", "得分为负或超过分值"),
    "AU104": Code(_E, "a qualitative line graded in the rules' own words (达成, 部分达成, "
                  "未达成) is scored outside that grade's band", "定性指标得分超出等级区间"),
    "AU105": Code(_E, "a line has points but no score", "有分值而无得分"),
    "AU106": Code(_E, "the actual is missing or cannot be read against the target; it "
                  "is not guessed", "实际完成值缺失或无法识别"),
    "AU107": Code(_E, "the target is missing or cannot be read", "指标值缺失或无法识别"),
    "AU108": Code(_N, "a quantitative target's actual is given in words (已完成, 达成预期"
                  "指标): scored as that outcome", "定量指标以文字填报完成值"),
    "AU109": Code(_E, "a line is missed, or over-achieved at the scheme's ratio, and has no "
                  "deviation note (偏差原因分析)", "未完成或超额完成而未说明偏差原因"),
    "AU110": Code(_E, "a deduction (扣减分数) is negative or above the raw score",
                  "扣减分数为负或超过原始得分"),
    "AU111": Code(_E, "an indicator's name is given twice", "指标名称重复"),
    "AU112": Code(_E, "a line has no points while other lines print theirs",
                  "指标缺少分值"),
    # Points.
    "AU201": Code(_E, "the points of the lines under a label (产出指标(50分)) do not add "
                  "up to the label's points", "指标分值合计与标注分值不符"),
    "AU202": Code(_E, "the points of the lines and of the budget execution do not add up "
                  "to 100", "分值合计不为100"),
    "AU203": Code(_E, "printed points are negative or finer than cents: nothing can be "
                  "scored out of them", "分值为负或小数位超过两位，无法计分"),
    # Budget execution.
    "AU301": Code(_E, "the printed execution rate is not executed ÷ budget at its printed "
                  "precision", "执行率与预算执行数不符"),
    "AU302": Code(_E, "the execution score does not follow from the rate under the scheme",
                  "预算执行得分与执行率不符"),
    "AU303": Code(_E, "the execution score is above its points", "预算执行得分超过分值"),
    "AU304": Code(_E, "the execution cannot be scored: the budget is zero or empty, or "
                  "the executed amount is missing; never scored as 0",
                  "预算数为零或缺失，无法计算执行率"),
    "AU305": Code(_E, "the execution rate is below the scheme's threshold and no reason "
                  "(原因) is given", "执行率低于要求而未说明原因"),
    "AU306": Code(_N, "the form's budget column (全年预算数 or 调整后预算数) is not the "
                  "denominator the scheme names; the rate is taken of the form's column",
                  "执行率分母与评分方案不一致"),
    "AU307": Code(_N, "the execution score is the rule's rounded to the printed precision "
                  "(9 for 8.60): accepted, and noted", "预算执行得分按填报精度取整"),
    # Totals and grade.
    "AU401": Code(_E, "the total is not the sum of the printed line scores (after "
                  "deductions) and the execution score", "总分与各项得分合计不符"),
    "AU402": Code(_E, "the grade does not match the printed total, or is not a grade",
                  "评价等级与总分不符"),
    "AU403": Code(_N, "no total is printed", "未填写总分"),
    "AU404": Code(_E, "a subtotal (小计) is not the sum of the printed points or scores (after "
                  "deductions) of the lines above it", "小计与所含指标合计不符"),
}  # fmt: skip
"""Every audit code, with its severity and rule."""


@attrs.frozen(kw_only=True)
class Discrepancy(Problem):
    """One place where a published self-evaluation departs from the rules.

    A `Problem` (code, messages in English and Chinese, place, severity) with the
    indicator concerned and the two values compared.

    Attributes:
        indicator: the indicator's name, or `None` for the budget rows, the points labels
            and the totals.
        reported: the number the report prints (a score, points, a rate in percent, the
            total a grade should follow), or `None`; text the report prints (an actual, a
            grade) is in `text`.
        recomputed: the number the rule gives, or `None` where the rule gives none.

    Examples:
        >>> from decimal import Decimal
        >>> d = Discrepancy(code="AU101", severity=Severity.ERROR, indicator="接答率",
        ...     message_en="scored 10, the rule gives 9.47", message_zh="得分10，规则计算为9.47",
        ...     reported=Decimal("10"), recomputed=Decimal("9.47"))
        >>> print(d)
        AU101 error: scored 10, the rule gives 9.47 (得分10，规则计算为9.47)
    """

    indicator: str | None = attrs.field(default=None, validator=instance_of(str, None))
    reported: Decimal | None = attrs.field(default=None, validator=instance_of(Decimal, None))
    recomputed: Decimal | None = attrs.field(default=None, validator=instance_of(Decimal, None))

    def __attrs_post_init__(self) -> None:
        # The code and severity are Problem's fields; an audit code fixes its severity.
        code = CODES.get(self.code)
        if code is None:
            raise FieldError("Discrepancy", "code", self.code, "must be an audit code (AU101…)")
        if self.severity is not code.severity:
            raise FieldError(
                "Discrepancy",
                "severity",
                self.severity,
                f"must be {code.severity.value}, the severity of {self.code}",
            )
