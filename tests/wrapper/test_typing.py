"""``mypy --strict`` accepts typed use of the public API and rejects misuse (in a subprocess)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.typecheck import errors_by_line, mypy

TYPING = Path(__file__).resolve().parents[1] / "typing"


@pytest.mark.slow
def test_typed_usage_passes_mypy_strict() -> None:
    done = mypy(TYPING / "public_usage.py")
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.slow
def test_every_misuse_is_an_error() -> None:
    done = mypy(TYPING / "public_misuse.py")
    assert done.returncode == 1, done.stdout + done.stderr
    lines = (TYPING / "public_misuse.py").read_text().splitlines()
    marked = {i + 1 for i, line in enumerate(lines) if line.strip().startswith(("client.", "await client."))}
    assert set(errors_by_line(done, "public_misuse.py")) == marked, done.stdout
