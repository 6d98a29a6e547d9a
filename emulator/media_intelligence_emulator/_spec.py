"""The contract the emulator serves: the compiled spec model (``mi_spec``).

``make generate`` compiles ``openapi.yaml`` into the typed package ``mi_spec``;
the emulator reads nothing else (no YAML, no file). Routes, limits, states,
error codes, messages and statuses, rate limits, upload rules, media limits
and paging all come from it. Handlers name codes, limits and states through
the model's typed names (``Errors.PROJECT_NOT_FOUND``, ``Limits.ASSETS_PER_IMPORT``,
``StatusEnums.INDEX_STATUS``) and every enumerated value through the
constants of ``mi_spec.enums`` (``IndexStatus.ANALYZE_COMPLETED``), so a
misspelled one fails ``mypy``, not a request.

``SpecIndex(model)`` wraps one compiled model; another contract compiled the
same way can be served by passing its package (``create_app(spec=...)``).
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any, Protocol

import mi_spec
from mi_spec import (
    ErrorCode,
    Errors,
    GatewayErrors,
    Limits,
    Operation,
    Pagination,
    States,
    StatusEnums,
    UploadRules,
)

__all__ = [
    "NO_UPLOAD_RULES",
    "CompiledSpec",
    "ErrorCode",
    "Errors",
    "GatewayErrors",
    "Limits",
    "Operation",
    "Pagination",
    "SpecIndex",
    "States",
    "StatusEnums",
    "UploadRules",
    "body_property",
    "running",
    "security_header",
    "upload_rules_data",
]


#: The rules of an operation that states none: any format, size and resolution.
NO_UPLOAD_RULES = UploadRules(formats=(), max_bytes=None, min_pixels=None)


def upload_rules_data(rules: UploadRules | None) -> dict[str, Any]:
    """Upload rules as the spec writes them (``{formats, maxBytes, minPixels}``), to store with an upload."""
    if rules is None:
        return {}
    data: dict[str, Any] = {"formats": list(rules.formats)}
    if rules.max_bytes is not None:
        data["maxBytes"] = rules.max_bytes
    if rules.min_pixels is not None:
        data["minPixels"] = rules.min_pixels
    return data


class CompiledSpec(Protocol):
    """What a compiled spec package offers (``mi_spec`` and any contract compiled the same way)."""

    @property
    def OPERATIONS(self) -> Mapping[str, Operation]: ...

    @property
    def ERROR_CODES(self) -> Mapping[str, ErrorCode]: ...

    @property
    def GATEWAY_ERROR_CODES(self) -> Mapping[str, ErrorCode]: ...

    def document(self) -> dict[str, Any]: ...


class SpecIndex:
    """One compiled contract, as the server reads it."""

    def __init__(self, model: CompiledSpec | None = None) -> None:
        self.model: CompiledSpec = model if model is not None else mi_spec
        self.operations: Mapping[str, Operation] = self.model.OPERATIONS
        self.error_codes: Mapping[str, ErrorCode] = self.model.ERROR_CODES
        self.gateway_codes: Mapping[str, ErrorCode] = self.model.GATEWAY_ERROR_CODES

    @functools.cached_property
    def document(self) -> dict[str, Any]:
        """The whole document as data (for openapi-core), decoded once."""
        return self.model.document()

    def error(self, code: ErrorCode) -> ErrorCode:
        """The served contract's row of ``code`` (the model's own row when the contract lacks it)."""
        table = self.gateway_codes if code.gateway else self.error_codes
        return table.get(code.code, code)


def running(states: States) -> tuple[str, ...]:
    """The queued and running values of a status enumeration, in a stable order (for SQL ``IN`` lists)."""
    return tuple(v for v in states.values if v in states.running)


def security_header(scheme: str) -> str:
    """The header of a header-borne security scheme of the contract (``NcpTimestamp`` -> its header name)."""
    for item in mi_spec.SECURITY_HEADERS:
        if item.scheme == scheme:
            return item.header
    raise KeyError(f"the contract has no header security scheme {scheme!r}")


@functools.cache
def body_property(operation_id: str, name: str) -> Mapping[str, Any]:
    """The schema of the top-level body field ``name`` of an operation (``$ref``\\s followed, ``allOf`` merged)."""
    schema = mi_spec.OPERATIONS[operation_id].input_schema
    defs = schema.get("$defs") or {}

    def resolve(node: Any) -> Any:
        while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
            node = defs[str(node["$ref"]).rsplit("/", 1)[-1]]
        return node

    def find(node: Any) -> Mapping[str, Any] | None:
        node = resolve(node)
        if not isinstance(node, Mapping):
            return None
        props = node.get("properties") or {}
        if name in props:
            found = resolve(props[name])
            return found if isinstance(found, Mapping) else {}
        for part in node.get("allOf") or ():
            hit = find(part)
            if hit is not None:
                return hit
        return None

    hit = find((schema.get("properties") or {}).get("body"))
    if hit is None:
        raise KeyError(f"{operation_id} has no body field {name!r}")
    return hit
