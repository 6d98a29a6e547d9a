"""What every resource namespace shares: the client it calls through and small helpers.

A resource method is thin. It names its operation once, with `operation`
(``@operation("createProject")``); the decorator declares it (the coverage
test compares the declarations with the spec's operationIds), supplies it to
`_call` and `_workspace` while the method runs, warns when the spec marks the
operation ``deprecated``, and appends the spec's facts (method and path,
retry safety, ``x-rate-limit``, replacement) to the docstring. The body
builds the generated request model from its keyword arguments; `_call` finds
the generated ``sync_detailed``/``asyncio_detailed`` function of the
operation and hands it to the client core's ``call`` (validation, rate
limits, retries, error mapping).

Methods that chain several operations (workflows, waiters) list them with
`operations`. The async resources are written once, in ``_async/``; the
sync ones are derived from them by ``tools/unasync.py`` (``make generate``).
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import functools
import importlib
import inspect
import time
import warnings
from collections.abc import Awaitable, Callable, Iterable, Iterator, Mapping, Sequence
from enum import Enum
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from mi_spec import OPERATIONS

from .._base_client import APIResponse, _response_sink
from .._errors import RequestValidationError
from .._pagination import AsyncPaginator, Pagination, SyncPaginator, snake_case
from .._sleep import asyncio_sleep as sleep_async
from .._types import RequestOptions

if TYPE_CHECKING:
    from .._api_client import AsyncAPIClient, SyncAPIClient

__all__ = [
    "AsyncAPIResource",
    "Id",
    "SyncAPIResource",
    "declared_operations",
    "gather",
    "gather_async",
    "given",
    "operation",
    "operations",
    "report",
    "report_async",
    "require_enum",
    "sleep",
    "sleep_async",
    "to_enum",
    "to_enum_list",
    "to_thread",
    "to_thread_async",
]

_F = TypeVar("_F", bound=Callable[..., Any])
_R = TypeVar("_R")
_T = TypeVar("_T")
_E = TypeVar("_E", bound=Enum)
_P = TypeVar("_P")
_A = TypeVar("_A")

#: An id argument: the API's ids are numbers, sent in paths as strings.
Id = int | str

OPERATIONS_ATTR = "__mi_operations__"
#: Set on the methods declared with `operations`: workflows, which check all their inputs before the first request.
WORKFLOW_ATTR = "__mi_workflow__"
#: The operation of the resource method running in this context (set by `operation`/`operations`).
_current: contextvars.ContextVar[str] = contextvars.ContextVar("mi_operation")
#: The ``<operationId>ByPost`` twin the spec gives some DELETEs with a body (for proxies that drop them).
BY_POST = "ByPost"


# --------------------------------------------------------------------------- #
# spec facts of an operation, for docstrings


def spec_sentences(operation_id: str) -> list[str]:
    """What the spec says of an operation that its method's docstring should say too."""
    op = OPERATIONS[operation_id]
    lines = [f"Operation ``{operation_id}`` (``{op.method} {op.path}``)."]
    if op.retry_safe:
        lines.append("Retried on connection errors, HTTP 429 and 5xx (it is safe to repeat).")
    else:
        lines.append(
            "Retried only on HTTP 429 and on connection errors raised before the request was sent"
            f" (the spec does not mark this {op.method} safe to repeat)."
        )
    if op.rate_limit is not None:
        lines.append(
            f"Rate limit: {op.rate_limit.limit} per {op.rate_limit.period} (the client waits rather than exceed it)."
        )
    if op.deprecated:
        instead = f"; use ``{op.replaced_by}``" if op.replaced_by else ""
        lines.append(f"Deprecated by the API{instead}.")
    return lines


def _with_sentences(doc: str | None, sentences: list[str]) -> str | None:
    if not sentences:
        return doc
    text = (doc or "").rstrip()
    rest = text.splitlines()[1:]
    indents = [len(line) - len(line.lstrip()) for line in rest if line.strip()]
    pad = " " * (min(indents) if indents else 0)
    return f"{text}\n\n" + "\n".join(pad + line for line in sentences) + ("\n" + pad if pad else "")


# --------------------------------------------------------------------------- #
# declaring operations


def _raw_sink(self: Any, single: bool) -> list[httpx.Response] | None:
    """A fresh sink for the HTTP responses of this method, if it is to return them (`APIResponse`).

    Only the outermost method answers with its response; a workflow
    (``single`` False) shields the methods it calls, and returns as usual.
    """
    if _response_sink.get() is not None or not getattr(self._client, "raw_responses", False):
        return None
    return [] if single else None


