"""Persons: thumbnail uploads (presigned, single use, expiry, size rules), registration, edit, list and search,
tags, thumbnails, merge, similar persons and recommendation by thumbnail."""

from __future__ import annotations

import json
import time
from types import SimpleNamespace
from typing import Any

import httpx
import pytest

from media_intelligence_emulator import RunningEmulator
from media_intelligence_emulator._db import now_iso
from media_intelligence_emulator._registry import HANDLERS
from media_intelligence_emulator.handlers import _search_engine

from .helpers import OTHER_ACCESS_KEY, OTHER_SECRET_KEY, Api, error, ok
from .test_search_helpers import (
    WS,
    WS_NAME,
    Scene,
    add_asset,
    create_person,
    noise_png,
    pattern,
    project,
    put,
    upload_thumbnail,
    workspace,
)

PERSONS = f"{WS}/persons"
PRESIGN = f"{WS}/person-thumbnail/uploads/presigned-url"
STATUS = f"{WS}/person-thumbnail/uploads/complete"

PERSON_OPERATIONS = {
    "createPerson",
    "listPersons",
    "searchPersons",
    "recommendPersonsByThumbnail",
    "getPerson",
    "updatePerson",
    "deletePerson",
    "addPersonTags",
    "removePersonTags",
    "removePersonTagsByPost",
    "addPersonThumbnails",
    "removePersonThumbnails",
    "removePersonThumbnailsByPost",
    "mergePersons",
    "listSimilarPersons",
    "createPersonThumbnailUploadUrl",
    "getPersonThumbnailUploadStatus",
}


def test_persons_and_person_tags_groups_are_complete(emulator: RunningEmulator) -> None:
    spec = emulator.state.spec
    assert {oid for oid, op in spec.operations.items() if op.tag == "persons"} == PERSON_OPERATIONS
    tags = {oid for oid, op in spec.operations.items() if op.tag == "person-tags"}
    assert tags == {"createPersonTag", "listPersonTags", "deletePersonTag"}
    assert PERSON_OPERATIONS | tags <= set(HANDLERS)


# -- thumbnail uploads ---------------------------------------------------------------------------------


def test_thumbnail_upload_flow(api: Api) -> None:
    workspace(api)
    issued = ok(api.post(PRESIGN, json={"thumbnailFileName": "hong.jpg"}))
    assert issued["expirationSeconds"] == 900
    assert issued["thumbnailKey"].startswith(f"{WS_NAME}/") and issued["thumbnailKey"].endswith("/hong.jpg")
    assert issued["url"].startswith(api.base_url + "/_emulator/uploads/")
    key = issued["thumbnailKey"]
    assert ok(api.post(STATUS, json={"thumbnailKey": key})) == {
        "uploadStatus": "FAILED",
        "uploadMessage": "FILE_NOT_EXIST",
    }
    assert put(issued["url"], pattern(1, fmt="JPEG")).status_code == 200
    assert ok(api.post(STATUS, json={"thumbnailKey": key})) == {"uploadStatus": "COMPLETED"}
    again = put(issued["url"], pattern(2, fmt="JPEG"))  # single use
    assert again.status_code == 403 and again.json()["error"]["code"] == "AccessDenied"
    unknown = ok(api.post(STATUS, json={"thumbnailKey": "people-ws/nothing/x.jpg"}))
    assert unknown == {"uploadStatus": "FAILED", "uploadMessage": "FILE_NOT_EXIST"}


def test_thumbnail_upload_rules(api: Api) -> None:
    workspace(api)
    for name in ("face.gif", "face", "face.heic"):
        error(api.post(PRESIGN, json={"thumbnailFileName": name}), 400, "10072")
    ok(api.post(PRESIGN, json={"thumbnailFileName": "face.JPEG"}))

    def attempt(data: bytes) -> tuple[int, dict[str, Any], str]:
        issued = ok(api.post(PRESIGN, json={"thumbnailFileName": "face.png"}))
        code = put(issued["url"], data).status_code
        return code, ok(api.post(STATUS, json={"thumbnailKey": issued["thumbnailKey"]})), issued["url"]

    code, status, url = attempt(pattern(1, size=255))
    assert code == 400 and status == {"uploadStatus": "FAILED", "uploadMessage": "RESOLUTION_NOT_SUPPORT"}
    assert put(url, pattern(1, size=256)).status_code == 200  # a refused upload does not use the URL up
    big = noise_png(1400)
    assert len(big) > 5 * 1024 * 1024
    code, status, _ = attempt(big)
    assert code == 413 and status == {"uploadStatus": "FAILED", "uploadMessage": "OVER_SIZE_LIMIT"}
    code, status, _ = attempt(b"not an image at all")
    assert code == 400 and status == {"uploadStatus": "FAILED", "uploadMessage": "INVALID_FILE_FORMAT"}


