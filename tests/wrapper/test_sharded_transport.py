"""`ShardedAsyncTransport`, the transport of `DefaultAsyncHttpxClient`: several small httpcore pools.

Against a real HTTP/1.1 server on loopback that records, per connection, the
requests it served and when it was closed: requests complete, calls made one
at a time reuse one connection, the connection limits are totals over the
pools, closing the client closes every pool's connections, and a network
backend given to the transport is the one every pool connects through.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpcore
import httpx
import pytest
from loopback_http import CountingServer

from media_intelligence import DEFAULT_CONNECTION_LIMITS, AsyncMediaIntelligence, DefaultAsyncHttpxClient
from media_intelligence._http_clients import CONNECTIONS_PER_SHARD, ShardedAsyncTransport


class Server(CountingServer):
    """A keep-alive server on loopback answering ``/n`` with ``n``; it counts connections and requests."""

    def __init__(self, delay: float = 0.0) -> None:
        self.served = 0
        self.busy = 0
        self.most_busy = 0
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                with owner.lock:
                    owner.busy += 1
                    owner.most_busy = max(owner.most_busy, owner.busy)
                if delay:
                    time.sleep(delay)  # so that requests overlap
                body = self.path.lstrip("/").encode()
                with owner.lock:
                    owner.busy -= 1
                    owner.served += 1
                self.send_response(200)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        super().__init__(Handler)

    def wait_closed(self, count: int) -> int:
        """The number of closed connections once it reaches ``count`` (or after a generous wait)."""
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            with self.lock:
                if self.closed >= count:
                    return self.closed
            time.sleep(0.01)
        return self.closed


@pytest.fixture
def server() -> Iterator[Server]:
    srv = Server()
    yield srv
    srv.stop()


@pytest.fixture
def slow_server() -> Iterator[Server]:
    srv = Server(delay=0.02)
    yield srv
    srv.stop()


def _limits(connections: int) -> httpx.Limits:
    return httpx.Limits(max_connections=connections, max_keepalive_connections=connections, keepalive_expiry=60)


async def _get_all(client: httpx.AsyncClient, count: int) -> list[str]:
    async def one(n: int) -> str:
        response = await client.get(f"/{n}")
        assert response.status_code == 200
        return response.text

    return await asyncio.gather(*(one(n) for n in range(count)))


def test_the_default_client_sends_through_sharded_pools() -> None:
    async def make() -> ShardedAsyncTransport:
        async with DefaultAsyncHttpxClient() as client:
            transport = client._transport
            assert isinstance(transport, ShardedAsyncTransport)
            return transport

    transport = asyncio.run(make())
    assert transport.limits == DEFAULT_CONNECTION_LIMITS
    assert len(transport.pools) == -(-100 // CONNECTIONS_PER_SHARD)
    assert sum(s.max_connections or 0 for s in transport.shard_limits) == 100
    assert sum(s.max_keepalive_connections or 0 for s in transport.shard_limits) == 100
    assert all(s.max_connections in (7, 8) for s in transport.shard_limits)
    assert {s.keepalive_expiry for s in transport.shard_limits} == {5.0}


def test_the_sdk_async_client_makes_its_client_with_sharded_pools() -> None:
    async def make() -> httpx.AsyncBaseTransport:
        async with AsyncMediaIntelligence(
            access_key="ak", secret_key="sk", base_url="http://127.0.0.1:9", workspace="demo"
        ) as client:
            return client.http_client._transport

    transport = asyncio.run(make())
    assert isinstance(transport, ShardedAsyncTransport)
    assert transport.limits == DEFAULT_CONNECTION_LIMITS


def test_concurrent_requests_complete_within_the_total_connection_limit(slow_server: Server) -> None:
    async def run() -> tuple[list[str], tuple[int, ...]]:
        async with DefaultAsyncHttpxClient(base_url=slow_server.base_url, limits=_limits(6)) as client:
            assert len(client._transport.pools) == 1  # 6 connections: one pool
            texts = await _get_all(client, 30)
            return texts, client._transport.in_flight

    texts, in_flight = asyncio.run(run())
    assert texts == [str(n) for n in range(30)]
    assert in_flight == (0,)
    assert slow_server.served == 30
    assert len(slow_server.opened) <= 6
    assert slow_server.most_busy <= 6


def test_the_limit_is_a_total_over_the_pools(slow_server: Server) -> None:
    async def run() -> tuple[list[str], ShardedAsyncTransport]:
        transport = ShardedAsyncTransport(limits=_limits(12), shards=3)
        async with httpx.AsyncClient(base_url=slow_server.base_url, transport=transport) as client:
            return await _get_all(client, 60), transport

    texts, transport = asyncio.run(run())
    assert texts == [str(n) for n in range(60)]
    assert [s.max_connections for s in transport.shard_limits] == [4, 4, 4]
    assert len(slow_server.opened) <= 12
    assert slow_server.most_busy <= 12
    assert len(slow_server.opened) > 4  # the requests were spread over more than one pool
    assert transport.in_flight == (0, 0, 0)


def test_calls_one_at_a_time_reuse_one_connection(server: Server) -> None:
    async def run() -> None:
        async with DefaultAsyncHttpxClient(base_url=server.base_url) as client:
            for n in range(20):
                assert (await client.get(f"/{n}")).text == str(n)

    asyncio.run(run())
    assert server.served == 20
    assert len(server.opened) == 1


def test_connections_are_reused_across_bursts(slow_server: Server) -> None:
    async def run() -> None:
        async with DefaultAsyncHttpxClient(base_url=slow_server.base_url, limits=_limits(16)) as client:
            for _ in range(3):
                await _get_all(client, 16)

    asyncio.run(run())
    assert slow_server.served == 48
    assert len(slow_server.opened) <= 16  # kept alive: the later bursts open nothing new


def test_closing_the_client_closes_every_pool(slow_server: Server) -> None:
    async def run() -> ShardedAsyncTransport:
        client = DefaultAsyncHttpxClient(base_url=slow_server.base_url, limits=_limits(24))
        await _get_all(client, 24)
        transport = client._transport
        assert isinstance(transport, ShardedAsyncTransport)
        assert sum(len(pool._pool.connections) for pool in transport.pools) == len(slow_server.opened)
        await client.aclose()
        return transport

    transport = asyncio.run(run())
    opened = len(slow_server.opened)
    assert opened > CONNECTIONS_PER_SHARD  # more than one pool had connections
    assert slow_server.wait_closed(opened) == opened
    assert all(pool._pool.connections == [] for pool in transport.pools)


class CountingBackend(httpcore.AsyncNetworkBackend):
    """httpcore's default async backend, counting the connections it opens."""

    def __init__(self) -> None:
        self.backend = httpcore.AnyIOBackend()
        self.connects = 0

    async def connect_tcp(self, *args: Any, **kwargs: Any) -> httpcore.AsyncNetworkStream:
        self.connects += 1
        return await self.backend.connect_tcp(*args, **kwargs)

    async def sleep(self, seconds: float) -> None:
        await self.backend.sleep(seconds)


