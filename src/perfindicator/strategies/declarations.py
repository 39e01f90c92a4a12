"""Strategies for the parts of a declaration: indicators, fundings, goals, projects."""

from __future__ import annotations

import datetime
import functools
from decimal import Decimal

from hypothesis import strategies as st

from perfindicator.model.categories import Level2
from perfindicator.model.project import Funding, Goals, Indicator, Project
from perfindicator.strategies.grammar import _CJK, _values, targets


@functools.cache
def _names() -> st.SearchStrategy[str]:
    # Chinese characters only: never blank, never white space or control characters.
    return st.text(_CJK, min_size=1, max_size=16)


@functools.cache
def indicators() -> st.SearchStrategy[Indicator]:
    """Indicators under any level-2 category, some with no target (`None`).

    Any valid indicator is drawn, whatever a particular document layout can write back (a
    test of a writer filters for what it supports). Shrinks toward a 数量指标 indicator named
    `一` with no target.

    Examples:
        >>> from hypothesis import given, settings
        >>> from hypothesis import strategies as st
        >>> @settings(max_examples=10)
        ... @given(indicators())
        ... def check(value):
        ...     assert value.level1 is value.level2.parent
        >>> check()
    """
    return st.builds(
        Indicator,
        level2=st.sampled_from(Level2),
        name=_names(),
        target=st.none() | targets(),
    )


@st.composite
def fundings(draw: st.DrawFn) -> Funding:
    """Funding blocks whose filled cells add up (total = fiscal + other, and so on).

    Shrinks toward zero amounts with the optional cells empty.

    Examples:
        >>> from hypothesis import given, settings
        >>> from hypothesis import strategies as st
        >>> @settings(max_examples=10)
        ... @given(fundings())
        ... def check(value):
        ...     assert value.total == value.fiscal + (value.other or 0)
        >>> check()
    """
    yuan = _values(Decimal(0), Decimal(10**10), 2)
    fiscal, other = draw(yuan), draw(st.none() | yuan)
    appropriation, carryover, annual_other = (
        draw(yuan),
        draw(st.none() | yuan),
        draw(st.none() | yuan),
    )
    return Funding(
        total=fiscal + (other or 0),
        fiscal=fiscal,
        other=other,
        annual_request=appropriation + (carryover or 0) + (annual_other or 0),
        appropriation=appropriation,
        carryover=carryover,
        annual_other=annual_other,
    )


@st.composite
def goals(draw: st.DrawFn) -> Goals:
    """Goal blocks with Chinese goal texts and an optional period of years.

    Shrinks toward empty texts and no period.

    Examples:
        >>> from hypothesis import given, settings
        >>> from hypothesis import strategies as st
        >>> @settings(max_examples=10)
        ... @given(goals())
        ... def check(value):
        ...     assert value.period is None or value.period[0] <= value.period[1]
        >>> check()
    """
    period = None
    if draw(st.booleans()):
        start = draw(st.integers(min_value=1990, max_value=2100))
        period = (start, start + draw(st.integers(min_value=0, max_value=10)))
    return Goals(overall=draw(_goal_texts()), annual=draw(_goal_texts()), period=period)


@functools.cache
def _goal_texts() -> st.SearchStrategy[str]:
    return st.text(_CJK, max_size=60)


def _project(draw: st.DrawFn, indicators: st.SearchStrategy[tuple[Indicator, ...]]) -> Project:
    """A project dated inside its budget year, around the indicators `indicators` draws."""
    year = draw(st.integers(min_value=1990, max_value=2100))
    first, last = datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    start = draw(st.dates(min_value=first, max_value=last))
    return Project(
        name=draw(_names()),
        year=year,
        category=draw(st.sampled_from(["经常性项目", "一次性项目", ""])),
        department=draw(st.sampled_from(["上海市司法局", "南岳镇政府", ""])),
        implementing_unit=draw(st.sampled_from(["上海市司法局", ""])),
        start=start,
        # A length with fixed bounds, so that shrinking the start leaves the rest in place.
        end=min(start + datetime.timedelta(days=draw(st.integers(0, 365))), last),
        funding=draw(fundings()),
        goals=draw(goals()),
        indicators=draw(indicators),
    )


@st.composite
def projects(draw: st.DrawFn, *, max_indicators: int = 20) -> Project:
    """Projects dated inside their budget year; shrinks toward one with no indicators.

    Any valid project is drawn: names may repeat and targets may be missing, as on real
    forms. For projects `self_evaluate` accepts, see
    [`scorable_projects`][perfindicator.strategies.scorable_projects].

    Examples:
        >>> from hypothesis import given, settings
        >>> from hypothesis import strategies as st
        >>> @settings(max_examples=10)
        ... @given(projects(max_indicators=3))
        ... def check(value):
        ...     assert len(value.indicators) <= 3
        >>> check()
    """
    return _project(draw, st.lists(indicators(), max_size=max_indicators).map(tuple))


@functools.cache
def _texts() -> st.SearchStrategy[str]:
    # Free text of a cell (a note, a remark): Chinese, possibly empty.
    return st.text(_CJK, max_size=20)