def test_thumbnail_upload_url_expires(api: Api, monkeypatch: pytest.MonkeyPatch) -> None:
    from media_intelligence_emulator import _uploads

    workspace(api)
    issued = ok(api.post(PRESIGN, json={"thumbnailFileName": "late.png"}))
    later = time.time() + 901
    monkeypatch.setattr(_uploads, "time", SimpleNamespace(time=lambda: later))
    response = put(issued["url"], pattern(1))
    assert response.status_code == 403 and "expired" in response.json()["error"]["message"]
    monkeypatch.undo()
    assert ok(api.post(STATUS, json={"thumbnailKey": issued["thumbnailKey"]}))["uploadMessage"] == "FILE_NOT_EXIST"


# -- register, read, edit, delete --------------------------------------------------------------------


def test_create_get_update_delete(api: Api, emulator: RunningEmulator) -> None:
    workspace(api)
    front = upload_thumbnail(api, pattern(1))
    side = upload_thumbnail(api, pattern(2))
    created = ok(
        api.post(
            PERSONS,
            json={
                "name": "Hong Gildong",
                "description": "Lead actor.",
                "thumbnails": [
                    {"thumbnailKey": front, "isPrimaryThumbnail": False},
                    {"thumbnailKey": side, "isPrimaryThumbnail": True},
                ],
            },
        )
    )
    pid = created["id"]
    assert created["personId"] == pid and created["name"] == "Hong Gildong" and created["description"] == "Lead actor."
    assert created["tags"] == [] and created["assetCount"] == 0 and created["sceneCount"] == 0
    assert [t["isPrimaryThumbnail"] for t in created["thumbnails"]] == [False, True]
    thumb = created["thumbnails"][0]
    assert thumb["url"].startswith(f"{api.base_url}/_emulator/files/person-thumbnails/{thumb['id']}?")
    served = httpx.get(thumb["url"])  # the emulator serves the image (the URL is signed for the owner)
    assert served.status_code == 200 and served.headers["content-type"] == "image/png"
    assert served.content == pattern(1)
    assert ok(api.get(f"{PERSONS}/{pid}")) == created

    updated = ok(api.patch(f"{PERSONS}/{pid}", json={"name": "Hong Gil-dong", "primaryThumbnailId": thumb["id"]}))
    assert updated["name"] == "Hong Gil-dong" and updated["description"] == "Lead actor."
    assert [t["isPrimaryThumbnail"] for t in updated["thumbnails"]] == [True, False]
    assert ok(api.patch(f"{PERSONS}/{pid}", json={"description": "Actor."}))["description"] == "Actor."
    assert ok(api.patch(f"{PERSONS}/{pid}", json={}))["name"] == "Hong Gil-dong"

    other = create_person(api, "Kim", seed=3)
    error(api.patch(f"{PERSONS}/{pid}", json={"name": "KIM"}), 409, "50005")  # ASCII case ignored
    error(api.patch(f"{PERSONS}/{pid}", json={"primaryThumbnailId": other["thumbnails"][0]["id"]}), 400, "10075")
    error(api.patch(f"{PERSONS}/{pid}", json={"name": " "}), 400, "10001")
    ok(api.patch(f"{PERSONS}/{pid}", json={"name": "Hong Gil-dong"}))  # its own name is not a duplicate

    deleted = ok(api.delete(f"{PERSONS}/{pid}"))
    assert deleted["id"] == pid and deleted["name"] == "Hong Gil-dong"
    body = error(api.get(f"{PERSONS}/{pid}"), 404, "10030")
    assert f"person_id: no person {pid}" in body["message"]
    error(api.delete(f"{PERSONS}/{pid}"), 404, "10030")
    assert emulator.state.db.scalar("SELECT COUNT(*) FROM thumbnails WHERE person_id = ?", (pid,)) == 0
    gone = httpx.get(thumb["url"])
    assert gone.status_code == 404 and gone.json()["error"]["code"] == "NoSuchKey"


