"""The clients under test, all sending into an ``httpx.MockTransport`` that records.

* the generated layer: ``media_intelligence_client.Client`` over an httpx
  client signed with `NcpSignatureV2Auth` (sync and async);
* the wrapper core: `SyncAPIClient.call`/`AsyncAPIClient.call` running the
  generated ``*_detailed`` function (validation, signing, error mapping);
* the wrapper's resource layer (``MediaIntelligence``/``AsyncMediaIntelligence``)
  when it exists: see `_wrapper.py`.

No retries, no sleeping, no client-side rate limiting: one call, one request.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import httpx

from media_intelligence import RetryPolicy
from media_intelligence.core import AsyncAPIClient, NcpSignatureV2Auth, SyncAPIClient
from media_intelligence_client import Client

ACCESS_KEY = "AKCONTRACT00000000001"
SECRET_KEY = "contract-test-secret-not-a-real-key"
BASE_URL = "https://mi.apigw.ntruss.com"

Responder = Callable[[httpx.Request], httpx.Response]


class Recorder:
    """A MockTransport handler: records every request, answers with ``responder``."""

    def __init__(self, responder: Responder | None = None) -> None:
        self.requests: list[httpx.Request] = []
        self.responder = responder or (lambda _request: httpx.Response(200, json={"code": "0", "message": "success"}))

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        return self.responder(request)

    @property
    def last(self) -> httpx.Request:
        assert self.requests, "no request reached the transport"
        return self.requests[-1]


def answer(status: int, body: Any = None, headers: Mapping[str, str] | None = None) -> Responder:
    def responder(_request: httpx.Request) -> httpx.Response:
        if body is None:
            return httpx.Response(status, headers=dict(headers or {}))
        return httpx.Response(status, json=body, headers=dict(headers or {}))

    return responder


def generated_client(recorder: Recorder) -> Client:
    http = httpx.Client(
        base_url=BASE_URL,
        transport=httpx.MockTransport(recorder),
        auth=NcpSignatureV2Auth(ACCESS_KEY, SECRET_KEY),
    )
    return Client(base_url=BASE_URL).set_httpx_client(http)


def generated_async_client(recorder: Recorder) -> Client:
    http = httpx.AsyncClient(
        base_url=BASE_URL,
        transport=httpx.MockTransport(recorder),
        auth=NcpSignatureV2Auth(ACCESS_KEY, SECRET_KEY),
    )
    return Client(base_url=BASE_URL).set_async_httpx_client(http)


def _core_options(spec: Mapping[str, Any] | None) -> dict[str, Any]:
    options: dict[str, Any] = {
        "access_key": ACCESS_KEY,
        "secret_key": SECRET_KEY,
        "base_url": BASE_URL,
        "retry_policy": RetryPolicy(sleep=lambda _seconds: None).with_max_retries(0),
        "rate_limits": False,
    }
    if spec is not None:
        options["spec"] = spec
    return options


def core_client(recorder: Recorder, spec: Mapping[str, Any] | None = None) -> SyncAPIClient:
    return SyncAPIClient(http_client=httpx.Client(transport=httpx.MockTransport(recorder)), **_core_options(spec))


def core_async_client(recorder: Recorder, spec: Mapping[str, Any] | None = None) -> AsyncAPIClient:
    return AsyncAPIClient(http_client=httpx.AsyncClient(transport=httpx.MockTransport(recorder)), **_core_options(spec))
