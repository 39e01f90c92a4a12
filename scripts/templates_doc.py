"""Write docs/reference/templates.md from the recognition tables (`perfindicator.documents.labels`).

    python scripts/templates_doc.py          # rewrite the page
    python scripts/templates_doc.py --check  # exit 1 if the page is not what the tables say

tests/test_templates_doc.py runs `page()` and compares it with the file, so the page cannot
drift from the spellings the readers know.
"""

from __future__ import annotations

import ast
import enum
import itertools
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

from perfindicator.documents import labels

# The scripts' shared helper sits beside them; run as `python scripts/…` or by `runpy` from
# the tests, this folder is not otherwise on the import path.
sys.path.insert(0, str(Path(__file__).resolve().parent))
from _pages import write_or_check

PAGE = Path(__file__).resolve().parents[1] / "docs/reference/templates.md"

INTRO = """\
# Recognised templates and header spellings

`read_table` (and `perfindicator.io.read`, which hands it every table of a file) finds a form
by its labels, not by cell positions fixed per template. Each label cell is first normalised
by `read_label`:

- white space is removed, anywhere in the cell (`项 目 名 称` is `项目名称`);
- traditional characters are folded to simplified ones (`項目名稱` is `项目名称`);
- full-width punctuation is folded (`：（）【】` are `:()[]`);
- a leading `*` or `★` (a mandatory mark) and a trailing `:` are dropped;
- bracketed suffixes are split off as attributes of the label: points (`(50分)`, `(50)`,
  `(0-20)分`), a period (`(长期)`, `(中期)`, `(年度)`), a money unit (`(万元)`, `(元)`,
  `(单位:万元)`), a mark (`(必填硬性指标)`, `(必填)`, `(选填)`) or a formula tag (`(A)`).
  A bracket that is part of the words (`项目(专项)名称`) is kept.

What is left is looked up in the tables below. A spelling not listed here is not a label: its
cell is read as a value, or kept as *unclaimed* (lint rule PI040).

## Money unit

A cell announcing the unit (`单位:万元`, `金额单位:元`, a label such as `资金情况(万元)`)
sets it for the form's amounts, and 万元 are converted to 元 exactly. Where nothing announces
it, the caller's `money_unit` (`read(path, money_unit="万元")`, `--money-unit` on the command
line) applies. Without either, the amounts are kept as written and `Funding.in_yuan` is
`False` (lint rule PI013): the unit is never guessed. An amount that carries its own unit
(`10万元`) is read in that unit.

| Unit | Yuan |
| --- | --- |
{units}

This page is generated from the tables of `perfindicator.documents.labels` by
`scripts/templates_doc.py`; do not edit it by hand.
"""

# Each table on the page: its name in `labels`, the section heading, and the heading of its
# role column. The descriptions come from the tables' own docstrings (see `_docstrings`).
SECTIONS: tuple[tuple[str, str, str], ...] = (
    ("FIELD_LABELS", "Header fields", "Field"),
    ("DETAIL_LABELS", "Details", "Kept as"),
    ("FUNDING_LABELS", "Funding", "Amount"),
    ("FUNDING_BLOCK_LABELS", "Funding blocks", "Block"),
    ("GOAL_LABELS", "Goals", "Goal"),
    ("GRID_BLOCK_LABELS", "Indicator blocks", "Period set"),
    ("INDICATOR_COLUMNS", "Indicator columns", "Column"),
    ("MONITORING_COLUMNS", "Monitoring columns", "Column"),
    ("BUDGET_COLUMNS", "Monitoring budget columns", "Amount"),
    ("MONTH_COLUMNS", "Columns after the months covered", "Column"),
    ("MONTHS_COVERED", "Months covered", "Last month"),
    ("SELF_EVALUATION_COLUMNS", "Self-evaluation columns", "Column"),
    ("EXECUTION_COLUMNS", "Self-evaluation execution columns", "Column"),
    ("EXECUTION_BLOCK_LABELS", "Self-evaluation execution blocks", "Block"),
    ("SELF_EVALUATION_GOAL_LABELS", "Self-evaluation goals", "Goal"),
    ("SELF_EVALUATION_TOTAL_LABELS", "Self-evaluation totals", "Total"),
    ("SELF_EVALUATION_FOOTER_LABELS", "Self-evaluation footers", "Field"),
    ("FOOTER_WORDS", "Footers", "Role"),
    ("TITLE_WORDS", "Titles", "Form kind"),
    ("MONITORING_TITLE_WORDS", "Monitoring titles", "Read as"),
    ("TITLES", "Template titles", "Title"),
)

