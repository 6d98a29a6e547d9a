"""``client.workspaces``: workspaces (tag ``workspaces``).

Retries (decided by the client core from the spec): ``get``/``list``
(GET) and ``delete`` (DELETE) are retried on connection errors, 429 and
5xx; ``create`` (POST) only on 429 and on connection errors raised before
the request was sent, so a workspace is never created twice by a retry.
"""

from __future__ import annotations

from media_intelligence_client.api.workspaces import create_workspace, delete_workspace, get_workspace, list_workspaces
from media_intelligence_client.models import (
    CreateWorkspaceRequest,
    CreateWorkspaceResponse,
    DeleteWorkspaceResponse,
    GetWorkspaceResponse,
    ListWorkspacesResponse,
    Workspace,
    WorkspaceDeletion,
    WorkspaceListItem,
    WorkspacePage,
    WorkspaceSummary,
)

from .._pagination import AsyncPaginator, Pagination, SyncPaginator
from ._base import AsyncAPIResource, SyncAPIResource, given, operations

__all__ = ["AsyncWorkspaces", "Workspaces"]


class Workspaces(SyncAPIResource):
    """Workspaces hold projects, person tags and persons; each links an Object Storage bucket."""

    @operations("createWorkspace")
    def create(self, *, workspace_name: str, bucket_name: str | None = None) -> WorkspaceSummary:
        """Create a workspace (``createWorkspace``).

        Retried only on 429 and pre-send connection errors (POST: a retry
        after the request reached the API could create a duplicate).
        """
        body = CreateWorkspaceRequest(**given(workspace_name=workspace_name, bucket_name=bucket_name))
        return self._call(
            "createWorkspace", create_workspace.sync_detailed, body=body, cast_to=CreateWorkspaceResponse
        ).result

    @operations("listWorkspaces")
    def list(
        self, *, page_size: int | None = None, start_page: int | None = None
    ) -> SyncPaginator[WorkspaceListItem, WorkspacePage]:
        """Iterate over all workspaces, fetching pages lazily (``listWorkspaces``)."""
        return SyncPaginator(
            lambda n, s: self.list_page(page_num=n, page_size=s),
            Pagination.of(self._client, "listWorkspaces"),
            page_size=page_size,
            start_page=start_page,
        )

    @operations("listWorkspaces")
    def list_page(self, *, page_num: int = 1, page_size: int | None = None) -> WorkspacePage:
        """One page of workspaces (``listWorkspaces``)."""
        return self._call(
            "listWorkspaces",
            list_workspaces.sync_detailed,
            query={"page_num": page_num, "page_size": page_size},
            cast_to=ListWorkspacesResponse,
        ).result

    @operations("getWorkspace")
    def get(self, workspace_name: str | None = None) -> Workspace:
        """A workspace (default: the client's ``workspace``) (``getWorkspace``)."""
        ws = self._workspace(workspace_name, "getWorkspace")
        return self._call(
            "getWorkspace", get_workspace.sync_detailed, path={"workspace_name": ws}, cast_to=GetWorkspaceResponse
        ).result

    @operations("deleteWorkspace")
    def delete(self, workspace_name: str | None = None) -> WorkspaceDeletion:
        """Delete a workspace (``deleteWorkspace``); retried like every DELETE (idempotent)."""
        ws = self._workspace(workspace_name, "deleteWorkspace")
        return self._call(
            "deleteWorkspace",
            delete_workspace.sync_detailed,
            path={"workspace_name": ws},
            cast_to=DeleteWorkspaceResponse,
        ).result


class AsyncWorkspaces(AsyncAPIResource):
    """Async twin of `Workspaces`."""

    @operations("createWorkspace")
    async def create(self, *, workspace_name: str, bucket_name: str | None = None) -> WorkspaceSummary:
        """Create a workspace (``createWorkspace``).

        Retried only on 429 and pre-send connection errors (POST: a retry
        after the request reached the API could create a duplicate).
        """
        body = CreateWorkspaceRequest(**given(workspace_name=workspace_name, bucket_name=bucket_name))
        return (
            await self._call(
                "createWorkspace", create_workspace.asyncio_detailed, body=body, cast_to=CreateWorkspaceResponse
            )
        ).result

    @operations("listWorkspaces")
    def list(
        self, *, page_size: int | None = None, start_page: int | None = None
    ) -> AsyncPaginator[WorkspaceListItem, WorkspacePage]:
        """Iterate (``async for``) over all workspaces, fetching pages lazily (``listWorkspaces``)."""
        return AsyncPaginator(
            lambda n, s: self.list_page(page_num=n, page_size=s),
            Pagination.of(self._client, "listWorkspaces"),
            page_size=page_size,
            start_page=start_page,
        )

    @operations("listWorkspaces")
    async def list_page(self, *, page_num: int = 1, page_size: int | None = None) -> WorkspacePage:
        """One page of workspaces (``listWorkspaces``)."""
        return (
            await self._call(
                "listWorkspaces",
                list_workspaces.asyncio_detailed,
                query={"page_num": page_num, "page_size": page_size},
                cast_to=ListWorkspacesResponse,
            )
        ).result

    @operations("getWorkspace")
    async def get(self, workspace_name: str | None = None) -> Workspace:
        """A workspace (default: the client's ``workspace``) (``getWorkspace``)."""
        ws = self._workspace(workspace_name, "getWorkspace")
        return (
            await self._call(
                "getWorkspace",
                get_workspace.asyncio_detailed,
                path={"workspace_name": ws},
                cast_to=GetWorkspaceResponse,
            )
        ).result

    @operations("deleteWorkspace")
    async def delete(self, workspace_name: str | None = None) -> WorkspaceDeletion:
        """Delete a workspace (``deleteWorkspace``); retried like every DELETE (idempotent)."""
        ws = self._workspace(workspace_name, "deleteWorkspace")
        return (
            await self._call(
                "deleteWorkspace",
                delete_workspace.asyncio_detailed,
                path={"workspace_name": ws},
                cast_to=DeleteWorkspaceResponse,
            )
        ).result
