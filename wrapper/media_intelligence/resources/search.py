"""``client.search``: asynchronous scene search by text, image, person and dialogue (tag ``search``).

One call does it all::

    for hit in client.search.run(text="a dog on the beach", persons=[1001], projects=[12]):
        print(hit.asset_id, hit.start_time_ms, hit.score)

``run`` uploads the query image if one is given (`upload_image`), submits the
search (``searchAssets``), waits for it (`wait`) and returns `SearchResults`,
an iterator over every result that fetches further pages lazily. The steps
are available one by one: `submit`, `wait`/`get_result`, `iter_results`.

Retries (decided by the client core from the spec): ``get_result`` (GET) is
retried on connection errors, 429 and 5xx. ``submit`` and the upload URL and
status calls (POST) are retried only on 429 and on connection errors raised
before the request was sent (a retried submit would start a second search).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from media_intelligence_client.api.search import (
    create_search_image_upload_url,
    get_search_image_upload_status,
    get_search_result,
    search_assets,
)
from media_intelligence_client.models import (
    Confidence,
    CreateSearchImageUploadUrlRequest,
    CreateSearchImageUploadUrlResponse,
    GetSearchImageUploadStatusRequest,
    GetSearchImageUploadStatusResponse,
    GetSearchResultResponse,
    QueryAssetType,
    SearchAssetsResponse,
    SearchAssetsResult,
    SearchAssetType,
    SearchImageUploadStatus,
    SearchImageUploadUrl,
    SearchResult,
    SearchResultItem,
)

from .._errors import RequestValidationError
from .._pagination import AsyncPaginator, Pagination, SyncPaginator
from .._uploads import FileSource, UploadRules, check_upload, put_presigned, put_presigned_async
from .._waiters import AsyncWaiter, ProgressCallback, Waiter
from .._workflows import IdList, Timestamp, search_request
from ._base import AsyncAPIResource, SyncAPIResource, operations, require_enum

__all__ = ["AsyncSearch", "AsyncSearchResults", "Search", "SearchResults"]

UPLOAD_URL_OP = "createSearchImageUploadUrl"
SEARCH_OP = "searchAssets"
RESULT_OP = "getSearchResult"
Lines = Sequence[str] | str


class SearchResults(SyncPaginator[SearchResultItem, SearchResult]):
    """All results of one search, pages fetched lazily; ``.search_id``, ``.first_page``, ``.total_count``."""

    def __init__(self, search: Search, first_page: SearchResult, workspace: str, page_size: int | None) -> None:
        super().__init__(
            lambda n, s: search.get_result(first_page.search_id, page_num=n, page_size=s, workspace=workspace),
            Pagination.of(search._client, RESULT_OP),
            page_size=page_size,
            first=first_page,
        )
        self.search_id = first_page.search_id
        self.first_page = first_page

    @property
    def total_count(self) -> int | None:
        return self.pagination.total_count(self.first_page)


class AsyncSearchResults(AsyncPaginator[SearchResultItem, SearchResult]):
    """Async twin of `SearchResults` (``async for hit in results``)."""

    def __init__(self, search: AsyncSearch, first_page: SearchResult, workspace: str, page_size: int | None) -> None:
        super().__init__(
            lambda n, s: search.get_result(first_page.search_id, page_num=n, page_size=s, workspace=workspace),
            Pagination.of(search._client, RESULT_OP),
            page_size=page_size,
            first=first_page,
        )
        self.search_id = first_page.search_id
        self.first_page = first_page

    @property
    def total_count(self) -> int | None:
        return self.pagination.total_count(self.first_page)


def _image_arguments(image: FileSource | None, image_key: str | None) -> None:
    if image is not None and image_key is not None:
        raise RequestValidationError.single(
            SEARCH_OP, "body.query.imageQuery", "one of image, image_key", "give the file or the uploaded key, not both"
        )


# =============================================================================== sync


class Search(SyncAPIResource):
    """Scene search."""

    # -- query image ----------------------------------------------------------------

    @operations("createSearchImageUploadUrl")
    def create_image_upload_url(
        self, *, asset_file_name: str, asset_type: QueryAssetType | str = "IMAGE"
    ) -> SearchImageUploadUrl:
        """A presigned URL for a query image (``createSearchImageUploadUrl``; rate-limited client-side).

        POST: retried only on 429 and pre-send errors. Prefer `upload_image`.
        """
        body = CreateSearchImageUploadUrlRequest(
            asset_type=require_enum(QueryAssetType, asset_type, UPLOAD_URL_OP, "body.assetType"),
            asset_file_name=asset_file_name,
        )
        return self._call(
            UPLOAD_URL_OP,
            create_search_image_upload_url.sync_detailed,
            body=body,
            cast_to=CreateSearchImageUploadUrlResponse,
        ).result

    @operations("getSearchImageUploadStatus")
    def image_upload_status(self, *, asset_key: str) -> SearchImageUploadStatus:
        """Whether an uploaded query image is usable (``getSearchImageUploadStatus``)."""
        return self._call(
            "getSearchImageUploadStatus",
            get_search_image_upload_status.sync_detailed,
            body=GetSearchImageUploadStatusRequest(asset_key=asset_key),
            cast_to=GetSearchImageUploadStatusResponse,
        ).result

    @operations("createSearchImageUploadUrl", "getSearchImageUploadStatus")
    def upload_image(self, image: FileSource, *, file_name: str | None = None, timeout: float | None = None) -> str:
        """Upload a query image; returns the key to search with (``imageQuery``).

        ``image``: a path, bytes or a binary file. The spec's
        ``x-upload-rules`` (jpg/png/webp/heic, at most 5 MB, at least 224 px)
        are checked with Pillow first: a `RequestValidationError` naming the
        rule, and no request, when the file breaks one. Then: presigned URL,
        HTTP PUT of the bytes (no signature headers), upload status until
        COMPLETED (`UploadFailedError` on FAILED).
        """
        prepared = check_upload(UploadRules.of(self._client, UPLOAD_URL_OP), image, file_name=file_name)
        target = self.create_image_upload_url(asset_file_name=prepared.file_name)
        put_presigned(self._client.http_client, target.presigned_upload_url, prepared)
        status = self._waiter("search", "image_uploaded", self.image_upload_status).wait(
            asset_key=target.asset_file_key, timeout=timeout
        )
        return status.asset_key or target.asset_file_key

    # -- searching ----------------------------------------------------------------

    @operations("searchAssets")
    def submit(
        self,
        *,
        text: str | None = None,
        image_key: str | None = None,
        persons: IdList | None = None,
        any_persons: IdList | None = None,
        not_persons: IdList | None = None,
        dialogues: Lines | None = None,
        any_dialogues: Lines | None = None,
        not_dialogues: Lines | None = None,
        projects: IdList | None = None,
        assets: IdList | None = None,
        asset_types: Sequence[SearchAssetType | str] | None = None,
        modified_from: Timestamp | None = None,
        modified_to: Timestamp | None = None,
        confidence: Confidence | str | None = None,
        workspace: str | None = None,
    ) -> SearchAssetsResult:
        """Start a search (``searchAssets``); returns its ``searchId``. See `run` for the arguments.

        POST: retried only on 429 and pre-send connection errors.
        """
        ws = self._workspace(workspace, SEARCH_OP)
        body = search_request(
            text=text,
            image_key=image_key,
            persons=persons,
            any_persons=any_persons,
            not_persons=not_persons,
            dialogues=dialogues,
            any_dialogues=any_dialogues,
            not_dialogues=not_dialogues,
            projects=projects,
            assets=assets,
            asset_types=asset_types,
            modified_from=modified_from,
            modified_to=modified_to,
            confidence=confidence,
        )
        return self._call(
            SEARCH_OP, search_assets.sync_detailed, path={"workspace_name": ws}, body=body, cast_to=SearchAssetsResponse
        ).result

    @operations("getSearchResult")
    def get_result(
        self,
        search_id: str,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        workspace: str | None = None,
    ) -> SearchResult:
        """The search's status and one page of its results (``getSearchResult``)."""
        ws = self._workspace(workspace, RESULT_OP)
        return self._call(
            RESULT_OP,
            get_search_result.sync_detailed,
            path={"workspace_name": ws, "search_id": search_id},
            query={"page_num": page_num, "page_size": page_size},
            cast_to=GetSearchResultResponse,
        ).result

    @operations("getSearchResult")
    def iter_results(
        self,
        search_id: str,
        *,
        page_size: int | None = None,
        start_page: int | None = None,
        workspace: str | None = None,
    ) -> SyncPaginator[SearchResultItem, SearchResult]:
        """Iterate over the results of a completed search, pages fetched lazily (``getSearchResult``)."""
        return SyncPaginator(
            lambda n, s: self.get_result(search_id, page_num=n, page_size=s, workspace=workspace),
            Pagination.of(self._client, RESULT_OP),
            page_size=page_size,
            start_page=start_page,
        )

    def get_waiter(self, name: Literal["completed"] = "completed") -> Waiter[SearchResult]:
        """The ``completed`` waiter (polls ``getSearchResult``; see `media_intelligence._waiters`)."""
        return self._waiter("search", name, self.get_result)

    @operations("getSearchResult")
    def wait(
        self,
        search_id: str,
        *,
        page_size: int | None = None,
        workspace: str | None = None,
        timeout: float | None = None,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> SearchResult:
        """Poll until the search completes; returns its first page of results.

        `SearchFailedError` when it FAILED, `WaiterTimeoutError` after ``timeout``.
        """
        return self.get_waiter().wait(
            search_id,
            page_size=page_size,
            workspace=workspace,
            timeout=timeout,
            poll_interval=poll_interval,
            on_progress=on_progress,
        )

    @operations("createSearchImageUploadUrl", "getSearchImageUploadStatus", "searchAssets", "getSearchResult")
    def run(
        self,
        *,
        text: str | None = None,
        image: FileSource | None = None,
        image_key: str | None = None,
        persons: IdList | None = None,
        any_persons: IdList | None = None,
        not_persons: IdList | None = None,
        dialogues: Lines | None = None,
        any_dialogues: Lines | None = None,
        not_dialogues: Lines | None = None,
        projects: IdList | None = None,
        assets: IdList | None = None,
        asset_types: Sequence[SearchAssetType | str] | None = None,
        modified_from: Timestamp | None = None,
        modified_to: Timestamp | None = None,
        confidence: Confidence | str | None = None,
        page_size: int | None = None,
        workspace: str | None = None,
        timeout: float | None = None,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> SearchResults:
        """Search, wait, and iterate over every result (pages fetched lazily).

        Query: ``text`` or an image (``image``: a path/bytes/file uploaded
        first with `upload_image`, or ``image_key`` of an uploaded one).
        Person conditions (ids): ``persons`` (all must appear),
        ``any_persons``, ``not_persons``; dialogue conditions (lines):
        ``dialogues``, ``any_dialogues``, ``not_dialogues``. Filter:
        ``projects`` or ``assets`` (ids), ``asset_types`` (IMAGE, VIDEO),
        ``modified_from``/``modified_to`` (datetime or ISO 8601 string).
        ``confidence``: LOW, MEDIUM or HIGH. The spec's rules (one of text
        and image, at most 100 ids or lines per list, forbidden characters,
        projects xor assets) are checked before anything is sent.
        ``timeout``/``poll_interval``/``on_progress`` apply to the wait.
        """
        _image_arguments(image, image_key)
        ws = self._workspace(workspace, SEARCH_OP)
        if image is not None:
            image_key = self.upload_image(image)
        submitted = self.submit(
            text=text,
            image_key=image_key,
            persons=persons,
            any_persons=any_persons,
            not_persons=not_persons,
            dialogues=dialogues,
            any_dialogues=any_dialogues,
            not_dialogues=not_dialogues,
            projects=projects,
            assets=assets,
            asset_types=asset_types,
            modified_from=modified_from,
            modified_to=modified_to,
            confidence=confidence,
            workspace=ws,
        )
        first = self.wait(
            submitted.search_id,
            page_size=page_size,
            workspace=ws,
            timeout=timeout,
            poll_interval=poll_interval,
            on_progress=on_progress,
        )
        return SearchResults(self, first, ws, page_size)


# =============================================================================== async


class AsyncSearch(AsyncAPIResource):
    """Async twin of `Search`."""

    # -- query image ----------------------------------------------------------------

    @operations("createSearchImageUploadUrl")
    async def create_image_upload_url(
        self, *, asset_file_name: str, asset_type: QueryAssetType | str = "IMAGE"
    ) -> SearchImageUploadUrl:
        """A presigned URL for a query image (``createSearchImageUploadUrl``); prefer `upload_image`."""
        body = CreateSearchImageUploadUrlRequest(
            asset_type=require_enum(QueryAssetType, asset_type, UPLOAD_URL_OP, "body.assetType"),
            asset_file_name=asset_file_name,
        )
        return (
            await self._call(
                UPLOAD_URL_OP,
                create_search_image_upload_url.asyncio_detailed,
                body=body,
                cast_to=CreateSearchImageUploadUrlResponse,
            )
        ).result

    @operations("getSearchImageUploadStatus")
    async def image_upload_status(self, *, asset_key: str) -> SearchImageUploadStatus:
        """Whether an uploaded query image is usable (``getSearchImageUploadStatus``)."""
        return (
            await self._call(
                "getSearchImageUploadStatus",
                get_search_image_upload_status.asyncio_detailed,
                body=GetSearchImageUploadStatusRequest(asset_key=asset_key),
                cast_to=GetSearchImageUploadStatusResponse,
            )
        ).result

    @operations("createSearchImageUploadUrl", "getSearchImageUploadStatus")
    async def upload_image(
        self, image: FileSource, *, file_name: str | None = None, timeout: float | None = None
    ) -> str:
        """Upload a query image; returns the key to search with. See `Search.upload_image` (rules checked first)."""
        prepared = check_upload(UploadRules.of(self._client, UPLOAD_URL_OP), image, file_name=file_name)
        target = await self.create_image_upload_url(asset_file_name=prepared.file_name)
        await put_presigned_async(self._client.http_client, target.presigned_upload_url, prepared)
        status = await self._waiter("search", "image_uploaded", self.image_upload_status).wait(
            asset_key=target.asset_file_key, timeout=timeout
        )
        return status.asset_key or target.asset_file_key

    # -- searching ----------------------------------------------------------------

    @operations("searchAssets")
    async def submit(
        self,
        *,
        text: str | None = None,
        image_key: str | None = None,
        persons: IdList | None = None,
        any_persons: IdList | None = None,
        not_persons: IdList | None = None,
        dialogues: Lines | None = None,
        any_dialogues: Lines | None = None,
        not_dialogues: Lines | None = None,
        projects: IdList | None = None,
        assets: IdList | None = None,
        asset_types: Sequence[SearchAssetType | str] | None = None,
        modified_from: Timestamp | None = None,
        modified_to: Timestamp | None = None,
        confidence: Confidence | str | None = None,
        workspace: str | None = None,
    ) -> SearchAssetsResult:
        """Start a search (``searchAssets``); POST: retried only on 429 and pre-send connection errors."""
        ws = self._workspace(workspace, SEARCH_OP)
        body = search_request(
            text=text,
            image_key=image_key,
            persons=persons,
            any_persons=any_persons,
            not_persons=not_persons,
            dialogues=dialogues,
            any_dialogues=any_dialogues,
            not_dialogues=not_dialogues,
            projects=projects,
            assets=assets,
            asset_types=asset_types,
            modified_from=modified_from,
            modified_to=modified_to,
            confidence=confidence,
        )
        return (
            await self._call(
                SEARCH_OP,
                search_assets.asyncio_detailed,
                path={"workspace_name": ws},
                body=body,
                cast_to=SearchAssetsResponse,
            )
        ).result

    @operations("getSearchResult")
    async def get_result(
        self,
        search_id: str,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        workspace: str | None = None,
    ) -> SearchResult:
        """The search's status and one page of its results (``getSearchResult``)."""
        ws = self._workspace(workspace, RESULT_OP)
        return (
            await self._call(
                RESULT_OP,
                get_search_result.asyncio_detailed,
                path={"workspace_name": ws, "search_id": search_id},
                query={"page_num": page_num, "page_size": page_size},
                cast_to=GetSearchResultResponse,
            )
        ).result

    @operations("getSearchResult")
    def iter_results(
        self,
        search_id: str,
        *,
        page_size: int | None = None,
        start_page: int | None = None,
        workspace: str | None = None,
    ) -> AsyncPaginator[SearchResultItem, SearchResult]:
        """Iterate (``async for``) over the results of a completed search, pages fetched lazily."""
        return AsyncPaginator(
            lambda n, s: self.get_result(search_id, page_num=n, page_size=s, workspace=workspace),
            Pagination.of(self._client, RESULT_OP),
            page_size=page_size,
            start_page=start_page,
        )

    def get_waiter(self, name: Literal["completed"] = "completed") -> AsyncWaiter[SearchResult]:
        """The ``completed`` waiter (polls ``getSearchResult``; see `media_intelligence._waiters`)."""
        return self._waiter("search", name, self.get_result)

    @operations("getSearchResult")
    async def wait(
        self,
        search_id: str,
        *,
        page_size: int | None = None,
        workspace: str | None = None,
        timeout: float | None = None,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> SearchResult:
        """Poll until the search completes; returns its first page. Cancel the task to stop waiting."""
        return await self.get_waiter().wait(
            search_id,
            page_size=page_size,
            workspace=workspace,
            timeout=timeout,
            poll_interval=poll_interval,
            on_progress=on_progress,
        )

    @operations("createSearchImageUploadUrl", "getSearchImageUploadStatus", "searchAssets", "getSearchResult")
    async def run(
        self,
        *,
        text: str | None = None,
        image: FileSource | None = None,
        image_key: str | None = None,
        persons: IdList | None = None,
        any_persons: IdList | None = None,
        not_persons: IdList | None = None,
        dialogues: Lines | None = None,
        any_dialogues: Lines | None = None,
        not_dialogues: Lines | None = None,
        projects: IdList | None = None,
        assets: IdList | None = None,
        asset_types: Sequence[SearchAssetType | str] | None = None,
        modified_from: Timestamp | None = None,
        modified_to: Timestamp | None = None,
        confidence: Confidence | str | None = None,
        page_size: int | None = None,
        workspace: str | None = None,
        timeout: float | None = None,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> AsyncSearchResults:
        """Search, wait, and return an async iterator over every result. See `Search.run`."""
        _image_arguments(image, image_key)
        ws = self._workspace(workspace, SEARCH_OP)
        if image is not None:
            image_key = await self.upload_image(image)
        submitted = await self.submit(
            text=text,
            image_key=image_key,
            persons=persons,
            any_persons=any_persons,
            not_persons=not_persons,
            dialogues=dialogues,
            any_dialogues=any_dialogues,
            not_dialogues=not_dialogues,
            projects=projects,
            assets=assets,
            asset_types=asset_types,
            modified_from=modified_from,
            modified_to=modified_to,
            confidence=confidence,
            workspace=ws,
        )
        first = await self.wait(
            submitted.search_id,
            page_size=page_size,
            workspace=ws,
            timeout=timeout,
            poll_interval=poll_interval,
            on_progress=on_progress,
        )
        return AsyncSearchResults(self, first, ws, page_size)
