"""Response contract: every body the spec documents is read, every error becomes its exception.

For each operation (parametrized from openapi.yaml):

* success bodies drawn from the success schema are parsed by the generated
  layer into the operation's model, faithfully (``to_dict()`` gives the body
  back), and the wrapper core and resource method return that model (the
  method: its ``result``);
* the tolerant reader: the same bodies with an undocumented member in every
  object, and with every optional member left out, are accepted too;
* for every documented error status, bodies drawn from its schema with an
  error code the spec's tables document for that status (and sometimes an
  undocumented one) are parsed by the generated layer, and make the wrapper
  raise the class of that code, keeping status, code and message; so do the
  operation's documented examples, and an error envelope under HTTP 200.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from media_intelligence import (
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RequestEntityTooLargeError,
    UnprocessableEntityError,
)

from . import _wrapper
from ._bodies import error_bodies, success_bodies, with_unknown_members, without_optional_members
from ._clients import Recorder, answer
from ._contract import (
    OPERATION_IDS,
    OPERATIONS,
    SPEC,
    binding,
    call_core,
    call_generated,
    call_wrapper,
    example_inputs,
)
from ._settings import budget
from ._spec import Operation, error_codes, gateway_error_codes
from ._strategies import Inputs, inputs

SUCCESS_EXAMPLES = 8
ERROR_EXAMPLES = 6

# The documented hierarchy (issue 4, DESIGN.md): one class per HTTP status under APIStatusError.
STATUS_CLASSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    413: RequestEntityTooLargeError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}
MI_CODES = error_codes(SPEC)
GATEWAY_CODES = gateway_error_codes(SPEC)
WRAPPER = _wrapper.available()


def status_class(status: int) -> type[APIStatusError]:
    if status >= 500:
        return InternalServerError
    return STATUS_CLASSES.get(status, APIStatusError)


def _to_dict(value: Any) -> Any:
    return value.to_dict() if hasattr(value, "to_dict") else value


# --------------------------------------------------------------------------- #
# success


def _check_success(op: Operation, drawn: Inputs, body: Any, *, exact: bool) -> None:
    b = binding(op.operation_id)
    status = op.success_status
    what = "body" if exact else "varied body"

    response = call_generated(b, Recorder(answer(status, body)), drawn)
    assert int(response.status_code) == status
    assert isinstance(response.parsed, b.success_model), (
        f"generated layer parsed the {what} as {type(response.parsed).__name__}, not {b.success_model.__name__}"
    )
    parsed = response.parsed.to_dict()
    assert parsed == body, f"generated layer changed the {what}:\n  got  {parsed}\n  sent {body}"

    result = call_core(b, Recorder(answer(status, body)), drawn)
    assert isinstance(result, b.success_model)
    assert result.to_dict() == body

    if WRAPPER:
        returned = call_wrapper(op, Recorder(answer(status, body)), drawn)
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


@pytest.mark.parametrize("operation_id", OPERATION_IDS)
@budget(SUCCESS_EXAMPLES)
@given(data=st.data())
def test_success_bodies_are_parsed_into_the_operation_model(operation_id: str, data: st.DataObject) -> None:
    op = OPERATIONS[operation_id]
    drawn = data.draw(inputs(op), label="inputs")
    body = data.draw(success_bodies(op), label="success body")
    _check_success(op, drawn, body, exact=True)


@pytest.mark.parametrize("operation_id", OPERATION_IDS)
@budget(SUCCESS_EXAMPLES)
@given(data=st.data())
def test_tolerant_reader_accepts_unknown_and_missing_optional_members(operation_id: str, data: st.DataObject) -> None:
    op = OPERATIONS[operation_id]
    schema = op.responses[op.success_status].schema
    drawn = data.draw(inputs(op), label="inputs")
    body = data.draw(success_bodies(op), label="success body")
    _check_success(op, drawn, with_unknown_members(body, data), exact=False)
    _check_success(op, drawn, without_optional_members(body, schema), exact=False)


# --------------------------------------------------------------------------- #
# errors


def check_error(exc: BaseException, status: int, body: Any) -> None:
    """``exc`` is the class the spec's tables give for ``body`` under ``status``, with status, code, message."""
    assert isinstance(exc, APIStatusError), f"{type(exc).__name__}: {exc}"
    assert exc.status_code == status, f"status {exc.status_code}, sent {status}"
    if isinstance(body, dict) and isinstance(body.get("error"), dict):
        code = str(body["error"]["errorCode"])
        assert exc.gateway_code == code, f"gateway code {exc.gateway_code!r}, sent {code!r}"
        entry = GATEWAY_CODES.get(code)
        if entry is not None and status in entry.statuses:
            assert type(exc).gateway_error_code == code, f"{type(exc).__name__} for gateway code {code}"
            assert type(exc).error_name == entry.name
            assert isinstance(exc, status_class(status))
        else:
            assert type(exc) is status_class(status), f"{type(exc).__name__} for unknown gateway code {code} ({status})"
        message = body["error"].get("message")
    else:
        code = str(body["code"])
        assert exc.code == code, f"code {exc.code!r}, sent {code!r}"
        entry = MI_CODES.get(code)
        if entry is not None:
            assert type(exc).error_code == code, f"{type(exc).__name__} raised for code {code} ({entry.name})"
            assert type(exc).error_name == entry.name
            if status in entry.statuses:
                assert isinstance(exc, status_class(status)), f"{type(exc).__name__} is not a {status_class(status)}"
        else:
            assert type(exc) is status_class(status), f"{type(exc).__name__} for undocumented code {code} ({status})"
        message = body.get("message")
    if message:
        assert exc.message == message


