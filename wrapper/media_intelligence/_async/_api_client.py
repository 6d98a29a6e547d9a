"""The client core the public clients derive from: the class whose `call` runs one operation.

Written once, async (``_async/_api_client.py``); ``make generate`` derives
the blocking twin (``_api_client.py``) with tools/unasync.py. What the twins
share, and how `call` works, is in `media_intelligence._base_client`.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar, cast, overload

import httpx

from .._base_client import (
    BaseAPIClient,
    _build_request,
    _CallContext,
    _capped,
    _map_httpx_error,
    _received,
    _record_response,
    _request_of,
)
from .._deadline import call_context, within_deadline_async
from .._errors import MediaIntelligenceError
from .._http_clients import DEFAULT_CONNECTION_LIMITS, default_transport_async
from .._types import RequestOptions, ResponseLike

if TYPE_CHECKING:
    from typing import Self

    from media_intelligence_client import Client as RawClient

__all__ = ["AsyncAPIClient"]

_T = TypeVar("_T")
_R = TypeVar("_R")


class AsyncAPIClient(BaseAPIClient[httpx.AsyncClient]):
    """The client core: `call` runs one operation (see `media_intelligence._base_client`)."""

    def _make_http_client(self, timeout: httpx.Timeout, default_headers: Mapping[str, str] | None) -> httpx.AsyncClient:
        return httpx.AsyncClient(
            base_url=self._base_url,
            auth=self._auth,
            timeout=timeout,
            limits=DEFAULT_CONNECTION_LIMITS,
            headers=self._default_headers(default_headers),
            # see _http_clients: small pools (async), reads under the call's deadline (blocking)
            transport=default_transport_async(DEFAULT_CONNECTION_LIMITS),
        )

    def _make_raw_client(self) -> RawClient:
        from media_intelligence_client import Client as RawClient

        raw = RawClient(base_url=self._base_url, raise_on_unexpected_status=False)
        # the generated functions only call ``.request(...)`` on what they are given
        raw.set_async_httpx_client(cast("httpx.AsyncClient", _AsyncSender(self)))
        return raw

    @overload
    async def call(
        self,
        operation_id: str,
        fn: Callable[[], Awaitable[ResponseLike[Any]]],
        *,
        path_params: Mapping[str, Any] | None = ...,
        query: Mapping[str, Any] | None = ...,
        body: Any = ...,
        idempotent: bool | None = ...,
        cast_to: type[_R],
        options: RequestOptions | None = ...,
    ) -> _R: ...

    @overload
    async def call(
        self,
        operation_id: str,
        fn: Callable[[], Awaitable[ResponseLike[_T]]],
        *,
        cast_to: None = ...,
        path_params: Mapping[str, Any] | None = ...,
        query: Mapping[str, Any] | None = ...,
        body: Any = ...,
        idempotent: bool | None = ...,
        options: RequestOptions | None = ...,
    ) -> _T: ...

    async def call(
        self,
        operation_id: str,
        fn: Callable[[], Awaitable[ResponseLike[Any]]],
        *,
        path_params: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        body: Any = None,
        idempotent: bool | None = None,
        cast_to: type[Any] | None = None,
        options: RequestOptions | None = None,
    ) -> Any:
        """Run one API operation: validate, rate-limit, send with retries, map errors.

        ``fn`` performs one attempt (typically a generated ``asyncio_detailed``
        call bound with a lambda); it is called again for every retry.
        ``path_params``/``query``/``body`` are what ``fn`` sends, given again
        for validation (spec names). ``idempotent`` overrides the spec's
        retry-safety. ``cast_to`` narrows and checks the parsed result.
        Returns ``response.parsed``.
        """
        retry_safe, ctx = self._prepare(operation_id, path_params, query, body, idempotent, options)
        token = call_context.set(ctx)
        try:
            if ctx.deadline is None:
                return await self._send_with_retries(fn, ctx, cast_to, retry_safe)
            return await within_deadline_async(ctx, self._send_with_retries(fn, ctx, cast_to, retry_safe))
        finally:
            call_context.reset(token)

    async def _send_with_retries(
        self,
        fn: Callable[[], Awaitable[ResponseLike[Any]]],
        ctx: _CallContext,
        cast_to: type[Any] | None,
        retry_safe: bool,
    ) -> Any:
        policy, what = self._retry_policy, ctx.operation_id
        try:
            return await self._attempt(fn, ctx, cast_to)
        except MediaIntelligenceError as exc:
            delay = policy.first_retry_delay(exc, idempotent=retry_safe, what=what)
            if delay is None:
                raise
        await policy.async_sleep(_capped(delay, ctx))
        retrying = policy.async_retrying(idempotent=retry_safe, what=what, attempts_done=1, deadline=ctx.deadline)
        return await cast("Awaitable[Any]", retrying(self._attempt, fn, ctx, cast_to))

    async def _attempt(
        self, fn: Callable[[], Awaitable[ResponseLike[Any]]], ctx: _CallContext, cast_to: type[Any] | None
    ) -> Any:
        """One attempt of the call ``ctx`` describes."""
        if self._rate_limiter is not None:
            await self._rate_limiter.acquire_async(ctx.operation_id)
        ctx.response = None
        ctx.check_deadline()
        try:
            response = await fn()
        except httpx.RequestError as exc:
            ctx.check_deadline(_request_of(exc))  # out of time: the final time-limit error, not a retryable one
            raise _map_httpx_error(exc) from exc
        except MediaIntelligenceError:
            raise
        except Exception as exc:
            mapped = self._parse_failure(ctx.operation_id, exc, ctx)
            if mapped is None:
                raise
            raise mapped from exc
        result = self._process(ctx.operation_id, response, ctx, cast_to)
        _record_response(ctx)
        return result

    async def aclose(self) -> None:
        """Close the http client if this client created it."""
        if self._owns_http_client:
            await self._http_client.aclose()

    close = aclose  # unasync: drop

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()


class _AsyncSender:
    """What the generated client sends through: the httpx client, with the running call's options.

    The generated functions call ``request(method=..., url=..., params=...,
    json=..., headers=...)``; this builds the request with the call's extra
    headers and query (before it is signed) and its timeout, and reads the
    body no longer than the call's time limit.
    """

    def __init__(self, owner: AsyncAPIClient) -> None:
        self._owner = owner

    async def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        request = _build_request(self._owner, method, url, kwargs)
        response = await self._owner.http_client.send(request, auth=self._owner.auth, stream=True)
        _received(response)
        ctx = call_context.get()
        if ctx is not None and ctx.deadline is not None and isinstance(response.stream, httpx.AsyncByteStream):
            response.stream = _AsyncDeadlineStream(response.stream, ctx, request)
        try:
            await response.aread()
        finally:
            await response.aclose()
        return response


class _AsyncDeadlineStream(httpx.AsyncByteStream):
    """A response body that stops being read once the call's time limit has passed (a server trickling bytes)."""

    def __init__(self, stream: httpx.AsyncByteStream, ctx: _CallContext, request: httpx.Request) -> None:
        self._stream, self._ctx, self._request = stream, ctx, request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            self._ctx.check_deadline(self._request)
            yield chunk

    async def aclose(self) -> None:
        await self._stream.aclose()
