#!/bin/sh
# Install perfindicator into .venv and run the demo on the bundled Shanghai example form.
set -eu
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
.venv/bin/python -m pip install --quiet --disable-pip-version-check .
.venv/bin/python examples/show_targets.py examples/forms/shanghai-justice-2022.txt
