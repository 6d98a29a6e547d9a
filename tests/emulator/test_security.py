"""Security of the emulator, tested from the outside: a real server in its own process, over loopback HTTP.

Each test reproduces a defect found by outside testing and checks its fix:
files served only to their owner, the signature checked before the body is
read, bounded bodies and error messages, single-use upload URLs under
concurrency, images checked before they are decoded, no 5xx for malformed
input, a reset scoped to its caller, strict routing, import keys refused at
once, and no secret on a command line or in a log.
"""

from __future__ import annotations

import io
import json
import re
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from openapi_core import OpenAPI
from PIL import Image

import mi_spec

from .helpers import Api, error, gateway_error, ok, png
from .security_support import (
    ADMIN,
    BUCKET,
    INTRUDER,
    OWNER,
    Server,
    emulator_process,
    huge_png,
    offer_body,
    signed_head,
)
from .test_search_helpers import pattern, put

WS_NAME = "sec-ws"
WS = f"/api/v1/workspaces/{WS_NAME}"
MB = 1 << 20


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    with emulator_process(tmp_path_factory.mktemp("security")) as running:
        yield running


@pytest.fixture
def owner(server: Server, openapi: OpenAPI) -> Iterator[Api]:
    api = server.api(OWNER, openapi)
    yield api
    api.post("/_emulator/reset")  # the owner's data only
    api.close()


@pytest.fixture
def intruder(server: Server, openapi: OpenAPI) -> Iterator[Api]:
    api = server.api(INTRUDER, openapi)
    yield api
    api.post("/_emulator/reset")
    api.close()


def _workspace(api: Api, name: str = WS_NAME) -> int:
    """A workspace linked to the folder bucket; its base project's id."""
    ok(api.post("/api/v1/workspaces", json={"workspaceName": name, "bucketName": BUCKET}))
    return int(ok(api.get(f"/api/v1/workspaces/{name}/projects"))["projects"][0]["projectId"])


def _indexed_image(server: Server, api: Api, project: int, data: bytes, caption: str) -> int:
    """Import an image from the bucket and index it; its asset id."""
    (server.bucket / "photo.png").write_bytes(data)
    (server.bucket / "photo.png.mi.json").write_text(json.dumps({"caption": caption}))
    asset = ok(
        api.post(
            f"{WS}/projects/{project}/assets/import/object-storage", json={"key": "photo.png", "bucketName": BUCKET}
        )
    )
    server.wait_for_jobs(api)
    ok(api.post(f"{WS}/projects/{project}/assets/{asset['assetId']}/index", json={"analysisPersonCount": 0}))
    server.wait_for_jobs(api)
    return int(asset["assetId"])


def _search(server: Server, api: Api, project: int, text: str) -> list[dict[str, Any]]:
    body = {"query": {"textQuery": text}, "filter": {"projectIds": [project]}}
    search_id = ok(api.post(f"{WS}/assets/search", json=body))["searchId"]
    server.wait_for_jobs(api)
    result = ok(api.get(f"{WS}/assets/search/{search_id}"))
    assert result["status"] == "COMPLETED", result
    items: list[dict[str, Any]] = result["results"]
    return items


def _upload(api: Api, data: bytes, name: str = "face.png") -> dict[str, Any]:
    issued: dict[str, Any] = ok(
        api.post(f"{WS}/person-thumbnail/uploads/presigned-url", json={"thumbnailFileName": name})
    )
    return issued


def _path_of(url: str) -> str:
    return httpx.URL(url).path


# -- 1. files only to their owner ------------------------------------------------------------------------------


