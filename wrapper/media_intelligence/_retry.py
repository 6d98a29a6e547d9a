"""Retry policy (tenacity under the hood).

What is retried (at most ``max_retries`` times, i.e. ``max_retries + 1``
attempts):

* retry-safe requests (GET, DELETE, and any operation the caller declares
  idempotent): connection errors and timeouts, HTTP 429, HTTP 5xx (and
  code 99999 "internal error" envelopes);
* other requests (POST, PATCH): only failures that prove the API did not run
  the request: connection errors raised before the request was sent
  (``httpx.ConnectError``, ``ConnectTimeout``, ``PoolTimeout``) and HTTP 429
  (rejected by the gateway).

Delay before retry *n* (1-based): ``min(initial_delay * 2**(n-1),
max_delay)``, reduced by up to ``jitter`` (a fraction) at random. A
``Retry-After`` (seconds or HTTP date) or ``retry-after-ms`` header replaces
the computed delay; when it asks for more than ``max_retry_after`` seconds
the error is raised instead of waiting.

``sleep``/``async_sleep``/``random`` are injectable for tests.

A blocking program imports neither asyncio nor tenacity through this module:
the first attempt of a call runs without tenacity (`first_retry_delay`), so
tenacity is imported when a call is first retried, and asyncio only when an
async call sleeps before a retry.
"""

from __future__ import annotations

import random as _random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from ._errors import APIConnectionError, APIStatusError, InternalServerError, RateLimitError
from ._logging import logger
from ._sleep import asyncio_sleep

if TYPE_CHECKING:
    import tenacity

__all__ = ["DEFAULT_RETRY_POLICY", "RetryPolicy", "is_retryable"]


@dataclass(frozen=True)
class RetryPolicy:
    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    jitter: float = 0.25
    max_retry_after: float = 60.0
    sleep: Callable[[float], None] = field(default=time.sleep, repr=False, compare=False)
    async_sleep: Callable[[float], Awaitable[None]] = field(default=asyncio_sleep, repr=False, compare=False)
    random: Callable[[], float] = field(default=_random.random, repr=False, compare=False)

    def with_max_retries(self, max_retries: int) -> RetryPolicy:
        return replace(self, max_retries=max_retries)

    def backoff(self, retry_number: int) -> float:
        """Computed delay before retry ``retry_number`` (1-based), jitter applied."""
        delay = min(self.initial_delay * (2.0 ** max(retry_number - 1, 0)), self.max_delay)
        if self.jitter > 0:
            delay *= 1.0 - min(self.jitter, 1.0) * self.random()
        return max(delay, 0.0)

    def delay_for(self, exc: BaseException | None, retry_number: int) -> float:
        """Delay before retry ``retry_number`` after ``exc`` (honours Retry-After)."""
        if isinstance(exc, APIStatusError):
            retry_after = exc.retry_after
            if retry_after is not None and retry_after <= self.max_retry_after:
                return retry_after
        return self.backoff(retry_number)

    def should_retry(self, exc: BaseException, *, idempotent: bool) -> bool:
        return is_retryable(exc, idempotent=idempotent, max_retry_after=self.max_retry_after)

    # -- driving a call ------------------------------------------------------

    def log_retry(self, what: str, delay: float, retry_number: int, exc: BaseException | None) -> None:
        logger.info(
            "Retrying %s in %.2f s (retry %d of %d) after %s: %s",
            what,
            delay,
            retry_number,
            self.max_retries,
            type(exc).__name__,
            exc,
        )

    def first_retry_delay(self, exc: BaseException, *, idempotent: bool, what: str = "request") -> float | None:
        """After a failed first attempt: the delay before retry 1, or None to give up.

        The clients run the first attempt without tenacity (it costs ~13
        microseconds per call) and hand over to `retrying` only after a
        retryable failure, with ``attempts_done=1``.
        """
        if self.max_retries <= 0 or not self.should_retry(exc, idempotent=idempotent):
            return None
        delay = self.delay_for(exc, 1)
        self.log_retry(what, delay, 1, exc)
        return delay

    def _kwargs(self, idempotent: bool, what: str, attempts_done: int, deadline: float | None) -> dict[str, Any]:
        import tenacity

        def retry_predicate(state: tenacity.RetryCallState) -> bool:
            outcome = state.outcome
            if outcome is None or not outcome.failed:
                return False
            exc = outcome.exception()
            return exc is not None and self.should_retry(exc, idempotent=idempotent)

        def wait(state: tenacity.RetryCallState) -> float:
            exc = state.outcome.exception() if state.outcome is not None else None
            delay = self.delay_for(exc, state.attempt_number + attempts_done)
            if deadline is not None:  # never sleep past the call's time limit
                delay = min(delay, max(deadline - time.monotonic(), 0.0))
            return delay

        def before_sleep(state: tenacity.RetryCallState) -> None:
            exc = state.outcome.exception() if state.outcome is not None else None
            delay = state.next_action.sleep if state.next_action is not None else 0.0
            self.log_retry(what, delay, state.attempt_number + attempts_done, exc)

        return {
            "stop": tenacity.stop_after_attempt(max(self.max_retries + 1 - attempts_done, 1)),
            "retry": retry_predicate,
            "wait": wait,
            "reraise": True,
            "before_sleep": before_sleep,
        }

    def retrying(
        self, *, idempotent: bool, what: str = "request", attempts_done: int = 0, deadline: float | None = None
    ) -> tenacity.Retrying:
        """A fresh ``tenacity.Retrying`` for one call (not shared between calls).

        ``attempts_done`` attempts have already failed (and been waited for).
        No wait lasts past ``deadline`` (``time.monotonic()``), the call's time limit.
        """
        import tenacity

        return tenacity.Retrying(sleep=self.sleep, **self._kwargs(idempotent, what, attempts_done, deadline))

    def async_retrying(
        self, *, idempotent: bool, what: str = "request", attempts_done: int = 0, deadline: float | None = None
    ) -> tenacity.AsyncRetrying:
        """A fresh ``tenacity.AsyncRetrying`` for one call."""
        import tenacity

        return tenacity.AsyncRetrying(sleep=self.async_sleep, **self._kwargs(idempotent, what, attempts_done, deadline))


def is_retryable(exc: BaseException, *, idempotent: bool, max_retry_after: float = 60.0) -> bool:
    """Whether ``exc`` may be retried for a request of the given kind."""
    if getattr(exc, "final", False):  # the call's own time limit has passed
        return False
    if isinstance(exc, APIConnectionError):
        return idempotent or not exc.request_sent
    if isinstance(exc, APIStatusError):
        retry_after = exc.retry_after
        if retry_after is not None and retry_after > max_retry_after:
            return False
        if exc.status_code == 429 or isinstance(exc, RateLimitError):
            return True
        if exc.status_code >= 500 or exc.status_code == 408 or isinstance(exc, InternalServerError):
            return idempotent
    return False


DEFAULT_RETRY_POLICY = RetryPolicy()
