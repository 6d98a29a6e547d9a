"""Persons: registration, lookup, edit, tags, thumbnails, merge, similarity, thumbnail uploads.

Operations: createPerson, listPersons, searchPersons, getPerson, updatePerson,
deletePerson, addPersonTags, removePersonTags (+ByPost), addPersonThumbnails,
removePersonThumbnails (+ByPost), mergePersons, listSimilarPersons,
recommendPersonsByThumbnail, createPersonThumbnailUploadUrl,
getPersonThumbnailUploadStatus.

Thumbnails
----------
A face image is uploaded with a presigned URL (createPersonThumbnailUploadUrl:
jpg/png/webp by file name, else 10072; the emulator serves the ``PUT``; single
use, 900 s; over 5 MB or under 256 px refused) and then registered by its
``thumbnailKey``. A key the emulator did not issue may also name an object of
the workspace's linked bucket. Registering a key that holds no usable image
answers 10074 (nothing uploaded, or over 5 MB), 10069 (under 256 px) or 10072
(not a jpg/png/webp image); recommendPersonsByThumbnail answers 10069 instead of
10074, and also for a key uploaded more than 24 hours ago. A person has at most
one primary thumbnail: more than one primary in a request is 409/10076
(checked before the schema's ``maxContains``), none at creation 400/10075;
adding a primary demotes the old one; removing every thumbnail is 10077,
removing the primary 10075. Thumbnail ``url``s point at the emulator, which
serves the images (``GET /_emulator/files/person-thumbnails/{id}``) to the
workspace's owner only (signed, expiring URLs; ``_files``).

Names, limits, lookups
----------------------
Names are unique in a workspace, ignoring ASCII case like the analysis does
when it recognises a name (409/50005); anonymous persons (no name) are allowed
and shown with ``name: null``. A workspace holds at most ``MAX_PERSONS``
persons (409/10068). A person or tag id that is not in the workspace answers
404 with 10030, the only 404 code these operations document (none is
documented for a missing person), and a detail naming the field. Name filters
match a case-insensitive substring; tag filters (``tagIdList``, ``tagIds``)
keep persons having any of the tags; searchPersons accepts at most
``MAX_SEARCH_PERSON_IDS`` ``personIds`` (50012, before the schema's ``maxItems``). Responses carry
``assetCount`` and ``sceneCount`` (the release note's "numbers of assets and
scenes the person appears in", over the latest completed indexes).

Similarity
----------
Two thumbnails are compared by the Hamming distance ``d`` of their perceptual
hashes: similarity ``100 * (1 - d / 64)`` (``scoreThreshold`` 80 means at
most 12 bits apart); a person's similarity to another is the best over their
thumbnail pairs. ``score`` in responses is that value / 100.

Merge
-----
mergePersons moves the absorbed persons' thumbnails (as non-primary), tags and
scene appearances (``scenes.persons`` entries naming them are rewritten to the
surviving person) to the path's person and deletes them; their ids are
remembered, so a search on an absorbed id finds the survivor. An unknown or
already merged id answers 404/10030; the path's own id in ``personIds`` is
ignored (a schema-valid request is never refused with 10001).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from mi_spec.enums import (
    DEFAULT_PERSON_SORT_COLUMN,
    DEFAULT_PERSON_SORT_TYPE,
    PersonNameType,
    PersonSortColumn,
    PersonSortType,
    PersonThumbnailUploadStatus,
    QueryAssetUploadMessage,
)

from .._context import OperationContext, RawRequest
from .._db import Database, now_iso
from .._errors import ApiError
from .._files import file_caller, file_url, forbidden, no_such_file, owns
from .._media import ImageTooLarge, MediaError, hamming, open_image, phash
from .._registry import operation, prevalidate, route
from .._spec import NO_UPLOAD_RULES, ErrorCode, Errors, Limits, UploadRules
from .._uploads import issue_upload
from ._common import page_bounds, page_result
from ._search_engine import image_media_type, latest_index_ids_sql, upload_problem
from .person_tags import like_pattern

if TYPE_CHECKING:
    from .._spec import Operation
    from .._state import EmulatorState

#: Persons a workspace may hold (409/10068; the spec's ``x-limits``).
MAX_PERSONS = Limits.PERSONS_PER_WORKSPACE
#: Where the emulator serves person thumbnails (``GET {base}/_emulator/files/person-thumbnails/{id}``).
THUMBNAIL_FILES = "/_emulator/files/person-thumbnails"
#: personIds a searchPersons request may list (50012, checked before the schema's ``maxItems``).
MAX_SEARCH_PERSON_IDS = Limits.PERSON_IDS_PER_SEARCH
THUMBNAIL_PURPOSE = "createPersonThumbnailUploadUrl"
THUMBNAIL_KEY_TTL_SECONDS = 24 * 3600
_ID_RANGE = 2**63


# -- lookups and shapes ---------------------------------------------------------------------------


def as_id(value: Any) -> int:
    """An id from a path or body (-1, which matches nothing, when it is not a 64-bit integer)."""
    try:
        number = int(value)
    except (TypeError, ValueError):
        return -1
    return number if -_ID_RANGE <= number < _ID_RANGE else -1


def not_found(detail: str) -> ApiError:
    """404 for an object of the workspace that does not exist.

    The API documents no code for a missing person, tag or search: the only
    code these operations document for 404 is 10030, so that is the code, with
    a detail naming the missing object.
    """
    return ApiError(Errors.WORKSPACE_NOT_FOUND, f"{detail} (no other code is documented for it)")


def get_person(ctx: OperationContext) -> sqlite3.Row:
    """The path's person (404 when it is not in the path's workspace)."""
    workspace = ctx.workspace()
    pid = as_id(ctx.path["person_id"])
    row = ctx.db.one("SELECT * FROM persons WHERE id = ? AND workspace_name = ?", (pid, workspace["name"]))
    if row is None:
        raise not_found(f"person_id: no person {ctx.path['person_id']} in workspace {workspace['name']}")
    return row


def thumbnail_url(ctx: OperationContext, thumbnail_id: int) -> str:
    """The signed ``url`` of a thumbnail, for the caller (who owns the workspace)."""
    return file_url(ctx.config, ctx.base_url, f"{THUMBNAIL_FILES}/{thumbnail_id}", ctx.access_key)


def _thumbnail_content(state: EmulatorState, thumbnail_id: int, caller: str) -> bytes | None:
    row = state.db.one(
        "SELECT t.content, w.owner_access_key FROM thumbnails t JOIN persons p ON p.id = t.person_id"
        " JOIN workspaces w ON w.name = p.workspace_name WHERE t.id = ?",
        (thumbnail_id,),
    )
    if row is None or row["content"] is None or not owns(caller, row["owner_access_key"]):
        return None
    return bytes(row["content"])


@route
def thumbnail_files(state: EmulatorState) -> Route:
    """``GET /_emulator/files/person-thumbnails/{thumbnail_id}``: the image of a thumbnail, to its owner."""

    async def endpoint(request: Request) -> Response:
        caller = file_caller(state.config, request)
        if caller is None:
            return forbidden()
        tid = as_id(request.path_params["thumbnail_id"])
        data = await run_in_threadpool(_thumbnail_content, state, tid, caller)
        if data is None:
            return no_such_file()
        return Response(data, media_type=image_media_type(data))

    return Route(THUMBNAIL_FILES + "/{thumbnail_id}", endpoint, methods=["GET"])


def _data(row: sqlite3.Row) -> dict[str, Any]:
    try:
        data = json.loads(row["data"] or "{}")
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def tag_list(db: Database | sqlite3.Connection, person_id: int) -> list[dict[str, Any]]:
    sql = (
        "SELECT t.id, t.name FROM person_tag_links l JOIN person_tags t ON t.id = l.tag_id"
        " WHERE l.person_id = ? ORDER BY t.id"
    )
    rows = db.query(sql, (person_id,)) if isinstance(db, Database) else db.execute(sql, (person_id,)).fetchall()
    return [{"id": int(r["id"]), "name": r["name"]} for r in rows]


def thumbnail_list(ctx: OperationContext, person_id: int) -> list[dict[str, Any]]:
    rows = ctx.db.query("SELECT id, is_primary FROM thumbnails WHERE person_id = ? ORDER BY id", (person_id,))
    return [
        {"id": int(r["id"]), "url": thumbnail_url(ctx, int(r["id"])), "isPrimaryThumbnail": bool(r["is_primary"])}
        for r in rows
    ]


def appearance_counts(db: Database, workspace: str, persons: Sequence[sqlite3.Row]) -> dict[int, tuple[int, int]]:
    """``{person id: (assets, scenes)}`` the persons appear in (by id or name), over the latest completed indexes."""
    counts = {int(row["id"]): (0, 0) for row in persons}
    for start in range(0, len(persons), 200):  # at most 400 bound pairs per statement
        pairs: list[Any] = []
        for row in persons[start : start + 200]:
            pairs += [int(row["id"]), int(row["id"])]
            if row["name"]:
                pairs += [int(row["id"]), str(row["name"])]
        values = ", ".join("(?, ?)" for _ in range(len(pairs) // 2))
        rows = db.query(
            f"WITH refs(pid, ref) AS (VALUES {values})"
            " SELECT refs.pid AS pid, COUNT(DISTINCT sp.asset_id) AS assets, COUNT(DISTINCT sp.scene_id) AS scenes"
            " FROM refs JOIN scene_persons sp ON sp.ref = refs.ref"
            " JOIN scenes s ON s.id = sp.scene_id JOIN assets a ON a.id = s.asset_id"
            f" WHERE a.workspace_name = ? AND s.analysis_id IN ({latest_index_ids_sql()}) GROUP BY refs.pid",
            (*pairs, workspace),
        )
        for r in rows:
            counts[int(r["pid"])] = (int(r["assets"]), int(r["scenes"]))
    return counts


def person_dict(ctx: OperationContext, row: sqlite3.Row, counts: tuple[int, int] | None = None) -> dict[str, Any]:
    """A ``Person`` (also used for ``PersonSummary``)."""
    pid = int(row["id"])
    if counts is None:
        counts = appearance_counts(ctx.db, str(row["workspace_name"]), [row]).get(pid, (0, 0))
    result: dict[str, Any] = {"id": pid, "personId": pid, "name": row["name"] or None}
    description = _data(row).get("description")
    if isinstance(description, str) and description:
        result["description"] = description
    result["tags"] = tag_list(ctx.db, pid)
    result["thumbnails"] = thumbnail_list(ctx, pid)
    result["assetCount"], result["sceneCount"] = counts
    return result


def _persons_page(ctx: OperationContext, rows: Sequence[sqlite3.Row], workspace: str) -> list[dict[str, Any]]:
    counts = appearance_counts(ctx.db, workspace, rows)
    return [person_dict(ctx, r, counts.get(int(r["id"]), (0, 0))) for r in rows]


# -- thumbnails from uploads -------------------------------------------------------------------------


@dataclass(frozen=True)
class ThumbnailImage:
    file_key: str
    content: bytes
    digest: str | None
    primary: bool


def _rules(ctx: OperationContext) -> UploadRules:
    """The ``x-upload-rules`` of person thumbnails (those of the operation that issues their upload URLs)."""
    return ctx.spec.operations[THUMBNAIL_PURPOSE].upload_rules or NO_UPLOAD_RULES


def _problem_error(
    problem: str, where: str, rules: UploadRules, missing_code: ErrorCode = Errors.COVER_UPLOAD_FAILED
) -> ApiError:
    """The error for an unusable upload: 10069 (too small), 10072 (format), else ``missing_code``."""
    if problem == QueryAssetUploadMessage.RESOLUTION_NOT_SUPPORT:
        return ApiError(Errors.FACE_IMAGE_UNUSABLE, f"{where}: the image is smaller than {rules.min_pixels} px.")
    if problem == "INVALID_FILE_FORMAT":
        return ApiError(Errors.INVALID_FILE_FORMAT, f"{where}: the file is not a {' or '.join(rules.formats)} image.")
    if problem == QueryAssetUploadMessage.OVER_SIZE_LIMIT:
        return ApiError(missing_code, f"{where}: the image is larger than {rules.max_bytes} bytes.")
    return ApiError(missing_code, f"{where}: no image was uploaded with this key (FILE_NOT_EXIST).")


def _from_bucket(ctx: OperationContext, workspace: sqlite3.Row, key: str, rules: UploadRules) -> bytes | None:
    """The object ``key`` of the workspace's linked bucket, when there is one (None otherwise)."""
    bucket = workspace["bucket_name"]
    if not bucket:
        return None
    try:
        if not ctx.storage.has_bucket(str(bucket)) or ctx.storage.head(str(bucket), key) is None:
            return None
        return ctx.storage.get(str(bucket), key)
    except Exception:
        return None


