"""``client.projects``: projects of a workspace (tag ``projects``).

``list`` returns the same re-iterable list object as every other ``list``
(`AsyncPaginator`), over the one page of the unpaged listProjects. A retried
create could make a second project; the API answers a duplicate name with
10026 anyway.
"""

from __future__ import annotations

from typing import Unpack

from media_intelligence_client import models

from ..._pagination import AsyncPaginator
from ..._types import RequestOptions
from .._base import AsyncAPIResource, Id, operation

__all__ = ["AsyncProjects"]


class AsyncProjects(AsyncAPIResource):
    """Projects group media assets inside a workspace."""

    @operation("createProject")
    async def create(
        self, *, name: str, workspace: str | None = None, **options: Unpack[RequestOptions]
    ) -> models.Project:
        """Create a project."""
        body = models.CreateProjectRequest(name=name)
        return (await self._call(models.CreateProjectResponse, options, workspace=workspace, body=body)).result

    @operation("listProjects")
    def list(
        self, *, workspace: str | None = None, **options: Unpack[RequestOptions]
    ) -> AsyncPaginator[models.Project, models.ProjectList]:
        """All projects of the workspace (``async for``; the API sends them in one response)."""
        return self._unpaged(lambda: self.list_page(workspace=workspace, **options), "projects")

    @operation("listProjects")
    async def list_page(self, *, workspace: str | None = None, **options: Unpack[RequestOptions]) -> models.ProjectList:
        """The ``ProjectList`` model of the workspace (listProjects is not paged)."""
        return (await self._call(models.ListProjectsResponse, options, workspace=workspace)).result

    @operation("getProject")
    async def get(
        self, project_id: Id, *, workspace: str | None = None, **options: Unpack[RequestOptions]
    ) -> models.Project:
        """A project."""
        path = {"project_id": str(project_id)}
        return (await self._call(models.GetProjectResponse, options, workspace=workspace, path=path)).result

    @operation("updateProject")
    async def update(
        self, project_id: Id, *, name: str, workspace: str | None = None, **options: Unpack[RequestOptions]
    ) -> models.Project:
        """Rename a project."""
        path, body = {"project_id": str(project_id)}, models.UpdateProjectRequest(name=name)
        return (
            await self._call(models.UpdateProjectResponse, options, workspace=workspace, path=path, body=body)
        ).result

    @operation("deleteProject")
    async def delete(self, project_id: Id, *, workspace: str | None = None, **options: Unpack[RequestOptions]) -> None:
        """Delete a project."""
        await self._call(models.Envelope, options, workspace=workspace, path={"project_id": str(project_id)})
