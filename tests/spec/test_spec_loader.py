"""media_intelligence._spec finds and parses the spec the SDK ships."""

from __future__ import annotations

from typing import Any

from media_intelligence._spec import load_spec, spec_path

from .helpers import SPEC_FILE


def test_spec_path_is_the_committed_spec_or_its_packaged_copy() -> None:
    path = spec_path()
    assert path.name == "openapi.yaml"
    assert path.read_bytes() == SPEC_FILE.read_bytes()


def test_load_spec_parses_it_once(spec: dict[str, Any]) -> None:
    assert load_spec() == spec
    assert load_spec() is load_spec()
