"""The ICE tables and the index job, registered when the emulator starts.

Kept apart from ``_store`` (and so from ``ice_spec`` and the rest of the ICE surface, loaded by the
first ICE request): the tables must exist before the database opens, and a job left pending by a
previous run must have its function before the job runner resumes it.
"""

from __future__ import annotations

from .._db import register_schema
from .._jobs import JobContext, job

__all__ = ["INDEX_JOB", "run_index_job"]

INDEX_JOB = "ice.index"

for _sql in (
    """CREATE TABLE IF NOT EXISTS ice_libs (
        owner TEXT NOT NULL, name TEXT NOT NULL, config TEXT NOT NULL DEFAULT '{}', created_ms INTEGER NOT NULL,
        PRIMARY KEY (owner, name))""",
    """CREATE TABLE IF NOT EXISTS ice_indexes (
        owner TEXT NOT NULL, lib TEXT NOT NULL, index_type TEXT NOT NULL, status TEXT NOT NULL,
        config TEXT NOT NULL DEFAULT '{}', PRIMARY KEY (owner, lib, index_type))""",
    """CREATE TABLE IF NOT EXISTS ice_media (
        media_id TEXT PRIMARY KEY, owner TEXT NOT NULL, input_url TEXT NOT NULL, media_type TEXT NOT NULL,
        info TEXT NOT NULL, ai TEXT NOT NULL, created_ms INTEGER NOT NULL, modified_ms INTEGER NOT NULL)""",
    "CREATE INDEX IF NOT EXISTS ice_media_url ON ice_media (owner, input_url)",
    """CREATE TABLE IF NOT EXISTS ice_entries (
        owner TEXT NOT NULL, lib TEXT NOT NULL, media_id TEXT NOT NULL, msg TEXT NOT NULL DEFAULT '{}',
        created_ms INTEGER NOT NULL, modified_ms INTEGER NOT NULL, seq INTEGER NOT NULL,
        PRIMARY KEY (owner, lib, media_id))""",
    """CREATE TABLE IF NOT EXISTS ice_jobs (
        owner TEXT NOT NULL, lib TEXT NOT NULL, media_id TEXT NOT NULL, index_type TEXT NOT NULL,
        status TEXT NOT NULL, submitted TEXT NOT NULL, finished TEXT,
        PRIMARY KEY (owner, lib, media_id, index_type))""",
    """CREATE TABLE IF NOT EXISTS ice_scrolls (
        token TEXT PRIMARY KEY, owner TEXT NOT NULL, query TEXT NOT NULL, next_offset INTEGER NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS ice_face_sessions (
        owner TEXT NOT NULL, token TEXT NOT NULL, lib TEXT NOT NULL, persons TEXT NOT NULL,
        PRIMARY KEY (owner, token, lib))""",
):
    register_schema(_sql)


@job(INDEX_JOB)
def run_index_job(ctx: JobContext) -> None:
    """Finish one index job: Success, or Fail when the sidecar asks for a failed analysis."""
    from ._store import finish_index_job

    finish_index_job(ctx)
