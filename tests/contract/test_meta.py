"""The contract checks bite: drift and client mistakes, made in memory, make them fail.

Each test breaks one thing on purpose (a copy of the spec, or a monkeypatched
client; openapi.yaml and the code on disk are never touched) and asserts that
the same checks the contract suite runs reject the result:

* a request field renamed in the spec without regenerating the client;
* a query parameter renamed in the spec without regenerating;
* a response field renamed in the spec without regenerating;
* the generated layer sending a wrong parameter name, or a valid but wrong value;
* the wrapper sending a different value than it was given;
* a signature computed over the wrong string;
* the wrapper's validation switched off (invalid inputs reach the wire).
"""

from __future__ import annotations

import copy
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from media_intelligence import _auth
from media_intelligence._validation import RequestValidator
from media_intelligence.resources import _base as resources_base

from ._adapter import check_request
from ._bodies import success_bodies
from ._clients import Recorder, answer
from ._generated import BindingError, bind
from ._mutate import apply, clean, mutations
from ._naver import (
    KEYS,
    OPERATIONS,
    SPEC,
    binding,
    call_core,
    call_generated,
    call_wrapper,
    example_inputs,
    success_example,
)
from ._settings import budget
from ._spec import operations
from ._strategies import Inputs
from .test_invalid_inputs import _expect_rejection


def _renamed(component: str, old: str, new: str) -> dict[str, Any]:
    """A copy of the spec with property ``old`` of ``component`` renamed (and kept required if it was)."""
    spec = copy.deepcopy(dict(SPEC))
    schema = spec["components"]["schemas"][component]
    schema["properties"] = {(new if k == old else k): v for k, v in schema["properties"].items()}
    if old in schema.get("required", []):
        schema["required"] = [new if r == old else r for r in schema["required"]]
    return spec


def _renamed_parameter(component: str, new: str) -> dict[str, Any]:
    spec = copy.deepcopy(dict(SPEC))
    spec["components"]["parameters"][component]["name"] = new
    return spec


def _send(operation_id: str, inputs: Inputs | None = None) -> tuple[httpx.Request, Inputs]:
    op = OPERATIONS[operation_id]
    inputs = inputs or example_inputs(op)
    recorder = Recorder(answer(op.success_status, success_example(op)))
    call_generated(binding(operation_id), recorder, inputs)
    return recorder.last, inputs


def test_the_unbroken_examples_pass() -> None:
    for operation_id in ("createProject", "listPersons", "getProject"):
        request, inputs = _send(operation_id)
        check_request(SPEC, OPERATIONS[operation_id], request, inputs, **KEYS)


# --------------------------------------------------------------------------- #
# the spec changed, the client was not regenerated


def test_a_request_field_renamed_in_the_spec_is_caught() -> None:
    spec = _renamed("CreateProjectRequest", "name", "projectName")
    request, inputs = _send("createProject")
    with pytest.raises(AssertionError, match="openapi-core rejects the request"):
        check_request(spec, operations(spec)["createProject"], request, inputs, **KEYS)


def test_a_query_parameter_renamed_in_the_spec_is_caught() -> None:
    spec = _renamed_parameter("AssetPageNum", "page")
    with pytest.raises(BindingError, match=r"query\.page has no argument"):
        bind(operations(spec)["listAssets"], spec)
    request, inputs = _send("listAssets")
    with pytest.raises(AssertionError):
        check_request(spec, operations(spec)["listAssets"], request, inputs, **KEYS)


RENAMED_RESPONSE_SPEC = _renamed("Project", "projectId", "id")


@budget(3)
@given(data=st.data())
def test_a_response_field_renamed_in_the_spec_is_caught(data: st.DataObject) -> None:
    mutated = operations(RENAMED_RESPONSE_SPEC)["getProject"]
    body = data.draw(success_bodies(mutated), label="body of the renamed spec")
    b = binding("getProject")
    try:
        response = call_generated(b, Recorder(answer(200, body)), example_inputs(OPERATIONS["getProject"]))
    except Exception:
        return  # the generated model cannot read it: caught
    assert response.parsed.to_dict() != body, "a body of the renamed spec was read as if nothing had changed"


# --------------------------------------------------------------------------- #
# the client sends something else than the spec says, or than it was asked


def test_a_wrong_query_parameter_name_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    module = binding("listPersons").module
    original = module._get_kwargs

    def wrong(*args: Any, **kwargs: Any) -> dict[str, Any]:
        out = original(*args, **kwargs)
        params = dict(out["params"])
        params["page"] = params.pop("pageNum")
        return {**out, "params": params}

    monkeypatch.setattr(module, "_get_kwargs", wrong)
    request, inputs = _send("listPersons")
    with pytest.raises(AssertionError):
        check_request(SPEC, OPERATIONS["listPersons"], request, inputs, **KEYS)


def test_a_valid_but_wrong_path_value_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    module = binding("getProject").module
    original = module._get_kwargs

    def wrong(workspace_name: str, project_id: str, **kwargs: Any) -> dict[str, Any]:
        return original(workspace_name, str(int(project_id) + 1), **kwargs)

    monkeypatch.setattr(module, "_get_kwargs", wrong)
    request, inputs = _send("getProject")
    with pytest.raises(AssertionError, match="path variables"):
        check_request(SPEC, OPERATIONS["getProject"], request, inputs, **KEYS)


def test_the_wrapper_sending_a_different_value_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    original = resources_base._fn_kwargs

    def wrong(*args: Any) -> dict[str, Any]:
        out = original(*args)
        if "page_size" in out:
            out["page_size"] = out["page_size"] + 1
        return out

    monkeypatch.setattr(resources_base, "_fn_kwargs", wrong)
    op = OPERATIONS["listPersons"]
    inputs = example_inputs(op)
    inputs.query["pageSize"] = 10
    recorder = Recorder(answer(200, success_example(op)))
    call_wrapper(op, recorder, inputs)
    with pytest.raises(AssertionError, match="pageSize"):
        check_request(SPEC, op, recorder.last, inputs, null_is_absent=True, **KEYS)


def test_a_signature_over_the_wrong_string_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    original = _auth.sign

    def without_query(method: str, path_with_query: str, *rest: Any) -> str:
        return original(method, path_with_query.split("?", 1)[0], *rest)

    monkeypatch.setattr(_auth, "sign", without_query)
    request, inputs = _send("listPersons")
    with pytest.raises(AssertionError, match="signature does not verify"):
        check_request(SPEC, OPERATIONS["listPersons"], request, inputs, **KEYS)


@budget(2)
@given(data=st.data())
def test_validation_switched_off_is_caught(data: st.DataObject) -> None:
    op = OPERATIONS["createProject"]
    mutation = next(m for m in mutations(op) if m.id == "body.name: maxLength 100")
    broken = apply(mutation, example_inputs(op), data, op.body_schema)
    assert clean(op, mutation, broken)[0]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(RequestValidator, "validate", lambda *_a, **_k: None)
        with pytest.raises(AssertionError, match=r"did not reject|accepted"):
            _expect_rejection(
                "core", op.operation_id, mutation, broken, lambda r: call_core(binding(op.operation_id), r, broken)
            )
