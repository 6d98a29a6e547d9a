"""``client.indexes``: analysing assets and reading their index (tags ``indexes`` and ``analysis``).

The current API keeps one latest index per asset (``/index``):
``request`` -> ``wait_until_done`` (or ``status``) -> ``get``. The deprecated
API (``/analyze`` and ``/indexes/{index_id}``, removal announced for January
2027) is under ``client.indexes.legacy``; its first use warns with a
`DeprecationWarning`, once per client.

Retries (decided by the client core from the spec): ``status``/``get``
(GET) and ``delete`` (DELETE) are retried on connection errors, 429 and 5xx.
``request`` and ``cancel`` (POST) are retried only on 429 and on connection
errors raised before the request was sent (a retried request could start a
second analysis and count against the monthly analysis quota). The legacy
``cancel_analysis`` is a DELETE and retried like one.
"""

from __future__ import annotations

import builtins
import functools
from collections.abc import Sequence
from typing import Literal

from media_intelligence_client.api.analysis import cancel_analysis, get_analysis_status, request_analysis
from media_intelligence_client.api.indexes import (
    cancel_index,
    delete_index,
    delete_index_by_id,
    get_index,
    get_index_by_id,
    get_index_status,
    list_indexes,
    request_index,
)
from media_intelligence_client.models import (
    AnalysisRequestResult,
    AnalysisStatusResult,
    CancelAnalysisResponse,
    CancelIndexResponse,
    DeleteIndexByIdResponse,
    DeleteIndexResponse,
    GetAnalysisStatusResponse,
    GetIndexByIdResponse,
    GetIndexResponse,
    GetIndexStatusResponse,
    Index,
    IndexConfidenceLevel,
    IndexDetails,
    IndexList,
    IndexRequestResult,
    IndexStatusResult,
    ListIndexesResponse,
    RequestAnalysisRequest,
    RequestAnalysisResponse,
    RequestIndexRequest,
    RequestIndexResponse,
    SceneRange,
    SourceLanguage,
)

from .._waiters import AsyncWaiter, ProgressCallback, Waiter
from ._base import AsyncAPIResource, SyncAPIResource, given, operations, to_enum, unset_to_none

__all__ = ["AsyncIndexes", "AsyncLegacyIndexes", "Indexes", "LegacyIndexes"]

ConfidenceArg = Literal["LOW", "MEDIUM", "HIGH"] | IndexConfidenceLevel | str
SceneRangeArg = SceneRange | str
LanguageArg = SourceLanguage | str


def _path(ws: str, project: int | str, asset_id: int | str, index_id: int | str | None = None) -> dict[str, str]:
    path = {"workspace_name": ws, "project_id": str(project), "asset_id": str(asset_id)}
    if index_id is not None:
        path["index_id"] = str(index_id)
    return path


def _index_request(
    analysis_person_count: int,
    scene_range: SceneRangeArg | None,
    min_scene_duration_sec: int | None,
    max_scene_duration_sec: int | None,
    tag_id_list: Sequence[int | str] | None,
    source_language: LanguageArg | None,
    detect_audio_effects: bool | None,
) -> RequestIndexRequest:
    op = "requestIndex"
    return RequestIndexRequest(
        analysis_person_count=analysis_person_count,
        scene_range=to_enum(SceneRange, scene_range, op, "body.sceneRange"),
        source_language=to_enum(SourceLanguage, source_language, op, "body.sourceLanguage"),
        **given(
            min_scene_duration_sec=min_scene_duration_sec,
            max_scene_duration_sec=max_scene_duration_sec,
            tag_id_list=None if tag_id_list is None else builtins.list(tag_id_list),
            detect_audio_effects=detect_audio_effects,
        ),
    )


