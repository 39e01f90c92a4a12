"""Reading 1,000 forms of 40 indicators, as a ratio to splitting the same text (issue #5).

The reference is `str.splitlines()` plus `str.split("\\t")` on every line: the least any
reader of the layout must do.
"""

from __future__ import annotations

from pathlib import Path

import attrs
from _timing import per_call

from perfindicator import format_form, read_forms

ROOT = Path(__file__).parents[1]


def text() -> str:
    seed = read_forms(
        (ROOT / "examples/forms/shanghai-justice-2022.txt").read_text(encoding="utf-8")
    )
    forty = attrs.evolve(seed[2], indicators=seed[2].indicators[:40])
    return format_form(forty) * 1000


def main() -> None:
    forms = text()

    def split() -> None:
        for line in forms.splitlines():
            line.split("\t")

    base = per_call(split, number=1, repeat=5)
    seconds = per_call(lambda: read_forms(forms), number=1, repeat=3)
    print(f"{'splitlines + split (reference)':<36} {base * 1e3:9.1f} ms   ratio   1.00")
    print(
        f"{'read_forms, 1,000 x 40 indicators':<36} {seconds * 1e3:9.1f} ms   ratio {seconds / base:6.1f}"
    )


if __name__ == "__main__":
    main()
