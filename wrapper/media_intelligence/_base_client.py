"""What the client cores share: auth, timeouts, validation, rate limits, retries, errors.

`SyncAPIClient` and `AsyncAPIClient` (``_api_client.py``, derived from
``_async/_api_client.py``) are twins over this module's `BaseAPIClient`; the
public ``MediaIntelligence``/``AsyncMediaIntelligence`` classes
(``_client.py``) subclass them and attach the resource namespaces.

How a resource method calls an operation
-----------------------------------------

Resource classes call generated functions through `SyncAPIClient.call`
(``await AsyncAPIClient.call`` in the async twin)::

    from media_intelligence_client.api.project import get_project
    from media_intelligence_client.models import GetProjectResponse

    def retrieve(self, project_id: int, *, workspace: str | None = None) -> GetProjectResponse:
        ws = self._client.resolve_workspace(workspace, "getProject")
        return self._client.call(
            "getProject",
            lambda: get_project.sync_detailed(
                workspace_name=ws, project_id=project_id, client=self._client.raw
            ),
            path_params={"workspace_name": ws, "project_id": project_id},
            cast_to=GetProjectResponse,
        )

``call`` then, in order:

1. validates ``path_params``/``query``/``body`` against the operation in the
   spec (wire names; snake_case accepted; ``None`` = not given;
   bodies may be generated models) and raises `RequestValidationError`
   before anything is sent;
2. for each attempt: waits for the client-side rate limiter, calls ``fn``
   (the generated ``*_detailed`` call; it is re-invoked on every retry, so
   each attempt is signed afresh), maps ``httpx`` exceptions to
   `APIConnectionError`/`APITimeoutError`, maps non-2xx responses and
   envelopes whose ``code`` is not ``"0"`` to the typed `APIStatusError`
   subclasses;
3. retries per `RetryPolicy` (``idempotent`` defaults to the spec: GET,
   DELETE, PUT or ``x-retry-safe: true``);
4. returns ``response.parsed`` (the generated model), checked against
   ``cast_to`` when given (the generated return type is often a union of
   the success and error models; ``cast_to`` narrows it).

Per-call settings (timeout, total time limit, extra headers and query) travel
in a context variable read by the `_Sender` the generated client sends
through, so ``with_options`` copies share one connection pool.

A timeout given in seconds is also the call's total time limit, retries and
their waits included (`_deadline`): on the SDK's own transport every network
read, write and connect of a blocking call waits no longer than the time
left (a server trickling its headers cannot hold it), and an async call runs
under one deadline as a whole.
"""

from __future__ import annotations

import copy
import functools
import importlib
import os
import time
from collections.abc import Callable, Coroutine, Mapping
from contextvars import ContextVar
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, Literal, Never, ParamSpec, TypeVar, cast, overload

import httpx

from mi_spec import Operation

from ._auth import NcpSignatureV2Auth
from ._contract import Contract, UnknownOperationError, default_contract
from ._credentials import Credentials, resolve_base_url, resolve_credentials
from ._deadline import call_context, deadline_error
from ._errors import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    RequestValidationError,
    _decode_body,
    envelope_code,
    error_from_response,
    request_id_of,
)
from ._logging import log_request, log_response, setup_logging
from ._types import NOT_GIVEN, NotGiven, RequestOptions, ResponseLike, TimeoutTypes
from ._validation import RequestValidator

if TYPE_CHECKING:
    from typing import Self

    from media_intelligence_client import Client as RawClient

    from ._ratelimit import RateLimiter
    from ._retry import RetryPolicy

# The generated client (attrs), the retry policy and the rate limiter are
# imported when a client is built, not with the package; tenacity when a call
# is first retried, asyncio by neither (`_sleep`).

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "APIResponse",
    "BaseAPIClient",
    "Namespace",
    "raw_response",
    "raw_response_async",
]

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
DEFAULT_MAX_RETRIES = 2
ENV_WORKSPACE = "MI_WORKSPACE"

_T = TypeVar("_T")
_R = TypeVar("_R")
_P = ParamSpec("_P")
_HttpxClientT = TypeVar("_HttpxClientT", httpx.Client, httpx.AsyncClient)
_N = TypeVar("_N")

RateLimitsArg = Mapping[str, tuple[float, float] | None] | Literal[False] | None