def _analysis_request(
    analysis_person_count: int,
    scene_range: SceneRangeArg | None,
    tag_id_list: Sequence[int | str] | None,
    source_language: LanguageArg | None,
    detect_audio_effects: bool | None,
) -> RequestAnalysisRequest:
    op = "requestAnalysis"
    return RequestAnalysisRequest(
        analysis_person_count=analysis_person_count,
        scene_range=to_enum(SceneRange, scene_range, op, "body.sceneRange"),
        source_language=to_enum(SourceLanguage, source_language, op, "body.sourceLanguage"),
        **given(
            tag_id_list=None if tag_id_list is None else builtins.list(tag_id_list),
            detect_audio_effects=detect_audio_effects,
        ),
    )


def _confidence(value: ConfidenceArg | None, op: str) -> IndexConfidenceLevel | None:
    return unset_to_none(to_enum(IndexConfidenceLevel, value, op, "query.confidence_level"))


# =============================================================================== sync


class Indexes(SyncAPIResource):
    """Analysis requests and indexes of assets (the current ``/index`` API)."""

    @functools.cached_property
    def legacy(self) -> LegacyIndexes:
        """The deprecated analysis API (``/analyze``, ``/indexes/{index_id}``)."""
        return LegacyIndexes(self._client)

    @operations("requestIndex")
    def request(
        self,
        asset_id: int | str,
        *,
        project: int | str,
        analysis_person_count: int,
        scene_range: SceneRangeArg | None = None,
        min_scene_duration_sec: int | None = None,
        max_scene_duration_sec: int | None = None,
        tag_id_list: Sequence[int | str] | None = None,
        source_language: LanguageArg | None = None,
        detect_audio_effects: bool | None = None,
        workspace: str | None = None,
    ) -> IndexRequestResult | None:
        """Start analysing an imported asset (``requestIndex``); then `wait_until_done` and `get`.

        POST: retried only on 429 and pre-send connection errors (a retry
        after the API received the request could start a second analysis).
        """
        ws = self._workspace(workspace, "requestIndex")
        body = _index_request(
            analysis_person_count,
            scene_range,
            min_scene_duration_sec,
            max_scene_duration_sec,
            tag_id_list,
            source_language,
            detect_audio_effects,
        )
        response = self._call(
            "requestIndex",
            request_index.sync_detailed,
            path=_path(ws, project, asset_id),
            body=body,
            cast_to=RequestIndexResponse,
        )
        return unset_to_none(response.result)

    @operations("getIndexStatus")
    def status(self, asset_id: int | str, *, project: int | str, workspace: str | None = None) -> IndexStatusResult:
        """The state of the asset's analysis (``getIndexStatus``)."""
        ws = self._workspace(workspace, "getIndexStatus")
        return self._call(
            "getIndexStatus",
            get_index_status.sync_detailed,
            path=_path(ws, project, asset_id),
            cast_to=GetIndexStatusResponse,
        ).result

    @operations("cancelIndex")
    def cancel(self, asset_id: int | str, *, project: int | str, workspace: str | None = None) -> CancelIndexResponse:
        """Cancel a running analysis (``cancelIndex``; no result). POST: retried only on 429/pre-send errors."""
        ws = self._workspace(workspace, "cancelIndex")
        return self._call(
            "cancelIndex", cancel_index.sync_detailed, path=_path(ws, project, asset_id), cast_to=CancelIndexResponse
        )

    @operations("getIndex")
    def get(
        self,
        asset_id: int | str,
        *,
        project: int | str,
        confidence_level: ConfidenceArg | None = None,
        workspace: str | None = None,
    ) -> Index:
        """The asset's latest index: scenes, captions, labels, persons, dialogue (``getIndex``)."""
        ws = self._workspace(workspace, "getIndex")
        return self._call(
            "getIndex",
            get_index.sync_detailed,
            path=_path(ws, project, asset_id),
            query={"confidence_level": _confidence(confidence_level, "getIndex")},
            cast_to=GetIndexResponse,
        ).result

    @operations("deleteIndex")
    def delete(self, asset_id: int | str, *, project: int | str, workspace: str | None = None) -> DeleteIndexResponse:
        """Delete the asset's index (``deleteIndex``; no result); retried (DELETE is idempotent)."""
        ws = self._workspace(workspace, "deleteIndex")
        return self._call(
            "deleteIndex", delete_index.sync_detailed, path=_path(ws, project, asset_id), cast_to=DeleteIndexResponse
        )

    def get_waiter(self, name: Literal["done"] = "done") -> Waiter[IndexStatusResult]:
        """The ``done`` waiter (polls ``getIndexStatus``; see `media_intelligence._waiters`)."""
        return self._waiter("indexes", name, self.status)

    @operations("getIndexStatus")
    def wait_until_done(
        self,
        asset_id: int | str,
        *,
        project: int | str,
        workspace: str | None = None,
        timeout: float | None = None,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> IndexStatusResult:
        """Poll until the analysis ends; `IndexFailedError` on ANALYZE_FAIL/ANALYZE_CANCEL, `WaiterTimeoutError`."""
        return self.get_waiter().wait(
            asset_id,
            project=project,
            workspace=workspace,
            timeout=timeout,
            poll_interval=poll_interval,
            on_progress=on_progress,
        )


class LegacyIndexes(SyncAPIResource):
    """The deprecated analysis API; every method warns `DeprecationWarning` (once per client)."""

    @operations("requestAnalysis")
    def request_analysis(
        self,
        asset_id: int | str,
        *,
        project: int | str,
        analysis_person_count: int,
        scene_range: SceneRangeArg | None = None,
        tag_id_list: Sequence[int | str] | None = None,
        source_language: LanguageArg | None = None,
        detect_audio_effects: bool | None = None,
        workspace: str | None = None,
    ) -> AnalysisRequestResult:
        """Start an analysis (deprecated ``requestAnalysis``; use ``indexes.request``).

        POST: retried only on 429 and pre-send connection errors.
        """
        self._warn_deprecated(self._client, "requestAnalysis")
        ws = self._workspace(workspace, "requestAnalysis")
        body = _analysis_request(analysis_person_count, scene_range, tag_id_list, source_language, detect_audio_effects)
        return self._call(
            "requestAnalysis",
            request_analysis.sync_detailed,
            path=_path(ws, project, asset_id),
            body=body,
            cast_to=RequestAnalysisResponse,
        ).result

    @operations("getAnalysisStatus")
    def analysis_status(
        self, asset_id: int | str, *, project: int | str, workspace: str | None = None
    ) -> AnalysisStatusResult:
        """The state of the analysis (deprecated ``getAnalysisStatus``; use ``indexes.status``)."""
        self._warn_deprecated(self._client, "getAnalysisStatus")
        ws = self._workspace(workspace, "getAnalysisStatus")
        return self._call(
            "getAnalysisStatus",
            get_analysis_status.sync_detailed,
            path=_path(ws, project, asset_id),
            cast_to=GetAnalysisStatusResponse,
        ).result

    @operations("cancelAnalysis")
    def cancel_analysis(
        self, asset_id: int | str, *, project: int | str, workspace: str | None = None
    ) -> CancelAnalysisResponse:
        """Cancel the analysis (deprecated ``cancelAnalysis``, a DELETE: retried; use ``indexes.cancel``)."""
        self._warn_deprecated(self._client, "cancelAnalysis")
        ws = self._workspace(workspace, "cancelAnalysis")
        return self._call(
            "cancelAnalysis",
            cancel_analysis.sync_detailed,
            path=_path(ws, project, asset_id),
            cast_to=CancelAnalysisResponse,
        )

    @operations("listIndexes")
    def list(self, asset_id: int | str, *, project: int | str, workspace: str | None = None) -> IndexList:
        """The asset's indexes by id (deprecated ``listIndexes``; not paged; use ``indexes.get``)."""
        self._warn_deprecated(self._client, "listIndexes")
        ws = self._workspace(workspace, "listIndexes")
        return self._call(
            "listIndexes", list_indexes.sync_detailed, path=_path(ws, project, asset_id), cast_to=ListIndexesResponse
        ).result

    @operations("getIndexById")
    def get(
        self,
        index_id: int | str,
        *,
        asset_id: int | str,
        project: int | str,
        confidence_level: ConfidenceArg | None = None,
        workspace: str | None = None,
    ) -> IndexDetails:
        """One index by id (deprecated ``getIndexById``; use ``indexes.get``)."""
        self._warn_deprecated(self._client, "getIndexById")
        ws = self._workspace(workspace, "getIndexById")
        return self._call(
            "getIndexById",
            get_index_by_id.sync_detailed,
            path=_path(ws, project, asset_id, index_id),
            query={"confidence_level": _confidence(confidence_level, "getIndexById")},
            cast_to=GetIndexByIdResponse,
        ).result

    @operations("deleteIndexById")
    def delete(
        self, index_id: int | str, *, asset_id: int | str, project: int | str, workspace: str | None = None
    ) -> DeleteIndexByIdResponse:
        """Delete one index by id (deprecated ``deleteIndexById``; retried; use ``indexes.delete``)."""
        self._warn_deprecated(self._client, "deleteIndexById")
        ws = self._workspace(workspace, "deleteIndexById")
        return self._call(
            "deleteIndexById",
            delete_index_by_id.sync_detailed,
            path=_path(ws, project, asset_id, index_id),
            cast_to=DeleteIndexByIdResponse,
        )

    def get_waiter(self, name: Literal["done"] = "done") -> Waiter[AnalysisStatusResult]:
        """The ``done`` waiter of the deprecated API (polls ``getAnalysisStatus``)."""
        return self._waiter("indexes.legacy", name, self.analysis_status)

    @operations("getAnalysisStatus")
    def wait_until_done(
        self,
        asset_id: int | str,
        *,
        project: int | str,
        workspace: str | None = None,
        timeout: float | None = None,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> AnalysisStatusResult:
        """Poll until the deprecated analysis ends; `AnalysisFailedError` on failure, `WaiterTimeoutError`."""
        return self.get_waiter().wait(
            asset_id,
            project=project,
            workspace=workspace,
            timeout=timeout,
            poll_interval=poll_interval,
            on_progress=on_progress,
        )


# =============================================================================== async


class AsyncIndexes(AsyncAPIResource):
    """Async twin of `Indexes`."""

    @functools.cached_property
    def legacy(self) -> AsyncLegacyIndexes:
        """The deprecated analysis API (``/analyze``, ``/indexes/{index_id}``)."""
        return AsyncLegacyIndexes(self._client)

    @operations("requestIndex")
    async def request(
        self,
        asset_id: int | str,
        *,
        project: int | str,
        analysis_person_count: int,
        scene_range: SceneRangeArg | None = None,
        min_scene_duration_sec: int | None = None,
        max_scene_duration_sec: int | None = None,
        tag_id_list: Sequence[int | str] | None = None,
        source_language: LanguageArg | None = None,
        detect_audio_effects: bool | None = None,
        workspace: str | None = None,
    ) -> IndexRequestResult | None:
        """Start analysing an imported asset (``requestIndex``); then `wait_until_done` and `get`.

        POST: retried only on 429 and pre-send connection errors (a retry
        after the API received the request could start a second analysis).
        """
        ws = self._workspace(workspace, "requestIndex")
        body = _index_request(
            analysis_person_count,
            scene_range,
            min_scene_duration_sec,
            max_scene_duration_sec,
            tag_id_list,
            source_language,
            detect_audio_effects,
        )
        response = await self._call(
            "requestIndex",
            request_index.asyncio_detailed,
            path=_path(ws, project, asset_id),
            body=body,
            cast_to=RequestIndexResponse,
        )
        return unset_to_none(response.result)

    @operations("getIndexStatus")
    async def status(
        self, asset_id: int | str, *, project: int | str, workspace: str | None = None
    ) -> IndexStatusResult:
        """The state of the asset's analysis (``getIndexStatus``)."""
        ws = self._workspace(workspace, "getIndexStatus")
        return (
            await self._call(
                "getIndexStatus",
                get_index_status.asyncio_detailed,
                path=_path(ws, project, asset_id),
                cast_to=GetIndexStatusResponse,
            )
        ).result

    @operations("cancelIndex")
    async def cancel(
        self, asset_id: int | str, *, project: int | str, workspace: str | None = None
    ) -> CancelIndexResponse:
        """Cancel a running analysis (``cancelIndex``; no result). POST: retried only on 429/pre-send errors."""
        ws = self._workspace(workspace, "cancelIndex")
        return await self._call(
            "cancelIndex",
            cancel_index.asyncio_detailed,
            path=_path(ws, project, asset_id),
            cast_to=CancelIndexResponse,
        )

    @operations("getIndex")
    async def get(
        self,
        asset_id: int | str,
        *,
        project: int | str,
        confidence_level: ConfidenceArg | None = None,
        workspace: str | None = None,
    ) -> Index:
        """The asset's latest index: scenes, captions, labels, persons, dialogue (``getIndex``)."""
        ws = self._workspace(workspace, "getIndex")
        return (
            await self._call(
                "getIndex",
                get_index.asyncio_detailed,
                path=_path(ws, project, asset_id),
                query={"confidence_level": _confidence(confidence_level, "getIndex")},
                cast_to=GetIndexResponse,
            )
        ).result

    @operations("deleteIndex")
    async def delete(
        self, asset_id: int | str, *, project: int | str, workspace: str | None = None
    ) -> DeleteIndexResponse:
        """Delete the asset's index (``deleteIndex``; no result); retried (DELETE is idempotent)."""
        ws = self._workspace(workspace, "deleteIndex")
        return await self._call(
            "deleteIndex",
            delete_index.asyncio_detailed,
            path=_path(ws, project, asset_id),
            cast_to=DeleteIndexResponse,
        )

    def get_waiter(self, name: Literal["done"] = "done") -> AsyncWaiter[IndexStatusResult]:
        """The ``done`` waiter (polls ``getIndexStatus``; see `media_intelligence._waiters`)."""
        return self._waiter("indexes", name, self.status)

    @operations("getIndexStatus")
    async def wait_until_done(
        self,
        asset_id: int | str,
        *,
        project: int | str,
        workspace: str | None = None,
        timeout: float | None = None,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> IndexStatusResult:
        """Poll until the analysis ends; `IndexFailedError` on ANALYZE_FAIL/ANALYZE_CANCEL, `WaiterTimeoutError`."""
        return await self.get_waiter().wait(
            asset_id,
            project=project,
            workspace=workspace,
            timeout=timeout,
            poll_interval=poll_interval,
            on_progress=on_progress,
        )


class AsyncLegacyIndexes(AsyncAPIResource):
    """Async twin of `LegacyIndexes`."""

    @operations("requestAnalysis")
    async def request_analysis(
        self,
        asset_id: int | str,
        *,
        project: int | str,
        analysis_person_count: int,
        scene_range: SceneRangeArg | None = None,
        tag_id_list: Sequence[int | str] | None = None,
        source_language: LanguageArg | None = None,
        detect_audio_effects: bool | None = None,
        workspace: str | None = None,
    ) -> AnalysisRequestResult:
        """Start an analysis (deprecated ``requestAnalysis``; use ``indexes.request``).

        POST: retried only on 429 and pre-send connection errors.
        """
        self._warn_deprecated(self._client, "requestAnalysis")
        ws = self._workspace(workspace, "requestAnalysis")
        body = _analysis_request(analysis_person_count, scene_range, tag_id_list, source_language, detect_audio_effects)
        return (
            await self._call(
                "requestAnalysis",
                request_analysis.asyncio_detailed,
                path=_path(ws, project, asset_id),
                body=body,
                cast_to=RequestAnalysisResponse,
            )
        ).result

    @operations("getAnalysisStatus")
    async def analysis_status(
        self, asset_id: int | str, *, project: int | str, workspace: str | None = None
    ) -> AnalysisStatusResult:
        """The state of the analysis (deprecated ``getAnalysisStatus``; use ``indexes.status``)."""
        self._warn_deprecated(self._client, "getAnalysisStatus")
        ws = self._workspace(workspace, "getAnalysisStatus")
        return (
            await self._call(
                "getAnalysisStatus",
                get_analysis_status.asyncio_detailed,
                path=_path(ws, project, asset_id),
                cast_to=GetAnalysisStatusResponse,
            )
        ).result

    @operations("cancelAnalysis")
    async def cancel_analysis(
        self, asset_id: int | str, *, project: int | str, workspace: str | None = None
    ) -> CancelAnalysisResponse:
        """Cancel the analysis (deprecated ``cancelAnalysis``, a DELETE: retried; use ``indexes.cancel``)."""
        self._warn_deprecated(self._client, "cancelAnalysis")
        ws = self._workspace(workspace, "cancelAnalysis")
        return await self._call(
            "cancelAnalysis",
            cancel_analysis.asyncio_detailed,
            path=_path(ws, project, asset_id),
            cast_to=CancelAnalysisResponse,
        )

    @operations("listIndexes")
    async def list(self, asset_id: int | str, *, project: int | str, workspace: str | None = None) -> IndexList:
        """The asset's indexes by id (deprecated ``listIndexes``; not paged; use ``indexes.get``)."""
        self._warn_deprecated(self._client, "listIndexes")
        ws = self._workspace(workspace, "listIndexes")
        return (
            await self._call(
                "listIndexes",
                list_indexes.asyncio_detailed,
                path=_path(ws, project, asset_id),
                cast_to=ListIndexesResponse,
            )
        ).result

    @operations("getIndexById")
    async def get(
        self,
        index_id: int | str,
        *,
        asset_id: int | str,
        project: int | str,
        confidence_level: ConfidenceArg | None = None,
        workspace: str | None = None,
    ) -> IndexDetails:
        """One index by id (deprecated ``getIndexById``; use ``indexes.get``)."""
        self._warn_deprecated(self._client, "getIndexById")
        ws = self._workspace(workspace, "getIndexById")
        return (
            await self._call(
                "getIndexById",
                get_index_by_id.asyncio_detailed,
                path=_path(ws, project, asset_id, index_id),
                query={"confidence_level": _confidence(confidence_level, "getIndexById")},
                cast_to=GetIndexByIdResponse,
            )
        ).result

    @operations("deleteIndexById")
    async def delete(
        self, index_id: int | str, *, asset_id: int | str, project: int | str, workspace: str | None = None
    ) -> DeleteIndexByIdResponse:
        """Delete one index by id (deprecated ``deleteIndexById``; retried; use ``indexes.delete``)."""
        self._warn_deprecated(self._client, "deleteIndexById")
        ws = self._workspace(workspace, "deleteIndexById")
        return await self._call(
            "deleteIndexById",
            delete_index_by_id.asyncio_detailed,
            path=_path(ws, project, asset_id, index_id),
            cast_to=DeleteIndexByIdResponse,
        )

    def get_waiter(self, name: Literal["done"] = "done") -> AsyncWaiter[AnalysisStatusResult]:
        """The ``done`` waiter of the deprecated API (polls ``getAnalysisStatus``)."""
        return self._waiter("indexes.legacy", name, self.analysis_status)

    @operations("getAnalysisStatus")
    async def wait_until_done(
        self,
        asset_id: int | str,
        *,
        project: int | str,
        workspace: str | None = None,
        timeout: float | None = None,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> AnalysisStatusResult:
        """Poll until the deprecated analysis ends; `AnalysisFailedError` on failure, `WaiterTimeoutError`."""
        return await self.get_waiter().wait(
            asset_id,
            project=project,
            workspace=workspace,
            timeout=timeout,
            poll_interval=poll_interval,
            on_progress=on_progress,
        )
