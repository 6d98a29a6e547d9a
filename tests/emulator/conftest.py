"""Fixtures of the emulator tests: one emulator per session (moto S3 + a local folder bucket), reset per test."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openapi_core import OpenAPI

import mi_spec
from media_intelligence_emulator import Credential, EmulatorConfig, RunningEmulator, S3Config, run_in_thread

from .helpers import ACCESS_KEY, OTHER_ACCESS_KEY, OTHER_SECRET_KEY, SECRET_KEY, Api

S3_BUCKET = "s3-media"
LOCAL_BUCKET = "local-media"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    return mi_spec.document()


@pytest.fixture(scope="session")
def openapi(spec: dict[str, Any]) -> OpenAPI:
    return OpenAPI.from_dict(spec)


@pytest.fixture(scope="session")
def moto_endpoint() -> Iterator[str]:
    """moto's S3 server on a free loopback port."""
    from moto.server import ThreadedMotoServer

    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.stop()


@pytest.fixture(scope="session")
def s3(moto_endpoint: str) -> Any:
    import boto3

    client = boto3.client(
        "s3",
        endpoint_url=moto_endpoint,
        aws_access_key_id="test",
        aws_secret_access_key="test",
        region_name="us-east-1",
    )
    client.create_bucket(Bucket=S3_BUCKET)
    return client


@pytest.fixture(scope="session")
def local_bucket_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("local-media")


@pytest.fixture(scope="session")
def emulator(moto_endpoint: str, s3: Any, local_bucket_dir: Path) -> Iterator[RunningEmulator]:
    config = EmulatorConfig(
        port=0,
        db=":memory:",
        credentials=(Credential(ACCESS_KEY, SECRET_KEY), Credential(OTHER_ACCESS_KEY, OTHER_SECRET_KEY)),
        bucket_dirs={LOCAL_BUCKET: str(local_bucket_dir)},
        s3=S3Config(moto_endpoint),
    )
    running = run_in_thread(config)
    try:
        yield running
    finally:
        running.stop()


@pytest.fixture
def api(emulator: RunningEmulator, openapi: OpenAPI) -> Iterator[Api]:
    """A signed client of a freshly reset emulator."""
    emulator.reset()
    client = Api(emulator.base_url, openapi)
    try:
        yield client
    finally:
        client.close()
