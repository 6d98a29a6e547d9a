"""Python SDK for the NAVER Cloud Media Intelligence API.

The public surface: the client core (`SyncAPIClient`, `AsyncAPIClient`),
NCP signature v2 auth, the credential chain, the exception hierarchy (one
class per API error code, written by ``make generate``; ``from
media_intelligence import ProjectNotFoundError`` works), the retry policy and
the rate limiter.

Import time: the names that pull in heavy dependencies and are rarely needed
at the top level (the retry policy and tenacity, the rate limiter and
asyncio, waiters, paginators, uploads, search results and the generated
models behind them) are imported on first access (PEP 562 ``__getattr__``);
``from media_intelligence import X`` works for every name of ``__all__``.
"""

from __future__ import annotations

import importlib as _importlib
from typing import TYPE_CHECKING, Any

from . import _error_codes, errors
from ._auth import NcpSignatureV2Auth, sign, string_to_sign
from ._base_client import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, AsyncAPIClient, SyncAPIClient
from ._credentials import DEFAULT_BASE_URL, Credentials, resolve_base_url, resolve_credentials
from ._error_codes import *  # noqa: F403 - one class per error code, listed in its __all__
from ._errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    CredentialsNotFoundError,
    InternalServerError,
    MediaIntelligenceError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RequestEntityTooLargeError,
    RequestValidationError,
    UnprocessableEntityError,
    Violation,
    WaiterError,
    WaiterTimeoutError,
    error_from_response,
)
from ._http_clients import DEFAULT_CONNECTION_LIMITS, DefaultAsyncHttpxClient, DefaultHttpxClient
from ._logging import setup_logging
from ._redact import SecretStr
from ._types import NOT_GIVEN, NotGiven
from ._validation import RequestValidator
from .errors import ERROR_CODES, GATEWAY_ERROR_CODES

# isort: split
# The clients come after the core: ``_client`` builds on everything above.
from ._client import AsyncMediaIntelligence, MediaIntelligence

if TYPE_CHECKING:
    from ._aiohttp import DefaultAioHttpClient

    # Imported on first access, see `_LAZY` and ``__getattr__`` below; the
    # type checker sees them here.
    from ._pagination import AsyncPaginator, Pagination, SyncPaginator
    from ._ratelimit import RateLimit, RateLimiter
    from ._retry import RetryPolicy
    from ._uploads import PreparedUpload, UploadRules, check_upload
    from ._waiters import (
        WAITERS,
        AnalysisFailedError,
        AssetImportFailedError,
        AsyncWaiter,
        IndexFailedError,
        SceneSummaryFailedError,
        SearchFailedError,
        TerminalStates,
        UploadFailedError,
        Waiter,
        WaiterConfig,
        WaiterFailedError,
        WaiterProgress,
        terminal_states,
    )
    from .resources import AsyncSearchResults, SearchResults

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_CONNECTION_LIMITS",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "ERROR_CODES",
    "GATEWAY_ERROR_CODES",
    "NOT_GIVEN",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncAPIClient",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "Credentials",
    "CredentialsNotFoundError",
    "DefaultAioHttpClient",
    "DefaultAsyncHttpxClient",
    "DefaultHttpxClient",
    "InternalServerError",
    "MediaIntelligenceError",
    "NcpSignatureV2Auth",
    "NotFoundError",
    "NotGiven",
    "PermissionDeniedError",
    "RateLimit",
    "RateLimitError",
    "RateLimiter",
    "RequestEntityTooLargeError",
    "RequestValidationError",
    "RequestValidator",
    "RetryPolicy",
    "SecretStr",
    "SyncAPIClient",
    "UnprocessableEntityError",
    "Violation",
    "WaiterError",
    "WaiterTimeoutError",
    "error_from_response",
    "errors",
    "resolve_base_url",
    "resolve_credentials",
    "setup_logging",
    "sign",
    "string_to_sign",
]

__all__ += [
    "WAITERS",
    "AnalysisFailedError",
    "AssetImportFailedError",
    "AsyncMediaIntelligence",
    "AsyncPaginator",
    "AsyncSearchResults",
    "AsyncWaiter",
    "IndexFailedError",
    "MediaIntelligence",
    "Pagination",
    "PreparedUpload",
    "SceneSummaryFailedError",
    "SearchFailedError",
    "SearchResults",
    "SyncPaginator",
    "TerminalStates",
    "UploadFailedError",
    "UploadRules",
    "Waiter",
    "WaiterConfig",
    "WaiterFailedError",
    "WaiterProgress",
    "check_upload",
    "terminal_states",
]

# One class per error code, written by `make generate` from openapi.yaml.
__all__ += _error_codes.__all__


#: Public names imported on first access (PEP 562): ``{name: module}``.
_LAZY: dict[str, str] = {
    **dict.fromkeys(("AsyncPaginator", "Pagination", "SyncPaginator"), "._pagination"),
    **dict.fromkeys(("RateLimit", "RateLimiter"), "._ratelimit"),
    "RetryPolicy": "._retry",
    # aiohttp costs tens of milliseconds to import: only for those who use it.
    "DefaultAioHttpClient": "._aiohttp",
    **dict.fromkeys(("PreparedUpload", "UploadRules", "check_upload"), "._uploads"),
    **dict.fromkeys(
        (
            "WAITERS",
            "AnalysisFailedError",
            "AssetImportFailedError",
            "AsyncWaiter",
            "IndexFailedError",
            "SceneSummaryFailedError",
            "SearchFailedError",
            "TerminalStates",
            "UploadFailedError",
            "Waiter",
            "WaiterConfig",
            "WaiterFailedError",
            "WaiterProgress",
            "terminal_states",
        ),
        "._waiters",
    ),
    **dict.fromkeys(("AsyncSearchResults", "SearchResults"), ".resources.search"),
}
#: Submodules that used to be imported with the package, still reachable as
#: attributes (``media_intelligence.resources``) without an import of their own.
_SUBMODULES = frozenset({"resources", "_pagination", "_ratelimit", "_retry", "_uploads", "_waiters", "_workflows"})


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
