"""TypeScript types generated from openapi.yaml compile with ``tsc --strict`` against a usage file.

``make types-ts`` runs the pinned openapi-typescript and then tsc on
types-ts/usage.ts, a small consumer written as a TypeScript client would
(request bodies, a response envelope, path parameters, closed enums, both
error bodies). The types must name every operation, and a usage the contract
forbids must fail to compile, so the check is not vacuous.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from .helpers import REPO

TYPES = REPO / "build" / "types-ts" / "media-intelligence.d.ts"
TSC = REPO / "node_modules" / ".bin" / "tsc"


@pytest.fixture(scope="module")
def generated() -> str:
    make = shutil.which("make")
    assert make and shutil.which("node"), "make and node are needed"
    TYPES.unlink(missing_ok=True)
    done = subprocess.run(
        [make, "--no-print-directory", "types-ts"], cwd=REPO, capture_output=True, text=True, timeout=600, check=False
    )
    assert done.returncode == 0, (done.stdout + done.stderr)[-4000:]
    return TYPES.read_text(encoding="utf-8")


def test_types_name_every_operation(generated: str, operations: list[tuple[str, str, dict[str, object]]]) -> None:
    body = generated[generated.index("export interface operations") :]
    declared = set(re.findall(r"^    (\w+): \{$", body, re.MULTILINE))
    expected = {str(op["operationId"]) for _, _, op in operations}
    assert len(expected) == 54
    assert expected <= declared, sorted(expected - declared)


def test_a_usage_the_contract_forbids_does_not_compile(generated: str, tmp_path: Path) -> None:
    wrong = tmp_path / "wrong.ts"
    wrong.write_text(
        f'import type {{ components }} from "{TYPES.with_suffix("").with_suffix("")}";\n'
        "// filter is required by the contract\n"
        'export const body: components["schemas"]["SearchAssetsRequest"] = { query: { textQuery: "x" } };\n',
        encoding="utf-8",
    )
    config = json.loads((REPO / "types-ts" / "tsconfig.json").read_text(encoding="utf-8"))
    config["files"] = [str(wrong)]
    (tmp_path / "tsconfig.json").write_text(json.dumps(config), encoding="utf-8")
    done = subprocess.run(
        [str(TSC), "-p", str(tmp_path / "tsconfig.json")], capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode != 0 and "filter" in done.stdout, done.stdout + done.stderr
