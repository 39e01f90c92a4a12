"""The documentation: every public name is in the reference and has a docstring."""

from __future__ import annotations

import inspect
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType, UnionType

import pytest

import perfindicator
from perfindicator import strategies

ROOT = Path(__file__).parents[1]


PUBLIC = [(perfindicator, name) for name in perfindicator.__all__] + [
    (strategies, name) for name in strategies.__all__
]


@pytest.mark.parametrize(("module", "name"), PUBLIC)
def test_public_classes_and_functions_have_an_example(module: ModuleType, name: str) -> None:
    obj = getattr(module, name)
    if (
        callable(obj)
        and not isinstance(obj, UnionType)
        and getattr(obj, "__origin__", None) is None
    ):
        # Doctests run these examples; type aliases (Target, Record, …) have no example.
        assert ">>>" in (inspect.getdoc(obj) or ""), f"{module.__name__}.{name}"


def test_reference_documents_every_public_name(tmp_path: Path) -> None:
    site = tmp_path / "site"
    env = os.environ | {"NO_MKDOCS_2_WARNING": "1"}
    mkdocs = [
        sys.executable,
        "-m",
        "mkdocs",
        "build",
        "--strict",
        "--quiet",
        "--site-dir",
        str(site),
    ]
    subprocess.run(mkdocs, cwd=ROOT, check=True, env=env, capture_output=True)
    api = (site / "reference/api/index.html").read_text(encoding="utf-8")
    missing = [n for n in perfindicator.__all__ if f'id="perfindicator.{n}"' not in api]
    assert missing == []
    # Methods shared through a private base class are documented on each public class.
    for method in ("Level1.from_label", "Level2.lookup", "Quantity.to_base", "Deadline.resolve"):
        assert f'id="perfindicator.{method}"' in api
    page = (site / "reference/strategies/index.html").read_text(encoding="utf-8")
    missing = [n for n in strategies.__all__ if f'id="perfindicator.strategies.{n}"' not in page]
    assert missing == []
