"""Reading and writing declaration forms (财政项目支出绩效目标申报表) as text.

The layout is that of the Shanghai forms: cells separated by tabs, as a PDF extraction gives
them. Extraction damages the indicator table (domain.md §1), so the reader rebuilds it from
meaning, not from column positions: each cell is recognised as a category label, an indicator
name or a target by what it says.
"""

from __future__ import annotations

import datetime
import functools
import re
from collections.abc import Container, Iterator
from decimal import Decimal, InvalidOperation

from perfindicator.errors import FieldError, FormError, Place, Problem, TargetSyntaxError
from perfindicator.grammar.parse import parse_target
from perfindicator.model import _validators as v
from perfindicator.model.categories import Level1, Level2
from perfindicator.model.project import Funding, Goals, Indicator, Project
from perfindicator.model.targets import Qualitative, Target

__all__ = ["format_form", "read_forms"]

TITLE = "财政项目支出绩效目标申报表"
_YEAR = re.compile(r"[(（]\s*(\d{4})\s*年度\s*[)）]")
_PERIOD = re.compile(r"[(（]\s*(\d{4})\s*年?\s*[-—~至－]\s*(\d{4})\s*年?\s*[)）]")
_MONEY = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
_SEPARATOR = re.compile(r"-+")
_HEADER_FIELDS = frozenset(
    {"项目名称", "项目类别", "主管部门", "实施单位", "计划开始日期", "计划完成日期"}
)
_DATE_FIELDS = frozenset({"计划开始日期", "计划完成日期"})
_FUNDING_FIELDS = {
    "项目资金总额": "total",
    "财政资金": "fiscal",
    "年度资金申请总额": "annual_request",
    "当年财政拨款": "appropriation",
    "上年结转资金": "carryover",
}
_TABLE_HEADER = ("一级指标", "二级指标", "三级指标", "指标目标值")
_BLOCK_LABELS = frozenset({"项目资金", "项目绩效目标", "项目总目标", "年度总目标", "绩效指标"})
_SATISFACTION_NAME = re.compile(r"满意(?:度|率)$")


def read_forms(text: str) -> list[Project]:
    """Read every declaration form in `text`, in order.

    Each form starts with its title line (财政项目支出绩效目标申报表), then `(2022年度)`, the
    header fields, the funding block, the goals block and the indicator table.

    Raises:
        FormError: a line could not be read; names the line and what was expected.

    Examples:
        >>> text = format_form(Project(
        ...     name="弱电安防", year=2022,
        ...     start=datetime.date(2022, 1, 1), end=datetime.date(2022, 12, 31)))
        >>> [p.name for p in read_forms(text)]
        ['弱电安防']
    """
    v.require(text, str, "read_forms", "text")
    lines = text.splitlines()
    starts = [k for k, line in enumerate(lines) if line.strip() == TITLE]
    for k, line in enumerate(lines[: starts[0] if starts else len(lines)]):
        if line.strip():
            raise _error(k + 1, line, f"expected the title line {TITLE}", "应为标题行")
    if not starts:
        raise _error(None, None, f"no form found: no line reads {TITLE}", "未找到申报表标题行")
    ends = [*starts[1:], len(lines)]
    return [_Reader(lines, start, end).project() for start, end in zip(starts, ends, strict=True)]


def _error(row: int | None, text: str | None, en: str, zh: str = "申报表无法读取") -> FormError:
    return FormError(
        (Problem(code="form", message_en=en, message_zh=zh, where=Place(row=row), text=text),)
    )


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.split("\t")]


def _filled(line: str) -> list[str]:
    return [cell for cell in _cells(line) if cell]


def _strip_of_which(label: str) -> str:
    return re.sub(r"^其中[:：]\s*", "", label)


