"""The emulator's scale: text search latency by index size, and getProject throughput under load.

Search: ``seed_emulator.seed`` writes 1k, 10k and 100k indexed scenes straight
into one SQLite database per size, through the emulator's own schema; one
emulator per database serves in a child process. A query is what a user's
client does, through the SDK in the ``sdk`` venv (the distribution's runtime
dependencies only): ``client.search.run(text=..., project_ids=[...])``, i.e.
``searchAssets``, then ``getSearchResult`` until the search is done (polled
every millisecond), first page parsed, over loopback, signed. A sample is the p50 or
p95 of one round of queries; the sizes (and the baseline) are interleaved
round by round. The reference is the naive FTS5 search: the same words as
one ``OR`` query ranked by bm25 over every match (first page of 50), run in
this process on the same database file (an engine that ranks fewer
candidates can beat it; it shows what a straightforward FTS5 search costs). A
diagnostic row times the emulator's search code path alone
(``handlers._search_engine.run_search`` in this process: no HTTP, no job),
so the split between the engine and the HTTP/job machinery is visible. The
match count of every query at every size is printed under the table.

Targets: through the SDK, p95 < 30 ms at 100k scenes, and at most 2x from
10k to 100k scenes; the search code path alone, p95 < 50 ms at 100k (this was
a timed assertion of ``tests/emulator/test_search_performance.py``).

Throughput: ``python -m bench._loadgen`` (a second process: raw httpx, signed
by hand, 32 concurrent connections) against the emulator's ``getProject``
and, interleaved, against the minimal ASGI server (the baseline: the same
load on a server that does nothing).
"""

from __future__ import annotations

import json
import math
import re
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from ._baseline import ACCESS_KEY, SECRET_KEY, get_project_path, signed_headers
from ._clients import WorkerProcess
from ._core import Context, Row, Target, not_measured
from ._interleave import shuffled_rounds
from ._paths import REPO, child_env
from ._server import ServerProcess, ServerStartError
from ._venvs import venv

__all__ = ["run_search", "run_throughput"]

P95_TARGET = Target("<", 30.0, on="value")
GROWTH_TARGET = Target("<=", 2.0)
#: The search engine alone at the largest size (was a timed assertion of tests/emulator/test_search_performance.py).
ENGINE_TARGET = Target("<", 50.0, on="value")
SEARCH_PATH = "/api/v1/workspaces/{ws}/assets/search"
RESULT_PATH = "/api/v1/workspaces/{ws}/assets/search/{sid}"
HEALTH = "/_emulator/health"


def _size_label(n: int) -> str:
    return f"{n // 1000}k" if n % 1000 == 0 else str(n)


def _emulator_missing(*operations: str) -> str | None:
    """Why the emulator cannot serve ``operations`` yet, or None."""
    from . import _paths

    _paths.ensure_source_paths()
    try:
        import media_intelligence_emulator as emu

        create_app = emu.create_app  # noqa: F841 - probes the lazy attribute
        missing: list[str] = list(emu.missing_operations())
    except ImportError as exc:
        return f"emulator not available yet ({exc})"
    except Exception as exc:
        return f"emulator not available yet ({type(exc).__name__}: {exc})"
    absent = [op for op in operations if op in missing]
    if absent:
        return f"emulator not available yet: no handler for {', '.join(absent)}"
    return None


def _start_emulator(db: str, *, wait: bool = True) -> ServerProcess:
    args = ["-m", "bench._emulator_server", "--db", db, "--access-key", ACCESS_KEY, "--secret-key", SECRET_KEY]
    return ServerProcess(args, ready_path=HEALTH).start(wait=wait)


# --- search -------------------------------------------------------------------------------------


def _engine() -> Any:
    """The emulator's search engine module (``handlers._search_engine``), or None when it is not there."""
    import importlib

    try:
        return importlib.import_module("media_intelligence_emulator.handlers._search_engine")
    except ImportError:
        return None


def _terms(text: str) -> list[str]:
    engine = _engine()
    if engine is not None and hasattr(engine, "query_terms"):
        return list(engine.query_terms(text))
    return list(dict.fromkeys(re.findall(r"\w+", text.lower())))


