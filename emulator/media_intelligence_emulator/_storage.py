"""Object storage the emulator imports media from.

Two kinds of bucket, combined:

* local folders mapped as buckets (``EmulatorConfig.bucket_dirs``,
  ``--bucket-dir NAME=PATH``): the object ``key`` is the path under the
  folder (zero setup);
* any other bucket is read with boto3 from an S3-compatible endpoint
  (``EmulatorConfig.s3``, ``--s3-endpoint URL``): moto's server in tests and
  demos, NCP Object Storage (``https://kr.object.ncloudstorage.com``) for real.

Next to a media object, ``<key>.mi.json`` (the sidecar, see ``_media``) is
read when present.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any, Protocol

from ._config import EmulatorConfig, S3Config

__all__ = [
    "SIDECAR_SUFFIX",
    "CombinedStorage",
    "LocalFolderStorage",
    "ObjectNotFound",
    "ObjectStorage",
    "S3Storage",
    "build_storage",
]

SIDECAR_SUFFIX = ".mi.json"


class ObjectNotFound(KeyError):
    """The bucket or the object does not exist."""


class ObjectStorage(Protocol):
    """What the emulator needs from an object store."""

    def has_bucket(self, bucket: str) -> bool:
        """True when the bucket exists (is served by this store)."""
        ...

    def head(self, bucket: str, key: str) -> int | None:
        """Size in bytes of the object, or None when it does not exist."""
        ...

    def get(self, bucket: str, key: str) -> bytes:
        """The object's content; raises ``ObjectNotFound``."""
        ...


def exists(storage: ObjectStorage, bucket: str, key: str) -> bool:
    """True when the object exists."""
    return storage.head(bucket, key) is not None


def read_sidecar(storage: ObjectStorage, bucket: str, key: str) -> Any | None:
    """The parsed ``<key>.mi.json`` next to an object, or None when there is none.

    Raises ``ValueError`` when the sidecar exists but is not JSON.
    """
    try:
        raw = storage.get(bucket, key + SIDECAR_SUFFIX)
    except ObjectNotFound:
        return None
    try:
        return json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"sidecar {key}{SIDECAR_SUFFIX} is not valid JSON: {exc}") from exc


class LocalFolderStorage:
    """Local folders served as buckets: ``{bucket: folder}``."""

    def __init__(self, buckets: dict[str, str]) -> None:
        self.buckets = {name: Path(path).resolve() for name, path in buckets.items()}

    def _path(self, bucket: str, key: str) -> Path | None:
        root = self.buckets.get(bucket)
        if root is None:
            return None
        try:
            path = (root / key).resolve()
        except (ValueError, OSError):  # a NUL byte, a name too long for the file system
            return None
        if root != path and root not in path.parents:  # no escaping the folder with ../
            return None
        return path

    def has_bucket(self, bucket: str) -> bool:
        return bucket in self.buckets

    def head(self, bucket: str, key: str) -> int | None:
        path = self._path(bucket, key)
        try:
            if path is None or not path.is_file():
                return None
            return path.stat().st_size
        except (ValueError, OSError):
            return None

    def get(self, bucket: str, key: str) -> bytes:
        path = self._path(bucket, key)
        if path is None or not path.is_file():
            raise ObjectNotFound(f"{bucket}/{key}")
        return path.read_bytes()


class S3Storage:
    """An S3-compatible endpoint read with boto3."""

    def __init__(self, config: S3Config) -> None:
        self.config = config
        self._client: Any = None
        self._lock = threading.Lock()

    @property
    def client(self) -> Any:
        with self._lock:
            if self._client is None:
                import boto3
                from botocore.config import Config

                self._client = boto3.client(
                    "s3",
                    endpoint_url=self.config.endpoint_url,
                    aws_access_key_id=self.config.access_key,
                    aws_secret_access_key=self.config.secret_key,
                    region_name=self.config.region,
                    config=Config(retries={"max_attempts": 2}, connect_timeout=5, read_timeout=60),
                )
            return self._client

    @staticmethod
    def _missing(exc: Exception) -> bool:
        response = getattr(exc, "response", None)
        code = str((response or {}).get("Error", {}).get("Code", ""))
        return code in {"404", "NoSuchKey", "NoSuchBucket", "NotFound"}

    def has_bucket(self, bucket: str) -> bool:
        try:
            self.client.head_bucket(Bucket=bucket)
        except Exception as exc:
            if self._missing(exc) or type(exc).__name__ == "ClientError":
                return False
            raise
        return True

    def head(self, bucket: str, key: str) -> int | None:
        try:
            response = self.client.head_object(Bucket=bucket, Key=key)
        except Exception as exc:
            if self._missing(exc):
                return None
            raise
        return int(response.get("ContentLength", 0))

    def get(self, bucket: str, key: str) -> bytes:
        try:
            response = self.client.get_object(Bucket=bucket, Key=key)
        except Exception as exc:
            if self._missing(exc):
                raise ObjectNotFound(f"{bucket}/{key}") from exc
            raise
        body: bytes = response["Body"].read()
        return body


class CombinedStorage:
    """Several stores; a bucket is served by the first store that has it."""

    def __init__(self, stores: list[ObjectStorage]) -> None:
        self.stores = stores

    def _store(self, bucket: str) -> ObjectStorage | None:
        for store in self.stores:
            if store.has_bucket(bucket):
                return store
        return None

    def has_bucket(self, bucket: str) -> bool:
        return self._store(bucket) is not None

    def head(self, bucket: str, key: str) -> int | None:
        store = self._store(bucket)
        return None if store is None else store.head(bucket, key)

    def get(self, bucket: str, key: str) -> bytes:
        store = self._store(bucket)
        if store is None:
            raise ObjectNotFound(f"{bucket}/{key}")
        return store.get(bucket, key)


def build_storage(config: EmulatorConfig) -> CombinedStorage:
    """The storage described by the config: local folders first, then the S3 endpoint."""
    stores: list[ObjectStorage] = []
    if config.bucket_dirs:
        stores.append(LocalFolderStorage(dict(config.bucket_dirs)))
    if config.s3 is not None:
        stores.append(S3Storage(config.s3))
    return CombinedStorage(stores)
