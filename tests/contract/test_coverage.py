"""Coverage is enforced: every operationId of openapi.yaml has a request and a response contract.

The contract tests are parametrized from the spec, so a new operation gets
cases automatically; this test makes sure those cases can actually run for
it, and fails naming the operation when one cannot:

* request contract: the operation is parametrized in the request tests (the
  generated layer, the core, the wrapper) and in the invalid-input test; the
  generated module exists and carries every spec parameter and the body;
  the walker finds at least one constraint to break; a wrapper method sends it;
* response contract: the operation is parametrized in the success,
  tolerant-reader and error tests; its success response has a schema and a
  generated model; it documents at least one error status, each with a schema.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import httpx
import pytest

from . import _wrapper, test_invalid_inputs, test_requests, test_responses
from ._clients import Recorder
from ._contract import OPERATIONS, SPEC, binding
from ._mutate import mutations
from ._spec import operation_ids

REQUEST_TESTS = (
    test_requests.test_generated_and_core_requests_match_the_spec,
    test_requests.test_wrapper_requests_match_the_spec,
    test_invalid_inputs.test_each_broken_constraint_raises_before_the_wire,
)
RESPONSE_TESTS = (
    test_responses.test_success_bodies_are_parsed_into_the_operation_model,
    test_responses.test_tolerant_reader_accepts_unknown_and_missing_optional_members,
    test_responses.test_error_bodies_raise_the_class_of_their_code,
)


def _parametrized_operations(test: Any) -> set[str]:
    """The operation ids a test function is parametrized with (from its pytest marks)."""
    found: set[str] = set()
    for mark in getattr(test, "pytestmark", []):
        if mark.name == "parametrize" and mark.args and mark.args[0] == "operation_id":
            found.update(str(v) for v in mark.args[1])
        if mark.name == "skipif" and mark.args and mark.args[0]:
            return set()  # skipped in this run: covers nothing
    return found


def test_operation_ids_are_unique_and_all_indexed() -> None:
    ids = operation_ids(SPEC)
    duplicates = sorted(op for op, n in Counter(ids).items() if n > 1)
    assert not duplicates, f"operationIds used twice: {duplicates}"
    assert set(ids) == set(OPERATIONS)
    assert len(ids) == 54, f"the spec documents {len(ids)} operations (54 expected when this suite was written)"


@pytest.mark.parametrize("test", REQUEST_TESTS, ids=lambda t: t.__name__)
def test_every_operation_has_a_request_contract(test: Any) -> None:
    missing = sorted(set(operation_ids(SPEC)) - _parametrized_operations(test))
    assert not missing, f"{test.__name__} does not run for: {missing}"


@pytest.mark.parametrize("test", RESPONSE_TESTS, ids=lambda t: t.__name__)
def test_every_operation_has_a_response_contract(test: Any) -> None:
    missing = sorted(set(operation_ids(SPEC)) - _parametrized_operations(test))
    assert not missing, f"{test.__name__} does not run for: {missing}"


def test_every_operation_can_be_called_and_broken() -> None:
    problems: list[str] = []
    wrapper_client = (
        _wrapper.make_sync(httpx.Client(transport=httpx.MockTransport(Recorder()))) if _wrapper.available() else None
    )
    for op_id in operation_ids(SPEC):
        op = OPERATIONS[op_id]
        try:
            binding(op_id)
        except AssertionError as exc:
            problems.append(f"{op_id}: generated layer: {exc}")
        if not mutations(op):
            problems.append(f"{op_id}: no constraint to break (invalid-input contract would be empty)")
        if wrapper_client is None:
            problems.append(f"{op_id}: the wrapper's resource layer is missing")
        else:
            try:
                _wrapper.method_for(wrapper_client, op)
            except AssertionError as exc:
                problems.append(f"{op_id}: wrapper: {exc}")
    assert not problems, "\n".join(problems)


def test_every_operation_documents_parseable_responses() -> None:
    problems: list[str] = []
    for op_id in operation_ids(SPEC):
        op = OPERATIONS[op_id]
        success = [s for s in op.responses if 200 <= s < 300]
        if not success:
            problems.append(f"{op_id}: no success response")
            continue
        if op.responses[op.success_status].schema is None:
            problems.append(f"{op_id}: the success response has no JSON schema")
        if not op.error_statuses:
            problems.append(f"{op_id}: no error status documented")
        for status in op.error_statuses:
            if op.responses[status].schema is None:
                problems.append(f"{op_id}: HTTP {status} has no JSON schema")
        try:
            if binding(op_id).success_model is None:
                problems.append(f"{op_id}: no generated model for the success response")
        except AssertionError as exc:
            problems.append(f"{op_id}: {exc}")
    assert not problems, "\n".join(problems)
