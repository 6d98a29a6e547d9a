"""Coverage is enforced: every operationId of every contract has a request and a response contract.

The contract tests are parametrized from the documents, so a new operation
gets cases automatically; this test makes sure those cases can actually run
for it, and fails naming the contract and operation when one cannot:

* request contract: the operation is parametrized in the request tests (the
  generated layer, the core, and the resource method where the wrapper has
  them) and in the invalid-input test; the generated module exists and
  carries every spec parameter and the body; the walker finds at least one
  constraint to break; a wrapper method sends it;
* response contract: the operation is parametrized in the success,
  tolerant-reader and error tests; its success response has a schema and a
  generated model; it documents at least one error status, each with a schema.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from . import test_invalid_inputs, test_requests, test_responses
from ._contracts import contract, contracts
from ._mutate import mutations
from ._spec import operation_ids

REQUEST_TESTS = (
    test_requests.test_generated_and_core_requests_match_the_spec,
    test_invalid_inputs.test_each_broken_constraint_raises_before_the_wire,
)
WRAPPER_TESTS = (test_requests.test_wrapper_requests_match_the_spec,)
RESPONSE_TESTS = (
    test_responses.test_success_bodies_are_parsed_into_the_operation_model,
    test_responses.test_tolerant_reader_accepts_unknown_and_missing_optional_members,
    test_responses.test_error_bodies_raise_the_class_of_their_code,
)
CONTRACTS = sorted(contracts())


def _parametrized_operations(test: Any, contract_name: str) -> set[str]:
    """The operation ids of one contract a test function is parametrized with (from its pytest marks)."""
    found: set[str] = set()
    for mark in getattr(test, "pytestmark", []):
        if mark.name == "parametrize" and mark.args and mark.args[0] == ("contract_name", "operation_id"):
            found.update(str(op) for name, op in mark.args[1] if name == contract_name)
        if mark.name == "skipif" and mark.args and mark.args[0]:
            return set()  # skipped in this run: covers nothing
    return found


@pytest.mark.parametrize("contract_name", CONTRACTS)
def test_operation_ids_are_unique_and_all_indexed(contract_name: str) -> None:
    c = contract(contract_name)
    ids = operation_ids(c.spec)
    duplicates = sorted(op for op, n in Counter(ids).items() if n > 1)
    assert not duplicates, f"operationIds used twice: {duplicates}"
    assert set(ids) == set(c.operations)
    assert len(ids) == c.expected_operations, (
        f"the {contract_name} document has {len(ids)} operations ({c.expected_operations} when this suite was written)"
    )


@pytest.mark.parametrize("contract_name", CONTRACTS)
@pytest.mark.parametrize("test", REQUEST_TESTS, ids=lambda t: t.__name__)
def test_every_operation_has_a_request_contract(test: Any, contract_name: str) -> None:
    missing = sorted(set(operation_ids(contract(contract_name).spec)) - _parametrized_operations(test, contract_name))
    assert not missing, f"{test.__name__} does not run for {contract_name}: {missing}"


@pytest.mark.parametrize("contract_name", CONTRACTS)
@pytest.mark.parametrize("test", WRAPPER_TESTS, ids=lambda t: t.__name__)
def test_every_operation_has_a_resource_method_contract(test: Any, contract_name: str) -> None:
    c = contract(contract_name)
    covered = _parametrized_operations(test, contract_name)
    if not c.has_resource_layer:
        # ICE: IceSearch.call is the wrapper's API (the core layer, covered above); no per-action methods
        assert not covered, f"{contract_name} has no resource layer, yet {test.__name__} runs for {sorted(covered)}"
        return
    missing = sorted(set(operation_ids(c.spec)) - covered)
    assert not missing, f"{test.__name__} does not run for {contract_name}: {missing}"


@pytest.mark.parametrize("contract_name", CONTRACTS)
@pytest.mark.parametrize("test", RESPONSE_TESTS, ids=lambda t: t.__name__)
def test_every_operation_has_a_response_contract(test: Any, contract_name: str) -> None:
    missing = sorted(set(operation_ids(contract(contract_name).spec)) - _parametrized_operations(test, contract_name))
    assert not missing, f"{test.__name__} does not run for {contract_name}: {missing}"


@pytest.mark.parametrize("contract_name", CONTRACTS)
def test_every_operation_can_be_called_and_broken(contract_name: str) -> None:
    c = contract(contract_name)
    problems: list[str] = []
    for op_id in operation_ids(c.spec):
        op = c.operations[op_id]
        try:
            c.binding(op_id)
        except AssertionError as exc:
            problems.append(f"{op_id}: generated layer: {exc}")
        if not mutations(op):
            problems.append(f"{op_id}: no constraint to break (invalid-input contract would be empty)")
        if contract_name == "naver" or c.has_resource_layer:
            problem = c.wrapper_method_problem(op)
            if problem is not None:
                problems.append(f"{op_id}: {problem}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("contract_name", CONTRACTS)
def test_every_operation_documents_parseable_responses(contract_name: str) -> None:
    c = contract(contract_name)
    problems: list[str] = []
    for op_id in operation_ids(c.spec):
        op = c.operations[op_id]
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
            if c.binding(op_id).success_model is None:
                problems.append(f"{op_id}: no generated model for the success response")
        except AssertionError as exc:
            problems.append(f"{op_id}: {exc}")
    assert not problems, "\n".join(problems)