def _check_image(data: bytes, where: str, rules: UploadRules) -> str:
    """Validate a face image from a bucket like an upload; return its phash."""
    if rules.max_bytes and len(data) > rules.max_bytes:
        raise _problem_error(QueryAssetUploadMessage.OVER_SIZE_LIMIT, where, rules)
    try:
        with open_image(data) as img:  # header first: no pixel decoded for an image too large to process
            fmt = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp", "HEIF": "heic"}.get(str(img.format))
            width, height = img.width, img.height
            digest = phash(img)
    except ImageTooLarge:
        raise _problem_error(QueryAssetUploadMessage.RESOLUTION_NOT_SUPPORT, where, rules) from None
    except (MediaError, OSError, ValueError, SyntaxError):
        raise _problem_error("INVALID_FILE_FORMAT", where, rules) from None
    if fmt is None or (rules.formats and fmt not in rules.formats):
        raise _problem_error("INVALID_FILE_FORMAT", where, rules)
    if rules.min_pixels and min(width, height) < rules.min_pixels:
        raise _problem_error(QueryAssetUploadMessage.RESOLUTION_NOT_SUPPORT, where, rules)
    return digest


def resolve_thumbnails(
    ctx: OperationContext, workspace: sqlite3.Row, inputs: Sequence[dict[str, Any]]
) -> list[ThumbnailImage]:
    """The images of ``thumbnails[]`` inputs (raises the documented errors)."""
    rules = _rules(ctx)
    images = []
    for i, item in enumerate(inputs):
        key = str(item["thumbnailKey"])
        where = f"thumbnails[{i}].thumbnailKey"
        row = ctx.db.one(
            "SELECT * FROM presigned_uploads WHERE file_key = ? AND purpose = ? AND workspace_name = ?",
            (key, THUMBNAIL_PURPOSE, workspace["name"]),
        )
        problem = upload_problem(row)
        if problem is None and row is not None:
            images.append(ThumbnailImage(key, bytes(row["content"]), row["phash"], bool(item["isPrimaryThumbnail"])))
            continue
        if problem == QueryAssetUploadMessage.FILE_NOT_EXIST:
            data = _from_bucket(ctx, workspace, key, rules)
            if data is not None:
                digest = _check_image(data, where, rules)
                images.append(ThumbnailImage(key, data, digest, bool(item["isPrimaryThumbnail"])))
                continue
        raise _problem_error(problem or QueryAssetUploadMessage.FILE_NOT_EXIST, where, rules)
    return images


