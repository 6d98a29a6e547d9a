"""Per-call overhead: one getProject against the minimal loopback server, layer by layer.

Variants (same server, same connection reuse, one client each, built once):

* raw httpx with the three signature headers computed by hand (the baseline);
* raw httpx with the wrapper's ``NcpSignatureV2Auth`` (diagnostic: the cost of
  the auth flow alone);
* the generated layer, ``get_project.sync_detailed`` / ``asyncio_detailed``
  with a ``Client`` whose httpx client carries ``NcpSignatureV2Auth``;
* the wrapper, ``client.projects.get(project_id, workspace=...)``;
* the wrapper with validation before the wire turned off.

The variants are interleaved call by call: a round is ``n`` iterations, and
each iteration calls every variant once (the order alternating), so every
state of a shared, noisy machine is sampled by all variants alike. A sample
is one variant's mean call time over a round, in microseconds, without its
slowest 5% (scheduler hiccups); a variant's ratio is taken against the
baseline's sample of the same round. The note gives the same ratio on the
client process's CPU time (the overhead without the wait for the server).
"""

from __future__ import annotations

import asyncio
import gc
import math
import statistics
import time
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

from . import _layers
from ._baseline import ACCESS_KEY, SECRET_KEY, get_project_path, signed_headers
from ._core import Budget, Context, Row, Target
from ._rows import Spec, build_rows

__all__ = ["run_async", "run_sync"]

GENERATED_TARGET = Target("<=", 1.05)
WRAPPER_TARGET = Target("<=", 1.15)
UNIT = "us/call"
TRIM = 0.05
BUDGET_SECONDS = 60.0


def _sizes(ctx: Context) -> tuple[int, int, int]:
    """(rounds, calls per batch, warm-up calls)."""
    return (2, 40, 10) if ctx.quick else (16, 200, 100)


def _specs(mode: str) -> list[Spec]:
    p = f"per-call {mode}:"
    return [
        Spec("raw", f"{p} raw httpx, signed by hand (baseline)"),
        Spec("raw_auth", f"{p} raw httpx + NcpSignatureV2Auth", note="diagnostic: auth flow alone"),
        Spec("generated", f"{p} generated get_project", GENERATED_TARGET),
        Spec("wrapper", f"{p} wrapper projects.get", WRAPPER_TARGET),
        Spec("wrapper_noval", f"{p} wrapper, validation off", WRAPPER_TARGET),
    ]


def _validation_row(mode: str, samples: dict[str, list[float]], failures: dict[str, str]) -> Row:
    figure = f"per-call {mode}: validation cost (wrapper / wrapper without validation)"
    reason = failures.get("wrapper_noval") or failures.get("wrapper")
    if reason or not samples.get("wrapper") or not samples.get("wrapper_noval"):
        return Row(figure=figure, unit="us/call", reason=reason or "needs both wrapper variants")
    with_v, without = samples["wrapper"], samples["wrapper_noval"]
    raw = samples.get("raw") or []
    row = Row(
        figure=figure,
        unit="us/call",
        samples=[a - b for a, b in zip(with_v, without, strict=True)],
        ratios=[a / b for a, b in zip(with_v, without, strict=True)],
        baseline="wrapper without validation",
    )
    if raw:
        share = statistics.median([(a - b) / r for a, b, r in zip(with_v, without, raw, strict=True)])
        row.note = f"validation = {share * 100:+.1f}% of a raw call (budget 15%)"
    return row


def _bound_get_project(client: Any) -> Callable[[], Any]:
    def call() -> Any:
        return _layers.wrapper_get_project(client)

    return call


# --- sync ---------------------------------------------------------------------------------------


def _trimmed_mean(values: list[float]) -> float:
    """Mean without the slowest ``TRIM`` share (scheduler hiccups of a shared machine)."""
    ordered = sorted(values)
    keep = ordered[: max(1, math.ceil(len(ordered) * (1 - TRIM)))]
    return sum(keep) / len(keep)


class _Recorder:
    """Per-call wall and CPU times of every variant within one round, reduced to one sample each."""

    def __init__(self, keys: list[str]) -> None:
        self.samples: dict[str, list[float]] = {k: [] for k in keys}
        self.cpu: dict[str, list[float]] = {k: [] for k in keys}
        self._wall: dict[str, list[float]] = {}
        self._cpu: dict[str, list[float]] = {}

    def start_round(self, keys: list[str]) -> None:
        self._wall = {k: [] for k in keys}
        self._cpu = {k: [] for k in keys}

    def add(self, key: str, wall: float, cpu: float) -> None:
        self._wall[key].append(wall * 1e6)
        self._cpu[key].append(cpu * 1e6)

    def end_round(self, failures: dict[str, str]) -> None:
        for key, walls in self._wall.items():
            if key not in failures and walls:
                self.samples[key].append(_trimmed_mean(walls))
                self.cpu[key].append(sum(self._cpu[key]) / len(self._cpu[key]))


