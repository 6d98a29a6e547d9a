"""Fan-out: 1000 getProject requests at concurrency 64, as throughput.

Raw ``httpx.AsyncClient`` (headers signed by hand) against
``AsyncMediaIntelligence`` given an ``httpx.AsyncClient`` with the same pool
limits (64 connections, all kept alive), both against the minimal loopback
server. 64 workers pull from one shared counter until the requests are
done; a sample is requests per second of one such burst. The clients live
for the whole figure (a warm pool, as in a long-running program).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

from . import _layers
from ._baseline import ACCESS_KEY, SECRET_KEY, get_project_path, signed_headers
from ._core import Context, Row, Target, ainterleaved
from ._rows import Spec, build_rows

__all__ = ["CONCURRENCY", "REQUESTS", "run"]

REQUESTS = 1000
CONCURRENCY = 64
TARGET = Target(">=", 0.85)


def _limits() -> httpx.Limits:
    return httpx.Limits(max_connections=CONCURRENCY, max_keepalive_connections=CONCURRENCY)


def _burst(call: Callable[[], Awaitable[Any]], total: int) -> Callable[[], Awaitable[float]]:
    async def burst() -> float:
        remaining = total

        async def worker() -> None:
            nonlocal remaining
            while remaining > 0:
                remaining -= 1
                await call()

        start = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(CONCURRENCY)))
        return total / (time.perf_counter() - start)

    return burst


async def _run(ctx: Context, base_url: str) -> list[Row]:
    rounds, total = (1, 128) if ctx.quick else (8, REQUESTS)
    path = get_project_path()
    secret = SECRET_KEY.encode()
    calls: dict[str, Callable[[], Awaitable[Any]]] = {}
    closers: list[Callable[[], Awaitable[Any]]] = []
    missing: dict[str, str] = {}

    raw = httpx.AsyncClient(base_url=base_url, limits=_limits())
    closers.append(raw.aclose)

    async def raw_call() -> None:
        r = await raw.get(path, headers=signed_headers("GET", path, ACCESS_KEY, secret))
        if r.status_code != 200:
            raise RuntimeError(f"raw answered HTTP {r.status_code}")
        r.json()["result"]

    calls["raw"] = raw_call

    try:
        if ctx.quick:  # the generated row is a diagnostic: left out of smoke runs
            raise _layers.LayerMissing("skipped in --quick")
        get_project = _layers.generated_get_project()
        gen_http = httpx.AsyncClient(base_url=base_url, limits=_limits(), auth=_layers.auth())
        closers.append(gen_http.aclose)
        gen_kwargs = _layers.generated_call_kwargs(_layers.generated_client(base_url, http_client=gen_http))

        async def generated_call() -> None:
            resp = await get_project.asyncio_detailed(**gen_kwargs)
            if resp.status_code != 200 or resp.parsed is None:
                raise RuntimeError(f"generated answered HTTP {resp.status_code}")

        calls["generated"] = generated_call
    except _layers.LayerMissing as exc:
        missing["generated"] = exc.reason

    try:
        wrap_http = httpx.AsyncClient(limits=_limits())
        closers.append(wrap_http.aclose)
        client = _layers.wrapper_client(base_url, asynchronous=True, http_client=wrap_http)
        closers.append(client.aclose if hasattr(client, "aclose") else client.close)
        calls["wrapper"] = lambda: _layers.wrapper_get_project(client)
    except _layers.LayerMissing as exc:
        missing["wrapper"] = exc.reason

    failures: dict[str, str] = {}
    try:
        for key, call in calls.items():
            try:
                await _burst(call, CONCURRENCY if ctx.quick else CONCURRENCY * 2)()  # opens the pool's connections
            except Exception as exc:
                failures[key] = f"warm-up failed: {type(exc).__name__}: {exc}"
        variants = [(k, _burst(c, total)) for k, c in calls.items() if k not in failures]
        samples = await ainterleaved(variants, rounds, failures, ctx.budget("fan-out", 100))
    finally:
        for close in reversed(closers):
            try:
                await close()
            except Exception:
                pass
    p = f"fan-out {total} req @ {CONCURRENCY}:"
    specs = [
        Spec("raw", f"{p} raw httpx.AsyncClient (baseline)"),
        *([] if ctx.quick else [Spec("generated", f"{p} generated asyncio_detailed", note="diagnostic")]),
        Spec("wrapper", f"{p} AsyncMediaIntelligence", TARGET),
    ]
    return build_rows(specs, samples, failures, baseline="raw", unit="req/s", missing=missing)


def run(ctx: Context) -> list[Row]:
    base_url = ctx.minimal_server().base_url
    return asyncio.run(_run(ctx, base_url))
