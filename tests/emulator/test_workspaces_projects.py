"""Workspaces and projects: ownership, base project, names, limits, not-found codes, paging."""

from __future__ import annotations

import pytest

from media_intelligence_emulator import RunningEmulator
from media_intelligence_emulator._db import now_iso

from .conftest import LOCAL_BUCKET
from .helpers import OTHER_ACCESS_KEY, OTHER_SECRET_KEY, Api, error, ok

WS = "/api/v1/workspaces"


def make_workspace(api: Api, name: str = "my-workspace", **extra: str) -> dict:
    return ok(api.post(WS, json={"workspaceName": name, **extra}))


def base_project(api: Api, ws: str) -> dict:
    projects = ok(api.get(f"{WS}/{ws}/projects"))["projects"]
    return next(p for p in projects if p["isBaseProject"])


def test_create_get_list_delete_workspace(api: Api) -> None:
    created = make_workspace(api, bucketName=LOCAL_BUCKET)
    assert created["workspaceName"] == "my-workspace"
    assert created["createdTime"] and created["createdUserName"]
    got = ok(api.get(f"{WS}/my-workspace"))
    assert got["bucketName"] == LOCAL_BUCKET
    assert got["workspaceUrl"].endswith("/api/v1/workspaces/my-workspace")
    assert got["monthlyAnalysisCount"] == 0
    listed = ok(api.get(WS, params={"pageNum": 1}))
    assert listed["totalCount"] == 1 and listed["content"][0]["workspaceName"] == "my-workspace"
    assert ok(api.delete(f"{WS}/my-workspace")) == {"workspaceName": "my-workspace"}
    error(api.get(f"{WS}/my-workspace"), 404, "10030")
    error(api.delete(f"{WS}/my-workspace"), 404, "10030")


def test_duplicate_workspace_name_20012(api: Api) -> None:
    make_workspace(api)
    error(api.post(WS, json={"workspaceName": "my-workspace"}), 409, "20012")
    # names are unique across access keys too
    other = api.as_key(OTHER_ACCESS_KEY, OTHER_SECRET_KEY)
    error(other.post(WS, json={"workspaceName": "my-workspace"}), 409, "20012")


def test_bucket_is_linked_as_given(api: Api) -> None:
    # the bucket may not exist yet; importAssets is where an unreadable bucket gives 10041
    make_workspace(api, "abc", bucketName="created-later")
    assert ok(api.get(f"{WS}/abc"))["bucketName"] == "created-later"


def test_workspace_belongs_to_its_access_key(api: Api) -> None:
    make_workspace(api)
    ok(api.post(f"{WS}/my-workspace/projects", json={"name": "p1"}))
    other = api.as_key(OTHER_ACCESS_KEY, OTHER_SECRET_KEY)
    for method, path, kwargs in [
        ("GET", f"{WS}/my-workspace", {}),
        ("DELETE", f"{WS}/my-workspace", {}),
        ("GET", f"{WS}/my-workspace/projects", {}),
        ("POST", f"{WS}/my-workspace/projects", {"json": {"name": "intruder"}}),
        ("GET", f"{WS}/my-workspace/projects/1", {}),
    ]:
        error(other.request(method, path, **kwargs), 401, "10003")
    assert ok(other.get(WS, params={"pageNum": 1}))["totalCount"] == 0
    assert ok(api.get(WS, params={"pageNum": 1}))["totalCount"] == 1


def test_workspace_paging(api: Api) -> None:
    for i in range(5):
        make_workspace(api, f"ws-{i}")
    page = ok(api.get(WS, params={"pageNum": 2, "pageSize": 2}))
    assert [w["workspaceName"] for w in page["content"]] == ["ws-2", "ws-3"]
    assert (page["totalCount"], page["totalPage"], page["pageNo"], page["pageSize"]) == (5, 3, 2, 2)
    assert ok(api.get(WS, params={"pageNum": 4, "pageSize": 2}))["content"] == []
    default = ok(api.get(WS, params={"pageNum": 1}))
    assert default["pageSize"] == 1000 and len(default["content"]) == 5


def test_every_workspace_has_a_base_project(api: Api) -> None:
    make_workspace(api)
    listed = ok(api.get(f"{WS}/my-workspace/projects"))
    assert listed["totalCount"] == 1
    base = listed["projects"][0]
    assert base["isBaseProject"] is True
    pid = base["projectId"]
    error(api.patch(f"{WS}/my-workspace/projects/{pid}", json={"name": "renamed"}), 400, "10027")
    error(api.delete(f"{WS}/my-workspace/projects/{pid}"), 400, "10033")
    assert ok(api.get(f"{WS}/my-workspace/projects/{pid}"))["isBaseProject"] is True


