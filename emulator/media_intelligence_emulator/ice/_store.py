"""ICE state in the emulator's SQLite database: libraries, indexes, media, library entries, index jobs.

The tables and the index job are registered by ``_tables`` (imported at start-up); this module is
imported with the first ICE request.

Media is read from the emulator's buckets at RegisterMediaInfo (``oss://bucket/key``),
like the NAVER imports; the sidecar ``<key>.mi.json`` programs what the analysis
finds (scenes, labels, persons with face thumbnails, dialogue), plus two keys
only ICE reads: ``ocr`` (lines ``{text, start, end}``) and ``aiCategory``.
"""

from __future__ import annotations

import json
import secrets
import sqlite3
import time
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Any

from ice_spec import Errors
from ice_spec.enums import IndexJobStatus, IndexStatus, WireBoolean

from .._jobs import JobContext
from .._media import MediaError, Sidecar, derive_scenes, inspect_media, parse_sidecar, phash
from .._storage import ObjectNotFound, read_sidecar
from ._errors import IceError
from ._spec import given
from ._tables import INDEX_JOB

if TYPE_CHECKING:
    from .._state import EmulatorState

__all__ = [
    "DEFAULT_LIBRARY",
    "INDEX_JOB",
    "finish_index_job",
    "media_record",
    "new_media_id",
    "now_ms",
    "register_media",
]

#: The library used when SearchLibName is omitted (the account's default library; its name is not documented).
DEFAULT_LIBRARY = "default"
#: Status code of a searchable media (Match ``status``: 3 normal).
STATUS_NORMAL = "3"


def now_ms() -> int:
    return int(time.time() * 1000)


