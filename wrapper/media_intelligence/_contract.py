"""The compiled contract a client follows.

`make generate` compiles ``openapi.yaml`` into the package ``mi_spec``
(operations, error codes, states, limits, input schemas); the client reads
it, never the YAML. A client may be given another compiled contract (tests
compile small documents with ``tools.compile_spec.compile_document``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol

from mi_spec import Operation

__all__ = ["Contract", "UnknownOperationError", "default_contract"]


class Contract(Protocol):
    """What a client needs of a compiled contract: its operations by operationId."""

    @property
    def OPERATIONS(self) -> Mapping[str, Operation]: ...


class UnknownOperationError(KeyError):
    """The operationId is not in the contract."""


def default_contract() -> Contract:
    import mi_spec

    return mi_spec
