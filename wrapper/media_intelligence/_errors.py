"""The exception hierarchy, with one class per API error code.

::

    MediaIntelligenceError
    ├── CredentialsNotFoundError
    ├── RequestValidationError (also ValueError)     nothing was sent
    ├── WaiterError
    │   └── WaiterTimeoutError (also TimeoutError)
    └── APIError                                      .message .request .body
        ├── APIConnectionError                        .request_sent
        │   └── APITimeoutError
        ├── APIResponseValidationError                the response did not parse
        └── APIStatusError       .status_code .code .gateway_code .request_id .response
            ├── BadRequestError (400)
            │   ├── InvalidRequestError  (10001)    ← generated from the spec
            │   └── ...
            ├── AuthenticationError (401)
            ├── PermissionDeniedError (403)
            ├── NotFoundError (404)
            │   └── ProjectNotFoundError (10025) ...
            ├── ConflictError (409)
            ├── RequestEntityTooLargeError (413)
            ├── UnprocessableEntityError (422)
            ├── RateLimitError (429)
            └── InternalServerError (>= 500)

The per-code classes are written by ``make generate`` into
``_error_codes.py``, one per entry of ``openapi.yaml``'s ``x-error-codes``
and ``x-gateway-error-codes``: the entry's ``name`` with an ``Error`` suffix
(``ProjectNotFoundError``). A code documented under several statuses (10072:
400 and 422) inherits every matching status class.

`error_from_response` turns any error response (MI envelope ``{code,
message}``, API-gateway body ``{error: {errorCode, message}}``, or a 200 whose
envelope code is not ``"0"``) into the right class.

Exception text never contains request headers or secrets.
"""

from __future__ import annotations

import email.utils
import json
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

import httpx

from ._redact import scrub

# The hierarchy: ``media_intelligence`` and ``media_intelligence.errors`` re-export these names.
__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "CredentialsNotFoundError",
    "InternalServerError",
    "MediaIntelligenceError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestEntityTooLargeError",
    "RequestValidationError",
    "UnprocessableEntityError",
    "Violation",
    "WaiterError",
    "WaiterTimeoutError",
]

#: Response headers that may carry a request id, most specific first.
REQUEST_ID_HEADERS: tuple[str, ...] = (
    "x-ncp-trace-id",
    "x-ncp-request-id",
    "x-request-id",
    "x-amzn-requestid",
    "x-trace-id",
)
_MAX_BODY_TEXT = 300


class MediaIntelligenceError(Exception):
    """Base class of every exception raised by this SDK."""


class CredentialsNotFoundError(MediaIntelligenceError):
    """No complete credentials were found; ``.tried`` lists every place looked at."""

    def __init__(self, message: str, tried: Sequence[str] = ()) -> None:
        self.tried: list[str] = list(tried)
        if self.tried:
            message = message + "\nTried, in order:\n" + "\n".join(f"  - {t}" for t in self.tried)
        super().__init__(scrub(message))


# --------------------------------------------------------------------------- #
# validation (raised before anything is sent)


@dataclass(frozen=True)
class Violation:
    """One violated rule of one input field."""

    field: str
    """JSON path of the field: ``body.name``, ``query.pageSize``, ``path.workspace_name``."""
    rule: str
    """The rule: ``maxLength 100``, ``pattern ^[^;|`]*$``, ``required``, ``oneOf ...``."""
    detail: str = ""
    """What was wrong with the value, in words."""

    def __str__(self) -> str:
        text = f"{self.field} violates {self.rule}"
        return f"{text}: {self.detail}" if self.detail else text


class RequestValidationError(MediaIntelligenceError, ValueError):
    """The inputs break a rule of the spec; nothing was sent.

    ``.field`` and ``.rule`` describe the first violation, ``.errors`` all of
    them, ``.operation_id`` the operation that was about to be called.
    """

    def __init__(self, operation_id: str, errors: Sequence[Violation]) -> None:
        if not errors:
            raise ValueError("RequestValidationError needs at least one violation")
        self.operation_id = operation_id
        self.errors: list[Violation] = list(errors)
        self.field = self.errors[0].field
        self.rule = self.errors[0].rule
        count = len(self.errors)
        head = f"Invalid request for {operation_id} (nothing was sent): {count} problem{'s' if count != 1 else ''}"
        super().__init__(scrub(head + "\n" + "\n".join(f"  - {v}" for v in self.errors)))

    @classmethod
    def single(cls, operation_id: str, field: str, rule: str, detail: str = "") -> RequestValidationError:
        """Convenience for hand-written checks (file size, either-or arguments...)."""
        return cls(operation_id, [Violation(field, rule, detail)])


# --------------------------------------------------------------------------- #
# waiters (used by the waiter module)


class WaiterError(MediaIntelligenceError):
    """A waiter stopped without reaching its success state.

    ``.last_result`` holds the last polled result (a generated model) if any.
    """

    def __init__(self, message: str, *, last_result: Any = None) -> None:
        super().__init__(message)
        self.last_result = last_result


