"""``IceSearch`` / ``AsyncIceSearch``: the ICE search API over the generated client.

Signature V3 on every request, parameters checked against the spec before the
wire, typed errors per code, retries of read-only actions (5xx, throttling
with ``x-acs-retry-after``, transport errors), pagination over ``PageNo`` /
``PageSize`` and forward-only ``ScrollToken``, and a waiter for index jobs.
"""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx

import ice_spec
from alibaba_ice_client import Client
from alibaba_ice_client.types import Unset

from ._credentials import Credentials, endpoint_for_region
from ._operations import Action, action, snake
from ._signature import AcsSignatureV3Auth
from ._spec import load_spec
from .errors import IceApiError, IceWaitTimeout, error_class

__all__ = ["AsyncIceSearch", "IceSearch"]

ENV_REGION = "ALIBABA_CLOUD_REGION_ID"
_RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
_JOB_STATES = ice_spec.STATES["IndexJobStatus"]


def _base_url(region_id: str | None, endpoint: str | None) -> str:
    if endpoint:
        return endpoint.rstrip("/")
    region = region_id or os.environ.get(ENV_REGION) or load_spec()["servers"][0]["variables"]["regionId"]["default"]
    return endpoint_for_region(region)


def _error(response: httpx.Response) -> IceApiError:
    retry_after = response.headers.get("x-acs-retry-after")
    seconds = int(retry_after) / 1000 if retry_after and retry_after.isdigit() else None
    try:
        body = response.json()
    except ValueError:
        body = None
    if not isinstance(body, dict) or "Code" not in body:
        return error_class("Unknown", response.status_code)(
            response.status_code, "Unknown", response.text[:200], None, seconds
        )
    code = str(body["Code"])
    return error_class(code, response.status_code)(
        response.status_code, code, str(body.get("Message", "")), body.get("RequestId"), seconds
    )


def _backoff(attempt: int, error: IceApiError | None) -> float:
    if error is not None and error.retry_after is not None:
        return min(error.retry_after, 30.0)
    return float(min(0.2 * 2**attempt, 5.0))


def _items(result: Any, op: Action) -> list[Any]:
    pagination = op.operation.pagination
    assert pagination is not None, f"{op.name} is not paged"
    items = getattr(result, snake(pagination.items_field))
    return [] if isinstance(items, Unset) else list(items)


class _Base:
    def __init__(
        self,
        region_id: str | None = None,
        *,
        endpoint: str | None = None,
        credentials: Credentials | None = None,
        timeout: float = 30.0,
        max_retries: int = 2,
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self._credentials = credentials or Credentials.from_env()
        args: dict[str, Any] = {"auth": AcsSignatureV3Auth(self._credentials)}
        if transport is not None:
            args["transport"] = transport
        self.base_url = _base_url(region_id, endpoint)
        self.max_retries = max_retries
        self._client = Client(
            base_url=self.base_url, timeout=httpx.Timeout(timeout), httpx_args=args, raise_on_unexpected_status=False
        )

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, access_key_id={self._credentials.access_key_id!r})"


