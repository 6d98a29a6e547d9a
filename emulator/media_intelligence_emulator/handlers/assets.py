"""Assets: importAssets, listAssets, getAsset, getAssetImportStatus, moveAsset, deleteAsset.

An import stores the asset as ``IN_PROGRESS`` and runs the ``import`` job:
the object is read from storage (missing: ``FILE_NOT_EXIST``), its sidecar
``<key>.mi.json`` parsed and the media inspected (unreadable, or outside the
spec's ``x-media-limits`` when ``enforce_media_limits``: ``INVALID_METADATA``),
then ``COMPLETED`` with its metadata; a storage failure gives ``FAILED``.
The bucket must be one the emulator can read and, when the workspace links a
bucket, that bucket (10041). A key naming no object answers 10048 at once,
one no store accepts (control characters, over 1024 bytes) 10001; an
object removed before the job reads it still ends ``FILE_NOT_EXIST``. A key
ending in ``/`` is a folder (10016); a
JSON array of more than 10 imports gets 10023 (the body takes one object).
An asset being analysed can't be deleted (10017).
"""

from __future__ import annotations

import logging
import re
import sqlite3
from pathlib import PurePosixPath
from typing import Any

import mi_spec
from mi_spec.enums import ImportStatus, ImportStatusValue, IndexType

from .._context import OperationContext, RawRequest
from .._db import now_iso
from .._errors import ApiError, clip
from .._jobs import JobContext, job
from .._media import MediaError, MediaInfo, inspect_media, parse_sidecar, phash
from .._registry import operation, prevalidate
from .._spec import Errors, Limits
from .._storage import ObjectNotFound, read_sidecar
from ._common import asset_is_analysing, page_bounds, page_result

log = logging.getLogger("media_intelligence_emulator.assets")

#: Assets one importAssets request may list (400/10023): its ``x-media-limits.maxAssetsPerRequest``.
MAX_ASSETS_PER_IMPORT = int((mi_spec.OPERATIONS["importAssets"].media_limits or {})["maxAssetsPerRequest"])
#: The longest object key, in bytes of UTF-8 (the spec's ``x-limits.objectKeyBytes``, the S3 limit).
MAX_KEY_BYTES = Limits.OBJECT_KEY_BYTES
#: ``uploadResult`` of an asset in each ``uploadStatus``.
UPLOAD_MESSAGES: dict[ImportStatusValue, str] = {
    ImportStatus.IN_PROGRESS: "Upload in progress",
    ImportStatus.COMPLETED: "Upload completed",
    ImportStatus.FAILED: "Upload failed",
    ImportStatus.FILE_NOT_EXIST: "The file does not exist",
    ImportStatus.INVALID_METADATA: "Invalid metadata",
}


def meta_data(row: sqlite3.Row) -> dict[str, Any]:
    """The ``MediaMetaData`` of an asset row (only the fields known so far).

    ``format`` is reported as read from the file: the spec keeps ``MediaFormat`` open (no enum).
    """
    meta: dict[str, Any] = {}
    if row["width"] and row["height"]:
        meta["resolution"] = f"{row['width']}x{row['height']}"
    if row["duration_ms"] is not None:
        meta["durationMs"] = int(row["duration_ms"])
    if row["size"] is not None:
        meta["size"] = int(row["size"])
    if row["format"]:
        meta["format"] = row["format"]
    return meta


def asset_dict(ctx: OperationContext, row: sqlite3.Row) -> dict[str, Any]:
    """An ``Asset`` of the spec."""
    return {
        "assetId": row["id"],
        "fileName": row["file_name"],
        "projectId": row["project_id"],
        "metaData": meta_data(row),
        "key": row["object_key"],
        "createUserName": row["created_user"],
        "createdTime": row["created_time"],
    }


@prevalidate("importAssets")
def _import_shape(raw: RawRequest) -> None:
    body = raw.json
    if isinstance(body, list) and len(body) > MAX_ASSETS_PER_IMPORT:
        raise ApiError(Errors.TOO_MANY_ASSETS_IN_REQUEST)
    if isinstance(body, dict) and isinstance(body.get("key"), str) and body["key"].endswith("/"):
        raise ApiError(Errors.FOLDER_NOT_ALLOWED)


