"""tools/relax_spec.py leaves out validation-only combinators and nothing else."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml

from tools.relax_spec import is_validation_only, main, relax

PROPS = {"textQuery": {"type": "string"}, "imageQuery": {"type": ["string", "null"]}}


def doc(schema: dict[str, Any]) -> dict[str, Any]:
    return {"openapi": "3.1.0", "components": {"schemas": {"Body": schema}}}


def relaxed_body(schema: dict[str, Any]) -> dict[str, Any]:
    relaxed, _ = relax(doc(schema))
    return relaxed["components"]["schemas"]["Body"]


def test_one_of_required_only_is_dropped() -> None:
    schema = {
        "type": "object",
        "properties": PROPS,
        "oneOf": [{"required": ["textQuery"]}, {"required": ["imageQuery"]}],
    }
    assert relaxed_body(schema) == {"type": "object", "properties": PROPS}


def test_any_of_required_only_is_dropped() -> None:
    schema = {
        "type": "object",
        "properties": PROPS,
        "anyOf": [{"required": ["textQuery"]}, {"required": ["imageQuery"]}],
    }
    assert relaxed_body(schema) == {"type": "object", "properties": PROPS}


def test_object_level_not_required_is_dropped() -> None:
    schema = {"type": "object", "properties": PROPS, "not": {"required": ["textQuery", "imageQuery"]}}
    assert relaxed_body(schema) == {"type": "object", "properties": PROPS}


def test_branches_narrowing_declared_properties_are_dropped() -> None:
    schema = {
        "type": "object",
        "properties": PROPS,
        "oneOf": [
            {"required": ["textQuery"], "properties": {"imageQuery": {"type": "null"}}},
            {"required": ["imageQuery"], "properties": {"textQuery": {"type": "null"}}},
        ],
    }
    assert relaxed_body(schema) == {"type": "object", "properties": PROPS}


def test_branches_adding_properties_are_kept() -> None:
    # These are real alternatives with their own shape: not ours to drop.
    schema = {
        "type": "object",
        "oneOf": [
            {"properties": {"a": {"type": "string"}}, "required": ["a"]},
            {"properties": {"b": {"type": "string"}}, "required": ["b"]},
        ],
    }
    assert relaxed_body(schema) == schema


def test_mixed_one_of_is_kept_whole() -> None:
    schema = {"oneOf": [{"required": ["a"]}, {"$ref": "#/components/schemas/Other"}]}
    assert relaxed_body(schema) == schema


def test_all_of_keeps_shapes_and_drops_rules() -> None:
    schema = {
        "allOf": [
            {"$ref": "#/components/schemas/Envelope"},
            {"not": {"required": ["projectIds", "assetIds"]}},
            {"type": "object", "properties": {"result": {"type": "string"}}},
        ]
    }
    assert relaxed_body(schema) == {"allOf": [schema["allOf"][0], schema["allOf"][2]]}


def test_all_of_of_rules_only_disappears() -> None:
    schema = {"type": "object", "properties": PROPS, "allOf": [{"not": {"required": ["textQuery", "imageQuery"]}}]}
    assert relaxed_body(schema) == {"type": "object", "properties": PROPS}


def test_nested_schemas_are_relaxed() -> None:
    inner = {
        "type": "object",
        "properties": PROPS,
        "oneOf": [{"required": ["textQuery"]}, {"required": ["imageQuery"]}],
    }
    schema = {
        "type": "object",
        "properties": {"query": inner, "list": {"type": "array", "items": inner}},
    }
    relaxed = relaxed_body(schema)
    assert "oneOf" not in relaxed["properties"]["query"]
    assert "oneOf" not in relaxed["properties"]["list"]["items"]


def test_value_level_not_and_everything_else_are_kept() -> None:
    schema = {
        "type": "object",
        "required": ["name"],
        "additionalProperties": False,
        "x-inferred": True,
        "properties": {
            "name": {
                "type": "string",
                "minLength": 1,
                "maxLength": 100,
                "pattern": "^[^;|`]*$",
                "not": {"const": "base"},
            },
            "kind": {"type": "string", "enum": ["A", "B"], "default": "A"},
            "ids": {"type": "array", "items": {"type": "integer", "minimum": 1}, "maxItems": 100},
        },
        "example": {"name": "x"},
    }
    assert relaxed_body(schema) == schema


def test_schemas_outside_components_are_relaxed() -> None:
    rule = {"anyOf": [{"required": ["a"]}, {"required": ["b"]}]}
    spec = {
        "paths": {
            "/x": {
                "get": {
                    "parameters": [{"name": "q", "in": "query", "schema": {"type": "object", **rule}}],
                    "requestBody": {"content": {"application/json": {"schema": {"type": "object", **rule}}}},
                }
            }
        }
    }
    relaxed, dropped = relax(spec)
    assert relaxed["paths"]["/x"]["get"]["parameters"][0]["schema"] == {"type": "object"}
    assert relaxed["paths"]["/x"]["get"]["requestBody"]["content"]["application/json"]["schema"] == {"type": "object"}
    assert dropped == [
        "#/paths//x/get/parameters/0/schema/anyOf",
        "#/paths//x/get/requestBody/content/application/json/schema/anyOf",
    ]


def test_examples_and_extensions_are_not_touched() -> None:
    data = {"oneOf": [{"required": ["a"]}], "not": {"required": ["b"]}}
    spec = {
        "x-error-codes": [data],
        "components": {"examples": {"E1": {"value": data}}, "schemas": {"S": {"type": "object", "x-note": data}}},
    }
    relaxed, dropped = relax(spec)
    assert relaxed == spec
    assert dropped == []


def test_input_is_not_modified() -> None:
    spec = doc({"type": "object", "properties": PROPS, "not": {"required": ["textQuery"]}})
    before = copy.deepcopy(spec)
    relax(spec)
    assert spec == before


def test_is_validation_only() -> None:
    assert is_validation_only({"required": ["a"]})
    assert is_validation_only({"required": ["a"], "not": {"required": ["b"]}, "description": "a, not b"})
    assert is_validation_only({"required": ["a"], "x-error-code": "50011"})
    assert is_validation_only({"anyOf": [{"required": ["a"]}, {"minProperties": 2}]})
    assert is_validation_only({"properties": {"a": {"type": "null"}}}, declared=frozenset({"a"}))
    assert not is_validation_only({"properties": {"a": {"type": "null"}}})
    assert not is_validation_only({})
    assert not is_validation_only({"description": "only words"})
    assert not is_validation_only({"type": "object", "required": ["a"]})
    assert not is_validation_only({"$ref": "#/components/schemas/X"})
    assert not is_validation_only({"not": {"type": "string"}})
    assert not is_validation_only(True)


def test_main_writes_the_relaxed_copy_and_leaves_the_source(tmp_path: Path) -> None:
    source = tmp_path / "openapi.yaml"
    source.write_text(
        "openapi: 3.1.0\n"
        "components:\n"
        "  schemas:\n"
        "    Body:\n"
        "      type: object\n"
        "      description: Ünïcode stays as is\n"
        "      properties: {a: {type: string}, b: {type: string}}\n"
        "      oneOf: [{required: [a]}, {required: [b]}]\n",
        encoding="utf-8",
    )
    before = source.read_bytes()
    target = tmp_path / "build" / "relaxed.yaml"
    assert main([str(source), str(target)]) == 0
    assert source.read_bytes() == before
    body = yaml.safe_load(target.read_text(encoding="utf-8"))["components"]["schemas"]["Body"]
    assert body == {
        "type": "object",
        "description": "Ünïcode stays as is",
        "properties": {"a": {"type": "string"}, "b": {"type": "string"}},
    }
    first = target.read_bytes()
    assert main([str(source), str(target)]) == 0
    assert target.read_bytes() == first