def test_scene_thumbnails_need_the_owners_signed_url(server: Server, owner: Api, intruder: Api) -> None:
    project = _workspace(owner)
    original = pattern(5, size=720)
    _indexed_image(server, owner, project, original, "a red fishing boat")
    found = _search(server, owner, project, "fishing boat")
    url = found[0]["thumbnailUrl"]
    path = _path_of(url)
    assert re.fullmatch(r"/_emulator/files/scenes/\d+/thumbnail", path)

    served = httpx.get(url)  # the signed URL works without headers, like a presigned one
    assert served.status_code == 200 and served.headers["content-type"] == "image/jpeg"
    assert served.content != original  # a reduced copy, never the private original
    with Image.open(io.BytesIO(served.content)) as image:
        assert max(image.size) <= 320

    unsigned = httpx.get(server.base_url + path)  # the old way: a bare, sequential id
    assert unsigned.status_code == 403 and unsigned.json()["error"]["code"] == "AccessDenied"
    query = httpx.URL(url).params
    forged = dict(query, **{"X-Mi-Signature": "A" * 43})
    assert httpx.get(server.base_url + path, params=forged).status_code == 403
    expired = dict(query, **{"X-Mi-Expires": str(int(time.time()) - 1)})
    assert httpx.get(server.base_url + path, params=expired).status_code == 403
    # the owner's signature for one scene does not open another id
    other_id = int(path.split("/")[-2]) + 1
    assert httpx.get(f"{server.base_url}/_emulator/files/scenes/{other_id}/thumbnail", params=query).status_code == 403
    # another tenant's valid signature: the same 404 as a missing file (ids can't be probed)
    assert intruder.get(path).status_code == 404
    assert intruder.get("/_emulator/files/scenes/999999/thumbnail").status_code == 404
    # the owner's own signature headers work too
    assert owner.get(path).status_code == 200


def test_person_thumbnails_only_to_their_owner(server: Server, owner: Api, intruder: Api) -> None:
    _workspace(owner)
    issued = _upload(owner, pattern(1))
    assert put(issued["url"], pattern(1)).status_code == 200
    person = ok(
        owner.post(
            f"{WS}/persons", json={"thumbnails": [{"thumbnailKey": issued["thumbnailKey"], "isPrimaryThumbnail": True}]}
        )
    )
    url = person["thumbnails"][0]["url"]
    assert httpx.get(url).content == pattern(1)
    path = _path_of(url)
    assert httpx.get(server.base_url + path).status_code == 403
    assert intruder.get(path).status_code == 404
    # sequential ids guessed with the intruder's own signature find nothing
    for guess in range(1, 6):
        assert intruder.get(f"/_emulator/files/person-thumbnails/{guess}").status_code == 404


# -- 2. signature before the body, bounded bodies, bounded error messages --------------------------------------