def _check_key_exists(ctx: OperationContext, bucket: str, key: str) -> None:
    """Refuse at once a key that can never be imported: 10001 for one no object store accepts (a control
    character, over ``MAX_KEY_BYTES``), 10048 for an object that does not exist (``../x`` outside a folder
    bucket included). A store that fails to answer is left to the import job (which ends ``FAILED``)."""
    if any(ord(ch) < 0x20 or ord(ch) == 0x7F for ch in key):
        raise ApiError(Errors.INVALID_REQUEST, "key: must not contain control characters")
    if len(key.encode("utf-8")) > MAX_KEY_BYTES:
        raise ApiError(Errors.INVALID_REQUEST, f"key: longer than {MAX_KEY_BYTES} bytes (the longest object key)")
    try:
        size = ctx.storage.head(bucket, key)
    except Exception as exc:  # unreachable store: the job reports it
        log.warning("checking %s in bucket %s failed: %s", key[:100], bucket, type(exc).__name__)
        return
    if size is None:
        raise ApiError(Errors.OBJECT_STORAGE_FILE_MISSING, f"(key: no object {clip(key, 100)!r} in bucket {bucket})")


@operation("importAssets")
def import_assets(ctx: OperationContext) -> dict[str, Any]:
    workspace = ctx.workspace()
    project = ctx.project()
    key, bucket = str(ctx.body["key"]), str(ctx.body["bucketName"])
    linked = workspace["bucket_name"]
    if linked and linked != bucket:
        raise ApiError(Errors.INVALID_BUCKET_INTEGRATION, f"bucketName: the workspace is linked to bucket {linked}.")
    if not ctx.storage.has_bucket(bucket):
        raise ApiError(
            Errors.INVALID_BUCKET_INTEGRATION, f"bucketName: bucket {bucket} is not reachable by the emulator."
        )
    _check_key_exists(ctx, bucket, key)
    stamp, user = now_iso(), ctx.user_name
    with ctx.db.tx() as conn:
        cur = conn.execute(
            "INSERT INTO assets (workspace_name, project_id, bucket_name, object_key, file_name, upload_status,"
            " upload_result, created_user, created_time, updated_user, updated_time)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                workspace["name"],
                project["id"],
                bucket,
                key,
                PurePosixPath(key).name or key,
                ImportStatus.IN_PROGRESS,
                UPLOAD_MESSAGES[ImportStatus.IN_PROGRESS],
                user,
                stamp,
                user,
                stamp,
            ),
        )
        asset_id = int(cur.lastrowid or 0)
        ctx.jobs.submit("import", {"assetId": asset_id}, conn=conn)
    return {"assetId": asset_id, "createUserName": user, "createdTime": stamp}


@operation("listAssets")
def list_assets(ctx: OperationContext) -> dict[str, Any]:
    project = ctx.project()
    page, size, offset = page_bounds(ctx)
    total = int(ctx.db.scalar("SELECT COUNT(*) FROM assets WHERE project_id = ?", (project["id"],)) or 0)
    rows = ctx.db.query(
        "SELECT * FROM assets WHERE project_id = ? ORDER BY id LIMIT ? OFFSET ?", (project["id"], size, offset)
    )
    return page_result(ctx, [asset_dict(ctx, r) for r in rows], total, page, size)


@operation("getAsset")
def get_asset(ctx: OperationContext) -> dict[str, Any]:
    return asset_dict(ctx, ctx.asset())


@operation("getAssetImportStatus")
def get_asset_import_status(ctx: OperationContext) -> dict[str, Any]:
    row = ctx.asset()
    result: dict[str, Any] = {"assetId": row["id"], "uploadStatus": row["upload_status"]}
    if row["upload_result"]:
        result["uploadResult"] = row["upload_result"]
    meta = meta_data(row)
    if meta:
        result["metaData"] = meta
    return result


@operation("moveAsset")
def move_asset(ctx: OperationContext) -> dict[str, Any]:
    row = ctx.asset()
    target = ctx.project(str(ctx.query["new_project_id"]))
    ctx.db.execute(
        "UPDATE assets SET project_id = ?, updated_user = ?, updated_time = ? WHERE id = ?",
        (target["id"], ctx.user_name, now_iso(), row["id"]),
    )
    moved = ctx.db.one("SELECT * FROM assets WHERE id = ?", (row["id"],))
    assert moved is not None
    return asset_dict(ctx, moved)


@operation("deleteAsset")
def delete_asset(ctx: OperationContext) -> None:
    row = ctx.asset()
    with ctx.db.tx() as conn:
        if asset_is_analysing(ctx.db, int(row["id"])):
            raise ApiError(Errors.ASSET_BEING_ANALYZED)
        conn.execute("DELETE FROM assets WHERE id = ?", (row["id"],))