def test_create_errors(api: Api, emulator: RunningEmulator) -> None:
    workspace(api)
    key = upload_thumbnail(api, pattern(1))
    primary = [{"thumbnailKey": key, "isPrimaryThumbnail": True}]
    ok(api.post(PERSONS, json={"name": "Hong", "thumbnails": primary}))
    error(api.post(PERSONS, json={"name": "Hong", "thumbnails": primary}), 409, "50005")
    error(api.post(PERSONS, json={"name": "hong", "thumbnails": primary}), 409, "50005")
    two = [{"thumbnailKey": key, "isPrimaryThumbnail": True}, {"thumbnailKey": key, "isPrimaryThumbnail": True}]
    error(api.post(PERSONS, json={"name": "Two", "thumbnails": two}), 409, "10076")
    none = [{"thumbnailKey": key, "isPrimaryThumbnail": False}]
    error(api.post(PERSONS, json={"name": "None", "thumbnails": none}), 400, "10075")
    missing = [{"thumbnailKey": f"{WS_NAME}/nope/x.png", "isPrimaryThumbnail": True}]
    body = error(api.post(PERSONS, json={"name": "Missing", "thumbnails": missing}), 400, "10074")
    assert "thumbnails[0].thumbnailKey" in body["message"]

    issued = ok(api.post(PRESIGN, json={"thumbnailFileName": "small.png"}))
    put(issued["url"], pattern(1, size=100))
    small = [{"thumbnailKey": issued["thumbnailKey"], "isPrimaryThumbnail": True}]
    error(api.post(PERSONS, json={"name": "Small", "thumbnails": small}), 400, "10069")
    issued = ok(api.post(PRESIGN, json={"thumbnailFileName": "fake.png"}))
    put(issued["url"], b"GIF89a not really")
    fake = [{"thumbnailKey": issued["thumbnailKey"], "isPrimaryThumbnail": True}]
    error(api.post(PERSONS, json={"name": "Fake", "thumbnails": fake}), 400, "10072")
    error(api.post(PERSONS, json={"name": "Empty", "thumbnails": []}), 400, "10001")
    error(api.post(PERSONS, json={"name": "x" * 51, "thumbnails": primary}), 400, "10001")

    stamp = now_iso()
    with emulator.state.db.tx() as conn:
        conn.executemany(
            "INSERT INTO persons (workspace_name, name, created_user, created_time, updated_user, updated_time)"
            " VALUES (?, ?, 'u', ?, 'u', ?)",
            [(WS_NAME, f"bulk {i}", stamp, stamp) for i in range(499)],
        )
    error(api.post(PERSONS, json={"name": "The 501st", "thumbnails": primary}), 409, "10068")


def test_anonymous_person_and_thumbnail_from_the_linked_bucket(
    api: Api, emulator: RunningEmulator, local_bucket_dir: Any
) -> None:
    from .conftest import LOCAL_BUCKET

    ok(api.post("/api/v1/workspaces", json={"workspaceName": WS_NAME, "bucketName": LOCAL_BUCKET}))
    (local_bucket_dir / "faces").mkdir(exist_ok=True)
    (local_bucket_dir / "faces" / "anon.png").write_bytes(pattern(5))
    anonymous = ok(
        api.post(
            PERSONS, json={"name": None, "thumbnails": [{"thumbnailKey": "faces/anon.png", "isPrimaryThumbnail": True}]}
        )
    )
    assert anonymous["name"] is None and len(anonymous["thumbnails"]) == 1
    row = emulator.state.db.one("SELECT phash FROM thumbnails WHERE person_id = ?", (anonymous["id"],))
    assert row is not None and row["phash"] == _search_engine_phash(pattern(5))
    named = ok(api.patch(f"{PERSONS}/{anonymous['id']}", json={"name": "Now Named"}))
    assert named["name"] == "Now Named"
    (local_bucket_dir / "faces" / "tiny.png").write_bytes(pattern(5, size=64))
    tiny = [{"thumbnailKey": "faces/tiny.png", "isPrimaryThumbnail": True}]
    error(api.post(PERSONS, json={"thumbnails": tiny}), 400, "10069")


def _search_engine_phash(data: bytes) -> str:
    from media_intelligence_emulator._media import phash

    return phash(data)


