"""Errors raised by handlers and turned into the API's error bodies.

``ApiError(Errors.PROJECT_NOT_FOUND, detail)`` becomes ``{code, message}``
with the HTTP status and message of that code in the compiled spec's error
table; ``GatewayError(GatewayErrors.GATEWAY_NOT_FOUND)`` becomes the gateway
body ``{error: {errorCode, message}}`` with the status of the gateway's table.
Codes are the model's typed rows, never strings: an unknown code is a type
error, not a 500. Nothing here knows a status or a message: the spec does.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from starlette.responses import JSONResponse

from ._spec import ErrorCode, SpecIndex

__all__ = ["ApiError", "GatewayError", "api_error_response", "clip", "gateway_error_response"]

#: The longest detail an error body carries: details quote what was sent (a 20 MB name must not come back
#: as a 20 MB error), so longer ones are cut and say how much was left out.
MAX_DETAIL_CHARS = 300


def clip(text: str, limit: int = MAX_DETAIL_CHARS) -> str:
    """``text`` cut to ``limit`` characters, saying how many were left out."""
    if len(text) <= limit:
        return text
    return f"{text[:limit]}... ({len(text) - limit} more characters)"


class ApiError(Exception):
    """An API error: a row of the model's ``Errors`` and an optional detail.

    ``detail`` is appended to the spec's message (``"Invalid Request. name:
    too long"``). ``status`` overrides the spec's status where the spec allows
    two (10072: 400 or 422) or where a page documents a bare status (the 409
    of the index API).
    """

    def __init__(self, error: ErrorCode, detail: str | None = None, *, status: int | None = None) -> None:
        super().__init__(f"{error.code}: {detail}" if detail else error.code)
        self.error = error
        self.code = error.code
        self.detail = detail
        self.status = status


class GatewayError(Exception):
    """An error of the API gateway (a row of the model's ``GatewayErrors``)."""

    def __init__(
        self, error: ErrorCode, detail: str | None = None, *, headers: Mapping[str, str] | None = None
    ) -> None:
        super().__init__(f"gateway {error.code}: {detail}" if detail else f"gateway {error.code}")
        self.error = error
        self.error_code = error.code
        self.detail = detail
        self.headers = dict(headers or {})


def api_error_response(spec: SpecIndex, error: ApiError) -> JSONResponse:
    """The ``{code, message}`` response of an ApiError."""
    row = spec.error(error.error)
    message = row.message
    if error.detail:
        message = f"{message} {clip(error.detail)}"
    return JSONResponse({"code": row.code, "message": message}, status_code=error.status or row.status)


def gateway_error_response(spec: SpecIndex, error: GatewayError, *, status: int | None = None) -> JSONResponse:
    """The ``{error: {errorCode, message}}`` response of a GatewayError."""
    row = spec.error(error.error)
    http_status = status or row.status
    detail: dict[str, Any] = {"errorCode": row.code, "message": row.message}
    if error.detail:
        detail["details"] = clip(error.detail)
    return JSONResponse({"error": detail}, status_code=http_status, headers=error.headers or None)
