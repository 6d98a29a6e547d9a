"""Errors in the provider's JSON shape: ``{RequestId, HostId, Code, Message, Recommend}`` with a 4xx/5xx status."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from starlette.responses import JSONResponse

if TYPE_CHECKING:
    from ice_spec import ErrorCode

__all__ = ["IceError", "error_response", "request_id"]

HOST_ID = "ice.emulator.local"


class IceError(Exception):
    """An error answer: a code of the spec's ``x-error-codes`` (``ice_spec.Errors``), an optional detail."""

    def __init__(self, entry: ErrorCode, detail: str | None = None, *, headers: dict[str, str] | None = None) -> None:
        self.code = entry.code
        self.status = entry.status
        self.message = f"{entry.message} {detail}" if detail else entry.message
        self.headers = headers or {}
        super().__init__(self.message)


def request_id() -> str:
    return str(uuid.uuid4()).upper()


def error_response(error: IceError) -> JSONResponse:
    body = {
        "RequestId": request_id(),
        "HostId": HOST_ID,
        "Code": error.code,
        "Message": error.message,
        "Recommend": f"https://api.aliyun.com/troubleshoot?q={error.code}",
    }
    return JSONResponse(body, status_code=error.status, headers=error.headers)