def test_unknown_workspace_and_other_access_key(api: Api) -> None:
    error(api.get(PERSONS, params={"pageNum": 1}), 404, "10030")
    error(api.post(PRESIGN, json={"thumbnailFileName": "a.png"}), 404, "10030")
    workspace(api)
    person = create_person(api, "Hong", seed=1)
    other = api.as_key(OTHER_ACCESS_KEY, OTHER_SECRET_KEY)
    try:
        error(other.get(f"{PERSONS}/{person['id']}"), 401, "10003")
        error(other.post(f"{PERSONS}/search", json={"pageNum": 1}), 401, "10003")
    finally:
        other.close()
    error(api.get(f"{PERSONS}/99999999999999999999"), 400, "10001")  # more than 19 digits: the pattern
    error(api.get(f"{PERSONS}/9999999999999999999"), 404, "10030")  # 19 digits, beyond SQLite's range


# -- lists -----------------------------------------------------------------------------------------------


def _names(page: dict[str, Any]) -> list[str | None]:
    return [p["name"] for p in page["content"]]


def test_list_persons_paging_and_filters(api: Api) -> None:
    workspace(api)
    tag = ok(api.post(f"{WS}/person-tags", json={"name": "actors"}))
    other_tag = ok(api.post(f"{WS}/person-tags", json={"name": "singers"}))
    people = [create_person(api, name, seed=i) for i, name in enumerate(["Hong Gildong", "Kim Cheolsu", "Hong Du"])]
    ok(api.post(f"{PERSONS}/{people[0]['id']}/person-tags", json={"tagIds": [tag["id"]]}))
    ok(api.post(f"{PERSONS}/{people[1]['id']}/person-tags", json={"tagIds": [other_tag["id"]]}))

    first = ok(api.get(PERSONS, params={"pageNum": 1, "pageSize": 2}))
    assert _names(first) == ["Hong Gildong", "Kim Cheolsu"]
    assert first["totalCount"] == 3 and first["totalPage"] == 2 and first["pageSize"] == 2
    assert _names(ok(api.get(PERSONS, params={"pageNum": 2, "pageSize": 2}))) == ["Hong Du"]
    assert _names(ok(api.get(PERSONS, params={"pageNum": 1, "name": "hong"}))) == ["Hong Gildong", "Hong Du"]
    only_tag = ok(api.get(PERSONS, params={"pageNum": 1, "tagIdList": str(tag["id"])}))
    assert _names(only_tag) == ["Hong Gildong"]
    both = ok(api.get(PERSONS, params={"pageNum": 1, "tagIdList": f"{tag['id']},{other_tag['id']}"}))
    assert _names(both) == ["Hong Gildong", "Kim Cheolsu"]
    assert only_tag["content"][0]["tags"] == [{"id": tag["id"], "name": "actors"}]
    error(api.get(PERSONS, params={"pageNum": 1, "name": "a;b"}), 400, "10001")
    error(api.get(PERSONS, params={"pageNum": 0}), 400, "10001")


