"""A batch on a Dask cluster: the files spread over its workers, the tables as the command's.

`perfindicator.batch.process` reads one file and is a top-level function of picklable
arguments, so Dask runs it unchanged: `dask.bag` spreads the list of files (found by
`perfindicator.batch.find`, as `perfindicator batch` finds them) over partitions, each
worker processes the files of its partitions, and the results come back in the order of
the list. `perfindicator.batch.write` (or `tables`) makes them the tables the command
writes, the same as `perfindicator.batch.run` gives with any number of jobs.

Needs the `dask` extra (`pip install 'perfindicator[dask]'`) and, on every worker,
perfindicator with the extras of the formats read. Every worker must see the files at the
paths found here: on a cluster of several machines, a file system they share, and paths
that are absolute (or the same working directory everywhere).

    python examples/batch_on_dask.py FOLDER --out DIR [--format csv] [--workers 2]
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterable

import dask.bag
from distributed import Client, LocalCluster

from perfindicator import batch
from perfindicator.documents.labels import MoneyUnit


def run_on_dask(
    client: Client,
    paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    actuals: str | os.PathLike[str] | None = None,
    money_unit: MoneyUnit | None = None,
    partitions: int | None = None,
) -> list[batch.FileResult]:
    """Process every form file under `paths` on `client`'s cluster, one result each.

    Takes what `perfindicator.batch.run` takes, and gives the same results in the same
    order; `batch.write(results, out_dir)` writes them as `perfindicator batch` does.

    Args:
        client: a client of the cluster to run on.
        paths: files and folders (searched recursively, as `batch.find` does).
        actuals: a JSON file of actual values for every declaration, as `batch.run` takes.
        money_unit: `"元"` or `"万元"`, where no cell of a form announces one.
        partitions: how many parts the list of files is cut into, each a task of a
            worker; by default Dask's choice (about 100). More parts than workers keep
            every worker busy while a few PDFs take long.
    """
    # The actuals file read once, as `run` reads it: an unreadable one is a first result of
    # its problems, and the forms are then read without it.
    options, first = batch.prepare(actuals=actuals, money_unit=money_unit)
    found = batch.find(paths)
    # Two bags cut alike (same length, same number of parts) pair each file with its
    # source; only `batch.process`, a function of the installed package, goes to workers.
    # (dask and distributed declare few types: hence the `type: ignore`s of this file.)
    files = dask.bag.from_sequence(  # type: ignore[no-untyped-call]
        [file.path for file in found], npartitions=partitions
    )
    sources = dask.bag.from_sequence(  # type: ignore[no-untyped-call]
        [file.source for file in found], npartitions=partitions
    )
    results = files.map(batch.process, options, source=sources)
    computed = client.compute(results)  # type: ignore[no-untyped-call]
    return first + list(computed.result())


def main(argv: list[str] | None = None) -> int:
    """Run a batch on a cluster of this machine and write its tables; 1 if any file failed."""
    parser = argparse.ArgumentParser(description="Run a batch on a cluster of this machine.")
    parser.add_argument("paths", metavar="PATH", nargs="+", help="a form file or a folder")
    parser.add_argument("--out", metavar="DIR", required=True, help="the folder of the tables")
    parser.add_argument("--format", choices=batch.FORMATS, default="csv")
    parser.add_argument("--workers", type=int, default=2, help="worker processes (2)")
    args = parser.parse_args(argv)
    # One thread a worker: reading a PDF is Python code, which threads would not share.
    with (
        LocalCluster(  # type: ignore[no-untyped-call]
            n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,  # type: ignore[no-untyped-call]
    ):
        results = run_on_dask(client, args.paths)
    written = batch.write(results, args.out, args.format)
    failed = sum(result.failed for result in results)
    print(f"{len(results)} files read, {failed} with errors; tables in {written['errors'].parent}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
