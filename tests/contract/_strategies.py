"""Hypothesis strategies for the spec's schemas, parameters and bodies.

``values(schema)`` draws instances of an inlined schema with
hypothesis-jsonschema. hypothesis-jsonschema reads Draft 4-7, so the few
Draft 2020-12 keywords the spec uses are rewritten for generation only
(``dependentRequired`` -> ``dependencies``; ``contains``/``minContains``/
``maxContains`` dropped; formats it does not know dropped; ``int64`` bounded),
and every drawn value is then filtered through the exact Draft 2020-12
validator of the original schema. What comes out is valid by the spec's own
rules, whatever the rewrite lost.

A parameter can be richer than its JSON Schema says: a string holding a JSON
document (``contentMediaType: application/json`` with a ``contentSchema``) is
drawn as that document, serialized; a schema carrying an ``x-`` extension a
contract knows how to generate (ICE's ``x-match-grammar``) is drawn by the
strategy the contract gives for it (``inputs(op, extensions)``).
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import hypothesis_jsonschema._from_schema as _hjs
from hypothesis import strategies as st
from hypothesis.internal.conjecture import utils as _cu
from hypothesis_jsonschema import from_schema

from ._spec import SCHEMA_LISTS, SCHEMA_MAPS, SCHEMA_SINGLE, Operation, Param, is_valid, key_of

# x- extension name -> a strategy of valid values for a schema carrying it (given the extension's value)
Extensions = Mapping[str, Callable[[Any], st.SearchStrategy[Any]]]


class _ManyWithMore:
    """``cu.many`` with the ``more()`` loop that hypothesis-jsonschema 0.23 uses.

    Hypothesis 6.150+ replaced ``many(...).more()`` with ``with many(...) as
    elements: for _ in elements:``; hypothesis-jsonschema's object strategy
    still calls ``more()`` and fails with AttributeError on every object
    schema. This adapter drives the new protocol one step per ``more()``.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._many = _cu.many(*args, **kwargs)
        self._steps: Any = None

    def more(self) -> bool:
        if self._steps is None:
            self._many.__enter__()
            self._steps = iter(self._many)
        try:
            next(self._steps)
        except StopIteration:
            self._many.__exit__(None, None, None)
            return False
        return True

    def reject(self, why: str | None = None) -> None:
        self._many.reject(why)


if not hasattr(_cu.many, "more"):  # only on the Hypothesis versions that need it
    _hjs.cu = type("_CompatUtils", (), {"many": _ManyWithMore})  # type: ignore[attr-defined]

# Formats hypothesis-jsonschema can generate; others are annotations only.
GENERATABLE_FORMATS = frozenset(
    {"date", "date-time", "time", "email", "hostname", "ipv4", "ipv6", "uri", "uuid", "regex", "duration"}
)
INT_BOUNDS = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}

# Text without control characters or surrogates (anything else is fair game).
_ALPHABET = st.characters(blacklist_categories=("Cs", "Cc"))


def for_generation(schema: Any) -> Any:
    """Rewrite an inlined Draft 2020-12 schema into what hypothesis-jsonschema reads."""
    if isinstance(schema, bool) or not isinstance(schema, Mapping):
        return schema
    out: dict[str, Any] = {}
    for key, value in schema.items():
        if key in ("contains", "minContains", "maxContains", "default"):
            continue
        if key == "dependentRequired":
            deps = dict(out.get("dependencies", {}))
            deps.update(value)
            out["dependencies"] = deps
        elif key == "format":
            if value in GENERATABLE_FORMATS:
                out[key] = value
            elif value in INT_BOUNDS:
                lo, hi = INT_BOUNDS[value]
                out.setdefault("minimum", lo)
                out.setdefault("maximum", hi)
        elif key in SCHEMA_MAPS and isinstance(value, Mapping):
            out[key] = {k: for_generation(v) for k, v in value.items()}
        elif key in SCHEMA_LISTS and isinstance(value, list):
            out[key] = [for_generation(v) for v in value]
        elif key in SCHEMA_SINGLE:
            out[key] = for_generation(value)
        else:
            out[key] = value
    # keep explicit int64 bounds from the original when both were set above
    if "minimum" in schema:
        out["minimum"] = schema["minimum"]
    if "maximum" in schema:
        out["maximum"] = schema["maximum"]
    return out


_FLATTENABLE = frozenset({"type", "properties", "required"})


def _is_object_type(value: Any) -> bool:
    return value == "object" or (isinstance(value, list) and "object" in value)


