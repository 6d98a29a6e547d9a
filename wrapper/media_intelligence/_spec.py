"""The OpenAPI document the SDK is built from, as data.

Installed wheels carry it as ``media_intelligence/openapi.yaml``; an editable
checkout does not, so there it is read from the repository root.
"""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path
from typing import Any, cast

import yaml

__all__ = ["load_spec", "spec_path"]

# The C loader parses the ~10k-line spec several times faster.
_Loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_REPO_SPEC = Path(__file__).resolve().parents[2] / "openapi.yaml"


def spec_path() -> Path:
    """Path of the ``openapi.yaml`` in use: the packaged copy, else the checkout's."""
    packaged = resources.files("media_intelligence").joinpath("openapi.yaml")
    if packaged.is_file():
        return Path(str(packaged))
    if _REPO_SPEC.is_file():
        return _REPO_SPEC
    raise FileNotFoundError(f"openapi.yaml is neither packaged in media_intelligence nor at {_REPO_SPEC}")


@functools.cache
def load_spec() -> dict[str, Any]:
    """The parsed spec. Cached: callers share it and must not modify it."""
    with spec_path().open(encoding="utf-8") as stream:
        return cast(dict[str, Any], yaml.load(stream, Loader=_Loader))
