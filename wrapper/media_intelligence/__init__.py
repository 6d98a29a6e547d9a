"""Python SDK for the NAVER Cloud Media Intelligence API.

The public surface, all listed in ``__all__``: the two clients
(`MediaIntelligence`, `AsyncMediaIntelligence`), their options and defaults
(`Credentials`, `RetryPolicy`, `RateLimit`, `DEFAULT_TIMEOUT`...), the
exception hierarchy with one class per API error code (written by ``make
generate``; ``from media_intelligence import ProjectNotFoundError`` works),
the waiter, paginator and search result types. The generated response models
are in ``media_intelligence_client.models``.

The building blocks under the clients live in documented submodules:
`media_intelligence.core` (the client core, request validation, signing,
credentials, logging, pagination and waiter configuration) and
`media_intelligence.errors` (the hierarchy again, the code tables and
`error_from_response`).

Import time: the names that pull in heavy dependencies (the retry policy, the
rate limiter, waiters, paginators, search results
and the generated models behind them) are imported on first access (PEP 562
``__getattr__``).
"""

from __future__ import annotations

import importlib as _importlib
from typing import TYPE_CHECKING, Any

from . import _error_codes, _errors, errors
from ._base_client import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, APIResponse
from ._credentials import DEFAULT_BASE_URL, Credentials
from ._error_codes import *  # noqa: F403 - one class per error code, listed in its __all__
from ._errors import *  # noqa: F403 - the exception hierarchy, listed in its __all__
from ._http_clients import DEFAULT_CONNECTION_LIMITS, DefaultAsyncHttpxClient, DefaultHttpxClient
from ._types import NOT_GIVEN, NotGiven

# isort: split
# The clients come after the core: ``_client`` builds on everything above.
from ._client import AsyncMediaIntelligence, MediaIntelligence

if TYPE_CHECKING:
    # Imported on first access, see `_LAZY` and ``__getattr__`` below; the
    # type checker sees them here.
    from . import core
    from ._aiohttp import DefaultAioHttpClient
    from ._pagination import AsyncPaginator, SyncPaginator
    from ._ratelimit import RateLimit
    from ._retry import RetryPolicy
    from ._waiters import (
        AnalysisFailedError,
        AssetImportFailedError,
        AsyncWaiter,
        IndexFailedError,
        SceneSummaryFailedError,
        SearchFailedError,
        UploadFailedError,
        Waiter,
        WaiterFailedError,
        WaiterProgress,
    )
    from .resources import AsyncSearchResults, SearchResults

# The clients, their options and defaults, the exception hierarchy, waiters, paginators and search
# results, the public submodules; plus one class per error code, below.
__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_CONNECTION_LIMITS",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "NOT_GIVEN",
    "APIResponse",
    "AnalysisFailedError",
    "AssetImportFailedError",
    "AsyncMediaIntelligence",
    "AsyncPaginator",
    "AsyncSearchResults",
    "AsyncWaiter",
    "Credentials",
    "DefaultAioHttpClient",
    "DefaultAsyncHttpxClient",
    "DefaultHttpxClient",
    "IndexFailedError",
    "MediaIntelligence",
    "NotGiven",
    "RateLimit",
    "RetryPolicy",
    "SceneSummaryFailedError",
    "SearchFailedError",
    "SearchResults",
    "SyncPaginator",
    "UploadFailedError",
    "Waiter",
    "WaiterFailedError",
    "WaiterProgress",
    "core",
    "errors",
]

# The exception hierarchy, and one class per error code (written by `make generate` from openapi.yaml).
__all__ += _errors.__all__
__all__ += [name for name in _error_codes.__all__ if name.endswith("Error")]


#: Public names imported on first access (PEP 562): ``{name: module}``.
_LAZY: dict[str, str] = {
    **dict.fromkeys(("AsyncPaginator", "SyncPaginator"), "._pagination"),
    "RateLimit": "._ratelimit",
    "RetryPolicy": "._retry",
    # aiohttp costs tens of milliseconds to import: only for those who use it.
    "DefaultAioHttpClient": "._aiohttp",
    **dict.fromkeys(
        (
            "AnalysisFailedError",
            "AssetImportFailedError",
            "AsyncWaiter",
            "IndexFailedError",
            "SceneSummaryFailedError",
            "SearchFailedError",
            "UploadFailedError",
            "Waiter",
            "WaiterFailedError",
            "WaiterProgress",
        ),
        "._waiters",
    ),
    **dict.fromkeys(("AsyncSearchResults", "SearchResults"), ".resources.search"),
}
#: Submodules that used to be imported with the package, still reachable as
#: attributes (``media_intelligence.resources``) without an import of their own.
_SUBMODULES = frozenset(
    {"core", "resources", "_pagination", "_ratelimit", "_retry", "_uploads", "_waiters", "_workflows"}
)


if not TYPE_CHECKING:
    # Hidden from type checkers, so that a misspelled name is an error there:
    # they see the lazy names through the TYPE_CHECKING imports above.

    def __getattr__(name: str) -> Any:
        if name in _SUBMODULES:
            return _importlib.import_module(f"{__name__}.{name}")
        module = _LAZY.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(_importlib.import_module(module, __name__), name)
        globals()[name] = value  # later lookups skip this hook
        return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
