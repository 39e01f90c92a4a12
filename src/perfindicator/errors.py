"""The exceptions perfindicator raises, and the one record of a problem behind them.

Every error is a [`PerfIndicatorError`][perfindicator.errors.PerfIndicatorError] and also a
`ValueError` or `TypeError`, so callers that only know the standard library still catch it.
Messages are in English with the Chinese alongside, and quote the offending text as written.

Errors that can find several problems at once (a JSON document, a form, a self-evaluation)
list them all as [`Problem`][perfindicator.errors.Problem] records: the same record that
[`lint`][perfindicator.lint] returns as findings. A problem says where it is
([`Place`][perfindicator.errors.Place]), what rule or check it breaks (`code`), and what is
wrong in both languages.

This module is the bottom of the package: it imports nothing of perfindicator.
"""

from __future__ import annotations

import enum
import reprlib
import unicodedata
from collections.abc import Callable, Iterable
from typing import Any

import attrs

__all__ = [
    "ActualTypeError",
    "DataError",
    "EvaluationError",
    "FieldError",
    "FieldTypeError",
    "FormError",
    "LabelError",
    "MissingExtraError",
    "MonitoringError",
    "PerfIndicatorError",
    "Place",
    "Problem",
    "ReadError",
    "SelfEvaluationError",
    "Severity",
    "TargetSyntaxError",
    "UnitMismatchError",
    "shown",
]


class Severity(enum.Enum):
    """How serious a problem is: an error, a warning, or a note.

    An error stops the work, a warning advises against it, a note records what a person may
    decide either way (an assessor's discretion in an audit).

    Examples:
        >>> [severity.value for severity in Severity]
        ['error', 'warning', 'note']
    """

    ERROR = "error"
    WARNING = "warning"
    NOTE = "note"


_Check = Callable[[Any, "attrs.Attribute[Any]", Any], None]


def instance_of(*kinds: type | None) -> _Check:
    """An attrs validator: the value is of one of `kinds` (`None` admits None).

    Bools are not ints here, unless `bool` is one of the kinds. The model's validators use
    this one too; it lives here, at the bottom, so that `Place` and `Problem` can use it.
    """
    types = tuple(type(None) if k is None else k for k in kinds)
    names = " or ".join("None" if k is None else k.__name__ for k in kinds)

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, types) or (isinstance(value, bool) and bool not in types):
            raise FieldTypeError(type(instance).__name__, attribute.name, value, f"must be {names}")

    return check


_INT_OR_NONE = instance_of(int, None)


