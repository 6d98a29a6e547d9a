"""The official Alibaba Cloud SDK (alibabacloud-ice20201109, unchanged) drives the emulator's ICE surface.

One workflow through all 22 actions (library and indexes, media registration
and insertion, index jobs, every search with Match / SortBy / paging /
scroll, clean-up), and the SDK's typed errors (unknown library, wrong secret).
``ACTION_RESULTS`` records what each action returned; the summary is printed
at the end (``pytest -s``).
"""

from __future__ import annotations

import json
import time
from typing import Any

import pytest
from alibabacloud_ice20201109 import models
from alibabacloud_tea_openapi.exceptions import ClientException

from media_intelligence_emulator import RunningEmulator

from ._spec import ACTIONS
from ._wire import official_client
from .conftest import BUCKET

LIB = "ice-e2e"
ACTION_RESULTS: dict[str, str] = {}


class Recorder:
    """Calls the SDK and notes the action's outcome."""

    def __init__(self, client: Any) -> None:
        self.client = client

    def __call__(self, action: str, **fields: Any) -> Any:
        from ._wire import sdk_method

        request = getattr(models, f"{action}Request")(**fields)
        try:
            response = sdk_method(self.client, action)(request)
        except ClientException as exc:
            ACTION_RESULTS.setdefault(action, f"ClientException {exc.status_code} {exc.code}")
            raise
        body = response.body.to_map()
        ACTION_RESULTS.setdefault(action, f"HTTP {response.status_code}, parsed {sorted(body)}")
        assert response.status_code == 200
        return response.body


@pytest.fixture
def ice(ice_emulator: RunningEmulator) -> Recorder:
    ice_emulator.reset()
    host = ice_emulator.base_url.removeprefix("http://")
    return Recorder(official_client(host, ice_emulator.access_key, ice_emulator.secret_key))


def wait_for_index_jobs(ice: Recorder, media_id: str, expected: int) -> list[Any]:
    deadline = time.monotonic() + 30
    while True:
        jobs = ice("QueryMediaIndexJob", media_id=media_id, search_lib_name=LIB).index_job_info_list
        if len(jobs) == expected and all(j.status in {"Success", "Fail"} for j in jobs):
            return list(jobs)
        assert time.monotonic() < deadline, f"index jobs of {media_id} still running: {[j.status for j in jobs]}"
        time.sleep(0.05)


def ids(media_list: Any) -> list[str]:
    return [m.media_id for m in media_list]


