"""``client.scene_summaries``: natural-language summaries of an asset's scenes (tag ``scene-summaries``).

``request`` -> ``wait_until_done`` (or ``status``) -> ``get``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, Unpack

from media_intelligence_client import models

from ..._types import RequestOptions
from .._base import Id, given, operation
from ._jobs import AsyncAssetJobs
from ._jobs import asset_path as _path
from ._waiters import AsyncAssetWaiter

__all__ = ["AsyncSceneSummaries"]


def _body(scene_ids: Sequence[int] | None, locale: str | None) -> models.RequestSceneSummaryRequest | None:
    if scene_ids is None and locale is None:
        return None
    return models.RequestSceneSummaryRequest(
        **given(scene_ids=None if scene_ids is None else list(scene_ids), locale=locale)
    )


class AsyncSceneSummaries(AsyncAssetJobs[models.SceneSummaryStatusResult]):
    """Scene summaries of analysed assets."""

    @operation("requestSceneSummary")
    async def request(
        self,
        asset_id: Id,
        *,
        project_id: Id,
        scene_ids: Sequence[int] | None = None,
        locale: str | None = None,
        workspace: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> models.SceneSummaryRequestResult | None:
        """Start summarising the asset's scenes."""
        path, body = _path(project_id, asset_id), _body(scene_ids, locale)
        response = await self._call(
            models.RequestSceneSummaryResponse, options, workspace=workspace, path=path, body=body
        )
        return response.result

    @operation("getSceneSummaryStatus")
    async def status(
        self, asset_id: Id, *, project_id: Id, workspace: str | None = None, **options: Unpack[RequestOptions]
    ) -> models.SceneSummaryStatusResult:
        """The state of the scene summary."""
        path = _path(project_id, asset_id)
        return (await self._call(models.GetSceneSummaryStatusResponse, options, workspace=workspace, path=path)).result

    @operation("cancelSceneSummary")
    async def cancel(
        self, asset_id: Id, *, project_id: Id, workspace: str | None = None, **options: Unpack[RequestOptions]
    ) -> None:
        """Cancel the scene summary."""
        path = _path(project_id, asset_id)
        await self._call(models.CancelSceneSummaryResponse, options, workspace=workspace, path=path)

    @operation("getSceneSummary")
    async def get(
        self, asset_id: Id, *, project_id: Id, workspace: str | None = None, **options: Unpack[RequestOptions]
    ) -> models.SceneSummaryResult:
        """The scene summaries."""
        path = _path(project_id, asset_id)
        return (await self._call(models.GetSceneSummaryResponse, options, workspace=workspace, path=path)).result

    def get_waiter(self, name: Literal["done"] = "done") -> AsyncAssetWaiter[models.SceneSummaryStatusResult]:
        """The ``done`` waiter (polls ``getSceneSummaryStatus``; see `media_intelligence._waiters`)."""
        return AsyncAssetWaiter(self._client, "scene_summaries", name, self.status)

    wait_until_done = AsyncAssetJobs._wait_until
