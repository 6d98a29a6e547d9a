"""Errors of the ICE wrapper: invalid input (nothing sent) and the service's error answers.

One exception class per documented code (``x-error-codes``, compiled into
``ice_spec.ERROR_CODES``), each a subclass of ``IceApiError``; ``error_class(code)``
finds it, an undocumented code gets ``IceApiError`` itself.
"""

from __future__ import annotations

import ice_spec

__all__ = ["ERROR_CLASSES", "IceApiError", "IceError", "IceValidationError", "IceWaitTimeout", "error_class"]


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
    """A 4xx/5xx answer ``{RequestId, Code, Message}``; ``retry_after`` (seconds) when throttled."""

    def __init__(
        self, status: int, code: str, message: str, request_id: str | None = None, retry_after: float | None = None
    ) -> None:
        self.status = status
        self.code = code
        self.message = message
        self.request_id = request_id
        self.retry_after = retry_after
        super().__init__(f"{status} {code}: {message}" + (f" (request {request_id})" if request_id else ""))


class IceWaitTimeout(IceError, TimeoutError):
    """A waiter gave up before the jobs reached a terminal state."""


ERROR_CLASSES: dict[str, type[IceApiError]] = {
    code: type(entry.class_name, (IceApiError,), {"__doc__": f"``{code}``: {entry.meaning}", "__module__": __name__})
    for code, entry in ice_spec.ERROR_CODES.items()
}


def error_class(code: str) -> type[IceApiError]:
    """The exception class of a documented code (``IceApiError`` for any other)."""
    return ERROR_CLASSES.get(code, IceApiError)
