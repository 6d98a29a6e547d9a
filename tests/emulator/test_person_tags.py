"""Person tags: create (duplicates 10062, the 500 cap 10068), list (paging, id and name filters), delete."""

from __future__ import annotations

from media_intelligence_emulator import RunningEmulator
from media_intelligence_emulator._db import now_iso

from .helpers import OTHER_ACCESS_KEY, OTHER_SECRET_KEY, Api, error, ok
from .test_search_helpers import WS, WS_NAME, create_person, workspace

TAGS = f"{WS}/person-tags"


def test_create_list_delete(api: Api) -> None:
    workspace(api)
    created = ok(api.post(TAGS, json={"name": "Entertainer"}))
    assert set(created) == {"id", "name", "createdTime", "createdUserName"}
    assert created["name"] == "Entertainer" and created["createdUserName"] == "test-access-key-1"
    athlete = ok(api.post(TAGS, json={"name": "Athlete"}))

    page = ok(api.get(TAGS, params={"pageNum": 1}))
    assert [t["name"] for t in page["content"]] == ["Entertainer", "Athlete"]
    assert page["totalCount"] == 2 and page["totalPage"] == 1 and page["pageNo"] == 1 and page["pageSize"] == 10
    assert set(page["content"][0]) == {"id", "name", "updatedUserName", "updatedTime"}

    assert ok(api.delete(f"{TAGS}/{created['id']}")) is None
    assert [t["id"] for t in ok(api.get(TAGS, params={"pageNum": 1}))["content"]] == [athlete["id"]]
    body = error(api.delete(f"{TAGS}/{created['id']}"), 404, "10030")
    assert f"tag_id: no person tag {created['id']}" in body["message"]


def test_paging_and_filters(api: Api) -> None:
    workspace(api)
    ids = [ok(api.post(TAGS, json={"name": f"tag-{i:02d}"}))["id"] for i in range(12)]
    ok(api.post(TAGS, json={"name": "100%_sure"}))
    second = ok(api.get(TAGS, params={"pageNum": 2, "pageSize": 5}))
    assert [t["id"] for t in second["content"]] == ids[5:10]
    assert second["totalCount"] == 13 and second["totalPage"] == 3 and second["pageNo"] == 2
    assert ok(api.get(TAGS, params={"pageNum": 9}))["content"] == []
    assert [t["id"] for t in ok(api.get(TAGS, params={"pageNum": 1, "id": ids[3]}))["content"]] == [ids[3]]
    by_name = ok(api.get(TAGS, params={"pageNum": 1, "name": "TAG-1"}))  # case-insensitive substring
    assert [t["name"] for t in by_name["content"]] == ["tag-10", "tag-11"]
    assert [t["name"] for t in ok(api.get(TAGS, params={"pageNum": 1, "name": "%_"}))["content"]] == ["100%_sure"]
    error(api.get(TAGS, params={"pageNum": 1, "pageSize": 51}), 400, "10001")
    error(api.get(TAGS), 400, "10001")  # pageNum is required


def test_duplicate_name_and_limits(api: Api, emulator: RunningEmulator) -> None:
    workspace(api)
    ok(api.post(TAGS, json={"name": "Actor"}))
    body = error(api.post(TAGS, json={"name": "Actor"}), 409, "10062")
    assert "Actor" in body["message"]
    ok(api.post(TAGS, json={"name": "actor"}))  # names are compared exactly
    error(api.post(TAGS, json={"name": "x" * 31}), 400, "10001")
    error(api.post(TAGS, json={"name": ""}), 400, "10001")
    stamp = now_iso()
    with emulator.state.db.tx() as conn:
        conn.executemany(
            "INSERT INTO person_tags (workspace_name, name, created_user, created_time, updated_user, updated_time)"
            " VALUES (?, ?, 'u', ?, 'u', ?)",
            [(WS_NAME, f"bulk-{i}", stamp, stamp) for i in range(497)],
        )
    ok(api.post(TAGS, json={"name": "the 500th"}))
    error(api.post(TAGS, json={"name": "the 501st"}), 409, "10068")


def test_deleting_a_tag_detaches_it(api: Api) -> None:
    workspace(api)
    tag = ok(api.post(TAGS, json={"name": "Singer"}))
    person = create_person(api, "Hong", seed=1)
    ok(api.post(f"{WS}/persons/{person['id']}/person-tags", json={"tagIds": [tag["id"]]}))
    ok(api.delete(f"{TAGS}/{tag['id']}"))
    assert ok(api.get(f"{WS}/persons/{person['id']}"))["tags"] == []


def test_workspace_errors(api: Api) -> None:
    error(api.post(TAGS, json={"name": "x"}), 404, "10030")
    error(api.get(TAGS, params={"pageNum": 1}), 404, "10030")
    error(api.delete(f"{TAGS}/1"), 404, "10030")
    workspace(api)
    tag = ok(api.post(TAGS, json={"name": "mine"}))
    other = api.as_key(OTHER_ACCESS_KEY, OTHER_SECRET_KEY)
    try:
        error(other.get(TAGS, params={"pageNum": 1}), 401, "10003")
        error(other.delete(f"{TAGS}/{tag['id']}"), 401, "10003")
    finally:
        other.close()
    error(api.delete(f"{TAGS}/not-a-number"), 400, "10001")


def test_ids_outside_sqlite_range_match_nothing(api: Api) -> None:
    workspace(api)
    ok(api.post(TAGS, json={"name": "Entertainer"}))
    huge = "-40607993388778037248"
    assert ok(api.get(TAGS, params={"pageNum": 1, "id": huge}))["content"] == []
    error(api.delete(f"{TAGS}/{huge.lstrip('-')}"), 404, "10030")
