"""Write the template fixtures under examples/forms/templates/ from tests/templates/forms.py.

    python scripts/build_fixtures.py          # rewrite the fixtures
    python scripts/build_fixtures.py --check  # exit 1 if the fixtures differ from a fresh build

Every template is written as .xlsx, .html, .docx, .csv, .pdf and .xls (the writers in
tests/writers), plus one GB18030 .txt and one GB18030 .html. The files are reproducible:
fixed timestamps in the .xlsx/.docx packages, reportlab's invariant mode for the PDFs.
tests/test_fixture_writers.py checks that the kept files hold what a fresh build writes.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "examples/forms/templates"

# The writers and the tables live in the test suite; run from anywhere.
sys.path.insert(0, str(ROOT))

from tests.writers import build  # noqa: E402


def main(argv: list[str]) -> int:
    if argv == ["--check"]:
        with tempfile.TemporaryDirectory() as folder:
            fresh = {path.name: path.read_bytes() for path in build(folder)}
        kept = {path.name: path.read_bytes() for path in FOLDER.iterdir()}
        differ = sorted(
            name for name in fresh.keys() | kept.keys() if fresh.get(name) != kept.get(name)
        )
        for name in differ:
            print(f"differs: {name}", file=sys.stderr)
        return 1 if differ else 0
    if argv:
        print(__doc__, file=sys.stderr)
        return 2
    for stale in FOLDER.glob("*") if FOLDER.exists() else ():
        stale.unlink()
    for path in build(FOLDER):
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