class _Reader:
    """Reads the lines of one form, from its title line up to the next form's."""

    def __init__(self, lines: list[str], start: int, end: int) -> None:
        self.lines = lines
        self.start = start
        self.end = end
        self.at = start + 1

    def fail(self, reason: str, at: int | None = None) -> FormError:
        index = self.at if at is None else at
        if index >= len(self.lines):
            return _error(index, None, reason)
        return _error(index + 1, self.lines[index], reason)

    def next_filled(self) -> int | None:
        while self.at < self.end and not _filled(self.lines[self.at]):
            self.at += 1
        return self.at if self.at < self.end else None

    def project(self) -> Project:
        year = self.year()
        fields = self.header()
        funding = self.funding()
        goals = self.goals()
        indicators = self.table()
        for required in ("项目名称", "计划开始日期", "计划完成日期"):
            if required not in fields:
                raise self.fail(f"the form has no {required}", self.start)
        try:
            return Project(
                name=fields["项目名称"],
                year=year,
                category=fields.get("项目类别", ""),
                department=fields.get("主管部门", ""),
                implementing_unit=fields.get("实施单位", ""),
                start=datetime.date.fromisoformat(fields["计划开始日期"]),
                end=datetime.date.fromisoformat(fields["计划完成日期"]),
                funding=funding,
                goals=goals,
                indicators=tuple(indicators),
            )
        except FieldError as error:
            raise self.fail(str(error), self.start) from None

    def year(self) -> int:
        at = self.next_filled()
        match = None if at is None else _YEAR.fullmatch(self.lines[at].strip())
        if match is None:
            raise self.fail("expected the budget year, e.g. (2022年度)")
        self.at += 1
        return int(match[1])

    def header(self) -> dict[str, str]:
        fields: dict[str, str] = {}
        while (at := self.next_filled()) is not None:
            cells = _cells(self.lines[at])
            if not any(c in _HEADER_FIELDS for c in cells):
                break
            for label, value in _pairs(cells, _HEADER_FIELDS):
                if label is None:
                    raise self.fail(f"unexpected cell {value!r}; expected a header field")
                fields[label] = value
                if label in _DATE_FIELDS:
                    self.date(label, value)
            self.at += 1
        return fields

    def date(self, label: str, value: str) -> datetime.date:
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            raise self.fail(f"{label} must be a date such as 2022-01-01, got {value!r}") from None

    def funding(self) -> Funding:
        values: dict[str, Decimal | None] = {}
        others = ["other", "annual_other"]
        while (at := self.next_filled()) is not None:
            cells = [_strip_of_which(c) for c in _cells(self.lines[at])]
            known = {*_FUNDING_FIELDS, "其他资金"}
            if not any(c in known for c in cells):
                break
            for k, cell in enumerate(cells):
                if cell in ("", "项目资金") or (k > 0 and cells[k - 1] in known):
                    continue
                if cell not in known:
                    raise self.fail(f"unexpected cell {cell!r} in the funding block")
                if cell == "其他资金":
                    if not others:
                        raise self.fail("a third 其他资金 cell; the form has two")
                    key = others.pop(0)
                else:
                    key = _FUNDING_FIELDS[cell]
                values[key] = self.money(cell, cells[k + 1] if k + 1 < len(cells) else "")
            self.at += 1
        try:
            return Funding(**values)
        except FieldError as error:
            raise self.fail(str(error)) from None

    def money(self, label: str, value: str) -> Decimal | None:
        if not value:
            return None
        if _MONEY.fullmatch(value) is None:
            raise self.fail(f"{label} must be an amount in yuan such as 15,399,720, got {value!r}")
        try:
            return Decimal(value.replace(",", ""))
        except InvalidOperation:  # pragma: no cover - the pattern admits only numbers
            raise self.fail(f"{label}: {value!r} is not a number") from None

    def goals(self) -> Goals:
        at = self.next_filled()
        if at is None or "项目绩效目标" not in _filled(self.lines[at]):
            return Goals()
        self.at += 1
        period: tuple[int, int] | None = None
        overall: list[str] = []
        annual: list[str] = []
        while (at := self.next_filled()) is not None:
            cells = _cells(self.lines[at])
            filled = [c for c in cells if c]
            if _is_table_header(filled):
                break
            match = _PERIOD.fullmatch(filled[0]) if len(filled) == 1 else None
            if match is not None and period is None and not overall and not annual:
                period = (int(match[1]), int(match[2]))
            elif len(filled) <= 2:
                # The overall goal is the left half of the block, the annual goal the right.
                overall += [c for c in cells[:3] if c]
                annual += [c for c in cells[3:] if c]
                if len(overall) > len(annual) + 1 or len(annual) > len(overall) + 1:
                    raise self.fail(
                        "expected the overall goal on the left, the annual on the right"
                    )
            else:
                raise self.fail("expected the overall and the annual goal, two cells")
            self.at += 1
        try:
            return Goals(overall="".join(overall), annual="".join(annual), period=period)
        except FieldError as error:
            raise self.fail(str(error)) from None

    def table(self) -> list[Indicator]:
        at = self.next_filled()
        if at is None:
            return []
        if not _is_table_header(_filled(self.lines[at])):
            raise self.fail(
                "expected the indicator table header: 一级指标 二级指标 三级指标 指标目标值"
            )
        self.at += 1
        indicators = []
        level2: Level2 | None = None
        for at in range(self.at, self.end):
            cells = _filled(self.lines[at])
            if not cells or _is_table_header(cells) or all(_SEPARATOR.fullmatch(c) for c in cells):
                continue
            labels, rest = _split_labels(cells)
            if labels == [Level2.COST] and level2 is not None and level2.parent is Level1.COST:
                # Inside the 成本指标 group a bare 成本指标 is that group's level-1 label.
                labels[-1] = Level1.COST
            if labels:
                level2 = labels[-1] if isinstance(labels[-1], Level2) else level2
                if level2 is not None and any(
                    isinstance(label, Level1) and label is not level2.parent for label in labels
                ):
                    # A level-1 label starts a new group: the last level-2 label is stale.
                    level2 = None
            if not rest:
                continue
            indicators.append(self.indicator(at, level2, rest))
        self.at = self.end
        return indicators

    def indicator(self, at: int, level2: Level2 | None, cells: list[str]) -> Indicator:
        if len(cells) > 2:
            raise self.fail(
                f"expected an indicator name and its target, got {len(cells)} cells", at
            )
        name = cells[0]
        target = self.target(at, cells[1]) if len(cells) == 2 else None
        if _SATISFACTION_NAME.search(name):
            level2 = Level2.SATISFACTION
        if level2 is None:
            raise self.fail(f"indicator {name!r} comes before any level-2 label (二级指标)", at)
        if len(cells) == 1 and not isinstance(_parse_or_none(name), (Qualitative, type(None))):
            raise self.fail(f"a target {name!r} without an indicator name", at)
        try:
            return Indicator(level2=level2, name=name, target=target)
        except FieldError as error:
            raise self.fail(str(error), at) from None

    def target(self, at: int, text: str) -> Target:
        try:
            return parse_target(text)
        except TargetSyntaxError as error:
            raise self.fail(f"indicator target: {error.reason}", at) from None


