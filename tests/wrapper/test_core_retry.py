"""Retries: what is retried, how long it waits (Retry-After), sync and async."""

from __future__ import annotations

import email.utils
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from media_intelligence import (
    APIConnectionError,
    APITimeoutError,
    Credentials,
    InternalServerError,
    RateLimitError,
    RetryPolicy,
)
from media_intelligence._retry import is_retryable
from media_intelligence.core import AsyncAPIClient, SyncAPIClient
from tools.compile_spec import compile_document

SPEC = compile_document(
    {
        "paths": {
            "/api/v1/things": {
                "get": {"operationId": "listThings"},
                "post": {"operationId": "createThing"},
            },
            "/api/v1/things/{id}": {
                "delete": {"operationId": "deleteThing"},
                "patch": {"operationId": "updateThing"},
                "put": {"operationId": "replaceThing", "x-retry-safe": False},
            },
            "/api/v1/safe-posts": {"post": {"operationId": "safePost", "x-retry-safe": True}},
        }
    }
)
OK = {"code": "0", "message": "success", "result": {"id": 1}}
Step = int | httpx.Response | type[Exception] | Exception


class FakeResponse:
    """What a generated *_detailed call returns."""

    def __init__(self, response: httpx.Response) -> None:
        self.status_code = response.status_code
        self.content = response.content
        self.headers = response.headers
        self.parsed: Any = response.json() if response.content else None


class Script:
    """A MockTransport handler that plays ``steps`` in order."""

    def __init__(self, steps: list[Step]) -> None:
        self.steps: Iterator[Step] = iter(steps)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        step = next(self.steps)
        if isinstance(step, type) and issubclass(step, Exception):
            raise step("scripted failure", request=request)  # type: ignore[call-arg]
        if isinstance(step, Exception):
            raise step
        if isinstance(step, httpx.Response):
            return step
        if step == 200:
            return httpx.Response(200, json=OK)
        return httpx.Response(step, json={"code": "99999", "message": "An error has occurred."})


def make_client(steps: list[Step], **kwargs: Any) -> tuple[SyncAPIClient, Script, list[float]]:
    script = Script(steps)
    sleeps: list[float] = []
    http = httpx.Client(transport=httpx.MockTransport(script), base_url="https://mi.apigw.ntruss.com")
    policy = kwargs.pop("retry_policy", RetryPolicy(sleep=sleeps.append, random=lambda: 0.0))
    client = SyncAPIClient(
        credentials=Credentials("AK", "SK"), http_client=http, spec=SPEC, retry_policy=policy, **kwargs
    )
    return client, script, sleeps


def sender(client: SyncAPIClient, method: str, url: str = "/api/v1/things") -> Callable[[], FakeResponse]:
    return lambda: FakeResponse(client.http_client.request(method, url))


# --------------------------------------------------------------------------- #


def test_get_retried_on_500_then_succeeds() -> None:
    client, script, sleeps = make_client([500, 502, 200])
    assert client.call("listThings", sender(client, "GET")) == OK
    assert len(script.requests) == 3
    assert sleeps == [0.5, 1.0]


def test_gives_up_after_max_retries() -> None:
    client, script, sleeps = make_client([500, 500, 500, 200])
    with pytest.raises(InternalServerError) as info:
        client.call("listThings", sender(client, "GET"))
    assert info.value.status_code == 500
    assert len(script.requests) == 3  # default max_retries=2
    assert len(sleeps) == 2


def test_max_retries_zero_and_with_options() -> None:
    client, script, _ = make_client([500, 200])
    with pytest.raises(InternalServerError):
        client.with_options(max_retries=0).call("listThings", sender(client, "GET"))
    assert len(script.requests) == 1
    assert client.max_retries == 2

    client, script, _ = make_client([500, 500, 500, 500, 200])
    assert client.with_options(max_retries=4).call("listThings", sender(client, "GET")) == OK
    assert len(script.requests) == 5


def test_retry_after_seconds_is_honoured() -> None:
    limited = httpx.Response(
        429, json={"error": {"errorCode": "420", "message": "Rate limit"}}, headers={"Retry-After": "3"}
    )
    client, _, sleeps = make_client([limited, 200])
    client.call("listThings", sender(client, "GET"))
    assert sleeps == [3.0]


