"""The ICE document (``alibaba-ice.yaml``) as the emulator reads it: actions, parameters, error codes.

Looked up beside this package (a wheel), then ``MI_EMULATOR_ICE_SPEC``, then the checkout's root.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

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


def _path() -> Path:
    beside = Path(__file__).with_name("alibaba-ice.yaml")
    if beside.is_file():
        return beside
    explicit = os.environ.get("MI_EMULATOR_ICE_SPEC")
    if explicit:
        return Path(explicit)
    return Path(__file__).resolve().parents[3] / "alibaba-ice.yaml"


@cache
def ice_spec() -> IceSpec:
    """The parsed document (read once)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with _path().open(encoding="utf-8") as stream:
        raw: dict[str, Any] = yaml.load(stream, Loader=loader)
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
