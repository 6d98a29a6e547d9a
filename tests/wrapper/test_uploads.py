"""Presigned uploads: x-upload-rules checked with Pillow before anything is sent; URL -> PUT -> status -> key."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import httpx
import pytest
from test_resources_support import UPLOAD, UPLOAD_HOST, FakeAPI, image_bytes, make_async_client, make_client, ok

from media_intelligence import RequestValidationError, UploadFailedError, WaiterFailedError
from media_intelligence.core import UploadRules, check_upload

SEARCH_URL_OP = "createSearchImageUploadUrl"
THUMB_URL_OP = "createPersonThumbnailUploadUrl"


def search_upload_api(status: str = "COMPLETED", message: str | None = None) -> FakeAPI:
    result: dict[str, Any] = {"assetKey": "query/abc/q.jpg", "uploadStatus": status}
    if message:
        result["uploadMessage"] = message
    return (
        FakeAPI()
        .on(
            SEARCH_URL_OP,
            ok(
                {
                    "assetFileKey": "query/abc/q.jpg",
                    "presignedUploadUrl": f"{UPLOAD_HOST}/bucket/query/abc/q.jpg?X-Amz-Signature=abc",
                    "expirationSeconds": 900,
                }
            ),
        )
        .on("getSearchImageUploadStatus", ok(result))
    )


def thumbnail_upload_api(status: str = "COMPLETED") -> FakeAPI:
    return (
        FakeAPI()
        .on(THUMB_URL_OP, ok({"thumbnailKey": "thumb/xyz/face.png", "url": f"{UPLOAD_HOST}/t/face.png?sig=1"}))
        .on("getPersonThumbnailUploadStatus", ok({"uploadStatus": status, "uploadMessage": "no face found"}))
    )


# --------------------------------------------------------------------------- #
# the rules come from the spec


def test_rules_are_read_from_the_spec() -> None:
    client = make_client(FakeAPI())
    search = UploadRules.of(client, SEARCH_URL_OP)
    assert search.formats == ("jpg", "png", "webp", "heic")
    assert (search.max_bytes, search.min_pixels) == (5 * 1024 * 1024, 224)
    thumb = UploadRules.of(client, THUMB_URL_OP)
    assert thumb.formats == ("jpg", "png", "webp")
    assert thumb.min_pixels == 256


def _noise_png(size: int) -> bytes:
    import os

    from PIL import Image

    image = Image.frombytes("RGB", (size, size), os.urandom(size * size * 3))
    buffer = io.BytesIO()
    image.save(buffer, "PNG", compress_level=0)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("data", "rule"),
    [
        (_noise_png(1400), "x-upload-rules.maxBytes 5242880"),
        (image_bytes("JPEG", (200, 400)), "x-upload-rules.minPixels 224"),
        (image_bytes("GIF", (300, 300)), "x-upload-rules.formats [jpg, png, webp, heic]"),
        (image_bytes("BMP", (300, 300)), "x-upload-rules.formats [jpg, png, webp, heic]"),
        (b"this is not an image", "x-upload-rules.formats [jpg, png, webp, heic]"),
        (b"", "not empty"),
    ],
    ids=["too-big", "too-small", "gif", "bmp", "not-an-image", "empty"],
)
def test_search_image_breaking_a_rule_sends_nothing(data: bytes, rule: str) -> None:
    api = search_upload_api()
    with pytest.raises(RequestValidationError) as info:
        make_client(api).search.upload_image(data)
    assert info.value.field == "file"
    assert info.value.rule == rule
    assert info.value.operation_id == SEARCH_URL_OP
    assert "nothing was sent" in str(info.value)
    assert api.calls == []


def test_rules_differ_per_operation() -> None:
    data = image_bytes("JPEG", (240, 240))  # >= 224 for search, < 256 for thumbnails
    api = search_upload_api()
    assert make_client(api).search.upload_image(data) == "query/abc/q.jpg"
    api = thumbnail_upload_api()
    with pytest.raises(RequestValidationError) as info:
        make_client(api).persons.upload_thumbnail(data)
    assert info.value.rule == "x-upload-rules.minPixels 256"
    assert api.calls == []
    heic = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 64
    with pytest.raises(RequestValidationError, match="the file is heic"):
        make_client(api).persons.upload_thumbnail(heic)


def test_check_upload_reads_paths_and_files(tmp_path: Path) -> None:
    rules = UploadRules(SEARCH_URL_OP, ("jpg", "png"), 10_000_000, 100)
    path = tmp_path / "photo.png"
    path.write_bytes(image_bytes("PNG", (300, 200)))
    prepared = check_upload(rules, path)
    assert (prepared.file_name, prepared.format, prepared.width, prepared.height) == ("photo.png", "png", 300, 200)
    assert prepared.content_type == "image/png"
    with path.open("rb") as stream:
        assert check_upload(rules, stream).file_name == "photo.png"
    unnamed = check_upload(rules, image_bytes("JPEG", (300, 300)))
    assert unnamed.file_name == "image.jpg"
    heic = b"\x00\x00\x00\x18ftypheic" + b"\x00" * 32
    assert check_upload(UploadRules(SEARCH_URL_OP, ("heic",)), heic).format == "heic"


# --------------------------------------------------------------------------- #
# the flow


def test_upload_image_flow_puts_the_bytes_without_signature() -> None:
    data = image_bytes("PNG", (400, 300))
    api = search_upload_api()
    key = make_client(api).search.upload_image(data, file_name="query.png")
    assert key == "query/abc/q.jpg"
    assert api.ops == [SEARCH_URL_OP, UPLOAD, "getSearchImageUploadStatus"]
    assert api.json_of(SEARCH_URL_OP) == {"assetType": "IMAGE", "assetFileName": "query.png"}
    put = api.requests_of(UPLOAD)[0]
    assert put.method == "PUT"
    assert str(put.url) == f"{UPLOAD_HOST}/bucket/query/abc/q.jpg?X-Amz-Signature=abc"
    assert put.content == data
    assert put.headers["content-type"] == "image/png"
    assert not any(h.startswith("x-ncp-") for h in put.headers)
    assert api.json_of("getSearchImageUploadStatus") == {"assetKey": "query/abc/q.jpg"}
    signed = api.requests_of(SEARCH_URL_OP)[0]
    assert "x-ncp-apigw-signature-v2" in signed.headers


def test_failed_upload_status_raises_upload_failed() -> None:
    api = search_upload_api("FAILED", "RESOLUTION_NOT_SUPPORT")
    with pytest.raises(UploadFailedError) as info:
        make_client(api).search.upload_image(image_bytes())
    assert isinstance(info.value, WaiterFailedError)
    assert info.value.status == "FAILED"
    assert "RESOLUTION_NOT_SUPPORT" in str(info.value)


def test_refused_put_raises_an_api_error() -> None:
    from media_intelligence import APIStatusError

    api = search_upload_api().on(UPLOAD, httpx.Response(403, json={"error": {"code": "AccessDenied"}}))
    with pytest.raises(APIStatusError) as info:
        make_client(api).search.upload_image(image_bytes())
    assert info.value.status_code == 403
    assert "getSearchImageUploadStatus" not in api.ops


def test_upload_thumbnail_flow() -> None:
    data = image_bytes("JPEG", (512, 512))
    api = thumbnail_upload_api()
    key = make_client(api).persons.upload_thumbnail(data, file_name="face.jpg")
    assert key == "thumb/xyz/face.png"
    assert api.ops == [THUMB_URL_OP, UPLOAD, "getPersonThumbnailUploadStatus"]
    assert api.json_of(THUMB_URL_OP) == {"thumbnailFileName": "face.jpg"}
    assert api.json_of("getPersonThumbnailUploadStatus") == {"thumbnailKey": "thumb/xyz/face.png"}
    assert not any(h.startswith("x-ncp-") for h in api.requests_of(UPLOAD)[0].headers)


def test_search_run_with_an_image_uploads_it_first(tmp_path: Path) -> None:
    path = tmp_path / "query.webp"
    path.write_bytes(image_bytes("WEBP", (300, 300)))
    api = search_upload_api().on("searchAssets", ok({"searchId": "s1"}))
    api.on(
        "getSearchResult", ok({"searchId": "s1", "status": "COMPLETED", "totalCount": 0, "totalPage": 0, "results": []})
    )
    results = make_client(api).search.run(image=path, person_ids=[1001], asset_ids=[5])
    assert results.to_list() == []
    assert api.ops == [SEARCH_URL_OP, UPLOAD, "getSearchImageUploadStatus", "searchAssets", "getSearchResult"]
    assert api.json_of("searchAssets")["query"] == {"imageQuery": "query/abc/q.jpg", "personQuery": {"must": [1001]}}
    with pytest.raises(RequestValidationError):
        make_client(api).search.run(image=path, image_key="k")


# --------------------------------------------------------------------------- #
# async


async def test_async_upload_checks_and_flow() -> None:
    api = search_upload_api()
    client = make_async_client(api)
    with pytest.raises(RequestValidationError):
        await client.search.upload_image(image_bytes("JPEG", (100, 100)))
    assert api.calls == []
    data = image_bytes("JPEG", (300, 300))
    assert await client.search.upload_image(data) == "query/abc/q.jpg"
    assert api.ops == [SEARCH_URL_OP, UPLOAD, "getSearchImageUploadStatus"]
    assert api.requests_of(UPLOAD)[0].content == data


async def test_async_upload_thumbnail_failure() -> None:
    api = thumbnail_upload_api("FAILED")
    with pytest.raises(UploadFailedError, match="no face found"):
        await make_async_client(api).persons.upload_thumbnail(image_bytes("PNG", (300, 300)))


# --------------------------------------------------------------------------- #
# logging


@pytest.mark.parametrize(
    ("url", "secret"),
    [
        (f"{UPLOAD_HOST}/bucket/q.jpg?X-Amz-Credential=AKIDEXAMPLE&X-Amz-Signature=5ecre7519", "5ecre7519"),
        (f"{UPLOAD_HOST}/_emulator/uploads/tok-5ecre7-0042", "tok-5ecre7-0042"),
    ],
    ids=["s3-signature", "emulator-token"],
)
def test_presigned_put_is_logged_at_debug_without_its_secret(
    caplog: pytest.LogCaptureFixture, url: str, secret: str
) -> None:
    api = FakeAPI().on(
        SEARCH_URL_OP, ok({"assetFileKey": "query/abc/q.jpg", "presignedUploadUrl": url, "expirationSeconds": 900})
    )
    api.on("getSearchImageUploadStatus", ok({"assetKey": "query/abc/q.jpg", "uploadStatus": "COMPLETED"}))
    with caplog.at_level("DEBUG", logger="media_intelligence"):
        make_client(api).search.upload_image(image_bytes())
    assert api.requests_of(UPLOAD)[0].url == httpx.URL(url)  # the PUT itself went to the URL as given
    puts = [r.getMessage() for r in caplog.records if " PUT " in r.getMessage()]
    assert any(m.startswith("HTTP request: PUT https://upload.example.com/") for m in puts), puts
    assert any(m.startswith("HTTP response: PUT https://upload.example.com/") and "-> 200" in m for m in puts), puts
    assert all("****" in m for m in puts), puts
    assert secret not in caplog.text
