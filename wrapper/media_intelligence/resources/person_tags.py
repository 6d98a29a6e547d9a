"""``client.person_tags``: tags that classify registered persons (tag ``person-tags``).

Retries (decided by the client core from the spec): ``list`` (GET) and
``delete`` (DELETE) are retried on connection errors, 429 and 5xx; ``create``
(POST) only on 429 and on connection errors raised before the request was
sent.
"""

from __future__ import annotations

from media_intelligence_client.api.person_tags import create_person_tag, delete_person_tag, list_person_tags
from media_intelligence_client.models import (
    CreatePersonTagRequest,
    CreatePersonTagResponse,
    Envelope,
    ListPersonTagsResponse,
    PersonTag,
    PersonTagPage,
    PersonTagSummary,
)

from .._pagination import AsyncPaginator, Pagination, SyncPaginator
from ._base import AsyncAPIResource, SyncAPIResource, operations

__all__ = ["AsyncPersonTags", "PersonTags"]


class PersonTags(SyncAPIResource):
    """Person tags of a workspace."""

    @operations("createPersonTag")
    def create(self, *, name: str, workspace: str | None = None) -> PersonTag:
        """Register a person tag (``createPersonTag``); POST: retried only on 429 and pre-send errors."""
        ws = self._workspace(workspace, "createPersonTag")
        return self._call(
            "createPersonTag",
            create_person_tag.sync_detailed,
            path={"workspace_name": ws},
            body=CreatePersonTagRequest(name=name),
            cast_to=CreatePersonTagResponse,
        ).result

    @operations("listPersonTags")
    def list(
        self,
        *,
        id: int | None = None,
        name: str | None = None,
        workspace: str | None = None,
        page_size: int | None = None,
        start_page: int | None = None,
    ) -> SyncPaginator[PersonTagSummary, PersonTagPage]:
        """Iterate over the workspace's person tags (filtered by ``id``/``name``), pages fetched lazily."""
        return SyncPaginator(
            lambda n, s: self.list_page(id=id, name=name, workspace=workspace, page_num=n, page_size=s),
            Pagination.of(self._client, "listPersonTags"),
            page_size=page_size,
            start_page=start_page,
        )

    @operations("listPersonTags")
    def list_page(
        self,
        *,
        id: int | None = None,
        name: str | None = None,
        workspace: str | None = None,
        page_num: int = 1,
        page_size: int | None = None,
    ) -> PersonTagPage:
        """One page of person tags (``listPersonTags``)."""
        ws = self._workspace(workspace, "listPersonTags")
        return self._call(
            "listPersonTags",
            list_person_tags.sync_detailed,
            path={"workspace_name": ws},
            query={"id": id, "name": name, "page_num": page_num, "page_size": page_size},
            cast_to=ListPersonTagsResponse,
        ).result

    @operations("deletePersonTag")
    def delete(self, tag_id: int, *, workspace: str | None = None) -> Envelope:
        """Delete a person tag (``deletePersonTag``; no result); retried (DELETE is idempotent)."""
        ws = self._workspace(workspace, "deletePersonTag")
        return self._call(
            "deletePersonTag",
            delete_person_tag.sync_detailed,
            path={"workspace_name": ws, "tag_id": int(tag_id)},
            cast_to=Envelope,
        )


class AsyncPersonTags(AsyncAPIResource):
    """Async twin of `PersonTags`."""

    @operations("createPersonTag")
    async def create(self, *, name: str, workspace: str | None = None) -> PersonTag:
        """Register a person tag (``createPersonTag``); POST: retried only on 429 and pre-send errors."""
        ws = self._workspace(workspace, "createPersonTag")
        return (
            await self._call(
                "createPersonTag",
                create_person_tag.asyncio_detailed,
                path={"workspace_name": ws},
                body=CreatePersonTagRequest(name=name),
                cast_to=CreatePersonTagResponse,
            )
        ).result

    @operations("listPersonTags")
    def list(
        self,
        *,
        id: int | None = None,
        name: str | None = None,
        workspace: str | None = None,
        page_size: int | None = None,
        start_page: int | None = None,
    ) -> AsyncPaginator[PersonTagSummary, PersonTagPage]:
        """Iterate (``async for``) over the workspace's person tags, pages fetched lazily."""
        return AsyncPaginator(
            lambda n, s: self.list_page(id=id, name=name, workspace=workspace, page_num=n, page_size=s),
            Pagination.of(self._client, "listPersonTags"),
            page_size=page_size,
            start_page=start_page,
        )

    @operations("listPersonTags")
    async def list_page(
        self,
        *,
        id: int | None = None,
        name: str | None = None,
        workspace: str | None = None,
        page_num: int = 1,
        page_size: int | None = None,
    ) -> PersonTagPage:
        """One page of person tags (``listPersonTags``)."""
        ws = self._workspace(workspace, "listPersonTags")
        return (
            await self._call(
                "listPersonTags",
                list_person_tags.asyncio_detailed,
                path={"workspace_name": ws},
                query={"id": id, "name": name, "page_num": page_num, "page_size": page_size},
                cast_to=ListPersonTagsResponse,
            )
        ).result

    @operations("deletePersonTag")
    async def delete(self, tag_id: int, *, workspace: str | None = None) -> Envelope:
        """Delete a person tag (``deletePersonTag``; no result); retried (DELETE is idempotent)."""
        ws = self._workspace(workspace, "deletePersonTag")
        return await self._call(
            "deletePersonTag",
            delete_person_tag.asyncio_detailed,
            path={"workspace_name": ws, "tag_id": int(tag_id)},
            cast_to=Envelope,
        )
