"""Batch processing: every form of a folder read, checked and scored, into one table per kind.

`run` reads every form file under the paths given (`find`), each by `process`, in a pool of
processes when asked; `write` writes the rows of every `FileResult` as one table per record
kind (`projects.csv`, `indicators.parquet`, `errors.xlsx`, ...), each row led by its file.
A file that cannot be read gives error rows, never an exception: the batch goes on.

Examples:
    >>> import tempfile
    >>> from perfindicator import batch
    >>> results = list(batch.run(["examples/forms/templates/tianjin_hebei_2023.xlsx",
    ...                           "examples/forms/templates/hubei_huangshi_2019.csv"]))
    >>> [(r.path, len(r.tables["indicators"]), len(r.tables["monitoring"])) for r in results]
    [('examples/forms/templates/hubei_huangshi_2019.csv', 0, 6), ('examples/forms/templates/tianjin_hebei_2023.xlsx', 6, 0)]
    >>> sorted(path.name for path in batch.write(results, tempfile.mkdtemp()).values())[:3]
    ['audits.csv', 'discrepancies.csv', 'errors.csv']
"""

from __future__ import annotations

from perfindicator.batch.driver import main, prepare, run
from perfindicator.batch.finding import Found, find
from perfindicator.batch.output import FORMATS, SOURCE, Format, columns, tables, write
from perfindicator.batch.result import KINDS, UNEXPECTED, FileResult, Options, process

__all__ = [
    "FORMATS",
    "KINDS",
    "SOURCE",
    "UNEXPECTED",
    "FileResult",
    "Format",
    "Found",
    "Options",
    "columns",
    "find",
    "main",
    "prepare",
    "process",
    "run",
    "tables",
    "write",
]
