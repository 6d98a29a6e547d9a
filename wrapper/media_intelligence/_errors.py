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
            │   ├── InvalidParameterError  (10001)    ← generated from the spec
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

The per-code classes are created when this module is imported, from the
top-level ``x-error-codes`` list of ``openapi.yaml`` (entries like
``{code: "10025", status: 404, name: ProjectNotFound, message: ...,
meaning: ..., also_status: [...]}``). A class is named after the entry's
``name`` with an ``Error`` suffix (``ProjectNotFoundError``) and is also
reachable under the bare name (``ProjectNotFound``). A code documented under
several statuses (10072: 400 and 422) inherits every matching status class.

`error_from_response` turns any error response (MI envelope ``{code,
message}``, API-gateway body ``{error: {errorCode, message}}``, or a 200 whose
envelope code is not ``"0"``) into the right class.

Exception text never contains request headers or secrets.
"""

from __future__ import annotations

import email.utils
import json
import keyword
import re
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

import httpx

from ._logging import logger
from ._redact import scrub

__all__ = [
    "ERROR_CODES",
    "GATEWAY_ERROR_CODES",
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
    "build_error_classes",
    "error_class_for_code",
    "error_class_for_gateway_code",
    "error_class_for_status",
    "error_from_response",
    "parse_retry_after",
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

    def __init__(
        self,
        message: str = "Connection error.",
        request: httpx.Request | None = None,
        *,
        request_sent: bool = True,
    ) -> None:
        super().__init__(message, request)
        self.request_sent = request_sent


class APITimeoutError(APIConnectionError):
    """The request timed out."""

    def __init__(
        self,
        message: str = "Request timed out.",
        request: httpx.Request | None = None,
        *,
        request_sent: bool = True,
    ) -> None:
        super().__init__(message, request, request_sent=request_sent)


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

_STATUS_CLASSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    413: RequestEntityTooLargeError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def error_class_for_status(status: int) -> type[APIStatusError]:
    """The per-status class for an HTTP status (APIStatusError if none fits)."""
    cls = _STATUS_CLASSES.get(status)
    if cls is not None:
        return cls
    if status >= 500:
        return InternalServerError
    return APIStatusError


# --------------------------------------------------------------------------- #
# per-code classes, generated from the spec's x-error-codes


_STATIC_NAMES: frozenset[str] = frozenset(n for n in __all__) | frozenset({"MediaIntelligenceError", "Exception"})


def _class_stem(name: str, code: str) -> str:
    """``ProjectNotFound`` -> ``ProjectNotFound``; ``project not-found`` -> ``ProjectNotFound``."""
    if not name:
        return f"Code{code}"
    if name.isidentifier() and not keyword.iskeyword(name):
        stem = name
    else:
        words = re.split(r"[^0-9A-Za-z]+", name)
        stem = "".join(w[:1].upper() + w[1:] for w in words if w)
        if not stem or not stem[0].isalpha():
            stem = f"Code{code}{stem}"
    return stem[:1].upper() + stem[1:]


def _statuses_of(entry: Mapping[str, Any]) -> list[int]:
    statuses: list[int] = []
    raw = [entry.get("status")]
    also = entry.get("also_status") or entry.get("also_statuses") or []
    raw.extend(also if isinstance(also, list) else [also])
    for value in raw:
        if value is None:
            continue
        try:
            status = int(value)
        except (TypeError, ValueError):
            continue
        if status not in statuses:
            statuses.append(status)
    return statuses


def _bases_for(statuses: Iterable[int]) -> tuple[type[APIStatusError], ...]:
    bases: list[type[APIStatusError]] = []
    for status in statuses:
        cls = error_class_for_status(status) if status >= 400 else APIStatusError
        if cls not in bases:
            bases.append(cls)
    specific = [b for b in bases if b is not APIStatusError]
    return tuple(specific) if specific else (APIStatusError,)


def _docstring(entry: Mapping[str, Any], code: str, statuses: Sequence[int], *, gateway: bool = False) -> str:
    kind = "API gateway error code" if gateway else "API error code"
    meaning = str(entry.get("meaning") or entry.get("message") or "").strip()
    status_text = ", ".join(str(s) for s in statuses) or "unknown"
    lines = [meaning or f"{kind} {code}.", ""]
    lines.append(f"{kind} {code}; HTTP status {status_text}.")
    message = entry.get("message")
    if message and message != meaning:
        lines.append(f"Message sent by the API: {message!r}.")
    return "\n".join(lines)


def build_error_classes(
    entries: Iterable[Mapping[str, Any]], *, reserved: Iterable[str] = (), gateway: bool = False
) -> dict[str, type[APIStatusError]]:
    """Create one exception class per error code; returns ``{code: class}``.

    Code ``"0"`` (success) is skipped. Entries repeating a code merge their
    statuses. A name that collides with a built-in class name or another
    entry gets the code added (``InternalServer99999Error``). With
    ``gateway=True`` the entries are API-gateway codes (key ``errorCode``,
    ``x-gateway-error-codes``) and set ``gateway_error_code`` instead.
    """
    code_key = "errorCode" if gateway else "code"
    merged: dict[str, dict[str, Any]] = {}
    for entry in entries:
        code = str(entry.get(code_key, entry.get("code", ""))).strip()
        if not code or code == "0":
            continue
        if code in merged:
            previous = merged[code]
            statuses = _statuses_of(previous) + [s for s in _statuses_of(entry) if s not in _statuses_of(previous)]
            previous["status"] = statuses[0] if statuses else None
            previous["also_status"] = statuses[1:]
            continue
        merged[code] = dict(entry)

    taken = set(_STATIC_NAMES) | set(reserved)
    classes: dict[str, type[APIStatusError]] = {}
    for code, entry in merged.items():
        statuses = _statuses_of(entry)
        stem = _class_stem(str(entry.get("name") or ""), code)
        name = stem if stem.endswith("Error") else stem + "Error"
        if name in taken:
            base_stem = stem[: -len("Error")] if stem.endswith("Error") else stem
            name = f"{base_stem}{code}Error"
        taken.add(name)
        namespace: dict[str, Any] = {
            "__doc__": _docstring(entry, code, statuses, gateway=gateway),
            "__module__": "media_intelligence.errors",
            "__qualname__": name,
            "error_code": None if gateway else code,
            "gateway_error_code": code if gateway else None,
            "error_name": str(entry.get("name") or name),
            "http_statuses": tuple(statuses),
            "meaning": entry.get("meaning"),
            "default_message": entry.get("message"),
        }
        cls = type(name, _bases_for(statuses), namespace)
        classes[code] = cls
    return classes


def _aliases(classes: Mapping[str, type[APIStatusError]]) -> dict[str, type[APIStatusError]]:
    """``{public name: class}`` for the classes, bare spec names included."""
    names: dict[str, type[APIStatusError]] = {}
    for cls in classes.values():
        names[cls.__name__] = cls
    for cls in classes.values():
        bare = _class_stem(cls.error_name or "", cls.error_code or cls.gateway_error_code or "")
        if bare not in names and bare not in _STATIC_NAMES and bare.isidentifier():
            names[bare] = cls
    return names


def _spec_entries(key: str) -> list[Mapping[str, Any]]:
    try:
        from ._spec import load_spec
    except ImportError:  # pragma: no cover - only while the package is being assembled
        logger.debug("media_intelligence._spec is not available; no per-code error classes")
        return []
    try:
        spec = load_spec()
    except FileNotFoundError as exc:  # pragma: no cover - broken installation
        logger.warning("openapi.yaml not found (%s); no per-code error classes", exc)
        return []
    entries = spec.get(key) or []
    return [e for e in entries if isinstance(e, Mapping)]


#: ``{code: class}`` for every API error code of the spec (``x-error-codes``).
ERROR_CODES: dict[str, type[APIStatusError]] = build_error_classes(_spec_entries("x-error-codes"))
#: ``{errorCode: class}`` for the API gateway's codes (``x-gateway-error-codes``);
#: each is a subclass of the per-status class (``GatewayRateLimitExceededError``
#: is a `RateLimitError`).
GATEWAY_ERROR_CODES: dict[str, type[APIStatusError]] = build_error_classes(
    _spec_entries("x-gateway-error-codes"),
    reserved=(c.__name__ for c in ERROR_CODES.values()),
    gateway=True,
)
#: ``{public name: class}``, suffixed names and bare aliases.
GENERATED_ERROR_NAMES: dict[str, type[APIStatusError]] = {
    **_aliases(GATEWAY_ERROR_CODES),
    **_aliases(ERROR_CODES),
}
globals().update(GENERATED_ERROR_NAMES)
__all__ += sorted(GENERATED_ERROR_NAMES)


def error_class_for_code(code: str | int) -> type[APIStatusError] | None:
    """The generated class for an API error code, or None if the code is unknown."""
    return ERROR_CODES.get(str(code))


def error_class_for_gateway_code(code: str | int) -> type[APIStatusError] | None:
    """The generated class for an API gateway ``errorCode``, or None if unknown."""
    return GATEWAY_ERROR_CODES.get(str(code))


def __getattr__(name: str) -> type[APIStatusError]:
    # Only reached for names that are not defined: the per-code classes are
    # real module attributes. This function exists so that static type
    # checkers accept ``from media_intelligence.errors import XyzError``.
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
    codes = ERROR_CODES if table is None else table
    gateway_codes = GATEWAY_ERROR_CODES if gateway_table is None else gateway_table
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
