"""Indexes: the deprecated ``/indexes/{index_id}`` API and the current ``/index`` API.

Deprecated (several indexes per asset, addressed by id): listIndexes (50003
when the asset has no index), getIndexById (40002 for an id that is not an
index of the asset or was deleted, 50003 while its analysis has not
completed or when it failed), deleteIndexById (10017 while the asset is being
analysed, 40002 for an id that is not an index: unknown, deleted, or an
analysis that failed or was cancelled).

Current (one latest index per asset): requestIndex (409 while an analysis
waits or runs, or before the import completed), getIndexStatus, cancelIndex
(409 unless ``WAIT_ANALYZE``/``ANALYZING``; 40002 when never analysed),
getIndex (50003 without a completed index; the previous index stays readable
while a new analysis runs or after one failed), deleteIndex (409 while
analysing, 50003 without a completed index; the scene summaries go with it).
A completed analysis of this API replaces the earlier indexes.

See ``_indexing`` for the state machine and the index content.
"""

from __future__ import annotations

from typing import Any

from mi_spec.enums import DEFAULT_INDEX_CONFIDENCE_LEVEL, IndexStatus

from .._context import OperationContext
from .._errors import ApiError
from .._registry import operation
from .._spec import Errors
from ._indexing import (
    RUNNING_ANALYSIS,
    analysis_settings,
    as_id,
    cancel_analysis,
    drop_index,
    import_problem,
    index_content,
    index_header,
    insert_analysis,
    latest_analysis,
    latest_index,
    running_analysis,
    status_of,
)

CONFLICT = 409


def _confidence(ctx: OperationContext) -> str:
    return str(ctx.query.get("confidence_level") or DEFAULT_INDEX_CONFIDENCE_LEVEL)


# -- deprecated: /indexes/{index_id} ------------------------------------------------------------


@operation("listIndexes")
def list_indexes(ctx: OperationContext) -> dict[str, Any]:
    asset = ctx.asset()
    rows = ctx.db.query(
        "SELECT * FROM analyses WHERE asset_id = ? AND deleted = 0 AND status = ? ORDER BY id",
        (asset["id"], IndexStatus.ANALYZE_COMPLETED),
    )
    if not rows:
        raise ApiError(Errors.ANALYSIS_RESULT_MISSING)
    return {"totalCount": len(rows), "indexes": [index_header(r, asset) for r in rows]}


@operation("getIndexById")
def get_index_by_id(ctx: OperationContext) -> dict[str, Any]:
    asset = ctx.asset()
    row = ctx.db.one(
        "SELECT * FROM analyses WHERE id = ? AND asset_id = ? AND deleted = 0",
        (as_id(ctx.path["index_id"]), asset["id"]),
    )
    if row is None:
        raise ApiError(Errors.ANALYSIS_JOB_NOT_FOUND)
    if row["status"] != IndexStatus.ANALYZE_COMPLETED:
        raise ApiError(Errors.ANALYSIS_RESULT_MISSING, f"The analysis is {row['status']}.")
    return index_content(ctx.db, row, asset, _confidence(ctx))


@operation("deleteIndexById")
def delete_index_by_id(ctx: OperationContext) -> None:
    asset = ctx.asset()
    with ctx.db.tx() as conn:
        row = conn.execute(
            "SELECT * FROM analyses WHERE id = ? AND asset_id = ? AND deleted = 0",
            (as_id(ctx.path["index_id"]), asset["id"]),
        ).fetchone()
        if row is None:
            raise ApiError(Errors.ANALYSIS_JOB_NOT_FOUND)
        if running_analysis(conn, int(asset["id"])) is not None:
            raise ApiError(Errors.ASSET_BEING_ANALYZED)
        if row["status"] != IndexStatus.ANALYZE_COMPLETED:  # a failed or cancelled analysis made no index
            raise ApiError(Errors.ANALYSIS_JOB_NOT_FOUND, f"The analysis is {row['status']}; it made no index.")
        drop_index(conn, int(row["id"]), ctx.user_name)


# -- current: /index ---------------------------------------------------------------------------------


@operation("requestIndex")
def request_index(ctx: OperationContext) -> dict[str, Any]:
    asset = ctx.asset()
    asset_id = int(asset["id"])
    sent = ctx.json if isinstance(ctx.json, dict) else {}
    low, high = sent.get("minSceneDurationSec"), sent.get("maxSceneDurationSec")
    if isinstance(low, int) and isinstance(high, int) and low > high:
        raise ApiError(Errors.INVALID_REQUEST, "minSceneDurationSec: must not exceed maxSceneDurationSec")
    settings = analysis_settings(sent)
    with ctx.db.tx() as conn:
        problem = import_problem(conn, asset_id)
        if problem:
            raise ApiError(Errors.ASSET_BEING_ANALYZED, problem, status=CONFLICT)
        if running_analysis(conn, asset_id) is not None:
            raise ApiError(
                Errors.ASSET_BEING_ANALYZED, "An analysis of the asset is already waiting or running.", status=CONFLICT
            )
        analysis_id, stamp = insert_analysis(conn, ctx.jobs, asset_id, "index", settings, ctx.user_name)
    return {"id": analysis_id, "createdTime": stamp, "createdUserName": ctx.user_name}


@operation("getIndexStatus")
def get_index_status(ctx: OperationContext) -> dict[str, Any]:
    asset = ctx.asset()
    return status_of(latest_analysis(ctx.db, int(asset["id"])))


@operation("cancelIndex")
def cancel_index(ctx: OperationContext) -> None:
    asset = ctx.asset()
    with ctx.db.tx() as conn:
        row = latest_analysis(conn, int(asset["id"]))
        if row is None:
            raise ApiError(Errors.ANALYSIS_JOB_NOT_FOUND)
        if row["status"] not in RUNNING_ANALYSIS:
            raise ApiError(
                Errors.ASSET_NOT_BEING_ANALYZED,
                f"Cannot cancel analysis in the current state ({row['status']}).",
                status=CONFLICT,
            )
        cancel_analysis(conn, int(row["id"]), ctx.user_name)


@operation("getIndex")
def get_index(ctx: OperationContext) -> dict[str, Any]:
    asset = ctx.asset()
    row = latest_index(ctx.db, int(asset["id"]))
    if row is None:
        raise ApiError(Errors.ANALYSIS_RESULT_MISSING)
    return index_content(ctx.db, row, asset, _confidence(ctx))


@operation("deleteIndex")
def delete_index(ctx: OperationContext) -> None:
    asset = ctx.asset()
    with ctx.db.tx() as conn:
        if running_analysis(conn, int(asset["id"])) is not None:
            raise ApiError(
                Errors.ASSET_BEING_ANALYZED, "An analysis of the asset is waiting or running.", status=CONFLICT
            )
        row = latest_index(conn, int(asset["id"]))
        if row is None:
            raise ApiError(Errors.ANALYSIS_RESULT_MISSING)
        drop_index(conn, int(row["id"]), ctx.user_name)
