"""Person tags: createPersonTag, listPersonTags, deletePersonTag.

Tag names are unique in a workspace (409/10062) and a workspace holds at most
``MAX_TAGS`` tags (409/10068; the provider does not say what its 500-item cap counts, here
tags and persons have one each: the spec's ``x-limits``). Names are compared exactly. ``listPersonTags``
filters by exact ``id`` and by ``name`` (case-insensitive substring), ordered
by id. Deleting a tag detaches it from its persons. A tag id that is not in
the workspace answers 404 with the operation's only documented 404 code,
10030, and a detail naming ``tag_id`` (no code is documented for it).
"""

from __future__ import annotations

import sqlite3
from typing import Any

from .._context import OperationContext, as_id
from .._db import now_iso
from .._errors import ApiError
from .._registry import operation
from .._spec import Errors, Limits
from ._common import page_bounds, page_result

MAX_TAGS = Limits.PERSON_TAGS_PER_WORKSPACE


def tag_summary(row: sqlite3.Row) -> dict[str, Any]:
    """A ``PersonTagSummary``."""
    return {
        "id": int(row["id"]),
        "name": row["name"],
        "updatedUserName": row["updated_user"],
        "updatedTime": row["updated_time"],
    }


def like_pattern(text: str) -> str:
    """A LIKE pattern (``ESCAPE '\\'``) matching ``text`` anywhere."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


@operation("createPersonTag")
def create_person_tag(ctx: OperationContext) -> dict[str, Any]:
    workspace = ctx.workspace()
    name = str(ctx.body["name"])
    stamp, user = now_iso(), ctx.user_name
    with ctx.db.tx() as conn:
        if conn.execute(
            "SELECT 1 FROM person_tags WHERE workspace_name = ? AND name = ?", (workspace["name"], name)
        ).fetchone():
            raise ApiError(Errors.TAG_ALREADY_REGISTERED, f"name: tag {name!r} already exists in this workspace.")
        count = conn.execute("SELECT COUNT(*) FROM person_tags WHERE workspace_name = ?", (workspace["name"],))
        if int(count.fetchone()[0]) >= MAX_TAGS:
            raise ApiError(Errors.REGISTRATION_LIMIT_EXCEEDED, f"The workspace already has {MAX_TAGS} person tags.")
        cur = conn.execute(
            "INSERT INTO person_tags (workspace_name, name, created_user, created_time, updated_user, updated_time)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (workspace["name"], name, user, stamp, user, stamp),
        )
    return {"id": int(cur.lastrowid or 0), "name": name, "createdTime": stamp, "createdUserName": user}


@operation("listPersonTags")
def list_person_tags(ctx: OperationContext) -> dict[str, Any]:
    workspace = ctx.workspace()
    page, size, offset = page_bounds(ctx)
    where, params = ["workspace_name = ?"], [workspace["name"]]
    if ctx.query.get("id") is not None:
        where.append("id = ?")
        params.append(as_id(ctx.query["id"]))  # out of SQLite's range: matches nothing
    if ctx.query.get("name"):
        where.append("name LIKE ? ESCAPE '\\'")
        params.append(like_pattern(str(ctx.query["name"])))
    clause = " AND ".join(where)
    total = int(ctx.db.scalar(f"SELECT COUNT(*) FROM person_tags WHERE {clause}", params) or 0)
    rows = ctx.db.query(
        f"SELECT * FROM person_tags WHERE {clause} ORDER BY id LIMIT ? OFFSET ?", (*params, size, offset)
    )
    return page_result(ctx, [tag_summary(r) for r in rows], total, page, size)


@operation("deletePersonTag")
def delete_person_tag(ctx: OperationContext) -> None:
    workspace = ctx.workspace()
    tag_id = as_id(ctx.path["tag_id"])
    with ctx.db.tx() as conn:
        cur = conn.execute("DELETE FROM person_tags WHERE id = ? AND workspace_name = ?", (tag_id, workspace["name"]))
        if cur.rowcount == 0:  # no code is documented for it: the operation's 404 code, with a detail
            raise ApiError(
                Errors.WORKSPACE_NOT_FOUND, f"tag_id: no person tag {tag_id} in workspace {workspace['name']}."
            )
