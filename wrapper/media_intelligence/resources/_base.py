"""What every resource namespace shares: the client it calls through and small helpers.

A resource method is thin: it resolves the workspace, builds the generated
request model from its keyword arguments, and hands the generated
``sync_detailed``/``asyncio_detailed`` function to the client core's ``call``
(validation, rate limits, retries, error mapping). It returns the generated
model of the envelope's ``result`` (or the envelope where the spec defines no
``result``).

Each method names the operation(s) it reaches with `operations(...)`; the
test suite compares those names with the spec's operationIds, for the sync
and the async classes.
"""

from __future__ import annotations

import asyncio
import time
import warnings
from collections.abc import Awaitable, Callable, Mapping, Sequence
from enum import Enum
from typing import TYPE_CHECKING, Any, TypeVar

from media_intelligence_client.types import UNSET, Unset

from .._errors import RequestValidationError
from .._waiters import AsyncWaiter, Waiter, terminal_states, waiter_config

if TYPE_CHECKING:
    from .._base_client import AsyncAPIClient, SyncAPIClient

__all__ = [
    "AsyncAPIResource",
    "SyncAPIResource",
    "declared_operations",
    "given",
    "operations",
    "require_enum",
    "to_enum",
    "to_enum_list",
    "unset_to_none",
]

_F = TypeVar("_F", bound=Callable[..., Any])
_R = TypeVar("_R")
_T = TypeVar("_T")
_E = TypeVar("_E", bound=Enum)

OPERATIONS_ATTR = "__mi_operations__"


def operations(*operation_ids: str) -> Callable[[_F], _F]:
    """Declare the spec operations a resource method reaches (read by the coverage test)."""

    def mark(fn: _F) -> _F:
        setattr(fn, OPERATIONS_ATTR, tuple(operation_ids))
        return fn

    return mark


def declared_operations(fn: Any) -> tuple[str, ...]:
    """The operation ids declared on a method with `operations` (empty if none)."""
    value = getattr(fn, OPERATIONS_ATTR, ())
    return tuple(value) if isinstance(value, tuple) else ()


def given(**kwargs: Any) -> dict[str, Any]:
    """The keyword arguments that were given (``None`` = not given = the model's default/UNSET)."""
    return {k: v for k, v in kwargs.items() if v is not None}


def unset_to_none(value: _T | Unset) -> _T | None:
    """A generated model's optional field as ``None`` when the response left it out."""
    return None if isinstance(value, Unset) else value


def require_enum(enum_cls: type[_E], value: str | _E, operation_id: str, field: str) -> _E:
    """``"MEDIUM"`` -> ``SceneRange.MEDIUM`` (the generated enum); a bad value is a `RequestValidationError`."""
    try:
        return enum_cls(value)
    except ValueError:
        allowed = ", ".join(str(m.value) for m in enum_cls)
        raise RequestValidationError.single(
            operation_id, field, f"enum [{allowed}]", f"{value!r} is not one of them"
        ) from None


def to_enum(enum_cls: type[_E], value: str | _E | None, operation_id: str, field: str) -> _E | Unset:
    """Like `require_enum`; ``None`` (not given) -> ``UNSET``."""
    if value is None:
        return UNSET
    return require_enum(enum_cls, value, operation_id, field)


def to_enum_list(
    enum_cls: type[_E], values: Sequence[str | _E] | None, operation_id: str, field: str
) -> list[_E] | Unset:
    if values is None:
        return UNSET
    out: list[_E] = []
    for i, value in enumerate(values):
        out.append(require_enum(enum_cls, value, operation_id, f"{field}[{i}]"))
    return out


def _unexploded_arrays(client: Any, operation_id: str) -> frozenset[str]:
    """snake_case names of the operation's query arrays sent as one comma-separated value.

    The spec's ``style: form, explode: false`` (``tagIdList=100,200``); the
    generated client repeats the parameter instead, so the wrapper joins the
    values itself.
    """
    return frozenset(
        p.snake_name for p in client.operation(operation_id).parameters if p.location == "query" and p.joined
    )


