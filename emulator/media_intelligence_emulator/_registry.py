"""Registries filled by handler modules at import time.

* ``HANDLERS``: operationId -> handler, filled by ``@operation("getProject")``.
* ``PREVALIDATORS``: operationId -> checks run *before* spec validation, for
  API codes that the spec also encodes as a schema constraint and that must
  win over 10001 (10049 "name too long" vs ``maxLength: 100``; 50011 "both
  textQuery and imageQuery" vs ``oneOf``...). Filled by ``@prevalidate(...)``.
* ``ROUTES``: factories ``(state) -> starlette Route`` of routes outside the
  spec (files the emulator serves, such as thumbnails). Filled by ``@route``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from starlette.routing import BaseRoute

    from ._context import OperationContext, RawRequest
    from ._state import EmulatorState

__all__ = [
    "HANDLERS",
    "PREVALIDATORS",
    "ROUTES",
    "Handler",
    "PreValidator",
    "RouteFactory",
    "operation",
    "prevalidate",
    "route",
]

#: A handler: ``def h(ctx) -> dict | list | None | Response`` (sync handlers run in a worker thread) or async.
Handler = Callable[["OperationContext"], Any] | Callable[["OperationContext"], Awaitable[Any]]
#: A pre-validator: ``def p(raw: RawRequest) -> None``; raises ``ApiError`` to answer before validation.
PreValidator = Callable[["RawRequest"], None]

#: A route factory: ``def r(state: EmulatorState) -> BaseRoute`` (called once per app).
RouteFactory = Callable[["EmulatorState"], "BaseRoute"]

HANDLERS: dict[str, Handler] = {}
PREVALIDATORS: dict[str, list[PreValidator]] = {}
ROUTES: list[RouteFactory] = []

F = TypeVar("F", bound=Callable[..., Any])


def operation(operation_id: str) -> Callable[[F], F]:
    """Register the decorated function as the handler of ``operation_id``."""

    def decorate(func: F) -> F:
        existing = HANDLERS.get(operation_id)
        if existing is not None and existing is not func and _qualname(existing) != _qualname(func):
            raise ValueError(f"operation {operation_id} already has a handler: {_qualname(existing)}")
        HANDLERS[operation_id] = func
        return func

    return decorate


def prevalidate(*operation_ids: str) -> Callable[[F], F]:
    """Register the decorated function as a pre-validation check of the given operations."""

    def decorate(func: F) -> F:
        for oid in operation_ids:
            checks = PREVALIDATORS.setdefault(oid, [])
            if all(_qualname(c) != _qualname(func) for c in checks):
                checks.append(func)
        return func

    return decorate


def _qualname(func: Callable[..., Any]) -> str:
    return f"{getattr(func, '__module__', '?')}.{getattr(func, '__qualname__', repr(func))}"


def route(factory: RouteFactory) -> RouteFactory:
    """Register a factory of a route outside the spec (added to every app ``create_app`` builds)."""
    if all(_qualname(r) != _qualname(factory) for r in ROUTES):
        ROUTES.append(factory)
    return factory
