"""The per-code exception classes are static: a type checker sees them, and rejects a misspelling."""

from __future__ import annotations

from pathlib import Path

from tests.typecheck import mypy_snippet


def test_mypy_accepts_real_classes_and_rejects_misspelt_ones(tmp_path: Path) -> None:
    good = mypy_snippet(
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

    bad = mypy_snippet(
        tmp_path,
        """
        from media_intelligence import ProjectNotFondError
        from media_intelligence.errors import TotallyMadeUpError
        """,
    )
    assert bad.returncode != 0
    assert "ProjectNotFondError" in bad.stdout and "TotallyMadeUpError" in bad.stdout