def _insert_thumbnails(conn: sqlite3.Connection, person_id: int, images: Iterable[ThumbnailImage]) -> None:
    stamp = now_iso()
    for image in images:
        if image.primary:
            conn.execute("UPDATE thumbnails SET is_primary = 0 WHERE person_id = ?", (person_id,))
        conn.execute(
            "INSERT INTO thumbnails (person_id, file_key, content, phash, is_primary, created_time)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (person_id, image.file_key, image.content, image.digest, int(image.primary), stamp),
        )


def _primaries(body: Any) -> int:
    thumbnails = body.get("thumbnails") if isinstance(body, dict) else None
    if not isinstance(thumbnails, list):
        return 0
    return sum(1 for t in thumbnails if isinstance(t, dict) and t.get("isPrimaryThumbnail") is True)


@prevalidate("createPerson", "addPersonThumbnails")
def _at_most_one_primary(raw: RawRequest) -> None:
    if _primaries(raw.json) > 1:
        raise ApiError(Errors.PRIMARY_THUMBNAIL_LIMIT_EXCEEDED, "thumbnails: at most one thumbnail may be primary.")


@prevalidate("createPerson")
def _a_primary_at_creation(raw: RawRequest) -> None:
    # The schema's minContains would answer 10001; the documented answer is 10075.
    thumbnails = raw.json.get("thumbnails") if isinstance(raw.json, dict) else None
    if isinstance(thumbnails, list) and thumbnails and _primaries(raw.json) == 0:
        raise ApiError(
            Errors.REPRESENTATIVE_THUMBNAIL_MISSING, "thumbnails: one thumbnail must have isPrimaryThumbnail true."
        )


