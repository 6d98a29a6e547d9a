"""Query parameters checked against the action's compiled parameters, before the action runs.

A missing required parameter answers ``MissingParameter``; a value that breaks
its schema (type, enum, bounds, pattern, length, and for JSON strings the
``contentSchema``) answers ``InvalidParameter`` naming the parameter and the rule.
The schemas are the self-contained ones ``make generate`` compiles into
``ice_spec.inputs``: jsonschema-rs accepts a valid value, jsonschema words the rule
a value breaks.
"""

from __future__ import annotations

import functools
import importlib
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ice_spec import Errors

from ._errors import IceError

if TYPE_CHECKING:
    import jsonschema

    from ice_spec.inputs import ActionInputs

__all__ = ["validate_query"]


# jsonschema does not check the integer formats; the service's fields are Java int/long.
_FORMAT_BITS = {"int32": 32, "int64": 64}


@functools.cache
def _fast(schema_json: str) -> Any:
    """jsonschema-rs's compiled validator of the schema, or None (not installed, or a schema it refuses)."""
    try:
        rs = importlib.import_module("jsonschema_rs")
        return rs.validator_for(json.loads(schema_json), validate_formats=False)
    except Exception:  # ImportError, or a schema jsonschema-rs cannot compile: jsonschema alone
        return None


@functools.cache
def _validator(schema_json: str) -> jsonschema.Draft202012Validator:
    import jsonschema

    return jsonschema.Draft202012Validator(json.loads(schema_json))


def _errors(schema_json: str, value: Any) -> list[jsonschema.ValidationError]:
    fast = _fast(schema_json)
    if fast is not None:
        try:
            if fast.is_valid(value):
                return []
        except (TypeError, ValueError, OverflowError):
            pass  # a value jsonschema-rs cannot convert: let jsonschema decide
    return list(_validator(schema_json).iter_errors(value))


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


def validate_query(action: ActionInputs, query: Mapping[str, str]) -> dict[str, Any]:
    """The action's parameters, typed (integers as ``int``); a name the action does not have is refused."""
    unknown = sorted(set(query) - set(action.parameters))
    if unknown:
        raise IceError(Errors.INVALID_PARAMETER_ERROR, f"{unknown[0]}: is not a parameter of {action.operation_id}")
    for name in sorted(action.required):
        if not query.get(name):
            raise IceError(Errors.MISSING_PARAMETER_ERROR, f"{name} is required")
    values: dict[str, Any] = {}
    for name, param in action.parameters.items():
        if name not in query:
            continue
        raw = query[name]
        value: Any = raw
        if param.type == "integer":
            try:
                value = int(raw)
            except ValueError:
                raise IceError(Errors.INVALID_PARAMETER_ERROR, f"{name}: must be an integer") from None
            bits = _FORMAT_BITS.get(str(param.format))
            if bits is not None and not -(2 ** (bits - 1)) <= value < 2 ** (bits - 1):
                raise IceError(Errors.INVALID_PARAMETER_ERROR, f"{name}: must be a {bits}-bit integer")
        error = next(iter(sorted(_errors(param.schema_json, value), key=lambda e: list(e.path))), None)
        if error is not None:
            raise IceError(Errors.INVALID_PARAMETER_ERROR, f"{name}: {_rule(error)}")
        if param.json_string:
            try:
                decoded = json.loads(raw)
            except ValueError:
                raise IceError(Errors.INVALID_PARAMETER_ERROR, f"{name}: must be a JSON document") from None
            if param.content_schema_json is not None:
                inner = next(iter(_errors(param.content_schema_json, decoded)), None)
                if inner is not None:
                    where = "/".join(str(p) for p in inner.absolute_path)
                    raise IceError(
                        Errors.INVALID_PARAMETER_ERROR, f"{name}: {where + ': ' if where else ''}{inner.message}"
                    )
        values[name] = value
    return values
