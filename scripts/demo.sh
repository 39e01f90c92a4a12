#!/bin/sh
# Install perfindicator into .venv and self-evaluate the bundled Shanghai example forms with
# the bundled illustrative (not official) actual values.
set -eu
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
.venv/bin/python -m pip install --quiet --disable-pip-version-check .
.venv/bin/perfindicator evaluate examples/forms/shanghai-justice-2022.txt examples/actuals-illustrative.json
