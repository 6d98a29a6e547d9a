"""The SDK's async transport on `AsyncioBackend` (asyncio's own transports, not anyio's streams).

Against real HTTP/1.1 servers on loopback, plain and TLS (a CA made by
trustme): answers arrive whole (also bodies larger than the read buffer's
mark), connections are reused, timeouts of each phase raise httpx's
exceptions (and the SDK's APITimeoutError), a cancelled call leaves the pool
usable, a server hanging up mid-answer is an error, TLS verifies the server,
and closing the client closes its connections.
"""

from __future__ import annotations

import asyncio
import socket
import ssl
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from typing import Any

import httpx
import pytest
import trustme
from loopback_http import CountingServer
from test_resources_support import WS

from media_intelligence import APITimeoutError, AsyncMediaIntelligence, DefaultAsyncHttpxClient
from media_intelligence._asyncio_backend import AsyncioBackend
from media_intelligence._http_clients import ShardedAsyncTransport

BIG = 3 * 1024 * 1024  # bytes of the /big answer: many times the backend's read-buffer mark


class Server(CountingServer):
    """A keep-alive server on loopback (TLS when given a context) that counts its connections.

    ``/hang`` (and any project) never answers (until the test ends), ``/cut`` sends half a head
    and hangs up, ``/big`` answers `BIG` bytes, ``/upload`` never reads the
    body it is sent, anything else answers its path.
    """

    def __init__(self, tls: ssl.SSLContext | None = None) -> None:
        self.release = threading.Event()
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                if self.path == "/hang" or "/projects/" in self.path:
                    owner.release.wait(30)
                    self.close_connection = True
                    return
                if self.path == "/cut":
                    self.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Le")
                    self.wfile.flush()
                    self.close_connection = True
                    return
                body = b"x" * BIG if self.path == "/big" else self.path.encode()
                self._answer(body)

            def do_POST(self) -> None:
                if self.path == "/upload":
                    owner.release.wait(30)  # never reads the body: the client's writes fill the buffers
                    self.close_connection = True
                    return
                length = int(self.headers.get("Content-Length", 0))
                self._answer(self.rfile.read(length))

            def _answer(self, body: bytes) -> None:
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        super().__init__(Handler, tls=tls, host="localhost")

    def stop(self) -> None:
        self.release.set()
        super().stop()


@pytest.fixture
def server() -> Iterator[Server]:
    srv = Server()
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def tls_server(ca: trustme.CA) -> Iterator[Server]:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("localhost").configure_cert(context)
    srv = Server(tls=context)
    yield srv
    srv.stop()


def _client(**kwargs: Any) -> DefaultAsyncHttpxClient:
    return DefaultAsyncHttpxClient(**kwargs)


def test_the_default_async_transport_runs_on_the_asyncio_backend() -> None:
    transport = DefaultAsyncHttpxClient()._transport
    assert isinstance(transport, ShardedAsyncTransport)
    assert all(isinstance(pool._pool._network_backend, AsyncioBackend) for pool in transport.pools)


async def test_answers_arrive_whole_and_connections_are_reused(server: Server) -> None:
    async with _client(base_url=server.base_url) as client:
        for i in range(5):
            response = await client.get(f"/{i}")
            assert response.status_code == 200
            assert response.text == f"/{i}"
        big = await client.get("/big")
        assert len(big.content) == BIG
        posted = await client.post("/echo", content=b"y" * BIG)
        assert posted.content == b"y" * BIG
        assert len(server.opened) == 1  # one connection, kept alive, for every call


async def test_concurrent_requests_respect_the_connection_limit(server: Server) -> None:
    limits = httpx.Limits(max_connections=4, max_keepalive_connections=4)
    async with _client(base_url=server.base_url, limits=limits) as client:
        answers = await asyncio.gather(*(client.get(f"/{i}") for i in range(40)))
        assert [a.text for a in answers] == [f"/{i}" for i in range(40)]
    assert 1 <= len(server.opened) <= 4


