"""The Alibaba Cloud ICE search contract (alibaba-ice.yaml) for the shared contract suite.

Layers of one call, all into an ``httpx.MockTransport`` that records:

* the generated layer: ``alibaba_ice_client`` functions over an httpx client
  signed with the wrapper's `AcsSignatureV3Auth` (sync and async);
* the wrapper core: ``IceSearch.call`` / ``AsyncIceSearch.call`` (validation
  before the wire, signing, typed errors), no retries.

The wrapper has no per-action resource methods (``call`` is its API), so there
is no resource layer. Signatures are checked with the emulator's own V3
verifier, an implementation independent of the wrapper's signer. ``Match`` is
drawn from the spec's ``x-match-grammar`` (fields, the match kinds each
allows, the fuzzy value limit), since its JSON Schema is only a bounded string.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, ClassVar

import httpx
from hypothesis import strategies as st

import alibaba_ice_client.api
import alibaba_ice_client.models
import ice_spec
from alibaba_ice import AsyncIceSearch, Credentials, IceApiError, IceSearch, IceValidationError, error_class
from alibaba_ice._signature import AcsSignatureV3Auth
from alibaba_ice.errors import status_class
from alibaba_ice_client import Client
from media_intelligence_emulator.ice._auth import NonceCache, verify_v3

from ._clients import Recorder
from ._contracts import Contract
from ._generated import Binding, Generated, kwargs
from ._spec import Operation, error_codes, ice_document, operations
from ._strategies import Extensions, Inputs

ACCESS_KEY_ID = "LTAIcontract000000001"
ACCESS_KEY_SECRET = "ice-contract-test-secret-not-a-real-key"
BASE_URL = "https://ice.cn-shanghai.aliyuncs.com"
CREDENTIALS = Credentials(ACCESS_KEY_ID, ACCESS_KEY_SECRET)
WIRE_BOOLEANS = {"True": True, "False": False}

# --------------------------------------------------------------------------- #
# Match expressions from x-match-grammar

_TEXT = st.text(st.characters(codec="ascii", categories=("L", "N", "Zs", "P")), min_size=1, max_size=12)


def _quoted(value: str) -> str:
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _condition(grammar: Mapping[str, Any], name: str, kind: str) -> st.SearchStrategy[str]:
    limit = int(grammar["fuzzyMaxLength"])
    if kind == "exact":
        return _TEXT.map(lambda v: f"{name} == {_quoted(v)}")
    if kind == "fuzzy":
        return _TEXT.filter(lambda v: len(v) <= limit).map(lambda v: f"{name} = {_quoted(v)}")
    if kind == "in":
        return st.lists(_TEXT, min_size=1, max_size=3).map(lambda vs: f"{name} in ({','.join(map(_quoted, vs))})")
    assert kind == "range", f"x-match-grammar: unknown match kind {kind}"
    bounds = st.integers(0, 2**41).map(str)
    return st.tuples(st.sampled_from("(["), bounds, bounds, st.sampled_from(")]")).map(
        lambda t: f"{name} = {t[0]}{_quoted(t[1])},{_quoted(t[2])}{t[3]}"
    )


def match_expressions(grammar: Mapping[str, Any]) -> st.SearchStrategy[str]:
    """Expressions of the grammar: conditions of the allowed kinds, joined by ``and`` / parenthesised ``or``."""
    conditions = st.one_of(
        [_condition(grammar, name, kind) for name, kinds in sorted(grammar["fields"].items()) for kind in kinds]
    )
    groups = st.lists(conditions, min_size=1, max_size=3).map(
        lambda cs: cs[0] if len(cs) == 1 else "(" + " or ".join(cs) + ")"
    )
    return st.lists(groups, min_size=1, max_size=3).map(" and ".join)


# --------------------------------------------------------------------------- #
# the layers


def _http(recorder: Recorder, cls: type[httpx.Client] | type[httpx.AsyncClient]) -> Any:
    return cls(base_url=BASE_URL, transport=httpx.MockTransport(recorder), auth=AcsSignatureV3Auth(CREDENTIALS))


def _core_arguments(op: Operation, drawn: Inputs) -> dict[str, Any]:
    """``IceSearch.call`` keywords (the compiled spec's snake names) for wire-named inputs."""
    snake = {p.name: p.snake_name for p in ice_spec.OPERATIONS[op.operation_id].parameters}
    params = {p.name: p for p in op.params_in("query")}
    out: dict[str, Any] = {}
    for name, value in drawn.query.items():
        enum = params[name].schema.get("enum") if isinstance(params[name].schema, Mapping) else None
        if enum is not None and set(enum) == set(WIRE_BOOLEANS) and value in WIRE_BOOLEANS:
            value = WIRE_BOOLEANS[value]  # the wrapper takes a bool and writes the SDK's spelling
        out[snake.get(name, name)] = value
    return out


class IceContract(Contract):
    name = "ice"
    expected_operations = 22
    generated = Generated(alibaba_ice_client.api, alibaba_ice_client.models)
    validation_error = IceValidationError
    api_error = IceApiError
    code_field = "Code"
    extensions: ClassVar[Extensions] = MappingProxyType({"x-match-grammar": match_expressions})

    @classmethod
    def load(cls) -> IceContract:
        spec = ice_document()
        return cls(spec, operations(spec))

    def check_signature(self, request: httpx.Request) -> None:
        headers = {k.lower(): v for k, v in request.headers.items()}
        try:
            key_id = verify_v3(
                request.method,
                request.url.path,
                request.url.query.decode("ascii"),
                headers,
                request.content,
                {ACCESS_KEY_ID: ACCESS_KEY_SECRET}.get,
                NonceCache(),
            )
        except Exception as exc:
            raise AssertionError(f"{request.method} {request.url}: the V3 signature does not verify: {exc!r}") from exc
        assert key_id == ACCESS_KEY_ID

    def call_generated(self, b: Binding, recorder: Recorder, drawn: Inputs) -> Any:
        client = Client(base_url=BASE_URL).set_httpx_client(_http(recorder, httpx.Client))
        return b.sync_detailed(client=client, **kwargs(b, drawn))

    def call_generated_async(self, b: Binding, recorder: Recorder, drawn: Inputs) -> Any:
        async def run() -> Any:
            http = _http(recorder, httpx.AsyncClient)
            try:
                client = Client(base_url=BASE_URL).set_async_httpx_client(http)
                return await b.asyncio_detailed(client=client, **kwargs(b, drawn))
            finally:
                await http.aclose()

        return asyncio.run(run())

    def call_core(self, b: Binding, recorder: Recorder, drawn: Inputs) -> Any:
        op = b.operation
        options = {"endpoint": BASE_URL, "credentials": CREDENTIALS, "max_retries": 0}
        with IceSearch(transport=httpx.MockTransport(recorder), **options) as ice:
            return ice.call(op.operation_id, **_core_arguments(op, drawn))

    def call_core_async(self, b: Binding, recorder: Recorder, drawn: Inputs) -> Any:
        op = b.operation

        async def run() -> Any:
            options = {"endpoint": BASE_URL, "credentials": CREDENTIALS, "max_retries": 0}
            async with AsyncIceSearch(transport=httpx.MockTransport(recorder), **options) as ice:
                return await ice.call(op.operation_id, **_core_arguments(op, drawn))

        return asyncio.run(run())

    def rejected_fields(self, exc: BaseException) -> tuple[str | None, list[str]]:
        assert isinstance(exc, IceValidationError)
        return exc.action, [f"query.{exc.field}"]  # every ICE parameter is a query parameter

    def check_error(self, exc: BaseException, status: int, body: Any) -> None:
        assert isinstance(exc, IceApiError), f"{type(exc).__name__}: {exc}"
        assert exc.status == status, f"status {exc.status}, sent {status}"
        code = str(body["Code"])
        assert exc.code == code, f"code {exc.code!r}, sent {code!r}"
        entry = ICE_CODES.get(code)
        if entry is not None:
            assert type(exc) is error_class(code), f"{type(exc).__name__} raised for code {code} ({entry.name})"
            assert type(exc).error_code == code
            assert type(exc).error_name == entry.name
            if status in entry.statuses:
                assert isinstance(exc, status_class(status)), f"{type(exc).__name__} is not a {status_class(status)}"
        else:
            assert type(exc) is status_class(status), f"{type(exc).__name__} for undocumented code {code} ({status})"
        assert exc.message == str(body["Message"])
        assert exc.request_id == body.get("RequestId")


ICE_CODES = error_codes(ice_document())
