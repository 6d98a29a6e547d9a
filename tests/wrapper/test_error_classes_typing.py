"""The per-code exception classes are static: a type checker sees them, and rejects a misspelling."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def _mypy(tmp_path: Path, source: str) -> subprocess.CompletedProcess[str]:
    snippet = tmp_path / "snippet.py"
    snippet.write_text(textwrap.dedent(source), encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--config-file", str(REPO / "pyproject.toml"),
         str(snippet)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )  # fmt: skip


def test_mypy_accepts_real_classes_and_rejects_misspelt_ones(tmp_path: Path) -> None:
    good = _mypy(
        tmp_path,
        """
        from media_intelligence import ProjectNotFoundError, NotFoundError
        from media_intelligence.errors import GatewayRateLimitExceededError, RateLimitError

        def code(exc: ProjectNotFoundError) -> str | None:
            return exc.error_code

        base: type[NotFoundError] = ProjectNotFoundError
        limit: type[RateLimitError] = GatewayRateLimitExceededError
        """,
    )
    assert good.returncode == 0, good.stdout + good.stderr

    bad = _mypy(
        tmp_path,
        """
        from media_intelligence import ProjectNotFondError
        from media_intelligence.errors import TotallyMadeUpError
        """,
    )
    assert bad.returncode != 0
    assert "ProjectNotFondError" in bad.stdout and "TotallyMadeUpError" in bad.stdout