def _parse_or_none(text: str) -> Target | None:
    try:
        return parse_target(text)
    except TargetSyntaxError:
        return None


def _is_table_header(cells: list[str]) -> bool:
    return all(h in cells for h in _TABLE_HEADER)


def _pairs(cells: list[str], labels: Container[str]) -> Iterator[tuple[str | None, str]]:
    k = 0
    while k < len(cells):
        if cells[k] in labels:
            yield cells[k], cells[k + 1] if k + 1 < len(cells) else ""
            k += 2
        elif cells[k]:
            yield None, cells[k]
            k += 1
        else:
            k += 1


@functools.lru_cache(maxsize=4096)
def _label(cell: str) -> Level1 | Level2 | None:
    # Cached: the same labels and many of the same names recur from form to form.
    return Level2.lookup(cell) or Level1.lookup(cell)


def _split_labels(cells: list[str]) -> tuple[list[Level1 | Level2], list[str]]:
    """Split a row into its leading category labels and the rest (name and target)."""
    labels: list[Level1 | Level2] = []
    k = 0
    while k < len(cells):
        if cells[k] == "绩效指标":
            k += 1
            continue
        label = _label(cells[k])
        if label is None:
            break
        # 成本指标 is level 1 when one of its own level-2 labels (经济成本指标, …) follows it,
        # else the level-2 cost category under 产出指标.
        following = _label(cells[k + 1]) if k + 1 < len(cells) else None
        if (
            label is Level2.COST
            and isinstance(following, Level2)
            and following.parent is Level1.COST
        ):
            label = Level1.COST
        labels.append(label)
        k += 1
    rest = cells[k:]
    # `满意度  90%`: a label written without 指标 and followed only by a number or date is
    # the indicator's name.
    if (
        labels
        and not cells[k - 1].endswith("指标")
        and len(rest) == 1
        and not isinstance(_parse_or_none(rest[0]), (Qualitative, type(None)))
    ):
        rest = [cells[k - 1], *rest]
        labels.pop()
    return labels, rest


def _money(value: Decimal | None) -> str:
    return "" if value is None else f"{value:,f}"