def _check_error_response(op: Operation, drawn: Inputs, status: int, body: Any, *, generated: bool = True) -> None:
    b = binding(op.operation_id)
    if generated:
        response = call_generated(b, Recorder(answer(status, body)), drawn)
        assert int(response.status_code) == status
        assert isinstance(response.parsed, b.error_models), (
            f"HTTP {status}: generated layer parsed {body} as {type(response.parsed).__name__}"
        )
        assert response.parsed.to_dict() == body
    with pytest.raises(APIStatusError) as raised:
        call_core(b, Recorder(answer(status, body)), drawn)
    check_error(raised.value, status, body)
    if WRAPPER:
        with pytest.raises(APIStatusError) as raised:
            call_wrapper(op, Recorder(answer(status, body)), drawn)
        check_error(raised.value, status, body)


@pytest.mark.parametrize("operation_id", OPERATION_IDS)
@budget(ERROR_EXAMPLES)
@given(data=st.data())
def test_error_bodies_raise_the_class_of_their_code(operation_id: str, data: st.DataObject) -> None:
    op = OPERATIONS[operation_id]
    drawn = data.draw(inputs(op), label="inputs")
    for status in op.error_statuses:
        body = data.draw(error_bodies(SPEC, op, status), label=f"HTTP {status} body")
        _check_error_response(op, drawn, status, body)
    # an error envelope under HTTP 200 is an error too (info.description, "Response envelope")
    code = data.draw(st.sampled_from(sorted(MI_CODES)), label="code under 200")
    body = {"code": code, "message": f"error {code}"}
    _check_error_response(op, drawn, 200, body, generated=False)


def _documented_errors() -> list[Any]:
    cases = []
    for op_id, op in OPERATIONS.items():
        for status in op.error_statuses:
            for name, value in op.responses[status].examples:
                cases.append(pytest.param(op_id, status, value, id=f"{op_id}-{status}-{name}"))
    return cases


DOCUMENTED_ERRORS = _documented_errors()


@pytest.mark.parametrize(("operation_id", "status", "body"), DOCUMENTED_ERRORS)
def test_documented_error_examples_raise_the_class_of_their_code(operation_id: str, status: int, body: Any) -> None:
    op = OPERATIONS[operation_id]
    _check_error_response(op, example_inputs(op), status, body)
