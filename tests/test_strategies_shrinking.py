"""Strategies shrink toward the values their docstrings name (issue #17).

`find(strategy, always)` returns the simplest value Hypothesis reaches: the one a failing
property's report shows when nothing smaller fails. Expected values are read off the
docstrings, not the code.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import find
from hypothesis import strategies as st

from perfindicator import (
    BudgetExecution,
    Comparison,
    ExecutionBand,
    Indicator,
    Judgement,
    Level2,
    Level2Points,
    LintRules,
    MonitoringRules,
    Op,
    Outcome,
    Place,
    Project,
    Qualitative,
    QualitativeBands,
    Quantity,
    Range,
    ScoringRules,
    Weights,
    parse_target,
)
from perfindicator.documents.grid import Cell, Grid
from perfindicator.documents.official import CellRange
from perfindicator.reports.scheme import CENTRAL_10
from perfindicator.strategies import (
    budget_executions,
    cell_ranges,
    cells,
    comparisons,
    execution_bands,
    grids,
    judgements,
    level2_points,
    lint_rules,
    monitoring_progress,
    monitoring_rules,
    places,
    qualitative_bands,
    quantities,
    registered_rules,
    scoring_rules,
    scoring_schemes,
    targets,
    units,
    weights,
)


def _always(_: object) -> bool:
    return True


_ZERO_TIMES = Quantity(value=Decimal(0), unit="次")

_SIMPLEST: list[tuple[st.SearchStrategy[Any], object]] = [
    (units(), "次"),
    (quantities(), _ZERO_TIMES),
    (comparisons(), Comparison(op=Op.EQ, quantity=_ZERO_TIMES)),
    (targets(kinds=[Comparison, Range]), Comparison(op=Op.EQ, quantity=_ZERO_TIMES)),
    (judgements(), Judgement(outcome=Outcome.ACHIEVED)),
    (budget_executions(), BudgetExecution(budget=Decimal(1), executed=Decimal(0))),
    (weights(), Weights()),
    (scoring_rules(), ScoringRules()),
    (qualitative_bands(), QualitativeBands()),
    (scoring_schemes(), CENTRAL_10),
    (lint_rules(), LintRules()),
    (monitoring_rules(), MonitoringRules()),
    (execution_bands(), ExecutionBand(rate=0, share=0)),
    (level2_points(), Level2Points(level2=Level2.QUANTITY, points=0)),
    (places(), Place()),
    (cells(), Cell(value=None)),
    (grids(), Grid(rows=())),
    (cell_ranges(), CellRange(top=1, left=1, bottom=1, right=1)),
]


@pytest.mark.parametrize(("strategy", "simplest"), _SIMPLEST)
def test_strategies_shrink_toward_their_simplest_value(
    strategy: st.SearchStrategy[Any], simplest: object
) -> None:
    assert find(strategy, _always) == simplest


def test_targets_of_every_kind_shrink_toward_a_real_wording() -> None:
    # Fewer choices than any number: one of the wordings seen on real forms (及时, 提升, …).
    assert isinstance(find(targets(), _always), Qualitative)


def test_registered_rules_shrink_toward_the_first_rule() -> None:
    assert find(registered_rules(), _always).code == "PI001"


def test_monitoring_progress_shrinks_toward_values_at_target_saying_nothing_more() -> None:
    project = Project(
        name="示例",
        year=2024,
        indicators=(
            Indicator(level2=Level2.QUANTITY, name="培训人次", target=parse_target(">=1000人次")),
        ),
    )
    progress = find(monitoring_progress(project, on=datetime.date(2024, 6, 30)), _always)
    (entry,) = progress.values()
    # Met or missed is drawn as a boolean, which shrinks to False: missed by 1.
    assert entry.value == Quantity(value=Decimal(999), unit="人次")
    assert (entry.forecast, entry.likelihood, entry.causes, entry.measures) == (None, None, (), "")
