"""Validation before the wire: field paths, rules, all violations, nothing sent."""

from __future__ import annotations

import copy
from typing import Any

import httpx
import pytest

import mi_spec
from media_intelligence import Credentials, RequestValidationError, Violation
from media_intelligence._validation import _accelerator
from media_intelligence.core import RequestValidator, SyncAPIClient
from tools.compile_spec import compile_document

WS = {"name": "workspace_name", "in": "path", "required": True, "schema": {"$ref": "#/components/schemas/WsName"}}

FRAGMENT: dict[str, Any] = {
    "openapi": "3.1.0",
    "paths": {
        "/api/v1/workspaces/{workspace_name}/projects": {
            "parameters": [{"$ref": "#/components/parameters/WorkspaceName"}],
            "get": {
                "operationId": "listProjects",
                "parameters": [
                    {"name": "pageNum", "in": "query", "required": True, "schema": {"type": "integer", "minimum": 1}},
                    {
                        "name": "pageSize",
                        "in": "query",
                        "schema": {"type": "integer", "minimum": 1, "maximum": 100, "description": "x"},
                    },
                    {"name": "sort", "in": "query", "schema": {"enum": ["asc", "desc"]}},
                    {"name": "x-trace", "in": "header", "required": True, "schema": {"type": "string"}},
                ],
            },
            "post": {
                "operationId": "createProject",
                "requestBody": {"$ref": "#/components/requestBodies/CreateProject"},
            },
        },
        "/api/v1/search": {
            "post": {
                "operationId": "search",
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Search"}}},
                },
            }
        },
        "/api/v1/trees": {
            "post": {
                "operationId": "createTree",
                "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Tree"}}}},
            }
        },
        "/api/v1/ping": {"get": {"operationId": "ping"}},
    },
    "components": {
        "parameters": {"WorkspaceName": WS},
        "requestBodies": {
            "CreateProject": {
                "required": True,
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CreateProjectRequest"}}},
            }
        },
        "schemas": {
            "WsName": {"type": "string", "minLength": 3, "maxLength": 63, "pattern": "^[a-z0-9-]{3,63}$"},
            "ProjectName": {"type": "string", "minLength": 1, "maxLength": 100, "pattern": "^[^;|`]*$"},
            "CreateProjectRequest": {
                "type": "object",
                "additionalProperties": False,
                "required": ["name"],
                "properties": {
                    "name": {"$ref": "#/components/schemas/ProjectName", "description": "sibling annotation"},
                    "description": {"type": "string", "maxLength": 5},
                },
            },
            "Search": {
                "type": "object",
                "properties": {
                    "textQuery": {"type": ["string", "null"]},
                    "imageQuery": {"type": ["string", "null"]},
                    "projectIds": {"type": "array", "items": {"type": "integer"}},
                    "assetIds": {"type": "array", "items": {"type": "integer"}},
                    "personIds": {"type": "array", "maxItems": 100, "items": {"type": "integer"}},
                },
                "oneOf": [{"required": ["textQuery"]}, {"required": ["imageQuery"]}],
                "not": {"required": ["projectIds", "assetIds"]},
            },
            "Tree": {
                "type": "object",
                "properties": {
                    "name": {"type": "string", "maxLength": 3},
                    "children": {"type": "array", "items": {"$ref": "#/components/schemas/Tree"}},
                },
            },
        },
    },
}

COMPILED = compile_document(FRAGMENT)


@pytest.fixture(params=[False, True], ids=["pure-python", "accelerated"])
def validator(request: pytest.FixtureRequest) -> RequestValidator:
    # jsonschema-rs is a runtime dependency: the accelerated path must be there.
    assert _accelerator() is not None or not request.param, "jsonschema-rs (a declared dependency) does not import"
    return RequestValidator(compile_document(copy.deepcopy(FRAGMENT)), accelerate=request.param)


def _errors(v: RequestValidator, *args: Any) -> RequestValidationError:
    with pytest.raises(RequestValidationError) as info:
        v.validate(*args)
    return info.value


def test_valid_inputs_pass(validator: RequestValidator) -> None:
    validator.validate("createProject", {"workspace_name": "my-ws"}, None, {"name": "news-2026"})
    validator.validate("listProjects", {"workspace_name": "my-ws"}, {"pageNum": 1, "pageSize": 100, "sort": None})
    validator.validate("search", {}, {}, {"textQuery": "cat", "projectIds": (1, 2)})
    validator.validate("createTree", {}, {}, {"name": "a", "children": [{"name": "b", "children": []}]})
    validator.validate("createTree", {}, {}, None)  # body not required
    validator.validate("ping")


