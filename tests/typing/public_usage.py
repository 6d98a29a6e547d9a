"""Typed use of the public API; ``mypy --strict`` must accept it (tests/wrapper/test_typing.py)."""

from __future__ import annotations

from media_intelligence import (
    APIResponse,
    AsyncMediaIntelligence,
    MediaIntelligence,
    ProjectNotFoundError,
    SyncPaginator,
)
from media_intelligence_client import models


def sync_usage(client: MediaIntelligence) -> None:
    project: models.Project = client.projects.create(name="news", timeout=5.0)
    client.projects.delete(project.project_id)
    projects: SyncPaginator[models.Project, models.ProjectList] = client.projects.list()
    names: list[str] = [p.name for p in projects]
    statuses = client.assets.import_from_object_storage(["a.mp4"], bucket="media", project_id=project.project_id)
    first: models.AssetImportStatus = statuses[0]
    status = client.indexes.wait_until_done(first.asset_id, project_id=project.project_id, poll_interval=1.0)
    print(names, status, client.indexes.get(first.asset_id, project_id=1, extra_headers={"X-Trace": "1"}))
    for hit in client.search.run(text="dog", project_ids=[1], person_ids=[2]):
        print(hit.asset_id)
    try:
        client.projects.get(999)
    except ProjectNotFoundError as exc:
        print(exc.status_code, exc.code)
    raw: APIResponse[models.Workspace] = client.with_raw_response.workspaces.get()
    print(raw.request_id)
    raw_project: APIResponse[models.Project] = client.with_raw_response.projects.get(12, timeout=5.0)
    raw_legacy: APIResponse[models.AnalysisStatusResult] = client.with_raw_response.indexes.legacy.analysis_status(
        5, project_id=1
    )
    print(raw_project.parsed.name, raw_legacy.status_code, [p.name for p in client.with_raw_response.projects.list()])


async def async_usage(client: AsyncMediaIntelligence) -> None:
    person: models.Person = await client.persons.get(1001, extra_query={"trace": "1"})
    async for tag in client.person_tags.list(tag_id=3):
        print(tag, person)
    await client.assets.move(5, project_id=1, to_project_id=2)
    deleted: APIResponse[models.Person | None] = await client.with_raw_response.persons.delete(1001)
    raw_person: APIResponse[models.Person] = await client.with_raw_response.persons.get(1001)
    print(deleted.headers, raw_person.parsed.person_id)
