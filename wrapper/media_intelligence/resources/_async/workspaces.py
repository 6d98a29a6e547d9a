"""``client.workspaces``: workspaces (tag ``workspaces``).

A create is not repeated once the request reached the API, so a workspace is
never created twice by a retry.
"""

from __future__ import annotations

from typing import Unpack

from media_intelligence_client import models

from ..._pagination import AsyncPaginator
from ..._types import RequestOptions
from .._base import AsyncAPIResource, given, operation

__all__ = ["AsyncWorkspaces"]


class AsyncWorkspaces(AsyncAPIResource):
    """Workspaces hold projects, person tags and persons; each links an Object Storage bucket."""

    @operation("createWorkspace")
    async def create(
        self, workspace: str, *, bucket: str | None = None, **options: Unpack[RequestOptions]
    ) -> models.WorkspaceSummary:
        """Create the workspace ``workspace``, linked to the Object Storage ``bucket``."""
        body = models.CreateWorkspaceRequest(**given(workspace_name=workspace, bucket_name=bucket))
        return (await self._call(models.CreateWorkspaceResponse, options, body=body)).result

    @operation("listWorkspaces")
    def list(
        self, *, page_size: int | None = None, start_page: int | None = None, **options: Unpack[RequestOptions]
    ) -> AsyncPaginator[models.WorkspaceListItem, models.WorkspacePage]:
        """Iterate (``async for``) over all workspaces, fetching pages lazily."""
        return self._paginate(lambda n, s: self.list_page(page_num=n, page_size=s, **options), page_size, start_page)

    @operation("listWorkspaces")
    async def list_page(
        self, *, page_num: int = 1, page_size: int | None = None, **options: Unpack[RequestOptions]
    ) -> models.WorkspacePage:
        """One page of workspaces."""
        query = {"page_num": page_num, "page_size": page_size}
        return (await self._call(models.ListWorkspacesResponse, options, query=query)).result

    @operation("getWorkspace")
    async def get(self, workspace: str | None = None, **options: Unpack[RequestOptions]) -> models.Workspace:
        """A workspace (default: the client's ``workspace``)."""
        return (await self._call(models.GetWorkspaceResponse, options, workspace=workspace)).result

    @operation("deleteWorkspace")
    async def delete(self, workspace: str | None = None, **options: Unpack[RequestOptions]) -> models.WorkspaceDeletion:
        """Delete a workspace (default: the client's ``workspace``)."""
        return (await self._call(models.DeleteWorkspaceResponse, options, workspace=workspace)).result
