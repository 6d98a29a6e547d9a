"""Response bodies: drawn from the spec, varied the ways a tolerant reader must accept.

* `success_bodies(op)`: valid success bodies, envelope ``code`` "0".
* `error_bodies(spec, op, status, code_field)`: valid error bodies of a documented
  status whose ``code`` (MI envelope; ``Code`` for ICE, given as ``code_field``)
  or ``errorCode`` (gateway body) is one the
  spec's error tables document for that status (or, now and then, one they
  do not: the per-status class must catch it).
* `with_unknown_members`: every object of a body gains an undocumented member.
* `without_optional_members`: every object keeps only its required members.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from hypothesis import strategies as st

from ._mutate import non_null, properties, required
from ._spec import ErrorCode, Operation, error_codes, gateway_error_codes, is_valid
from ._strategies import values

SMALL_JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-1000, 1000) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=2) | st.dictionaries(st.text(max_size=6), inner, max_size=2),
    max_leaves=4,
)


def success_bodies(op: Operation) -> st.SearchStrategy[Any]:
    schema = op.responses[op.success_status].schema

    def envelope(body: Any) -> Any:
        if isinstance(body, dict) and "code" in body:
            body = {**body, "code": "0"}
        return body

    return values(schema).map(envelope).filter(lambda body: is_valid(schema, body))


def _codes_for(table: Mapping[str, ErrorCode], status: int) -> list[str]:
    return sorted(code for code, entry in table.items() if status in entry.statuses)


def error_bodies(
    spec: Mapping[str, Any], op: Operation, status: int, code_field: str = "code"
) -> st.SearchStrategy[Any]:
    schema = op.responses[status].schema
    mi_codes = _codes_for(error_codes(spec), status)
    gateway_codes = _codes_for(gateway_error_codes(spec), status)

    @st.composite
    def body(draw: st.DrawFn) -> Any:
        drawn = draw(values(schema), label="error body")
        if isinstance(drawn, dict) and code_field in drawn and mi_codes:
            code = draw(st.sampled_from(mi_codes) | st.just(drawn[code_field]), label=code_field)
            drawn = {**drawn, code_field: code}
        elif isinstance(drawn, dict) and isinstance(drawn.get("error"), dict) and gateway_codes:
            code = draw(st.sampled_from(gateway_codes) | st.just(drawn["error"]["errorCode"]), label="errorCode")
            drawn = {**drawn, "error": {**drawn["error"], "errorCode": code}}
        return drawn

    return body().filter(lambda b: is_valid(schema, b))


def with_unknown_members(body: Any, data: st.DataObject, name: str = "undocumentedMember") -> Any:
    if isinstance(body, dict):
        out = {k: with_unknown_members(v, data, name) for k, v in body.items()}
        out[name] = data.draw(SMALL_JSON, label="an unknown member's value")
        return out
    if isinstance(body, list):
        return [with_unknown_members(v, data, name) for v in body]
    return body


def _branch(schema: Any, value: Any) -> Any:
    """For ``oneOf``/``anyOf`` schemas: the schema merged with the first branch ``value`` fits."""
    if not isinstance(schema, Mapping):
        return schema
    for key in ("oneOf", "anyOf"):
        for branch in schema.get(key) or []:
            if is_valid(branch, value):
                rest = {k: v for k, v in schema.items() if k != key}
                return {"allOf": [rest, branch]}
    return schema


def without_optional_members(body: Any, schema: Any) -> Any:
    schema = _branch(non_null(schema), body)
    if isinstance(body, dict):
        keep = set(required(schema))
        for part in (schema.get("allOf") or []) if isinstance(schema, Mapping) else []:
            keep |= set(required(_branch(part, body)))
        props = properties(schema)
        return {k: without_optional_members(v, props.get(k, {})) for k, v in body.items() if k in keep}
    if isinstance(body, list):
        from ._mutate import items

        item_schema = items(schema)
        return [without_optional_members(v, item_schema) for v in body]
    return body
