"""``client.person_tags``: tags that classify registered persons (tag ``person-tags``)."""

from __future__ import annotations

from typing import Unpack

from media_intelligence_client import models

from ..._pagination import AsyncPaginator
from ..._types import RequestOptions
from .._base import AsyncAPIResource, operation

__all__ = ["AsyncPersonTags"]


class AsyncPersonTags(AsyncAPIResource):
    """Person tags of a workspace."""

    @operation("createPersonTag")
    async def create(
        self, *, name: str, workspace: str | None = None, **options: Unpack[RequestOptions]
    ) -> models.PersonTag:
        """Register a person tag."""
        body = models.CreatePersonTagRequest(name=name)
        return (await self._call(models.CreatePersonTagResponse, options, workspace=workspace, body=body)).result

    @operation("listPersonTags")
    def list(
        self,
        *,
        tag_id: int | None = None,
        name: str | None = None,
        workspace: str | None = None,
        page_size: int | None = None,
        start_page: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[models.PersonTagSummary, models.PersonTagPage]:
        """Iterate (``async for``) over the workspace's person tags (filtered by ``tag_id``/``name``), lazily."""
        return self._paginate(
            lambda n, s: self.list_page(
                tag_id=tag_id, name=name, workspace=workspace, page_num=n, page_size=s, **options
            ),
            page_size,
            start_page,
        )

    @operation("listPersonTags")
    async def list_page(
        self,
        *,
        tag_id: int | None = None,
        name: str | None = None,
        workspace: str | None = None,
        page_num: int = 1,
        page_size: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> models.PersonTagPage:
        """One page of person tags."""
        query = {"id": tag_id, "name": name, "page_num": page_num, "page_size": page_size}
        return (await self._call(models.ListPersonTagsResponse, options, workspace=workspace, query=query)).result

    @operation("deletePersonTag")
    async def delete(self, tag_id: int, *, workspace: str | None = None, **options: Unpack[RequestOptions]) -> None:
        """Delete a person tag."""
        await self._call(models.Envelope, options, workspace=workspace, path={"tag_id": int(tag_id)})
