"""Search: query-image uploads, request checks, the background search, text ranking, image search by perceptual
hash, person and dialogue filters, scope filters, confidence levels and paging."""

from __future__ import annotations

import io
import json
import time
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import httpx
import pytest
from openapi_core import OpenAPI
from PIL import Image

from media_intelligence_emulator import Credential, EmulatorConfig, RunningEmulator, run_in_thread
from media_intelligence_emulator._registry import HANDLERS
from media_intelligence_emulator.handlers import _search_engine as search_engine
from media_intelligence_emulator.handlers._search_engine import CONFIDENCE_THRESHOLDS

from .conftest import LOCAL_BUCKET
from .helpers import (
    ACCESS_KEY,
    OTHER_ACCESS_KEY,
    OTHER_SECRET_KEY,
    SECRET_KEY,
    Api,
    error,
    gateway_error,
    mp4,
    ok,
)
from .test_search_helpers import (
    WS,
    WS_NAME,
    Scene,
    add_asset,
    add_index,
    create_person,
    digest,
    noise_png,
    pattern,
    project,
    put,
    results,
    search,
    text_body,
    upload_query_image,
    workspace,
)

PRESIGN = "/api/v1/query-assets/uploads/presigned-url"
STATUS = "/api/v1/query-assets/uploads/complete"
SEARCH = f"{WS}/assets/search"


def test_search_group_is_complete(emulator: RunningEmulator) -> None:
    in_spec = {oid for oid, op in emulator.state.spec.operations.items() if op.tag == "search"}
    expected = {"createSearchImageUploadUrl", "getSearchImageUploadStatus", "searchAssets", "getSearchResult"}
    assert in_spec == expected
    assert expected <= set(HANDLERS)


# -- query images ----------------------------------------------------------------------------------------------


def _presign(api: Api, name: str = "query.png") -> dict[str, Any]:
    result: dict[str, Any] = ok(api.post(PRESIGN, json={"assetType": "IMAGE", "assetFileName": name}))
    return result


def test_query_image_upload_flow(api: Api) -> None:
    issued = _presign(api, "search_image.png")
    assert issued["expirationSeconds"] == 900
    assert issued["assetFileKey"].startswith("images/query/") and issued["assetFileKey"].endswith("/search_image.png")
    key = issued["assetFileKey"]
    assert ok(api.post(STATUS, json={"assetKey": key})) == {
        "assetKey": key,
        "uploadStatus": "FAILED",
        "uploadMessage": "FILE_NOT_EXIST",
    }
    assert put(issued["presignedUploadUrl"], pattern(1)).status_code == 200
    assert ok(api.post(STATUS, json={"assetKey": key})) == {"assetKey": key, "uploadStatus": "COMPLETED"}
    assert put(issued["presignedUploadUrl"], pattern(2)).status_code == 403  # single use
    other = api.as_key(OTHER_ACCESS_KEY, OTHER_SECRET_KEY)
    try:  # a key belongs to the access key that asked for the URL
        assert ok(other.post(STATUS, json={"assetKey": key}))["uploadMessage"] == "FILE_NOT_EXIST"
    finally:
        other.close()


def test_query_image_rules(api: Api) -> None:
    for name in ("query.gif", "query", "query.tiff"):
        error(api.post(PRESIGN, json={"assetType": "IMAGE", "assetFileName": name}), 400, "10072")
    for name in ("q.jpg", "q.jpeg", "q.webp", "q.heic", "Q.PNG"):
        _presign(api, name)
    error(api.post(PRESIGN, json={"assetType": "VIDEO", "assetFileName": "q.png"}), 400, "10001")
    error(api.post(STATUS, json={}), 400, "10001")

    def attempt(data: bytes) -> tuple[int, dict[str, Any]]:
        issued = _presign(api)
        code = put(issued["presignedUploadUrl"], data).status_code
        return code, ok(api.post(STATUS, json={"assetKey": issued["assetFileKey"]}))

    code, status = attempt(pattern(1, size=223))
    assert code == 400 and status["uploadStatus"] == "FAILED" and status["uploadMessage"] == "RESOLUTION_NOT_SUPPORT"
    assert attempt(pattern(1, size=224))[1]["uploadStatus"] == "COMPLETED"
    code, status = attempt(noise_png(1400))
    assert code == 413 and status["uploadMessage"] == "OVER_SIZE_LIMIT"
    issued = _presign(api)
    assert put(issued["presignedUploadUrl"], b"\x00not an image").status_code == 400
    error(api.post(STATUS, json={"assetKey": issued["assetFileKey"]}), 400, "10072")


