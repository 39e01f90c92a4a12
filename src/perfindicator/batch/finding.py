"""Which files a batch reads: every form file under the paths given, each with its source name.

A folder is searched recursively for the extensions `perfindicator.io.read` reads; a file
given by name is read whatever its extension says. Each file's *source* is its name in the
tables: the path as given for a file, the path relative to the folder (with `/`) for a
file found in a folder, so that the tables do not depend on where the folder lies.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable
from pathlib import Path, PurePath

import attrs

from perfindicator.errors import instance_of
from perfindicator.io import FORMATS
from perfindicator.io._files import file_name

__all__ = ["Found", "find"]

_SUFFIXES = frozenset(f".{format}" for format in FORMATS)


@attrs.frozen(kw_only=True)
class Found:
    """A file to read: where it is (`path`) and its name in the tables (`source`).

    Examples:
        >>> Found(path="forms/2023/a.xlsx", source="2023/a.xlsx").source
        '2023/a.xlsx'
    """

    path: str = attrs.field(validator=instance_of(str))
    source: str = attrs.field(validator=instance_of(str))


def find(paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]]) -> list[Found]:
    """Every file to read under `paths`, in the order of their sources.

    A file found in a folder has its path relative to the folder as its source; a file
    given, its path as given. Two files of one source (`form.csv` in two folders given) are
    both named by their paths as found instead, so that no two files share a source. Hidden
    files and folders (`.name`), Excel's lock files (`~$name.xlsx`) and what is not a plain
    file (a pipe) are passed over in a folder. A file reached twice (given, and in a folder
    given) is read once, under the shorter of its sources (the first in order, of two as
    long). The order is the sources' (then the paths'), so that it does not depend on the
    order of `paths`.

    Raises:
        FieldTypeError: a path is neither a `str` nor a path of text.

    Examples:
        >>> import pathlib, tempfile
        >>> root = pathlib.Path(tempfile.mkdtemp())
        >>> for name in ("b/表.xlsx", "a.csv", "notes.md", ".hidden/c.csv", "~$lock.xlsx"):
        ...     (root / name).parent.mkdir(parents=True, exist_ok=True)
        ...     (root / name).touch()
        >>> [found.source for found in find(root)]
        ['a.csv', 'b/表.xlsx']
    """
    given = [paths] if isinstance(paths, (str, os.PathLike)) else list(paths)
    chosen: dict[str, Found] = {}
    for path in given:
        name = file_name(path, "find")
        for found in (
            _under(name) if os.path.isdir(name) else [Found(path=name, source=_shown(name))]
        ):
            key = os.path.normcase(os.path.abspath(found.path))
            if key not in chosen or _preferred(found) < _preferred(chosen[key]):
                chosen[key] = found
    sources = Counter(found.source for found in chosen.values())
    unique = [
        found
        if sources[found.source] == 1
        else Found(path=found.path, source=_shown(Path(found.path).as_posix()))
        for found in chosen.values()
    ]
    return sorted(unique, key=_order)


def _order(found: Found) -> tuple[str, str]:
    return found.source, found.path


def _preferred(found: Found) -> tuple[int, str, str]:
    return len(found.source), found.source, found.path


def _under(folder: str) -> list[Found]:
    found = []
    # Symbolic links to folders are not followed: a link to a parent would never end.
    for top, folders, files in os.walk(folder):
        folders[:] = [f for f in folders if not f.startswith(".")]
        for name in files:
            if _hidden(name) or PurePath(name).suffix.lower() not in _SUFFIXES:
                continue
            path = os.path.join(top, name)
            if not os.path.isfile(path):
                continue  # a pipe or a socket: reading it could wait forever
            found.append(Found(path=path, source=_shown(Path(path).relative_to(folder).as_posix())))
    return found


def _hidden(name: str) -> bool:
    return name.startswith((".", "~$"))


def _shown(name: str) -> str:
    # A name that is not UTF-8 (kept by Python as surrogates) cannot be written to a table:
    # its bad bytes are shown as escapes (\\xff); the path itself is kept for reading.
    try:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a surrogate no file name decoding makes
        return name.encode("utf-8", "backslashreplace").decode("utf-8")
