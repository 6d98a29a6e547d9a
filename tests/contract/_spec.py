"""A contract document as the contract tests read it: operations, parameters, bodies, responses.

Everything here is computed from the parsed document passed in (``openapi.yaml``
or ``alibaba-ice.yaml`` from their compiled packages; the meta-tests pass
mutated copies).
Schemas are returned with every local ``$ref`` inlined, so they are plain
JSON Schema (Draft 2020-12, as OpenAPI 3.1 says) that ``jsonschema`` and
``hypothesis-jsonschema`` read without a registry.
"""

from __future__ import annotations

import copy
import functools
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import jsonschema

import ice_spec
import mi_spec
from tools.compile_spec import HTTP_METHODS

JSON = "application/json"

# Keywords that never make an instance invalid: dropped from inlined schemas.
ANNOTATIONS = frozenset(
    {
        "description",
        "title",
        "example",
        "examples",
        "externalDocs",
        "xml",
        "discriminator",
        "deprecated",
        "readOnly",
        "writeOnly",
        "$comment",
        "contentMediaType",
        "contentEncoding",
        # an annotation in Draft 2020-12; a parameter's JSON content schema is kept apart (Param.json_content)
        "contentSchema",
    }
)
SCHEMA_MAPS = ("properties", "patternProperties", "$defs", "dependentSchemas")
SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
SCHEMA_SINGLE = (
    "items",
    "not",
    "if",
    "then",
    "else",
    "additionalProperties",
    "contains",
    "propertyNames",
    "unevaluatedItems",
    "unevaluatedProperties",
)


@functools.cache
def repo_spec() -> dict[str, Any]:
    """The committed NAVER contract as data, from the compiled package (callers must not modify it)."""
    return mi_spec.document()


@functools.cache
def ice_document() -> dict[str, Any]:
    """The committed ICE contract as data, from the compiled package (callers must not modify it)."""
    return ice_spec.document()


def pointer(spec: Mapping[str, Any], ref: str) -> Any:
    assert ref.startswith("#"), f"only local refs are supported, got {ref}"
    node: Any = spec
    for token in ref[1:].lstrip("/").split("/"):
        if token:
            node = node[token.replace("~1", "/").replace("~0", "~")]
    return node


def resolve(spec: Mapping[str, Any], node: Any) -> Any:
    """Follow ``$ref`` chains of a non-schema object (parameter, response, example)."""
    seen: set[str] = set()
    while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        assert ref not in seen, f"reference loop at {ref}"
        seen.add(ref)
        node = pointer(spec, ref)
    return node


def inline(spec: Mapping[str, Any], node: Any, _stack: tuple[str, ...] = ()) -> Any:
    """A schema with every local ``$ref`` replaced by its target and annotations dropped.

    A ``$ref`` with sibling keywords becomes ``allOf: [target, siblings]``
    (OpenAPI 3.1 semantics). Recursive schemas are not supported (the spec has
    none; an assertion says so if one appears).
    """
    if isinstance(node, bool) or not isinstance(node, Mapping):
        return node
    if isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        assert ref not in _stack, f"recursive schema at {ref}: the contract tests would need a registry"
        target = inline(spec, pointer(spec, ref), (*_stack, ref))
        rest = _keywords(spec, {k: v for k, v in node.items() if k != "$ref"}, _stack)
        return {"allOf": [target, rest]} if rest else target
    return _keywords(spec, node, _stack)


def _keywords(spec: Mapping[str, Any], node: Mapping[str, Any], stack: tuple[str, ...]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key in ANNOTATIONS or (isinstance(key, str) and key.startswith("x-")):
            continue
        if key in SCHEMA_MAPS and isinstance(value, Mapping):
            out[key] = {k: inline(spec, v, stack) for k, v in value.items()}
        elif key in SCHEMA_LISTS and isinstance(value, list):
            out[key] = [inline(spec, v, stack) for v in value]
        elif key in SCHEMA_SINGLE:
            out[key] = inline(spec, value, stack)
        else:
            out[key] = copy.deepcopy(value)
    return out


# --------------------------------------------------------------------------- #
# the exact oracle: Draft 2020-12 without format assertions, like the wrapper


_Draft = jsonschema.Draft202012Validator


def key_of(schema: Any) -> str:
    return json.dumps(schema, sort_keys=True, default=str)


@functools.lru_cache(maxsize=4096)
def _validator(key: str) -> Any:
    return _Draft(json.loads(key))


def validator(schema: Any) -> Any:
    """A cached Draft 2020-12 validator (format is an annotation, as in the wrapper and emulator)."""
    return _validator(key_of(schema))


def is_valid(schema: Any, instance: Any) -> bool:
    return bool(validator(schema).is_valid(instance))


# --------------------------------------------------------------------------- #
# operations


@dataclass(frozen=True)
class Param:
    name: str
    location: str  # path | query | header | cookie
    required: bool
    schema: Any  # inlined
    style: str | None = None
    explode: bool | None = None
    examples: tuple[Any, ...] = ()
    # a string whose content is a JSON document (contentMediaType application/json): its inlined
    # contentSchema ({} when it has none: any JSON)
    json_content: Any | None = None
    # the x- extensions of the parameter's schema (after following its $ref), for generation hooks
    extensions: Mapping[str, Any] = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True)