def test_query_image_upload_url_expires(api: Api, monkeypatch: pytest.MonkeyPatch) -> None:
    from media_intelligence_emulator import _uploads

    issued = _presign(api)
    later = time.time() + 901
    monkeypatch.setattr(_uploads, "time", SimpleNamespace(time=lambda: later))
    response = put(issued["presignedUploadUrl"], pattern(1))
    assert response.status_code == 403 and response.json()["error"]["code"] == "AccessDenied"
    monkeypatch.undo()
    assert ok(api.post(STATUS, json={"assetKey": issued["assetFileKey"]}))["uploadMessage"] == "FILE_NOT_EXIST"


def test_query_image_upload_url_rate_limit(
    api: Api, emulator: RunningEmulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    """50 calls per second (x-rate-limit): the 51st within the second answers 429 (the limiter's clock is frozen)."""
    now = [1000.0]
    monkeypatch.setattr(emulator.state.rate_limiter, "clock", lambda: now[0])
    body = {"assetType": "IMAGE", "assetFileName": "q.png"}
    statuses = [api.post(PRESIGN, json=body).status_code for _ in range(50)]
    assert statuses == [200] * 50
    limited = api.post(PRESIGN, json=body)
    gateway_error(limited, 429, "420")
    assert limited.headers["Retry-After"] == "1"
    ok(api.post(STATUS, json={"assetKey": "images/query/x/q.png"}))  # another operation, its own limit
    now[0] += 1.0
    ok(api.post(PRESIGN, json=body))


def test_heic_upload_is_searched_under_its_jpg_key(api: Api, emulator: RunningEmulator) -> None:
    """A HEIC query image is reported under the key of its JPG conversion; both keys search."""
    workspace(api)
    pid = project(api, "clips")
    add_asset(emulator, pid, "photo.jpg", [Scene("photo")], asset_type="IMAGE", asset_phash=digest(pattern(1)))
    issued = _presign(api, "phone.heic")
    put(issued["presignedUploadUrl"], pattern(1))
    # what Pillow with a HEIF plugin would have stored for a real HEIC file
    emulator.state.db.execute(
        "UPDATE presigned_uploads SET format = 'heic' WHERE file_key = ?", (issued["assetFileKey"],)
    )
    status = ok(api.post(STATUS, json={"assetKey": issued["assetFileKey"]}))
    assert status["assetKey"] == issued["assetFileKey"][: -len(".heic")] + ".jpg"
    for key in (status["assetKey"], issued["assetFileKey"]):
        found = results(api, emulator, {"query": {"imageQuery": key}, "filter": {"projectIds": [pid]}})
        assert [r["assetName"] for r in found] == ["photo.jpg"]


# -- searchAssets: checks and the background job -----------------------------------------------------------------


def test_search_request_errors(api: Api) -> None:
    error(api.post(SEARCH, json={"query": {"textQuery": "x"}, "filter": {"projectIds": [1]}}), 404, "10030")
    workspace(api)
    pid = project(api, "clips")
    both = {"query": {"textQuery": "dog", "imageQuery": "images/query/x/q.png"}, "filter": {"projectIds": [pid]}}
    error(api.post(SEARCH, json=both), 400, "50011")
    ids = {"query": {"textQuery": "dog"}, "filter": {"projectIds": [pid], "assetIds": [1]}}
    error(api.post(SEARCH, json=ids), 400, "50010")
    for field in ("must", "any", "not"):
        many = {
            "query": {"textQuery": "dog", "personQuery": {field: list(range(101))}},
            "filter": {"projectIds": [pid]},
        }
        error(api.post(SEARCH, json=many), 400, "50012")
        lines = {"query": {"textQuery": "dog", "dialogQuery": {field: ["hi"] * 101}}, "filter": {"projectIds": [pid]}}
        error(api.post(SEARCH, json=lines), 400, "50013")
    hundred = {
        "query": {"textQuery": "dog", "personQuery": {"must": list(range(100))}},
        "filter": {"projectIds": [pid]},
    }
    ok(api.post(SEARCH, json=hundred))
    error(api.post(SEARCH, json={"query": {}, "filter": {"projectIds": [pid]}}), 400, "10001")
    error(api.post(SEARCH, json={"query": {"textQuery": "a;b"}, "filter": {"projectIds": [pid]}}), 400, "10001")
    error(api.post(SEARCH, json={"query": {"textQuery": "dog"}, "filter": {}}), 400, "10001")
    bad_level = {"query": {"textQuery": "dog"}, "queryOption": {"confidenceLevel": "ULTRA"}}
    error(api.post(SEARCH, json=bad_level), 400, "10001")
    error(api.post(SEARCH, json={"query": {"textQuery": "dog"}, "filter": {"projectIds": [pid, 424242]}}), 404, "10025")
    ok(api.post(SEARCH, json={"query": {"textQuery": "dog", "imageQuery": None}, "filter": {"assetIds": [424242]}}))
    error(api.get(f"{SEARCH}/NoSuchSearch"), 404, "10030")
    error(api.get(f"{SEARCH}/x", params={"pageSize": 101}), 400, "10001")


@pytest.fixture
def background_search(openapi: OpenAPI) -> Iterator[tuple[RunningEmulator, Api]]:
    """An emulator of its own (the test holds its jobs; the session's runs searches at once)."""
    config = EmulatorConfig(port=0, db=":memory:", credentials=(Credential(ACCESS_KEY, SECRET_KEY),))
    running = run_in_thread(config)
    client = Api(running.base_url, openapi)
    try:
        yield running, client
    finally:
        client.close()
        running.stop()


def test_search_runs_in_the_background(background_search: tuple[RunningEmulator, Api]) -> None:
    emulator, api = background_search
    workspace(api)
    pid = project(api, "clips")
    add_asset(emulator, pid, "dog.mp4", [Scene("A dog on the beach")])
    # jobs held: the search is queued, and stays RUNNING however slow this machine is, until released
    with emulator.state.jobs.held():
        search_id = ok(api.post(SEARCH, json=text_body("dog", pid)))["searchId"]
        assert isinstance(search_id, str) and len(search_id) == 20
        running = ok(api.get(f"{SEARCH}/{search_id}"))
        assert running == {"searchId": search_id, "status": "RUNNING"}
        assert emulator.state.jobs.pending("search") == 1
        assert ok(api.get(f"{SEARCH}/{search_id}"))["status"] == "RUNNING"
    assert emulator.wait_for_jobs()
    done = ok(api.get(f"{SEARCH}/{search_id}"))
    assert done["status"] == "COMPLETED" and done["totalCount"] == 1 and done["pageNo"] == 1
    assert done["results"][0]["assetName"] == "dog.mp4"


def test_a_delayed_search_is_stored_running(openapi: OpenAPI) -> None:
    # a configured delay queues the search as a job too (the delay is long: nothing here waits for it)
    config = EmulatorConfig(
        port=0, db=":memory:", credentials=(Credential(ACCESS_KEY, SECRET_KEY),), job_delays={"search": 300}
    )
    with run_in_thread(config) as emulator:
        api = Api(emulator.base_url, openapi)
        try:
            workspace(api)
            pid = project(api, "clips")
            search_id = ok(api.post(SEARCH, json=text_body("dog", pid)))["searchId"]
            assert ok(api.get(f"{SEARCH}/{search_id}")) == {"searchId": search_id, "status": "RUNNING"}
            assert emulator.state.jobs.pending("search") == 1
        finally:
            api.close()


def test_search_without_delay_is_finished_when_accepted(api: Api, emulator: RunningEmulator) -> None:
    # the session's emulator has no job delay: the search runs within searchAssets
    assert emulator.state.config.delay_for("search") == 0
    workspace(api)
    pid = project(api, "clips")
    add_asset(emulator, pid, "dog.mp4", [Scene("A dog on the beach")])
    search_id = ok(api.post(SEARCH, json=text_body("dog", pid)))["searchId"]
    first = ok(api.get(f"{SEARCH}/{search_id}"))
    assert first["status"] == "COMPLETED" and first["totalCount"] == 1
    unknown_image = {"query": {"imageQuery": "images/query/none/q.png"}, "filter": {"projectIds": [pid]}}
    failed_id = ok(api.post(SEARCH, json=unknown_image))["searchId"]
    failed = ok(api.get(f"{SEARCH}/{failed_id}"))
    assert failed["status"] == "FAILED" and "FILE_NOT_EXIST" in failed["statusMessage"]


def test_unknown_query_image_fails_the_search(api: Api, emulator: RunningEmulator) -> None:
    workspace(api)
    pid = project(api, "clips")
    search_id = search(
        api, emulator, {"query": {"imageQuery": "images/query/none/q.png"}, "filter": {"projectIds": [pid]}}
    )
    failed = ok(api.get(f"{SEARCH}/{search_id}"))
    assert failed["status"] == "FAILED" and "FILE_NOT_EXIST" in failed["statusMessage"]
    assert "results" not in failed


def test_searches_belong_to_their_workspace(api: Api, emulator: RunningEmulator) -> None:
    workspace(api)
    workspace(api, "second-ws")
    pid = project(api, "clips")
    search_id = search(api, emulator, text_body("dog", pid))
    error(api.get(f"/api/v1/workspaces/second-ws/assets/search/{search_id}"), 404, "10030")
    other = api.as_key(OTHER_ACCESS_KEY, OTHER_SECRET_KEY)
    try:
        error(other.get(f"{SEARCH}/{search_id}"), 401, "10003")
        error(other.post(SEARCH, json=text_body("dog", pid)), 401, "10003")
    finally:
        other.close()


# -- text ---------------------------------------------------------------------------------------------------------


@pytest.fixture
def library(api: Api, emulator: RunningEmulator) -> dict[str, Any]:
    """A workspace with two projects of indexed assets."""
    workspace(api)
    news, archive = project(api, "news"), project(api, "archive")
    beach = add_asset(
        emulator,
        news,
        "beach.mp4",
        [
            Scene("A dog runs on the beach", ["dog", "beach", "running"], ["Come here, boy!"]),
            Scene("A cat sleeps on a sofa", ["cat", "sofa"], [{"text": "Good night, kitty", "speaker": "Grandma"}]),
        ],
    )
    park = add_asset(emulator, news, "park.mp4", [Scene("Dogs playing in the park", ["park", "grass"])])
    sunset = add_asset(emulator, news, "sunset.jpg", [Scene("A beach at sunset", ["sea"])], asset_type="IMAGE")
    old = add_asset(emulator, archive, "old.mp4", [Scene("An old dog sleeps", ["dog"])])
    return {"news": news, "archive": archive, "beach": beach, "park": park, "sunset": sunset, "old": old}


def test_text_ranking_and_scores(api: Api, emulator: RunningEmulator, library: dict[str, Any]) -> None:
    found = results(api, emulator, text_body("dog beach", library["news"], confidence="LOW"))
    assert next((r["assetName"], r.get("sceneId")) for r in found) == ("beach.mp4", 1)
    assert {r["assetName"] for r in found} == {"beach.mp4", "park.mp4", "sunset.jpg"}
    scores = [r["score"] for r in found]
    assert scores == sorted(scores, reverse=True) and 0.75 <= scores[0] <= 1.0
    assert all(0 < s <= 0.5 for s in scores[1:])  # half the words
    top = found[0]
    assert top == {
        "assetId": library["beach"].asset_id,
        "projectId": library["news"],
        "assetType": "VIDEO",
        "assetName": "beach.mp4",
        "sceneId": 1,
        "startTimeMs": 0,
        "endTimeMs": 1000,
        "description": "A dog runs on the beach",
        "score": top["score"],
        "thumbnailUrl": top["thumbnailUrl"],
    }
    scene = library["beach"].scene_ids[0]
    assert top["thumbnailUrl"].startswith(f"{api.base_url}/_emulator/files/scenes/{scene}/thumbnail?")
    assert httpx.get(top["thumbnailUrl"]).status_code == 404  # this asset's object is not in any bucket
    image = next(r for r in found if r["assetName"] == "sunset.jpg")
    assert image["assetType"] == "IMAGE" and "sceneId" not in image and "startTimeMs" not in image
    high = results(api, emulator, text_body("dog beach", library["news"], confidence="HIGH"))
    assert [(r["assetName"], r["sceneId"]) for r in high] == [("beach.mp4", 1)]


def test_text_matches_captions_labels_and_spoken_words_only(
    api: Api, emulator: RunningEmulator, library: dict[str, Any]
) -> None:
    news = library["news"]
    assert [r["assetName"] for r in results(api, emulator, text_body("grass", news))] == ["park.mp4"]  # a label
    assert [r["sceneId"] for r in results(api, emulator, text_body("kitty", news))] == [2]  # dialogue
    assert [r["sceneId"] for r in results(api, emulator, text_body("sleeping", news))] == [2]  # stemmed
    assert {r["assetName"] for r in results(api, emulator, text_body("DOGS", news))} == {"beach.mp4", "park.mp4"}
    for absent in ("Grandma", "speaker", "text", "startMs", "zebra"):  # neither JSON keys nor speakers
        assert results(api, emulator, text_body(absent, news)) == [], absent
    # stop words count only when nothing else is asked
    assert {r["assetName"] for r in results(api, emulator, text_body("the", news))} == {"beach.mp4", "park.mp4"}
    assert len(results(api, emulator, text_body("a", news))) == 3
    with_stop_words = results(api, emulator, text_body("of the dog", news, confidence="HIGH"))
    assert [r["assetName"] for r in with_stop_words] == ["beach.mp4", "park.mp4"]  # as "dog": full scores


def test_confidence_levels(api: Api, emulator: RunningEmulator, library: dict[str, Any]) -> None:
    assert CONFIDENCE_THRESHOLDS == {"LOW": 0.2, "MEDIUM": 0.4, "HIGH": 0.7}
    query = "dog running beach"  # beach scene: 3 words; park: 1 of 3 (~0.25-0.33); sunset: 1 of 3
    counts = {
        level: len(results(api, emulator, text_body(query, library["news"], confidence=level)))
        for level in ("LOW", "MEDIUM", "HIGH")
    }
    assert counts == {"LOW": 3, "MEDIUM": 1, "HIGH": 1}
    default = results(api, emulator, {"query": {"textQuery": query}, "filter": {"projectIds": [library["news"]]}})
    assert len(default) == counts["MEDIUM"]


def test_scope_filters(api: Api, emulator: RunningEmulator, library: dict[str, Any]) -> None:
    news, archive = library["news"], library["archive"]
    assert {r["assetName"] for r in results(api, emulator, text_body("dog", archive))} == {"old.mp4"}
    both = {"query": {"textQuery": "dog"}, "filter": {"projectIds": [news, archive]}}
    assert {r["assetName"] for r in results(api, emulator, both)} == {"beach.mp4", "park.mp4", "old.mp4"}
    # filter is required: one of projectIds and assetIds must be given
    error(api.post(SEARCH, json={"query": {"textQuery": "dog"}}), 400, "10001")
    by_asset = {"query": {"textQuery": "dog"}, "filter": {"assetIds": [library["old"].asset_id, 424242]}}
    assert [r["assetName"] for r in results(api, emulator, by_asset)] == ["old.mp4"]
    images = {"query": {"textQuery": "beach"}, "filter": {"projectIds": [news], "assetTypes": ["IMAGE"]}}
    assert [r["assetName"] for r in results(api, emulator, images)] == ["sunset.jpg"]
    videos = {"query": {"textQuery": "beach"}, "filter": {"projectIds": [news], "assetTypes": ["VIDEO"]}}
    assert [r["assetName"] for r in results(api, emulator, videos)] == ["beach.mp4"]

    dated = add_asset(emulator, archive, "dated.mp4", [Scene("dog")], updated_time="2025-08-03T10:00:00+00:00")
    window = {"indexModifiedFrom": "2025-08-01T00:00:00Z", "indexModifiedTo": "2025-08-07T23:59:59+09:00"}
    in_window = {"query": {"textQuery": "dog"}, "filter": {"projectIds": [archive], **window}}
    assert [r["assetId"] for r in results(api, emulator, in_window)] == [dated.asset_id]
    after = {
        "query": {"textQuery": "dog"},
        "filter": {"projectIds": [archive], "indexModifiedFrom": "2025-08-04T00:00:00Z"},
    }
    assert [r["assetName"] for r in results(api, emulator, after)] == ["old.mp4"]
    before = {
        "query": {"textQuery": "dog"},
        "filter": {"projectIds": [archive], "indexModifiedTo": "2025-08-03T10:00:00Z"},
    }
    assert [r["assetName"] for r in results(api, emulator, before)] == ["dated.mp4"]  # inclusive


def test_scope_filters_when_the_best_matches_are_out_of_scope(
    api: Api, emulator: RunningEmulator, library: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    # one candidate: the best match of the whole index is often outside the filter; the engine then ranks
    # the scenes in scope instead of the best matches
    monkeypatch.setattr(search_engine, "MAX_CANDIDATES", 1)
    outcomes: list[bool] = []
    best_in_scope = search_engine._best_in_scope

    def spy(*args: Any) -> Any:
        rows = best_in_scope(*args)
        outcomes.append(rows is not None)
        return rows

    monkeypatch.setattr(search_engine, "_best_in_scope", spy)
    news, archive = library["news"], library["archive"]
    assert [r["assetName"] for r in results(api, emulator, text_body("dog", archive))] == ["old.mp4"]
    assert [r["assetName"] for r in results(api, emulator, text_body("sleeps", news))] == ["beach.mp4"]
    images = {"query": {"textQuery": "beach"}, "filter": {"projectIds": [news], "assetTypes": ["IMAGE"]}}
    assert [r["assetName"] for r in results(api, emulator, images)] == ["sunset.jpg"]
    videos = {"query": {"textQuery": "beach"}, "filter": {"projectIds": [news], "assetTypes": ["VIDEO"]}}
    assert [r["assetName"] for r in results(api, emulator, videos)] == ["beach.mp4"]
    assert False in outcomes and True in outcomes


def test_only_the_latest_completed_index_is_searched(api: Api, emulator: RunningEmulator) -> None:
    workspace(api)
    pid = project(api, "clips")
    add_asset(emulator, pid, "running.mp4", [Scene("zebra")], status="ANALYZING")
    add_asset(emulator, pid, "failed.mp4", [Scene("zebra")], status="ANALYZE_FAIL")
    reindexed = add_asset(emulator, pid, "reindexed.mp4", [Scene("giraffe")])
    with emulator.state.db.tx() as conn:
        add_index(conn, reindexed.asset_id, [Scene("elephant")])
    deleted = add_asset(emulator, pid, "deleted.mp4", [Scene("elephant")])
    emulator.state.db.execute("UPDATE analyses SET deleted = 1 WHERE id = ?", (deleted.index_id,))
    assert results(api, emulator, text_body("zebra", pid)) == []
    assert results(api, emulator, text_body("giraffe", pid)) == []
    assert [r["assetName"] for r in results(api, emulator, text_body("elephant", pid))] == ["reindexed.mp4"]
    emulator.state.db.execute("DELETE FROM scenes WHERE asset_id = ?", (reindexed.asset_id,))
    assert results(api, emulator, text_body("elephant", pid)) == []


# -- person and dialogue filters --------------------------------------------------------------------------------


def test_person_filters(api: Api, emulator: RunningEmulator) -> None:
    workspace(api)
    pid = project(api, "clips")
    hong, kim, lee = (create_person(api, n, seed=i) for i, n in enumerate(["Hong", "Kim", "Lee"]))
    add_asset(
        emulator,
        pid,
        "drama.mp4",
        [
            Scene("street scene", persons=[hong["id"], kim["id"]]),
            Scene("street scene", persons=[kim["id"]]),
            Scene("street scene", persons=["Lee"]),  # by name
            Scene("street scene"),
        ],
    )

    def scenes(**persons: list[int]) -> list[int]:
        body = text_body("street", pid, personQuery=persons)
        return sorted(r["sceneId"] for r in results(api, emulator, body))

    assert scenes(must=[hong["id"], kim["id"]]) == [1]
    assert scenes(must=[kim["id"]]) == [1, 2]
    assert scenes(any=[hong["id"], lee["id"]]) == [1, 3]
    assert scenes(**{"not": [kim["id"]]}) == [3, 4]
    assert scenes(must=[kim["id"]], **{"not": [hong["id"]]}) == [2]
    assert scenes(must=[lee["id"]]) == [3]
    assert scenes(must=[424242]) == []
    assert scenes(any=[]) == [1, 2, 3, 4]
    ok(api.post(f"{WS}/persons/{hong['id']}/merge", json={"personIds": [lee["id"]]}))
    assert scenes(must=[hong["id"]]) == [1, 3]
    assert scenes(must=[lee["id"]]) == [1, 3]  # an absorbed id stands for the survivor


def test_dialogue_filters(api: Api, emulator: RunningEmulator) -> None:
    workspace(api)
    pid = project(api, "clips")
    add_asset(
        emulator,
        pid,
        "talk.mp4",
        [
            Scene("kitchen", dialogue=["Run! The house is on fire.", "Be quiet"]),
            Scene("kitchen", dialogue=[{"text": "Danger, run away", "speaker": "Kim", "startMs": 1200}]),
            Scene("kitchen", dialogue=["quiet please"]),
            Scene("kitchen"),
        ],
    )

    def scenes(**dialog: list[str]) -> list[int]:
        body = text_body("kitchen", pid, dialogQuery=dialog)
        return sorted(r["sceneId"] for r in results(api, emulator, body))

    assert scenes(must=["run"]) == [1, 2]
    assert scenes(must=["run", "be quiet"]) == [1]
    assert scenes(must=["RUN AWAY!"]) == [2]  # a phrase, case and punctuation ignored
    assert scenes(must=["away run"]) == []  # the words in this order
    assert scenes(any=["danger", "quiet"]) == [1, 2, 3]
    assert scenes(**{"not": ["quiet"]}) == [2, 4]
    assert scenes(must=["run"], **{"not": ["be quiet"]}) == [2]
    assert scenes(must=["Kim"]) == []  # speakers are not spoken words
    assert scenes(must=["..."]) == []
    assert scenes(**{"not": ["..."]}) == [1, 2, 3, 4]


# -- image search -----------------------------------------------------------------------------------------------


def test_image_search_by_perceptual_hash(api: Api, emulator: RunningEmulator) -> None:
    workspace(api)
    pid = project(api, "clips")
    same = add_asset(emulator, pid, "same.jpg", [Scene("photo")], asset_type="IMAGE", asset_phash=digest(pattern(1)))
    near = digest(pattern(1, changed=3))  # 3 bits apart
    video = add_asset(emulator, pid, "clip.mp4", [Scene("other", phash=digest(pattern(2))), Scene("match", phash=near)])
    add_asset(emulator, pid, "unrelated.jpg", [Scene("x")], asset_type="IMAGE", asset_phash=digest(pattern(3)))
    add_asset(emulator, pid, "nohash.mp4", [Scene("y")])
    key = upload_query_image(api, pattern(1))

    def found(level: str | None = None, **flt: Any) -> list[dict[str, Any]]:
        body: dict[str, Any] = {"query": {"imageQuery": key}, "filter": {"projectIds": [pid], **flt}}
        if level:
            body["queryOption"] = {"confidenceLevel": level}
        return results(api, emulator, body)

    medium = found()
    assert [(r["assetId"], r.get("sceneId")) for r in medium] == [(same.asset_id, None), (video.asset_id, 2)]
    assert medium[0]["score"] == 1.0 and medium[1]["score"] == round(1 - 3 / 32, 4)
    assert "sceneId" not in medium[0] and medium[1]["startTimeMs"] == 1000
    assert [r["assetName"] for r in found(assetTypes=["VIDEO"])] == ["clip.mp4"]
    assert len(found("HIGH")) == 2
    assert len(found("LOW")) >= 2


# -- paging -----------------------------------------------------------------------------------------------------


def test_paging_and_order(api: Api, emulator: RunningEmulator) -> None:
    workspace(api)
    pid = project(api, "clips")
    later = add_asset(emulator, pid, "b.mp4", [Scene("storm"), Scene("storm")])
    earlier_ids = [add_asset(emulator, pid, f"c{i}.mp4", [Scene("storm")]).asset_id for i in range(4)]
    best = add_asset(emulator, pid, "best.mp4", [Scene("storm storm storm", ["storm"])])
    search_id = search(api, emulator, text_body("storm", pid))
    pages = []
    for number in (1, 2, 3):
        page = ok(api.get(f"{SEARCH}/{search_id}", params={"pageNum": number, "pageSize": 3}))
        assert page["totalCount"] == 7 and page["totalPage"] == 3 and page["pageNo"] == number
        pages.append(page["results"])
    flat = [r for page in pages for r in page]
    assert [len(p) for p in pages] == [3, 3, 1]
    assert flat[0]["assetId"] == best.asset_id  # the best score first
    rest = [(r["assetId"], r["sceneId"]) for r in flat[1:]]
    # equal scores: index creation order, then scene order
    assert rest == [(later.asset_id, 1), (later.asset_id, 2), *[(a, 1) for a in earlier_ids]]
    assert len({r["score"] for r in flat[1:]}) == 1
    past = ok(api.get(f"{SEARCH}/{search_id}", params={"pageNum": 4, "pageSize": 3}))
    assert past["results"] == [] and past["totalCount"] == 7
    default = ok(api.get(f"{SEARCH}/{search_id}"))
    assert len(default["results"]) == 7 and default["pageNo"] == 1 and default["totalPage"] == 1


# -- through the real analysis --------------------------------------------------------------------------------


def test_search_an_index_built_by_the_analysis(api: Api, emulator: RunningEmulator, local_bucket_dir: Path) -> None:
    """Import with a sidecar, requestIndex, then search by text, person and dialogue."""
    ok(api.post("/api/v1/workspaces", json={"workspaceName": WS_NAME, "bucketName": LOCAL_BUCKET}))
    pid = project(api, "clips")
    hong = create_person(api, "Hong Gildong", seed=1)
    (local_bucket_dir / "search").mkdir(exist_ok=True)
    (local_bucket_dir / "search" / "harbour.png").write_bytes(pattern(11, size=720))
    sidecar = {
        "caption": "Fishing boats in a harbour at dawn",
        "labels": ["boat", "harbour"],
        "persons": ["Hong Gildong"],
        "dialogue": [{"text": "Cast off the lines", "start": 0.0, "speaker": "Hong Gildong"}],
    }
    (local_bucket_dir / "search" / "harbour.png.mi.json").write_text(json.dumps(sidecar))
    asset = ok(
        api.post(
            f"{WS}/projects/{pid}/assets/import/object-storage",
            json={"bucketName": LOCAL_BUCKET, "key": "search/harbour.png"},
        )
    )
    assert emulator.wait_for_jobs()
    ok(api.post(f"{WS}/projects/{pid}/assets/{asset['assetId']}/index", json={"analysisPersonCount": 3}))
    assert emulator.wait_for_jobs()
    body = text_body("boats", pid, personQuery={"must": [hong["id"]]}, dialogQuery={"must": ["cast off"]})
    found = results(api, emulator, body)
    assert [(r["assetId"], r["assetType"], r["description"]) for r in found] == [
        (asset["assetId"], "IMAGE", "Fishing boats in a harbour at dawn")
    ]
    image_query = {"imageQuery": upload_query_image(api, pattern(11))}
    by_image = results(api, emulator, {"query": image_query, "filter": {"projectIds": [pid]}})
    assert [r["assetId"] for r in by_image] == [asset["assetId"]]
    person = ok(api.get(f"{WS}/persons/{hong['id']}"))
    assert (person["assetCount"], person["sceneCount"]) == (1, 1)
    thumbnail = httpx.get(found[0]["thumbnailUrl"])  # a reduced JPEG of the image, never the file itself
    assert thumbnail.status_code == 200 and thumbnail.headers["content-type"] == "image/jpeg"
    with Image.open(io.BytesIO(thumbnail.content)) as image:
        assert max(image.size) <= 320
    assert thumbnail.content != pattern(11, size=720)


def test_video_scene_thumbnails(api: Api, emulator: RunningEmulator, local_bucket_dir: Path) -> None:
    ok(api.post("/api/v1/workspaces", json={"workspaceName": WS_NAME, "bucketName": LOCAL_BUCKET}))
    pid = project(api, "clips")
    (local_bucket_dir / "search").mkdir(exist_ok=True)
    (local_bucket_dir / "search" / "clip.mp4").write_bytes(mp4(seconds=4, width=640, height=360))
    sidecar = {"scenes": [{"start": 0, "end": 2, "caption": "first"}, {"start": 2, "end": 4, "caption": "second"}]}
    (local_bucket_dir / "search" / "clip.mp4.mi.json").write_text(json.dumps(sidecar))
    asset = ok(
        api.post(
            f"{WS}/projects/{pid}/assets/import/object-storage",
            json={"bucketName": LOCAL_BUCKET, "key": "search/clip.mp4"},
        )
    )
    assert emulator.wait_for_jobs()
    ok(api.post(f"{WS}/projects/{pid}/assets/{asset['assetId']}/index", json={"analysisPersonCount": 0}))
    assert emulator.wait_for_jobs()
    found = results(api, emulator, text_body("second", pid))
    assert [(r["sceneId"], r["startTimeMs"], r["endTimeMs"]) for r in found] == [(2, 2000, 4000)]
    frame = httpx.get(found[0]["thumbnailUrl"])
    assert frame.status_code == 200 and frame.headers["content-type"] == "image/jpeg"
    with Image.open(io.BytesIO(frame.content)) as image:
        assert image.size == (320, 180)  # the frame reduced to a thumbnail, aspect kept
    assert api.get("/_emulator/files/scenes/424242/thumbnail").status_code == 404
