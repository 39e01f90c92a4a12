"""Reading the rows of an indicator table by meaning, shared by every form reader.

Extraction damages indicator tables: labels move, rows shift left, a merged label stands on
one row of its block. So a row is read by what its cells say, not only where they stand:
its leading cells that name a category (一级指标, 二级指标) are labels, and the rest are the
indicator's own cells.

Package-internal: shared by `shanghai`, `table` and the PDF reader; not part of the API.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence
from typing import Protocol, TypeVar

from perfindicator.documents import labels as L
from perfindicator.errors import PerfIndicatorError
from perfindicator.grammar.parse import parse_target
from perfindicator.model.categories import Level1, Level2
from perfindicator.model.targets import Qualitative, Target

__all__ = [
    "SATISFACTION_ENDINGS",
    "is_separator",
    "is_total",
    "join_lines",
    "label_of",
    "level2_of",
    "parse_or_none",
    "split_labels",
]

SATISFACTION_ENDINGS = ("满意度", "满意率")
"""How the name of a satisfaction indicator ends: it is one whatever label stands above it."""


def level2_of(level1: Level1 | None, level2: Level2 | None, name: str) -> Level2 | None:
    """The level-2 category of a line of a published report (monitoring, self-evaluation).

    The one written, else the one its name names (黄石 writes `质量`, `时效` as names), else
    服务对象满意度指标 under 满意度指标 or for a name ending in 满意度 or 满意率; `None`
    otherwise.
    """
    if level2 is not None:
        return level2
    named = Level2.lookup(name)
    if named is not None:
        return named
    if level1 is Level1.SATISFACTION or name.endswith(SATISFACTION_ENDINGS):
        return Level2.SATISFACTION
    return None


_TOTALS = ("总额", "合计", "总计", "总投资", "项目资金")


def is_total(label: str) -> bool:
    """Whether a budget row's label names the total (年度资金总额, 总额, 资金合计, …).

    Not a part of it (其中:当年财政拨款).
    """
    word = L.read_label(label).text
    if word.startswith("其中"):
        return False
    return L.FUNDING_LABELS.get(word) in ("total", "annual_request") or word.endswith(_TOTALS)


class _Labelled(Protocol):
    @property
    def label(self) -> str: ...


L_ = TypeVar("L_", bound=_Labelled)


def total_of(lines: Sequence[L_]) -> L_ | None:
    """The total of a budget block's lines: the only line, or the first labelled a total.

    `None` without lines, or without a total among several: a part of the budget
    (其中:当年财政拨款) is not taken for the whole.
    """
    if len(lines) == 1:
        return lines[0]
    return next((line for line in lines if is_total(line.label)), None)


def parse_or_none(text: str) -> Target | None:
    """The target `text` reads as, or `None` where it reads as none."""
    try:
        return parse_target(text)
    except PerfIndicatorError:
        return None


def is_separator(cell: str) -> bool:
    """`--`, `-------`: the rules between rows that extraction turns into cells."""
    return cell.strip("-") == ""


# No label is longer than this, noise included; longer cells are names or targets.
_LONGEST_LABEL = 32


def label_of(cell: str) -> Level1 | Level2 | None:
    """The category a cell names (level 2 first: 成本指标 is read as both), or `None`."""
    if len(cell) > _LONGEST_LABEL:
        return None
    return _short_label(cell)


@functools.lru_cache(maxsize=4096)
def _short_label(cell: str) -> Level1 | Level2 | None:
    # Cached: the same labels and many of the same names recur from form to form. Only
    # short cells come here, so the cache stays small whatever the input.
    return Level2.lookup(cell) or Level1.lookup(cell)


def split_labels(
    cells: list[tuple[int, str]],
) -> tuple[list[Level1 | Level2], list[tuple[int, str]]]:
    """Split a row into its leading category labels and the rest (name and target)."""
    labels: list[Level1 | Level2] = []
    k = 0
    while k < len(cells):
        if cells[k][1] == "绩效指标":
            k += 1
            continue
        label = label_of(cells[k][1])
        if label is None:
            break
        # 成本指标 is level 1 when one of its own level-2 labels (经济成本指标, …) follows it,
        # else the level-2 cost category under 产出指标.
        following = label_of(cells[k + 1][1]) if k + 1 < len(cells) else None
        if (
            label is Level2.COST
            and isinstance(following, Level2)
            and following.parent is Level1.COST
        ):
            label = Level1.COST
        labels.append(label)
        k += 1
    rest = cells[k:]
    # `满意度  90%`: a label written without 指标 and followed by a number or date is the
    # indicator's name.
    if (
        labels
        and not cells[k - 1][1].endswith("指标")
        and rest
        and not isinstance(parse_or_none(rest[0][1]), (Qualitative, type(None)))
    ):
        rest = [cells[k - 1], *rest]
        labels.pop()
    return labels, rest


def join_lines(text: str) -> str:
    r"""A cell's text on one line: the lines a cell was wrapped or typed on, joined.

    A table does not say whether its writer typed a line break (Alt+Enter in Excel) or the
    layout wrapped the text, and a form's texts are one line each. A break between two
    letters of a script written with spaces between words (Latin, Greek, Cyrillic:
    `Online` / `service`) becomes a space, as such text wraps at a space; every other break
    is removed, as Chinese text, numbers and symbols wrap anywhere without one (`法律咨询` /
    `接通率` is `法律咨询接通率`, `15,399,` / `720` is `15,399,720`). Spaces at the ends
    of a line go with it; a tab is a space. Lines end at `\r\n`, `\r`, `\n` and the other
    line separators (U+2028, U+2029, NEL, a vertical tab, a form feed).

    Examples:
        >>> join_lines("法律咨询\n接通率"), join_lines("Online \r\nservice"), join_lines("a\tb")
        ('法律咨询接通率', 'Online service', 'a b')
    """
    text = text.replace("\t", " ")
    lines = _LINE_BREAK.split(text)
    if len(lines) == 1:
        return text
    joined = ""
    for line in lines:
        line = line.strip(" ")
        if joined and line and _spaced(joined[-1]) and _spaced(line[0]):
            joined += " "
        joined += line
    return joined


# Every way a cell's text is broken into lines: \r\n, \r, \n, and the separators that
# Unicode and old systems use (U+2028, U+2029, NEL, vertical tab, form feed).
_LINE_BREAK = re.compile("\r\n|[\r\n\u2028\u2029\x85\x0b\x0c]")


def _spaced(character: str) -> bool:
    """Whether `character` is a letter of a script written with spaces between words."""
    return character.isalpha() and unicodedata.east_asian_width(character) not in ("W", "F")
