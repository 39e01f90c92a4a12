"""The exceptions perfindicator raises.

Every error is a [`PerfIndicatorError`][perfindicator.errors.PerfIndicatorError] and also a
`ValueError` or `TypeError`, so callers that only know the standard library still catch it.
Messages are in English and quote the offending Chinese text as written, with a short Chinese
gloss of what went wrong.
"""

from __future__ import annotations

import unicodedata

__all__ = [
    "ActualTypeError",
    "DataError",
    "EvaluationError",
    "FieldError",
    "FieldTypeError",
    "FormError",
    "LabelError",
    "PerfIndicatorError",
    "SelfEvaluationError",
    "TargetSyntaxError",
    "UnitMismatchError",
]


class PerfIndicatorError(Exception):
    """Base class of every error raised by perfindicator.

    Examples:
        >>> from perfindicator import parse_target
        >>> try:
        ...     parse_target("")
        ... except PerfIndicatorError as error:
        ...     print(type(error).__name__, isinstance(error, ValueError))
        TargetSyntaxError True
    """


class FieldError(PerfIndicatorError, ValueError):
    """A constructor was given a value its field cannot hold.

    Attributes:
        owner: the class being built, e.g. `"Funding"`.
        field: the field's name, e.g. `"total"`.
        value: the rejected value.
        reason: why it was rejected.

    Examples:
        >>> from decimal import Decimal
        >>> from perfindicator import Funding
        >>> Funding(total=Decimal("-1"))
        Traceback (most recent call last):
        ...
        perfindicator.errors.FieldError: Funding.total: must not be negative (不能为负数), got Decimal('-1')
    """

    def __init__(self, owner: str, field: str, value: object, reason: str) -> None:
        self.owner = owner
        self.field = field
        self.value = value
        self.reason = reason
        super().__init__(f"{owner}.{field}: {reason}, got {value!r}")


class FieldTypeError(FieldError, TypeError):
    """A constructor was given a value of the wrong type (a `float` for an amount, say).

    Examples:
        >>> from perfindicator import Quantity
        >>> Quantity(value=95.0, unit="%")
        Traceback (most recent call last):
        ...
        perfindicator.errors.FieldTypeError: Quantity.value: must be a Decimal (float is inexact; pass Decimal('…') built from text), got 95.0
    """


class LabelError(PerfIndicatorError, ValueError):
    """A category label (一级指标 or 二级指标) is not one perfindicator knows.

    Attributes:
        label: the label as given.
        kind: which vocabulary was searched, e.g. `"level-2 category (二级指标)"`.

    Examples:
        >>> from perfindicator import Level2
        >>> Level2.from_label("产出数量")
        Traceback (most recent call last):
        ...
        perfindicator.errors.LabelError: unknown level-2 category (二级指标) '产出数量' (未知的指标类别); known labels: 数量指标, 质量指标, ...
    """

    def __init__(self, label: str, kind: str, known: tuple[str, ...]) -> None:
        self.label = label
        self.kind = kind
        super().__init__(
            f"unknown {kind} {label!r} (未知的指标类别); known labels: {', '.join(known)}"
        )


class TargetSyntaxError(PerfIndicatorError, ValueError):
    """A target expression (指标目标值) or an actual value could not be read.

    Attributes:
        text: the text as given.
        kind: what was being read: `"target"` or `"quantity"`.
        position: index into `text` of the first character that could not be read.
        reason: what was expected there.

    Examples:
        >>> from perfindicator import parse_target
        >>> parse_target(">=abc%")
        Traceback (most recent call last):
        ...
        perfindicator.errors.TargetSyntaxError: invalid target '>=abc%' (指标目标值无法解析) at position 2: expected a number after the operator
            >=abc%
              ^
    """

    def __init__(self, text: str, position: int, reason: str, *, kind: str = "target") -> None:
        self.text = text
        self.position = position
        self.reason = reason
        self.kind = kind
        gloss = "指标目标值无法解析" if kind == "target" else "数值无法解析"
        super().__init__(
            f"invalid {kind} {text!r} ({gloss}) at position {position}: {reason}\n"
            f"    {_one_line(text)}\n    {' ' * _display_width(text[:position])}^"
        )


class UnitMismatchError(PerfIndicatorError, ValueError):
    """Two quantities were compared whose units do not convert into each other.

    Attributes:
        left: the first unit, as written.
        right: the second unit, as written.

    Examples:
        >>> from perfindicator import parse_quantity
        >>> parse_quantity("3个工作日").compare(parse_quantity("3天"))
        Traceback (most recent call last):
        ...
        perfindicator.errors.UnitMismatchError: units '个工作日' and '天' are not comparable (单位不可比较)
    """

    def __init__(self, left: str, right: str) -> None:
        self.left = left
        self.right = right
        super().__init__(
            f"units {left or '(none)'!r} and {right or '(none)'!r} are not comparable (单位不可比较)"
        )


def _one_line(text: str) -> str:
    # Control characters would break the caret line; show them as one visible cell each.
    return "".join("�" if unicodedata.category(c)[0] == "C" else c for c in text)


