"""Invalid inputs fail before the wire: one broken constraint, one typed error naming the field, no request.

For each operation of each contract, `_mutate.mutations` walks the schemas of its parameters
and body and lists every single-constraint violation they allow (too long,
too short, a forbidden character, out of range, outside the enum, too many
or too few items, both or neither of an either-or pair, a forbidden
combination, a missing required member, an unknown member...). Hypothesis
draws valid inputs, each mutation breaks them in exactly one place (checked
against the spec's own schema), and then

* the wrapper core (NAVER: ``SyncAPIClient.call`` with the generated
  function; ICE: ``IceSearch.call``) and
* the wrapper's resource method, where there is one (NAVER), for the
  violations its arguments can express (not type errors, unknown or missing
  members: its signature makes those TypeErrors, or fills them in)

must raise the contract's validation error (`RequestValidationError`,
`IceValidationError`) for that operation, naming the broken field and
nothing unrelated, while the transport receives no request.
Every mutation must be exercised at least once per run.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from . import _wrapper
from ._adapter import drop_nulls
from ._clients import Recorder
from ._contracts import Contract, cases, contract
from ._mutate import Mutation, apply, clean, in_subtree, mutations, oracle_fields
from ._settings import budget
from ._strategies import MISSING, Inputs

INVALID_EXAMPLES = 3
ATTEMPTS = 3  # fresh valid inputs to try when a mutation cannot be isolated on the first ones


def _check_raised(c: Contract, exc: BaseException, operation_id: str, mutation: Mutation, layer: str) -> None:
    reported_for, fields = c.rejected_fields(exc)
    assert reported_for == operation_id, f"{layer}: error is for {reported_for}"
    assert any(in_subtree(f, mutation.target) for f in fields), (
        f"{layer}: {mutation.id} was reported as {fields} ({exc})"
    )
    unrelated = [f for f in fields if not in_subtree(f, mutation.target) and not in_subtree(mutation.target, f)]
    assert not unrelated, f"{layer}: {mutation.id} also reported unrelated fields {unrelated}"


def _expressible(op: Any, broken: Inputs) -> bool:
    """Still invalid without nulls and empty objects, which the wrapper's arguments cannot spell."""
    if broken.body is MISSING:
        return True
    return bool(oracle_fields(op, Inputs(broken.path, broken.query, drop_nulls(broken.body))))


def _sent(recorder: Recorder) -> str:
    return "; ".join(f"{r.method} {r.url} {r.content[:300]!r}" for r in recorder.requests) or "nothing"


def _expect_rejection(
    layer: str,
    operation_id: str,
    mutation: Mutation,
    broken: Inputs,
    call: Callable[[Recorder], Any],
    c: Contract | None = None,
) -> None:
    c = c or contract("naver")
    recorder = Recorder()
    try:
        call(recorder)
    except c.validation_error as exc:
        assert recorder.requests == [], f"{layer}: {mutation.id}: raised, but sent {_sent(recorder)}"
        _check_raised(c, exc, operation_id, mutation, layer)
        return
    except _wrapper.Unmappable:
        raise
    except Exception as exc:
        raise AssertionError(
            f"{layer} did not reject {mutation.id} before the wire: {type(exc).__name__}: {exc}\n"
            f"  inputs: {broken}\n  sent: {_sent(recorder)}"
        ) from exc
    raise AssertionError(f"{layer} accepted {mutation.id}\n  inputs: {broken}\n  sent: {_sent(recorder)}")


@pytest.mark.parametrize(("contract_name", "operation_id"), cases())
def test_each_broken_constraint_raises_before_the_wire(contract_name: str, operation_id: str) -> None:
    c = contract(contract_name)
    op = c.operations[operation_id]
    b = c.binding(operation_id)
    wrapper = c.has_resource_layer
    planned = mutations(op)
    assert planned, f"{operation_id}: the schemas allow no invalid input? (the walker found no constraint)"
    checked: Counter[str] = Counter()
    wrapper_checked: Counter[str] = Counter()

    @budget(INVALID_EXAMPLES)
    @given(data=st.data())
    def run(data: st.DataObject) -> None:
        base = data.draw(c.inputs(op), label="valid inputs")
        for mutation in planned:
            for attempt in range(ATTEMPTS):
                source = base if attempt == 0 else data.draw(c.inputs(op), label="fresh valid inputs")
                broken = apply(mutation, source, data, op.body_schema)
                isolated, _fields = clean(op, mutation, broken)
                if isolated:
                    break
            else:
                continue
            checked[mutation.id] += 1

            _expect_rejection("core", operation_id, mutation, broken, lambda r, i=broken: c.call_core(b, r, i), c)
            if wrapper and mutation.wrapper_applicable and _expressible(op, broken):
                try:
                    _expect_rejection(
                        "wrapper", operation_id, mutation, broken, lambda r, i=broken: c.call_wrapper(op, r, i), c
                    )
                except _wrapper.Unmappable:
                    continue
                wrapper_checked[mutation.id] += 1

    run()
    never = [m.id for m in planned if not checked[m.id]]
    assert not never, (
        f"{operation_id}: these violations could not be isolated from valid inputs in any example "
        f"(the mutator needs a repair rule):\n  " + "\n  ".join(never)
    )
    if wrapper and any(m.wrapper_applicable for m in planned):
        assert wrapper_checked, f"{operation_id}: no violation could be expressed through the wrapper method"