# The role of every spelling in a table that is a plain set of spellings.
_SET_ROLES = {
    "DETAIL_LABELS": "detail",
    "FUNDING_BLOCK_LABELS": "funding block",
    "EXECUTION_BLOCK_LABELS": "execution block (its points and money unit)",
    "SELF_EVALUATION_TOTAL_LABELS": "the total score (总分)",
    "FOOTER_WORDS": "review opinion, kept as details",
    "MONITORING_TITLE_WORDS": "a monitoring table (MonitoringReport)",
    "TITLES": "the template's words (a longer title is kept as a detail)",
}


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def _code(text: str) -> str:
    return f"`{_cell(text)}`"


def _docstrings() -> dict[str, str]:
    """Each table's docstring (the string literal after its assignment), as one paragraph."""
    tree = ast.parse(Path(labels.__file__).read_text(encoding="utf-8"))
    found: dict[str, str] = {}
    for statement, following in itertools.pairwise(tree.body):
        target = None
        if isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name):
            target = statement.target.id
        elif isinstance(statement, ast.Assign) and isinstance(statement.targets[0], ast.Name):
            target = statement.targets[0].id
        if (
            target is not None
            and isinstance(following, ast.Expr)
            and isinstance(following.value, ast.Constant)
            and isinstance(following.value.value, str)
        ):
            found[target] = " ".join(following.value.value.split())
    return found


def _role(value: object) -> str:
    if value is None:
        return "none (the columns say)"
    if isinstance(value, enum.Enum):
        return f"{value.name.lower()} ({value.value})"
    return str(value)


def _by_role(name: str, table: Mapping[str, object] | Iterable[str]) -> dict[str, list[str]]:
    """Spellings grouped by role: roles in first-seen order, spellings in table order.

    Sets have no order of their own, so their spellings are sorted, keeping the page stable.
    """
    if isinstance(table, Mapping):
        roles: dict[str, list[str]] = {}
        for spelling, value in table.items():
            roles.setdefault(_role(value), []).append(spelling)
        return roles
    spellings = list(table)
    if isinstance(table, frozenset | set):
        spellings.sort()
    return {_SET_ROLES[name]: spellings}


def _section(name: str, heading: str, column: str, about: str) -> str:
    roles = _by_role(name, getattr(labels, name))
    lines = [
        f"## {heading}",
        "",
        f"`{name}`: {about}" if about else f"`{name}`.",
        "",
        f"| {column} | Spellings |",
        "| --- | --- |",
    ]
    lines += [
        f"| {_code(role)} | {', '.join(_code(s) for s in spellings)} |"
        for role, spellings in roles.items()
    ]
    return "\n".join(lines) + "\n"


def page() -> str:
    """The page's text: the intro, then one section per table in `SECTIONS` order."""
    units = "\n".join(f"| {unit} | {yuan} |" for unit, yuan in labels.MONEY_UNITS.items())
    about = _docstrings()
    sections = [
        _section(name, heading, column, about.get(name, "")) for name, heading, column in SECTIONS
    ]
    return INTRO.format(units=units) + "\n" + "\n".join(sections)


def main(argv: list[str]) -> int:
    return write_or_check(PAGE, page(), "templates_doc.py", argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