def test_body_rules_name_field_and_rule(validator: RequestValidator) -> None:
    err = _errors(validator, "createProject", {"workspace_name": "my-ws"}, None, {"name": "x" * 101})
    assert (err.field, err.rule, err.operation_id) == ("body.name", "maxLength 100", "createProject")
    assert "body.name violates maxLength 100" in str(err)

    err = _errors(validator, "createProject", {"workspace_name": "my-ws"}, None, {"name": "a;b"})
    assert (err.field, err.rule) == ("body.name", "pattern ^[^;|`]*$")


def test_all_violations_are_listed(validator: RequestValidator) -> None:
    err = _errors(
        validator,
        "createProject",
        {"workspace_name": "MY"},
        None,
        {"name": "", "description": "too long", "extra": 1},
    )
    found = {(v.field, v.rule) for v in err.errors}
    assert found == {
        ("path.workspace_name", "minLength 3"),
        ("path.workspace_name", "pattern ^[a-z0-9-]{3,63}$"),
        ("body.name", "minLength 1"),
        ("body.description", "maxLength 5"),
        ("body.extra", "additionalProperties false"),
    }
    for violation in err.errors:
        assert str(violation) in str(err)


def test_required_params_and_body(validator: RequestValidator) -> None:
    err = _errors(validator, "createProject", {}, None, None)
    assert {(v.field, v.rule) for v in err.errors} == {("path.workspace_name", "required"), ("body", "required")}
    err = _errors(validator, "listProjects", {"workspace_name": "my-ws"}, {"pageSize": 0})
    assert {(v.field, v.rule) for v in err.errors} == {("query.pageNum", "required"), ("query.pageSize", "minimum 1")}


def test_query_enum_and_type(validator: RequestValidator) -> None:
    err = _errors(validator, "listProjects", {"workspace_name": "my-ws"}, {"pageNum": "1", "sort": "up"})
    rules = {v.field: v.rule for v in err.errors}
    assert rules == {"query.pageNum": "type integer", "query.sort": 'enum ["asc", "desc"]'}


def test_either_or_rules(validator: RequestValidator) -> None:
    err = _errors(validator, "search", {}, {}, {"textQuery": "a", "imageQuery": "k"})
    assert err.field == "body"
    assert err.rule == "oneOf: exactly one of textQuery, imageQuery"
    assert "given together" in str(err)
    err = _errors(validator, "search", {}, {}, {"projectIds": [1]})
    assert err.rule == "oneOf: exactly one of textQuery, imageQuery" and "none given" in str(err)
    err = _errors(validator, "search", {}, {}, {"textQuery": "a", "projectIds": [1], "assetIds": [2]})
    assert (err.field, err.rule) == ("body", "not: projectIds and assetIds are mutually exclusive")


def test_array_items_and_max_items(validator: RequestValidator) -> None:
    err = _errors(validator, "search", {}, {}, {"textQuery": "a", "personIds": list(range(101))})
    assert (err.field, err.rule) == ("body.personIds", "maxItems 100")
    err = _errors(validator, "search", {}, {}, {"textQuery": "a", "projectIds": [1, "2"]})
    assert (err.field, err.rule) == ("body.projectIds[1]", "type integer")


def test_recursive_schema(validator: RequestValidator) -> None:
    err = _errors(validator, "createTree", {}, {}, {"children": [{"children": [{"name": "long"}]}]})
    assert err.field == "body.children[0].children[0].name"
    assert err.rule == "maxLength 3"


def test_snake_case_names_none_and_models(validator: RequestValidator) -> None:
    class Model:
        def to_dict(self) -> dict[str, Any]:
            return {"name": "y" * 200}

    validator.validate("listProjects", {"workspace_name": "my-ws"}, {"page_num": 2, "page_size": None})
    err = _errors(validator, "listProjects", {"workspace_name": "my-ws"}, {"page_num": 0})
    assert err.field == "query.pageNum"
    err = _errors(validator, "createProject", {"workspace_name": "my-ws"}, None, Model())
    assert err.field == "body.name"


def test_header_params_and_unknown_keys_are_ignored(validator: RequestValidator) -> None:
    validator.validate("listProjects", {"workspace_name": "my-ws"}, {"pageNum": 1, "unknown": object()})


def test_disabled_and_unknown_operation() -> None:
    v = RequestValidator(COMPILED, enabled=False)
    v.validate("createProject", {}, None, {"name": "x" * 500})
    with pytest.raises(KeyError):
        RequestValidator(COMPILED).validate("nope")
    assert (
        RequestValidator(COMPILED).violations("createProject", {"workspace_name": "my-ws"}, None, {"name": "a"}) == []
    )
    assert RequestValidator(COMPILED).violations("createProject", {"workspace_name": "my-ws"}, None, {}) == [
        Violation("body.name", "required", "missing")
    ]


