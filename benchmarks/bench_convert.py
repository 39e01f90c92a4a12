"""`to_json`/`from_json` of 1,000 projects of 20 indicators, as a ratio to `json.dumps` and
`json.loads` of the same data as plain dicts (issues #4 and #16); then `from_json` on bad
documents of 10 KB, 100 KB and 1 MB, with the growth ratios (issue #11).

`writing` and `reading` build the workloads `run_all.py` times (a slice is 1,000 /
`run_all.SLICES` projects); `main` prints best-of-5 times of the whole batch as well.

Bad documents must be refused in time linear in their size: about 10× for each 10× of input,
as `json.loads` of the same text grows; a quadratic step would show about 100×. (Long integers,
deep nesting and repeated top-level keys are in `bench_linear.py`.)

    .venv/bin/python benchmarks/bench_convert.py
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TypeVar

import attrs
import run_all
from _timing import per_call

from perfindicator import DataError, Project, from_json, read_forms, to_dict, to_json

ROOT = Path(__file__).parents[1]
_T = TypeVar("_T")


def projects() -> list[Project]:
    seed = read_forms(
        (ROOT / "examples/forms/shanghai-justice-2022.txt").read_text(encoding="utf-8")
    )
    twenty = attrs.evolve(seed[2], indicators=seed[2].indicators[:20])
    return [attrs.evolve(twenty, name=f"{twenty.name}{k}") for k in range(1000)]


def _slices(items: list[_T]) -> Callable[[], list[_T]]:
    """The next `len(items) / run_all.SLICES` items at each call, round after round."""
    size = len(items) // run_all.SLICES
    return partial(next, itertools.cycle([items[k : k + size] for k in range(0, len(items), size)]))


def writing() -> run_all.Workload:
    """A slice: `to_json` of each project; the reference `json.dumps(indent=2)` of its dict."""
    batch = projects()
    next_projects = _slices(batch)
    next_plain = _slices([to_dict(p) for p in batch])

    def write() -> None:
        for project in next_projects():
            to_json(project)

    def dumps() -> None:
        for plain in next_plain():
            json.dumps(plain, ensure_ascii=False, indent=2)

    return write, dumps


def reading() -> run_all.Workload:
    """A slice: `from_json` of each project's text; the reference `json.loads` of the same text.

    The text is what `to_json` writes, byte for byte what `json.dumps` writes of the dict.
    """
    texts = [to_json(p) for p in projects()]
    next_text, next_reference = _slices(texts), _slices(texts)

    def read() -> None:
        for text in next_text():
            from_json(text, Project)

    def loads() -> None:
        for text in next_reference():
            json.loads(text)

    return read, loads


SIZES = (10_000, 100_000, 1_000_000)
_PROJECT = '{"name": "x", "year": 2022, "start": "2022-01-01", "end": "2022-12-31'


def _repeat(prefix: str, unit: str, suffix: str, size: int) -> str:
    """`prefix`, `unit` joined by commas up to about `size` characters, then `suffix`."""
    return prefix + ",".join([unit] * max(1, (size - len(prefix)) // (len(unit) + 1))) + suffix


# Each family: a bad document of about n characters. Every one is refused with a DataError.
FAMILIES: list[tuple[str, Callable[[int], str]]] = [
    ("a long decimal string", lambda n: '{"funding": {"total": "' + "1" * n + '"}}'),
    ("a long date string", lambda n: _PROJECT.replace("2022-01-01", "2" * n) + '"}'),
    ("many bad indicators", lambda n: _repeat(_PROJECT + '", "indicators": [', '{"level2": 1}', "]}", n)),
    ("many unknown keys", lambda n: _repeat(_PROJECT + '", ', '"k": 1', "}", n)),
    ("repeated keys in many indicators",
     lambda n: _repeat(_PROJECT + '", "indicators": [', '{"name": "a", "name": "b"}', "]}", n)),
]  # fmt: skip


def _refused(text: str) -> None:
    try:
        from_json(text, Project)
    except DataError:
        return
    raise AssertionError("a bad document was accepted")


def pathological() -> None:
    print(f"{'from_json on a bad document':<40} {'10KB→100KB':>11} {'100KB→1MB':>11} "
          f"{'json.loads':>11} {'1MB ms':>8}")  # fmt: skip
    for name, make in FAMILIES:
        texts = [make(size) for size in SIZES]
        times = [per_call(partial(_refused, t), number=1, repeat=3) for t in texts]
        loads = [per_call(partial(json.loads, t), number=1, repeat=3) for t in texts]
        print(
            f"{name:<40} {times[1] / times[0]:10.1f}× {times[2] / times[1]:10.1f}× "
            f"{loads[2] / loads[1]:10.1f}× {times[2] * 1e3:8.1f}"
        )


def main() -> None:
    batch = projects()
    plain = [to_dict(p) for p in batch]
    texts = [to_json(p) for p in batch]
    plain_texts = [json.dumps(d, ensure_ascii=False, indent=2) for d in plain]

    dumps = per_call(lambda: [json.dumps(d, ensure_ascii=False, indent=2) for d in plain], number=1)
    loads = per_call(lambda: [json.loads(t) for t in plain_texts], number=1)
    writing = per_call(lambda: [to_json(p) for p in batch], number=1)
    reading = per_call(lambda: [from_json(t, Project) for t in texts], number=1)
    print(f"{'json.dumps of plain dicts (reference)':<40} {dumps * 1e3:8.1f} ms")
    print(
        f"{'to_json, 1,000 x 20 indicators':<40} {writing * 1e3:8.1f} ms   ratio {writing / dumps:6.1f}"
    )
    print(f"{'json.loads of plain text (reference)':<40} {loads * 1e3:8.1f} ms")
    print(
        f"{'from_json, 1,000 x 20 indicators':<40} {reading * 1e3:8.1f} ms   ratio {reading / loads:6.1f}"
    )
    print()
    pathological()


if __name__ == "__main__":
    main()
