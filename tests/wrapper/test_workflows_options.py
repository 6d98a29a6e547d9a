"""Waiters and workflows pass the per-call options to every request they send, over real loopback HTTP.

``extra_headers``/``extra_query`` reach every API request of a workflow (the
emulator answers; the requests are read as sent, from the user's own httpx
client's event hooks), and not the presigned PUT, whose URL is signed as it
is. A workflow's ``timeout`` bounds each request it sends: a loopback server
that holds one of them makes the workflow fail with `APITimeoutError` on that
request, where the client's own timeouts would have waited for the answer.
"""

from __future__ import annotations

import http.server
import threading
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from test_resources_support import UPLOAD, WS, FakeAPI, ok, operation_of

from media_intelligence import APITimeoutError, AsyncMediaIntelligence, MediaIntelligence
from media_intelligence_emulator.pytest_plugin import EmulatorHandle
from tests.e2e.support import face_png

TRACE = {"X-Trace": "workflow-7"}
QUERY = {"trace": "q7"}


# --------------------------------------------------------------------------- #
# extra headers and query: every API request of a workflow, against the emulator


def _face() -> bytes:
    return face_png()


def _api_requests(sent: list[httpx.Request]) -> list[httpx.Request]:
    return [r for r in sent if "/_emulator/uploads/" not in r.url.path]


def _assert_traced(sent: list[httpx.Request], operations: set[str]) -> None:
    api = _api_requests(sent)
    assert {operation_of(r) for r in api} >= operations, [str(r.url) for r in api]
    for request in api:
        assert request.headers.get("X-Trace") == "workflow-7", request.url
        assert request.url.params.get("trace") == "q7", request.url
    puts = [r for r in sent if r.method == "PUT"]
    assert puts and all("X-Trace" not in r.headers and "trace" not in r.url.params for r in puts)


def _setup(client: MediaIntelligence, bucket: str) -> int:
    client.workspaces.create(WS, bucket=bucket)
    return client.projects.create(name="traced").project_id


def test_extra_headers_and_query_reach_every_request_of_the_workflows(mi_emulator: EmulatorHandle) -> None:
    sent: list[httpx.Request] = []
    http = httpx.Client(event_hooks={"request": [sent.append]})
    with MediaIntelligence(**mi_emulator.client_options(workspace=WS, http_client=http)) as client:
        project_id = _setup(client, mi_emulator.bucket)
        sent.clear()
        key = client.persons.upload_thumbnail(_face(), poll_interval=0.01, extra_headers=TRACE, extra_query=QUERY)
        assert key
        _assert_traced(sent, {"createPersonThumbnailUploadUrl", "getPersonThumbnailUploadStatus"})

        sent.clear()
        results = client.search.run(
            image=_face(),
            project_ids=[project_id],
            page_size=1,
            poll_interval=0.01,
            extra_headers=TRACE,
            extra_query=QUERY,
        )
        assert results.to_list() == []
        _assert_traced(
            sent,
            {"createSearchImageUploadUrl", "getSearchImageUploadStatus", "searchAssets", "getSearchResult"},
        )

        sent.clear()
        mi_emulator.put_object("clips/none.mp4", b"not a video")
        client.assets.import_from_object_storage(
            ["clips/none.mp4"], bucket=mi_emulator.bucket, project_id=project_id, wait=False, extra_headers=TRACE
        )
        assert [operation_of(r) for r in sent] == ["importAssets"]
        assert sent[0].headers["X-Trace"] == "workflow-7"
    http.close()


