"""``python -m bench``: run the benchmarks, print the table, write ``bench/results.md``.

    python -m bench                  # everything (< 10 min on 2 cores), writes bench/results.md
    python -m bench --quick          # smoke run (< 1 min), writes nothing unless --output is given
    python -m bench --only percall   # figures whose name starts with "percall" (repeatable)
    python -m bench --list           # the figure names

``--strict`` exits 1 when a judged figure misses its target or is not measured.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ._core import Context, Row, format_table, miss_description, not_measured
from ._paths import BENCH_DIR, ensure_source_paths

__all__ = ["BENCHMARKS", "main"]


@dataclass(frozen=True)
class Benchmark:
    name: str
    title: str
    run: Callable[[Context], list[Row]]


def _lazy(module: str, func: str) -> Callable[[Context], list[Row]]:
    def run(ctx: Context) -> list[Row]:
        import importlib

        rows: list[Row] = getattr(importlib.import_module(f"bench.{module}"), func)(ctx)
        return rows

    return run


BENCHMARKS: tuple[Benchmark, ...] = (
    Benchmark("percall-sync", "per-call overhead, sync", _lazy("percall", "run_sync")),
    Benchmark("percall-async", "per-call overhead, async", _lazy("percall", "run_async")),
    Benchmark("fanout", "fan-out, 1000 requests at concurrency 64, both transports", _lazy("fanout", "run")),
    Benchmark("import", "import time, and the mi commands", _lazy("importtime", "run")),
    Benchmark("signing", "signatures per second", _lazy("signing", "run")),
    Benchmark("emulator-search", "emulator text search latency by index size", _lazy("emulator", "run_search")),
    Benchmark("emulator-throughput", "emulator getProject throughput", _lazy("emulator", "run_throughput")),
)


def _select(only: Sequence[str]) -> list[Benchmark]:
    if not only:
        return list(BENCHMARKS)
    wanted = [w.strip() for item in only for w in item.split(",") if w.strip()]
    chosen = [b for b in BENCHMARKS if any(b.name == w or b.name.startswith(w) for w in wanted)]
    unknown = [w for w in wanted if not any(b.name == w or b.name.startswith(w) for b in BENCHMARKS)]
    if unknown:
        names = ", ".join(b.name for b in BENCHMARKS)
        raise SystemExit(f"unknown benchmark {', '.join(unknown)}; choose from: {names}")
    return chosen


def _cores() -> str:
    logical = os.cpu_count() or 0
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = logical
    return f"{usable}" if usable == logical else f"{usable} usable of {logical}"


def _load() -> str:
    try:
        one, five, _ = os.getloadavg()
    except OSError:
        return "unknown"
    return f"{one:.2f} (1 min), {five:.2f} (5 min)"


def _machine() -> list[tuple[str, str]]:
    return [
        ("date", datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")),
        ("cores", _cores()),
        ("python", f"{platform.python_version()} ({platform.python_implementation()}, {sys.executable})"),
        ("platform", platform.platform()),
        ("processor", platform.machine()),
        ("load average at the end", _load()),
    ]


def _versions() -> str:
    """Versions in the client venvs (the server side runs in this process's venv)."""
    from ._venvs import RECIPES, VENV_ROOT, Venv

    wanted = {
        "sdk": ("httpx", "httpcore", "aiohttp", "httpx-aiohttp", "jsonschema", "jsonschema-rs", "attrs"),
        "openai": ("openai", "httpx", "httpcore", "httpx2", "httpcore2"),
        "cli": ("typer", "rich"),
    }
    parts = []
    for name, dists in wanted.items():
        env = Venv(name, VENV_ROOT / name)
        if name not in RECIPES or not Path(env.python).exists():
            continue
        found = [f"{d} {v}" for d in dists if (v := env.version(d))]
        parts.append(f"{name} venv: " + ", ".join(found))
    from importlib import metadata

    parts.append(f"server: uvicorn {metadata.version('uvicorn')}, starlette {metadata.version('starlette')}")
    return "; ".join(parts)


METHOD = """\
Every judged figure is a ratio against a baseline measured in the same run, on the same machine, at
the same time (or, for the mi commands and the search latency, an absolute limit): subject and
baseline run in rounds, each round in a freshly shuffled order (seeded), and a figure's ratio is
the median of its per-round ratios, so the noise of a shared machine hits all variants alike.
min / median / max are over the rounds.

Where the clients run: never in the development venv. `bench/_venvs.py` builds (once, reused while
the recipe is unchanged) build/bench-venvs/: `httpx` (httpx alone: the clean import baseline),
`sdk` (the distribution with its runtime dependencies only, plus the aiohttp extra; installed
editable so its code is the working tree's), `cli` (the distribution with the cli extra) and
`openai` (openai-python, the peer). Each client runs in a process of its venv (`bench/_worker.py`)
that keeps its clients (warm pools) and runs the batches the parent asks for.

- Per-call (sync, async): the minimal ASGI app (a plain callable returning the spec's getProject
  example) under uvicorn in a child process on a loopback port, the same server for every client.
  Baseline: raw httpx with the three NCP signature headers computed inline. A sample is a batch's
  mean call time without its slowest 5%. The note gives client CPU per call. Targets: generated
  <= 1.05x, wrapper <= 1.15x (with and without validation); search.submit with 100 person ids +
  100 dialogue lines validated <= 1.2x not validated. Shown as info: the wrapper with its
  transport on httpcore's anyio backend (the SDK's async transport before AsyncioBackend). The
  peer: openai-python 3 does not send through httpx but through httpx2/httpcore2 (in its venv),
  so its ratio over raw httpx compares transports as well as layers. Each client is therefore
  also run bare on its own transport, same harness, same rounds: raw httpx on the SDK's default
  transport (the wrapper's) and raw httpx2 in the openai venv (openai-python's). Judged: the
  wrapper's layering over its own transport below openai-python's layering over its own,
  (wrapper / raw on the SDK transport) / (openai-python / raw httpx2) round by round, < 1x. The
  older figure, both ratios over raw httpx, stays as info.
- Fan-out: 1000 requests by 64 workers, pools of 64 connections kept alive 60 s (the server keeps
  them as long) and refilled by an untimed burst before each timed one, so every variant starts
  from the same pool state. Both transports (httpx's pool; aiohttp through httpx-aiohttp), raw and
  wrapped, the wrapper on the SDK's default transport (its connections over pools of at most 8),
  and openai-python. Targets: wrapper >= 0.9x raw on the same transport; the wrapper on aiohttp
  >= 5x the wrapper on httpx's default transport; client CPU per request at 64 concurrent <= 2x
  the same client's one-at-a-time figure (the SDK's default transport, and aiohttp).
- Import: the import statement timed inside a fresh interpreter (start-up excluded), bytecode caches
  on: `import media_intelligence` (sdk venv) <= 1.5x `import httpx` (httpx venv). `mi --help` and
  `mi projects list` (against the emulator): whole-process wall time from the cli venv, <= 250 ms
  and <= 500 ms.
- Signing: signatures per second of media_intelligence._auth.sign (in this process); judged as the
  share of a raw loopback call that one signature costs (< 5%).
- Emulator search: 10k / 100k indexed scenes seeded straight into the emulator's SQLite schema
  (bench/seed_emulator.py); text searches through the SDK (search.run: submit, wait, first page)
  from the sdk venv, over loopback. Also shown: the emulator's search code path alone (run_search
  in-process; p95 < 50 ms at 100k, formerly a timed test), and a naive FTS5 OR + bm25 query on the
  same file as a reference. Targets: p95 through the SDK < 30 ms at 100k; growth 10k -> 100k <= 2x.
- Emulator throughput: a second process (hand-written HTTP/1.1 on asyncio, signed) loads getProject;
  baseline: the same load on the minimal ASGI app. No target (the emulator is a test double).

A figure whose rounds would not fit its time budget stops early (at least 3 rounds; said under
Diagnostics), so a slow or busy machine gets fewer rounds, not an endless run. The load average is
recorded: on a machine busy with other work the wall-time ratios are noisier."""


def write_results(path: Path, rows: list[Row], ctx: Context, *, seconds: float, argv: Sequence[str]) -> None:
    lines = ["# Benchmark results", ""]
    command = "python -m bench" + (" " + " ".join(argv) if argv else "")
    lines.append(f"Produced by `{command}`" + (" (`make bench`)." if not argv else "."))
    lines.append("")
    for key, value in _machine():
        lines.append(f"- {key}: {value}")
    lines.append(f"- libraries: {_versions()}")
    lines.append(f"- mode: {'quick' if ctx.quick else 'full'}; wall time {seconds:.0f} s")
    lines += ["", format_table(rows, markdown=True), ""]
    lines += [_summary(rows), ""]
    misses = [(r.figure, miss_description(r)) for r in rows if r.status == "miss"]
    if misses:
        lines += ["## Missed targets", ""]
        lines += [f"- {figure}: {text}" for figure, text in misses]
        lines.append("")
    pending = [r for r in rows if r.status == "not measured"]
    if pending:
        lines += ["## Not measured", ""]
        lines += [f"- {r.figure}: {r.reason}" for r in pending]
        lines.append("")
    if ctx.diagnostics:
        lines += ["## Diagnostics", "", "```", *ctx.diagnostics, "```", ""]
    lines += ["## Method", "", METHOD, ""]
    path.write_text("\n".join(lines), encoding="utf-8")


def _summary(rows: list[Row]) -> str:
    judged = [r for r in rows if r.target is not None]
    counts = {s: sum(1 for r in judged if r.status == s) for s in ("pass", "miss", "not measured")}
    return (
        f"Targets: {counts['pass']} pass, {counts['miss']} miss, {counts['not measured']} not measured "
        f"(of {len(judged)} judged figures)."
    )


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = argparse.ArgumentParser(
        prog="python -m bench", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="few rounds and small sizes (smoke test)")
    parser.add_argument("--only", action="append", default=[], metavar="NAME", help="run only these (prefix)")
    parser.add_argument("--output", type=Path, help="write the results here (default: bench/results.md on a full run)")
    parser.add_argument("--no-output", action="store_true", help="write no results file")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed or not measured")
    parser.add_argument("--list", action="store_true", help="list the benchmarks and exit")
    args = parser.parse_args(argv)
    if args.list:
        for b in BENCHMARKS:
            print(f"{b.name:22} {b.title}")
        return 0
    ensure_source_paths()
    chosen = _select(args.only)
    output: Path | None = args.output
    if output is None and not args.quick and not args.only and not args.no_output:
        output = BENCH_DIR / "results.md"
    if args.no_output:
        output = None

    ctx = Context(quick=args.quick)
    ctx.diagnostics.append(f"load average at the start: {_load()} on {_cores()} cores")
    started = time.perf_counter()
    try:
        for bench in chosen:
            t0 = time.perf_counter()
            print(f"[bench] {bench.name}: {bench.title} ...", file=sys.stderr, flush=True)
            try:
                rows = bench.run(ctx)
            except Exception as exc:
                traceback.print_exc(file=sys.stderr)
                rows = [not_measured(bench.name, f"benchmark failed: {type(exc).__name__}: {exc}")]
            ctx.rows.extend(rows)
            print(format_table(rows), file=sys.stderr)
            print(f"[bench] {bench.name}: {time.perf_counter() - t0:.1f}s", file=sys.stderr, flush=True)
    finally:
        ctx.close()
    seconds = time.perf_counter() - started

    print()
    for key, value in _machine():
        print(f"{key}: {value}")
    print()
    print(format_table(ctx.rows))
    print()
    print(_summary(ctx.rows) + f" Wall time {seconds:.0f} s.")
    if ctx.diagnostics:
        print()
        print("\n".join(ctx.diagnostics))
    if output is not None:
        write_results(output, ctx.rows, ctx, seconds=seconds, argv=argv)
        print(f"\nwrote {output}")
    if args.strict and any(r.status in ("miss", "not measured") for r in ctx.rows if r.target is not None):
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
