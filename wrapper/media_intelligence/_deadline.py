"""The call's total time limit (``timeout=`` in seconds) on the SDK's own transports.

Each httpx timeout bounds one phase of one attempt (a connect, a read...);
a server that sends a byte of its response headers every 0.25 s never trips
a 60 s read timeout. The call's limit bounds the whole:

* blocking calls: the SDK's blocking transport (``_http_clients.default_transport``,
  also in `DefaultHttpxClient`) reads, writes and connects through
  `DeadlineBackend` (``_deadline_backend``), an httpcore network backend that
  gives each of them the smaller of its own timeout and the time left until
  the running call's deadline (read from the call's context, set by the
  client core);
* async calls: the call, retries and waits included, runs under one
  ``asyncio.timeout`` (`within_deadline_async`).

The time-limit error (`deadline_error`) is final: the retry policy never
retries it. A blocking ``http_client`` of the user's own on another transport
bounds each read and the body, not trickled headers (its async calls are
bounded as a whole all the same).
"""

from __future__ import annotations

from collections.abc import Awaitable
from contextvars import ContextVar
from typing import TYPE_CHECKING, TypeVar

import httpx

from ._errors import APITimeoutError

if TYPE_CHECKING:
    from ._base_client import _CallContext

__all__ = [
    "call_context",
    "deadline_error",
    "within_deadline",
    "within_deadline_async",
]

_T = TypeVar("_T")

#: The running call (set by the client core around each call): its options and deadline.
call_context: ContextVar[_CallContext | None] = ContextVar("media_intelligence_call_context", default=None)


class _TimeLimitError(APITimeoutError):
    """The call's total time limit passed; never retried (the time for retries is spent)."""

    final = True


def deadline_error(operation_id: str, request: httpx.Request | None) -> APITimeoutError:
    return _TimeLimitError(f"{operation_id}: the call's time limit (timeout=) has passed.", request, request_sent=True)


# --------------------------------------------------------------------------- #
# async: the call as a whole


async def within_deadline_async(ctx: _CallContext, call: Awaitable[_T]) -> _T:
    """``await call``, cancelled when the call's deadline passes (then the time-limit error)."""
    left = ctx.remaining()
    if left is None:
        return await call
    import asyncio

    scope = asyncio.timeout(max(left, 0.0))
    try:
        async with scope:
            return await call
    except TimeoutError:
        if scope.expired():
            raise deadline_error(ctx.operation_id, None) from None
        raise


def within_deadline(ctx: _CallContext, result: _T) -> _T:
    """The blocking twin of `within_deadline_async`: the call is done; its reads were bounded (`DeadlineBackend`)."""
    return result
