"""What the namespaces share whose work on an asset ends in a state a waiter polls.

An asset import, an analysis (current and deprecated API), a scene summary:
each has a status operation and a waiter over it
(`media_intelligence._waiters.WAITERS`); ``wait_until_*`` is written here once.
"""

from __future__ import annotations

from typing import Generic, TypeVar, Unpack

from ..._waiters import WaitOptions
from .._base import AsyncAPIResource, Id
from ._waiters import AsyncAssetWaiter

__all__ = ["AsyncAssetJobs"]

_S = TypeVar("_S")


def asset_path(project_id: Id, asset_id: Id | None = None, index_id: Id | None = None) -> dict[str, str]:
    """The path parameters of an operation on a project, one of its assets, or one of an asset's indexes."""
    ids = {"project_id": project_id, "asset_id": asset_id, "index_id": index_id}
    return {name: str(value) for name, value in ids.items() if value is not None}


class AsyncAssetJobs(AsyncAPIResource, Generic[_S]):
    """A namespace with a status operation per asset and a waiter polling it."""

    def get_waiter(self) -> AsyncAssetWaiter[_S]:
        raise NotImplementedError

    async def _wait_until(
        self, asset_id: Id, *, project_id: Id, workspace: str | None = None, **options: Unpack[WaitOptions]
    ) -> _S:
        """Poll the status until the work is done and return the last status.

        The waiter's error on a failure state (`AssetImportFailedError`,
        `IndexFailedError`, `AnalysisFailedError`, `SceneSummaryFailedError`),
        `WaiterTimeoutError` after ``timeout`` seconds (default: the waiter's).
        ``options``: the wait settings and the per-call options of every poll
        (`media_intelligence._waiters.WaitOptions`).
        """
        return await self.get_waiter().wait(asset_id, project_id=project_id, workspace=workspace, **options)
