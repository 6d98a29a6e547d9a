"""The waiters: the polling loop, written once, and one typed ``wait`` per status call.

`AsyncWaiter` polls a status call until the spec says the work is done
(states, delays and limits: `media_intelligence._waiters`). Each waiter's
``wait`` takes what its status call takes, then the `WaitOptions` (the wait
settings and the per-call options every poll is sent with), and returns what
the status call returns, so a type checker flags a wrong or missing argument.
``make generate`` derives the blocking twins (`Waiter`...) from this module.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar, Unpack

from media_intelligence_client import models

from ..._types import RequestOptions
from ..._waiters import WaiterBase, WaitOptions, request_options
from .._base import Id, report_async, sleep_async

if TYPE_CHECKING:
    from ..._api_client import AsyncAPIClient

__all__ = ["AsyncAssetWaiter", "AsyncSearchImageWaiter", "AsyncSearchWaiter", "AsyncThumbnailWaiter", "AsyncWaiter"]

_R = TypeVar("_R")


class AsyncWaiter(WaiterBase, Generic[_R]):
    """Polls a status call until a terminal state (cancelling the task of an async wait stops it).

    The subclasses type ``wait`` for their status call.
    """

    def __init__(self, client: AsyncAPIClient, namespace: str, name: str, poll: Callable[..., Any]) -> None:
        super().__init__(client, namespace, name)
        self._poll = poll
        # tests make time virtual by setting the sleep on the client
        self._sleep: Callable[[float], Any] = getattr(client, "_waiter_sleep", None) or sleep_async

    async def _wait(self, poll: Callable[[RequestOptions], Any], options: WaitOptions) -> _R:
        """Poll ``poll(request options)`` as ``options`` say; the last result once it is done."""
        limit, delay, cap, attempts = self._settings(options)
        request = request_options(self._client, options)
        on_progress = options.get("on_progress")
        start = self.clock()
        attempt = 0
        while True:
            attempt += 1
            result: _R = await poll(request)
            progress, error = self._judge(
                result, attempt=attempt, start=start, limit=limit, delay=delay, max_attempts=attempts
            )
            if on_progress is not None:
                await report_async(on_progress, progress)
            if error is not None:
                raise error
            if progress.next_delay is None:
                return result
            await self._sleep(progress.next_delay)
            delay = min(delay * self.config.backoff, cap)


class AsyncAssetWaiter(AsyncWaiter[_R]):
    """Waits for work on an asset: its import, its analysis (current or deprecated API), its scene summary."""

    async def wait(
        self, asset_id: Id, *, project_id: Id, workspace: str | None = None, **options: Unpack[WaitOptions]
    ) -> _R:
        """Poll the asset's status until the work is done; the last status."""
        return await self._wait(
            lambda o: self._poll(asset_id, project_id=project_id, workspace=workspace, **o), options
        )


class AsyncSearchWaiter(AsyncWaiter[models.SearchResult]):
    """Waits for a search (``getSearchResult``)."""

    async def wait(
        self,
        search_id: str,
        *,
        workspace: str | None = None,
        page_num: int | None = None,
        page_size: int | None = None,
        **options: Unpack[WaitOptions],
    ) -> models.SearchResult:
        """Poll until the search is done; its result page ``page_num`` (default: the first)."""
        return await self._wait(
            lambda o: self._poll(search_id, workspace=workspace, page_num=page_num, page_size=page_size, **o), options
        )


class AsyncSearchImageWaiter(AsyncWaiter[models.SearchImageUploadStatus]):
    """Waits until an uploaded query image is usable (``getSearchImageUploadStatus``)."""

    async def wait(self, *, asset_key: str, **options: Unpack[WaitOptions]) -> models.SearchImageUploadStatus:
        """Poll the upload status of the image ``asset_key``; the last status."""
        return await self._wait(lambda o: self._poll(asset_key=asset_key, **o), options)


class AsyncThumbnailWaiter(AsyncWaiter[models.PersonThumbnailUploadResult]):
    """Waits until an uploaded face image is usable (``getPersonThumbnailUploadStatus``)."""

    async def wait(
        self, *, thumbnail_key: str, workspace: str | None = None, **options: Unpack[WaitOptions]
    ) -> models.PersonThumbnailUploadResult:
        """Poll the upload status of the thumbnail ``thumbnail_key``; the last status."""
        return await self._wait(lambda o: self._poll(thumbnail_key=thumbnail_key, workspace=workspace, **o), options)
