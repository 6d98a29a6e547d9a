"""The ICE contract as compiled by ``make generate`` (``ice_spec``): no YAML is parsed at run time."""

from __future__ import annotations

from functools import cache
from typing import Any

import ice_spec

__all__ = ["load_spec", "resolve"]


@cache
def load_spec() -> dict[str, Any]:
    """The whole document as data (do not mutate it)."""
    document: dict[str, Any] = ice_spec.document()
    return document


def resolve(node: Any) -> Any:
    """Follow local ``$ref``s of the document."""
    seen: set[str] = set()
    while isinstance(node, dict) and "$ref" in node and node["$ref"] not in seen:
        seen.add(node["$ref"])
        target: Any = load_spec()
        for part in node["$ref"][2:].split("/"):
            target = target[part]
        node = target
    return node
