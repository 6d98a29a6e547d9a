"""The compiled contract (`mi_spec`, written by `make generate`) says what openapi.yaml says.

The YAML is read here only to check the model against it; everything else
reads the model.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest

import mi_spec
from tools.compile_spec import SpecError, build_model, snake

from .helpers import Operation, resolve


def test_every_operation_is_compiled_with_its_facts(spec: dict[str, Any], operations: list[Operation]) -> None:
    assert len(mi_spec.OPERATIONS) == len(operations)
    for path, method, raw in operations:
        op = mi_spec.OPERATIONS[raw["operationId"]]
        assert (op.path, op.method, op.tag) == (path, method.upper(), raw["tags"][0])
        assert op.deprecated == bool(raw.get("deprecated", False))
        assert op.replaced_by == raw.get("x-replaced-by")
        assert op.retry_safe == (method.upper() in {"GET", "PUT", "DELETE"})
        assert set(op.responses) == {str(s) for s in raw["responses"]}
        rate = raw.get("x-rate-limit")
        assert (op.rate_limit is None) == (rate is None)
        if rate is not None and op.rate_limit is not None:
            assert op.rate_limit.limit == rate["limit"]
            assert op.rate_limit.period_seconds == {"second": 1.0, "minute": 60.0}[rate["period"]]
        paging = raw.get("x-pagination")
        assert (op.pagination is None) == (paging is None)
        if paging is not None and op.pagination is not None:
            assert (op.pagination.page_param, op.pagination.size_param) == (paging["pageParam"], paging["sizeParam"])
            assert op.pagination.items_field == paging["itemsField"]
            assert op.pagination.location == paging.get("in", "query")
        upload = raw.get("x-upload-rules")
        assert (op.upload_rules is None) == (upload is None)
        if upload is not None and op.upload_rules is not None:
            assert list(op.upload_rules.formats) == upload["formats"]
            assert op.upload_rules.max_bytes == upload["maxBytes"]
        assert op.media_limits == raw.get("x-media-limits")


def test_every_parameter_is_compiled(spec: dict[str, Any], operations: list[Operation]) -> None:
    for path, _method, raw in operations:
        declared = [resolve(spec, p) for p in [*spec["paths"][path].get("parameters", []), *raw.get("parameters", [])]]
        compiled = {(p.location, p.name): p for p in mi_spec.OPERATIONS[raw["operationId"]].parameters}
        assert {(p["in"], p["name"]) for p in declared} == set(compiled)
        for param in declared:
            got = compiled[(param["in"], param["name"])]
            assert got.required == param.get("required", param["in"] == "path")
            assert got.snake_name == snake(param["name"])
            assert got.explode == param.get("explode", got.style == "form")
            schema = mi_spec.OPERATIONS[raw["operationId"]].input_schema["properties"][param["in"]]
            assert param["name"] in schema["properties"]


def test_error_tables_states_security_and_limits(spec: dict[str, Any]) -> None:
    table = {str(row["code"]): row for row in spec["x-error-codes"]}
    assert set(mi_spec.ERROR_CODES) == set(table) - {"0"}
    for code, row in mi_spec.ERROR_CODES.items():
        assert row.status == table[code]["status"] and row.message == table[code]["message"]
        name = table[code]["name"]
        assert row.name == name and row.class_name == (name if name.endswith("Error") else f"{name}Error")
    assert set(mi_spec.GATEWAY_ERROR_CODES) == {str(r["errorCode"]) for r in spec["x-gateway-error-codes"]}
    schemas = spec["components"]["schemas"]
    assert set(mi_spec.STATES) == {name for name, s in schemas.items() if "x-terminal-states" in s}
    for name, states in mi_spec.STATES.items():
        assert list(states.values) == schemas[name]["enum"]
        assert states.success == set(schemas[name]["x-terminal-states"]["success"])
        assert states.running == set(schemas[name]["x-running-states"])
        assert not states.running & states.terminal
    headers = {s["name"] for s in spec["components"]["securitySchemes"].values()}
    assert {h.header for h in mi_spec.SECURITY_HEADERS} == headers
    assert {name: entry["value"] for name, entry in spec["x-limits"].items()} == mi_spec.LIMITS
    assert spec["x-limits"]["personsPerWorkspace"]["value"] == mi_spec.Limits.PERSONS_PER_WORKSPACE


def test_every_string_enumeration_is_compiled_to_constants(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    enumerations = {name: s["enum"] for name, s in schemas.items() if isinstance(s.get("enum"), list)}
    assert list(mi_spec.enums.ENUMS) == list(enumerations)
    for name, values in enumerations.items():
        assert list(mi_spec.enums.ENUMS[name]) == values
        namespace = getattr(mi_spec.enums, name)
        constants = {k: v for k, v in vars(namespace).items() if k.isupper()}
        assert sorted(constants.values()) == sorted(values)
        for member, value in constants.items():
            assert member == snake(value).replace("-", "_").upper()
        alias = getattr(mi_spec.enums, f"{name}Value")
        assert list(alias.__args__) == values
        default = schemas[name].get("default")
        assert getattr(mi_spec.enums, f"DEFAULT_{snake(name).upper()}", None) == default
    assert mi_spec.enums.SourceLanguage.ZH_CN == "ZH-CN"
    assert mi_spec.enums.DEFAULT_SCENE_RANGE == "MEDIUM"
    assert set(mi_spec.enums.__all__) == {
        *enumerations,
        *(f"{n}Value" for n in enumerations),
        *(f"DEFAULT_{snake(n).upper()}" for n in enumerations if "default" in schemas[n]),
        "ENUMS",
    }


def test_documented_error_codes_of_each_operation_are_known() -> None:
    for op in mi_spec.OPERATIONS.values():
        assert set(op.error_codes) <= set(mi_spec.ERROR_CODES), op.operation_id


def _broken(spec: dict[str, Any], edit: Any) -> dict[str, Any]:
    copied = copy.deepcopy(spec)
    edit(copied)
    return copied


def _op(spec: dict[str, Any], op_id: str) -> dict[str, Any]:
    for item in spec["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and op.get("operationId") == op_id:
                return op
    raise KeyError(op_id)


BREAKAGES = {
    "unknown replacement": (lambda s: _op(s, "requestAnalysis").update({"x-replaced-by": "nope"}), "nope"),
    "replacement of a live operation": (
        lambda s: _op(s, "requestIndex").update({"x-replaced-by": "getIndex"}),
        "not deprecated",
    ),
    "running state that is terminal": (
        lambda s: s["components"]["schemas"]["SearchStatus"]["x-running-states"].append("FAILED"),
        "running state",
    ),
    "state outside the enum": (
        lambda s: s["components"]["schemas"]["SearchStatus"]["x-running-states"].append("PAUSED"),
        "PAUSED",
    ),
    "example code missing from the table": (
        lambda s: s["x-error-codes"].__setitem__(
            slice(None), [r for r in s["x-error-codes"] if str(r["code"]) != "10025"]
        ),
        "10025",
    ),
    "unknown rate-limit period": (
        lambda s: _op(s, "searchAssets").update({"x-rate-limit": {"limit": 5, "period": "fortnight"}}),
        "period",
    ),
    "duplicate operationId": (lambda s: _op(s, "getProject").update({"operationId": "listProjects"}), "twice"),
    "limit that is not a number": (
        lambda s: s["x-limits"].update({"personsPerWorkspace": {"value": "many"}}),
        "personsPerWorkspace",
    ),
    "two enum values with one constant name": (
        lambda s: s["components"]["schemas"]["SourceLanguage"]["enum"].append("ZH_CN"),
        "ZH_CN",
    ),
    "unknown x-pagination key": (
        lambda s: _op(s, "listAssets")["x-pagination"].update({"totalField": "total"}),
        "totalField",
    ),
    "scroll token parameter without its field": (
        lambda s: _op(s, "listAssets")["x-pagination"].update({"scrollTokenParam": "token"}),
        "go together",
    ),
    "enum default outside the enum": (
        lambda s: s["components"]["schemas"]["SceneRange"].update({"default": "ENDLESS"}),
        "ENDLESS",
    ),
    "enum name taken by another enum's alias": (
        lambda s: s["components"]["schemas"].update({"SceneRangeValue": {"type": "string", "enum": ["A"]}}),
        "SceneRangeValue",
    ),
}


@pytest.mark.parametrize("name", sorted(BREAKAGES))
def test_a_broken_document_is_a_build_error(spec: dict[str, Any], name: str) -> None:
    edit, message = BREAKAGES[name]
    with pytest.raises(SpecError, match=message):
        build_model(_broken(spec, edit))
