"""No response schema is an object without properties.

A bare ``type: object`` documents nothing and makes the generator produce a
dict-only model. Maps (``additionalProperties`` with a schema) are fine.
``allOf`` parts count together: ``allOf: [Envelope, {properties: ...}]``
is an object with properties even if one part alone is not.
"""

from __future__ import annotations

from typing import Any

from .helpers import Operation, resolve


def is_object(spec: dict[str, Any], schema: dict[str, Any]) -> bool:
    kind = schema.get("type")
    if kind == "object" or (isinstance(kind, list) and "object" in kind):
        return True
    return any(is_object(spec, resolve(spec, part)) for part in schema.get("allOf", []))


def has_shape(spec: dict[str, Any], schema: dict[str, Any]) -> bool:
    """Has properties, or is a map of something, itself or through its allOf parts."""
    extra = schema.get("additionalProperties")
    if schema.get("properties") or (isinstance(extra, dict) and extra):
        return True
    return any(has_shape(spec, resolve(spec, part)) for part in schema.get("allOf", []))


def bare_objects(
    spec: dict[str, Any], node: Any, where: str, seen: set[tuple[str, bool]], whole: bool = True
) -> list[str]:
    """Locations under ``node`` of object schemas without properties.

    ``whole`` is False for an allOf part, which is judged with its siblings.
    """
    if isinstance(node, dict) and "$ref" in node:
        if (node["$ref"], whole) in seen:
            return []
        seen.add((node["$ref"], whole))
        where = node["$ref"]
    schema = resolve(spec, node)
    if not isinstance(schema, dict):
        return []
    found = [where] if whole and is_object(spec, schema) and not has_shape(spec, schema) else []
    children: list[tuple[str, Any, bool]] = [
        (f"{where}/properties/{name}", sub, True) for name, sub in schema.get("properties", {}).items()
    ]
    for key in ("items", "additionalProperties", "not"):
        if isinstance(schema.get(key), dict):
            children.append((f"{where}/{key}", schema[key], True))
    for key in ("oneOf", "anyOf", "allOf", "prefixItems"):
        for i, part in enumerate(schema.get(key, [])):
            children.append((f"{where}/{key}/{i}", part, key != "allOf"))
    for child_where, child, child_whole in children:
        found += bare_objects(spec, child, child_where, seen, child_whole)
    return found


def test_no_response_schema_is_an_object_without_properties(spec: dict[str, Any], operations: list[Operation]) -> None:
    seen: set[tuple[str, bool]] = set()
    found = []
    for _, _, op in operations:
        for status, response in op.get("responses", {}).items():
            for media_name, media in resolve(spec, response).get("content", {}).items():
                if "schema" in media:
                    where = f"{op.get('operationId')} {status} {media_name}"
                    found += bare_objects(spec, media["schema"], where, seen)
    assert not found, (
        "object schemas without properties (give them properties or an additionalProperties schema):\n"
        + "\n".join(sorted(set(found)))
    )
