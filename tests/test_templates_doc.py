"""docs/reference/templates.md: generated from the recognition tables, complete and current."""

from __future__ import annotations

import runpy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from perfindicator.documents import labels
from perfindicator.documents.labels import read_label

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts/templates_doc.py"

# Every recognition table of `labels`, found by its name rather than taken from the script, so
# that a table the script forgets (or one added later) fails the test.
TABLES = sorted(
    name
    for name in vars(labels)
    if name.isupper() and name.endswith(("_LABELS", "_COLUMNS", "_WORDS"))
)


@pytest.fixture(scope="module")
def script() -> dict[str, Any]:
    return runpy.run_path(str(SCRIPT))


@pytest.fixture(scope="module")
def page(script: dict[str, Any]) -> str:
    build: Callable[[], str] = script["page"]
    return build()


def sections(page: str) -> dict[str, str]:
    """Each `## ` section's text, by the table name its first line gives in backticks."""
    found = {}
    for part in page.split("\n## ")[1:]:
        body = part.split("\n", 2)[2]
        found[body.split("`")[1]] = body
    return found


def test_the_page_is_current(page: str) -> None:
    assert (ROOT / "docs/reference/templates.md").read_text(encoding="utf-8") == page


def test_the_tables_are_found() -> None:
    # The nine tables the readers used when the page was written; more may come.
    assert {
        "FIELD_LABELS",
        "DETAIL_LABELS",
        "FUNDING_LABELS",
        "FUNDING_BLOCK_LABELS",
        "GOAL_LABELS",
        "GRID_BLOCK_LABELS",
        "INDICATOR_COLUMNS",
        "FOOTER_WORDS",
        "TITLE_WORDS",
    } <= set(TABLES)


@pytest.mark.parametrize("name", TABLES)
def test_every_spelling_is_in_its_section(page: str, name: str) -> None:
    section = sections(page).get(name)
    assert section is not None, f"no section for {name}"
    for spelling in getattr(labels, name):
        escaped = spelling.replace("|", "\\|")
        assert f"`{escaped}`" in section, spelling


def test_a_spelling_sits_in_the_row_of_its_role(page: str) -> None:
    rows = sections(page)["INDICATOR_COLUMNS"].splitlines()
    (weight,) = [row for row in rows if row.startswith("| `weight` |")]
    assert weight == "| `weight` | `权重`, `分值`, `指标权重` |"
    rows = sections(page)["GRID_BLOCK_LABELS"].splitlines()
    assert "| `mid_term (中期)` | `长期绩效指标` |" in rows


def test_a_pipe_is_escaped(script: dict[str, Any]) -> None:
    assert script["_code"]("指标内容|计算公式") == "`指标内容\\|计算公式`"


def test_the_money_units_are_listed(page: str) -> None:
    assert "| 元 | 1 |\n| 万元 | 10000 |" in page


@pytest.mark.parametrize(
    ("written", "text"),
    [
        # The normalisations the page's intro promises, each as it states it.
        ("项 目 名 称", "项目名称"),
        ("項目名稱", "项目名称"),
        ("*项目名称：", "项目名称"),
        ("★项目名称:", "项目名称"),
        ("项目(专项)名称", "项目(专项)名称"),
        ("产出指标(50分)", "产出指标"),
        ("指标值（长期）", "指标值"),
        ("资金情况(单位:万元)", "资金情况"),
        ("数量指标(必填硬性指标)", "数量指标"),
        ("满意度(A)", "满意度"),
    ],
)
def test_the_intro_says_how_labels_are_normalised(written: str, text: str) -> None:
    assert read_label(written).text == text


def test_the_check_flag_reports_a_stale_page(
    script: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    main: Callable[[list[str]], int] = script["main"]
    stale = tmp_path / "templates.md"
    stale.write_text("old\n", encoding="utf-8")
    monkeypatch.setitem(main.__globals__, "PAGE", stale)
    assert main(["--check"]) == 1
    assert main([]) == 0
    assert main(["--check"]) == 0
    assert stale.read_text(encoding="utf-8").startswith(
        "# Recognised templates and header spellings\n"
    )
