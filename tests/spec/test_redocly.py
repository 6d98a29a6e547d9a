"""Redocly CLI's `recommended` rules report no error on openapi.yaml.

Warnings are allowed; errors fail. This is a test rather than a Makefile
step so that `pytest` alone runs every spec check. It needs node/npx; a
missing npx fails the test instead of skipping it.
"""

from __future__ import annotations

import re
import shutil
import subprocess

from .helpers import REPO, SPEC_FILE


def redocly_version() -> str:
    # One pin for `make docs` and this test: the Makefile's REDOCLY_VERSION.
    match = re.search(r"^REDOCLY_VERSION := (\S+)$", (REPO / "Makefile").read_text(), re.MULTILINE)
    assert match, "REDOCLY_VERSION not found in the Makefile"
    return match.group(1)


def test_redocly_lint_reports_no_errors() -> None:
    npx = shutil.which("npx")
    assert npx, "npx (node >= 20) is needed to run Redocly CLI"
    result = subprocess.run(
        [
            npx,
            "--yes",
            f"@redocly/cli@{redocly_version()}",
            "lint",
            str(SPEC_FILE),
            "--config",
            "redocly.yaml",
            "--format=stylish",
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    output = (result.stdout + result.stderr)[-20000:]
    assert result.returncode == 0, f"redocly lint failed (exit {result.returncode}):\n{output}"
