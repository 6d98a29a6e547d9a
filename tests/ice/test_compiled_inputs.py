"""``ice_spec.inputs`` (compiled by ``make generate``) says what alibaba-ice.yaml says about each parameter,
the ICE wrapper reads nothing else, and its import loads no validator.

The YAML is loaded here only to check the compiled model against it.
"""

from __future__ import annotations

import copy
import json
import subprocess
import sys
import textwrap
from typing import Any

import jsonschema
import pytest

import ice_spec
from ice_spec.inputs import INPUTS, SCHEMA_EXTENSIONS, SERVERS
from tools.compile_spec import SpecError, build_model, compile_document

from ._spec import ACTIONS, document, resolve

WIRE_BOOLEAN_REF = "#/components/schemas/WireBoolean"


def _query_parameters(action: str) -> list[dict[str, Any]]:
    op = document()["paths"][f"/#{action}"]["post"]
    return [p for p in map(resolve, op["parameters"]) if p["in"] == "query"]


def _with_components(schema: Any) -> dict[str, Any]:
    return {**resolve(schema), "components": document()["components"]}


@pytest.mark.parametrize("action", ACTIONS)
def test_each_query_parameter_is_compiled_as_the_document_states(action: str) -> None:
    inputs = INPUTS[action]
    params = _query_parameters(action)
    assert list(inputs.parameters) == [p["name"] for p in params]
    assert inputs.required == {p["name"] for p in params if p.get("required")}
    for raw in params:
        param = inputs.parameters[raw["name"]]
        schema = resolve(raw["schema"])
        assert param.snake_name == ice_spec.OPERATIONS[action].parameter(raw["name"], "query").snake_name
        assert param.required is bool(raw.get("required"))
        assert param.type == schema.get("type")
        assert param.format == schema.get("format")
        assert (param.wire_boolean is not None) is (raw["schema"].get("$ref") == WIRE_BOOLEAN_REF)
        assert param.json_string is (schema.get("contentMediaType") == "application/json")
        assert (param.content_schema_json is None) is ("contentSchema" not in schema)
        assert param.default == raw.get("x-default")
        for text in filter(None, (param.schema_json, param.content_schema_json)):
            assert "#/components/" not in text, "a compiled schema must be self-contained"
            jsonschema.Draft202012Validator.check_schema(json.loads(text))


def test_the_compiled_schemas_judge_values_as_the_documents_do() -> None:
    # Enum values, bounds and patterns: each compiled schema accepts and refuses what the document's does.
    probes: list[Any] = ["", "x", "video", "True", "utcCreate:Desc", "utcCreate", "oss://b/k", "ftp://x", 0, 1, 50, 51]
    checked = 0
    for action in ACTIONS:
        for raw in _query_parameters(action):
            param = INPUTS[action].parameters[raw["name"]]
            ours = jsonschema.Draft202012Validator(param.schema)
            theirs = jsonschema.Draft202012Validator(_with_components(raw["schema"]))
            for value in probes:
                assert ours.is_valid(value) == theirs.is_valid(value), (action, raw["name"], value)
                checked += 1
    assert checked > 500


def test_defaults_stated_by_the_document_are_compiled() -> None:
    defaults = {
        (action, name): param.default
        for action, inputs in INPUTS.items()
        for name, param in inputs.parameters.items()
        if param.default is not None
    }
    assert defaults[("SearchMediaByAILabel", "MultimodalSearchType")] == "FullSearch"
    assert defaults[("RegisterMediaInfo", "Overwrite")] == "False"
    assert {defaults[(a, "PageSize")] for a in ACTIONS if (a, "PageSize") in defaults} == {10}
    assert all(
        ice_spec.OPERATIONS[a].pagination.default_size == 10 for a in ACTIONS if ice_spec.OPERATIONS[a].pagination
    )
    assert ice_spec.LIMITS["scrollMedia"] == 1000
    version = document()["components"]["parameters"]["Version"]["schema"]["enum"]
    assert version == [ice_spec.VERSION]  # the emulator checks x-acs-version against VERSION


def test_a_default_that_breaks_its_schema_fails_the_build() -> None:
    doc = _tiny(Size={"type": "integer", "maximum": 50})
    doc["paths"]["/#Go"]["post"]["parameters"][0]["x-default"] = 80
    with pytest.raises(SpecError, match="x-default 80"):
        compile_document(doc)


def test_wire_booleans_keep_the_documents_spelling() -> None:
    values = document()["components"]["schemas"]["WireBoolean"]["enum"]
    spelt = {p.wire_boolean for inputs in INPUTS.values() for p in inputs.parameters.values() if p.wire_boolean}
    assert spelt == {(values[0], values[1])} == {("True", "False")}


