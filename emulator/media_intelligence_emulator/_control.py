"""The control plane (``/_emulator/api/...``), like moto's ``/moto-api``: reset, state, request log, faults.

Every endpoint takes a signed request (NCP signature v2, as the API does;
unsigned or badly signed: 401). ``reset`` (the same as ``POST
/_emulator/reset``) is open to every accepted key and empties what the caller
owns (its workspaces and everything in them, its uploads); with an admin key
(``EmulatorConfig.admin_access_keys``) it empties everything. The other
endpoints answer 403 to any key but an admin key:

* ``POST /_emulator/api/reset``
* ``GET /_emulator/api/state``: the database as a SQLite file image;
  ``PUT /_emulator/api/state`` with such an image puts it back (jobs paused
  meanwhile, rate-limit windows forgotten);
* ``GET /_emulator/api/requests[?limit=N]``: the last requests (method, path,
  operationId, access key, status, duration, injected fault), oldest first;
  ``DELETE`` empties the log;
* ``GET|POST|DELETE /_emulator/api/faults``: fault injection (``Fault``);
* ``GET /_emulator/api/jobs``: ``{"held", "pending"}``; ``PUT`` with
  ``{"held": true}`` holds every background job (imports, analyses, searches
  stay in their waiting state) until ``{"held": false}``.

Every other request (the API, presigned uploads, files) is logged and
subject to faults; the control plane and ``/_emulator/health`` are not.
"""

from __future__ import annotations

import asyncio
import fnmatch
import itertools
import json
import re
import sqlite3
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from ._errors import GatewayError, gateway_error_response
from ._spec import GatewayErrors

if TYPE_CHECKING:
    from ._spec import SpecIndex
    from ._state import EmulatorState

__all__ = ["FAULT_ACTIONS", "ControlMiddleware", "Fault", "FaultInjector", "RequestLog", "control_routes"]

PREFIX = "/_emulator/api"
LOG_SIZE = 1000
FAULT_ACTIONS = ("status", "delay", "drop")
MAX_DELAY_SECONDS = 300.0
UPLOADS_PREFIX = "/_emulator/uploads/"

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


class FaultError(ValueError):
    """A fault rule that cannot be applied (answered 400 naming the field)."""


@dataclass
class Fault:
    """For the next ``count`` requests matching every given criterion: answer ``status``, wait, or drop.

    * criteria: ``method`` (``GET``...), ``path`` (a glob: ``/api/v1/workspaces/*``),
      ``operation_id``; none given matches every API request.
    * ``action="status"``: answer ``status`` (429 by default, with
      ``Retry-After: retry_after`` seconds; or a 5xx) with the gateway's error
      body for that status, without running the request;
    * ``action="delay"``: wait ``delay`` seconds, then run the request;
    * ``action="drop"``: read the request, then close the connection
      without answering (the request is not run).
    """

    id: int
    action: str
    count: int = 1
    method: str | None = None
    path: str | None = None
    operation_id: str | None = None
    status: int = 429
    retry_after: int | None = 1
    delay: float = 0.0
    hits: int = 0

    @classmethod
    def from_json(cls, fault_id: int, data: Any) -> Fault:
        if not isinstance(data, dict):
            raise FaultError("the body must be a JSON object")
        action = data.get("action", "status")
        if action not in FAULT_ACTIONS:
            raise FaultError(f"action must be one of {', '.join(FAULT_ACTIONS)}")
        count = data.get("count", 1)
        if not isinstance(count, int) or isinstance(count, bool) or count < 1:
            raise FaultError("count must be an integer >= 1")
        fields: dict[str, Any] = {}
        for name, key in (("method", "method"), ("path", "path"), ("operation_id", "operationId")):
            value = data.get(key)
            if value is not None and not isinstance(value, str):
                raise FaultError(f"{key} must be a string")
            fields[name] = value.upper() if name == "method" and value else value
        status = data.get("status", 429)
        if not isinstance(status, int) or isinstance(status, bool) or not (status == 429 or 500 <= status <= 599):
            raise FaultError("status must be 429 or a 5xx")
        retry_after = data.get("retryAfter", 1 if status == 429 else None)
        if retry_after is not None and (not isinstance(retry_after, int) or retry_after < 0):
            raise FaultError("retryAfter must be an integer >= 0")
        delay = data.get("delay", 0.0)
        if not isinstance(delay, int | float) or isinstance(delay, bool) or not 0 <= delay <= MAX_DELAY_SECONDS:
            raise FaultError(f"delay must be a number of seconds from 0 to {MAX_DELAY_SECONDS:.0f}")
        return cls(fault_id, action, count, status=status, retry_after=retry_after, delay=float(delay), **fields)

    def matches(self, method: str, path: str, operation_id: str | None) -> bool:
        return (
            (self.method is None or self.method == method)
            and (self.path is None or fnmatch.fnmatchcase(path, self.path))
            and (self.operation_id is None or self.operation_id == operation_id)
        )

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "action": self.action, "remaining": self.count, "hits": self.hits}
        for key, value in (("method", self.method), ("path", self.path), ("operationId", self.operation_id)):
            if value is not None:
                data[key] = value
        if self.action == "status":
            data["status"] = self.status
            if self.retry_after is not None:
                data["retryAfter"] = self.retry_after
        if self.action == "delay":
            data["delay"] = self.delay
        return data


