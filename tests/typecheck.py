"""The one way the tests run ``mypy --strict``: in a subprocess, with the project's configuration.

Used by every test that type-checks a file or a snippet (the typed usage of
the public API, the static error classes of both SDKs, the emulator's named
codes). The wrapper, the emulator and the generated packages are found
through ``MYPYPATH``, so a snippet may live in any folder; the cache is kept
under ``build/`` so that repeated runs only check what changed.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CACHE = REPO / "build" / "mypy-tests"
SOURCE_FOLDERS = ("wrapper", "emulator", "generated")

__all__ = ["errors_by_line", "mypy", "mypy_snippet"]


def mypy(*targets: Path, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    """``mypy --strict`` over ``targets`` (run from ``cwd``, where error lines name them relative to it)."""
    env = {**os.environ, "MYPYPATH": os.pathsep.join(str(REPO / folder) for folder in SOURCE_FOLDERS)}
    command = [
        sys.executable,
        "-m",
        "mypy",
        "--strict",
        f"--config-file={REPO / 'pyproject.toml'}",
        "--follow-imports=silent",
        "--no-error-summary",
        f"--cache-dir={CACHE}",
        *(str(target) for target in targets),
    ]
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=600, check=False)


def mypy_snippet(folder: Path, source: str) -> subprocess.CompletedProcess[str]:
    """`mypy` over ``source`` (dedented), written to ``folder/snippet.py``."""
    snippet = folder / "snippet.py"
    snippet.write_text(textwrap.dedent(source), encoding="utf-8")
    return mypy(snippet, cwd=folder)


def errors_by_line(done: subprocess.CompletedProcess[str], file_name: str) -> dict[int, str]:
    """``{line: message}`` of the errors mypy reported in ``file_name``."""
    found: dict[int, str] = {}
    for line in done.stdout.splitlines():
        where, sep, message = line.partition(": error: ")
        if sep and where.rsplit(":", 1)[0].endswith(file_name):
            found.setdefault(int(where.rsplit(":", 1)[1]), message)
    return found
