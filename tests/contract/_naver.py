"""The NAVER Media Intelligence contract (openapi.yaml): its generated client, wrapper layers and error classes.

The module-level names (``SPEC``, ``OPERATIONS``, ``binding``, ``call_*``) are
the NAVER-only meta-tests' (test_meta.py); `NaverContract` hands the same
layers to the suite shared with the other contracts.
"""

from __future__ import annotations

import asyncio
import functools
import warnings
from collections.abc import Callable, Mapping
from typing import Any

import httpx

from media_intelligence import APIStatusError, DefaultAioHttpClient, RequestValidationError, errors
from media_intelligence.core import AsyncAPIClient
from tools.compile_spec import ErrorBases

from . import _wrapper
from ._adapter import check_signature
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
from ._contracts import Contract, body_or_none, example_inputs, success_example
from ._generated import NAVER_GENERATED, Binding, bind, kwargs
from ._loopback import LOOPBACK_VERIFY, loopback
from ._spec import Operation, error_codes, gateway_error_codes, repo_operations, repo_spec
from ._strategies import Inputs

__all__ = ["body_or_none", "example_inputs", "success_example"]

SPEC: Mapping[str, Any] = repo_spec()
OPERATIONS: dict[str, Operation] = repo_operations()
OPERATION_IDS: list[str] = list(OPERATIONS)
KEYS = {"access_key": ACCESS_KEY, "secret_key": SECRET_KEY}


@functools.cache
def binding(operation_id: str) -> Binding:
    return bind(OPERATIONS[operation_id], SPEC)


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


# --------------------------------------------------------------------------- #
# the contract as the shared suite sees it

# The class an error of each HTTP status is raised as: the one ``make generate`` derives the per-code classes
# from (tools/compile_spec.py), not the SDK's own status table, which the contract checks against it.
_STATUS_BASES = ErrorBases()


def status_class(status: int) -> type[APIStatusError]:
    cls: type[APIStatusError] = getattr(errors, _STATUS_BASES.for_status(status))
    return cls


class NaverContract(Contract):
    name = "naver"
    expected_operations = 54
    generated = NAVER_GENERATED
    validation_error = RequestValidationError
    api_error = APIStatusError
    code_field = "code"
    errors_under_200 = True

    @classmethod
    def load(cls) -> NaverContract:
        return cls(SPEC, OPERATIONS)

    def binding(self, operation_id: str) -> Binding:
        return binding(operation_id)

    def check_signature(self, request: httpx.Request) -> None:
        check_signature(request, access_key=ACCESS_KEY, secret_key=SECRET_KEY)

    def call_generated(self, b: Binding, recorder: Recorder, drawn: Inputs) -> Any:
        return call_generated(b, recorder, drawn)

    def call_generated_async(self, b: Binding, recorder: Recorder, drawn: Inputs) -> Any:
        return call_generated_async(b, recorder, drawn)

    def call_core(self, b: Binding, recorder: Recorder, drawn: Inputs) -> Any:
        return call_core(b, recorder, drawn)

    def call_core_async(self, b: Binding, recorder: Recorder, drawn: Inputs) -> Any:
        return call_core_async(b, recorder, drawn)

    def request_layers(self) -> tuple[Callable[[Binding, Recorder, Inputs], Any], ...]:
        return (*super().request_layers(), call_core_aiohttp)

    def wrapper_layers(self) -> tuple[Callable[[Operation, Recorder, Inputs], Any], ...]:
        return (*super().wrapper_layers(), call_wrapper_aiohttp)

    @property
    def has_resource_layer(self) -> bool:
        return _wrapper.available()

    def call_wrapper(self, op: Operation, recorder: Recorder, drawn: Inputs) -> Any:
        return call_wrapper(op, recorder, drawn)

    def call_wrapper_async(self, op: Operation, recorder: Recorder, drawn: Inputs) -> Any:
        return call_wrapper_async(op, recorder, drawn)

    def wrapper_method_problem(self, op: Operation) -> str | None:
        if not _wrapper.available():
            return "the wrapper's resource layer is missing"
        client = _wrapper.make_sync(httpx.Client(transport=httpx.MockTransport(Recorder())))
        try:
            _wrapper.method_for(client, op)
        except AssertionError as exc:
            return f"wrapper: {exc}"
        return None

    def rejected_fields(self, exc: BaseException) -> tuple[str | None, list[str]]:
        assert isinstance(exc, RequestValidationError)
        return exc.operation_id, [v.field for v in exc.errors]

    def check_error(self, exc: BaseException, status: int, body: Any) -> None:
        assert isinstance(exc, APIStatusError), f"{type(exc).__name__}: {exc}"
        assert exc.status_code == status, f"status {exc.status_code}, sent {status}"
        if isinstance(body, dict) and isinstance(body.get("error"), dict):
            code = str(body["error"]["errorCode"])
            assert exc.gateway_code == code, f"gateway code {exc.gateway_code!r}, sent {code!r}"
            entry = GATEWAY_CODES.get(code)
            if entry is not None and status in entry.statuses:
                assert type(exc).gateway_error_code == code, f"{type(exc).__name__} for gateway code {code}"
                assert type(exc).error_name == entry.name
                assert isinstance(exc, status_class(status))
            else:
                assert type(exc) is status_class(status), (
                    f"{type(exc).__name__} for unknown gateway code {code} ({status})"
                )
            message = body["error"].get("message")
        else:
            code = str(body["code"])
            assert exc.code == code, f"code {exc.code!r}, sent {code!r}"
            entry = MI_CODES.get(code)
            if entry is not None:
                assert type(exc).error_code == code, f"{type(exc).__name__} raised for code {code} ({entry.name})"
                assert type(exc).error_name == entry.name
                if status in entry.statuses:
                    assert isinstance(exc, status_class(status)), (
                        f"{type(exc).__name__} is not a {status_class(status)}"
                    )
            else:
                assert type(exc) is status_class(status), (
                    f"{type(exc).__name__} for undocumented code {code} ({status})"
                )
            message = body.get("message")
        if message:
            assert exc.message == message


MI_CODES = error_codes(SPEC)
GATEWAY_CODES = gateway_error_codes(SPEC)
