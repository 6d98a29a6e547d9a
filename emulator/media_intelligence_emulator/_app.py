"""The ASGI application: routes generated from the spec's paths.

Every request to an operation goes through, in order:

1. routing (an unknown path, a path with an encoded ``/`` in a segment, or a
   trailing ``/``: gateway 404 ``300``; a known path with another method: 405
   with ``Allow``),
2. the signature check (``_auth``; 401 gateway ``200``), before a byte of
   the body is read,
3. the rate limit of the operation's ``x-rate-limit`` (429 gateway ``420``),
4. reading the body, at most ``max_body_bytes`` (413 gateway ``430``),
5. the operation's ``@prevalidate`` checks, then validation against the spec
   (400 ``10001`` naming the field); anything unexpected while reading the
   input is a 400 ``10001`` too, never a 500,
6. the handler registered with ``@operation(operationId)`` (501 when none).

For a sync handler, steps 5-6 and the encoding of the response run in one
worker thread (one hop off the event loop per request).

Internal endpoints (not in the spec): ``GET /_emulator/health`` (no auth),
``POST /_emulator/reset`` (signed; an admin key empties everything, any other
key only its own data) and ``POST /_emulator/jobs/wait`` (signed), the control plane
(``_control``: ``/_emulator/api/...``), and
``PUT /_emulator/uploads/{token}`` (presigned uploads, authorised by token),
plus the routes handler modules register with ``@route`` (``_registry``).
"""

from __future__ import annotations

import contextlib
import inspect
import logging
import re
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from ._auth import path_with_query, verify_signature
from ._config import EmulatorConfig
from ._context import OperationContext, RawRequest
from ._control import ControlMiddleware, control_routes
from ._errors import ApiError, GatewayError, api_error_response, gateway_error_response
from ._inputs import NOT_JSON, parse_json, query_number, read_body
from ._registry import HANDLERS, PREVALIDATORS, ROUTES
from ._spec import CompiledSpec, Errors, GatewayErrors, Operation
from ._state import EmulatorState
from ._uploads import upload_route

__all__ = ["create_app", "missing_operations"]

log = logging.getLogger("media_intelligence_emulator")

GATEWAY_NOT_FOUND = GatewayErrors.GATEWAY_NOT_FOUND
GATEWAY_RATE_LIMITED = GatewayErrors.GATEWAY_RATE_LIMIT_EXCEEDED
UNEXPECTED = Errors.UNEXPECTED_SERVER_ERROR
INVALID_REQUEST = Errors.INVALID_REQUEST
#: The longest ``/_emulator/jobs/wait?timeout=`` accepted (seconds).
MAX_WAIT_SECONDS = 300.0
ALL_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE"]


def missing_operations(state_or_spec: EmulatorState | None = None) -> list[str]:
    """operationIds of the spec that no handler implements yet."""
    from .handlers import load_handlers

    load_handlers()
    if state_or_spec is None:
        from ._spec import SpecIndex

        ops = SpecIndex().operations
    else:
        ops = state_or_spec.spec.operations
    return sorted(oid for oid in ops if oid not in HANDLERS)


def create_app(config: EmulatorConfig | None = None, *, spec: CompiledSpec | None = None) -> Starlette:
    """Build the emulator's Starlette app (state in ``app.state.emulator``)."""
    from .handlers import load_handlers

    load_handlers()
    cfg = config or EmulatorConfig.from_env()
    state = EmulatorState(cfg, spec)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        state.start()
        try:
            yield
        finally:
            state.stop()

    async def not_found(request: Request, exc: Exception) -> Response:
        return gateway_error_response(state.spec, GatewayError(GATEWAY_NOT_FOUND))

    async def not_allowed(request: Request, exc: Exception) -> Response:
        headers = dict(getattr(exc, "headers", None) or {})
        response = gateway_error_response(state.spec, GatewayError(GATEWAY_NOT_FOUND), status=405)
        response.headers.update(headers)
        return response

    app = Starlette(
        routes=[*_routes(state), *control_routes(state)],
        lifespan=lifespan,
        exception_handlers={404: not_found, 405: not_allowed},
    )
    # a trailing slash is another path (gateway 404), not a redirect that an unsigned request could probe
    app.router.redirect_slashes = False
    # request log and fault injection, outermost: a dropped connection needs the server's own send
    app.middleware_stack = ControlMiddleware(app.build_middleware_stack(), state)
    app.state.emulator = state
    return app


