"""The base client over loopback against the emulator: signatures, typed errors, validation."""

from __future__ import annotations

import httpx
import pytest

from media_intelligence import AuthenticationError, RequestValidationError
from media_intelligence.core import AsyncAPIClient, SyncAPIClient
from media_intelligence.errors import ProjectNameExistsError, ProjectNotFoundError, WorkspaceNotFoundError
from media_intelligence_client.api.projects import create_project, get_project, list_projects
from media_intelligence_client.api.workspaces import create_workspace
from media_intelligence_client.models import (
    CreateProjectRequest,
    CreateProjectResponse,
    CreateWorkspaceRequest,
    GetProjectResponse,
    ListProjectsResponse,
)
from media_intelligence_emulator.pytest_plugin import EmulatorHandle

WS = "core-ws"


@pytest.fixture
def client(mi_emulator: EmulatorHandle) -> SyncAPIClient:
    handle = mi_emulator
    return SyncAPIClient(
        access_key=handle.access_key,
        secret_key=handle.secret_key,
        base_url=handle.base_url,
    )


def _workspace(client: SyncAPIClient) -> None:
    body = CreateWorkspaceRequest(workspace_name=WS)
    client.call(
        "createWorkspace",
        lambda: create_workspace.sync_detailed(body=body, client=client.raw),
        body=body,
    )


def test_round_trip_and_typed_errors(client: SyncAPIClient) -> None:
    _workspace(client)
    body = CreateProjectRequest(name="news-2026")
    created = client.call(
        "createProject",
        lambda: create_project.sync_detailed(workspace_name=WS, body=body, client=client.raw),
        path_params={"workspace_name": WS},
        body=body,
        cast_to=CreateProjectResponse,
    )
    assert created.code == "0"
    listed = client.call(
        "listProjects",
        lambda: list_projects.sync_detailed(workspace_name=WS, client=client.raw),
        path_params={"workspace_name": WS},
        cast_to=ListProjectsResponse,
    )
    ids = [p.project_id for p in listed.result.projects]
    project = client.call(
        "getProject",
        lambda: get_project.sync_detailed(workspace_name=WS, project_id=str(ids[-1]), client=client.raw),
        path_params={"workspace_name": WS, "project_id": str(ids[-1])},
        cast_to=GetProjectResponse,
    )
    assert project.result.project_id == ids[-1]

    with pytest.raises(ProjectNameExistsError) as exists:
        client.call(
            "createProject",
            lambda: create_project.sync_detailed(workspace_name=WS, body=body, client=client.raw),
            path_params={"workspace_name": WS},
            body=body,
        )
    assert (exists.value.status_code, exists.value.code) == (409, "10026")

    with pytest.raises(ProjectNotFoundError):
        client.call(
            "getProject",
            lambda: get_project.sync_detailed(workspace_name=WS, project_id="999999", client=client.raw),
            path_params={"workspace_name": WS, "project_id": "999999"},
        )
    with pytest.raises(WorkspaceNotFoundError):
        client.call(
            "listProjects",
            lambda: list_projects.sync_detailed(workspace_name="no-such-ws", client=client.raw),
            path_params={"workspace_name": "no-such-ws"},
        )


def test_validation_stops_before_the_emulator(client: SyncAPIClient) -> None:
    long = CreateProjectRequest(name="x" * 101)
    with pytest.raises(RequestValidationError) as info:
        client.call(
            "createProject",
            lambda: create_project.sync_detailed(workspace_name=WS, body=long, client=client.raw),
            path_params={"workspace_name": WS},
            body=long,
        )
    assert (info.value.field, info.value.rule) == ("body.name", "maxLength 100")


def test_wrong_secret_is_an_authentication_error(mi_emulator: EmulatorHandle) -> None:
    handle = mi_emulator
    client = SyncAPIClient(
        access_key=handle.access_key,
        secret_key="wrong-secret-key",
        base_url=handle.base_url,
        max_retries=0,
    )
    with pytest.raises(AuthenticationError) as info:
        client.call(
            "listProjects",
            lambda: list_projects.sync_detailed(workspace_name=WS, client=client.raw),
            path_params={"workspace_name": WS},
        )
    assert info.value.status_code == 401
    assert "wrong-secret-key" not in str(info.value)


async def test_async_round_trip(mi_emulator: EmulatorHandle) -> None:
    handle = mi_emulator
    async with AsyncAPIClient(
        access_key=handle.access_key,
        secret_key=handle.secret_key,
        base_url=handle.base_url,
    ) as client:
        body = CreateWorkspaceRequest(workspace_name=WS)
        await client.call(
            "createWorkspace",
            lambda: create_workspace.asyncio_detailed(body=body, client=client.raw),
            body=body,
        )
        with pytest.raises(ProjectNotFoundError):
            await client.call(
                "getProject",
                lambda: get_project.asyncio_detailed(workspace_name=WS, project_id="424242", client=client.raw),
                path_params={"workspace_name": WS, "project_id": "424242"},
            )
    assert isinstance(client.http_client, httpx.AsyncClient) and client.http_client.is_closed
