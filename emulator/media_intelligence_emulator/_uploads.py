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
recorded as ``REJECTED`` with its reason, and does not use up the URL. An
image is checked from its header before it is decoded (``_media.open_image``)
and decoded on a worker thread. A single-use URL is marked used by a
conditional update: of concurrent ``PUT``s exactly one is stored, the others
get 403 ``AccessDenied``, and stored content is never replaced.

Handlers of the "upload complete / status" operations read the row with
``get_upload(db, file_key)``: ``status`` is ``ISSUED``, ``UPLOADED`` or
``REJECTED``; ``content``, ``width``, ``height``, ``format`` and ``phash``
are set once uploaded.
"""

from __future__ import annotations

import json
import re
import secrets
import sqlite3
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from ._db import Database, now_iso
from ._media import ImageTooLarge, MediaError, open_image, phash
from ._spec import upload_rules_data

if TYPE_CHECKING:
    from ._context import OperationContext
    from ._state import EmulatorState

__all__ = ["IssuedUpload", "get_upload", "issue_upload", "upload_route"]

DEFAULT_EXPIRES_IN = 900
ALREADY_USED = "The upload URL was already used."
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
    rules = upload_rules_data(ctx.operation.upload_rules)
    presign = ctx.operation.presigned_url
    expires_in = presign.expires_in if presign else DEFAULT_EXPIRES_IN
    single_use = presign.single_use if presign else True
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
        json.dumps(rules),
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


@dataclass(frozen=True)
class _Inspected:
    format: str
    width: int
    height: int
    phash: str


def _inspect(data: bytes) -> _Inspected | tuple[int, str, str]:
    """Format, size and hash of an uploaded image, or the refusal (status, code, message).

    The header is read first; an image of more pixels than the emulator decodes is refused before any
    pixel is decoded. Runs on a worker thread.
    """
    try:
        with open_image(data) as img:
            fmt = _FORMAT_NAMES.get(str(img.format), str(img.format).lower())
            width, height = int(img.width), int(img.height)
            digest = phash(img)
    except ImageTooLarge as exc:
        return 400, "InvalidImage", f"The image is too large to process: {exc}."
    except MediaError:
        return 400, "InvalidImage", "The file is not a readable image."
    except (OSError, ValueError, SyntaxError):  # a header that reads but pixels that don't
        return 400, "InvalidImage", "The file is not a readable image."
    return _Inspected(fmt, width, height, digest)


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
            return _refuse(403, "AccessDenied", ALREADY_USED)
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
        content = bytes(data)
        inspected = await run_in_threadpool(_inspect, content)
        if not isinstance(inspected, _Inspected):
            return await _reject(state, token, *inspected)
        fmt, width, height = inspected.format, inspected.width, inspected.height
        formats = [str(f).lower() for f in rules.get("formats", [])]
        if formats and fmt not in formats and not (fmt == "jpg" and "jpeg" in formats):
            return await _reject(state, token, 400, "InvalidFormat", f"Format {fmt} is not one of {formats}.")
        min_pixels = int(rules.get("minPixels", 0))
        if min_pixels and min(width, height) < min_pixels:
            return await _reject(
                state, token, 400, "ImageTooSmall", f"The image must be at least {min_pixels} px on each side."
            )
        stored = await run_in_threadpool(
            _store, state, token, bool(row["single_use"]), content, request.headers.get("content-type"), inspected
        )
        if not stored:  # another PUT of this single-use URL was stored first; its content stays
            return _refuse(403, "AccessDenied", ALREADY_USED)
        return Response(status_code=200, headers={"ETag": f'"{inspected.phash}"'})

    handler: Callable[[Request], Awaitable[Response]] = endpoint
    return Route("/_emulator/uploads/{token}", handler, methods=["PUT", "POST"])


def _store(
    state: EmulatorState, token: str, single_use: bool, content: bytes, content_type: str | None, image: _Inspected
) -> bool:
    """Store the upload; False when a single-use URL was used meanwhile (conditional update, not a read-then-write:
    of several concurrent PUTs exactly one is stored)."""
    sql = (
        "UPDATE presigned_uploads SET status = 'UPLOADED', reject_reason = NULL, content = ?, content_type = ?,"
        " size = ?, width = ?, height = ?, format = ?, phash = ?, uploaded_time = ? WHERE token = ?"
    )
    if single_use:
        sql += " AND status != 'UPLOADED'"
    params = (content, content_type, len(content), image.width, image.height, image.format, image.phash, now_iso())
    with state.db.tx() as conn:
        return conn.execute(sql, (*params, token)).rowcount == 1


async def _reject(state: EmulatorState, token: str, status: int, code: str, message: str) -> Response:
    await run_in_threadpool(
        state.db.execute,
        "UPDATE presigned_uploads SET status = 'REJECTED', reject_reason = ? WHERE token = ? AND status != 'UPLOADED'",
        (message, token),
    )
    return _refuse(status, code, message)
