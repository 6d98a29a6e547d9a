"""``client.indexes``: analysing assets and reading their index (tags ``indexes`` and ``analysis``).

The current API keeps one latest index per asset (``/index``):
``request`` -> ``wait_until_done`` (or ``status``) -> ``get``. The deprecated
API (``/analyze`` and ``/indexes/{index_id}``, removal announced for January
2027) is under ``client.indexes.legacy``; its first use warns with a
`DeprecationWarning`, once per client. A retried analysis request could
start a second analysis and count against the monthly analysis quota.
"""

from __future__ import annotations

import builtins
import functools
from collections.abc import Sequence
from typing import Literal, Unpack

from media_intelligence_client import models

from ..._pagination import AsyncPaginator
from ..._types import RequestOptions
from .._base import Id, current_operation, given, operation, to_enum
from ._jobs import AsyncAssetJobs
from ._jobs import asset_path as _path
from ._waiters import AsyncAssetWaiter

__all__ = ["AsyncIndexes", "AsyncLegacyIndexes"]

ConfidenceArg = Literal["LOW", "MEDIUM", "HIGH"] | models.IndexConfidenceLevel | str
SceneRangeArg = models.SceneRange | str
LanguageArg = models.SourceLanguage | str


def _enums(
    scene_range: SceneRangeArg | None, source_language: LanguageArg | None
) -> tuple[models.SceneRange | None, models.SourceLanguage | None]:
    """The enum fields the current and the deprecated request share, checked."""
    op = current_operation()
    return (
        to_enum(models.SceneRange, scene_range, op, "body.sceneRange"),
        to_enum(models.SourceLanguage, source_language, op, "body.sourceLanguage"),
    )


def _ids(values: Sequence[int | str] | None) -> builtins.list[int | str] | None:
    return None if values is None else builtins.list(values)


def _confidence(value: ConfidenceArg | None) -> models.IndexConfidenceLevel | None:
    return to_enum(models.IndexConfidenceLevel, value, current_operation(), "query.confidence_level")


