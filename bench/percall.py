"""Per-call overhead: one getProject against the minimal loopback server, client by client.

Every client runs in a venv of ``_venvs`` (a client process, ``_worker``),
never in the development environment: the SDK's venv holds the distribution
with its runtime dependencies only (so validation runs on the path a plain
``pip install`` gets), openai-python has a venv of its own. All of them call
the same server, through the same harness:

* raw httpx with the three signature headers computed by hand (the baseline);
* the generated layer, ``get_project.sync_detailed`` / ``asyncio_detailed``;
* the wrapper, ``client.projects.get(project_id, workspace=...)``, with and
  without validation before the wire;
* openai-python's client (``client.get(path, cast_to=object)`` with the same
  headers): the peer row. The wrapper's ratio must stay below openai's.

Rounds of batches: each round runs a batch of ``n`` calls of every variant,
in a shuffled order. A sample is a batch's mean call time without its slowest
5% (scheduler hiccups); a ratio is taken against the baseline's batch of the
same round. The note gives the client CPU time per call (the overhead
without the wait for the server), as a ratio to the baseline's.

Sync also shows the validation of a big body: ``search.submit`` with 100
person ids and 100 dialogue lines, validated against not validated (the
minimal server answers a search id). Both clients have their pacing off:
searchAssets allows 1000 calls a minute, and a batch paced to that rate
would time the waits, not the validation.
"""

from __future__ import annotations

import math
import statistics
from typing import Any

from ._clients import WorkerError, WorkerProcess
from ._core import Context, Row, Target, not_measured, ratio_samples
from ._interleave import shuffled_rounds
from ._rows import Spec, build_rows
from ._venvs import venv

__all__ = ["run_async", "run_sync"]

GENERATED_TARGET = Target("<=", 1.05)
WRAPPER_TARGET = Target("<=", 1.15)
BELOW_OPENAI = Target("<", 1.0)
VALIDATION_TARGET = Target("<=", 1.2)
UNIT = "us/call"
TRIM = 0.05
BUDGET_SECONDS = 90.0

#: key -> (worker, variant of `_worker`). Each client is also measured bare on its own transport:
#: raw httpx on the SDK's default transport (the wrapper's), raw httpx2 in the openai venv (openai-python 3
#: sends through httpx2/httpcore2 instead of httpx), so layering is judged over each client's own transport.
SYNC = {
    "raw": ("sdk", "raw_sync"),
    "raw_sdk": ("sdk", "raw_sync_sdk_transport"),
    "generated": ("sdk", "generated_sync"),
    "wrapper": ("sdk", "wrapper_sync"),
    "wrapper_noval": ("sdk", "wrapper_sync_noval"),
    "raw2": ("openai", "raw_sync"),
    "openai": ("openai", "openai_sync"),
    "search_val": ("sdk", "search_val"),
    "search_noval": ("sdk", "search_noval"),
}
ASYNC = {
    "raw": ("sdk", "raw_async"),
    "raw_sdk": ("sdk", "raw_async_sdk_transport"),
    "generated": ("sdk", "generated_async"),
    "wrapper": ("sdk", "wrapper_async"),
    "wrapper_noval": ("sdk", "wrapper_async_noval"),
    "wrapper_anyio": ("sdk", "wrapper_async_anyio"),
    "raw2": ("openai", "raw_async"),
    "openai": ("openai", "openai_async"),
}


def _sizes(ctx: Context) -> tuple[int, int, int]:
    """(rounds, calls per batch, warm-up calls)."""
    return (2, 40, 10) if ctx.quick else (14, 200, 100)


def _trimmed_mean(values: list[float]) -> float:
    ordered = sorted(values)
    keep = ordered[: max(1, math.ceil(len(ordered) * (1 - TRIM)))]
    return sum(keep) / len(keep)


def _specs(mode: str, keys: dict[str, tuple[str, str]]) -> list[Spec]:
    p = f"per-call {mode}:"
    specs = [
        Spec("raw", f"{p} raw httpx, signed by hand (baseline)"),
        Spec("generated", f"{p} generated get_project", GENERATED_TARGET),
        Spec("wrapper", f"{p} wrapper projects.get", WRAPPER_TARGET),
        Spec("wrapper_noval", f"{p} wrapper, validation off", WRAPPER_TARGET),
        Spec("raw_sdk", f"{p} raw httpx on the SDK's default transport (the wrapper's own transport)"),
        Spec("wrapper_anyio", f"{p} wrapper, its transport on httpcore's anyio backend (the SDK's before)"),
        Spec("raw2", f"{p} raw httpx2, signed by hand (openai-python's own transport)"),
        Spec("openai", f"{p} openai-python client.get (peer)"),
    ]
    return [spec for spec in specs if spec.key in keys]  # the anyio row is async only


