"""Checking an ``httpx.Request`` against openapi.yaml.

`OpenAPIRequest` adapts a request as it left the client (captured by
``httpx.MockTransport``) to openapi-core's request protocol: method, full URL
(``host_url`` + path), the operation's path pattern with the path variables
decoded from the raw URL, the decoded query (repeated keys kept), the
headers and the body bytes with their content type.

`check_request` then asserts, for one operation:

* the raw path matches the operation's template and no other operation's
  (openapi-core's own path finder, without the pattern, must land on it too);
  an operation whose path is told apart by a URI fragment (ICE's ``/#SearchMedia``:
  fragments never go on the wire) must carry its one-value enum header instead
  (``x-acs-action: SearchMedia``);
* openapi-core validates the request: path, query and header parameters,
  the security headers, the body against its media type and schema;
* no query parameter outside the operation's parameters is sent (openapi-core
  ignores unknown ones);
* what was sent decodes back to the inputs the caller asked for (path and
  query values, body JSON), so a client that sends a valid but *different*
  request is caught too;
* the signature verifies against the request exactly as sent (the three NCP
  signature headers by default; a contract passes its own check, ICE's V3).
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import unquote

import httpx
from openapi_core import OpenAPI
from openapi_core.datatypes import RequestParameters
from openapi_core.templating.paths.finders import APICallPathFinder
from werkzeug.datastructures import Headers, ImmutableMultiDict

from media_intelligence.core import sign

from ._spec import Operation, wire
from ._strategies import MISSING, Inputs

SIGNATURE_HEADERS = ("x-ncp-apigw-timestamp", "x-ncp-iam-access-key", "x-ncp-apigw-signature-v2")


class OpenAPIRequest:
    """An ``httpx.Request`` in the shape openapi-core reads (``Request`` + ``SupportsPathPattern``)."""

    def __init__(self, request: httpx.Request, path_pattern: str, path_params: Mapping[str, str]) -> None:
        url = request.url
        self.full_url = str(url)
        self.host_url = f"{url.scheme}://{url.netloc.decode('ascii')}"
        self.raw_path = url.raw_path.split(b"?", 1)[0].decode("ascii")
        self.path = unquote(self.raw_path)
        self.path_pattern = path_pattern
        self.method = request.method.lower()
        self.parameters = RequestParameters(
            path=dict(path_params),
            query=ImmutableMultiDict(list(url.params.multi_items())),
            header=Headers(list(request.headers.multi_items())),
            cookie=ImmutableMultiDict(),
        )
        self.body = request.content or None
        self.content_type = request.headers.get("content-type", "").lower()


_apis: dict[int, tuple[Mapping[str, Any], OpenAPI]] = {}


def api_for(spec: Mapping[str, Any]) -> OpenAPI:
    """openapi-core's ``OpenAPI`` for a spec object (built once per object; specs are not modified in place)."""
    hit = _apis.get(id(spec))
    if hit is None or hit[0] is not spec:
        if len(_apis) > 8:
            _apis.clear()
        hit = _apis[id(spec)] = (spec, OpenAPI.from_dict(dict(spec)))
    return hit[1]


def _template_regex(template: str) -> re.Pattern[str]:
    parts = re.split(r"\{([^}]+)\}", template)
    regex = "".join(re.escape(part) if i % 2 == 0 else f"(?P<{part}>[^/]+)" for i, part in enumerate(parts))
    return re.compile(regex)


def path_variables(template: str, raw_path: str) -> dict[str, str] | None:
    """The decoded path variables of ``raw_path`` under ``template``, or None if it does not match."""
    match = _template_regex(template).fullmatch(raw_path)
    if match is None:
        return None
    return {name: unquote(value) for name, value in match.groupdict().items()}


def _describe(errors: list[Exception]) -> str:
    lines: list[str] = []
    for error in errors:
        lines.append(f"{type(error).__name__}: {error}")
        cause = error.__cause__
        while cause is not None:
            lines.append(f"  caused by {type(cause).__name__}: {cause}")
            for sub in getattr(cause, "schema_errors", None) or []:
                where = "/".join(str(p) for p in getattr(sub, "path", ()))
                lines.append(f"    - at {where or '(root)'}: {getattr(sub, 'message', sub)}")
            cause = cause.__cause__
    return "\n".join(lines)