def _routes(state: EmulatorState) -> list[BaseRoute]:
    by_path: dict[str, dict[str, Operation]] = {}
    for op in state.spec.operations.values():
        by_path.setdefault(op.path, {})[op.method] = op
    # literal segments before templated ones, so /persons/search is tried before /persons/{person_id}
    ordered = sorted(by_path, key=lambda p: [(1, "") if s.startswith("{") else (0, s) for s in p.split("/")])
    routes: list[BaseRoute] = [
        Route("/_emulator/health", _health(state), methods=["GET"]),
        Route("/_emulator/reset", _signed(state, _reset), methods=["POST"]),
        Route("/_emulator/jobs/wait", _signed(state, _wait_jobs), methods=["POST"]),
        upload_route(state),
        *(factory(state) for factory in ROUTES),
    ]
    for path in ordered:
        if not re.fullmatch(r"(/[^/{}]*|/\{[A-Za-z_][A-Za-z0-9_]*\})+", path):
            log.warning("skipping spec path that Starlette cannot route: %s", path)
            continue
        # Every method matches the path (the endpoint answers 405 with Allow for the ones the spec lacks): a
        # method restriction would make Starlette fall through to a templated path, so that PATCH /persons/search
        # reached updatePerson with person_id "search". OpenAPI matches concrete paths before templated ones.
        routes.append(Route(path, _endpoint(state, by_path[path]), methods=ALL_METHODS))
    return routes


def _health(state: EmulatorState) -> Callable[[Request], Awaitable[Response]]:
    async def health(request: Request) -> Response:
        return JSONResponse({"status": "ok", **state.health()})

    return health


async def _reset(request: Request, state: EmulatorState, access_key: str) -> Response:
    if access_key in state.config.admin_access_keys:
        await run_in_threadpool(state.reset)
        return JSONResponse({"status": "reset", "scope": "all"})
    await run_in_threadpool(state.reset_access_key, access_key)
    return JSONResponse({"status": "reset", "scope": "access key"})


async def _wait_jobs(request: Request, state: EmulatorState, access_key: str) -> Response:
    try:
        timeout = query_number(request, "timeout", 10.0, 0.0, MAX_WAIT_SECONDS)
    except ApiError as exc:
        return api_error_response(state.spec, exc)
    idle = await run_in_threadpool(state.jobs.wait_idle, timeout)
    return JSONResponse({"idle": idle}, status_code=200 if idle else 408)


def _signed(
    state: EmulatorState, func: Callable[[Request, EmulatorState, str], Awaitable[Response]]
) -> Callable[[Request], Awaitable[Response]]:
    async def endpoint(request: Request) -> Response:
        try:
            access_key = _authenticate(state, request)
        except GatewayError as exc:
            return gateway_error_response(state.spec, exc)
        return await func(request, state, access_key)

    return endpoint


def _authenticate(state: EmulatorState, request: Request) -> str:
    if not state.config.verify_signatures:
        header = request.headers.get("x-ncp-iam-access-key")
        return header or state.config.credentials[0].access_key
    return verify_signature(state.config, request.method, path_with_query(request.scope), request.headers)


def _endpoint(state: EmulatorState, operations: dict[str, Operation]) -> Callable[[Request], Awaitable[Response]]:
    async def endpoint(request: Request) -> Response:
        raw_path = request.scope.get("raw_path") or b""
        if b"%2f" in raw_path.lower():  # an encoded "/" inside a segment: no operation's parameter holds one
            return gateway_error_response(state.spec, GatewayError(GATEWAY_NOT_FOUND))
        op = operations.get(request.method)
        if op is None:
            raise HTTPException(405, headers={"Allow": ", ".join(sorted(operations))})
        try:
            return await _dispatch(state, op, request)
        except ApiError as exc:
            return api_error_response(state.spec, exc)
        except GatewayError as exc:
            return gateway_error_response(state.spec, exc)
        except Exception:
            log.exception("unexpected error in %s", op.operation_id)
            return api_error_response(state.spec, ApiError(UNEXPECTED))

    return endpoint


