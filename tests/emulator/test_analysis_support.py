"""Fixtures and helpers of the analysis, index and scene summary tests (no tests here)."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from media_intelligence_emulator import RunningEmulator

from .conftest import LOCAL_BUCKET
from .helpers import Api, ok, poll

WS = "/api/v1/workspaces/analysis-ws"

#: A sidecar with three scenes, two persons and dialogue (times in seconds).
VIDEO_SIDECAR: dict[str, Any] = {
    "scenes": [
        {
            "start": 0,
            "end": 2,
            "caption": "A dog runs on the beach",
            "labels": ["dog", "beach", "running", "sand", "waves", "sky"],
            "persons": ["Hong Gildong"],
            "dialogue": ["Come here!"],
        },
        {"start": 2, "end": 4, "caption": "Two friends talk in a cafe", "labels": ["cafe", "coffee cup"]},
        {"start": 4, "end": 6, "caption": "", "labels": ["applause"], "persons": ["Hong Gildong"]},
    ],
    "persons": ["Hong Gildong", {"name": "Kim Cheolsu", "thumbnail": "faces/kim.png"}],
    "dialogue": [{"text": "Shall we start?", "start": 2.5, "end": 3.0, "speaker": "Kim Cheolsu"}],
}


@pytest.fixture(name="project")
def project_fixture(api: Api) -> str:
    """A workspace ``analysis-ws`` and a project in it; returns the project's path."""
    ok(api.post("/api/v1/workspaces", json={"workspaceName": "analysis-ws"}))
    pid = ok(api.post(f"{WS}/projects", json={"name": "analysed"}))["projectId"]
    return f"{WS}/projects/{pid}"


def put_local(folder: Path, key: str, data: bytes, sidecar: Mapping[str, Any] | None = None) -> str:
    """Write an object (and its sidecar) into the local folder bucket; returns the key."""
    path = folder / key
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    side = folder / f"{key}.mi.json"
    if sidecar is not None:
        side.write_text(json.dumps(sidecar))
    elif side.exists():
        side.unlink()
    return key


def import_asset(api: Api, emulator: RunningEmulator, project: str, key: str) -> str:
    """Import ``key`` from the local bucket, wait for the import; returns the asset's path."""
    created = ok(api.post(f"{project}/assets/import/object-storage", json={"key": key, "bucketName": LOCAL_BUCKET}))
    assert emulator.wait_for_jobs()
    path = f"{project}/assets/{created['assetId']}"
    assert ok(api.get(f"{path}/import-status"))["uploadStatus"] == "COMPLETED"
    return path


@contextmanager
def job_delays(emulator: RunningEmulator, delays: Mapping[str, float]) -> Iterator[None]:
    """Run the block with these per-kind job delays."""
    original = emulator.state.config
    emulator.state.config = original.with_changes(job_delays=dict(delays))
    try:
        yield
    finally:
        emulator.state.config = original


def wait_status(api: Api, url: str, wanted: str, field: str = "status", timeout: float = 10.0) -> dict[str, Any]:
    """Poll a status operation until ``field`` is ``wanted``."""
    result: dict[str, Any] = poll(lambda: ok(api.get(url)), lambda r: r[field] == wanted, timeout=timeout)
    assert result[field] == wanted, result
    return result


def analyse(api: Api, emulator: RunningEmulator, asset: str, body: Mapping[str, Any] | None = None) -> int:
    """Analyse through the current API and wait; returns the index id."""
    created = ok(api.post(f"{asset}/index", json=dict(body or {"analysisPersonCount": 3})))
    assert emulator.wait_for_jobs()
    status = ok(api.get(f"{asset}/index/status"))
    assert status["status"] == "ANALYZE_COMPLETED", status
    assert status["indexId"] == created["id"]
    return int(created["id"])
