"""The emulator's state: one SQLite database (stdlib ``sqlite3``).

* WAL journal with ``synchronous=FULL``: a transaction is on disk when
  ``COMMIT`` returns, and handlers commit before the response is sent, so an
  acknowledged write survives ``kill -9`` of the server.
* Reads of a database file go through a memory map (``MMAP_BYTES``), so
  that the random row lookups of a search cost no ``read()`` call each.
* One write connection shared by every thread, guarded by a re-entrant lock
  (SQLite serialises writers regardless). ``Database.tx()`` holds the lock for
  a whole transaction; nested ``tx()`` calls join the outer one.
* Reads of a database file (``query``/``one``/``scalar``) go through one
  read-only connection per thread, so that they run in parallel under WAL
  instead of queuing behind the write lock; each statement sees what was
  committed when it started. A thread inside ``tx()`` reads through the write
  connection (it must see its own uncommitted writes). ``":memory:"`` has a
  single connection for everything.
* The schema is created on start. Handler modules of other groups may add
  tables with ``register_schema(sql)`` at import time (before ``create_app``).

Times are stored as ISO 8601 text (``now_iso()``), JSON documents as text.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

__all__ = ["SCHEMA", "Database", "now_iso", "register_schema", "sql_text"]

Params = Sequence[Any] | dict[str, Any]

SCHEMA: list[str] = [
    # --- workspaces / projects / assets -------------------------------------------------
    """CREATE TABLE IF NOT EXISTS workspaces (
        name TEXT PRIMARY KEY,
        owner_access_key TEXT NOT NULL,
        bucket_name TEXT,
        monthly_analysis_count INTEGER NOT NULL DEFAULT 0,
        created_user TEXT NOT NULL, created_time TEXT NOT NULL,
        updated_user TEXT NOT NULL, updated_time TEXT NOT NULL
    )""",
    """CREATE TABLE IF NOT EXISTS projects (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        workspace_name TEXT NOT NULL REFERENCES workspaces(name) ON DELETE CASCADE,
        name TEXT NOT NULL,
        is_base INTEGER NOT NULL DEFAULT 0,
        created_user TEXT NOT NULL, created_time TEXT NOT NULL,
        updated_user TEXT NOT NULL, updated_time TEXT NOT NULL,
        UNIQUE (workspace_name, name)
    )""",
    """CREATE TABLE IF NOT EXISTS assets (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        workspace_name TEXT NOT NULL REFERENCES workspaces(name) ON DELETE CASCADE,
        project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        bucket_name TEXT NOT NULL,
        object_key TEXT NOT NULL,
        file_name TEXT NOT NULL,
        asset_type TEXT,                 -- IMAGE / VIDEO once the import read the media
        upload_status TEXT NOT NULL,     -- ImportStatus
        upload_result TEXT,
        width INTEGER, height INTEGER, duration_ms INTEGER, size INTEGER, format TEXT,
        sidecar TEXT,                    -- normalised sidecar JSON (see _media), NULL when none
        phash TEXT,                      -- perceptual hash (hex) of an image asset
        created_user TEXT NOT NULL, created_time TEXT NOT NULL,
        updated_user TEXT NOT NULL, updated_time TEXT NOT NULL
    )""",
    "CREATE INDEX IF NOT EXISTS assets_project ON assets(project_id)",
    "CREATE INDEX IF NOT EXISTS assets_workspace ON assets(workspace_name)",
    # --- background jobs (import, analysis, search, scene summary...) -------------------
    """CREATE TABLE IF NOT EXISTS jobs (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        kind TEXT NOT NULL,
        payload TEXT NOT NULL,           -- JSON
        state TEXT NOT NULL,             -- PENDING / RUNNING / DONE / FAILED / CANCELLED
        run_at REAL NOT NULL,            -- unix time
        error TEXT,
        created_time TEXT NOT NULL, updated_time TEXT NOT NULL
    )""",
    "CREATE INDEX IF NOT EXISTS jobs_due ON jobs(state, run_at)",
    # --- analyses and indexes -----------------------------------------------------------
    """CREATE TABLE IF NOT EXISTS analyses (
        id INTEGER PRIMARY KEY AUTOINCREMENT,   -- the index id
        asset_id INTEGER NOT NULL REFERENCES assets(id) ON DELETE CASCADE,
        api TEXT NOT NULL DEFAULT 'index',      -- 'analyze' (deprecated API) or 'index'
        status TEXT NOT NULL,                   -- WAIT_ANALYZE / ANALYZING / ANALYZE_COMPLETED / ...
        status_message TEXT,
        settings TEXT NOT NULL DEFAULT '{}',    -- JSON of the request body
        deleted INTEGER NOT NULL DEFAULT 0,
        created_user TEXT NOT NULL, created_time TEXT NOT NULL,
        updated_user TEXT NOT NULL, updated_time TEXT NOT NULL,
        completed_time TEXT
    )""",
    "CREATE INDEX IF NOT EXISTS analyses_asset ON analyses(asset_id)",
    """CREATE TABLE IF NOT EXISTS scenes (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        analysis_id INTEGER NOT NULL REFERENCES analyses(id) ON DELETE CASCADE,
        asset_id INTEGER NOT NULL REFERENCES assets(id) ON DELETE CASCADE,
        scene_no INTEGER NOT NULL,
        start_ms INTEGER NOT NULL,
        end_ms INTEGER NOT NULL,
        caption TEXT NOT NULL DEFAULT '',
        labels TEXT NOT NULL DEFAULT '[]',      -- JSON array of strings
        dialogue TEXT NOT NULL DEFAULT '[]',    -- JSON array of {text, startMs, endMs, speaker}
        persons TEXT NOT NULL DEFAULT '[]',     -- JSON array of person names (sidecar) or ids
        thumbnail_phash TEXT
    )""",
    "CREATE INDEX IF NOT EXISTS scenes_asset ON scenes(asset_id)",
    """CREATE VIRTUAL TABLE IF NOT EXISTS scenes_fts USING fts5(
        caption, labels, dialogue, content='scenes', content_rowid='id'
    )""",
    """CREATE TRIGGER IF NOT EXISTS scenes_ai AFTER INSERT ON scenes BEGIN
        INSERT INTO scenes_fts(rowid, caption, labels, dialogue)
        VALUES (new.id, new.caption, new.labels, new.dialogue);
    END""",
    """CREATE TRIGGER IF NOT EXISTS scenes_ad AFTER DELETE ON scenes BEGIN
        INSERT INTO scenes_fts(scenes_fts, rowid, caption, labels, dialogue)
        VALUES ('delete', old.id, old.caption, old.labels, old.dialogue);
    END""",
    """CREATE TRIGGER IF NOT EXISTS scenes_au AFTER UPDATE ON scenes BEGIN
        INSERT INTO scenes_fts(scenes_fts, rowid, caption, labels, dialogue)
        VALUES ('delete', old.id, old.caption, old.labels, old.dialogue);
        INSERT INTO scenes_fts(rowid, caption, labels, dialogue)
        VALUES (new.id, new.caption, new.labels, new.dialogue);
    END""",
    """CREATE TABLE IF NOT EXISTS scene_summaries (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        asset_id INTEGER NOT NULL REFERENCES assets(id) ON DELETE CASCADE,
        analysis_id INTEGER REFERENCES analyses(id) ON DELETE CASCADE,
        status TEXT NOT NULL,
        status_message TEXT,
        request TEXT NOT NULL DEFAULT '{}',     -- JSON
        result TEXT,                            -- JSON
        created_user TEXT NOT NULL, created_time TEXT NOT NULL,
        updated_user TEXT NOT NULL, updated_time TEXT NOT NULL
    )""",
    # --- persons and person tags --------------------------------------------------------
    """CREATE TABLE IF NOT EXISTS person_tags (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        workspace_name TEXT NOT NULL REFERENCES workspaces(name) ON DELETE CASCADE,
        name TEXT NOT NULL,
        created_user TEXT NOT NULL, created_time TEXT NOT NULL,
        updated_user TEXT NOT NULL, updated_time TEXT NOT NULL,
        UNIQUE (workspace_name, name)
    )""",
    """CREATE TABLE IF NOT EXISTS persons (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        workspace_name TEXT NOT NULL REFERENCES workspaces(name) ON DELETE CASCADE,
        name TEXT NOT NULL,
        data TEXT NOT NULL DEFAULT '{}',        -- JSON of further documented fields
        created_user TEXT NOT NULL, created_time TEXT NOT NULL,
        updated_user TEXT NOT NULL, updated_time TEXT NOT NULL
    )""",
    """CREATE TABLE IF NOT EXISTS person_tag_links (
        person_id INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
        tag_id INTEGER NOT NULL REFERENCES person_tags(id) ON DELETE CASCADE,
        PRIMARY KEY (person_id, tag_id)
    )""",
    """CREATE TABLE IF NOT EXISTS thumbnails (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        person_id INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
        file_key TEXT,
        content BLOB,
        phash TEXT,
        is_primary INTEGER NOT NULL DEFAULT 0,
        created_time TEXT NOT NULL
    )""",
    # --- presigned uploads (served by the emulator itself, see _uploads) -----------------
    """CREATE TABLE IF NOT EXISTS presigned_uploads (
        token TEXT PRIMARY KEY,
        file_key TEXT NOT NULL UNIQUE,
        purpose TEXT NOT NULL,                  -- the issuing operationId
        access_key TEXT NOT NULL,
        workspace_name TEXT,
        file_name TEXT NOT NULL,
        rules TEXT NOT NULL DEFAULT '{}',       -- JSON of x-upload-rules
        single_use INTEGER NOT NULL DEFAULT 1,
        expires_at REAL NOT NULL,               -- unix time
        status TEXT NOT NULL,                   -- ISSUED / UPLOADED / REJECTED
        reject_reason TEXT,
        content BLOB, content_type TEXT, size INTEGER, width INTEGER, height INTEGER, format TEXT,
        phash TEXT,
        created_time TEXT NOT NULL, uploaded_time TEXT
    )""",
    # --- searches -----------------------------------------------------------------------
    """CREATE TABLE IF NOT EXISTS searches (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        search_key TEXT NOT NULL UNIQUE,        -- the searchId handed out
        workspace_name TEXT NOT NULL REFERENCES workspaces(name) ON DELETE CASCADE,
        access_key TEXT NOT NULL,
        request TEXT NOT NULL,                  -- JSON
        status TEXT NOT NULL,
        status_message TEXT,
        created_time TEXT NOT NULL, updated_time TEXT NOT NULL
    )""",
    # one row per search, not per match: a search stores hundreds of matches and reads them a page at a
    # time; a match is a short array, and only the items of a page read are built from it
    """CREATE TABLE IF NOT EXISTS search_hits (
        search_id INTEGER PRIMARY KEY REFERENCES searches(id) ON DELETE CASCADE,
        total INTEGER NOT NULL,                 -- how many matches
        hits TEXT NOT NULL DEFAULT '[]'         -- JSON array, best first, of each match's
                                                -- [scenes row id, score, scene_no, start_ms, end_ms,
                                                --  caption, asset id, project id, asset type, file name]
    )""",
]

_EXTRA_SCHEMA: list[str] = []


#: How much of a database file SQLite maps into memory for reads (``PRAGMA mmap_size``).
MMAP_BYTES = 1 << 30


def register_schema(sql: str) -> None:
    """Add a statement (``CREATE TABLE IF NOT EXISTS ...``) run when a database opens.

    Call it at import time of a handler module, before ``create_app``.
    """
    if sql not in _EXTRA_SCHEMA:
        _EXTRA_SCHEMA.append(sql)


def sql_text(value: str) -> str:
    """``value`` as an SQL string literal, for the few statements that take no parameters (views, triggers).

    Only for constants of the compiled contract: values from a request always go in as parameters.
    """
    return "'" + value.replace("'", "''") + "'"


def now_iso() -> str:
    """The current time as ISO 8601 with offset, e.g. ``2026-09-17T01:12:40+00:00``."""
    return datetime.now(UTC).isoformat(timespec="seconds")


class Database:
    """A SQLite database shared by the server's threads.

    ``tx()`` for writes (``BEGIN IMMEDIATE`` ... ``COMMIT``), ``query`` /
    ``one`` / ``scalar`` for reads, all under one lock. Rows are
    ``sqlite3.Row`` (index by column name).
    """

    def __init__(self, path: str = ":memory:") -> None:
        self.path = path
        self._lock = threading.RLock()
        self._depth = 0
        self._owner: int | None = None  # the thread inside tx()
        self._local = threading.local()
        self._readers: list[sqlite3.Connection] = []
        self._readers_lock = threading.Lock()
        self._closed = False
        self._conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None, timeout=30.0)
        self._conn.row_factory = sqlite3.Row
        self._conn.execute("PRAGMA foreign_keys = ON")
        if path != ":memory:":
            self._conn.execute("PRAGMA journal_mode = WAL")
            # reads straight from the OS page cache: a search's random row lookups cost no read() each
            self._conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
        self._conn.execute("PRAGMA synchronous = FULL")
        with self.tx() as conn:
            for sql in [*SCHEMA, *_EXTRA_SCHEMA]:
                conn.execute(sql)

    @contextmanager
    def tx(self, *, fsync: bool = True) -> Iterator[sqlite3.Connection]:
        """A write transaction; committed (durably) on exit, rolled back on an exception.

        ``fsync=False`` (for derived data, such as stored search results) commits without waiting
        for the disk (``synchronous=NORMAL`` for this transaction): the write still survives
        ``kill -9`` of the server (it is in the WAL), only not a crash of the machine.
        """
        with self._lock:
            if self._depth:
                self._depth += 1
                try:
                    yield self._conn
                finally:
                    self._depth -= 1
                return
            if not fsync:
                self._conn.execute("PRAGMA synchronous = NORMAL")
            try:
                self._conn.execute("BEGIN IMMEDIATE")
                self._depth = 1
                self._owner = threading.get_ident()
                try:
                    yield self._conn
                except BaseException:
                    self._depth, self._owner = 0, None
                    self._conn.execute("ROLLBACK")
                    raise
                self._depth, self._owner = 0, None
                self._conn.execute("COMMIT")
            finally:
                if not fsync:
                    self._conn.execute("PRAGMA synchronous = FULL")

    def execute(self, sql: str, params: Params = ()) -> int:
        """Run one write statement in its own transaction; returns ``lastrowid``."""
        with self.tx() as conn:
            cur = conn.execute(sql, params)
            return int(cur.lastrowid or 0)

    @contextmanager
    def on_writer(self) -> Iterator[None]:
        """Reads of this thread, inside the block, go through the write connection.

        For read-heavy work that follows writes (a search): SQLite drops a read connection's page
        cache (and FTS5 its structure record) whenever another connection has written, so each
        search on a reader would start cold after the previous search stored its matches; the
        write connection's own writes keep its cache. Each read still takes the lock on its own.
        """
        before = getattr(self._local, "on_writer", False)
        self._local.on_writer = True
        try:
            yield
        finally:
            self._local.on_writer = before

    def _reader(self) -> sqlite3.Connection | None:
        """This thread's read connection; None when reads must use the write connection."""
        if self.path == ":memory:" or self._closed or self._owner == threading.get_ident():
            return None
        if getattr(self._local, "on_writer", False):
            return None
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None, timeout=30.0)
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA query_only = ON")
            conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
            with self._readers_lock:
                self._readers.append(conn)
            self._local.conn = conn
        return conn

    def query(self, sql: str, params: Params = ()) -> list[sqlite3.Row]:
        """All rows of a query."""
        reader = self._reader()
        if reader is not None:
            return list(reader.execute(sql, params).fetchall())
        with self._lock:
            return list(self._conn.execute(sql, params).fetchall())

    def one(self, sql: str, params: Params = ()) -> sqlite3.Row | None:
        """The first row of a query, or None."""
        reader = self._reader()
        if reader is not None:
            cursor = reader.execute(sql, params)
            try:
                found: sqlite3.Row | None = cursor.fetchone()
            finally:
                cursor.close()  # ends the statement, and with it the read snapshot
            return found
        with self._lock:
            row: sqlite3.Row | None = self._conn.execute(sql, params).fetchone()
            return row

    def scalar(self, sql: str, params: Params = ()) -> Any:
        """The first column of the first row, or None."""
        row = self.one(sql, params)
        return None if row is None else row[0]

    def tables(self) -> list[str]:
        """Names of the ordinary tables (not FTS shadow tables)."""
        rows = self.query(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'scenes_fts%'"
        )
        return [str(r["name"]) for r in rows]

    def reset(self) -> None:
        """Delete every row of every table (fast per-test reset); ids restart at 1."""
        with self.tx() as conn:
            conn.execute("PRAGMA defer_foreign_keys = ON")
            for table in self.tables():
                conn.execute(f'DELETE FROM "{table}"')
            conn.execute("INSERT INTO scenes_fts(scenes_fts) VALUES ('delete-all')")
            if self.one("SELECT name FROM sqlite_master WHERE name = 'sqlite_sequence'"):
                conn.execute("DELETE FROM sqlite_sequence")

    def snapshot(self) -> bytes:
        """The whole database as one SQLite file image (``restore`` takes it back)."""
        with self._lock:
            return bytes(self._conn.serialize())

    def restore(self, image: bytes) -> None:
        """Replace the whole database with a ``snapshot()`` image (raises ``sqlite3.DatabaseError`` if invalid)."""
        if len(image) < 512 or not image.startswith(b"SQLite format 3\x00"):
            raise sqlite3.DatabaseError("not an SQLite database image")
        source = sqlite3.connect(":memory:", check_same_thread=False)
        try:
            source.deserialize(image)
            source.execute("PRAGMA schema_version").fetchone()  # fails here on bytes that are not a database
            with self._lock:
                source.backup(self._conn)
        finally:
            source.close()

    def close(self) -> None:
        """Close the connections."""
        with self._lock:
            self._closed = True
            with self._readers_lock:
                for reader in self._readers:
                    reader.close()
                self._readers.clear()
            self._conn.close()
