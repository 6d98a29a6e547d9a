"""The validation fast path (``_fastpath``) agrees with openapi-core on every request it answers.

For every operation of the spec, requests are generated - parameters and
bodies drawn from their schemas (valid ones) mixed with arbitrary strings,
repeated and empty values, unknown names, arbitrary JSON and other content
types - and whenever the fast path answers, openapi-core must accept the same
request and give the same parameters and body (key order included).
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import mi_spec
from media_intelligence_emulator._errors import ApiError
from media_intelligence_emulator._spec import SpecIndex
from media_intelligence_emulator._validation import RequestValidator, SpecRequest

SPEC = mi_spec.document()
VALIDATOR = RequestValidator(SpecIndex())


def _resolve(node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = SPEC
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def _operations() -> list[tuple[str, str, str, dict[str, Any]]]:
    out = []
    for path, item in SPEC["paths"].items():
        for method, op in item.items():
            if isinstance(op, dict) and op.get("operationId"):
                out.append((op["operationId"], method.upper(), path, op))
    return out


def _schema_strategy(schema: Any, depth: int = 0) -> st.SearchStrategy[Any]:
    """Values that are mostly valid for ``schema`` (a plain generator: the property holds for any value)."""
    schema = _resolve(schema)
    if not isinstance(schema, dict) or depth > 6:
        return JSON
    if "const" in schema:
        return st.just(schema["const"])
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    base = {k: v for k, v in schema.items() if k not in ("oneOf", "anyOf", "allOf", "not")}
    for sub in schema.get("allOf", []):
        base = _merge(base, _resolve(sub))
    branches = [_resolve(b) for key in ("oneOf", "anyOf") for b in schema.get(key, [])]
    if branches:
        return st.one_of(*(_schema_strategy(_merge(base, b), depth + 1) for b in branches))
    kind = base.get("type")
    if isinstance(kind, list):
        return st.one_of(*(_schema_strategy({**base, "type": k}, depth + 1) for k in kind))
    if kind is None:
        kind = "object" if "properties" in base else "array" if "items" in base else None
    if kind == "object":
        props = {k: _schema_strategy(v, depth + 1) for k, v in (base.get("properties") or {}).items()}
        required = [k for k in base.get("required", []) if k in props]
        return st.fixed_dictionaries(
            {k: props[k] for k in required}, optional={k: v for k, v in props.items() if k not in required}
        )
    if kind == "array":
        items = _schema_strategy(base.get("items", {}), depth + 1)
        return st.lists(items, min_size=base.get("minItems", 0), max_size=min(base.get("maxItems", 3), 3))
    if kind == "string":
        low, high = base.get("minLength", 0), base.get("maxLength", 24)
        if "pattern" in base:
            text = st.from_regex(base["pattern"])
        else:
            text = st.one_of(st.text(max_size=high), st.from_regex(r"[A-Za-z0-9._~-]+", fullmatch=True))
        return text.filter(lambda t: low <= len(t) <= high)
    if kind == "integer":
        return st.integers(base.get("minimum"), base.get("maximum"))
    if kind == "number":
        return st.floats(base.get("minimum"), base.get("maximum"), allow_nan=False)
    if kind == "boolean":
        return st.booleans()
    if kind == "null":
        return st.none()
    return JSON


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    merged = {**base, **{k: v for k, v in extra.items() if k not in ("properties", "required")}}
    merged["properties"] = {**(base.get("properties") or {}), **(extra.get("properties") or {})}
    merged["required"] = [*base.get("required", []), *extra.get("required", [])]
    if not merged["properties"]:
        del merged["properties"]
    return merged


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=8,
)
TEXT = st.one_of(st.text(max_size=12), st.from_regex(r"[a-z0-9-]{1,12}", fullmatch=True), st.just(""))


def _as_query(value: Any) -> str:
    if isinstance(value, list):
        return ",".join(_as_query(v) for v in value)
    if isinstance(value, bool):
        return str(value).lower()
    return str(value)


@st.composite
def _requests(draw: st.DrawFn, op: dict[str, Any], item: dict[str, Any]) -> tuple[Any, ...]:
    params = [_resolve(p) for p in [*op.get("parameters", []), *item.get("parameters", [])]]
    path_params: dict[str, str] = {}
    query: list[tuple[str, str]] = []
    for param in params:
        typed = _schema_strategy(param.get("schema", {})).map(_as_query)
        if param["in"] == "path":
            path_params[param["name"]] = draw(st.sampled_from([typed, typed, typed, TEXT]).flatmap(lambda s: s))
        elif param["in"] == "query":
            for _ in range(draw(st.sampled_from([0, 1, 1, 1, 1, 1, 2]))):
                query.append((param["name"], draw(st.sampled_from([typed, typed, typed, TEXT]).flatmap(lambda s: s))))
    if draw(st.integers(0, 3)) == 0:
        query.append((draw(TEXT), draw(TEXT)))
    body: bytes | None = None
    request_body = _resolve(op.get("requestBody"))
    if request_body:
        schema = request_body["content"]["application/json"].get("schema", {})
        choice = draw(st.sampled_from(["valid", "valid", "valid", "json", "none", "bytes"]))
        if choice == "valid":
            body = json.dumps(draw(_schema_strategy(schema) | JSON)).encode()
        elif choice == "json":
            body = json.dumps(draw(JSON)).encode()
        elif choice == "bytes":
            body = draw(st.binary(max_size=16))
    content_type = draw(
        st.sampled_from([None, "application/json", "application/json", "application/json; charset=utf-8", "text/plain"])
    )
    return path_params, query, body, content_type


@pytest.mark.parametrize(("operation_id", "method", "path", "op"), _operations(), ids=lambda v: str(v)[:40])
def test_fast_path_agrees_with_openapi_core(operation_id: str, method: str, path: str, op: dict[str, Any]) -> None:
    item = SPEC["paths"][path]

    @settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
    @given(_requests(op, item))
    def check(request: tuple[Any, ...]) -> None:
        path_params, query, body, content_type = request
        fast = VALIDATOR.fast.validate(operation_id, path_params, query, body, content_type)
        if fast is None:
            return
        url = path
        for name, value in path_params.items():
            url = url.replace("{" + name + "}", value)
        try:
            expected = VALIDATOR.validate(SpecRequest(method, url, query, {}, body, content_type))
        except ApiError as exc:
            pytest.fail(f"the fast path accepted what openapi-core refuses ({exc.detail}): {request}")
        assert (fast.path, fast.query, fast.body) == (expected.path, expected.query, expected.body), request
        assert json.dumps([fast.query, fast.body]) == json.dumps([expected.query, expected.body]), "key order"

    check()


def _example(node: dict[str, Any]) -> Any:
    if "example" in node:
        return node["example"]
    examples = node.get("examples")
    if isinstance(examples, dict):
        return _resolve(next(iter(examples.values())))["value"]
    if isinstance(examples, list):
        return examples[0]
    return node["default"]


@pytest.mark.parametrize(("operation_id", "method", "path", "op"), _operations(), ids=lambda v: str(v)[:40])
def test_fast_path_answers_the_spec_examples(operation_id: str, method: str, path: str, op: dict[str, Any]) -> None:
    item = SPEC["paths"][path]
    path_params: dict[str, str] = {}
    query: list[tuple[str, str]] = []
    for param in [_resolve(p) for p in [*op.get("parameters", []), *item.get("parameters", [])]]:
        schema = _resolve(param["schema"])
        value = _as_query(_example(param) if "example" in param or "examples" in param else _example(schema))
        if param["in"] == "path":
            path_params[param["name"]] = value
        else:
            query.append((param["name"], value))
    body = None
    if "requestBody" in op:
        body = json.dumps(_example(_resolve(op["requestBody"])["content"]["application/json"])).encode()
    fast = VALIDATOR.fast.validate(operation_id, path_params, query, body, "application/json")
    assert fast is not None, (path_params, query, body)
    url = path
    for name, value in path_params.items():
        url = url.replace("{" + name + "}", value)
    expected = VALIDATOR.validate(SpecRequest(method, url, query, {}, body, "application/json"))
    assert json.dumps([fast.path, fast.query, fast.body]) == json.dumps([expected.path, expected.query, expected.body])


def test_every_operation_has_a_fast_path() -> None:
    slow = [oid for oid, *_ in _operations() if VALIDATOR.fast._compile(oid) is None]
    assert slow == []


def test_fast_path_leaves_unusual_requests_to_openapi_core() -> None:
    fast = VALIDATOR.fast
    workspace = {"workspace_name": "my-ws"}
    assert fast.validate("listWorkspaces", {}, [("pageNum", "1")], None, None) is not None
    assert fast.validate("listWorkspaces", {}, [("pageNum", "x")], None, None) is None  # a failed cast
    assert fast.validate("listWorkspaces", {}, [], None, None) is None  # required
    assert fast.validate("listPersons", workspace, [("pageNum", "1"), ("name", "")], None, None) is None
    body = json.dumps({"workspaceName": "abc"}).encode()
    assert fast.validate("createWorkspace", {}, [], body, "application/json") is not None
    assert fast.validate("createWorkspace", {}, [], body, "text/plain") is None
    assert fast.validate("createWorkspace", {}, [], b"{not json", None) is None
    assert fast.validate("createWorkspace", {}, [], b"null", None) is None
    big = json.dumps({"query": {"textQuery": "dog"}, "filter": {"projectIds": [2**63]}}).encode()
    assert fast.validate("searchAssets", workspace, [], big, None) is None  # int64
    # Python's \\S refuses U+001C, Rust's accepts it: the person name pattern is checked by jsonschema
    person = {"name": "\x1c", "thumbnails": [{"thumbnailKey": "k", "isPrimaryThumbnail": True}]}
    assert fast.validate("createPerson", workspace, [], json.dumps(person).encode(), None) is None


def test_fast_path_applies_defaults_as_openapi_core_does() -> None:
    body = json.dumps({"filter": {"projectIds": [1]}, "query": {"textQuery": "dog"}, "queryOption": {}}).encode()
    fast = VALIDATOR.fast.validate("searchAssets", {"workspace_name": "my-ws"}, [], body, None)
    assert fast is not None
    assert fast.body == {
        "query": {"textQuery": "dog"},
        "queryOption": {"confidenceLevel": "MEDIUM"},
        "filter": {"projectIds": [1]},
    }
    persons = VALIDATOR.fast.validate("listPersons", {"workspace_name": "my-ws"}, [("pageNum", "2")], None, None)
    assert persons is not None and persons.query == {"pageNum": 2, "pageSize": 1000}
