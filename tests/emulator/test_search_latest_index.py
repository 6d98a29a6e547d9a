"""The search engine's table of each asset's latest completed index follows every change of ``analyses``.

``search_latest_index`` is kept by triggers (and rebuilt when a database
opens); after each change below it must hold exactly what
``latest_index_ids_sql()`` computes from ``analyses`` itself.
"""

from __future__ import annotations

from pathlib import Path

from media_intelligence_emulator._db import Database, now_iso
from media_intelligence_emulator.handlers import load_handlers
from media_intelligence_emulator.handlers._search_engine import latest_index_ids_sql


def _kept(db: Database) -> set[int]:
    return {int(r[0]) for r in db.query("SELECT analysis_id FROM search_latest_index")}


def _computed(db: Database) -> set[int]:
    return {int(r[0]) for r in db.query(latest_index_ids_sql()) if r[0] is not None}


def _setup(db: Database) -> list[int]:
    stamp = now_iso()
    with db.tx() as conn:
        conn.execute(
            "INSERT INTO workspaces (name, owner_access_key, created_user, created_time, updated_user, updated_time)"
            " VALUES ('ws', 'k', 'u', ?, 'u', ?)",
            (stamp, stamp),
        )
        project = conn.execute(
            "INSERT INTO projects (workspace_name, name, created_user, created_time, updated_user, updated_time)"
            " VALUES ('ws', 'p', 'u', ?, 'u', ?)",
            (stamp, stamp),
        ).lastrowid
        assets = []
        for n in range(3):
            cur = conn.execute(
                "INSERT INTO assets (workspace_name, project_id, bucket_name, object_key, file_name, asset_type,"
                " upload_status, created_user, created_time, updated_user, updated_time)"
                " VALUES ('ws', ?, 'b', ?, ?, 'VIDEO', 'COMPLETED', 'u', ?, 'u', ?)",
                (project, f"v{n}.mp4", f"v{n}.mp4", stamp, stamp),
            )
            assets.append(int(cur.lastrowid or 0))
    return assets


def _index(db: Database, asset: int, status: str = "ANALYZE_COMPLETED") -> int:
    stamp = now_iso()
    return db.execute(
        "INSERT INTO analyses (asset_id, status, created_user, created_time, updated_user, updated_time)"
        " VALUES (?, ?, 'u', ?, 'u', ?)",
        (asset, status, stamp, stamp),
    )


def test_the_table_follows_every_change_of_analyses() -> None:
    load_handlers()
    db = Database(":memory:")
    try:
        a, b, c = _setup(db)
        steps = [
            lambda: _index(db, a),
            lambda: _index(db, b, "ANALYZING"),
            lambda: db.execute("UPDATE analyses SET status = 'ANALYZE_COMPLETED' WHERE asset_id = ?", (b,)),
            lambda: _index(db, a),  # reindexed: the newer index counts
            lambda: _index(db, a, "ANALYZE_FAIL"),  # a failed newer index does not
            lambda: db.execute(
                "UPDATE analyses SET deleted = 1 WHERE id = (SELECT MAX(id) FROM analyses"
                " WHERE asset_id = ? AND status = 'ANALYZE_COMPLETED')",
                (a,),
            ),
            lambda: _index(db, c),
            lambda: db.execute("UPDATE analyses SET asset_id = ? WHERE asset_id = ?", (b, c)),
            lambda: db.execute("DELETE FROM analyses WHERE asset_id = ? AND deleted = 1", (a,)),
            lambda: db.execute("DELETE FROM assets WHERE id = ?", (b,)),  # its analyses go by cascade
        ]
        for step in steps:
            step()
            assert _kept(db) == _computed(db)
        assert _kept(db)
    finally:
        db.close()


def test_a_database_written_before_the_table_existed_gets_it_on_open(tmp_path: Path) -> None:
    load_handlers()
    path = str(tmp_path / "old.db")
    db = Database(path)
    a, b, _ = _setup(db)
    _index(db, a)
    _index(db, b)
    db.execute("DELETE FROM search_latest_index")  # as a file from before the table would be
    db.close()
    reopened = Database(path)
    try:
        assert _kept(reopened) == _computed(reopened) != set()
    finally:
        reopened.close()
