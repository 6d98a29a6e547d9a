"""openapi.yaml is a valid OpenAPI 3.1 document."""

from __future__ import annotations

from typing import Any

from openapi_spec_validator import validate

from .helpers import SPEC_FILE


def test_openapi_spec_validator_accepts_the_spec(spec: dict[str, Any]) -> None:
    validate(spec, base_uri=SPEC_FILE.as_uri())
