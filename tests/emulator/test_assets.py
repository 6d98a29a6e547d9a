"""Assets: import from moto S3 and from a local folder bucket, the import state machine, move, delete, paging."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from media_intelligence_emulator import RunningEmulator
from media_intelligence_emulator._db import now_iso

from .conftest import LOCAL_BUCKET, S3_BUCKET
from .helpers import OTHER_ACCESS_KEY, OTHER_SECRET_KEY, Api, error, jpeg, mp4, ok, png, poll

WS = "/api/v1/workspaces/media-ws"


@pytest.fixture
def project(api: Api) -> str:
    """A workspace ``media-ws`` (no linked bucket) and a project; returns the project's path."""
    ok(api.post("/api/v1/workspaces", json={"workspaceName": "media-ws"}))
    pid = ok(api.post(f"{WS}/projects", json={"name": "clips"}))["projectId"]
    return f"{WS}/projects/{pid}"


def put_local(folder: Path, key: str, data: bytes) -> str:
    path = folder / key
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return key


def import_and_wait(api: Api, emulator: RunningEmulator, project: str, bucket: str, key: str) -> dict[str, Any]:
    created = ok(api.post(f"{project}/assets/import/object-storage", json={"key": key, "bucketName": bucket}))
    assert emulator.wait_for_jobs()
    status = ok(api.get(f"{project}/assets/{created['assetId']}/import-status"))
    status["assetId"] = created["assetId"]
    return status


def test_import_video_from_moto_s3(api: Api, emulator: RunningEmulator, project: str, s3: Any) -> None:
    data = mp4(seconds=5)
    s3.put_object(Bucket=S3_BUCKET, Key="videos/clip.mp4", Body=data)
    created = ok(
        api.post(f"{project}/assets/import/object-storage", json={"key": "videos/clip.mp4", "bucketName": S3_BUCKET})
    )
    assert set(created) >= {"assetId", "createUserName", "createdTime"}
    assert emulator.wait_for_jobs()
    status = ok(api.get(f"{project}/assets/{created['assetId']}/import-status"))
    assert status["uploadStatus"] == "COMPLETED", status
    assert status["metaData"] == {"resolution": "640x360", "durationMs": 5000, "size": len(data), "format": "mp4"}
    asset = ok(api.get(f"{project}/assets/{created['assetId']}"))
    assert asset["fileName"] == "clip.mp4" and asset["key"] == "videos/clip.mp4"
    assert asset["metaData"]["durationMs"] == 5000
    row = emulator.state.db.one("SELECT asset_type FROM assets WHERE id = ?", (created["assetId"],))
    assert row is not None and row["asset_type"] == "VIDEO"


def test_import_image_from_local_folder(
    api: Api, emulator: RunningEmulator, project: str, local_bucket_dir: Path
) -> None:
    put_local(local_bucket_dir, "images/photo.jpg", jpeg(800, 600))
    status = import_and_wait(api, emulator, project, LOCAL_BUCKET, "images/photo.jpg")
    assert status["uploadStatus"] == "COMPLETED"
    assert status["metaData"]["resolution"] == "800x600" and status["metaData"]["format"] == "jpg"
    assert status["metaData"]["durationMs"] == 0
    row = emulator.state.db.one("SELECT asset_type, phash FROM assets WHERE id = ?", (status["assetId"],))
    assert row is not None and row["asset_type"] == "IMAGE" and len(row["phash"]) == 16


def test_sidecar_is_stored(api: Api, emulator: RunningEmulator, project: str, local_bucket_dir: Path) -> None:
    put_local(local_bucket_dir, "beach.png", png())
    sidecar = {
        "caption": "A dog on the beach",
        "labels": ["dog", "beach"],
        "persons": ["Hong Gildong"],
        "dialogue": [{"text": "Good dog", "start": 0.5, "speaker": "Hong Gildong"}],
    }
    put_local(local_bucket_dir, "beach.png.mi.json", json.dumps(sidecar).encode())
    status = import_and_wait(api, emulator, project, LOCAL_BUCKET, "beach.png")
    assert status["uploadStatus"] == "COMPLETED"
    stored = emulator.state.db.scalar("SELECT sidecar FROM assets WHERE id = ?", (status["assetId"],))
    parsed = json.loads(stored)
    assert parsed["caption"] == "A dog on the beach" and parsed["persons"] == [
        {"name": "Hong Gildong", "thumbnail": None}
    ]
    assert parsed["dialogue"][0]["start_ms"] == 500


def test_invalid_sidecar_is_invalid_metadata(
    api: Api, emulator: RunningEmulator, project: str, local_bucket_dir: Path
) -> None:
    put_local(local_bucket_dir, "bad.png", png())
    put_local(local_bucket_dir, "bad.png.mi.json", b'{"scenes": [{"start": 5, "end": 1}]}')
    status = import_and_wait(api, emulator, project, LOCAL_BUCKET, "bad.png")
    assert status["uploadStatus"] == "INVALID_METADATA"
    assert "scenes[0].end" in status["uploadResult"]


