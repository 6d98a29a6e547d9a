"""generated/ is exactly what `make generate` produces from openapi.yaml.

Regenerates into a temporary folder with the same Makefile recipe and
compares file by file, so a spec change without `make generate` (or a hand
edit of generated code) fails here, naming the files.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
GENERATED = REPO / "generated" / "media_intelligence_client"


def tree(root: Path) -> dict[str, bytes]:
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


def test_generated_client_is_up_to_date(tmp_path: Path) -> None:
    fresh = tmp_path / "media_intelligence_client"
    result = subprocess.run(
        [
            "make", "--no-print-directory", "generate-into",
            f"OUT={fresh}",
            f"RELAXED={tmp_path / 'openapi.relaxed.yaml'}",
            # The interpreter running the tests has the pinned generator and ruff beside it.
            f"BIN={Path(sys.executable).parent}",
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )  # fmt: skip
    if result.returncode != 0:
        pytest.fail(f"regeneration failed (exit {result.returncode}):\n{result.stdout}\n{result.stderr}")

    committed, expected = tree(GENERATED), tree(fresh)
    stale = sorted(name for name in committed.keys() & expected.keys() if committed[name] != expected[name])
    missing = sorted(expected.keys() - committed.keys())
    extra = sorted(committed.keys() - expected.keys())
    assert not (stale or missing or extra), (
        "generated/media_intelligence_client is out of date with openapi.yaml; run `make generate` and commit.\n"
        f"stale: {stale}\nmissing: {missing}\nextra: {extra}"
    )
