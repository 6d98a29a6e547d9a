"""Settings shared by the whole test suite."""

from hypothesis import HealthCheck, settings

# `make test` uses "default" (Hypothesis' own default example count, with no
# per-example deadline: shared CI machines are slow in bursts);
# `make test-thorough` selects "thorough" with --hypothesis-profile=thorough.
settings.register_profile("default", deadline=None)
settings.register_profile(
    "thorough",
    max_examples=1000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile("default")
