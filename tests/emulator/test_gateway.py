"""Gateway behaviour: signature v2, unknown paths, methods, validation, rate limits, internal endpoints."""

from __future__ import annotations

import time

import httpx
from openapi_core import OpenAPI

from media_intelligence._auth import sign
from media_intelligence_emulator import RunningEmulator

from .helpers import ACCESS_KEY, SECRET_KEY, Api, check_response, error, gateway_error, ok

PATH = "/api/v1/workspaces?pageNum=1&pageSize=10"


def signed_headers(method: str, target: str, *, ts: int | None = None, key: str = ACCESS_KEY, secret: str = SECRET_KEY):
    stamp = str(ts if ts is not None else int(time.time() * 1000))
    return {
        "x-ncp-apigw-timestamp": stamp,
        "x-ncp-iam-access-key": key,
        "x-ncp-apigw-signature-v2": sign(method, target, stamp, key, secret),
    }


def test_signed_request_passes(api: Api, emulator: RunningEmulator) -> None:
    response = httpx.get(emulator.base_url + PATH, headers=signed_headers("GET", PATH))
    assert ok(response)["content"] == []


def test_missing_headers_401(api: Api, emulator: RunningEmulator, openapi: OpenAPI) -> None:
    response = httpx.get(emulator.base_url + PATH)
    body = gateway_error(response, 401, "200")
    assert body["error"]["message"]
    check_response(openapi, response.request, response)
    for header in ("x-ncp-apigw-timestamp", "x-ncp-iam-access-key", "x-ncp-apigw-signature-v2"):
        headers = signed_headers("GET", PATH)
        del headers[header]
        gateway_error(httpx.get(emulator.base_url + PATH, headers=headers), 401, "200")


def test_wrong_signature_401(api: Api, emulator: RunningEmulator) -> None:
    headers = signed_headers("GET", PATH, secret="not-the-secret")
    gateway_error(httpx.get(emulator.base_url + PATH, headers=headers), 401, "200")
    # signed for another query string
    headers = signed_headers("GET", "/api/v1/workspaces?pageNum=2")
    gateway_error(httpx.get(emulator.base_url + PATH, headers=headers), 401, "200")
    # signed for another method
    headers = signed_headers("POST", PATH)
    gateway_error(httpx.get(emulator.base_url + PATH, headers=headers), 401, "200")


def test_unknown_access_key_401(api: Api, emulator: RunningEmulator) -> None:
    headers = signed_headers("GET", PATH, key="nobody", secret=SECRET_KEY)
    gateway_error(httpx.get(emulator.base_url + PATH, headers=headers), 401, "200")


def test_skewed_timestamp_401(api: Api, emulator: RunningEmulator) -> None:
    now = int(time.time() * 1000)
    for ts in (now - 301_000, now + 301_000):
        gateway_error(httpx.get(emulator.base_url + PATH, headers=signed_headers("GET", PATH, ts=ts)), 401, "200")
    # inside the window is fine
    assert httpx.get(emulator.base_url + PATH, headers=signed_headers("GET", PATH, ts=now - 290_000)).status_code == 200


def test_query_signed_exactly_as_sent(api: Api, emulator: RunningEmulator) -> None:
    target = "/api/v1/workspaces?pageSize=10&pageNum=1"  # not sorted: must verify as sent
    response = httpx.get(emulator.base_url + target, headers=signed_headers("GET", target))
    assert response.status_code == 200, response.text


def test_unknown_path_is_gateway_404(api: Api) -> None:
    gateway_error(api.get("/api/v1/nothing-here", validate=False), 404, "300")


def test_unknown_method_is_405_with_allow(api: Api) -> None:
    response = api.request("PUT", "/api/v1/workspaces", validate=False)
    assert response.status_code == 405
    assert "GET" in response.headers["allow"] and "POST" in response.headers["allow"]


def test_validation_names_the_field(api: Api) -> None:
    body = error(api.get("/api/v1/workspaces"), 400, "10001")
    assert body["message"] == "Invalid Request. pageNum: required"
    body = error(api.get("/api/v1/workspaces", params={"pageNum": 0}), 400, "10001")
    assert body["message"].startswith("Invalid Request. pageNum:")
    body = error(api.get("/api/v1/workspaces", params={"pageNum": "x"}), 400, "10001")
    assert body["message"] == "Invalid Request. pageNum: must be an integer"
    body = error(api.post("/api/v1/workspaces", json={"workspaceName": "AB"}), 400, "10001")
    assert "workspaceName" in body["message"]
    body = error(api.post("/api/v1/workspaces", json={"workspaceName": "abc", "extra": 1}), 400, "10001")
    assert body["message"] == "Invalid Request. extra: not allowed"
    body = error(api.post("/api/v1/workspaces", json={}), 400, "10001")
    assert body["message"] == "Invalid Request. workspaceName: required"
    body = error(
        api.post("/api/v1/workspaces", content=b"{not json", headers={"content-type": "application/json"}), 400, "10001"
    )
    assert body["message"] == "Invalid Request. body: invalid JSON"
    body = error(api.get("/api/v1/workspaces/Bad_Name"), 400, "10001")
    assert "workspace_name" in body["message"]


def test_validation_runs_before_the_handler(api: Api) -> None:
    # an invalid project name in a workspace that does not exist: 10001, not 10030
    error(api.post("/api/v1/workspaces/nope-ws/projects", json={"name": "a;b"}), 400, "10001")


def test_rate_limit_answers_429(api: Api, emulator: RunningEmulator) -> None:
    op = emulator.state.spec.operations["createSearchImageUploadUrl"]
    limit = op.rate_limit.limit if op.rate_limit else 0
    assert limit == 50
    limiter = emulator.state.rate_limiter
    limiter.reset()
    limiter.clock = lambda: 1000.0  # all calls in one window however slow the machine
    try:
        statuses = []
        for _ in range(limit + 1):
            last = api.post(
                "/api/v1/query-assets/uploads/presigned-url",
                json={"assetType": "IMAGE", "assetFileName": "q.png"},
                validate=False,
            )
            statuses.append(last.status_code)
    finally:
        limiter.clock = time.monotonic
        limiter.reset()
    assert statuses[-1] == 429, statuses
    assert last.json()["error"]["errorCode"] == "420"
    assert int(last.headers["retry-after"]) >= 1
    assert 429 not in statuses[:-1]


def test_health_needs_no_signature(emulator: RunningEmulator) -> None:
    assert httpx.get(emulator.base_url + "/_emulator/health").json() == {"status": "ok"}


def test_reset_endpoint_needs_signature(api: Api, emulator: RunningEmulator) -> None:
    gateway_error(httpx.post(emulator.base_url + "/_emulator/reset"), 401, "200")
    ok(api.post("/api/v1/workspaces", json={"workspaceName": "to-reset"}))
    assert api.post("/_emulator/reset").status_code == 200
    assert ok(api.get("/api/v1/workspaces", params={"pageNum": 1}))["totalCount"] == 0


def test_bodies_that_are_not_objects_are_10001(api: Api) -> None:
    for content in (b"null", b"", b"[]", b'"text"'):
        response = api.post("/api/v1/workspaces", content=content, headers={"content-type": "application/json"})
        error(response, 400, "10001")


def test_huge_page_number_is_an_empty_page(api: Api) -> None:
    page = ok(api.get("/api/v1/workspaces", params={"pageNum": 2**63 - 1}))
    assert page["content"] == [] and page["pageNo"] == 2**63 - 1
