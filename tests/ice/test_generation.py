"""generated/alibaba_ice_client is exactly what `make generate` produces from alibaba-ice.yaml."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.test_generation import tree

from ._spec import REPO

GENERATED = REPO / "generated" / "alibaba_ice_client"


def test_generated_ice_client_is_up_to_date(tmp_path: Path) -> None:
    fresh = tmp_path / "alibaba_ice_client"
    result = subprocess.run(
        [
            "make", "--no-print-directory", "generate-ice-into",
            f"OUT={fresh}",
            f"ICE_RELAXED={tmp_path / 'alibaba-ice.relaxed.yaml'}",
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
        "generated/alibaba_ice_client is out of date with alibaba-ice.yaml; run `make generate` and commit.\n"
        f"stale: {stale}\nmissing: {missing}\nextra: {extra}"
    )


def test_one_generated_function_per_action() -> None:
    from ._spec import ACTIONS

    modules = sorted(p.stem for p in (GENERATED / "api").rglob("*.py") if p.stem != "__init__")
    assert len(modules) == len(ACTIONS) == 22