async def _dispatch(state: EmulatorState, op: Operation, request: Request) -> Response:
    handler = HANDLERS.get(op.operation_id)
    # who is calling, and may they, before the body is read (an HMAC and a counter: cheap on the loop)
    access_key = _admit(state, op, request)
    body = await read_body(request, state.config.max_body_bytes)
    if handler is not None and inspect.iscoroutinefunction(handler):
        ctx = _prepare(state, op, request, access_key, body)
        return _to_response(await handler(ctx))
    # one worker thread for the rest: checks, validation, handler (SQLite blocks), response body
    return await run_in_threadpool(_run_sync, state, op, request, access_key, body, handler)


def _run_sync(
    state: EmulatorState, op: Operation, request: Request, access_key: str, body: bytes, handler: Any
) -> Response:
    ctx = _prepare(state, op, request, access_key, body)
    if handler is None:
        return _not_implemented(op)
    return _to_response(handler(ctx))


def _admit(state: EmulatorState, op: Operation, request: Request) -> str:
    """The signature check, then the rate limit; the caller's access key."""
    access_key = _authenticate(state, request)
    limit = op.rate_limit if state.config.rate_limits else None
    if limit is not None and limit.limit > 0:
        wait = state.rate_limiter.hit((access_key, op.operation_id), limit.limit, limit.period_seconds)
        if wait:
            raise GatewayError(GATEWAY_RATE_LIMITED, headers={"Retry-After": str(wait)})
    return access_key


def _prepare(state: EmulatorState, op: Operation, request: Request, access_key: str, body: bytes) -> OperationContext:
    """The validated call; any failure reading the input is a 400/10001 (a documented 4xx, never a 500)."""
    try:
        return _parse_input(state, op, request, access_key, body)
    except (ApiError, GatewayError):
        raise
    except RecursionError:
        raise ApiError(INVALID_REQUEST, "body: nested too deeply") from None
    except Exception as exc:
        log.warning("input of %s could not be read: %s", op.operation_id, type(exc).__name__)
        raise ApiError(INVALID_REQUEST, f"request: could not be read ({type(exc).__name__})") from None


def _parse_input(
    state: EmulatorState, op: Operation, request: Request, access_key: str, body: bytes
) -> OperationContext:
    parsed: Any = parse_json(body)
    if parsed is NOT_JSON:
        parsed = None
    path_params = {k: str(v) for k, v in request.path_params.items()}
    checks = PREVALIDATORS.get(op.operation_id)
    if checks:
        raw = RawRequest(
            operation=op,
            path=dict(path_params),
            query=dict(request.query_params),
            json=parsed,
            access_key=access_key,
        )
        for check in checks:
            check(raw)
    validated = state.validator.validate_request(
        op.operation_id,
        method=request.method,
        path=request.url.path,
        path_params=path_params,
        query=request.query_params.multi_items(),
        headers=request.headers,
        body=body,
        content_type=request.headers.get("content-type"),
    )
    return OperationContext(
        operation=op,
        request=request,
        access_key=access_key,
        path={**path_params, **validated.path},
        query=validated.query,
        body=validated.body,
        json=parsed,
        state=state,
    )


def _not_implemented(op: Operation) -> Response:
    return JSONResponse(
        {"code": UNEXPECTED.code, "message": f"Not implemented in the emulator yet: {op.operation_id}"},
        status_code=501,
    )


def _to_response(result: Any) -> Response:
    if isinstance(result, Response):
        return result
    body: dict[str, Any] = {"code": "0", "message": "success"}
    if result is not None:
        body["result"] = result
    return JSONResponse(body)
