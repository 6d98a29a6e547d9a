"""Compiled JSON Schemas of ICE parameters, checked fast, explained in words.

A value is accepted by jsonschema-rs's compiled validator when it is installed (a runtime dependency);
the pure-Python ``jsonschema`` validator words the error of a refused value (and decides alone
without jsonschema-rs). Both load on the first check, not with the package; one validator pair per
schema, built on first use.
"""

from __future__ import annotations

import importlib
import json
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import jsonschema

__all__ = ["first_error"]


@cache
def _accelerator() -> Any:
    """The module jsonschema_rs, or None."""
    try:
        return importlib.import_module("jsonschema_rs")
    except ImportError:  # pragma: no cover - depends on the environment
        return None


@cache
def _fast(schema_json: str) -> Any:
    rs = _accelerator()
    if rs is None:
        return None
    try:
        return rs.validator_for(json.loads(schema_json), validate_formats=False)
    except Exception:  # a schema jsonschema-rs cannot compile: pure Python alone
        return None


@cache
def _reporter(schema_json: str) -> jsonschema.Draft202012Validator:
    import jsonschema

    return jsonschema.Draft202012Validator(json.loads(schema_json))


def first_error(schema_json: str, value: Any, *, shallowest: bool = True) -> jsonschema.ValidationError | None:
    """None when ``value`` is valid against the schema, else its first error.

    The first by path (the shallowest first) or, with ``shallowest=False``, the first jsonschema finds.
    """
    fast = _fast(schema_json)
    if fast is not None:
        try:
            if fast.is_valid(value):
                return None
        except (TypeError, ValueError, OverflowError):
            pass  # a value jsonschema-rs cannot convert: let jsonschema decide
    errors = _reporter(schema_json).iter_errors(value)
    if not shallowest:
        return next(iter(errors), None)
    ordered = sorted(errors, key=lambda e: list(e.path))
    return ordered[0] if ordered else None
