"""The public clients: `MediaIntelligence` (blocking) and `AsyncMediaIntelligence` (asyncio).

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

Auth, validation, retries, rate limits and errors are the base client's
(`media_intelligence._base_client`): reads (GET) and deletes (DELETE) are
retried on connection errors, 429 and 5xx; creates and changes (POST,
PATCH) only on 429 and on connection errors raised before the request was
sent, so that a retry cannot duplicate them.
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING

import httpx

from ._base_client import AsyncAPIClient, RateLimitsArg, SyncAPIClient
from ._contract import Contract
from ._credentials import Credentials
from ._types import NOT_GIVEN, NotGiven, TimeoutTypes

if TYPE_CHECKING:
    from ._ratelimit import RateLimiter
    from ._retry import RetryPolicy

    # The resource modules import the generated api and model modules (about
    # 175 attrs classes); they are imported on first use of a namespace
    # instead, so that ``import media_intelligence`` stays cheap.
    from .resources import (
        Assets,
        AsyncAssets,
        AsyncIndexes,
        AsyncPersons,
        AsyncPersonTags,
        AsyncProjects,
        AsyncSceneSummaries,
        AsyncSearch,
        AsyncWorkspaces,
        Indexes,
        Persons,
        PersonTags,
        Projects,
        SceneSummaries,
        Search,
        Workspaces,
    )

__all__ = ["AsyncMediaIntelligence", "MediaIntelligence"]


class MediaIntelligence(SyncAPIClient):
    """Blocking client of the NAVER Cloud Media Intelligence API.

    ``access_key``/``secret_key``: explicit, else ``NCLOUD_ACCESS_KEY_ID``/
    ``NCLOUD_SECRET_KEY``, else ``~/.ncloud/configure`` (``profile`` or
    ``NCLOUD_PROFILE``). ``base_url``: explicit, else ``MI_BASE_URL``, else
    production. ``workspace``: the default workspace of workspace-scoped
    calls (else ``MI_WORKSPACE``). ``timeout`` (seconds or ``httpx.Timeout``),
    ``max_retries`` (default 2), ``http_client`` (an ``httpx.Client`` of
    yours; not closed by this client). The other keyword arguments are the
    base client's (`BaseAPIClient`).

    Use as a context manager, or call ``close()``.
    """

    def __init__(
        self,
        *,
        access_key: str | None = None,
        secret_key: str | None = None,
        base_url: str | None = None,
        workspace: str | None = None,
        timeout: TimeoutTypes | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        profile: str | None = None,
        http_client: httpx.Client | None = None,
        credentials: Credentials | None = None,
        retry_policy: RetryPolicy | None = None,
        rate_limits: RateLimitsArg = None,
        rate_limiter: RateLimiter | None = None,
        validate_requests: bool = True,
        spec: Contract | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            access_key=access_key,
            secret_key=secret_key,
            profile=profile,
            credentials=credentials,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            retry_policy=retry_policy,
            workspace=workspace,
            http_client=http_client,
            rate_limits=rate_limits,
            rate_limiter=rate_limiter,
            validate_requests=validate_requests,
            spec=spec,
            default_headers=default_headers,
        )
        # the waiters' sleep and clock; tests replace them on the instance (not constructor options)
        self._waiter_sleep: Callable[[float], None] | None = None
        self._waiter_clock: Callable[[], float] | None = None
        # shared with with_options copies: the deprecated API warns once per client family
        self._mi_deprecations_warned: set[str] = set()

    @functools.cached_property
    def workspaces(self) -> Workspaces:
        from .resources.workspaces import Workspaces

        return Workspaces(self)

    @functools.cached_property
    def projects(self) -> Projects:
        from .resources.projects import Projects

        return Projects(self)

    @functools.cached_property
    def assets(self) -> Assets:
        from .resources.assets import Assets

        return Assets(self)

    @functools.cached_property
    def indexes(self) -> Indexes:
        from .resources.indexes import Indexes

        return Indexes(self)

    @functools.cached_property
    def scene_summaries(self) -> SceneSummaries:
        from .resources.scene_summaries import SceneSummaries

        return SceneSummaries(self)

    @functools.cached_property
    def person_tags(self) -> PersonTags:
        from .resources.person_tags import PersonTags

        return PersonTags(self)

    @functools.cached_property
    def persons(self) -> Persons:
        from .resources.persons import Persons

        return Persons(self)

    @functools.cached_property
    def search(self) -> Search:
        from .resources.search import Search

        return Search(self)


class AsyncMediaIntelligence(AsyncAPIClient):
    """Asyncio client; the twin of `MediaIntelligence` (awaitable methods, ``async with``)."""

    def __init__(
        self,
        *,
        access_key: str | None = None,
        secret_key: str | None = None,
        base_url: str | None = None,
        workspace: str | None = None,
        timeout: TimeoutTypes | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        profile: str | None = None,
        http_client: httpx.AsyncClient | None = None,
        credentials: Credentials | None = None,
        retry_policy: RetryPolicy | None = None,
        rate_limits: RateLimitsArg = None,
        rate_limiter: RateLimiter | None = None,
        validate_requests: bool = True,
        spec: Contract | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(
            access_key=access_key,
            secret_key=secret_key,
            profile=profile,
            credentials=credentials,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            retry_policy=retry_policy,
            workspace=workspace,
            http_client=http_client,
            rate_limits=rate_limits,
            rate_limiter=rate_limiter,
            validate_requests=validate_requests,
            spec=spec,
            default_headers=default_headers,
        )
        self._waiter_sleep: Callable[[float], Awaitable[None]] | None = None
        self._waiter_clock: Callable[[], float] | None = None
        self._mi_deprecations_warned: set[str] = set()

    @functools.cached_property
    def workspaces(self) -> AsyncWorkspaces:
        from .resources.workspaces import AsyncWorkspaces

        return AsyncWorkspaces(self)

    @functools.cached_property
    def projects(self) -> AsyncProjects:
        from .resources.projects import AsyncProjects

        return AsyncProjects(self)

    @functools.cached_property
    def assets(self) -> AsyncAssets:
        from .resources.assets import AsyncAssets

        return AsyncAssets(self)

    @functools.cached_property
    def indexes(self) -> AsyncIndexes:
        from .resources.indexes import AsyncIndexes

        return AsyncIndexes(self)

    @functools.cached_property
    def scene_summaries(self) -> AsyncSceneSummaries:
        from .resources.scene_summaries import AsyncSceneSummaries

        return AsyncSceneSummaries(self)

    @functools.cached_property
    def person_tags(self) -> AsyncPersonTags:
        from .resources.person_tags import AsyncPersonTags

        return AsyncPersonTags(self)

    @functools.cached_property
    def persons(self) -> AsyncPersons:
        from .resources.persons import AsyncPersons

        return AsyncPersons(self)

    @functools.cached_property
    def search(self) -> AsyncSearch:
        from .resources.search import AsyncSearch

        return AsyncSearch(self)
