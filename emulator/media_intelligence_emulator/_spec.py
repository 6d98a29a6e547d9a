"""Loading ``openapi.yaml`` and the facts the emulator takes from it.

The emulator has no hard-coded tables: routes, error messages and statuses,
rate limits, upload rules, media limits and paging come from the spec.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

__all__ = ["ErrorCode", "Operation", "SpecIndex", "find_spec_path", "load_spec"]

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def find_spec_path(explicit: str | None = None) -> Path | None:
    """Where the spec is: ``explicit``, ``MI_EMULATOR_SPEC``, or ``openapi.yaml`` at the repository root."""
    for candidate in (explicit, os.environ.get("MI_EMULATOR_SPEC")):
        if candidate:
            return Path(candidate)
    here = Path(__file__).resolve()
    for parent in here.parents:
        path = parent / "openapi.yaml"
        if path.is_file():
            return path
    return None


def load_spec(path: str | None = None) -> dict[str, Any]:
    """Load the OpenAPI document as a dict.

    Order: ``path``, ``MI_EMULATOR_SPEC``, the wrapper's packaged spec
    (``media_intelligence._spec.load_spec``), ``openapi.yaml`` above this
    package (a source checkout).
    """
    explicit = path or os.environ.get("MI_EMULATOR_SPEC")
    if not explicit:
        import mi_spec

        return mi_spec.document()
    found = find_spec_path(explicit)
    if found is None or not found.is_file():
        raise FileNotFoundError(
            "openapi.yaml not found: pass spec_path, set MI_EMULATOR_SPEC, or install the wrapper package"
        )
    with found.open(encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    if not isinstance(data, dict):
        raise ValueError(f"{found} is not an OpenAPI document")
    return data


@dataclass(frozen=True)
class ErrorCode:
    """One row of ``x-error-codes`` or ``x-gateway-error-codes``."""

    code: str
    status: int
    name: str
    message: str


@dataclass(frozen=True)
class Operation:
    """One operation of the spec."""

    operation_id: str
    method: str  # upper case
    path: str  # the spec's template, e.g. /api/v1/workspaces/{workspace_name}
    tags: tuple[str, ...]
    deprecated: bool
    raw: Mapping[str, Any] = field(repr=False)

    @property
    def rate_limit(self) -> tuple[int, float] | None:
        """``x-rate-limit`` as (calls, window seconds), or None."""
        rl = self.raw.get("x-rate-limit")
        if not isinstance(rl, Mapping):
            return None
        period = {"second": 1.0, "minute": 60.0, "hour": 3600.0, "day": 86400.0}.get(
            str(rl.get("period", "minute")), 60.0
        )
        return int(rl.get("limit", 0)), period

    def extension(self, name: str) -> Any:
        """An ``x-`` extension of the operation (None when absent)."""
        return self.raw.get(name)


class SpecIndex:
    """The parts of the spec the emulator reads at run time, indexed once."""

    def __init__(self, spec: Mapping[str, Any]) -> None:
        self.spec = spec
        self.operations: dict[str, Operation] = {}
        for path, item in (spec.get("paths") or {}).items():
            for method, op in item.items():
                if method in HTTP_METHODS and isinstance(op, Mapping) and op.get("operationId"):
                    oid = str(op["operationId"])
                    self.operations[oid] = Operation(
                        operation_id=oid,
                        method=method.upper(),
                        path=str(path),
                        tags=tuple(op.get("tags") or ()),
                        deprecated=bool(op.get("deprecated")),
                        raw=op,
                    )
        self.error_codes: dict[str, ErrorCode] = {}
        for row in spec.get("x-error-codes") or ():
            code = str(row["code"])
            self.error_codes[code] = ErrorCode(code, int(row["status"]), str(row.get("name", "")), str(row["message"]))
        self.gateway_codes: dict[str, ErrorCode] = {}
        for row in spec.get("x-gateway-error-codes") or ():
            code = str(row["errorCode"])
            message = str(row.get("message") or row.get("meaning") or row.get("name") or "")
            self.gateway_codes[code] = ErrorCode(code, int(row["status"]), str(row.get("name", "")), message)
        self._gateway_messages = self._gateway_example_messages(spec)

    @staticmethod
    def _gateway_example_messages(spec: Mapping[str, Any]) -> dict[str, str]:
        """Gateway messages from the spec's examples (``{error: {errorCode, message}}``)."""
        out: dict[str, str] = {}
        examples = ((spec.get("components") or {}).get("examples")) or {}
        for ex in examples.values():
            value = ex.get("value") if isinstance(ex, Mapping) else None
            err = value.get("error") if isinstance(value, Mapping) else None
            if isinstance(err, Mapping) and "errorCode" in err and "message" in err:
                out[str(err["errorCode"])] = str(err["message"])
        return out

    def gateway_message(self, code: str) -> str:
        """The gateway's message for an errorCode: the spec's example text, else the code's name."""
        if code in self._gateway_messages:
            return self._gateway_messages[code]
        row = self.gateway_codes.get(code)
        return row.message if row else "Unexpected Error"

    def schema(self, name: str) -> Mapping[str, Any]:
        """A named component schema (empty mapping when absent)."""
        schemas = (self.spec.get("components") or {}).get("schemas") or {}
        found = schemas.get(name)
        return found if isinstance(found, Mapping) else {}

    def enum(self, name: str) -> tuple[str, ...]:
        """The values of a named enum schema (e.g. ``ImportStatus``)."""
        return tuple(str(v) for v in (self.schema(name).get("enum") or ()))

    def terminal_states(self, name: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """``x-terminal-states`` of a named enum schema as (success, failure)."""
        ts = self.schema(name).get("x-terminal-states") or {}
        return tuple(ts.get("success") or ()), tuple(ts.get("failure") or ())
