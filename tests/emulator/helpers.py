"""Helpers of the emulator tests: a signed client that checks every response against the spec, media files."""

from __future__ import annotations

import time
from collections.abc import Mapping
from typing import Any

import httpx
from openapi_core import OpenAPI
from werkzeug.datastructures import Headers

from media_intelligence._auth import NcpSignatureV2Auth
from media_intelligence_emulator._validation import SpecRequest
from tests import media

ACCESS_KEY = "test-access-key-1"
SECRET_KEY = "test-secret-key-1"
OTHER_ACCESS_KEY = "test-access-key-2"
OTHER_SECRET_KEY = "test-secret-key-2"


class SpecResponse:
    """An httpx response in the shape openapi-core reads."""

    def __init__(self, response: httpx.Response) -> None:
        self.status_code = response.status_code
        self.headers = Headers(list(response.headers.items()))
        self.content_type = response.headers.get("content-type", "")
        self.data = response.content


def check_response(openapi: OpenAPI, request: httpx.Request, response: httpx.Response) -> None:
    """Raise when the response breaks the spec (status, schema, content type)."""
    spec_request = SpecRequest(
        method=request.method,
        path=request.url.path,
        query=list(request.url.params.multi_items()),
        headers=dict(request.headers),
        body=request.content or None,
        content_type=request.headers.get("content-type"),
    )
    openapi.validate_response(spec_request, SpecResponse(response))


class Api:
    """A signed HTTP client of the emulator; every API response is validated against the spec."""

    def __init__(
        self, base_url: str, openapi: OpenAPI | None, access_key: str = ACCESS_KEY, secret_key: str = SECRET_KEY
    ) -> None:
        self.base_url = base_url
        self.openapi = openapi
        self.http = httpx.Client(base_url=base_url, auth=NcpSignatureV2Auth(access_key, secret_key), timeout=30)

    def as_key(self, access_key: str, secret_key: str) -> Api:
        return Api(self.base_url, self.openapi, access_key, secret_key)

    def request(self, method: str, path: str, *, validate: bool = True, **kwargs: Any) -> httpx.Response:
        response = self.http.request(method, path, **kwargs)
        if validate and self.openapi is not None and path.startswith("/api/"):
            check_response(self.openapi, response.request, response)
        return response

    def get(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.request("GET", path, **kwargs)

    def post(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.request("POST", path, **kwargs)

    def patch(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.request("PATCH", path, **kwargs)

    def delete(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.request("DELETE", path, **kwargs)

    def close(self) -> None:
        self.http.close()


def ok(response: httpx.Response) -> Any:
    """The ``result`` of a successful response (asserts status and code)."""
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["code"] == "0", body
    assert body["message"] == "success"
    return body.get("result")


def error(response: httpx.Response, status: int, code: str) -> Mapping[str, Any]:
    """Assert an API error body with this status and code."""
    assert response.status_code == status, response.text
    body: Mapping[str, Any] = response.json()
    assert body["code"] == code, body
    return body


def gateway_error(response: httpx.Response, status: int, code: str) -> Mapping[str, Any]:
    """Assert a gateway error body with this status and errorCode."""
    assert response.status_code == status, response.text
    body: Mapping[str, Any] = response.json()
    assert body["error"]["errorCode"] == code, body
    return body


def png(width: int = 640, height: int = 360, color: tuple[int, int, int] = (200, 30, 30)) -> bytes:
    return media.png(width, height, color)


def jpeg(width: int = 640, height: int = 360, color: tuple[int, int, int] = (30, 30, 200)) -> bytes:
    return media.jpeg(width, height, color)


def mp4(seconds: int = 5, width: int = 640, height: int = 360, fps: int = 2) -> bytes:
    """A small MPEG-4 video encoded with PyAV."""
    return media.mp4(seconds, width, height, fps, hue_step=10)


def poll(func: Any, until: Any, timeout: float = 10.0) -> Any:
    """Call ``func`` until ``until(result)`` is true; return the last result."""
    deadline = time.monotonic() + timeout
    result = func()
    while not until(result) and time.monotonic() < deadline:
        time.sleep(0.02)
        result = func()
    return result
