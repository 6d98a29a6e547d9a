"""`AsyncioBackend`: an httpcore network backend on asyncio's own transports, for the SDK's async transport.

httpcore's default async backend goes through anyio: every read and write
enters a cancel scope (``fail_after``) and passes checkpoints that cost the
event loop an extra turn each, so one small request takes several turns of
the loop more than the I/O needs. This backend keeps a connection's received
bytes in an `asyncio.Protocol` and waits on one future only when nothing is
buffered yet; a write is a transport write, waiting only while asyncio's
write buffer is over its mark (flow control). Timeouts are timer callbacks on the loop,
mapped to httpcore's exceptions (which httpx maps to its own); TLS goes
through ``loop.start_tls``. Cancellation (the call's deadline, a cancelled
task) leaves the read or write at once; httpcore then closes the connection.

The SDK's async client runs on asyncio (its call deadline is an
``asyncio.timeout``); a `DefaultAsyncHttpxClient` used under another event
loop (trio) connects through httpcore's own backend instead.
"""

from __future__ import annotations

import asyncio
import socket
import ssl
from collections.abc import Iterable
from typing import Any

import httpcore

__all__ = ["AsyncioBackend"]

# Stop reading from the socket while this much is received and not yet read by httpcore.
_HIGH_WATER = 256 * 1024


