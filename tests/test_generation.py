"""Everything `make generate` writes is exactly what the contracts produce.

Regenerates into a temporary root with the same Makefile recipe
(``make generate-into ROOT=...``) and compares every file it wrote with the
committed one, so a spec change without `make generate` (or a hand edit of
generated code) fails here, naming the files. Folders under ``generated/``
belong to the generator entirely: a committed file it no longer writes fails
too.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def tree(root: Path) -> dict[str, bytes]:
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts and ".ruff_cache" not in path.parts
    }


def test_generated_code_is_up_to_date(tmp_path: Path) -> None:
    root = tmp_path / "root"
    result = subprocess.run(
        [
            "make", "--no-print-directory", "generate-into",
            f"ROOT={root}",
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

    expected = tree(root)
    assert expected, "make generate-into wrote nothing"
    missing = sorted(name for name in expected if not (REPO / name).is_file())
    stale = sorted(
        name for name, data in expected.items() if name not in missing and (REPO / name).read_bytes() != data
    )
    owned = sorted({Path(*Path(name).parts[:2]) for name in expected if name.startswith("generated/")})
    extra = sorted(
        (folder / name).as_posix()
        for folder in owned
        for name in tree(REPO / folder)
        if (folder / name).as_posix() not in expected
    )
    assert not (stale or missing or extra), (
        "generated code is out of date with the contracts; run `make generate` and commit.\n"
        f"stale: {stale}\nmissing: {missing}\nextra (under generated/): {extra}"
    )