def format_form(project: Project) -> str:
    """Write a project as a declaration form in the Shanghai layout.

    The table is clean: one indicator per row, each label on its block's first row. Reading
    the text back with `read_forms` gives the project again.

    Raises:
        FormError: the project cannot be written so that it reads back the same: an
            indicator name that is a category or header label, or that names a satisfaction
            indicator (…满意度) under another category.

    Examples:
        >>> import datetime
        >>> from perfindicator import Project, read_forms
        >>> project = Project(name="弱电安防", year=2022,
        ...                   start=datetime.date(2022, 1, 1), end=datetime.date(2022, 12, 31))
        >>> text = format_form(project)
        >>> text.splitlines()[1:4]
        ['财政项目支出绩效目标申报表', '', '(2022年度)']
        >>> text.splitlines()[5].split()  # cells are separated by tabs
        ['项目名称', '弱电安防', '项目类别']
        >>> read_forms(text) == [project]
        True
    """
    v.require(project, Project, "format_form", "project")
    _check_writable(project)
    f = project.funding
    g = project.goals
    lines = [
        "",
        TITLE,
        "",
        f"({project.year}年度)",
        "",
        f"项目名称\t{project.name}\t项目类别\t{project.category}\t",
        f"主管部门\t{project.department}\t实施单位\t{project.implementing_unit}\t",
        f"计划开始日期\t{project.start.isoformat()}\t计划完成日期\t{project.end.isoformat()}\t",
        f"项目资金\t项目资金总额\t{_money(f.total)}\t年度资金申请总额\t{_money(f.annual_request)}",
        f"\t其中：财政资金\t{_money(f.fiscal)}\t其中：当年财政拨款\t{_money(f.appropriation)}",
        f"\t\t\t上年结转资金\t{_money(f.carryover)}",
        f"\t其他资金\t{_money(f.other)}\t其他资金\t{_money(f.annual_other)}",
        "项目绩效目标\t项目总目标\t\t年度总目标\t",
    ]
    if g.period is not None:
        lines.append(f"\t({g.period[0]} 年 - {g.period[1]}年)\t\t\t")
    if g.overall or g.annual:
        lines.append(f"\t{g.overall}\t\t{g.annual}\t")
    lines.append("绩效指标\t一级指标\t二级指标\t三级指标\t指标目标值")
    previous: Indicator | None = None
    for indicator in project.indicators:
        level1 = (
            indicator.level1.value
            if previous is None or previous.level1 is not indicator.level1
            else ""
        )
        level2 = (
            indicator.level2.value
            if previous is None or previous.level2 is not indicator.level2
            else ""
        )
        target = "" if indicator.target is None else str(indicator.target)
        lines.append(f"\t{level1}\t{level2}\t{indicator.name}\t{target}")
        previous = indicator
    return "\n".join(lines) + "\n"


RESERVED_TEXTS = frozenset(
    {*_HEADER_FIELDS, *_FUNDING_FIELDS, *_TABLE_HEADER, *_BLOCK_LABELS, "其他资金", TITLE}
)


def _check_writable(project: Project) -> None:
    def refuse(reason: str) -> FormError:
        return _error(
            None,
            project.name,
            f"{reason}; it would not read back the same",
            "无法写成可读回的申报表",
        )

    texts = [project.name, project.category, project.department, project.implementing_unit]
    for text in [*texts, project.goals.overall, project.goals.annual]:
        if text in RESERVED_TEXTS or _PERIOD.fullmatch(text) or _YEAR.fullmatch(text):
            raise refuse(f"the text {text!r} is a label of the form")
    for indicator in project.indicators:
        problem = unwritable(indicator)
        if problem is not None:
            raise refuse(problem)


def unwritable(indicator: Indicator) -> str | None:
    """Say why an indicator cannot be written so that it reads back the same, if it cannot."""
    name = indicator.name
    if name in RESERVED_TEXTS or _label(name) is not None or _SEPARATOR.fullmatch(name):
        return f"the indicator name {name!r} is a label of the form"
    if _SATISFACTION_NAME.search(name) and indicator.level2 is not Level2.SATISFACTION:
        return f"{name!r} names a satisfaction indicator under {indicator.level2.value}"
    if indicator.target is None and not isinstance(_parse_or_none(name), (Qualitative, type(None))):
        return f"the indicator name {name!r} reads as a target, and it has none"
    return None
