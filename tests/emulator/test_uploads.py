"""Presigned uploads served by the emulator: token auth, single use, expiry, the operation's x-upload-rules."""

from __future__ import annotations

import io
import time
from types import SimpleNamespace

import httpx
from PIL import Image

from media_intelligence_emulator import RunningEmulator
from media_intelligence_emulator._uploads import IssuedUpload, get_upload, issue_upload

from .helpers import Api, png


def issue(emulator: RunningEmulator, operation_id: str = "createSearchImageUploadUrl") -> IssuedUpload:
    state = emulator.state
    ctx = SimpleNamespace(
        operation=state.spec.operations[operation_id],
        operation_id=operation_id,
        access_key=emulator.access_key,
        db=state.db,
        base_url=emulator.base_url,
    )
    return issue_upload(ctx, file_name="query image.png")  # type: ignore[arg-type]


def test_upload_once_then_refused(api: Api, emulator: RunningEmulator) -> None:
    upload = issue(emulator)
    assert upload.expires_in == 900
    assert upload.url.startswith(emulator.base_url + "/_emulator/uploads/")
    assert upload.file_key.endswith("/query_image.png")
    row = get_upload(emulator.state.db, upload.file_key, emulator.access_key)
    assert row is not None and row["status"] == "ISSUED"
    data = png(300, 300)
    assert httpx.put(upload.url, content=data).status_code == 200  # no signature headers needed
    row = get_upload(emulator.state.db, upload.file_key)
    assert row is not None and row["status"] == "UPLOADED"
    assert (row["width"], row["height"], row["format"], row["size"]) == (300, 300, "png", len(data))
    assert row["content"] == data and len(row["phash"]) == 16
    again = httpx.put(upload.url, content=data)
    assert again.status_code == 403 and again.json()["error"]["code"] == "AccessDenied"
    assert get_upload(emulator.state.db, upload.file_key, "someone-else") is None


def test_upload_rules(api: Api, emulator: RunningEmulator) -> None:
    upload = issue(emulator)
    small = httpx.put(upload.url, content=png(300, 200))  # shorter side under 224 px
    assert small.status_code == 400 and small.json()["error"]["code"] == "ImageTooSmall"
    row = get_upload(emulator.state.db, upload.file_key)
    assert row is not None and row["status"] == "REJECTED" and "224" in row["reject_reason"]
    gif = io.BytesIO()
    Image.new("RGB", (300, 300)).save(gif, format="GIF")
    assert httpx.put(upload.url, content=gif.getvalue()).json()["error"]["code"] == "InvalidFormat"
    assert httpx.put(upload.url, content=b"not an image").json()["error"]["code"] == "InvalidImage"
    big = httpx.put(upload.url, content=b"\0" * (5 * 1024 * 1024 + 1))
    assert big.status_code == 413 and big.json()["error"]["code"] == "EntityTooLarge"
    # a refused upload does not use up the URL
    assert httpx.put(upload.url, content=png(300, 300)).status_code == 200


def test_unknown_and_expired_urls(api: Api, emulator: RunningEmulator) -> None:
    assert httpx.put(emulator.base_url + "/_emulator/uploads/nope", content=png()).status_code == 403
    upload = issue(emulator)
    emulator.state.db.execute(
        "UPDATE presigned_uploads SET expires_at = ? WHERE token = ?", (time.time() - 1, upload.token)
    )
    expired = httpx.put(upload.url, content=png(300, 300))
    assert expired.status_code == 403 and "expired" in expired.json()["error"]["message"]
