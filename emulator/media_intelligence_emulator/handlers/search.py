"""Search: createSearchImageUploadUrl, getSearchImageUploadStatus, searchAssets, getSearchResult.

Query images
------------
createSearchImageUploadUrl hands out a presigned URL served by the emulator
(``PUT`` the bytes; single use, 900 s; jpg/png/webp/heic by file name, else
10072; the 50 calls per second of ``x-rate-limit`` answer 429). The key is
``images/query/<random>/<file name>``. getSearchImageUploadStatus reports
``COMPLETED``, or ``FAILED`` with ``uploadMessage`` ``FILE_NOT_EXIST``
(nothing uploaded yet, or an unknown key), ``OVER_SIZE_LIMIT`` (over 5 MB) or
``RESOLUTION_NOT_SUPPORT`` (under 224 px); a file that is not an image of an
accepted format answers 10072. A HEIC upload is reported under the key of its
"JPG conversion" (same key, ``.jpg`` extension), which is what searchAssets
takes as ``imageQuery`` (the original key works too). Keys belong to the
access key that asked for the URL.

Searches
--------
searchAssets checks the request (50011 both textQuery and imageQuery, 50010
both projectIds and assetIds, 50012 a person list over 100 ids, 50013 a
dialogue list over 100 lines - before the schema, which would answer 10001;
10025 for a project of ``projectIds`` that is not in the workspace; asset ids
that are not in it simply match nothing; the schema requires ``filter``)
and searches: ``COMPLETED`` with its matches, or ``FAILED`` (an
``imageQuery`` that is no completed upload of the caller; the reason is in
``statusMessage``). With a delay for the job kind ``search``
(``job_delays["search"]``), the search is stored ``RUNNING`` and runs as that
background job once the delay has passed; without one (the default), it runs
within the request and is stored finished, so the first getSearchResult sees
the outcome (unless jobs are held, ``JobRunner.held``: it then waits as a
job). getSearchResult pages the matches (``pageNum``/``pageSize``,
ordered by score, then index creation order); an unknown ``searchId``
answers 404/10030 (no other code is documented). A result's
``thumbnailUrl`` points at the emulator, which serves a reduced JPEG of an
image asset or of a video scene's middle frame
(``GET /_emulator/files/scenes/{id}/thumbnail``) to the workspace's owner
only: the URL is signed for the caller and expires (``_files``). How matching
and scores work, and the confidence thresholds: ``_search_engine``.
"""

from __future__ import annotations

import json
import secrets
import sqlite3
import string
from collections.abc import Callable
from functools import wraps
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from mi_spec.enums import IndexType, QueryAssetUploadMessage, QueryAssetUploadStatus, SearchStatus, SearchStatusValue

from .._context import OperationContext, RawRequest
from .._db import Database, now_iso
from .._errors import ApiError
from .._files import ANYONE, file_caller, file_url, forbidden, no_such_file, owns
from .._jobs import JobContext, job
from .._media import thumbnail_jpeg, video_frame
from .._registry import operation, prevalidate, route
from .._spec import NO_UPLOAD_RULES, Errors, Limits
from .._uploads import issue_upload
from ._common import page_bounds, page_result
from ._search_engine import Hit, SearchSpec, run_search, stored_hits, stored_item, upload_problem
from .persons import as_id, check_file_name

if TYPE_CHECKING:
    from .._state import EmulatorState

SEARCH_IMAGE_PURPOSE = "createSearchImageUploadUrl"
QUERY_KEY_PREFIX = "images/query"
#: personIds in one person query (50012) and lines in one dialogue query (50013): the spec's ``x-limits``.
MAX_PERSON_IDS = Limits.PERSON_IDS_PER_SEARCH
MAX_DIALOGUES = Limits.DIALOGUES_PER_SEARCH
_KEY_ALPHABET = string.ascii_letters + string.digits
#: Where the emulator serves scene thumbnails (``GET {base}/_emulator/files/scenes/{id}/thumbnail``).
SCENE_FILES = "/_emulator/files/scenes"


# -- query images ---------------------------------------------------------------------------------


def _converted_key(file_key: str) -> str:
    return str(PurePosixPath(file_key).with_suffix(".jpg"))


