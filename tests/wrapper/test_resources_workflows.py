"""Multi-call workflows: importing objects (10 per call), upload-and-import via boto3, search.run."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
from test_resources_support import FakeAPI, FakeClock, make_async_client, make_client, ok

from media_intelligence import AssetImportFailedError, RequestValidationError
from media_intelligence._workflows import S3Uploader

P = 12


def import_answers() -> Any:
    """importAssets answers with increasing asset ids."""
    counter = iter(range(100, 200))

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=ok({"assetId": next(counter), "createUserName": "kim"}))

    return answer


def status_answers(statuses: dict[int, list[str]]) -> Any:
    """getAssetImportStatus answers per asset id, each list consumed in order (last repeats)."""

    def answer(request: httpx.Request) -> httpx.Response:
        asset_id = int(request.url.path.split("/")[-2])
        queue = statuses.setdefault(asset_id, ["COMPLETED"])
        status = queue.pop(0) if len(queue) > 1 else queue[0]
        return httpx.Response(200, json=ok({"assetId": asset_id, "uploadStatus": status}))

    return answer


def test_import_one_call_per_key_then_wait() -> None:
    api = FakeAPI().on("importAssets", import_answers())
    api.on("getAssetImportStatus", status_answers({100: ["IN_PROGRESS", "COMPLETED"]}))
    done = make_client(api).assets.import_from_object_storage(["a.mp4", "b.mp4", "c.jpg"], bucket="media", project_id=P)
    assert [d.asset_id for d in done] == [100, 101, 102]
    assert all(d.upload_status.value == "COMPLETED" for d in done)
    bodies = [api.json_of("importAssets", i) for i in range(3)]
    assert bodies == [{"key": k, "bucketName": "media"} for k in ("a.mp4", "b.mp4", "c.jpg")]
    assert api.ops.count("getAssetImportStatus") == 4


def test_import_without_waiting_returns_the_imported_assets() -> None:
    api = FakeAPI().on("importAssets", import_answers())
    imported = make_client(api).assets.import_from_object_storage("a.mp4", bucket="media", project_id=P, wait=False)
    assert [i.asset_id for i in imported] == [100]
    assert api.ops == ["importAssets"]


def test_more_than_ten_keys_is_refused_before_the_wire() -> None:
    api = FakeAPI()
    with pytest.raises(RequestValidationError) as info:
        make_client(api).assets.import_from_object_storage([f"k{i}" for i in range(11)], bucket="media", project_id=P)
    assert info.value.rule == "x-media-limits.maxAssetsPerRequest 10"
    assert "10023" in str(info.value)
    assert api.calls == []
    with pytest.raises(RequestValidationError):
        make_client(api).assets.import_from_object_storage([], bucket="media", project_id=P)


def test_a_key_the_spec_forbids_is_refused_before_the_wire() -> None:
    api = FakeAPI()
    with pytest.raises(RequestValidationError) as info:
        make_client(api).assets.import_from_object_storage(["folder/"], bucket="media", project_id=P)
    assert info.value.field == "body.key"
    assert api.calls == []


def test_import_failure_raises_with_the_reason() -> None:
    api = FakeAPI().on("importAssets", import_answers())
    api.on("getAssetImportStatus", status_answers({100: ["FILE_NOT_EXIST"]}))
    with pytest.raises(AssetImportFailedError) as info:
        make_client(api).assets.import_from_object_storage(["missing.mp4"], bucket="media", project_id=P)
    assert info.value.status == "FILE_NOT_EXIST"


def test_import_timeout_covers_the_whole_batch() -> None:
    from media_intelligence import WaiterTimeoutError

    api = FakeAPI().on("importAssets", import_answers())
    api.on("getAssetImportStatus", status_answers({100: ["IN_PROGRESS"], 101: ["IN_PROGRESS"]}))
    clock = FakeClock()
    with pytest.raises(WaiterTimeoutError):
        make_client(api, clock).assets.import_from_object_storage(["a", "b"], bucket="media", project_id=P, timeout=5)
    assert sum(clock.sleeps) == pytest.approx(5)
    assert api.requests_of("getAssetImportStatus")[-1].url.path.endswith("/100/import-status")


async def test_async_import_waits_concurrently() -> None:
    api = FakeAPI().on("importAssets", import_answers())
    api.on("getAssetImportStatus", status_answers({101: ["IN_PROGRESS", "IN_PROGRESS", "COMPLETED"]}))
    done = await make_async_client(api).assets.import_from_object_storage(["a", "b"], bucket="media", project_id=P)
    assert [d.asset_id for d in done] == [100, 101]
    with pytest.raises(RequestValidationError):
        await make_async_client(api).assets.import_from_object_storage(
            [str(i) for i in range(11)], bucket="m", project_id=P
        )


# --------------------------------------------------------------------------- #
# upload_and_import with a stand-in boto3 client


class FakeS3:
    def __init__(self) -> None:
        self.uploads: list[tuple[str, str, str]] = []

    def upload_file(self, filename: str, bucket: str, key: str) -> None:
        self.uploads.append((Path(filename).name, bucket, key))


def _files(tmp_path: Path, count: int) -> list[Path]:
    paths = []
    for i in range(count):
        path = tmp_path / f"clip{i:02d}.mp4"
        path.write_bytes(b"\x00" * 16)
        paths.append(path)
    (tmp_path / "clip00.mp4.mi.json").write_text('{"caption": "a dog"}')
    return paths


def test_upload_and_import_puts_files_and_sidecars_then_imports_in_batches(tmp_path: Path) -> None:
    s3 = FakeS3()
    api = FakeAPI().on("importAssets", import_answers())
    paths = _files(tmp_path, 12)
    done = make_client(api).assets.upload_and_import(
        paths, bucket="media", project_id=P, key_prefix="/news/", s3_client=s3, wait=False
    )
    assert len(done) == 12
    assert s3.uploads[:3] == [
        ("clip00.mp4", "media", "news/clip00.mp4"),
        ("clip00.mp4.mi.json", "media", "news/clip00.mp4.mi.json"),
        ("clip01.mp4", "media", "news/clip01.mp4"),
    ]
    assert len(s3.uploads) == 13
    assert [api.json_of("importAssets", i)["key"] for i in range(12)] == [f"news/clip{i:02d}.mp4" for i in range(12)]


def test_upload_and_import_checks_files_before_uploading(tmp_path: Path) -> None:
    s3 = FakeS3()
    api = FakeAPI()
    with pytest.raises(FileNotFoundError):
        make_client(api).assets.upload_and_import([tmp_path / "nope.mp4"], bucket="media", project_id=P, s3_client=s3)
    assert s3.uploads == [] and api.calls == []


async def test_async_upload_and_import(tmp_path: Path) -> None:
    s3 = FakeS3()
    api = FakeAPI().on("importAssets", import_answers()).on("getAssetImportStatus", status_answers({}))
    paths = _files(tmp_path, 2)
    done = await make_async_client(api).assets.upload_and_import(paths[0], bucket="media", project_id=P, s3_client=s3)
    assert [d.asset_id for d in done] == [100]
    assert [u[2] for u in s3.uploads] == ["clip00.mp4", "clip00.mp4.mi.json"]


def test_missing_boto3_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setitem(sys.modules, "boto3", None)
    with pytest.raises(ImportError, match=r"ncloud-media-intelligence\[s3\]"):
        make_client(FakeAPI()).assets.upload_and_import(_files(tmp_path, 1), bucket="media", project_id=P)


def test_s3_uploader_repr_hides_secrets() -> None:
    uploader = S3Uploader("http://127.0.0.1:9000", "AKIA", "very-secret", region_name="kr-standard")
    assert "very-secret" not in repr(uploader)
    assert "AKIA" not in repr(uploader)


def test_s3_secrets_are_scrubbed_from_sdk_messages() -> None:
    from media_intelligence._redact import scrub

    S3Uploader(aws_secret_access_key="wJalrXUtnFEMI/K7MDENG/bPxRfiCY")
    assert "wJalrXUtnFEMI" not in scrub("key=wJalrXUtnFEMI/K7MDENG/bPxRfiCY")
    S3Uploader(aws_secret_access_key="test")
    assert scrub("latest test") == "latest test"
