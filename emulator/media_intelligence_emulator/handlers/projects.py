"""Projects: createProject, listProjects, getProject, updateProject, deleteProject.

Every workspace has one base project (``isBaseProject``) that can't be
renamed (10027) or deleted (10033). Names are unique per workspace (10026),
at most 100 characters (10049, answered before schema validation so it wins
over 10001), at most 1,000 projects per workspace (10045, base included).
Deleting a project deletes its assets.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from .._context import OperationContext, RawRequest
from .._db import now_iso
from .._errors import ApiError
from .._registry import operation, prevalidate
from .._spec import Errors, Limits, body_property

#: Projects a workspace may hold (409/10045; the spec's ``x-limits``).
MAX_PROJECTS_PER_WORKSPACE = Limits.PROJECTS_PER_WORKSPACE
#: The longest project name (the schema's ``maxLength``; past it 409/10049, checked before the schema).
MAX_NAME_LENGTH = int(body_property("createProject", "name")["maxLength"])


def project_dict(row: sqlite3.Row) -> dict[str, Any]:
    """A ``Project`` of the spec."""
    return {
        "projectId": row["id"],
        "name": row["name"],
        "isBaseProject": bool(row["is_base"]),
        "createdUserName": row["created_user"],
        "createdTime": row["created_time"],
        "updatedUserName": row["updated_user"],
        "updatedTime": row["updated_time"],
    }


@prevalidate("createProject", "updateProject")
def _name_too_long(raw: RawRequest) -> None:
    body = raw.json
    if isinstance(body, dict) and isinstance(body.get("name"), str) and len(body["name"]) > MAX_NAME_LENGTH:
        raise ApiError(Errors.PROJECT_NAME_TOO_LONG)


@operation("createProject")
def create_project(ctx: OperationContext) -> dict[str, Any]:
    workspace = ctx.workspace()
    name = str(ctx.body["name"])
    stamp, user = now_iso(), ctx.user_name
    with ctx.db.tx() as conn:
        count = conn.execute("SELECT COUNT(*) FROM projects WHERE workspace_name = ?", (workspace["name"],)).fetchone()
        if int(count[0]) >= MAX_PROJECTS_PER_WORKSPACE:
            raise ApiError(Errors.WORKSPACE_ITEM_LIMIT_EXCEEDED)
        if conn.execute(
            "SELECT 1 FROM projects WHERE workspace_name = ? AND name = ?", (workspace["name"], name)
        ).fetchone():
            raise ApiError(Errors.PROJECT_NAME_EXISTS)
        cur = conn.execute(
            "INSERT INTO projects (workspace_name, name, is_base, created_user, created_time, updated_user,"
            " updated_time) VALUES (?, ?, 0, ?, ?, ?, ?)",
            (workspace["name"], name, user, stamp, user, stamp),
        )
        row = conn.execute("SELECT * FROM projects WHERE id = ?", (cur.lastrowid,)).fetchone()
    return project_dict(row)


@operation("listProjects")
def list_projects(ctx: OperationContext) -> dict[str, Any]:
    workspace = ctx.workspace()
    rows = ctx.db.query("SELECT * FROM projects WHERE workspace_name = ? ORDER BY id", (workspace["name"],))
    return {"projects": [project_dict(r) for r in rows], "totalCount": len(rows)}


@operation("getProject")
def get_project(ctx: OperationContext) -> dict[str, Any]:
    return project_dict(ctx.project())


@operation("updateProject")
def update_project(ctx: OperationContext) -> dict[str, Any]:
    project = ctx.project()
    if project["is_base"]:
        raise ApiError(Errors.BASE_PROJECT_RENAME_FORBIDDEN)
    name = str(ctx.body["name"])
    with ctx.db.tx() as conn:
        clash = conn.execute(
            "SELECT 1 FROM projects WHERE workspace_name = ? AND name = ? AND id != ?",
            (project["workspace_name"], name, project["id"]),
        ).fetchone()
        if clash:
            raise ApiError(Errors.PROJECT_NAME_EXISTS)
        conn.execute(
            "UPDATE projects SET name = ?, updated_user = ?, updated_time = ? WHERE id = ?",
            (name, ctx.user_name, now_iso(), project["id"]),
        )
        row = conn.execute("SELECT * FROM projects WHERE id = ?", (project["id"],)).fetchone()
    return project_dict(row)


@operation("deleteProject")
def delete_project(ctx: OperationContext) -> None:
    project = ctx.project()
    if project["is_base"]:
        raise ApiError(Errors.BASE_PROJECT_DELETE_FORBIDDEN)
    ctx.db.execute("DELETE FROM projects WHERE id = ?", (project["id"],))
