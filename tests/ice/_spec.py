"""The ICE document as data, for the tests of tests/ice."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[2]
ICE_SPEC_FILE = REPO / "alibaba-ice.yaml"

#: The 22 actions issue scope names (the document must model exactly these).
ACTIONS = (
    "SearchMedia",
    "SearchMediaByFace",
    "SearchMediaClipByFace",
    "SearchMediaByMultimodal",
    "SearchMediaByHybrid",
    "SearchMediaByAILabel",
    "CreateSearchLib",
    "QuerySearchLib",
    "ListSearchLib",
    "AlterSearchLib",
    "DropSearchLib",
    "CreateSearchIndex",
    "QuerySearchIndex",
    "AlterSearchIndex",
    "DropSearchIndex",
    "QueryMediaIndexJob",
    "SearchIndexJobRerun",
    "RegisterMediaInfo",
    "GetMediaInfo",
    "InsertMediaToSearchLib",
    "UpdateMediaToSearchLib",
    "DeleteMediaFromSearchLib",
)


@cache
def document() -> dict[str, Any]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with ICE_SPEC_FILE.open(encoding="utf-8") as stream:
        loaded: dict[str, Any] = yaml.load(stream, Loader=loader)
    return loaded


def resolve(node: Any) -> Any:
    """Follow local ``$ref``s."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = document()
        for part in node["$ref"][2:].split("/"):
            target = target[part]
        node = target
    return node


def operations() -> dict[str, tuple[str, dict[str, Any]]]:
    """operationId -> (path, operation object) (every operation is a POST)."""
    return {op["operationId"]: (path, op) for path, item in document()["paths"].items() for op in item.values()}


def parameters(action: str) -> list[dict[str, Any]]:
    return [resolve(p) for p in operations()[action][1]["parameters"]]


def query_parameters(action: str) -> list[dict[str, Any]]:
    return [p for p in parameters(action) if p["in"] == "query"]
