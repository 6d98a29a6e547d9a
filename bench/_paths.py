"""Where the project's packages live, and the environment child processes need to find them.

Until ``pip install -e .`` works the packages are importable only with
``PYTHONPATH=generated:wrapper:emulator``; the benchmarks add those folders to
``sys.path`` (and to the children's ``PYTHONPATH``) when a package is not
importable otherwise, so ``python -m bench`` works either way.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

__all__ = ["BENCH_DIR", "REPO", "SPEC_PATH", "child_env", "ensure_source_paths", "is_package"]

BENCH_DIR = Path(__file__).resolve().parent
REPO = BENCH_DIR.parent
SPEC_PATH = REPO / "openapi.yaml"

_SOURCES = (
    ("media_intelligence_client", REPO / "generated"),
    ("media_intelligence", REPO / "wrapper"),
    ("media_intelligence_emulator", REPO / "emulator"),
)
_added: list[str] = []


def _importable(package: str) -> bool:
    try:
        spec = importlib.util.find_spec(package)
    except (ImportError, ValueError):
        return False
    # A folder without __init__.py is a namespace package: not the real thing.
    return spec is not None and spec.origin is not None


def is_package(package: str) -> bool:
    """True when ``package`` imports as a real package (an ``__init__.py``), not a namespace folder."""
    ensure_source_paths()
    return _importable(package)


def ensure_source_paths() -> list[str]:
    """Put the source folders of packages that are not importable on ``sys.path``; returns them."""
    for package, folder in _SOURCES:
        entry = str(folder)
        if entry in sys.path or entry in _added:
            continue
        if not _importable(package) and folder.is_dir():
            sys.path.insert(0, entry)
            _added.append(entry)
    importlib.invalidate_caches()
    return list(_added)


def child_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """The environment for a child Python process: ours, plus the source folders on ``PYTHONPATH``."""
    ensure_source_paths()
    env = dict(os.environ)
    parts = [*_added, str(REPO)]
    if env.get("PYTHONPATH"):
        parts.append(env["PYTHONPATH"])
    env["PYTHONPATH"] = os.pathsep.join(parts)
    env.setdefault("PYTHONHASHSEED", "0")
    if extra:
        env.update(extra)
    return env
