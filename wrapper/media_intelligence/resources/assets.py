"""``client.assets``: media assets imported from Object Storage (tag ``assets``).

Retries (decided by the client core from the spec): ``get``, ``list``,
``import_status`` (GET) and ``delete`` (DELETE) are retried on connection
errors, 429 and 5xx. ``import_from_object_storage`` (POST importAssets) and
``move`` (PATCH) are retried only on 429 and on connection errors raised
before the request was sent: a retried import could register the object
twice.

Workflows: ``import_from_object_storage(bucket, keys, project=...)`` imports
up to 10 objects (one importAssets call each; more than the spec's
``maxAssetsPerRequest`` is a `RequestValidationError`) and by default waits
until every import is done; ``upload_and_import(paths, bucket, project=...,
endpoint_url=...)`` first puts local files (and ``<file>.mi.json`` sidecars)
into any S3-compatible store with boto3 (extra ``s3``).
"""

from __future__ import annotations

import asyncio
import builtins
import os
from collections.abc import Callable, Iterable
from typing import Any, Literal, overload

from media_intelligence_client.api.assets import (
    delete_asset,
    get_asset,
    get_asset_import_status,
    import_assets,
    list_assets,
    move_asset,
)
from media_intelligence_client.models import (
    Asset,
    AssetImportStatus,
    AssetPage,
    Envelope,
    GetAssetImportStatusResponse,
    GetAssetResponse,
    ImportAssetsRequest,
    ImportAssetsResponse,
    ImportedAsset,
    ListAssetsResponse,
    MoveAssetResponse,
)

from .._pagination import AsyncPaginator, Pagination, SyncPaginator
from .._waiters import AsyncWaiter, ProgressCallback, Waiter
from .._workflows import S3Uploader, check_import_keys, import_batch_limit
from ._base import AsyncAPIResource, SyncAPIResource, operations

__all__ = ["Assets", "AsyncAssets"]

_NS = "assets"
PathArg = str | os.PathLike[str]


def _path(ws: str, project: int | str, asset_id: int | str | None = None) -> dict[str, str]:
    path = {"workspace_name": ws, "project_id": str(project)}
    if asset_id is not None:
        path["asset_id"] = str(asset_id)
    return path


def _remaining(deadline: float | None, clock: Callable[[], float]) -> float | None:
    if deadline is None:
        return None
    return max(deadline - clock(), 0.0)


