"""Helpers shared by handler modules."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from .._context import OperationContext
from .._db import Database

__all__ = ["ANALYSING_STATES", "asset_is_analysing", "page_bounds", "page_result", "workspace_is_analysing"]

#: Analysis states in which an asset counts as "being analysed" (10017 on delete).
ANALYSING_STATES = ("WAIT_ANALYZE", "ANALYZING")
_MAX_OFFSET = 2**62  # SQLite integers are 64-bit; a page past this is simply empty


def asset_is_analysing(db: Database, asset_id: int) -> bool:
    """True while an analysis of the asset is queued or running."""
    marks = ",".join("?" * len(ANALYSING_STATES))
    return (
        db.one(
            f"SELECT 1 FROM analyses WHERE asset_id = ? AND status IN ({marks}) LIMIT 1", (asset_id, *ANALYSING_STATES)
        )
        is not None
    )


def workspace_is_analysing(db: Database, workspace_name: str) -> bool:
    """True while any asset of the workspace is being analysed."""
    marks = ",".join("?" * len(ANALYSING_STATES))
    return (
        db.one(
            "SELECT 1 FROM analyses a JOIN assets s ON s.id = a.asset_id "
            f"WHERE s.workspace_name = ? AND a.status IN ({marks}) LIMIT 1",
            (workspace_name, *ANALYSING_STATES),
        )
        is not None
    )


def page_bounds(ctx: OperationContext) -> tuple[int, int, int]:
    """(page number, page size, SQL offset) of a paged operation, from its ``x-pagination`` parameters."""
    paging = ctx.operation.extension("x-pagination") or {}
    page_param = str(paging.get("pageParam", "pageNum"))
    size_param = str(paging.get("sizeParam", "pageSize"))
    first = int(paging.get("firstPage", 1))
    page = int(ctx.query.get(page_param, first))
    size = int(ctx.query.get(size_param) or 1000)
    offset = max(0, page - first) * size
    return page, size, min(offset, _MAX_OFFSET)


def page_result(ctx: OperationContext, content: Sequence[Any], total: int, page: int, size: int) -> dict[str, Any]:
    """A page wrapper named after the operation's ``x-pagination`` (items, total count, total pages)
    plus ``pageNo``/``pageSize`` echoes."""
    paging = ctx.operation.extension("x-pagination") or {}
    result: dict[str, Any] = {str(paging.get("itemsField", "content")): list(content)}
    if paging.get("totalCountField", "totalCount"):
        result[str(paging.get("totalCountField", "totalCount"))] = total
    if paging.get("totalPagesField", "totalPage"):
        result[str(paging.get("totalPagesField", "totalPage"))] = math.ceil(total / size) if size else 0
    result["pageNo"] = page
    result["pageSize"] = size
    return result