def _fn_kwargs(
    client: Any, operation_id: str, path: Mapping[str, Any] | None, query: Mapping[str, Any] | None, body: Any
) -> dict[str, Any]:
    kwargs: dict[str, Any] = dict(path or {})
    if query:
        joined = _unexploded_arrays(client, operation_id)
        for key, value in query.items():
            if value is None:
                continue
            if key in joined and isinstance(value, (list, tuple)):
                if not value:  # an empty array is no filter: leave the parameter out
                    continue
                value = [",".join(str(v) for v in value)]
            kwargs[key] = value
    if body is not None:
        kwargs["body"] = body
    return kwargs


class _ResourceBase:
    _deprecation_key = "_mi_deprecations_warned"

    def _warn_deprecated(self, client: Any, operation_id: str) -> None:
        """Warn (`DeprecationWarning`) once per client and its ``with_options`` copies."""
        warned: set[str] | None = getattr(client, self._deprecation_key, None)
        if warned is None:
            warned = set()
            setattr(client, self._deprecation_key, warned)
        if "legacy" in warned:
            return
        warned.add("legacy")
        info = client.operation(operation_id)
        replacement = info.replaced_by
        hint = f" ({operation_id} is replaced by {replacement})" if replacement else ""
        warnings.warn(
            "client.indexes.legacy calls the deprecated analysis API; use client.indexes (the /index API)" + hint,
            DeprecationWarning,
            stacklevel=3,
        )


class SyncAPIResource(_ResourceBase):
    """Base of the blocking resource namespaces."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def _workspace(self, workspace: str | None, operation_id: str) -> str:
        return self._client.resolve_workspace(workspace, operation_id)

    def _call(
        self,
        operation_id: str,
        fn: Callable[..., Any],
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        body: Any = None,
        cast_to: type[_R],
    ) -> _R:
        """Call the generated ``fn`` (a ``sync_detailed``) through the core with these inputs.

        ``path``/``query`` use the generated function's argument names
        (snake_case); ``None`` query values are left out.
        """
        kwargs = _fn_kwargs(self._client, operation_id, path, query, body)
        client = self._client
        return client.call(
            operation_id,
            lambda: fn(client=client.raw, **kwargs),
            path_params=path,
            query=query,
            body=body,
            cast_to=cast_to,
        )

    def _waiter(self, namespace: str, name: str, poll: Callable[..., _R]) -> Waiter[_R]:
        """A waiter polling ``poll``; sleep and clock come from the client (injectable for tests)."""
        config = waiter_config(namespace, name)
        return Waiter(
            config,
            terminal_states(self._client, config.operation_id),
            poll,
            sleep=getattr(self._client, "waiter_sleep", None) or time.sleep,
            clock=getattr(self._client, "waiter_clock", None) or time.monotonic,
        )


class AsyncAPIResource(_ResourceBase):
    """Base of the asyncio resource namespaces."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    def _workspace(self, workspace: str | None, operation_id: str) -> str:
        return self._client.resolve_workspace(workspace, operation_id)

    async def _call(
        self,
        operation_id: str,
        fn: Callable[..., Awaitable[Any]],
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        body: Any = None,
        cast_to: type[_R],
    ) -> _R:
        """Async twin of `SyncAPIResource._call` (``fn`` is an ``asyncio_detailed``)."""
        kwargs = _fn_kwargs(self._client, operation_id, path, query, body)
        client = self._client
        return await client.call(
            operation_id,
            lambda: fn(client=client.raw, **kwargs),
            path_params=path,
            query=query,
            body=body,
            cast_to=cast_to,
        )

    def _waiter(self, namespace: str, name: str, poll: Callable[..., Awaitable[_R]]) -> AsyncWaiter[_R]:
        """An async waiter polling ``poll``; sleep and clock come from the client (injectable for tests)."""
        config = waiter_config(namespace, name)
        return AsyncWaiter(
            config,
            terminal_states(self._client, config.operation_id),
            poll,
            sleep=getattr(self._client, "waiter_sleep", None) or asyncio.sleep,
            clock=getattr(self._client, "waiter_clock", None) or time.monotonic,
        )
