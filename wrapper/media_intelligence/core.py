"""The building blocks under the clients, for code that extends or tests them.

Most programs need only `media_intelligence.MediaIntelligence` (or the
async client) and the exceptions. This module gathers what the clients are
made of:

* `APIResponse`, what ``client.with_raw_response.<resource>.<method>(...)``
  returns (result, status, headers, request id);
* the client core the two clients derive from: `SyncAPIClient`,
  `AsyncAPIClient` (``call(operation_id, fn, ...)``: validation, rate
  limits, retries and error mapping around one generated call);
* request validation against the spec: `RequestValidator`;
* NCP signature v2: `NcpSignatureV2Auth`, `sign`, `string_to_sign`;
  credentials: `resolve_credentials`, `resolve_base_url`, `SecretStr`;
* retries and rate limits: `RetryPolicy`, `RateLimit`, `RateLimiter`;
* pagination and waiters as the spec configures them: `Pagination`,
  `WAITERS`, `WaiterConfig`, `TerminalStates`, `terminal_states`;
* presigned uploads: `UploadRules`, `PreparedUpload`, `check_upload`;
* logging of requests and retries: `setup_logging`.

``media_intelligence.errors.error_from_response`` maps a response to its
exception.
"""

from __future__ import annotations

from ._api_client import AsyncAPIClient, SyncAPIClient
from ._auth import NcpSignatureV2Auth, sign, string_to_sign
from ._base_client import APIResponse, BaseAPIClient
from ._credentials import resolve_base_url, resolve_credentials
from ._logging import setup_logging
from ._pagination import Pagination
from ._ratelimit import RateLimit, RateLimiter
from ._redact import SecretStr
from ._retry import RetryPolicy
from ._uploads import PreparedUpload, UploadRules, check_upload
from ._validation import RequestValidator
from ._waiters import WAITERS, TerminalStates, WaiterConfig, terminal_states

__all__ = [
    "WAITERS",
    "APIResponse",
    "AsyncAPIClient",
    "BaseAPIClient",
    "NcpSignatureV2Auth",
    "Pagination",
    "PreparedUpload",
    "RateLimit",
    "RateLimiter",
    "RequestValidator",
    "RetryPolicy",
    "SecretStr",
    "SyncAPIClient",
    "TerminalStates",
    "UploadRules",
    "WaiterConfig",
    "check_upload",
    "resolve_base_url",
    "resolve_credentials",
    "setup_logging",
    "sign",
    "string_to_sign",
    "terminal_states",
]
