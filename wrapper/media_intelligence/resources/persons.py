"""``client.persons``: registered persons (faces), their thumbnails and tags (tag ``persons``).

Registering a person: ``key = persons.upload_thumbnail("face.jpg")`` (rules
checked with Pillow first, presigned URL, PUT, status) then
``persons.create(thumbnails=[key], name=...)``.

Retries (decided by the client core from the spec): GET operations
(``get``, ``list``, ``similar``) and DELETE operations (``delete``,
``remove_tags``, ``remove_thumbnails``) are retried on connection errors,
429 and 5xx. POST and PATCH operations (``create``, ``update``,
``add_tags``, ``add_thumbnails``, ``merge``, ``search``,
``recommend_by_thumbnail``, the upload URL and status calls, and the POST
variants of the removals) are retried only on 429 and on connection errors
raised before the request was sent: a retried ``create`` could register the
person twice, a retried ``merge`` could fail half-way through.
"""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import Literal

from media_intelligence_client.api.persons import (
    add_person_tags,
    add_person_thumbnails,
    create_person,
    create_person_thumbnail_upload_url,
    delete_person,
    get_person,
    get_person_thumbnail_upload_status,
    list_persons,
    list_similar_persons,
    merge_persons,
    recommend_persons_by_thumbnail,
    remove_person_tags,
    remove_person_tags_by_post,
    remove_person_thumbnails,
    remove_person_thumbnails_by_post,
    search_persons,
    update_person,
)
from media_intelligence_client.models import (
    AddPersonTagsRequest,
    AddPersonTagsResponse,
    AddPersonThumbnailsRequest,
    AddPersonThumbnailsResponse,
    CreatePersonRequest,
    CreatePersonResponse,
    CreatePersonThumbnailUploadUrlRequest,
    CreatePersonThumbnailUploadUrlResponse,
    DeletePersonResponse,
    GetPersonResponse,
    GetPersonThumbnailUploadStatusRequest,
    GetPersonThumbnailUploadStatusResponse,
    ListPersonsResponse,
    ListSimilarPersonsResponse,
    MergePersonsRequest,
    MergePersonsResponse,
    Person,
    PersonMergeResult,
    PersonNameType,
    PersonPage,
    PersonSortColumn,
    PersonSortType,
    PersonSummary,
    PersonTagList,
    PersonThumbnailInput,
    PersonThumbnailList,
    PersonThumbnailUploadResult,
    PersonThumbnailUploadUrl,
    RecommendedPersons,
    RecommendPersonsByThumbnailRequest,
    RecommendPersonsByThumbnailResponse,
    RemovePersonTagsByPostRequest,
    RemovePersonTagsByPostResponse,
    RemovePersonTagsRequest,
    RemovePersonTagsResponse,
    RemovePersonThumbnailsByPostRequest,
    RemovePersonThumbnailsByPostResponse,
    RemovePersonThumbnailsRequest,
    RemovePersonThumbnailsResponse,
    SearchPersonsRequest,
    SearchPersonsResponse,
    SimilarPersons,
    UpdatePersonRequest,
    UpdatePersonResponse,
)

from .._pagination import AsyncPaginator, Pagination, SyncPaginator
from .._uploads import FileSource, UploadRules, check_upload, put_presigned, put_presigned_async
from .._waiters import AsyncWaiter, Waiter
from ._base import AsyncAPIResource, SyncAPIResource, given, operations, to_enum, unset_to_none

__all__ = ["AsyncPersons", "Persons"]

ThumbnailArg = str | PersonThumbnailInput
UPLOAD_URL_OP = "createPersonThumbnailUploadUrl"


def _ws_path(ws: str, person_id: int | str | None = None) -> dict[str, str]:
    path = {"workspace_name": ws}
    if person_id is not None:
        path["person_id"] = str(person_id)
    return path


def _thumbnails(
    thumbnails: Sequence[ThumbnailArg], primary_thumbnail: str | None, first_is_primary: bool
) -> list[PersonThumbnailInput]:
    """Thumbnail keys -> ``PersonThumbnailInput``; ``primary_thumbnail`` (or the first key) is the primary one."""
    items = [thumbnails] if isinstance(thumbnails, str) else list(thumbnails)
    has_primary = any(isinstance(t, PersonThumbnailInput) and t.is_primary_thumbnail for t in items)
    if primary_thumbnail is None and first_is_primary and not has_primary:
        first = next((t for t in items if isinstance(t, str)), None)
        primary_thumbnail = first
    return [
        t if isinstance(t, PersonThumbnailInput) else PersonThumbnailInput(t, t == primary_thumbnail) for t in items
    ]


