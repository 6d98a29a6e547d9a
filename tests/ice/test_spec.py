"""alibaba-ice.yaml: valid OpenAPI 3.1, lint-clean, and the RPC modelling holds for every action.

The modelling (one path per action told apart by a fragment, the action in a
one-value enum header, parameters in the query) is checked here on the
document; tests/ice/test_wire.py checks it on the wire against the official SDK.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from typing import Any

import hypothesis
import jsonschema
import pytest
import schemathesis
from hypothesis import strategies as st
from openapi_spec_validator import validate

import ice_spec
from tests.spec.test_redocly import redocly_version

from ._spec import ACTIONS, ICE_SPEC_FILE, REPO, document, operations, parameters, resolve


def schema_validator(node: dict[str, Any]) -> jsonschema.Draft202012Validator:
    # The document's components sit beside the schema, so its "#/components/..." references resolve.
    return jsonschema.Draft202012Validator({**node, "components": document()["components"]})


def test_openapi_spec_validator_accepts_the_document() -> None:
    validate(document())


def test_redocly_lint_reports_no_errors() -> None:
    npx = shutil.which("npx")
    assert npx, "npx (node >= 20) is needed to run Redocly CLI"
    result = subprocess.run(
        [npx, "--yes", f"@redocly/cli@{redocly_version()}", "lint", str(ICE_SPEC_FILE), "--config", "redocly.yaml"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, f"redocly lint failed:\n{(result.stdout + result.stderr)[-20000:]}"


def test_the_document_models_exactly_the_22_actions() -> None:
    assert sorted(operations()) == sorted(ACTIONS)
    assert len(ACTIONS) == 22


@pytest.mark.parametrize("action", ACTIONS)
def test_rpc_modelling_of_each_action(action: str) -> None:
    path, op = operations()[action]
    assert path == f"/#{action}", "one path per action, told apart by a fragment"
    assert list(document()["paths"][path]) == ["post"]
    assert op["x-acs-action"] == action
    assert "requestBody" not in op, "every parameter goes in the query string"
    params = parameters(action)
    header = next(p for p in params if p["name"] == "x-acs-action")
    assert header["in"] == "header" and header["required"] is True
    assert "const" not in header["schema"], "openapi-python-client skips an operation whose header uses const"
    assert header["schema"]["enum"] == [action]
    version = next(p for p in params if p["name"] == "x-acs-version")
    assert version["in"] == "header" and version["required"] is True and version["schema"]["enum"] == ["2020-11-09"]
    for param in params:
        assert param["in"] in {"query", "header"}, param["name"]
        if param["in"] == "query":
            assert re.fullmatch(r"[A-Z][A-Za-z]*", param["name"]), "wire names are PascalCase"
            schema = resolve(param["schema"])
            # A generator sends a default; the SDK sends only what the caller set.
            assert "default" not in schema, f"{action}.{param['name']}"
            assert "example" in param, f"{action}.{param['name']} has no example"


@pytest.mark.parametrize("action", ACTIONS)
def test_examples_validate_against_their_schemas(action: str) -> None:
    _, op = operations()[action]
    for param in parameters(action):
        schema = resolve(param["schema"])
        if "example" in param:
            schema_validator(schema).validate(param["example"])
            content = resolve(schema.get("contentSchema")) if "contentSchema" in schema else None
            if content is not None:
                schema_validator(content).validate(json.loads(param["example"]))
    statuses = set(op["responses"])
    assert "200" in statuses and {"400", "403", "404", "500"} <= statuses
    success = op["responses"]["200"]["content"]["application/json"]
    examples = success.get("examples", {})
    assert examples, f"{action}: no response example"
    for example in examples.values():
        schema_validator(success["schema"]).validate(resolve(example)["value"])
    for status, response in op["responses"].items():
        if status.startswith(("4", "5")):
            body = resolve(response)["content"]["application/json"]
            assert body["schema"] == {"$ref": "#/components/schemas/ErrorBody"}
            schema_validator(body["schema"]).validate(body["example"])
            assert body["example"]["Code"] in {c["code"] for c in document()["x-error-codes"]}


def test_error_codes_are_4xx_or_5xx_and_documented_in_a_response() -> None:
    codes = document()["x-error-codes"]
    assert len({c["code"] for c in codes}) == len(codes)
    for code in codes:
        assert 400 <= code["status"] <= 599, code
        assert code["message"] and code["meaning"] and code["name"].endswith("Error")
        # every status an error code answers with is a documented response of every action
        for _, op in operations().values():
            assert str(code["status"]) in op["responses"], (code["code"], op["operationId"])


def test_match_and_sortby_examples_follow_the_documented_grammar() -> None:
    sort_by = resolve(document()["components"]["schemas"]["SortBy"])
    for value in ("utcCreate:Desc", "utcCreate:Desc, utcModified:Desc"):
        assert re.fullmatch(sort_by["pattern"], value)
    for value in ("utcCreate", "utcCreate:desc", "utcCreate:Desc,"):
        assert not re.fullmatch(sort_by["pattern"], value)


SCHEMA = schemathesis.openapi.from_path(str(ICE_SPEC_FILE))
OPERATIONS = [result.ok() for result in SCHEMA.get_all_operations()]


@hypothesis.settings(
    max_examples=3,
    phases=[hypothesis.Phase.generate],
    deadline=None,
    suppress_health_check=list(hypothesis.HealthCheck),
)
@hypothesis.given(data=st.data())
def test_schemathesis_loads_the_document_and_draws_every_action(data: st.DataObject) -> None:
    drawn = set()
    for operation in OPERATIONS:
        case = data.draw(operation.as_strategy())
        action = operation.definition.raw["operationId"]
        assert case.method.upper() == "POST" and case.path == f"/#{action}"
        assert case.headers is not None and case.headers["x-acs-action"] == action
        drawn.add(action)
    assert sorted(drawn) == sorted(ACTIONS)


def test_retry_safe_actions_are_the_ones_that_change_nothing() -> None:
    """``x-retry-safe`` (read by the wrapper's retries) marks the searches and the Query/List/Get actions only."""
    safe = {name for name, (_, op) in operations().items() if op.get("x-retry-safe")}
    reads = {name for name in ACTIONS if re.match(r"(Search|Query|List|Get)", name)} - {"SearchIndexJobRerun"}
    assert safe == reads
    assert {name for name, op in ice_spec.OPERATIONS.items() if op.retry_safe} == reads


def test_every_paged_action_states_its_total_field() -> None:
    """The compiled model carries ``totalCountField``, so paging stops at the total the answer gives."""
    paged = [op for op in ice_spec.OPERATIONS.values() if op.pagination is not None]
    assert len(paged) == 7
    for op in paged:
        assert op.pagination is not None and op.pagination.total_count_field == "Total", op.operation_id
