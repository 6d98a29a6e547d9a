"""Reading untrusted input with bounds: request bodies, JSON, numbers in query strings.

* ``read_body``: the body of a request, refused with the gateway's 413
  (errorCode ``430``) as soon as it is known to exceed the limit: at once
  when ``Content-Length`` says so, else once the streamed bytes pass it.
  Nothing past the limit is kept in memory.
* ``parse_json``: ``json.loads`` that answers 400/10001 naming the field for
  what Python's JSON accepts but nothing after it can store or check: nesting
  deeper than ``MAX_JSON_DEPTH`` (recursive validators would overflow the
  stack) and lone surrogates (``"\\ud800"``: valid JSON, not valid Unicode,
  refused by SQLite's UTF-8 encoding). Invalid JSON is not an error here:
  validation against the spec words that one.
* ``query_number``: a float from a query string, or 400/10001 naming it.
"""

from __future__ import annotations

import json
import math
from typing import Any

from starlette.requests import Request

from ._errors import ApiError, GatewayError
from ._spec import Errors, GatewayErrors, Limits

__all__ = ["MAX_JSON_DEPTH", "NOT_JSON", "parse_json", "query_number", "read_body"]

GATEWAY_BAD_REQUEST = GatewayErrors.GATEWAY_BAD_REQUEST
GATEWAY_TOO_LARGE = GatewayErrors.GATEWAY_REQUEST_TOO_LARGE
INVALID_REQUEST = Errors.INVALID_REQUEST
#: The spec's ``x-limits.requestBodyDepth``: deeper than any documented body (the deepest is four
#: levels), far below the recursion limit.
MAX_JSON_DEPTH = Limits.REQUEST_BODY_DEPTH
#: ``parse_json``'s answer for a body that is not JSON.
NOT_JSON: Any = object()


async def read_body(request: Request, limit: int) -> bytes:
    """The whole body, at most ``limit`` bytes; ``GatewayError(GATEWAY_TOO_LARGE)`` (413) beyond."""
    declared = request.headers.get("content-length")
    if declared is not None:
        if not (declared.isascii() and declared.isdigit()):
            raise GatewayError(GATEWAY_BAD_REQUEST, "Content-Length: must be a number of bytes")
        if int(declared) > limit:
            raise GatewayError(GATEWAY_TOO_LARGE, f"the body is larger than {limit} bytes")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise GatewayError(GATEWAY_TOO_LARGE, f"the body is larger than {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def parse_json(body: bytes) -> Any:
    """The parsed body, ``None`` when empty, ``NOT_JSON`` when it is not JSON; 10001 for what can't be used."""
    if not body:
        return None
    try:
        parsed = json.loads(body)
    except RecursionError:
        raise ApiError(INVALID_REQUEST, f"body: nested deeper than {MAX_JSON_DEPTH} levels") from None
    except ValueError:  # UnicodeDecodeError and JSONDecodeError included
        return NOT_JSON
    _check_tree(parsed)
    return parsed


def _check_tree(value: Any) -> None:
    # iterative, so that a deep document can't overflow the stack here either
    stack: list[tuple[Any, str, int]] = [(value, "body", 1)]
    while stack:
        node, where, depth = stack.pop()
        if depth > MAX_JSON_DEPTH:
            raise ApiError(INVALID_REQUEST, f"body: nested deeper than {MAX_JSON_DEPTH} levels")
        if isinstance(node, str):
            _check_text(node, where)
        elif isinstance(node, dict):
            for key, item in node.items():
                _check_text(key, f"{where}.<key>")
                stack.append((item, f"{where}.{key}" if where != "body" else key, depth + 1))
        elif isinstance(node, list):
            stack.extend((item, f"{where}[{i}]", depth + 1) for i, item in enumerate(node))


def _check_text(text: str, where: str) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise ApiError(INVALID_REQUEST, f"{where[:100]}: contains a lone surrogate (not valid Unicode)") from None


def query_number(request: Request, name: str, default: float, low: float, high: float) -> float:
    """Query parameter ``name`` as a float in [low, high] (``default`` when absent); 10001 otherwise."""
    raw = request.query_params.get(name)
    if raw is None:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ApiError(INVALID_REQUEST, f"{name}: must be a number") from None
    if not math.isfinite(value) or not low <= value <= high:
        raise ApiError(INVALID_REQUEST, f"{name}: must be between {low:g} and {high:g}")
    return value