def _without_defaults(sent: Any, given: Any, schema: Any, *, null_is_absent: bool) -> Any:
    """``sent`` minus object members the caller did not give and that only repeat the schema default."""
    if not (isinstance(sent, dict) and isinstance(given, dict)):
        if isinstance(sent, list) and isinstance(given, list) and len(sent) == len(given):
            item = _items_schema(schema)
            return [
                _without_defaults(s, g, item, null_is_absent=null_is_absent) for s, g in zip(sent, given, strict=True)
            ]
        return sent
    props = _properties(schema)
    out: dict[str, Any] = {}
    for key, value in sent.items():
        defaults = [s["default"] for s in props.get(key, []) if isinstance(s, Mapping) and "default" in s]
        if key not in given and defaults and value == defaults[0]:
            continue
        sub = {"allOf": props.get(key, [])}
        out[key] = _without_defaults(value, given.get(key), sub, null_is_absent=null_is_absent)
    return out


def _properties(schema: Any) -> dict[str, list[Any]]:
    found: dict[str, list[Any]] = {}
    if not isinstance(schema, Mapping):
        return found
    for name, sub in (schema.get("properties") or {}).items():
        found.setdefault(name, []).append(sub)
    for key in ("allOf", "anyOf", "oneOf"):
        for part in schema.get(key) or []:
            for name, subs in _properties(part).items():
                found.setdefault(name, []).extend(subs)
    return found


def _items_schema(schema: Any) -> Any:
    if not isinstance(schema, Mapping):
        return {}
    if "items" in schema:
        return schema["items"]
    for key in ("allOf", "anyOf", "oneOf"):
        for part in schema.get(key) or []:
            found = _items_schema(part)
            if found:
                return found
    return {}


def drop_nulls(value: Any) -> Any:
    """Nulls and empty objects left out (what a client may omit when it has no argument for them)."""
    if isinstance(value, dict):
        kept = {k: drop_nulls(v) for k, v in value.items() if v is not None}
        return {k: v for k, v in kept.items() if v != {}}
    if isinstance(value, list):
        return [drop_nulls(v) for v in value]
    return value


