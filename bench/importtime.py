"""Import time: ``import media_intelligence`` against ``import httpx``, each in a fresh interpreter.

A sample is the time of the import statement itself, measured inside a new
process (``perf_counter`` around the import); the interpreter's start-up,
common to both and larger than either import, is left out so that it does
not flatter the ratio (the whole-process wall time is shown as a diagnostic
row). Both commands run with the same environment, alternating, after one
discarded warm-up run each (which also writes the bytecode caches).

Under the table: ``python -X importtime`` of the wrapper, the modules that
``import httpx`` does not load, largest self time first.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from collections.abc import Callable

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
        f"`python -X importtime -c 'import media_intelligence'`: {len(extra)} modules beyond those of "
        f"`import httpx`, {total_self / 1000:.1f} ms of self time in total; the largest:",
    ]
    for name, (self_us, cum_us) in sorted(extra.items(), key=lambda kv: kv[1][0], reverse=True)[:top]:
        lines.append(f"    {self_us / 1000:7.2f} ms self  {cum_us / 1000:7.2f} ms cumulative  {name.strip()}")
    return lines


def run(ctx: Context) -> list[Row]:
    with tempfile.TemporaryDirectory(prefix="bench-pycache-") as pycache:
        return _run(ctx, _env(pycache))


def _run(ctx: Context, env: dict[str, str]) -> list[Row]:
    rounds = 4 if ctx.quick else 15
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
    if incomplete is None:
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
    samples = interleaved([(k, p) for k, p in probes.items() if k not in failures], rounds, failures)
    specs = [
        Spec("httpx", "import: httpx (baseline)"),
        Spec("wrapper", "import: media_intelligence", TARGET, note=incomplete),
    ]
    if incomplete is None:
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
    if "wrapper" not in failures:
        try:
            ctx.diagnostics.extend(_importtime_breakdown(env))
        except Exception as exc:
            ctx.diagnostics.append(f"-X importtime breakdown failed: {exc}")
    return rows
