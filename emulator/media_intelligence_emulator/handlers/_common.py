"""Helpers shared by handler modules."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from .._context import OperationContext
from .._db import Database
from .._spec import Pagination, StatusEnums, running

__all__ = ["ANALYSING_STATES", "asset_is_analysing", "page_bounds", "page_result", "workspace_is_analysing"]

#: Analysis states in which an asset counts as "being analysed" (10017 on delete): ``x-running-states``.
ANALYSING_STATES = running(StatusEnums.INDEX_STATUS)
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


def _paging(ctx: OperationContext) -> Pagination:
    paging = ctx.operation.pagination
    if paging is None:  # a handler paged an operation the spec does not page: a bug of the emulator
        raise TypeError(f"{ctx.operation_id} has no x-pagination")
    return paging


def page_bounds(ctx: OperationContext) -> tuple[int, int, int]:
    """(page number, page size, SQL offset) of a paged operation, from its ``x-pagination`` parameters."""
    paging = _paging(ctx)
    first = paging.first_page
    source = ctx.body if paging.location == "body" and isinstance(ctx.body, dict) else ctx.query
    page = int(source.get(paging.page_param, first))
    given = source.get(paging.size_param)
    # no size: the spec's default, else the largest page it allows
    size = int(given or paging.default_size or paging.max_size or 0) or 1
    offset = max(0, page - first) * size
    return page, size, min(offset, _MAX_OFFSET)


def page_result(ctx: OperationContext, content: Sequence[Any], total: int, page: int, size: int) -> dict[str, Any]:
    """A page wrapper named after the operation's ``x-pagination`` (items, total count, total pages)
    plus ``pageNo``/``pageSize`` echoes."""
    paging = _paging(ctx)
    result: dict[str, Any] = {paging.items_field: list(content)}
    if paging.total_count_field:
        result[paging.total_count_field] = total
    if paging.total_pages_field:
        result[paging.total_pages_field] = math.ceil(total / size) if size else 0
    result["pageNo"] = page
    result["pageSize"] = size
    return result
