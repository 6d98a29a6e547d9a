"""schemathesis against the emulator: every operation of openapi.yaml, all default checks, stateful runs.

The emulator runs on loopback in a thread (job delays 0, a local-folder
bucket, rate limits off so that no example is answered 429). Every request
is signed with NCP signature v2 over the path and query exactly as sent;
``ignored_auth`` re-sends requests unsigned and with broken signature
headers and expects 401.

* ``test_operation[<METHOD> <path>]`` (one per operation): schemathesis'
  examples, coverage (boundary and negative cases per parameter) and
  fuzzing phases, every response run through all default checks plus
  ``documented_error_code``.
* ``test_stateful``: sequences through the spec's OpenAPI ``links`` (create
  -> get/update/delete, import -> status/get/delete, analyse -> status/
  indexes...), each scenario from the seeded state, with the stateful
  checks (``use_after_free``, ``ensure_resource_availability``).

Expected statuses come from the responses each operation documents; see
``schemathesis_hooks`` for them, the seeded state and the steering of cases
to it. Budget: derandomized, ``DEFAULT_MAX_EXAMPLES`` generated examples
per operation (plus the explicit and coverage cases) and
``DEFAULT_STATEFUL_EXAMPLES`` scenarios of at most ``STATEFUL_MAX_STEPS``
steps under ``make test``; ``--hypothesis-profile=thorough``
(``make test-thorough``) runs the profile's ``max_examples`` per operation, at
most ``THOROUGH_MAX_EXAMPLES``.
"""

from __future__ import annotations

from collections.abc import Iterator

import hypothesis
import pytest
import requests
import schemathesis
from hypothesis import HealthCheck
from hypothesis.stateful import run_state_machine_as_test

from . import schemathesis_hooks as hooks

pytestmark = pytest.mark.slow

SCHEMA = hooks.load_schema()


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


@SCHEMA.parametrize()
@hypothesis.settings(
    hooks.operation_settings(),
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.filter_too_much],
)
def test_operation(case: schemathesis.Case, seeded: hooks.Seeded) -> None:
    """Examples, coverage and fuzzing of one operation; every response is checked."""
    sent = hooks.steer(case)
    sent.call_and_validate(
        base_url=seeded.base_url, auth=seeded.auth.for_case(sent), additional_checks=[hooks.documented_error_code]
    )


def test_stateful(st_emulator: hooks.SeededEmulator) -> None:
    """Sequences through the spec's links (create -> get/update/delete...), bounded."""
    machine = hooks.state_machine(SCHEMA, st_emulator)
    run_state_machine_as_test(machine, settings=hooks.stateful_settings())


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
