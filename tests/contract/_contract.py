"""What the contract test modules share: the spec, the operations, the bindings, the calls."""

from __future__ import annotations

import asyncio
import functools
import warnings
from collections.abc import Mapping
from typing import Any

import httpx

from media_intelligence import DefaultAioHttpClient
from media_intelligence.core import AsyncAPIClient

from . import _wrapper
from ._clients import (
    ACCESS_KEY,
    SECRET_KEY,
    Recorder,
    _core_options,
    core_async_client,
    core_client,
    generated_async_client,
    generated_client,
)
from ._generated import Binding, bind, kwargs
from ._loopback import LOOPBACK_VERIFY, loopback
from ._spec import Operation, is_valid, repo_operations, repo_spec
from ._strategies import MISSING, Inputs

SPEC: Mapping[str, Any] = repo_spec()
OPERATIONS: dict[str, Operation] = repo_operations()
OPERATION_IDS: list[str] = list(OPERATIONS)
KEYS = {"access_key": ACCESS_KEY, "secret_key": SECRET_KEY}


@functools.cache
def binding(operation_id: str) -> Binding:
    return bind(OPERATIONS[operation_id], SPEC)


def success_example(op: Operation) -> Any:
    """A documented example of the success body that validates against its schema (None if there is none)."""
    doc = op.responses[op.success_status]
    for _name, value in doc.examples:
        if doc.schema is None or is_valid(doc.schema, value):
            return value
    return None


def example_inputs(op: Operation) -> Inputs:
    """The operation's documented examples as inputs: every parameter's example, the first body example."""
    path = {p.name: p.examples[0] for p in op.params_in("path")}
    query = {p.name: p.examples[0] for p in op.params_in("query") if p.examples}
    body = op.body_examples[0][1] if op.body_examples else MISSING
    return Inputs(path, query, body)


def body_or_none(inputs: Inputs) -> Any:
    return None if inputs.body is MISSING else inputs.body


# --------------------------------------------------------------------------- #
# one call of an operation through each layer; each returns what the layer returned


def call_generated(b: Binding, recorder: Recorder, inputs: Inputs) -> Any:
    return b.sync_detailed(client=generated_client(recorder), **kwargs(b, inputs))


def call_generated_async(b: Binding, recorder: Recorder, inputs: Inputs) -> Any:
    async def run() -> Any:
        client = generated_async_client(recorder)
        try:
            return await b.asyncio_detailed(client=client, **kwargs(b, inputs))
        finally:
            await client.get_async_httpx_client().aclose()

    return asyncio.run(run())


def call_core(b: Binding, recorder: Recorder, inputs: Inputs, spec: Mapping[str, Any] | None = None) -> Any:
    client = core_client(recorder, spec)
    op_id = b.operation.operation_id
    return client.call(
        op_id,
        lambda: b.sync_detailed(client=client.raw, **kwargs(b, inputs)),
        path_params=inputs.path,
        query=inputs.query,
        body=body_or_none(inputs),
        cast_to=b.success_model,
    )


def call_core_async(b: Binding, recorder: Recorder, inputs: Inputs) -> Any:
    async def run() -> Any:
        client = core_async_client(recorder)
        try:
            return await client.call(
                b.operation.operation_id,
                lambda: b.asyncio_detailed(client=client.raw, **kwargs(b, inputs)),
                path_params=inputs.path,
                query=inputs.query,
                body=body_or_none(inputs),
                cast_to=b.success_model,
            )
        finally:
            await client.http_client.aclose()

    return asyncio.run(run())


def call_core_aiohttp(b: Binding, recorder: Recorder, inputs: Inputs) -> Any:
    """`call_core_async` over `DefaultAioHttpClient` (aiohttp) to a loopback server answering with ``recorder``."""
    server = loopback(recorder)

    async def run() -> Any:
        async with DefaultAioHttpClient(verify=LOOPBACK_VERIFY) as http:
            client = AsyncAPIClient(http_client=http, **{**_core_options(None), "base_url": server.base_url})
            return await client.call(
                b.operation.operation_id,
                lambda: b.asyncio_detailed(client=client.raw, **kwargs(b, inputs)),
                path_params=inputs.path,
                query=inputs.query,
                body=body_or_none(inputs),
                cast_to=b.success_model,
            )

    return asyncio.run(run())


def call_wrapper(op: Operation, recorder: Recorder, inputs: Inputs, spec: Mapping[str, Any] | None = None) -> Any:
    """The wrapper method of ``op`` called with ``inputs`` (raises `_wrapper.Unmappable` if it cannot carry them)."""
    client = _wrapper.make_sync(httpx.Client(transport=httpx.MockTransport(recorder)), spec)
    method = _wrapper.method_for(client, op)
    args = _wrapper.arguments(op, method, inputs)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        return _wrapper.resolve(client, method.path)(**args)


def call_wrapper_async(op: Operation, recorder: Recorder, inputs: Inputs) -> Any:
    async def run() -> Any:
        client = _wrapper.make_async(httpx.AsyncClient(transport=httpx.MockTransport(recorder)))
        method = _wrapper.method_for(client, op)
        args = _wrapper.arguments(op, method, inputs)
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", DeprecationWarning)
                return await _wrapper.resolve(client, method.path)(**args)
        finally:
            await client.http_client.aclose()

    return asyncio.run(run())


def call_wrapper_aiohttp(op: Operation, recorder: Recorder, inputs: Inputs) -> Any:
    """`call_wrapper_async` over `DefaultAioHttpClient` (aiohttp) to a loopback server answering with ``recorder``."""
    server = loopback(recorder)

    async def run() -> Any:
        async with DefaultAioHttpClient(verify=LOOPBACK_VERIFY) as http:
            client = _wrapper.make_async(http, base_url_override=server.base_url)
            method = _wrapper.method_for(client, op)
            args = _wrapper.arguments(op, method, inputs)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", DeprecationWarning)
                return await _wrapper.resolve(client, method.path)(**args)

    return asyncio.run(run())
