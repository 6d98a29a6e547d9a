"""``client.projects``: projects of a workspace (tag ``projects``).

``list`` returns the same re-iterable list object as every other ``list``
(`AsyncPaginator`), over the one page of the unpaged listProjects. A retried
create could make a second project; the API answers a duplicate name with
10026 anyway.
"""

from __future__ import annotations

from media_intelligence_client import models

from ..._pagination import AsyncPaginator
from .._base import AsyncAPIResource, Id, operation

__all__ = ["AsyncProjects"]


class AsyncProjects(AsyncAPIResource):
    """Projects group media assets inside a workspace."""

    @operation("createProject")
    async def create(self, *, name: str, workspace: str | None = None) -> models.Project:
        """Create a project."""
        body = models.CreateProjectRequest(name=name)
        return (await self._call(models.CreateProjectResponse, workspace=workspace, body=body)).result

    @operation("listProjects")
    def list(self, *, workspace: str | None = None) -> AsyncPaginator[models.Project, models.ProjectList]:
        """All projects of the workspace (``async for``; the API sends them in one response)."""
        return self._unpaged(lambda: self.list_page(workspace=workspace), "projects")

    @operation("listProjects")
    async def list_page(self, *, workspace: str | None = None) -> models.ProjectList:
        """The ``ProjectList`` model of the workspace (listProjects is not paged)."""
        return (await self._call(models.ListProjectsResponse, workspace=workspace)).result

    @operation("getProject")
    async def get(self, project_id: Id, *, workspace: str | None = None) -> models.Project:
        """A project."""
        path = {"project_id": str(project_id)}
        return (await self._call(models.GetProjectResponse, workspace=workspace, path=path)).result

    @operation("updateProject")
    async def update(self, project_id: Id, *, name: str, workspace: str | None = None) -> models.Project:
        """Rename a project."""
        path, body = {"project_id": str(project_id)}, models.UpdateProjectRequest(name=name)
        return (await self._call(models.UpdateProjectResponse, workspace=workspace, path=path, body=body)).result

    @operation("deleteProject")
    async def delete(self, project_id: Id, *, workspace: str | None = None) -> None:
        """Delete a project."""
        await self._call(models.Envelope, workspace=workspace, path={"project_id": str(project_id)})
