"""Client-side rate limiting: a token bucket per operation id.

Limits come from the spec's ``x-rate-limit: {limit: 1000, period: minute}``
operation extension, overridable per client with ``rate_limits={operation_id:
(limit, seconds) | None}`` (``None`` disables that operation's limit).

One `RateLimiter` is shared by a client, its ``with_options`` copies, all
threads and all asyncio tasks using it. State changes happen under a
``threading.Lock``; a caller reserves its slot (the bucket may go negative,
which queues callers fairly) and then sleeps outside the lock:
``time.sleep`` for sync callers, ``asyncio.sleep`` for async ones. The
bucket holds at most ``limit`` tokens (a full period's worth of burst) and
refills at ``limit / period`` tokens per second.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass

from ._logging import logger
from ._sleep import asyncio_sleep

__all__ = ["RateLimit", "RateLimiter"]


@dataclass(frozen=True)
class RateLimit:
    limit: float
    period: float  # seconds

    @property
    def rate(self) -> float:
        return self.limit / self.period


class _Bucket:
    __slots__ = ("capacity", "last", "rate", "tokens")

    def __init__(self, limit: RateLimit, now: float) -> None:
        self.capacity = limit.limit
        self.rate = limit.rate
        self.tokens = limit.limit
        self.last = now


class RateLimiter:
    """Token buckets keyed by operation id; see the module docstring."""

    def __init__(
        self,
        limits: Mapping[str, tuple[float, float] | RateLimit | None] | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        async_sleep: Callable[[float], Awaitable[None]] = asyncio_sleep,
    ) -> None:
        self._clock = clock
        self._sleep = sleep
        self._async_sleep = async_sleep
        self._lock = threading.Lock()
        self._limits: dict[str, RateLimit] = {}
        self._buckets: dict[str, _Bucket] = {}
        for operation_id, value in (limits or {}).items():
            self.set_limit(operation_id, value)

    @property
    def limits(self) -> dict[str, RateLimit]:
        with self._lock:
            return dict(self._limits)

    def set_limit(self, operation_id: str, value: tuple[float, float] | RateLimit | None) -> None:
        """Set (or with None remove) the limit of one operation."""
        with self._lock:
            self._buckets.pop(operation_id, None)
            if value is None:
                self._limits.pop(operation_id, None)
                return
            limit = value if isinstance(value, RateLimit) else RateLimit(float(value[0]), float(value[1]))
            if limit.limit <= 0 or limit.period <= 0:
                raise ValueError(f"invalid rate limit for {operation_id}: {value!r}")
            self._limits[operation_id] = limit

    def reserve(self, operation_id: str) -> float:
        """Take one token; return how long the caller must wait before sending."""
        if operation_id not in self._limits:
            return 0.0
        with self._lock:
            limit = self._limits.get(operation_id)
            if limit is None:
                return 0.0
            now = self._clock()
            bucket = self._buckets.get(operation_id)
            if bucket is None:
                bucket = self._buckets[operation_id] = _Bucket(limit, now)
            elapsed = now - bucket.last
            if elapsed > 0:
                bucket.tokens = min(bucket.capacity, bucket.tokens + elapsed * bucket.rate)
                bucket.last = now
            bucket.tokens -= 1.0
            if bucket.tokens >= 0:
                return 0.0
            return -bucket.tokens / bucket.rate

    def acquire(self, operation_id: str) -> float:
        """Blocking acquire (threads). Returns the time waited."""
        delay = self.reserve(operation_id)
        if delay > 0:
            logger.debug("Rate limit of %s: waiting %.3f s", operation_id, delay)
            self._sleep(delay)
        return delay

    async def acquire_async(self, operation_id: str) -> float:
        """Async acquire (asyncio tasks). Returns the time waited."""
        delay = self.reserve(operation_id)
        if delay > 0:
            logger.debug("Rate limit of %s: waiting %.3f s", operation_id, delay)
            await self._async_sleep(delay)
        return delay

    def __repr__(self) -> str:
        inner = ", ".join(f"{k}={v.limit:g}/{v.period:g}s" for k, v in sorted(self._limits.items()))
        return f"RateLimiter({inner})"
