"""Helpers of the person and search tests (no tests here): pictures with distinct perceptual hashes,
presigned upload flows, and indexes written straight into the database."""

from __future__ import annotations

import io
import json
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import httpx
from PIL import Image

from media_intelligence_emulator import RunningEmulator
from media_intelligence_emulator._db import now_iso
from media_intelligence_emulator._media import phash

from .helpers import Api, ok

WS_NAME = "people-ws"
WS = f"/api/v1/workspaces/{WS_NAME}"


def pattern(seed: int, size: int = 320, fmt: str = "PNG", quality: int = 90, changed: int = 0) -> bytes:
    """A picture of an 8x8 grid of grey levels drawn from ``seed``: different seeds hash ~32 bits apart;
    ``changed`` cells inverted give a near duplicate (a few bits apart)."""
    rnd = random.Random(seed)
    cells = [rnd.randrange(256) for _ in range(64)]
    for index in range(changed):
        cells[index * 9 % 64] = 255 - cells[index * 9 % 64]
    small = Image.new("L", (8, 8))
    small.putdata(cells)
    image = small.resize((size, size), Image.Resampling.NEAREST).convert("RGB")
    out = io.BytesIO()
    image.save(out, format=fmt, **({"quality": quality} if fmt == "JPEG" else {}))
    return out.getvalue()


def noise_png(side: int, seed: int = 0) -> bytes:
    """A PNG of random pixels (does not compress: about ``3 * side**2`` bytes)."""
    rnd = random.Random(seed)
    image = Image.frombytes("RGB", (side, side), rnd.randbytes(3 * side * side))
    out = io.BytesIO()
    image.save(out, format="PNG", compress_level=0)
    return out.getvalue()


def digest(data: bytes) -> str:
    return phash(data)


def put(url: str, data: bytes) -> httpx.Response:
    """PUT bytes to a presigned URL of the emulator (no signature headers)."""
    return httpx.put(url, content=data, timeout=30)


def upload_thumbnail(api: Api, data: bytes, name: str = "face.png", ws: str = WS) -> str:
    """Presigned URL, PUT, status COMPLETED; returns the thumbnailKey."""
    issued = ok(api.post(f"{ws}/person-thumbnail/uploads/presigned-url", json={"thumbnailFileName": name}))
    assert put(issued["url"], data).status_code == 200
    status = ok(api.post(f"{ws}/person-thumbnail/uploads/complete", json={"thumbnailKey": issued["thumbnailKey"]}))
    assert status == {"uploadStatus": "COMPLETED"}, status
    return str(issued["thumbnailKey"])


def upload_query_image(api: Api, data: bytes, name: str = "query.png") -> str:
    """Presigned URL, PUT, status COMPLETED; returns the assetKey to search with."""
    issued = ok(
        api.post("/api/v1/query-assets/uploads/presigned-url", json={"assetType": "IMAGE", "assetFileName": name})
    )
    assert put(issued["presignedUploadUrl"], data).status_code == 200
    status = ok(api.post("/api/v1/query-assets/uploads/complete", json={"assetKey": issued["assetFileKey"]}))
    assert status["uploadStatus"] == "COMPLETED", status
    return str(status["assetKey"])


def create_person(api: Api, name: str | None, seed: int, ws: str = WS, **extra: Any) -> dict[str, Any]:
    key = upload_thumbnail(api, pattern(seed), ws=ws)
    body: dict[str, Any] = {"thumbnails": [{"thumbnailKey": key, "isPrimaryThumbnail": True}], **extra}
    if name is not None:
        body["name"] = name
    result: dict[str, Any] = ok(api.post(f"{ws}/persons", json=body))
    return result


def workspace(api: Api, name: str = WS_NAME) -> None:
    ok(api.post("/api/v1/workspaces", json={"workspaceName": name}))


def project(api: Api, name: str, ws: str = WS) -> int:
    return int(ok(api.post(f"{ws}/projects", json={"name": name}))["projectId"])