def _answer(result: Any, sink: list[httpx.Response] | None) -> Any:
    return APIResponse(result, sink[-1]) if sink else result


@contextlib.contextmanager
def _running(self: Any, operation_id: str, single: bool) -> Iterator[list[httpx.Response] | None]:
    """The context of one resource method: its operation current, its own response sink (`_raw_sink`)."""
    sink = _raw_sink(self, single)
    token = _current.set(operation_id)
    sink_token = _response_sink.set(sink if sink is not None else [])
    try:
        yield sink
    finally:
        _response_sink.reset(sink_token)
        _current.reset(token)


def _in_context(fn: _F, operation_id: str, before: Callable[[Any], None] | None = None, single: bool = True) -> _F:
    """``fn`` running with ``operation_id`` as the current operation (``before(self)`` first)."""
    if inspect.iscoroutinefunction(fn):

        @functools.wraps(fn)
        async def run_async(self: Any, *args: Any, **kwargs: Any) -> Any:
            if before is not None:  # called here: a warning it gives points at the caller
                before(self)
            with _running(self, operation_id, single) as sink:
                return _answer(await fn(self, *args, **kwargs), sink)

        return run_async  # type: ignore[return-value]

    @functools.wraps(fn)
    def run(self: Any, *args: Any, **kwargs: Any) -> Any:
        if before is not None:
            before(self)
        with _running(self, operation_id, single) as sink:
            return _answer(fn(self, *args, **kwargs), sink)

    return run  # type: ignore[return-value]


def operation(operation_id: str, *, by_post: bool = False) -> Callable[[_F], _F]:
    """The one spec operation a resource method sends (with ``by_post``, also its ``…ByPost`` twin).

    Declares it, makes it the current operation of `_call`/`_workspace`,
    warns once per client and namespace when the spec deprecates it, and
    renders the spec's facts into the docstring.
    """
    declared = (operation_id, operation_id + BY_POST) if by_post else (operation_id,)

    def mark(fn: _F) -> _F:
        wrapped = _in_context(fn, operation_id, lambda self: self._warn_if_deprecated(operation_id))
        wrapped.__doc__ = _with_sentences(fn.__doc__, spec_sentences(operation_id))
        setattr(wrapped, OPERATIONS_ATTR, declared)
        return wrapped

    return mark


def operations(*operation_ids: str) -> Callable[[_F], _F]:
    """The spec operations a method reaches through other methods (waiters, workflows, paginators).

    The first one is the current operation while the method runs (named in
    errors about its arguments).
    """

    def mark(fn: _F) -> _F:
        wrapped = _in_context(fn, operation_ids[0], single=False)
        setattr(wrapped, OPERATIONS_ATTR, tuple(operation_ids))
        setattr(wrapped, WORKFLOW_ATTR, True)
        return wrapped

    return mark


def declared_operations(fn: Any) -> tuple[str, ...]:
    """The operation ids declared on a method with `operation`/`operations` (empty if none)."""
    value = getattr(fn, OPERATIONS_ATTR, ())
    return tuple(value) if isinstance(value, tuple) else ()


def current_operation() -> str:
    """The operation of the resource method running now."""
    try:
        return _current.get()
    except LookupError:
        raise RuntimeError("not inside a method declared with @operation/@operations") from None


# --------------------------------------------------------------------------- #
# arguments


def given(**kwargs: Any) -> dict[str, Any]:
    """The keyword arguments that were given (``None`` = not given = the model's default)."""
    return {k: v for k, v in kwargs.items() if v is not None}


def require_enum(enum_cls: type[_E], value: str | _E, operation_id: str, field: str) -> _E:
    """``"MEDIUM"`` -> ``SceneRange.MEDIUM`` (the generated enum); a bad value is a `RequestValidationError`."""
    try:
        return enum_cls(value)
    except ValueError:
        allowed = ", ".join(str(m.value) for m in enum_cls)
        raise RequestValidationError.single(
            operation_id, field, f"enum [{allowed}]", f"{value!r} is not one of them"
        ) from None


def to_enum(enum_cls: type[_E], value: str | _E | None, operation_id: str, field: str) -> _E | None:
    """Like `require_enum`; ``None`` (not given) stays ``None``."""
    if value is None:
        return None
    return require_enum(enum_cls, value, operation_id, field)


def to_enum_list(
    enum_cls: type[_E], values: Sequence[str | _E] | None, operation_id: str, field: str
) -> list[_E] | None:
    if values is None:
        return None
    out: list[_E] = []
    for i, value in enumerate(values):
        out.append(require_enum(enum_cls, value, operation_id, f"{field}[{i}]"))
    return out


