"""The public clients, blocking and asyncio (the same class name with ``Async`` in front).

>>> from media_intelligence import MediaIntelligence
>>> with MediaIntelligence(workspace="my-workspace") as client:   # keys from the credential chain
...     project = client.projects.create(name="news")
...     client.assets.import_from_object_storage(["clip.mp4"], bucket="my-bucket", project_id=project.project_id)
...     for hit in client.search.run(text="a dog on the beach", project_ids=[project.project_id]):
...         print(hit.asset_id, hit.start_time_ms)

Both clients take the same arguments and expose the same resource
namespaces, one per tag of the spec: ``workspaces``, ``projects``,
``assets``, ``indexes`` (+ ``indexes.legacy``), ``scene_summaries``,
``person_tags``, ``persons``, ``search``. Every operation of ``openapi.yaml``
is reachable through a method of one of them; ``client.raw`` is the
generated low-level client for anything else.

Auth, validation, retries, rate limits and errors are the client core's
(`media_intelligence._base_client`): reads (GET) and deletes (DELETE) are
retried on connection errors, 429 and 5xx; creates and changes (POST,
PATCH) only on 429 and on connection errors raised before the request was
sent, so that a retry cannot duplicate them.

Written once, async (``_async/_client.py``); ``make generate`` derives the
blocking client (``_client.py``) with tools/unasync.py.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from .._base_client import Namespace
from ._api_client import AsyncAPIClient

if TYPE_CHECKING:
    from .._raw_responses import AsyncMediaIntelligenceWithRawResponse

    # Imported on first use of a namespace (`Namespace`), not with the package.
    from ..resources import (
        AsyncAssets,
        AsyncIndexes,
        AsyncPersons,
        AsyncPersonTags,
        AsyncProjects,
        AsyncSceneSummaries,
        AsyncSearch,
        AsyncWorkspaces,
    )

__all__ = ["AsyncMediaIntelligence"]


class AsyncMediaIntelligence(AsyncAPIClient):
    """Client of the NAVER Cloud Media Intelligence API.

    ``access_key``/``secret_key``: explicit, else ``NCLOUD_ACCESS_KEY_ID``/
    ``NCLOUD_SECRET_KEY``, else ``~/.ncloud/configure`` (``profile`` or
    ``NCLOUD_PROFILE``). ``base_url``: explicit, else ``MI_BASE_URL``, else
    production. ``workspace``: the default workspace of workspace-scoped
    calls (else ``MI_WORKSPACE``). ``timeout`` (seconds or ``httpx.Timeout``),
    ``max_retries`` (default 2), ``http_client`` (an httpx client of yours;
    used as it is, not closed by this client). The other keyword arguments
    are the client core's (`BaseAPIClient`).

    Use as a context manager, or close it (``aclose()``).
    """

    # The waiters' sleep and clock; tests replace them on the instance (not constructor options).
    _waiter_sleep: Callable[[float], Awaitable[None]] | None = None
    _waiter_clock: Callable[[], float] | None = None

    # One per tag of the spec, made on first use.
    workspaces: Namespace[AsyncWorkspaces] = Namespace("workspaces", "AsyncWorkspaces")
    projects: Namespace[AsyncProjects] = Namespace("projects", "AsyncProjects")
    assets: Namespace[AsyncAssets] = Namespace("assets", "AsyncAssets")
    indexes: Namespace[AsyncIndexes] = Namespace("indexes", "AsyncIndexes")
    scene_summaries: Namespace[AsyncSceneSummaries] = Namespace("scene_summaries", "AsyncSceneSummaries")
    person_tags: Namespace[AsyncPersonTags] = Namespace("person_tags", "AsyncPersonTags")
    persons: Namespace[AsyncPersons] = Namespace("persons", "AsyncPersons")
    search: Namespace[AsyncSearch] = Namespace("search", "AsyncSearch")

    @property
    def with_raw_response(self) -> AsyncMediaIntelligenceWithRawResponse:
        """The same namespaces, whose single-request methods return `APIResponse` (result, status, headers, request id).

        ``client.with_raw_response.projects.get(12).request_id``. The calls
        go through the same validation, retries and error mapping. Lists,
        waiters and workflows return what they usually return.
        """
        from .._raw_responses import AsyncMediaIntelligenceWithRawResponse

        return AsyncMediaIntelligenceWithRawResponse(self._raw_response_copy(), self)
