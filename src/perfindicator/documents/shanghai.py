r"""Reading and writing declaration forms (财政项目支出绩效目标申报表) as text.

The layout is that of the Shanghai forms: cells separated by tabs, as a PDF extraction gives
them. Extraction damages the indicator table (labels moved or repeated, rows shifted, header
rows repeated after page breaks), so the reader rebuilds it from meaning, not from column
positions: each cell is recognised as a category label, an indicator name or a target by what
it says. `docs/how-to/forms.md` lists what the reader copes with and what it refuses.

Rows and cells:

- a row ends at `\n`, `\r\n` or `\r`, and only there: rows are numbered as the file's lines;
- a form feed (`\f`, the page break of `pdftotext`) is white space: it ends no row, so row
  numbers after a page break stay the file's line numbers;
- white space and invisible characters at the edges of a cell are extraction debris and are
  removed; a cell of nothing else is empty. Both are as the target grammar has them
  (`_syntax.is_blank`): white space of any script and Unicode's default-ignorable characters
  (zero-width spaces, a byte order mark, direction marks, variation selectors, …);
- a line separator (`\v`, `\f`, `\x1c`-`\x1e`, `\x85`, U+2028, U+2029) or another control
  character inside a cell is refused: it would split or hide text that the form shows as one;
- a label given twice in one form is refused, naming both rows: the reader never keeps one
  of two values silently.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator, Sequence
from decimal import Decimal
from typing import Any

from perfindicator._syntax import CONTROL, PLAIN_LINE, strip_blank
from perfindicator.documents._rows import (
    SATISFACTION_ENDINGS,
    is_separator,
    label_of,
    parse_or_none,
    split_labels,
)
from perfindicator.errors import (
    FieldError,
    FieldTypeError,
    FormError,
    PerfIndicatorError,
    Place,
    Problem,
    shown,
)
from perfindicator.grammar.inputs import read_iso_date
from perfindicator.grammar.parse import parse_target
from perfindicator.model import _validators as v
from perfindicator.model.categories import Level1, Level2
from perfindicator.model.project import Funding, Goals, Indicator, Project
from perfindicator.model.targets import Qualitative, Target

__all__ = ["format_form", "read_forms"]

TITLE = "财政项目支出绩效目标申报表"

# Linear time. A pattern here never has two ways to read one run of white space: each `\s*`
# stands before a token that cannot start with white space (a digit, 年, a dash, a bracket),
# so a cell such as `(2022` + 40,000 spaces + `x)` fails in time linear in the spaces. Two
# optional runs side by side (`\s*年?\s*`) would try every way of splitting the run between
# them: quadratic work. Digits are ASCII (`[0-9]`): `\d` would take the digits of every
# script, which `int` and `Decimal` read silently.

# The budget year under the title: (2022年度).
_YEAR = re.compile(
    r"""
    [(（] \s*                       # an opening bracket, half- or full-width
    (?P<year> [0-9]{4} ) \s*
    年度 \s*
    [)）]
    """,
    re.VERBOSE,
)

# The period of the overall goal, above the goals: (2022年-2024年), (2022 年 - 2024年).
_PERIOD = re.compile(
    r"""
    [(（] \s*
    (?P<first> [0-9]{4} ) \s* (?: 年 \s* )?    # 年 optional: white space after the year
                                               # and after 年 are two runs only with a 年
                                               # between them
    [-—~至－] \s*                             # a dash of any width, a tilde or 至
    (?P<last> [0-9]{4} ) \s* (?: 年 \s* )?
    [)）]
    """,
    re.VERBOSE,
)

# An amount in yuan, as the forms write it: 15,399,720 or 15399720, fen after a point.
_MONEY = re.compile(
    r"""
    (?P<whole>
        [0-9]{1,3} (?: ,[0-9]{3} )+      # thousands separators, in groups of three
      | [0-9]+                           # or none
    )
    (?P<fraction> \.[0-9]+ )?
    """,
    re.VERBOSE,
)

_HEADER_FIELDS = {
    "项目名称": "name",
    "项目类别": "category",
    "主管部门": "department",
    "实施单位": "implementing_unit",
    "计划开始日期": "start",
    "计划完成日期": "end",
}
_DATE_FIELDS = frozenset({"计划开始日期", "计划完成日期"})
_FUNDING_FIELDS = {
    "项目资金总额": "total",
    "财政资金": "fiscal",
    "年度资金申请总额": "annual_request",
    "当年财政拨款": "appropriation",
    "上年结转资金": "carryover",
}
_FUNDING_LABELS = frozenset({*_FUNDING_FIELDS, "其他资金"})
_TABLE_HEADER = ("一级指标", "二级指标", "三级指标", "指标目标值")
# What a header row of the table may hold: its four words and the block's label.
_TABLE_HEADER_CELLS = frozenset({*_TABLE_HEADER, "绩效指标"})
_BLOCK_LABELS = frozenset({"项目资金", "项目绩效目标", "项目总目标", "年度总目标", "绩效指标"})
# `其中：财政资金`: the "of which" before a funding label.
_OF_WHICH = re.compile(r"其中 [:：] \s*", re.VERBOSE)

# A row ends here and nowhere else (`str.splitlines` would also end one at a form feed, a
# vertical tab, U+2028 and five more, silently splitting a cell in two).
_ROW_END = re.compile(r"\r\n | \r | \n", re.VERBOSE)
# The control characters that `str.splitlines` ends a line at: inside a cell they are named
# as line separators, the others as control characters (`CONTROL` has them all).
_LINE_SEPARATORS = frozenset("\v\f\x1c\x1d\x1e\x85\u2028\u2029")


def read_forms(text: str, *, source: str | None = None) -> list[Project]:
    r"""Read every declaration form in `text`, in order.

    Each form starts with its title line (财政项目支出绩效目标申报表), then `(2022年度)`, the
    header fields, the funding block, the goals block and the indicator table. The layout
    states its amounts in 元 (with thousands separators): this reader, made for it, reads
    them as 元. `read_table` (and `perfindicator.io.read` of the file), which reads every
    template and never assumes a unit no cell announces, reads the same text to an equal
    project when told `money_unit="元"`. A byte order
    mark at the start, `\r\n` line ends and page breaks (`\f`) read as if absent.

    Args:
        text: the forms as text, cells separated by tabs.
        source: the file the text comes from, put in the place of each problem.

    Raises:
        FormError: the text is not a form, or some rows cannot be read. Every problem found
            is listed, each with its row (the file's line), its column (the cell, from 1)
            where one cell is at fault, and the text of that cell or row.
        FieldTypeError: `text` is not a `str`, or `source` neither a `str` nor `None`.

    Examples:
        >>> import datetime
        >>> text = format_form(Project(
        ...     name="弱电安防", year=2022,
        ...     start=datetime.date(2022, 1, 1), end=datetime.date(2022, 12, 31)))
        >>> [p.name for p in read_forms(text)]
        ['弱电安防']
        >>> try:
        ...     read_forms(text.replace("2022-01-01", "2022-1-1"), source="forms.txt")
        ... except FormError as error:
        ...     for problem in error.problems:
        ...         print(problem.where, problem.text)
        forms.txt:8:2 2022-1-1
    """
    v.require(text, str, "read_forms", "text")
    if source is not None and not isinstance(source, str):
        raise FieldTypeError("read_forms", "source", source, "must be a str (a file name) or None")
    if text.startswith("\ufeff"):
        text = text[1:]
    rows = [_Row(k + 1, line) for k, line in enumerate(_ROW_END.split(text))]
    problems = _Problems(source)
    for row in rows:
        problems.check_characters(row)
    starts = [k for k, row in enumerate(rows) if row.texts == [TITLE]]
    before = rows[: starts[0]] if starts else rows
    stray = next((row for row in before if row.filled), None)
    if stray is not None:
        problems.add(stray, f"expected the title line {TITLE}", "应为标题行")
    elif not starts:
        problems.add(None, f"no form found: no line reads {TITLE}", "未找到申报表标题行")
    ends = [*starts[1:], len(rows)] if starts else []
    projects = [
        _Reader(rows, start, end, problems).project()
        for start, end in zip(starts, ends, strict=True)
    ]
    if problems.found:
        # In the order of the text, whatever the order they were found in.
        raise FormError(sorted(problems.found, key=lambda p: p.where.row or 0))
    return [p for p in projects if p is not None]


class _Row:
    """One line of the text: its number, the line as written and its cells, cleaned."""

    __slots__ = ("cells", "filled", "line", "number", "plain", "texts")

    def __init__(self, number: int, line: str) -> None:
        self.number = number
        self.line = line
        self.plain = PLAIN_LINE.fullmatch(line) is not None
        strip = str.strip if self.plain else _strip
        self.cells = [strip(cell) for cell in line.split("\t")]
        # (column, text) of each non-empty cell; columns count from 1.
        self.filled = [(k + 1, cell) for k, cell in enumerate(self.cells) if cell]
        self.texts = [cell for _, cell in self.filled]


def _strip(cell: str) -> str:
    """The cell without the white space and invisible characters at its edges."""
    # str.strip first: white space is the usual debris, and it is fast.
    return strip_blank(cell.strip())


class _Stop(Exception):
    """The rest of a form cannot be read: its problem is recorded, go on to the next form."""


class _Problems:
    """Every problem found so far, placed in the source text."""

    def __init__(self, source: str | None) -> None:
        self.source = source
        self.found: list[Problem] = []
        # Rows with a forbidden character: one problem each is enough, and what the reader
        # makes of such a row (a name the model refuses, say) would repeat it.
        self.damaged: set[int] = set()

    def add(
        self,
        row: _Row | None,
        en: str,
        zh: str,
        *,
        column: int | None = None,
        text: str | None = None,
    ) -> None:
        if row is not None and row.number in self.damaged:
            return
        if text is None and row is not None:
            cells = row.cells
            text = cells[column - 1] if column is not None and column <= len(cells) else row.line
        self.found.append(
            Problem(
                code="form",
                message_en=en,
                message_zh=zh,
                where=Place(
                    file=self.source,
                    row=None if row is None else row.number,
                    column=column,
                ),
                text=text,
            )
        )

    def check_characters(self, row: _Row) -> None:
        # Cells are stripped: a control character still there is inside one (a tab or a row
        # end cannot be: they divide cells and rows).
        if row.plain:
            return
        for column, cell in row.filled:
            found = CONTROL.search(cell)
            if found is None:
                continue
            char = found[0]
            if char in _LINE_SEPARATORS:
                en = (
                    f"a line separator U+{ord(char):04X} inside a cell: "
                    "rows end only at \\n, \\r\\n or \\r"
                )
                zh = "单元格内含分行符"
            else:
                en = f"a control character U+{ord(char):04X} inside a cell"
                zh = "单元格内含控制字符"
            self.add(row, en, zh, column=column)
            self.damaged.add(row.number)
            return


class _Reader:
    """Reads the rows of one form, from its title row up to the next form's."""

    def __init__(self, rows: list[_Row], start: int, end: int, problems: _Problems) -> None:
        self.rows = rows
        self.start = start
        self.end = end
        self.at = start + 1
        self.problems = problems
        # Where each header value and money amount was read, for the model's refusals.
        self.places: dict[str, tuple[_Row, int | None]] = {}
        # A form with a forbidden character is not built: the model would refuse the text
        # again, at the place of a field rather than of the character.
        self.damaged = any(row.number in problems.damaged for row in rows[start:end])

    def note(self, en: str, zh: str, row: _Row | None = None, column: int | None = None) -> None:
        """Record a problem at `row` (by default the current one) and read on."""
        if row is None:
            # A form that ends early is named by its title row.
            row = self.rows[self.at] if self.at < self.end else self.title
        self.problems.add(row, en, zh, column=column)

    def note_at(self, key: str, en: str, zh: str) -> None:
        row, column = self.places.get(key, (self.rows[self.start], None))
        self.note(en, zh, row, column)

    def next_filled(self) -> _Row | None:
        while self.at < self.end and not self.rows[self.at].filled:
            self.at += 1
        return self.rows[self.at] if self.at < self.end else None

    def project(self) -> Project | None:
        count = len(self.problems.found)
        try:
            year = self.year()
            fields = self.header()
            funding = self.funding()
            goals = self.goals()
            indicators = self.table()
        except _Stop:
            return None
        for required in ("项目名称", "计划开始日期", "计划完成日期"):
            if required not in fields:
                self.note(f"the form has no {required}", f"申报表缺少{required}", self.title)
        failed = len(self.problems.found) > count or self.damaged
        start = read_iso_date(fields.get("计划开始日期", ""))
        end = read_iso_date(fields.get("计划完成日期", ""))
        if failed or year is None or funding is None or goals is None or not (start and end):
            return None
        try:
            return Project(
                name=fields["项目名称"],
                year=year,
                category=fields.get("项目类别", ""),
                department=fields.get("主管部门", ""),
                implementing_unit=fields.get("实施单位", ""),
                start=start,
                end=end,
                funding=funding,
                goals=goals,
                indicators=tuple(indicators),
            )
        except FieldError as error:
            self.refused(error, {v: k for k, v in _HEADER_FIELDS.items()}, "year")
            return None

    @property
    def title(self) -> _Row:
        return self.rows[self.start]

    def given_twice(
        self, label: str, first: _Row, row: _Row, column: int, zh: str | None = None
    ) -> None:
        """Record a label given a second time: which value is meant, only the writer knows."""
        where = "earlier on the same row" if first is row else f"on row {first.number}"
        self.note(
            f"{label} is given twice: {where} and here; one value must go",
            f"{zh or label}重复填写（第{first.number}行与第{row.number}行）",
            row,
            column,
        )

    def refused(self, error: FieldError, labels: dict[str, str], default: str) -> None:
        """Record the model's refusal of a value at the cell the value was read from."""
        problem = error.as_problem()
        self.note_at(
            labels.get(error.field, default),
            f"{error.owner}.{error.field}: {problem.message_en}",
            problem.message_zh,
        )

    def year(self) -> int | None:
        row = self.next_filled()
        texts = [] if row is None else row.texts
        match = _YEAR.fullmatch(texts[0]) if len(texts) == 1 else None
        if row is None or match is None:
            self.note("expected the budget year, e.g. (2022年度)", "应为预算年度，如(2022年度)")
            if row is None:
                raise _Stop
            if not any(c in _HEADER_FIELDS for c in row.cells):
                # The year line, badly written (`(２０２２年度)`): the header comes after it.
                self.at += 1
            return None
        self.places["year"] = (row, row.filled[0][0])
        self.at += 1
        return int(match["year"])

    def header(self) -> dict[str, str]:
        fields: dict[str, str] = {}
        while (row := self.next_filled()) is not None:
            cells = row.cells
            if not any(c in _HEADER_FIELDS for c in cells):
                break
            for column, label, value in _pairs(cells):
                if label is None:
                    self.note(
                        "unexpected cell; expected a header field",
                        "应为项目基本信息栏目",
                        column=column,
                    )
                    continue
                if label in fields:
                    self.given_twice(label, self.places[label][0], row, column)
                    continue
                fields[label] = value
                # The value's cell, or the row where the line ends after the label.
                self.places[label] = (row, column + 1 if column < len(cells) else None)
                if label in _DATE_FIELDS and read_iso_date(value) is None:
                    self.note_at(
                        label,
                        f"{label} must be a date such as 2022-01-01",
                        f"{label}应为日期，如2022-01-01",
                    )
            self.at += 1
        return fields

    def funding(self) -> Funding | None:
        values: dict[str, Any] = {}
        others = ["other", "annual_other"]
        # The row each amount's label is on, to name both when a label comes twice.
        labelled: dict[str, _Row] = {}
        while (row := self.next_filled()) is not None:
            cells = [_OF_WHICH.sub("", c, count=1) for c in row.cells]
            if not any(c in _FUNDING_LABELS for c in cells):
                break
            for k, cell in enumerate(cells):
                if cell in ("", "项目资金") or (k > 0 and cells[k - 1] in _FUNDING_LABELS):
                    continue
                if cell not in _FUNDING_LABELS:
                    self.note(
                        "unexpected cell in the funding block",
                        "项目资金栏目中有无法识别的单元格",
                        column=k + 1,
                    )
                    continue
                if cell == "其他资金":
                    if not others:
                        self.note(
                            "a third 其他资金 cell; the form has two",
                            "其他资金栏目多于两个",
                            column=k + 1,
                        )
                        continue
                    key = others.pop(0)
                else:
                    key = _FUNDING_FIELDS[cell]
                if key in labelled:
                    self.given_twice(cell, labelled[key], row, k + 1)
                    continue
                labelled[key] = row
                value = cells[k + 1] if k + 1 < len(cells) else ""
                self.places[key] = (row, k + 2 if k + 1 < len(cells) else None)
                money = _MONEY.fullmatch(value)
                if value and money is None:
                    self.note_at(
                        key,
                        f"{cell} must be an amount in yuan such as 15,399,720",
                        f"{cell}应为以元为单位的金额，如15,399,720",
                    )
                    continue
                values[key] = (
                    None
                    if money is None
                    else Decimal(money["whole"].replace(",", "") + (money["fraction"] or ""))
                )
            self.at += 1
        if self.damaged:
            return None
        try:
            return Funding(**values)
        except FieldError as error:
            self.refused(error, {}, error.field)
            return None

    def goals(self) -> Goals | None:
        row = self.next_filled()
        if row is None or "项目绩效目标" not in row.texts:
            return Goals()
        self.places["goals"] = (row, None)
        self.at += 1
        period: tuple[int, int] | None = None
        period_row: _Row | None = None
        overall: list[str] = []
        annual: list[str] = []
        while (row := self.next_filled()) is not None:
            texts = row.texts
            if _is_table_header(texts):
                break
            match = _PERIOD.fullmatch(texts[0]) if len(texts) == 1 else None
            if match is not None and period is None and not overall and not annual:
                period = (int(match["first"]), int(match["last"]))
                period_row = row
                self.places["goals"] = (row, row.filled[0][0])
            elif match is not None and period_row is not None:
                # Not a goal that happens to look like a period: the period again.
                column = row.filled[0][0]
                self.given_twice("the period of the goals", period_row, row, column, "目标期间")
            elif len(texts) <= 2:
                # The overall goal is the left half of the block, the annual goal the right.
                overall += [c for c in row.cells[:3] if c]
                annual += [c for c in row.cells[3:] if c]
                self.places["goals"] = (row, None)
                if len(overall) > len(annual) + 1 or len(annual) > len(overall) + 1:
                    self.note(
                        "expected the overall goal on the left, the annual on the right",
                        "项目总目标应在左，年度总目标应在右",
                    )
            else:
                self.note(
                    f"expected the overall and the annual goal, two cells; got {len(texts)}",
                    "应为项目总目标与年度总目标两个单元格",
                )
            self.at += 1
        if self.damaged:
            return None
        try:
            return Goals(overall="".join(overall), annual="".join(annual), period=period)
        except FieldError as error:
            self.refused(error, {}, "goals")
            return None

    def table(self) -> list[Indicator]:
        row = self.next_filled()
        if row is None:
            return []
        if not _is_table_header(row.texts):
            self.note(
                "expected the indicator table header: 一级指标 二级指标 三级指标 指标目标值",
                "应为绩效指标表头：一级指标 二级指标 三级指标 指标目标值",
            )
            raise _Stop
        self.header_only(row)
        indicators = []
        level2: Level2 | None = None
        for row in self.rows[self.at + 1 : self.end]:
            texts = row.texts
            if not texts or all(is_separator(c) for c in texts):
                continue
            if _is_table_header(texts):
                self.header_only(row)
                continue
            labels, rest = split_labels(row.filled)
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
            if rest:
                indicator = self.indicator(row, level2, rest)
                if indicator is not None:
                    indicators.append(indicator)
        self.at = self.end
        return indicators

    def header_only(self, row: _Row) -> None:
        """Name a cell of a table header row that is not a header word: it is not skipped."""
        extra = next(((c, t) for c, t in row.filled if t not in _TABLE_HEADER_CELLS), None)
        if extra is not None:
            self.note(
                f"a table header row holds {shown(extra[1])} as well; "
                "an indicator must be on a row of its own",
                "绩效指标表头行中含有其他内容",
                row,
                extra[0],
            )

    def indicator(
        self, row: _Row, level2: Level2 | None, cells: list[tuple[int, str]]
    ) -> Indicator | None:
        if len(cells) > 2:
            self.note(
                f"expected an indicator name and its target, got {len(cells)} cells",
                "应为三级指标及其目标值两个单元格",
                row,
            )
            return None
        (name_column, name), *more = cells
        read_as = parse_or_none(name)
        target: Target | None = None
        if more:
            target_column, text = more[0]
            try:
                target = parse_target(text)
            except PerfIndicatorError as error:
                problem = error.as_problem()
                self.note(
                    f"indicator target: {problem.message_en}",
                    problem.message_zh,
                    row,
                    target_column,
                )
                return None
            if isinstance(target, Qualitative) and not isinstance(
                read_as, (Qualitative, type(None))
            ):
                self.note(
                    f"the name cell reads as a target and the target cell {shown(text)} as "
                    "words: are the two cells swapped?",
                    "三级指标与指标目标值疑似错位",
                    row,
                    name_column,
                )
                return None
        elif not isinstance(read_as, (Qualitative, type(None))):
            self.note(
                f"a target {shown(name)} without an indicator name",
                "指标目标值缺少三级指标",
                row,
                name_column,
            )
            return None
        if name.endswith(SATISFACTION_ENDINGS):
            level2 = Level2.SATISFACTION
        if level2 is None:
            self.note(
                f"indicator {shown(name)} comes before any level-2 label (二级指标)",
                "三级指标之前缺少二级指标",
                row,
                name_column,
            )
            return None
        try:
            return Indicator(level2=level2, name=name, target=target)
        except FieldError as error:
            self.note(
                f"indicator: {error.as_problem().message_en}",
                error.as_problem().message_zh,
                row,
                name_column,
            )
            return None


def _is_table_header(cells: list[str]) -> bool:
    return all(h in cells for h in _TABLE_HEADER)


def _pairs(cells: Sequence[str]) -> Iterator[tuple[int, str | None, str]]:
    """Yield (column, label, value) for each header label and value; label `None` if stray."""
    k = 0
    while k < len(cells):
        if cells[k] in _HEADER_FIELDS:
            yield k + 1, cells[k], cells[k + 1] if k + 1 < len(cells) else ""
            k += 2
        elif cells[k]:
            # An unknown label: its value, the next cell, is not another stray cell.
            yield k + 1, None, cells[k]
            k += 1 if k + 1 < len(cells) and cells[k + 1] in _HEADER_FIELDS else 2
        else:
            k += 1


def _date(value: datetime.date | None) -> str:
    return "" if value is None else value.isoformat()


def _money(value: Decimal | None) -> str:
    return "" if value is None else f"{value:,f}"


def format_form(project: Project) -> str:
    """Write a project as a declaration form in the Shanghai layout.

    The table is clean: one indicator per row, each label on its block's first row. Reading
    the text back with `read_forms` gives the project again.

    Raises:
        FormError: the project cannot be written so that it reads back the same; every
            text at fault is listed: an indicator name that is a category or header label,
            that names a satisfaction indicator (…满意度) under another category, or that
            reads as a target beside a target in words (a swapped row), and any text that is
            a label of the form (项目名称, (2022年度), …). The error's heading says that the
            form cannot be written (`FormError.writing`).
        FieldTypeError: `project` is not a `Project`.

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
        f"计划开始日期\t{_date(project.start)}\t计划完成日期\t{_date(project.end)}\t",
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


_RESERVED_TEXTS = frozenset(
    {*_HEADER_FIELDS, *_FUNDING_FIELDS, *_TABLE_HEADER, *_BLOCK_LABELS, "其他资金", TITLE}
)


def _check_writable(project: Project) -> None:
    # What no cell can hold (a line separator inside, blank edges) the model already
    # refuses in every text (`model._validators.text`): left here are texts that the reader
    # would take for something else.
    texts = {
        "name": project.name,
        "category": project.category,
        "department": project.department,
        "implementing_unit": project.implementing_unit,
        "goals.overall": project.goals.overall,
        "goals.annual": project.goals.annual,
    }
    problems = [
        (field, text, f"the text {shown(text)} is a label of the form")
        for field, text in texts.items()
        if text in _RESERVED_TEXTS or _PERIOD.fullmatch(text) or _YEAR.fullmatch(text)
    ]
    problems += [
        (field, shown(value), f"the Shanghai layout has no cell for {field}")
        for field, value in _unwritable_fields(project)
    ]
    for indicator in project.indicators:
        reason = _unwritable(indicator)
        if reason is not None:
            problems.append((indicator.name, indicator.name, reason))
    if problems:
        raise FormError(
            (
                Problem(
                    code="form",
                    message_en=f"{reason}; it would not read back the same",
                    message_zh="无法写成可读回的申报表",
                    where=Place(subject=subject),
                    text=text,
                )
                for subject, text, reason in problems
            ),
            writing=True,
        )


def _unwritable_fields(project: Project) -> Iterator[tuple[str, object]]:
    """The fields the Shanghai layout has no cell for, where they hold something."""
    if project.start is None or project.end is None:
        yield "start and end dates (the layout requires both)", (project.start, project.end)
    default = Project(name=project.name, year=project.year)
    for field in ("kind", "details", "unclaimed", "empty_rows"):
        if getattr(project, field) != getattr(default, field):
            yield field, getattr(project, field)
    if not project.funding.in_yuan:
        yield "funding.in_yuan (amounts of unknown unit)", False
    plain = Indicator(level2=Level2.QUANTITY, name="-", target=None)
    for indicator in project.indicators:
        for field in ("explanation", "basis", "weight", "direction", "period"):
            if getattr(indicator, field) != getattr(plain, field):
                yield f"indicators[{indicator.name}].{field}", getattr(indicator, field)


def _unwritable(indicator: Indicator) -> str | None:
    """Say why an indicator cannot be written so that it reads back the same, if it cannot."""
    name = indicator.name
    if name in _RESERVED_TEXTS or label_of(name) is not None or is_separator(name):
        return f"the indicator name {shown(name)} is a label of the form"
    if name.endswith(SATISFACTION_ENDINGS) and indicator.level2 is not Level2.SATISFACTION:
        return f"{shown(name)} names a satisfaction indicator under {indicator.level2.value}"
    if isinstance(parse_or_none(name), (Qualitative, type(None))):
        return None
    if indicator.target is None:
        return f"the indicator name {shown(name)} reads as a target, and it has none"
    if isinstance(indicator.target, Qualitative):
        return (
            f"the indicator name {shown(name)} reads as a target and its target "
            f"{shown(str(indicator.target))} as words: the reader would take them as swapped"
        )
    return None
