"""pytest plugin: the ``mi_emulator`` fixture.

Registered through the ``pytest11`` entry point ``mi_emulator``, so installing
the package is enough::

    def test_projects(mi_emulator):
        client = mi_emulator.client()                  # a ready MediaIntelligence
        mi_emulator.put_object("clip.mp4", data)       # into the bucket mi_emulator.bucket
        ...

One emulator per test session, serving in a thread on a free loopback port
with an in-memory database and no job delays; every test starts from an empty
state (tables, jobs and the bucket folder are emptied). Override the session
fixture ``mi_emulator_config`` in a ``conftest.py`` to change the
configuration (it receives the bucket folder path through the fixture
``mi_emulator_bucket_dir``).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from ._config import EmulatorConfig

if TYPE_CHECKING:  # the server stack (starlette, uvicorn, openapi-core) is imported only when a fixture runs
    from ._server import RunningEmulator

__all__ = ["DEFAULT_BUCKET", "EmulatorHandle"]

DEFAULT_BUCKET = "mi-emulator-bucket"


@dataclass
class EmulatorHandle:
    """What the ``mi_emulator`` fixture yields."""

    running: RunningEmulator
    bucket: str
    bucket_dir: Path
    owns_bucket_dir: bool = True

    @property
    def base_url(self) -> str:
        return self.running.base_url

    @property
    def access_key(self) -> str:
        return self.running.access_key

    @property
    def secret_key(self) -> str:
        return self.running.secret_key

    def client_options(self, **overrides: Any) -> dict[str, Any]:
        """Keyword arguments that point an SDK client at the emulator: ``MediaIntelligence(**h.client_options())``.

        The emulator builds no client itself: it imports nothing from the SDK it is tested against.
        """
        return {"access_key": self.access_key, "secret_key": self.secret_key, "base_url": self.base_url, **overrides}

    def put_object(self, key: str, data: bytes) -> str:
        """Store a file in the emulator's local bucket (``self.bucket``); returns the key."""
        path = self.bucket_dir / key
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        return key

    def wait_for_jobs(self, timeout: float = 10.0) -> bool:
        """Block until every background job (import, analysis, search...) has run."""
        return self.running.wait_for_jobs(timeout)

    def hold_jobs(self) -> AbstractContextManager[None]:
        """``with mi_emulator.hold_jobs():`` background jobs wait (states stay queued) until the block ends."""
        return self.running.hold_jobs()

    def reset(self) -> None:
        """Empty the state, and the bucket folder when it is the plugin's own temporary one."""
        self.running.reset()
        if not self.owns_bucket_dir:
            return
        for child in self.bucket_dir.iterdir():
            if child.is_dir():
                shutil.rmtree(child)
            else:
                child.unlink()


@pytest.fixture(scope="session")
def mi_emulator_bucket_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder served as the bucket ``mi-emulator-bucket``."""
    return tmp_path_factory.mktemp("mi-emulator-bucket")


@pytest.fixture(scope="session")
def mi_emulator_config(mi_emulator_bucket_dir: Path) -> EmulatorConfig:
    """The emulator's configuration (override in a conftest.py to change it)."""
    return EmulatorConfig.from_env(
        host="127.0.0.1",
        port=0,
        db=":memory:",
        job_delay=0.0,
        bucket_dirs={DEFAULT_BUCKET: str(mi_emulator_bucket_dir)},
    )


@pytest.fixture(scope="session")
def mi_emulator_server(mi_emulator_config: EmulatorConfig) -> Iterator[RunningEmulator]:
    """The session's emulator server."""
    from ._server import run_in_thread

    running = run_in_thread(mi_emulator_config)
    try:
        yield running
    finally:
        running.stop()


@pytest.fixture
def mi_emulator(mi_emulator_server: RunningEmulator, mi_emulator_bucket_dir: Path) -> Iterator[EmulatorHandle]:
    """A running emulator with an empty state for this test."""
    dirs = mi_emulator_server.config.bucket_dirs
    bucket = DEFAULT_BUCKET if DEFAULT_BUCKET in dirs else next(iter(dirs), DEFAULT_BUCKET)
    bucket_dir = Path(dirs[bucket]) if bucket in dirs else mi_emulator_bucket_dir
    owns = bucket_dir.resolve() == mi_emulator_bucket_dir.resolve()
    handle = EmulatorHandle(mi_emulator_server, bucket, bucket_dir, owns)
    handle.reset()
    yield handle