@dataclass
class Scene:
    """A scene to write: text, persons (ids or names), key frame hash."""

    caption: str = ""
    labels: Sequence[str] = ()
    dialogue: Sequence[str | dict[str, Any]] = ()
    persons: Sequence[int | str] = ()
    phash: str | None = None
    start_ms: int | None = None  # default: one second per scene
    end_ms: int | None = None


@dataclass
class Indexed:
    asset_id: int
    index_id: int
    scene_ids: list[int] = field(default_factory=list)


def add_asset(
    emulator: RunningEmulator,
    project_id: int,
    file_name: str,
    scenes: Sequence[Scene],
    *,
    asset_type: str = "VIDEO",
    status: str = "ANALYZE_COMPLETED",
    asset_phash: str | None = None,
    updated_time: str | None = None,
    workspace_name: str = WS_NAME,
) -> Indexed:
    """An imported asset and an index of it, written into the database (what the analysis job writes)."""
    stamp = now_iso()
    with emulator.state.db.tx() as conn:
        cur = conn.execute(
            "INSERT INTO assets (workspace_name, project_id, bucket_name, object_key, file_name, asset_type,"
            " upload_status, width, height, duration_ms, phash, created_user, created_time, updated_user,"
            " updated_time) VALUES (?, ?, 'bucket', ?, ?, ?, 'COMPLETED', 640, 360, ?, ?, 'u', ?, 'u', ?)",
            (
                workspace_name,
                project_id,
                file_name,
                file_name,
                asset_type,
                0 if asset_type == "IMAGE" else 1000 * len(scenes),
                asset_phash,
                stamp,
                stamp,
            ),
        )
        asset_id = int(cur.lastrowid or 0)
        index = add_index(conn, asset_id, scenes, status=status, updated_time=updated_time)
    index.asset_id = asset_id
    return index


def add_index(
    conn: Any,
    asset_id: int,
    scenes: Sequence[Scene],
    *,
    status: str = "ANALYZE_COMPLETED",
    updated_time: str | None = None,
) -> Indexed:
    stamp = updated_time or now_iso()
    cur = conn.execute(
        "INSERT INTO analyses (asset_id, api, status, created_user, created_time, updated_user, updated_time)"
        " VALUES (?, 'index', ?, 'u', ?, 'u', ?)",
        (asset_id, status, stamp, stamp),
    )
    index = Indexed(asset_id, int(cur.lastrowid or 0))
    for number, scene in enumerate(scenes, start=1):
        cur = conn.execute(
            "INSERT INTO scenes (analysis_id, asset_id, scene_no, start_ms, end_ms, caption, labels, dialogue,"
            " persons, thumbnail_phash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                index.index_id,
                asset_id,
                number,
                (number - 1) * 1000 if scene.start_ms is None else scene.start_ms,
                number * 1000 if scene.end_ms is None else scene.end_ms,
                scene.caption,
                json.dumps(list(scene.labels)),
                json.dumps([d if isinstance(d, dict) else {"text": d} for d in scene.dialogue]),
                json.dumps(list(scene.persons)),
                scene.phash,
            ),
        )
        index.scene_ids.append(int(cur.lastrowid or 0))
    return index


def search(api: Api, emulator: RunningEmulator, body: dict[str, Any], ws: str = WS) -> str:
    """Start a search and wait for its job; returns the searchId."""
    search_id = str(ok(api.post(f"{ws}/assets/search", json=body))["searchId"])
    assert emulator.wait_for_jobs()
    return search_id


def results(
    api: Api, emulator: RunningEmulator, body: dict[str, Any], ws: str = WS, page_size: int = 100
) -> list[dict[str, Any]]:
    """Every result item of a search (first page of ``page_size``), asserting it completed."""
    search_id = search(api, emulator, body, ws)
    result = ok(api.get(f"{ws}/assets/search/{search_id}", params={"pageSize": page_size}))
    assert result["status"] == "COMPLETED", result
    items: list[dict[str, Any]] = result["results"]
    return items


def text_body(text: str, project_id: int, **query: Any) -> dict[str, Any]:
    option = query.pop("confidence", None)
    body: dict[str, Any] = {"query": {"textQuery": text, **query}, "filter": {"projectIds": [project_id]}}
    if option:
        body["queryOption"] = {"confidenceLevel": option}
    return body
