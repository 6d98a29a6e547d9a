"""``POST /`` for the ICE actions, on the emulator's port, dispatching on ``x-acs-action``.

Order: bounds on what is read (query and body size), then the signature V3
check, then the version and action headers, then the parameters against the
spec, then the action (in a worker thread: SQLite blocks).

The actions and the parameter checks (with lark and jsonschema behind them) are
imported by the first ICE request, not at start-up; ``_tables``, which
registers the ICE tables and the index job, is imported with this module.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from .._registry import route
from . import _tables  # noqa: F401 - the ICE tables and the index job exist before the database opens
from ._auth import NonceCache, verify_v3
from ._errors import IceError, error_response, request_id
from ._spec import ice_spec

if TYPE_CHECKING:
    from .._state import EmulatorState

__all__ = ["ice_route"]

log = logging.getLogger("media_intelligence_emulator.ice")

#: Bounds checked before the signature (every ICE action sends its parameters in the query; the body is empty).
MAX_QUERY_BYTES = 32 * 1024
MAX_BODY_BYTES = 64 * 1024


def _bounded_body(request: Request) -> Any:
    from ice_spec import Errors  # in each function, not at import: ice_spec stays off the start-up path

    declared = request.headers.get("content-length")
    if declared is not None and (not declared.isdigit() or int(declared) > MAX_BODY_BYTES):
        raise IceError(Errors.INVALID_PARAMETER_ERROR, f"the body is limited to {MAX_BODY_BYTES} bytes")


@route
def ice_route(state: EmulatorState) -> Route:
    """The ICE surface of the emulator (registered with every app)."""
    nonces = NonceCache()

    async def endpoint(request: Request) -> Response:
        from ice_spec import Errors

        try:
            raw_query = request.scope.get("query_string", b"").decode("latin-1")
            if len(raw_query) > MAX_QUERY_BYTES:
                raise IceError(
                    Errors.INVALID_PARAMETER_ERROR, f"the query string is limited to {MAX_QUERY_BYTES} bytes"
                )
            _bounded_body(request)
            body = b""
            async for chunk in request.stream():
                body += chunk
                if len(body) > MAX_BODY_BYTES:
                    raise IceError(Errors.INVALID_PARAMETER_ERROR, f"the body is limited to {MAX_BODY_BYTES} bytes")
            return await run_in_threadpool(_handle, state, nonces, request, raw_query, body)
        except IceError as exc:
            return error_response(exc)

    return Route("/", endpoint, methods=["POST"])


def _handle(state: EmulatorState, nonces: NonceCache, request: Request, raw_query: str, body: bytes) -> Response:
    from ice_spec import Errors

    try:
        if state.config.verify_signatures:
            owner = verify_v3(
                "POST", request.url.path, raw_query, request.headers, body, state.config.secret_for, nonces
            )
        else:
            owner = state.config.credentials[0].access_key
        from ._actions import ACTIONS
        from ._params import validate_query

        spec = ice_spec()
        version = request.headers.get("x-acs-version")
        if version != spec.version:
            raise IceError(Errors.INVALID_VERSION_ERROR, f"x-acs-version: {version!r} (this API is {spec.version})")
        name = request.headers.get("x-acs-action", "")
        if not name:
            raise IceError(Errors.MISSING_PARAMETER_ERROR, "the header x-acs-action (the action name) is required")
        action = spec.actions.get(name)
        handler = ACTIONS.get(name)
        if action is None or handler is None:
            raise IceError(Errors.ACTION_NOT_FOUND_ERROR, f"x-acs-action: {name!r}")
        params = validate_query(action, dict(request.query_params))
        result = handler(state, owner, params)
        return JSONResponse({"RequestId": request_id(), **result})
    except IceError as exc:
        return error_response(exc)
    except Exception:
        log.exception("unexpected error in an ICE action")
        return error_response(IceError(Errors.INTERNAL_ERROR))