def _counted(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    # Rows, columns and pages count from 1, as spreadsheets and editors show them.
    _INT_OR_NONE(instance, attribute, value)
    if isinstance(value, int) and value < 1:
        raise FieldError(type(instance).__name__, attribute.name, value, "must be 1 or more")


@attrs.frozen(kw_only=True)
class Place:
    """Where a problem is: any of a file, a sheet or page, a row, a column and a subject.

    Rows and columns count from 1, as spreadsheets and editors show them; a text form's row
    is its line. `subject` names the thing concerned inside: a JSON path
    (`$.indicators[3].target`), an indicator's name, or a field (`funding`).

    Examples:
        >>> print(Place(file="forms.txt", row=12, subject="在线接答率"))
        forms.txt:12, 在线接答率
        >>> print(Place(sheet="表1", row=3, column=4))
        sheet 表1, row 3, column 4
        >>> print(Place(subject="$.total"))
        $.total
        >>> bool(Place())
        False
    """

    file: str | None = attrs.field(default=None, validator=instance_of(str, None))
    sheet: str | None = attrs.field(default=None, validator=instance_of(str, None))
    page: int | None = attrs.field(default=None, validator=_counted)
    row: int | None = attrs.field(default=None, validator=_counted)
    column: int | None = attrs.field(default=None, validator=_counted)
    subject: str = attrs.field(default="", validator=instance_of(str))

    def at(self, row: int, column: int) -> Place:
        """This place (a file, sheet or page) narrowed to a cell; row and column from 1.

        Built without validating the file, sheet and page again (they were checked when
        this place was made): a reader places every cell of a table.

        Examples:
            >>> print(Place(file="a.xlsx", sheet="表1").at(3, 2))
            a.xlsx[sheet 表1]:3:2
        """
        for name, count in (("row", row), ("column", column)):
            if type(count) is not int or count < 1:
                raise FieldError("Place", name, count, "must be an int, 1 or more")
        cell = object.__new__(Place)
        put = object.__setattr__
        put(cell, "file", self.file)
        put(cell, "sheet", self.sheet)
        put(cell, "page", self.page)
        put(cell, "row", row)
        put(cell, "column", column)
        put(cell, "subject", self.subject)
        return cell

    def __str__(self) -> str:
        part = ""
        if self.sheet is not None:
            part = f"sheet {self.sheet}"
        elif self.page is not None:
            part = f"page {self.page}"
        if self.file is not None:
            # file[sheet]:row:column, the form editors and terminals turn into a link.
            cell = self.file + (f"[{part}]" if part else "")
            cell += "".join(f":{n}" for n in (self.row, self.column) if n is not None)
            parts = [cell]
        else:
            parts = [
                part,
                "" if self.row is None else f"row {self.row}",
                "" if self.column is None else f"column {self.column}",
            ]
        return ", ".join(p for p in [*parts, self.subject] if p)

    def __bool__(self) -> bool:
        return bool(str(self))

    def inside(self, outer: Place) -> Place:
        """Return this place with what `outer` knows filled in where this one knows nothing.

        Subjects nest: a JSON path inside `$.projects['a']` continues it.

        Examples:
            >>> print(Place(subject="$.total").inside(Place(file="a.json", subject="$.funding")))
            a.json, $.funding.total
        """
        subject = self.subject
        if outer.subject and subject.startswith("$"):
            subject = outer.subject + subject[1:]
        elif not subject:
            subject = outer.subject
        return Place(
            file=self.file if self.file is not None else outer.file,
            sheet=self.sheet if self.sheet is not None else outer.sheet,
            page=self.page if self.page is not None else outer.page,
            row=self.row if self.row is not None else outer.row,
            column=self.column if self.column is not None else outer.column,
            subject=subject,
        )


@attrs.frozen(kw_only=True)
class Problem:
    """One problem found: where, which check, and what is wrong, in Chinese and English.

    Lint findings, the problems of a [`DataError`][perfindicator.DataError], a
    [`FormError`][perfindicator.FormError] and a
    [`SelfEvaluationError`][perfindicator.SelfEvaluationError] are all `Problem`s, so one
    table or one loop shows them all.

    Attributes:
        code: the check's stable code: a lint rule (`"PI001"`) or the kind of input check
            (`"data"`, `"form"`, `"self-evaluation"`, `"target"`, ...).
        message_en: what is wrong, in English.
        message_zh: the same in Chinese.
        where: the place concerned.
        text: the offending text as written, where there is one.
        severity: error, warning, or note (an assessor's discretion, in an audit).

    Examples:
        >>> problem = Problem(code="PI001", message_en="the target is missing",
        ...                   message_zh="未填写指标目标值", where=Place(subject="案例制作完成及时性"))
        >>> print(problem)
        PI001 error 案例制作完成及时性: the target is missing (未填写指标目标值)
    """

    code: str = attrs.field(validator=instance_of(str))
    message_en: str = attrs.field(validator=instance_of(str))
    message_zh: str = attrs.field(validator=instance_of(str))
    where: Place = attrs.field(default=Place(), validator=instance_of(Place))
    text: str | None = attrs.field(default=None, validator=instance_of(str, None))
    severity: Severity = attrs.field(default=Severity.ERROR, validator=instance_of(Severity))

    @property
    def subject(self) -> str:
        """The indicator, field or JSON path concerned: `where.subject`.

        Examples:
            >>> Problem(code="data", message_en="unknown key", message_zh="未知的键",
            ...         where=Place(subject="$.extra")).subject
            '$.extra'
        """
        return self.where.subject

    def __str__(self) -> str:
        where = f" {self.where}" if self.where else ""
        quoted = "" if self.text is None else f": {_quote(self.text)}"
        return (
            f"{self.code} {self.severity.value}{where}: "
            f"{self.message_en} ({self.message_zh}){quoted}"
        )

    def summary(self) -> str:
        """The problem in one line without its code: place, message in both languages, text.

        Examples:
            >>> Problem(code="form", message_en="unexpected cell", message_zh="无法识别的单元格",
            ...         where=Place(file="a.txt", row=3), text="x").summary()
            "a.txt:3: unexpected cell (无法识别的单元格): 'x'"
        """
        where = f"{self.where}: " if self.where else ""
        quoted = "" if self.text is None else f": {_quote(self.text)}"
        return f"{where}{self.message_en} ({self.message_zh}){quoted}"

    def moved(self, outer: Place) -> Problem:
        """Return the same problem, its place taken as inside `outer`.

        Examples:
            >>> inner = Problem(code="data", message_en="a float is inexact", message_zh="浮点数不精确",
            ...                 where=Place(subject="$.total"))
            >>> print(inner.moved(Place(file="a.json", subject="$.funding")).where)
            a.json, $.funding.total
        """
        return attrs.evolve(self, where=self.where.inside(outer))


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

    code = "error"

    def as_problem(self, where: Place = Place()) -> Problem:
        """This error as a `Problem` at `where`, for reports that list many.

        Examples:
            >>> from perfindicator import parse_target
            >>> try:
            ...     parse_target(">=abc%")
            ... except PerfIndicatorError as error:
            ...     print(error.as_problem(Place(subject="$.target")))
            target error $.target: expected a number after the operator at position 2 (指标目标值无法解析): '>=abc%'
        """
        return Problem(
            code=self.code,
            message_en=self._message_en(),
            message_zh=self._message_zh(),
            where=where,
            text=self._text(),
        )

    def _message_en(self) -> str:
        return str(self).split("\n", 1)[0]

    def _message_zh(self) -> str:
        return "输入无效"

    def _text(self) -> str | None:
        return None


class FieldError(PerfIndicatorError, ValueError):
    """A constructor or function was given a value its field or argument cannot hold.

    Attributes:
        owner: the class or function, e.g. `"Funding"` or `"score"`.
        field: the field's or argument's name, e.g. `"total"`.
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

    code = "field"

    def __init__(self, owner: str, field: str, value: object, reason: str) -> None:
        self.owner = owner
        self.field = field
        self.value = value
        self.reason = reason
        super().__init__(f"{owner}.{field}: {reason}, got {shown(value)}")

    def _message_en(self) -> str:
        return f"{self.reason}, got {shown(self.value)}"

    def _message_zh(self) -> str:
        return "取值无效"


class FieldTypeError(FieldError, TypeError):
    """A constructor or function was given a value of the wrong type (a `float`, say).

    Examples:
        >>> from perfindicator import Quantity
        >>> Quantity(value=95.0, unit="%")
        Traceback (most recent call last):
        ...
        perfindicator.errors.FieldTypeError: Quantity.value: must be a Decimal or an int (a float is inexact: pass Decimal('…') built from text), got 95.0
    """

    code = "type"

    def _message_zh(self) -> str:
        return "类型错误"


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

    code = "label"

    def __init__(self, label: str, kind: str, known: tuple[str, ...]) -> None:
        self.label = label
        self.kind = kind
        super().__init__(
            f"unknown {kind} {label!r} (未知的指标类别); known labels: {', '.join(known)}"
        )

    def _message_zh(self) -> str:
        return "未知的指标类别"

    def _text(self) -> str | None:
        return self.label


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

    code = "target"

    def __init__(self, text: str, position: int, reason: str, *, kind: str = "target") -> None:
        self.text = text
        self.position = position
        self.reason = reason
        self.kind = kind
        excerpt = _excerpt(text, position)
        super().__init__(
            f"invalid {kind} {shown(text)} ({self._message_zh()}) at position {position}: "
            f"{reason}\n    {_one_line(excerpt.text)}\n    {' ' * display_width(excerpt.before)}^"
        )

    def _message_en(self) -> str:
        return f"{self.reason} at position {self.position}"

    def _message_zh(self) -> str:
        return "指标目标值无法解析" if self.kind == "target" else "数值无法解析"

    def _text(self) -> str | None:
        return self.text


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

    code = "unit"

    def __init__(self, left: str, right: str) -> None:
        self.left = left
        self.right = right
        super().__init__(
            f"units {left or '(none)'!r} and {right or '(none)'!r} are not comparable (单位不可比较)"
        )

    def _message_en(self) -> str:
        # The Chinese goes in the problem's own field, not twice.
        return f"units {self.left or '(none)'!r} and {self.right or '(none)'!r} are not comparable"

    def _message_zh(self) -> str:
        return "单位不可比较"


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
        perfindicator.errors.EvaluationError: cannot evaluate '110' against target '同比增长10%' (无法评价): a relative change needs a baseline (基期值): pass baseline=
    """

    code = "evaluation"

    def __init__(self, target: object, actual: object, reason: str) -> None:
        self.target = str(target)
        self.actual = actual
        self.reason = reason
        super().__init__(
            f"cannot evaluate {shown(actual)} against target {self.target!r} (无法评价): {reason}"
        )

    def _message_en(self) -> str:
        return self.reason

    def _message_zh(self) -> str:
        return "实际值无法评价"

    def _text(self) -> str | None:
        return self.actual if isinstance(self.actual, str) else None


class ActualTypeError(EvaluationError, TypeError):
    """An actual value is of a kind its target cannot take (a date for `>=95%`, a float).

    Examples:
        >>> from perfindicator import evaluate, parse_target
        >>> evaluate(parse_target(">=95%"), 96.2)
        Traceback (most recent call last):
        ...
        perfindicator.errors.ActualTypeError: cannot evaluate 96.2 against target '>=95%' (无法评价): a quantity target takes a Quantity, a Decimal, an int or a string (a float is inexact: pass a Decimal or a string)
    """


class ReadError(PerfIndicatorError, OSError):
    """A file could not be opened or read; also an `OSError`, as `open` would raise.

    Attributes:
        path: the file as given.
        reason: what the system said.

    Examples:
        >>> from perfindicator.io import read_text
        >>> try:
        ...     read_text("/nonexistent/forms.txt")
        ... except ReadError as error:
        ...     print(error, isinstance(error, OSError))
        cannot read '/nonexistent/forms.txt' (无法读取文件): No such file or directory True
    """

    code = "file"

    def __init__(self, path: str, error: OSError) -> None:
        self.path = path
        self.reason = error.strerror or str(error)
        self.message = f"cannot read {path!r} (无法读取文件): {self.reason}"
        super().__init__(self.message)
        # errno and filename as open() sets them, for callers that test them.
        self.errno = error.errno
        self.filename = path

    def __str__(self) -> str:
        # OSError's own __str__ would show "[Errno 2] None: 'path'" once errno is set.
        return self.message

    def _message_en(self) -> str:
        return f"cannot read: {self.reason}"

    def _message_zh(self) -> str:
        return "无法读取文件"


class MissingExtraError(PerfIndicatorError, ImportError):
    """Reading or writing a file format, or building a DataFrame, needs a missing dependency.

    Attributes:
        extra: the extra to install, e.g. `"xlsx"` for `pip install 'perfindicator[xlsx]'`.
        format: the file format, e.g. `".xlsx"`, or what is built (`"polars DataFrames"`).
        doing: `"reading"`, `"writing"` or `"building"`.

    Examples:
        >>> print(MissingExtraError(extra="xlsx", format=".xlsx", module="openpyxl"))
        reading .xlsx files needs openpyxl: pip install 'perfindicator[xlsx]' (缺少可选依赖)
        >>> print(MissingExtraError(extra="polars", format="polars DataFrames",
        ...                         module="polars", doing="building"))
        building polars DataFrames needs polars: pip install 'perfindicator[polars]' (缺少可选依赖)
    """

    code = "extra"

    def __init__(self, *, extra: str, format: str, module: str, doing: str = "reading") -> None:
        self.extra = extra
        self.format = format
        self.doing = doing
        # A file format is named by its suffix; anything else (a DataFrame) by itself.
        what = f"{format} files" if format.startswith(".") else format
        super().__init__(
            f"{doing} {what} needs {module}: pip install 'perfindicator[{extra}]' (缺少可选依赖)",
            name=module,
        )

    def _message_zh(self) -> str:
        return "缺少可选依赖"


class _ProblemsError(PerfIndicatorError, ValueError):
    """An error that lists every problem found, as `Problem` records."""

    def __init__(self, problems: Iterable[Problem], heading: str) -> None:
        self.problems = tuple(problems)
        count = len(self.problems)
        listed = "\n".join(f"  {p.summary()}" for p in self.problems)
        super().__init__(f"{heading}: {count} problem{'s' if count != 1 else ''}\n{listed}")

    def _message_en(self) -> str:
        return "; ".join(p.summary() for p in self.problems)


class _ProjectError(_ProblemsError):
    """A report of one project could not be made: `doing` says which, in both languages."""

    code: str
    doing: str

    def __init__(self, project: str, problems: Iterable[Problem]) -> None:
        self.project = project
        super().__init__(problems, self.doing.format(project=repr(project)))

    def problems_in(self, file: str | None) -> tuple[Problem, ...]:
        """The problems placed in `file`, each subject led by the project's name.

        The subject of each problem is its indicator; among many projects (a batch, a
        command over several forms) the project's name goes before it: `示例: 培训人次`.

        Examples:
            >>> error = SelfEvaluationError("示例", [Problem(code="self-evaluation",
            ...     message_en="no actual value given", message_zh="未提供实际值",
            ...     where=Place(subject="培训人次"))])
            >>> [str(p.where) for p in error.problems_in("actuals.json")]
            ['actuals.json, 示例: 培训人次']
        """
        return tuple(
            attrs.evolve(p, where=Place(file=file, subject=f"{self.project}: {p.subject}"))
            for p in self.problems
        )


class SelfEvaluationError(_ProjectError):
    """A self-evaluation could not be scored; `problems` lists every problem found.

    Attributes:
        project: the project's name.
        problems: one `Problem` per problem, its subject the indicator concerned.

    Examples:
        >>> import datetime
        >>> from perfindicator import Indicator, Level2, Project, Weights, parse_target, self_evaluate
        >>> project = Project(
        ...     name="示例", year=2022,
        ...     start=datetime.date(2022, 1, 1), end=datetime.date(2022, 12, 31),
        ...     indicators=(Indicator(level2=Level2.QUANTITY, name="培训人次",
        ...                           target=parse_target(">=100人次")),))
        >>> only_output = Weights(output=90, benefit=0, satisfaction=0)
        >>> self_evaluate(project, {}, weights=only_output)
        Traceback (most recent call last):
        ...
        perfindicator.errors.SelfEvaluationError: cannot self-evaluate '示例' (无法完成绩效自评): 1 problem
          培训人次: no actual value given (未提供实际值)
    """

    code = "self-evaluation"
    doing = "cannot self-evaluate {project} (无法完成绩效自评)"


class MonitoringError(_ProjectError):
    """A project's progress could not be monitored; `problems` lists every problem found.

    Attributes:
        project: the project's name.
        problems: one `Problem` per problem, its subject the indicator concerned.

    Examples:
        >>> import datetime
        >>> from perfindicator import Indicator, Level2, Project, monitor, parse_target
        >>> project = Project(name="示例", year=2024, indicators=(
        ...     Indicator(level2=Level2.QUANTITY, name="培训人次", target=parse_target(">=100人次")),))
        >>> monitor(project, {}, on=datetime.date(2024, 6, 30))
        Traceback (most recent call last):
        ...
        perfindicator.errors.MonitoringError: cannot monitor '示例' (无法完成运行监控): 1 problem
          培训人次: no progress given (未提供执行情况)
    """

    code = "monitoring"
    doing = "cannot monitor {project} (无法完成运行监控)"


class FormError(_ProblemsError):
    """A form could not be read (or, with `writing`, a document cannot be written as one).

    Attributes:
        problems: every problem found, each with its place (file, row) and the text there.
        writing: whether the form was being written (by `format_form` or
            `perfindicator.io.write_xlsx`) rather than read.

    Examples:
        >>> from perfindicator import read_forms
        >>> read_forms("随便写的一行")
        Traceback (most recent call last):
        ...
        perfindicator.errors.FormError: cannot read the form (申报表无法读取): 1 problem
          row 1: expected the title line 财政项目支出绩效目标申报表 (应为标题行): '随便写的一行'
    """

    code = "form"

    def __init__(self, problems: Iterable[Problem], *, writing: bool = False) -> None:
        self.writing = writing
        heading = (
            "cannot write the form (无法写出表格)"
            if writing
            else "cannot read the form (申报表无法读取)"
        )
        super().__init__(problems, heading)


class DataError(_ProblemsError):
    """A dict or JSON document is not a valid perfindicator object.

    Attributes:
        problems: one `Problem` per problem found, its subject the JSON path, e.g.
            `$.indicators[3].target`.

    Examples:
        >>> from perfindicator import Funding, from_dict
        >>> try:
        ...     from_dict({"total": 1.5, "extra": "1"}, Funding)
        ... except DataError as error:
        ...     for problem in error.problems:
        ...         print(problem.subject, problem.message_en)
        $.total a float is inexact: write the number as a string, e.g. "95.5"
        $.extra unknown key
    """

    code = "data"

    def __init__(self, problems: Iterable[Problem]) -> None:
        super().__init__(problems, "invalid document (数据无效)")


def _quote(text: str) -> str:
    return shown(_one_line(text))


# Long inputs are quoted in part: a message is for reading, and a megabyte target would
# bury the reason (the full value stays on the error's attributes).
_QUOTE_LIMIT = 200
_REPR = reprlib.Repr()
_REPR.maxstring = _REPR.maxother = _QUOTE_LIMIT
_REPR.maxlevel = 3


def shown(value: object) -> str:
    """A bounded `repr` of any value, for messages: never huge, never raising.

    Strings are cut at 200 characters (their length said), ints of thousands of digits are
    described (their `repr` raises past Python's digit limit), containers are shown to three
    levels, and a `__repr__` that raises is replaced by the type's name and address.

    Examples:
        >>> shown("x" * 1000).endswith("xx'… (1000 characters)"), len(shown("x" * 1000))
        (True, 221)
        >>> shown(10**5000)
        'an int of about 5000 digits'
        >>> nested: list[object] = []
        >>> for _ in range(100_000):
        ...     nested = [nested]
        >>> shown(nested)
        '[[[[...]]]]'
    """
    if isinstance(value, str) and len(value) > _QUOTE_LIMIT:
        return repr(value[:_QUOTE_LIMIT]) + f"… ({len(value)} characters)"
    if isinstance(value, int) and value.bit_length() > 4 * _QUOTE_LIMIT:
        return f"an int of about {round(value.bit_length() * 0.30103)} digits"
    try:
        return _REPR.repr(value)
    except Exception:
        return f"<{type(value).__name__} object>"


@attrs.frozen
class _Excerpt:
    text: str
    before: str


def _excerpt(text: str, position: int) -> _Excerpt:
    # Show at most 40 characters either side of the caret.
    start = max(0, position - 40)
    return _Excerpt(text=text[start : position + 40], before=text[start:position])


_BREAKS = frozenset("\u2028\u2029")


def _one_line(text: str) -> str:
    # Control and format characters would break the caret line; show each as one visible cell.
    return "".join("�" if unicodedata.category(c)[0] == "C" or c in _BREAKS else c for c in text)


def display_width(text: str) -> int:
    """The number of terminal columns `text` takes: two for each wide (CJK) character.

    Examples:
        >>> display_width("在线接答率 95%")
        14
    """
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
