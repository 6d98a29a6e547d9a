"""Fixtures for the checks of openapi.yaml itself."""

from __future__ import annotations

from typing import Any

import pytest

from tools.compile_spec import load_document

from .helpers import HTTP_METHODS, SPEC_FILE, Operation


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    # The repository's file, not the packaged copy: these tests check what is committed.
    # The generator's own reader: the one place that parses the YAML.
    assert SPEC_FILE.is_file(), f"{SPEC_FILE} is missing"
    return load_document(SPEC_FILE)


@pytest.fixture(scope="session")
def operations(spec: dict[str, Any]) -> list[Operation]:
    return [
        (path, method, operation)
        for path, item in spec.get("paths", {}).items()
        for method, operation in item.items()
        if method in HTTP_METHODS
    ]
