"""Import time: ``import media_intelligence`` against a clean ``import httpx``, each in a fresh interpreter.

``import httpx`` runs in the ``httpx`` venv (httpx alone: without click and
rich beside it, httpx does not load its own command line), ``import
media_intelligence`` in the ``sdk`` venv (the distribution's runtime
dependencies only). A sample is the time of the import statement itself,
measured inside a new process (``perf_counter`` around the import); the
interpreter's start-up, common to both, is left out so that it does not
flatter the ratio (the whole-process wall time is shown as a diagnostic
row). The commands run in shuffled rounds after one discarded warm-up run each.

``mi --help`` and ``mi projects list`` (against the emulator, in a second
process) are timed as the user sees them: the whole process, from the ``cli``
venv (the distribution with its ``cli`` extra).
Bytecode caches are on (as for any installed package) and kept in a folder of
the system's temporary directory (``PYTHONPYCACHEPREFIX``), never in the tree.

Under the table (full runs): ``python -X importtime`` of the wrapper (the
modules that ``import httpx`` does not load, largest self time first; the
wrapper's own modules by cumulative time) and a cProfile of the import.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from ._core import Context, Row, Target, not_measured
from ._interleave import shuffled_rounds
from ._paths import REPO
from ._rows import Spec, build_rows
from ._venvs import venv

__all__ = ["run"]

TARGET = Target("<=", 1.5)
HELP_TARGET = Target("<=", 250.0, on="value")
LIST_TARGET = Target("<=", 500.0, on="value")
_PROBE = "import time; t = time.perf_counter(); {stmt}; print(time.perf_counter() - t)"


def _env(pycache: str) -> dict[str, str]:
    """The children's environment: bytecode caches on, kept in ``pycache`` (nothing written into the tree).

    No ``PYTHONPATH``: each venv imports only what is installed in it.
    """
    keep = ("HOME", "LANG", "LC_ALL", "TMPDIR")
    env = {k: v for k, v in os.environ.items() if k in keep}
    env.update({"PYTHONPYCACHEPREFIX": pycache, "PYTHONHASHSEED": "0", "PATH": "/usr/bin:/bin"})
    return env


def _probe(stmt: str, env: dict[str, str], timings: list[float], python: str = sys.executable) -> Callable[[], float]:
    """Run the statement in a fresh interpreter; returns its import time (ms), records the wall time."""

    def once() -> float:
        start = time.perf_counter()
        out = subprocess.run(
            [python, "-c", _PROBE.format(stmt=stmt)],
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


def _importtime_breakdown(env: dict[str, str], httpx_python: str, sdk_python: str, top: int = 12) -> list[str]:
    def modules(stmt: str) -> dict[str, tuple[int, int]]:
        python = httpx_python if stmt == "import httpx" else sdk_python
        out = subprocess.run(
            [python, "-X", "importtime", "-c", stmt], capture_output=True, text=True, env=env, cwd=REPO
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


def _profile_breakdown(env: dict[str, str], python: str, top: int = 10) -> list[str]:
    """The functions that take the time of ``import media_intelligence`` (cProfile, own time)."""
    out = subprocess.run(
        [python, "-c", _PROFILE.replace("TOP", str(top))],
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
    env = _env(str(pycache))
    rows = _run_imports(ctx, env)
    rows.extend(_run_cli(ctx, env))
    return rows


def _run_imports(ctx: Context, env: dict[str, str]) -> list[Row]:
    rounds = 2 if ctx.quick else 15
    try:
        httpx_venv, sdk_venv = venv("httpx", ctx.diagnostics), venv("sdk", ctx.diagnostics)
    except Exception as exc:
        return [not_measured("import: media_intelligence", f"venvs: {type(exc).__name__}: {exc}", target=TARGET)]
    walls: dict[str, list[float]] = {"httpx": [], "wrapper": [], "wrapper_cls": []}
    probes = {
        "httpx": _probe("import httpx", env, walls["httpx"], httpx_venv.python),
        "wrapper": _probe("import media_intelligence", env, walls["wrapper"], sdk_venv.python),
    }
    if not ctx.quick:
        probes["wrapper_cls"] = _probe(
            "from media_intelligence import MediaIntelligence, AsyncMediaIntelligence",
            env,
            walls["wrapper_cls"],
            sdk_venv.python,
        )
    failures: dict[str, str] = {}
    for key, probe in probes.items():
        try:
            probe()
        except Exception as exc:
            failures[key] = f"{type(exc).__name__}: {exc}"
    for wall in walls.values():
        wall.clear()
    samples = shuffled_rounds(
        [k for k in probes if k not in failures], lambda k: probes[k](), rounds, failures, ctx.budget("import", 45)
    )
    specs = [
        Spec("httpx", "import: httpx, clean venv (baseline)"),
        Spec("wrapper", "import: media_intelligence, runtime-only venv", TARGET),
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
            ctx.diagnostics.extend(_importtime_breakdown(env, httpx_venv.python, sdk_venv.python))
            ctx.diagnostics.extend(_profile_breakdown(env, sdk_venv.python))
        except Exception as exc:
            ctx.diagnostics.append(f"-X importtime breakdown failed: {exc}")
    return rows


def _timed(argv: list[str], env: dict[str, str], expect: int) -> Callable[[], float]:
    """The wall time (ms) of a whole command, as a user sees it; its exit status must be ``expect``."""

    def once() -> float:
        start = time.perf_counter()
        out = subprocess.run(argv, capture_output=True, text=True, env=env, cwd=REPO, check=False)
        wall = (time.perf_counter() - start) * 1e3
        if out.returncode != expect:
            raise RuntimeError(f"{' '.join(argv[-2:])} exited {out.returncode}: {out.stderr.strip()[-300:]}")
        return wall

    return once


def _run_cli(ctx: Context, env: dict[str, str]) -> list[Row]:
    from . import seed_emulator
    from ._baseline import ACCESS_KEY, SECRET_KEY
    from .emulator import _start_emulator

    help_fig, list_fig = "mi --help, whole process", "mi projects list against the emulator, whole process"
    try:
        cli = venv("cli", ctx.diagnostics)
    except Exception as exc:
        reason = f"cli venv: {type(exc).__name__}: {exc}"
        return [
            not_measured(help_fig, reason, target=HELP_TARGET, unit="ms"),
            not_measured(list_fig, reason, target=LIST_TARGET, unit="ms"),
        ]
    rounds = 2 if ctx.quick else 12
    mi = str(cli.bin / "mi")
    failures: dict[str, str] = {}
    with tempfile.TemporaryDirectory(prefix="bench-cli-") as tmp:
        info = seed_emulator.seed(Path(tmp) / "cli.db", 0, access_key=ACCESS_KEY)
        server = _start_emulator(str(info.db))
        try:
            cli_env = {
                **env,
                "NCLOUD_ACCESS_KEY_ID": ACCESS_KEY,
                "NCLOUD_SECRET_KEY": SECRET_KEY,
                "NCLOUD_CONFIG_FILE": str(Path(tmp) / "configure"),
                "MI_BASE_URL": server.base_url,
                "MI_WORKSPACE": info.workspace,
                "COLUMNS": "120",
            }
            commands = {
                "help": _timed([mi, "--help"], cli_env, 0),
                "list": _timed([mi, "projects", "list"], cli_env, 0),
            }
            for key, command in commands.items():
                try:
                    command()
                except Exception as exc:
                    failures[key] = f"{type(exc).__name__}: {exc}"
            samples = shuffled_rounds(
                [k for k in commands if k not in failures],
                lambda k: commands[k](),
                rounds,
                failures,
                ctx.budget("mi commands", 40),
            )
        finally:
            server.stop()
    rows = []
    for key, figure, target in (("help", help_fig, HELP_TARGET), ("list", list_fig, LIST_TARGET)):
        if key in failures or not samples.get(key):
            rows.append(not_measured(figure, failures.get(key, "no samples"), target=target, unit="ms"))
        else:
            rows.append(Row(figure=figure, unit="ms", samples=samples[key], target=target, note="cli venv"))
    return rows
