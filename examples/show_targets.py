"""Print every target value of a declaration form with what perfindicator reads in it.

Until the form reader lands this takes the last cell of each indicator-table row, which is
where the target column is on the Shanghai layout.

    python examples/show_targets.py examples/forms/shanghai-justice-2022.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

from perfindicator import TargetSyntaxError, parse_target


def target_cells(text: str) -> list[tuple[int, str, str]]:
    """Return `(line number, indicator name, target text)` for each table row with a target."""
    rows = []
    in_table = False
    for number, line in enumerate(text.splitlines(), start=1):
        cells = [cell.strip() for cell in line.split("\t") if cell.strip()]
        if "指标目标值" in cells:
            in_table = True
        elif not cells or cells[0].startswith("财政项目") or set(cells[0]) <= {"-"}:
            in_table = in_table and bool(cells)
        elif in_table and len(cells) >= 2:
            rows.append((number, cells[-2], cells[-1]))
    return rows


def main(path: str) -> int:
    for number, name, written in target_cells(Path(path).read_text(encoding="utf-8")):
        try:
            target = parse_target(written)
        except TargetSyntaxError as error:
            print(f"{number:>4}  {name}  {written!r}: {error.reason}")
        else:
            print(f"{number:>4}  {name}  {written} -> {type(target).__name__} {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
