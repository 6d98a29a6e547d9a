"""IceSearch / AsyncIceSearch against the emulator, and their validation, errors and retries offline."""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx
import pytest

from alibaba_ice import (
    AsyncIceSearch,
    Credentials,
    IceApiError,
    IceSearch,
    IceValidationError,
    IceWaitTimeout,
    error_class,
    field,
)
from media_intelligence_emulator import RunningEmulator

from .conftest import BUCKET

LIB = "wrapped"


@pytest.fixture
def ice(ice_emulator: RunningEmulator) -> Iterator[IceSearch]:
    ice_emulator.reset()
    creds = Credentials(ice_emulator.access_key, ice_emulator.secret_key)
    with IceSearch(endpoint=ice_emulator.base_url, credentials=creds) as client:
        yield client


def test_workflow_through_the_wrapper(ice: IceSearch) -> None:
    ice.call("CreateSearchLib", search_lib_name=LIB)
    ice.call("CreateSearchIndex", search_lib_name=LIB, index_type="mm")
    ids = []
    for name in ("beach", "city"):
        media_id = ice.call("RegisterMediaInfo", input_url=f"oss://{BUCKET}/video/{name}.mp4", title=name).media_id
        ice.call(
            "InsertMediaToSearchLib", search_lib_name=LIB, input=media_id, msg_body={"CustomFields": {"intField1": 1}}
        )
        assert [j.status for j in ice.wait_for_index_jobs(media_id, search_lib_name=LIB, interval=0.05)] == ["Success"]
        ids.append(media_id)
    expr = field("title").contains("beach") | field("mediaId").equals(ids[1])
    found = ice.call("SearchMedia", search_lib_name=LIB, match=expr, sort_by="utcCreate:Asc")
    assert [m.media_id for m in found.media_info_list] == ids
    assert [m.media_id for m in ice.iter_pages("SearchMedia", search_lib_name=LIB, page_size=1)] == ids[::-1]
    assert [m.media_id for m in ice.scroll_media(search_lib_name=LIB, page_size=1)] == ids[::-1]
    assert [lib.search_lib_name for lib in ice.iter_pages("ListSearchLib")] == [LIB]
    with pytest.raises(error_class("SearchLibNotExist")) as missing:
        ice.call("QuerySearchLib", search_lib_name="nope")
    assert missing.value.status == 404 and missing.value.request_id
    assert isinstance(missing.value, IceApiError)


async def test_async_workflow(ice_emulator: RunningEmulator) -> None:
    ice_emulator.reset()
    creds = Credentials(ice_emulator.access_key, ice_emulator.secret_key)
    async with AsyncIceSearch(endpoint=ice_emulator.base_url, credentials=creds) as ice:
        await ice.call("CreateSearchLib", search_lib_name=LIB)
        await ice.call("CreateSearchIndex", search_lib_name=LIB, index_type="aiLabel")
        media_id = (
            await ice.call("InsertMediaToSearchLib", search_lib_name=LIB, input=f"oss://{BUCKET}/video/city.mp4")
        ).media_id
        jobs = await ice.wait_for_index_jobs(media_id, search_lib_name=LIB, interval=0.05)
        assert [j.status for j in jobs] == ["Success"]
        found = [m.media_id async for m in ice.iter_pages("SearchMediaByAILabel", search_lib_name=LIB, text="car")]
        assert found == [media_id]
        assert [m.media_id async for m in ice.scroll_media(search_lib_name=LIB)] == [media_id]


CREDS = Credentials("k", "s")


def offline(handler: httpx.MockTransport) -> IceSearch:
    return IceSearch(endpoint="http://ice.test", credentials=CREDS, transport=handler, max_retries=2)


@pytest.mark.parametrize(
    ("action", "params", "field_name"),
    [
        ("SearchMedia", {"page_size": 51}, "PageSize"),
        ("SearchMedia", {"match": "title = 'x' and"}, "Match"),
        ("SearchMedia", {"sort_by": "utcCreate"}, "SortBy"),
        ("SearchMedia", {"custom_filters": {"intField9": 1}}, "CustomFilters"),
        ("SearchMedia", {"nope": 1}, "nope"),
        ("CreateSearchLib", {}, "SearchLibName"),
        ("SearchMediaByAILabel", {"specific_search": "yes"}, "SpecificSearch"),
        ("RegisterMediaInfo", {"input_url": "ftp://x"}, "InputURL"),
        ("CreateSearchIndex", {"index_type": "colour"}, "IndexType"),
    ],
)
def test_invalid_input_is_refused_before_the_wire(action: str, params: dict[str, object], field_name: str) -> None:
    sent: list[httpx.Request] = []
    client = offline(httpx.MockTransport(lambda r: sent.append(r) or httpx.Response(200, json={})))
    with pytest.raises(IceValidationError) as caught:
        client.call(action, **params)
    assert caught.value.field == field_name and not sent


