"""The ICE per-code exception classes are static (written by make generate): mypy sees them and rejects a typo."""

from __future__ import annotations

from pathlib import Path

import ice_spec
from alibaba_ice import errors
from tests.typecheck import mypy_snippet as _mypy


def test_one_public_class_per_documented_code() -> None:
    for code, entry in ice_spec.ERROR_CODES.items():
        cls = getattr(errors, entry.class_name)
        assert entry.class_name in errors.__all__
        assert cls is errors.error_class(code)
        assert cls.error_code == code
        assert all(issubclass(cls, errors.status_class(s)) for s in entry.statuses)
    assert errors.error_class("NotDocumented", 404) is errors.IceNotFoundError
    assert errors.error_class("NotDocumented", 502) is errors.IceServerError


def test_mypy_accepts_real_classes_and_rejects_misspelt_ones(tmp_path: Path) -> None:
    good = _mypy(
        tmp_path,
        """
        from alibaba_ice import IceNotFoundError, SearchLibNotFoundError
        from alibaba_ice.errors import IceRateLimitError, ThrottlingError

        def code(exc: SearchLibNotFoundError) -> str | None:
            return exc.error_code

        base: type[IceNotFoundError] = SearchLibNotFoundError
        limit: type[IceRateLimitError] = ThrottlingError
        """,
    )
    assert good.returncode == 0, good.stdout + good.stderr

    bad = _mypy(
        tmp_path,
        """
        from alibaba_ice import SearchLibNotFondError
        from alibaba_ice.errors import TotallyMadeUpIceError
        """,
    )
    assert bad.returncode != 0
    assert "SearchLibNotFondError" in bad.stdout and "TotallyMadeUpIceError" in bad.stdout