class Assets(SyncAPIResource):
    """Media assets of a project."""

    # -- single operations --------------------------------------------------------

    @operations("listAssets")
    def list(
        self,
        *,
        project: int | str,
        workspace: str | None = None,
        page_size: int | None = None,
        start_page: int | None = None,
    ) -> SyncPaginator[Asset, AssetPage]:
        """Iterate over all assets of a project, fetching pages lazily (``listAssets``)."""
        return SyncPaginator(
            lambda n, s: self.list_page(project=project, workspace=workspace, page_num=n, page_size=s),
            Pagination.of(self._client, "listAssets"),
            page_size=page_size,
            start_page=start_page,
        )

    @operations("listAssets")
    def list_page(
        self, *, project: int | str, workspace: str | None = None, page_num: int = 1, page_size: int | None = None
    ) -> AssetPage:
        """One page of a project's assets (``listAssets``)."""
        ws = self._workspace(workspace, "listAssets")
        return self._call(
            "listAssets",
            list_assets.sync_detailed,
            path=_path(ws, project),
            query={"page_num": page_num, "page_size": page_size},
            cast_to=ListAssetsResponse,
        ).result

    @operations("getAsset")
    def get(self, asset_id: int | str, *, project: int | str, workspace: str | None = None) -> Asset:
        """A media asset (``getAsset``)."""
        ws = self._workspace(workspace, "getAsset")
        return self._call(
            "getAsset", get_asset.sync_detailed, path=_path(ws, project, asset_id), cast_to=GetAssetResponse
        ).result

    @operations("moveAsset")
    def move(
        self, asset_id: int | str, *, project: int | str, new_project_id: int | str, workspace: str | None = None
    ) -> Asset:
        """Move an asset to another project (``moveAsset``); PATCH: retried only on 429 and pre-send errors."""
        ws = self._workspace(workspace, "moveAsset")
        return self._call(
            "moveAsset",
            move_asset.sync_detailed,
            path=_path(ws, project, asset_id),
            query={"new_project_id": str(new_project_id)},
            cast_to=MoveAssetResponse,
        ).result

    @operations("deleteAsset")
    def delete(self, asset_id: int | str, *, project: int | str, workspace: str | None = None) -> Envelope:
        """Delete an asset (``deleteAsset``; no result); retried (DELETE is idempotent)."""
        ws = self._workspace(workspace, "deleteAsset")
        return self._call(
            "deleteAsset", delete_asset.sync_detailed, path=_path(ws, project, asset_id), cast_to=Envelope
        )

    @operations("getAssetImportStatus")
    def import_status(
        self, asset_id: int | str, *, project: int | str, workspace: str | None = None
    ) -> AssetImportStatus:
        """The import state of an asset (``getAssetImportStatus``)."""
        ws = self._workspace(workspace, "getAssetImportStatus")
        return self._call(
            "getAssetImportStatus",
            get_asset_import_status.sync_detailed,
            path=_path(ws, project, asset_id),
            cast_to=GetAssetImportStatusResponse,
        ).result

    # -- waiting ----------------------------------------------------------------

    def get_waiter(self, name: Literal["imported"] = "imported") -> Waiter[AssetImportStatus]:
        """The ``imported`` waiter (polls ``getAssetImportStatus``; see `media_intelligence._waiters`)."""
        return self._waiter(_NS, name, self.import_status)

    @operations("getAssetImportStatus")
    def wait_until_imported(
        self,
        asset_id: int | str,
        *,
        project: int | str,
        workspace: str | None = None,
        timeout: float | None = None,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> AssetImportStatus:
        """Poll until the import is done; `AssetImportFailedError` on a failure state, `WaiterTimeoutError`."""
        return self.get_waiter().wait(
            asset_id,
            project=project,
            workspace=workspace,
            timeout=timeout,
            poll_interval=poll_interval,
            on_progress=on_progress,
        )

    # -- workflows ---------------------------------------------------------------

    @overload
    def import_from_object_storage(
        self,
        bucket: str,
        keys: str | Iterable[str],
        *,
        project: int | str,
        workspace: str | None = ...,
        wait: Literal[True] = ...,
        timeout: float | None = ...,
        poll_interval: float | None = ...,
        on_progress: ProgressCallback | None = ...,
    ) -> builtins.list[AssetImportStatus]: ...

    @overload
    def import_from_object_storage(
        self,
        bucket: str,
        keys: str | Iterable[str],
        *,
        project: int | str,
        workspace: str | None = ...,
        wait: Literal[False],
        timeout: float | None = ...,
        poll_interval: float | None = ...,
        on_progress: ProgressCallback | None = ...,
    ) -> builtins.list[ImportedAsset]: ...

    @operations("importAssets", "getAssetImportStatus")
    def import_from_object_storage(
        self,
        bucket: str,
        keys: str | Iterable[str],
        *,
        project: int | str,
        workspace: str | None = None,
        wait: bool = True,
        timeout: float | None = None,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> builtins.list[AssetImportStatus] | builtins.list[ImportedAsset]:
        """Import objects of ``bucket`` as assets of ``project`` (one ``importAssets`` call per key).

        At most ``maxAssetsPerRequest`` (10) keys per call, as the API
        documents (10023); more raise `RequestValidationError` before any
        request. With ``wait`` (default) each import is polled until done
        (``timeout`` covers the whole batch) and the final
        ``AssetImportStatus`` models are returned; otherwise the
        ``ImportedAsset`` models of the import calls.

        Not retried after the request reached the API (POST): a retry could
        import an object twice.
        """
        return self._import_keys(bucket, keys, project, workspace, wait, timeout, poll_interval, on_progress)

    def _import_keys(
        self,
        bucket: str,
        keys: str | Iterable[str],
        project: int | str,
        workspace: str | None,
        wait: bool,
        timeout: float | None,
        poll_interval: float | None,
        on_progress: ProgressCallback | None,
    ) -> builtins.list[Any]:
        key_list = check_import_keys(self._client, keys)
        ws = self._workspace(workspace, "importAssets")
        imported: builtins.list[ImportedAsset] = []
        for key in key_list:
            imported.append(
                self._call(
                    "importAssets",
                    import_assets.sync_detailed,
                    path=_path(ws, project),
                    body=ImportAssetsRequest(key=key, bucket_name=bucket),
                    cast_to=ImportAssetsResponse,
                ).result
            )
        if not wait:
            return imported
        waiter = self.get_waiter()
        limit = waiter.timeout if timeout is None else timeout
        deadline = None if limit is None else waiter.clock() + limit
        return [
            waiter.wait(
                item.asset_id,
                project=project,
                workspace=ws,
                timeout=_remaining(deadline, waiter.clock),
                poll_interval=poll_interval,
                on_progress=on_progress,
            )
            for item in imported
        ]

    @overload
    def upload_and_import(
        self,
        paths: PathArg | Iterable[PathArg],
        bucket: str,
        *,
        project: int | str,
        workspace: str | None = ...,
        key_prefix: str = ...,
        endpoint_url: str | None = ...,
        aws_access_key_id: str | None = ...,
        aws_secret_access_key: str | None = ...,
        aws_session_token: str | None = ...,
        region_name: str | None = ...,
        s3_client: Any = ...,
        wait: Literal[True] = ...,
        timeout: float | None = ...,
        poll_interval: float | None = ...,
        on_progress: ProgressCallback | None = ...,
    ) -> builtins.list[AssetImportStatus]: ...

    @overload
    def upload_and_import(
        self,
        paths: PathArg | Iterable[PathArg],
        bucket: str,
        *,
        project: int | str,
        workspace: str | None = ...,
        key_prefix: str = ...,
        endpoint_url: str | None = ...,
        aws_access_key_id: str | None = ...,
        aws_secret_access_key: str | None = ...,
        aws_session_token: str | None = ...,
        region_name: str | None = ...,
        s3_client: Any = ...,
        wait: Literal[False],
        timeout: float | None = ...,
        poll_interval: float | None = ...,
        on_progress: ProgressCallback | None = ...,
    ) -> builtins.list[ImportedAsset]: ...

    @operations("importAssets", "getAssetImportStatus")
    def upload_and_import(
        self,
        paths: PathArg | Iterable[PathArg],
        bucket: str,
        *,
        project: int | str,
        workspace: str | None = None,
        key_prefix: str = "",
        endpoint_url: str | None = None,
        aws_access_key_id: str | None = None,
        aws_secret_access_key: str | None = None,
        aws_session_token: str | None = None,
        region_name: str | None = None,
        s3_client: Any = None,
        wait: bool = True,
        timeout: float | None = None,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> builtins.list[AssetImportStatus] | builtins.list[ImportedAsset]:
        """Put local files into an S3-compatible bucket with boto3, then import them.

        Each file goes to ``<key_prefix>/<file name>``; a sidecar
        ``<file>.mi.json`` next to it is uploaded as ``<key>.mi.json``. The
        store is reached with ``s3_client`` or the connection arguments
        (``endpoint_url``: NCP Object Storage ``https://kr.object.ncloudstorage.com``,
        moto, MinIO...; missing credentials fall back to boto3's chain).
        Files are imported in batches of ``maxAssetsPerRequest``; see
        `import_from_object_storage` for ``wait``. Needs the extra ``s3``.
        """
        uploader = S3Uploader(
            endpoint_url, aws_access_key_id, aws_secret_access_key, aws_session_token, region_name, s3_client
        )
        items = [paths] if isinstance(paths, (str, os.PathLike)) else builtins.list(paths)
        keys = uploader.upload(items, bucket, key_prefix=key_prefix)
        size = import_batch_limit(self._client)
        waiter = self.get_waiter()
        limit = waiter.timeout if timeout is None else timeout
        deadline = None if limit is None else waiter.clock() + limit
        results: builtins.list[Any] = []
        for start in range(0, len(keys), size):
            batch = keys[start : start + size]
            remaining = _remaining(deadline, waiter.clock)
            results.extend(
                self._import_keys(bucket, batch, project, workspace, wait, remaining, poll_interval, on_progress)
            )
        return results


class AsyncAssets(AsyncAPIResource):
    """Async twin of `Assets`."""

    # -- single operations --------------------------------------------------------

    @operations("listAssets")
    def list(
        self,
        *,
        project: int | str,
        workspace: str | None = None,
        page_size: int | None = None,
        start_page: int | None = None,
    ) -> AsyncPaginator[Asset, AssetPage]:
        """Iterate (``async for``) over all assets of a project, fetching pages lazily (``listAssets``)."""
        return AsyncPaginator(
            lambda n, s: self.list_page(project=project, workspace=workspace, page_num=n, page_size=s),
            Pagination.of(self._client, "listAssets"),
            page_size=page_size,
            start_page=start_page,
        )

    @operations("listAssets")
    async def list_page(
        self, *, project: int | str, workspace: str | None = None, page_num: int = 1, page_size: int | None = None
    ) -> AssetPage:
        """One page of a project's assets (``listAssets``)."""
        ws = self._workspace(workspace, "listAssets")
        return (
            await self._call(
                "listAssets",
                list_assets.asyncio_detailed,
                path=_path(ws, project),
                query={"page_num": page_num, "page_size": page_size},
                cast_to=ListAssetsResponse,
            )
        ).result

    @operations("getAsset")
    async def get(self, asset_id: int | str, *, project: int | str, workspace: str | None = None) -> Asset:
        """A media asset (``getAsset``)."""
        ws = self._workspace(workspace, "getAsset")
        return (
            await self._call(
                "getAsset", get_asset.asyncio_detailed, path=_path(ws, project, asset_id), cast_to=GetAssetResponse
            )
        ).result

    @operations("moveAsset")
    async def move(
        self, asset_id: int | str, *, project: int | str, new_project_id: int | str, workspace: str | None = None
    ) -> Asset:
        """Move an asset to another project (``moveAsset``); PATCH: retried only on 429 and pre-send errors."""
        ws = self._workspace(workspace, "moveAsset")
        return (
            await self._call(
                "moveAsset",
                move_asset.asyncio_detailed,
                path=_path(ws, project, asset_id),
                query={"new_project_id": str(new_project_id)},
                cast_to=MoveAssetResponse,
            )
        ).result

    @operations("deleteAsset")
    async def delete(self, asset_id: int | str, *, project: int | str, workspace: str | None = None) -> Envelope:
        """Delete an asset (``deleteAsset``; no result); retried (DELETE is idempotent)."""
        ws = self._workspace(workspace, "deleteAsset")
        return await self._call(
            "deleteAsset", delete_asset.asyncio_detailed, path=_path(ws, project, asset_id), cast_to=Envelope
        )

    @operations("getAssetImportStatus")
    async def import_status(
        self, asset_id: int | str, *, project: int | str, workspace: str | None = None
    ) -> AssetImportStatus:
        """The import state of an asset (``getAssetImportStatus``)."""
        ws = self._workspace(workspace, "getAssetImportStatus")
        return (
            await self._call(
                "getAssetImportStatus",
                get_asset_import_status.asyncio_detailed,
                path=_path(ws, project, asset_id),
                cast_to=GetAssetImportStatusResponse,
            )
        ).result

    # -- waiting ----------------------------------------------------------------

    def get_waiter(self, name: Literal["imported"] = "imported") -> AsyncWaiter[AssetImportStatus]:
        """The ``imported`` waiter (polls ``getAssetImportStatus``; see `media_intelligence._waiters`)."""
        return self._waiter(_NS, name, self.import_status)

    @operations("getAssetImportStatus")
    async def wait_until_imported(
        self,
        asset_id: int | str,
        *,
        project: int | str,
        workspace: str | None = None,
        timeout: float | None = None,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> AssetImportStatus:
        """Poll until the import is done; `AssetImportFailedError` on a failure state, `WaiterTimeoutError`."""
        return await self.get_waiter().wait(
            asset_id,
            project=project,
            workspace=workspace,
            timeout=timeout,
            poll_interval=poll_interval,
            on_progress=on_progress,
        )

    # -- workflows ---------------------------------------------------------------

    @overload
    async def import_from_object_storage(
        self,
        bucket: str,
        keys: str | Iterable[str],
        *,
        project: int | str,
        workspace: str | None = ...,
        wait: Literal[True] = ...,
        timeout: float | None = ...,
        poll_interval: float | None = ...,
        on_progress: ProgressCallback | None = ...,
    ) -> builtins.list[AssetImportStatus]: ...

    @overload
    async def import_from_object_storage(
        self,
        bucket: str,
        keys: str | Iterable[str],
        *,
        project: int | str,
        workspace: str | None = ...,
        wait: Literal[False],
        timeout: float | None = ...,
        poll_interval: float | None = ...,
        on_progress: ProgressCallback | None = ...,
    ) -> builtins.list[ImportedAsset]: ...

    @operations("importAssets", "getAssetImportStatus")
    async def import_from_object_storage(
        self,
        bucket: str,
        keys: str | Iterable[str],
        *,
        project: int | str,
        workspace: str | None = None,
        wait: bool = True,
        timeout: float | None = None,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> builtins.list[AssetImportStatus] | builtins.list[ImportedAsset]:
        """Async twin of `Assets.import_from_object_storage`; the imports are awaited concurrently.

        Not retried after the request reached the API (POST): a retry could
        import an object twice.
        """
        return await self._import_keys(bucket, keys, project, workspace, wait, timeout, poll_interval, on_progress)

    async def _import_keys(
        self,
        bucket: str,
        keys: str | Iterable[str],
        project: int | str,
        workspace: str | None,
        wait: bool,
        timeout: float | None,
        poll_interval: float | None,
        on_progress: ProgressCallback | None,
    ) -> builtins.list[Any]:
        key_list = check_import_keys(self._client, keys)
        ws = self._workspace(workspace, "importAssets")
        imported: builtins.list[ImportedAsset] = []
        for key in key_list:
            imported.append(
                (
                    await self._call(
                        "importAssets",
                        import_assets.asyncio_detailed,
                        path=_path(ws, project),
                        body=ImportAssetsRequest(key=key, bucket_name=bucket),
                        cast_to=ImportAssetsResponse,
                    )
                ).result
            )
        if not wait:
            return imported
        waiter = self.get_waiter()
        async with asyncio.TaskGroup() as group:
            tasks = [
                group.create_task(
                    waiter.wait(
                        item.asset_id,
                        project=project,
                        workspace=ws,
                        timeout=timeout,
                        poll_interval=poll_interval,
                        on_progress=on_progress,
                    )
                )
                for item in imported
            ]
        return [task.result() for task in tasks]

    @overload
    async def upload_and_import(
        self,
        paths: PathArg | Iterable[PathArg],
        bucket: str,
        *,
        project: int | str,
        workspace: str | None = ...,
        key_prefix: str = ...,
        endpoint_url: str | None = ...,
        aws_access_key_id: str | None = ...,
        aws_secret_access_key: str | None = ...,
        aws_session_token: str | None = ...,
        region_name: str | None = ...,
        s3_client: Any = ...,
        wait: Literal[True] = ...,
        timeout: float | None = ...,
        poll_interval: float | None = ...,
        on_progress: ProgressCallback | None = ...,
    ) -> builtins.list[AssetImportStatus]: ...

    @overload
    async def upload_and_import(
        self,
        paths: PathArg | Iterable[PathArg],
        bucket: str,
        *,
        project: int | str,
        workspace: str | None = ...,
        key_prefix: str = ...,
        endpoint_url: str | None = ...,
        aws_access_key_id: str | None = ...,
        aws_secret_access_key: str | None = ...,
        aws_session_token: str | None = ...,
        region_name: str | None = ...,
        s3_client: Any = ...,
        wait: Literal[False],
        timeout: float | None = ...,
        poll_interval: float | None = ...,
        on_progress: ProgressCallback | None = ...,
    ) -> builtins.list[ImportedAsset]: ...

    @operations("importAssets", "getAssetImportStatus")
    async def upload_and_import(
        self,
        paths: PathArg | Iterable[PathArg],
        bucket: str,
        *,
        project: int | str,
        workspace: str | None = None,
        key_prefix: str = "",
        endpoint_url: str | None = None,
        aws_access_key_id: str | None = None,
        aws_secret_access_key: str | None = None,
        aws_session_token: str | None = None,
        region_name: str | None = None,
        s3_client: Any = None,
        wait: bool = True,
        timeout: float | None = None,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> builtins.list[AssetImportStatus] | builtins.list[ImportedAsset]:
        """Async twin of `Assets.upload_and_import` (boto3 runs in a worker thread)."""
        uploader = S3Uploader(
            endpoint_url, aws_access_key_id, aws_secret_access_key, aws_session_token, region_name, s3_client
        )
        items = [paths] if isinstance(paths, (str, os.PathLike)) else builtins.list(paths)
        keys = await asyncio.to_thread(uploader.upload, items, bucket, key_prefix=key_prefix)
        size = import_batch_limit(self._client)
        waiter = self.get_waiter()
        limit = waiter.timeout if timeout is None else timeout
        deadline = None if limit is None else waiter.clock() + limit
        results: builtins.list[Any] = []
        for start in range(0, len(keys), size):
            batch = keys[start : start + size]
            remaining = _remaining(deadline, waiter.clock)
            results.extend(
                await self._import_keys(bucket, batch, project, workspace, wait, remaining, poll_interval, on_progress)
            )
        return results