def _touch(conn: sqlite3.Connection, ctx: OperationContext, person_id: int) -> None:
    conn.execute(
        "UPDATE persons SET updated_user = ?, updated_time = ? WHERE id = ?", (ctx.user_name, now_iso(), person_id)
    )


def _name_taken(conn: sqlite3.Connection, workspace: str, name: str, except_id: int | None = None) -> bool:
    row = conn.execute(
        "SELECT 1 FROM persons WHERE workspace_name = ? AND name = ? COLLATE NOCASE AND id != ?",
        (workspace, name, except_id or -1),
    ).fetchone()
    return row is not None


# -- persons ------------------------------------------------------------------------------------------


@operation("createPerson")
def create_person(ctx: OperationContext) -> dict[str, Any]:
    workspace = ctx.workspace()
    name = ctx.body.get("name")
    description = ctx.body.get("description")
    inputs = list(ctx.body["thumbnails"])
    if _primaries({"thumbnails": inputs}) == 0:
        raise ApiError(
            Errors.REPRESENTATIVE_THUMBNAIL_MISSING, "thumbnails: one thumbnail must have isPrimaryThumbnail true."
        )
    images = resolve_thumbnails(ctx, workspace, inputs)
    stamp, user = now_iso(), ctx.user_name
    data = {"description": description} if description else {}
    with ctx.db.tx() as conn:
        if name and _name_taken(conn, workspace["name"], str(name)):
            raise ApiError(Errors.NAME_IN_USE, f"name: a person named {name!r} already exists in this workspace.")
        count = conn.execute("SELECT COUNT(*) FROM persons WHERE workspace_name = ?", (workspace["name"],)).fetchone()
        if int(count[0]) >= MAX_PERSONS:
            raise ApiError(Errors.REGISTRATION_LIMIT_EXCEEDED, f"The workspace already has {MAX_PERSONS} persons.")
        cur = conn.execute(
            "INSERT INTO persons (workspace_name, name, data, created_user, created_time, updated_user, updated_time)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (workspace["name"], str(name) if name else "", json.dumps(data), user, stamp, user, stamp),
        )
        person_id = int(cur.lastrowid or 0)
        _insert_thumbnails(conn, person_id, images)
    row = ctx.db.one("SELECT * FROM persons WHERE id = ?", (person_id,))
    assert row is not None
    return person_dict(ctx, row, (0, 0))