def test_missing_object_is_refused_at_once(api: Api, emulator: RunningEmulator, project: str) -> None:
    for bucket in (LOCAL_BUCKET, S3_BUCKET):
        body = error(
            api.post(f"{project}/assets/import/object-storage", json={"key": "nowhere/none.mp4", "bucketName": bucket}),
            400,
            "10048",
        )
        assert "nowhere/none.mp4" in body["message"]
    assert emulator.state.db.scalar("SELECT COUNT(*) FROM assets") == 0


def test_object_removed_before_the_import_ran_is_file_not_exist(
    api: Api, emulator: RunningEmulator, project: str, local_bucket_dir: Path
) -> None:
    put_local(local_bucket_dir, "soon-gone.png", png())
    with emulator.state.jobs.paused():  # no job runs before the object is gone
        body = {"key": "soon-gone.png", "bucketName": LOCAL_BUCKET}
        created = ok(api.post(f"{project}/assets/import/object-storage", json=body))
        (local_bucket_dir / "soon-gone.png").unlink()
    assert emulator.wait_for_jobs()
    status = ok(api.get(f"{project}/assets/{created['assetId']}/import-status"))
    assert status["uploadStatus"] == "FILE_NOT_EXIST"
    assert "metaData" not in status


def test_unreadable_media_is_invalid_metadata(
    api: Api, emulator: RunningEmulator, project: str, local_bucket_dir: Path, s3: Any
) -> None:
    put_local(local_bucket_dir, "junk.mp4", b"\x00not a video at all" * 100)
    status = import_and_wait(api, emulator, project, LOCAL_BUCKET, "junk.mp4")
    assert status["uploadStatus"] == "INVALID_METADATA"
    s3.put_object(Bucket=S3_BUCKET, Key="junk.png", Body=b"GIF89a-not-really")
    assert import_and_wait(api, emulator, project, S3_BUCKET, "junk.png")["uploadStatus"] == "INVALID_METADATA"


def test_media_limits_from_the_spec(api: Api, emulator: RunningEmulator, project: str, local_bucket_dir: Path) -> None:
    put_local(local_bucket_dir, "tiny.png", png(200, 100))  # below 360p
    status = import_and_wait(api, emulator, project, LOCAL_BUCKET, "tiny.png")
    assert status["uploadStatus"] == "INVALID_METADATA" and "resolution" in status["uploadResult"]
    put_local(local_bucket_dir, "huge.png", png(2560, 1440))  # above 1080p
    assert import_and_wait(api, emulator, project, LOCAL_BUCKET, "huge.png")["uploadStatus"] == "INVALID_METADATA"


def test_import_goes_through_in_progress(
    api: Api, emulator: RunningEmulator, project: str, local_bucket_dir: Path
) -> None:
    put_local(local_bucket_dir, "slow.png", png())
    original = emulator.state.config
    emulator.state.config = original.with_changes(job_delays={"import": 0.3})
    try:
        created = ok(
            api.post(f"{project}/assets/import/object-storage", json={"key": "slow.png", "bucketName": LOCAL_BUCKET})
        )
        path = f"{project}/assets/{created['assetId']}/import-status"
        first = ok(api.get(path))
        assert first["uploadStatus"] == "IN_PROGRESS"
        assert ok(api.get(f"{project}/assets/{created['assetId']}"))["metaData"] == {}
        done = poll(lambda: ok(api.get(path)), lambda s: s["uploadStatus"] != "IN_PROGRESS")
        assert done["uploadStatus"] == "COMPLETED"
    finally:
        emulator.state.config = original


def test_bucket_rules(api: Api, project: str, local_bucket_dir: Path) -> None:
    error(
        api.post(f"{project}/assets/import/object-storage", json={"key": "a.mp4", "bucketName": "nope"}), 400, "10041"
    )
    # a workspace linked to a bucket imports from that bucket only
    ok(api.post("/api/v1/workspaces", json={"workspaceName": "linked-ws", "bucketName": LOCAL_BUCKET}))
    base = ok(api.get("/api/v1/workspaces/linked-ws/projects"))["projects"][0]["projectId"]
    path = f"/api/v1/workspaces/linked-ws/projects/{base}/assets/import/object-storage"
    error(api.post(path, json={"key": "a.mp4", "bucketName": S3_BUCKET}), 400, "10041")
    put_local(local_bucket_dir, "a.mp4", mp4(seconds=1))
    ok(api.post(path, json={"key": "a.mp4", "bucketName": LOCAL_BUCKET}))