def test_retry_after_ms_and_http_date() -> None:
    ms = httpx.Response(503, json={"code": "99999", "message": "m"}, headers={"retry-after-ms": "250"})
    date = email.utils.formatdate(time.time() + 5, usegmt=True)
    dated = httpx.Response(503, json={"code": "99999", "message": "m"}, headers={"Retry-After": date})
    client, _, sleeps = make_client([ms, dated, 200])
    client.call("listThings", sender(client, "GET"))
    assert sleeps[0] == 0.25
    assert 3.0 <= sleeps[1] <= 5.0


def test_retry_after_too_long_is_not_waited_for() -> None:
    limited = httpx.Response(429, json={"error": {"errorCode": "400"}}, headers={"Retry-After": "3600"})
    client, script, sleeps = make_client([limited, 200])
    with pytest.raises(RateLimitError) as info:
        client.call("listThings", sender(client, "GET"))
    assert info.value.retry_after == 3600.0
    assert sleeps == [] and len(script.requests) == 1


def test_post_not_retried_on_500() -> None:
    client, script, sleeps = make_client([500, 200])
    with pytest.raises(InternalServerError):
        client.call("createThing", sender(client, "POST"))
    assert len(script.requests) == 1 and sleeps == []
    client, script, _ = make_client([500, 200])
    with pytest.raises(InternalServerError):
        client.call("updateThing", sender(client, "PATCH", "/api/v1/things/1"))
    assert len(script.requests) == 1


def test_post_retried_on_429_and_on_connect_errors() -> None:
    client, script, _ = make_client([429, httpx.ConnectError, httpx.ConnectTimeout, 200], max_retries=3)
    assert client.call("createThing", sender(client, "POST")) == OK
    assert len(script.requests) == 4


def test_post_not_retried_after_the_request_was_sent() -> None:
    for failure in (httpx.ReadTimeout, httpx.RemoteProtocolError, httpx.ReadError):
        client, script, _ = make_client([failure, 200])
        with pytest.raises(APIConnectionError) as info:
            client.call("createThing", sender(client, "POST"))
        assert info.value.request_sent is True
        assert len(script.requests) == 1
    client, _, _ = make_client([httpx.ReadTimeout])
    with pytest.raises(APITimeoutError):
        client.call("createThing", sender(client, "POST"))


def test_get_and_delete_retried_on_any_connection_error() -> None:
    client, script, _ = make_client([httpx.ReadTimeout, httpx.RemoteProtocolError, 200])
    assert client.call("listThings", sender(client, "GET")) == OK
    assert len(script.requests) == 3
    client, script, _ = make_client([httpx.ReadError, 200])
    client.call("deleteThing", sender(client, "DELETE", "/api/v1/things/1"))
    assert len(script.requests) == 2


def test_idempotency_declared_by_spec_or_caller() -> None:
    client, _, _ = make_client([500, 200])
    assert client.call("safePost", sender(client, "POST", "/api/v1/safe-posts")) == OK  # x-idempotent: true
    client, _, _ = make_client([500, 200])
    assert client.call("createThing", sender(client, "POST"), idempotent=True) == OK
    client, _, _ = make_client([500, 200])
    with pytest.raises(InternalServerError):
        client.call("listThings", sender(client, "GET"), idempotent=False)
    client, _, _ = make_client([500, 200])
    with pytest.raises(InternalServerError):
        client.call("replaceThing", sender(client, "PUT", "/api/v1/things/1"))  # x-idempotent: false


def test_connection_errors_are_mapped() -> None:
    client, _, _ = make_client([httpx.ConnectError, httpx.ConnectError, httpx.ConnectError])
    with pytest.raises(APIConnectionError) as info:
        client.call("listThings", sender(client, "GET"))
    assert info.value.request_sent is False
    assert isinstance(info.value.__cause__, httpx.ConnectError)
    client, _, _ = make_client([httpx.ConnectTimeout] * 3)
    with pytest.raises(APITimeoutError):
        client.call("listThings", sender(client, "GET"))


def test_backoff_and_jitter() -> None:
    policy = RetryPolicy(random=lambda: 1.0)
    assert [policy.backoff(n) for n in (1, 2, 3, 4, 5, 6, 7)] == [0.375, 0.75, 1.5, 3.0, 6.0, 6.0, 6.0]
    exact = RetryPolicy(jitter=0.0)
    assert [exact.backoff(n) for n in (1, 2, 5, 6)] == [0.5, 1.0, 8.0, 8.0]
    real = RetryPolicy()
    assert all(0.375 <= real.backoff(1) <= 0.5 for _ in range(50))