def query_image(db: Database, key: str, access_key: str) -> sqlite3.Row | None:
    """The upload row of a query image key (the HEIC original of a ``.jpg`` conversion key too)."""
    row = db.one(
        "SELECT * FROM presigned_uploads WHERE file_key = ? AND purpose = ? AND access_key = ?",
        (key, SEARCH_IMAGE_PURPOSE, access_key),
    )
    if row is not None or PurePosixPath(key).suffix.lower() != ".jpg":
        return row
    stem = str(PurePosixPath(key).with_suffix(""))
    for candidate in db.query(
        "SELECT * FROM presigned_uploads WHERE purpose = ? AND access_key = ? AND format = 'heic'"
        " AND substr(file_key, 1, ?) = ?",
        (SEARCH_IMAGE_PURPOSE, access_key, len(stem) + 1, stem + "."),
    ):
        if _converted_key(str(candidate["file_key"])) == key:
            return candidate
    return None


@prevalidate("createSearchImageUploadUrl")
def _search_image_file_name(raw: RawRequest) -> None:
    # Before the schema, whose file-name pattern would answer 10001: the documented answer is 10072.
    name = raw.json.get("assetFileName") if isinstance(raw.json, dict) else None
    if isinstance(name, str) and name:
        check_file_name(raw.operation, name, "assetFileName")


@operation("createSearchImageUploadUrl")
def create_search_image_upload_url(ctx: OperationContext) -> dict[str, Any]:
    file_name = str(ctx.body["assetFileName"])
    check_file_name(ctx.operation, file_name, "assetFileName")
    issued = issue_upload(ctx, file_name=file_name, key_prefix=QUERY_KEY_PREFIX)
    return {"assetFileKey": issued.file_key, "presignedUploadUrl": issued.url, "expirationSeconds": issued.expires_in}


@operation("getSearchImageUploadStatus")
def get_search_image_upload_status(ctx: OperationContext) -> dict[str, Any]:
    key = str(ctx.body["assetKey"])
    row = query_image(ctx.db, key, ctx.access_key)
    problem = upload_problem(row)
    if problem == "INVALID_FILE_FORMAT":
        formats = (ctx.spec.operations[SEARCH_IMAGE_PURPOSE].upload_rules or NO_UPLOAD_RULES).formats
        raise ApiError(Errors.INVALID_FILE_FORMAT, f"assetKey: the uploaded file is not a {', '.join(formats)} image.")
    if problem is not None or row is None:
        return {
            "assetKey": key,
            "uploadStatus": QueryAssetUploadStatus.FAILED,
            "uploadMessage": problem or QueryAssetUploadMessage.FILE_NOT_EXIST,
        }
    stored = str(row["file_key"])
    return {
        "assetKey": _converted_key(stored) if row["format"] == "heic" else stored,
        "uploadStatus": QueryAssetUploadStatus.COMPLETED,
    }


# -- searchAssets ---------------------------------------------------------------------------------------


def _lists(container: Any) -> list[Any]:
    if not isinstance(container, dict):
        return []
    return [container.get(name) for name in ("must", "any", "not")]


@prevalidate("searchAssets")
def _search_rules(raw: RawRequest) -> None:
    body = raw.json if isinstance(raw.json, dict) else {}
    query = body.get("query") if isinstance(body.get("query"), dict) else {}
    assert isinstance(query, dict)
    if isinstance(query.get("textQuery"), str) and isinstance(query.get("imageQuery"), str):
        raise ApiError(Errors.IMAGE_TEXT_QUERY_CONFLICT)
    flt = body.get("filter")
    if isinstance(flt, dict) and flt.get("projectIds") is not None and flt.get("assetIds") is not None:
        raise ApiError(Errors.PROJECT_IDS_ASSET_IDS_CONFLICT)
    for ids in _lists(query.get("personQuery")):
        if isinstance(ids, list) and len(ids) > MAX_PERSON_IDS:
            raise ApiError(Errors.TOO_MANY_PERSON_IDS, f"personQuery: a list holds {len(ids)} person ids.")
    for lines in _lists(query.get("dialogQuery")):
        if isinstance(lines, list) and len(lines) > MAX_DIALOGUES:
            raise ApiError(Errors.TOO_MANY_DIALOGUES, f"dialogQuery: a list holds {len(lines)} lines.")


def _search_key() -> str:
    return "".join(secrets.choice(_KEY_ALPHABET) for _ in range(20))