def _filtered_persons(
    ctx: OperationContext,
    workspace: str,
    *,
    name: str | None = None,
    tag_ids: Sequence[int] | None = None,
    person_ids: Sequence[int] | None = None,
    name_type: str | None = None,
) -> tuple[str, list[Any]]:
    where: list[str] = ["p.workspace_name = ?"]
    params: list[Any] = [workspace]
    if name:
        where.append("p.name LIKE ? ESCAPE '\\'")
        params.append(like_pattern(name))
    if tag_ids:
        marks = ",".join("?" * len(tag_ids))
        where.append(f"p.id IN (SELECT person_id FROM person_tag_links WHERE tag_id IN ({marks}))")
        params.extend(as_id(t) for t in tag_ids)
    if person_ids is not None:
        marks = ",".join("?" * len(person_ids)) or "NULL"
        where.append(f"p.id IN ({marks})")
        params.extend(as_id(p) for p in person_ids)
    if name_type == PersonNameType.NAMED:
        where.append("p.name != ''")
    elif name_type == PersonNameType.ANONYMOUS:
        where.append("p.name = ''")
    return " AND ".join(where), params


@operation("listPersons")
def list_persons(ctx: OperationContext) -> dict[str, Any]:
    workspace = ctx.workspace()
    page, size, offset = page_bounds(ctx)
    tags = ctx.query.get("tagIdList")
    where, params = _filtered_persons(
        ctx, workspace["name"], name=ctx.query.get("name"), tag_ids=list(tags) if tags else None
    )
    total = int(ctx.db.scalar(f"SELECT COUNT(*) FROM persons p WHERE {where}", params) or 0)
    rows = ctx.db.query(
        f"SELECT p.* FROM persons p WHERE {where} ORDER BY p.id LIMIT ? OFFSET ?", (*params, size, offset)
    )
    return page_result(ctx, _persons_page(ctx, rows, workspace["name"]), total, page, size)


@prevalidate("searchPersons")
def _search_persons_ids(raw: RawRequest) -> None:
    body = raw.json
    ids = body.get("personIds") if isinstance(body, dict) else None
    if isinstance(ids, list) and len(ids) > MAX_SEARCH_PERSON_IDS:
        raise ApiError(Errors.TOO_MANY_PERSON_IDS, f"personIds: {len(ids)} ids given.")


@operation("searchPersons")
def search_persons(ctx: OperationContext) -> dict[str, Any]:
    workspace = ctx.workspace()
    body = ctx.body
    page, size, _ = page_bounds(ctx)
    where, params = _filtered_persons(
        ctx,
        workspace["name"],
        name=body.get("name"),
        tag_ids=body.get("tagIds"),
        person_ids=body.get("personIds"),
        name_type=body.get("nameType"),
    )
    rows = ctx.db.query(f"SELECT p.* FROM persons p WHERE {where} ORDER BY p.id", params)
    counts = appearance_counts(ctx.db, workspace["name"], rows)
    column = str(body.get("sortColumn") or DEFAULT_PERSON_SORT_COLUMN)
    descending = str(body.get("sortType") or DEFAULT_PERSON_SORT_TYPE) == PersonSortType.DESC

    def key(row: sqlite3.Row) -> Any:
        if column == PersonSortColumn.ASSET_COUNT:
            return counts.get(int(row["id"]), (0, 0))[0]
        if column == PersonSortColumn.CREATED_AT:
            return str(row["created_time"])
        if column == PersonSortColumn.NAME:
            return str(row["name"] or "").casefold()
        return int(row["id"])

    ordered = sorted(rows, key=lambda r: int(r["id"]))  # ties keep id order
    ordered.sort(key=key, reverse=descending)
    start = (page - 1) * size
    chosen = ordered[start : start + size]
    items = [person_dict(ctx, r, counts.get(int(r["id"]), (0, 0))) for r in chosen]
    return page_result(ctx, items, len(rows), page, size)


@operation("getPerson")
def get_person_op(ctx: OperationContext) -> dict[str, Any]:
    return person_dict(ctx, get_person(ctx))


@operation("updatePerson")
def update_person(ctx: OperationContext) -> dict[str, Any]:
    row = get_person(ctx)
    pid = int(row["id"])
    body = ctx.body or {}
    with ctx.db.tx() as conn:
        if "name" in body and body["name"] is not None:
            name = str(body["name"])
            if _name_taken(conn, str(row["workspace_name"]), name, except_id=pid):
                raise ApiError(Errors.NAME_IN_USE, f"name: a person named {name!r} already exists in this workspace.")
            conn.execute("UPDATE persons SET name = ? WHERE id = ?", (name, pid))
        if "description" in body and body["description"] is not None:
            data = _data(row)
            data["description"] = str(body["description"])
            conn.execute("UPDATE persons SET data = ? WHERE id = ?", (json.dumps(data), pid))
        if body.get("primaryThumbnailId") is not None:
            tid = as_id(body["primaryThumbnailId"])
            if conn.execute("SELECT 1 FROM thumbnails WHERE id = ? AND person_id = ?", (tid, pid)).fetchone() is None:
                raise ApiError(
                    Errors.REPRESENTATIVE_THUMBNAIL_MISSING,
                    f"primaryThumbnailId: thumbnail {body['primaryThumbnailId']} is not this person's.",
                )
            conn.execute("UPDATE thumbnails SET is_primary = (id = ?) WHERE person_id = ?", (tid, pid))
        _touch(conn, ctx, pid)
    updated = ctx.db.one("SELECT * FROM persons WHERE id = ?", (pid,))
    assert updated is not None
    return person_dict(ctx, updated)


