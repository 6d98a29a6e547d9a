"""The validation fast path (``_fastpath``) agrees with openapi-core on every request.

A differential property test, per operation of the compiled model: requests
are generated from the operation's input schema (``Operation.input_schema``)
and parameters (style, explode), half of them valid and half broken in one
place (a parameter that breaks its schema or fails its cast, a required one
left out, a repeated or empty value, a body field replaced by arbitrary JSON,
an unknown field, arbitrary JSON or bytes as the body, another content type).
For each, what the emulator's validator answers (``validate_request``: the
fast path, else openapi-core) must be exactly what openapi-core alone answers:
the same parameters and body (key order included), or the same 10001 message.
Every operation must also have had requests answered by the fast path, so the
property is never vacuous. Examples per operation: half the profile's
``max_examples`` (50 under ``make test``, 500 under ``make test-thorough``).
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Mapping
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import mi_spec
from media_intelligence_emulator._errors import ApiError
from media_intelligence_emulator._spec import SpecIndex
from media_intelligence_emulator._validation import RequestValidator, SpecRequest, ValidatedRequest

SPEC = mi_spec.document()
VALIDATOR = RequestValidator(SpecIndex())
OPERATIONS = mi_spec.OPERATIONS
#: examples per operation of the differential test
EXAMPLES = max(20, settings.default.max_examples // 2)


def _resolve(node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = SPEC
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=8,
)
TEXT = st.one_of(st.text(max_size=12), st.from_regex(r"[a-z0-9-]{1,12}", fullmatch=True), st.just(""))


def _schema_strategy(schema: Any, defs: Mapping[str, Any], depth: int = 0) -> st.SearchStrategy[Any]:
    """Values valid for ``schema`` (a node of an input schema; ``$ref``\\s into ``defs``), mostly.

    Keywords this generator does not honour (``not``, ``uniqueItems``...) make a few values invalid: the
    property holds for any request, valid or not.
    """
    while isinstance(schema, Mapping) and "$ref" in schema:
        schema = defs[str(schema["$ref"]).rsplit("/", 1)[-1]]
    if not isinstance(schema, Mapping) or depth > 6:
        return JSON
    if "const" in schema:
        return st.just(schema["const"])
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    base = {k: v for k, v in schema.items() if k not in ("oneOf", "anyOf", "allOf", "not")}
    for sub in schema.get("allOf", []):
        base = _merge(base, _deref(sub, defs))
    branches = [_deref(b, defs) for key in ("oneOf", "anyOf") for b in schema.get(key, [])]
    if branches:
        return st.one_of(*(_schema_strategy(_merge(base, b), defs, depth + 1) for b in branches))
    kind = base.get("type")
    if isinstance(kind, list):
        return st.one_of(*(_schema_strategy({**base, "type": k}, defs, depth + 1) for k in kind))
    if kind is None:
        kind = "object" if "properties" in base else "array" if "items" in base else None
    if kind == "object":
        props = {k: _schema_strategy(v, defs, depth + 1) for k, v in (base.get("properties") or {}).items()}
        required = [k for k in base.get("required", []) if k in props]
        return st.fixed_dictionaries(
            {k: props[k] for k in required}, optional={k: v for k, v in props.items() if k not in required}
        )
    if kind == "array":
        items = _schema_strategy(base.get("items", {}), defs, depth + 1)
        low = base.get("minItems", 0)
        return st.lists(items, min_size=low, max_size=max(low, min(base.get("maxItems", 3), 3)))
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


def _deref(node: Any, defs: Mapping[str, Any]) -> Any:
    while isinstance(node, Mapping) and "$ref" in node:
        node = defs[str(node["$ref"]).rsplit("/", 1)[-1]]
    return node


def _merge(base: Mapping[str, Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    merged = {**base, **{k: v for k, v in extra.items() if k not in ("properties", "required")}}
    merged["properties"] = {**(base.get("properties") or {}), **(extra.get("properties") or {})}
    merged["required"] = [*base.get("required", []), *extra.get("required", [])]
    if not merged["properties"]:
        del merged["properties"]
    return merged


def _as_query(value: Any) -> str:
    if isinstance(value, list):
        return ",".join(_as_query(v) for v in value)
    if isinstance(value, bool):
        return str(value).lower()
    return str(value)


@st.composite
def _corrupted(draw: st.DrawFn, value: Any) -> Any:
    """``value`` with one place broken: a nested value replaced by arbitrary JSON, or an unknown field added."""
    if isinstance(value, dict) and value and draw(st.booleans()):
        key = draw(st.sampled_from(sorted(value)))
        return {**value, key: draw(_corrupted(value[key]))}
    if isinstance(value, list) and value and draw(st.booleans()):
        index = draw(st.integers(0, len(value) - 1))
        return [*value[:index], draw(_corrupted(value[index])), *value[index + 1 :]]
    if isinstance(value, dict) and draw(st.booleans()):
        return {**value, draw(st.text(min_size=1, max_size=6)): draw(JSON)}
    return draw(JSON)


@functools.cache
def _strategies(operation_id: str) -> tuple[dict[str, st.SearchStrategy[Any]], st.SearchStrategy[Any] | None]:
    """The value strategies of an operation's parameters (by name) and body (None: no body), built once."""
    schema = OPERATIONS[operation_id].input_schema
    defs = schema.get("$defs") or {}
    sections = schema["properties"]
    params = {
        name: _schema_strategy(sub, defs)
        for location in ("path", "query")
        for name, sub in sections[location]["properties"].items()
    }
    return params, _schema_strategy(sections["body"], defs) if "body" in sections else None


BROKEN = ("param", "missing", "repeat", "empty", "body", "json", "bytes", "none", "content-type")


