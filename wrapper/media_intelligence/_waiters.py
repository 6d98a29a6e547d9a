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

Each waiter's ``wait`` takes its status call's arguments, then the
`WaitOptions`, and returns the status call's result; the polling loop is
written once, async, in ``resources/_async/_waiters.py`` (the blocking twin
is derived from it by ``tools/unasync.py``).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, Any

import httpx

from ._errors import WaiterError, WaiterTimeoutError
from ._pagination import snake_case
from ._types import RequestOptions, TimeoutTypes

if TYPE_CHECKING:
    from ._base_client import BaseAPIClient
    from .resources._waiters import AsyncWaiter, Waiter

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
    "WaitOptions",
    "Waiter",
    "WaiterBase",
    "WaiterConfig",
    "WaiterFailedError",
    "WaiterProgress",
    "request_options",
    "terminal_states",
]

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


class WaitOptions(RequestOptions, total=False):
    """How a waiter or a workflow waits, and the per-call options of every request it sends (``**options``).

    ``timeout``: seconds. The wait ends with `WaiterTimeoutError` once they
    have passed (absent or ``None``: the waiter's own limit, see the table
    above; ``math.inf``: no limit; ``0``: one poll), and they bound every
    request sent meanwhile too: each phase (connect, read, write, pool) of
    the client's timeout is capped at ``timeout`` for every request. It is
    not a limit on a multi-request workflow as a whole: the last poll starts
    before it passes, and files put into an object store with boto3 keep
    boto3's own timeouts. An ``httpx.Timeout`` is used as it is for every
    request, and the wait keeps the waiter's own limit.
    ``poll_interval``: seconds between the first two polls (default: the
    waiter's ``delay``; it grows by ``backoff`` up to ``max_delay``).
    ``max_attempts``: at most this many polls.
    ``on_progress``: called after every poll with a `WaiterProgress`.
    ``extra_headers``, ``extra_query``: added to every API request (not to
    presigned uploads: their URL is signed as it is).
    """

    poll_interval: float | None
    max_attempts: int | None
    on_progress: ProgressCallback | None


def _capped(timeout: httpx.Timeout, seconds: float) -> httpx.Timeout:
    def cap(value: float | None) -> float:
        return seconds if value is None else min(value, seconds)

    return httpx.Timeout(
        connect=cap(timeout.connect), read=cap(timeout.read), write=cap(timeout.write), pool=cap(timeout.pool)
    )


def request_options(client: BaseAPIClient[Any], options: Mapping[str, Any]) -> RequestOptions:
    """The per-call options a waiter or a workflow gives each request it sends (see `WaitOptions`)."""
    out: RequestOptions = {}
    if "extra_headers" in options:
        out["extra_headers"] = options["extra_headers"]
    if "extra_query" in options:
        out["extra_query"] = options["extra_query"]
    timeout: TimeoutTypes | None = options.get("timeout")
    if isinstance(timeout, httpx.Timeout):
        out["timeout"] = timeout
    elif timeout is not None and 0 < timeout < math.inf:
        # capped, not replaced: a wait of an hour must not stretch a connect timeout of seconds
        out["timeout"] = _capped(client.timeout, float(timeout))
    return out


class WaiterBase:
    """What the blocking and the async waiters share: the documented settings, and judging one poll.

    The polling loop is in `media_intelligence.resources._waiters` (written
    once, async, in ``resources/_async/_waiters.py``).
    """

    def __init__(self, client: BaseAPIClient[Any], namespace: str, name: str) -> None:
        self.config = waiter_config(namespace, name)
        self.states = terminal_states(client, self.config.operation_id)
        # tests make time virtual by setting the clock on the client
        self.clock: Callable[[], float] = getattr(client, "_waiter_clock", None) or time.monotonic
        self._client = client
        #: ``clock()`` by which every wait of this waiter ends, whatever its own limit (`share_deadline`).
        self._deadline: float | None = None

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

    def share_deadline(self, timeout: TimeoutTypes | None) -> None:
        """Make every later wait of this waiter end ``timeout`` from now at the latest (a batch of waits)."""
        limit = self._limit(timeout)
        self._deadline = None if limit is None else self.clock() + limit

    def _limit(self, timeout: TimeoutTypes | None) -> float | None:
        limit = self.config.timeout if timeout is None or isinstance(timeout, httpx.Timeout) else float(timeout)
        if limit is not None and math.isinf(limit):
            return None
        if limit is not None and limit < 0:
            raise ValueError("timeout must be >= 0")
        return limit

    def _settings(self, options: WaitOptions) -> tuple[float | None, float, float, int | None]:
        """``(time limit, first delay, delay cap, max polls)`` of one wait."""
        limit = self._limit(options.get("timeout"))
        if self._deadline is not None:
            left = max(self._deadline - self.clock(), 0.0)
            limit = left if limit is None else min(limit, left)
        poll_interval = options.get("poll_interval")
        delay = self.config.delay if poll_interval is None else poll_interval
        if delay < 0:
            raise ValueError("poll_interval must be >= 0")
        cap = max(self.config.max_delay, delay)
        max_attempts = options.get("max_attempts")
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


if not TYPE_CHECKING:
    # The waiter classes live beside the resources (their loop is derived with them); imported on
    # first access, hidden from type checkers, which see the imports above.

    def __getattr__(name: str) -> Any:
        if name in ("AsyncWaiter", "Waiter"):
            from .resources import _waiters

            return getattr(_waiters, name)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