def _orders(keys: list[str]) -> tuple[list[str], list[str]]:
    return list(keys), list(reversed(keys))


def _interleave_sync(
    calls: dict[str, Callable[[], Any]], rounds: int, n: int, failures: dict[str, str], budget: Budget
) -> _Recorder:
    """Rounds of ``n`` iterations; each iteration calls every variant once (order alternating)."""
    rec = _Recorder(list(calls))
    clock, cpu_clock = time.perf_counter, time.process_time
    for r in range(rounds):
        keys = [k for k in calls if k not in failures]
        rec.start_round(keys)
        gc.collect()
        forward, backward = _orders(keys)
        for i in range(n):
            for key in forward if (i + r) % 2 == 0 else backward:
                if key in failures:
                    continue
                call = calls[key]
                c0, t0 = cpu_clock(), clock()
                try:
                    call()
                except Exception as exc:
                    failures[key] = f"failed in round {r + 1}: {type(exc).__name__}: {exc}"
                    continue
                t1, c1 = clock(), cpu_clock()
                rec.add(key, t1 - t0, c1 - c0)
        rec.end_round(failures)
        if budget.spent(r + 1, rounds):
            break
    return rec


async def _interleave_async(
    calls: dict[str, Callable[[], Awaitable[Any]]], rounds: int, n: int, failures: dict[str, str], budget: Budget
) -> _Recorder:
    """`_interleave_sync` for coroutines (one at a time: the per-call cost, not concurrency)."""
    rec = _Recorder(list(calls))
    clock, cpu_clock = time.perf_counter, time.process_time
    for r in range(rounds):
        keys = [k for k in calls if k not in failures]
        rec.start_round(keys)
        gc.collect()
        forward, backward = _orders(keys)
        for i in range(n):
            for key in forward if (i + r) % 2 == 0 else backward:
                if key in failures:
                    continue
                call = calls[key]
                c0, t0 = cpu_clock(), clock()
                try:
                    await call()
                except Exception as exc:
                    failures[key] = f"failed in round {r + 1}: {type(exc).__name__}: {exc}"
                    continue
                t1, c1 = clock(), cpu_clock()
                rec.add(key, t1 - t0, c1 - c0)
        rec.end_round(failures)
        if budget.spent(r + 1, rounds):
            break
    return rec


def _check_status(status: int, what: str) -> None:
    if status != 200:
        raise RuntimeError(f"{what} answered HTTP {status}")


def run_sync(ctx: Context) -> list[Row]:
    base_url = ctx.minimal_server().base_url
    rounds, n, warm = _sizes(ctx)
    path = get_project_path()
    secret = SECRET_KEY.encode()
    closers: list[Callable[[], Any]] = []
    calls: dict[str, Callable[[], Any]] = {}
    missing: dict[str, str] = {}

    raw_client = httpx.Client(base_url=base_url)
    closers.append(raw_client.close)

    def raw_call() -> None:
        r = raw_client.get(path, headers=signed_headers("GET", path, ACCESS_KEY, secret))
        _check_status(r.status_code, "raw")
        r.json()["result"]

    calls["raw"] = raw_call

    try:
        auth_client = httpx.Client(base_url=base_url, auth=_layers.auth())
        closers.append(auth_client.close)

        def raw_auth_call() -> None:
            r = auth_client.get(path)
            _check_status(r.status_code, "raw+auth")
            r.json()["result"]

        calls["raw_auth"] = raw_auth_call
    except _layers.LayerMissing as exc:
        missing["raw_auth"] = exc.reason

    try:
        get_project = _layers.generated_get_project()
        gen_client = _layers.generated_client(base_url)
        gen_kwargs = _layers.generated_call_kwargs(gen_client)
        closers.append(lambda: gen_client.get_httpx_client().close())

        def generated_call() -> None:
            resp = get_project.sync_detailed(**gen_kwargs)
            _check_status(int(resp.status_code), "generated")
            if resp.parsed is None:
                raise RuntimeError("generated: no parsed body")

        calls["generated"] = generated_call
    except _layers.LayerMissing as exc:
        missing["generated"] = exc.reason

    for key, validate in (("wrapper", True), ("wrapper_noval", False)):
        try:
            client = _layers.wrapper_client(base_url, validate=validate)
            closers.append(client.close)
            calls[key] = _bound_get_project(client)
        except _layers.LayerMissing as exc:
            missing[key] = exc.reason

    failures: dict[str, str] = {}
    samples: dict[str, list[float]] = {}
    cpu: dict[str, list[float]] = {}
    try:
        for key, call in list(calls.items()):
            try:
                for _ in range(warm):
                    call()
            except Exception as exc:
                failures[key] = f"warm-up failed: {type(exc).__name__}: {exc}"
        budget = ctx.budget("per-call sync", BUDGET_SECONDS)
        rec = _interleave_sync({k: c for k, c in calls.items() if k not in failures}, rounds, n, failures, budget)
        samples, cpu = rec.samples, rec.cpu
    finally:
        for close in closers:
            try:
                close()
            except Exception:
                pass
    specs = _specs("sync")
    rows = build_rows(specs, samples, failures, baseline="raw", unit=UNIT, missing=missing)
    _add_cpu_notes(rows, specs, cpu)
    rows.append(_validation_row("sync", samples, {**missing, **failures}))
    return rows


