"""The base clients with the real generated functions over httpx.MockTransport."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from media_intelligence import (
    APIResponseValidationError,
    AuthenticationError,
    Credentials,
    InternalServerError,
    RequestValidationError,
    RetryPolicy,
)
from media_intelligence._auth import HEADER_SIGNATURE
from media_intelligence.core import AsyncAPIClient, SyncAPIClient
from media_intelligence.errors import ProjectNotFoundError
from media_intelligence_client.api.projects import create_project, get_project
from media_intelligence_client.api.workspaces import list_workspaces
from media_intelligence_client.models import CreateProjectRequest, GetProjectResponse
from tests.typecheck import mypy_snippet

BASE = "https://mi.apigw.ntruss.com"
WS = "my-workspace"
PROJECT = {
    "projectId": 1234,
    "name": "news-2026",
    "isBaseProject": False,
    "createdUserName": "kim",
    "createdTime": "2025-04-23T17:13:48",
    "updatedUserName": "kim",
    "updatedTime": "2025-04-23T17:13:48",
}
OK = {"code": "0", "message": "success", "result": PROJECT}


class Recorder:
    def __init__(self, *responses: httpx.Response) -> None:
        self.responses = list(responses)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if len(self.responses) > 1:
            return self.responses.pop(0)
        return self.responses[0]

    async def async_call(self, request: httpx.Request) -> httpx.Response:
        return self(request)


def make(recorder: Recorder, **kwargs: Any) -> SyncAPIClient:
    kwargs.setdefault("retry_policy", RetryPolicy(sleep=lambda _s: None))
    return SyncAPIClient(
        access_key="AKIDEXAMPLE",
        secret_key="SECRET-EXAMPLE-KEY",
        base_url=BASE,
        http_client=httpx.Client(transport=httpx.MockTransport(recorder)),
        **kwargs,
    )


def get(client: SyncAPIClient, project_id: str = "1234") -> GetProjectResponse:
    return client.call(
        "getProject",
        lambda: get_project.sync_detailed(workspace_name=WS, project_id=project_id, client=client.raw),
        path_params={"workspace_name": WS, "project_id": project_id},
        cast_to=GetProjectResponse,
    )


def test_call_returns_the_generated_model_and_signs() -> None:
    recorder = Recorder(httpx.Response(200, json=OK))
    client = make(recorder)
    result = get(client)
    assert isinstance(result, GetProjectResponse)
    assert result.result.name == "news-2026"
    (request,) = recorder.requests
    assert str(request.url) == f"{BASE}/api/v1/workspaces/{WS}/projects/1234"
    assert request.headers[HEADER_SIGNATURE]
    assert request.headers["x-ncp-iam-access-key"] == "AKIDEXAMPLE"


def test_error_codes_become_typed_exceptions() -> None:
    body = {"code": "10025", "message": "The project does not exist."}
    client = make(Recorder(httpx.Response(404, json=body, headers={"x-ncp-trace-id": "t-1"})))
    with pytest.raises(ProjectNotFoundError) as info:
        get(client)
    assert (info.value.status_code, info.value.code, info.value.request_id) == (404, "10025", "t-1")


def test_200_with_error_code_is_raised_even_if_the_model_cannot_parse() -> None:
    # the generated parser fails on the missing `result`; the captured response explains why
    client = make(Recorder(httpx.Response(200, json={"code": "10025", "message": "The project does not exist."})))
    with pytest.raises(ProjectNotFoundError) as info:
        get(client)
    assert info.value.status_code == 200


def test_gateway_error_on_an_undocumented_body() -> None:
    body = {"error": {"errorCode": "200", "message": "Authentication Failed"}}
    client = make(Recorder(httpx.Response(401, json=body)))
    with pytest.raises(AuthenticationError) as info:
        get(client)
    assert info.value.gateway_code == "200"


def test_non_json_server_error_is_retried_and_mapped() -> None:
    recorder = Recorder(httpx.Response(502, content=b"<html>bad gateway</html>"))
    client = make(recorder)
    with pytest.raises(InternalServerError) as info:
        get(client)
    assert info.value.status_code == 502
    assert len(recorder.requests) == 3


def test_unparseable_success_is_a_response_validation_error() -> None:
    client = make(Recorder(httpx.Response(200, json={"code": "0", "message": "success", "result": "nonsense"})))
    with pytest.raises(APIResponseValidationError) as info:
        get(client)
    assert info.value.status_code == 200


def test_cast_to_mismatch() -> None:
    client = make(Recorder(httpx.Response(200, json=OK)))
    with pytest.raises(APIResponseValidationError, match="expected str"):
        client.call(
            "getProject",
            lambda: get_project.sync_detailed(workspace_name=WS, project_id="1", client=client.raw),
            path_params={"workspace_name": WS, "project_id": "1"},
            cast_to=str,
        )


def test_body_models_are_validated_and_not_sent_when_invalid() -> None:
    recorder = Recorder(httpx.Response(200, json=OK))
    client = make(recorder)
    body = CreateProjectRequest(name="x" * 101)
    with pytest.raises(RequestValidationError) as info:
        client.call(
            "createProject",
            lambda: create_project.sync_detailed(workspace_name=WS, body=body, client=client.raw),
            path_params={"workspace_name": WS},
            body=body,
        )
    assert info.value.field == "body.name"
    assert recorder.requests == []
    good = CreateProjectRequest(name="news-2026")
    client.call(
        "createProject",
        lambda: create_project.sync_detailed(workspace_name=WS, body=good, client=client.raw),
        path_params={"workspace_name": WS},
        body=good,
    )
    assert json.loads(recorder.requests[0].content) == {"name": "news-2026"}


def test_query_params_by_python_name() -> None:
    recorder = Recorder(httpx.Response(500))
    client = make(recorder)
    with pytest.raises(RequestValidationError) as info:
        client.call(
            "listWorkspaces",
            lambda: list_workspaces.sync_detailed(page_num=0, page_size=5000, client=client.raw),
            query={"page_num": 0, "page_size": 5000},
        )
    assert {v.field for v in info.value.errors} == {"query.pageNum", "query.pageSize"}
    assert recorder.requests == []


def test_with_options_timeout_shares_the_pool() -> None:
    seen: list[dict[str, Any]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(dict(request.extensions["timeout"]))
        return httpx.Response(200, json=OK)

    http = httpx.Client(transport=httpx.MockTransport(handler), timeout=30)
    client = SyncAPIClient(credentials=Credentials("AK", "SK"), http_client=http)
    fast = client.with_options(timeout=2.5, max_retries=0)
    assert fast.http_client is http and fast.raw is client.raw
    assert fast.timeout == httpx.Timeout(2.5) and client.timeout == httpx.Timeout(30)
    get(client)
    get(fast)
    get(client)
    # seconds also limit the call as a whole: each phase gets at most the time left
    assert [t["read"] for t in seen][::2] == [30, 30]
    assert 2.0 < seen[1]["read"] <= 2.5
    assert fast.max_retries == 0 and client.max_retries == 2


def test_default_timeout_and_owned_client_lifecycle() -> None:
    client = SyncAPIClient(credentials=Credentials("AK", "SK"))
    assert client.timeout.read == 60.0
    assert client.http_client.auth is client.auth
    assert client.base_url == BASE
    copy = client.with_options(timeout=1)
    copy.close()
    assert not client.http_client.is_closed
    with client:
        pass
    assert client.http_client.is_closed


def test_user_http_client_is_used_but_never_modified_nor_closed() -> None:
    recorder = Recorder(httpx.Response(200, json=OK))
    http = httpx.Client(transport=httpx.MockTransport(recorder), headers={"X-Mine": "1"})
    before = (http.auth, str(http.base_url), dict(http.headers), {k: list(v) for k, v in http.event_hooks.items()})
    with SyncAPIClient(credentials=Credentials("AK", "SK"), http_client=http, default_headers={"X-Sdk": "2"}) as client:
        get(client)
    after = (http.auth, str(http.base_url), dict(http.headers), {k: list(v) for k, v in http.event_hooks.items()})
    assert after == before
    assert not http.is_closed
    # base URL, signature and headers went on the request itself
    sent = recorder.requests[0]
    assert str(sent.url).startswith(BASE) and sent.headers["x-ncp-apigw-signature-v2"]
    assert sent.headers["x-mine"] == "1" and sent.headers["x-sdk"] == "2"
    # the client's own base URL is used (read, not changed) unless base_url is given
    http2 = httpx.Client(base_url="http://127.0.0.1:9")
    assert SyncAPIClient(credentials=Credentials("AK", "SK"), http_client=http2).base_url == "http://127.0.0.1:9"
    client3 = SyncAPIClient(credentials=Credentials("AK", "SK"), http_client=http2, base_url="http://localhost:1")
    assert client3.base_url == "http://localhost:1" and str(http2.base_url) == "http://127.0.0.1:9"


def test_workspace_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MI_WORKSPACE", raising=False)
    client = SyncAPIClient(credentials=Credentials("AK", "SK"))
    with pytest.raises(RequestValidationError) as info:
        client.resolve_workspace(None, "getProject")
    assert info.value.field == "path.workspace_name"
    assert client.with_options(workspace="ws-1").resolve_workspace(None) == "ws-1"
    assert client.resolve_workspace("other") == "other"
    monkeypatch.setenv("MI_WORKSPACE", "from-env")
    assert SyncAPIClient(credentials=Credentials("AK", "SK")).workspace == "from-env"


def test_repr_masks_and_operation_info() -> None:
    client = SyncAPIClient(access_key="AKIDEXAMPLE", secret_key="SECRET-EXAMPLE-KEY")
    assert "SECRET-EXAMPLE-KEY" not in repr(client) and "AKIDEXAMPLE" not in repr(client)
    info = client.operation("getProject")
    assert (info.method, info.retry_safe) == ("GET", True)
    assert client.operation("createProject").retry_safe is False
    with pytest.raises(KeyError):
        client.operation("noSuchOperation")
    with pytest.raises(KeyError):
        client.call("noSuchOperation", lambda: None)  # type: ignore[arg-type,return-value]


def test_constructor_checks() -> None:
    with pytest.raises(ValueError):
        SyncAPIClient(credentials=Credentials("AK", "SK"), max_retries=-1)
    client = SyncAPIClient(credentials=Credentials("AK", "SK"), max_retries=5, timeout=None)
    assert client.max_retries == 5
    assert client.timeout == httpx.Timeout(None)


# --------------------------------------------------------------------------- #
# async twin


async def test_async_call_and_errors() -> None:
    recorder = Recorder(
        httpx.Response(500, json={"code": "99999", "message": "An error has occurred."}),
        httpx.Response(200, json=OK),
    )

    async def no_sleep(_s: float) -> None:
        return None

    async with AsyncAPIClient(
        credentials=Credentials("AK", "SK"),
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(recorder.async_call)),
        retry_policy=RetryPolicy(async_sleep=no_sleep),
    ) as client:
        result = await client.call(
            "getProject",
            lambda: get_project.asyncio_detailed(workspace_name=WS, project_id="1", client=client.raw),
            path_params={"workspace_name": WS, "project_id": "1"},
            cast_to=GetProjectResponse,
        )
        assert result.result.project_id == 1234
        assert len(recorder.requests) == 2
        assert recorder.requests[0].headers[HEADER_SIGNATURE]

        recorder.responses = [httpx.Response(404, json={"code": "10025", "message": "gone"})]
        with pytest.raises(ProjectNotFoundError):
            await client.call(
                "getProject",
                lambda: get_project.asyncio_detailed(workspace_name=WS, project_id="1", client=client.raw),
                path_params={"workspace_name": WS, "project_id": "1"},
            )
        with pytest.raises(RequestValidationError):
            await client.call(
                "getProject",
                lambda: get_project.asyncio_detailed(workspace_name=WS, project_id="x", client=client.raw),
                path_params={"workspace_name": WS, "project_id": "x"},
            )


async def test_async_owned_client_closes() -> None:
    client = AsyncAPIClient(credentials=Credentials("AK", "SK"))
    copy = client.with_options(max_retries=1)
    await copy.aclose()
    assert not client.http_client.is_closed
    async with client:
        pass
    assert client.http_client.is_closed


def test_with_options_rebinds_cached_property_resources() -> None:
    import functools

    class Projects:
        def __init__(self, client: SyncAPIClient) -> None:
            self._client = client

    class Client(SyncAPIClient):
        @functools.cached_property
        def projects(self) -> Projects:
            return Projects(self)

    client = Client(credentials=Credentials("AK", "SK"))
    assert client.projects._client is client
    copy = client.with_options(max_retries=0)
    assert copy.projects._client is copy
    assert client.projects._client is client


# --------------------------------------------------------------------------- #
# public read-only attributes


def test_public_attributes_read_the_client_state_and_refuse_assignment() -> None:
    credentials = Credentials("AK", "SK")
    policy = RetryPolicy(max_retries=4)
    client = SyncAPIClient(credentials=credentials, base_url=BASE + "/", retry_policy=policy, rate_limits=False)
    assert client.credentials is credentials
    assert client.base_url == BASE
    assert client.retry_policy is policy and client.max_retries == 4
    assert client.rate_limiter is None
    assert client.auth is client._auth and client.spec is client._spec
    assert client.raw is client._raw and client.http_client is client._http_client
    copy = client.with_options(max_retries=1)
    assert copy.retry_policy is not policy and copy.max_retries == 1 and client.retry_policy is policy
    for name in ("credentials", "base_url", "auth", "retry_policy", "rate_limiter", "spec", "raw", "http_client"):
        with pytest.raises(AttributeError, match=f"{name} is read-only"):
            setattr(client, name, None)
        assert getattr(client, name) is getattr(client, f"_{name}")
        assert (getattr(SyncAPIClient, name).__doc__ or "").strip(), name  # documented


def test_public_attributes_are_typed(tmp_path: Path) -> None:
    checked = mypy_snippet(
        tmp_path,
        """
        import httpx
        from media_intelligence import AsyncMediaIntelligence, MediaIntelligence
        from media_intelligence._contract import Contract

        client = MediaIntelligence(access_key="AK", secret_key="SK")
        sync_http: httpx.Client = client.http_client
        async_http: httpx.AsyncClient = AsyncMediaIntelligence(access_key="AK", secret_key="SK").http_client
        spec: Contract = client.spec
        url: str = client.base_url
        wrong: int = client.base_url
        client.base_url = "https://example.com"
        """,
    )
    errors = checked.stdout
    assert 'Incompatible types in assignment (expression has type "str", variable has type "int")' in errors
    assert 'variable has type "Never"' in errors
    assert errors.count("error:") == 2, errors
