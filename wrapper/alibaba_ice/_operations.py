"""One ICE action: its generated function, its parameters, and validation before the wire."""

from __future__ import annotations

import importlib
import inspect
import json
import re
from dataclasses import dataclass
from functools import cache
from types import ModuleType
from typing import Any

import jsonschema

import ice_spec

from ._spec import load_spec, resolve
from .errors import IceValidationError
from .match import Expression, MatchSyntaxError, parse, render

__all__ = ["Action", "action", "snake"]

_WIRE_BOOLEAN = "#/components/schemas/WireBoolean"


def snake(name: str) -> str:
    """``SearchMediaByAILabel`` -> ``search_media_by_ai_label`` (the generator's module and attribute names)."""
    name = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    return re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name).lower()


@dataclass(frozen=True)
class Action:
    name: str
    operation: ice_spec.Operation
    module: ModuleType
    arguments: dict[str, str]  # our keyword (ice_spec snake name) -> the generated function's keyword
    wire: dict[str, str]  # our keyword -> wire name
    schemas: dict[str, dict[str, Any]]  # wire name -> schema ($ref resolved at the top)
    booleans: frozenset[str]  # wire names of WireBoolean parameters

    @property
    def retry_safe(self) -> bool:
        """The action changes nothing (``x-retry-safe``), so it may be repeated after a timeout or a 5xx."""
        return self.operation.retry_safe

    def prepare(self, params: dict[str, Any]) -> dict[str, Any]:
        """The generated function's keyword arguments, after checking every rule the spec states."""
        try:
            return self._prepare(params)
        except IceValidationError as exc:
            exc.action = exc.action or self.name
            raise

    def _prepare(self, params: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, value in params.items():
            if value is None:
                continue
            wire = self.wire.get(key)
            if wire is None:
                raise IceValidationError(key, f"is not a parameter of {self.name} (parameters: {', '.join(self.wire)})")
            out[self.arguments[key]] = self._check(wire, value)
        for param in self.operation.parameters:
            if param.location == "query" and param.required and self.arguments[param.snake_name] not in out:
                raise IceValidationError(param.name, f"is required by {self.name}")
        return out

    def _check(self, wire: str, value: Any) -> Any:
        schema = self.schemas[wire]
        if wire in self.booleans:
            if not isinstance(value, bool):
                raise IceValidationError(wire, "must be a bool")
            return "True" if value else "False"
        if wire == "Match":
            if isinstance(value, Expression):
                value = render(value)
            try:
                parse(str(value))
            except MatchSyntaxError as exc:
                raise IceValidationError(wire, str(exc)) from exc
        if isinstance(value, dict | list) and schema.get("contentMediaType") == "application/json":
            value = json.dumps(value, separators=(",", ":"))
        if isinstance(value, bool) or (schema.get("type") == "integer" and not isinstance(value, int)):
            raise IceValidationError(wire, f"must be {'an integer' if schema.get('type') == 'integer' else 'a string'}")
        errors = sorted(_validator(_key(schema)).iter_errors(value), key=lambda e: list(e.path))
        if errors:
            raise IceValidationError(wire, errors[0].message)
        content = schema.get("contentSchema")
        if schema.get("contentMediaType") == "application/json":
            try:
                decoded = json.loads(value)
            except ValueError:
                raise IceValidationError(wire, "must be a JSON document") from None
            if content is not None:
                inner = next(iter(_validator(_key(resolve(content))).iter_errors(decoded)), None)
                if inner is not None:
                    where = "/".join(str(p) for p in inner.absolute_path)
                    raise IceValidationError(wire, f"{where + ': ' if where else ''}{inner.message}")
        return value


def _key(schema: dict[str, Any]) -> str:
    return json.dumps(schema, sort_keys=True)


@cache
def _validator(schema_json: str) -> jsonschema.Draft202012Validator:
    schema = json.loads(schema_json)
    return jsonschema.Draft202012Validator({**schema, "components": load_spec()["components"]})


@cache
def action(name: str) -> Action:
    """The action ``name`` (an operationId of alibaba-ice.yaml)."""
    operation = ice_spec.OPERATIONS.get(name)
    if operation is None:
        raise IceValidationError("action", f"unknown ICE action {name!r}")
    module = importlib.import_module(f"alibaba_ice_client.api.{snake(operation.tag).replace('-', '_')}.{snake(name)}")
    accepted = set(inspect.signature(module.sync_detailed).parameters)
    path_item = load_spec()["paths"][operation.path]["post"]
    schemas: dict[str, dict[str, Any]] = {}
    booleans: set[str] = set()
    for ref in path_item["parameters"]:
        param = resolve(ref)
        if param["in"] == "query":
            if param["schema"].get("$ref") == _WIRE_BOOLEAN:
                booleans.add(param["name"])
            schemas[param["name"]] = resolve(param["schema"])
    arguments: dict[str, str] = {}
    wire: dict[str, str] = {}
    for param in operation.parameters:
        if param.location != "query":
            continue
        arguments[param.snake_name] = next(n for n in (param.snake_name, param.snake_name + "_") if n in accepted)
        wire[param.snake_name] = param.name
    return Action(name, operation, module, arguments, wire, schemas, frozenset(booleans))
