"""Reaching each operation through the wrapper's resource layer.

The resource methods declare the operations they call (``@operations(...)``
in ``media_intelligence.resources._base``). `method_for(client, op)` picks
the method that calls exactly that operation once (not a waiter, paginator
or workflow), and `arguments(...)` maps wire-named spec inputs to its
keyword arguments by convention:

* a parameter named like a path/query parameter or a top-level body field
  (spelling-insensitive: ``projectId`` = ``project_id``) takes its value;
* ``workspace`` takes ``workspace_name``, ``bucket`` takes ``bucketName`` (a
  parameter named after a field without its ``_name`` suffix), ``keys``
  takes ``key`` (a plural), ``tag_ids`` takes ``tagIdList`` (a wire list);
* `RENAMED` lists the few parameters the SDK's vocabulary names otherwise
  (``assets.move(to_project_id=...)`` for ``newProjectId``);
* a value whose parameter accepts a generated model (``ThumbnailArg =
  str | PersonThumbnailInput``) is built with that model's ``from_dict``.

`ADAPTERS` holds the few methods whose arguments are shaped for people rather
than named after the spec (``search.submit(text=..., project_ids=...)`` for a
nested body; the DELETE/POST twins chosen by ``use_post``). When the inputs
cannot be expressed through a method, `Unmappable` says which ones.

When the resource layer is absent (``media_intelligence.MediaIntelligence``
does not exist), `available()` is False and the wrapper parts are skipped.
"""

from __future__ import annotations

import inspect
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from ._spec import Operation, norm
from ._strategies import MISSING, Inputs

try:  # the resource layer: optional while it is being written
    from media_intelligence import AsyncMediaIntelligence, MediaIntelligence
    from media_intelligence.resources._base import declared_operations
except ImportError:  # pragma: no cover - depends on the state of the wrapper
    MediaIntelligence = AsyncMediaIntelligence = None  # type: ignore[assignment,misc]

    def declared_operations(fn: Any) -> tuple[str, ...]:
        return tuple(getattr(fn, "__mi_operations__", ()) or ())


NAMESPACES = ("workspaces", "projects", "assets", "indexes", "scene_summaries", "person_tags", "persons", "search")
# Arguments that steer behaviour rather than carry inputs.
CONTROL_ARGUMENTS = frozenset({"wait", "timeout", "poll_interval", "on_progress", "use_post", "start_page"})


class Unmappable(AssertionError):
    """The inputs cannot be expressed through the wrapper method."""


def available() -> bool:
    return MediaIntelligence is not None


@dataclass(frozen=True)
class Method:
    path: str  # "persons.remove_tags"
    function: Callable[..., Any]  # the unbound function on the class
    operations: tuple[str, ...]


def _resources(client: Any) -> dict[str, Any]:
    found: dict[str, Any] = {}

    def visit(prefix: str, resource: Any) -> None:
        found[prefix] = resource
        for name in dir(type(resource)):
            if name.startswith("_"):
                continue
            attr = inspect.getattr_static(type(resource), name)
            if hasattr(attr, "func") or isinstance(attr, property):  # cached_property / property
                value = getattr(resource, name)
                if type(value).__module__.startswith("media_intelligence.resources"):
                    visit(f"{prefix}.{name}", value)

    for namespace in NAMESPACES:
        resource = getattr(client, namespace, None)
        if resource is not None:
            visit(namespace, resource)
    return found


def declared(client: Any) -> list[Method]:
    """Every resource method with its declared operations."""
    out: list[Method] = []
    for prefix, resource in _resources(client).items():
        for name, member in inspect.getmembers(type(resource), inspect.isfunction):
            ops = declared_operations(member)
            if ops and not name.startswith("_"):
                out.append(Method(f"{prefix}.{name}", member, tuple(ops)))
    return out


def _is_single_call(method: Method) -> bool:
    name = method.path.rsplit(".", 1)[1]
    if name.startswith(("wait", "iter", "run", "upload")):
        return False
    returns = str(inspect.signature(method.function).return_annotation)
    return "Paginator" not in returns and "Waiter" not in returns


