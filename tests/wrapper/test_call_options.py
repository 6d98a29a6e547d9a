"""Per-call options (``timeout=``, ``extra_headers=``, ``extra_query=``) and the call's total time limit.

The time limit is checked against a real HTTP server on loopback that
trickles its response one byte every 0.25 s: a per-read timeout never fires
on it, the call's limit does. No assertion is about elapsed time: the server
records whether it got to send its whole body.
"""

from __future__ import annotations

import http.server
import time
from collections.abc import Iterator
from typing import Any

import pytest
from test_resources_support import WS, FakeAPI, make_async_client, make_client, serving

from media_intelligence import APITimeoutError, MediaIntelligence
from media_intelligence.core import sign


def test_extra_headers_and_query_are_sent_and_signed() -> None:
    api = FakeAPI()
    client = make_client(api)
    client.projects.get(12, extra_headers={"X-Trace-Id": "t-1"}, extra_query={"trace": "yes"}, timeout=5)
    request = api.calls[0][1]
    assert request.headers["x-trace-id"] == "t-1"
    assert request.url.params["trace"] == "yes"
    path = request.url.raw_path.decode()
    stamp = request.headers["x-ncp-apigw-timestamp"]
    assert request.headers["x-ncp-apigw-signature-v2"] == sign("GET", path, stamp, "AK_TEST", "SK_TEST_SECRET")
    # a per-call timeout sets each phase of the request
    assert 0 < request.extensions["timeout"]["read"] <= 5


def test_options_reach_every_page_of_a_list() -> None:
    api = FakeAPI()
    list(make_client(api).projects.list(extra_headers={"X-Trace-Id": "t-2"}))
    assert [r.headers["x-trace-id"] for _, r in api.calls] == ["t-2"]


async def test_async_methods_take_the_same_options() -> None:
    api = FakeAPI()
    await make_async_client(api).persons.get(1001, extra_query={"trace": "1"})
    assert api.calls[0][1].url.params["trace"] == "1"
    assert api.calls[0][1].url.path.endswith(f"/workspaces/{WS}/persons/1001")


# --------------------------------------------------------------------------- #
# a server that trickles


class _Trickle(http.server.BaseHTTPRequestHandler):
    body_size = 200  # bytes; at one per 0.25 s, 50 s to send them all
    finished: list[bool]
    requests: list[str]

    def do_GET(self) -> None:
        self.requests.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(self.body_size))
        self.end_headers()
        try:
            for _ in range(self.body_size):
                self.wfile.write(b" ")
                self.wfile.flush()
                time.sleep(0.25)
        except OSError:  # the client hung up
            self.finished.append(False)
            return
        self.finished.append(True)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def trickle() -> Iterator[tuple[str, type[_Trickle]]]:
    handler = type("Handler", (_Trickle,), {"finished": [], "requests": []})
    with serving(http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)) as base_url:
        yield base_url, handler


def _client(base_url: str, **kwargs: Any) -> MediaIntelligence:
    return MediaIntelligence(access_key="AK", secret_key="SK", base_url=base_url, workspace=WS, **kwargs)


def _wait_for_hangup(handler: type[_Trickle], count: int) -> None:
    for _ in range(200):  # the handler notices the closed socket on its next write
        if len(handler.finished) >= count:
            return
        time.sleep(0.05)


def test_a_trickling_server_cannot_hold_a_call_past_its_timeout(trickle: tuple[str, type[_Trickle]]) -> None:
    base_url, handler = trickle
    with _client(base_url, max_retries=2) as client, pytest.raises(APITimeoutError, match="time limit"):
        client.projects.get(12, timeout=1.0)  # a GET: retried on timeouts, but not past the limit
    _wait_for_hangup(handler, 1)
    assert handler.finished == [False]  # the body was never read to its end
    assert len(handler.requests) == 1  # and the limit left no time for a retry


def test_a_client_timeout_in_seconds_limits_each_call(trickle: tuple[str, type[_Trickle]]) -> None:
    base_url, handler = trickle
    with _client(base_url, timeout=1.0, max_retries=0) as client, pytest.raises(APITimeoutError, match="time limit"):
        client.workspaces.get()
    _wait_for_hangup(handler, 1)
    assert handler.finished == [False]


async def test_async_calls_have_the_same_limit(trickle: tuple[str, type[_Trickle]]) -> None:
    from media_intelligence import AsyncMediaIntelligence

    base_url, handler = trickle
    client = AsyncMediaIntelligence(access_key="AK", secret_key="SK", base_url=base_url, workspace=WS)
    async with client:
        with pytest.raises(APITimeoutError, match="time limit"):
            await client.projects.get(12, timeout=1.0)
    _wait_for_hangup(handler, 1)
    assert handler.finished == [False]


# --------------------------------------------------------------------------- #
# response metadata


def test_with_raw_response_gives_the_result_with_status_headers_and_request_id() -> None:
    import httpx
    from test_resources_support import example

    from media_intelligence.core import APIResponse

    api = FakeAPI().on("getProject", httpx.Response(200, json=example("getProject"), headers={"x-ncp-trace-id": "r-1"}))
    client = make_client(api)
    answer = client.with_raw_response.projects.get(12)
    assert isinstance(answer, APIResponse)
    assert answer.parsed == client.projects.get(12)
    assert (answer.status_code, answer.request_id, answer.headers["x-ncp-trace-id"]) == (200, "r-1", "r-1")
    # the same validation and error mapping
    from media_intelligence import RequestValidationError

    with pytest.raises(RequestValidationError):
        client.with_raw_response.projects.create(name="a;b")
    # lists stay lists of models
    assert [p.project_id for p in client.with_raw_response.projects.list()] == [
        p.project_id for p in client.projects.list()
    ]


async def test_async_with_raw_response() -> None:
    from media_intelligence.core import APIResponse

    client = make_async_client(FakeAPI())
    answer = await client.with_raw_response.persons.delete(1001)
    assert isinstance(answer, APIResponse) and answer.status_code == 200