def _search_body(
    page_num: int,
    page_size: int | None,
    name: str | None,
    person_ids: Sequence[int] | None,
    tag_ids: Sequence[int] | None,
    name_type: PersonNameType | str | None,
    sort_column: PersonSortColumn | str | None,
    sort_type: PersonSortType | str | None,
) -> SearchPersonsRequest:
    op = "searchPersons"
    return SearchPersonsRequest(
        page_num=page_num,
        name_type=to_enum(PersonNameType, name_type, op, "body.nameType"),
        sort_column=to_enum(PersonSortColumn, sort_column, op, "body.sortColumn"),
        sort_type=to_enum(PersonSortType, sort_type, op, "body.sortType"),
        **given(
            page_size=page_size,
            name=name,
            person_ids=None if person_ids is None else list(person_ids),
            tag_ids=None if tag_ids is None else list(tag_ids),
        ),
    )


def _page_or_empty(page: PersonPage | None) -> PersonPage:
    return page if page is not None else PersonPage(content=[])


# =============================================================================== sync


class Persons(SyncAPIResource):
    """Registered persons of a workspace."""

    # -- persons ------------------------------------------------------------------

    @operations("createPerson")
    def create(
        self,
        *,
        thumbnails: Sequence[ThumbnailArg],
        name: str | None = None,
        description: str | None = None,
        primary_thumbnail: str | None = None,
        workspace: str | None = None,
    ) -> Person:
        """Register a person with uploaded face thumbnails (``createPerson``).

        ``thumbnails``: thumbnail keys (from `upload_thumbnail`) or
        ``PersonThumbnailInput`` models; the key ``primary_thumbnail`` (by
        default the first key) is marked primary. POST: retried only on 429
        and pre-send connection errors (a retry could register the person twice).
        """
        ws = self._workspace(workspace, "createPerson")
        body = CreatePersonRequest(
            thumbnails=_thumbnails(thumbnails, primary_thumbnail, True),
            **given(name=name, description=description),
        )
        return self._call(
            "createPerson", create_person.sync_detailed, path=_ws_path(ws), body=body, cast_to=CreatePersonResponse
        ).result

    @operations("listPersons")
    def list(
        self,
        *,
        name: str | None = None,
        tag_id_list: Sequence[int] | None = None,
        workspace: str | None = None,
        page_size: int | None = None,
        start_page: int | None = None,
    ) -> SyncPaginator[PersonSummary, PersonPage]:
        """Iterate over the workspace's persons (filtered by name/tags), pages fetched lazily (``listPersons``)."""
        return SyncPaginator(
            lambda n, s: self.list_page(
                name=name, tag_id_list=tag_id_list, workspace=workspace, page_num=n, page_size=s
            ),
            Pagination.of(self._client, "listPersons"),
            page_size=page_size,
            start_page=start_page,
        )

    @operations("listPersons")
    def list_page(
        self,
        *,
        name: str | None = None,
        tag_id_list: Sequence[int] | None = None,
        workspace: str | None = None,
        page_num: int = 1,
        page_size: int | None = None,
    ) -> PersonPage:
        """One page of persons (``listPersons``)."""
        ws = self._workspace(workspace, "listPersons")
        tags = None if tag_id_list is None else builtins.list(tag_id_list)
        return self._call(
            "listPersons",
            list_persons.sync_detailed,
            path=_ws_path(ws),
            query={"page_num": page_num, "page_size": page_size, "name": name, "tag_id_list": tags},
            cast_to=ListPersonsResponse,
        ).result

    @operations("searchPersons")
    def search(
        self,
        *,
        name: str | None = None,
        person_ids: Sequence[int] | None = None,
        tag_ids: Sequence[int] | None = None,
        name_type: PersonNameType | str | None = None,
        sort_column: PersonSortColumn | str | None = None,
        sort_type: PersonSortType | str | None = None,
        workspace: str | None = None,
        page_size: int | None = None,
        start_page: int | None = None,
    ) -> SyncPaginator[PersonSummary, PersonPage]:
        """Iterate over the persons matching the conditions (``searchPersons``, paged in the body).

        POST, but it only reads: still retried only on 429 and pre-send
        errors, as the spec does not mark it idempotent.
        """
        return SyncPaginator(
            lambda n, s: self.search_page(
                name=name,
                person_ids=person_ids,
                tag_ids=tag_ids,
                name_type=name_type,
                sort_column=sort_column,
                sort_type=sort_type,
                workspace=workspace,
                page_num=n,
                page_size=s,
            ),
            Pagination.of(self._client, "searchPersons"),
            page_size=page_size,
            start_page=start_page,
        )

    @operations("searchPersons")
    def search_page(
        self,
        *,
        name: str | None = None,
        person_ids: Sequence[int] | None = None,
        tag_ids: Sequence[int] | None = None,
        name_type: PersonNameType | str | None = None,
        sort_column: PersonSortColumn | str | None = None,
        sort_type: PersonSortType | str | None = None,
        workspace: str | None = None,
        page_num: int = 1,
        page_size: int | None = None,
    ) -> PersonPage:
        """One page of ``searchPersons`` (an empty page when the response has no result)."""
        ws = self._workspace(workspace, "searchPersons")
        body = _search_body(page_num, page_size, name, person_ids, tag_ids, name_type, sort_column, sort_type)
        response = self._call(
            "searchPersons", search_persons.sync_detailed, path=_ws_path(ws), body=body, cast_to=SearchPersonsResponse
        )
        return _page_or_empty(unset_to_none(response.result))

    @operations("getPerson")
    def get(self, person_id: int | str, *, workspace: str | None = None) -> Person:
        """A person with tags and thumbnails (``getPerson``)."""
        ws = self._workspace(workspace, "getPerson")
        return self._call(
            "getPerson", get_person.sync_detailed, path=_ws_path(ws, person_id), cast_to=GetPersonResponse
        ).result

    @operations("updatePerson")
    def update(
        self,
        person_id: int | str,
        *,
        name: str | None = None,
        description: str | None = None,
        primary_thumbnail_id: int | None = None,
        workspace: str | None = None,
    ) -> Person:
        """Rename a person or change its primary thumbnail (``updatePerson``); PATCH: retried only on 429/pre-send."""
        ws = self._workspace(workspace, "updatePerson")
        body = UpdatePersonRequest(
            **given(name=name, description=description, primary_thumbnail_id=primary_thumbnail_id)
        )
        return self._call(
            "updatePerson",
            update_person.sync_detailed,
            path=_ws_path(ws, person_id),
            body=body,
            cast_to=UpdatePersonResponse,
        ).result

    @operations("deletePerson")
    def delete(self, person_id: int | str, *, workspace: str | None = None) -> Person | None:
        """Delete a person, irreversibly (``deletePerson``); the person as it was, when the API returns it.

        DELETE: retried (a repeated delete cannot delete anything else).
        """
        ws = self._workspace(workspace, "deletePerson")
        response = self._call(
            "deletePerson", delete_person.sync_detailed, path=_ws_path(ws, person_id), cast_to=DeletePersonResponse
        )
        return unset_to_none(response.result)

    # -- tags ---------------------------------------------------------------------

    @operations("addPersonTags")
    def add_tags(self, person_id: int | str, *, tag_ids: Sequence[int], workspace: str | None = None) -> PersonTagList:
        """Attach person tags (``addPersonTags``); returns the person's tags. POST: retried only on 429/pre-send."""
        ws = self._workspace(workspace, "addPersonTags")
        return self._call(
            "addPersonTags",
            add_person_tags.sync_detailed,
            path=_ws_path(ws, person_id),
            body=AddPersonTagsRequest(tag_ids=builtins.list(tag_ids)),
            cast_to=AddPersonTagsResponse,
        ).result

    @operations("removePersonTags", "removePersonTagsByPost")
    def remove_tags(
        self,
        person_id: int | str,
        *,
        tag_ids: Sequence[int],
        use_post: bool = False,
        workspace: str | None = None,
    ) -> PersonTagList:
        """Detach person tags (``removePersonTags``, a DELETE with a body: retried).

        ``use_post=True`` calls ``removePersonTagsByPost`` instead (for
        proxies that drop DELETE bodies; POST: retried only on 429/pre-send).
        """
        ids = builtins.list(tag_ids)
        if use_post:
            ws = self._workspace(workspace, "removePersonTagsByPost")
            return self._call(
                "removePersonTagsByPost",
                remove_person_tags_by_post.sync_detailed,
                path=_ws_path(ws, person_id),
                body=RemovePersonTagsByPostRequest(tag_ids=ids),
                cast_to=RemovePersonTagsByPostResponse,
            ).result
        ws = self._workspace(workspace, "removePersonTags")
        return self._call(
            "removePersonTags",
            remove_person_tags.sync_detailed,
            path=_ws_path(ws, person_id),
            body=RemovePersonTagsRequest(tag_ids=ids),
            cast_to=RemovePersonTagsResponse,
        ).result

    # -- thumbnails ---------------------------------------------------------------

    @operations("addPersonThumbnails")
    def add_thumbnails(
        self,
        person_id: int | str,
        *,
        thumbnails: Sequence[ThumbnailArg],
        primary_thumbnail: str | None = None,
        workspace: str | None = None,
    ) -> PersonThumbnailList:
        """Add uploaded face thumbnails (``addPersonThumbnails``); POST: retried only on 429/pre-send."""
        ws = self._workspace(workspace, "addPersonThumbnails")
        return self._call(
            "addPersonThumbnails",
            add_person_thumbnails.sync_detailed,
            path=_ws_path(ws, person_id),
            body=AddPersonThumbnailsRequest(thumbnails=_thumbnails(thumbnails, primary_thumbnail, False)),
            cast_to=AddPersonThumbnailsResponse,
        ).result

    @operations("removePersonThumbnails", "removePersonThumbnailsByPost")
    def remove_thumbnails(
        self,
        person_id: int | str,
        *,
        thumbnail_ids: Sequence[int],
        use_post: bool = False,
        workspace: str | None = None,
    ) -> PersonThumbnailList:
        """Remove thumbnails (``removePersonThumbnails``, a DELETE with a body: retried).

        ``use_post=True`` calls ``removePersonThumbnailsByPost`` instead (POST:
        retried only on 429/pre-send).
        """
        ids = builtins.list(thumbnail_ids)
        if use_post:
            ws = self._workspace(workspace, "removePersonThumbnailsByPost")
            return self._call(
                "removePersonThumbnailsByPost",
                remove_person_thumbnails_by_post.sync_detailed,
                path=_ws_path(ws, person_id),
                body=RemovePersonThumbnailsByPostRequest(thumbnail_ids=ids),
                cast_to=RemovePersonThumbnailsByPostResponse,
            ).result
        ws = self._workspace(workspace, "removePersonThumbnails")
        return self._call(
            "removePersonThumbnails",
            remove_person_thumbnails.sync_detailed,
            path=_ws_path(ws, person_id),
            body=RemovePersonThumbnailsRequest(thumbnail_ids=ids),
            cast_to=RemovePersonThumbnailsResponse,
        ).result

    @operations("createPersonThumbnailUploadUrl")
    def create_thumbnail_upload_url(
        self, *, thumbnail_file_name: str, workspace: str | None = None
    ) -> PersonThumbnailUploadUrl:
        """A presigned URL for one face image (``createPersonThumbnailUploadUrl``; rate-limited client-side).

        POST: retried only on 429 and pre-send errors. Prefer `upload_thumbnail`.
        """
        ws = self._workspace(workspace, UPLOAD_URL_OP)
        return self._call(
            UPLOAD_URL_OP,
            create_person_thumbnail_upload_url.sync_detailed,
            path=_ws_path(ws),
            body=CreatePersonThumbnailUploadUrlRequest(thumbnail_file_name=thumbnail_file_name),
            cast_to=CreatePersonThumbnailUploadUrlResponse,
        ).result

    @operations("getPersonThumbnailUploadStatus")
    def thumbnail_upload_status(
        self, *, thumbnail_key: str, workspace: str | None = None
    ) -> PersonThumbnailUploadResult:
        """Whether an uploaded face image is usable (``getPersonThumbnailUploadStatus``)."""
        ws = self._workspace(workspace, "getPersonThumbnailUploadStatus")
        return self._call(
            "getPersonThumbnailUploadStatus",
            get_person_thumbnail_upload_status.sync_detailed,
            path=_ws_path(ws),
            body=GetPersonThumbnailUploadStatusRequest(thumbnail_key=thumbnail_key),
            cast_to=GetPersonThumbnailUploadStatusResponse,
        ).result

    def get_waiter(
        self, name: Literal["thumbnail_uploaded"] = "thumbnail_uploaded"
    ) -> Waiter[PersonThumbnailUploadResult]:
        """The ``thumbnail_uploaded`` waiter (polls ``getPersonThumbnailUploadStatus``)."""
        return self._waiter("persons", name, self.thumbnail_upload_status)

    @operations("createPersonThumbnailUploadUrl", "getPersonThumbnailUploadStatus")
    def upload_thumbnail(
        self,
        file: FileSource,
        *,
        file_name: str | None = None,
        workspace: str | None = None,
        timeout: float | None = None,
    ) -> str:
        """Upload a face image; returns its ``thumbnailKey`` (for `create`/`add_thumbnails`/`recommend_by_thumbnail`).

        ``file``: a path, bytes or a binary file. The spec's
        ``x-upload-rules`` (formats, max bytes, min pixels) are checked with
        Pillow first: a `RequestValidationError` naming the rule, and no
        request, when the file breaks one. Then: presigned URL, HTTP PUT of
        the bytes (no signature headers), upload status until COMPLETED
        (`UploadFailedError` on FAILED).
        """
        prepared = check_upload(UploadRules.of(self._client, UPLOAD_URL_OP), file, file_name=file_name)
        ws = self._workspace(workspace, UPLOAD_URL_OP)
        target = self.create_thumbnail_upload_url(thumbnail_file_name=prepared.file_name, workspace=ws)
        put_presigned(self._client.http_client, target.url, prepared)
        self.get_waiter().wait(thumbnail_key=target.thumbnail_key, workspace=ws, timeout=timeout)
        return target.thumbnail_key

    # -- matching -----------------------------------------------------------------

    @operations("mergePersons")
    def merge(
        self, person_id: int | str, *, person_ids: Sequence[int], workspace: str | None = None
    ) -> PersonMergeResult:
        """Merge up to 10 persons into ``person_id``, irreversibly (``mergePersons``).

        POST: retried only on 429 and pre-send connection errors.
        """
        ws = self._workspace(workspace, "mergePersons")
        return self._call(
            "mergePersons",
            merge_persons.sync_detailed,
            path=_ws_path(ws, person_id),
            body=MergePersonsRequest(person_ids=builtins.list(person_ids)),
            cast_to=MergePersonsResponse,
        ).result

    @operations("listSimilarPersons")
    def similar(
        self,
        person_id: int | str,
        *,
        person_count: int | None = None,
        score_threshold: int | None = None,
        workspace: str | None = None,
    ) -> SimilarPersons:
        """Registered persons whose faces resemble this one, most similar first (``listSimilarPersons``)."""
        ws = self._workspace(workspace, "listSimilarPersons")
        return self._call(
            "listSimilarPersons",
            list_similar_persons.sync_detailed,
            path=_ws_path(ws, person_id),
            query={"person_count": person_count, "score_threshold": score_threshold},
            cast_to=ListSimilarPersonsResponse,
        ).result

    @operations("recommendPersonsByThumbnail")
    def recommend_by_thumbnail(
        self,
        *,
        thumbnail_key: str,
        person_count: int | None = None,
        score_threshold: int | None = None,
        workspace: str | None = None,
    ) -> RecommendedPersons | None:
        """Registered persons matching an uploaded face image (``recommendPersonsByThumbnail``).

        POST (it only reads): retried only on 429 and pre-send errors.
        """
        ws = self._workspace(workspace, "recommendPersonsByThumbnail")
        body = RecommendPersonsByThumbnailRequest(
            thumbnail_key=thumbnail_key, **given(person_count=person_count, score_threshold=score_threshold)
        )
        response = self._call(
            "recommendPersonsByThumbnail",
            recommend_persons_by_thumbnail.sync_detailed,
            path=_ws_path(ws),
            body=body,
            cast_to=RecommendPersonsByThumbnailResponse,
        )
        return unset_to_none(response.result)


