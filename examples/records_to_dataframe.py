"""Flat records of every indicator, as a pandas DataFrame when pandas is installed, else CSV.

perfindicator does not depend on pandas or polars; `to_records` gives plain dicts that either
takes as they are.

    python examples/records_to_dataframe.py
"""

from __future__ import annotations

import csv
import importlib
import importlib.util
import sys
from pathlib import Path

from perfindicator import read_forms, to_records

HERE = Path(__file__).parent


def main() -> None:
    projects = read_forms((HERE / "forms/shanghai-justice-2022.txt").read_text(encoding="utf-8"))
    records = [row for project in projects for row in to_records(project)]
    if importlib.util.find_spec("pandas") is not None:
        pd = importlib.import_module("pandas")
        frame = pd.DataFrame(records)
        print(frame.groupby(["project", "level1"]).size())
        return
    writer = csv.DictWriter(sys.stdout, fieldnames=list(records[0]))
    writer.writeheader()
    writer.writerows(records)


if __name__ == "__main__":
    main()
