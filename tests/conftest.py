"""Shared test settings: Hypothesis profiles.

``fast`` (the default) keeps each property test to a few seconds; ``HYPOTHESIS_PROFILE=thorough``
runs many more examples for a longer fuzzing session.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "fast", max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "thorough", max_examples=5000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "fast"))
