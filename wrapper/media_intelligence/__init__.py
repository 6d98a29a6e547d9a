"""Python SDK for the NAVER Cloud Media Intelligence API.

The public surface: the client core (`SyncAPIClient`, `AsyncAPIClient`),
NCP signature v2 auth, the credential chain, the exception hierarchy (one
class per API error code; ``from media_intelligence import
ProjectNotFoundError`` works), the retry policy and the rate limiter.
"""

from __future__ import annotations

from . import errors
from ._auth import NcpSignatureV2Auth, sign, string_to_sign
from ._base_client import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, AsyncAPIClient, SyncAPIClient
from ._credentials import DEFAULT_BASE_URL, Credentials, resolve_base_url, resolve_credentials
from ._errors import (
    ERROR_CODES,
    GATEWAY_ERROR_CODES,
    GENERATED_ERROR_NAMES,
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
from ._logging import setup_logging
from ._ratelimit import RateLimit, RateLimiter
from ._redact import SecretStr
from ._retry import RetryPolicy
from ._types import NOT_GIVEN, NotGiven
from ._validation import RequestValidator

# isort: split
# ``MediaIntelligence`` / ``AsyncMediaIntelligence`` (module ``_client``) and
# the resource namespaces are added here by their module's author.
from ._client import AsyncMediaIntelligence, MediaIntelligence
from ._pagination import AsyncPaginator, Pagination, SyncPaginator
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

# One class per API error code (generated from openapi.yaml at import).
globals().update(GENERATED_ERROR_NAMES)
__all__ += sorted(GENERATED_ERROR_NAMES)


def __getattr__(name: str) -> type[APIStatusError]:
    # The per-code exception classes are real attributes (set above); this
    # hook only lets type checkers accept ``from media_intelligence import
    # ProjectNotFoundError``.
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
