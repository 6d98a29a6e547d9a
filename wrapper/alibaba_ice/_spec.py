"""The ICE OpenAPI document (``alibaba-ice.yaml``), read once.

The wheel ships it inside this package; a checkout reads the repository's copy.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

__all__ = ["load_spec", "spec_path"]

_REPO_SPEC = Path(__file__).resolve().parents[2] / "alibaba-ice.yaml"


def spec_path() -> Path:
    """Path of the ``alibaba-ice.yaml`` in use: the packaged copy, else the checkout's."""
    beside = Path(__file__).with_name("alibaba-ice.yaml")
    return beside if beside.is_file() else _REPO_SPEC


@cache
def load_spec() -> dict[str, Any]:
    """The parsed document (do not mutate it)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with spec_path().open(encoding="utf-8") as stream:
        loaded: dict[str, Any] = yaml.load(stream, Loader=loader)
    return loaded