def _display_width(text: str) -> int:
    # Chinese characters take two terminal cells, so the caret must skip two for each.
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


class EvaluationError(PerfIndicatorError, ValueError):
    """An actual value cannot be evaluated against its target.

    Raised for a relative change without a baseline, a year-less deadline without a year,
    wording that names no known outcome, and the like.

    Attributes:
        target: the target, as its canonical text.
        actual: the actual value as given.
        reason: what is missing or wrong.

    Examples:
        >>> from perfindicator import evaluate, parse_target
        >>> evaluate(parse_target("同比增长10%"), "110")
        Traceback (most recent call last):
        ...
        perfindicator.errors.EvaluationError: cannot evaluate '110' against target '同比增长10%': a relative change needs a baseline (基期值): pass baseline=
    """

    def __init__(self, target: object, actual: object, reason: str) -> None:
        self.target = str(target)
        self.actual = actual
        self.reason = reason
        super().__init__(f"cannot evaluate {actual!r} against target {self.target!r}: {reason}")


class ActualTypeError(EvaluationError, TypeError):
    """An actual value is of a kind its target cannot take (a date for `>=95%`, a float).

    Examples:
        >>> from perfindicator import evaluate, parse_target
        >>> evaluate(parse_target(">=95%"), 96.2)
        Traceback (most recent call last):
        ...
        perfindicator.errors.ActualTypeError: cannot evaluate 96.2 against target '>=95%': a quantity target takes a number or a quantity (floats are inexact: pass a Decimal or a string)
    """


class SelfEvaluationError(PerfIndicatorError, ValueError):
    """A self-evaluation could not be scored; `problems` lists every problem found.

    Attributes:
        project: the project's name.
        problems: one readable line per problem, naming the indicator concerned.

    Examples:
        >>> import datetime
        >>> from decimal import Decimal
        >>> from perfindicator import Indicator, Level2, Project, Weights, parse_target, self_evaluate
        >>> project = Project(
        ...     name="示例", year=2022,
        ...     start=datetime.date(2022, 1, 1), end=datetime.date(2022, 12, 31),
        ...     indicators=(Indicator(level2=Level2.QUANTITY, name="培训人次",
        ...                           target=parse_target(">=100人次")),))
        >>> only_output = Weights(output=Decimal(90), benefit=Decimal(0), satisfaction=Decimal(0))
        >>> self_evaluate(project, {}, weights=only_output)
        Traceback (most recent call last):
        ...
        perfindicator.errors.SelfEvaluationError: cannot self-evaluate '示例' (无法完成绩效自评): 1 problem
          - 培训人次: no actual value given
    """

    def __init__(self, project: str, problems: tuple[str, ...]) -> None:
        self.project = project
        self.problems = problems
        listed = "\n".join(f"  - {p}" for p in problems)
        super().__init__(
            f"cannot self-evaluate {project!r} (无法完成绩效自评): "
            f"{len(problems)} problem{'s' if len(problems) != 1 else ''}\n{listed}"
        )


class FormError(PerfIndicatorError, ValueError):
    """A declaration form's text could not be read (or a project cannot be written as one).

    Attributes:
        line: the 1-based line number in the text, or 0 when no line is concerned.
        text: that line as written (`""` when no line is concerned).
        reason: what was expected.

    Examples:
        >>> from perfindicator import read_forms
        >>> read_forms("随便写的一行")
        Traceback (most recent call last):
        ...
        perfindicator.errors.FormError: line 1: expected the title line 财政项目支出绩效目标申报表 (申报表无法读取)
            随便写的一行
    """

    def __init__(self, line: int, text: str, reason: str) -> None:
        self.line = line
        self.text = text
        self.reason = reason
        where = f"line {line}: " if line else ""
        quoted = f"\n    {_one_line(text)}" if text else ""
        super().__init__(f"{where}{reason} (申报表无法读取){quoted}")


class DataError(PerfIndicatorError, ValueError):
    """A dict or JSON document is not a valid perfindicator object.

    Attributes:
        problems: `(JSON path, reason)` pairs, one per problem found, e.g.
            `("$.indicators[3].target", "invalid target '>=abc%' …")`.

    Examples:
        >>> from perfindicator import Funding, from_dict
        >>> try:
        ...     from_dict({"total": 1.5, "extra": "1"}, Funding)
        ... except DataError as error:
        ...     for path, reason in error.problems:
        ...         print(path, reason)
        $.total a float is inexact: write the number as a string, e.g. "95.5"
        $.extra unknown key
    """

    def __init__(self, problems: tuple[tuple[str, str], ...]) -> None:
        self.problems = problems
        listed = "\n".join(f"  {path}: {reason}" for path, reason in problems)
        count = f"{len(problems)} problem{'s' if len(problems) != 1 else ''}"
        super().__init__(f"invalid document (数据无效), {count}:\n{listed}")

    @classmethod
    def reason(cls, reason: str) -> DataError:
        """A single problem at the place being read; the reader adds the path."""
        return cls((("$", reason),))
