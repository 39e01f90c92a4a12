"""Running a batch: `run` processes every file, in a pool of processes or in this one.

`main` is what the `perfindicator batch` command does: run, write the tables, tell.
"""

from __future__ import annotations

import concurrent.futures
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from typing import Protocol, TextIO

from perfindicator.batch.finding import Found, find
from perfindicator.batch.output import Format, write
from perfindicator.batch.result import (
    FileResult,
    Options,
    failure,
    problems_of,
    process,
    read_actuals,
    unexpected,
)
from perfindicator.display.text import problem_line
from perfindicator.documents.labels import MoneyUnit
from perfindicator.errors import FieldError, PerfIndicatorError, Place

__all__ = ["main", "prepare", "run"]

_Paths = str | os.PathLike[str] | Iterable[str | os.PathLike[str]]


def run(
    paths: _Paths,
    *,
    actuals: str | os.PathLike[str] | None = None,
    jobs: int = 1,
    money_unit: MoneyUnit | None = None,
    progress: bool = False,
) -> Iterator[FileResult]:
    """Process every form file under `paths`, one `FileResult` each, in the order of sources.

    Folders are searched recursively for the formats `perfindicator.io.read` reads (see
    `find`); each file is read by `process`. The results, and so the tables, are the same
    whatever `jobs` and the order of `paths`. Each file's problems are its error rows; the
    batch goes on.

    Args:
        paths: files and folders.
        actuals: a JSON file of actual values, as `perfindicator evaluate` takes, for every
            declaration; a JSON file beside a form with its stem is taken for that form
            instead. It is read first: when it cannot be read, its problems are the error
            rows of a first result for it, and the forms are read without it. Its names
            of no project read are no error: it may hold projects of other files.
        jobs: how many processes read files: 1 reads them in this process; more start a
            pool of that many, by the system's default start method (`multiprocessing`):
            where that is `spawn` (macOS, Windows), a script must run its batch under
            `if __name__ == "__main__":`, as for any process pool.
        money_unit: `"元"` or `"万元"`, the unit of amounts where no cell of a form
            announces one.
        progress: show a progress bar on standard error, where tqdm (the `progress`
            extra) is installed; without it there is no bar, and no error: the bar is an
            aid, not a result.

    Returns:
        An iterator of the results, each given as soon as it and those before it are done.

    Raises:
        FieldError: `jobs` is not an int of 1 or more; a path is not a path (then a
            `FieldTypeError`).

    Examples:
        >>> results = run(["examples/forms/templates/tianjin_hebei_2023.csv", "no/such.csv"])
        >>> [(result.path, result.failed) for result in results]
        [('examples/forms/templates/tianjin_hebei_2023.csv', False), ('no/such.csv', True)]
    """
    if type(jobs) is not int or jobs < 1:
        raise FieldError("run", "jobs", jobs, "must be an int, 1 or more")
    found = find(paths)
    options, first = prepare(actuals=actuals, money_unit=money_unit)
    return _results(first, found, options, jobs, progress)


def prepare(
    *, actuals: str | os.PathLike[str] | None = None, money_unit: MoneyUnit | None = None
) -> tuple[Options, list[FileResult]]:
    """The options every file is processed with, and the results that come before any file.

    The actuals file is read once, here: when it cannot be read, its problems are the error
    rows of a first result for it, and the forms are processed without it (see `run`).
    Engines other than `run` (a Dask cluster, say) map `process` with these options.

    Examples:
        >>> options, first = prepare(actuals="no/such.json")
        >>> options.actuals, [(result.path, result.failed) for result in first]
        (None, [('no/such.json', True)])
    """
    if actuals is None:
        return Options(money_unit=money_unit), []
    name = os.fspath(actuals)
    try:
        read_actuals(name)
    except PerfIndicatorError as error:
        return Options(money_unit=money_unit), [failure(name, problems_of(error, Place(file=name)))]
    return Options(actuals=name, money_unit=money_unit), []


