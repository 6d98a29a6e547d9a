"""``IceSearch`` / ``AsyncIceSearch``: the ICE search API over the generated client.

Signature V3 on every request, parameters checked against the spec before the
wire, typed errors per code, retries of read-only actions (5xx, throttling
with ``x-acs-retry-after``, transport errors), pagination over ``PageNo`` /
``PageSize`` and forward-only ``ScrollToken``, and a waiter for index jobs.
What each method does is written once, in ``_plans``; the two clients run it,
one blocking and one with ``await``.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx

from alibaba_ice_client import Client
from ice_spec.inputs import SERVERS

from . import _plans
from ._credentials import Credentials, endpoint_for_region
from ._signature import AcsSignatureV3Auth

__all__ = ["AsyncIceSearch", "IceSearch"]

ENV_REGION = "ALIBABA_CLOUD_REGION_ID"


def _base_url(region_id: str | None, endpoint: str | None) -> str:
    if endpoint:
        return endpoint.rstrip("/")
    region = region_id or os.environ.get(ENV_REGION) or SERVERS[0].variables["regionId"].default
    return endpoint_for_region(region)


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
        (result,) = self._run(_plans.call(action_name, params, self.max_retries))
        return result

    def iter_pages(self, action_name: str, **params: Any) -> Iterator[Any]:
        """Every item of a paged action, page by page (``PageNo`` from the first page)."""
        return self._run(_plans.pages(action_name, params, self.max_retries))

    def scroll_media(self, **params: Any) -> Iterator[Any]:
        """Every SearchMedia result, forward with ``ScrollToken`` (at most what the service lets scroll)."""
        return self._run(_plans.scroll(params, self.max_retries))

    def wait_for_index_jobs(
        self, media_id: str, *, search_lib_name: str | None = None, timeout: float = 60.0, interval: float = 0.5
    ) -> list[Any]:
        """Poll QueryMediaIndexJob until every job is terminal (``x-terminal-states`` of IndexJobStatus)."""
        (jobs,) = self._run(_plans.index_jobs(media_id, search_lib_name, timeout, interval, self.max_retries))
        return list(jobs)

    def _run(self, plan: _plans.Plan) -> Iterator[Any]:
        outcome: Any = None
        while (step := _plans.advance(plan, outcome)) is not None:
            if isinstance(step, _plans.Item):
                yield step.value
            outcome = step.run(self._client)


class AsyncIceSearch(_Base):
    """Asynchronous ICE search client."""

    async def aclose(self) -> None:
        await self._client.get_async_httpx_client().aclose()

    async def __aenter__(self) -> AsyncIceSearch:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def call(self, action_name: str, **params: Any) -> Any:
        """Run one action (keywords are the snake-case parameter names); the generated response model."""
        (result,) = [item async for item in self._run(_plans.call(action_name, params, self.max_retries))]
        return result

    def iter_pages(self, action_name: str, **params: Any) -> AsyncIterator[Any]:
        """Every item of a paged action, page by page (``async for``)."""
        return self._run(_plans.pages(action_name, params, self.max_retries))

    def scroll_media(self, **params: Any) -> AsyncIterator[Any]:
        """Every SearchMedia result, forward with ``ScrollToken`` (``async for``)."""
        return self._run(_plans.scroll(params, self.max_retries))

    async def wait_for_index_jobs(
        self, media_id: str, *, search_lib_name: str | None = None, timeout: float = 60.0, interval: float = 0.5
    ) -> list[Any]:
        """Poll QueryMediaIndexJob until every job is terminal (``x-terminal-states`` of IndexJobStatus)."""
        plan = _plans.index_jobs(media_id, search_lib_name, timeout, interval, self.max_retries)
        (jobs,) = [item async for item in self._run(plan)]
        return list(jobs)

    async def _run(self, plan: _plans.Plan) -> AsyncIterator[Any]:
        outcome: Any = None
        while (step := _plans.advance(plan, outcome)) is not None:
            if isinstance(step, _plans.Item):
                yield step.value
            outcome = await step.arun(self._client)
