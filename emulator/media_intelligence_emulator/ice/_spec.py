"""The ICE contract as the emulator reads it: actions and their parameters, error codes, the Match grammar.

All of it compiled by ``make generate`` (``ice_spec``, ``ice_spec.inputs``): no document is read at run
time. Imported on first use, off the start-up path.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ice_spec import ErrorCode
    from ice_spec.inputs import ActionInputs

__all__ = ["IceSpec", "given", "ice_spec"]


@dataclass(frozen=True)
class IceSpec:
    actions: Mapping[str, ActionInputs]
    """Each action's query parameters (by wire name) and which are required."""
    errors: Mapping[str, ErrorCode]
    """``x-error-codes`` by code."""
    version: str
    """The API version every request names in ``x-acs-version``."""
    match_grammar: Mapping[str, Any]
    """The ``Match`` schema's ``x-match-grammar``."""
    schema_extensions: Mapping[str, Mapping[str, Any]]
    """The ``x-`` keys of the component schemas (``x-sort-fields`` of ``SortBy``...)."""


@cache
def ice_spec() -> IceSpec:
    """The compiled contract (imported here, off the start-up path)."""
    import ice_spec as compiled
    from ice_spec.inputs import INPUTS, SCHEMA_EXTENSIONS

    grammar: Mapping[str, Any] = SCHEMA_EXTENSIONS["Match"]["x-match-grammar"]
    return IceSpec(INPUTS, compiled.ERROR_CODES, compiled.VERSION, grammar, SCHEMA_EXTENSIONS)


def given(action: str, params: Mapping[str, Any], name: str) -> Any:
    """The parameter's value, or what the service uses when it is omitted (``x-default``; None if not stated)."""
    value = params.get(name)
    if value is not None and value != "":
        return value
    return ice_spec().actions[action].parameters[name].default
