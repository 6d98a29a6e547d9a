"""The OpenAPI document the SDK is built from, as data.

Installed wheels carry it as ``media_intelligence/openapi.yaml``; an editable
checkout does not, so there it is read from the repository root.

Parsing the YAML takes about half a second, which every ``import
media_intelligence`` and every CLI start would pay. So the parsed document is
also kept as JSON in a per-user cache keyed by the SHA-256 of the YAML bytes:
the YAML stays the only source, a changed spec simply misses the cache, and
any trouble with the cache (unwritable, corrupt) falls back to parsing.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any, cast

__all__ = ["cache_dir", "load_spec", "spec_path"]

_REPO_SPEC = Path(__file__).resolve().parents[2] / "openapi.yaml"


def spec_path() -> Path:
    """Path of the ``openapi.yaml`` in use: the packaged copy, else the checkout's."""
    beside = Path(__file__).with_name("openapi.yaml")  # a wheel installed as files
    if beside.is_file():
        return beside
    if _REPO_SPEC.is_file():
        return _REPO_SPEC
    # Only an unusual install (a zip, say) needs importlib.resources, which is slow to import.
    from importlib import resources

    packaged = resources.files("media_intelligence").joinpath("openapi.yaml")
    if packaged.is_file():
        return Path(str(packaged))
    raise FileNotFoundError(f"openapi.yaml is neither packaged in media_intelligence nor at {_REPO_SPEC}")


def cache_dir() -> Path:
    """Where the parsed spec is cached: ``MI_CACHE_DIR``, else the XDG cache folder."""
    explicit = os.environ.get("MI_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "ncloud-media-intelligence"


def _parse_yaml(raw: bytes) -> dict[str, Any]:
    import yaml  # only on a cache miss

    # The C loader parses the spec several times faster than the pure one.
    loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return cast(dict[str, Any], yaml.load(raw, Loader=loader))


def _read_cache(path: Path) -> dict[str, Any] | None:
    try:
        with path.open(encoding="utf-8") as stream:
            data = json.load(stream)
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _write_cache(path: Path, spec: dict[str, Any]) -> None:
    text = json.dumps(spec, separators=(",", ":"), ensure_ascii=False)
    # Only cache what survives the JSON round trip unchanged (YAML can hold
    # dates or integer keys that JSON would turn into strings).
    if json.loads(text) != spec:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".spec-", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as stream:
            stream.write(text)
        os.replace(tmp, path)
    except OSError:
        pass  # a cache that cannot be written only costs the next start a parse


@functools.cache
def load_spec() -> dict[str, Any]:
    """The parsed spec. Cached: callers share it and must not modify it."""
    raw = spec_path().read_bytes()
    cached = cache_dir() / f"openapi-{hashlib.sha256(raw).hexdigest()[:32]}.json"
    spec = _read_cache(cached)
    if spec is None:
        spec = _parse_yaml(raw)
        _write_cache(cached, spec)
    return spec