def _package_version() -> str:
    import importlib.metadata

    try:
        return importlib.metadata.version("ncloud-media-intelligence")
    except importlib.metadata.PackageNotFoundError:
        return "0.0.0"


@functools.cache
def _user_agent() -> str:
    """The ``User-Agent`` header (computed on first use: reading the package version is not free)."""
    import platform

    return (
        f"ncloud-media-intelligence/{_package_version()} python/{platform.python_version()} httpx/{httpx.__version__}"
    )


# --------------------------------------------------------------------------- #
# per-call context shared with the httpx event hooks


@dataclass
class _CallContext:
    operation_id: str
    timeout: httpx.Timeout | None  # None: keep the http client's own timeout
    response: httpx.Response | None = None
    #: ``time.monotonic()`` by which the whole call (retries included) must be done.
    deadline: float | None = None
    extra_headers: Mapping[str, str] | None = None
    extra_query: Mapping[str, Any] | None = None

    def remaining(self) -> float | None:
        return None if self.deadline is None else self.deadline - time.monotonic()

    def attempt_timeout(self, default: httpx.Timeout) -> httpx.Timeout:
        """This attempt's per-phase timeout: the call's (or ``default``), none longer than the time left."""
        timeout = self.timeout or default
        left = self.remaining()
        if left is None:
            return timeout
        left = max(left, 0.001)

        def cap(value: float | None) -> float:
            return left if value is None else min(value, left)

        return httpx.Timeout(
            connect=cap(timeout.connect), read=cap(timeout.read), write=cap(timeout.write), pool=cap(timeout.pool)
        )

    def check_deadline(self, request: httpx.Request | None = None) -> None:
        left = self.remaining()
        if left is not None and left <= 0:
            raise deadline_error(self.operation_id, request)


def _build_request(owner: BaseAPIClient[Any], method: str, url: str, kwargs: dict[str, Any]) -> httpx.Request:
    """The request a generated function asks for: absolute URL, the client's headers, the call's options."""
    http: httpx.Client | httpx.AsyncClient = owner.http_client
    ctx = call_context.get()
    kwargs["headers"] = {**owner._request_headers, **(kwargs.get("headers") or {})}
    if ctx is not None:
        if ctx.extra_query:
            kwargs["params"] = httpx.QueryParams(kwargs.get("params") or {}).merge(ctx.extra_query)
        if ctx.extra_headers:
            kwargs["headers"] = {**(kwargs.get("headers") or {}), **ctx.extra_headers}
        if ctx.timeout is not None or ctx.deadline is not None:
            kwargs["timeout"] = ctx.attempt_timeout(http.timeout)
    return http.build_request(method, owner.base_url + url if url.startswith("/") else url, **kwargs)


def _received(response: httpx.Response) -> None:
    ctx = call_context.get()
    if ctx is not None:
        ctx.response = response
    request = response.request  # as sent: signed
    log_request(request.method, request.url, request.headers)
    log_response(request.method, request.url, response.status_code, response.headers)


#: Where successful calls leave their HTTP response while a ``with_raw_response`` method runs.
_response_sink: ContextVar[list[httpx.Response] | None] = ContextVar("media_intelligence_responses", default=None)


@dataclass(frozen=True)
class APIResponse(Generic[_T]):
    """What ``client.with_raw_response.<resource>.<method>(...)`` returns.

    ``parsed`` is what the method returns otherwise (after the same
    validation, retries and error mapping); ``http_response`` is the last
    HTTP response the method received.
    """

    parsed: _T
    http_response: httpx.Response

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        """The API gateway's id of the request (for support), when the response names one."""
        return request_id_of(self.http_response.headers)


def raw_response(method: Callable[_P, _R]) -> Callable[_P, APIResponse[_R]]:
    """A method of a ``with_raw_response`` copy, typed as what it returns there: `APIResponse` of its result."""
    return cast("Callable[_P, APIResponse[_R]]", method)


def raw_response_async(
    method: Callable[_P, Coroutine[Any, Any, _R]],
) -> Callable[_P, Coroutine[Any, Any, APIResponse[_R]]]:
    """Async twin of `raw_response`."""
    return cast("Callable[_P, Coroutine[Any, Any, APIResponse[_R]]]", method)


