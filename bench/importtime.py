"""Import time: ``import media_intelligence`` against ``import httpx``, each in a fresh interpreter.

A sample is the time of the import statement itself, measured inside a new
process (``perf_counter`` around the import); the interpreter's start-up,
common to both, is left out so that it does not flatter the ratio (the
whole-process wall time is shown as a diagnostic row). Both commands run
with the same environment, alternating, after one discarded warm-up run each.
Bytecode caches are on (as for any installed package) and kept in a folder of
the system's temporary directory (``PYTHONPYCACHEPREFIX``), never in the tree.

Under the table (full runs): ``python -X importtime`` of the wrapper (the
modules that ``import httpx`` does not load, largest self time first; the
wrapper's own modules by cumulative time) and a cProfile of the import.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from . import _layers, _paths
from ._core import Context, Row, Target, interleaved, not_measured
from ._paths import REPO, child_env
from ._rows import Spec, build_rows

__all__ = ["run"]

TARGET = Target("<=", 2.0)
_PROBE = "import time; t = time.perf_counter(); {stmt}; print(time.perf_counter() - t)"


def _env(pycache: str) -> dict[str, str]:
    """The children's environment: bytecode caches on, kept in ``pycache`` (nothing written into the tree)."""
    env = child_env({"PYTHONPYCACHEPREFIX": pycache})
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("PYTHONPROFILEIMPORTTIME", None)
    return env


def _probe(stmt: str, env: dict[str, str], timings: list[float]) -> Callable[[], float]:
    """Run the statement in a fresh interpreter; returns its import time (ms), records the wall time."""

    def once() -> float:
        start = time.perf_counter()
        out = subprocess.run(
            [sys.executable, "-c", _PROBE.format(stmt=stmt)],
            capture_output=True,
            text=True,
            env=env,
            cwd=REPO,
            check=False,
        )
        wall = (time.perf_counter() - start) * 1e3
        if out.returncode != 0:
            raise RuntimeError(out.stderr.strip().splitlines()[-1] if out.stderr.strip() else "failed")
        timings.append(wall)
        return float(out.stdout.strip().splitlines()[-1]) * 1e3

    return once


def _importtime_breakdown(env: dict[str, str], top: int = 12) -> list[str]:
    def modules(stmt: str) -> dict[str, tuple[int, int]]:
        out = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", stmt], capture_output=True, text=True, env=env, cwd=REPO
        )
        found: dict[str, tuple[int, int]] = {}
        for line in out.stderr.splitlines():
            if not line.startswith("import time:") or "[us]" in line:
                continue
            parts = line[len("import time:") :].split("|")
            if len(parts) != 3:
                continue
            name = parts[2].strip()
            found[name] = (int(parts[0]), int(parts[1]))
        return found

    base = modules("import httpx")
    ours = modules("import media_intelligence")
    extra = {name: t for name, t in ours.items() if name not in base}
    if not extra:
        return []
    total_self = sum(t[0] for t in extra.values())
    lines = [
        f"import time: `python -X importtime -c 'import media_intelligence'` loads {len(extra)} modules beyond "
        f"those of `import httpx`, {total_self / 1000:.1f} ms of self time in total; the largest self times:",
    ]
    for name, (self_us, cum_us) in sorted(extra.items(), key=lambda kv: kv[1][0], reverse=True)[:top]:
        lines.append(f"    {self_us / 1000:7.2f} ms self  {cum_us / 1000:7.2f} ms cumulative  {name.strip()}")
    own = {n.strip(): t for n, t in extra.items() if n.strip().startswith("media_intelligence")}
    if own:
        lines.append("  the wrapper's own modules by cumulative time (includes work done at import):")
        for name, (self_us, cum_us) in sorted(own.items(), key=lambda kv: kv[1][1], reverse=True)[:6]:
            lines.append(f"    {cum_us / 1000:7.2f} ms cumulative  {self_us / 1000:7.2f} ms self  {name}")
    return lines