# =============================================================================== async


class AsyncPersons(AsyncAPIResource):
    """Async twin of `Persons`."""

    # -- persons ------------------------------------------------------------------

    @operations("createPerson")
    async def create(
        self,
        *,
        thumbnails: Sequence[ThumbnailArg],
        name: str | None = None,
        description: str | None = None,
        primary_thumbnail: str | None = None,
        workspace: str | None = None,
    ) -> Person:
        """Register a person with uploaded face thumbnails (``createPerson``); see `Persons.create`.

        POST: retried only on 429 and pre-send connection errors.
        """
        ws = self._workspace(workspace, "createPerson")
        body = CreatePersonRequest(
            thumbnails=_thumbnails(thumbnails, primary_thumbnail, True),
            **given(name=name, description=description),
        )
        return (
            await self._call(
                "createPerson",
                create_person.asyncio_detailed,
                path=_ws_path(ws),
                body=body,
                cast_to=CreatePersonResponse,
            )
        ).result

    @operations("listPersons")
    def list(
        self,
        *,
        name: str | None = None,
        tag_id_list: Sequence[int] | None = None,
        workspace: str | None = None,
        page_size: int | None = None,
        start_page: int | None = None,
    ) -> AsyncPaginator[PersonSummary, PersonPage]:
        """Iterate (``async for``) over the workspace's persons, pages fetched lazily (``listPersons``)."""
        return AsyncPaginator(
            lambda n, s: self.list_page(
                name=name, tag_id_list=tag_id_list, workspace=workspace, page_num=n, page_size=s
            ),
            Pagination.of(self._client, "listPersons"),
            page_size=page_size,
            start_page=start_page,
        )

    @operations("listPersons")
    async def list_page(
        self,
        *,
        name: str | None = None,
        tag_id_list: Sequence[int] | None = None,
        workspace: str | None = None,
        page_num: int = 1,
        page_size: int | None = None,
    ) -> PersonPage:
        """One page of persons (``listPersons``)."""
        ws = self._workspace(workspace, "listPersons")
        tags = None if tag_id_list is None else builtins.list(tag_id_list)
        return (
            await self._call(
                "listPersons",
                list_persons.asyncio_detailed,
                path=_ws_path(ws),
                query={"page_num": page_num, "page_size": page_size, "name": name, "tag_id_list": tags},
                cast_to=ListPersonsResponse,
            )
        ).result

    @operations("searchPersons")
    def search(
        self,
        *,
        name: str | None = None,
        person_ids: Sequence[int] | None = None,
        tag_ids: Sequence[int] | None = None,
        name_type: PersonNameType | str | None = None,
        sort_column: PersonSortColumn | str | None = None,
        sort_type: PersonSortType | str | None = None,
        workspace: str | None = None,
        page_size: int | None = None,
        start_page: int | None = None,
    ) -> AsyncPaginator[PersonSummary, PersonPage]:
        """Iterate (``async for``) over the persons matching the conditions (``searchPersons``).

        POST, but it only reads: still retried only on 429 and pre-send errors.
        """
        return AsyncPaginator(
            lambda n, s: self.search_page(
                name=name,
                person_ids=person_ids,
                tag_ids=tag_ids,
                name_type=name_type,
                sort_column=sort_column,
                sort_type=sort_type,
                workspace=workspace,
                page_num=n,
                page_size=s,
            ),
            Pagination.of(self._client, "searchPersons"),
            page_size=page_size,
            start_page=start_page,
        )

    @operations("searchPersons")
    async def search_page(
        self,
        *,
        name: str | None = None,
        person_ids: Sequence[int] | None = None,
        tag_ids: Sequence[int] | None = None,
        name_type: PersonNameType | str | None = None,
        sort_column: PersonSortColumn | str | None = None,
        sort_type: PersonSortType | str | None = None,
        workspace: str | None = None,
        page_num: int = 1,
        page_size: int | None = None,
    ) -> PersonPage:
        """One page of ``searchPersons`` (an empty page when the response has no result)."""
        ws = self._workspace(workspace, "searchPersons")
        body = _search_body(page_num, page_size, name, person_ids, tag_ids, name_type, sort_column, sort_type)
        response = await self._call(
            "searchPersons",
            search_persons.asyncio_detailed,
            path=_ws_path(ws),
            body=body,
            cast_to=SearchPersonsResponse,
        )
        return _page_or_empty(unset_to_none(response.result))

    @operations("getPerson")
    async def get(self, person_id: int | str, *, workspace: str | None = None) -> Person:
        """A person with tags and thumbnails (``getPerson``)."""
        ws = self._workspace(workspace, "getPerson")
        return (
            await self._call(
                "getPerson", get_person.asyncio_detailed, path=_ws_path(ws, person_id), cast_to=GetPersonResponse
            )
        ).result

    @operations("updatePerson")
    async def update(
        self,
        person_id: int | str,
        *,
        name: str | None = None,
        description: str | None = None,
        primary_thumbnail_id: int | None = None,
        workspace: str | None = None,
    ) -> Person:
        """Rename a person or change its primary thumbnail (``updatePerson``); PATCH: retried only on 429/pre-send."""
        ws = self._workspace(workspace, "updatePerson")
        body = UpdatePersonRequest(
            **given(name=name, description=description, primary_thumbnail_id=primary_thumbnail_id)
        )
        return (
            await self._call(
                "updatePerson",
                update_person.asyncio_detailed,
                path=_ws_path(ws, person_id),
                body=body,
                cast_to=UpdatePersonResponse,
            )
        ).result

    @operations("deletePerson")
    async def delete(self, person_id: int | str, *, workspace: str | None = None) -> Person | None:
        """Delete a person, irreversibly (``deletePerson``); DELETE: retried."""
        ws = self._workspace(workspace, "deletePerson")
        response = await self._call(
            "deletePerson",
            delete_person.asyncio_detailed,
            path=_ws_path(ws, person_id),
            cast_to=DeletePersonResponse,
        )
        return unset_to_none(response.result)

    # -- tags ---------------------------------------------------------------------

    @operations("addPersonTags")
    async def add_tags(
        self, person_id: int | str, *, tag_ids: Sequence[int], workspace: str | None = None
    ) -> PersonTagList:
        """Attach person tags (``addPersonTags``); returns the person's tags. POST: retried only on 429/pre-send."""
        ws = self._workspace(workspace, "addPersonTags")
        return (
            await self._call(
                "addPersonTags",
                add_person_tags.asyncio_detailed,
                path=_ws_path(ws, person_id),
                body=AddPersonTagsRequest(tag_ids=builtins.list(tag_ids)),
                cast_to=AddPersonTagsResponse,
            )
        ).result

    @operations("removePersonTags", "removePersonTagsByPost")
    async def remove_tags(
        self,
        person_id: int | str,
        *,
        tag_ids: Sequence[int],
        use_post: bool = False,
        workspace: str | None = None,
    ) -> PersonTagList:
        """Detach person tags (``removePersonTags``, DELETE: retried; ``use_post`` -> ``removePersonTagsByPost``)."""
        ids = builtins.list(tag_ids)
        if use_post:
            ws = self._workspace(workspace, "removePersonTagsByPost")
            return (
                await self._call(
                    "removePersonTagsByPost",
                    remove_person_tags_by_post.asyncio_detailed,
                    path=_ws_path(ws, person_id),
                    body=RemovePersonTagsByPostRequest(tag_ids=ids),
                    cast_to=RemovePersonTagsByPostResponse,
                )
            ).result
        ws = self._workspace(workspace, "removePersonTags")
        return (
            await self._call(
                "removePersonTags",
                remove_person_tags.asyncio_detailed,
                path=_ws_path(ws, person_id),
                body=RemovePersonTagsRequest(tag_ids=ids),
                cast_to=RemovePersonTagsResponse,
            )
        ).result

    # -- thumbnails ---------------------------------------------------------------

    @operations("addPersonThumbnails")
    async def add_thumbnails(
        self,
        person_id: int | str,
        *,
        thumbnails: Sequence[ThumbnailArg],
        primary_thumbnail: str | None = None,
        workspace: str | None = None,
    ) -> PersonThumbnailList:
        """Add uploaded face thumbnails (``addPersonThumbnails``); POST: retried only on 429/pre-send."""
        ws = self._workspace(workspace, "addPersonThumbnails")
        return (
            await self._call(
                "addPersonThumbnails",
                add_person_thumbnails.asyncio_detailed,
                path=_ws_path(ws, person_id),
                body=AddPersonThumbnailsRequest(thumbnails=_thumbnails(thumbnails, primary_thumbnail, False)),
                cast_to=AddPersonThumbnailsResponse,
            )
        ).result

    @operations("removePersonThumbnails", "removePersonThumbnailsByPost")
    async def remove_thumbnails(
        self,
        person_id: int | str,
        *,
        thumbnail_ids: Sequence[int],
        use_post: bool = False,
        workspace: str | None = None,
    ) -> PersonThumbnailList:
        """Remove thumbnails (``removePersonThumbnails``, DELETE: retried; ``use_post`` -> the POST variant)."""
        ids = builtins.list(thumbnail_ids)
        if use_post:
            ws = self._workspace(workspace, "removePersonThumbnailsByPost")
            return (
                await self._call(
                    "removePersonThumbnailsByPost",
                    remove_person_thumbnails_by_post.asyncio_detailed,
                    path=_ws_path(ws, person_id),
                    body=RemovePersonThumbnailsByPostRequest(thumbnail_ids=ids),
                    cast_to=RemovePersonThumbnailsByPostResponse,
                )
            ).result
        ws = self._workspace(workspace, "removePersonThumbnails")
        return (
            await self._call(
                "removePersonThumbnails",
                remove_person_thumbnails.asyncio_detailed,
                path=_ws_path(ws, person_id),
                body=RemovePersonThumbnailsRequest(thumbnail_ids=ids),
                cast_to=RemovePersonThumbnailsResponse,
            )
        ).result

    @operations("createPersonThumbnailUploadUrl")
    async def create_thumbnail_upload_url(
        self, *, thumbnail_file_name: str, workspace: str | None = None
    ) -> PersonThumbnailUploadUrl:
        """A presigned URL for one face image (``createPersonThumbnailUploadUrl``); prefer `upload_thumbnail`."""
        ws = self._workspace(workspace, UPLOAD_URL_OP)
        return (
            await self._call(
                UPLOAD_URL_OP,
                create_person_thumbnail_upload_url.asyncio_detailed,
                path=_ws_path(ws),
                body=CreatePersonThumbnailUploadUrlRequest(thumbnail_file_name=thumbnail_file_name),
                cast_to=CreatePersonThumbnailUploadUrlResponse,
            )
        ).result

    @operations("getPersonThumbnailUploadStatus")
    async def thumbnail_upload_status(
        self, *, thumbnail_key: str, workspace: str | None = None
    ) -> PersonThumbnailUploadResult:
        """Whether an uploaded face image is usable (``getPersonThumbnailUploadStatus``)."""
        ws = self._workspace(workspace, "getPersonThumbnailUploadStatus")
        return (
            await self._call(
                "getPersonThumbnailUploadStatus",
                get_person_thumbnail_upload_status.asyncio_detailed,
                path=_ws_path(ws),
                body=GetPersonThumbnailUploadStatusRequest(thumbnail_key=thumbnail_key),
                cast_to=GetPersonThumbnailUploadStatusResponse,
            )
        ).result

    def get_waiter(
        self, name: Literal["thumbnail_uploaded"] = "thumbnail_uploaded"
    ) -> AsyncWaiter[PersonThumbnailUploadResult]:
        """The ``thumbnail_uploaded`` waiter (polls ``getPersonThumbnailUploadStatus``)."""
        return self._waiter("persons", name, self.thumbnail_upload_status)

    @operations("createPersonThumbnailUploadUrl", "getPersonThumbnailUploadStatus")
    async def upload_thumbnail(
        self,
        file: FileSource,
        *,
        file_name: str | None = None,
        workspace: str | None = None,
        timeout: float | None = None,
    ) -> str:
        """Upload a face image; returns its ``thumbnailKey``. See `Persons.upload_thumbnail` (rules checked first)."""
        prepared = check_upload(UploadRules.of(self._client, UPLOAD_URL_OP), file, file_name=file_name)
        ws = self._workspace(workspace, UPLOAD_URL_OP)
        target = await self.create_thumbnail_upload_url(thumbnail_file_name=prepared.file_name, workspace=ws)
        await put_presigned_async(self._client.http_client, target.url, prepared)
        await self.get_waiter().wait(thumbnail_key=target.thumbnail_key, workspace=ws, timeout=timeout)
        return target.thumbnail_key

    # -- matching -----------------------------------------------------------------

    @operations("mergePersons")
    async def merge(
        self, person_id: int | str, *, person_ids: Sequence[int], workspace: str | None = None
    ) -> PersonMergeResult:
        """Merge up to 10 persons into ``person_id``, irreversibly (``mergePersons``).

        POST: retried only on 429 and pre-send connection errors.
        """
        ws = self._workspace(workspace, "mergePersons")
        return (
            await self._call(
                "mergePersons",
                merge_persons.asyncio_detailed,
                path=_ws_path(ws, person_id),
                body=MergePersonsRequest(person_ids=builtins.list(person_ids)),
                cast_to=MergePersonsResponse,
            )
        ).result

    @operations("listSimilarPersons")
    async def similar(
        self,
        person_id: int | str,
        *,
        person_count: int | None = None,
        score_threshold: int | None = None,
        workspace: str | None = None,
    ) -> SimilarPersons:
        """Registered persons whose faces resemble this one, most similar first (``listSimilarPersons``)."""
        ws = self._workspace(workspace, "listSimilarPersons")
        return (
            await self._call(
                "listSimilarPersons",
                list_similar_persons.asyncio_detailed,
                path=_ws_path(ws, person_id),
                query={"person_count": person_count, "score_threshold": score_threshold},
                cast_to=ListSimilarPersonsResponse,
            )
        ).result

    @operations("recommendPersonsByThumbnail")
    async def recommend_by_thumbnail(
        self,
        *,
        thumbnail_key: str,
        person_count: int | None = None,
        score_threshold: int | None = None,
        workspace: str | None = None,
    ) -> RecommendedPersons | None:
        """Registered persons matching an uploaded face image (``recommendPersonsByThumbnail``)."""
        ws = self._workspace(workspace, "recommendPersonsByThumbnail")
        body = RecommendPersonsByThumbnailRequest(
            thumbnail_key=thumbnail_key, **given(person_count=person_count, score_threshold=score_threshold)
        )
        response = await self._call(
            "recommendPersonsByThumbnail",
            recommend_persons_by_thumbnail.asyncio_detailed,
            path=_ws_path(ws),
            body=body,
            cast_to=RecommendPersonsByThumbnailResponse,
        )
        return unset_to_none(response.result)