@operation("deletePerson")
def delete_person(ctx: OperationContext) -> dict[str, Any]:
    row = get_person(ctx)
    result = person_dict(ctx, row)
    with ctx.db.tx() as conn:
        conn.execute("DELETE FROM persons WHERE id = ?", (row["id"],))
    return result


# -- tags of a person ---------------------------------------------------------------------------------


@operation("addPersonTags")
def add_person_tags(ctx: OperationContext) -> dict[str, Any]:
    row = get_person(ctx)
    pid = int(row["id"])
    tag_ids = list(dict.fromkeys(int(t) for t in ctx.body["tagIds"]))
    with ctx.db.tx() as conn:
        for tag_id in tag_ids:
            found = conn.execute(
                "SELECT 1 FROM person_tags WHERE id = ? AND workspace_name = ?", (as_id(tag_id), row["workspace_name"])
            ).fetchone()
            if found is None:
                raise not_found(f"tagIds: no person tag {tag_id} in workspace {row['workspace_name']}")
            conn.execute("INSERT OR IGNORE INTO person_tag_links (person_id, tag_id) VALUES (?, ?)", (pid, tag_id))
        _touch(conn, ctx, pid)
        tags = tag_list(conn, pid)
    return {"personId": pid, "tagList": tags}


def _remove_tags(ctx: OperationContext) -> dict[str, Any]:
    row = get_person(ctx)
    pid = int(row["id"])
    tag_ids = [as_id(t) for t in ctx.body["tagIds"]]
    with ctx.db.tx() as conn:
        conn.execute(
            f"DELETE FROM person_tag_links WHERE person_id = ? AND tag_id IN ({','.join('?' * len(tag_ids))})",
            (pid, *tag_ids),
        )
        _touch(conn, ctx, pid)
        tags = tag_list(conn, pid)
    return {"personId": pid, "tagList": tags}


@operation("removePersonTags")
def remove_person_tags(ctx: OperationContext) -> dict[str, Any]:
    return _remove_tags(ctx)


@operation("removePersonTagsByPost")
def remove_person_tags_by_post(ctx: OperationContext) -> dict[str, Any]:
    return _remove_tags(ctx)


# -- thumbnails of a person ---------------------------------------------------------------------------


@operation("addPersonThumbnails")
def add_person_thumbnails(ctx: OperationContext) -> dict[str, Any]:
    row = get_person(ctx)
    pid = int(row["id"])
    workspace = ctx.workspace()
    images = resolve_thumbnails(ctx, workspace, list(ctx.body["thumbnails"]))
    with ctx.db.tx() as conn:
        _insert_thumbnails(conn, pid, images)
        _touch(conn, ctx, pid)
    return {"personId": pid, "thumbnailList": thumbnail_list(ctx, pid)}


def _remove_thumbnails(ctx: OperationContext) -> dict[str, Any]:
    row = get_person(ctx)
    pid = int(row["id"])
    wanted = {as_id(t) for t in ctx.body["thumbnailIds"]}
    with ctx.db.tx() as conn:
        current = conn.execute("SELECT id, is_primary FROM thumbnails WHERE person_id = ?", (pid,)).fetchall()
        removed = [r for r in current if int(r["id"]) in wanted]
        if removed and len(removed) == len(current):
            raise ApiError(
                Errors.CANNOT_DELETE_ALL_THUMBNAILS, "thumbnailIds: a person must keep at least one thumbnail."
            )
        if any(r["is_primary"] for r in removed):
            raise ApiError(
                Errors.REPRESENTATIVE_THUMBNAIL_MISSING,
                "thumbnailIds: the primary thumbnail can't be removed; make another one primary first.",
            )
        for r in removed:
            conn.execute("DELETE FROM thumbnails WHERE id = ?", (r["id"],))
        if removed:
            _touch(conn, ctx, pid)
    return {"personId": pid, "thumbnailList": thumbnail_list(ctx, pid)}


@operation("removePersonThumbnails")
def remove_person_thumbnails(ctx: OperationContext) -> dict[str, Any]:
    return _remove_thumbnails(ctx)


@operation("removePersonThumbnailsByPost")
def remove_person_thumbnails_by_post(ctx: OperationContext) -> dict[str, Any]:
    return _remove_thumbnails(ctx)


# -- merge --------------------------------------------------------------------------------------------