async def test_a_read_timeout_is_httpx_read_timeout(server: Server) -> None:
    async with _client(base_url=server.base_url, timeout=httpx.Timeout(5.0, read=0.2)) as client:
        with pytest.raises(httpx.ReadTimeout):
            await client.get("/hang")


async def test_a_write_timeout_is_httpx_write_timeout(server: Server) -> None:
    # the server reads nothing: a body far larger than loopback's socket buffers cannot be written
    async with _client(base_url=server.base_url, timeout=httpx.Timeout(5.0, write=0.3)) as client:
        with pytest.raises(httpx.WriteTimeout):
            await client.post("/upload", content=b"z" * (64 * 1024 * 1024))


async def test_a_pool_timeout_is_httpx_pool_timeout(server: Server) -> None:
    limits = httpx.Limits(max_connections=1, max_keepalive_connections=1)
    timeout = httpx.Timeout(5.0, pool=0.2)
    async with _client(base_url=server.base_url, limits=limits, timeout=timeout) as client:
        held = asyncio.create_task(client.get("/hang"))
        await asyncio.sleep(0.1)
        with pytest.raises(httpx.PoolTimeout):
            await client.get("/1")
        held.cancel()
        with pytest.raises(asyncio.CancelledError):
            await held


async def test_a_refused_connection_is_httpx_connect_error() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # bound, not listening: connections are refused
        async with _client() as client:
            with pytest.raises(httpx.ConnectError):
                await client.get(f"http://127.0.0.1:{port}/")


async def test_a_server_hanging_up_mid_answer_is_an_error(server: Server) -> None:
    async with _client(base_url=server.base_url) as client:
        with pytest.raises(httpx.RemoteProtocolError):
            await client.get("/cut")
        assert (await client.get("/after")).text == "/after"  # the pool goes on


async def test_a_cancelled_call_leaves_the_pool_usable(server: Server) -> None:
    limits = httpx.Limits(max_connections=1, max_keepalive_connections=1)
    async with _client(base_url=server.base_url, limits=limits) as client:
        task = asyncio.create_task(client.get("/hang"))
        await asyncio.sleep(0.2)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        # the one connection the limit allows was given back: the next call gets one
        response = await asyncio.wait_for(client.get("/next"), 10)
        assert response.text == "/next"
        transport = client._transport
        assert isinstance(transport, ShardedAsyncTransport)
        assert transport.in_flight == (0,)


async def test_the_sdk_call_deadline_raises_api_timeout_error(server: Server) -> None:
    options = {"access_key": "AK", "secret_key": "SK", "base_url": server.base_url, "workspace": WS}
    async with AsyncMediaIntelligence(**options, max_retries=0) as client:
        with pytest.raises(APITimeoutError):
            await client.projects.get(12, timeout=0.3)


async def test_closing_the_client_closes_its_connections(server: Server) -> None:
    client = _client(base_url=server.base_url)
    await asyncio.gather(*(client.get(f"/{i}") for i in range(6)))
    opened = len(server.opened)
    await client.aclose()
    for _ in range(100):
        if server.closed == opened:
            break
        await asyncio.sleep(0.05)
    assert server.closed == opened


async def test_tls_with_a_trusted_ca_works_and_reuses_its_connection(tls_server: Server, ca: trustme.CA) -> None:
    verify = ssl.create_default_context()
    ca.configure_trust(verify)
    async with _client(base_url=tls_server.base_url, verify=verify) as client:
        for i in range(3):
            assert (await client.get(f"/{i}")).text == f"/{i}"
        assert len((await client.get("/big")).content) == BIG
    assert len(tls_server.opened) == 1


async def test_tls_refuses_a_server_it_cannot_verify(tls_server: Server) -> None:
    async with _client(base_url=tls_server.base_url) as client:  # certifi's CAs: trustme's is not one
        with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
            await client.get("/1")