def test_search_persons(api: Api, emulator: RunningEmulator) -> None:
    workspace(api)
    pid = project(api, "clips")
    tag = ok(api.post(f"{WS}/person-tags", json={"name": "actors"}))
    hong = create_person(api, "Hong Gildong", seed=1)
    kim = create_person(api, "Kim Cheolsu", seed=2)
    anon = create_person(api, None, seed=3)
    ok(api.post(f"{PERSONS}/{kim['id']}/person-tags", json={"tagIds": [tag["id"]]}))
    # Kim appears in two assets, the anonymous person in one, Hong in none
    add_asset(emulator, pid, "a.mp4", [Scene("x", persons=[kim["id"]]), Scene("y", persons=[kim["id"], anon["id"]])])
    add_asset(emulator, pid, "b.mp4", [Scene("z", persons=[kim["id"]])])

    def search(**body: Any) -> dict[str, Any]:
        result: dict[str, Any] = ok(api.post(f"{PERSONS}/search", json={"pageNum": 1, **body}))
        return result

    default = search()
    assert [p["id"] for p in default["content"]] == [kim["id"], anon["id"], hong["id"]]  # ASSET_COUNT DESC
    assert [(p["assetCount"], p["sceneCount"]) for p in default["content"]] == [(2, 3), (1, 1), (0, 0)]
    assert default["totalCount"] == 3 and default["pageSize"] == 10
    assert [p["id"] for p in search(sortColumn="ASSET_COUNT", sortType="ASC")["content"]] == [
        hong["id"],
        anon["id"],
        kim["id"],
    ]
    assert _names(search(sortColumn="NAME", sortType="ASC")) == [None, "Hong Gildong", "Kim Cheolsu"]
    assert [p["id"] for p in search(sortColumn="PERSON_ID", sortType="DESC")["content"]] == [
        anon["id"],
        kim["id"],
        hong["id"],
    ]
    assert next(p["id"] for p in search(sortColumn="CREATED_AT", sortType="ASC")["content"]) == hong["id"]
    assert _names(search(nameType="ANONYMOUS")) == [None]
    assert set(_names(search(nameType="NAMED"))) == {"Hong Gildong", "Kim Cheolsu"}
    assert _names(search(name="cheol")) == ["Kim Cheolsu"]
    assert _names(search(tagIds=[tag["id"]])) == ["Kim Cheolsu"]
    assert [p["id"] for p in search(personIds=[hong["id"], anon["id"], 424242])["content"]] == [anon["id"], hong["id"]]
    assert search(personIds=[])["content"] == []
    paged = search(pageNum=2, pageSize=2, sortColumn="PERSON_ID", sortType="ASC")
    assert [p["id"] for p in paged["content"]] == [anon["id"]] and paged["totalPage"] == 2 and paged["pageNo"] == 2
    error(api.post(f"{PERSONS}/search", json={"pageNum": 1, "personIds": list(range(101))}), 400, "50012")
    error(api.post(f"{PERSONS}/search", json={"pageNum": 1, "pageSize": 51}), 400, "10001")
    error(api.post(f"{PERSONS}/search", json={"pageSize": 5}), 400, "10001")


# -- tags and thumbnails of a person -----------------------------------------------------------------------


def test_add_and_remove_tags(api: Api) -> None:
    workspace(api)
    person = create_person(api, "Hong", seed=1)
    tags = [ok(api.post(f"{WS}/person-tags", json={"name": n}))["id"] for n in ("a", "b", "c")]
    path = f"{PERSONS}/{person['id']}/person-tags"
    added = ok(api.post(path, json={"tagIds": [tags[1], tags[0], tags[1]]}))
    assert added == {"personId": person["id"], "tagList": [{"id": tags[0], "name": "a"}, {"id": tags[1], "name": "b"}]}
    assert len(ok(api.post(path, json={"tagIds": [tags[0], tags[2]]}))["tagList"]) == 3  # attached ids ignored
    error(api.post(path, json={"tagIds": [987654]}), 404, "10030")
    removed = ok(api.delete(path, json={"tagIds": [tags[0], 987654]}))  # DELETE with a body
    assert [t["id"] for t in removed["tagList"]] == tags[1:] and removed["personId"] == person["id"]
    by_post = ok(api.post(f"{path}/remove", json={"tagIds": [tags[1]]}))
    assert [t["id"] for t in by_post["tagList"]] == [tags[2]]
    assert ok(api.post(f"{path}/remove", json={"tagIds": [tags[1]]}))["tagList"] == by_post["tagList"]
    assert [t["id"] for t in ok(api.get(f"{PERSONS}/{person['id']}"))["tags"]] == [tags[2]]
    error(api.post(f"{PERSONS}/424242/person-tags", json={"tagIds": [tags[0]]}), 404, "10030")
    error(api.post(path, json={"tagIds": []}), 400, "10001")


