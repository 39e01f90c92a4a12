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
    """Base class of every error raised by perfindicator."""


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
    """A constructor was given a value of the wrong type (a `float` for an amount, say)."""


class LabelError(PerfIndicatorError, ValueError):
    """A category label (一级指标 or 二级指标) is not one perfindicator knows.

    Attributes:
        label: the label as given.
        kind: which vocabulary was searched, e.g. `"level-2 category (二级指标)"`.
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
    """

    def __init__(self, target: object, actual: object, reason: str) -> None:
        self.target = str(target)
        self.actual = actual
        self.reason = reason
        super().__init__(f"cannot evaluate {actual!r} against target {self.target!r}: {reason}")


class ActualTypeError(EvaluationError, TypeError):
    """An actual value is of a kind its target cannot take (a date for `>=95%`, a float)."""


class SelfEvaluationError(PerfIndicatorError, ValueError):
    """A self-evaluation could not be scored; `problems` lists every problem found.

    Attributes:
        project: the project's name.
        problems: one readable line per problem, naming the indicator concerned.
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
