"""``client.scene_summaries``: natural-language summaries of an asset's scenes (tag ``scene-summaries``).

``request`` -> ``wait_until_done`` (or ``status``) -> ``get``.

Retries (decided by the client core from the spec): ``status``/``get``
(GET) are retried on connection errors, 429 and 5xx; ``request`` and
``cancel`` (POST) only on 429 and on connection errors raised before the
request was sent.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from media_intelligence_client.api.scene_summaries import (
    cancel_scene_summary,
    get_scene_summary,
    get_scene_summary_status,
    request_scene_summary,
)
from media_intelligence_client.models import (
    CancelSceneSummaryResponse,
    GetSceneSummaryResponse,
    GetSceneSummaryStatusResponse,
    RequestSceneSummaryRequest,
    RequestSceneSummaryResponse,
    SceneSummaryRequestResult,
    SceneSummaryResult,
    SceneSummaryStatusResult,
)

from .._waiters import AsyncWaiter, ProgressCallback, Waiter
from ._base import AsyncAPIResource, SyncAPIResource, given, operations, unset_to_none

__all__ = ["AsyncSceneSummaries", "SceneSummaries"]


def _path(ws: str, project: int | str, asset_id: int | str) -> dict[str, str]:
    return {"workspace_name": ws, "project_id": str(project), "asset_id": str(asset_id)}


def _body(scene_ids: Sequence[int] | None, locale: str | None) -> RequestSceneSummaryRequest | None:
    if scene_ids is None and locale is None:
        return None
    return RequestSceneSummaryRequest(**given(scene_ids=None if scene_ids is None else list(scene_ids), locale=locale))


class SceneSummaries(SyncAPIResource):
    """Scene summaries of analysed assets."""

    @operations("requestSceneSummary")
    def request(
        self,
        asset_id: int | str,
        *,
        project: int | str,
        scene_ids: Sequence[int] | None = None,
        locale: str | None = None,
        workspace: str | None = None,
    ) -> SceneSummaryRequestResult | None:
        """Start summarising the asset's scenes (``requestSceneSummary``); POST: retried only on 429/pre-send."""
        ws = self._workspace(workspace, "requestSceneSummary")
        response = self._call(
            "requestSceneSummary",
            request_scene_summary.sync_detailed,
            path=_path(ws, project, asset_id),
            body=_body(scene_ids, locale),
            cast_to=RequestSceneSummaryResponse,
        )
        return unset_to_none(response.result)

    @operations("getSceneSummaryStatus")
    def status(
        self, asset_id: int | str, *, project: int | str, workspace: str | None = None
    ) -> SceneSummaryStatusResult:
        """The state of the scene summary (``getSceneSummaryStatus``)."""
        ws = self._workspace(workspace, "getSceneSummaryStatus")
        return self._call(
            "getSceneSummaryStatus",
            get_scene_summary_status.sync_detailed,
            path=_path(ws, project, asset_id),
            cast_to=GetSceneSummaryStatusResponse,
        ).result

    @operations("cancelSceneSummary")
    def cancel(
        self, asset_id: int | str, *, project: int | str, workspace: str | None = None
    ) -> CancelSceneSummaryResponse:
        """Cancel the scene summary (``cancelSceneSummary``; no result); POST: retried only on 429/pre-send."""
        ws = self._workspace(workspace, "cancelSceneSummary")
        return self._call(
            "cancelSceneSummary",
            cancel_scene_summary.sync_detailed,
            path=_path(ws, project, asset_id),
            cast_to=CancelSceneSummaryResponse,
        )

    @operations("getSceneSummary")
    def get(self, asset_id: int | str, *, project: int | str, workspace: str | None = None) -> SceneSummaryResult:
        """The scene summaries (``getSceneSummary``)."""
        ws = self._workspace(workspace, "getSceneSummary")
        return self._call(
            "getSceneSummary",
            get_scene_summary.sync_detailed,
            path=_path(ws, project, asset_id),
            cast_to=GetSceneSummaryResponse,
        ).result

    def get_waiter(self, name: Literal["done"] = "done") -> Waiter[SceneSummaryStatusResult]:
        """The ``done`` waiter (polls ``getSceneSummaryStatus``; see `media_intelligence._waiters`)."""
        return self._waiter("scene_summaries", name, self.status)

    @operations("getSceneSummaryStatus")
    def wait_until_done(
        self,
        asset_id: int | str,
        *,
        project: int | str,
        workspace: str | None = None,
        timeout: float | None = None,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> SceneSummaryStatusResult:
        """Poll until the summary ends; `SceneSummaryFailedError` on a failure state, `WaiterTimeoutError`."""
        return self.get_waiter().wait(
            asset_id,
            project=project,
            workspace=workspace,
            timeout=timeout,
            poll_interval=poll_interval,
            on_progress=on_progress,
        )


class AsyncSceneSummaries(AsyncAPIResource):
    """Async twin of `SceneSummaries`."""

    @operations("requestSceneSummary")
    async def request(
        self,
        asset_id: int | str,
        *,
        project: int | str,
        scene_ids: Sequence[int] | None = None,
        locale: str | None = None,
        workspace: str | None = None,
    ) -> SceneSummaryRequestResult | None:
        """Start summarising the asset's scenes (``requestSceneSummary``); POST: retried only on 429/pre-send."""
        ws = self._workspace(workspace, "requestSceneSummary")
        response = await self._call(
            "requestSceneSummary",
            request_scene_summary.asyncio_detailed,
            path=_path(ws, project, asset_id),
            body=_body(scene_ids, locale),
            cast_to=RequestSceneSummaryResponse,
        )
        return unset_to_none(response.result)

    @operations("getSceneSummaryStatus")
    async def status(
        self, asset_id: int | str, *, project: int | str, workspace: str | None = None
    ) -> SceneSummaryStatusResult:
        """The state of the scene summary (``getSceneSummaryStatus``)."""
        ws = self._workspace(workspace, "getSceneSummaryStatus")
        return (
            await self._call(
                "getSceneSummaryStatus",
                get_scene_summary_status.asyncio_detailed,
                path=_path(ws, project, asset_id),
                cast_to=GetSceneSummaryStatusResponse,
            )
        ).result

    @operations("cancelSceneSummary")
    async def cancel(
        self, asset_id: int | str, *, project: int | str, workspace: str | None = None
    ) -> CancelSceneSummaryResponse:
        """Cancel the scene summary (``cancelSceneSummary``; no result); POST: retried only on 429/pre-send."""
        ws = self._workspace(workspace, "cancelSceneSummary")
        return await self._call(
            "cancelSceneSummary",
            cancel_scene_summary.asyncio_detailed,
            path=_path(ws, project, asset_id),
            cast_to=CancelSceneSummaryResponse,
        )

    @operations("getSceneSummary")
    async def get(self, asset_id: int | str, *, project: int | str, workspace: str | None = None) -> SceneSummaryResult:
        """The scene summaries (``getSceneSummary``)."""
        ws = self._workspace(workspace, "getSceneSummary")
        return (
            await self._call(
                "getSceneSummary",
                get_scene_summary.asyncio_detailed,
                path=_path(ws, project, asset_id),
                cast_to=GetSceneSummaryResponse,
            )
        ).result

    def get_waiter(self, name: Literal["done"] = "done") -> AsyncWaiter[SceneSummaryStatusResult]:
        """The ``done`` waiter (polls ``getSceneSummaryStatus``; see `media_intelligence._waiters`)."""
        return self._waiter("scene_summaries", name, self.status)

    @operations("getSceneSummaryStatus")
    async def wait_until_done(
        self,
        asset_id: int | str,
        *,
        project: int | str,
        workspace: str | None = None,
        timeout: float | None = None,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> SceneSummaryStatusResult:
        """Poll until the summary ends; `SceneSummaryFailedError` on a failure state, `WaiterTimeoutError`."""
        return await self.get_waiter().wait(
            asset_id,
            project=project,
            workspace=workspace,
            timeout=timeout,
            poll_interval=poll_interval,
            on_progress=on_progress,
        )
