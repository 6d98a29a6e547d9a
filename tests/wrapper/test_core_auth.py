"""NCP signature v2: vectors, headers on the wire, a fresh signature per attempt."""

from __future__ import annotations

import itertools

import httpx
import pytest

from media_intelligence import Credentials, RetryPolicy
from media_intelligence._auth import HEADER_ACCESS_KEY, HEADER_SIGNATURE, HEADER_TIMESTAMP
from media_intelligence.core import NcpSignatureV2Auth, SyncAPIClient, sign, string_to_sign
from tools.compile_spec import compile_document

TS = "1700000000000"
EXAMPLE_AK = "EXAMPLEACCESSKEY0001"
EXAMPLE_SK = "EXAMPLESECRETKEY0001"


def test_reference_vector() -> None:
    assert (
        sign("POST", "/vserver/v2/createServerInstances?regionCode=KR", TS, "AK_TEST", "SK_TEST")
        == "xBcE26XFU55BMjppdPT7ZY3oDrqoOedfPyAn3Cq4lUw="
    )


@pytest.mark.parametrize(
    ("method", "path", "expected"),
    [
        ("GET", "/api/v1/workspaces?pageNum=1&pageSize=100", "EuSGWkmn2mpdb301qbIYTJQz8pf1dLZloFe5Dl2p91s="),
        ("POST", "/api/v1/workspaces/my-workspace/projects", "6BBHlZpoF/gXt7wTDOe5rCxVKb7oDgiMU38Mk9svuKQ="),
        ("PATCH", "/api/v1/workspaces/my-workspace/projects/1234", "ccGYJOgliGC8uVd8udyzVz2usJR/JojA5VUrEPf8QwQ="),
    ],
)
def test_section_1_3_vectors(method: str, path: str, expected: str) -> None:
    assert sign(method, path, TS, EXAMPLE_AK, EXAMPLE_SK) == expected
    # int timestamps and lower-case methods sign the same message
    assert sign(method.lower(), path, int(TS), EXAMPLE_AK, EXAMPLE_SK) == expected


def test_string_to_sign_layout() -> None:
    assert string_to_sign("get", "/a?b=1", TS, "AK") == f"GET /a?b=1\n{TS}\nAK"


def _capture() -> tuple[list[httpx.Request], httpx.MockTransport]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"code": "0", "message": "success"})

    return seen, httpx.MockTransport(handler)


def test_auth_sets_headers_from_path_and_query_as_sent() -> None:
    seen, transport = _capture()
    auth = NcpSignatureV2Auth(EXAMPLE_AK, EXAMPLE_SK, clock=lambda: int(TS))
    with httpx.Client(transport=transport, base_url="https://mi.apigw.ntruss.com", auth=auth) as http:
        http.get("/api/v1/workspaces", params={"pageNum": 1, "pageSize": 100})
        http.get("/api/v1/workspaces/my ws", params={"q": "a b/c"})
    first, second = seen
    assert first.headers[HEADER_TIMESTAMP] == TS
    assert first.headers[HEADER_ACCESS_KEY] == EXAMPLE_AK
    assert first.headers[HEADER_SIGNATURE] == "EuSGWkmn2mpdb301qbIYTJQz8pf1dLZloFe5Dl2p91s="
    assert first.headers["content-type"] == "application/json"
    # percent-encoded path and query are signed exactly as they go on the wire
    raw = second.url.raw_path.decode()
    assert raw.startswith("/api/v1/workspaces/my%20ws?q=")
    assert second.headers[HEADER_SIGNATURE] == sign("GET", raw, TS, EXAMPLE_AK, EXAMPLE_SK)


def test_auth_keeps_existing_content_type() -> None:
    seen, transport = _capture()
    auth = NcpSignatureV2Auth(Credentials(EXAMPLE_AK, EXAMPLE_SK), clock=lambda: int(TS))
    with httpx.Client(transport=transport, base_url="https://x", auth=auth) as http:
        http.post("/upload", files={"file": ("a.jpg", b"xx", "image/jpeg")})
    assert seen[0].headers["content-type"].startswith("multipart/form-data")


def test_every_attempt_is_signed_with_a_fresh_timestamp() -> None:
    seen: list[httpx.Request] = []
    statuses = iter([500, 503, 200])

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        status = next(statuses)
        return httpx.Response(status, json={"code": "0" if status == 200 else "99999", "message": "m"})

    clock = itertools.count(1700000000000, 1000)
    http = httpx.Client(
        transport=httpx.MockTransport(handler),
        base_url="https://mi.apigw.ntruss.com",
        auth=NcpSignatureV2Auth(EXAMPLE_AK, EXAMPLE_SK, clock=lambda: next(clock)),
    )
    client = SyncAPIClient(
        credentials=Credentials(EXAMPLE_AK, EXAMPLE_SK),
        http_client=http,
        spec=compile_document({"paths": {"/api/v1/workspaces": {"get": {"operationId": "anything"}}}}),
        retry_policy=RetryPolicy(sleep=lambda _s: None),
    )

    class _Resp:
        def __init__(self, r: httpx.Response) -> None:
            self.status_code = r.status_code
            self.content = r.content
            self.headers = r.headers
            self.parsed = r.json()

    client.call("anything", lambda: _Resp(http.get("/api/v1/workspaces")), idempotent=True)
    assert len(seen) == 3
    stamps = [r.headers[HEADER_TIMESTAMP] for r in seen]
    assert len(set(stamps)) == 3
    for request in seen:
        ts = request.headers[HEADER_TIMESTAMP]
        assert request.headers[HEADER_SIGNATURE] == sign("GET", "/api/v1/workspaces", ts, EXAMPLE_AK, EXAMPLE_SK)


def test_auth_repr_masks_secret() -> None:
    auth = NcpSignatureV2Auth(EXAMPLE_AK, EXAMPLE_SK)
    assert EXAMPLE_SK not in repr(auth)
    assert EXAMPLE_AK not in repr(auth)
    with pytest.raises(TypeError):
        NcpSignatureV2Auth(EXAMPLE_AK)
    with pytest.raises(TypeError):
        NcpSignatureV2Auth(Credentials(EXAMPLE_AK, EXAMPLE_SK), EXAMPLE_SK)


def test_default_clock_is_epoch_milliseconds() -> None:
    seen, transport = _capture()
    with httpx.Client(transport=transport, base_url="https://x", auth=NcpSignatureV2Auth("AK", "SK")) as http:
        http.get("/")
    ts = seen[0].headers[HEADER_TIMESTAMP]
    assert ts.isdigit() and len(ts) == 13