class WaiterTimeoutError(WaiterError, TimeoutError):
    """A waiter ran out of time or attempts."""

    def __init__(
        self,
        message: str,
        *,
        last_result: Any = None,
        timeout: float | None = None,
        attempts: int | None = None,
    ) -> None:
        super().__init__(message, last_result=last_result)
        self.timeout = timeout
        self.attempts = attempts


# --------------------------------------------------------------------------- #
# API errors


class APIError(MediaIntelligenceError):
    """Something went wrong talking to the API."""

    message: str
    request: httpx.Request | None
    body: object | None

    def __init__(self, message: str, request: httpx.Request | None = None, *, body: object | None = None) -> None:
        message = scrub(message)
        super().__init__(message)
        self.message = message
        self.request = request
        self.body = body


class APIConnectionError(APIError):
    """The request could not be completed (DNS, connect, reset, protocol...).

    ``.request_sent`` is False when the failure happened before any byte of
    the request reached the server (connect errors, pool timeouts); only then
    is a non-idempotent request retried.
    """

    #: The message when none is given.
    default_text: ClassVar[str] = "Connection error."

    def __init__(
        self,
        message: str | None = None,
        request: httpx.Request | None = None,
        *,
        request_sent: bool = True,
    ) -> None:
        super().__init__(message or self.default_text, request)
        self.request_sent = request_sent


class APITimeoutError(APIConnectionError):
    """The request timed out."""

    default_text = "Request timed out."


class APIResponseValidationError(APIError):
    """A successful response could not be parsed into the documented model."""

    def __init__(
        self,
        message: str,
        request: httpx.Request | None = None,
        *,
        response: httpx.Response | None = None,
        body: object | None = None,
    ) -> None:
        super().__init__(message, request, body=body)
        self.response = response
        self.status_code = response.status_code if response is not None else None


class APIStatusError(APIError):
    """The API answered with an error (non-2xx, or an envelope code other than "0").

    Attributes: ``status_code`` (HTTP), ``code`` (MI error code as a string,
    None for gateway errors), ``gateway_code`` (NCP API Gateway ``errorCode``
    or None), ``message``, ``request_id``, ``response`` (httpx.Response),
    ``body`` (parsed JSON body or None).

    Class attributes set on the generated per-code classes: ``error_code``,
    ``error_name``, ``http_statuses``, ``meaning``, ``default_message``.
    """

    error_code: ClassVar[str | None] = None
    gateway_error_code: ClassVar[str | None] = None
    error_name: ClassVar[str | None] = None
    http_statuses: ClassVar[tuple[int, ...]] = ()
    meaning: ClassVar[str | None] = None
    default_message: ClassVar[str | None] = None

    status_code: int
    code: str | None
    gateway_code: str | None
    request_id: str | None
    response: httpx.Response

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object | None = None,
        code: str | None = None,
        gateway_code: str | None = None,
        request_id: str | None = None,
    ) -> None:
        super().__init__(message, _request_of(response), body=body)
        self.response = response
        self.status_code = response.status_code
        self.code = code
        self.gateway_code = gateway_code
        self.request_id = request_id

    def __str__(self) -> str:
        parts = [f"HTTP {self.status_code}"]
        if self.code is not None:
            parts.append(f"code {self.code}" + (f" {self.error_name}" if self.error_name else ""))
        if self.gateway_code is not None:
            parts.append(f"gateway code {self.gateway_code}")
        text = f"{', '.join(parts)}: {self.message}"
        if self.request_id:
            text += f" (request id {self.request_id})"
        return text

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status_code={self.status_code!r}, code={self.code!r}, "
            f"gateway_code={self.gateway_code!r}, message={self.message!r}, "
            f"request_id={self.request_id!r})"
        )

    @property
    def retry_after(self) -> float | None:
        """Seconds the server asked to wait (``Retry-After``/``retry-after-ms``), if any."""
        return parse_retry_after(self.response.headers)


class BadRequestError(APIStatusError):
    """HTTP 400: the request is invalid."""


class AuthenticationError(APIStatusError):
    """HTTP 401: authentication failed (key, signature or timestamp)."""


class PermissionDeniedError(APIStatusError):
    """HTTP 403: not allowed."""


class NotFoundError(APIStatusError):
    """HTTP 404: the resource does not exist."""


class ConflictError(APIStatusError):
    """HTTP 409: conflicts with the current state (duplicates, limits reached)."""


class RequestEntityTooLargeError(APIStatusError):
    """HTTP 413: the request body is too large."""


class UnprocessableEntityError(APIStatusError):
    """HTTP 422: understood but cannot be processed now."""


class RateLimitError(APIStatusError):
    """HTTP 429: quota, throttle or rate limit exceeded (API gateway)."""


class InternalServerError(APIStatusError):
    """HTTP 5xx: the server or the gateway failed."""


for _cls in (
    MediaIntelligenceError,
    CredentialsNotFoundError,
    Violation,
    RequestValidationError,
    WaiterError,
    WaiterTimeoutError,
    APIError,
    APIConnectionError,
    APITimeoutError,
    APIResponseValidationError,
    APIStatusError,
    BadRequestError,
    AuthenticationError,
    PermissionDeniedError,
    NotFoundError,
    ConflictError,
    RequestEntityTooLargeError,
    UnprocessableEntityError,
    RateLimitError,
    InternalServerError,
):
    _cls.__module__ = "media_intelligence.errors"