def iso(ms: int) -> str:
    return datetime.fromtimestamp(ms / 1000, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def new_media_id() -> str:
    return secrets.token_hex(16)


def split_oss(url: str) -> tuple[str, str]:
    """``oss://bucket/key`` (or ``http(s)://bucket.host/key``) -> (bucket, key)."""
    if url.startswith("oss://"):
        bucket, _, key = url[len("oss://") :].partition("/")
    elif url.startswith(("http://", "https://")):
        host, _, key = url.split("://", 1)[1].partition("/")
        bucket = host.split(".", 1)[0]
    else:
        raise IceError(
            Errors.INVALID_PARAMETER_ERROR, "InputURL: must be oss://bucket/key or an http(s) URL of an object"
        )
    if not bucket or not key:
        raise IceError(Errors.INVALID_PARAMETER_ERROR, "InputURL: must name a bucket and an object key")
    return bucket, key


def _analyse(state: EmulatorState, bucket: str, key: str, kind: str, duration_ms: int) -> dict[str, Any]:
    """The AI data the sidecar programs (what the index jobs will "find")."""
    try:
        raw = read_sidecar(state.storage, bucket, key)
        sidecar: Sidecar | None = parse_sidecar(raw) if raw is not None else None
    except ValueError as exc:
        raise IceError(Errors.INVALID_PARAMETER_ERROR, f"InputURL: {exc}") from None
    extra: Mapping[str, Any] = raw if isinstance(raw, Mapping) else {}
    scenes = derive_scenes(kind, duration_ms, sidecar)
    persons = []
    for person in sidecar.persons if sidecar else []:
        digest = None
        if person.thumbnail:
            try:
                digest = phash(state.storage.get(bucket, person.thumbnail))
            except (ObjectNotFound, OSError, ValueError):
                digest = None
        persons.append({"name": person.name, "phash": digest})
    ocr = [
        {"text": str(line.get("text", "")), "from": float(line.get("start", 0)), "to": float(line.get("end", 0))}
        for line in extra.get("ocr", [])
        if isinstance(line, Mapping)
    ]
    return {
        "scenes": [
            {
                "from": s.start_ms / 1000,
                "to": s.end_ms / 1000,
                "caption": s.caption,
                "labels": list(s.labels),
                "persons": list(s.persons),
                "dialogue": [
                    {"text": d.text, "from": (d.start_ms or s.start_ms) / 1000, "to": (d.end_ms or s.end_ms) / 1000}
                    for d in s.dialogue
                ],
            }
            for s in scenes
        ],
        "labels": sorted({*(sidecar.labels if sidecar else []), *(lab for s in scenes for lab in s.labels)}),
        "persons": persons,
        "ocr": ocr,
        "category": str(extra.get("aiCategory") or ""),
        "error": sidecar.analysis_error if sidecar else None,
    }


def register_media(state: EmulatorState, owner: str, params: Mapping[str, Any]) -> str:
    """RegisterMediaInfo: read the object and its sidecar, store the media; the media ID."""
    url = str(params["InputURL"])
    existing = state.db.one("SELECT media_id FROM ice_media WHERE owner = ? AND input_url = ?", (owner, url))
    overwrite = given("RegisterMediaInfo", params, "Overwrite") == WireBoolean.TRUE
    if existing is not None and not overwrite:
        return str(existing["media_id"])
    bucket, key = split_oss(url)
    try:
        data = state.storage.get(bucket, key)
    except ObjectNotFound:
        raise IceError(Errors.INPUT_NOT_FOUND_ERROR, f"InputURL: {url}") from None
    try:
        media = inspect_media(data, key)
    except MediaError as exc:
        raise IceError(Errors.INVALID_PARAMETER_ERROR, f"InputURL: {exc}") from None
    media_type = str(params.get("MediaType") or media.kind.lower())
    ai = _analyse(state, bucket, key, media.kind, media.duration_ms)
    info = {
        "Title": params.get("Title") or PurePosixPath(key).stem,
        "Description": params.get("Description") or "",
        "MediaTags": params.get("MediaTags") or "",
        "CateId": params.get("CateId"),
        "BusinessType": params.get("BusinessType") or "",
        "CoverURL": params.get("CoverURL") or "",
        "UserData": params.get("UserData") or "",
        "ReferenceId": params.get("ReferenceId") or "",
        "Bucket": bucket,
        "FileName": PurePosixPath(key).name,
        "FileSize": str(media.size),
        "Format": media.format,
        "Width": str(media.width),
        "Height": str(media.height),
        "Duration": f"{media.duration_ms / 1000:.3f}",
    }
    stamp = now_ms()
    media_id = str(existing["media_id"]) if existing is not None else new_media_id()
    with state.db.tx() as conn:
        conn.execute(
            "INSERT OR REPLACE INTO ice_media"
            " (media_id, owner, input_url, media_type, info, ai, created_ms, modified_ms)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (media_id, owner, url, media_type, json.dumps(info), json.dumps(ai), stamp, stamp),
        )
    return media_id


def submit_index_jobs(
    state: EmulatorState,
    conn: sqlite3.Connection,
    owner: str,
    lib: str,
    media_id: str,
    only: set[str] | None = None,
) -> None:
    """One job per active index of the library (or of ``only``), Running until the job step runs."""
    types = [
        str(r[0])
        for r in conn.execute(
            "SELECT index_type FROM ice_indexes WHERE owner = ? AND lib = ? AND status = ?",
            (owner, lib, IndexStatus.ACTIVE),
        )
        if only is None or str(r[0]) in only
    ]
    stamp = iso(now_ms())
    for index_type in types:
        conn.execute(
            "INSERT OR REPLACE INTO ice_jobs (owner, lib, media_id, index_type, status, submitted, finished)"
            " VALUES (?, ?, ?, ?, ?, ?, NULL)",
            (owner, lib, media_id, index_type, IndexJobStatus.RUNNING, stamp),
        )
        state.jobs.submit(INDEX_JOB, {"owner": owner, "lib": lib, "mediaId": media_id, "type": index_type}, conn=conn)


def finish_index_job(ctx: JobContext) -> None:
    """Finish one index job (for ``_tables.run_index_job``): Success, or Fail when the sidecar asks for one."""
    p = ctx.payload
    row = ctx.db.one("SELECT ai FROM ice_media WHERE media_id = ?", (p["mediaId"],))
    if row is None:
        return
    failed = bool(json.loads(row["ai"]).get("error"))
    ctx.db.execute(
        "UPDATE ice_jobs SET status = ?, finished = ? WHERE owner = ? AND lib = ? AND media_id = ? AND index_type = ?"
        " AND status = ?",
        (
            IndexJobStatus.FAIL if failed else IndexJobStatus.SUCCESS,
            iso(now_ms()),
            p["owner"],
            p["lib"],
            p["mediaId"],
            p["type"],
            IndexJobStatus.RUNNING,
        ),
    )


def media_record(row: Mapping[str, Any]) -> dict[str, Any]:
    """The Match fields of a library entry joined with its media."""
    info = json.loads(row["info"])
    ai = json.loads(row["ai"])
    msg = json.loads(row["msg"] or "{}")
    tags = [t.strip() for t in str(msg.get("MediaTags", info.get("MediaTags", ""))).split(",") if t.strip()]
    return {
        "title": msg.get("Title", info.get("Title", "")),
        "description": msg.get("Description", info.get("Description", "")),
        "tagList": tags,
        "mediaId": row["media_id"],
        "cateId": "" if info.get("CateId") is None else str(info["CateId"]),
        "status": STATUS_NORMAL,
        "utcCreate": int(row["created_ms"]),
        "utcModified": int(row["modified_ms"]),
        "fileInfo.storageLocation": info.get("Bucket", ""),
        "ocrInfo.tracks.content": [line["text"] for line in ai.get("ocr", [])],
        "aiLabelInfo.category": [c for c in [ai.get("category")] if c] + (["Face"] if ai.get("persons") else []),
        "aiLabelInfo.label_id": [*ai.get("labels", []), *(p["name"] for p in ai.get("persons", []))],
        "mediaType": row["media_type"],
        "customFields": msg.get("CustomFields") if isinstance(msg.get("CustomFields"), dict) else {},
    }