def test_is_retryable_matrix() -> None:
    sent = APIConnectionError(request_sent=True)
    unsent = APIConnectionError(request_sent=False)
    assert is_retryable(sent, idempotent=True) and not is_retryable(sent, idempotent=False)
    assert is_retryable(unsent, idempotent=False)
    assert not is_retryable(ValueError("x"), idempotent=True)


# --------------------------------------------------------------------------- #
# async twin


class AsyncScript(Script):
    async def handle(self, request: httpx.Request) -> httpx.Response:
        return self(request)


def make_async_client(steps: list[Step], **kwargs: Any) -> tuple[AsyncAPIClient, Script, list[float]]:
    script = AsyncScript(steps)
    sleeps: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        sleeps.append(seconds)

    http = httpx.AsyncClient(transport=httpx.MockTransport(script.handle), base_url="https://mi.apigw.ntruss.com")
    policy = RetryPolicy(async_sleep=fake_sleep, random=lambda: 0.0)
    client = AsyncAPIClient(
        credentials=Credentials("AK", "SK"), http_client=http, spec=SPEC, retry_policy=policy, **kwargs
    )
    return client, script, sleeps


def async_sender(client: AsyncAPIClient, method: str, url: str = "/api/v1/things") -> Callable[[], Any]:
    async def fn() -> FakeResponse:
        return FakeResponse(await client.http_client.request(method, url))

    return fn


async def test_async_retries_with_retry_after() -> None:
    limited = httpx.Response(429, json={"error": {"errorCode": "420"}}, headers={"Retry-After": "2"})
    client, script, sleeps = make_async_client([limited, 500, 200])
    assert await client.call("listThings", async_sender(client, "GET")) == OK
    assert sleeps == [2.0, 1.0]
    assert len(script.requests) == 3


async def test_async_post_not_retried_on_500_but_on_connect_error() -> None:
    client, script, _ = make_async_client([500])
    with pytest.raises(InternalServerError):
        await client.call("createThing", async_sender(client, "POST"))
    assert len(script.requests) == 1
    client, script, _ = make_async_client([httpx.ConnectError, 200])
    assert await client.call("createThing", async_sender(client, "POST")) == OK
    assert len(script.requests) == 2
    client, script, _ = make_async_client([httpx.ReadTimeout])
    with pytest.raises(APITimeoutError):
        await client.call("createThing", async_sender(client, "POST"))


def test_retry_log_lines(caplog: pytest.LogCaptureFixture) -> None:
    client, _, _ = make_client([500, 503, 200])
    with caplog.at_level("INFO", logger="media_intelligence"):
        client.call("listThings", sender(client, "GET"))
    lines = [r.getMessage() for r in caplog.records if r.getMessage().startswith("Retrying")]
    assert lines[0].startswith("Retrying listThings in 0.50 s (retry 1 of 2) after UnexpectedServerError")
    assert lines[1].startswith("Retrying listThings in 1.00 s (retry 2 of 2)")


def test_a_blocking_program_imports_no_asyncio_and_tenacity_only_to_retry() -> None:
    import json
    import subprocess
    import sys
    import textwrap

    script = textwrap.dedent(
        """
        import json, sys
        import httpx
        from media_intelligence import MediaIntelligence, RetryPolicy

        def loaded():
            return sorted({m.split(".")[0] for m in sys.modules} & {"asyncio", "tenacity"})

        from media_intelligence_client.api.projects import get_project

        project = {"projectId": 1, "name": "p", "isBaseProject": False, "createdUserName": "k",
                   "createdTime": "2025-04-23T17:13:48", "updatedUserName": "k", "updatedTime": "2025-04-23T17:13:48"}
        answers = iter([200, 500, 200])

        def handler(request):
            if next(answers) == 200:
                return httpx.Response(200, json={"code": "0", "message": "success", "result": project})
            return httpx.Response(500, json={"code": "99999", "message": "An error has occurred."})

        seen = {}
        client = MediaIntelligence(
            access_key="AK", secret_key="SK", workspace="my-ws",
            http_client=httpx.Client(transport=httpx.MockTransport(handler)),
            retry_policy=RetryPolicy(sleep=lambda _s: None),
        )
        seen["client"] = loaded()

        def get():
            return client.call(
                "getProject",
                lambda: get_project.sync_detailed(workspace_name="my-ws", project_id="1", client=client.raw),
                path_params={"workspace_name": "my-ws", "project_id": "1"},
            )

        get()
        seen["a call"] = loaded()
        get()
        seen["a retried call"] = loaded()
        print(json.dumps(seen))
        """
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen == {"client": [], "a call": [], "a retried call": ["tenacity"]}
