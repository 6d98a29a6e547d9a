"""Fixtures of the ``mi`` CLI tests: typer's CliRunner against the ``mi_emulator`` fixture.

``mi(*args, input=None)`` runs one command in-process with the emulator's
URL and keys in the environment, a private config file
(``NCLOUD_CONFIG_FILE``) and a wide terminal, and returns typer's ``Result``
(``exit_code``, ``stdout``, ``stderr``). ``workspace`` is a workspace linked
to the emulator's local-folder bucket.
"""

from __future__ import annotations

import json
import socket
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from media_intelligence import MediaIntelligence
from media_intelligence.cli import app
from media_intelligence_emulator.pytest_plugin import EmulatorHandle

WORKSPACE = "cli-tests"
CLEARED = (
    "NCLOUD_ACCESS_KEY_ID",
    "NCLOUD_SECRET_KEY",
    "NCLOUD_PROFILE",
    "MI_BASE_URL",
    "MI_WORKSPACE",
    "MI_S3_ENDPOINT_URL",
    "AWS_ENDPOINT_URL",
    "AWS_ENDPOINT_URL_S3",
    "MI_DEBUG",
)

Invoke = Callable[..., Result]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def run(env: dict[str, str], *args: str, input: str | None = None) -> Result:
    return CliRunner().invoke(app, list(args), input=input, env=env, catch_exceptions=False)


def as_json(result: Result) -> Any:
    assert result.stdout.strip(), f"no stdout; stderr: {result.stderr}"
    return json.loads(result.stdout)


@pytest.fixture
def config_file(tmp_path: Path) -> Path:
    return tmp_path / "ncloud" / "configure"


@pytest.fixture
def base_env(config_file: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """No credentials, no base URL: only a private config file path and a wide terminal."""
    for name in CLEARED:
        monkeypatch.delenv(name, raising=False)
    return {"NCLOUD_CONFIG_FILE": str(config_file), "COLUMNS": "200", "TERM": "dumb"}


@pytest.fixture
def env(base_env: dict[str, str], mi_emulator: EmulatorHandle) -> dict[str, str]:
    """The emulator's URL and keys in the environment."""
    return {
        **base_env,
        "NCLOUD_ACCESS_KEY_ID": mi_emulator.access_key,
        "NCLOUD_SECRET_KEY": mi_emulator.secret_key,
        "MI_BASE_URL": mi_emulator.base_url,
    }


@pytest.fixture
def mi(env: dict[str, str]) -> Invoke:
    def invoke(*args: str, input: str | None = None) -> Result:
        return run(env, *args, input=input)

    return invoke


@pytest.fixture
def workspace(mi_emulator: EmulatorHandle) -> Iterator[str]:
    """A workspace linked to the emulator's local-folder bucket."""
    with MediaIntelligence(**mi_emulator.client_options()) as client:
        client.workspaces.create(WORKSPACE, bucket=mi_emulator.bucket)
    yield WORKSPACE


@pytest.fixture
def mi_ws(env: dict[str, str], workspace: str) -> Invoke:
    """``mi`` with ``MI_WORKSPACE`` set to the test workspace."""
    ws_env = {**env, "MI_WORKSPACE": workspace}

    def invoke(*args: str, input: str | None = None) -> Result:
        return run(ws_env, *args, input=input)

    return invoke


@pytest.fixture(scope="session")
def samples(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The repository's sample media (scripts/make_sample_media.py), generated once."""
    from scripts.make_sample_media import generate

    out = tmp_path_factory.mktemp("samples")
    generate(out, quiet=True)
    return out


@pytest.fixture
def bucket_samples(mi_emulator: EmulatorHandle, samples: Path) -> Callable[..., list[str]]:
    """Copy sample files (and their sidecars) into the emulator's local bucket; returns the keys."""

    def put(*names: str) -> list[str]:
        for name in names:
            mi_emulator.put_object(name, (samples / name).read_bytes())
            sidecar = samples / (name + ".mi.json")
            if sidecar.is_file():
                mi_emulator.put_object(name + ".mi.json", sidecar.read_bytes())
        return list(names)

    return put