class AsyncIndexes(AsyncAssetJobs[models.IndexStatusResult]):
    """Analysis requests and indexes of assets (the current ``/index`` API)."""

    @functools.cached_property
    def legacy(self) -> AsyncLegacyIndexes:
        """The deprecated analysis API (``/analyze``, ``/indexes/{index_id}``)."""
        return AsyncLegacyIndexes(self._client)

    @operation("requestIndex")
    async def request(
        self,
        asset_id: Id,
        *,
        project_id: Id,
        analysis_person_count: int,
        scene_range: SceneRangeArg | None = None,
        min_scene_duration_sec: int | None = None,
        max_scene_duration_sec: int | None = None,
        tag_ids: Sequence[int | str] | None = None,
        source_language: LanguageArg | None = None,
        detect_audio_effects: bool | None = None,
        workspace: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> models.IndexRequestResult | None:
        """Start analysing an imported asset; then `wait_until_done` and `get`."""
        scene, language = _enums(scene_range, source_language)
        body = models.RequestIndexRequest(
            analysis_person_count=analysis_person_count,
            scene_range=scene,
            source_language=language,
            **given(
                min_scene_duration_sec=min_scene_duration_sec,
                max_scene_duration_sec=max_scene_duration_sec,
                tag_id_list=_ids(tag_ids),
                detect_audio_effects=detect_audio_effects,
            ),
        )
        path = _path(project_id, asset_id)
        response = await self._call(models.RequestIndexResponse, options, workspace=workspace, path=path, body=body)
        return response.result

    @operation("getIndexStatus")
    async def status(
        self, asset_id: Id, *, project_id: Id, workspace: str | None = None, **options: Unpack[RequestOptions]
    ) -> models.IndexStatusResult:
        """The state of the asset's analysis."""
        path = _path(project_id, asset_id)
        return (await self._call(models.GetIndexStatusResponse, options, workspace=workspace, path=path)).result

    @operation("cancelIndex")
    async def cancel(
        self, asset_id: Id, *, project_id: Id, workspace: str | None = None, **options: Unpack[RequestOptions]
    ) -> None:
        """Cancel a running analysis."""
        await self._call(models.CancelIndexResponse, options, workspace=workspace, path=_path(project_id, asset_id))

    @operation("getIndex")
    async def get(
        self,
        asset_id: Id,
        *,
        project_id: Id,
        confidence_level: ConfidenceArg | None = None,
        workspace: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> models.Index:
        """The asset's latest index: scenes, captions, labels, persons, dialogue."""
        path, query = _path(project_id, asset_id), {"confidence_level": _confidence(confidence_level)}
        return (await self._call(models.GetIndexResponse, options, workspace=workspace, path=path, query=query)).result

    @operation("deleteIndex")
    async def delete(
        self, asset_id: Id, *, project_id: Id, workspace: str | None = None, **options: Unpack[RequestOptions]
    ) -> None:
        """Delete the asset's index."""
        await self._call(models.DeleteIndexResponse, options, workspace=workspace, path=_path(project_id, asset_id))

    def get_waiter(self, name: Literal["done"] = "done") -> AsyncAssetWaiter[models.IndexStatusResult]:
        """The ``done`` waiter (polls ``getIndexStatus``; see `media_intelligence._waiters`)."""
        return AsyncAssetWaiter(self._client, "indexes", name, self.status)

    wait_until_done = AsyncAssetJobs._wait_until


class AsyncLegacyIndexes(AsyncAssetJobs[models.AnalysisStatusResult]):
    """The deprecated analysis API; its first call warns `DeprecationWarning` (once per client)."""

    @operation("requestAnalysis")
    async def request_analysis(
        self,
        asset_id: Id,
        *,
        project_id: Id,
        analysis_person_count: int,
        scene_range: SceneRangeArg | None = None,
        tag_ids: Sequence[int | str] | None = None,
        source_language: LanguageArg | None = None,
        detect_audio_effects: bool | None = None,
        workspace: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> models.AnalysisRequestResult:
        """Start an analysis (use ``indexes.request``)."""
        scene, language = _enums(scene_range, source_language)
        body = models.RequestAnalysisRequest(
            analysis_person_count=analysis_person_count,
            scene_range=scene,
            source_language=language,
            **given(tag_id_list=_ids(tag_ids), detect_audio_effects=detect_audio_effects),
        )
        path = _path(project_id, asset_id)
        return (
            await self._call(models.RequestAnalysisResponse, options, workspace=workspace, path=path, body=body)
        ).result

    @operation("getAnalysisStatus")
    async def analysis_status(
        self, asset_id: Id, *, project_id: Id, workspace: str | None = None, **options: Unpack[RequestOptions]
    ) -> models.AnalysisStatusResult:
        """The state of the analysis (use ``indexes.status``)."""
        path = _path(project_id, asset_id)
        return (await self._call(models.GetAnalysisStatusResponse, options, workspace=workspace, path=path)).result

    @operation("cancelAnalysis")
    async def cancel_analysis(
        self, asset_id: Id, *, project_id: Id, workspace: str | None = None, **options: Unpack[RequestOptions]
    ) -> None:
        """Cancel the analysis (use ``indexes.cancel``)."""
        await self._call(models.CancelAnalysisResponse, options, workspace=workspace, path=_path(project_id, asset_id))

    @operation("listIndexes")
    def list(
        self, asset_id: Id, *, project_id: Id, workspace: str | None = None, **options: Unpack[RequestOptions]
    ) -> AsyncPaginator[models.IndexListItem, models.IndexList]:
        """The asset's indexes (``async for``; one response, not paged; use ``indexes.get``)."""
        return self._unpaged(
            lambda: self.list_page(asset_id, project_id=project_id, workspace=workspace, **options), "indexes"
        )

    @operation("listIndexes")
    async def list_page(
        self, asset_id: Id, *, project_id: Id, workspace: str | None = None, **options: Unpack[RequestOptions]
    ) -> models.IndexList:
        """The ``IndexList`` model of the asset (listIndexes is not paged)."""
        path = _path(project_id, asset_id)
        return (await self._call(models.ListIndexesResponse, options, workspace=workspace, path=path)).result

    @operation("getIndexById")
    async def get(
        self,
        index_id: Id,
        *,
        asset_id: Id,
        project_id: Id,
        confidence_level: ConfidenceArg | None = None,
        workspace: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> models.IndexDetails:
        """One index by id (use ``indexes.get``)."""
        path, query = _path(project_id, asset_id, index_id), {"confidence_level": _confidence(confidence_level)}
        return (
            await self._call(models.GetIndexByIdResponse, options, workspace=workspace, path=path, query=query)
        ).result

    @operation("deleteIndexById")
    async def delete(
        self,
        index_id: Id,
        *,
        asset_id: Id,
        project_id: Id,
        workspace: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete one index by id (use ``indexes.delete``)."""
        path = _path(project_id, asset_id, index_id)
        await self._call(models.DeleteIndexByIdResponse, options, workspace=workspace, path=path)

    def get_waiter(self, name: Literal["done"] = "done") -> AsyncAssetWaiter[models.AnalysisStatusResult]:
        """The ``done`` waiter of the deprecated API (polls ``getAnalysisStatus``)."""
        return AsyncAssetWaiter(self._client, "indexes.legacy", name, self.analysis_status)

    wait_until_done = AsyncAssetJobs._wait_until
