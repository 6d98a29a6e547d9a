"""The fixed exception hierarchy of the ICE wrapper; the per-code classes derive from it (``_error_codes``).

::

    IceError
    ├── IceValidationError          invalid input, nothing sent
    ├── IceWaitTimeout              a waiter gave up
    └── IceApiError                 a 4xx/5xx answer {RequestId, Code, Message}
        ├── IceBadRequestError      400   (MissingParameterError, SignatureDoesNotMatchError, ...)
        ├── IcePermissionDeniedError 403  (ForbiddenError)
        ├── IceNotFoundError        404   (SearchLibNotFoundError, MediaNotFoundError, ...)
        ├── IceRateLimitError       429   (ThrottlingError)
        └── IceServerError          5xx   (InternalError, ServiceUnavailableError)
"""

from __future__ import annotations

from typing import ClassVar

__all__ = [
    "IceApiError",
    "IceBadRequestError",
    "IceError",
    "IceNotFoundError",
    "IcePermissionDeniedError",
    "IceRateLimitError",
    "IceServerError",
    "IceValidationError",
    "IceWaitTimeout",
]


class IceError(Exception):
    """Base of every error this package raises."""


class IceValidationError(IceError, ValueError):
    """A parameter breaks its documented rule; nothing was sent. ``action``: the action called, when known."""

    def __init__(self, field: str, rule: str, action: str | None = None) -> None:
        self.field = field
        self.rule = rule
        self.action = action
        super().__init__(f"{field}: {rule}")


class IceApiError(IceError):
    """A 4xx/5xx answer ``{RequestId, Code, Message}``; ``retry_after`` (seconds) when throttled.

    The class attributes describe the documented code of a subclass (``None`` on the status classes).
    """

    error_code: ClassVar[str | None] = None
    error_name: ClassVar[str | None] = None
    http_statuses: ClassVar[tuple[int, ...]] = ()
    meaning: ClassVar[str | None] = None
    default_message: ClassVar[str | None] = None

    def __init__(
        self, status: int, code: str, message: str, request_id: str | None = None, retry_after: float | None = None
    ) -> None:
        self.status = status
        self.code = code
        self.message = message
        self.request_id = request_id
        self.retry_after = retry_after
        super().__init__(f"{status} {code}: {message}" + (f" (request {request_id})" if request_id else ""))


class IceBadRequestError(IceApiError):
    """HTTP 400: a missing or invalid parameter, or a bad signature."""


class IcePermissionDeniedError(IceApiError):
    """HTTP 403: the caller may not run the action."""


class IceNotFoundError(IceApiError):
    """HTTP 404: an unknown library, index, media, access key or action."""


class IceRateLimitError(IceApiError):
    """HTTP 429: throttled; ``retry_after`` says when to try again."""


class IceServerError(IceApiError):
    """HTTP 5xx: the service failed; retry later."""


class IceWaitTimeout(IceError, TimeoutError):
    """A waiter gave up before the jobs reached a terminal state."""