# --- async --------------------------------------------------------------------------------------


def _add_cpu_notes(rows: list[Row], specs: list[Spec], cpu: dict[str, list[float]]) -> None:
    """Append the client-CPU ratio (per round, median) to each row's note: the overhead without the wait."""
    by_figure = {spec.figure: spec.key for spec in specs}
    base = cpu.get("raw") or []
    for row in rows:
        key = by_figure.get(row.figure)
        if key is None or not row.measured or not base:
            continue
        mine = cpu.get(key) or []
        if key == "raw":
            text = f"client CPU {statistics.median(mine):.0f} us/call"
        elif len(mine) == len(base):
            ratio = statistics.median([m / b for m, b in zip(mine, base, strict=True)])
            text = f"client CPU {ratio:.3f}x"
        else:
            continue
        row.note = f"{row.note}; {text}" if row.note else text


async def _run_async(ctx: Context, base_url: str) -> list[Row]:
    rounds, n, warm = _sizes(ctx)
    path = get_project_path()
    secret = SECRET_KEY.encode()
    closers: list[Callable[[], Awaitable[Any]]] = []
    calls: dict[str, Callable[[], Awaitable[Any]]] = {}
    missing: dict[str, str] = {}

    raw_client = httpx.AsyncClient(base_url=base_url)
    closers.append(raw_client.aclose)

    async def raw_call() -> None:
        r = await raw_client.get(path, headers=signed_headers("GET", path, ACCESS_KEY, secret))
        _check_status(r.status_code, "raw")
        r.json()["result"]

    calls["raw"] = raw_call

    try:
        auth_client = httpx.AsyncClient(base_url=base_url, auth=_layers.auth())
        closers.append(auth_client.aclose)

        async def raw_auth_call() -> None:
            r = await auth_client.get(path)
            _check_status(r.status_code, "raw+auth")
            r.json()["result"]

        calls["raw_auth"] = raw_auth_call
    except _layers.LayerMissing as exc:
        missing["raw_auth"] = exc.reason

    try:
        get_project = _layers.generated_get_project()
        gen_client = _layers.generated_client(base_url)
        gen_kwargs = _layers.generated_call_kwargs(gen_client)
        closers.append(lambda: gen_client.get_async_httpx_client().aclose())

        async def generated_call() -> None:
            resp = await get_project.asyncio_detailed(**gen_kwargs)
            _check_status(int(resp.status_code), "generated")
            if resp.parsed is None:
                raise RuntimeError("generated: no parsed body")

        calls["generated"] = generated_call
    except _layers.LayerMissing as exc:
        missing["generated"] = exc.reason

    for key, validate in (("wrapper", True), ("wrapper_noval", False)):
        try:
            client = _layers.wrapper_client(base_url, asynchronous=True, validate=validate)
            closers.append(client.aclose if hasattr(client, "aclose") else client.close)
            calls[key] = _bound_get_project(client)
        except _layers.LayerMissing as exc:
            missing[key] = exc.reason

    failures: dict[str, str] = {}
    samples: dict[str, list[float]] = {}
    cpu: dict[str, list[float]] = {}
    try:
        for key, call in list(calls.items()):
            try:
                for _ in range(warm):
                    await call()
            except Exception as exc:
                failures[key] = f"warm-up failed: {type(exc).__name__}: {exc}"
        budget = ctx.budget("per-call async", BUDGET_SECONDS)
        active = {k: c for k, c in calls.items() if k not in failures}
        rec = await _interleave_async(active, rounds, n, failures, budget)
        samples, cpu = rec.samples, rec.cpu
    finally:
        for close in closers:
            try:
                await close()
            except Exception:
                pass
    specs = _specs("async")
    rows = build_rows(specs, samples, failures, baseline="raw", unit=UNIT, missing=missing)
    _add_cpu_notes(rows, specs, cpu)
    rows.append(_validation_row("async", samples, {**missing, **failures}))
    return rows


def run_async(ctx: Context) -> list[Row]:
    base_url = ctx.minimal_server().base_url
    return asyncio.run(_run_async(ctx, base_url))
