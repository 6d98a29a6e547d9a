"""Shutdown waits for the running job before the database closes; reads don't queue behind the write lock."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from media_intelligence_emulator import EmulatorConfig, run_in_thread
from media_intelligence_emulator._db import Database
from media_intelligence_emulator._jobs import JobContext, job

from .helpers import poll

RELEASE = threading.Event()


@job("test.blocking")
def _blocking(ctx: JobContext) -> None:
    RELEASE.wait(60)
    ctx.db.execute("INSERT INTO workspaces (name, owner_access_key, created_user, created_time, updated_user,"
                   " updated_time) VALUES ('written-by-job', 'k', 'u', 't', 'u', 't')")  # fmt: skip


def test_shutdown_waits_for_the_running_job(tmp_path: Path) -> None:
    RELEASE.clear()
    path = tmp_path / "mi.db"
    emulator = run_in_thread(EmulatorConfig(port=0, db=str(path)))
    try:
        job_id = emulator.state.jobs.submit("test.blocking", {}, delay=0)
        state = poll(
            lambda: emulator.state.db.scalar("SELECT state FROM jobs WHERE id = ?", (job_id,)),
            lambda s: s == "RUNNING",
        )
        assert state == "RUNNING"
        stopper = threading.Thread(target=emulator.state.stop)
        stopper.start()
        stopper.join(0.5)
        assert stopper.is_alive()  # still waiting for the job: the database is not closed under it
        RELEASE.set()
        stopper.join(30)
        assert not stopper.is_alive()
    finally:
        RELEASE.set()
        emulator.stop()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT state FROM jobs WHERE id = ?", (job_id,)).fetchone()[0] == "DONE"
        assert conn.execute("SELECT COUNT(*) FROM workspaces WHERE name = 'written-by-job'").fetchone()[0] == 1


def test_reads_of_a_file_database_do_not_wait_for_the_write_lock(tmp_path: Path) -> None:
    db = Database(str(tmp_path / "mi.db"))
    try:
        db.execute(
            "INSERT INTO workspaces (name, owner_access_key, created_user, created_time, updated_user, updated_time)"
            " VALUES ('committed', 'k', 'u', 't', 'u', 't')"
        )
        seen: list[object] = []
        with db.tx() as conn:  # a writer holds the lock, with an uncommitted row
            conn.execute(
                "INSERT INTO workspaces (name, owner_access_key, created_user, created_time, updated_user,"
                " updated_time) VALUES ('pending', 'k', 'u', 't', 'u', 't')"
            )
            # the writer's own thread sees its uncommitted row
            assert db.scalar("SELECT COUNT(*) FROM workspaces") == 2
            reader = threading.Thread(
                target=lambda: seen.append([r["name"] for r in db.query("SELECT name FROM workspaces")])
            )
            reader.start()
            reader.join(30)
            assert not reader.is_alive()  # answered while the write lock is held
        assert seen == [["committed"]]  # another thread sees what was committed
        assert db.scalar("SELECT COUNT(*) FROM workspaces") == 2
    finally:
        db.close()
