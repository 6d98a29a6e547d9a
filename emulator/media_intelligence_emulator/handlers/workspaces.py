"""Workspaces: createWorkspace, listWorkspaces, getWorkspace, deleteWorkspace.

A workspace belongs to the access key that created it (another key gets
401/10003 on it) and is created with its base project. Names are unique
across the emulator (20012). A ``bucketName`` is linked as given (the bucket
may be created later); importAssets answers 10041 when it can't be read.
With the built-in S3 store, a linked bucket that no store serves yet is
created there, so that ``mi analyze`` can upload to it with no other setup.
"""

from __future__ import annotations

import logging
import sqlite3
from datetime import UTC, datetime
from typing import Any

from .._context import OperationContext
from .._db import now_iso
from .._errors import ApiError
from .._registry import operation
from .._spec import Errors
from ._common import page_bounds, page_result, workspace_is_analysing

log = logging.getLogger("media_intelligence_emulator")

BASE_PROJECT_NAME = "Base project"


def _summary(row: sqlite3.Row) -> dict[str, Any]:
    return {
        "workspaceName": row["name"],
        "createdUserName": row["created_user"],
        "createdTime": row["created_time"],
        "updatedUserName": row["updated_user"],
        "updatedTime": row["updated_time"],
    }


def _listed(ctx: OperationContext, row: sqlite3.Row) -> dict[str, Any]:
    item = {"workspaceName": row["name"], "workspaceUrl": f"{ctx.base_url}/api/v1/workspaces/{row['name']}"}
    if row["bucket_name"]:
        item["bucketName"] = row["bucket_name"]
    item.update({k: v for k, v in _summary(row).items() if k != "workspaceName"})
    return item


def _monthly_analysis_count(ctx: OperationContext, name: str) -> int:
    month_start = datetime.now(UTC).replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    return int(
        ctx.db.scalar(
            "SELECT COUNT(*) FROM analyses a JOIN assets s ON s.id = a.asset_id "
            "WHERE s.workspace_name = ? AND a.created_time >= ?",
            (name, month_start.isoformat(timespec="seconds")),
        )
        or 0
    )


@operation("createWorkspace")
def create_workspace(ctx: OperationContext) -> dict[str, Any]:
    name = str(ctx.body["workspaceName"])
    bucket = ctx.body.get("bucketName")  # linked as given; importAssets checks that it can be read (10041)
    stamp, user = now_iso(), ctx.user_name
    with ctx.db.tx() as conn:
        if conn.execute("SELECT 1 FROM workspaces WHERE name = ?", (name,)).fetchone():
            raise ApiError(Errors.WORKSPACE_NAME_EXISTS)
        conn.execute(
            "INSERT INTO workspaces (name, owner_access_key, bucket_name, created_user, created_time,"
            " updated_user, updated_time) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (name, ctx.access_key, bucket, user, stamp, user, stamp),
        )
        conn.execute(
            "INSERT INTO projects (workspace_name, name, is_base, created_user, created_time, updated_user,"
            " updated_time) VALUES (?, ?, 1, ?, ?, ?, ?)",
            (name, BASE_PROJECT_NAME, user, stamp, user, stamp),
        )
        row = conn.execute("SELECT * FROM workspaces WHERE name = ?", (name,)).fetchone()
    if bucket and ctx.state.s3 is not None:
        _create_bucket(ctx, str(bucket))
    return _summary(row)


def _create_bucket(ctx: OperationContext, bucket: str) -> None:
    try:
        if not ctx.storage.has_bucket(bucket):
            ctx.state.s3.ensure_bucket(bucket)  # type: ignore[union-attr]
    except Exception as exc:  # a name S3 refuses stays linked as given, as on NAVER Cloud
        log.info("bucket %s not created in the built-in S3 store: %s", bucket[:100], exc)


@operation("listWorkspaces")
def list_workspaces(ctx: OperationContext) -> dict[str, Any]:
    page, size, offset = page_bounds(ctx)
    total = int(ctx.db.scalar("SELECT COUNT(*) FROM workspaces WHERE owner_access_key = ?", (ctx.access_key,)) or 0)
    rows = ctx.db.query(
        "SELECT * FROM workspaces WHERE owner_access_key = ? ORDER BY rowid LIMIT ? OFFSET ?",
        (ctx.access_key, size, offset),
    )
    return page_result(ctx, [_listed(ctx, r) for r in rows], total, page, size)


@operation("getWorkspace")
def get_workspace(ctx: OperationContext) -> dict[str, Any]:
    row = ctx.workspace()
    result = _listed(ctx, row)
    result["monthlyAnalysisCount"] = _monthly_analysis_count(ctx, row["name"])
    return result


@operation("deleteWorkspace")
def delete_workspace(ctx: OperationContext) -> dict[str, Any]:
    row = ctx.workspace()
    with ctx.db.tx() as conn:
        if workspace_is_analysing(ctx.db, row["name"]):
            raise ApiError(Errors.ASSET_BEING_ANALYZED)
        conn.execute("DELETE FROM workspaces WHERE name = ?", (row["name"],))
    return {"workspaceName": row["name"]}
