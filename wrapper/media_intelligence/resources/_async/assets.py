"""``client.assets``: media assets imported from Object Storage (tag ``assets``).

Workflows: ``import_from_object_storage(keys, bucket=..., project_id=...)``
imports up to 10 objects (one importAssets call each; more than the spec's
``maxAssetsPerRequest`` is a `RequestValidationError`) and by default waits
until every import is done; ``upload_and_import(paths, bucket=...,
project_id=..., endpoint_url=...)`` first puts local files (and ``<file>.mi.json`` sidecars)
into any S3-compatible store with boto3 (extra ``s3``). An import is not
repeated once the request reached the API: it could register the object twice.
The single operations are rendered from tools/resource_table.py (`_rendered`).
"""

from __future__ import annotations

import builtins
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Literal, Unpack, overload

from media_intelligence_client import models

from ..._errors import APIResponseValidationError
from ..._waiters import WaitOptions, request_options
from ..._workflows import S3Uploader, check_import_keys, import_batch_limit
from .._base import Id, gather_async, operations, to_thread_async
from ._jobs import AsyncAssetJobs
from ._jobs import asset_path as _path
from ._rendered import AsyncAssetsOps
from ._waiters import AsyncAssetWaiter

__all__ = ["AsyncAssets"]

PathArg = str | os.PathLike[str]
#: Object keys to import: one, or several.
Keys = str | Iterable[str]
#: Local files to upload: one, or several.
Paths = PathArg | Iterable[PathArg]


