"""The exception hierarchy: one class per spec error code, gateway bodies, 200 with code != "0"."""

from __future__ import annotations

import email.utils
import inspect
import re
import time
from typing import Any

import httpx
import pytest

import media_intelligence
import mi_spec
from media_intelligence import errors
from media_intelligence._errors import parse_retry_after
from media_intelligence.errors import (
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    InternalServerError,
    MediaIntelligenceError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RequestEntityTooLargeError,
    RequestValidationError,
    UnprocessableEntityError,
    Violation,
    WaiterError,
    WaiterTimeoutError,
    error_from_response,
)
from tools.compile_spec import ErrorBases, SpecError, build_model, render_errors

SPEC = mi_spec.document()
ERROR_ENTRIES: list[dict[str, Any]] = [e for e in SPEC["x-error-codes"] if str(e["code"]) != "0"]
GATEWAY_ENTRIES: list[dict[str, Any]] = SPEC.get("x-gateway-error-codes", [])

#: What ``make generate`` derives each per-code class from, per HTTP status (tools/compile_spec.py):
#: the expected class of a status, independent of the SDK's own status table (`error_class_for_status`).
BASES = ErrorBases()


def _status_class(status: int) -> type[APIStatusError]:
    cls: type[APIStatusError] = getattr(errors, BASES.for_status(status))
    return cls


def _class_name(name: str) -> str:
    return name if name.endswith("Error") else name + "Error"


def _response(
    status: int, json: Any = None, *, content: bytes | None = None, headers: dict[str, str] | None = None
) -> httpx.Response:
    request = httpx.Request(
        "GET",
        "https://mi.apigw.ntruss.com/api/v1/workspaces/w/projects/1",
        headers={"x-ncp-apigw-signature-v2": "SIGNATURE-VALUE", "x-ncp-iam-access-key": "AKIDSECRETISH"},
    )
    if content is not None:
        return httpx.Response(status, content=content, headers=headers, request=request)
    return httpx.Response(status, json=json, headers=headers, request=request)


def test_every_spec_error_code_has_a_class() -> None:
    assert ERROR_ENTRIES, "the spec lists x-error-codes"
    for entry in ERROR_ENTRIES:
        code = str(entry["code"])
        cls = errors.ERROR_CODES[code]
        assert cls.__name__ == _class_name(entry["name"])
        # one public name per code, importable from both public modules
        assert getattr(errors, _class_name(entry["name"])) is cls
        assert getattr(media_intelligence, _class_name(entry["name"])) is cls
        assert cls.__name__ in errors.__all__ and cls.__name__ in media_intelligence.__all__
        if entry["name"] != cls.__name__:
            assert not hasattr(errors, entry["name"]) and entry["name"] not in errors.__all__
        statuses = [entry["status"], *entry.get("also_status", [])]
        for status in statuses:
            assert issubclass(cls, _status_class(status)), (code, status)
        assert issubclass(cls, APIStatusError) and issubclass(cls, MediaIntelligenceError)
        assert cls.error_code == code
        assert cls.http_statuses == tuple(statuses)
        assert cls.__doc__ and f"{code}" in cls.__doc__ and str(entry["status"]) in cls.__doc__

        exc = error_from_response(_response(entry["status"], {"code": code, "message": entry["message"]}))
        assert type(exc) is cls
        assert (exc.status_code, exc.code, exc.message) == (entry["status"], code, entry["message"])


def test_design_examples() -> None:
    from media_intelligence.errors import InvalidFileFormatError, ProjectNotFoundError

    assert not hasattr(errors, "ProjectNotFound")  # one public name per code
    assert ProjectNotFoundError.__mro__[1:4] == (NotFoundError, APIStatusError, errors.APIError)
    assert issubclass(InvalidFileFormatError, BadRequestError)
    assert issubclass(InvalidFileFormatError, UnprocessableEntityError)
    exc = error_from_response(_response(422, {"code": "10072", "message": "Invalid file format."}))
    assert isinstance(exc, UnprocessableEntityError) and isinstance(exc, InvalidFileFormatError)
    assert exc.status_code == 422


def build_error_classes(rows: list[dict[str, Any]]) -> dict[str, type[APIStatusError]]:
    """The classes `make generate` writes for an error table, executed in memory."""
    source = render_errors(build_model({"x-error-codes": rows}), "sample.yaml", "media_intelligence._errors")
    namespace: dict[str, Any] = {}
    exec(compile(source, "sample_error_codes", "exec"), namespace)
    table: dict[str, type[APIStatusError]] = namespace["ERROR_CLASSES"]
    return table


