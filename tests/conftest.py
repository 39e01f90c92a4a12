"""Test configuration: Hypothesis profiles and the fixtures every test module shares.

Neither profile has per-example deadlines: CI machines are shared and slow at times, and a
deadline would make properties flaky without saying anything about the code (speed is
measured by `benchmarks/`). Set `PERFINDICATOR_HYPOTHESIS=thorough` for a long search.

The bundled material is read by fixtures, never at import time, so a broken reader fails the
tests that use it instead of stopping collection of the whole module.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

from perfindicator import Project, read_forms

settings.register_profile("perfindicator", deadline=None, print_blob=True)
settings.register_profile("thorough", deadline=None, print_blob=True, max_examples=3000)
settings.load_profile(os.environ.get("PERFINDICATOR_HYPOTHESIS", "perfindicator"))

ROOT = Path(__file__).resolve().parents[1]
SEED_PATH = ROOT / "examples/forms/shanghai-justice-2022.txt"


@pytest.fixture(scope="session")
def root() -> Path:
    """The repository's root folder."""
    return ROOT


@pytest.fixture(scope="session")
def seed_path() -> Path:
    """The bundled Shanghai seed forms (three real 2022 declaration forms, as PDF text)."""
    return SEED_PATH


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The text of the seed forms, exactly as bundled."""
    return SEED_PATH.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_projects(seed_text: str) -> list[Project]:
    """The seed forms as read by `read_forms`: three projects of 15, 17 and 43 indicators."""
    return read_forms(seed_text)
