"""``client.search``: asynchronous scene search by text, image, person and dialogue (tag ``search``).

One call does it all::

    for hit in client.search.run(text="a dog on the beach", person_ids=[1001], project_ids=[12]):
        print(hit.asset_id, hit.start_time_ms, hit.score)

``run`` uploads the query image if one is given (`upload_image`), submits the
search (``searchAssets``), waits for it (`wait`) and returns `SearchResults`,
an iterator over every result that fetches further pages lazily. The steps
are available one by one: `submit`, `wait`/`get_result`, `iter_results`.
The single operations, and ``run``'s arguments, are rendered from
tools/resource_table.py (`_rendered`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, Unpack, overload

from media_intelligence_client import models

from ..._errors import RequestValidationError
from ..._pagination import AsyncPaginator, Pagination
from ..._types import RequestOptions
from ..._uploads import FileSource, UploadRules, check_upload, put_presigned_async
from ..._waiters import WaitOptions, request_options
from .._base import current_operation, operation, operations
from ._rendered import AsyncSearchOps
from ._waiters import AsyncSearchImageWaiter, AsyncSearchWaiter

__all__ = ["AsyncSearch", "AsyncSearchResults"]

Lines = Sequence[str] | str
#: Stands for the key of a query image not uploaded yet, while `run` checks the search before uploading it.
_UPLOAD_PENDING = "pending-upload.jpg"


class AsyncSearchResults(AsyncPaginator[models.SearchResultItem, models.SearchResult]):
    """All results of one search (``async for hit in results``), pages fetched lazily.

    ``.search_id``, ``.first_page``, ``.total_count``.
    """

    def __init__(
        self,
        search: AsyncSearch,
        first_page: models.SearchResult,
        workspace: str,
        page_size: int | None,
        options: RequestOptions | None = None,
    ) -> None:
        request = options or {}
        super().__init__(
            lambda n, s: search.get_result(
                first_page.search_id, workspace=workspace, page_num=n, page_size=s, **request
            ),
            Pagination.of(search._client, "getSearchResult"),
            page_size=page_size,
            first=first_page,
        )
        self.search_id = first_page.search_id
        self.first_page = first_page

    @property
    def total_count(self) -> int | None:
        return self.pagination.total_count(self.first_page)


class AsyncSearch(AsyncSearchOps):
    """Scene search."""

    @overload
    def get_waiter(self, name: Literal["completed"] = ...) -> AsyncSearchWaiter: ...

    @overload
    def get_waiter(self, name: Literal["image_uploaded"]) -> AsyncSearchImageWaiter: ...

    def get_waiter(self, name: str = "completed") -> AsyncSearchWaiter | AsyncSearchImageWaiter:
        """The ``completed`` waiter (polls ``getSearchResult``) or the ``image_uploaded`` one.

        ``image_uploaded`` polls ``getSearchImageUploadStatus``; see
        `media_intelligence._waiters` for their delays and limits.
        """
        if name == "image_uploaded":
            return AsyncSearchImageWaiter(self._client, "search", name, self.image_upload_status)
        return AsyncSearchWaiter(self._client, "search", name, self.get_result)

    @operations("createSearchImageUploadUrl", "getSearchImageUploadStatus")
    async def upload_image(
        self, image: FileSource, *, file_name: str | None = None, **options: Unpack[WaitOptions]
    ) -> str:
        """Upload a query image; returns the key to search with (``imageQuery``).

        ``image``: a path, bytes or a binary file. The spec's
        ``x-upload-rules`` (jpg/png/webp/heic, at most 5 MB, at least 224 px)
        are checked with Pillow first: a `RequestValidationError` naming the
        rule, and no request, when the file breaks one. Then: presigned URL,
        HTTP PUT of the bytes (no signature headers), upload status until
        COMPLETED (`UploadFailedError` on FAILED). ``options``: the
        `WaitOptions` of the status wait; ``timeout`` bounds every request,
        the PUT included.
        """
        prepared = check_upload(UploadRules.of(self._client, current_operation()), image, file_name=file_name)
        request = request_options(self._client, options)
        target = await self.create_image_upload_url(asset_file_name=prepared.file_name, **request)
        await put_presigned_async(
            self._client.http_client, target.presigned_upload_url, prepared, timeout=request.get("timeout")
        )
        status = await self.get_waiter("image_uploaded").wait(asset_key=target.asset_file_key, **options)
        return status.asset_key or target.asset_file_key

    # -- searching ----------------------------------------------------------------

    @operation("searchAssets")
    async def _submit(
        self, body: models.SearchAssetsRequest, workspace: str | None, **options: Unpack[RequestOptions]
    ) -> models.SearchAssetsResult:
        return (await self._call(models.SearchAssetsResponse, options, workspace=workspace, body=body)).result

    @operations("getSearchResult")
    async def wait(
        self,
        search_id: str,
        *,
        workspace: str | None = None,
        page_size: int | None = None,
        **options: Unpack[WaitOptions],
    ) -> models.SearchResult:
        """Poll until the search completes; returns its first page of results.

        `SearchFailedError` when it FAILED, `WaiterTimeoutError` after
        ``timeout``; ``options``: the `WaitOptions`.
        """
        return await self.get_waiter().wait(search_id, workspace=workspace, page_size=page_size, **options)

    async def _run(
        self,
        body: models.SearchAssetsRequest,
        *,
        image: FileSource | None,
        workspace: str | None,
        page_size: int | None,
        **options: Unpack[WaitOptions],
    ) -> AsyncSearchResults:
        """`run` once its arguments are a ``searchAssets`` body: check, upload the image, submit, wait."""
        if image is not None and body.query.image_query is not None:
            raise RequestValidationError.single(
                current_operation(),
                "body.query.imageQuery",
                "one of image, image_key",
                "give the file or the uploaded key, not both",
            )
        ws = self._workspace(workspace)
        if image is not None:
            body.query.image_query = _UPLOAD_PENDING
        # the search is checked before the image is uploaded: bad input sends nothing
        self._check("searchAssets", workspace=ws, body=body)
        request = request_options(self._client, options)
        if image is not None:
            body.query.image_query = await self.upload_image(image, **options)
        submitted = await self._submit(body, ws, **request)
        first = await self.wait(submitted.search_id, workspace=ws, page_size=page_size, **options)
        return AsyncSearchResults(self, first, ws, page_size, request)