@functools.cache
def _unexploded_arrays(operation_id: str) -> frozenset[str]:
    """snake_case names of the operation's query arrays sent as one comma-separated value.

    The spec's ``style: form, explode: false`` (``tagIdList=100,200``); the
    generated client repeats the parameter instead, so the wrapper joins the
    values itself.
    """
    return frozenset(
        p.snake_name
        for p in OPERATIONS[operation_id].parameters
        if p.location == "query" and p.is_array and p.style == "form" and not p.explode
    )


def _fn_kwargs(
    client: Any, operation_id: str, path: Mapping[str, Any] | None, query: Mapping[str, Any] | None, body: Any
) -> dict[str, Any]:
    kwargs: dict[str, Any] = dict(path or {})
    if query:
        joined = _unexploded_arrays(operation_id)
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


@functools.cache
def _api_module(operation_id: str) -> Any:
    """The generated module of an operation: ``media_intelligence_client.api.<tag>.<operation_id>`` (snake_case)."""
    tag = OPERATIONS[operation_id].tag
    return importlib.import_module(f"media_intelligence_client.api.{snake_case(tag)}.{snake_case(operation_id)}")


def _shielded(fetch: Callable[[int, int | None], _P]) -> Callable[[int, int | None], _P]:
    """A paginator's page fetch: pages stay result models, also under ``with_raw_response``."""

    def run(page_num: int, page_size: int | None) -> _P:
        token = _response_sink.set([])
        try:
            return fetch(page_num, page_size)
        finally:
            _response_sink.reset(token)

    return run


def _shielded_async(
    fetch: Callable[[int, int | None], Awaitable[_P]],
) -> Callable[[int, int | None], Awaitable[_P]]:
    async def run(page_num: int, page_size: int | None) -> _P:
        token = _response_sink.set([])
        try:
            return await fetch(page_num, page_size)
        finally:
            _response_sink.reset(token)

    return run


class _ResourceBase:
    """What the sync and the async namespaces share; each adds ``_call`` and the paginators."""

    _client: Any
    #: The name of the generated function `_call` calls: ``sync_detailed`` or ``asyncio_detailed``.
    _detailed: str
    _deprecation_key = "_mi_deprecations_warned"

    def _workspace(self, workspace: str | None, operation_id: str | None = None) -> str:
        """``workspace`` or the client's default; a `RequestValidationError` (naming the operation) if neither."""
        return str(self._client.resolve_workspace(workspace, operation_id or current_operation()))

    def _warn_if_deprecated(self, operation_id: str) -> None:
        """`DeprecationWarning` if the spec deprecates the operation: once per client (and copies) and namespace."""
        op = OPERATIONS[operation_id]
        if not op.deprecated:
            return
        warned: set[str] | None = getattr(self._client, self._deprecation_key, None)
        if warned is None:
            warned = set()
            setattr(self._client, self._deprecation_key, warned)
        namespace = type(self).__name__
        if namespace in warned:
            return
        warned.add(namespace)
        instead = f"; use {op.replaced_by} instead" if op.replaced_by else ""
        warnings.warn(
            f"{namespace} calls {operation_id}, which the API has deprecated{instead}"
            " (the other deprecated calls of this namespace do not warn again)",
            DeprecationWarning,
            stacklevel=4,
        )

    def _path_params(self, operation_id: str, workspace: str | None, path: Mapping[str, Any] | None) -> dict[str, Any]:
        """``path``, with the workspace filling ``{workspace_name}`` when the operation's path has one."""
        path_params = dict(path or {})
        if "{workspace_name}" in OPERATIONS[operation_id].path and "workspace_name" not in path_params:
            path_params = {"workspace_name": self._workspace(workspace, operation_id), **path_params}
        return path_params

    def _check(
        self,
        operation_id: str,
        *,
        workspace: str | None = None,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        body: Any = None,
    ) -> None:
        """Validate a request a workflow will send later, before it sends its first one."""
        path_params = self._path_params(operation_id, workspace, path)
        self._client.check_request(operation_id, path_params or None, query, body)

    def _send(
        self,
        cast_to: type[Any],
        *,
        workspace: str | None = None,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        body: Any = None,
        by_post: bool = False,
        options: RequestOptions | None = None,
    ) -> Any:
        """What `_call` returns: the core's ``call`` of the current operation's generated function.

        The client's workspace (or ``workspace``) fills ``{workspace_name}``
        when the operation's path has one.
        """
        client = self._client
        operation_id = current_operation() + (BY_POST if by_post else "")
        path_params = self._path_params(operation_id, workspace, path)
        fn = getattr(_api_module(operation_id), self._detailed)
        kwargs = _fn_kwargs(client, operation_id, path_params or None, query, body)
        return client.call(
            operation_id,
            lambda: fn(client=client.raw, **kwargs),
            path_params=path_params or None,
            query=query,
            body=body,
            cast_to=cast_to,
            options=options,
        )