class FaultInjector:
    """The fault rules; the first matching rule with requests left applies (and counts one down)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._rules: list[Fault] = []
        self._ids = itertools.count(1)

    def add(self, data: Any) -> Fault:
        with self._lock:
            fault = Fault.from_json(next(self._ids), data)
            self._rules.append(fault)
            return fault

    def take(self, method: str, path: str, operation_id: str | None) -> Fault | None:
        with self._lock:
            for fault in self._rules:
                if fault.matches(method, path, operation_id):
                    fault.count -= 1
                    fault.hits += 1
                    if fault.count <= 0:
                        self._rules.remove(fault)
                    return fault
        return None

    def list(self) -> list[dict[str, Any]]:
        with self._lock:
            return [f.to_json() for f in self._rules]

    def clear(self) -> None:
        with self._lock:
            self._rules.clear()


class RequestLog:
    """The last ``size`` API requests."""

    def __init__(self, size: int = LOG_SIZE) -> None:
        self._lock = threading.Lock()
        self._entries: deque[dict[str, Any]] = deque(maxlen=size)
        self._ids = itertools.count(1)

    def add(self, entry: dict[str, Any]) -> None:
        with self._lock:
            self._entries.append({"id": next(self._ids), **entry})

    def entries(self, limit: int | None = None) -> list[dict[str, Any]]:
        with self._lock:
            items = list(self._entries)
        return items[-limit:] if limit else items

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()


class OperationMatcher:
    """Request path and method -> operationId, from the spec's path templates."""

    def __init__(self, spec: SpecIndex) -> None:
        self._routes: list[tuple[re.Pattern[str], str, str]] = []
        for op in spec.operations.values():
            pattern = re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(op.path))
            self._routes.append((re.compile(pattern + "$"), op.method, op.operation_id))
        # literal segments win over templated ones, as in routing
        self._routes.sort(key=lambda r: r[0].pattern.count("[^/]+"))

    def find(self, method: str, path: str) -> str | None:
        for pattern, op_method, operation_id in self._routes:
            if op_method == method and pattern.match(path):
                return operation_id
        return None


class ControlMiddleware:
    """Logs every API request and applies injected faults before the request reaches the app."""

    def __init__(self, app: ASGIApp, state: EmulatorState) -> None:
        self.app = app
        self.state = state
        self.matcher = OperationMatcher(state.spec)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = str(scope.get("path", ""))
        if scope["type"] != "http" or path.startswith(("/_emulator/api/", "/_emulator/health")):
            await self.app(scope, receive, send)
            return
        method = str(scope["method"])
        operation_id = self.matcher.find(method, path)
        headers = dict(scope.get("headers") or [])
        entry: dict[str, Any] = {
            "time": time.time(),
            "method": method,
            "path": _masked(path),
            "query": (scope.get("query_string") or b"").decode("latin-1"),
            "operationId": operation_id,
            "accessKey": headers.get(b"x-ncp-iam-access-key", b"").decode("latin-1") or None,
        }
        started = time.perf_counter()
        status: dict[str, int] = {}

        async def recording_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                status["code"] = int(message["status"])
            await send(message)

        fault = self.state.faults.take(method, path, operation_id)
        try:
            if fault is not None:
                entry["fault"] = fault.to_json()
                if fault.action == "delay":
                    await asyncio.sleep(fault.delay)
                elif fault.action == "drop":
                    await _drain(receive)
                    await _drop(send)
                    return
                else:
                    await _drain(receive)
                    await _fault_response(self.state, fault)(scope, receive, recording_send)
                    return
            await self.app(scope, receive, recording_send)
        finally:
            entry["status"] = status.get("code")
            entry["durationMs"] = round((time.perf_counter() - started) * 1000, 1)
            self.state.request_log.add(entry)


def _masked(path: str) -> str:
    """The path as logged: a presigned upload's token (it authorises the upload) replaced by ``****``."""
    if path.startswith(UPLOADS_PREFIX):
        return UPLOADS_PREFIX + "****"
    return path


async def _drain(receive: Receive) -> None:
    while True:
        message = await receive()
        if message["type"] != "http.request" or not message.get("more_body"):
            return


async def _drop(send: Send) -> None:
    """Close the connection without a response.

    ASGI has no "abort"; uvicorn's send is a method of its request cycle,
    whose transport we close (an abortive close: the client sees a reset, as
    from a crashed server). Another server gets an exception, which it turns
    into a closed connection or a 500.
    """
    transport = getattr(getattr(send, "__self__", None), "transport", None)
    if transport is None:
        raise ConnectionAbortedError("fault injection: connection dropped")
    transport.abort()
    for _ in range(3):  # let the server notice the lost connection before the app returns
        await asyncio.sleep(0)


