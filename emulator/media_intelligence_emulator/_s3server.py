"""The built-in S3-compatible store: moto's server, in this process, on its own port.

``BuiltinS3.start()`` returns at once: moto is imported and its
``ThreadedMotoServer`` started in a background thread, so that the API
answers its first request without waiting for moto (about a second to
import). ``/_emulator/health`` reports ``{"s3": {"endpoint", "ready"}}``;
``BuiltinS3Storage`` (how the emulator reads these buckets) waits until it
is ready.

Persistence: with a folder (``--s3-dir``), every bucket is saved there on
shutdown (one sub-folder per bucket, one file per object, the key
percent-encoded as the file name) and loaded again on start. A kill -9 loses
what was uploaded since the last start.
"""

from __future__ import annotations

import logging
import shutil
import threading
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

from ._config import S3Config
from ._storage import S3Storage

__all__ = ["BuiltinS3", "BuiltinS3Storage"]

log = logging.getLogger("media_intelligence_emulator.s3")

START_TIMEOUT = 60.0
# moto accepts any key pair; these only satisfy boto3's signer
ACCESS_KEY = "emulator"
SECRET_KEY = "emulator"
REGION = "us-east-1"


class BuiltinS3:
    """moto's ``ThreadedMotoServer`` on ``host:port`` (0: a free port), buckets kept in ``folder``."""

    def __init__(self, host: str, port: int = 0, folder: str | Path | None = None) -> None:
        self.host = host
        self.port = port
        self.folder = Path(folder) if folder else None
        self.endpoint: str | None = None
        self.error: str | None = None
        self._ready = threading.Event()
        self._server: Any = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    # -- life cycle -----------------------------------------------------------------------

    def start(self) -> None:
        """Start serving in the background (returns at once; ``wait_ready`` to wait)."""
        self._thread = threading.Thread(target=self._run, name="mi-emulator-s3", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            from moto.server import ThreadedMotoServer

            logging.getLogger("werkzeug").setLevel(logging.WARNING)  # no line per S3 request in the log

            server = ThreadedMotoServer(ip_address=self.host, port=self.port, verbose=False)
            server.start()
            host, port = server.get_host_and_port()
            shown = f"[{host}]" if ":" in host else host
            self._server = server
            self.endpoint = f"http://{shown}:{port}"
            self._load()
        except Exception as exc:  # reported by health and by every read of these buckets
            log.exception("the built-in S3 store did not start")
            self.error = f"{type(exc).__name__}: {exc}"
        finally:
            self._ready.set()

    def wait_ready(self, timeout: float = START_TIMEOUT) -> bool:
        """True once the store serves; False on timeout or when it failed to start."""
        return self._ready.wait(timeout) and self.error is None

    @property
    def ready(self) -> bool:
        return self._ready.is_set() and self.error is None

    def describe(self) -> dict[str, Any]:
        """What health reports: the endpoint, whether it serves, and a start error if any."""
        info: dict[str, Any] = {"endpoint": self.endpoint, "ready": self.ready}
        if self.error:
            info["error"] = self.error
        return info

    def stop(self) -> None:
        """Save the buckets (when there is a folder), then stop the server."""
        if not self._ready.wait(START_TIMEOUT) or self._server is None:
            return
        try:
            if self.error is None:  # after a failed load, saving would overwrite the kept buckets with less
                self.save()
        except Exception:
            log.exception("could not save the S3 buckets to %s", self.folder)
        self._server.stop()
        self._server = None

    # -- buckets ----------------------------------------------------------------------------

    def client(self) -> Any:
        """A boto3 client of this store (waits until it serves)."""
        if not self.wait_ready():
            raise RuntimeError(f"the built-in S3 store is not available: {self.error or 'not started'}")
        return self._client()

    def _client(self) -> Any:
        import boto3

        return boto3.client(
            "s3",
            endpoint_url=self.endpoint,
            aws_access_key_id=ACCESS_KEY,
            aws_secret_access_key=SECRET_KEY,
            region_name=REGION,
        )

    def ensure_bucket(self, name: str) -> None:
        """Create bucket ``name`` when it does not exist."""
        s3 = self.client()
        existing = {b["Name"] for b in s3.list_buckets().get("Buckets", [])}
        if name not in existing:
            s3.create_bucket(Bucket=name)

    def save(self) -> None:
        """Write every bucket to the folder (replacing what was there)."""
        if self.folder is None:
            return
        with self._lock:
            s3 = self.client()
            staging = self.folder.with_name(self.folder.name + ".saving")
            shutil.rmtree(staging, ignore_errors=True)
            staging.mkdir(parents=True)
            for bucket in s3.list_buckets().get("Buckets", []):
                name = str(bucket["Name"])
                target = staging / name
                target.mkdir()
                for page in s3.get_paginator("list_objects_v2").paginate(Bucket=name):
                    for item in page.get("Contents", []):
                        key = str(item["Key"])
                        body = s3.get_object(Bucket=name, Key=key)["Body"]
                        with (target / quote(key, safe="")).open("wb") as out:
                            shutil.copyfileobj(body, out)
            # swap in one rename, so that a crash while saving leaves the previous copy whole
            old = self.folder.with_name(self.folder.name + ".old")
            shutil.rmtree(old, ignore_errors=True)
            if self.folder.exists():
                self.folder.rename(old)
            staging.rename(self.folder)
            shutil.rmtree(old, ignore_errors=True)

    def _load(self) -> None:
        if self.folder is None or not self.folder.is_dir():
            return
        s3 = self._client()
        for bucket_dir in sorted(p for p in self.folder.iterdir() if p.is_dir()):
            s3.create_bucket(Bucket=bucket_dir.name)
            for path in sorted(p for p in bucket_dir.iterdir() if p.is_file()):
                with path.open("rb") as body:
                    s3.put_object(Bucket=bucket_dir.name, Key=unquote(path.name), Body=body)


class BuiltinS3Storage(S3Storage):
    """The emulator's view of the built-in store (reads wait until it serves)."""

    def __init__(self, server: BuiltinS3) -> None:
        super().__init__(S3Config(endpoint_url="", access_key=ACCESS_KEY, secret_key=SECRET_KEY, region=REGION))
        self.server = server

    @property
    def client(self) -> Any:
        if self._client is None:
            if not self.server.wait_ready():
                raise RuntimeError(f"the built-in S3 store is not available: {self.server.error or 'not started'}")
            self.config = S3Config(str(self.server.endpoint), ACCESS_KEY, SECRET_KEY, REGION)
        return S3Storage.client.fget(self)  # type: ignore[attr-defined]