def _rewrite_persons(raw: str, ids: set[int], names: set[str], target_id: int, target_name: str) -> str:
    """A scene's ``persons`` JSON with the absorbed persons replaced by the target (duplicates dropped)."""
    try:
        entries = json.loads(raw)
    except ValueError:
        return raw
    if not isinstance(entries, list):
        return raw
    out: list[Any] = []
    for entry in entries:
        if isinstance(entry, bool):
            new: Any = entry
        elif isinstance(entry, int | float) and int(entry) in ids:
            new = target_id
        elif isinstance(entry, str) and entry in names:
            new = target_name or target_id
        elif isinstance(entry, dict):
            new = dict(entry)
            ref = entry.get("personId", entry.get("id"))
            if (isinstance(ref, int) and ref in ids) or entry.get("name") in names:
                if "personId" in new or "id" not in new:
                    new["personId"] = target_id
                if "id" in new:
                    new["id"] = target_id
                if target_name:
                    new["name"] = target_name
                else:
                    new.pop("name", None)
        else:
            new = entry
        if new not in out:
            out.append(new)
    return json.dumps(out, ensure_ascii=False)


@operation("mergePersons")
def merge_persons(ctx: OperationContext) -> dict[str, Any]:
    target = get_person(ctx)
    target_id, workspace = int(target["id"]), str(target["workspace_name"])
    # merging the person into itself is a no-op (the spec forbids it without a code for it)
    ids = [p for p in dict.fromkeys(int(p) for p in ctx.body["personIds"]) if p != target_id]
    stamp = now_iso()
    with ctx.db.tx() as conn:
        absorbed = []
        for pid in ids:
            merged = conn.execute("SELECT target_id FROM person_merges WHERE absorbed_id = ?", (as_id(pid),)).fetchone()
            if merged is not None:
                raise not_found(f"personIds: person {pid} was already merged into person {merged[0]}")
            row = conn.execute(
                "SELECT * FROM persons WHERE id = ? AND workspace_name = ?", (as_id(pid), workspace)
            ).fetchone()
            if row is None:
                raise not_found(f"personIds: no person {pid} in workspace {workspace}")
            absorbed.append(row)
        if not absorbed:
            _touch(conn, ctx, target_id)
            return {
                "personId": target_id,
                "transferredAssetCount": 0,
                "transferredThumbnailCount": 0,
                "mergedTime": stamp,
            }
        id_set = {int(r["id"]) for r in absorbed}
        names = {str(r["name"]) for r in absorbed if r["name"]}
        refs: list[Any] = [*id_set, *names]
        marks = ",".join("?" * len(refs))
        scenes = conn.execute(
            "SELECT DISTINCT s.id, s.asset_id, s.analysis_id, s.persons FROM scene_persons sp"
            " JOIN scenes s ON s.id = sp.scene_id JOIN assets a ON a.id = s.asset_id"
            f" WHERE sp.ref IN ({marks}) AND a.workspace_name = ?",
            (*refs, workspace),
        ).fetchall()
        latest = {int(r[0]) for r in conn.execute(latest_index_ids_sql()).fetchall() if r[0] is not None}
        assets = {int(s["asset_id"]) for s in scenes if int(s["analysis_id"]) in latest}
        target_name = str(target["name"] or "")
        for scene in scenes:
            rewritten = _rewrite_persons(str(scene["persons"]), id_set, names, target_id, target_name)
            conn.execute("UPDATE scenes SET persons = ? WHERE id = ?", (rewritten, scene["id"]))
        moved = conn.execute(
            f"UPDATE thumbnails SET person_id = ?, is_primary = 0 WHERE person_id IN ({','.join('?' * len(id_set))})",
            (target_id, *id_set),
        ).rowcount
        conn.execute(
            "INSERT OR IGNORE INTO person_tag_links (person_id, tag_id) SELECT ?, tag_id FROM person_tag_links"
            f" WHERE person_id IN ({','.join('?' * len(id_set))})",
            (target_id, *id_set),
        )
        conn.execute(
            f"UPDATE person_merges SET target_id = ? WHERE target_id IN ({','.join('?' * len(id_set))})",
            (target_id, *id_set),
        )
        for row in absorbed:
            conn.execute(
                "INSERT OR REPLACE INTO person_merges (absorbed_id, target_id, workspace_name, absorbed_name,"
                " merged_time) VALUES (?, ?, ?, ?, ?)",
                (row["id"], target_id, workspace, row["name"] or None, stamp),
            )
        conn.execute(f"DELETE FROM persons WHERE id IN ({','.join('?' * len(id_set))})", tuple(id_set))
        _touch(conn, ctx, target_id)
    return {
        "personId": target_id,
        "transferredAssetCount": len(assets),
        "transferredThumbnailCount": int(moved),
        "mergedTime": stamp,
    }


# -- similarity -----------------------------------------------------------------------------------------


def similarity(a: str, b: str) -> float:
    """Similarity (0-100) of two thumbnails from the Hamming distance of their hashes."""
    return 100.0 * (1.0 - hamming(a, b) / 64.0)


