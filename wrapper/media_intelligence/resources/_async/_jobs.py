"""What the namespaces share whose work on an asset ends in a state a waiter polls.

An asset import, an analysis (current and deprecated API), a scene summary:
each has a status operation and a waiter over it
(`media_intelligence._waiters.WAITERS`); ``wait_until_*`` is written here once.
"""

from __future__ import annotations

from typing import Generic, TypeVar

from ..._waiters import AsyncWaiter, ProgressCallback
from .._base import AsyncAPIResource, Id

__all__ = ["AsyncAssetJobs"]

_S = TypeVar("_S")


class AsyncAssetJobs(AsyncAPIResource, Generic[_S]):
    """A namespace with a status operation per asset and a waiter polling it."""

    def get_waiter(self) -> AsyncWaiter[_S]:
        raise NotImplementedError

    async def _wait_until(
        self,
        asset_id: Id,
        *,
        project_id: Id,
        workspace: str | None = None,
        timeout: float | None = None,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> _S:
        """Poll the status until the work is done and return the last status.

        The waiter's error on a failure state (`AssetImportFailedError`,
        `IndexFailedError`, `AnalysisFailedError`, `SceneSummaryFailedError`),
        `WaiterTimeoutError` after ``timeout`` seconds (default: the waiter's).
        """
        waiter = self.get_waiter()
        return await waiter.wait(
            asset_id,
            project_id=project_id,
            workspace=workspace,
            timeout=timeout,
            poll_interval=poll_interval,
            on_progress=on_progress,
        )