class _Floor:
    """The naive FTS5 search on one database file (read-only, in this process): the reference.

    The words of the query as the engine takes them, ``OR``-ed in one FTS5
    ``MATCH`` ranked by bm25 over all matches, first page of 50. On the
    engine's own FTS table (``scenes_fts_text``, with its column weights) when
    it exists, else on the schema's ``scenes_fts``.
    """

    def __init__(self, db: str) -> None:
        self.conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, check_same_thread=False)
        tables = {r[0] for r in self.conn.execute("SELECT name FROM sqlite_master")}
        engine = _engine()
        if "scenes_fts_text" in tables:
            weights = ", ".join(str(w) for w in getattr(engine, "COLUMN_WEIGHTS", ()))
            rank = f"bm25(scenes_fts_text{', ' + weights if weights else ''})"
            self.sql = f"SELECT rowid FROM scenes_fts_text WHERE scenes_fts_text MATCH ? ORDER BY {rank} LIMIT 50"
        else:
            self.sql = "SELECT rowid FROM scenes_fts WHERE scenes_fts MATCH ? ORDER BY rank LIMIT 50"
        self.table = "scenes_fts_text" if "scenes_fts_text" in tables else "scenes_fts"

    def expression(self, text: str) -> str:
        return " OR ".join('"' + t.replace('"', '""') + '"' for t in _terms(text))

    def query(self, text: str) -> float:
        start = time.perf_counter()
        self.conn.execute(self.sql, (self.expression(text),)).fetchall()
        return (time.perf_counter() - start) * 1e3

    def matches(self, text: str) -> int:
        sql = f"SELECT count(*) FROM {self.table} WHERE {self.table} MATCH ?"
        return int(self.conn.execute(sql, (self.expression(text),)).fetchone()[0])

    def close(self) -> None:
        self.conn.close()


class _Engine:
    """The emulator's search code path in this process: ``run_search(db, SearchSpec)``, no HTTP, no job."""

    def __init__(self, db: str, workspace: str, project_id: int) -> None:
        from media_intelligence_emulator._db import Database

        engine = _engine()
        if engine is None or not hasattr(engine, "run_search") or not hasattr(engine, "SearchSpec"):
            raise RuntimeError("no run_search/SearchSpec in the emulator's search engine")
        self.engine = engine
        self.db = Database(db)
        self.workspace = workspace
        self.project_id = project_id

    def query(self, text: str) -> float:
        body = {"query": {"textQuery": text}, "filter": {"projectIds": [self.project_id]}}
        start = time.perf_counter()
        self.engine.run_search(self.db, self.engine.SearchSpec.from_request(self.workspace, body))
        return (time.perf_counter() - start) * 1e3

    def close(self) -> None:
        self.db.close()


