"""Strategies for the settings: weights, rules, bands and scoring schemes."""

from __future__ import annotations

import functools
import itertools
from decimal import Decimal

from hypothesis import strategies as st

from perfindicator.model.categories import Level2
from perfindicator.model.outcomes import Outcome
from perfindicator.reports.lights import DEVIATION_CAUSES, Accrual, MonitoringRules, TimeBasis
from perfindicator.reports.rules import RULES, LintRules
from perfindicator.reports.scheme import (
    PRESETS,
    Denominator,
    ExecutionBand,
    Level2Points,
    QualitativeBands,
    ScoringScheme,
    Weights,
)
from perfindicator.scoring.rules import DEFAULT_RULES, LowerIsBetter, ScoringRules
from perfindicator.strategies.declarations import _names
from perfindicator.strategies.grammar import _scaled, _values
from perfindicator.strategies.workflows import _GROUPS


def _hundredths(low: int, high: int) -> st.SearchStrategy[Decimal]:
    """Decimals from `low`/100 to `high`/100 in steps of 0.01; shrinks toward `low`/100."""
    return st.integers(min_value=low, max_value=high).map(functools.partial(_scaled, places=2))


@st.composite
def _drawn_weights(draw: st.DrawFn) -> Weights:
    # 100 points cut in cents (cuts of fixed bounds shrink well): output, benefit,
    # satisfaction, execution, then cost if it has a weight of its own.
    cuts = draw(st.lists(st.integers(0, 10_000), min_size=3, max_size=4))
    edges = [0, *sorted(cuts), 10_000]
    cents = [high - low for low, high in itertools.pairwise(edges)]
    output, benefit, satisfaction, execution, *cost = (_scaled(c, places=2) for c in cents)
    return Weights(
        output=output,
        benefit=benefit,
        satisfaction=satisfaction,
        execution=execution,
        cost=cost[0] if cost else None,
    )


@functools.cache
def weights() -> st.SearchStrategy[Weights]:
    """Weights in whole cents adding up to 100, with or without a cost weight of their own.

    Shrinks toward the default `Weights()` (产出 50, 效益 30, 满意度 10, 执行 10).

    Examples:
        >>> from hypothesis import given, settings
        >>> from perfindicator import Level1
        >>> @settings(max_examples=10)
        ... @given(weights())
        ... def check(value):
        ...     assert sum(value.of(group) for group in Level1) + value.execution == 100
        >>> check()
    """
    return st.just(Weights()) | _drawn_weights()


@st.composite
def _rules_within(draw: st.DrawFn, bands: QualitativeBands) -> ScoringRules:
    """Rules whose default shares lie in both `Outcome.band` and `bands` (in hundredths)."""

    def inside(outcome: Outcome) -> st.SearchStrategy[Decimal]:
        (low, high), (band_low, band_high) = outcome.band, bands.band(outcome)
        return _hundredths(int(max(low, band_low) * 100), int(min(high, band_high) * 100))

    return ScoringRules(
        lower_is_better=draw(st.sampled_from(LowerIsBetter)),
        over_achievement=draw(_hundredths(101, 1000)),
        achieved=draw(inside(Outcome.ACHIEVED)),
        partly_achieved=draw(inside(Outcome.PARTLY_ACHIEVED)),
        not_achieved=draw(inside(Outcome.NOT_ACHIEVED)),
    )


@functools.cache
def scoring_rules() -> st.SearchStrategy[ScoringRules]:
    """Scoring rules: either lower-is-better rule, an over-achievement ratio up to 10, shares.

    The outcomes' default shares lie in their bands (in hundredths). Shrinks toward the
    default `ScoringRules()`.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=10)
        ... @given(scoring_rules())
        ... def check(value):
        ...     assert value.not_achieved <= value.partly_achieved <= value.achieved
        >>> check()
    """
    return st.just(DEFAULT_RULES) | _rules_within(QualitativeBands())