_PROFILE = """
import cProfile, pstats, io
profile = cProfile.Profile()
profile.enable()
import media_intelligence
profile.disable()
out = io.StringIO()
stats = pstats.Stats(profile, stream=out)
stats.sort_stats("tottime")
rows = []
for (path, line, func), (cc, nc, tt, ct, callers) in stats.stats.items():
    rows.append((tt, ct, nc, f"{path.rsplit('/site-packages/', 1)[-1].rsplit('/main/', 1)[-1]}:{line}({func})"))
rows.sort(reverse=True)
for tt, ct, nc, where in rows[:TOP]:
    print(f"{tt * 1000:8.2f} ms own  {ct * 1000:8.2f} ms cumulative  {nc:7d} calls  {where}")
"""


def _profile_breakdown(env: dict[str, str], top: int = 10) -> list[str]:
    """The functions that take the time of ``import media_intelligence`` (cProfile, own time)."""
    out = subprocess.run(
        [sys.executable, "-c", _PROFILE.replace("TOP", str(top))],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        check=False,
    )
    if out.returncode != 0 or not out.stdout.strip():
        return []
    return ["  cProfile of the import, functions by own time:", *("  " + line for line in out.stdout.splitlines())]


def run(ctx: Context) -> list[Row]:
    # A bytecode cache outside the tree, kept between runs (Python checks it against the sources).
    pycache = Path(tempfile.gettempdir()) / f"ncloud-mi-bench-pycache-{sys.implementation.cache_tag}"
    pycache.mkdir(exist_ok=True)
    return _run(ctx, _env(str(pycache)))


def _run(ctx: Context, env: dict[str, str]) -> list[Row]:
    rounds = 2 if ctx.quick else 15
    if not _paths.is_package("media_intelligence"):
        return [not_measured("import: media_intelligence", "wrapper package not available yet", target=TARGET)]
    incomplete: str | None = None
    try:
        _layers.wrapper_class()
    except _layers.LayerMissing as exc:
        incomplete = f"package incomplete, re-run: {exc.reason}"
    walls: dict[str, list[float]] = {"httpx": [], "wrapper": [], "wrapper_cls": []}
    probes = {
        "httpx": _probe("import httpx", env, walls["httpx"]),
        "wrapper": _probe("import media_intelligence", env, walls["wrapper"]),
    }
    if incomplete is None and not ctx.quick:
        probes["wrapper_cls"] = _probe(
            "from media_intelligence import MediaIntelligence, AsyncMediaIntelligence", env, walls["wrapper_cls"]
        )
    failures: dict[str, str] = {}
    for key, probe in probes.items():
        try:
            probe()
        except Exception as exc:
            failures[key] = f"{type(exc).__name__}: {exc}"
    for wall in walls.values():
        wall.clear()
    samples = interleaved(
        [(k, p) for k, p in probes.items() if k not in failures], rounds, failures, ctx.budget("import", 45)
    )
    specs = [
        Spec("httpx", "import: httpx (baseline)"),
        Spec("wrapper", "import: media_intelligence", TARGET, note=incomplete),
    ]
    if "wrapper_cls" in probes:
        specs.append(Spec("wrapper_cls", "import: + MediaIntelligence, AsyncMediaIntelligence", note="diagnostic"))
    rows = build_rows(specs, samples, failures, baseline="httpx", unit="ms")
    if walls["httpx"] and walls["wrapper"] and len(walls["httpx"]) == len(walls["wrapper"]):
        rows.append(
            Row(
                figure="import: media_intelligence, whole process wall time",
                unit="ms",
                samples=walls["wrapper"],
                ratios=[w / h for w, h in zip(walls["wrapper"], walls["httpx"], strict=True)],
                baseline="python -c 'import httpx'",
                note="diagnostic: includes interpreter start-up",
            )
        )
    if "wrapper" not in failures and not ctx.quick:
        try:
            ctx.diagnostics.extend(_importtime_breakdown(env))
            ctx.diagnostics.extend(_profile_breakdown(env))
        except Exception as exc:
            ctx.diagnostics.append(f"-X importtime breakdown failed: {exc}")
    return rows
