"""Drawing projects with perfindicator's strategies, as ratios to drawing plain dicts.

Two measurements, each drawn the way a test suite draws: one value per example of a `@given`
test, generation only, no database, best of 3 runs.

- `projects()` x 1,000 against `st.builds(dict)` x 1,000 (issue #6). `st.builds(dict)` has
  only one value, so each example of both runs also draws an integer: Hypothesis would
  otherwise stop after one.
- `scorable_projects()` with `project_actuals` x 100 against `st.builds` of plain dicts of
  the same size x 100 (issue #17, at most 10x): a dict of the project's fields, its funding
  and goals as dicts, up to 20 indicator dicts (category, name, target text) and a dict of
  actual texts by name, drawn from text, integers, dates and decimals.
"""

from __future__ import annotations

import datetime
import time

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from perfindicator.strategies import project_actuals, projects, scorable_projects

# Drawn in every run so that every example differs and Hypothesis runs all of them.
_DISTINCT = st.integers()


def draw_all(strategy: st.SearchStrategy[object], count: int) -> float:
    drawn = 0

    @settings(
        max_examples=count,
        database=None,
        phases=[Phase.generate],
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(st.data())
    def draw(data: st.DataObject) -> None:
        nonlocal drawn
        data.draw(_DISTINCT)
        data.draw(strategy)
        drawn += 1

    start = time.perf_counter()
    draw()
    elapsed = time.perf_counter() - start
    assert drawn == count, drawn
    return elapsed


def _plain_project() -> st.SearchStrategy[dict[str, object]]:
    """A project with actuals as plain dicts: the same fields, drawn from plain values."""
    text = st.text(max_size=16)
    money = st.none() | st.decimals(min_value=0, max_value=10**10, places=2)
    day = st.dates(datetime.date(1990, 1, 1), datetime.date(2100, 12, 31))
    indicator: st.SearchStrategy[dict[str, str]] = st.builds(
        dict, level2=text, name=text, target=text
    )
    return st.builds(
        dict,
        name=text,
        year=st.integers(1990, 2100),
        category=text,
        department=text,
        implementing_unit=text,
        start=day,
        end=day,
        funding=st.builds(dict, **{f"amount{k}": money for k in range(7)}),
        goals=st.builds(dict, overall=text, annual=text, period=st.none() | st.integers()),
        indicators=st.lists(indicator, min_size=3, max_size=20),
        actuals=st.dictionaries(text, text, max_size=20),
    )


def _scorable_with_actuals() -> st.SearchStrategy[object]:
    return scorable_projects().flatmap(lambda p: project_actuals(p).map(lambda a: (p, a)))


def main() -> None:
    rows = [
        ("projects() x 1,000", projects(), st.builds(dict), "st.builds(dict) x 1,000", 1000),
        (
            "scorable_projects() + project_actuals x 100",
            _scorable_with_actuals(),
            _plain_project(),
            "plain dicts of the same size x 100",
            100,
        ),
    ]
    for name, strategy, reference_strategy, reference_name, count in rows:
        reference = min(draw_all(reference_strategy, count) for _ in range(3))
        seconds = min(draw_all(strategy, count) for _ in range(3))
        print(f"{reference_name + ' (reference)':<46} {reference * 1e3:8.1f} ms   ratio   1.00")
        print(f"{name:<46} {seconds * 1e3:8.1f} ms   ratio {seconds / reference:6.1f}")


if __name__ == "__main__":
    main()