def _warm(handler: Callable[[OperationContext], dict[str, Any]]) -> Callable[[OperationContext], dict[str, Any]]:
    """Run a search handler's reads on the database's write connection (`Database.on_writer`): each
    search stores its matches, and on a read connection that write would leave the next search cold."""

    @wraps(handler)
    def run(ctx: OperationContext) -> dict[str, Any]:
        with ctx.db.on_writer():
            return handler(ctx)

    return run


@operation("searchAssets")
@_warm
def search_assets(ctx: OperationContext) -> dict[str, Any]:
    workspace = ctx.workspace()
    body: dict[str, Any] = dict(ctx.json) if isinstance(ctx.json, dict) else {}
    flt = body.get("filter") or {}
    for project_id in dict.fromkeys(flt.get("projectIds") or []):
        ctx.project(project_id)  # 10025 when it is not in the workspace
    # no delay configured: the search runs now and is stored finished, so the first poll sees its result;
    # while jobs are held (`JobRunner.held`), it waits as a job like a delayed one
    inline = ctx.config.delay_for("search") <= 0 and not ctx.jobs.holding
    outcome = _outcome(ctx.db, str(workspace["name"]), ctx.access_key, body) if inline else None
    stamp = now_iso()
    # A search and its results are derived data (the request is stored with them): no fsync wait,
    # which would cost more than the search itself on some disks.
    with ctx.db.tx(fsync=False) as conn:
        key = _search_key()
        while conn.execute("SELECT 1 FROM searches WHERE search_key = ?", (key,)).fetchone():
            key = _search_key()
        cur = conn.execute(
            "INSERT INTO searches (search_key, workspace_name, access_key, request, status, created_time,"
            " updated_time) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                key,
                workspace["name"],
                ctx.access_key,
                json.dumps(body, ensure_ascii=False),
                SearchStatus.RUNNING,
                stamp,
                stamp,
            ),
        )
        search_id = int(cur.lastrowid or 0)
        if outcome is None:
            ctx.jobs.submit("search", {"searchId": search_id}, conn=conn)
        else:
            _store(conn, search_id, outcome)
    return {"searchId": key}


#: How a search ends: (``COMPLETED``, None, matches) or (``FAILED``, the reason, []).
_Outcome = tuple[SearchStatusValue, str | None, list[Hit]]


def _outcome(db: Database, workspace: str, access_key: str, body: dict[str, Any]) -> _Outcome:
    """Run the search of a ``searchAssets`` body (as sent) for its caller."""
    query = body.get("query") or {}
    digest = None
    image_key = query.get("imageQuery")
    if isinstance(image_key, str) and not isinstance(query.get("textQuery"), str):
        upload = query_image(db, image_key, access_key)
        problem = upload_problem(upload)
        if problem is not None or upload is None or not upload["phash"]:
            reason = problem or "the image could not be hashed"
            return SearchStatus.FAILED, f"imageQuery {image_key!r} is not a completed upload ({reason}).", []
        digest = str(upload["phash"])
    try:
        spec = SearchSpec.from_request(workspace, body, digest)
        return SearchStatus.COMPLETED, None, run_search(db, spec)
    except Exception as exc:  # a broken request must still end the search
        return SearchStatus.FAILED, f"The search failed: {type(exc).__name__}: {exc}", []


def _store(conn: sqlite3.Connection, search_id: int, outcome: _Outcome) -> None:
    """Write how a search ended (in the caller's transaction): its matches as one row."""
    status, message, hits = outcome
    conn.execute(
        "INSERT OR REPLACE INTO search_hits (search_id, total, hits) VALUES (?, ?, ?)",
        (search_id, len(hits), stored_hits(hits)),
    )
    conn.execute(
        "UPDATE searches SET status = ?, status_message = ?, updated_time = ? WHERE id = ?",
        (status, message, now_iso(), search_id),
    )


@job("search")
def run_search_job(job: JobContext) -> None:
    """``RUNNING`` -> ``COMPLETED`` (matches stored) or ``FAILED``."""
    search_id = int(job.payload["searchId"])
    row = job.db.one("SELECT * FROM searches WHERE id = ?", (search_id,))
    if row is None or row["status"] != SearchStatus.RUNNING:
        return
    body = json.loads(row["request"] or "{}")
    with job.db.on_writer():
        outcome = _outcome(job.db, str(row["workspace_name"]), str(row["access_key"]), body)
    with job.db.tx(fsync=False) as conn:
        current = conn.execute("SELECT status FROM searches WHERE id = ?", (search_id,)).fetchone()
        if current is None or current["status"] != SearchStatus.RUNNING:
            return
        _store(conn, search_id, outcome)


