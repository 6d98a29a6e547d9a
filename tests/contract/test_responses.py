"""Response contract: every body the spec documents is read, every error becomes its exception.

For each operation of each contract (parametrized from the documents):

* success bodies drawn from the success schema are parsed by the generated
  layer into the operation's model, faithfully (``to_dict()`` gives the body
  back), and the wrapper core and, where there is one, the resource method
  return that model (the method: its ``result``);
* the tolerant reader: the same bodies with an undocumented member in every
  object, and with every optional member left out, are accepted too;
* for every documented error status, bodies drawn from its schema with an
  error code the spec's tables document for that status (and sometimes an
  undocumented one) are parsed by the generated layer, and make the wrapper
  raise the class of that code, keeping status, code and message; so do the
  operation's documented examples, and (NAVER, whose envelope says so) an
  error envelope under HTTP 200.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ._bodies import error_bodies, success_bodies, with_unknown_members, without_optional_members
from ._clients import Recorder, answer
from ._contracts import Contract, cases, contract, contracts, example_inputs
from ._settings import budget
from ._spec import Operation, error_codes
from ._strategies import Inputs

SUCCESS_EXAMPLES = 8
ERROR_EXAMPLES = 6
CASES = cases()


def _to_dict(value: Any) -> Any:
    return value.to_dict() if hasattr(value, "to_dict") else value


# --------------------------------------------------------------------------- #
# success


def _check_success(c: Contract, op: Operation, drawn: Inputs, body: Any, *, exact: bool) -> None:
    b = c.binding(op.operation_id)
    status = op.success_status
    what = "body" if exact else "varied body"

    response = c.call_generated(b, Recorder(answer(status, body)), drawn)
    assert int(response.status_code) == status
    assert isinstance(response.parsed, b.success_model), (
        f"generated layer parsed the {what} as {type(response.parsed).__name__}, not {b.success_model.__name__}"
    )
    parsed = response.parsed.to_dict()
    assert parsed == body, f"generated layer changed the {what}:\n  got  {parsed}\n  sent {body}"

    result = c.call_core(b, Recorder(answer(status, body)), drawn)
    assert isinstance(result, b.success_model)
    assert result.to_dict() == body

    if c.has_resource_layer:
        returned = c.call_wrapper(op, Recorder(answer(status, body)), drawn)
        inner = getattr(response.parsed, "result", None)
        if inner is None:
            # no result in the body: the method returns the envelope, None, or its documented
            # stand-in (an empty page); it must not fail
            pass
        else:
            if isinstance(returned, list) and not isinstance(inner, list):
                returned = returned[0] if len(returned) == 1 else returned  # one call of a batch method
            assert _to_dict(returned) == _to_dict(inner), (
                f"wrapper returned {_to_dict(returned)!r}, the parsed result is {_to_dict(inner)!r}"
            )


@pytest.mark.parametrize(("contract_name", "operation_id"), CASES)
@budget(SUCCESS_EXAMPLES)
@given(data=st.data())
def test_success_bodies_are_parsed_into_the_operation_model(
    contract_name: str, operation_id: str, data: st.DataObject
) -> None:
    c = contract(contract_name)
    op = c.operations[operation_id]
    drawn = data.draw(c.inputs(op), label="inputs")
    body = data.draw(success_bodies(op), label="success body")
    _check_success(c, op, drawn, body, exact=True)


@pytest.mark.parametrize(("contract_name", "operation_id"), CASES)
@budget(SUCCESS_EXAMPLES)
@given(data=st.data())
def test_tolerant_reader_accepts_unknown_and_missing_optional_members(
    contract_name: str, operation_id: str, data: st.DataObject
) -> None:
    c = contract(contract_name)
    op = c.operations[operation_id]
    schema = op.responses[op.success_status].schema
    drawn = data.draw(c.inputs(op), label="inputs")
    body = data.draw(success_bodies(op), label="success body")
    _check_success(c, op, drawn, with_unknown_members(body, data), exact=False)
    _check_success(c, op, drawn, without_optional_members(body, schema), exact=False)


# --------------------------------------------------------------------------- #
# errors


def _check_error_response(
    c: Contract, op: Operation, drawn: Inputs, status: int, body: Any, *, generated: bool = True
) -> None:
    b = c.binding(op.operation_id)
    if generated:
        response = c.call_generated(b, Recorder(answer(status, body)), drawn)
        assert int(response.status_code) == status
        assert isinstance(response.parsed, b.error_models), (
            f"HTTP {status}: generated layer parsed {body} as {type(response.parsed).__name__}"
        )
        assert response.parsed.to_dict() == body
    with pytest.raises(c.api_error) as raised:
        c.call_core(b, Recorder(answer(status, body)), drawn)
    c.check_error(raised.value, status, body)
    if c.has_resource_layer:
        with pytest.raises(c.api_error) as raised:
            c.call_wrapper(op, Recorder(answer(status, body)), drawn)
        c.check_error(raised.value, status, body)


@pytest.mark.parametrize(("contract_name", "operation_id"), CASES)
@budget(ERROR_EXAMPLES)
@given(data=st.data())
def test_error_bodies_raise_the_class_of_their_code(contract_name: str, operation_id: str, data: st.DataObject) -> None:
    c = contract(contract_name)
    op = c.operations[operation_id]
    drawn = data.draw(c.inputs(op), label="inputs")
    for status in op.error_statuses:
        body = data.draw(error_bodies(c.spec, op, status, c.code_field), label=f"HTTP {status} body")
        _check_error_response(c, op, drawn, status, body)
    if c.errors_under_200:
        # an error envelope under HTTP 200 is an error too (info.description, "Response envelope")
        code = data.draw(st.sampled_from(sorted(error_codes(c.spec))), label="code under 200")
        body = {c.code_field: code, "message": f"error {code}"}
        _check_error_response(c, op, drawn, 200, body, generated=False)


def _documented_errors() -> list[Any]:
    out = []
    for c in contracts().values():
        for op_id, op in c.operations.items():
            for status in op.error_statuses:
                for name, value in op.responses[status].examples:
                    out.append(pytest.param(c.name, op_id, status, value, id=f"{c.name}-{op_id}-{status}-{name}"))
    return out


DOCUMENTED_ERRORS = _documented_errors()


@pytest.mark.parametrize(("contract_name", "operation_id", "status", "body"), DOCUMENTED_ERRORS)
def test_documented_error_examples_raise_the_class_of_their_code(
    contract_name: str, operation_id: str, status: int, body: Any
) -> None:
    c = contract(contract_name)
    op = c.operations[operation_id]
    _check_error_response(c, op, example_inputs(op), status, body)