def test_add_and_remove_thumbnails(api: Api) -> None:
    workspace(api)
    person = create_person(api, "Hong", seed=1)
    path = f"{PERSONS}/{person['id']}/person-thumbnail"
    first = person["thumbnails"][0]["id"]
    second_key, third_key = upload_thumbnail(api, pattern(2)), upload_thumbnail(api, pattern(3))
    added = ok(
        api.post(
            path,
            json={
                "thumbnails": [
                    {"thumbnailKey": second_key, "isPrimaryThumbnail": False},
                    {"thumbnailKey": third_key, "isPrimaryThumbnail": True},
                ]
            },
        )
    )
    assert [t["isPrimaryThumbnail"] for t in added["thumbnailList"]] == [False, False, True]  # the old one demoted
    second, third = (t["id"] for t in added["thumbnailList"][1:])
    two = [{"thumbnailKey": second_key, "isPrimaryThumbnail": True}] * 2
    error(api.post(path, json={"thumbnails": two}), 409, "10076")
    missing = [{"thumbnailKey": "nope.png", "isPrimaryThumbnail": False}]
    error(api.post(path, json={"thumbnails": missing}), 400, "10074")

    error(api.delete(path, json={"thumbnailIds": [third]}), 400, "10075")  # the primary
    error(api.post(f"{path}/remove", json={"thumbnailIds": [first, second, third]}), 400, "10077")
    removed = ok(api.delete(path, json={"thumbnailIds": [first, 999999]}))
    assert removed == {
        "personId": person["id"],
        "thumbnailList": [t for t in added["thumbnailList"] if t["id"] != first],
    }
    by_post = ok(api.post(f"{path}/remove", json={"thumbnailIds": [second]}))
    assert [t["id"] for t in by_post["thumbnailList"]] == [third]
    error(api.post(f"{path}/remove", json={"thumbnailIds": [third]}), 400, "10077")


# -- merge -------------------------------------------------------------------------------------------------


def test_merge_moves_thumbnails_tags_and_appearances(api: Api, emulator: RunningEmulator) -> None:
    workspace(api)
    pid = project(api, "clips")
    hong, kim, lee = (create_person(api, n, seed=i) for i, n in enumerate(["Hong", "Kim", "Lee"]))
    tag = ok(api.post(f"{WS}/person-tags", json={"name": "actors"}))
    ok(api.post(f"{PERSONS}/{kim['id']}/person-tags", json={"tagIds": [tag["id"]]}))
    first = add_asset(
        emulator, pid, "a.mp4", [Scene("s1", persons=[hong["id"], kim["id"]]), Scene("s2", persons=[kim["id"]])]
    )
    add_asset(emulator, pid, "b.mp4", [Scene("s3", persons=["Lee"])])  # by name
    add_asset(emulator, pid, "c.mp4", [Scene("s4", persons=[hong["id"]])])

    merged = ok(api.post(f"{PERSONS}/{hong['id']}/merge", json={"personIds": [kim["id"], lee["id"], hong["id"]]}))
    assert merged["personId"] == hong["id"]
    assert merged["transferredAssetCount"] == 2 and merged["transferredThumbnailCount"] == 2
    assert merged["mergedTime"]
    error(api.get(f"{PERSONS}/{kim['id']}"), 404, "10030")
    survivor = ok(api.get(f"{PERSONS}/{hong['id']}"))
    assert len(survivor["thumbnails"]) == 3 and sum(t["isPrimaryThumbnail"] for t in survivor["thumbnails"]) == 1
    assert survivor["thumbnails"][0]["isPrimaryThumbnail"]
    assert survivor["tags"] == [{"id": tag["id"], "name": "actors"}]
    assert (survivor["assetCount"], survivor["sceneCount"]) == (3, 4)
    scenes = emulator.state.db.query(
        "SELECT persons FROM scenes WHERE analysis_id = ? ORDER BY scene_no", (first.index_id,)
    )
    assert [json.loads(r["persons"]) for r in scenes] == [[hong["id"]], [hong["id"]]]
    assert json.loads(str(emulator.state.db.scalar("SELECT persons FROM scenes WHERE caption = 's3'"))) == ["Hong"]

    body = error(api.post(f"{PERSONS}/{hong['id']}/merge", json={"personIds": [kim["id"]]}), 404, "10030")
    assert "already merged" in body["message"]
    error(api.post(f"{PERSONS}/{hong['id']}/merge", json={"personIds": [424242]}), 404, "10030")
    error(api.post(f"{PERSONS}/424242/merge", json={"personIds": [hong["id"]]}), 404, "10030")
    error(api.post(f"{PERSONS}/{hong['id']}/merge", json={"personIds": list(range(1, 12))}), 400, "10001")
    noop = ok(api.post(f"{PERSONS}/{hong['id']}/merge", json={"personIds": [hong["id"]]}))
    assert noop["transferredThumbnailCount"] == 0
    assert [p["id"] for p in ok(api.get(PERSONS, params={"pageNum": 1}))["content"]] == [hong["id"]]


# -- similarity ----------------------------------------------------------------------------------------------


