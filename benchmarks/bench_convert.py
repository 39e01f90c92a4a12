"""`to_json`/`from_json` of 1,000 projects of 20 indicators, as a ratio to `json.dumps` and
`json.loads` of the same data as plain dicts (issue #4).
"""

from __future__ import annotations

import json
from pathlib import Path

import attrs
from _timing import per_call

from perfindicator import Project, from_json, read_forms, to_dict, to_json

ROOT = Path(__file__).parents[1]


def projects() -> list[Project]:
    seed = read_forms(
        (ROOT / "examples/forms/shanghai-justice-2022.txt").read_text(encoding="utf-8")
    )
    twenty = attrs.evolve(seed[2], indicators=seed[2].indicators[:20])
    return [attrs.evolve(twenty, name=f"{twenty.name}{k}") for k in range(1000)]


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


if __name__ == "__main__":
    main()
