"""Shared helpers of the resource, waiter, pagination and upload tests (no tests here).

`FakeAPI` is an ``httpx.MockTransport`` handler that recognises the spec
operation of each request (method + path template) and answers with queued
bodies, else with the operation's first documented 200 example, so every
method can be called without hand-written fixtures. `FakeClock` makes
waiter time virtual.
"""

from __future__ import annotations

import io
import json
import re
import socketserver
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import httpx
from PIL import Image

import mi_spec
from media_intelligence import AsyncMediaIntelligence, MediaIntelligence, RetryPolicy
from tools.compile_spec import deref

BASE = "https://mi.apigw.ntruss.com"
WS = "my-ws"
UPLOAD_HOST = "https://upload.example.com"
UPLOAD = "PUT-upload"  # pseudo operation id of presigned uploads

Answer = dict[str, Any] | httpx.Response | Callable[[httpx.Request], httpx.Response]

SPEC = mi_spec.document()
OPERATIONS = mi_spec.OPERATIONS


def _route_table() -> list[tuple[str, re.Pattern[str], str]]:
    table = []
    for op_id, info in OPERATIONS.items():
        pattern = "^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(info.path)) + "$"
        table.append((info.method, re.compile(pattern), op_id))
    # literal segments win over parameters (/persons/search before /persons/{person_id})
    table.sort(key=lambda row: row[1].pattern.count("[^/]+"))
    return table


ROUTES = _route_table()


def operation_of(request: httpx.Request) -> str:
    if request.url.host == httpx.URL(UPLOAD_HOST).host:
        return UPLOAD
    for method, pattern, op_id in ROUTES:
        if method == request.method and pattern.match(request.url.path):
            return op_id
    raise AssertionError(f"no operation for {request.method} {request.url.path}")


def example(op_id: str) -> dict[str, Any]:
    """The first documented 200 example body of an operation (a deep copy)."""
    info = OPERATIONS[op_id]
    op = SPEC["paths"][info.path][info.method.lower()]
    response = deref(SPEC, op["responses"]["200"])
    media = response["content"]["application/json"]
    if "example" in media:
        value = media["example"]
    else:
        first = deref(SPEC, next(iter(media["examples"].values())))
        value = first["value"]
    copied: dict[str, Any] = json.loads(json.dumps(value))
    return copied


def ok(result: Any = None) -> dict[str, Any]:
    body: dict[str, Any] = {"code": "0", "message": "success"}
    if result is not None:
        body["result"] = result
    return body


class FakeAPI:
    """MockTransport handler: per-operation answer queues, spec examples otherwise."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, httpx.Request]] = []
        self.answers: dict[str, list[Answer]] = {}

    def on(self, op_id: str, *answers: Answer) -> FakeAPI:
        """Queue answers for an operation; the last one repeats."""
        self.answers.setdefault(op_id, []).extend(answers)
        return self

    def __call__(self, request: httpx.Request) -> httpx.Response:
        op_id = operation_of(request)
        request.read()
        self.calls.append((op_id, request))
        queue = self.answers.get(op_id)
        if queue:
            answer = queue.pop(0) if len(queue) > 1 else queue[0]
        elif op_id == UPLOAD:
            answer = httpx.Response(200)
        else:
            answer = example(op_id)
        if isinstance(answer, httpx.Response):
            return answer
        if callable(answer):
            return answer(request)
        return httpx.Response(200, json=answer)

    @property
    def ops(self) -> list[str]:
        return [op for op, _ in self.calls]

    def requests_of(self, op_id: str) -> list[httpx.Request]:
        return [request for op, request in self.calls if op == op_id]

    def json_of(self, op_id: str, index: int = -1) -> Any:
        return json.loads(self.requests_of(op_id)[index].content)


class FakeClock:
    """Virtual time: ``sleep`` advances ``now``; records every sleep."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def time(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)


def make_client(api: FakeAPI, clock: FakeClock | None = None, **kwargs: Any) -> MediaIntelligence:
    clock = clock or FakeClock()
    kwargs.setdefault("workspace", WS)
    client = MediaIntelligence(
        access_key="AK_TEST",
        secret_key="SK_TEST_SECRET",
        base_url=BASE,
        http_client=httpx.Client(transport=httpx.MockTransport(api)),
        retry_policy=RetryPolicy(sleep=lambda _s: None),
        **kwargs,
    )
    client._waiter_sleep, client._waiter_clock = clock.sleep, clock.time
    return client


def make_async_client(api: FakeAPI, clock: FakeClock | None = None, **kwargs: Any) -> AsyncMediaIntelligence:
    clock = clock or FakeClock()
    kwargs.setdefault("workspace", WS)

    async def no_sleep(_s: float) -> None:
        return None

    client = AsyncMediaIntelligence(
        access_key="AK_TEST",
        secret_key="SK_TEST_SECRET",
        base_url=BASE,
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(api)),
        retry_policy=RetryPolicy(async_sleep=no_sleep),
        **kwargs,
    )
    client._waiter_sleep, client._waiter_clock = clock.async_sleep, clock.time
    return client


def image_bytes(fmt: str = "JPEG", size: tuple[int, int] = (640, 480), **save: Any) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, (200, 30, 30)).save(buffer, fmt, **save)
    return buffer.getvalue()


def resolve_attr(obj: Any, dotted: str) -> Any:
    for part in dotted.split("."):
        obj = getattr(obj, part)
    return obj


@contextmanager
def serving(server: socketserver.BaseServer) -> Iterator[str]:
    """Run ``server`` (bound to a loopback port) in a thread; its base URL while the block runs."""
    if isinstance(server, socketserver.ThreadingMixIn):
        server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        host, port = server.server_address[:2]
        yield f"http://{host}:{port}"
    finally:
        server.shutdown()
        server.server_close()
