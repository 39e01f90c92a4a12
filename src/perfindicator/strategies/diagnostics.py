"""Strategies for places, problems, lint rules and their complaints."""

from __future__ import annotations

import functools

from hypothesis import strategies as st

from perfindicator.errors import Place, Problem, Severity
from perfindicator.reports.rules import RULES, Complaint, Rule
from perfindicator.strategies.declarations import _names

_FILES = ("forms.txt", "自评表.xlsx", "监控表.html", "申报表.docx")
_PROBLEM_CODES = ("data", "form", "target", "self-evaluation", "monitoring")


@functools.cache
def _english() -> st.SearchStrategy[str]:
    return st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyz "), min_size=1, max_size=40)


@functools.cache
def places() -> st.SearchStrategy[Place]:
    """Places: any of a file, a sheet or page, a row, a column and a subject.

    Shrinks toward the empty `Place()`.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=10)
        ... @given(places())
        ... def check(value):
        ...     assert value.row is None or value.row >= 1
        >>> check()
    """
    counted = st.none() | st.integers(min_value=1, max_value=10_000)
    return st.builds(
        Place,
        file=st.none() | st.sampled_from(_FILES),
        sheet=st.none() | st.sampled_from(["Sheet1", "表1"]),
        page=counted,
        row=counted,
        column=counted,
        subject=st.just("") | _names(),
    )


@functools.cache
def problems() -> st.SearchStrategy[Problem]:
    """Problems under a lint code or an input check's code, in English and Chinese.

    Shrinks toward a `PI001` error with no place or text.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=10)
        ... @given(problems())
        ... def check(value):
        ...     assert str(value).startswith(value.code)
        >>> check()
    """
    return st.builds(
        Problem,
        code=st.sampled_from([*(rule.code for rule in RULES), *_PROBLEM_CODES]),
        message_en=_english(),
        message_zh=_names(),
        where=places(),
        text=st.none() | st.text(max_size=20),
        severity=st.sampled_from(Severity),
    )


@functools.cache
def registered_rules() -> st.SearchStrategy[Rule]:
    """The lint rules of the registry `RULES`; shrinks toward `PI001`.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=10)
        ... @given(registered_rules())
        ... def check(value):
        ...     assert value.code.startswith("PI")
        >>> check()
    """
    return st.sampled_from(RULES)


@functools.cache
def complaints() -> st.SearchStrategy[Complaint]:
    """What a lint check finds, before its rule adds code and severity.

    Shrinks toward a complaint about `一`, with no place of its own.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=10)
        ... @given(complaints())
        ... def check(value):
        ...     assert value.subject and value.en and value.zh
        >>> check()
    """
    return st.builds(Complaint, _names(), _english(), _names(), place=st.none() | places())
