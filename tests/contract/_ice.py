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
import functools
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any, ClassVar

import httpx
from hypothesis import strategies as st

import alibaba_ice.errors
import alibaba_ice_client.api
import alibaba_ice_client.models
import ice_spec
from alibaba_ice import AsyncIceSearch, Credentials, IceApiError, IceSearch, IceValidationError
from alibaba_ice._signature import AcsSignatureV3Auth
from alibaba_ice_client import Client
from media_intelligence_emulator.ice._auth import NonceCache, verify_v3

from ._clients import Recorder
from ._contracts import Contract
from ._generated import Binding, Generated, kwargs
from ._spec import Operation, ice_document, operations
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
            assert type(exc) is code_class(entry), f"{type(exc).__name__} raised for code {code} ({entry.class_name})"
            assert type(exc).error_code == code
            assert type(exc).error_name == entry.name
            assert type(exc).http_statuses == entry.statuses, f"{type(exc).__name__}: not the contract's statuses"
            for documented in entry.statuses:
                expected = status_class(documented)
                assert isinstance(exc, expected), f"{type(exc).__name__} is not a {expected.__name__}"
        else:
            expected = status_class(status)
            assert type(exc) is expected, (
                f"{type(exc).__name__} for undocumented code {code} ({status}), not {expected.__name__}"
            )
        assert exc.message == str(body["Message"])
        assert exc.request_id == body.get("RequestId")


# --------------------------------------------------------------------------- #
# the classes the contract implies, from its compiled error table (not from the wrapper's own lookups)

ICE_CODES: Mapping[str, ice_spec.ErrorCode] = ice_spec.ERROR_CODES


def code_class(entry: ice_spec.ErrorCode) -> type[IceApiError]:
    """The exception class the contract names for a code (``class_name``), as the wrapper exports it."""
    cls = getattr(alibaba_ice.errors, entry.class_name, None)
    assert isinstance(cls, type) and issubclass(cls, IceApiError), f"alibaba_ice.errors has no {entry.class_name}"
    return cls


def _shared_base(classes: Iterable[type[IceApiError]]) -> type[IceApiError]:
    """The most specific class, other than a per-code class, that every one of ``classes`` derives from."""
    per_code = {code_class(e) for e in ICE_CODES.values()}
    common = set.intersection(*(set(cls.__mro__) for cls in classes))
    candidates = [c for c in common if isinstance(c, type) and issubclass(c, IceApiError) and c not in per_code]
    (best,) = [c for c in candidates if all(issubclass(c, other) for other in candidates)]
    return best


@functools.cache
def status_class(status: int) -> type[IceApiError]:
    """The class an error of ``status`` is raised as when its code is not documented.

    The contract documents codes per status; the class of a status is the one every code documented under it
    shares (under any 5xx for a server status), and a status without documented codes has only the root. A
    status with codes has a class of its own, below the root, unlike every other documented 4xx status.
    """
    statuses = {s for e in ICE_CODES.values() for s in e.statuses}
    groups: dict[int, list[type[IceApiError]]] = {}
    for e in ICE_CODES.values():
        for s in e.statuses:
            groups.setdefault(s, []).append(code_class(e))
    server = [cls for s in sorted(statuses) if s >= 500 for cls in groups[s]]
    if status >= 500:
        found = _shared_base(server) if server else IceApiError
    else:
        found = _shared_base(groups[status]) if status in groups else IceApiError
    if status in groups:
        assert found is not IceApiError, f"the codes of HTTP {status} share no class of their own"
        others = {_shared_base(groups[s]) for s in statuses if s < 500 and s != status}
        assert status >= 500 or found not in others, f"HTTP {status} shares {found.__name__} with another status"
    return found
