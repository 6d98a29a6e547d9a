"""Helpers shared by the spec checks."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tools.compile_spec import HTTP_METHODS, deref

REPO = Path(__file__).resolve().parents[2]
SPEC_FILE = REPO / "openapi.yaml"

__all__ = ["HTTP_METHODS", "REPO", "SPEC_FILE", "Operation", "resolve"]

Operation = tuple[str, str, dict[str, Any]]  # (path, method, operation object)


def resolve(spec: dict[str, Any], node: Any) -> Any:
    """Follow local ``$ref``s (``#/...``) until a node without one."""
    return deref(spec, node)
