"""``client.persons``: registered persons (faces), their thumbnails and tags (tag ``persons``).

Registering a person: ``key = persons.upload_thumbnail("face.jpg")`` (rules
checked with Pillow first, presigned URL, PUT, status) then
``persons.create(thumbnails=[key], name=...)``. A retried ``create`` could
register the person twice, a retried ``merge`` could fail half-way through:
neither is repeated once the request reached the API. The single operations
are rendered from tools/resource_table.py (`_rendered`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, Unpack

from media_intelligence_client import models

from ..._types import RequestOptions
from ..._uploads import FileSource, UploadRules, check_upload, put_presigned_async
from ..._waiters import WaitOptions, request_options
from .._base import Id, current_operation, given, operation, operations
from ._rendered import AsyncPersonsOps
from ._waiters import AsyncThumbnailWaiter

__all__ = ["AsyncPersons"]

ThumbnailArg = str | models.PersonThumbnailInput


def _thumbnails(
    thumbnails: Sequence[ThumbnailArg], primary_thumbnail: str | None, first_is_primary: bool
) -> list[models.PersonThumbnailInput]:
    """Thumbnail keys -> ``PersonThumbnailInput``; ``primary_thumbnail`` (or the first key) is the primary one."""
    items = [thumbnails] if isinstance(thumbnails, str) else list(thumbnails)
    has_primary = any(isinstance(t, models.PersonThumbnailInput) and t.is_primary_thumbnail for t in items)
    if primary_thumbnail is None and first_is_primary and not has_primary:
        first = next((t for t in items if isinstance(t, str)), None)
        primary_thumbnail = first
    return [
        t if isinstance(t, models.PersonThumbnailInput) else models.PersonThumbnailInput(t, t == primary_thumbnail)
        for t in items
    ]


class AsyncPersons(AsyncPersonsOps):
    """Registered persons of a workspace."""

    # -- persons ------------------------------------------------------------------

    @operation("createPerson")
    async def create(
        self,
        *,
        thumbnails: Sequence[ThumbnailArg],
        name: str | None = None,
        description: str | None = None,
        primary_thumbnail: str | None = None,
        workspace: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> models.Person:
        """Register a person with uploaded face thumbnails.

        ``thumbnails``: thumbnail keys (from `upload_thumbnail`) or
        ``PersonThumbnailInput`` models; the key ``primary_thumbnail`` (by
        default the first key) is marked primary.
        """
        body = models.CreatePersonRequest(
            thumbnails=_thumbnails(thumbnails, primary_thumbnail, True),
            **given(name=name, description=description),
        )
        return (await self._call(models.CreatePersonResponse, options, workspace=workspace, body=body)).result

    # -- thumbnails ---------------------------------------------------------------

    @operation("addPersonThumbnails")
    async def add_thumbnails(
        self,
        person_id: Id,
        *,
        thumbnails: Sequence[ThumbnailArg],
        primary_thumbnail: str | None = None,
        workspace: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> models.PersonThumbnailList:
        """Add uploaded face thumbnails."""
        path = {"person_id": str(person_id)}
        body = models.AddPersonThumbnailsRequest(thumbnails=_thumbnails(thumbnails, primary_thumbnail, False))
        cast = models.AddPersonThumbnailsResponse
        return (await self._call(cast, options, workspace=workspace, path=path, body=body)).result

    def get_waiter(self, name: Literal["thumbnail_uploaded"] = "thumbnail_uploaded") -> AsyncThumbnailWaiter:
        """The ``thumbnail_uploaded`` waiter (polls ``getPersonThumbnailUploadStatus``)."""
        return AsyncThumbnailWaiter(self._client, "persons", name, self.thumbnail_upload_status)

    @operations("createPersonThumbnailUploadUrl", "getPersonThumbnailUploadStatus")
    async def upload_thumbnail(
        self,
        file: FileSource,
        *,
        file_name: str | None = None,
        workspace: str | None = None,
        **options: Unpack[WaitOptions],
    ) -> str:
        """Upload a face image; returns its ``thumbnailKey`` (for `create`/`add_thumbnails`/`recommend_by_thumbnail`).

        ``file``: a path, bytes or a binary file. The spec's
        ``x-upload-rules`` (formats, max bytes, min pixels) are checked with
        Pillow first: a `RequestValidationError` naming the rule, and no
        request, when the file breaks one. Then: presigned URL, HTTP PUT of
        the bytes (no signature headers), upload status until COMPLETED
        (`UploadFailedError` on FAILED). ``options``: the `WaitOptions` of
        the status wait; ``timeout`` bounds every request, the PUT included.
        """
        prepared = check_upload(UploadRules.of(self._client, current_operation()), file, file_name=file_name)
        ws = self._workspace(workspace)
        request = request_options(self._client, options)
        target = await self.create_thumbnail_upload_url(thumbnail_file_name=prepared.file_name, workspace=ws, **request)
        await put_presigned_async(self._client.http_client, target.url, prepared, timeout=request.get("timeout"))
        await self.get_waiter().wait(thumbnail_key=target.thumbnail_key, workspace=ws, **options)
        return target.thumbnail_key
