"""Hypothesis' entry point: registers strategies for perfindicator's types.

Hypothesis loads this only when it is itself imported, so the registration costs nothing to
users who never import Hypothesis.
"""

from __future__ import annotations


def _hypothesis_setup_hook() -> None:
    from hypothesis import strategies as st

    from perfindicator import model, quantity, targets
    from perfindicator import strategies as s

    st.register_type_strategy(quantity.Quantity, s.quantities())
    st.register_type_strategy(targets.Comparison, s.comparisons())
    st.register_type_strategy(targets.Range, s.ranges())
    st.register_type_strategy(targets.Deadline, s.deadlines())
    st.register_type_strategy(targets.Change, s.changes())
    st.register_type_strategy(targets.Qualitative, s.qualitatives())
    st.register_type_strategy(model.Indicator, s.indicators())
    st.register_type_strategy(model.Funding, s.fundings())
    st.register_type_strategy(model.Goals, s.goals())
    st.register_type_strategy(model.Project, s.projects())