def _record_response(ctx: _CallContext) -> None:
    sink = _response_sink.get()
    if sink is not None and ctx.response is not None:
        sink.append(ctx.response)


def _to_timeout(value: TimeoutTypes | None) -> httpx.Timeout:
    if isinstance(value, httpx.Timeout):
        return value
    return httpx.Timeout(value)


def _request_of(exc: httpx.RequestError) -> httpx.Request | None:
    try:
        return exc.request
    except RuntimeError:
        return None


def _map_httpx_error(exc: httpx.RequestError) -> APIConnectionError:
    """httpx exception -> SDK exception; ``request_sent`` tells retries what is safe."""
    request = _request_of(exc)
    not_sent = isinstance(exc, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout))
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"Request timed out ({type(exc).__name__}).", request, request_sent=not not_sent)
    detail = str(exc) or type(exc).__name__
    return APIConnectionError(f"Connection error ({type(exc).__name__}): {detail}", request, request_sent=not not_sent)


def _as_httpx_response(response: ResponseLike[Any], ctx: _CallContext) -> httpx.Response:
    if ctx.response is not None:
        return ctx.response
    # fn did not go through our httpx client (tests, custom callables)
    return httpx.Response(int(response.status_code), content=response.content, headers=dict(response.headers))


def _capped(delay: float, ctx: _CallContext) -> float:
    """``delay``, shortened so as not to sleep past the call's time limit."""
    left = ctx.remaining()
    return delay if left is None else min(delay, max(left, 0.0))


def _total_of(timeout: TimeoutTypes | NotGiven | None) -> float | None:
    """A timeout given in seconds also limits each call as a whole (retries included)."""
    return float(timeout) if isinstance(timeout, (int, float)) and not isinstance(timeout, bool) else None


class ReadOnly(Generic[_T]):
    """A public read-only attribute backed by the private one of the same name.

    ``spec: ReadOnly[Contract] = ReadOnly("doc")`` in a class body reads
    ``self._spec``; one declaration instead of a property per attribute, typed
    for mypy and documented (``help()`` shows the docstring). Assigning to it
    raises `AttributeError`, as for a property without a setter, and mypy
    rejects it.
    """

    def __init__(self, doc: str) -> None:
        self.__doc__ = doc
        self._name = self._private = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name
        self._private = f"_{name}"

    @overload
    def __get__(self, instance: None, owner: type) -> Self: ...
    @overload
    def __get__(self, instance: object, owner: type | None = None) -> _T: ...
    def __get__(self, instance: object, owner: type | None = None) -> _T | Self:
        if instance is None:
            return self
        value: _T = getattr(instance, self._private)
        return value

    def __set__(self, instance: object, value: Never) -> None:
        raise AttributeError(f"{type(instance).__name__}.{self._name} is read-only")


class Namespace(functools.cached_property[_N]):
    """A resource namespace of a client, made on first use: ``projects: Namespace[Projects] = Namespace(...)``.

    The resource module (``media_intelligence.resources.<module>``) is
    imported then: it imports the generated api and model modules (about 175
    attrs classes), which ``import media_intelligence`` does not. A
    ``cached_property``, so that ``with_options`` copies make their own.
    """

    def __init__(self, module: str, name: str) -> None:
        def make(client: Any) -> _N:
            resource: _N = getattr(importlib.import_module(f"media_intelligence.resources.{module}"), name)(client)
            return resource

        super().__init__(make)


# --------------------------------------------------------------------------- #