def test_read_actions_are_retried_and_writes_are_not() -> None:
    throttled = {"Code": "Throttling.User", "Message": "slow"}
    answers = iter(
        [
            httpx.Response(503, json={"Code": "ServiceUnavailable", "Message": "busy"}),
            httpx.Response(429, headers={"x-acs-retry-after": "10"}, json=throttled),
            httpx.Response(200, json={"RequestId": "r", "Total": 0}),
        ]
    )
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return next(answers)

    assert offline(httpx.MockTransport(handler)).call("ListSearchLib").total == 0
    assert len(calls) == 3 and all(c.headers["x-acs-action"] == "ListSearchLib" for c in calls)
    writes: list[httpx.Request] = []
    failing = offline(httpx.MockTransport(lambda r: writes.append(r) or httpx.Response(
        503, json={"Code": "ServiceUnavailable", "Message": "busy", "RequestId": "r-9"})))  # fmt: skip
    with pytest.raises(error_class("ServiceUnavailable")) as caught:
        failing.call("CreateSearchLib", search_lib_name="x")
    assert len(writes) == 1 and caught.value.request_id == "r-9"


def test_throttling_error_carries_retry_after_and_non_json_errors_stay_typed() -> None:
    throttled = offline(httpx.MockTransport(lambda r: httpx.Response(
        429, headers={"x-acs-retry-after": "1500"}, json={"Code": "Throttling.User", "Message": "slow"})))  # fmt: skip
    throttled.max_retries = 0
    with pytest.raises(error_class("Throttling.User")) as caught:
        throttled.call("SearchMedia")
    assert caught.value.retry_after == 1.5
    broken = offline(httpx.MockTransport(lambda r: httpx.Response(502, text="<html>bad gateway</html>")))
    broken.max_retries = 0
    with pytest.raises(IceApiError) as odd:
        broken.call("SearchMedia")
    assert (odd.value.status, odd.value.code) == (502, "Unknown")


def test_booleans_and_json_go_on_the_wire_as_the_sdk_writes_them() -> None:
    seen: list[httpx.Request] = []
    client = offline(httpx.MockTransport(lambda r: seen.append(r) or httpx.Response(200, json={"RequestId": "r"})))
    client.call("SearchMediaByAILabel", specific_search=True, media_id="m", custom_filters={"strField1": ["a", "b"]})
    query = dict(seen[0].url.params)
    assert query["SpecificSearch"] == "True" and json.loads(query["CustomFilters"]) == {"strField1": ["a", "b"]}
    assert seen[0].url.path == "/" and seen[0].headers["authorization"].startswith("ACS3-HMAC-SHA256 Credential=k,")


def test_parameters_left_out_are_not_sent_and_absent_fields_read_none() -> None:
    seen: list[httpx.Request] = []
    client = offline(httpx.MockTransport(lambda r: seen.append(r) or httpx.Response(200, json={"RequestId": "r"})))
    result = client.call("SearchMedia", search_lib_name="lib", match=None, page_size=None)
    assert dict(seen[0].url.params) == {"SearchLibName": "lib"}
    assert result.request_id == "r"
    assert (result.media_info_list, result.scroll_token, result.total, result.success) == (None, None, None, None)


TOKEN = "0123456789abcdef" * 2  # a scroll token as the service writes it (32 characters)


def scripted(answers: dict[str, list[httpx.Response]], sent: list[httpx.Request]) -> httpx.MockTransport:
    """A transport answering each action with its next scripted response."""

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return answers[request.headers["x-acs-action"]].pop(0)

    return httpx.MockTransport(handler)


def media(*ids: str) -> list[dict[str, str]]:
    return [{"MediaId": media_id} for media_id in ids]


def jobs(status: str) -> httpx.Response:
    return httpx.Response(200, json={"RequestId": "r", "IndexJobInfoList": [{"IndexType": "mm", "Status": status}]})


