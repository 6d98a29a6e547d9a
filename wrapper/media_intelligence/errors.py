"""Public exceptions: ``from media_intelligence.errors import ProjectNotFoundError``.

Besides the fixed hierarchy (see `media_intelligence._errors`), this module
holds one class per API error code of ``openapi.yaml`` (``x-error-codes``),
under ``<Name>Error`` and the bare ``<Name>``; `ERROR_CODES` maps codes to
them. The API gateway's codes (``x-gateway-error-codes``) get classes too
(``GatewayRateLimitExceededError``, a `RateLimitError`), in `GATEWAY_ERROR_CODES`.
"""

from __future__ import annotations

from . import _errors
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
    error_class_for_code,
    error_class_for_gateway_code,
    error_class_for_status,
    error_from_response,
)

__all__ = [
    "ERROR_CODES",
    "GATEWAY_ERROR_CODES",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "CredentialsNotFoundError",
    "InternalServerError",
    "MediaIntelligenceError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestEntityTooLargeError",
    "RequestValidationError",
    "UnprocessableEntityError",
    "Violation",
    "WaiterError",
    "WaiterTimeoutError",
    "error_class_for_code",
    "error_class_for_gateway_code",
    "error_class_for_status",
    "error_from_response",
]

globals().update(GENERATED_ERROR_NAMES)
__all__ += sorted(GENERATED_ERROR_NAMES)


def __getattr__(name: str) -> type[_errors.APIStatusError]:
    # The per-code classes are real attributes (set above); this hook only
    # lets type checkers accept imports of them.
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
