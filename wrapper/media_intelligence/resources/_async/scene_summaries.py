"""``client.scene_summaries``: natural-language summaries of an asset's scenes (tag ``scene-summaries``).

``request`` -> ``wait_until_done`` (or ``status``) -> ``get``. The single
operations are rendered from tools/resource_table.py (`_rendered`).
"""

from __future__ import annotations

from typing import Literal

from media_intelligence_client import models

from ._jobs import AsyncAssetJobs
from ._rendered import AsyncSceneSummariesOps
from ._waiters import AsyncAssetWaiter

__all__ = ["AsyncSceneSummaries"]


class AsyncSceneSummaries(AsyncSceneSummariesOps, AsyncAssetJobs[models.SceneSummaryStatusResult]):
    """Scene summaries of analysed assets."""

    def get_waiter(self, name: Literal["done"] = "done") -> AsyncAssetWaiter[models.SceneSummaryStatusResult]:
        """The ``done`` waiter (polls ``getSceneSummaryStatus``; see `media_intelligence._waiters`)."""
        return AsyncAssetWaiter(self._client, "scene_summaries", name, self.status)

    wait_until_done = AsyncAssetJobs._wait_until