def answers() -> dict[str, list[httpx.Response]]:
    return {
        "ListSearchLib": [
            httpx.Response(503, json={"Code": "ServiceUnavailable", "Message": "busy"}),
            httpx.Response(200, json={"RequestId": "r", "Total": 3, "SearchLibInfoList": [
                {"SearchLibName": "a"}, {"SearchLibName": "b"}]}),
            httpx.Response(200, json={"RequestId": "r", "Total": 3, "SearchLibInfoList": [{"SearchLibName": "c"}]}),
        ],
        "SearchMedia": [
            httpx.Response(200, json={"RequestId": "r", "MediaInfoList": media("m1", "m2"), "ScrollToken": TOKEN}),
            httpx.Response(200, json={"RequestId": "r", "MediaInfoList": media("m3")}),
        ],
        "QueryMediaIndexJob": [jobs("Running"), jobs("Success"), jobs("Running")],
    }  # fmt: skip


def check_sent(sent: list[httpx.Request]) -> None:
    pages = [dict(r.url.params) for r in sent if r.headers["x-acs-action"] == "ListSearchLib"]
    assert pages == [{"PageNo": "1", "PageSize": "2"}] * 2 + [{"PageNo": "2", "PageSize": "2"}]
    scrolls = [r.url.params.get("ScrollToken") for r in sent if r.headers["x-acs-action"] == "SearchMedia"]
    assert scrolls == [None, TOKEN]


def test_paging_scrolling_retries_and_waiting_offline() -> None:
    sent: list[httpx.Request] = []
    client = IceSearch(endpoint="http://ice.test", credentials=CREDS, transport=scripted(answers(), sent))
    assert [lib.search_lib_name for lib in client.iter_pages("ListSearchLib", page_size=2)] == ["a", "b", "c"]
    assert [m.media_id for m in client.scroll_media(search_lib_name="lib")] == ["m1", "m2", "m3"]
    assert [j.status for j in client.wait_for_index_jobs("m1", interval=0)] == ["Success"]
    with pytest.raises(IceWaitTimeout):
        client.wait_for_index_jobs("m1", timeout=0)
    check_sent(sent)


async def test_async_paging_scrolling_retries_and_waiting_offline() -> None:
    sent: list[httpx.Request] = []
    transport = scripted(answers(), sent)
    async with AsyncIceSearch(endpoint="http://ice.test", credentials=CREDS, transport=transport) as ice:
        assert [lib.search_lib_name async for lib in ice.iter_pages("ListSearchLib", page_size=2)] == ["a", "b", "c"]
        assert [m.media_id async for m in ice.scroll_media(search_lib_name="lib")] == ["m1", "m2", "m3"]
        assert [j.status for j in await ice.wait_for_index_jobs("m1", interval=0)] == ["Success"]
        with pytest.raises(IceWaitTimeout):
            await ice.wait_for_index_jobs("m1", timeout=0)
    check_sent(sent)


async def test_async_errors_are_typed_and_writes_are_not_retried() -> None:
    sent: list[httpx.Request] = []
    busy = {"Code": "ServiceUnavailable", "Message": "busy", "RequestId": "r-9"}
    transport = scripted({"CreateSearchLib": [httpx.Response(503, json=busy)]}, sent)
    async with AsyncIceSearch(endpoint="http://ice.test", credentials=CREDS, transport=transport) as ice:
        with pytest.raises(error_class("ServiceUnavailable")) as caught:
            await ice.call("CreateSearchLib", search_lib_name="x")
        with pytest.raises(IceValidationError):
            await ice.call("CreateSearchLib")
        with pytest.raises(IceValidationError):
            [item async for item in ice.iter_pages("CreateSearchLib")]
    assert len(sent) == 1 and caught.value.request_id == "r-9"


def test_transport_errors_are_retried_for_reads_only() -> None:
    sent: list[httpx.Request] = []

    def first_refused(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        if len(sent) == 1 or request.headers["x-acs-action"] == "DropSearchLib":
            raise httpx.ConnectError("refused", request=request)
        return httpx.Response(200, json={"RequestId": "r", "Total": 0})

    client = offline(httpx.MockTransport(first_refused))
    assert client.call("ListSearchLib").total == 0
    assert len(sent) == 2
    with pytest.raises(httpx.ConnectError):
        client.call("DropSearchLib", search_lib_name="x")
    assert len(sent) == 3