def check_request(
    spec: Mapping[str, Any],
    op: Operation,
    request: httpx.Request,
    inputs: Inputs,
    *,
    access_key: str | None = None,
    secret_key: str | None = None,
    signature: Callable[[httpx.Request], None] | None = None,
    null_is_absent: bool = False,
) -> None:
    """Assert that ``request`` is a valid, faithful, signed call of ``op`` with ``inputs``.

    ``signature`` checks the request's signature; without it, the NCP signature with ``access_key``/``secret_key``.
    """
    where = f"{op.operation_id}: {request.method} {request.url}"
    # method and path
    assert request.method == op.method, f"{where}: method {request.method}, the spec says {op.method}"
    adapted_path = request.url.raw_path.split(b"?", 1)[0].decode("ascii")
    template, _, fragment = op.path.partition("#")
    variables = path_variables(template, adapted_path)
    assert variables is not None, f"{where}: the path does not match the template {op.path}"
    request_adapter = OpenAPIRequest(request, op.path, variables)
    api = api_for(spec)
    if fragment:
        _check_discriminators(op, request, where)
    else:
        found = APICallPathFinder(api.spec, base_url=None).find(
            request_adapter.method, request_adapter.host_url + request_adapter.raw_path
        )
        assert found.path_result.pattern == op.path, (
            f"{where}: openapi-core routes this URL to {found.path_result.pattern}, not {op.path}"
        )

    # openapi-core: parameters, security headers, body
    try:
        api.validate_request(request_adapter)
    except Exception as exc:  # openapi-core's OpenAPIError family
        raise AssertionError(f"{where}: openapi-core rejects the request:\n{_describe([exc])}") from None

    # nothing outside the spec's parameters
    known_query = {p.name for p in op.params_in("query")}
    sent_query = request.url.params
    unknown = sorted(set(sent_query.keys()) - known_query)
    assert not unknown, f"{where}: query parameters not in the spec: {unknown}"

    # faithful: the inputs come back out
    expected_path = {k: wire(v) for k, v in inputs.path.items()}
    assert variables == expected_path, f"{where}: path variables {variables}, asked for {expected_path}"
    params = {p.name: p for p in op.params_in("query")}
    for name in known_query:
        sent = sent_query.get_list(name)
        value = inputs.query.get(name, MISSING)
        if value is MISSING or (null_is_absent and value is None):
            schema = params[name].schema if isinstance(params[name].schema, Mapping) else {}
            default = schema.get("default", MISSING)
            allowed = (
                [] if default is MISSING else [wire(v) for v in (default if isinstance(default, list) else [default])]
            )
            assert sent in ([], allowed), f"{where}: query {name}={sent} sent, not given (default: {allowed or 'none'})"
        elif isinstance(value, list):
            if params[name].explode is False and (params[name].style or "form") == "form":
                expected = [",".join(wire(v) for v in value)] if value else []
            else:
                expected = [wire(v) for v in value]
            assert sent == expected, f"{where}: query {name}={sent}, asked for {value} (expected {expected})"
        else:
            assert sent == [wire(value)], f"{where}: query {name}={sent}, asked for {value!r}"
    lenient_empty = null_is_absent and inputs.body is not MISSING and drop_nulls(inputs.body) in ({}, [])
    if op.body_schema is not None and inputs.body is not MISSING and not (lenient_empty and not request.content):
        assert request.content, f"{where}: no body sent"
        sent_body = json.loads(request.content)
        given = drop_nulls(inputs.body) if null_is_absent else inputs.body
        sent_body = drop_nulls(sent_body) if null_is_absent else sent_body
        cleaned = _without_defaults(sent_body, given, op.body_schema, null_is_absent=null_is_absent)
        assert cleaned == given, f"{where}: body sent\n  {json.dumps(sent_body)}\nasked for\n  {json.dumps(given)}"
    elif op.body_schema is None:
        assert not request.content, f"{where}: a body was sent but the spec documents none"

    if signature is not None:
        signature(request)
    else:
        assert access_key is not None and secret_key is not None, "check_request needs a signature check or keys"
        check_signature(request, access_key=access_key, secret_key=secret_key)


def _check_discriminators(op: Operation, request: httpx.Request, where: str) -> None:
    """An operation behind a fragment path is named by its required one-value enum headers, sent as such."""
    named = [
        p
        for p in op.params_in("header")
        if p.required and isinstance(p.schema, Mapping) and len(p.schema.get("enum") or ()) == 1
    ]
    assert named, f"{where}: {op.path} is told apart by a fragment but no one-value header names the operation"
    for param in named:
        sent = request.headers.get_list(param.name)
        expected = wire(param.schema["enum"][0])
        assert sent == [expected], f"{where}: header {param.name}={sent}, the operation needs {expected!r}"


def check_signature(request: httpx.Request, *, access_key: str, secret_key: str) -> None:
    where = f"{request.method} {request.url}"
    missing = [h for h in SIGNATURE_HEADERS if h not in request.headers]
    assert not missing, f"{where}: signature headers missing: {missing}"
    timestamp = request.headers["x-ncp-apigw-timestamp"]
    assert timestamp.isdigit(), f"{where}: timestamp {timestamp!r} is not epoch milliseconds"
    skew = abs(int(timestamp) - time.time_ns() // 1_000_000)
    assert skew < 5 * 60 * 1000, f"{where}: timestamp {timestamp} is {skew} ms away from now"
    assert request.headers["x-ncp-iam-access-key"] == access_key, f"{where}: wrong access key header"
    path_with_query = request.url.raw_path.decode("ascii")
    expected = sign(request.method, path_with_query, timestamp, access_key, secret_key)
    assert request.headers["x-ncp-apigw-signature-v2"] == expected, (
        f"{where}: the signature does not verify against {request.method} {path_with_query} at {timestamp}"
    )