def _results(
    first: list[FileResult], found: list[Found], options: Options, jobs: int, progress: bool
) -> Iterator[FileResult]:
    yield from first
    if jobs == 1:
        done = (process(file.path, options, source=file.source) for file in found)
        yield from _counted(done, progress, len(found))
        return
    pool = concurrent.futures.ProcessPoolExecutor(max_workers=jobs)
    try:
        # Every worker is started here, before the bar starts its thread: a process forked
        # while another thread holds a lock could wait for it forever.
        futures = [pool.submit(process, file.path, options, source=file.source) for file in found]
        yield from _counted(_collected(found, futures), progress, len(found))
    finally:
        # Stopped early (the caller went away): the files not begun are not read.
        pool.shutdown(wait=True, cancel_futures=True)


def _collected(
    found: list[Found], futures: list[concurrent.futures.Future[FileResult]]
) -> Iterator[FileResult]:
    for file, future in zip(found, futures, strict=True):
        try:
            result = future.result()
        except Exception as error:
            # The pool broke (a worker killed); `process` itself raises nothing.
            result = failure(file.source, [unexpected(file.source, error)])
        yield result


def _counted(results: Iterable[FileResult], progress: bool, total: int) -> Iterator[FileResult]:
    bar = _bar(progress, total)
    try:
        for result in results:
            yield result
            bar.update()
    finally:
        bar.close()


class _Bar(Protocol):
    """A progress bar: tqdm's, or none."""

    def update(self) -> object:
        """Count one file done."""

    def close(self) -> None:
        """Stop showing the bar."""


class _NoBar:
    """What stands for a progress bar when none is shown."""

    def update(self) -> None:
        """Count one file done: nothing to show."""

    def close(self) -> None:
        """Nothing to close."""


def _bar(shown: bool, total: int) -> _Bar:
    if not shown:
        return _NoBar()
    try:
        from tqdm import tqdm
    except ImportError:
        return _NoBar()
    return tqdm(total=total, file=sys.stderr, unit="file", desc="perfindicator")


def main(
    paths: Sequence[str],
    out: str | os.PathLike[str],
    *,
    format: Format = "csv",
    jobs: int = 1,
    actuals: str | None = None,
    money_unit: MoneyUnit | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Run a batch and write its tables; return the exit status, as the command does.

    Every problem of every file is printed on its own line of `stderr` (by default the
    process's), `perfindicator: <place>: <message>`, after the progress bar (shown where
    `stderr` is the process's and a terminal) and before the count of files.

    Returns:
        0 when every file was read, 1 when any file gave an error row, 2 when the tables
        cannot be written or an argument is refused (its problem printed).

    Examples:
        >>> import io, tempfile
        >>> errors = io.StringIO()
        >>> main(["examples/forms/templates/tianjin_hebei_2023.csv", "no/such.csv"],
        ...      tempfile.mkdtemp(), stderr=errors)
        1
        >>> print(errors.getvalue(), end="")
        perfindicator: no/such.csv: cannot read: No such file or directory (无法读取文件)
        perfindicator: 2 files read, 1 with errors
    """
    err = sys.stderr if stderr is None else stderr
    try:
        results = list(
            run(
                paths,
                actuals=actuals,
                jobs=jobs,
                money_unit=money_unit,
                # The bar is drawn on the process's standard error, when it is a terminal.
                progress=err is sys.stderr and err.isatty(),
            )
        )
        write(results, out, format)
    except PerfIndicatorError as error:
        print(f"perfindicator: {problem_line(error.as_problem())}", file=err)
        return 2
    except OSError as error:
        print(
            f"perfindicator: cannot write the tables in {os.fspath(out)!r}: {error} "
            "(无法写出结果表)",
            file=err,
        )
        return 2
    failed = [result for result in results if result.failed]
    for result in failed:
        for problem in result.errors:
            print(f"perfindicator: {problem_line(problem)}", file=err)
    files = f"{len(results)} file{'' if len(results) == 1 else 's'}"
    print(f"perfindicator: {files} read, {len(failed)} with errors", file=err)
    return 1 if failed else 0
