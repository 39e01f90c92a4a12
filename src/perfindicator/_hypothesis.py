"""Hypothesis' entry point: registers strategies for perfindicator's types.

Hypothesis loads this only when it is itself imported, so the registration costs nothing to
users who never import Hypothesis. The strategies are looked up when first asked for, because
`perfindicator.strategies` itself imports Hypothesis.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def _lazy(name: str) -> Callable[[type], Any]:
    def resolve(_: type) -> Any:
        from perfindicator import strategies

        return getattr(strategies, name)()

    return resolve


def _hypothesis_setup_hook() -> None:
    from hypothesis import strategies as st

    from perfindicator.model import outcomes, project, quantity, targets
    from perfindicator.reports import budget

    for cls, name in [
        (quantity.Quantity, "quantities"),
        (targets.Comparison, "comparisons"),
        (targets.Range, "ranges"),
        (targets.Deadline, "deadlines"),
        (targets.DatePeriod, "date_periods"),
        (targets.RelativeDeadline, "relative_deadlines"),
        (targets.Schedule, "schedules"),
        (targets.Change, "changes"),
        (targets.Qualitative, "qualitatives"),
        (project.Indicator, "indicators"),
        (project.Funding, "fundings"),
        (project.Goals, "goals"),
        (project.Project, "projects"),
        (outcomes.Judgement, "judgements"),
        (budget.BudgetExecution, "budget_executions"),
    ]:
        st.register_type_strategy(cls, _lazy(name))
