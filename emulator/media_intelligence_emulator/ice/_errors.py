"""Errors in the provider's JSON shape: ``{RequestId, HostId, Code, Message, Recommend}`` with a 4xx/5xx status."""

from __future__ import annotations

import uuid

from starlette.responses import JSONResponse

from ._spec import ice_spec

__all__ = ["IceError", "error_response", "request_id"]

HOST_ID = "ice.emulator.local"


class IceError(Exception):
    """An error answer: ``code`` from the spec's ``x-error-codes`` (its status), an optional detail."""

    def __init__(self, code: str, detail: str | None = None, *, headers: dict[str, str] | None = None) -> None:
        entry = ice_spec().errors.get(code)
        if entry is None:
            raise KeyError(f"error code {code!r} is not in alibaba-ice.yaml's x-error-codes")
        self.code = code
        self.status = int(entry["status"])
        self.message = f"{entry['message']} {detail}" if detail else str(entry["message"])
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