class _Protocol(asyncio.Protocol):
    """The received bytes of one connection, and the futures of a read or a write that waits."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop
        self.transport: asyncio.Transport | None = None
        self.chunks: list[bytes] = []
        self.size = 0
        self.eof = False
        self.gone = False  # the transport is closed (by either side)
        self.error: Exception | None = None  # why, when it was not a clean close
        self.closed = False  # closed by this side
        self._reader: asyncio.Future[None] | None = None
        self._drain: asyncio.Future[None] | None = None
        self.write_paused = False
        self._read_paused = False

    # -- asyncio.Protocol ------------------------------------------------------------------------

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.chunks.append(data)
        self.size += len(data)
        if self.size > _HIGH_WATER and not self._read_paused and self.transport is not None:
            self._read_paused = True
            self.transport.pause_reading()
        self._wake_reader()

    def eof_received(self) -> bool:
        self.eof = True
        self._wake_reader()
        return False  # close the transport: HTTP/1.1 sends nothing after the server's end

    def connection_lost(self, exc: Exception | None) -> None:
        self.eof = True
        self.gone = True
        self.error = exc
        self._wake_reader()
        self._wake_writer()

    def pause_writing(self) -> None:
        self.write_paused = True

    def resume_writing(self) -> None:
        self.write_paused = False
        self._wake_writer()

    # -- waiting ---------------------------------------------------------------------------------

    def _wake_reader(self) -> None:
        waiter = self._reader
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

    def _wake_writer(self) -> None:
        waiter = self._drain
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

    def take(self, max_bytes: int) -> bytes:
        """Up to ``max_bytes`` of what is buffered (resuming the socket's reads when below the mark)."""
        chunks = self.chunks
        data = chunks[0] if len(chunks) == 1 else b"".join(chunks)
        if len(data) > max_bytes:
            self.chunks = [data[max_bytes:]]
            data = data[:max_bytes]
        else:
            self.chunks = []
        self.size -= len(data)
        if self._read_paused and self.size <= _HIGH_WATER // 4 and self.transport is not None:
            self._read_paused = False
            self.transport.resume_reading()
        return data

    async def wait_readable(self, timeout: float | None) -> bool:
        """Wait for bytes or the end of the stream; False when ``timeout`` passed first."""
        return await self._wait("_reader", timeout)

    async def wait_writable(self, timeout: float | None) -> bool:
        """Wait until the transport takes writes again; False when ``timeout`` passed first."""
        return await self._wait("_drain", timeout)

    async def _wait(self, slot: str, timeout: float | None) -> bool:
        waiter: asyncio.Future[None] = self._loop.create_future()
        setattr(self, slot, waiter)
        timer = None if timeout is None else self._loop.call_later(max(timeout, 0.0), _expire, waiter)
        try:
            await waiter  # cancelled with the task (a call's deadline): the CancelledError goes up
        except _Expired:
            return False
        finally:
            setattr(self, slot, None)
            if timer is not None:
                timer.cancel()
        return True


class _Expired(Exception):
    """A wait's timeout passed (internal: turned into httpcore's timeout of the operation)."""


def _expire(waiter: asyncio.Future[None]) -> None:
    if not waiter.done():
        waiter.set_exception(_Expired())


class _AsyncioStream(httpcore.AsyncNetworkStream):
    """One connection, plain or TLS, as httpcore's async network stream."""

    def __init__(self, transport: asyncio.Transport, protocol: _Protocol) -> None:
        self._transport = transport
        self._protocol = protocol

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        protocol = self._protocol
        if protocol.closed:
            raise httpcore.ReadError("the connection is closed")
        if not protocol.size and not protocol.eof and not await protocol.wait_readable(timeout):
            raise httpcore.ReadTimeout("timed out reading from the server")
        if protocol.size:
            return protocol.take(max_bytes)
        if protocol.error is not None:
            raise httpcore.ReadError(str(protocol.error) or type(protocol.error).__name__)
        return b""  # the server ended the stream (httpcore decides whether that was early)

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        if not buffer:
            return
        protocol = self._protocol
        if protocol.closed or protocol.gone or self._transport.is_closing():
            raise httpcore.WriteError(_why_closed(protocol))
        try:
            self._transport.write(buffer)
        except (OSError, RuntimeError) as exc:
            raise httpcore.WriteError(str(exc)) from exc
        while protocol.write_paused and not protocol.gone:
            if not await protocol.wait_writable(timeout):
                raise httpcore.WriteTimeout("timed out writing to the server")
        if protocol.gone:
            raise httpcore.WriteError(_why_closed(protocol))

    async def aclose(self) -> None:
        # httpcore closes a connection it will not reuse (also while a cancellation goes up): drop it
        # without a TLS goodbye, and give the loop one turn to close the socket, as anyio does
        self._protocol.closed = True
        self._transport.abort()
        await asyncio.sleep(0)

    async def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.AsyncNetworkStream:
        loop = asyncio.get_running_loop()
        try:
            async with asyncio.timeout(timeout):
                transport = await loop.start_tls(
                    self._transport, self._protocol, ssl_context, server_hostname=server_hostname
                )
        except TimeoutError as exc:
            self._transport.close()
            raise httpcore.ConnectTimeout("timed out in the TLS handshake") from exc
        except (OSError, ssl.SSLError, ConnectionError) as exc:
            self._transport.close()
            raise httpcore.ConnectError(str(exc)) from exc
        if transport is None:  # the connection was lost during the handshake
            self._transport.close()
            raise httpcore.ConnectError("the connection closed during the TLS handshake")
        assert isinstance(transport, asyncio.Transport)
        self._protocol.transport = transport
        return _AsyncioStream(transport, self._protocol)

    def get_extra_info(self, info: str) -> Any:
        transport = self._transport
        if info == "ssl_object":
            return transport.get_extra_info("ssl_object")
        if info == "client_addr":
            return transport.get_extra_info("sockname")
        if info == "server_addr":
            return transport.get_extra_info("peername")
        if info == "socket":
            return transport.get_extra_info("socket")
        if info == "is_readable":
            # an idle connection with something to read (or ended) is one the server dropped
            protocol = self._protocol
            if protocol.size or protocol.eof or protocol.closed:
                return True
            sock = transport.get_extra_info("socket")
            return sock is not None and _socket_readable(sock)
        return None


def _why_closed(protocol: _Protocol) -> str:
    return str(protocol.error) if protocol.error is not None else "the connection is closed"


def _socket_readable(sock: Any) -> bool:
    """The socket has bytes or an end waiting that the loop has not read yet (a poll that does not wait)."""
    import select

    try:
        fd = sock.fileno()
        if fd < 0:
            return True
        poller = select.poll()
        poller.register(fd, select.POLLIN)
        return bool(poller.poll(0))
    except (OSError, ValueError):
        return True


def _running_loop() -> asyncio.AbstractEventLoop | None:
    try:
        return asyncio.get_running_loop()
    except RuntimeError:  # not asyncio (trio)
        return None


class AsyncioBackend(httpcore.AsyncNetworkBackend):
    """httpcore's async network backend on asyncio transports; see the module docstring."""

    def __init__(self) -> None:
        self._other: httpcore.AsyncNetworkBackend | None = None

    def _fallback(self) -> httpcore.AsyncNetworkBackend:
        """httpcore's trio backend, for use outside asyncio (trio is the other loop httpcore runs on)."""
        if self._other is None:
            self._other = httpcore.TrioBackend()
        return self._other

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        loop = _running_loop()
        if loop is None:
            return await self._fallback().connect_tcp(host, port, timeout, local_address, socket_options)
        protocol = _Protocol(loop)
        local = None if local_address is None else (local_address, 0)
        try:
            async with asyncio.timeout(timeout):
                # asyncio sets TCP_NODELAY on TCP connections, as httpcore's backends do
                transport, _ = await loop.create_connection(lambda: protocol, host, port, local_addr=local)
        except TimeoutError as exc:
            raise httpcore.ConnectTimeout(f"timed out connecting to {host}:{port}") from exc
        except OSError as exc:
            raise httpcore.ConnectError(str(exc)) from exc
        _apply_options(transport, socket_options)
        return _AsyncioStream(transport, protocol)

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        loop = _running_loop()
        if loop is None:
            return await self._fallback().connect_unix_socket(path, timeout, socket_options)
        protocol = _Protocol(loop)
        try:
            async with asyncio.timeout(timeout):
                transport, _ = await loop.create_unix_connection(lambda: protocol, path)
        except TimeoutError as exc:
            raise httpcore.ConnectTimeout(f"timed out connecting to {path}") from exc
        except OSError as exc:
            raise httpcore.ConnectError(str(exc)) from exc
        _apply_options(transport, socket_options)
        return _AsyncioStream(transport, protocol)

    async def sleep(self, seconds: float) -> None:
        if _running_loop() is None:
            await self._fallback().sleep(seconds)
        else:
            await asyncio.sleep(seconds)


def _apply_options(transport: asyncio.Transport, socket_options: Iterable[Any] | None) -> None:
    if not socket_options:
        return
    sock: socket.socket | None = transport.get_extra_info("socket")
    if sock is None:
        return
    try:
        for option in socket_options:
            sock.setsockopt(*option)
    except OSError as exc:
        transport.close()
        raise httpcore.ConnectError(str(exc)) from exc
