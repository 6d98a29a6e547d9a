"""Presigned uploads served by the emulator itself.

An operation that hands out an upload URL (``createSearchImageUploadUrl``,
``createPersonThumbnailUploadUrl``) calls ``issue_upload(ctx, file_name=...)``,
which stores a row in ``presigned_uploads`` and returns the file key and a URL
``{base}/_emulator/uploads/{token}``. The client ``PUT``s the raw bytes there
without signature headers: the token authorises it. The URL expires after the
operation's ``x-presigned-url.expiresIn`` seconds (900) and is single use
(``singleUse``); the file must follow the operation's ``x-upload-rules``
(formats, ``maxBytes``, ``minPixels`` for the shorter side). A refused upload
answers 400/403/413 with ``{error: {code, message}}`` (the S3 codes), is
recorded as ``REJECTED`` with its reason, and does not use up the URL.

Handlers of the "upload complete / status" operations read the row with
``get_upload(db, file_key)``: ``status`` is ``ISSUED``, ``UPLOADED`` or
``REJECTED``; ``content``, ``width``, ``height``, ``format`` and ``phash``
are set once uploaded.
"""

from __future__ import annotations

import io
import json
import re
import secrets
import sqlite3
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PIL import Image, UnidentifiedImageError
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from ._db import Database, now_iso
from ._media import phash

if TYPE_CHECKING:
    from ._context import OperationContext
    from ._state import EmulatorState

__all__ = ["IssuedUpload", "get_upload", "issue_upload", "upload_route"]

DEFAULT_EXPIRES_IN = 900
_FORMAT_NAMES = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp", "HEIF": "heic", "GIF": "gif", "BMP": "bmp"}


@dataclass(frozen=True)
class IssuedUpload:
    """A presigned upload: where to PUT, for how long, and the key that names the file afterwards."""

    file_key: str
    url: str
    expires_in: int
    token: str


def issue_upload(
    ctx: OperationContext,
    *,
    file_name: str,
    workspace_name: str | None = None,
    key_prefix: str = "uploads",
    conn: sqlite3.Connection | None = None,
) -> IssuedUpload:
    """Create a presigned upload for the calling operation (rules from its ``x-upload-rules``)."""
    rules = ctx.operation.extension("x-upload-rules") or {}
    presign = ctx.operation.extension("x-presigned-url") or {}
    expires_in = int(presign.get("expiresIn", DEFAULT_EXPIRES_IN))
    single_use = bool(presign.get("singleUse", True))
    token = secrets.token_urlsafe(24)
    safe_name = re.sub(r"[^A-Za-z0-9._-]", "_", file_name.rsplit("/", 1)[-1]) or "file"
    file_key = f"{key_prefix.strip('/')}/{uuid.uuid4().hex[:16]}/{safe_name}"
    sql = (
        "INSERT INTO presigned_uploads (token, file_key, purpose, access_key, workspace_name, file_name, rules,"
        " single_use, expires_at, status, created_time) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'ISSUED', ?)"
    )
    params = (
        token,
        file_key,
        ctx.operation_id,
        ctx.access_key,
        workspace_name,
        file_name,
        json.dumps(dict(rules)),
        int(single_use),
        time.time() + expires_in,
        now_iso(),
    )
    if conn is not None:
        conn.execute(sql, params)
    else:
        ctx.db.execute(sql, params)
    return IssuedUpload(file_key, f"{ctx.base_url}/_emulator/uploads/{token}", expires_in, token)


def get_upload(db: Database, file_key: str, access_key: str | None = None) -> sqlite3.Row | None:
    """The upload row of a file key (only the issuing access key's when ``access_key`` is given)."""
    if access_key is None:
        return db.one("SELECT * FROM presigned_uploads WHERE file_key = ?", (file_key,))
    return db.one("SELECT * FROM presigned_uploads WHERE file_key = ? AND access_key = ?", (file_key, access_key))


def _refuse(status: int, code: str, message: str) -> Response:
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status)


def upload_route(state: EmulatorState) -> Route:
    """The ``PUT /_emulator/uploads/{token}`` route."""

    async def endpoint(request: Request) -> Response:
        token = str(request.path_params["token"])
        row = await run_in_threadpool(state.db.one, "SELECT * FROM presigned_uploads WHERE token = ?", (token,))
        if row is None:
            return _refuse(403, "AccessDenied", "Unknown upload URL.")
        if time.time() > float(row["expires_at"]):
            return _refuse(403, "AccessDenied", "Request has expired.")
        if row["single_use"] and row["status"] == "UPLOADED":
            return _refuse(403, "AccessDenied", "The upload URL was already used.")
        rules: dict[str, Any] = json.loads(row["rules"] or "{}")
        max_bytes = int(rules.get("maxBytes", 0)) or None
        declared = request.headers.get("content-length")
        if max_bytes and declared and declared.isdigit() and int(declared) > max_bytes:
            return await _reject(state, token, 413, "EntityTooLarge", f"The file is larger than {max_bytes} bytes.")
        data = bytearray()
        async for chunk in request.stream():
            data.extend(chunk)
            if max_bytes and len(data) > max_bytes:
                return await _reject(state, token, 413, "EntityTooLarge", f"The file is larger than {max_bytes} bytes.")
        try:
            with Image.open(io.BytesIO(bytes(data))) as img:
                fmt = _FORMAT_NAMES.get(str(img.format), str(img.format).lower())
                width, height = int(img.width), int(img.height)
                digest = phash(img.copy())
        except (UnidentifiedImageError, OSError, ValueError):
            return await _reject(state, token, 400, "InvalidImage", "The file is not a readable image.")
        formats = [str(f).lower() for f in rules.get("formats", [])]
        if formats and fmt not in formats and not (fmt == "jpg" and "jpeg" in formats):
            return await _reject(state, token, 400, "InvalidFormat", f"Format {fmt} is not one of {formats}.")
        min_pixels = int(rules.get("minPixels", 0))
        if min_pixels and min(width, height) < min_pixels:
            return await _reject(
                state, token, 400, "ImageTooSmall", f"The image must be at least {min_pixels} px on each side."
            )
        await run_in_threadpool(
            state.db.execute,
            "UPDATE presigned_uploads SET status = 'UPLOADED', reject_reason = NULL, content = ?, content_type = ?,"
            " size = ?, width = ?, height = ?, format = ?, phash = ?, uploaded_time = ? WHERE token = ?",
            (
                bytes(data),
                request.headers.get("content-type"),
                len(data),
                width,
                height,
                fmt,
                digest,
                now_iso(),
                token,
            ),
        )
        return Response(status_code=200, headers={"ETag": f'"{digest}"'})

    handler: Callable[[Request], Awaitable[Response]] = endpoint
    return Route("/_emulator/uploads/{token}", handler, methods=["PUT", "POST"])


async def _reject(state: EmulatorState, token: str, status: int, code: str, message: str) -> Response:
    await run_in_threadpool(
        state.db.execute,
        "UPDATE presigned_uploads SET status = 'REJECTED', reject_reason = ? WHERE token = ? AND status != 'UPLOADED'",
        (message, token),
    )
    return _refuse(status, code, message)