def method_for(client: Any, op: Operation) -> Method:
    """The resource method that sends ``op`` once."""
    adapter = ADAPTERS.get(op.operation_id)
    methods = declared(client)
    if adapter is not None:
        for method in methods:
            if method.path == adapter.method:
                assert op.operation_id in method.operations, f"{method.path} does not declare {op.operation_id}"
                return method
        raise Unmappable(f"{op.operation_id}: the wrapper has no method {adapter.method}")
    candidates = [m for m in methods if m.operations == (op.operation_id,) and _is_single_call(m)]
    if len(candidates) > 1:
        paged = [m for m in candidates if m.path.endswith("_page")]
        candidates = paged or candidates
    if len(candidates) != 1:
        names = [m.path for m in candidates] or "none"
        raise Unmappable(f"{op.operation_id}: no single wrapper method sends it once (candidates: {names})")
    return candidates[0]


def resolve(client: Any, path: str) -> Any:
    obj = client
    for part in path.split("."):
        obj = getattr(obj, part)
    return obj


# --------------------------------------------------------------------------- #
# inputs -> arguments


def _hints(function: Callable[..., Any]) -> dict[str, Any]:
    try:
        return typing.get_type_hints(function)
    except Exception:  # names imported under TYPE_CHECKING only: use the raw values
        return {}


def _models_in(tp: Any) -> list[type]:
    found: list[type] = []
    origin = typing.get_origin(tp)
    for arg in typing.get_args(tp) if origin is not None else [tp]:
        if isinstance(arg, type) and hasattr(arg, "from_dict"):
            found.append(arg)
        elif typing.get_origin(arg) is not None:
            found.extend(_models_in(arg))
    return found


def _build(value: Any, tp: Any) -> Any:
    """Dicts become the generated model the parameter accepts (also inside lists)."""
    models = _models_in(tp)
    if not models:
        return value
    if isinstance(value, dict):
        return models[0].from_dict(value)
    if isinstance(value, list):
        return [models[0].from_dict(v) if isinstance(v, dict) else v for v in value]
    return value


#: ``{(operationId, SDK parameter): wire name}`` where the vocabulary differs from the wire.
RENAMED: dict[tuple[str, str], str] = {
    ("moveAsset", "to_project_id"): "new_project_id",
    ("listPersonTags", "tag_id"): "id",
}


def _matches(parameter: str, source: str) -> bool:
    p, s = norm(parameter), norm(source)
    return s in (p, p + "id", p + "name") or p == s + "s" or (s.endswith("list") and p == s[: -len("list")] + "s")


def arguments(op: Operation, method: Method, inputs: Inputs) -> dict[str, Any]:
    """Keyword arguments of ``method`` carrying ``inputs``; `Unmappable` if some cannot be carried."""
    adapter = ADAPTERS.get(op.operation_id)
    if adapter is not None:
        return adapter.arguments(inputs)
    sources: dict[str, tuple[str, Any]] = {}
    for name, value in inputs.path.items():
        sources[name] = ("path", value)
    for name, value in inputs.query.items():
        sources[name] = ("query", value)
    if inputs.body is not MISSING:
        if not isinstance(inputs.body, dict):
            raise Unmappable(f"{op.operation_id}: a non-object body cannot be spread over arguments")
        for name, value in inputs.body.items():
            sources[name] = ("body", value)
    signature = inspect.signature(method.function)
    hints = _hints(method.function)
    out: dict[str, Any] = {}
    used: set[str] = set()
    for parameter in list(signature.parameters)[1:]:
        if parameter in CONTROL_ARGUMENTS:
            continue
        wire = RENAMED.get((op.operation_id, parameter))
        match = next(
            (s for s in sources if s not in used and (norm(s) == norm(wire) if wire else _matches(parameter, s))),
            None,
        )
        if match is None:
            continue
        used.add(match)
        _location, value = sources[match]
        out[parameter] = _build(value, hints.get(parameter))
    left = sorted(f"{sources[s][0]}.{s}" for s in set(sources) - used)
    if left:
        raise Unmappable(f"{op.operation_id}: {method.path} has no argument for {left}")
    missing = [
        name
        for name, p in list(signature.parameters.items())[1:]
        if p.default is inspect.Parameter.empty and p.kind is not p.VAR_KEYWORD and name not in out
    ]
    if missing:
        raise Unmappable(f"{op.operation_id}: {method.path} requires {missing}, which the inputs do not give")
    return out


# --------------------------------------------------------------------------- #
# the methods whose arguments are not named after the spec