class ResponseDoc:
    status: int
    schema: Any | None  # inlined, None when the response has no JSON body
    schema_ref: str | None  # '#/components/schemas/X' when the schema is a plain $ref
    examples: tuple[tuple[str, Any], ...] = ()


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str  # upper case
    path: str
    tags: tuple[str, ...]
    params: tuple[Param, ...]
    body_schema: Any | None
    body_required: bool
    body_media_type: str | None
    responses: Mapping[int, ResponseDoc]
    body_examples: tuple[tuple[str, Any], ...] = ()
    raw: Mapping[str, Any] = field(repr=False, compare=False, hash=False, default_factory=dict)

    def params_in(self, location: str) -> tuple[Param, ...]:
        return tuple(p for p in self.params if p.location == location)

    @property
    def success_status(self) -> int:
        return min(s for s in self.responses if 200 <= s < 300)

    @property
    def error_statuses(self) -> tuple[int, ...]:
        return tuple(sorted(s for s in self.responses if s >= 400))

    def inputs_schema(self) -> dict[str, Any]:
        """One JSON Schema for ``{path, query, body}``: the oracle for whole requests."""
        props: dict[str, Any] = {}
        for location in ("path", "query"):
            params = self.params_in(location)
            loc: dict[str, Any] = {
                "type": "object",
                "properties": {p.name: p.schema for p in params},
                "additionalProperties": False,
            }
            required = [p.name for p in params if p.required]
            if required:
                loc["required"] = required
            props[location] = loc
        required_top = ["path", "query"]
        if self.body_schema is not None:
            props["body"] = self.body_schema
            if self.body_required:
                required_top.append("body")
        return {"type": "object", "properties": props, "required": required_top, "additionalProperties": False}


def _examples_of(spec: Mapping[str, Any], media: Mapping[str, Any]) -> tuple[tuple[str, Any], ...]:
    out: list[tuple[str, Any]] = []
    if "example" in media:
        out.append(("example", media["example"]))
    for name, ex in (media.get("examples") or {}).items():
        ex = resolve(spec, ex)
        if isinstance(ex, Mapping) and "value" in ex:
            out.append((str(name), ex["value"]))
    return tuple(out)