def test_whole_workflow_with_the_official_sdk(ice: Recorder) -> None:
    # library and its three indexes
    assert ice("CreateSearchLib", search_lib_name=LIB, search_lib_config="{}").search_lib_name == LIB
    for index_type in ("mm", "face", "aiLabel"):
        ice("CreateSearchIndex", search_lib_name=LIB, index_type=index_type)
    lib = ice("QuerySearchLib", search_lib_name=LIB)
    assert sorted(i.index_type for i in lib.index_info) == ["aiLabel", "face", "mm"]
    assert LIB in [x.search_lib_name for x in ice("ListSearchLib", page_no=1, page_size=10).search_lib_info_list]
    ice("AlterSearchLib", search_lib_name=LIB, search_lib_config='{"note":"e2e"}')
    assert ice("QuerySearchLib", search_lib_name=LIB).search_lib_config == '{"note":"e2e"}'
    ice("AlterSearchIndex", search_lib_name=LIB, index_type="mm", index_status="Active")

    # register media from the bucket, then insert it with custom fields
    media: dict[str, str] = {}
    for name, url, field in (
        ("beach", f"oss://{BUCKET}/video/beach.mp4", 10),
        ("city", f"oss://{BUCKET}/video/city.mp4", 3),
        ("photo", f"oss://{BUCKET}/photo.jpg", 7),
    ):
        media[name] = ice("RegisterMediaInfo", input_url=url, title=f"{name} title", media_tags=f"{name},e2e").media_id
        ice("InsertMediaToSearchLib", search_lib_name=LIB, input=media[name],
            msg_body=json.dumps({"CustomFields": {"intField1": field}}))  # fmt: skip
        time.sleep(0.01)  # distinct creation times for SortBy
    info = ice("GetMediaInfo", media_id=media["beach"]).media_info
    assert info.media_basic_info.title == "beach title" and info.file_info_list[0].file_basic_info.width == "640"
    for media_id in media.values():
        assert {j.status for j in wait_for_index_jobs(ice, media_id, 3)} == {"Success"}
    assert ice("QuerySearchIndex", search_lib_name=LIB, index_type="face").media_total == "3"

    # SearchMedia: Match, default mediaType video, SortBy, paging, scroll, CustomFilters
    found = ice("SearchMedia", search_lib_name=LIB, match="title = 'beach'")
    assert ids(found.media_info_list) == [media["beach"]] and found.total == 1
    assert found.media_info_list[0].ai_data.ai_label_info[0].occurrences[0].clip_id
    both = ice("SearchMedia", search_lib_name=LIB, sort_by="utcCreate:Asc", page_no=1, page_size=10)
    assert ids(both.media_info_list) == [media["beach"], media["city"]]
    page2 = ice("SearchMedia", search_lib_name=LIB, sort_by="utcCreate:Asc", page_no=2, page_size=1)
    assert ids(page2.media_info_list) == [media["city"]] and page2.total == 2
    images = ice("SearchMedia", search_lib_name=LIB, match="mediaType == 'image' and tagList in ('photo')")
    assert ids(images.media_info_list) == [media["photo"]]
    first = ice("SearchMedia", search_lib_name=LIB, sort_by="utcCreate:Desc", page_size=1)
    assert ids(first.media_info_list) == [media["city"]] and len(first.scroll_token) == 32
    second = ice("SearchMedia", search_lib_name=LIB, scroll_token=first.scroll_token, page_size=1)
    assert ids(second.media_info_list) == [media["beach"]] and not second.scroll_token
    filtered = ice("SearchMedia", search_lib_name=LIB, custom_filters='{"intField1":{"gte":5}}')
    assert ids(filtered.media_info_list) == [media["beach"]]
    ranged = ice("SearchMedia", search_lib_name=LIB, match="utcCreate = ('0','1')")
    assert ranged.total == 0

    # the sibling searches
    by_face = ice("SearchMediaByFace", search_lib_name=LIB, face_search_token="tok-1",
                  person_image_url=f"oss://{BUCKET}/faces/hong.png")  # fmt: skip
    assert ids(by_face.media_info_list) == [media["beach"]]
    clips = ice("SearchMediaClipByFace", search_lib_name=LIB, face_search_token="tok-1", media_id=media["beach"])
    assert clips.media_clip_list[0].label_name == "Hong Gildong"
    assert clips.media_clip_list[0].occurrences_infos[0].end_time == 3.0
    multimodal = ice("SearchMediaByMultimodal", search_lib_name=LIB, text="dog running on the beach")
    assert ids(multimodal.media_list)[0] == media["beach"] and multimodal.media_list[0].clip_info[0].score > 0
    hybrid = ice("SearchMediaByHybrid", search_lib_name=LIB, text="city street")
    assert ids(hybrid.media_list) == [media["city"]]
    by_label = ice("SearchMediaByAILabel", search_lib_name=LIB, text="Kim", multimodal_search_type="PersonName")
    assert ids(by_label.media_list) == [media["city"]]
    fine = ice("SearchMediaByAILabel", search_lib_name=LIB, text="welcome", multimodal_search_type="Ocr",
               specific_search=True, media_id=media["beach"])  # fmt: skip
    assert fine.media_list[0].ai_data.ocr_info[0].content == "Welcome to the beach"

    # change, rerun, delete, drop
    ice("UpdateMediaToSearchLib", search_lib_name=LIB, media_id=media["city"], msg_body='{"Title":"Night drive"}')
    assert ids(ice("SearchMedia", search_lib_name=LIB, match="title = 'night'").media_info_list) == [media["city"]]
    rerun = ice("SearchIndexJobRerun", search_lib_name=LIB, media_ids=f"{media['city']},nope", task="face")
    assert rerun.data.media_ids_no_exist == ["nope"]
    ice("DeleteMediaFromSearchLib", search_lib_name=LIB, media_id=media["photo"])
    ice("DropSearchIndex", search_lib_name=LIB, index_type="aiLabel")
    assert sorted(i.index_type for i in ice("QuerySearchLib", search_lib_name=LIB).index_info) == ["face", "mm"]
    ice("DropSearchLib", search_lib_name=LIB)
    with pytest.raises(ClientException) as gone:
        ice("QuerySearchLib", search_lib_name=LIB)
    assert gone.value.code == "SearchLibNotExist"
    assert set(ACTION_RESULTS) == set(ACTIONS), sorted(set(ACTIONS) - set(ACTION_RESULTS))
    print("\nofficial SDK against the emulator, first call of each action:")
    for action in ACTIONS:
        print(f"  {action}: {ACTION_RESULTS[action]}")


def test_unknown_library_is_a_typed_client_exception(ice: Recorder) -> None:
    with pytest.raises(ClientException) as caught:
        ice("SearchMedia", search_lib_name="no-such-lib", match="title = 'x'")
    assert (caught.value.status_code, caught.value.code) == (404, "SearchLibNotExist")
    assert caught.value.request_id


def test_invalid_parameters_are_typed_client_exceptions(ice: Recorder) -> None:
    with pytest.raises(ClientException) as too_big:
        ice("SearchMedia", page_size=51)
    assert (too_big.value.status_code, too_big.value.code) == (400, "InvalidParameter")
    assert "PageSize" in too_big.value.message
    with pytest.raises(ClientException) as bad_match:
        ice("SearchMedia", match="title = 'x' and")
    assert bad_match.value.code == "InvalidParameter" and "position 15" in bad_match.value.message
    with pytest.raises(ClientException) as missing:
        ice("CreateSearchLib")
    assert (missing.value.code, missing.value.status_code) == ("MissingParameter", 400)


def test_wrong_secret_is_a_typed_client_exception(ice_emulator: RunningEmulator) -> None:
    host = ice_emulator.base_url.removeprefix("http://")
    client = official_client(host, ice_emulator.access_key, "not-the-secret")
    with pytest.raises(ClientException) as caught:
        client.list_search_lib(models.ListSearchLibRequest())
    assert (caught.value.status_code, caught.value.code) == (400, "SignatureDoesNotMatch")
    assert "not-the-secret" not in str(caught.value)
    stranger = official_client(host, "unknown-key", "whatever")
    with pytest.raises(ClientException) as unknown:
        stranger.list_search_lib(models.ListSearchLibRequest())
    assert (unknown.value.status_code, unknown.value.code) == (404, "InvalidAccessKeyId.NotFound")
