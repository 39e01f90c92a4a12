"""Test configuration: Hypothesis profiles.

Neither profile has per-example deadlines: CI machines are shared and slow at times, and a
deadline would make properties flaky without saying anything about the code (speed is
measured by `benchmarks/`). Set `PERFINDICATOR_HYPOTHESIS=thorough` for a long search.
"""

import os

from hypothesis import settings

settings.register_profile("perfindicator", deadline=None, print_blob=True)
settings.register_profile("thorough", deadline=None, print_blob=True, max_examples=3000)
settings.load_profile(os.environ.get("PERFINDICATOR_HYPOTHESIS", "perfindicator"))