class IceSearch(_Base):
    """Synchronous ICE search client (credentials from ``ALIBABA_CLOUD_*`` when not given)."""

    def close(self) -> None:
        self._client.get_httpx_client().close()

    def __enter__(self) -> IceSearch:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def call(self, action_name: str, **params: Any) -> Any:
        """Run one action (keywords are the snake-case parameter names); the generated response model."""
        op = action(action_name)
        kwargs = op.prepare(params)
        attempt = 0
        while True:
            error: IceApiError | None = None
            try:
                response = op.module.sync_detailed(client=self._client, **kwargs)
                if response.status_code == 200:
                    return response.parsed
                error = _error(httpx.Response(response.status_code, headers=response.headers, content=response.content))
                retryable = response.status_code in _RETRY_STATUSES or error.retry_after is not None
            except httpx.TransportError:
                if not op.retry_safe or attempt >= self.max_retries:
                    raise
                retryable = True
            if error is not None and (not retryable or not op.retry_safe or attempt >= self.max_retries):
                raise error
            time.sleep(_backoff(attempt, error))
            attempt += 1

    def iter_pages(self, action_name: str, **params: Any) -> Iterator[Any]:
        """Every item of a paged action, page by page (``PageNo`` from the first page)."""
        op = action(action_name)
        pagination = op.operation.pagination
        assert pagination is not None, f"{action_name} is not paged"
        size = int(params.pop("page_size", None) or pagination.max_size or 10)
        page = pagination.first_page
        while True:
            result = self.call(action_name, page_no=page, page_size=size, **params)
            items = _items(result, op)
            yield from items
            total = getattr(result, "total", None)
            if len(items) < size or (isinstance(total, int) and page * size >= total):
                return
            page += 1

    def scroll_media(self, **params: Any) -> Iterator[Any]:
        """Every SearchMedia result, forward with ``ScrollToken`` (at most what the service lets scroll)."""
        op = action("SearchMedia")
        token: str | None = None
        while True:
            result = self.call("SearchMedia", scroll_token=token, **params)
            items = _items(result, op)
            yield from items
            token = None if isinstance(result.scroll_token, Unset) else result.scroll_token
            if not items or not token:
                return

    def wait_for_index_jobs(
        self, media_id: str, *, search_lib_name: str | None = None, timeout: float = 60.0, interval: float = 0.5
    ) -> list[Any]:
        """Poll QueryMediaIndexJob until every job is terminal (``x-terminal-states`` of IndexJobStatus)."""
        deadline = time.monotonic() + timeout
        while True:
            result = self.call("QueryMediaIndexJob", media_id=media_id, search_lib_name=search_lib_name)
            jobs = [] if isinstance(result.index_job_info_list, Unset) else list(result.index_job_info_list)
            if jobs and all(str(j.status) in _JOB_STATES.terminal for j in jobs):
                return jobs
            if time.monotonic() > deadline:
                raise IceWaitTimeout(f"index jobs of {media_id} not finished after {timeout} s")
            time.sleep(interval)


class AsyncIceSearch(_Base):
    """Asynchronous ICE search client."""

    async def aclose(self) -> None:
        await self._client.get_async_httpx_client().aclose()

    async def __aenter__(self) -> AsyncIceSearch:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def call(self, action_name: str, **params: Any) -> Any:
        op = action(action_name)
        kwargs = op.prepare(params)
        attempt = 0
        while True:
            error: IceApiError | None = None
            try:
                response = await op.module.asyncio_detailed(client=self._client, **kwargs)
                if response.status_code == 200:
                    return response.parsed
                error = _error(httpx.Response(response.status_code, headers=response.headers, content=response.content))
                retryable = response.status_code in _RETRY_STATUSES or error.retry_after is not None
            except httpx.TransportError:
                if not op.retry_safe or attempt >= self.max_retries:
                    raise
                retryable = True
            if error is not None and (not retryable or not op.retry_safe or attempt >= self.max_retries):
                raise error
            await asyncio.sleep(_backoff(attempt, error))
            attempt += 1

    async def iter_pages(self, action_name: str, **params: Any) -> AsyncIterator[Any]:
        op = action(action_name)
        pagination = op.operation.pagination
        assert pagination is not None, f"{action_name} is not paged"
        size = int(params.pop("page_size", None) or pagination.max_size or 10)
        page = pagination.first_page
        while True:
            result = await self.call(action_name, page_no=page, page_size=size, **params)
            items = _items(result, op)
            for item in items:
                yield item
            total = getattr(result, "total", None)
            if len(items) < size or (isinstance(total, int) and page * size >= total):
                return
            page += 1

    async def scroll_media(self, **params: Any) -> AsyncIterator[Any]:
        op = action("SearchMedia")
        token: str | None = None
        while True:
            result = await self.call("SearchMedia", scroll_token=token, **params)
            items = _items(result, op)
            for item in items:
                yield item
            token = None if isinstance(result.scroll_token, Unset) else result.scroll_token
            if not items or not token:
                return

    async def wait_for_index_jobs(
        self, media_id: str, *, search_lib_name: str | None = None, timeout: float = 60.0, interval: float = 0.5
    ) -> list[Any]:
        deadline = time.monotonic() + timeout
        while True:
            result = await self.call("QueryMediaIndexJob", media_id=media_id, search_lib_name=search_lib_name)
            jobs = [] if isinstance(result.index_job_info_list, Unset) else list(result.index_job_info_list)
            if jobs and all(str(j.status) in _JOB_STATES.terminal for j in jobs):
                return jobs
            if time.monotonic() > deadline:
                raise IceWaitTimeout(f"index jobs of {media_id} not finished after {timeout} s")
            await asyncio.sleep(interval)
