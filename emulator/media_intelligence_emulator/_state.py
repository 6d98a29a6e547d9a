"""The emulator's running state: config, spec, database, storage, jobs, limits."""

from __future__ import annotations

from ._config import EmulatorConfig
from ._db import Database
from ._jobs import JobRunner
from ._ratelimit import RateLimiter
from ._spec import CompiledSpec, SpecIndex
from ._storage import ObjectStorage, build_storage
from ._validation import RequestValidator

__all__ = ["EmulatorState"]


class EmulatorState:
    """Everything a handler or a job can reach (``ctx.state``, ``job.state``)."""

    def __init__(self, config: EmulatorConfig, spec: CompiledSpec | None = None) -> None:
        self.config = config
        self.spec = SpecIndex(spec)  # the compiled contract (``mi_spec`` unless another is given)
        self.validator = RequestValidator(self.spec)
        self.db = Database(config.db)
        self.storage: ObjectStorage = build_storage(config)
        self.jobs = JobRunner(self)
        self.rate_limiter = RateLimiter()

    def start(self) -> None:
        """Start background work (resumes jobs left over by a previous run)."""
        self.jobs.start()

    def stop(self) -> None:
        """Stop background work and close the database."""
        self.jobs.stop()
        self.db.close()

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
