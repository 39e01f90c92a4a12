"""Drawing 1,000 projects, as a ratio to drawing 1,000 `st.builds(dict)` values (issue #6).

Both are drawn the way a test suite draws them: one value per example of a `@given` test
with 1,000 examples, generation only, no database. `st.builds(dict)` has only one value, so
each example of both runs also draws an integer: Hypothesis would otherwise stop after one.
"""

from __future__ import annotations

import time

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from perfindicator.strategies import projects

N = 1000
# Drawn in both runs so that every example differs and Hypothesis runs all N of them.
_DISTINCT = st.integers()


def draw_all(strategy: st.SearchStrategy[object]) -> float:
    count = 0

    @settings(
        max_examples=N,
        database=None,
        phases=[Phase.generate],
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(st.data())
    def draw(data: st.DataObject) -> None:
        nonlocal count
        data.draw(_DISTINCT)
        data.draw(strategy)
        count += 1

    start = time.perf_counter()
    draw()
    elapsed = time.perf_counter() - start
    assert count == N, count
    return elapsed


def main() -> None:
    reference = min(draw_all(st.builds(dict)) for _ in range(3))
    seconds = min(draw_all(projects()) for _ in range(3))
    print(f"{'st.builds(dict) x 1,000 (reference)':<36} {reference * 1e3:8.1f} ms   ratio   1.00")
    print(f"{'projects() x 1,000':<36} {seconds * 1e3:8.1f} ms   ratio {seconds / reference:6.1f}")


if __name__ == "__main__":
    main()