def closed(schema: Any, *, close_self: bool = True) -> Any:
    """For generation only: objects declared ``type: object`` get no undeclared properties.

    Left open, hypothesis-jsonschema fills every such object with arbitrary
    JSON under random names, which makes bodies slow to draw and shrink. The
    tolerant-reader test adds unknown fields on purpose instead. An ``allOf``
    of plain object shapes (the response envelopes) is merged first, so that
    closing one part does not forbid the properties of another.
    """
    if isinstance(schema, bool) or not isinstance(schema, Mapping):
        return schema
    schema = _flatten_all_of(schema)
    out: dict[str, Any] = {}
    for key, value in schema.items():
        if key in SCHEMA_MAPS and isinstance(value, Mapping):
            out[key] = {k: closed(v) for k, v in value.items()}
        elif key == "allOf" and isinstance(value, list):
            # parts of a conjunction are not closed: each would forbid the others' members
            out[key] = [closed(v, close_self=False) for v in value]
        elif key in SCHEMA_LISTS and isinstance(value, list):
            out[key] = [closed(v) for v in value]
        elif key in SCHEMA_SINGLE:
            out[key] = closed(value)
        else:
            out[key] = value
    open_object = _is_object_type(out.get("type")) and out.get("properties")
    if close_self and open_object and not ({"additionalProperties", "patternProperties"} & set(out)):
        out["additionalProperties"] = False
    return out


def _flatten_all_of(schema: Mapping[str, Any]) -> Mapping[str, Any]:
    """``allOf`` of plain object shapes (type, properties, required) -> one object shape."""
    parts = [_flatten_all_of(p) if isinstance(p, Mapping) else p for p in schema.get("allOf") or []]
    if (
        not parts
        or not all(isinstance(p, Mapping) and set(p) <= _FLATTENABLE for p in parts)
        or not all(_is_object_type(p.get("type", "object")) for p in parts)
        or {"properties", "required", "additionalProperties", "type"} & set(schema)
    ):
        return schema
    properties: dict[str, Any] = {}
    required: list[str] = []
    for part in parts:
        for name, sub in (part.get("properties") or {}).items():
            previous = properties.get(name)
            properties[name] = sub if previous is None else {"allOf": [previous, sub]}
        required += [r for r in part.get("required", []) if r not in required]
    out = {k: v for k, v in schema.items() if k != "allOf"}
    out["type"] = "object"
    if properties:
        out["properties"] = properties
    if required:
        out["required"] = required
    return out


@functools.lru_cache(maxsize=2048)
def _values(key: str) -> st.SearchStrategy[Any]:
    schema = json.loads(key)
    strategy = from_schema(for_generation(closed(schema)), allow_x00=False, codec="utf-8")
    return strategy.filter(lambda value: is_valid(schema, value))


def values(schema: Any) -> st.SearchStrategy[Any]:
    """Valid instances of ``schema`` (inlined), drawn by hypothesis-jsonschema."""
    return _values(key_of(schema))


MISSING: Any = type("Missing", (), {"__repr__": lambda self: "MISSING"})()


@dataclass
class Inputs:
    """The inputs of one call, by spec (wire) name."""

    path: dict[str, Any] = field(default_factory=dict)
    query: dict[str, Any] = field(default_factory=dict)
    body: Any = MISSING

    def as_instance(self) -> dict[str, Any]:
        """The ``{path, query, body}`` instance that ``Operation.inputs_schema()`` validates."""
        out: dict[str, Any] = {"path": self.path, "query": self.query}
        if self.body is not MISSING:
            out["body"] = self.body
        return out

    def copy(self) -> Inputs:
        return Inputs(json.loads(json.dumps(self.path)), json.loads(json.dumps(self.query)), _copy(self.body))


def _copy(value: Any) -> Any:
    return value if value is MISSING else json.loads(json.dumps(value))


def _compact(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def param_values(param: Param, extensions: Extensions | None = None) -> st.SearchStrategy[Any]:
    """Valid values of one parameter (its JSON content or a known extension when it has one)."""
    for name, make in (extensions or {}).items():
        if name in param.extensions:
            return make(param.extensions[name]).filter(lambda value: is_valid(param.schema, value))
    if param.json_content is not None:
        content = values(param.json_content).map(_compact)
        return content.filter(lambda value: is_valid(param.schema, value))
    return values(param.schema)


def _location(op: Operation, location: str, extensions: Extensions | None) -> st.SearchStrategy[dict[str, Any]]:
    params = op.params_in(location)
    return st.fixed_dictionaries(
        {p.name: param_values(p, extensions) for p in params if p.required},
        optional={p.name: param_values(p, extensions) for p in params if not p.required},
    )


def inputs(op: Operation, extensions: Extensions | None = None) -> st.SearchStrategy[Inputs]:
    """Valid inputs of an operation: path and query parameters, and the body when it has one."""
    body: st.SearchStrategy[Any] = st.just(MISSING)
    if op.body_schema is not None:
        body = values(op.body_schema)
        if not op.body_required:
            body = st.one_of(st.just(MISSING), body)
    return st.builds(Inputs, _location(op, "path", extensions), _location(op, "query", extensions), body)
