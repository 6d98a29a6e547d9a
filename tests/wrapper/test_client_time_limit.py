"""The call's total time limit holds against a server that trickles its response headers.

Each read of a trickled response gets a byte within 0.25 s, so no per-read
timeout fires; the call's limit (``timeout=`` in seconds) must. The server is
real (a socket on loopback); no assertion is about elapsed time: the server
records whether it got to send its whole head, and how many requests came.
"""

from __future__ import annotations

import socketserver
import time
from collections.abc import Iterator
from typing import Any

import pytest
from test_resources_support import WS, serving

from media_intelligence import (
    APIResponseValidationError,
    APITimeoutError,
    AsyncMediaIntelligence,
    DefaultHttpxClient,
    MediaIntelligence,
)


class _TrickledHead(socketserver.BaseRequestHandler):
    pad = 200  # header bytes; at one per 0.25 s, 50 s to send them all
    finished: list[bool]
    requests: list[str]

    def handle(self) -> None:
        received = b""
        while b"\r\n\r\n" not in received:
            chunk = self.request.recv(65536)
            if not chunk:
                return
            received += chunk
        self.requests.append(received.split(b"\r\n", 1)[0].decode())
        head = b"HTTP/1.1 200 OK\r\nX-Pad: " + b"a" * self.pad + b"\r\n\r\n"
        try:
            for i in range(len(head)):
                self.request.sendall(head[i : i + 1])
                time.sleep(0.25)
        except OSError:  # the client hung up
            self.finished.append(False)
            return
        self.finished.append(True)


@pytest.fixture
def trickle() -> Iterator[tuple[str, type[_TrickledHead]]]:
    handler = type("Handler", (_TrickledHead,), {"finished": [], "requests": []})
    with serving(socketserver.ThreadingTCPServer(("127.0.0.1", 0), handler)) as base_url:
        yield base_url, handler


def _wait_for_hangup(handler: type[_TrickledHead]) -> None:
    for _ in range(200):  # the handler notices the closed socket on its next write
        if handler.finished:
            return
        time.sleep(0.05)


def _options(base_url: str) -> dict[str, Any]:
    return {"access_key": "AK", "secret_key": "SK", "base_url": base_url, "workspace": WS, "max_retries": 2}


def test_trickled_headers_cannot_hold_a_call_past_its_limit(trickle: tuple[str, type[_TrickledHead]]) -> None:
    base_url, handler = trickle
    with MediaIntelligence(**_options(base_url)) as client, pytest.raises(APITimeoutError, match="time limit"):
        client.projects.get(12, timeout=1.0)  # a GET: retried on timeouts, but not past the limit
    _wait_for_hangup(handler)
    assert handler.finished == [False]  # the head was never read to its end
    assert len(handler.requests) == 1  # and the limit left no time for a retry


def test_a_create_is_bounded_as_well(trickle: tuple[str, type[_TrickledHead]]) -> None:
    base_url, handler = trickle
    client = MediaIntelligence(**_options(base_url), timeout=1.0)
    with client, pytest.raises(APITimeoutError, match="time limit") as raised:
        client.projects.create(name="news")
    assert raised.value.request_sent
    _wait_for_hangup(handler)
    assert handler.finished == [False]
    assert [r.split()[0] for r in handler.requests] == ["POST"]


async def test_async_calls_are_bounded_as_a_whole(trickle: tuple[str, type[_TrickledHead]]) -> None:
    base_url, handler = trickle
    async with AsyncMediaIntelligence(**_options(base_url)) as client:
        with pytest.raises(APITimeoutError, match="time limit"):
            await client.projects.get(12, timeout=1.0)
    _wait_for_hangup(handler)
    assert handler.finished == [False]
    assert len(handler.requests) == 1


def test_a_default_httpx_client_of_the_users_own_is_bounded_too(trickle: tuple[str, type[_TrickledHead]]) -> None:
    base_url, handler = trickle
    with DefaultHttpxClient() as http_client:
        client = MediaIntelligence(**_options(base_url), http_client=http_client)
        with client, pytest.raises(APITimeoutError, match="time limit"):
            client.projects.get(12, timeout=1.0)
    _wait_for_hangup(handler)
    assert handler.finished == [False]
    assert len(handler.requests) == 1


def test_a_blocking_call_without_a_limit_reads_the_trickled_head_to_its_end() -> None:
    # the deadline backend changes nothing for a call with no time limit: a short head arrives whole
    handler = type("Handler", (_TrickledHead,), {"finished": [], "requests": [], "pad": 2})
    with serving(socketserver.ThreadingTCPServer(("127.0.0.1", 0), handler)) as base_url:
        options = {**_options(base_url), "max_retries": 0}
        with MediaIntelligence(**options, timeout=None) as client, pytest.raises(APIResponseValidationError):
            client.projects.get(12)  # the head arrives whole; its 200 has no body the SDK accepts
    assert handler.finished == [True]
