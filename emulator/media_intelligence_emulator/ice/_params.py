"""Query parameters checked against the action's parameters in the spec, before the action runs.

A missing required parameter answers ``MissingParameter``; a value that breaks
its schema (type, enum, bounds, pattern, length, and for JSON strings the
``contentSchema``) answers ``InvalidParameter`` naming the parameter and the rule.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import jsonschema

from ._errors import IceError
from ._spec import Action, ice_spec

__all__ = ["validate_query"]


# jsonschema does not check the integer formats; the service's fields are Java int/long.
_FORMAT_BITS = {"int32": 32, "int64": 64}


def _validator(schema: Mapping[str, Any]) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator({**schema, "components": ice_spec().raw["components"]})


def _rule(error: jsonschema.ValidationError) -> str:
    allowed: Any = error.validator_value
    if error.validator == "enum":
        return f"must be one of {', '.join(str(v) for v in allowed)}"
    if error.validator in {"maximum", "minimum", "maxLength", "minLength", "pattern"}:
        label = {"maximum": "at most", "minimum": "at least", "maxLength": "at most", "minLength": "at least"}
        if error.validator == "pattern":
            return f"must match {error.validator_value}"
        unit = " characters" if "Length" in str(error.validator) else ""
        return f"must be {label[str(error.validator)]} {error.validator_value}{unit}"
    return error.message


def validate_query(action: Action, query: Mapping[str, str]) -> dict[str, Any]:
    """The action's parameters, typed (integers as ``int``); a name the action does not have is refused."""
    unknown = sorted(set(query) - set(action.parameters))
    if unknown:
        raise IceError("InvalidParameter", f"{unknown[0]}: is not a parameter of {action.name}")
    for name in sorted(action.required):
        if not query.get(name):
            raise IceError("MissingParameter", f"{name} is required")
    values: dict[str, Any] = {}
    for name, param in action.parameters.items():
        if name not in query:
            continue
        raw = query[name]
        schema = param["schema"]
        value: Any = raw
        if schema.get("type") == "integer":
            try:
                value = int(raw)
            except ValueError:
                raise IceError("InvalidParameter", f"{name}: must be an integer") from None
            bits = _FORMAT_BITS.get(str(schema.get("format")))
            if bits is not None and not -(2 ** (bits - 1)) <= value < 2 ** (bits - 1):
                raise IceError("InvalidParameter", f"{name}: must be a {bits}-bit integer")
        error = next(iter(sorted(_validator(schema).iter_errors(value), key=lambda e: e.path)), None)
        if error is not None:
            raise IceError("InvalidParameter", f"{name}: {_rule(error)}")
        content = schema.get("contentSchema")
        if schema.get("contentMediaType") == "application/json":
            try:
                decoded = json.loads(raw)
            except ValueError:
                raise IceError("InvalidParameter", f"{name}: must be a JSON document") from None
            if content is not None:
                inner = next(iter(_validator(content).iter_errors(decoded)), None)
                if inner is not None:
                    where = "/".join(str(p) for p in inner.absolute_path)
                    raise IceError("InvalidParameter", f"{name}: {where + ': ' if where else ''}{inner.message}")
        values[name] = value
    return values