@st.composite
def _requests(draw: st.DrawFn, op: mi_spec.Operation) -> tuple[bool, dict[str, str], list[tuple[str, str]], Any]:
    """(valid?, path parameters, query pairs, (body, content type)) of one request of ``op``."""
    typed_params, body_values = _strategies(op.operation_id)
    valid = draw(st.booleans())
    broken = None if valid else draw(st.sampled_from(BROKEN))
    params = [p for p in op.parameters if p.location in ("path", "query")]
    target = draw(st.sampled_from(params)) if params and broken in ("param", "missing", "repeat", "empty") else None
    path_params: dict[str, str] = {}
    query: list[tuple[str, str]] = []
    for param in params:
        if param is target and broken == "missing":
            continue
        value = draw(typed_params[param.name])
        if param.location == "path":
            path_params[param.name] = draw(TEXT) if param is target and broken == "param" else _as_query(value)
            continue
        if param is not target and not param.required and draw(st.booleans()):
            continue  # an optional parameter left out
        if param.is_array and param.explode and isinstance(value, list):
            pairs = [(param.name, _as_query(v)) for v in value]
        else:
            pairs = [(param.name, _as_query(value))]
        if param is target:
            if broken == "param":
                pairs = [(param.name, draw(TEXT))]
            elif broken == "repeat":
                pairs = [*pairs, (param.name, draw(TEXT))]
            elif broken == "empty":
                pairs = [(param.name, "")]
        query.extend(pairs)
    if draw(st.integers(0, 4)) == 0:
        query.append((draw(st.from_regex(r"[a-z]{1,8}", fullmatch=True)), draw(TEXT)))  # an unknown parameter
    body: bytes | None = None
    content_type: str | None = draw(st.sampled_from([None, "application/json", "application/json; charset=utf-8"]))
    if body_values is not None:
        value = draw(body_values)
        if broken == "body":
            value = draw(_corrupted(value))
        elif broken == "json":
            value = draw(JSON)
        body = json.dumps(value).encode()
        if broken == "bytes":
            body = draw(st.binary(max_size=16))
        elif broken == "none":
            body = None
    if broken == "content-type":
        content_type = draw(st.sampled_from(["text/plain", "application/xml", "multipart/form-data"]))
    return valid, path_params, query, (body, content_type)


def _outcome(call: Callable[[], ValidatedRequest]) -> tuple[str, ...]:
    """What a validation answers: the request as handlers see it (key order kept), or the 10001 message."""
    try:
        result = call()
    except ApiError as exc:
        return ("error", exc.code, str(exc.detail))
    return ("ok", json.dumps([result.path, result.query, result.body], default=repr))


def _example(node: dict[str, Any]) -> Any:
    if "example" in node:
        return node["example"]
    examples = node.get("examples")
    if isinstance(examples, dict):
        return _resolve(next(iter(examples.values())))["value"]
    if isinstance(examples, list):
        return examples[0]
    return node["default"]


Request = tuple[bool, dict[str, str], list[tuple[str, str]], tuple[bytes | None, str | None]]


def _example_request(operation_id: str) -> Request:
    """The request made of the spec's examples of the operation's parameters and body."""
    op = OPERATIONS[operation_id]
    raw = SPEC["paths"][op.path][op.method.lower()]
    item = SPEC["paths"][op.path]
    path_params: dict[str, str] = {}
    query: list[tuple[str, str]] = []
    for param in [_resolve(p) for p in [*raw.get("parameters", []), *item.get("parameters", [])]]:
        schema = _resolve(param["schema"])
        value = _as_query(_example(param) if "example" in param or "examples" in param else _example(schema))
        if param["in"] == "path":
            path_params[param["name"]] = value
        else:
            query.append((param["name"], value))
    body = None
    if "requestBody" in raw:
        body = json.dumps(_example(_resolve(raw["requestBody"])["content"]["application/json"])).encode()
    return True, path_params, query, (body, "application/json")


def _url(op: mi_spec.Operation, path_params: Mapping[str, str]) -> str:
    url = op.path
    for name, value in path_params.items():
        url = url.replace("{" + name + "}", value)
    return url


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_fast_path_agrees_with_openapi_core(operation_id: str) -> None:
    op = OPERATIONS[operation_id]
    answered = {True: 0, False: 0}  # requests the fast path answered, by validity of their generation

    @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    @example(_example_request(operation_id))
    @given(_requests(op))
    def check(request: Request) -> None:
        valid, path_params, query, (body, content_type) = request
        url = _url(op, path_params)
        reference = _outcome(lambda: VALIDATOR.validate(SpecRequest(op.method, url, query, {}, body, content_type)))
        served = _outcome(
            lambda: VALIDATOR.validate_request(operation_id, op.method, url, path_params, query, {}, body, content_type)
        )
        assert served == reference, request
        if VALIDATOR.fast.validate(operation_id, path_params, query, body, content_type) is not None:
            answered[valid] += 1
            assert reference[0] == "ok", f"the fast path accepted what openapi-core refuses: {reference}"

    check()
    assert answered[True] > 0, "no valid request was answered by the fast path"


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_fast_path_answers_the_spec_examples(operation_id: str) -> None:
    op = OPERATIONS[operation_id]
    _, path_params, query, (body, content_type) = _example_request(operation_id)
    fast = VALIDATOR.fast.validate(operation_id, path_params, query, body, content_type)
    assert fast is not None, (path_params, query, body)
    expected = VALIDATOR.validate(SpecRequest(op.method, _url(op, path_params), query, {}, body, content_type))
    assert json.dumps([fast.path, fast.query, fast.body]) == json.dumps([expected.path, expected.query, expected.body])


def test_every_operation_has_a_fast_path() -> None:
    slow = [oid for oid in OPERATIONS if VALIDATOR.fast._compile(oid) is None]
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
