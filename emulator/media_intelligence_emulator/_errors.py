"""Errors raised by handlers and turned into the API's error bodies.

``ApiError(code, detail)`` becomes ``{code, message}`` with the HTTP status
and message of that code in the spec's ``x-error-codes``; ``GatewayError``
becomes the gateway body ``{error: {errorCode, message}}`` with the status of
``x-gateway-error-codes``. Nothing here knows a status or a message: the spec
does.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from starlette.responses import JSONResponse

from ._spec import SpecIndex

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
    """An API error: ``code`` from ``x-error-codes`` and an optional detail.

    ``detail`` is appended to the spec's message (``"Invalid Request. name:
    too long"``). ``status`` overrides the spec's status where the spec allows
    two (10072: 400 or 422) or where a page documents a bare status (the 409
    of the index API).
    """

    def __init__(self, code: str, detail: str | None = None, *, status: int | None = None) -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = str(code)
        self.detail = detail
        self.status = status


class GatewayError(Exception):
    """An error of the API gateway (``errorCode`` from ``x-gateway-error-codes``)."""

    def __init__(self, error_code: str, detail: str | None = None, *, headers: Mapping[str, str] | None = None) -> None:
        super().__init__(f"gateway {error_code}: {detail}" if detail else f"gateway {error_code}")
        self.error_code = str(error_code)
        self.detail = detail
        self.headers = dict(headers or {})


def api_error_response(spec: SpecIndex, error: ApiError) -> JSONResponse:
    """The ``{code, message}`` response of an ApiError."""
    row = spec.error_codes.get(error.code)
    if row is None:  # a handler used a code the spec does not know: that is a bug, say so
        body: dict[str, Any] = {"code": "99999", "message": f"Unknown error code {error.code} raised by the emulator."}
        return JSONResponse(body, status_code=500)
    message = row.message
    if error.detail:
        message = f"{message} {clip(error.detail)}"
    return JSONResponse({"code": row.code, "message": message}, status_code=error.status or row.status)


def gateway_error_response(spec: SpecIndex, error: GatewayError, *, status: int | None = None) -> JSONResponse:
    """The ``{error: {errorCode, message}}`` response of a GatewayError."""
    row = spec.gateway_codes.get(error.error_code)
    http_status = status or (row.status if row else 500)
    detail: dict[str, Any] = {"errorCode": error.error_code, "message": spec.gateway_message(error.error_code)}
    if error.detail:
        detail["details"] = clip(error.detail)
    return JSONResponse({"error": detail}, status_code=http_status, headers=error.headers or None)