class AsyncAssets(AsyncAssetsOps, AsyncAssetJobs[models.AssetImportStatus]):
    """Media assets of a project."""

    # -- waiting ----------------------------------------------------------------

    def get_waiter(self, name: Literal["imported"] = "imported") -> AsyncAssetWaiter[models.AssetImportStatus]:
        """The ``imported`` waiter (polls ``getAssetImportStatus``; see `media_intelligence._waiters`)."""
        return AsyncAssetWaiter(self._client, "assets", name, self.import_status)

    wait_until_imported = AsyncAssetJobs._wait_until

    # -- workflows ---------------------------------------------------------------

    @overload
    async def import_from_object_storage(
        self,
        keys: Keys,
        *,
        bucket: str,
        project_id: Id,
        workspace: str | None = ...,
        wait: Literal[True] = ...,
        **options: Unpack[WaitOptions],
    ) -> builtins.list[models.AssetImportStatus]: ...

    @overload
    async def import_from_object_storage(
        self,
        keys: Keys,
        *,
        bucket: str,
        project_id: Id,
        workspace: str | None = ...,
        wait: Literal[False],
        **options: Unpack[WaitOptions],
    ) -> builtins.list[models.ImportedAsset]: ...

    @operations("importAssets", "getAssetImportStatus")
    async def import_from_object_storage(
        self,
        keys: Keys,
        *,
        bucket: str,
        project_id: Id,
        workspace: str | None = None,
        wait: bool = True,
        **options: Unpack[WaitOptions],
    ) -> builtins.list[models.AssetImportStatus] | builtins.list[models.ImportedAsset]:
        """Import objects of ``bucket`` as assets of ``project_id`` (one ``importAssets`` call per key).

        At most ``maxAssetsPerRequest`` (10) keys per call, as the API
        documents (10023); more raise `RequestValidationError` before any
        request. With ``wait`` (default) each import is polled until done
        (the async client polls them concurrently) and the final
        ``AssetImportStatus`` models are returned; otherwise the
        ``ImportedAsset`` models of the import calls. ``options``: the
        `WaitOptions`; ``timeout`` covers the whole batch's wait and bounds
        every request.
        """
        ws = self._workspace(workspace)
        key_list = check_import_keys(self._client, keys)
        self._checked_imports(bucket, key_list, project_id, ws)
        waiter = self.get_waiter()
        waiter.share_deadline(options.get("timeout"))
        return await self._import_keys(bucket, key_list, project_id, ws, waiter if wait else None, options)

    async def _import_keys(
        self,
        bucket: str,
        keys: builtins.list[str],
        project_id: Id,
        ws: str,
        waiter: AsyncAssetWaiter[models.AssetImportStatus] | None,
        options: WaitOptions,
    ) -> builtins.list[Any]:
        request = request_options(self._client, options)
        imported = [
            await self._import_one(project_id=project_id, key=key, bucket=bucket, workspace=ws, **request)
            for key in keys
        ]
        if waiter is None:
            return imported

        async def done(asset_id: int) -> models.AssetImportStatus:
            return await waiter.wait(asset_id, project_id=project_id, workspace=ws, **options)

        return await gather_async(done, [_new_asset_id(item) for item in imported])

    def _checked_imports(self, bucket: str, keys: builtins.list[str], project_id: Id, workspace: str) -> None:
        """Validate the import of each key, before the first request of the workflow."""
        for key in keys:
            body = models.ImportAssetsRequest(key=key, bucket_name=bucket)
            self._check("importAssets", workspace=workspace, path=_path(project_id), body=body)

    @overload
    async def upload_and_import(
        self,
        paths: Paths,
        *,
        bucket: str,
        project_id: Id,
        workspace: str | None = ...,
        key_prefix: str = ...,
        endpoint_url: str | None = ...,
        aws_access_key_id: str | None = ...,
        aws_secret_access_key: str | None = ...,
        aws_session_token: str | None = ...,
        region_name: str | None = ...,
        s3_client: Any = ...,
        wait: Literal[True] = ...,
        **options: Unpack[WaitOptions],
    ) -> builtins.list[models.AssetImportStatus]: ...

    @overload
    async def upload_and_import(
        self,
        paths: Paths,
        *,
        bucket: str,
        project_id: Id,
        workspace: str | None = ...,
        key_prefix: str = ...,
        endpoint_url: str | None = ...,
        aws_access_key_id: str | None = ...,
        aws_secret_access_key: str | None = ...,
        aws_session_token: str | None = ...,
        region_name: str | None = ...,
        s3_client: Any = ...,
        wait: Literal[False],
        **options: Unpack[WaitOptions],
    ) -> builtins.list[models.ImportedAsset]: ...

    @operations("importAssets", "getAssetImportStatus")
    async def upload_and_import(
        self,
        paths: Paths,
        *,
        bucket: str,
        project_id: Id,
        workspace: str | None = None,
        key_prefix: str = "",
        endpoint_url: str | None = None,
        aws_access_key_id: str | None = None,
        aws_secret_access_key: str | None = None,
        aws_session_token: str | None = None,
        region_name: str | None = None,
        s3_client: Any = None,
        wait: bool = True,
        **options: Unpack[WaitOptions],
    ) -> builtins.list[models.AssetImportStatus] | builtins.list[models.ImportedAsset]:
        """Put local files into an S3-compatible bucket with boto3, then import them.

        Each file goes to ``<key_prefix>/<file name>``; a sidecar
        ``<file>.mi.json`` next to it is uploaded as ``<key>.mi.json``. The
        store is reached with ``s3_client`` or the connection arguments
        (``endpoint_url``: NCP Object Storage ``https://kr.object.ncloudstorage.com``,
        moto, MinIO...; missing credentials fall back to boto3's chain; the
        async client runs boto3 in a worker thread; boto3 keeps its own
        timeouts). Files are imported in batches of ``maxAssetsPerRequest``;
        see `import_from_object_storage` for ``wait`` and the `WaitOptions`
        (``timeout`` covers every batch's wait). Needs the extra ``s3``.
        """
        ws = self._workspace(workspace)
        uploader = S3Uploader(
            endpoint_url, aws_access_key_id, aws_secret_access_key, aws_session_token, region_name, s3_client
        )
        items = [paths] if isinstance(paths, (str, os.PathLike)) else builtins.list(paths)
        # every import is checked before the first upload: bad input sends nothing, not even to the store
        self._checked_imports(bucket, [uploader.key_for(Path(p), key_prefix) for p in items], project_id, ws)
        keys = await to_thread_async(uploader.upload, items, bucket, key_prefix=key_prefix)
        size = import_batch_limit(self._client)
        waiter = self.get_waiter()
        waiter.share_deadline(options.get("timeout"))
        results: builtins.list[Any] = []
        for start in range(0, len(keys), size):
            batch = keys[start : start + size]
            results.extend(await self._import_keys(bucket, batch, project_id, ws, waiter if wait else None, options))
        return results


def _new_asset_id(item: models.ImportedAsset) -> int:
    # The name assetId is inferred (x-inferred in the spec; the only page showing this result says videoId).
    if isinstance(item.asset_id, int):
        return item.asset_id
    raise APIResponseValidationError(
        "importAssets answered without assetId, the inferred name of the new asset's id; nothing to wait for"
    )
