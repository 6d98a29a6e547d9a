"""The parsed-spec cache is transparent: same document, any cache trouble falls back to the YAML."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from media_intelligence import _spec


@pytest.fixture
def fresh(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    monkeypatch.setenv("MI_CACHE_DIR", str(tmp_path / "cache"))
    _spec.load_spec.cache_clear()
    yield tmp_path / "cache"
    _spec.load_spec.cache_clear()


def test_first_load_writes_the_cache_and_the_second_reads_it(fresh: Path, spec: dict[str, Any]) -> None:
    assert _spec.load_spec() == spec
    files = list(fresh.glob("openapi-*.json"))
    assert len(files) == 1
    _spec.load_spec.cache_clear()
    assert _spec.load_spec() == spec


def test_a_corrupt_cache_falls_back_to_the_yaml(fresh: Path, spec: dict[str, Any]) -> None:
    _spec.load_spec()
    (cached,) = fresh.glob("openapi-*.json")
    cached.write_text("{not json", encoding="utf-8")
    _spec.load_spec.cache_clear()
    assert _spec.load_spec() == spec


def test_an_unwritable_cache_folder_still_loads(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, spec: dict[str, Any]
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("MI_CACHE_DIR", str(blocker / "sub"))
    _spec.load_spec.cache_clear()
    try:
        assert _spec.load_spec() == spec
    finally:
        _spec.load_spec.cache_clear()


def test_a_changed_spec_misses_the_cache(fresh: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    copy = tmp_path / "openapi.yaml"
    copy.write_text("openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n", encoding="utf-8")
    monkeypatch.setattr(_spec, "spec_path", lambda: copy)
    assert _spec.load_spec()["info"]["title"] == "t"
    copy.write_text("openapi: 3.1.0\ninfo: {title: u, version: '1'}\npaths: {}\n", encoding="utf-8")
    _spec.load_spec.cache_clear()
    assert _spec.load_spec()["info"]["title"] == "u"
