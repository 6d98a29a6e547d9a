"""End to end, blocking client: workspace -> project -> upload and import -> analyse -> wait -> index ->
persons and tags -> search by text, image, person and dialogue -> paging, against the emulator over loopback.

S3 uploads go to moto's server; the local-folder bucket of the ``mi_emulator`` fixture is used too.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import pytest

from media_intelligence import (
    APIStatusError,
    IndexFailedError,
    MediaIntelligence,
    RequestValidationError,
    WaiterProgress,
)
from media_intelligence.errors import NotFoundError, ObjectStorageFileMissingError

from .support import HONG, KIM, S3_BUCKET, S3_KEYS, MediaFiles, face_png

WS = "e2e-sync"
FAST = {"poll_interval": 0.05, "timeout": 60.0}


def _client(mi_emulator: Any) -> MediaIntelligence:
    client: MediaIntelligence = MediaIntelligence(**mi_emulator.client_options(workspace=WS))
    return client


@dataclass
class World:
    project: int
    clip: int
    sunset: int
    market: int


def _import_media(client: MediaIntelligence, media: MediaFiles, moto_endpoint: str) -> World:
    """Workspace linked to the S3 bucket, a project, and three imported assets.

    The clip and the sunset photo (with their sidecars) go through
    ``upload_and_import``; the market photo is put with boto3 and imported
    with ``import_from_object_storage``.
    """
    import boto3

    client.workspaces.create(WS, bucket=S3_BUCKET)
    project = client.projects.create(name="e2e news").project_id
    uploaded = client.assets.upload_and_import(
        [media.clip, media.sunset],
        bucket=S3_BUCKET,
        project_id=project,
        key_prefix="sync",
        endpoint_url=moto_endpoint,
        **S3_KEYS,
        **FAST,
    )
    assert [u.upload_status.value for u in uploaded] == ["COMPLETED", "COMPLETED"]
    s3 = boto3.client("s3", endpoint_url=moto_endpoint, **S3_KEYS)
    s3.put_object(Bucket=S3_BUCKET, Key="sync/photos/market.jpg", Body=media.market_bytes)
    (market,) = client.assets.import_from_object_storage(
        "sync/photos/market.jpg", bucket=S3_BUCKET, project_id=project, **FAST
    )
    assert market.upload_status.value == "COMPLETED"
    return World(project, uploaded[0].asset_id, uploaded[1].asset_id, market.asset_id)


def _analyse(client: MediaIntelligence, world: World) -> list[WaiterProgress]:
    progress: list[WaiterProgress] = []
    for asset in (world.clip, world.sunset, world.market):
        client.indexes.request(asset, project_id=world.project, analysis_person_count=5)
    for asset in (world.clip, world.sunset, world.market):
        done = client.indexes.wait_until_done(asset, project_id=world.project, on_progress=progress.append, **FAST)
        assert done.status.value == "ANALYZE_COMPLETED"
    return progress


# --------------------------------------------------------------------------- #


def test_workspace_project_and_asset_lifecycle(mi_emulator: Any, media_files: MediaFiles, moto_endpoint: str) -> None:
    with _client(mi_emulator) as client:
        world = _import_media(client, media_files, moto_endpoint)

        assert client.workspaces.get().workspace_name == WS
        client.workspaces.create("e2e-sync-2")
        names = [w.workspace_name for w in client.workspaces.list(page_size=1)]
        assert {WS, "e2e-sync-2"} <= set(names)
        assert len(list(client.workspaces.list(page_size=1).pages())) == len(names)

        renamed = client.projects.update(world.project, name="e2e news (renamed)")
        assert renamed.name == "e2e news (renamed)"
        assert client.projects.get(world.project).name == "e2e news (renamed)"
        projects = list(client.projects.list())
        assert any(p.is_base_project for p in projects)

        assets = list(client.assets.list(project_id=world.project, page_size=2))
        assert sorted(a.asset_id for a in assets) == sorted([world.clip, world.sunset, world.market])
        third = list(client.assets.list(project_id=world.project, page_size=1, start_page=3))
        assert len(third) == 1 and third[0].asset_id in {a.asset_id for a in assets}
        clip = client.assets.get(world.clip, project_id=world.project)
        assert clip.file_name == "beach-clip.mp4"
        assert client.assets.import_status(world.clip, project_id=world.project).upload_status.value == "COMPLETED"

        other = client.projects.create(name="archive").project_id
        moved = client.assets.move(world.market, project_id=world.project, to_project_id=other)
        assert moved.project_id == other
        assert [a.asset_id for a in client.assets.list(project_id=other)] == [world.market]
        client.assets.delete(world.market, project_id=other)
        with pytest.raises(NotFoundError):
            client.assets.get(world.market, project_id=other)
        client.projects.delete(other)
        client.workspaces.delete("e2e-sync-2")


def test_failures_are_typed_and_validation_sends_nothing(mi_emulator: Any, media_files: MediaFiles) -> None:
    with _client(mi_emulator) as client:
        client.workspaces.create(WS, bucket=mi_emulator.bucket)
        project = client.projects.create(name="failures").project_id
        with pytest.raises(ObjectStorageFileMissingError) as missing:  # a missing object is refused at once
            client.assets.import_from_object_storage(
                "missing.mp4", bucket=mi_emulator.bucket, project_id=project, **FAST
            )
        assert missing.value.code == "10048" and "missing.mp4" in str(missing.value)

        mi_emulator.put_object("broken.jpg", media_files.sunset_bytes)
        mi_emulator.put_object("broken.jpg.mi.json", b'{"analysisError": "simulated engine failure"}')
        (broken,) = client.assets.import_from_object_storage(
            "broken.jpg", bucket=mi_emulator.bucket, project_id=project, **FAST
        )
        client.indexes.request(broken.asset_id, project_id=project, analysis_person_count=0)
        with pytest.raises(IndexFailedError) as failed:
            client.indexes.wait_until_done(broken.asset_id, project_id=project, **FAST)
        assert failed.value.status == "ANALYZE_FAIL"
        assert "simulated engine failure" in str(failed.value)

        with pytest.raises(RequestValidationError):
            client.projects.create(name="bad;name")
        with pytest.raises(RequestValidationError):
            client.assets.import_from_object_storage(
                [f"k{i}" for i in range(11)], bucket=mi_emulator.bucket, project_id=project
            )
        with pytest.raises(RequestValidationError):
            client.search.upload_image(face_png(size=100))


def test_analysis_index_and_scene_summary(mi_emulator: Any, media_files: MediaFiles, moto_endpoint: str) -> None:
    with _client(mi_emulator) as client:
        world = _import_media(client, media_files, moto_endpoint)
        progress = _analyse(client, world)
        assert progress[-1].done and progress[-1].status == "ANALYZE_COMPLETED"

        index = client.indexes.get(world.clip, project_id=world.project, confidence_level="LOW")
        scenes = index.scenes or []
        assert len(scenes) == 2
        assert "dog" in str(scenes[0].description).lower()
        names = {p.name for p in index.persons or []}
        assert {HONG, KIM} <= names
        assert client.indexes.status(world.clip, project_id=world.project).status.value == "ANALYZE_COMPLETED"

        client.scene_summaries.request(world.clip, project_id=world.project)
        summary_status = client.scene_summaries.wait_until_done(world.clip, project_id=world.project, **FAST)
        assert summary_status.status.value == "SUMMARIZE_COMPLETED"
        summary = client.scene_summaries.get(world.clip, project_id=world.project)
        assert len(summary.scene_summaries or []) == 2

        client.indexes.delete(world.sunset, project_id=world.project)
        assert client.indexes.status(world.sunset, project_id=world.project).status.value == "BEFORE_ANALYZE"


def test_deprecated_analysis_api(mi_emulator: Any, media_files: MediaFiles) -> None:
    with _client(mi_emulator) as client:
        client.workspaces.create(WS, bucket=mi_emulator.bucket)
        project = client.projects.create(name="legacy").project_id
        mi_emulator.put_object("legacy.jpg", media_files.sunset_bytes)
        (asset,) = client.assets.import_from_object_storage(
            "legacy.jpg", bucket=mi_emulator.bucket, project_id=project, **FAST
        )
        legacy = client.indexes.legacy
        with pytest.warns(DeprecationWarning, match="requestIndex"):
            legacy.request_analysis(asset.asset_id, project_id=project, analysis_person_count=0)
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # once per client
            done = legacy.wait_until_done(asset.asset_id, project_id=project, **FAST)
            assert done.status.value == "ANALYZE_COMPLETED"
            indexes = legacy.list(asset.asset_id, project_id=project)
            assert indexes.page().total_count == 1
            (item,) = indexes
            index_id = item.index_id
            details = legacy.get(index_id, asset_id=asset.asset_id, project_id=project)
            assert details is not None
            legacy.delete(index_id, asset_id=asset.asset_id, project_id=project)
            with pytest.raises(APIStatusError) as gone:  # the emulator answers 50003 when no index is left
                legacy.list(asset.asset_id, project_id=project).to_list()
            assert gone.value.code == "50003"


def _persons(client: MediaIntelligence, media: MediaFiles) -> tuple[int, int]:
    """Register Hong Gildong with a face thumbnail and a tag; returns (person id, tag id)."""
    key = client.persons.upload_thumbnail(media.face, file_name="hong.png")
    tag = client.person_tags.create(name="actors")
    hong = client.persons.create(thumbnails=[key], name=HONG)
    person_id = hong.person_id or hong.id
    assert isinstance(person_id, int)
    tags = client.persons.add_tags(person_id, tag_ids=[tag.id])
    assert [t.id for t in tags.tag_list] == [tag.id]
    return person_id, tag.id


def test_persons_and_tags(mi_emulator: Any, media_files: MediaFiles) -> None:
    with _client(mi_emulator) as client:
        client.workspaces.create(WS, bucket=mi_emulator.bucket)
        hong, tag = _persons(client, media_files)
        assert [t.name for t in client.person_tags.list(name="actors")] == ["actors"]
        assert client.persons.get(hong).name == HONG
        assert client.persons.update(hong, name="Hong Gil-dong").name == "Hong Gil-dong"
        assert [p.name for p in client.persons.list(tag_ids=[tag])] == ["Hong Gil-dong"]
        found = client.persons.search(name="Hong", page_size=1).to_list()
        assert [p.name for p in found] == ["Hong Gil-dong"]

        second_key = client.persons.upload_thumbnail(face_png(seed=1), file_name="kim.png")
        kim = client.persons.create(thumbnails=[second_key], name=KIM)
        kim_id = kim.person_id or kim.id
        assert isinstance(kim_id, int)
        assert len(list(client.persons.list(page_size=1))) == 2

        thumbs = client.persons.add_thumbnails(hong, thumbnails=[client.persons.upload_thumbnail(face_png(seed=2))])
        assert len(thumbs.thumbnail_list) == 2
        extra = max(t.id for t in thumbs.thumbnail_list if t.id is not None)  # type: ignore[type-var]
        assert len(client.persons.remove_thumbnails(hong, thumbnail_ids=[extra], use_post=True).thumbnail_list) == 1

        probe = client.persons.upload_thumbnail(media_files.face)
        recommended = client.persons.recommend_by_thumbnail(thumbnail_key=probe)
        assert recommended is not None
        assert hong in [p.person_id for p in recommended.similar_persons or []]
        similar = client.persons.similar(hong, person_count=5)
        assert isinstance(similar.similar_persons, list)

        assert client.persons.remove_tags(hong, tag_ids=[tag]).tag_list == []
        merged = client.persons.merge(hong, person_ids=[kim_id])
        assert merged.person_id == hong
        with pytest.raises(NotFoundError):
            client.persons.get(kim_id)
        client.persons.delete(hong)
        client.person_tags.delete(tag)
        assert client.person_tags.list().to_list() == []


def test_search_by_text_image_person_and_dialogue_with_paging(
    mi_emulator: Any, media_files: MediaFiles, moto_endpoint: str
) -> None:
    with _client(mi_emulator) as client:
        world = _import_media(client, media_files, moto_endpoint)
        hong, _tag = _persons(client, media_files)
        _analyse(client, world)
        index = client.indexes.get(world.clip, project_id=world.project)
        scene_persons = [{p.person_id for p in s.persons or []} for s in index.scenes or []]
        assert hong in scene_persons[0], "the analysis recognises the registered person by name"
        kim = next(p.person_id for p in index.persons or [] if p.name == KIM)

        def hits(**kwargs: Any) -> list[tuple[int | None, Any]]:
            results = client.search.run(project_ids=[world.project], **FAST, **kwargs)
            return [(h.asset_id, h.scene_id) for h in results]

        by_text = hits(text="dog")
        assert by_text and by_text[0][0] == world.clip
        assert (world.clip, 1) in by_text or (world.clip, "1") in by_text

        by_person = hits(text="beach", person_ids=[hong])
        assert {a for a, _ in by_person} == {world.clip}
        assert all(str(s) == "1" for _, s in by_person)

        by_dialogue = hits(text="cat", dialogues=["Good night, kitty"])
        assert [(a, str(s)) for a, s in by_dialogue] == [(world.clip, "2")]

        not_hong = hits(text="a", not_person_ids=[hong], asset_types=["VIDEO"])
        assert all(str(s) != "1" for a, s in not_hong if a == world.clip)
        any_person = hits(text="a", any_person_ids=[hong, kim], asset_types=["VIDEO"])
        assert {str(s) for _, s in any_person} >= {"1", "2"}

        since_2000 = hits(text="dog", modified_from=datetime(2000, 1, 1), confidence="LOW")
        assert world.clip in {a for a, _ in since_2000}
        assert hits(text="dog", modified_to=date(2000, 1, 1)) == []

        by_image = hits(image=media_files.sunset_bytes)
        assert by_image and by_image[0][0] == world.sunset

        by_asset = client.search.run(text="sunset", asset_ids=[world.sunset], **FAST)
        assert {h.asset_id for h in by_asset} == {world.sunset}

        everything = client.search.run(text="a", project_ids=[world.project], page_size=1, **FAST)
        assert everything.total_count is not None and everything.total_count >= 2
        pages = list(client.search.iter_results(everything.search_id, page_size=1).pages())
        assert len(pages) == everything.total_count
        assert len(list(everything)) == everything.total_count
