"""Background jobs with stored state, like moto's state transitions.

A job is a row of the ``jobs`` table (kind, JSON payload, state, ``run_at``)
run by one worker thread once its delay (``EmulatorConfig.delay_for(kind)``,
0 in tests) has passed. A job function is registered per kind::

    @job("import")
    def run_import(job: JobContext) -> None:
        asset_id = job.payload["assetId"]
        ...                               # read storage, write the db
        job.submit("import.finish", {...})  # optional next step, with its own delay

Multi-step state machines (WAIT_ANALYZE -> ANALYZING -> ANALYZE_COMPLETED)
are chains of jobs, each step submitting the next. A job function must be
idempotent: after a restart, jobs left PENDING or RUNNING are run again (the
domain state they write is what survives; nothing else does). A job that
raises is marked FAILED with the error text; the function itself must set the
domain state to a failure value first if it wants one (catch, write, return).
Rows a job reads may have been deleted meanwhile (asset deleted, state reset):
check and return quietly.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
import time
import traceback
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final

from ._db import Database, now_iso

if TYPE_CHECKING:
    from ._state import EmulatorState

__all__ = ["JOB_FUNCTIONS", "JobContext", "JobRunner", "JobState", "job"]

log = logging.getLogger("media_intelligence_emulator.jobs")


class JobState:
    """The states of a row of ``jobs``: the emulator's own queue, not an API enumeration."""

    PENDING: Final = "PENDING"
    RUNNING: Final = "RUNNING"
    DONE: Final = "DONE"
    FAILED: Final = "FAILED"
    CANCELLED: Final = "CANCELLED"


#: States of a job that has not finished.
_UNFINISHED = (JobState.PENDING, JobState.RUNNING)

JobFunction = Callable[["JobContext"], None]
JOB_FUNCTIONS: dict[str, JobFunction] = {}


def job(kind: str) -> Callable[[JobFunction], JobFunction]:
    """Register the decorated function as the runner of jobs of ``kind``."""

    def decorate(func: JobFunction) -> JobFunction:
        JOB_FUNCTIONS[kind] = func
        return func

    return decorate


@dataclass
class JobContext:
    """What a job function gets: its payload and the emulator's state."""

    job_id: int
    kind: str
    payload: dict[str, Any]
    state: EmulatorState

    @property
    def db(self) -> Database:
        return self.state.db

    def submit(self, kind: str, payload: Mapping[str, Any], delay: float | None = None) -> int:
        """Schedule a follow-up job (the next state transition)."""
        return self.state.jobs.submit(kind, payload, delay=delay)