# --------------------------------------------------------------------------- #
# per-code classes and the status table: written by ``make generate`` into
# ``_error_codes`` (which imports the classes above, hence the imports inside the functions)


def error_class_for_status(status: int) -> type[APIStatusError]:
    """The per-status class for an HTTP status (APIStatusError if none fits)."""
    # The status table is make generate's (tools/compile_spec.py declares it once), written beside the
    # per-code classes, which derive from the same classes.
    from ._error_codes import class_for_status

    return class_for_status(status)


def error_class_for_code(code: str | int) -> type[APIStatusError] | None:
    """The class of an API error code, or None if the code is unknown."""
    from ._error_codes import ERROR_CLASSES

    return ERROR_CLASSES.get(str(code))


def error_class_for_gateway_code(code: str | int) -> type[APIStatusError] | None:
    """The class of an API gateway ``errorCode``, or None if unknown."""
    from ._error_codes import GATEWAY_ERROR_CLASSES

    return GATEWAY_ERROR_CLASSES.get(str(code))


# --------------------------------------------------------------------------- #
# response -> exception


def _request_of(response: httpx.Response) -> httpx.Request | None:
    try:
        return response.request
    except RuntimeError:
        return None


def parse_retry_after(headers: Mapping[str, str], *, now: float | None = None) -> float | None:
    """Seconds to wait from ``retry-after-ms``, or ``Retry-After`` (seconds or HTTP date)."""
    raw_ms = headers.get("retry-after-ms")
    if raw_ms:
        try:
            return max(float(raw_ms) / 1000.0, 0.0)
        except ValueError:
            pass
    raw = headers.get("retry-after")
    if not raw:
        return None
    raw = raw.strip()
    try:
        return max(float(raw), 0.0)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError):
        return None
    current = time.time() if now is None else now
    return max(when.timestamp() - current, 0.0)


def request_id_of(headers: Mapping[str, str]) -> str | None:
    for name in REQUEST_ID_HEADERS:
        value = headers.get(name)
        if value:
            return value
    return None


def _decode_body(content: bytes) -> object | None:
    if not content:
        return None
    try:
        decoded: object = json.loads(content)
        return decoded
    except (ValueError, UnicodeDecodeError):
        return None


def envelope_code(body: object) -> str | None:
    """The MI envelope ``code`` of a decoded body, as a string (None if absent)."""
    if isinstance(body, Mapping) and "code" in body and body["code"] is not None:
        return str(body["code"])
    return None


def error_from_response(
    response: httpx.Response,
    *,
    table: Mapping[str, type[APIStatusError]] | None = None,
    gateway_table: Mapping[str, type[APIStatusError]] | None = None,
    body: object | None = None,
) -> APIStatusError:
    """Build the typed exception for an error response.

    * MI envelope ``{"code": "10025", "message": ...}``: the class of that
      code (falls back to the per-status class for unknown codes).
    * Gateway body ``{"error": {"errorCode": "200", "message": ...}}``: the
      class of that gateway code (a subclass of the per-status class), or the
      per-status class for unknown codes, with ``.gateway_code`` set.
    * Anything else (HTML, empty): the per-status class.

    A 200 whose envelope code is not ``"0"`` maps through the code table as
    well (``APIStatusError`` when the code is unknown).
    """
    if table is None or gateway_table is None:
        from ._error_codes import ERROR_CLASSES, GATEWAY_ERROR_CLASSES

    codes = ERROR_CLASSES if table is None else table
    gateway_codes = GATEWAY_ERROR_CLASSES if gateway_table is None else gateway_table
    if body is None:
        body = _decode_body(response.content)
    code: str | None = None
    gateway_code: str | None = None
    message: str | None = None

    if isinstance(body, Mapping):
        gateway = body.get("error")
        if isinstance(gateway, Mapping):
            raw = gateway.get("errorCode", gateway.get("code"))
            gateway_code = str(raw) if raw is not None else None
            msg = gateway.get("message") or gateway.get("details")
            message = str(msg) if msg is not None else None
        else:
            code = envelope_code(body)
            msg = body.get("message")
            message = str(msg) if msg is not None else None

    cls: type[APIStatusError] | None = None
    if code is not None and code != "0":
        cls = codes.get(code)
    elif gateway_code is not None:
        cls = gateway_codes.get(gateway_code)
        if cls is not None and response.status_code not in cls.http_statuses:
            cls = None  # same errorCode under another status: trust the status
    if cls is None:
        cls = error_class_for_status(response.status_code)
    if message is None:
        if cls.default_message:
            message = cls.default_message
        else:
            text = response.content[:_MAX_BODY_TEXT].decode("utf-8", "replace").strip()
            message = text or response.reason_phrase or "error"
    return cls(
        message,
        response=response,
        body=body,
        code=code,
        gateway_code=gateway_code,
        request_id=request_id_of(response.headers),
    )