def test_similar_persons(api: Api, emulator: RunningEmulator) -> None:
    workspace(api)
    hong = create_person(api, "Hong", seed=1)
    twin_key = upload_thumbnail(api, pattern(1, fmt="JPEG", quality=40), name="twin.jpg")  # the same face, lossy
    twin = ok(
        api.post(PERSONS, json={"name": "Twin", "thumbnails": [{"thumbnailKey": twin_key, "isPrimaryThumbnail": True}]})
    )
    create_person(api, "Stranger", seed=99)
    similar = ok(api.get(f"{PERSONS}/{hong['id']}/similar"))
    assert similar["personId"] == hong["id"]
    assert [(p["personId"], p["name"]) for p in similar["similarPersons"]] == [(twin["id"], "Twin")]
    assert 0.8 <= similar["similarPersons"][0]["score"] <= 1.0
    strict = ok(api.get(f"{PERSONS}/{hong['id']}/similar", params={"scoreThreshold": 100}))
    assert all(p["score"] == 1.0 for p in strict["similarPersons"])
    error(api.get(f"{PERSONS}/{hong['id']}/similar", params={"scoreThreshold": 79}), 400, "10001")
    error(api.get(f"{PERSONS}/{hong['id']}/similar", params={"personCount": 11}), 400, "10001")

    stamp = now_iso()
    bare = emulator.state.db.execute(
        "INSERT INTO persons (workspace_name, name, created_user, created_time, updated_user, updated_time)"
        " VALUES (?, 'No Face', 'u', ?, 'u', ?)",
        (WS_NAME, stamp, stamp),
    )
    error(api.get(f"{PERSONS}/{bare}/similar"), 400, "10075")
    error(api.get(f"{PERSONS}/424242/similar"), 404, "10030")


def test_recommend_persons_by_thumbnail(api: Api, monkeypatch: pytest.MonkeyPatch) -> None:
    workspace(api)
    hong = create_person(api, "Hong", seed=1)
    create_person(api, "Kim", seed=2)
    probe = upload_thumbnail(api, pattern(1, fmt="JPEG", quality=50), name="probe.jpg")
    found = ok(api.post(f"{PERSONS}/recommend-by-thumbnail", json={"thumbnailKey": probe}))
    assert [p["personId"] for p in found["similarPersons"]] == [hong["id"]]
    stranger = upload_thumbnail(api, pattern(77))
    assert ok(api.post(f"{PERSONS}/recommend-by-thumbnail", json={"thumbnailKey": stranger})) == {"similarPersons": []}
    every = ok(
        api.post(
            f"{PERSONS}/recommend-by-thumbnail", json={"thumbnailKey": probe, "scoreThreshold": 80, "personCount": 1}
        )
    )
    assert len(every["similarPersons"]) == 1
    error(api.post(f"{PERSONS}/recommend-by-thumbnail", json={"thumbnailKey": "nothing"}), 400, "10069")
    # the key expires 24 hours after the upload
    later = time.time() + 24 * 3600 + 1
    monkeypatch.setattr(_search_engine, "time", SimpleNamespace(time=lambda: later))
    error(api.post(f"{PERSONS}/recommend-by-thumbnail", json={"thumbnailKey": probe}), 400, "10069")


def test_counts_over_many_persons(api: Api, emulator: RunningEmulator) -> None:
    """Asset and scene counts of a 450-person page (counted in chunks), by id and by name."""
    workspace(api)
    pid = project(api, "clips")
    stamp = now_iso()
    with emulator.state.db.tx() as conn:
        conn.executemany(
            "INSERT INTO persons (workspace_name, name, created_user, created_time, updated_user, updated_time)"
            " VALUES (?, ?, 'u', ?, 'u', ?)",
            [(WS_NAME, f"person {i}" if i % 2 else "", stamp, stamp) for i in range(450)],
        )
    add_asset(emulator, pid, "a.mp4", [Scene("x", persons=[430, "person 401"]), Scene("y", persons=[430])])
    add_asset(emulator, pid, "b.mp4", [Scene("z", persons=[402])])
    page = ok(api.get(PERSONS, params={"pageNum": 1}))
    counts = {p["id"]: (p["assetCount"], p["sceneCount"]) for p in page["content"]}
    assert len(counts) == 450
    assert counts[430] == (1, 2) and counts[402] == (2, 2)  # id 402 is "person 401"
    assert sum(1 for c in counts.values() if c != (0, 0)) == 2
