"""Waiters: poll a status operation until the spec says it is done.

The terminal states come from the spec: the status operation's ``result``
has a property whose enum carries ``x-terminal-states: {success: [...],
failure: [...]}`` (`terminal_states`). A waiter polls at once, then sleeps
``delay`` seconds, growing by ``backoff`` after each poll up to
``max_delay``, until

* a success state: the last result (a generated model) is returned;
* a failure state: the waiter's typed `WaiterFailedError` subclass is
  raised, carrying ``.status`` and ``.last_result``;
* ``timeout`` seconds or ``max_attempts`` polls have passed:
  `WaiterTimeoutError` (``.last_result``, ``.timeout``, ``.attempts``).

``on_progress`` is called after every poll with a `WaiterProgress` (async
waiters await it when it returns an awaitable). Async
waiters sleep with ``asyncio.sleep``: cancelling the task cancels the wait.
Errors of the status call itself (after the client's retries) propagate.

The waiters, boto3-style (``client.<resource>.get_waiter(name)``):

============================  ======================  =====  =========  =======
waiter                        status operation        delay  max_delay  timeout
============================  ======================  =====  =========  =======
``assets`` ``imported``       getAssetImportStatus    1 s    10 s       600 s
``indexes`` ``done``          getIndexStatus          2 s    30 s       3600 s
``indexes.legacy`` ``done``   getAnalysisStatus       2 s    30 s       3600 s
``scene_summaries`` ``done``  getSceneSummaryStatus   2 s    30 s       1800 s
``search`` ``completed``      getSearchResult         0.5 s  5 s        600 s
``search`` ``image_uploaded`` getSearchImageUp...     0.5 s  5 s        60 s
``persons`` ``thumbnail_...`` getPersonThumbnail...   0.5 s  5 s        60 s
============================  ======================  =====  =========  =======

``backoff`` is 1.5 and ``max_attempts`` unbounded (only ``timeout`` stops a
wait) unless given. Pass ``timeout=math.inf`` to wait without limit.
"""

from __future__ import annotations

import asyncio
import inspect
import math
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ._errors import WaiterError, WaiterTimeoutError
from ._pagination import snake_case

if TYPE_CHECKING:
    from ._base_client import BaseAPIClient

__all__ = [
    "WAITERS",
    "AnalysisFailedError",
    "AssetImportFailedError",
    "AsyncWaiter",
    "IndexFailedError",
    "ProgressCallback",
    "SceneSummaryFailedError",
    "SearchFailedError",
    "TerminalStates",
    "UploadFailedError",
    "Waiter",
    "WaiterConfig",
    "WaiterFailedError",
    "WaiterProgress",
    "terminal_states",
]

ResultT = TypeVar("ResultT")

# --------------------------------------------------------------------------- #
# errors


class WaiterFailedError(WaiterError):
    """The polled work ended in one of its failure states (``.status``)."""

    def __init__(self, message: str, *, status: str, last_result: Any = None) -> None:
        super().__init__(message, last_result=last_result)
        self.status = status


class AssetImportFailedError(WaiterFailedError):
    """The asset import ended in FAILED, FILE_NOT_EXIST or INVALID_METADATA (see ``.last_result.upload_result``)."""


class IndexFailedError(WaiterFailedError):
    """The analysis (index) ended in ANALYZE_FAIL or ANALYZE_CANCEL."""


class AnalysisFailedError(WaiterFailedError):
    """The deprecated analysis ended in ANALYZE_FAIL or ANALYZE_CANCEL."""


class SceneSummaryFailedError(WaiterFailedError):
    """The scene summary ended in SUMMARIZE_FAIL or SUMMARIZE_CANCELED."""


class SearchFailedError(WaiterFailedError):
    """The asset search ended in FAILED."""


class UploadFailedError(WaiterFailedError):
    """The uploaded file was refused (status FAILED; the reason is in ``.last_result.upload_message``)."""


# --------------------------------------------------------------------------- #
# terminal states from the spec


@dataclass(frozen=True)
class TerminalStates:
    """Where a status operation's state is, and which values end the wait."""

    operation_id: str
    field: str  # wire name of the status property of ``result`` (``uploadStatus``)
    success: frozenset[str]
    failure: frozenset[str]

    @property
    def attribute(self) -> str:
        return snake_case(self.field)

    def status_of(self, result: Any) -> str:
        value = getattr(result, self.attribute, None)
        if isinstance(value, Enum):
            return str(value.value)
        return "" if value is None else str(value)