class _SdkSearch:
    """Text searches through the SDK (``MediaIntelligence.search.run``: submit, wait, first page), from the
    ``sdk`` venv (a client process, ``_worker``), against one emulator."""

    def __init__(self, worker: WorkerProcess, base_url: str, workspace: str, project_id: int) -> None:
        self.worker = worker
        self.command = {"op": "search", "base_url": base_url, "workspace": workspace, "project": project_id}

    def queries(self, texts: list[str]) -> list[float]:
        return [float(ms) for ms in self.worker.ask({**self.command, "queries": texts})["ms"]]


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if len(ordered) == 1:
        return ordered[0]
    pos = (len(ordered) - 1) * q
    lo = math.floor(pos)
    hi = min(lo + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (pos - lo)


def _round_of(
    query: Callable[[str], float] | None, queries: list[str], out: list[list[float]], many: Any = None
) -> Callable[[], float]:
    """One round: every query once (order rotating between rounds); records the latencies, returns p95.

    ``many`` (a function of a list of queries) runs a whole round in one go (the SDK's client process).
    """
    turn = [0]

    def run() -> float:
        k = turn[0] % len(queries)
        turn[0] += 1
        ordered = queries[k:] + queries[:k]
        latencies = many(ordered) if many is not None else [query(q) for q in ordered]  # type: ignore[misc]
        out.append(latencies)
        return _percentile(latencies, 0.95)

    return run


def run_search(ctx: Context) -> list[Row]:
    from . import seed_emulator

    sizes = (1_000, 3_000) if ctx.quick else (10_000, 100_000)
    rounds, queries_per_round = (1, 8) if ctx.quick else (6, 24)
    queries = [seed_emulator.QUERIES[i % len(seed_emulator.QUERIES)] for i in range(queries_per_round)]
    largest, smallest = max(sizes), min(sizes)

    def figure(size: int, what: str) -> str:
        return f"emulator search {_size_label(size)} scenes: {what}"

    try:
        seed_emulator.emulator_db_module()
    except ImportError as exc:
        reason = f"emulator not available yet ({exc})"
        return [not_measured(figure(largest, "p95 through the SDK"), reason, target=P95_TARGET, unit="ms")]
    emulator_reason = _emulator_missing("searchAssets", "getSearchResult")

    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="bench-search-") as tmp:
        infos = {}
        ctx.diagnostics.append("emulator search:")
        for size in sizes:
            infos[size] = seed_emulator.seed(Path(tmp) / f"scenes-{size}.db", size, access_key=ACCESS_KEY)
            ctx.diagnostics.append(
                f"  seeded {infos[size].scenes} scenes ({infos[size].assets} assets) in {infos[size].seconds:.1f}s"
            )
        floors = {size: _Floor(infos[size].db) for size in sizes}
        for q in seed_emulator.QUERIES:
            counts = ", ".join(f"{_size_label(n)}: {floors[n].matches(q)}" for n in sizes)
            ctx.diagnostics.append(f"  query {q!r} matches scenes ({counts})")
        engines: dict[int, _Engine] = {}
        engine_reason: str | None = None
        servers: dict[int, ServerProcess] = {}
        if emulator_reason is None:
            for size in sizes:  # all start now, while this process works in-process; start-up is mostly imports
                servers[size] = _start_emulator(infos[size].db, wait=False)
        clients: dict[int, _SdkSearch] = {}
        worker: WorkerProcess | None = None
        latencies: dict[str, list[list[float]]] = {}
        variants: list[tuple[str, Callable[[], float]]] = []
        failures: dict[str, str] = {}
        try:
            for size in sizes:
                latencies[f"floor{size}"] = []
                variants.append((f"floor{size}", _round_of(floors[size].query, queries, latencies[f"floor{size}"])))
            for size in sizes:
                try:
                    engines[size] = _Engine(infos[size].db, infos[size].workspace, infos[size].project_id)
                    for q in seed_emulator.QUERIES:
                        engines[size].query(q)
                except Exception as exc:
                    engine_reason = f"emulator search engine not available yet ({type(exc).__name__}: {exc})"
                    break
                latencies[f"engine{size}"] = []
                variants.append((f"engine{size}", _round_of(engines[size].query, queries, latencies[f"engine{size}"])))
            if engine_reason is not None:
                variants = [v for v in variants if not v[0].startswith("engine")]
            if emulator_reason is None:
                for size in sizes:
                    try:
                        servers[size].wait_ready()
                    except ServerStartError as exc:
                        emulator_reason = f"emulator did not start: {exc}"
                        break
                    try:
                        if worker is None:
                            worker = WorkerProcess(venv("sdk", ctx.diagnostics), servers[size].base_url)
                        clients[size] = _SdkSearch(
                            worker, servers[size].base_url, infos[size].workspace, infos[size].project_id
                        )
                        clients[size].queries(list(seed_emulator.QUERIES))  # warm-up: validators, caches, FTS pages
                    except Exception as exc:
                        emulator_reason = f"search failed: {type(exc).__name__}: {exc}"
                        break
                    latencies[f"emu{size}"] = []
                    variants.append(
                        (f"emu{size}", _round_of(None, queries, latencies[f"emu{size}"], many=clients[size].queries))
                    )
            if emulator_reason is not None:
                variants = [v for v in variants if not v[0].startswith("emu")]
            for size in sizes:  # warm the floor's page cache too
                for q in seed_emulator.QUERIES:
                    floors[size].query(q)
            runs = dict(variants)
            shuffled_rounds(list(runs), lambda key: runs[key](), rounds, failures, ctx.budget("emulator search", 120))
        finally:
            if worker is not None:
                worker.close()
            for server in servers.values():
                server.stop()
            for floor in floors.values():
                floor.close()
            for engine in engines.values():
                engine.close()

    def per_round(key: str, q: float) -> list[float]:
        return [_percentile(r, q) for r in latencies.get(key, [])]

    for size in sizes:
        floor95 = per_round(f"floor{size}", 0.95)
        rows.append(Row(figure=figure(size, "naive FTS5 OR + bm25 p95 (reference)"), unit="ms", samples=floor95))
        why_engine = engine_reason or failures.get(f"engine{size}")
        if why_engine:
            rows.append(not_measured(figure(size, "search code path p95"), why_engine, unit="ms"))
        else:
            engine95 = per_round(f"engine{size}", 0.95)
            rows.append(
                Row(
                    figure=figure(size, "search code path p95 (in process)"),
                    unit="ms",
                    samples=engine95,
                    baseline="naive FTS5",
                    ratios=[e / f for e, f in zip(engine95, floor95, strict=True) if f],
                    target=ENGINE_TARGET if size == largest and not ctx.quick else None,
                    note="run_search alone",
                )
            )
        target = P95_TARGET if size == largest and not ctx.quick else None
        why = emulator_reason or failures.get(f"emu{size}")
        if why:
            rows.append(not_measured(figure(size, "p95 through the SDK"), why, target=target, unit="ms"))
            continue
        p50, p95 = per_round(f"emu{size}", 0.5), per_round(f"emu{size}", 0.95)
        rows.append(Row(figure=figure(size, "p50 through the SDK"), unit="ms", samples=p50))
        rows.append(
            Row(
                figure=figure(size, "p95 through the SDK"),
                unit="ms",
                samples=p95,
                target=target,
                baseline="naive FTS5",
                ratios=[e / f for e, f in zip(p95, floor95, strict=True) if f],
            )
        )
    growth_figure = (
        f"emulator search: p95 growth through the SDK {_size_label(smallest)} -> {_size_label(largest)} scenes"
    )
    growth_target = GROWTH_TARGET
    if emulator_reason or any(f"emu{s}" in failures for s in (smallest, largest)):
        rows.append(not_measured(growth_figure, emulator_reason or "search failed", target=growth_target))
    else:
        big, small = per_round(f"emu{largest}", 0.95), per_round(f"emu{smallest}", 0.95)
        rows.append(
            Row(
                figure=growth_figure,
                unit="ms",
                samples=big,
                baseline=f"p95 at {_size_label(smallest)}",
                ratios=[b / s for b, s in zip(big, small, strict=True) if s],
                target=growth_target,
                note=f"linear would be {largest // smallest}x",
            )
        )
    return rows


