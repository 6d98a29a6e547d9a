"""Typed use of the public API; ``mypy --strict`` must accept it (tests/wrapper/test_typing.py)."""

from __future__ import annotations

import httpx

from media_intelligence import (
    APIResponse,
    AsyncMediaIntelligence,
    MediaIntelligence,
    ProjectNotFoundError,
    SyncPaginator,
    WaiterProgress,
)
from media_intelligence_client import models


def report(progress: WaiterProgress) -> None:
    print(progress.status, progress.elapsed)


def sync_usage(client: MediaIntelligence) -> None:
    project: models.Project = client.projects.create(name="news", timeout=5.0)
    client.projects.delete(project.project_id)
    projects: SyncPaginator[models.Project, models.ProjectList] = client.projects.list()
    names: list[str] = [p.name for p in projects]
    statuses = client.assets.import_from_object_storage(["a.mp4"], bucket="media", project_id=project.project_id)
    first: models.AssetImportStatus = statuses[0]
    status = client.indexes.wait_until_done(first.asset_id, project_id=project.project_id, poll_interval=1.0)
    print(names, status, client.indexes.get(first.asset_id, project_id=1, extra_headers={"X-Trace": "1"}))
    for hit in client.search.run(text="dog", project_ids=[1], person_ids=[2], extra_headers={"X-Trace": "1"}):
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


def sync_waiters(client: MediaIntelligence) -> None:
    imported: models.AssetImportStatus = client.assets.get_waiter("imported").wait(
        5, project_id=1, workspace="ws", timeout=60.0, on_progress=report
    )
    done: models.IndexStatusResult = client.indexes.get_waiter("done").wait(5, project_id=1, max_attempts=10)
    legacy: models.AnalysisStatusResult = client.indexes.legacy.get_waiter().wait(5, project_id=1)
    summary: models.SceneSummaryStatusResult = client.scene_summaries.get_waiter("done").wait(
        5, project_id=1, poll_interval=2.0, extra_headers={"X-Trace": "1"}
    )
    search: models.SearchResult = client.search.get_waiter("completed").wait("s1", page_size=50, timeout=30)
    image: models.SearchImageUploadStatus = client.search.get_waiter("image_uploaded").wait(asset_key="k")
    thumbnail: models.PersonThumbnailUploadResult = client.persons.get_waiter("thumbnail_uploaded").wait(
        thumbnail_key="k", workspace="ws", timeout=httpx.Timeout(5.0)
    )
    print(imported, done, legacy, summary, search, image, thumbnail)
    key: str = client.persons.upload_thumbnail(b"...", timeout=10.0, extra_query={"trace": "1"})
    print(key, client.assets.upload_and_import(["a.mp4"], bucket="b", project_id=1, wait=False, timeout=5.0))


async def async_usage(client: AsyncMediaIntelligence) -> None:
    person: models.Person = await client.persons.get(1001, extra_query={"trace": "1"})
    async for tag in client.person_tags.list(tag_id=3):
        print(tag, person)
    await client.assets.move(5, project_id=1, to_project_id=2)
    deleted: APIResponse[models.Person | None] = await client.with_raw_response.persons.delete(1001)
    raw_person: APIResponse[models.Person] = await client.with_raw_response.persons.get(1001)
    print(deleted.headers, raw_person.parsed.person_id)


async def async_waiters(client: AsyncMediaIntelligence) -> None:
    imported: models.AssetImportStatus = await client.assets.get_waiter().wait(5, project_id=1, timeout=60.0)
    done: models.IndexStatusResult = await client.indexes.wait_until_done(5, project_id=1, on_progress=report)
    legacy: models.AnalysisStatusResult = await client.indexes.legacy.wait_until_done(5, project_id=1)
    summary: models.SceneSummaryStatusResult = await client.scene_summaries.get_waiter().wait(5, project_id=1)
    search: models.SearchResult = await client.search.get_waiter().wait("s1", workspace="ws", max_attempts=3)
    image: models.SearchImageUploadStatus = await client.search.get_waiter("image_uploaded").wait(asset_key="k")
    thumbnail: models.PersonThumbnailUploadResult = await client.persons.get_waiter().wait(thumbnail_key="k")
    results = await client.search.run(image=b"...", project_ids=[1], timeout=30.0, extra_headers={"X-Trace": "1"})
    print(imported, done, legacy, summary, search, image, thumbnail, results.search_id)
