"""``mypy --strict`` accepts typed use of the public API and rejects misuse (in a subprocess)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

TYPING = Path(__file__).resolve().parents[1] / "typing"


def _mypy(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--follow-imports=silent", str(path)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
        cwd=TYPING.parents[1],
    )


@pytest.mark.slow
def test_typed_usage_passes_mypy_strict() -> None:
    done = _mypy(TYPING / "public_usage.py")
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.slow
def test_every_misuse_is_an_error() -> None:
    done = _mypy(TYPING / "public_misuse.py")
    assert done.returncode == 1, done.stdout + done.stderr
    lines = (TYPING / "public_misuse.py").read_text().splitlines()
    marked = {i + 1 for i, line in enumerate(lines) if line.strip().startswith("client.")}
    flagged = {int(m.group(1)) for m in re.finditer(r"public_misuse\.py:(\d+): error", done.stdout)}
    assert marked == flagged, done.stdout
