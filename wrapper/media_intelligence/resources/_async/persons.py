"""``client.persons``: registered persons (faces), their thumbnails and tags (tag ``persons``).

Registering a person: ``key = persons.upload_thumbnail("face.jpg")`` (rules
checked with Pillow first, presigned URL, PUT, status) then
``persons.create(thumbnails=[key], name=...)``. A retried ``create`` could
register the person twice, a retried ``merge`` could fail half-way through:
neither is repeated once the request reached the API.
"""

from __future__ import annotations

import builtins
import functools
from collections.abc import Sequence
from typing import Literal, Unpack

from media_intelligence_client import models

from ..._pagination import AsyncPaginator
from ..._types import RequestOptions
from ..._uploads import FileSource, UploadRules, check_upload, put_presigned_async
from ..._waiters import WaitOptions, request_options
from .._base import AsyncAPIResource, Id, current_operation, given, operation, operations, to_enum
from ._waiters import AsyncThumbnailWaiter

__all__ = ["AsyncPersons"]

ThumbnailArg = str | models.PersonThumbnailInput


def _person(person_id: Id) -> dict[str, str]:
    return {"person_id": str(person_id)}


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


def _search_body(
    page_num: int,
    page_size: int | None,
    name: str | None,
    person_ids: Sequence[int] | None,
    tag_ids: Sequence[int] | None,
    name_type: models.PersonNameType | str | None,
    sort_column: models.PersonSortColumn | str | None,
    sort_type: models.PersonSortType | str | None,
) -> models.SearchPersonsRequest:
    op = current_operation()
    return models.SearchPersonsRequest(
        page_num=page_num,
        name_type=to_enum(models.PersonNameType, name_type, op, "body.nameType"),
        sort_column=to_enum(models.PersonSortColumn, sort_column, op, "body.sortColumn"),
        sort_type=to_enum(models.PersonSortType, sort_type, op, "body.sortType"),
        **given(
            page_size=page_size,
            name=name,
            person_ids=None if person_ids is None else list(person_ids),
            tag_ids=None if tag_ids is None else list(tag_ids),
        ),
    )


