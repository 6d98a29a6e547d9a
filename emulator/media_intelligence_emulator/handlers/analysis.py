"""The deprecated analysis API: requestAnalysis, cancelAnalysis, getAnalysisStatus (``/analyze``).

An analysis runs as background jobs (see ``_indexing``): ``WAIT_ANALYZE`` ->
``ANALYZING`` -> ``ANALYZE_COMPLETED`` / ``ANALYZE_FAIL`` / ``ANALYZE_CANCEL``;
an asset never analysed is ``BEFORE_ANALYZE``. Only an asset whose import
completed can be analysed (10010 otherwise: its file is not there yet), one
analysis at a time (10017, 422). Cancelling needs a waiting or running
analysis: 40002 when the asset never had one, 10038 when it is not running.
A completed analysis of this API adds an index and keeps the earlier ones
(``listIndexes``).
"""

from __future__ import annotations

from typing import Any

from .._context import OperationContext
from .._errors import ApiError
from .._registry import operation
from .._spec import Errors
from ._indexing import (
    RUNNING_ANALYSIS,
    analysis_settings,
    cancel_analysis,
    import_problem,
    insert_analysis,
    latest_analysis,
    running_analysis,
    status_of,
)


@operation("requestAnalysis")
def request_analysis(ctx: OperationContext) -> dict[str, Any]:
    asset = ctx.asset()
    asset_id = int(asset["id"])
    settings = analysis_settings(ctx.json)
    with ctx.db.tx() as conn:
        problem = import_problem(conn, asset_id)
        if problem:
            raise ApiError(Errors.ASSET_FILE_NOT_FOUND, problem)
        if running_analysis(conn, asset_id) is not None:
            raise ApiError(Errors.ASSET_BEING_ANALYZED)
        analysis_id, stamp = insert_analysis(conn, ctx.jobs, asset_id, "analyze", settings, ctx.user_name)
    return {"id": analysis_id, "createdTime": stamp, "createdUserName": ctx.user_name}


@operation("cancelAnalysis")
def cancel_analysis_op(ctx: OperationContext) -> None:
    asset = ctx.asset()
    with ctx.db.tx() as conn:
        row = latest_analysis(conn, int(asset["id"]))
        if row is None:
            raise ApiError(Errors.ANALYSIS_JOB_NOT_FOUND)
        if row["status"] not in RUNNING_ANALYSIS:
            raise ApiError(Errors.ASSET_NOT_BEING_ANALYZED, f"The analysis is {row['status']}.")
        cancel_analysis(conn, int(row["id"]), ctx.user_name)


@operation("getAnalysisStatus")
def get_analysis_status(ctx: OperationContext) -> dict[str, Any]:
    asset = ctx.asset()
    result = status_of(latest_analysis(ctx.db, int(asset["id"])))
    result["analysisStatusMessage"] = result["analyzeStatusMessage"]
    return result
