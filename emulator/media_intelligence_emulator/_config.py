"""Configuration of the emulator: where it listens, what it stores, whom it trusts.

Every field has a default that gives a working, zero-setup emulator: loopback
on port 8080, an in-memory database, the demo key pair, no buckets, no job
delay. ``EmulatorConfig.from_env()`` reads the ``MI_EMULATOR_*`` environment
variables; the command line (``python -m media_intelligence_emulator``)
overrides them.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from mi_spec import Limits

__all__ = [
    "DEFAULT_ACCESS_KEY",
    "DEFAULT_SECRET_KEY",
    "Credential",
    "EmulatorConfig",
    "S3Config",
    "default_credentials",
]

DEFAULT_ACCESS_KEY = "mi-emulator-access-key"
DEFAULT_SECRET_KEY = "mi-emulator-secret-key"


@dataclass(frozen=True)
class Credential:
    """One access key / secret key pair the emulator accepts."""

    access_key: str
    secret_key: str = field(repr=False)

    def __repr__(self) -> str:  # the secret never shows up in reprs or logs
        return f"Credential(access_key={self.access_key!r}, secret_key='***')"


@dataclass(frozen=True)
class S3Config:
    """An S3-compatible object store read with boto3 (moto's server, NCP Object Storage)."""

    endpoint_url: str
    access_key: str = "test"
    secret_key: str = field(default="test", repr=False)
    region: str = "us-east-1"


def default_credentials(env: Mapping[str, str] | None = None) -> tuple[Credential, ...]:
    """The demo key pair: ``MI_EMULATOR_ACCESS_KEY``/``MI_EMULATOR_SECRET_KEY`` or the built-in pair."""
    env = os.environ if env is None else env
    return (
        Credential(
            env.get("MI_EMULATOR_ACCESS_KEY") or DEFAULT_ACCESS_KEY,
            env.get("MI_EMULATOR_SECRET_KEY") or DEFAULT_SECRET_KEY,
        ),
    )


@dataclass(frozen=True)
class EmulatorConfig:
    """Everything the emulator needs to start.

    * ``db``: a SQLite file path, or ``":memory:"`` (state lost on stop).
    * ``credentials``: the accepted key pairs; several are allowed, each
      workspace belongs to the access key that created it.
    * ``job_delay``: seconds each background job step waits before it runs
      (0 for tests); ``job_delays`` overrides it per job kind (``"import"``,
      ``"analysis"``...; a kind ``"a.b"`` falls back to ``"a"``).
    * ``bucket_dirs``: local folders served as buckets, ``{bucket: path}``.
    * ``s3``: an S3-compatible endpoint for the other buckets.
    * ``public_base_url``: base of the presigned upload URLs the emulator
      hands out (default: the URL the request came in on).
    * ``rate_limits``: answer 429 past the spec's ``x-rate-limit``.
    * ``verify_signatures``: check the NCP signature v2 headers.
    * ``clock_skew_seconds``: allowed distance of ``x-ncp-apigw-timestamp``.
    * ``enforce_media_limits``: refuse media outside the spec's
      ``x-media-limits`` (resolution, duration, size) with INVALID_METADATA.
    * ``max_body_bytes``: the largest request body read for an API operation
      (larger: the gateway's 413, read no further); by default the spec's
      ``x-limits.requestBodyBytes`` (1 MiB), the emulator's own bound: no
      provider page states one, and every documented request is far below it.
    * ``admin_access_keys``: keys whose ``POST /_emulator/reset`` empties
      every tenant's data (any other key's reset empties only its own).
      ``MI_EMULATOR_ADMIN_ACCESS_KEYS`` (comma separated). They alone may use
      the rest of the control plane (``_control``: state snapshot and restore,
      request log, fault injection).
    * ``file_url_expires_in``: validity in seconds of the signed URLs of the
      files the emulator serves (scene and person thumbnails).
    * ``builtin_s3``: also serve an S3-compatible store (moto's server, in
      this process) on ``s3_port`` (0: a free port), its buckets saved in
      ``s3_dir`` on shutdown and loaded on start (not kept without it). Off
      when ``s3`` names an external store.
    """

    host: str = "127.0.0.1"
    port: int = 8080
    db: str = ":memory:"
    credentials: tuple[Credential, ...] = field(default_factory=default_credentials)
    job_delay: float = 0.0
    job_delays: Mapping[str, float] = field(default_factory=dict)
    bucket_dirs: Mapping[str, str] = field(default_factory=dict)
    s3: S3Config | None = None
    public_base_url: str | None = None
    rate_limits: bool = True
    verify_signatures: bool = True
    clock_skew_seconds: float = 300.0
    enforce_media_limits: bool = True
    max_body_bytes: int = Limits.REQUEST_BODY_BYTES
    admin_access_keys: frozenset[str] = frozenset()
    file_url_expires_in: int = 3600
    builtin_s3: bool = False
    s3_port: int = 0
    s3_dir: str | None = None

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **overrides: object) -> EmulatorConfig:
        """Build a config from ``MI_EMULATOR_*`` variables, then apply ``overrides``."""
        env = os.environ if env is None else env
        kwargs: dict[str, object] = {"credentials": default_credentials(env)}
        if env.get("MI_EMULATOR_HOST"):
            kwargs["host"] = env["MI_EMULATOR_HOST"]
        if env.get("MI_EMULATOR_PORT"):
            kwargs["port"] = int(env["MI_EMULATOR_PORT"])
        if env.get("MI_EMULATOR_DB"):
            kwargs["db"] = env["MI_EMULATOR_DB"]
        if env.get("MI_EMULATOR_JOB_DELAY"):
            kwargs["job_delay"] = float(env["MI_EMULATOR_JOB_DELAY"])
        if env.get("MI_EMULATOR_S3_ENDPOINT"):
            kwargs["s3"] = S3Config(
                endpoint_url=env["MI_EMULATOR_S3_ENDPOINT"],
                access_key=env.get("MI_EMULATOR_S3_ACCESS_KEY", "test"),
                secret_key=env.get("MI_EMULATOR_S3_SECRET_KEY", "test"),
                region=env.get("MI_EMULATOR_S3_REGION", "us-east-1"),
            )
        if env.get("MI_EMULATOR_PUBLIC_URL"):
            kwargs["public_base_url"] = env["MI_EMULATOR_PUBLIC_URL"]
        if env.get("MI_EMULATOR_ADMIN_ACCESS_KEYS"):
            kwargs["admin_access_keys"] = frozenset(
                k.strip() for k in env["MI_EMULATOR_ADMIN_ACCESS_KEYS"].split(",") if k.strip()
            )
        kwargs.update(overrides)
        return cls(**kwargs)  # type: ignore[arg-type]

    def with_changes(self, **changes: object) -> EmulatorConfig:
        """A copy with some fields replaced."""
        return replace(self, **changes)  # type: ignore[arg-type]

    def delay_for(self, kind: str) -> float:
        """Delay of a job kind: exact kind, then its prefix before the first dot, then ``job_delay``."""
        if kind in self.job_delays:
            return float(self.job_delays[kind])
        head = kind.split(".", 1)[0]
        if head in self.job_delays:
            return float(self.job_delays[head])
        return float(self.job_delay)

    def secret_for(self, access_key: str) -> str | None:
        """The secret key paired with ``access_key``, or None when the key is unknown."""
        for cred in self.credentials:
            if cred.access_key == access_key:
                return cred.secret_key
        return None
