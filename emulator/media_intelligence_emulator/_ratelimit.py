"""Rate limits from the spec's ``x-rate-limit`` (``{limit, period}`` per operation).

A fixed window per (access key, operationId). Past the limit the gateway
answers 429 with errorCode ``420`` and ``Retry-After`` (seconds to the end of
the window).
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable

__all__ = ["RateLimiter"]


class RateLimiter:
    """Counts calls per key in fixed windows."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self._lock = threading.Lock()
        self._windows: dict[tuple[str, str], tuple[float, int]] = {}

    def hit(self, key: tuple[str, str], limit: int, period: float, now: float | None = None) -> int:
        """Count one call; return 0 when allowed, else the seconds to wait (at least 1)."""
        current = self.clock() if now is None else now
        with self._lock:
            start, count = self._windows.get(key, (current, 0))
            if current - start >= period:
                start, count = current, 0
            if count >= limit:
                return max(1, math.ceil(start + period - current))
            self._windows[key] = (start, count + 1)
            return 0

    def reset(self, access_key: str | None = None) -> None:
        """Forget every window (of one access key when given)."""
        with self._lock:
            if access_key is None:
                self._windows.clear()
            else:
                for key in [k for k in self._windows if k[0] == access_key]:
                    del self._windows[key]
