"""The contract checks bite on the ICE contract too: mistakes made in memory make them fail.

* the generated layer naming another action in ``x-acs-action`` (the only
  thing that tells ICE's operations apart on the wire);
* a V3 signature made with another secret;
* a parameter sent under another name;
* IceSearch's validation switched off (invalid inputs reach the wire).
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from alibaba_ice import Credentials
from alibaba_ice._operations import Action

from . import _ice
from ._clients import Recorder, answer
from ._contracts import contract, example_inputs, success_example
from ._mutate import apply, clean, mutations
from ._settings import budget
from .test_invalid_inputs import _expect_rejection

ICE = contract("ice")


def _send(operation_id: str) -> tuple[Any, Any]:
    op = ICE.operations[operation_id]
    drawn = example_inputs(op)
    recorder = Recorder(answer(op.success_status, success_example(op)))
    ICE.call_generated(ICE.binding(operation_id), recorder, drawn)
    return recorder.last, drawn


def test_the_unbroken_examples_pass() -> None:
    for operation_id in ("SearchMedia", "CreateSearchLib", "InsertMediaToSearchLib"):
        request, drawn = _send(operation_id)
        ICE.check_request(ICE.operations[operation_id], request, drawn)


def test_another_action_header_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    module = ICE.binding("QuerySearchLib").module
    original = module._get_kwargs

    def wrong(*args: Any, **kwargs: Any) -> dict[str, Any]:
        out = original(*args, **kwargs)
        return {**out, "headers": {**out["headers"], "x-acs-action": "DropSearchLib"}}

    monkeypatch.setattr(module, "_get_kwargs", wrong)
    request, drawn = _send("QuerySearchLib")
    with pytest.raises(AssertionError, match="x-acs-action"):
        ICE.check_request(ICE.operations["QuerySearchLib"], request, drawn)


def test_a_signature_with_another_secret_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_ice, "CREDENTIALS", Credentials(_ice.ACCESS_KEY_ID, "not-the-secret"))
    request, drawn = _send("ListSearchLib")
    with pytest.raises(AssertionError, match="signature does not verify"):
        ICE.check_request(ICE.operations["ListSearchLib"], request, drawn)


def test_a_parameter_under_another_name_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    module = ICE.binding("SearchMedia").module
    original = module._get_kwargs

    def wrong(*args: Any, **kwargs: Any) -> dict[str, Any]:
        out = original(*args, **kwargs)
        params = dict(out["params"])
        params["Page"] = params.pop("PageNo")
        return {**out, "params": params}

    monkeypatch.setattr(module, "_get_kwargs", wrong)
    request, drawn = _send("SearchMedia")
    with pytest.raises(AssertionError):
        ICE.check_request(ICE.operations["SearchMedia"], request, drawn)


@budget(2)
@given(data=st.data())
def test_validation_switched_off_is_caught(data: st.DataObject) -> None:
    op = ICE.operations["SearchMedia"]
    mutation = next(m for m in mutations(op) if m.id == "query.PageSize: maximum 50")
    broken = apply(mutation, example_inputs(op), data, op.body_schema)
    assert clean(op, mutation, broken)[0]
    b = ICE.binding(op.operation_id)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Action, "_check", lambda self, wire, value: value)
        with pytest.raises(AssertionError, match=r"did not reject|accepted"):
            _expect_rejection("core", op.operation_id, mutation, broken, lambda r: ICE.call_core(b, r, broken), ICE)