def _similar(
    db: Database, workspace: str, digests: Sequence[str], exclude: int | None, count: int, threshold: float
) -> list[dict[str, Any]]:
    rows = db.query(
        "SELECT p.id, p.name, t.phash FROM persons p JOIN thumbnails t ON t.person_id = p.id"
        " WHERE p.workspace_name = ? AND t.phash IS NOT NULL AND p.id != ?",
        (workspace, exclude if exclude is not None else -1),
    )
    best: dict[int, tuple[float, str | None]] = {}
    for row in rows:
        try:
            score = max(similarity(d, str(row["phash"])) for d in digests)
        except ValueError:
            continue
        pid = int(row["id"])
        if pid not in best or score > best[pid][0]:
            best[pid] = (score, row["name"] or None)
    ranked = sorted(((s, pid, name) for pid, (s, name) in best.items() if s >= threshold), key=lambda x: (-x[0], x[1]))
    return [{"personId": pid, "name": name, "score": round(s / 100.0, 4)} for s, pid, name in ranked[:count]]


@operation("listSimilarPersons")
def list_similar_persons(ctx: OperationContext) -> dict[str, Any]:
    row = get_person(ctx)
    pid = int(row["id"])
    digests = [
        str(r["phash"])
        for r in ctx.db.query("SELECT phash FROM thumbnails WHERE person_id = ? AND phash IS NOT NULL", (pid,))
    ]
    if not digests:
        raise ApiError(Errors.REPRESENTATIVE_THUMBNAIL_MISSING, "person_id: the person has no thumbnail to compare.")
    # validation has filled in the spec's defaults of absent parameters
    count = int(ctx.query["personCount"])
    threshold = float(ctx.query["scoreThreshold"])
    return {
        "personId": pid,
        "similarPersons": _similar(ctx.db, str(row["workspace_name"]), digests, pid, count, threshold),
    }


@operation("recommendPersonsByThumbnail")
def recommend_persons_by_thumbnail(ctx: OperationContext) -> dict[str, Any]:
    workspace = ctx.workspace()
    key = str(ctx.body["thumbnailKey"])
    row = ctx.db.one(
        "SELECT * FROM presigned_uploads WHERE file_key = ? AND purpose = ? AND workspace_name = ?",
        (key, THUMBNAIL_PURPOSE, workspace["name"]),
    )
    problem = upload_problem(row, max_age_seconds=THUMBNAIL_KEY_TTL_SECONDS)
    if problem is not None or row is None:
        raise _problem_error(
            problem or QueryAssetUploadMessage.FILE_NOT_EXIST,
            "thumbnailKey",
            _rules(ctx),
            missing_code=Errors.FACE_IMAGE_UNUSABLE,
        )
    if not row["phash"]:
        raise ApiError(Errors.FACE_IMAGE_UNUSABLE, "thumbnailKey: no face features could be read from the image.")
    # validation has filled in the spec's defaults of absent fields
    count = int(ctx.body["personCount"])
    threshold = float(ctx.body["scoreThreshold"])
    return {"similarPersons": _similar(ctx.db, workspace["name"], [str(row["phash"])], None, count, threshold)}


# -- thumbnail uploads ----------------------------------------------------------------------------------


def check_file_name(operation: Operation, file_name: str, field: str) -> None:
    """10072 unless the file name's extension is one of the operation's ``x-upload-rules`` formats."""
    formats = [f.lower() for f in (operation.upload_rules or NO_UPLOAD_RULES).formats]
    ext = PurePosixPath(file_name).suffix.lower().lstrip(".")
    if ext == "jpeg":
        ext = "jpg"
    if formats and ext not in formats:
        raise ApiError(Errors.INVALID_FILE_FORMAT, f"{field}: {file_name!r} is not one of {', '.join(formats)}.")


@prevalidate("createPersonThumbnailUploadUrl")
def _thumbnail_file_name(raw: RawRequest) -> None:
    # Before the schema, whose file-name pattern would answer 10001: the documented answer is 10072.
    name = raw.json.get("thumbnailFileName") if isinstance(raw.json, dict) else None
    if isinstance(name, str) and name:
        check_file_name(raw.operation, name, "thumbnailFileName")


@operation("createPersonThumbnailUploadUrl")
def create_person_thumbnail_upload_url(ctx: OperationContext) -> dict[str, Any]:
    workspace = ctx.workspace()
    file_name = str(ctx.body["thumbnailFileName"])
    check_file_name(ctx.operation, file_name, "thumbnailFileName")
    issued = issue_upload(ctx, file_name=file_name, workspace_name=workspace["name"], key_prefix=workspace["name"])
    return {"thumbnailKey": issued.file_key, "url": issued.url, "expirationSeconds": issued.expires_in}


@operation("getPersonThumbnailUploadStatus")
def get_person_thumbnail_upload_status(ctx: OperationContext) -> dict[str, Any]:
    workspace = ctx.workspace()
    row = ctx.db.one(
        "SELECT * FROM presigned_uploads WHERE file_key = ? AND purpose = ? AND workspace_name = ?",
        (str(ctx.body["thumbnailKey"]), THUMBNAIL_PURPOSE, workspace["name"]),
    )
    problem = upload_problem(row)
    if problem is None:
        return {"uploadStatus": PersonThumbnailUploadStatus.COMPLETED}
    return {"uploadStatus": PersonThumbnailUploadStatus.FAILED, "uploadMessage": problem}
