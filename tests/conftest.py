"""Test configuration: a Hypothesis profile without per-example deadlines.

CI machines are shared and slow at times; a deadline would make properties flaky without
saying anything about the code. Speed is measured by `benchmarks/`, not by tests.
"""

from hypothesis import settings

settings.register_profile("perfindicator", deadline=None, print_blob=True)
settings.load_profile("perfindicator")
