"""The only module that knows the APIs of the layers under test.

Each accessor raises `LayerMissing` (with a reason fit for a "not measured"
row) when its layer does not exist yet or does not have the expected shape,
so a benchmark can report the gap and the run still completes.
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Callable
from typing import Any

import httpx

from ._baseline import ACCESS_KEY, PROJECT_ID, SECRET_KEY, WORKSPACE
from ._paths import ensure_source_paths

__all__ = [
    "LayerMissing",
    "auth",
    "generated_call_kwargs",
    "generated_client",
    "generated_get_project",
    "sign_function",
    "validation_switch",
    "wrapper_class",
    "wrapper_client",
    "wrapper_get_project",
]


class LayerMissing(Exception):
    """A layer (or the part of it a figure needs) is not available."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _import(module: str, what: str) -> Any:
    ensure_source_paths()
    try:
        return importlib.import_module(module)
    except ModuleNotFoundError as exc:
        raise LayerMissing(f"{what} not available yet (no module {exc.name})") from exc
    except Exception as exc:
        raise LayerMissing(f"{what} does not import: {type(exc).__name__}: {exc}") from exc


def _attr(module: Any, name: str, what: str) -> Any:
    try:
        return getattr(module, name)
    except AttributeError as exc:
        raise LayerMissing(f"{what} not available yet ({module.__name__}.{name} missing)") from exc


# --- wrapper core -------------------------------------------------------------------------------


def sign_function() -> Callable[[str, str, str | int, str, str], str]:
    """``media_intelligence._auth.sign(method, path_with_query, timestamp, access_key, secret_key)``."""
    module = _import("media_intelligence._auth", "wrapper signing")
    fn: Callable[[str, str, str | int, str, str], str] = _attr(module, "sign", "wrapper signing")
    return fn


def auth() -> httpx.Auth:
    """The wrapper's ``NcpSignatureV2Auth`` for the benchmark key pair."""
    module = _import("media_intelligence._auth", "wrapper auth")
    cls = _attr(module, "NcpSignatureV2Auth", "wrapper auth")
    instance: httpx.Auth = cls(ACCESS_KEY, SECRET_KEY)
    return instance


# --- generated layer ----------------------------------------------------------------------------


def generated_get_project() -> Any:
    """The generated module ``media_intelligence_client.api.projects.get_project``."""
    return _import("media_intelligence_client.api.projects.get_project", "generated client")


def generated_client(base_url: str, *, http_client: httpx.Client | httpx.AsyncClient | None = None) -> Any:
    """A generated ``Client`` whose httpx client signs with the wrapper's auth.

    With ``http_client``, that client is used as is (it must carry the auth).
    """
    package = _import("media_intelligence_client", "generated client")
    cls = _attr(package, "Client", "generated client")
    if http_client is None:
        return cls(base_url=base_url, httpx_args={"auth": auth()})
    client = cls(base_url=base_url)
    if isinstance(http_client, httpx.AsyncClient):
        client.set_async_httpx_client(http_client)
    else:
        client.set_httpx_client(http_client)
    return client


def generated_call_kwargs(client: Any) -> dict[str, Any]:
    """Keyword arguments of ``get_project.sync_detailed`` for the benchmark project."""
    return {"workspace_name": WORKSPACE, "project_id": str(PROJECT_ID), "client": client}


# --- wrapper ------------------------------------------------------------------------------------

# Names the wrapper might give its switch for validation before the wire.
_VALIDATION_SWITCHES = ("validate", "validation", "validate_requests", "client_validation", "validate_inputs")


def wrapper_class(asynchronous: bool = False) -> type[Any]:
    """``MediaIntelligence`` or ``AsyncMediaIntelligence`` (imports the wrapper package)."""
    package = _import("media_intelligence", "wrapper")
    name = "AsyncMediaIntelligence" if asynchronous else "MediaIntelligence"
    cls: type[Any] = _attr(package, name, "wrapper client")
    return cls


def validation_switch(asynchronous: bool = False) -> str:
    """The constructor argument that turns validation off, or `LayerMissing`."""
    cls = wrapper_class(asynchronous)
    params = inspect.signature(cls).parameters
    for name in _VALIDATION_SWITCHES:
        if name in params:
            return name
    raise LayerMissing(
        f"{cls.__name__} has no argument to disable validation (looked for {', '.join(_VALIDATION_SWITCHES)})"
    )


def wrapper_client(
    base_url: str,
    *,
    asynchronous: bool = False,
    validate: bool = True,
    http_client: httpx.Client | httpx.AsyncClient | None = None,
    rate_limits: bool = True,
) -> Any:
    """``MediaIntelligence`` (or the async twin) for the benchmark server, default settings otherwise.

    ``rate_limits=False`` turns the client's own pacing off (``x-rate-limit``), for figures that call an
    operation faster than its documented limit on purpose.
    """
    cls = wrapper_class(asynchronous)
    kwargs: dict[str, Any] = {
        "access_key": ACCESS_KEY,
        "secret_key": SECRET_KEY,
        "base_url": base_url,
        "workspace": WORKSPACE,
    }
    if http_client is not None:
        kwargs["http_client"] = http_client
    if not validate:
        kwargs[validation_switch(asynchronous)] = False
    if not rate_limits:
        kwargs["rate_limits"] = False
    try:
        client = cls(**kwargs)
    except TypeError as exc:
        raise LayerMissing(f"{cls.__name__}({', '.join(kwargs)}) failed: {exc}") from exc
    if not hasattr(client, "projects"):
        raise LayerMissing(f"{cls.__name__} has no .projects namespace yet")
    return client


def wrapper_get_project(client: Any) -> Any:
    """The call measured: ``client.projects.get(project_id, workspace=...)`` (a coroutine when async)."""
    return client.projects.get(PROJECT_ID, workspace=WORKSPACE)
