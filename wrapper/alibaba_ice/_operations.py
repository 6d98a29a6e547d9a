"""One ICE action: its generated function, its parameters, and validation before the wire.

What each parameter is (wire name, type, wire boolean, JSON in a string, its JSON Schemas) comes from
``ice_spec.inputs``, compiled by ``make generate``: nothing here reads the document.
"""

from __future__ import annotations

import importlib
import inspect
import json
import re
from dataclasses import dataclass
from functools import cache
from types import ModuleType
from typing import Any

import ice_spec
from ice_spec.inputs import INPUTS, SCHEMA_EXTENSIONS, InputParameter

from ._validators import first_error
from .errors import IceValidationError
from .match import Expression, MatchSyntaxError, parse, render

__all__ = ["Action", "action", "snake"]

#: The schema extension that gives a parameter the ``Match`` grammar (checked with `match.parse`).
_MATCH_GRAMMAR = "x-match-grammar"


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
    params: dict[str, InputParameter]  # our keyword -> the compiled parameter
    required: tuple[InputParameter, ...]
    grammar: frozenset[str]  # wire names of the parameters written in the Match grammar

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
            param = self.params.get(key)
            if param is None:
                known = ", ".join(self.params)
                raise IceValidationError(key, f"is not a parameter of {self.name} (parameters: {known})")
            out[self.arguments[key]] = self._check(param, value)
        for param in self.required:
            if self.arguments[param.snake_name] not in out:
                raise IceValidationError(param.name, f"is required by {self.name}")
        return out

    def _check(self, param: InputParameter, value: Any) -> Any:
        wire = param.name
        if param.wire_boolean is not None:
            if not isinstance(value, bool):
                raise IceValidationError(wire, "must be a bool")
            return param.wire_boolean[0] if value else param.wire_boolean[1]
        if wire in self.grammar:
            if isinstance(value, Expression):
                value = render(value)
            try:
                parse(str(value))
            except MatchSyntaxError as exc:
                raise IceValidationError(wire, str(exc)) from exc
        if isinstance(value, dict | list) and param.json_string:
            value = json.dumps(value, separators=(",", ":"))
        if isinstance(value, bool) or (param.type == "integer" and not isinstance(value, int)):
            raise IceValidationError(wire, f"must be {'an integer' if param.type == 'integer' else 'a string'}")
        error = first_error(param.schema_json, value)
        if error is not None:
            raise IceValidationError(wire, error.message)
        if param.json_string:
            try:
                decoded = json.loads(value)
            except ValueError:
                raise IceValidationError(wire, "must be a JSON document") from None
            if param.content_schema_json is not None:
                inner = first_error(param.content_schema_json, decoded, shallowest=False)
                if inner is not None:
                    where = "/".join(str(p) for p in inner.absolute_path)
                    raise IceValidationError(wire, f"{where + ': ' if where else ''}{inner.message}")
        return value


@cache
def action(name: str) -> Action:
    """The action ``name`` (an operationId of alibaba-ice.yaml)."""
    operation = ice_spec.OPERATIONS.get(name)
    inputs = INPUTS.get(name)
    if operation is None or inputs is None:
        raise IceValidationError("action", f"unknown ICE action {name!r}")
    module = importlib.import_module(f"alibaba_ice_client.api.{snake(operation.tag).replace('-', '_')}.{snake(name)}")
    accepted = set(inspect.signature(module.sync_detailed).parameters)
    params = inputs.by_snake_name()
    arguments = {key: next(n for n in (key, key + "_") if n in accepted) for key in params}
    extensions = {p.name: SCHEMA_EXTENSIONS.get(p.schema_ref or "", {}) for p in params.values()}
    grammar = frozenset(name for name, found in extensions.items() if _MATCH_GRAMMAR in found)
    required = tuple(p for p in inputs.parameters.values() if p.name in inputs.required)  # in the document's order
    return Action(name, operation, module, arguments, params, required, grammar)