def test_every_pool_connects_through_the_network_backend_given(slow_server: Server) -> None:
    backend = CountingBackend()

    async def run() -> None:
        transport = ShardedAsyncTransport(limits=_limits(12), network_backend=backend)
        async with httpx.AsyncClient(base_url=slow_server.base_url, transport=transport) as client:
            await _get_all(client, 24)

    asyncio.run(run())
    assert backend.connects == len(slow_server.opened) > CONNECTIONS_PER_SHARD


def test_a_failed_request_frees_its_place() -> None:
    listener = ThreadingHTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
    port = listener.server_address[1]
    listener.server_close()  # nothing listens there any more

    async def run() -> tuple[int, ...]:
        async with DefaultAsyncHttpxClient(base_url=f"http://127.0.0.1:{port}") as client:
            with pytest.raises(httpx.ConnectError):
                await client.get("/1")
            return client._transport.in_flight

    assert set(asyncio.run(run())) == {0}


def test_a_response_closed_unread_frees_its_place(server: Server) -> None:
    async def run() -> tuple[tuple[int, ...], tuple[int, ...]]:
        async with DefaultAsyncHttpxClient(base_url=server.base_url) as client:
            request = client.build_request("GET", "/7")
            response = await client.send(request, stream=True)
            during = client._transport.in_flight
            await response.aclose()
            return during, client._transport.in_flight

    during, after = asyncio.run(run())
    assert sum(during) == 1
    assert set(after) == {0}


def test_bad_arguments() -> None:
    with pytest.raises(ValueError, match="shards"):
        ShardedAsyncTransport(limits=_limits(4), shards=5)
    with pytest.raises(ValueError, match="shards"):
        ShardedAsyncTransport(shards=0)
    with pytest.raises(TypeError, match="proxy"):
        ShardedAsyncTransport(proxy="http://127.0.0.1:1")
    unlimited = ShardedAsyncTransport(limits=httpx.Limits(max_connections=None, max_keepalive_connections=None))
    assert len(unlimited.pools) == 1