@st.composite
def _drawn_bands(
    draw: st.DrawFn, *, lowest_achieved: int = 1, highest_partly: int = 98
) -> QualitativeBands:
    partly = draw(st.integers(min_value=1, max_value=highest_partly))
    achieved = draw(st.integers(min_value=max(partly + 1, lowest_achieved), max_value=99))
    return QualitativeBands(partly=_scaled(partly, places=2), achieved=_scaled(achieved, places=2))


@functools.cache
def qualitative_bands() -> st.SearchStrategy[QualitativeBands]:
    """Band edges in hundredths, 0 < partly < achieved < 1; shrinks toward the default 60 / 80.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=10)
        ... @given(qualitative_bands())
        ... def check(value):
        ...     assert 0 < value.partly < value.achieved < 1
        >>> check()
    """
    return st.just(QualitativeBands()) | _drawn_bands()


@st.composite
def _level2_points(draw: st.DrawFn, weights: Weights) -> tuple[Level2Points, ...]:
    listed = draw(st.lists(st.sampled_from(Level2), max_size=2, unique=True))
    members = {
        group: [l2 for l2 in Level2 if weights.group(l2.parent) is group] for group in _GROUPS
    }
    left = {group: int(weights.of(group) * 100) for group in _GROUPS}
    entries = []
    for k, level2 in enumerate(listed):
        group = weights.group(level2.parent)
        carried = all(l2 in listed for l2 in members[group])
        if carried and not any(weights.group(l2.parent) is group for l2 in listed[k + 1 :]):
            # No unlisted category is left to carry the rest of the weight: the last listed
            # one takes it (服务对象满意度指标 is the only one of its group).
            cents = left[group]
        else:
            cents = draw(st.integers(min_value=0, max_value=left[group]))
        left[group] -= cents
        entries.append(Level2Points(level2=level2, points=_scaled(cents, places=2)))
    return tuple(entries)


@st.composite
def _banded_execution(draw: st.DrawFn) -> tuple[ExecutionBand, ...]:
    rates = sorted(draw(st.lists(st.integers(1, 100), max_size=3, unique=True)), reverse=True)
    shares = sorted(
        draw(st.lists(st.integers(0, 100), min_size=len(rates) + 1, max_size=len(rates) + 1)),
        reverse=True,
    )
    return tuple(
        ExecutionBand(rate=_scaled(rate, places=2), share=_scaled(share, places=2))
        for rate, share in zip([*rates, 0], shares, strict=True)
    )


@functools.cache
def execution_bands() -> st.SearchStrategy[ExecutionBand]:
    """Bands of a banded execution score, rate and share in hundredths from 0 to 1.

    Shrinks toward the band from a rate of 0 earning nothing.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=10)
        ... @given(execution_bands())
        ... def check(value):
        ...     assert 0 <= value.rate <= 1 and 0 <= value.share <= 1
        >>> check()
    """
    return st.builds(ExecutionBand, rate=_hundredths(0, 100), share=_hundredths(0, 100))


@functools.cache
def level2_points() -> st.SearchStrategy[Level2Points]:
    """Points of a level-2 category, in cents up to 100; shrinks toward 数量指标 with 0 points.

    A scheme takes them only within its weights: `scoring_schemes` draws them so.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=10)
        ... @given(level2_points())
        ... def check(value):
        ...     assert 0 <= value.points <= 100
        >>> check()
    """
    return st.builds(Level2Points, level2=st.sampled_from(Level2), points=_hundredths(0, 10_000))


