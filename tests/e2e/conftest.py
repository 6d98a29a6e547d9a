"""End-to-end fixtures: the emulator over loopback with moto's S3 server, and generated media.

The plugin's ``mi_emulator`` fixture is used as is; this folder overrides its
session fixtures so that its emulator also reads an S3 bucket served by
``moto.server.ThreadedMotoServer`` on a free loopback port (besides the
plugin's local-folder bucket).
"""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from media_intelligence_emulator import EmulatorConfig, RunningEmulator, S3Config, run_in_thread
from media_intelligence_emulator.pytest_plugin import DEFAULT_BUCKET

from .support import (
    CLIP_SIDECAR,
    S3_BUCKET,
    S3_KEYS,
    SUNSET_SIDECAR,
    MediaFiles,
    face_png,
    mp4,
    photo_jpeg,
)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="session")
def moto_endpoint() -> Iterator[str]:
    """moto's S3 server on a free loopback port, with the bucket ``e2e-media``."""
    import boto3
    from moto.server import ThreadedMotoServer

    port = _free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    endpoint = f"http://127.0.0.1:{port}"
    try:
        boto3.client("s3", endpoint_url=endpoint, **S3_KEYS).create_bucket(Bucket=S3_BUCKET)
        yield endpoint
    finally:
        server.stop()


@pytest.fixture(scope="session")
def mi_emulator_config(mi_emulator_bucket_dir: Path, moto_endpoint: str) -> EmulatorConfig:
    return EmulatorConfig.from_env(
        host="127.0.0.1",
        port=0,
        db=":memory:",
        job_delay=0.0,
        bucket_dirs={DEFAULT_BUCKET: str(mi_emulator_bucket_dir)},
        s3=S3Config(moto_endpoint),
    )


@pytest.fixture(scope="session")
def mi_emulator_server(mi_emulator_config: EmulatorConfig) -> Iterator[RunningEmulator]:
    """This folder's own session emulator (the config above), distinct from the plugin's default one."""
    running = run_in_thread(mi_emulator_config)
    try:
        yield running
    finally:
        running.stop()


@pytest.fixture(scope="session")
def media_files(tmp_path_factory: pytest.TempPathFactory) -> MediaFiles:
    folder = tmp_path_factory.mktemp("e2e-media")
    clip = folder / "beach-clip.mp4"
    clip.write_bytes(mp4())
    (folder / "beach-clip.mp4.mi.json").write_text(json.dumps(CLIP_SIDECAR))
    sunset_bytes = photo_jpeg(seed=0)
    sunset = folder / "sunset.jpg"
    sunset.write_bytes(sunset_bytes)
    (folder / "sunset.jpg.mi.json").write_text(json.dumps(SUNSET_SIDECAR))
    return MediaFiles(folder, clip, sunset, sunset_bytes, photo_jpeg(seed=2), face_png())