def test_sample_table_with_also_status_and_collisions() -> None:
    sample: list[dict[str, Any]] = [
        {"code": "0", "status": 200, "name": "Ok", "message": "success"},
        {"code": "10025", "status": 404, "name": "ProjectNotFound", "message": "m", "meaning": "No project."},
        {"code": "10072", "status": 400, "also_status": [422], "name": "InvalidFileFormat", "message": "bad"},
        {"code": "10099", "status": 409, "name": "SomethingError", "message": "s"},
        {"code": "99999", "status": 500, "name": "InternalServerError", "message": "e"},  # the status class's name
        {"code": "77777", "status": 418, "name": "teapot thing", "message": "t"},
    ]
    table = build_error_classes(sample)
    assert "0" not in table
    assert table["10025"].__name__ == "ProjectNotFoundError"
    assert table["10025"].__doc__ is not None and table["10025"].__doc__.startswith("No project.")
    assert set(table["10072"].__mro__) >= {BadRequestError, UnprocessableEntityError}
    assert table["10072"].http_statuses == (400, 422)
    assert table["10099"].__name__ == "SomethingError"
    assert table["99999"].__name__ == "InternalServer99999Error"
    assert issubclass(table["99999"], InternalServerError)
    assert table["77777"].__name__ == "TeapotThingError" and table["77777"].__bases__ == (APIStatusError,)
    exc = error_from_response(_response(404, {"code": "10025", "message": "x"}), table=table)
    assert type(exc) is table["10025"]


def test_a_code_listed_twice_is_a_build_error() -> None:
    rows = [{"code": "88888", "status": 400, "name": "Dup", "message": "d"}] * 2
    with pytest.raises(SpecError, match="88888"):
        build_model({"x-error-codes": rows})


def test_gateway_body_maps_to_status_class() -> None:
    body = {"error": {"errorCode": "200", "message": "Authentication Failed", "details": "Invalid signature"}}
    exc = error_from_response(_response(401, body, headers={"x-ncp-trace-id": "trace-123"}))
    assert isinstance(exc, AuthenticationError)
    assert exc.gateway_code == "200"
    assert exc.code is None
    assert exc.message == "Authentication Failed"
    assert exc.request_id == "trace-123"
    assert "gateway code 200" in str(exc)

    throttled = error_from_response(_response(429, {"error": {"errorCode": 420, "message": "Rate limit"}}))
    assert isinstance(throttled, RateLimitError) and throttled.gateway_code == "420"

    unknown = error_from_response(_response(503, {"error": {"errorCode": "12345", "message": "?"}}))
    assert type(unknown) is InternalServerError


@pytest.mark.parametrize("entry", GATEWAY_ENTRIES, ids=lambda e: str(e["errorCode"]))
def test_every_gateway_code(entry: dict[str, Any]) -> None:
    code, status = str(entry["errorCode"]), entry["status"]
    exc = error_from_response(_response(status, {"error": {"errorCode": code, "message": "m"}}))
    assert isinstance(exc, _status_class(status))
    assert exc.gateway_code == code
    assert type(exc).gateway_error_code == code
    assert type(exc) is errors.GATEWAY_ERROR_CODES[code]


def _spec_error_statuses() -> list[int]:
    """Every error status the spec documents: operations' error responses and the statuses of its codes."""
    statuses = {int(s) for op in mi_spec.OPERATIONS.values() for s in op.responses if int(s) >= 400}
    for entry in (*mi_spec.ERROR_CODES.values(), *mi_spec.GATEWAY_ERROR_CODES.values()):
        statuses.update(entry.statuses)
    return sorted(statuses)


@pytest.mark.parametrize("status", _spec_error_statuses())
def test_an_undocumented_code_maps_to_the_class_of_its_status(status: int) -> None:
    expected = _status_class(status)
    assert f"HTTP {status}" in (expected.__doc__ or "") or (status >= 500 and "HTTP 5xx" in (expected.__doc__ or ""))
    for body in ({"code": "31337", "message": "x"}, {"error": {"errorCode": "31337", "message": "x"}}, None):
        response = _response(status, body) if body is not None else _response(status, content=b"")
        assert type(error_from_response(response)) is expected, (status, body)
    if status < 500:  # one class per 4xx status
        others = {_status_class(s) for s in _spec_error_statuses() if s != status and s < 500}
        assert expected not in others


