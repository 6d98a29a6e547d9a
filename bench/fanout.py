"""Fan-out: 1000 getProject requests at concurrency 64, as throughput and client CPU per request.

Clients in client processes (``_worker``): the SDK's venv (runtime
dependencies and the ``aiohttp`` extra) runs raw httpx and the wrapper over
httpx's default transport (one httpcore pool), the wrapper over the SDK's
own default transport (``DefaultAsyncHttpxClient``: the connections spread
over pools of at most 8, ``ShardedAsyncTransport``) and over the aiohttp
transport (``httpx-aiohttp``: ``HttpxAiohttpClient`` raw,
``DefaultAioHttpClient`` under the wrapper); openai-python's venv runs its
async client (default transport) as the peer. Every client has a pool of 64 connections, all kept alive for
60 s (as the minimal server keeps them), and every burst starts after an
untimed burst of 128 requests that opens those 64 connections: each variant
starts from the same pool state however the rounds are shuffled.

A sample is requests per second of one burst (64 workers pulling from one
shared counter). Client CPU per request is the client process's CPU time
over the burst divided by the requests; beside it, the same client's CPU
per request one call at a time (measured first, 200 calls). The CPU target
(<= 2x one at a time) is judged on the SDK's default transport; httpx's own
pool is shown beside it.
"""

from __future__ import annotations

import statistics

from ._clients import WorkerError, WorkerProcess
from ._core import Context, Row, Target, not_measured
from ._interleave import shuffled_rounds
from ._rows import Spec, build_rows
from ._venvs import venv

__all__ = ["CONCURRENCY", "REQUESTS", "run"]

REQUESTS = 1000
CONCURRENCY = 64
SAME_TRANSPORT = Target(">=", 0.9)
AIOHTTP_SPEEDUP = Target(">=", 5.0)
CPU_GROWTH = Target("<=", 2.0)

#: key -> (worker, variant of `_worker`, figure label)
VARIANTS = {
    "raw_httpx": ("sdk", "raw_httpx", "raw httpx.AsyncClient, default transport (baseline)"),
    "wrapper_httpx": ("sdk", "wrapper_httpx", "AsyncMediaIntelligence, default transport"),
    "wrapper_sharded": ("sdk", "wrapper_sharded", "AsyncMediaIntelligence, SDK default transport (pools of 8)"),
    "raw_aiohttp": ("sdk", "raw_aiohttp", "raw HttpxAiohttpClient, aiohttp transport"),
    "wrapper_aiohttp": ("sdk", "wrapper_aiohttp", "AsyncMediaIntelligence + DefaultAioHttpClient"),
    "openai_httpx": ("openai", "openai_httpx", "openai-python AsyncOpenAI, default transport (peer)"),
}


def run(ctx: Context) -> list[Row]:
    base_url = ctx.minimal_server().base_url
    rounds, total = (1, 128) if ctx.quick else (5, REQUESTS)
    p = f"fan-out {total} req @ {CONCURRENCY}:"
    workers: dict[str, WorkerProcess] = {}
    missing: dict[str, str] = {}
    failures: dict[str, str] = {}
    cpu: dict[str, list[float]] = {k: [] for k in VARIANTS}
    alone: dict[str, float] = {}
    try:
        for name in sorted({w for w, _, _ in VARIANTS.values()}):
            try:
                workers[name] = WorkerProcess(venv(name, ctx.diagnostics), base_url)
            except Exception as exc:
                for key, (w, _, _) in VARIANTS.items():
                    if w == name:
                        missing[key] = f"{name} venv: {type(exc).__name__}: {exc}"
        keys = []
        for key, (w, variant, _) in VARIANTS.items():
            if key in missing:
                continue
            if variant not in workers[w].variants:
                missing[key] = workers[w].missing.get(variant, "not available")
                continue
            keys.append(key)
        for key in keys:  # one at a time first: the reference of the CPU figure
            w, variant, _ = VARIANTS[key]
            try:
                workers[w].ask({"op": "calls", "variant": variant, "n": 50})
                alone[key] = float(workers[w].ask({"op": "calls", "variant": variant, "n": 200})["cpu_us"])
            except WorkerError as exc:
                failures[key] = f"one at a time: {exc}"

        def burst(key: str) -> float:
            w, variant, _ = VARIANTS[key]
            answer = workers[w].ask({"op": "burst", "variant": variant, "total": total, "concurrency": CONCURRENCY})
            cpu[key].append(float(answer["cpu_us"]))
            return float(answer["rps"])

        samples = shuffled_rounds(keys, burst, rounds, failures, ctx.budget("fan-out", 150))
    finally:
        for worker in workers.values():
            worker.close()

    specs = [
        Spec("raw_httpx", f"{p} {VARIANTS['raw_httpx'][2]}"),
        Spec("wrapper_httpx", f"{p} {VARIANTS['wrapper_httpx'][2]}", SAME_TRANSPORT),
        Spec("wrapper_sharded", f"{p} {VARIANTS['wrapper_sharded'][2]}"),
        Spec("raw_aiohttp", f"{p} {VARIANTS['raw_aiohttp'][2]}"),
        Spec("wrapper_aiohttp", f"{p} {VARIANTS['wrapper_aiohttp'][2]}", SAME_TRANSPORT, against="raw_aiohttp"),
        Spec("openai_httpx", f"{p} {VARIANTS['openai_httpx'][2]}"),
    ]
    rows = build_rows(specs, samples, failures, baseline="raw_httpx", unit="req/s", missing=missing)
    for spec, row in zip(specs, rows, strict=True):
        mine = cpu.get(spec.key) or []
        if row.measured and mine and spec.key in alone:
            text = f"client CPU {statistics.median(mine):.0f} us/req (one at a time {alone[spec.key]:.0f})"
            row.note = f"{row.note}; {text}" if row.note else text
    failed = {**missing, **failures}
    rows.append(_speedup(p, samples, failed))
    for key, target in (("wrapper_sharded", CPU_GROWTH), ("wrapper_httpx", None), ("wrapper_aiohttp", CPU_GROWTH)):
        rows.append(_cpu_row(p, key, cpu, alone, failed, target))
    return rows


def _speedup(p: str, samples: dict[str, list[float]], failed: dict[str, str]) -> Row:
    figure = f"{p} wrapper, aiohttp transport / default transport"
    reason = failed.get("wrapper_aiohttp") or failed.get("wrapper_httpx")
    if reason or not samples.get("wrapper_aiohttp") or not samples.get("wrapper_httpx"):
        return not_measured(figure, reason or "needs both wrapper rows", target=AIOHTTP_SPEEDUP, unit="req/s")
    fast, slow = samples["wrapper_aiohttp"], samples["wrapper_httpx"]
    return Row(
        figure=figure,
        unit="req/s",
        samples=list(fast),
        ratios=[a / b for a, b in zip(fast, slow, strict=True)],
        baseline="default transport",
        target=AIOHTTP_SPEEDUP,
    )


def _cpu_row(
    p: str,
    key: str,
    cpu: dict[str, list[float]],
    alone: dict[str, float],
    failed: dict[str, str],
    target: Target | None,
) -> Row:
    figure = f"{p} client CPU per request at 64 / one at a time, {VARIANTS[key][2]}"
    if failed.get(key) or not cpu.get(key) or key not in alone:
        return not_measured(figure, failed.get(key) or "not measured", target=target, unit="us/req")
    return Row(
        figure=figure,
        unit="us/req",
        samples=list(cpu[key]),
        ratios=[c / alone[key] for c in cpu[key]],
        baseline="one at a time",
        target=target,
    )
