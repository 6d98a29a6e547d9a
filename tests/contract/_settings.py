"""Hypothesis settings of the contract suite: derandomized, bounded, ten times more when thorough.

Every contract test takes its example budget from `budget(n)`: ``n`` under
the default profile, ``10 * n`` when pytest runs with
``--hypothesis-profile=thorough`` (``make test-thorough``; the profile is
registered in tests/conftest.py) or ``--hypothesis-profile=contract-thorough``.
``MI_CONTRACT_SCALE=<k>`` multiplies the budget by ``k`` instead (local soak runs).

Derandomized: the same examples on every run and machine, no example
database, so a failure in CI is a failure locally. No deadline: shared CI
machines are slow in bursts. ``print_blob``: a failure prints the
``@reproduce_failure`` line that replays it exactly.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, Phase, settings

PROFILE = "contract"
THOROUGH_PROFILES = frozenset({"thorough", "contract-thorough"})
THOROUGH_SCALE = 10

settings.register_profile(
    PROFILE,
    derandomize=True,
    database=None,
    deadline=None,
    print_blob=True,
    max_examples=10,
    # no "explain" phase and one bug per test: a failing contract test reports in seconds, not minutes
    phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.target, Phase.shrink],
    report_multiple_bugs=False,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large],
)
settings.register_profile("contract-thorough", parent=settings.get_profile(PROFILE), max_examples=10 * THOROUGH_SCALE)


def scale() -> int:
    """The budget multiplier of this run (read when a test module is imported, after pytest configured Hypothesis)."""
    override = os.environ.get("MI_CONTRACT_SCALE")
    if override:
        return max(1, int(override))
    return THOROUGH_SCALE if settings.get_current_profile_name() in THOROUGH_PROFILES else 1


def budget(examples: int) -> settings:
    """Settings for one contract test: the contract profile with ``examples`` (scaled) examples."""
    return settings(settings.get_profile(PROFILE), max_examples=examples * scale())