async def test_async_waiter_sends_the_options_with_every_poll(mi_emulator: EmulatorHandle) -> None:
    sent: list[httpx.Request] = []

    async def record(request: httpx.Request) -> None:
        sent.append(request)

    async with (
        httpx.AsyncClient(event_hooks={"request": [record]}) as http,
        AsyncMediaIntelligence(**mi_emulator.client_options(workspace=WS, http_client=http)) as client,
    ):
        await client.workspaces.create(WS, bucket=mi_emulator.bucket)
        sent.clear()
        key = await client.search.upload_image(_face(), poll_interval=0.01, extra_headers=TRACE, extra_query=QUERY)
        status = await client.search.get_waiter("image_uploaded").wait(
            asset_key=key, extra_headers=TRACE, extra_query=QUERY
        )
        assert status.upload_status is not None
        _assert_traced(sent, {"createSearchImageUploadUrl", "getSearchImageUploadStatus"})


# --------------------------------------------------------------------------- #
# timeout: each request of a workflow, against a loopback server that holds one


class HoldingServer:
    """A real HTTP server on 127.0.0.1 answering as `FakeAPI` does; it holds the requests of ``hold``.

    Presigned uploads go to ``/upload/...`` on the same server (operation `UPLOAD`).
    """

    def __init__(self, api: FakeAPI) -> None:
        self.api = api
        self.hold: set[str] = set()
        self.received: list[str] = []
        self.released = threading.Event()
        owner = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def _answer(self) -> None:
                owner._serve(self)

            do_GET = do_POST = do_PUT = do_DELETE = _answer

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.server.handle_error = lambda request, address: None  # a client that gave up: a broken pipe
        self.base_url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def _serve(self, handler: http.server.BaseHTTPRequestHandler) -> None:
        body = handler.rfile.read(int(handler.headers.get("Content-Length") or 0))
        request = httpx.Request(
            handler.command, self.base_url + handler.path, headers=dict(handler.headers), content=body
        )
        op = UPLOAD if handler.path.startswith("/upload/") else operation_of(request)
        self.received.append(op)
        if op in self.hold:
            self.released.wait(30)
        response = httpx.Response(200) if op == UPLOAD else self.api(request)
        handler.send_response(response.status_code)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(response.content)))
        handler.end_headers()
        handler.wfile.write(response.content)

    def client(self) -> MediaIntelligence:
        return MediaIntelligence(
            access_key="AK_TEST", secret_key="SK_TEST_SECRET", base_url=self.base_url, workspace=WS, max_retries=0
        )


@pytest.fixture
def server() -> Iterator[HoldingServer]:
    api = FakeAPI()
    running = HoldingServer(api)
    api.on(
        "createPersonThumbnailUploadUrl",
        ok({"thumbnailKey": "thumb/face.png", "url": f"{running.base_url}/upload/face.png?X-Amz-Signature=s1"}),
    )
    api.on("getPersonThumbnailUploadStatus", ok({"uploadStatus": "COMPLETED"}))
    api.on("getIndexStatus", ok({"status": "ANALYZE_COMPLETED"}))
    running.thread.start()
    try:
        yield running
    finally:
        running.released.set()
        running.server.shutdown()
        running.server.server_close()


WORKFLOWS: dict[str, Callable[[MediaIntelligence], Any]] = {
    "persons.upload_thumbnail": lambda c: c.persons.upload_thumbnail(_face(), timeout=2.0),
    "indexes.wait_until_done": lambda c: c.indexes.wait_until_done(5, project_id=1, timeout=2.0),
}


@pytest.mark.parametrize(
    ("workflow", "held"),
    [
        ("persons.upload_thumbnail", "createPersonThumbnailUploadUrl"),
        ("persons.upload_thumbnail", UPLOAD),
        ("persons.upload_thumbnail", "getPersonThumbnailUploadStatus"),
        ("indexes.wait_until_done", "getIndexStatus"),
    ],
)
def test_a_workflows_timeout_bounds_each_request_it_sends(server: HoldingServer, workflow: str, held: str) -> None:
    with server.client() as client:
        WORKFLOWS[workflow](client)  # nothing held: the workflow completes within its timeout
        server.hold = {held}
        server.received.clear()
        with pytest.raises(APITimeoutError):
            WORKFLOWS[workflow](client)
    assert server.received[-1] == held  # the held request was sent, and given up after the workflow's timeout
