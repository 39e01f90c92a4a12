#!/bin/sh
# Install perfindicator with every extra into .venv, then run every check CI runs:
# lint, format, strict typing, the test suite (with doctests) and the strict docs build.
set -eu
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
.venv/bin/python -m pip install --quiet --disable-pip-version-check --editable '.[dev]'
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/mypy
.venv/bin/pytest
NO_MKDOCS_2_WARNING=1 .venv/bin/mkdocs build --strict --quiet
