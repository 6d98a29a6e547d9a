"""The ICE document as the emulator reads it: actions, parameters, error codes.

The document comes from the compiled contract ``ice_spec`` (``make generate``; no YAML at run time).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

__all__ = ["Action", "IceSpec", "ice_spec"]


@dataclass(frozen=True)
class Action:
    name: str
    parameters: dict[str, dict[str, Any]]  # query parameters by wire name, $refs resolved
    required: frozenset[str]


@dataclass(frozen=True)
class IceSpec:
    raw: dict[str, Any]
    actions: dict[str, Action]
    errors: dict[str, dict[str, Any]]  # code -> {status, message, ...}
    version: str

    def resolve(self, node: Any) -> Any:
        seen: set[str] = set()
        while isinstance(node, dict) and "$ref" in node and node["$ref"] not in seen:
            seen.add(node["$ref"])
            target: Any = self.raw
            for part in node["$ref"][2:].split("/"):
                target = target[part]
            node = target
        return node

    def schema(self, name: str) -> dict[str, Any]:
        found: dict[str, Any] = self.raw["components"]["schemas"][name]
        return found


@cache
def ice_spec() -> IceSpec:
    """The parsed document (read once; the compiled contract is imported here, off the start-up path)."""
    import ice_spec as compiled

    raw: dict[str, Any] = compiled.document()
    spec = IceSpec(raw, {}, {c["code"]: c for c in raw["x-error-codes"]}, "")
    version = ""
    for item in raw["paths"].values():
        op = item["post"]
        params: dict[str, dict[str, Any]] = {}
        required: set[str] = set()
        for ref in op["parameters"]:
            param = spec.resolve(ref)
            if param["in"] == "header" and param["name"] == "x-acs-version":
                version = param["schema"]["enum"][0]
            if param["in"] != "query":
                continue
            params[param["name"]] = {**param, "schema": spec.resolve(param["schema"])}
            if param.get("required"):
                required.add(param["name"])
        spec.actions[op["operationId"]] = Action(op["operationId"], params, frozenset(required))
    return IceSpec(raw, spec.actions, spec.errors, version)
