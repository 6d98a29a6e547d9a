"""An emulator over loopback with a local-folder bucket of media and sidecars, for the ICE tests."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from media_intelligence_emulator import EmulatorConfig, RunningEmulator, run_in_thread
from tests.e2e.support import face_png, mp4, photo_jpeg

BUCKET = "ice-media"

BEACH_SIDECAR = {
    "scenes": [
        {"start": 0, "end": 3, "caption": "A dog runs on the beach", "labels": ["dog", "beach"],
         "persons": ["Hong Gildong"], "dialogue": [{"text": "Come here", "start": 1.0, "end": 2.0}]},
        {"start": 3, "end": 6, "caption": "Waves at sunset", "labels": ["sea", "sunset"]},
    ],
    "persons": [{"name": "Hong Gildong", "thumbnail": "faces/hong.png"}],
    "ocr": [{"text": "Welcome to the beach", "start": 0.5, "end": 2.5}],
    "aiCategory": "Travel",
}  # fmt: skip
CITY_SIDECAR = {
    "scenes": [
        {"start": 0, "end": 6, "caption": "Cars in a busy city street", "labels": ["car", "city"],
         "persons": ["Kim Cheolsu"]},
    ],
    "persons": [{"name": "Kim Cheolsu", "thumbnail": "faces/kim.png"}],
    "aiCategory": "Urban",
}  # fmt: skip
PHOTO_SIDECAR = {"caption": "A yellow sun over a field", "labels": ["sun", "field"]}


@pytest.fixture(scope="session")
def ice_bucket(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("ice-bucket")
    (folder / "faces").mkdir()
    (folder / "video").mkdir()
    (folder / "faces" / "hong.png").write_bytes(face_png(seed=0))
    (folder / "faces" / "kim.png").write_bytes(photo_jpeg(320, 320, seed=1))  # far from hong.png (dHash)
    clip = mp4(6)
    for name, sidecar in (("beach", BEACH_SIDECAR), ("city", CITY_SIDECAR)):
        (folder / "video" / f"{name}.mp4").write_bytes(clip)
        (folder / "video" / f"{name}.mp4.mi.json").write_text(json.dumps(sidecar))
    (folder / "photo.jpg").write_bytes(photo_jpeg())
    (folder / "photo.jpg.mi.json").write_text(json.dumps(PHOTO_SIDECAR))
    return folder


@pytest.fixture(scope="session")
def ice_emulator(ice_bucket: Path) -> Iterator[RunningEmulator]:
    running = run_in_thread(
        EmulatorConfig(host="127.0.0.1", port=0, db=":memory:", job_delay=0.0, bucket_dirs={BUCKET: str(ice_bucket)})
    )
    try:
        yield running
    finally:
        running.stop()
