"""Client-side token buckets: threads, asyncio tasks, spec limits, overrides."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import httpx
import pytest

import mi_spec
from media_intelligence import Credentials, RateLimit
from media_intelligence.core import AsyncAPIClient, RateLimiter, SyncAPIClient
from tools.compile_spec import SpecError, compile_document


class FakeClock:
    """A clock that only moves when someone sleeps; thread-safe."""

    def __init__(self) -> None:
        self.now = 0.0
        self.lock = threading.Lock()
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        with self.lock:
            return self.now

    def sleep(self, seconds: float) -> None:
        with self.lock:
            self.sleeps.append(seconds)

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)
        await asyncio.sleep(0)


def test_bucket_allows_burst_then_spaces_requests() -> None:
    clock = FakeClock()
    limiter = RateLimiter({"op": (2, 1.0)}, clock=clock, sleep=clock.sleep)
    waits = [limiter.acquire("op") for _ in range(5)]
    assert waits == [0.0, 0.0, 0.5, 1.0, 1.5]
    clock.now = 10.0  # refilled, but never beyond the burst size
    assert [limiter.acquire("op") for _ in range(3)] == [0.0, 0.0, 0.5]
    assert limiter.acquire("other") == 0.0


def test_threads_share_one_bucket() -> None:
    clock = FakeClock()
    limiter = RateLimiter({"searchAssets": (5, 1.0)}, clock=clock, sleep=clock.sleep)
    barrier = threading.Barrier(20)

    def worker() -> None:
        barrier.wait()
        limiter.acquire("searchAssets")

    threads = [threading.Thread(target=worker) for _ in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    # 5 free tokens, then one slot every 0.2 s: 15 waits of 0.2, 0.4, ... 3.0
    assert sorted(clock.sleeps) == pytest.approx([0.2 * i for i in range(1, 16)])


async def test_asyncio_tasks_share_one_bucket() -> None:
    clock = FakeClock()
    limiter = RateLimiter({"op": (50, 1.0)}, clock=clock, sleep=clock.sleep, async_sleep=clock.async_sleep)
    await asyncio.gather(*(limiter.acquire_async("op") for _ in range(60)))
    assert sorted(clock.sleeps) == pytest.approx([0.02 * i for i in range(1, 11)])


async def test_threads_and_tasks_together() -> None:
    clock = FakeClock()
    limiter = RateLimiter({"op": (1, 1.0)}, clock=clock, sleep=clock.sleep, async_sleep=clock.async_sleep)

    def in_thread() -> None:
        for _ in range(3):
            limiter.acquire("op")

    thread = threading.Thread(target=in_thread)
    thread.start()
    await asyncio.gather(*(limiter.acquire_async("op") for _ in range(3)))
    thread.join()
    assert sorted(clock.sleeps) == pytest.approx([1.0, 2.0, 3.0, 4.0, 5.0])


def test_set_limit_and_invalid_values() -> None:
    limiter = RateLimiter()
    assert limiter.reserve("op") == 0.0
    limiter.set_limit("op", RateLimit(1, 60))
    assert limiter.limits == {"op": RateLimit(1.0, 60.0)}
    assert limiter.reserve("op") == 0.0
    assert limiter.reserve("op") > 0
    limiter.set_limit("op", None)
    assert limiter.reserve("op") == 0.0
    with pytest.raises(ValueError):
        limiter.set_limit("op", (0, 1))
    assert "op" not in repr(limiter)


def _compiled_limit(rate_limit: Any) -> Any:
    document = {"paths": {"/x": {"get": {"operationId": "op", "x-rate-limit": rate_limit}}}}
    return compile_document(document).OPERATIONS["op"].rate_limit


def test_rate_limits_are_compiled_at_make_generate() -> None:
    assert (_compiled_limit({"limit": 1000, "period": "minute"}).limit, 60.0) == (1000, 60.0)
    assert _compiled_limit({"limit": 1000, "period": "minute"}).period_seconds == 60.0
    assert _compiled_limit({"limit": 50, "period": "second"}).period_seconds == 1.0
    assert _compiled_limit({"limit": 5, "period": "hour"}).period_seconds == 3600.0
    # what the client cannot use is a build error, not a silently missing limit
    with pytest.raises(SpecError, match="period"):
        _compiled_limit({"limit": 5, "period": "fortnight"})
    with pytest.raises((SpecError, KeyError)):
        _compiled_limit({"period": "second"})


class OkResponse:
    def __init__(self) -> None:
        self.status_code = 200
        self.content = b""
        self.headers: dict[str, str] = {}
        self.parsed = {"code": "0"}


def _client(**kwargs: Any) -> SyncAPIClient:
    http = httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(200)), base_url="https://x")
    return SyncAPIClient(credentials=Credentials("AK", "SK"), http_client=http, spec=mi_spec, **kwargs)


def test_client_reads_limits_from_the_spec() -> None:
    limiter = _client().rate_limiter
    assert limiter is not None
    assert limiter.limits["searchAssets"] == RateLimit(1000.0, 60.0)
    assert limiter.limits["createSearchImageUploadUrl"] == RateLimit(50.0, 1.0)


def test_client_overrides_and_disables_limits() -> None:
    limiter = _client(rate_limits={"searchAssets": None, "getProject": (10, 1)}).rate_limiter
    assert limiter is not None
    assert "searchAssets" not in limiter.limits
    assert limiter.limits["getProject"] == RateLimit(10.0, 1.0)
    assert limiter.limits["createSearchImageUploadUrl"] == RateLimit(50.0, 1.0)
    assert _client(rate_limits=False).rate_limiter is None


def test_client_applies_the_limiter_per_attempt() -> None:
    clock = FakeClock()
    limiter = RateLimiter({"getProject": (1, 1.0)}, clock=clock, sleep=clock.sleep)
    client = _client(rate_limiter=limiter)
    copy = client.with_options(timeout=5)
    assert copy.rate_limiter is limiter

    params = {"workspace_name": "my-workspace", "project_id": "1"}
    for c in (client, copy, client):
        c.call("getProject", OkResponse, path_params=params)
    assert clock.sleeps == [1.0, 2.0]


async def test_async_client_uses_async_sleep() -> None:
    clock = FakeClock()
    limiter = RateLimiter({"getProject": (1, 1.0)}, clock=clock, sleep=clock.sleep, async_sleep=clock.async_sleep)
    http = httpx.AsyncClient(transport=httpx.MockTransport(lambda r: httpx.Response(200)), base_url="https://x")
    client = AsyncAPIClient(credentials=Credentials("AK", "SK"), http_client=http, spec=mi_spec, rate_limiter=limiter)

    async def fn() -> OkResponse:
        return OkResponse()

    params = {"workspace_name": "my-workspace", "project_id": "1"}
    await asyncio.gather(*(client.call("getProject", fn, path_params=params) for _ in range(3)))
    assert sorted(clock.sleeps) == [1.0, 2.0]