# -- the import job ------------------------------------------------------------------------------


def _finish(job: JobContext, asset_id: int, status: ImportStatusValue, message: str, **columns: Any) -> None:
    sets = ", ".join(f"{name} = ?" for name in columns)
    with job.db.tx() as conn:
        conn.execute(
            f"UPDATE assets SET upload_status = ?, upload_result = ?, updated_time = ?{', ' + sets if sets else ''}"
            " WHERE id = ? AND upload_status = ?",
            (status, message, now_iso(), *columns.values(), asset_id, ImportStatus.IN_PROGRESS),
        )


def _limit_problem(job: JobContext, info: MediaInfo) -> str | None:
    """Why the media breaks the spec's ``x-media-limits`` of importAssets, or None."""
    limits = job.state.spec.operations["importAssets"].media_limits or {}
    rules = limits.get("video" if info.kind == IndexType.VIDEO else "image") or {}
    formats = [str(f).lower() for f in rules.get("formats", [])]
    if formats and info.format not in formats:
        return f"Unsupported format {info.format} (supported: {', '.join(formats)})"
    if rules.get("maxBytes") and info.size > int(rules["maxBytes"]):
        return f"The file is larger than {rules['maxBytes']} bytes"
    if rules.get("maxDurationMs") and info.duration_ms > int(rules["maxDurationMs"]):
        return f"The media is longer than {int(rules['maxDurationMs']) // 1000} s"
    short = min(info.width, info.height)
    low, high = _p(rules.get("minResolution")), _p(rules.get("maxResolution"))
    if low and short < low:
        return f"Unsupported resolution {info.resolution} (minimum {low}p)"
    if high and short > high:
        return f"Unsupported resolution {info.resolution} (maximum {high}p)"
    return None


def _p(value: Any) -> int | None:
    match = re.fullmatch(r"(\d+)p?", str(value)) if value is not None else None
    return int(match.group(1)) if match else None


@job("import")
def run_import(job: JobContext) -> None:
    asset_id = int(job.payload["assetId"])
    row = job.db.one("SELECT * FROM assets WHERE id = ?", (asset_id,))
    if row is None or row["upload_status"] != ImportStatus.IN_PROGRESS:
        return
    bucket, key = str(row["bucket_name"]), str(row["object_key"])
    storage = job.state.storage
    try:
        if storage.head(bucket, key) is None:
            _finish(job, asset_id, ImportStatus.FILE_NOT_EXIST, f"The file {key} does not exist in bucket {bucket}")
            return
        data = storage.get(bucket, key)
        raw_sidecar = read_sidecar(storage, bucket, key)
    except ObjectNotFound:
        _finish(job, asset_id, ImportStatus.FILE_NOT_EXIST, f"The file {key} does not exist in bucket {bucket}")
        return
    except ValueError as exc:
        _finish(job, asset_id, ImportStatus.INVALID_METADATA, str(exc))
        return
    except Exception as exc:
        log.warning("import of asset %s failed: %s", asset_id, exc)
        _finish(job, asset_id, ImportStatus.FAILED, f"Reading the object failed: {type(exc).__name__}")
        return
    try:
        sidecar = parse_sidecar(raw_sidecar).to_json() if raw_sidecar is not None else None
    except ValueError as exc:
        _finish(job, asset_id, ImportStatus.INVALID_METADATA, f"Invalid sidecar {key}.mi.json: {exc}")
        return
    try:
        info = inspect_media(data, key)
    except MediaError as exc:
        _finish(job, asset_id, ImportStatus.INVALID_METADATA, f"The media can't be read: {exc}", size=len(data))
        return
    problem = _limit_problem(job, info) if job.state.config.enforce_media_limits else None
    columns: dict[str, Any] = {
        "asset_type": info.kind,
        "width": info.width,
        "height": info.height,
        "duration_ms": info.duration_ms,
        "size": info.size,
        "format": info.format,
    }
    if problem:
        _finish(job, asset_id, ImportStatus.INVALID_METADATA, problem, **columns)
        return
    if info.kind == IndexType.IMAGE:
        try:
            columns["phash"] = phash(data)
        except Exception:  # HEIC without a Pillow plugin: no hash, still imported
            columns["phash"] = None
    columns["sidecar"] = sidecar
    _finish(job, asset_id, ImportStatus.COMPLETED, UPLOAD_MESSAGES[ImportStatus.COMPLETED], **columns)