def test_unsigned_100_mb_bodies_are_not_read(tmp_path: Path) -> None:
    with emulator_process(tmp_path / "memory") as fresh:
        before = fresh.peak_rss_mb()
        results: list[tuple[int, int]] = []
        head = (
            "POST /api/v1/workspaces HTTP/1.1\r\nHost: emulator\r\nContent-Type: application/json\r\n"
            f"Content-Length: {100 * MB}"
        )
        threads = [
            threading.Thread(target=lambda: results.append(offer_body(fresh.base_url, head, 100 * MB)))
            for _ in range(4)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert [status for status, _ in results] == [401] * 4
        peak = fresh.peak_rss_mb()
        assert peak < 200, f"peak resident memory {peak:.0f} MiB (before: {before:.0f} MiB)"
        # the answer came before the body: far less than the 100 MB offered was sent
        assert all(sent < 100 * MB for _, sent in results), results


def test_signed_oversized_bodies_get_the_gateways_413(server: Server, owner: Api) -> None:
    head = signed_head(
        "POST", "/api/v1/workspaces", OWNER, "Content-Type: application/json", f"Content-Length: {100 * MB}"
    )
    status, sent = offer_body(server.base_url, head, 100 * MB)
    assert status == 413 and sent < 100 * MB

    # no Content-Length (chunked): refused once the streamed bytes pass the limit
    def chunks() -> Iterator[bytes]:
        for _ in range(8):
            yield bytes(MB)

    response = owner.post(
        "/api/v1/workspaces", content=chunks(), headers={"Content-Type": "application/json"}, validate=False
    )
    body = gateway_error(response, 413, "430")
    assert "larger than" in body["error"]["details"]


def test_error_messages_do_not_echo_whole_values(server: Server, owner: Api) -> None:
    response = owner.post("/api/v1/workspaces", json={"workspaceName": "n" * 500_000})
    assert response.status_code == 400 and len(response.content) < 2000, len(response.content)
    assert "more characters" in response.json()["message"]


# -- 3. single-use upload URLs under concurrency -----------------------------------------------------------------


def test_single_use_upload_url_accepts_exactly_one_of_concurrent_puts(server: Server, owner: Api) -> None:
    _workspace(owner)
    for trial in range(5):
        issued = _upload(owner, b"")
        images = [pattern(100 * trial + n) for n in range(8)]
        barrier = threading.Barrier(len(images))
        answers: dict[int, httpx.Response] = {}

        def send(
            n: int, url: str = issued["url"], images: list[bytes] = images, barrier: threading.Barrier = barrier
        ) -> None:
            barrier.wait()
            answers[n] = put(url, images[n])  # noqa: B023  (answers of this trial, read within it)

        threads = [threading.Thread(target=send, args=(n,)) for n in range(len(images))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        winners = [n for n, r in answers.items() if r.status_code == 200]
        assert len(winners) == 1, {n: r.status_code for n, r in answers.items()}
        for n, response in answers.items():
            if n != winners[0]:
                assert response.status_code == 403 and response.json()["error"]["code"] == "AccessDenied"
        late = put(issued["url"], pattern(999))
        assert late.status_code == 403
        person = ok(
            owner.post(
                f"{WS}/persons",
                json={"thumbnails": [{"thumbnailKey": issued["thumbnailKey"], "isPrimaryThumbnail": True}]},
            )
        )
        # what was reported stored is what is kept: the winner's image, not a later writer's
        assert httpx.get(person["thumbnails"][0]["url"]).content == images[winners[0]]


# -- 4. images checked before decoding ---------------------------------------------------------------------------


def test_image_bombs_are_refused_before_decoding(tmp_path: Path, openapi: OpenAPI) -> None:
    with emulator_process(tmp_path / "bombs") as fresh:
        api = fresh.api(OWNER, openapi)
        project = _workspace(api)
        for side in (12000, 16000):
            bomb = huge_png(side, side)
            assert len(bomb) < 300_000
            # as a face image upload: refused with the upload route's 400, recorded as unusable
            issued = _upload(api, bomb)
            response = put(issued["url"], bomb)
            assert response.status_code == 400 and response.json()["error"]["code"] == "InvalidImage"
            status = ok(
                api.post(f"{WS}/person-thumbnail/uploads/complete", json={"thumbnailKey": issued["thumbnailKey"]})
            )
            assert status["uploadStatus"] == "FAILED" and status["uploadMessage"] == "RESOLUTION_NOT_SUPPORT"
            # as a search query image
            query = ok(
                api.post(
                    "/api/v1/query-assets/uploads/presigned-url", json={"assetType": "IMAGE", "assetFileName": "q.png"}
                )
            )
            assert put(query["presignedUploadUrl"], bomb).status_code == 400
            # imported from the bucket: the import ends INVALID_METADATA, no 500, nothing decoded
            (fresh.bucket / f"bomb{side}.png").write_bytes(bomb)
            asset = ok(
                api.post(
                    f"{WS}/projects/{project}/assets/import/object-storage",
                    json={"key": f"bomb{side}.png", "bucketName": BUCKET},
                )
            )
            fresh.wait_for_jobs(api)
            imported = ok(api.get(f"{WS}/projects/{project}/assets/{asset['assetId']}/import-status"))
            assert imported["uploadStatus"] == "INVALID_METADATA", imported
        peak = fresh.peak_rss_mb()
        assert peak < 200, f"peak resident memory {peak:.0f} MiB"
        api.close()


# -- 5. malformed input: documented 4xx, never a 5xx -------------------------------------------------------------


def test_malformed_timestamps_without_credentials(server: Server) -> None:
    for value in (b"\xc2\xb2", b"\xb2", b"9" * 400, b"-1", b"1e3", b" 1"):
        head = b"GET /api/v1/workspaces HTTP/1.1\r\nHost: emulator\r\nx-ncp-apigw-timestamp: " + value
        head += b"\r\nx-ncp-iam-access-key: nobody\r\nx-ncp-apigw-signature-v2: x"
        status, body = server.raw(head.decode("latin-1"))
        assert status == 401, (value, status, body)
        assert json.loads(body)["error"]["errorCode"] == "200"


def test_deep_json_and_lone_surrogates(server: Server, owner: Api) -> None:
    _workspace(owner)
    deep = b"[" * 1000 + b"]" * 1000
    body = error(
        owner.post("/api/v1/workspaces", content=deep, headers={"Content-Type": "application/json"}), 400, "10001"
    )
    assert "nested deeper" in body["message"]
    deep_object = b'{"a":' * 1000 + b"1" + b"}" * 1000
    error(owner.post(f"{WS}/projects", content=deep_object, headers={"Content-Type": "application/json"}), 400, "10001")
    for path, text in (
        ("/api/v1/workspaces", '{"workspaceName": "ws\\ud800"}'),
        (f"{WS}/projects", '{"name": "\\udfffname"}'),
        (f"{WS}/persons", '{"name": "\\ud800", "thumbnails": [{"thumbnailKey": "k", "isPrimaryThumbnail": true}]}'),
        (f"{WS}/assets/search", '{"query": {"textQuery": "boat \\ud83d"}}'),
        (f"{WS}/person-tags", '{"name": "\\ud800"}'),
    ):
        body = error(
            owner.post(path, content=text.encode(), headers={"Content-Type": "application/json"}), 400, "10001"
        )
        assert "surrogate" in body["message"], (path, body)


def test_control_plane_rejects_bad_numbers(server: Server, owner: Api) -> None:
    for value in ("abc", "nan", "-1", "1e9", "inf"):
        error(owner.post("/_emulator/jobs/wait", params={"timeout": value}), 400, "10001")
    assert owner.post("/_emulator/jobs/wait", params={"timeout": "1"}).status_code == 200


def _fill(path: str, value: str) -> str:
    return re.sub(r"\{[^}]+\}", lambda m: WS_NAME if m.group(0) == "{workspace_name}" else value, path)


_BAD_BODIES: tuple[bytes, ...] = (
    b"[" * 1000 + b"]" * 1000,
    b"{",
    b'{"name": "\\ud800", "workspaceName": "\\udfff", "query": {"textQuery": "\\ud800"}}',
    b"\xff\xfe\x00",
    b'{"pageNum": 99999999999999999999999999999, "name": 1e999}',
    b"null",
    b'"' + b"x" * 10_000 + b'"',
)
_BAD_VALUES: tuple[str, ...] = ("\u00b2", "9" * 400, "\ud800", "-1", "", "%00", "a/b")


def test_no_route_answers_5xx_to_malformed_input(server: Server, owner: Api, spec: dict[str, Any]) -> None:
    """Every operation of the spec, a battery of malformed inputs: bodies, query values, path values."""
    _workspace(owner)
    failures: list[str] = []
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if method not in {"get", "post", "put", "patch", "delete"}:
                continue
            params = [p for p in [*item.get("parameters", []), *op.get("parameters", [])]]
            query_names = [str(p.get("name")) for p in params if isinstance(p, dict) and p.get("in") == "query"] or [
                "pageNum"
            ]
            attempts: list[tuple[str, dict[str, Any]]] = []
            for body in _BAD_BODIES:
                attempts.append((_fill(path, "1"), {"content": body, "headers": {"Content-Type": "application/json"}}))
            attempts.append((_fill(path, "1"), {"content": b"x=1", "headers": {"Content-Type": "text/plain"}}))
            for value in _BAD_VALUES:
                encoded = quote(value.encode("utf-8", "surrogatepass"), safe="")
                attempts.append((_fill(path, encoded), {}))
                attempts.append((_fill(path, "1") + "?" + "&".join(f"{n}={encoded}" for n in query_names), {}))
            for target, kwargs in attempts:
                response = owner.request(method.upper(), target, validate=False, **kwargs)
                if response.status_code >= 500:
                    sent = kwargs.get("content", b"")[:30]
                    failures.append(
                        f"{method.upper()} {target[:80]} {sent!r}: {response.status_code} {response.text[:99]}"
                    )
                else:
                    response.json()  # every answer is a JSON error body
    assert not failures, "\n".join(failures[:20])


def test_no_internal_route_answers_5xx_to_malformed_input(server: Server, owner: Api) -> None:
    """The emulator's own routes: uploads, files, control plane, health; signed and unsigned."""
    targets = (
        [f"/_emulator/uploads/{quote(v.encode('utf-8', 'surrogatepass'), safe='')}" for v in _BAD_VALUES if v]
        + [
            f"/_emulator/files/scenes/{quote(v.encode('utf-8', 'surrogatepass'), safe='')}/thumbnail"
            for v in _BAD_VALUES
            if v
        ]
        + [
            f"/_emulator/files/person-thumbnails/{quote(v.encode('utf-8', 'surrogatepass'), safe='')}"
            for v in _BAD_VALUES
            if v
        ]
        + [
            "/_emulator/files/scenes/1/thumbnail?X-Mi-Access-Key=%ED%A0%80&X-Mi-Expires=9999999999&X-Mi-Signature=%C2%B2",
            "/_emulator/files/scenes/1/thumbnail?X-Mi-Access-Key=owner-access-key&X-Mi-Expires=" + "9" * 400,
            "/_emulator/jobs/wait?timeout=%ED%A0%80",
            "/_emulator/reset?x=%00",
            "/_emulator/health/",
        ]
    )
    failures = []
    with httpx.Client(base_url=server.base_url) as anonymous:
        for target in targets:
            for method in ("GET", "PUT", "POST"):
                for client in (owner.http, anonymous):
                    response = client.request(method, target, content=b"[" * 1000)
                    if response.status_code >= 500:
                        failures.append(f"{method} {target[:80]}: {response.status_code} {response.text[:99]}")
    assert not failures, "\n".join(failures[:20])


# -- 6. reset scoped to its caller -------------------------------------------------------------------------------


def test_reset_by_an_ordinary_key_wipes_only_its_own_data(
    server: Server, owner: Api, intruder: Api, openapi: OpenAPI
) -> None:
    _workspace(owner, "owner-ws")
    _workspace(intruder, "intruder-ws")
    reset = intruder.post("/_emulator/reset")
    assert reset.status_code == 200 and reset.json()["scope"] == "access key"
    assert [w["workspaceName"] for w in ok(owner.get("/api/v1/workspaces", params={"pageNum": 1}))["content"]] == [
        "owner-ws"
    ]
    assert ok(intruder.get("/api/v1/workspaces", params={"pageNum": 1}))["content"] == []
    admin = server.api(ADMIN, openapi)
    assert admin.post("/_emulator/reset").json()["scope"] == "all"
    assert ok(owner.get("/api/v1/workspaces", params={"pageNum": 1}))["content"] == []
    admin.close()


# -- 7. routing: encoded slashes, trailing slashes ---------------------------------------------------------------


def test_an_encoded_slash_is_not_a_path_separator(server: Server, owner: Api) -> None:
    _workspace(owner, "bad")
    assert ok(owner.get("/api/v1/workspaces/bad/projects"))["projects"]
    for target in ("/api/v1/workspaces/bad%2Fprojects", "/api/v1/workspaces/bad%2fprojects"):
        response = owner.get(target, validate=False)
        assert response.status_code in (400, 404), response.text
        assert "projects" not in response.json()


def test_trailing_slash_is_not_redirected(server: Server, owner: Api) -> None:
    for path in ("/api/v1/workspaces/", f"{WS}/projects/"):
        unsigned = httpx.get(server.base_url + path, follow_redirects=False)
        assert unsigned.status_code in (401, 404), unsigned.status_code
        assert "location" not in unsigned.headers
        signed = owner.get(path, validate=False)
        assert signed.status_code in (401, 404) and "location" not in signed.headers


def test_bounds_on_request_bodies_are_the_specs_x_limits(server: Server, owner: Api) -> None:
    """The emulator's own bounds are the ones openapi.yaml's ``x-limits`` states: at it passes, one past it fails."""
    project = _workspace(owner)
    json_type = {"Content-Type": "application/json"}
    depth = mi_spec.Limits.REQUEST_BODY_DEPTH
    for levels, refused in ((depth, False), (depth + 1, True)):
        nested = b"[" * levels + b"]" * levels
        body = error(owner.post(f"{WS}/projects", content=nested, headers=json_type, validate=False), 400, "10001")
        assert ("nested deeper" in body["message"]) is refused, (levels, body)
    size = mi_spec.Limits.REQUEST_BODY_BYTES
    head = b'{"name": "at-the-limit"'
    exact = head + b" " * (size - len(head) - 1) + b"}"
    ok(owner.post(f"{WS}/projects", content=exact, headers=json_type))
    gateway_error(owner.post(f"{WS}/projects", content=exact + b" ", headers=json_type, validate=False), 413, "430")
    key_bytes = mi_spec.Limits.OBJECT_KEY_BYTES
    target = f"{WS}/projects/{project}/assets/import/object-storage"
    at_limit = "k" * (key_bytes - len(".png")) + ".png"  # a possible key, just not an existing object
    error(owner.post(target, json={"key": at_limit, "bucketName": BUCKET}), 400, "10048")
    body = error(owner.post(target, json={"key": "k" + at_limit, "bucketName": BUCKET}), 400, "10001")
    assert "longer than" in body["message"]


# -- 8. import keys that can never work --------------------------------------------------------------------------


def test_impossible_import_keys_are_refused_at_once(server: Server, owner: Api) -> None:
    project = _workspace(owner)
    (server.bucket.parent / "outside.png").write_bytes(png())  # exists, but outside the bucket's folder
    target = f"{WS}/projects/{project}/assets/import/object-storage"
    for key, code in (
        ("../outside.png", "10048"),
        ("nowhere/missing.mp4", "10048"),
        ("a\u0000b.png", "10001"),
        ("k" * 5000 + ".png", "10001"),
    ):
        body = error(owner.post(target, json={"key": key, "bucketName": BUCKET}), 400, code)
        assert len(body["message"]) < 400
        if code == "10001":
            assert "key" in body["message"]
    assert ok(owner.get(f"{WS}/projects/{project}/assets", params={"pageNum": 1}))["totalCount"] == 0


# -- 9. upload tokens never in the server's log ------------------------------------------------------------------


def test_access_log_masks_upload_tokens(server: Server, owner: Api) -> None:
    _workspace(owner)
    issued = _upload(owner, b"")
    token = issued["url"].rsplit("/", 1)[1]
    assert put(issued["url"], pattern(3)).status_code == 200
    assert put(issued["url"], b"again").status_code == 403
    log = server.log.read_text(errors="replace")
    assert "/_emulator/uploads/****" in log  # the access log is on (--log-level info) and masked
    assert token not in log