def test_project_lifecycle(api: Api) -> None:
    make_workspace(api)
    created = ok(api.post(f"{WS}/my-workspace/projects", json={"name": "news-2026"}))
    pid = created["projectId"]
    assert created["isBaseProject"] is False and created["name"] == "news-2026"
    assert ok(api.get(f"{WS}/my-workspace/projects/{pid}")) == created
    renamed = ok(api.patch(f"{WS}/my-workspace/projects/{pid}", json={"name": "news-archive"}))
    assert renamed["name"] == "news-archive" and renamed["projectId"] == pid
    # renaming to its own name is fine
    ok(api.patch(f"{WS}/my-workspace/projects/{pid}", json={"name": "news-archive"}))
    assert ok(api.delete(f"{WS}/my-workspace/projects/{pid}")) is None
    error(api.get(f"{WS}/my-workspace/projects/{pid}"), 404, "10025")
    error(api.patch(f"{WS}/my-workspace/projects/{pid}", json={"name": "x"}), 404, "10025")
    error(api.delete(f"{WS}/my-workspace/projects/{pid}"), 404, "10025")


def test_project_names(api: Api) -> None:
    make_workspace(api)
    ok(api.post(f"{WS}/my-workspace/projects", json={"name": "a"}))
    b = ok(api.post(f"{WS}/my-workspace/projects", json={"name": "b"}))
    error(api.post(f"{WS}/my-workspace/projects", json={"name": "a"}), 409, "10026")
    error(api.post(f"{WS}/my-workspace/projects", json={"name": "Base project"}), 409, "10026")
    error(api.patch(f"{WS}/my-workspace/projects/{b['projectId']}", json={"name": "a"}), 409, "10026")
    error(api.post(f"{WS}/my-workspace/projects", json={"name": "x" * 101}), 409, "10049")
    error(api.patch(f"{WS}/my-workspace/projects/{b['projectId']}", json={"name": "x" * 101}), 409, "10049")
    ok(api.post(f"{WS}/my-workspace/projects", json={"name": "x" * 100}))
    for bad in ("a;b", "a|b", "a`b", ""):
        body = error(api.post(f"{WS}/my-workspace/projects", json={"name": bad}), 400, "10001")
        assert "name" in body["message"]
    # the same name in another workspace is fine
    make_workspace(api, "other-ws")
    ok(api.post(f"{WS}/other-ws/projects", json={"name": "a"}))


def test_project_not_found_codes(api: Api) -> None:
    error(api.get(f"{WS}/no-such-ws/projects"), 404, "10030")
    error(api.post(f"{WS}/no-such-ws/projects", json={"name": "p"}), 404, "10030")
    make_workspace(api)
    make_workspace(api, "other-ws")
    other_pid = base_project(api, "other-ws")["projectId"]
    # a project of another workspace is not found here
    error(api.get(f"{WS}/my-workspace/projects/{other_pid}"), 404, "10025")
    error(api.get(f"{WS}/my-workspace/projects/99999999999999999999"), 400, "10001")  # 20 digits: pattern
    error(api.get(f"{WS}/my-workspace/projects/9999999999999999999"), 404, "10025")


def test_1000_projects_per_workspace(api: Api, emulator: RunningEmulator) -> None:
    make_workspace(api)
    # fill up to the limit directly in the db (fast), then hit the limit through the API
    with emulator.state.db.tx() as conn:
        conn.executemany(
            "INSERT INTO projects (workspace_name, name, is_base, created_user, created_time, updated_user,"
            " updated_time) VALUES ('my-workspace', ?, 0, 'u', ?, 'u', ?)",
            [(f"bulk-{i}", now_iso(), now_iso()) for i in range(998)],
        )
    ok(api.post(f"{WS}/my-workspace/projects", json={"name": "the-1000th"}))
    error(api.post(f"{WS}/my-workspace/projects", json={"name": "the-1001st"}), 409, "10045")
    assert ok(api.get(f"{WS}/my-workspace/projects"))["totalCount"] == 1000


@pytest.mark.parametrize("name", ["abc", "a" * 63, "my-ws-1"])
def test_valid_workspace_names(api: Api, name: str) -> None:
    assert make_workspace(api, name)["workspaceName"] == name


@pytest.mark.parametrize("name", ["ab", "a" * 64, "My-Ws", "my_ws", "my ws"])
def test_invalid_workspace_names(api: Api, name: str) -> None:
    body = error(api.post(WS, json={"workspaceName": name}), 400, "10001")
    assert "workspaceName" in body["message"]