def _operations(spec: Mapping[str, Any]) -> Iterator[Operation]:
    for path, raw_item in (spec.get("paths") or {}).items():
        item = resolve(spec, raw_item)
        for method in HTTP_METHODS:
            op = item.get(method)
            if not isinstance(op, Mapping) or "operationId" not in op:
                continue
            params: dict[tuple[str, str], Param] = {}
            for raw in [*(item.get("parameters") or []), *(op.get("parameters") or [])]:
                p = resolve(spec, raw)
                schema = p.get("schema")
                if schema is None and isinstance(p.get("content"), Mapping):
                    schema = next(iter(p["content"].values())).get("schema")
                top = resolve(spec, schema if schema is not None else {})
                json_content = None
                if isinstance(top, Mapping) and top.get("contentMediaType") == JSON:
                    json_content = inline(spec, top.get("contentSchema", {}))
                params[(p["in"], p["name"])] = Param(
                    name=p["name"],
                    location=p["in"],
                    required=bool(p.get("required", p["in"] == "path")),
                    schema=inline(spec, schema if schema is not None else {}),
                    style=p.get("style"),
                    explode=p.get("explode"),
                    examples=tuple(v for _n, v in _examples_of(spec, p)),
                    json_content=json_content,
                    extensions={k: v for k, v in top.items() if str(k).startswith("x-")}
                    if isinstance(top, Mapping)
                    else {},
                )
            body_schema = None
            body_required = False
            body_media = None
            body_examples: tuple[tuple[str, Any], ...] = ()
            if "requestBody" in op:
                rb = resolve(spec, op["requestBody"])
                content = rb.get("content") or {}
                body_media = JSON if JSON in content else next(iter(content), None)
                body_required = bool(rb.get("required", False))
                if body_media is not None and "schema" in content[body_media]:
                    body_schema = inline(spec, content[body_media]["schema"])
                    body_examples = _examples_of(spec, content[body_media])
            responses: dict[int, ResponseDoc] = {}
            for status, raw_resp in (op.get("responses") or {}).items():
                if not str(status).isdigit():
                    continue
                resp = resolve(spec, raw_resp)
                media = (resp.get("content") or {}).get(JSON)
                schema = schema_ref = None
                examples: tuple[tuple[str, Any], ...] = ()
                if isinstance(media, Mapping):
                    raw_schema = media.get("schema")
                    if isinstance(raw_schema, Mapping) and set(raw_schema) == {"$ref"}:
                        schema_ref = raw_schema["$ref"]
                    schema = inline(spec, raw_schema) if raw_schema is not None else None
                    examples = _examples_of(spec, media)
                responses[int(status)] = ResponseDoc(int(status), schema, schema_ref, examples)
            yield Operation(
                operation_id=str(op["operationId"]),
                method=method.upper(),
                path=str(path),
                tags=tuple(op.get("tags") or ()),
                params=tuple(params.values()),
                body_schema=body_schema,
                body_required=body_required,
                body_media_type=body_media,
                responses=responses,
                body_examples=body_examples,
                raw=op,
            )


def operations(spec: Mapping[str, Any]) -> dict[str, Operation]:
    """``{operationId: Operation}`` in document order."""
    return {op.operation_id: op for op in _operations(spec)}


@functools.cache
def repo_operations() -> dict[str, Operation]:
    return operations(repo_spec())


def operation_ids(spec: Mapping[str, Any]) -> list[str]:
    """Every operationId of the document (the coverage test's list), duplicates included."""
    return [
        str(op["operationId"])
        for item in (spec.get("paths") or {}).values()
        for method, op in resolve(spec, item).items()
        if method in HTTP_METHODS and isinstance(op, Mapping) and "operationId" in op
    ]


# --------------------------------------------------------------------------- #
# error tables


@dataclass(frozen=True)
class ErrorCode:
    code: str
    name: str
    statuses: tuple[int, ...]
    gateway: bool


def _statuses(entry: Mapping[str, Any]) -> tuple[int, ...]:
    raw = [entry.get("status")]
    also = entry.get("also_status") or entry.get("also_statuses") or []
    raw.extend(also if isinstance(also, list) else [also])
    return tuple(dict.fromkeys(int(s) for s in raw if s is not None))


def error_codes(spec: Mapping[str, Any]) -> dict[str, ErrorCode]:
    return {
        str(e["code"]): ErrorCode(str(e["code"]), str(e.get("name") or ""), _statuses(e), gateway=False)
        for e in spec.get("x-error-codes") or []
        if str(e.get("code")) != "0"
    }


def gateway_error_codes(spec: Mapping[str, Any]) -> dict[str, ErrorCode]:
    return {
        str(e["errorCode"]): ErrorCode(str(e["errorCode"]), str(e.get("name") or ""), _statuses(e), gateway=True)
        for e in spec.get("x-gateway-error-codes") or []
    }


def wire(value: Any) -> str:
    """How a scalar parameter value is spelled on the wire (httpx's and the generator's spelling)."""
    if value is True:
        return "true"
    if value is False:
        return "false"
    return str(value)


def snake(name: str) -> str:
    """``getIndexById`` -> ``get_index_by_id`` (openapi-python-client's module and argument names)."""
    name = re.sub(r"[^0-9A-Za-z]+", "_", name)
    name = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name)
    name = re.sub(r"(?<=[A-Z])(?=[A-Z][a-z])", "_", name)
    return name.strip("_").lower()


def norm(name: str) -> str:
    """Spelling-insensitive name: ``tagIdList``, ``tag_id_list`` -> ``tagidlist``."""
    return re.sub(r"[^0-9a-z]", "", name.lower())
