"""An index of the spec's operations by operationId.

`operation_index(spec)` returns ``{operation_id: OperationInfo}`` with the
method, path template, parameters (``$ref`` resolved, path-level and
operation-level merged), request body, idempotency and ``x-rate-limit`` of
each operation. It is computed once per spec object.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "HTTP_METHODS",
    "IDEMPOTENT_METHODS",
    "OperationInfo",
    "ParameterInfo",
    "UnknownOperationError",
    "operation_index",
    "parse_rate_limit",
    "resolve_ref",
]

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
_PERIODS = {
    "second": 1.0,
    "sec": 1.0,
    "s": 1.0,
    "minute": 60.0,
    "min": 60.0,
    "m": 60.0,
    "hour": 3600.0,
    "h": 3600.0,
    "day": 86400.0,
    "d": 86400.0,
}


class UnknownOperationError(KeyError):
    """The operationId is not in the spec."""


def _unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def resolve_pointer(spec: Mapping[str, Any], pointer: str) -> Any:
    """Follow a JSON pointer (``/components/schemas/X``) inside ``spec``."""
    node: Any = spec
    if not pointer:
        return node
    for token in pointer.lstrip("/").split("/"):
        key = _unescape(token)
        node = node[int(key)] if isinstance(node, list) else node[key]
    return node


def resolve_ref(spec: Mapping[str, Any], node: Any, pointer: str) -> tuple[Any, str]:
    """Follow local ``$ref`` chains; returns ``(object, its JSON pointer)``."""
    seen: set[str] = set()
    while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
        ref: str = node["$ref"]
        if not ref.startswith("#") or ref in seen:
            break
        seen.add(ref)
        pointer = ref[1:]
        node = resolve_pointer(spec, pointer)
    return node, pointer


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def parse_rate_limit(value: Any) -> tuple[float, float] | None:
    """``{limit: 1000, period: minute}`` -> ``(1000.0, 60.0)``; None if unusable."""
    if not isinstance(value, Mapping):
        return None
    try:
        limit = float(value["limit"])
    except (KeyError, TypeError, ValueError):
        return None
    period_raw = value.get("period", "second")
    if isinstance(period_raw, (int, float)):
        period = float(period_raw)
    else:
        period_name = str(period_raw).strip().lower().rstrip("s") or "s"
        if period_name not in _PERIODS:
            period_name = str(period_raw).strip().lower()
        if period_name not in _PERIODS:
            return None
        period = _PERIODS[period_name]
    if limit <= 0 or period <= 0:
        return None
    return (limit, period)


@dataclass(frozen=True)
class ParameterInfo:
    name: str
    location: str  # "path" | "query" | "header" | "cookie"
    required: bool
    schema_pointer: str | None  # JSON pointer of the parameter's schema in the spec


@dataclass(frozen=True)
class OperationInfo:
    operation_id: str
    method: str  # upper case
    path: str  # template, e.g. /api/v1/workspaces/{workspace_name}
    pointer: str  # JSON pointer of the operation object
    parameters: tuple[ParameterInfo, ...] = ()
    body_schema_pointer: str | None = None
    body_required: bool = False
    body_media_type: str | None = None
    idempotent: bool = False
    rate_limit: tuple[float, float] | None = None
    deprecated: bool = False
    extensions: Mapping[str, Any] = field(default_factory=dict)


def _build_index(spec: Mapping[str, Any]) -> dict[str, OperationInfo]:
    index: dict[str, OperationInfo] = {}
    paths = spec.get("paths") or {}
    for path, raw_item in paths.items():
        item_pointer = f"/paths/{_escape(path)}"
        item, item_pointer = resolve_ref(spec, raw_item, item_pointer)
        if not isinstance(item, Mapping):
            continue
        shared = list(enumerate(item.get("parameters") or []))
        for method in HTTP_METHODS:
            op = item.get(method)
            if not isinstance(op, Mapping) or not op.get("operationId"):
                continue
            op_pointer = f"{item_pointer}/{method}"
            params: dict[tuple[str, str], ParameterInfo] = {}
            sources = [(f"{item_pointer}/parameters/{i}", p) for i, p in shared] + [
                (f"{op_pointer}/parameters/{i}", p) for i, p in enumerate(op.get("parameters") or [])
            ]
            for p_pointer, raw_param in sources:
                param, p_pointer = resolve_ref(spec, raw_param, p_pointer)
                if not isinstance(param, Mapping) or "name" not in param:
                    continue
                schema_pointer = f"{p_pointer}/schema" if "schema" in param else None
                if schema_pointer is None and isinstance(param.get("content"), Mapping):
                    for media, media_obj in param["content"].items():
                        if isinstance(media_obj, Mapping) and "schema" in media_obj:
                            schema_pointer = f"{p_pointer}/content/{_escape(media)}/schema"
                            break
                location = str(param.get("in", "query"))
                params[(location, str(param["name"]))] = ParameterInfo(
                    name=str(param["name"]),
                    location=location,
                    required=bool(param.get("required", location == "path")),
                    schema_pointer=schema_pointer,
                )
            body_pointer: str | None = None
            body_required = False
            body_media: str | None = None
            if "requestBody" in op:
                body, b_pointer = resolve_ref(spec, op["requestBody"], f"{op_pointer}/requestBody")
                if isinstance(body, Mapping):
                    body_required = bool(body.get("required", False))
                    content = body.get("content") or {}
                    for media in content:
                        if media == "application/json" or media.endswith("+json"):
                            body_media = media
                            break
                    if body_media is None and content:
                        body_media = next(iter(content))
                    media_obj = content.get(body_media) if body_media is not None else None
                    if body_media is not None and isinstance(media_obj, Mapping) and "schema" in media_obj:
                        body_pointer = f"{b_pointer}/content/{_escape(body_media)}/schema"
            http_method = method.upper()
            idempotent = http_method in IDEMPOTENT_METHODS
            for key in ("x-idempotent", "x-retry-safe"):
                if key in op:
                    idempotent = bool(op[key])
            info = OperationInfo(
                operation_id=str(op["operationId"]),
                method=http_method,
                path=str(path),
                pointer=op_pointer,
                parameters=tuple(params.values()),
                body_schema_pointer=body_pointer,
                body_required=body_required,
                body_media_type=body_media,
                idempotent=idempotent,
                rate_limit=parse_rate_limit(op.get("x-rate-limit")),
                deprecated=bool(op.get("deprecated", False)),
                extensions={k: v for k, v in op.items() if str(k).startswith("x-")},
            )
            index[info.operation_id] = info
    return index


_cache_lock = threading.Lock()
# id(spec) -> (spec, index); the spec is kept alive so the id stays valid.
_cache: dict[int, tuple[Mapping[str, Any], dict[str, OperationInfo]]] = {}


def operation_index(spec: Mapping[str, Any]) -> dict[str, OperationInfo]:
    """``{operation_id: OperationInfo}`` for ``spec`` (cached per spec object)."""
    hit = _cache.get(id(spec))
    if hit is not None and hit[0] is spec:
        return hit[1]
    index = _build_index(spec)
    with _cache_lock:
        if len(_cache) > 32:  # tests build many small specs
            _cache.clear()
        _cache[id(spec)] = (spec, index)
    return index