# --- throughput ---------------------------------------------------------------------------------


def _loadgen(base_url: str, path: str, requests: int, concurrency: int) -> Callable[[], float]:
    def run() -> float:
        out = subprocess.run(
            [
                sys.executable,
                "-m",
                "bench._loadgen",
                "--url",
                base_url,
                "--path",
                path,
                "--requests",
                str(requests),
                "--concurrency",
                str(concurrency),
                "--access-key",
                ACCESS_KEY,
                "--secret-key",
                SECRET_KEY,
            ],
            capture_output=True,
            text=True,
            env=child_env(),
            cwd=REPO,
            timeout=300,
            check=False,
        )
        if out.returncode != 0:
            raise RuntimeError(f"load generator failed: {out.stderr.strip()[-300:]}")
        result = json.loads(out.stdout.strip().splitlines()[-1])
        if result["errors"]:
            raise RuntimeError(f"{result['errors']} failed requests: statuses {result['statuses']}")
        return float(result["rps"])

    return run


def run_throughput(ctx: Context) -> list[Row]:
    from . import seed_emulator

    requests, concurrency, rounds = (300, 16, 1) if ctx.quick else (2000, 32, 4)
    prefix = f"emulator getProject throughput ({requests} req @ {concurrency}, second process)"
    base_fig = f"{prefix}: minimal ASGI server (baseline)"
    emu_fig = f"{prefix}: emulator"
    reason = _emulator_missing("getProject")
    if reason is not None:
        return [not_measured(emu_fig, reason, unit="req/s")]
    minimal = ctx.minimal_server()
    failures: dict[str, str] = {}
    with tempfile.TemporaryDirectory(prefix="bench-emu-") as tmp:
        info = seed_emulator.seed(Path(tmp) / "throughput.db", 0, access_key=ACCESS_KEY)
        try:
            server = _start_emulator(info.db)
        except ServerStartError as exc:
            return [not_measured(emu_fig, f"emulator did not start: {exc}", unit="req/s")]
        try:
            emu_path = get_project_path(info.workspace, info.project_id)
            check = httpx.get(
                server.base_url + emu_path, headers=signed_headers("GET", emu_path, ACCESS_KEY, SECRET_KEY.encode())
            )
            if check.status_code != 200:
                return [not_measured(emu_fig, f"getProject answered HTTP {check.status_code}: {check.text[:200]}")]
            variants = [
                ("minimal", _loadgen(minimal.base_url, get_project_path(), requests, concurrency)),
                ("emulator", _loadgen(server.base_url, emu_path, requests, concurrency)),
            ]
            runs = dict(variants)
            samples = shuffled_rounds(
                list(runs), lambda key: runs[key](), rounds, failures, ctx.budget("emulator throughput", 60)
            )
        finally:
            server.stop()
    rows = []
    if "minimal" in failures:
        return [not_measured(base_fig, failures["minimal"], unit="req/s")]
    rows.append(Row(figure=base_fig, unit="req/s", samples=samples["minimal"]))
    if "emulator" in failures:
        rows.append(not_measured(emu_fig, failures["emulator"], unit="req/s"))
    else:
        rows.append(
            Row(
                figure=emu_fig,
                unit="req/s",
                samples=samples["emulator"],
                baseline="baseline",
                ratios=[e / m for e, m in zip(samples["emulator"], samples["minimal"], strict=True)],
                note=f"median {statistics.median(samples['emulator']):.0f} req/s, no target set",
            )
        )
    return rows
