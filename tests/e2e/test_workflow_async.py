"""End to end, asyncio client: the same workflow as ``test_workflow_sync`` with ``AsyncMediaIntelligence``.

workspace -> project -> upload and import (moto S3) -> analyse -> wait -> index -> persons and tags ->
search by text, image, person and dialogue -> paging; plus cancellation of a wait.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import pytest
from httpx_aiohttp import AiohttpTransport

from media_intelligence import AsyncMediaIntelligence, DefaultAioHttpClient, IndexFailedError, WaiterProgress
from media_intelligence.errors import NotFoundError

from .support import HONG, KIM, S3_BUCKET, S3_KEYS, MediaFiles, face_png

WS = "e2e-async"
FAST = {"poll_interval": 0.05, "timeout": 60.0}


@pytest.fixture(params=["httpx", "aiohttp"])
def transport(request: pytest.FixtureRequest) -> str:
    """Every test runs over the default httpx transport and over `DefaultAioHttpClient`."""
    return str(request.param)


@contextlib.asynccontextmanager
async def _client(mi_emulator: Any, transport: str) -> AsyncIterator[AsyncMediaIntelligence]:
    if transport == "httpx":
        async with AsyncMediaIntelligence(**mi_emulator.client_options(workspace=WS)) as client:
            yield client
        return
    # The SDK leaves a client it was given open: this one is closed here.
    async with (
        DefaultAioHttpClient() as http,
        AsyncMediaIntelligence(**mi_emulator.client_options(workspace=WS, http_client=http)) as client,
    ):
        assert isinstance(client.http_client._transport, AiohttpTransport)
        yield client


@dataclass
class World:
    project: int
    clip: int
    sunset: int
    market: int


async def _import_media(client: AsyncMediaIntelligence, media: MediaFiles, moto_endpoint: str) -> World:
    import boto3

    await client.workspaces.create(WS, bucket=S3_BUCKET)
    project = (await client.projects.create(name="e2e async")).project_id
    uploaded = await client.assets.upload_and_import(
        [media.clip, media.sunset],
        bucket=S3_BUCKET,
        project_id=project,
        key_prefix="async",
        endpoint_url=moto_endpoint,
        **S3_KEYS,
        **FAST,
    )
    assert [u.upload_status.value for u in uploaded] == ["COMPLETED", "COMPLETED"]
    s3 = boto3.client("s3", endpoint_url=moto_endpoint, **S3_KEYS)
    await asyncio.to_thread(s3.put_object, Bucket=S3_BUCKET, Key="async/photos/market.jpg", Body=media.market_bytes)
    (market,) = await client.assets.import_from_object_storage(
        "async/photos/market.jpg", bucket=S3_BUCKET, project_id=project, **FAST
    )
    return World(project, uploaded[0].asset_id, uploaded[1].asset_id, market.asset_id)


async def _analyse(client: AsyncMediaIntelligence, world: World) -> list[WaiterProgress]:
    progress: list[WaiterProgress] = []
    assets = (world.clip, world.sunset, world.market)
    for asset in assets:
        await client.indexes.request(asset, project_id=world.project, analysis_person_count=5)
    results = await asyncio.gather(
        *(
            client.indexes.wait_until_done(asset, project_id=world.project, on_progress=progress.append, **FAST)
            for asset in assets
        )
    )
    assert {r.status.value for r in results} == {"ANALYZE_COMPLETED"}
    return progress


async def _persons(client: AsyncMediaIntelligence, media: MediaFiles) -> tuple[int, int]:
    key = await client.persons.upload_thumbnail(media.face, file_name="hong.png")
    tag = await client.person_tags.create(name="actors")
    hong = await client.persons.create(thumbnails=[key], name=HONG)
    person_id = hong.person_id or hong.id
    assert isinstance(person_id, int)
    await client.persons.add_tags(person_id, tag_ids=[tag.id])
    return person_id, tag.id


# --------------------------------------------------------------------------- #


async def test_async_lifecycle_analysis_and_summary(
    mi_emulator: Any, transport: str, media_files: MediaFiles, moto_endpoint: str
) -> None:
    async with _client(mi_emulator, transport) as client:
        world = await _import_media(client, media_files, moto_endpoint)
        assert (await client.workspaces.get()).workspace_name == WS
        assert WS in [w.workspace_name async for w in client.workspaces.list(page_size=1)]
        assets = [a.asset_id async for a in client.assets.list(project_id=world.project, page_size=2)]
        assert sorted(assets) == sorted([world.clip, world.sunset, world.market])
        pages = [p async for p in client.assets.list(project_id=world.project, page_size=2).pages()]
        assert len(pages) == 2

        progress = await _analyse(client, world)
        assert any(p.done for p in progress)
        index = await client.indexes.get(world.clip, project_id=world.project)
        assert len(index.scenes or []) == 2
        assert {HONG, KIM} <= {p.name for p in index.persons or []}

        await client.scene_summaries.request(world.clip, project_id=world.project)
        done = await client.scene_summaries.wait_until_done(world.clip, project_id=world.project, **FAST)
        assert done.status.value == "SUMMARIZE_COMPLETED"
        assert len((await client.scene_summaries.get(world.clip, project_id=world.project)).scene_summaries or []) == 2

        other = (await client.projects.create(name="archive")).project_id
        moved = await client.assets.move(world.market, project_id=world.project, to_project_id=other)
        assert moved.project_id == other
        await client.assets.delete(world.market, project_id=other)
        with pytest.raises(NotFoundError):
            await client.assets.get(world.market, project_id=other)


async def test_async_failure_and_cancelled_wait(mi_emulator: Any, transport: str, media_files: MediaFiles) -> None:
    async with _client(mi_emulator, transport) as client:
        await client.workspaces.create(WS, bucket=mi_emulator.bucket)
        project = (await client.projects.create(name="failures")).project_id
        mi_emulator.put_object("broken.jpg", media_files.sunset_bytes)
        mi_emulator.put_object("broken.jpg.mi.json", b'{"analysisError": "simulated engine failure"}')
        (broken,) = await client.assets.import_from_object_storage(
            "broken.jpg", bucket=mi_emulator.bucket, project_id=project, **FAST
        )
        await client.indexes.request(broken.asset_id, project_id=project, analysis_person_count=0)
        with pytest.raises(IndexFailedError):
            await client.indexes.wait_until_done(broken.asset_id, project_id=project, **FAST)

        # a wait that cannot end (nothing requested: BEFORE_ANALYZE is not terminal) is cancelled with its task
        mi_emulator.put_object("idle.jpg", media_files.sunset_bytes)
        (idle,) = await client.assets.import_from_object_storage(
            "idle.jpg", bucket=mi_emulator.bucket, project_id=project
        )
        polls: list[WaiterProgress] = []
        task = asyncio.create_task(
            client.indexes.wait_until_done(
                idle.asset_id, project_id=project, poll_interval=0.05, on_progress=polls.append
            )
        )
        while len(polls) < 2:
            await asyncio.sleep(0.02)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        count = len(polls)
        await asyncio.sleep(0.2)
        assert len(polls) == count


async def test_async_persons_and_search(
    mi_emulator: Any, transport: str, media_files: MediaFiles, moto_endpoint: str
) -> None:
    async with _client(mi_emulator, transport) as client:
        world = await _import_media(client, media_files, moto_endpoint)
        hong, tag = await _persons(client, media_files)
        assert [p.name async for p in client.persons.list(tag_ids=[tag])] == [HONG]
        assert [p.name for p in await client.persons.search(name="Hong").to_list()] == [HONG]
        await _analyse(client, world)

        index = await client.indexes.get(world.clip, project_id=world.project)
        kim = next(p.person_id for p in index.persons or [] if p.name == KIM)

        async def hits(**kwargs: Any) -> list[tuple[int | None, str]]:
            results = await client.search.run(project_ids=[world.project], **FAST, **kwargs)
            return [(h.asset_id, str(h.scene_id)) async for h in results]

        by_text = await hits(text="dog")
        assert by_text and by_text[0] == (world.clip, "1")
        assert {a for a, _ in await hits(text="beach", person_ids=[hong])} == {world.clip}
        assert await hits(text="cat", dialogues=["Good night, kitty"]) == [(world.clip, "2")]
        assert all(s != "1" for a, s in await hits(text="a", not_person_ids=[hong]) if a == world.clip)
        assert {s for _, s in await hits(text="a", any_person_ids=[hong, kim], asset_types=["VIDEO"])} >= {"1", "2"}
        by_image = await hits(image=media_files.sunset_bytes)
        assert by_image and by_image[0][0] == world.sunset

        everything = await client.search.run(text="a", project_ids=[world.project], page_size=1, **FAST)
        assert everything.total_count is not None and everything.total_count >= 2
        assert len([h async for h in everything]) == everything.total_count

        probe = await client.persons.upload_thumbnail(face_png())
        recommended = await client.persons.recommend_by_thumbnail(thumbnail_key=probe)
        assert recommended is not None
        assert hong in [p.person_id for p in recommended.similar_persons or []]
        await client.persons.delete(hong)
        await client.person_tags.delete(tag)
