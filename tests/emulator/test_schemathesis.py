"""schemathesis against the emulator: every operation of openapi.yaml, all default checks, stateful runs.

The emulator runs on loopback in a thread (job delays 0, a local-folder
bucket, rate limits off so that no example is answered 429). Every request
is signed with NCP signature v2 over the path and query exactly as sent;
``ignored_auth`` re-sends requests unsigned and with broken signature
headers and expects 401.

* ``test_operation_seed_<n>[<METHOD> <path>]`` (one per operation and
  Hypothesis seed, from the seeded state): the first seed runs schemathesis'
  examples, coverage (boundary and negative cases per parameter) and fuzzing
  phases, the others fuzzing only (explicit and coverage cases do not depend
  on the seed); every response runs through all default checks plus
  ``documented_error_code``.
* ``test_operation_from_empty[<METHOD> <path>]``: fuzzing from an emulator
  with nothing in it (no workspace, no steering).
* ``test_stateful``: sequences through the spec's OpenAPI ``links`` (create
  -> get/update/delete, import -> status/get/delete, analyse -> status/
  indexes...), each scenario from the seeded state, with the stateful
  checks (``use_after_free``, ``ensure_resource_availability``);
  ``test_stateful_from_empty``: the same from an empty emulator.

Expected statuses come from the responses each operation documents; see
``schemathesis_hooks`` for them, the seeded state and the steering of cases
to it. Budget under ``make test``: two seeds (``hooks.DEFAULT_SEEDS``);
``DEFAULT_MAX_EXAMPLES`` generated examples per operation for the first
(plus the explicit and coverage cases), ``DEFAULT_EXTRA_EXAMPLES`` for the
second seed and the empty state; ``DEFAULT_STATEFUL_EXAMPLES`` scenarios
(``DEFAULT_EXTRA_STATEFUL_EXAMPLES`` from empty) of at most
``STATEFUL_MAX_STEPS`` steps. ``--hypothesis-profile=thorough``
(``make test-thorough``) runs four seeds (``THOROUGH_SEEDS``) with the
profile's ``max_examples`` per operation, at most ``THOROUGH_MAX_EXAMPLES``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import hypothesis
import pytest
import requests
import schemathesis
from hypothesis import HealthCheck
from hypothesis.stateful import run_state_machine_as_test

from . import schemathesis_hooks as hooks

pytestmark = pytest.mark.slow

SCHEMA = hooks.load_schema()
#: the runs after the first: other seeds and the empty state only add generated examples
FUZZING_SCHEMA = hooks.load_schema(fuzzing_only=True)


@pytest.fixture(scope="module")
def st_emulator(tmp_path_factory: pytest.TempPathFactory) -> Iterator[hooks.SeededEmulator]:
    running = hooks.SeededEmulator(hooks.start_emulator(tmp_path_factory.mktemp("st-bucket")))
    try:
        yield running
    finally:
        running.close()


@pytest.fixture
def seeded(st_emulator: hooks.SeededEmulator) -> hooks.Seeded:
    """The emulator back in its seeded state: the objects the hooks steer cases to."""
    return st_emulator.restore()


@pytest.fixture
def empty(st_emulator: hooks.SeededEmulator) -> hooks.Seeded:
    """The emulator with nothing in it (no workspace): cases go as generated, with no steering."""
    return st_emulator.restore(empty=True)


def _check(case: schemathesis.Case, seeded: hooks.Seeded) -> None:
    """Examples, coverage and fuzzing of one operation; every response is checked."""
    sent = hooks.steer(case)
    sent.call_and_validate(
        base_url=seeded.base_url, auth=seeded.auth.for_case(sent), additional_checks=[hooks.documented_error_code]
    )


def _operation_test(seed: int, *, from_empty: bool, schema: Any) -> Callable[..., None]:
    """The per-operation test under one Hypothesis seed, from the seeded state or an empty one."""
    if from_empty:

        def test(case: schemathesis.Case, empty: hooks.Seeded) -> None:
            _check(case, empty)

    else:

        def test(case: schemathesis.Case, seeded: hooks.Seeded) -> None:
            _check(case, seeded)

    settings = hypothesis.settings(
        hooks.operation_settings(extra=schema is not SCHEMA),
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.filter_too_much],
    )
    # an explicit seed takes precedence over derandomize: each run stays reproducible
    return schema.parametrize()(hypothesis.seed(seed)(settings(test)))  # type: ignore[no-any-return]


# one test per seed from the seeded state (`test_operation_seed_<n>[<METHOD> <path>]`), the first with the
# explicit and coverage cases, the others generated examples only; and generated examples from empty
for _n, _seed in enumerate(hooks.seeds()):
    globals()[f"test_operation_seed_{_n}"] = _operation_test(
        _seed, from_empty=False, schema=SCHEMA if _n == 0 else FUZZING_SCHEMA
    )
test_operation_from_empty = _operation_test(hooks.seeds()[-1], from_empty=True, schema=FUZZING_SCHEMA)


def test_stateful(st_emulator: hooks.SeededEmulator) -> None:
    """Sequences through the spec's links (create -> get/update/delete...), bounded."""
    machine = hooks.state_machine(SCHEMA, st_emulator)
    run_state_machine_as_test(machine, settings=hooks.stateful_settings())


def test_stateful_from_empty(st_emulator: hooks.SeededEmulator) -> None:
    """The same sequences from an empty emulator: every object a step names is one a step made."""
    machine = hooks.state_machine(SCHEMA, st_emulator, empty=True)
    run_state_machine_as_test(machine, settings=hooks.stateful_settings(extra=True))


def test_schema_covers_every_operation() -> None:
    assert len(list(SCHEMA.get_all_operations())) == len(hooks.DOCUMENTED) == 54


def test_regressions_found_by_schemathesis(seeded: hooks.Seeded) -> None:
    """Emulator bugs the runs above found, pinned down."""
    ws = f"{seeded.base_url}/api/v1/workspaces/{seeded.workspace}"
    with requests.Session() as http:
        # a concrete path answers 405 for a method it lacks, never the templated path next to it
        response = http.patch(f"{ws}/persons/search", json={"name": "x"}, auth=seeded.auth)
        assert response.status_code == 405, response.text
        assert response.headers["allow"] == "POST"
        # `tagIdList=` is an empty array (form style, explode false), not an invalid one
        response = http.get(f"{ws}/persons", params={"tagIdList": "", "pageNum": 1}, auth=seeded.auth)
        assert response.status_code == 200, response.text
