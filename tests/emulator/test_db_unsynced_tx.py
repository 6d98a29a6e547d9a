"""``Database.tx(fsync=False)``: committed like any transaction, and ``synchronous`` is FULL again after it."""

from __future__ import annotations

from pathlib import Path

import pytest

from media_intelligence_emulator._db import Database

FULL = 2  # PRAGMA synchronous


def test_unsynced_transaction_commits_and_restores_full_sync(tmp_path: Path) -> None:
    db = Database(str(tmp_path / "state.db"))
    try:
        with db.tx(fsync=False) as conn:
            assert conn.execute("PRAGMA synchronous").fetchone()[0] < FULL
            conn.execute("CREATE TABLE t (x)")
            conn.execute("INSERT INTO t VALUES (1)")
        assert db.scalar("PRAGMA synchronous") == FULL
        with pytest.raises(RuntimeError), db.tx(fsync=False) as conn:
            conn.execute("INSERT INTO t VALUES (2)")
            raise RuntimeError("rolled back")
        assert db.scalar("PRAGMA synchronous") == FULL
    finally:
        db.close()
    reopened = Database(str(tmp_path / "state.db"))
    try:
        assert [tuple(r) for r in reopened.query("SELECT x FROM t")] == [(1,)]
    finally:
        reopened.close()
