"""The HTTP clients the SDK makes, with its pool defaults, for users who pass their own.

``MediaIntelligence()`` and ``AsyncMediaIntelligence()`` build their httpx
client with `DEFAULT_CONNECTION_LIMITS`; `DefaultHttpxClient` and
`DefaultAsyncHttpxClient` are httpx clients with the same defaults, to give
as ``http_client=`` when some other setting must change (proxies, TLS...).

Pool defaults: httpx keeps only 20 idle connections of its 100, so a program
running more than 20 requests at once closes and reopens connections all the
time; the SDK keeps every connection it opened alive (up to 100).

Async fan-out: httpcore's pool assigns queued requests to connections by
walking every connection for every queued request, at every request and
every response; with 64 requests in flight over 64 connections that walk is
most of the client's CPU. `ShardedAsyncTransport` (the transport of
`DefaultAsyncHttpxClient`) splits the connections over several small
httpcore pools of at most `CONNECTIONS_PER_SHARD` and sends each request
through the least busy one, so each walk covers a handful of connections.
The limits keep their meaning: ``max_connections`` and
``max_keepalive_connections`` are totals over the pools, ``keepalive_expiry``
holds for each connection. For more than that, `DefaultAioHttpClient`
(``_aiohttp``) sends through aiohttp's pool instead. The pools run on
`AsyncioBackend` (``_asyncio_backend``), asyncio's own transports, which
costs a call fewer turns of the event loop than httpcore's anyio backend.

TLS: the default ``verify=True`` becomes one `LazyVerifyContext` (``_tls``)
per transport, whose CA certificates load at the first https connection, so
a client of an ``http://`` URL never loads them.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

if TYPE_CHECKING:
    import httpcore

__all__ = [
    "CONNECTIONS_PER_SHARD",
    "DEFAULT_CONNECTION_LIMITS",
    "DefaultAsyncHttpxClient",
    "DefaultHttpxClient",
    "ShardedAsyncTransport",
    "default_transport",
    "default_transport_async",
]

_TransportT = TypeVar("_TransportT", httpx.HTTPTransport, httpx.AsyncHTTPTransport)

#: Up to 100 connections, all kept alive while idle (httpx keeps 20), for 5 s as httpx does.
DEFAULT_CONNECTION_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100, keepalive_expiry=5.0)

#: Most connections of one pool of `ShardedAsyncTransport` (its walks stay this short).
CONNECTIONS_PER_SHARD = 8

# httpx.AsyncHTTPTransport's settings a sharded transport hands to each of its pools.
_POOL_SETTINGS = ("verify", "cert", "trust_env", "http1", "http2", "local_address", "retries", "socket_options")


def _transport_settings(client_kwargs: dict[str, Any]) -> dict[str, Any]:
    """The arguments of an httpx client that its transport takes when httpx builds it."""
    return {k: client_kwargs[k] for k in ("verify", "cert", "trust_env", "http1", "http2") if k in client_kwargs}


def _split(total: int | None, parts: int) -> list[int | None]:
    """``total`` in ``parts`` shares differing by at most one (None, no limit, stays None)."""
    if total is None:
        return [None] * parts
    return [total // parts + (1 if i < total % parts else 0) for i in range(parts)]


class _CountedStream(httpx.AsyncByteStream):
    """A response body that tells its pool's counter when it is closed (the request is over)."""

    __slots__ = ("_done", "_stream")

    def __init__(self, stream: httpx.AsyncByteStream, done: Any) -> None:
        self._stream = stream
        self._done = done

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            yield chunk

    async def aclose(self) -> None:
        try:
            await self._stream.aclose()
        finally:
            done, self._done = self._done, None
            if done is not None:
                done()