def terminal_states(client: BaseAPIClient[Any], operation_id: str) -> TerminalStates:
    """The terminal states of a status operation, from the compiled contract."""
    status = client.operation(operation_id).status
    if status is None:
        raise ValueError(f"{operation_id}: no result property with x-terminal-states in the spec")
    return TerminalStates(
        operation_id=operation_id,
        field=status.field,
        success=status.states.success,
        failure=status.states.failure,
    )


# --------------------------------------------------------------------------- #
# configuration and progress


@dataclass(frozen=True)
class WaiterConfig:
    """A waiter's documented polling behaviour (see the module docstring's table)."""

    name: str
    operation_id: str
    error: type[WaiterFailedError]
    what: str  # "the asset import", for messages
    delay: float = 1.0
    max_delay: float = 15.0
    backoff: float = 1.5
    timeout: float | None = 600.0
    max_attempts: int | None = None


WAITERS: dict[str, WaiterConfig] = {
    "assets.imported": WaiterConfig(
        "imported", "getAssetImportStatus", AssetImportFailedError, "the asset import", 1.0, 10.0, timeout=600.0
    ),
    "indexes.done": WaiterConfig("done", "getIndexStatus", IndexFailedError, "the analysis", 2.0, 30.0, timeout=3600.0),
    "indexes.legacy.done": WaiterConfig(
        "done", "getAnalysisStatus", AnalysisFailedError, "the analysis (deprecated API)", 2.0, 30.0, timeout=3600.0
    ),
    "scene_summaries.done": WaiterConfig(
        "done", "getSceneSummaryStatus", SceneSummaryFailedError, "the scene summary", 2.0, 30.0, timeout=1800.0
    ),
    "search.completed": WaiterConfig(
        "completed", "getSearchResult", SearchFailedError, "the search", 0.5, 5.0, timeout=600.0
    ),
    "search.image_uploaded": WaiterConfig(
        "image_uploaded", "getSearchImageUploadStatus", UploadFailedError, "the query image upload", 0.5, 5.0, 60.0
    ),
    "persons.thumbnail_uploaded": WaiterConfig(
        "thumbnail_uploaded",
        "getPersonThumbnailUploadStatus",
        UploadFailedError,
        "the thumbnail upload",
        0.5,
        5.0,
        60.0,
    ),
}


def waiter_names(namespace: str) -> list[str]:
    prefix = namespace + "."
    return [key[len(prefix) :] for key in WAITERS if key.startswith(prefix) and "." not in key[len(prefix) :]]


def waiter_config(namespace: str, name: str) -> WaiterConfig:
    try:
        return WAITERS[f"{namespace}.{name}"]
    except KeyError:
        names = ", ".join(waiter_names(namespace)) or "none"
        raise ValueError(f"unknown waiter {name!r} for {namespace} (available: {names})") from None


@dataclass(frozen=True)
class WaiterProgress:
    """What ``on_progress`` receives after each poll."""

    waiter: str
    operation_id: str
    attempt: int  # 1-based number of the poll just made
    elapsed: float  # seconds since the wait started
    status: str  # the polled state (``ANALYZING``)
    result: Any  # the polled result (generated model)
    next_delay: float | None  # seconds until the next poll; None when the wait ends
    done: bool  # a terminal state was reached


#: ``on_progress``: called after every poll; async waiters also await what it returns when awaitable.
ProgressCallback = Callable[[WaiterProgress], Any]


def _details(result: Any) -> str:
    """Message-like fields of a status result (``uploadResult``, ``analyzeStatusMessage``...)."""
    parts: list[str] = []
    for name in ("upload_result", "upload_message", "analyze_status_message", "analysis_status_message", "message"):
        value = getattr(result, name, None)
        if isinstance(value, Enum):
            value = value.value
        if isinstance(value, str) and value:
            parts.append(value)
    return f": {'; '.join(parts)}" if parts else ""


