"""``client.indexes``: analysing assets and reading their index (tags ``indexes`` and ``analysis``).

The current API keeps one latest index per asset (``/index``):
``request`` -> ``wait_until_done`` (or ``status``) -> ``get``. The deprecated
API (``/analyze`` and ``/indexes/{index_id}``, removal announced for January
2027) is under ``client.indexes.legacy``; its first use warns with a
`DeprecationWarning`, once per client. A retried analysis request could
start a second analysis and count against the monthly analysis quota. The
single operations are rendered from tools/resource_table.py (`_rendered`).
"""

from __future__ import annotations

import functools
from typing import Literal

from media_intelligence_client import models

from ._jobs import AsyncAssetJobs
from ._rendered import AsyncIndexesOps, AsyncLegacyIndexesOps
from ._waiters import AsyncAssetWaiter

__all__ = ["AsyncIndexes", "AsyncLegacyIndexes"]


class AsyncIndexes(AsyncIndexesOps, AsyncAssetJobs[models.IndexStatusResult]):
    """Analysis requests and indexes of assets (the current ``/index`` API)."""

    @functools.cached_property
    def legacy(self) -> AsyncLegacyIndexes:
        """The deprecated analysis API (``/analyze``, ``/indexes/{index_id}``)."""
        return AsyncLegacyIndexes(self._client)

    def get_waiter(self, name: Literal["done"] = "done") -> AsyncAssetWaiter[models.IndexStatusResult]:
        """The ``done`` waiter (polls ``getIndexStatus``; see `media_intelligence._waiters`)."""
        return AsyncAssetWaiter(self._client, "indexes", name, self.status)

    wait_until_done = AsyncAssetJobs._wait_until


class AsyncLegacyIndexes(AsyncLegacyIndexesOps, AsyncAssetJobs[models.AnalysisStatusResult]):
    """The deprecated analysis API; its first call warns `DeprecationWarning` (once per client)."""

    def get_waiter(self, name: Literal["done"] = "done") -> AsyncAssetWaiter[models.AnalysisStatusResult]:
        """The ``done`` waiter of the deprecated API (polls ``getAnalysisStatus``)."""
        return AsyncAssetWaiter(self._client, "indexes.legacy", name, self.analysis_status)

    wait_until_done = AsyncAssetJobs._wait_until