# -- getSearchResult -----------------------------------------------------------------------------------


@operation("getSearchResult")
@_warm
def get_search_result(ctx: OperationContext) -> dict[str, Any]:
    workspace = ctx.workspace()
    key = str(ctx.path["search_id"])
    row = ctx.db.one("SELECT * FROM searches WHERE search_key = ? AND workspace_name = ?", (key, workspace["name"]))
    if row is None:
        raise ApiError(
            Errors.WORKSPACE_NOT_FOUND,
            f"search_id: no search {key!r} in workspace {workspace['name']} (no other code is documented for it)",
        )
    result: dict[str, Any] = {"searchId": key, "status": row["status"]}
    if row["status"] == SearchStatus.FAILED and row["status_message"]:
        result["statusMessage"] = row["status_message"]
    if row["status"] != SearchStatus.COMPLETED:
        return result
    page, size, offset = page_bounds(ctx)
    total = int(ctx.db.scalar("SELECT total FROM search_hits WHERE search_id = ?", (row["id"],)) or 0)
    items: list[dict[str, Any]] = []
    if offset < total:
        # the page's matches only, sliced by SQLite (JSON texts): the others are not decoded
        page_json = ctx.db.query(
            "SELECT j.value FROM search_hits h, json_each(h.hits) j WHERE h.search_id = ? LIMIT ? OFFSET ?",
            (row["id"], size, offset),
        )
        base_url = ctx.base_url
        for match in json.loads("[" + ",".join(str(m[0]) for m in page_json) + "]"):
            scene_id, item = stored_item(match)  # only the page's items are built
            item["thumbnailUrl"] = file_url(ctx.config, base_url, _thumbnail_path(scene_id), ctx.access_key)
            items.append(item)
    return {**result, **page_result(ctx, items, total, page, size)}


# -- scene thumbnails ----------------------------------------------------------------------------------


def scene_thumbnail(state: EmulatorState, scene_id: int, caller: str = ANYONE) -> bytes | None:
    """The thumbnail of a scene (a JPEG of at most ``THUMBNAIL_SIDE`` px: a reduced copy of an image asset,
    a video scene's middle frame); None when it is missing or ``caller`` does not own it."""
    row = state.db.one(
        "SELECT s.start_ms, s.end_ms, a.asset_type, a.bucket_name, a.object_key, w.owner_access_key FROM scenes s"
        " JOIN assets a ON a.id = s.asset_id JOIN workspaces w ON w.name = a.workspace_name WHERE s.id = ?",
        (scene_id,),
    )
    if row is None or not owns(caller, row["owner_access_key"]):
        return None
    try:
        data = state.storage.get(str(row["bucket_name"]), str(row["object_key"]))
        if row["asset_type"] == IndexType.IMAGE:
            return thumbnail_jpeg(data)
        frame = video_frame(data, (int(row["start_ms"]) + int(row["end_ms"])) // 2)
        return None if frame is None else thumbnail_jpeg(frame)
    except Exception:  # gone from storage, unreadable, too large to decode: no thumbnail
        return None


def scene_thumbnail_url(ctx: OperationContext, scene_id: int) -> str:
    """The signed ``thumbnailUrl`` of a scene, for the caller (who owns the workspace)."""
    return file_url(ctx.config, ctx.base_url, _thumbnail_path(scene_id), ctx.access_key)


def _thumbnail_path(scene_id: int) -> str:
    return f"{SCENE_FILES}/{scene_id}/thumbnail"


@route
def scene_thumbnail_files(state: EmulatorState) -> Route:
    """``GET /_emulator/files/scenes/{scene_id}/thumbnail`` (the ``thumbnailUrl`` of search results)."""

    async def endpoint(request: Request) -> Response:
        caller = file_caller(state.config, request)
        if caller is None:
            return forbidden()
        data = await run_in_threadpool(scene_thumbnail, state, as_id(request.path_params["scene_id"]), caller)
        if data is None:
            return no_such_file()
        return Response(data, media_type="image/jpeg")

    return Route(SCENE_FILES + "/{scene_id}/thumbnail", endpoint, methods=["GET"])