@dataclass(frozen=True)
class Adapter:
    method: str
    arguments: Callable[[Inputs], dict[str, Any]]


def _scope(inputs: Inputs) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if "workspace_name" in inputs.path:
        out["workspace"] = inputs.path["workspace_name"]
    if "project_id" in inputs.path:
        out["project_id"] = inputs.path["project_id"]
    return out


def _only(mapping: Mapping[str, Any], allowed: set[str], where: str) -> None:
    extra = sorted(set(mapping) - allowed)
    if extra:
        raise Unmappable(f"{where}: no wrapper argument for {extra}")


def _search_submit(inputs: Inputs) -> dict[str, Any]:
    body = inputs.body
    _only(body, {"query", "queryOption", "filter"}, "searchAssets body")
    query = body.get("query") or {}
    _only(query, {"textQuery", "imageQuery", "personQuery", "dialogQuery"}, "searchAssets query")
    persons = query.get("personQuery") or {}
    dialogues = query.get("dialogQuery") or {}
    option = body.get("queryOption") or {}
    _only(option, {"confidenceLevel"}, "searchAssets queryOption")
    scope = body.get("filter") or {}
    _only(
        scope, {"projectIds", "assetIds", "assetTypes", "indexModifiedFrom", "indexModifiedTo"}, "searchAssets filter"
    )
    candidates = {
        "text": query.get("textQuery"),
        "image_key": query.get("imageQuery"),
        "person_ids": persons.get("must"),
        "any_person_ids": persons.get("any"),
        "not_person_ids": persons.get("not"),
        "dialogues": dialogues.get("must"),
        "any_dialogues": dialogues.get("any"),
        "not_dialogues": dialogues.get("not"),
        "project_ids": scope.get("projectIds"),
        "asset_ids": scope.get("assetIds"),
        "asset_types": scope.get("assetTypes"),
        "modified_from": scope.get("indexModifiedFrom"),
        "modified_to": scope.get("indexModifiedTo"),
        "confidence": option.get("confidenceLevel"),
    }
    out = {k: v for k, v in candidates.items() if v is not None}
    out["workspace"] = inputs.path["workspace_name"]
    return out


def _import(inputs: Inputs) -> dict[str, Any]:
    body = inputs.body
    _only(body, {"key", "bucketName"}, "importAssets body")
    return {**_scope(inputs), "bucket": body["bucketName"], "keys": [body["key"]], "wait": False}


def _twin(field: str, argument: str, use_post: bool) -> Callable[[Inputs], dict[str, Any]]:
    def adapt(inputs: Inputs) -> dict[str, Any]:
        _only(inputs.body, {field}, "body")
        return {
            "person_id": inputs.path["person_id"],
            "workspace": inputs.path["workspace_name"],
            argument: inputs.body[field],
            "use_post": use_post,
        }

    return adapt


ADAPTERS: dict[str, Adapter] = {
    "searchAssets": Adapter("search.submit", _search_submit),
    "importAssets": Adapter("assets.import_from_object_storage", _import),
    "removePersonTags": Adapter("persons.remove_tags", _twin("tagIds", "tag_ids", use_post=False)),
    "removePersonTagsByPost": Adapter("persons.remove_tags", _twin("tagIds", "tag_ids", use_post=True)),
    "removePersonThumbnails": Adapter(
        "persons.remove_thumbnails", _twin("thumbnailIds", "thumbnail_ids", use_post=False)
    ),
    "removePersonThumbnailsByPost": Adapter(
        "persons.remove_thumbnails", _twin("thumbnailIds", "thumbnail_ids", use_post=True)
    ),
}


def make_sync(http_client: Any, spec: Mapping[str, Any] | None = None, **options: Any) -> Any:
    from ._clients import _core_options

    return MediaIntelligence(http_client=http_client, **_core_options(spec), **options)  # type: ignore[misc]


def make_async(
    http_client: Any, spec: Mapping[str, Any] | None = None, *, base_url_override: str | None = None, **options: Any
) -> Any:
    from ._clients import _core_options

    core = _core_options(spec)
    if base_url_override is not None:  # a loopback server standing in for the API host
        core["base_url"] = base_url_override
    return AsyncMediaIntelligence(http_client=http_client, **core, **options)  # type: ignore[misc]