class JobRunner:
    """Runs due jobs on one daemon thread."""

    def __init__(self, state: EmulatorState) -> None:
        self.state = state
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._busy = threading.Lock()  # held while a job runs
        self._holds = 0  # open `held()` blocks, plus one for the switch: no job starts while any is open
        self._switched = False  # `set_held(True)` (the control plane's switch)
        self._holds_lock = threading.Lock()

    @property
    def db(self) -> Database:
        return self.state.db

    # -- lifecycle ------------------------------------------------------------------------
    def start(self) -> None:
        """Requeue jobs left by a stop or a crash, then start the worker thread.

        Interrupted (RUNNING) jobs run again at once; pending ones keep their
        time unless this run's configured delay brings them sooner.
        """
        now, stamp = time.time(), now_iso()
        with self.db.tx() as conn:
            conn.execute(
                "UPDATE jobs SET state = ?, run_at = ?, updated_time = ? WHERE state = ?",
                (JobState.PENDING, now, stamp, JobState.RUNNING),
            )
            pending = conn.execute("SELECT id, kind, run_at FROM jobs WHERE state = ?", (JobState.PENDING,))
            for row in pending.fetchall():
                due = min(float(row["run_at"]), now + self.state.config.delay_for(str(row["kind"])))
                conn.execute("UPDATE jobs SET run_at = ? WHERE id = ?", (due, row["id"]))
        if self._thread is None or not self._thread.is_alive():
            self._stop.clear()
            self._thread = threading.Thread(target=self._loop, name="mi-emulator-jobs", daemon=True)
            self._thread.start()

    def stop(self, timeout: float = 60.0) -> bool:
        """Stop the worker thread once the job it runs (if any) has finished; jobs not yet run stay PENDING.

        Returns False when the running job did not finish within ``timeout`` (it then finds the database
        closed under it and is run again at the next start, as after a crash).
        """
        self._stop.set()
        self._wake.set()
        finished = self._busy.acquire(timeout=timeout)  # waits for the running job; the worker checks _stop next
        if finished:
            self._busy.release()
        else:
            log.warning("a job was still running after %.0f s at shutdown", timeout)
        if self._thread is not None:
            self._thread.join(timeout if finished else 0.1)
            self._thread = None
        return finished

    # -- API for handlers -----------------------------------------------------------------
    def submit(
        self,
        kind: str,
        payload: Mapping[str, Any],
        delay: float | None = None,
        *,
        conn: sqlite3.Connection | None = None,
    ) -> int:
        """Store a job to run after ``delay`` seconds (default: the configured delay of ``kind``).

        Pass ``conn`` (from ``db.tx()``) to store it in the caller's
        transaction: it then exists only if that transaction commits.
        """
        if kind not in JOB_FUNCTIONS:
            raise KeyError(f"no job function registered for kind {kind!r}")
        wait = self.state.config.delay_for(kind) if delay is None else delay
        stamp = now_iso()
        sql = "INSERT INTO jobs (kind, payload, state, run_at, created_time, updated_time) VALUES (?, ?, ?, ?, ?, ?)"
        params = (kind, json.dumps(dict(payload)), JobState.PENDING, time.time() + max(0.0, wait), stamp, stamp)
        job_id = int(conn.execute(sql, params).lastrowid or 0) if conn is not None else self.db.execute(sql, params)
        self._wake.set()
        return job_id

    def cancel(self, job_id: int) -> bool:
        """Cancel a job that has not started; True when it was pending."""
        with self.db.tx() as conn:
            cur = conn.execute(
                "UPDATE jobs SET state = ?, updated_time = ? WHERE id = ? AND state = ?",
                (JobState.CANCELLED, now_iso(), job_id, JobState.PENDING),
            )
            return cur.rowcount > 0

    def pending(self, kind: str | None = None) -> int:
        """Number of jobs not finished yet (of one kind, or all)."""
        if kind is None:
            return int(self.db.scalar("SELECT COUNT(*) FROM jobs WHERE state IN (?, ?)", _UNFINISHED) or 0)
        return int(
            self.db.scalar("SELECT COUNT(*) FROM jobs WHERE state IN (?, ?) AND kind = ?", (*_UNFINISHED, kind)) or 0
        )

    def wait_idle(self, timeout: float = 10.0) -> bool:
        """Block until no job is pending or running (including delayed ones); False on timeout."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.pending() == 0 and not self._busy.locked():
                return True
            self._wake.set()
            time.sleep(0.005)
        return False

    @property
    def holding(self) -> bool:
        """True while jobs are held (a ``held()`` block is open, or ``set_held(True)``)."""
        return self._holds > 0

    def set_held(self, held: bool) -> None:
        """Hold jobs until ``set_held(False)`` (the control plane's ``PUT /_emulator/api/jobs``).

        A switch, not a count: setting it twice holds once. ``held()`` blocks hold on their own.
        """
        with self._holds_lock:
            if held != self._switched:
                self._switched = held
                self._holds += 1 if held else -1
        self._wake.set()

    @contextmanager
    def held(self) -> Iterator[None]:
        """No job starts, however due, until the block ends (a job already running finishes).

        A gate for tests: what a job will change stays in its queued state (``RUNNING`` search,
        ``WAIT_ANALYZE`` analysis) for as long as the test needs, with no timing involved. Blocks nest.
        """
        with self._holds_lock:
            self._holds += 1
        try:
            yield
        finally:
            with self._holds_lock:
                self._holds -= 1
            self._wake.set()

    @contextmanager
    def paused(self) -> Iterator[None]:
        """Hold the worker between jobs (waits for a running job to finish); used by state reset."""
        with self._busy:
            yield

    # -- worker ---------------------------------------------------------------------------
    def _loop(self) -> None:
        while not self._stop.is_set():
            self._wake.clear()
            try:
                wait = self._run_due()
            except Exception:  # a broken db must not kill the worker silently
                log.exception("job worker error")
                wait = 0.5
            if wait > 0:
                self._wake.wait(wait)

    def _run_due(self) -> float:
        """Run every due job; return how long to sleep until the next one."""
        while not self._stop.is_set():
            with self._busy:
                if self._stop.is_set():
                    return 0.0
                if self._holds:
                    return 1.0  # `held()` wakes the worker when it ends
                row = self.db.one(
                    "SELECT id, kind, payload, run_at FROM jobs WHERE state = ? ORDER BY run_at, id LIMIT 1",
                    (JobState.PENDING,),
                )
                if row is None:
                    return 1.0
                delta = float(row["run_at"]) - time.time()
                if delta > 0:
                    return min(delta, 1.0)
                self._run_one(int(row["id"]), str(row["kind"]), str(row["payload"]))
        return 0.0

    def _run_one(self, job_id: int, kind: str, payload: str) -> None:
        with self.db.tx() as conn:
            cur = conn.execute(
                "UPDATE jobs SET state = ?, updated_time = ? WHERE id = ? AND state = ?",
                (JobState.RUNNING, now_iso(), job_id, JobState.PENDING),
            )
            if cur.rowcount == 0:
                return
        func = JOB_FUNCTIONS.get(kind)
        state: str = JobState.DONE
        error = None
        if func is None:
            state, error = JobState.FAILED, f"no job function for kind {kind!r}"
        else:
            try:
                func(JobContext(job_id, kind, json.loads(payload), self.state))
            except Exception as exc:
                state, error = JobState.FAILED, "".join(traceback.format_exception_only(exc)).strip()
                log.warning("job %s (%s) failed: %s", job_id, kind, error)
        self.db.execute(
            "UPDATE jobs SET state = ?, error = ?, updated_time = ? WHERE id = ? AND state = ?",
            (state, error, now_iso(), job_id, JobState.RUNNING),
        )
