"""The generated ICE client sends what the official SDK sends, action by action.

Both clients call a loopback server with the same parameters (each query
parameter's documented example); the requests are compared: method, path
(the fragment `#Action` never goes on the wire), the action and version
headers, and the query parameters (names and values, order aside). Then
again with the required parameters only: an optional parameter the caller
leaves out (None in the generated client) is not sent, as the SDK sends
only what the caller set.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from typing import Any

import httpx
import pytest
from openapi_python_client.strings import snake_case

from ._spec import ACTIONS, query_parameters, resolve
from ._wire import capture_server, official_client, sdk_method, sdk_request


def example_arguments(action: str) -> dict[str, Any]:
    """Wire name -> the parameter's example, typed as the SDK's model wants it."""
    values: dict[str, Any] = {}
    for param in query_parameters(action):
        schema = resolve(param["schema"])
        value = param["example"]
        if schema.get("enum") == ["True", "False"]:
            value = value == "True"
        values[param["name"]] = value
    return values


def generated_function(action: str) -> Any:
    import alibaba_ice_client.api as api

    for info in pkgutil.walk_packages(api.__path__, api.__name__ + "."):
        module = importlib.import_module(info.name)
        source = getattr(module, "_get_kwargs", None)
        if source is not None and f'"url": "/#{action}"' in _source(module):
            return module
    raise LookupError(action)


def _source(module: Any) -> str:
    return inspect.getsource(module)


def compare_with_the_sdk(action: str, args: dict[str, Any]) -> None:
    """Send ``args`` (wire names) through the official SDK and the generated function; same request."""
    from alibaba_ice_client import Client

    with capture_server() as server:
        sdk = official_client(f"127.0.0.1:{server.port}", "AKID", "SECRET")
        sdk_method(sdk, action)(sdk_request(action, args))
        generated = generated_function(action)
        # the generator's argument names: snake case, with "_" after a Python builtin name (Input -> input_)
        accepted = set(inspect.signature(generated.sync_detailed).parameters)
        kwargs = {
            next(n for n in (snake_case(name), snake_case(name) + "_") if n in accepted): (
                "True" if value is True else "False" if value is False else value
            )
            for name, value in args.items()
        }
        with Client(base_url=f"http://127.0.0.1:{server.port}") as client:
            response = generated.sync_detailed(client=client, **kwargs)
        assert response.status_code == 200
    official, ours = server.requests
    assert (ours.method, ours.path) == (official.method, official.path) == ("POST", "/")
    assert ours.header("x-acs-action") == official.header("x-acs-action") == action
    assert ours.header("x-acs-version") == official.header("x-acs-version") == "2020-11-09"
    assert ours.query == official.query
    assert ours.body == official.body == b""
    assert len(official.query) == len(args), "every given parameter reached the wire, and nothing else"
    # httpx writes the query with the same form encoding as the SDK
    assert httpx.QueryParams(ours.raw_query) == httpx.QueryParams(official.raw_query)


@pytest.mark.parametrize("action", ACTIONS)
def test_generated_request_equals_the_official_sdk_request(action: str) -> None:
    compare_with_the_sdk(action, example_arguments(action))


@pytest.mark.parametrize("action", ACTIONS)
def test_optional_parameters_left_out_are_not_sent(action: str) -> None:
    required = {p["name"] for p in query_parameters(action) if p.get("required")}
    args = {name: value for name, value in example_arguments(action).items() if name in required}
    compare_with_the_sdk(action, args)
