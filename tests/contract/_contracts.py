"""A contract under test: its document, operations, generated client and client layers, as one parameter.

The contract suite (test_requests, test_invalid_inputs, test_responses,
test_coverage) is written once against `Contract` and parametrized over
`CONTRACTS`: the NAVER Media Intelligence API (`_naver.py`) and Alibaba Cloud
ICE search (`_ice.py`). A contract supplies what differs between providers:

* the document (``mi_spec.document()`` / ``ice_spec.document()``) and the
  generated client the operations bind to;
* the layers that send one call of an operation: the generated functions
  (sync and async), the wrapper core that validates before the wire (sync
  and async), and the resource methods when the wrapper has them;
* how a request's signature is checked, how a validation error names its
  fields, which exception an error body must become;
* generation hooks for what JSON Schema cannot say (ICE's ``Match`` grammar).

Everything else (reading the document, drawing inputs and bodies, breaking
one constraint at a time, checking requests against openapi-core) is shared.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from typing import Any, ClassVar

import httpx
from hypothesis import strategies as st

from ._adapter import check_request
from ._clients import Recorder
from ._generated import Binding, Generated, bind
from ._spec import Operation, is_valid
from ._strategies import MISSING, Extensions, Inputs, inputs


class Contract:
    """One API contract and its clients (subclasses fill in the provider's parts)."""

    name: ClassVar[str]
    #: how many operations the document had when its suite was written (a guard against silent loss)
    expected_operations: ClassVar[int]
    generated: ClassVar[Generated]
    #: the exception a layer raises for input the spec forbids, before sending anything
    validation_error: ClassVar[type[BaseException]]
    #: the base of the exceptions an error answer becomes
    api_error: ClassVar[type[BaseException]]
    #: the member of an error body holding the code the error tables document
    code_field: ClassVar[str]
    #: whether an error body under HTTP 200 is an error too (the NAVER envelope)
    errors_under_200: ClassVar[bool] = False
    extensions: ClassVar[Extensions] = {}

    def __init__(self, spec: Mapping[str, Any], operations: dict[str, Operation]) -> None:
        self.spec = spec
        self.operations = operations
        self.operation_ids = list(operations)

    def __repr__(self) -> str:
        return f"<{self.name} contract: {len(self.operations)} operations>"

    @functools.cache  # noqa: B019  (one instance per contract, alive for the session)
    def binding(self, operation_id: str) -> Binding:
        return bind(self.operations[operation_id], self.spec, self.generated)

    def inputs(self, op: Operation) -> st.SearchStrategy[Inputs]:
        return inputs(op, self.extensions)

    def check_request(
        self, op: Operation, request: httpx.Request, drawn: Inputs, *, null_is_absent: bool = False
    ) -> None:
        check_request(self.spec, op, request, drawn, signature=self.check_signature, null_is_absent=null_is_absent)

    # ----------------------------------------------------------------- provider parts

    def check_signature(self, request: httpx.Request) -> None:
        raise NotImplementedError

    def call_generated(self, b: Binding, recorder: Recorder, drawn: Inputs) -> Any:
        raise NotImplementedError

    def call_generated_async(self, b: Binding, recorder: Recorder, drawn: Inputs) -> Any:
        raise NotImplementedError

    def call_core(self, b: Binding, recorder: Recorder, drawn: Inputs) -> Any:
        raise NotImplementedError

    def call_core_async(self, b: Binding, recorder: Recorder, drawn: Inputs) -> Any:
        raise NotImplementedError

    def request_layers(self) -> tuple[Callable[[Binding, Recorder, Inputs], Any], ...]:
        """Every layer the request test sends through: generated and core, sync and async (and others)."""
        return (self.call_generated, self.call_generated_async, self.call_core, self.call_core_async)

    def wrapper_layers(self) -> tuple[Callable[[Operation, Recorder, Inputs], Any], ...]:
        """The resource method's twins (sync, async, and others), when there is a resource layer."""
        return (self.call_wrapper, self.call_wrapper_async)

    @property
    def has_resource_layer(self) -> bool:
        """Whether the wrapper has one method per operation besides its core (NAVER's resources)."""
        return False

    def call_wrapper(self, op: Operation, recorder: Recorder, drawn: Inputs) -> Any:
        raise NotImplementedError

    def call_wrapper_async(self, op: Operation, recorder: Recorder, drawn: Inputs) -> Any:
        raise NotImplementedError

    def wrapper_method_problem(self, op: Operation) -> str | None:
        """Why the resource layer cannot send ``op`` (None when it can)."""
        return None

    def rejected_fields(self, exc: BaseException) -> tuple[str | None, list[str]]:
        """The operation a validation error is for and the fields it names (``query.PageSize``, ``body.name``)."""
        raise NotImplementedError

    def check_error(self, exc: BaseException, status: int, body: Any) -> None:
        """``exc`` is the class the error tables give for ``body`` under ``status``, keeping what the body says."""
        raise NotImplementedError


def success_example(op: Operation) -> Any:
    """A documented example of the success body that validates against its schema (None if there is none)."""
    doc = op.responses[op.success_status]
    for _name, value in doc.examples:
        if doc.schema is None or is_valid(doc.schema, value):
            return value
    return None


def example_inputs(op: Operation) -> Inputs:
    """The operation's documented examples as inputs: every parameter's example, the first body example."""
    path = {p.name: p.examples[0] for p in op.params_in("path")}
    query = {p.name: p.examples[0] for p in op.params_in("query") if p.examples}
    body = op.body_examples[0][1] if op.body_examples else MISSING
    return Inputs(path, query, body)


def body_or_none(drawn: Inputs) -> Any:
    return None if drawn.body is MISSING else drawn.body


@functools.cache
def contracts() -> dict[str, Contract]:
    from ._ice import IceContract
    from ._naver import NaverContract

    return {c.name: c for c in (NaverContract.load(), IceContract.load())}


def contract(name: str) -> Contract:
    return contracts()[name]


def cases() -> list[tuple[str, str]]:
    """``(contract, operationId)`` for every operation of every contract: what the suite is parametrized with."""
    return [(c.name, op_id) for c in contracts().values() for op_id in c.operation_ids]