class _WaiterBase(Generic[ResultT]):
    def __init__(
        self,
        config: WaiterConfig,
        states: TerminalStates,
        poll: Callable[..., Any],
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.config = config
        self.states = states
        self._poll = poll
        self.clock = clock

    # boto3-style attributes
    @property
    def name(self) -> str:
        return self.config.name

    @property
    def delay(self) -> float:
        return self.config.delay

    @property
    def max_delay(self) -> float:
        return self.config.max_delay

    @property
    def max_attempts(self) -> int | None:
        return self.config.max_attempts

    @property
    def timeout(self) -> float | None:
        return self.config.timeout

    @property
    def success_states(self) -> frozenset[str]:
        return self.states.success

    @property
    def failure_states(self) -> frozenset[str]:
        return self.states.failure

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}({self.config.name!r}, operation={self.config.operation_id}, "
            f"delay={self.delay}, max_delay={self.max_delay}, timeout={self.timeout}, "
            f"max_attempts={self.max_attempts})"
        )

    def _settings(
        self, timeout: float | None, poll_interval: float | None, max_attempts: int | None
    ) -> tuple[float | None, float, float, int | None]:
        limit = self.config.timeout if timeout is None else timeout
        if limit is not None and math.isinf(limit):
            limit = None
        if limit is not None and limit < 0:
            raise ValueError("timeout must be >= 0")
        delay = self.config.delay if poll_interval is None else poll_interval
        if delay < 0:
            raise ValueError("poll_interval must be >= 0")
        cap = max(self.config.max_delay, delay)
        attempts = self.config.max_attempts if max_attempts is None else max_attempts
        return limit, delay, cap, attempts

    def _judge(
        self,
        result: Any,
        *,
        attempt: int,
        start: float,
        limit: float | None,
        delay: float,
        max_attempts: int | None,
    ) -> tuple[WaiterProgress, WaiterError | None]:
        """Judge one poll: the progress report, and the error that ends the wait (failure or timeout)."""
        status = self.states.status_of(result)
        elapsed = self.clock() - start
        done = status in self.states.success or status in self.states.failure
        next_delay: float | None = None
        error: WaiterError | None = None
        if status in self.states.failure:
            error = self.config.error(
                f"{self.config.what} ended in {status}{_details(result)}", status=status, last_result=result
            )
        elif not done:
            remaining = None if limit is None else limit - elapsed
            if (max_attempts is not None and attempt >= max_attempts) or (remaining is not None and remaining <= 0):
                error = WaiterTimeoutError(
                    f"{self.config.what} was still {status or 'pending'} after {elapsed:.1f} s and {attempt} "
                    f"poll{'s' if attempt != 1 else ''} ({self.config.operation_id})",
                    last_result=result,
                    timeout=limit,
                    attempts=attempt,
                )
            else:
                next_delay = delay if remaining is None else min(delay, remaining)
        progress = WaiterProgress(
            waiter=self.config.name,
            operation_id=self.config.operation_id,
            attempt=attempt,
            elapsed=elapsed,
            status=status,
            result=result,
            next_delay=next_delay,
            done=done,
        )
        return progress, error


class Waiter(_WaiterBase[ResultT]):
    """A blocking waiter; ``wait(*args, **kwargs)`` passes the arguments to the status call."""

    def __init__(
        self,
        config: WaiterConfig,
        states: TerminalStates,
        poll: Callable[..., ResultT],
        *,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(config, states, poll, clock=clock)
        self._sleep = sleep

    def wait(
        self,
        *args: Any,
        timeout: float | None = None,
        poll_interval: float | None = None,
        max_attempts: int | None = None,
        on_progress: ProgressCallback | None = None,
        **kwargs: Any,
    ) -> ResultT:
        limit, delay, cap, attempts = self._settings(timeout, poll_interval, max_attempts)
        start = self.clock()
        attempt = 0
        while True:
            attempt += 1
            result: ResultT = self._poll(*args, **kwargs)
            progress, error = self._judge(
                result, attempt=attempt, start=start, limit=limit, delay=delay, max_attempts=attempts
            )
            if on_progress is not None:
                on_progress(progress)
            if error is not None:
                raise error
            if progress.next_delay is None:
                return result
            self._sleep(progress.next_delay)
            delay = min(delay * self.config.backoff, cap)


class AsyncWaiter(_WaiterBase[ResultT]):
    """Async twin of `Waiter`; cancelling the awaiting task stops the wait."""

    def __init__(
        self,
        config: WaiterConfig,
        states: TerminalStates,
        poll: Callable[..., Awaitable[ResultT]],
        *,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(config, states, poll, clock=clock)
        self._sleep = sleep

    async def wait(
        self,
        *args: Any,
        timeout: float | None = None,
        poll_interval: float | None = None,
        max_attempts: int | None = None,
        on_progress: ProgressCallback | None = None,
        **kwargs: Any,
    ) -> ResultT:
        limit, delay, cap, attempts = self._settings(timeout, poll_interval, max_attempts)
        start = self.clock()
        attempt = 0
        while True:
            attempt += 1
            result: ResultT = await self._poll(*args, **kwargs)
            progress, error = self._judge(
                result, attempt=attempt, start=start, limit=limit, delay=delay, max_attempts=attempts
            )
            if on_progress is not None:
                reported = on_progress(progress)
                if inspect.isawaitable(reported):
                    await reported
            if error is not None:
                raise error
            if progress.next_delay is None:
                return result
            await self._sleep(progress.next_delay)
            delay = min(delay * self.config.backoff, cap)