class ShardedAsyncTransport(httpx.AsyncBaseTransport):
    """httpx's async transport over several small connection pools; see the module docstring.

    ``limits`` are totals (`DEFAULT_CONNECTION_LIMITS` by default); ``shards``
    defaults to one pool per `CONNECTIONS_PER_SHARD` connections (one pool
    when ``max_connections`` is None). A request goes to the pool with the
    fewest requests in flight, the first such pool on a tie, so calls made
    one at a time reuse one connection. ``network_backend`` (an httpcore
    backend) is used by every pool; other keywords (``verify``, ``cert``,
    ``trust_env``, ``http1``, ``http2``, ``local_address``, ``retries``,
    ``socket_options``) are those of ``httpx.AsyncHTTPTransport``.
    """

    def __init__(
        self,
        *,
        limits: httpx.Limits = DEFAULT_CONNECTION_LIMITS,
        shards: int | None = None,
        network_backend: httpcore.AsyncNetworkBackend | None = None,
        **settings: Any,
    ) -> None:
        unknown = set(settings) - set(_POOL_SETTINGS)
        if unknown:
            raise TypeError(f"ShardedAsyncTransport got unexpected keyword arguments: {', '.join(sorted(unknown))}")
        total = limits.max_connections
        if shards is None:
            shards = 1 if total is None else max(1, -(-total // CONNECTIONS_PER_SHARD))
        if shards < 1 or (total is not None and shards > total):
            raise ValueError(f"shards must be between 1 and max_connections ({total}), got {shards}")
        keepalive = limits.max_keepalive_connections
        from ._tls import lazy_verify_settings

        settings = lazy_verify_settings(settings)  # one context for every pool, its CAs loaded at the first https
        self.limits = limits
        #: The limits of each pool (their connection counts add up to ``limits``).
        self.shard_limits = [
            httpx.Limits(max_connections=most, max_keepalive_connections=idle, keepalive_expiry=limits.keepalive_expiry)
            for most, idle in zip(_split(total, shards), _split(keepalive, shards), strict=True)
        ]
        self._pools = [_pool(shard, network_backend, settings) for shard in self.shard_limits]
        self._in_flight = [0] * shards

    @property
    def pools(self) -> list[httpx.AsyncHTTPTransport]:
        """The pools' transports (one httpcore pool each)."""
        return list(self._pools)

    @property
    def in_flight(self) -> tuple[int, ...]:
        """Requests sent through each pool whose response is not closed yet."""
        return tuple(self._in_flight)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        in_flight = self._in_flight
        shard = in_flight.index(min(in_flight))
        in_flight[shard] += 1
        released = False

        def done() -> None:
            nonlocal released
            if not released:
                released = True
                in_flight[shard] -= 1

        try:
            response = await self._pools[shard].handle_async_request(request)
        except BaseException:
            done()
            raise
        stream = response.stream
        assert isinstance(stream, httpx.AsyncByteStream)
        response.stream = _CountedStream(stream, done)
        return response

    async def aclose(self) -> None:
        errors: list[BaseException] = []
        for pool in self._pools:
            try:
                await pool.aclose()
            except Exception as exc:  # close the others all the same
                errors.append(exc)
        if errors:
            raise errors[0]


def _on_backend(transport: _TransportT, network_backend: Any) -> _TransportT:
    """``transport`` (httpx's own), its connection pool on ``network_backend``.

    httpx builds its transport's httpcore pool without a way to pass a backend,
    so the pool httpx built gets it (under the attribute name httpcore uses).
    """
    if network_backend is not None:
        transport._pool._network_backend = network_backend
    return transport


def _pool(
    limits: httpx.Limits, network_backend: httpcore.AsyncNetworkBackend | None, settings: dict[str, Any]
) -> httpx.AsyncHTTPTransport:
    """One pool of a sharded transport: httpx's async transport, on ``network_backend`` when given."""
    return _on_backend(httpx.AsyncHTTPTransport(limits=limits, **settings), network_backend)


def default_transport_async(
    limits: httpx.Limits = DEFAULT_CONNECTION_LIMITS,
    *,
    network_backend: httpcore.AsyncNetworkBackend | None = None,
    **settings: Any,
) -> ShardedAsyncTransport:
    """The SDK's async transport: `ShardedAsyncTransport` with these totals.

    Its pools run on `AsyncioBackend` (``_asyncio_backend``: asyncio's own
    transports instead of anyio's streams) unless ``network_backend`` is given.
    """
    if network_backend is None:
        from ._asyncio_backend import AsyncioBackend

        network_backend = AsyncioBackend()
    return ShardedAsyncTransport(limits=limits, network_backend=network_backend, **settings)


def default_transport(
    limits: httpx.Limits = DEFAULT_CONNECTION_LIMITS,
    *,
    network_backend: httpcore.NetworkBackend | None = None,
    **settings: Any,
) -> httpx.HTTPTransport:
    """The SDK's blocking transport: httpx's own with these limits, reading under the call's deadline.

    Threads do not share a pool the way tasks do, so one httpcore pool is
    kept. Its network backend (by default httpcore's, wrapped in
    `DeadlineBackend`) makes every read, write and connect of a call wait no
    longer than the time left of the call's ``timeout=``, so a server trickling
    its response headers cannot hold a blocking call past it.
    """
    if network_backend is None:
        import httpcore  # loaded by httpx's transport anyway

        from ._deadline_backend import DeadlineBackend

        network_backend = DeadlineBackend(httpcore.SyncBackend())
    from ._tls import lazy_verify_settings

    return _on_backend(httpx.HTTPTransport(limits=limits, **lazy_verify_settings(settings)), network_backend)


class DefaultHttpxClient(httpx.Client):
    """An ``httpx.Client`` with the SDK's pool defaults and its blocking transport (`default_transport`).

    Any httpx argument may override them; ``limits``, ``verify``, ``cert``,
    ``trust_env``, ``http1`` and ``http2`` reach the transport as they would
    reach httpx's own; ``transport=`` replaces it (and with it the bound on
    trickled response headers).
    """

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("limits", DEFAULT_CONNECTION_LIMITS)
        if kwargs.get("transport") is None:
            kwargs["transport"] = default_transport(kwargs["limits"], **_transport_settings(kwargs))
        super().__init__(**kwargs)


class DefaultAsyncHttpxClient(httpx.AsyncClient):
    """An ``httpx.AsyncClient`` with the SDK's pool defaults and `ShardedAsyncTransport`.

    Any httpx argument may override them; ``limits`` (totals), ``verify``,
    ``cert``, ``trust_env``, ``http1`` and ``http2`` reach the sharded
    transport as they would reach httpx's own; ``transport=`` replaces it.
    """

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("limits", DEFAULT_CONNECTION_LIMITS)
        if kwargs.get("transport") is None:
            kwargs["transport"] = default_transport_async(kwargs["limits"], **_transport_settings(kwargs))
        super().__init__(**kwargs)