@st.composite
def _drawn_scheme(draw: st.DrawFn, *, blocks: bool) -> ScoringScheme:
    chosen = draw(weights())
    drawn_blocks: tuple[Decimal, ...] = ()
    if blocks and draw(st.booleans()):
        # Cents of 100 less the execution weight, cut into one to three blocks.
        left, cents = int(chosen.execution * -100) + 10_000, []
        for _ in range(draw(st.integers(min_value=0, max_value=2))):
            cents.append(draw(st.integers(min_value=0, max_value=left)))
            left -= cents[-1]
        drawn_blocks = tuple(_scaled(c, places=2) for c in [*cents, left])
    bands = draw(st.just(QualitativeBands()) | _drawn_bands(lowest_achieved=60, highest_partly=80))
    rules = _rules_within(bands)
    if bands == QualitativeBands():
        rules = st.just(DEFAULT_RULES) | rules  # the defaults lie in the default bands only
    return ScoringScheme(
        weights=chosen,
        level2=draw(_level2_points(chosen)),
        blocks=drawn_blocks,
        bands=bands,
        rules=draw(rules),
        denominator=draw(st.sampled_from(Denominator)),
        execution_bands=draw(st.just(()) | _banded_execution()),
        reason_below=draw(st.none() | _hundredths(0, 100)),
        tolerance=draw(_hundredths(0, 100)),
    )


def scoring_schemes(*, blocks: bool = True) -> st.SearchStrategy[ScoringScheme]:
    """Scoring schemes: the presets, and schemes of drawn weights, points, bands and rules.

    `blocks=False` leaves out schemes that weigh target blocks (`HUBEI_2020`), which
    `self_evaluate` scores only with `points=`. Every scheme drawn with `blocks=False` can
    score a project of `scorable_projects(scheme=...)`. Shrinks toward `CENTRAL_10`.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=10)
        ... @given(scoring_schemes(blocks=False))
        ... def check(value):
        ...     assert value.blocks == ()
        >>> check()
    """
    presets = [scheme for scheme in PRESETS.values() if blocks or not scheme.blocks]
    return st.sampled_from(presets) | _drawn_scheme(blocks=blocks)


@functools.cache
def lint_rules() -> st.SearchStrategy[LintRules]:
    """Lint settings: a satisfaction floor, a funding tolerance, rules to ignore.

    Shrinks toward the default `LintRules()`.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=10)
        ... @given(lint_rules())
        ... def check(value):
        ...     assert 0 <= value.satisfaction_floor <= 100
        >>> check()
    """
    drawn = st.builds(
        LintRules,
        satisfaction_floor=_hundredths(0, 10_000),
        funding_tolerance=_values(Decimal(0), Decimal(10**6), 2),
        ignore=st.frozensets(st.sampled_from([rule.code for rule in RULES])),
    )
    return st.just(LintRules()) | drawn


@st.composite
def _drawn_monitoring_rules(draw: st.DrawFn) -> MonitoringRules:
    # Edges in ten-thousandths, the places attainments are shown to.
    def edges(count: int) -> list[Decimal]:
        drawn = draw(st.lists(st.integers(1, 30_000), min_size=count, max_size=count))
        return [_scaled(edge, places=4) for edge in sorted(drawn)]

    red, yellow, blue = edges(3)
    budget_red, budget_yellow = edges(2)
    kinds = draw(st.dictionaries(_names(), st.sampled_from(Accrual), max_size=3))
    causes = draw(
        st.just(DEVIATION_CAUSES)
        | st.lists(_names(), min_size=1, max_size=5, unique=True).map(tuple)
    )
    return MonitoringRules(
        red_below=red,
        yellow_below=yellow,
        blue_from=blue,
        budget_red_below=budget_red,
        budget_yellow_below=budget_yellow,
        time_basis=draw(st.sampled_from(TimeBasis)),
        kinds=kinds,
        causes=causes,
    )


@functools.cache
def monitoring_rules() -> st.SearchStrategy[MonitoringRules]:
    """Monitoring settings: ascending light edges, a time basis, kinds, a cause vocabulary.

    Shrinks toward the default `MonitoringRules()`.

    Examples:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=10)
        ... @given(monitoring_rules())
        ... def check(value):
        ...     assert value.red_below <= value.yellow_below <= value.blue_from
        >>> check()
    """
    return st.just(MonitoringRules()) | _drawn_monitoring_rules()