class BaseAPIClient(Generic[_HttpxClientT]):
    """State and pure logic shared by the sync and async clients.

    Constructor arguments (all keyword-only):

    ``access_key``/``secret_key``/``profile``/``credentials``
        credentials; see `resolve_credentials` for the chain.
    ``base_url``
        explicit, else ``MI_BASE_URL``, else ``https://mi.apigw.ntruss.com``.
    ``timeout``
        seconds or ``httpx.Timeout``; default 60 s (connect 10 s). With a
        user-supplied ``http_client`` the default is that client's timeout.
    ``max_retries`` / ``retry_policy``
        see `RetryPolicy` (default 2 retries, i.e. 3 attempts).
    ``workspace``
        default workspace name for workspace-scoped operations (else
        ``MI_WORKSPACE``).
    ``http_client``
        an ``httpx.Client`` (``AsyncClient`` for the async twin) to use, as it
        is: it is never modified nor closed by this client. The NCP
        signature, the base URL (the client's own unless ``base_url`` is
        given), the default headers and the per-call options go on each
        request.
    ``rate_limits``
        ``{operation_id: (limit, seconds) | None}`` overriding the spec's
        ``x-rate-limit``; ``False`` disables client-side rate limiting.
    ``validate_requests``
        validate inputs against the spec before sending (default True).
    ``spec``
        the compiled contract (default: ``mi_spec``, compiled from
        ``openapi.yaml`` by ``make generate``).
    ``default_headers``
        extra headers sent with every request.
    """

    _http_client: _HttpxClientT

    def __init__(
        self,
        *,
        access_key: str | None = None,
        secret_key: str | None = None,
        base_url: str | None = None,
        timeout: TimeoutTypes | NotGiven | None = NOT_GIVEN,
        workspace: str | None = None,
        max_retries: int | NotGiven = NOT_GIVEN,
        profile: str | None = None,
        http_client: _HttpxClientT | None = None,
        rate_limits: RateLimitsArg = None,
        credentials: Credentials | None = None,
        retry_policy: RetryPolicy | None = None,
        rate_limiter: RateLimiter | None = None,
        validate_requests: bool = True,
        spec: Contract | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> None:
        setup_logging()
        self._credentials = credentials or resolve_credentials(access_key, secret_key, profile=profile)
        self._base_url = resolve_base_url(base_url)
        self._auth = NcpSignatureV2Auth(self._credentials)
        self.workspace: str | None = workspace or os.environ.get(ENV_WORKSPACE) or None

        from ._retry import RetryPolicy

        policy = retry_policy or RetryPolicy()
        if not isinstance(max_retries, NotGiven):
            if max_retries < 0:
                raise ValueError("max_retries must be >= 0")
            policy = policy.with_max_retries(max_retries)
        self._retry_policy = policy

        self._spec: Contract = spec if spec is not None else default_contract()
        self._operations: Mapping[str, Operation] = self._spec.OPERATIONS
        self._validator = RequestValidator(self._spec)
        self.validate_requests = validate_requests
        #: Set on the ``with_raw_response`` copy: methods return `APIResponse`.
        self.raw_responses = False
        # shared with with_options copies: the deprecated API warns once per client family
        self._mi_deprecations_warned: set[str] = set()
        self._rate_limiter = rate_limiter or self._build_rate_limiter(rate_limits)

        self._owns_http_client = http_client is None
        self._total_timeout = _total_of(timeout)
        self._timeout_override: httpx.Timeout | None
        if http_client is None:
            effective = DEFAULT_TIMEOUT if isinstance(timeout, NotGiven) else _to_timeout(timeout)
            self._timeout_override = None
            self._http_client = self._make_http_client(effective, default_headers)
        else:
            self._timeout_override = None if isinstance(timeout, NotGiven) else _to_timeout(timeout)
            self._adopt_http_client(http_client, base_url is not None, default_headers)
            self._http_client = http_client
        self._request_headers = self._default_headers(default_headers)
        self._raw = self._make_raw_client()

    # -- construction helpers ---------------------------------------------------

    def _build_rate_limiter(self, rate_limits: RateLimitsArg) -> RateLimiter | None:
        if rate_limits is False:
            return None
        from ._ratelimit import RateLimiter

        limits: dict[str, tuple[float, float] | None] = {
            op_id: (info.rate_limit.limit, info.rate_limit.period_seconds)
            for op_id, info in self._operations.items()
            if info.rate_limit is not None
        }
        limits.update(rate_limits or {})
        active = {k: v for k, v in limits.items() if v is not None}
        return RateLimiter(active) if active else RateLimiter()

    def _default_headers(self, extra: Mapping[str, str] | None) -> dict[str, str]:
        headers = {"User-Agent": _user_agent(), "Accept": "application/json"}
        headers.update(extra or {})
        return headers

    def _make_http_client(self, timeout: httpx.Timeout, default_headers: Mapping[str, str] | None) -> _HttpxClientT:
        raise NotImplementedError

    def _adopt_http_client(
        self,
        http_client: _HttpxClientT,
        explicit_base_url: bool,
        default_headers: Mapping[str, str] | None,
    ) -> None:
        # A user's client is used as it is, never modified: the base URL, the
        # signature and the default headers go on each request (`_Sender`).
        if not explicit_base_url and str(http_client.base_url):
            # the client's own base URL wins over MI_BASE_URL and the default
            self._base_url = str(http_client.base_url).rstrip("/")

    def _make_raw_client(self) -> RawClient:
        raise NotImplementedError

    # -- public properties ------------------------------------------------------

    raw: ReadOnly[RawClient] = ReadOnly(
        """The generated ``media_intelligence_client.Client``; it sends through our httpx client.

        Pass it as ``client=`` to generated functions inside `call`. Calling
        them outside `call` skips validation, rate limits, retries and error
        mapping.
        """
    )
    http_client: ReadOnly[_HttpxClientT] = ReadOnly("The httpx client requests go through (yours, when you gave one).")
    credentials: ReadOnly[Credentials] = ReadOnly(
        "The access key pair requests are signed with (the secret never shows)."
    )
    base_url: ReadOnly[str] = ReadOnly("The API's base URL, without a trailing slash.")
    auth: ReadOnly[NcpSignatureV2Auth] = ReadOnly("The NCP signature v2 every request is signed with.")
    retry_policy: ReadOnly[RetryPolicy] = ReadOnly("When and how failed attempts are retried (`RetryPolicy`).")
    rate_limiter: ReadOnly[RateLimiter | None] = ReadOnly(
        "The client-side rate limiter; None when ``rate_limits=False``."
    )
    spec: ReadOnly[Contract] = ReadOnly(
        "The compiled contract requests are validated against (``mi_spec`` unless given)."
    )

    @property
    def timeout(self) -> httpx.Timeout:
        """The per-phase timeout of each attempt (the http client's unless overridden)."""
        if self._timeout_override is not None:
            return self._timeout_override
        return self._http_client.timeout

    @property
    def max_retries(self) -> int:
        """Retries after the first attempt (``retry_policy.max_retries``)."""
        return self._retry_policy.max_retries

    def operation(self, operation_id: str) -> Operation:
        """The contract's facts of an operation (method, path, parameters, retry safety...)."""
        try:
            return self._operations[operation_id]
        except KeyError:
            raise UnknownOperationError(operation_id) from None

    def resolve_workspace(self, workspace: str | None, operation_id: str = "request") -> str:
        """``workspace`` or the client's default; `RequestValidationError` if neither."""
        value = workspace or self.workspace
        if not value:
            raise RequestValidationError.single(
                operation_id,
                "path.workspace_name",
                "required",
                "pass workspace=... or set a default (client workspace= or MI_WORKSPACE)",
            )
        return value

    # -- copies -----------------------------------------------------------------

    def with_options(
        self,
        *,
        timeout: TimeoutTypes | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry_policy: RetryPolicy | NotGiven = NOT_GIVEN,
        workspace: str | NotGiven | None = NOT_GIVEN,
        validate_requests: bool | NotGiven = NOT_GIVEN,
    ) -> Self:
        """A copy with some options changed; shares the http client, limiter and caches.

        Closing the copy does not close the shared http client.
        """
        clone = copy.copy(self)
        clone._owns_http_client = False
        if not isinstance(timeout, NotGiven):
            clone._timeout_override = _to_timeout(timeout)
            clone._total_timeout = _total_of(timeout)
        if not isinstance(retry_policy, NotGiven):
            clone._retry_policy = retry_policy
        if not isinstance(max_retries, NotGiven):
            if max_retries < 0:
                raise ValueError("max_retries must be >= 0")
            clone._retry_policy = clone._retry_policy.with_max_retries(max_retries)
        if not isinstance(workspace, NotGiven):
            clone.workspace = workspace
        if not isinstance(validate_requests, NotGiven):
            clone.validate_requests = validate_requests
        # resource namespaces defined as functools.cached_property are rebuilt
        # lazily for the copy instead of pointing back at the original
        for name in _cached_property_names(type(clone)):
            clone.__dict__.pop(name, None)
        clone._copied_from(self)
        return clone

    def _raw_response_copy(self) -> Self:
        """The copy behind ``with_raw_response``: its single-request methods return `APIResponse`."""
        clone = self.with_options()
        clone.raw_responses = True
        return clone

    def _copied_from(self, original: BaseAPIClient[_HttpxClientT]) -> None:
        """Hook for subclasses that keep per-client objects in plain attributes.

        Resource namespaces should be ``functools.cached_property``; those are
        reset automatically on copies. Anything bound to ``self`` in
        ``__init__`` must be rebound here.
        """

    def check_request(
        self,
        operation_id: str,
        path_params: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        body: Any = None,
    ) -> None:
        """Validate one request of ``operation_id`` as `call` would, without sending it.

        Workflows check every request they will send before the first one
        (`RequestValidationError`, nothing sent).
        """
        if operation_id not in self._operations:
            raise UnknownOperationError(operation_id)
        if self.validate_requests:
            self._validator.validate(operation_id, path_params, query, body)

    # -- the shared steps of call() -----------------------------------------------

    def _prepare(
        self,
        operation_id: str,
        path_params: Mapping[str, Any] | None,
        query: Mapping[str, Any] | None,
        body: Any,
        idempotent: bool | None,
        options: RequestOptions | None = None,
    ) -> tuple[bool, _CallContext]:
        info = self._operations.get(operation_id)
        if info is None:
            raise UnknownOperationError(operation_id)
        if self.validate_requests:
            self._validator.validate(operation_id, path_params, query, body)
        retry_safe = idempotent if idempotent is not None else info.retry_safe
        ctx = _CallContext(operation_id, self._timeout_override)
        total = self._total_timeout
        if options:
            if "timeout" in options:
                value = options["timeout"]
                ctx.timeout = _to_timeout(value)
                total = float(value) if isinstance(value, (int, float)) else None
            ctx.extra_headers = options.get("extra_headers")
            ctx.extra_query = options.get("extra_query")
        if total is not None:
            ctx.deadline = time.monotonic() + total
        return retry_safe, ctx

    @staticmethod
    def _parse_failure(operation_id: str, exc: Exception, ctx: _CallContext) -> Exception | None:
        """fn raised something not from httpx; if a response was received, explain it."""
        raw = ctx.response
        if raw is None:
            return None
        if not 200 <= raw.status_code < 300:
            return error_from_response(raw)
        body = _decode_body(raw.content)
        code = envelope_code(body)
        if code is not None and code != "0":
            return error_from_response(raw, body=body)
        return APIResponseValidationError(
            f"Could not parse the response of {operation_id}: {type(exc).__name__}: {exc}",
            raw.request,
            response=raw,
            body=body,
        )

    @staticmethod
    def _process(
        operation_id: str,
        response: ResponseLike[_T],
        ctx: _CallContext,
        cast_to: type[Any] | None,
    ) -> Any:
        status = int(response.status_code)
        if not 200 <= status < 300:
            raise error_from_response(_as_httpx_response(response, ctx))
        parsed = response.parsed
        code: Any = getattr(parsed, "code", None) if parsed is not None else None
        body: object | None = None
        if parsed is None or isinstance(parsed, Mapping):
            body = parsed if isinstance(parsed, Mapping) else _decode_body(response.content)
            code = envelope_code(body)
        if code is not None and str(code) != "0":
            raise error_from_response(_as_httpx_response(response, ctx), body=body)
        if parsed is None:
            raw = _as_httpx_response(response, ctx)
            raise APIResponseValidationError(
                f"The response of {operation_id} (HTTP {status}) could not be parsed",
                raw.request if ctx.response is not None else None,
                response=raw,
                body=body,
            )
        if cast_to is not None and not isinstance(parsed, cast_to):
            raise APIResponseValidationError(
                f"The response of {operation_id} parsed as {type(parsed).__name__}, expected {cast_to.__name__}",
                response=ctx.response,
            )
        return parsed

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={self._base_url!r}, "
            f"credentials={self._credentials!r}, workspace={self.workspace!r}, "
            f"max_retries={self.max_retries})"
        )


_cached_names: dict[type, tuple[str, ...]] = {}


def _cached_property_names(cls: type) -> tuple[str, ...]:
    names = _cached_names.get(cls)
    if names is None:
        found: list[str] = []
        for klass in cls.__mro__:
            for name, value in vars(klass).items():
                if isinstance(value, functools.cached_property) and name not in found:
                    found.append(name)
        names = _cached_names[cls] = tuple(found)
    return names