class AsyncPersons(AsyncAPIResource):
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

    @operation("listPersons")
    def list(
        self,
        *,
        name: str | None = None,
        tag_ids: Sequence[int] | None = None,
        workspace: str | None = None,
        page_size: int | None = None,
        start_page: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[models.PersonSummary, models.PersonPage]:
        """Iterate (``async for``) over the workspace's persons (filtered by name/tags), pages fetched lazily."""
        return self._paginate(
            lambda n, s: self.list_page(
                name=name, tag_ids=tag_ids, workspace=workspace, page_num=n, page_size=s, **options
            ),
            page_size,
            start_page,
        )

    @operation("listPersons")
    async def list_page(
        self,
        *,
        name: str | None = None,
        tag_ids: Sequence[int] | None = None,
        workspace: str | None = None,
        page_num: int = 1,
        page_size: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> models.PersonPage:
        """One page of persons."""
        tags = None if tag_ids is None else builtins.list(tag_ids)
        query = {"page_num": page_num, "page_size": page_size, "name": name, "tag_id_list": tags}
        return (await self._call(models.ListPersonsResponse, options, workspace=workspace, query=query)).result

    @operation("searchPersons")
    def search(
        self,
        *,
        name: str | None = None,
        person_ids: Sequence[int] | None = None,
        tag_ids: Sequence[int] | None = None,
        name_type: models.PersonNameType | str | None = None,
        sort_column: models.PersonSortColumn | str | None = None,
        sort_type: models.PersonSortType | str | None = None,
        workspace: str | None = None,
        page_size: int | None = None,
        start_page: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[models.PersonSummary, models.PersonPage]:
        """Iterate (``async for``) over the persons matching the conditions (paged in the body).

        A POST, though it only reads: the spec does not mark it safe to repeat.
        """
        page = functools.partial(
            self.search_page,
            name=name,
            person_ids=person_ids,
            tag_ids=tag_ids,
            name_type=name_type,
            sort_column=sort_column,
            sort_type=sort_type,
            workspace=workspace,
            **options,
        )
        return self._paginate(lambda n, s: page(page_num=n, page_size=s), page_size, start_page)

    @operation("searchPersons")
    async def search_page(
        self,
        *,
        name: str | None = None,
        person_ids: Sequence[int] | None = None,
        tag_ids: Sequence[int] | None = None,
        name_type: models.PersonNameType | str | None = None,
        sort_column: models.PersonSortColumn | str | None = None,
        sort_type: models.PersonSortType | str | None = None,
        workspace: str | None = None,
        page_num: int = 1,
        page_size: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> models.PersonPage:
        """One page of matching persons (an empty page when the response has no result)."""
        body = _search_body(page_num, page_size, name, person_ids, tag_ids, name_type, sort_column, sort_type)
        response = await self._call(models.SearchPersonsResponse, options, workspace=workspace, body=body)
        page = response.result
        return page if page is not None else models.PersonPage(content=[])

    @operation("getPerson")
    async def get(
        self, person_id: Id, *, workspace: str | None = None, **options: Unpack[RequestOptions]
    ) -> models.Person:
        """A person with tags and thumbnails."""
        return (
            await self._call(models.GetPersonResponse, options, workspace=workspace, path=_person(person_id))
        ).result

    @operation("updatePerson")
    async def update(
        self,
        person_id: Id,
        *,
        name: str | None = None,
        description: str | None = None,
        primary_thumbnail_id: int | None = None,
        workspace: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> models.Person:
        """Rename a person or change its primary thumbnail."""
        body = models.UpdatePersonRequest(
            **given(name=name, description=description, primary_thumbnail_id=primary_thumbnail_id)
        )
        path = _person(person_id)
        return (
            await self._call(models.UpdatePersonResponse, options, workspace=workspace, path=path, body=body)
        ).result

    @operation("deletePerson")
    async def delete(
        self, person_id: Id, *, workspace: str | None = None, **options: Unpack[RequestOptions]
    ) -> models.Person | None:
        """Delete a person, irreversibly; the person as it was, when the API returns it."""
        response = await self._call(models.DeletePersonResponse, options, workspace=workspace, path=_person(person_id))
        return response.result

    # -- tags ---------------------------------------------------------------------

    @operation("addPersonTags")
    async def add_tags(
        self, person_id: Id, *, tag_ids: Sequence[int], workspace: str | None = None, **options: Unpack[RequestOptions]
    ) -> models.PersonTagList:
        """Attach person tags; returns the person's tags."""
        path, body = _person(person_id), models.AddPersonTagsRequest(tag_ids=builtins.list(tag_ids))
        return (
            await self._call(models.AddPersonTagsResponse, options, workspace=workspace, path=path, body=body)
        ).result

    @operation("removePersonTags", by_post=True)
    async def remove_tags(
        self,
        person_id: Id,
        *,
        tag_ids: Sequence[int],
        use_post: bool = False,
        workspace: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> models.PersonTagList:
        """Detach person tags (a DELETE with a body).

        ``use_post=True`` sends the POST twin instead (``removePersonTagsByPost``,
        for proxies that drop DELETE bodies; retried only on 429 and pre-send
        connection errors).
        """
        ids, inputs = builtins.list(tag_ids), {"workspace": workspace, "path": _person(person_id)}
        if use_post:
            post = models.RemovePersonTagsByPostRequest(tag_ids=ids)
            return (
                await self._call(models.RemovePersonTagsByPostResponse, options, body=post, by_post=True, **inputs)
            ).result
        return (
            await self._call(
                models.RemovePersonTagsResponse, options, body=models.RemovePersonTagsRequest(tag_ids=ids), **inputs
            )
        ).result

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
        path = _person(person_id)
        body = models.AddPersonThumbnailsRequest(thumbnails=_thumbnails(thumbnails, primary_thumbnail, False))
        cast = models.AddPersonThumbnailsResponse
        return (await self._call(cast, options, workspace=workspace, path=path, body=body)).result

    @operation("removePersonThumbnails", by_post=True)
    async def remove_thumbnails(
        self,
        person_id: Id,
        *,
        thumbnail_ids: Sequence[int],
        use_post: bool = False,
        workspace: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> models.PersonThumbnailList:
        """Remove thumbnails (a DELETE with a body).

        ``use_post=True`` sends the POST twin instead (``removePersonThumbnailsByPost``;
        retried only on 429 and pre-send connection errors).
        """
        ids, inputs = builtins.list(thumbnail_ids), {"workspace": workspace, "path": _person(person_id)}
        if use_post:
            post = models.RemovePersonThumbnailsByPostRequest(thumbnail_ids=ids)
            return (
                await self._call(
                    models.RemovePersonThumbnailsByPostResponse, options, body=post, by_post=True, **inputs
                )
            ).result
        body = models.RemovePersonThumbnailsRequest(thumbnail_ids=ids)
        return (await self._call(models.RemovePersonThumbnailsResponse, options, body=body, **inputs)).result

    @operation("createPersonThumbnailUploadUrl")
    async def create_thumbnail_upload_url(
        self, *, thumbnail_file_name: str, workspace: str | None = None, **options: Unpack[RequestOptions]
    ) -> models.PersonThumbnailUploadUrl:
        """A presigned URL for one face image. Prefer `upload_thumbnail`."""
        body = models.CreatePersonThumbnailUploadUrlRequest(thumbnail_file_name=thumbnail_file_name)
        cast = models.CreatePersonThumbnailUploadUrlResponse
        return (await self._call(cast, options, workspace=workspace, body=body)).result

    @operation("getPersonThumbnailUploadStatus")
    async def thumbnail_upload_status(
        self, *, thumbnail_key: str, workspace: str | None = None, **options: Unpack[RequestOptions]
    ) -> models.PersonThumbnailUploadResult:
        """Whether an uploaded face image is usable."""
        body = models.GetPersonThumbnailUploadStatusRequest(thumbnail_key=thumbnail_key)
        cast = models.GetPersonThumbnailUploadStatusResponse
        return (await self._call(cast, options, workspace=workspace, body=body)).result

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

    # -- matching -----------------------------------------------------------------

    @operation("mergePersons")
    async def merge(
        self,
        person_id: Id,
        *,
        person_ids: Sequence[int],
        workspace: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> models.PersonMergeResult:
        """Merge up to 10 persons into ``person_id``, irreversibly."""
        path, body = _person(person_id), models.MergePersonsRequest(person_ids=builtins.list(person_ids))
        return (
            await self._call(models.MergePersonsResponse, options, workspace=workspace, path=path, body=body)
        ).result

    @operation("listSimilarPersons")
    async def similar(
        self,
        person_id: Id,
        *,
        person_count: int | None = None,
        score_threshold: int | None = None,
        workspace: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> models.SimilarPersons:
        """Registered persons whose faces resemble this one, most similar first."""
        path, query = _person(person_id), {"person_count": person_count, "score_threshold": score_threshold}
        return (
            await self._call(models.ListSimilarPersonsResponse, options, workspace=workspace, path=path, query=query)
        ).result

    @operation("recommendPersonsByThumbnail")
    async def recommend_by_thumbnail(
        self,
        *,
        thumbnail_key: str,
        person_count: int | None = None,
        score_threshold: int | None = None,
        workspace: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> models.RecommendedPersons | None:
        """Registered persons matching an uploaded face image (a POST, though it only reads)."""
        body = models.RecommendPersonsByThumbnailRequest(
            thumbnail_key=thumbnail_key, **given(person_count=person_count, score_threshold=score_threshold)
        )
        response = await self._call(models.RecommendPersonsByThumbnailResponse, options, workspace=workspace, body=body)
        return response.result