def _fault_response(state: EmulatorState, fault: Fault) -> Response:
    rows = [row for row in state.spec.gateway_codes.values() if row.status == fault.status]
    headers = {"Retry-After": str(fault.retry_after)} if fault.retry_after is not None else None
    row = rows[-1] if rows else GatewayErrors.GATEWAY_UNEXPECTED_ERROR  # 429: the rate-limit row comes last
    return gateway_error_response(state.spec, GatewayError(row, "injected fault", headers=headers), status=fault.status)


# -- endpoints ---------------------------------------------------------------------------------------------------

Endpoint = Callable[[Request, "EmulatorState", str], Awaitable[Response]]


def _authenticated(state: EmulatorState, func: Endpoint, *, admin: bool) -> Callable[[Request], Awaitable[Response]]:
    async def endpoint(request: Request) -> Response:
        from ._app import _authenticate  # the API's own signature check

        try:
            access_key = _authenticate(state, request)
        except GatewayError as exc:
            return gateway_error_response(state.spec, exc)
        if admin and access_key not in state.config.admin_access_keys:
            detail = "an admin key only" if state.config.admin_access_keys else "no admin key is configured"
            return gateway_error_response(
                state.spec, GatewayError(GatewayErrors.GATEWAY_PERMISSION_DENIED, detail), status=403
            )
        return await func(request, state, access_key)

    return endpoint


def _bad_request(message: str) -> Response:
    return JSONResponse({"error": {"message": message}}, status_code=400)


async def _reset(request: Request, state: EmulatorState, access_key: str) -> Response:
    from ._app import _reset as reset  # one reset for both routes

    return await reset(request, state, access_key)


async def _get_state(request: Request, state: EmulatorState, access_key: str) -> Response:
    image = await run_in_threadpool(state.db.snapshot)
    return Response(image, media_type="application/vnd.sqlite3")


async def _put_state(request: Request, state: EmulatorState, access_key: str) -> Response:
    image = await request.body()
    try:
        await run_in_threadpool(state.restore, image)
    except sqlite3.DatabaseError:
        return _bad_request("the body is not a snapshot (GET /_emulator/api/state)")
    return JSONResponse({"status": "restored"})


async def _get_requests(request: Request, state: EmulatorState, access_key: str) -> Response:
    raw = request.query_params.get("limit")
    if raw is not None and not (raw.isascii() and raw.isdigit()):
        return _bad_request("limit must be a positive integer")
    return JSONResponse({"requests": state.request_log.entries(int(raw) if raw else None)})


async def _delete_requests(request: Request, state: EmulatorState, access_key: str) -> Response:
    state.request_log.clear()
    return JSONResponse({"status": "cleared"})


async def _get_faults(request: Request, state: EmulatorState, access_key: str) -> Response:
    return JSONResponse({"faults": state.faults.list()})


async def _post_faults(request: Request, state: EmulatorState, access_key: str) -> Response:
    try:
        fault = state.faults.add(json.loads(await request.body()))
    except (ValueError, RecursionError) as exc:
        return _bad_request(str(exc) if isinstance(exc, FaultError) else "the body is not JSON")
    return JSONResponse(fault.to_json(), status_code=201)


async def _delete_faults(request: Request, state: EmulatorState, access_key: str) -> Response:
    state.faults.clear()
    return JSONResponse({"status": "cleared"})


async def _get_jobs(request: Request, state: EmulatorState, access_key: str) -> Response:
    pending = await run_in_threadpool(state.jobs.pending)
    return JSONResponse({"held": state.jobs.holding, "pending": pending})


async def _put_jobs(request: Request, state: EmulatorState, access_key: str) -> Response:
    try:
        data = json.loads(await request.body())
    except (ValueError, RecursionError):
        return _bad_request("the body is not JSON")
    held = data.get("held") if isinstance(data, dict) else None
    if not isinstance(held, bool):
        return _bad_request("held must be true or false")
    state.jobs.set_held(held)
    return await _get_jobs(request, state, access_key)


def control_routes(state: EmulatorState) -> Iterable[BaseRoute]:
    """The control plane's routes."""

    def admin(method: str, func: Endpoint) -> tuple[str, Callable[[Request], Awaitable[Response]]]:
        return method, _authenticated(state, func, admin=True)

    table: dict[str, list[tuple[str, Callable[[Request], Awaitable[Response]]]]] = {
        "/reset": [("POST", _authenticated(state, _reset, admin=False))],
        "/state": [admin("GET", _get_state), admin("PUT", _put_state)],
        "/requests": [admin("GET", _get_requests), admin("DELETE", _delete_requests)],
        "/faults": [admin("GET", _get_faults), admin("POST", _post_faults), admin("DELETE", _delete_faults)],
        "/jobs": [admin("GET", _get_jobs), admin("PUT", _put_jobs)],
    }
    for path, handlers in table.items():
        for method, endpoint in handlers:
            yield Route(PREFIX + path, endpoint, methods=[method])