def test_servers_and_the_match_grammar_come_compiled() -> None:
    assert [s.url for s in SERVERS] == [s["url"] for s in document()["servers"]]
    region = document()["servers"][0]["variables"]["regionId"]
    assert SERVERS[0].variables["regionId"].default == region["default"]
    assert SERVERS[0].expand(regionId="cn-beijing") == "https://ice.cn-beijing.aliyuncs.com"
    grammar = document()["components"]["schemas"]["Match"]["x-match-grammar"]
    assert SCHEMA_EXTENSIONS["Match"]["x-match-grammar"] == grammar
    assert INPUTS["SearchMedia"].parameters["Match"].schema_ref == "Match"


def test_inline_enumerations_get_constants() -> None:
    enums = ice_spec.enums
    assert enums.SearchMediaByAILabelMultimodalSearchType.PERSON_NAME == "PersonName"
    assert enums.SearchMediaByAILabelSortBy.CREATION_TIME_DESC == "CreationTime:Desc"
    assert enums.MediaTypeImageVideo.VIDEO == "video"
    declared = {
        tuple(resolve(p["schema"])["enum"])
        for action in ACTIONS
        for p in _query_parameters(action)
        if "$ref" not in p["schema"] and len(p["schema"].get("enum") or ()) > 1
    }
    shared = document()["components"]["parameters"]["MediaTypeImageVideo"]["schema"]["enum"]
    assert declared | {tuple(shared)} <= set(enums.ENUMS.values())
    # the one-value enums (each action's x-acs-action header, the version) are constants, not enumerations
    assert not any(len(values) == 1 for values in enums.ENUMS.values())


def _tiny(**parameters: Any) -> dict[str, Any]:
    params = [{"name": name, "in": "query", "schema": schema} for name, schema in parameters.items()]
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/#Go": {"post": {"operationId": "Go", "parameters": params, "responses": {"200": {"description": "ok"}}}}
        },
        "components": {"schemas": {"Kind": {"type": "string", "enum": ["a", "b"]}}},
    }


def test_inline_enumeration_names_that_clash_fail_the_build() -> None:
    build_model(_tiny(Kind={"type": "string", "enum": ["c", "d"]}))  # named GoKind: no clash
    clash = _tiny(Kind={"type": "string", "enum": ["c", "d"]})
    clash["components"]["schemas"]["GoKind"] = {"type": "string", "enum": ["e", "f"]}
    with pytest.raises(SpecError, match="GoKind"):
        build_model(clash)
    members = _tiny(Mode={"type": "string", "enum": ["full-text", "full_text"]})
    with pytest.raises(SpecError, match="share the name"):
        build_model(members)


def test_compile_document_exposes_the_inputs() -> None:
    doc = _tiny(
        Flag={"type": "string", "enum": ["False", "True"]},
        Body={"type": "string", "contentMediaType": "application/json", "contentSchema": {"type": "object"}},
    )
    compiled = compile_document(copy.deepcopy(doc))
    flag = compiled.inputs.INPUTS["Go"].parameters["Flag"]
    body = compiled.inputs.INPUTS["Go"].parameters["Body"]
    assert flag.wire_boolean == ("True", "False")
    assert body.json_string and body.content_schema == {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "type": "object",
    }
    assert "contentSchema" not in body.schema
    assert compiled.enums.GoFlag.TRUE == "True"


def _run(script: str) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script)], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_import_loads_no_validator_and_calls_read_no_document() -> None:
    result = _run(
        """
        import json, sys
        import httpx
        import alibaba_ice
        from alibaba_ice import Credentials, IceSearch, IceValidationError

        def loaded():
            names = ("jsonschema", "jsonschema_rs", "referencing", "yaml", "ice_spec._document")
            return sorted(n for n in names if n in sys.modules)

        at_import = loaded()
        answer = httpx.MockTransport(lambda r: httpx.Response(200, json={"RequestId": "r", "Total": 0}))
        with IceSearch(endpoint="http://ice.test", credentials=Credentials("k", "s"), transport=answer) as ice:
            ice.call("ListSearchLib", page_size=5)
            after_valid = loaded()
            try:
                ice.call("ListSearchLib", page_size=500)
            except IceValidationError as exc:
                refused = [exc.field, exc.rule]
        print(json.dumps({"import": at_import, "valid": after_valid, "refused": refused, "after": loaded()}))
        """
    )
    assert result["import"] == []
    assert result["valid"] == ["jsonschema_rs"]  # the fast path alone accepts a valid value
    assert result["refused"] == ["PageSize", "500 is greater than the maximum of 50"]
    assert "jsonschema" in result["after"] and "ice_spec._document" not in result["after"]