def test_folder_key_and_batch_limit(api: Api, project: str) -> None:
    path = f"{project}/assets/import/object-storage"
    error(api.post(path, json={"key": "videos/", "bucketName": LOCAL_BUCKET}), 400, "10016")
    many = [{"key": f"{i}.mp4", "bucketName": LOCAL_BUCKET} for i in range(11)]
    error(api.post(path, json=many), 400, "10023")
    body = error(api.post(path, json={"key": "a.mp4"}), 400, "10001")
    assert body["message"] == "Invalid Request. bucketName: required"


def test_not_found_codes(api: Api, project: str) -> None:
    error(api.get(f"{project}/assets/12345"), 404, "10010")
    error(api.get(f"{project}/assets/12345/import-status"), 404, "10010")
    error(api.delete(f"{project}/assets/12345"), 404, "10010")
    error(api.get(f"{WS}/projects/777/assets", params={"pageNum": 1}), 404, "10025")
    error(api.get("/api/v1/workspaces/ghost-ws/projects/1/assets", params={"pageNum": 1}), 404, "10030")
    other = api.as_key(OTHER_ACCESS_KEY, OTHER_SECRET_KEY)
    error(other.get(f"{project}/assets", params={"pageNum": 1}), 401, "10003")


def test_list_assets_paging(api: Api, emulator: RunningEmulator, project: str, local_bucket_dir: Path) -> None:
    put_local(local_bucket_dir, "p.png", png())
    ids = [
        ok(api.post(f"{project}/assets/import/object-storage", json={"key": "p.png", "bucketName": LOCAL_BUCKET}))[
            "assetId"
        ]
        for _ in range(5)
    ]
    assert emulator.wait_for_jobs()
    page = ok(api.get(f"{project}/assets", params={"pageNum": 3, "pageSize": 2}))
    assert [a["assetId"] for a in page["content"]] == ids[4:]
    assert (page["totalCount"], page["totalPage"], page["pageNo"], page["pageSize"]) == (5, 3, 3, 2)
    error(api.get(f"{project}/assets"), 400, "10001")
    error(api.get(f"{project}/assets", params={"pageNum": 1, "pageSize": 1001}), 400, "10001")


def test_move_asset(api: Api, emulator: RunningEmulator, project: str, local_bucket_dir: Path) -> None:
    put_local(local_bucket_dir, "m.png", png())
    aid = import_and_wait(api, emulator, project, LOCAL_BUCKET, "m.png")["assetId"]
    target = ok(api.post(f"{WS}/projects", json={"name": "archive"}))["projectId"]
    moved = ok(api.patch(f"{project}/assets/{aid}", params={"new_project_id": str(target)}))
    assert moved["projectId"] == target and moved["assetId"] == aid
    error(api.get(f"{project}/assets/{aid}"), 404, "10010")
    assert ok(api.get(f"{WS}/projects/{target}/assets/{aid}"))["projectId"] == target
    error(api.patch(f"{WS}/projects/{target}/assets/{aid}", params={"new_project_id": "424242"}), 404, "10025")
    body = error(api.patch(f"{WS}/projects/{target}/assets/{aid}"), 400, "10001")
    assert "new_project_id" in body["message"]


def test_delete_asset_and_analysing_10017(
    api: Api, emulator: RunningEmulator, project: str, local_bucket_dir: Path
) -> None:
    put_local(local_bucket_dir, "d.png", png())
    aid = import_and_wait(api, emulator, project, LOCAL_BUCKET, "d.png")["assetId"]
    stamp = now_iso()
    emulator.state.db.execute(
        "INSERT INTO analyses (asset_id, status, created_user, created_time, updated_user, updated_time)"
        " VALUES (?, 'ANALYZING', 'u', ?, 'u', ?)",
        (aid, stamp, stamp),
    )
    error(api.delete(f"{project}/assets/{aid}"), 422, "10017")
    error(api.delete(WS), 422, "10017")
    assert ok(api.get("/api/v1/workspaces/media-ws"))["monthlyAnalysisCount"] == 1
    emulator.state.db.execute("UPDATE analyses SET status = 'ANALYZE_COMPLETED' WHERE asset_id = ?", (aid,))
    assert ok(api.delete(f"{project}/assets/{aid}")) is None
    error(api.get(f"{project}/assets/{aid}"), 404, "10010")


def test_deleting_a_project_deletes_its_assets(
    api: Api, emulator: RunningEmulator, project: str, local_bucket_dir: Path
) -> None:
    put_local(local_bucket_dir, "x.png", png())
    aid = import_and_wait(api, emulator, project, LOCAL_BUCKET, "x.png")["assetId"]
    ok(api.delete(project))
    assert emulator.state.db.one("SELECT 1 FROM assets WHERE id = ?", (aid,)) is None