def test_violations_shows_the_parameters_of_validate() -> None:
    import inspect

    shown = inspect.signature(RequestValidator.violations)
    assert list(shown.parameters) == list(inspect.signature(RequestValidator.validate).parameters)
    assert shown.return_annotation == "list[Violation]"
    assert RequestValidator.violations.__name__ == "violations" and "returns the violations" in (
        RequestValidator.violations.__doc__ or ""
    )


def test_long_values_are_clipped_in_messages(validator: RequestValidator) -> None:
    err = _errors(validator, "createProject", {"workspace_name": "my-ws"}, None, {"name": "x" * 5000 + ";"})
    assert {v.rule for v in err.errors} == {"maxLength 100", "pattern ^[^;|`]*$"}
    assert len(str(err)) < 600


# --------------------------------------------------------------------------- #
# against the real spec


def test_real_spec_documented_rules() -> None:
    v = RequestValidator(mi_spec)
    err = _errors(v, "createProject", {"workspace_name": "my-workspace"}, None, {"name": "x" * 101})
    assert (err.field, err.rule) == ("body.name", "maxLength 100")
    err = _errors(v, "createProject", {"workspace_name": "my-workspace"}, None, {"name": "a|b"})
    assert err.rule.startswith("pattern ")
    body = {"query": {"textQuery": "dark alley", "imageQuery": "key"}, "filter": {"projectIds": [1]}}
    err = _errors(v, "searchAssets", {"workspace_name": "my-workspace"}, None, body)
    assert (err.field, err.rule) == ("body.query", "oneOf: exactly one of textQuery, imageQuery")
    body = {"query": {"textQuery": "dark alley"}, "filter": {"projectIds": [1], "assetIds": [2]}}
    err = _errors(v, "searchAssets", {"workspace_name": "my-workspace"}, None, body)
    assert (err.field, err.rule) == ("body.filter", "oneOf: exactly one of projectIds, assetIds")
    err = _errors(v, "listWorkspaces", {}, {"pageNum": 1, "pageSize": 5000})
    assert (err.field, err.rule) == ("query.pageSize", "maximum 1000")
    v.validate("getProject", {"workspace_name": "my-workspace", "project_id": "1234"})


def test_every_real_operation_compiles() -> None:
    v = RequestValidator(mi_spec)
    for operation_id in mi_spec.OPERATIONS:
        v._compile(operation_id)


def test_nothing_reaches_the_transport(monkeypatch: pytest.MonkeyPatch) -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"code": "0"})

    http = httpx.Client(transport=httpx.MockTransport(handler), base_url="https://mi.apigw.ntruss.com")
    client = SyncAPIClient(credentials=Credentials("AK", "SK"), http_client=http, spec=mi_spec)
    called: list[bool] = []

    def fn() -> Any:
        called.append(True)
        return http.post("/api/v1/workspaces/my-workspace/projects", json={"name": "x" * 101})

    with pytest.raises(RequestValidationError) as info:
        client.call("createProject", fn, path_params={"workspace_name": "my-workspace"}, body={"name": "x" * 101})
    assert info.value.field == "body.name"
    assert called == [] and sent == []
    # validation can be switched off per client copy
    with pytest.raises(Exception):  # noqa: B017 - the fake fn returns a plain httpx.Response
        client.with_options(validate_requests=False).call(
            "createProject", fn, path_params={"workspace_name": "my-workspace"}, body={"name": "x" * 101}
        )
    assert called == [True]


def test_the_accelerator_is_used_by_default() -> None:
    # The default validator compiles jsonschema-rs validators (the fast path users get with a plain install).
    v = RequestValidator(compile_document(copy.deepcopy(FRAGMENT)))
    assert v.accelerate is True
    v.validate("createProject", {"workspace_name": "my-ws"}, None, {"name": "news-2026"})
    assert v._compiled["createProject"].fast is not None


def test_valid_inputs_never_import_jsonschema_only_a_rejected_one_does() -> None:
    import json
    import subprocess
    import sys
    import textwrap

    script = textwrap.dedent(
        """
        import json, sys
        import mi_spec
        from media_intelligence import RequestValidationError
        from media_intelligence.core import RequestValidator

        validator = RequestValidator(mi_spec)
        validator.validate("createProject", {"workspace_name": "my-ws"}, None, {"name": "news-2026"})
        seen = {"valid": "jsonschema" in sys.modules}
        try:
            validator.validate("createProject", {"workspace_name": "my-ws"}, None, {"name": ""})
        except RequestValidationError as exc:
            seen["rejected"] = [v.field for v in exc.errors]
        seen["after rejection"] = "jsonschema" in sys.modules
        print(json.dumps(seen))
        """
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen == {"valid": False, "rejected": ["body.name"], "after rejection": True}