class SyncAPIResource(_ResourceBase):
    """Base of the blocking resource namespaces."""

    _detailed = "sync_detailed"

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def _call(self, cast_to: type[_R], options: RequestOptions, **inputs: Any) -> _R:
        """Send the current operation with the method's per-call ``options``.

        ``inputs`` are `_send`'s (``path``/``query`` in the generated names).
        """
        result: _R = self._send(cast_to, options=options, **inputs)
        return result

    def _paginate(
        self, fetch: Callable[[int, int | None], _P], page_size: int | None, start_page: int | None
    ) -> SyncPaginator[Any, _P]:
        """The current operation's pages, ``fetch(page_num, page_size)`` called lazily."""
        pagination = Pagination.of(self._client, current_operation())
        return SyncPaginator(_shielded(fetch), pagination, page_size=page_size, start_page=start_page)

    def _unpaged(self, fetch: Callable[[], _P], items_field: str) -> SyncPaginator[Any, _P]:
        """The current (unpaged) list operation as the same list object: its one response is the only page."""
        return SyncPaginator(_shielded(lambda _n, _s: fetch()), Pagination.single(current_operation(), items_field))


class AsyncAPIResource(_ResourceBase):
    """Base of the asyncio resource namespaces."""

    _detailed = "asyncio_detailed"

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def _call(self, cast_to: type[_R], options: RequestOptions, **inputs: Any) -> _R:
        """Async twin of `SyncAPIResource._call`."""
        result: _R = await self._send(cast_to, options=options, **inputs)
        return result

    def _paginate(
        self, fetch: Callable[[int, int | None], Awaitable[_P]], page_size: int | None, start_page: int | None
    ) -> AsyncPaginator[Any, _P]:
        """The current operation's pages (``async for``), ``fetch(page_num, page_size)`` awaited lazily."""
        pagination = Pagination.of(self._client, current_operation())
        return AsyncPaginator(_shielded_async(fetch), pagination, page_size=page_size, start_page=start_page)

    def _unpaged(self, fetch: Callable[[], Awaitable[_P]], items_field: str) -> AsyncPaginator[Any, _P]:
        """Async twin of `SyncAPIResource._unpaged`."""
        return AsyncPaginator(
            _shielded_async(lambda _n, _s: fetch()), Pagination.single(current_operation(), items_field)
        )


# --------------------------------------------------------------------------- #
# what differs between the sync and the async workflows (tools/unasync.py maps ``x_async`` to ``x``)


async def gather_async(fn: Callable[[_A], Awaitable[_T]], items: Iterable[_A]) -> list[_T]:
    """``[fn(item) for item in items]``, awaited concurrently."""
    async with asyncio.TaskGroup() as group:
        tasks = [group.create_task(_awaited(fn(item))) for item in items]
    return [task.result() for task in tasks]


async def _awaited(awaitable: Awaitable[_T]) -> _T:
    return await awaitable


def gather(fn: Callable[[_A], _T], items: Iterable[_A]) -> list[_T]:
    """``[fn(item) for item in items]``, one after the other."""
    return [fn(item) for item in items]


async def to_thread_async(fn: Callable[..., _T], /, *args: Any, **kwargs: Any) -> _T:
    """``fn(*args, **kwargs)`` in a worker thread (blocking libraries such as boto3)."""
    return await asyncio.to_thread(fn, *args, **kwargs)


def to_thread(fn: Callable[..., _T], /, *args: Any, **kwargs: Any) -> _T:
    """``fn(*args, **kwargs)``: the sync clients block anyway."""
    return fn(*args, **kwargs)


def sleep(seconds: float) -> None:
    time.sleep(seconds)


async def report_async(callback: Callable[[_A], Any], value: _A) -> None:
    """``callback(value)``, awaited when it returns an awaitable (a coroutine function)."""
    reported = callback(value)
    if inspect.isawaitable(reported):
        await reported


def report(callback: Callable[[_A], Any], value: _A) -> None:
    callback(value)
