"""generated/alibaba_ice_client, generated/ice_spec and the ICE wrapper's exception classes are what
`make generate` makes of alibaba-ice.yaml."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.test_generation import tree

from ._spec import REPO

GENERATED = REPO / "generated" / "alibaba_ice_client"
FOLDERS = ("generated/alibaba_ice_client", "generated/ice_spec")
FILES = ("wrapper/alibaba_ice/_error_codes.py",)


def test_generated_ice_code_is_up_to_date(tmp_path: Path) -> None:
    root = tmp_path / "root"
    result = subprocess.run(
        [
            "make", "--no-print-directory", "generate-ice-into",
            f"ROOT={root}",
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
    committed = {f"{folder}/{name}": data for folder in FOLDERS for name, data in tree(REPO / folder).items()}
    expected = {f"{folder}/{name}": data for folder in FOLDERS for name, data in tree(root / folder).items()}
    committed.update({name: (REPO / name).read_bytes() for name in FILES})
    expected.update({name: (root / name).read_bytes() for name in FILES if (root / name).exists()})
    assert expected, "make generate-ice-into wrote nothing"
    stale = sorted(name for name in committed.keys() & expected.keys() if committed[name] != expected[name])
    missing = sorted(expected.keys() - committed.keys())
    extra = sorted(committed.keys() - expected.keys())
    assert not (stale or missing or extra), (
        "generated ICE code is out of date with alibaba-ice.yaml; run `make generate` and commit.\n"
        f"stale: {stale}\nmissing: {missing}\nextra: {extra}"
    )


def test_one_generated_function_per_action() -> None:
    from ._spec import ACTIONS

    modules = sorted(p.stem for p in (GENERATED / "api").rglob("*.py") if p.stem != "__init__")
    assert len(modules) == len(ACTIONS) == 22