def test_the_status_table_is_the_generated_declaration() -> None:
    """The SDK's status table is the one `make generate` wrote from the generator's declaration; none typed twice."""
    from media_intelligence import _error_codes, _errors

    assert {s: c.__name__ for s, c in _error_codes.STATUS_CLASSES.items()} == dict(BASES.status)
    for status in range(100, 600):
        assert errors.error_class_for_status(status) is _status_class(status), status
    # _errors.py keeps no table of its own: no `NNN: Class` entry, no `_STATUS_CLASSES`.
    source = inspect.getsource(_errors)
    assert not re.search(r"^\s*[1-5]\d\d\s*:", source, re.MULTILINE)
    assert "_STATUS_CLASSES" not in source


def test_the_rendered_status_table_follows_the_declaration() -> None:
    bases = ErrorBases.parse("APIStatusError", ["404=NotFoundError", "5xx=InternalServerError"])
    rows = [{"code": "10025", "status": 404, "name": "ProjectNotFound", "message": "m"}]
    source = render_errors(build_model({"x-error-codes": rows}), "sample.yaml", "media_intelligence._errors", bases)
    namespace: dict[str, Any] = {}
    exec(compile(source, "sample_error_codes", "exec"), namespace)
    class_for_status = namespace["class_for_status"]
    assert namespace["STATUS_CLASSES"] == {404: NotFoundError}
    assert class_for_status(404) is NotFoundError
    assert class_for_status(400) is APIStatusError  # not declared: the root
    assert class_for_status(503) is InternalServerError


def test_200_with_nonzero_code_is_an_error() -> None:
    exc = error_from_response(_response(200, {"code": "10025", "message": "The project does not exist."}))
    assert type(exc) is errors.ERROR_CODES["10025"]
    assert exc.status_code == 200
    unknown = error_from_response(_response(200, {"code": "4242", "message": "new"}))
    assert type(unknown) is APIStatusError and unknown.code == "4242"


def test_unknown_code_and_odd_bodies_fall_back_to_status() -> None:
    assert type(error_from_response(_response(404, {"code": "31337", "message": "x"}))) is NotFoundError
    html = error_from_response(_response(502, content=b"<html>Bad gateway</html>"))
    assert type(html) is InternalServerError and "Bad gateway" in html.message and html.body is None
    empty = error_from_response(_response(403, content=b""))
    assert type(empty) is PermissionDeniedError and empty.message == "Forbidden"
    assert type(error_from_response(_response(413, content=b""))) is RequestEntityTooLargeError
    assert type(error_from_response(_response(405, content=b""))) is APIStatusError


def test_request_id_headers() -> None:
    assert error_from_response(
        _response(500, {"code": "99999", "message": "m"}, headers={"x-request-id": "r1"})
    ).request_id
    assert error_from_response(_response(500, {"code": "99999", "message": "m"})).request_id is None


def test_exception_text_has_no_headers_or_secrets() -> None:
    exc = error_from_response(_response(401, {"code": "10003", "message": "Failed to check permissions."}))
    for text in (str(exc), repr(exc), str(exc.args)):
        assert "SIGNATURE-VALUE" not in text
        assert "AKIDSECRETISH" not in text
    assert exc.request is not None  # the request is reachable, just not printed


def test_retry_after_parsing() -> None:
    assert parse_retry_after({"retry-after": "3"}) == 3.0
    assert parse_retry_after({"retry-after-ms": "1500", "retry-after": "9"}) == 1.5
    now = time.time()
    date = email.utils.formatdate(now + 30, usegmt=True)
    value = parse_retry_after({"retry-after": date}, now=now)
    assert value is not None and 28 <= value <= 31
    assert parse_retry_after({"retry-after": "garbage"}) is None
    assert parse_retry_after({}) is None
    exc = error_from_response(_response(429, {"error": {"errorCode": "420"}}, headers={"retry-after": "2"}))
    assert exc.retry_after == 2.0


def test_other_error_types() -> None:
    err = RequestValidationError("createProject", [Violation("body.name", "maxLength 100", "length is 101")])
    assert isinstance(err, ValueError) and isinstance(err, MediaIntelligenceError)
    assert (err.field, err.rule, err.operation_id) == ("body.name", "maxLength 100", "createProject")
    assert "body.name violates maxLength 100" in str(err)
    single = RequestValidationError.single("op", "body.image", "maxBytes 5242880", "6 MB given")
    assert single.errors == [Violation("body.image", "maxBytes 5242880", "6 MB given")]
    with pytest.raises(ValueError):
        RequestValidationError("op", [])
    timeout = WaiterTimeoutError("still running", last_result=1, timeout=5.0, attempts=3)
    assert isinstance(timeout, WaiterError) and isinstance(timeout, TimeoutError)
    assert (timeout.last_result, timeout.timeout, timeout.attempts) == (1, 5.0, 3)
    assert issubclass(errors.APITimeoutError, errors.APIConnectionError)