def _run(ctx: Context, mode: str, table: dict[str, tuple[str, str]]) -> list[Row]:
    base_url = ctx.minimal_server().base_url
    rounds, n, warm = _sizes(ctx)
    workers: dict[str, WorkerProcess] = {}
    missing: dict[str, str] = {}
    try:
        for name in sorted({w for w, _ in table.values()}):
            try:
                workers[name] = WorkerProcess(venv(name, ctx.diagnostics), base_url)
            except Exception as exc:
                for key, (w, _) in table.items():
                    if w == name:
                        missing[key] = f"{name} venv: {type(exc).__name__}: {exc}"
        keys = []
        for key, (w, variant) in table.items():
            if key in missing:
                continue
            if variant not in workers[w].variants:
                missing[key] = workers[w].missing.get(variant, "not available")
                continue
            keys.append(key)
        failures: dict[str, str] = {}
        cpu: dict[str, list[float]] = {k: [] for k in keys}

        def batch(key: str, count: int = n) -> float:
            w, variant = table[key]
            answer = workers[w].ask({"op": "calls", "variant": variant, "n": count})
            cpu[key].append(float(answer["cpu_us"]))
            return _trimmed_mean([float(x) for x in answer["wall_us"]])

        for key in keys:
            try:
                batch(key, warm)
            except WorkerError as exc:
                failures[key] = f"warm-up failed: {exc}"
        cpu = {k: [] for k in keys}
        samples = shuffled_rounds(keys, batch, rounds, failures, ctx.budget(f"per-call {mode}", BUDGET_SECONDS))
    finally:
        for worker in workers.values():
            worker.close()
    specs = _specs(mode, table)
    rows = build_rows(specs, samples, failures, baseline="raw", unit=UNIT, missing=missing)
    _add_cpu_notes(rows, specs, cpu)
    rows += _versus_openai(mode, samples, {**missing, **failures})
    if "search_val" in table:
        rows.append(_validation_row(samples, {**missing, **failures}))
    return rows


def _over(figure: str, subject: str, own: str, samples: dict[str, list[float]], failed: dict[str, str]) -> Row:
    """``subject``'s per-round ratio over ``own`` (a client over its own transport, bare), info."""
    reason = failed.get(subject) or failed.get(own)
    if reason or not samples.get(subject) or not samples.get(own):
        return not_measured(figure, reason or f"needs the {subject} and {own} rows", unit=UNIT)
    return Row(
        figure=figure,
        unit=UNIT,
        samples=list(samples[subject]),
        ratios=ratio_samples(samples[subject], samples[own]),
        baseline="its own transport",
    )


def _versus_openai(mode: str, samples: dict[str, list[float]], failed: dict[str, str]) -> list[Row]:
    """Layering over each client's own transport (judged), and the older cross-transport figure (info).

    openai-python 3 sends through httpx2/httpcore2, not httpx: its ratio over raw httpx compares
    transports as much as layers. Judged: (wrapper / raw httpx on the SDK's default transport) /
    (openai-python / raw httpx2), round by round.
    """
    p = f"per-call {mode}:"
    rows = [
        _over(
            f"{p} wrapper over its own transport (raw httpx, SDK default transport)",
            "wrapper",
            "raw_sdk",
            samples,
            failed,
        ),
        _over(f"{p} openai-python over its own transport (raw httpx2)", "openai", "raw2", samples, failed),
    ]
    figure = f"{p} wrapper's layering / openai-python's layering, each over its own transport"
    keys = ("wrapper", "raw_sdk", "openai", "raw2")
    reason = next((failed[k] for k in keys if k in failed), None)
    if reason or not all(samples.get(k) for k in keys):
        rows.append(
            not_measured(figure, reason or "needs the wrapper, openai and both transport rows", target=BELOW_OPENAI)
        )
    else:
        ratios = [
            (w / rs) / (o / r2)
            for w, rs, o, r2 in zip(
                samples["wrapper"], samples["raw_sdk"], samples["openai"], samples["raw2"], strict=True
            )
        ]
        rows.append(
            Row(
                figure=figure,
                unit=UNIT,
                samples=list(samples["wrapper"]),
                ratios=ratios,
                baseline="openai-python's layering",
                target=BELOW_OPENAI,
            )
        )
    figure = f"{p} wrapper's ratio / openai-python's ratio, both over raw httpx (cross-transport)"
    reason = failed.get("wrapper") or failed.get("openai")
    if reason or not samples.get("wrapper") or not samples.get("openai"):
        rows.append(not_measured(figure, reason or "needs the wrapper and openai rows"))
    else:
        # raw cancels out: (wrapper / raw) / (openai / raw), round by round
        rows.append(
            Row(
                figure=figure,
                unit=UNIT,
                samples=list(samples["wrapper"]),
                ratios=[w / o for w, o in zip(samples["wrapper"], samples["openai"], strict=True)],
                baseline="openai-python",
                note="diagnostic: compares transports too (httpx vs httpx2)",
            )
        )
    return rows


def _validation_row(samples: dict[str, list[float]], failed: dict[str, str]) -> Row:
    figure = "per-call sync: search.submit with 100 person ids + 100 lines, validated / not validated"
    reason = failed.get("search_val") or failed.get("search_noval")
    if reason or not samples.get("search_val") or not samples.get("search_noval"):
        return not_measured(figure, reason or "needs both search variants", target=VALIDATION_TARGET)
    val, noval = samples["search_val"], samples["search_noval"]
    extra = statistics.median([a - b for a, b in zip(val, noval, strict=True)])
    return Row(
        figure=figure,
        unit=UNIT,
        samples=list(val),
        ratios=[a / b for a, b in zip(val, noval, strict=True)],
        baseline="not validated",
        target=VALIDATION_TARGET,
        note=f"validation adds {extra:.0f} us",
    )


def _add_cpu_notes(rows: list[Row], specs: list[Spec], cpu: dict[str, list[Any]]) -> None:
    """The client-CPU figure per call: the baseline's in microseconds, the others as a ratio to it."""
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
            text = f"client CPU {statistics.median([m / b for m, b in zip(mine, base, strict=True)]):.3f}x"
        else:
            continue
        row.note = f"{row.note}; {text}" if row.note else text


def run_sync(ctx: Context) -> list[Row]:
    return _run(ctx, "sync", SYNC)


def run_async(ctx: Context) -> list[Row]:
    return _run(ctx, "async", ASYNC)
