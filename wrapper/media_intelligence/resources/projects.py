"""``client.projects``: projects of a workspace (tag ``projects``).

Retries (decided by the client core from the spec): ``get``/``list`` and
``delete`` are retried on connection errors, 429 and 5xx; ``create`` (POST)
and ``update`` (PATCH) only on 429 and on connection errors raised before the
request was sent (a retried create could make a second project; the API
answers a duplicate name with 10026 anyway).

``list`` returns the spec's ``ProjectList`` (``.projects``): listProjects
is not paged.
"""

from __future__ import annotations

from media_intelligence_client.api.projects import (
    create_project,
    delete_project,
    get_project,
    list_projects,
    update_project,
)
from media_intelligence_client.models import (
    CreateProjectRequest,
    CreateProjectResponse,
    Envelope,
    GetProjectResponse,
    ListProjectsResponse,
    Project,
    ProjectList,
    UpdateProjectRequest,
    UpdateProjectResponse,
)

from ._base import AsyncAPIResource, SyncAPIResource, operations

__all__ = ["AsyncProjects", "Projects"]


class Projects(SyncAPIResource):
    """Projects group media assets inside a workspace."""

    @operations("createProject")
    def create(self, *, name: str, workspace: str | None = None) -> Project:
        """Create a project (``createProject``); retried only on 429 and pre-send connection errors."""
        ws = self._workspace(workspace, "createProject")
        return self._call(
            "createProject",
            create_project.sync_detailed,
            path={"workspace_name": ws},
            body=CreateProjectRequest(name=name),
            cast_to=CreateProjectResponse,
        ).result

    @operations("listProjects")
    def list(self, *, workspace: str | None = None) -> ProjectList:
        """All projects of the workspace (``listProjects``; not paged)."""
        ws = self._workspace(workspace, "listProjects")
        return self._call(
            "listProjects", list_projects.sync_detailed, path={"workspace_name": ws}, cast_to=ListProjectsResponse
        ).result

    @operations("getProject")
    def get(self, project_id: int | str, *, workspace: str | None = None) -> Project:
        """A project (``getProject``)."""
        ws = self._workspace(workspace, "getProject")
        return self._call(
            "getProject",
            get_project.sync_detailed,
            path={"workspace_name": ws, "project_id": str(project_id)},
            cast_to=GetProjectResponse,
        ).result

    @operations("updateProject")
    def update(self, project_id: int | str, *, name: str, workspace: str | None = None) -> Project:
        """Rename a project (``updateProject``); PATCH: retried only on 429 and pre-send connection errors."""
        ws = self._workspace(workspace, "updateProject")
        return self._call(
            "updateProject",
            update_project.sync_detailed,
            path={"workspace_name": ws, "project_id": str(project_id)},
            body=UpdateProjectRequest(name=name),
            cast_to=UpdateProjectResponse,
        ).result

    @operations("deleteProject")
    def delete(self, project_id: int | str, *, workspace: str | None = None) -> Envelope:
        """Delete a project (``deleteProject``; the response has no result); retried (DELETE is idempotent)."""
        ws = self._workspace(workspace, "deleteProject")
        return self._call(
            "deleteProject",
            delete_project.sync_detailed,
            path={"workspace_name": ws, "project_id": str(project_id)},
            cast_to=Envelope,
        )


class AsyncProjects(AsyncAPIResource):
    """Async twin of `Projects`."""

    @operations("createProject")
    async def create(self, *, name: str, workspace: str | None = None) -> Project:
        """Create a project (``createProject``); retried only on 429 and pre-send connection errors."""
        ws = self._workspace(workspace, "createProject")
        return (
            await self._call(
                "createProject",
                create_project.asyncio_detailed,
                path={"workspace_name": ws},
                body=CreateProjectRequest(name=name),
                cast_to=CreateProjectResponse,
            )
        ).result

    @operations("listProjects")
    async def list(self, *, workspace: str | None = None) -> ProjectList:
        """All projects of the workspace (``listProjects``; not paged)."""
        ws = self._workspace(workspace, "listProjects")
        return (
            await self._call(
                "listProjects",
                list_projects.asyncio_detailed,
                path={"workspace_name": ws},
                cast_to=ListProjectsResponse,
            )
        ).result

    @operations("getProject")
    async def get(self, project_id: int | str, *, workspace: str | None = None) -> Project:
        """A project (``getProject``)."""
        ws = self._workspace(workspace, "getProject")
        return (
            await self._call(
                "getProject",
                get_project.asyncio_detailed,
                path={"workspace_name": ws, "project_id": str(project_id)},
                cast_to=GetProjectResponse,
            )
        ).result

    @operations("updateProject")
    async def update(self, project_id: int | str, *, name: str, workspace: str | None = None) -> Project:
        """Rename a project (``updateProject``); PATCH: retried only on 429 and pre-send connection errors."""
        ws = self._workspace(workspace, "updateProject")
        return (
            await self._call(
                "updateProject",
                update_project.asyncio_detailed,
                path={"workspace_name": ws, "project_id": str(project_id)},
                body=UpdateProjectRequest(name=name),
                cast_to=UpdateProjectResponse,
            )
        ).result

    @operations("deleteProject")
    async def delete(self, project_id: int | str, *, workspace: str | None = None) -> Envelope:
        """Delete a project (``deleteProject``; the response has no result); retried (DELETE is idempotent)."""
        ws = self._workspace(workspace, "deleteProject")
        return await self._call(
            "deleteProject",
            delete_project.asyncio_detailed,
            path={"workspace_name": ws, "project_id": str(project_id)},
            cast_to=Envelope,
        )
