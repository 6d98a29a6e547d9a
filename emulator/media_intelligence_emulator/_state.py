"""The emulator's running state: config, spec, database, storage, jobs, limits."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

from ._config import EmulatorConfig
from ._control import FaultInjector, RequestLog
from ._db import Database
from ._jobs import JobRunner
from ._ratelimit import RateLimiter
from ._s3server import BuiltinS3, BuiltinS3Storage
from ._spec import CompiledSpec, SpecIndex
from ._storage import ObjectStorage, build_storage

if TYPE_CHECKING:
    from ._validation import RequestValidator

__all__ = ["EmulatorState"]


class EmulatorState:
    """Everything a handler or a job can reach (``ctx.state``, ``job.state``)."""

    def __init__(self, config: EmulatorConfig, spec: CompiledSpec | None = None) -> None:
        self.config = config
        self.spec = SpecIndex(spec)  # the compiled contract (``mi_spec`` unless another is given)
        self._validator: RequestValidator | None = None
        self._validator_lock = threading.Lock()
        self.db = Database(config.db)
        storage = build_storage(config)
        # the built-in S3 store (moto's server) serves the buckets that no folder and no external store serves
        self.s3: BuiltinS3 | None = None
        if config.builtin_s3 and config.s3 is None:
            self.s3 = BuiltinS3(config.host, config.s3_port, config.s3_dir)
            storage.stores.append(BuiltinS3Storage(self.s3))
        self.storage: ObjectStorage = storage
        self.jobs = JobRunner(self)
        self.rate_limiter = RateLimiter()
        self.faults = FaultInjector()
        self.request_log = RequestLog()

    @property
    def validator(self) -> RequestValidator:
        """The request validator (openapi-core and the fast path), built on first use or by ``start``."""
        if self._validator is None:
            with self._validator_lock:
                if self._validator is None:
                    # imported here: openapi-core and building its spec take seconds, off the start-up path
                    from ._validation import RequestValidator

                    self._validator = RequestValidator(self.spec)
        return self._validator

    def start(self) -> None:
        """Start background work (resumes jobs left over by a previous run), the S3 store, and the validator.

        The server answers (health, then API requests, which wait for the validator if need be) while the
        S3 store starts and then the validator is built, one after the other in threads: run side by side
        they share one interpreter lock, and the store, which readiness waits for, would be ready later.
        """
        if self.s3 is not None:
            self.s3.start()
        threading.Thread(target=self._warm_up, name="mi-emulator-warm-up", daemon=True).start()
        self.jobs.start()

    def _warm_up(self) -> None:
        if self.s3 is not None:
            self.s3.wait_ready()
        self.validator  # noqa: B018 - builds it

    def stop(self) -> None:
        """Stop background work, close the database, save and stop the S3 store."""
        self.jobs.stop()
        self.db.close()
        if self.s3 is not None:
            self.s3.stop()

    def health(self) -> dict[str, Any]:
        """What ``/_emulator/health`` reports besides ``status``: where the S3 store is."""
        return {} if self.s3 is None else {"s3": self.s3.describe()}

    def restore(self, image: bytes) -> None:
        """Put back a ``db.snapshot()`` image (no job runs meanwhile); rate-limit windows are forgotten."""
        self.jobs.wait_idle(10)
        with self.jobs.paused():
            self.db.restore(image)
        self.rate_limiter.reset()

    def reset(self) -> None:
        """Empty every table (pending jobs included) and the rate-limit counters."""
        with self.jobs.paused():
            self.db.reset()
        self.rate_limiter.reset()

    def reset_access_key(self, access_key: str) -> None:
        """Empty one tenant: the workspaces ``access_key`` owns (everything in them goes with them, by the
        schema's cascades), its presigned uploads and its rate-limit windows. Other keys' data stays."""
        with self.jobs.paused(), self.db.tx() as conn:
            conn.execute("DELETE FROM workspaces WHERE owner_access_key = ?", (access_key,))
            conn.execute("DELETE FROM presigned_uploads WHERE access_key = ?", (access_key,))
        self.rate_limiter.reset(access_key)
