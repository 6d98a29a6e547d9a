"""The control plane (``/_emulator/api/...``): who may call it, reset, state, request log, fault injection.

The fault tests end with the SDK's own retry code driven against injected
429s, 503s and a dropped connection (its sleeps recorded, not slept).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from media_intelligence import MediaIntelligence
from media_intelligence._auth import NcpSignatureV2Auth
from media_intelligence._retry import RetryPolicy
from media_intelligence.errors import APIConnectionError, RateLimitError
from media_intelligence_emulator import Credential, EmulatorConfig, RunningEmulator, run_in_thread

from .helpers import ACCESS_KEY, OTHER_ACCESS_KEY, OTHER_SECRET_KEY, SECRET_KEY

ADMIN_KEY, ADMIN_SECRET = "test-admin-key", "test-admin-secret"
WORKSPACES = "/api/v1/workspaces"


@pytest.fixture(scope="module")
def server() -> Iterator[RunningEmulator]:
    config = EmulatorConfig(
        port=0,
        credentials=(
            Credential(ACCESS_KEY, SECRET_KEY),
            Credential(OTHER_ACCESS_KEY, OTHER_SECRET_KEY),
            Credential(ADMIN_KEY, ADMIN_SECRET),
        ),
        admin_access_keys=frozenset({ADMIN_KEY}),
    )
    running = run_in_thread(config)
    try:
        yield running
    finally:
        running.stop()


def client(server: RunningEmulator, key: str, secret: str) -> httpx.Client:
    return httpx.Client(base_url=server.base_url, auth=NcpSignatureV2Auth(key, secret), timeout=30)


@pytest.fixture
def admin(server: RunningEmulator) -> Iterator[httpx.Client]:
    with client(server, ADMIN_KEY, ADMIN_SECRET) as http:
        assert http.post("/_emulator/api/reset").json() == {"status": "reset", "scope": "all"}
        http.delete("/_emulator/api/faults")
        http.delete("/_emulator/api/requests")
        yield http


@pytest.fixture
def alice(server: RunningEmulator, admin: httpx.Client) -> Iterator[httpx.Client]:
    with client(server, ACCESS_KEY, SECRET_KEY) as http:
        yield http


@pytest.fixture
def bob(server: RunningEmulator, admin: httpx.Client) -> Iterator[httpx.Client]:
    with client(server, OTHER_ACCESS_KEY, OTHER_SECRET_KEY) as http:
        yield http


def names(http: httpx.Client) -> list[str]:
    response = http.get(WORKSPACES, params={"pageNum": 1})
    assert response.status_code == 200, response.text
    return sorted(w["workspaceName"] for w in response.json()["result"]["content"])


def create(http: httpx.Client, name: str) -> None:
    response = http.post(WORKSPACES, json={"workspaceName": name})
    assert response.status_code == 200, response.text


# -- who may call it -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/_emulator/api/state"),
        ("PUT", "/_emulator/api/state"),
        ("GET", "/_emulator/api/requests"),
        ("DELETE", "/_emulator/api/requests"),
        ("GET", "/_emulator/api/faults"),
        ("POST", "/_emulator/api/faults"),
        ("DELETE", "/_emulator/api/faults"),
        ("GET", "/_emulator/api/jobs"),
        ("PUT", "/_emulator/api/jobs"),
    ],
)
def test_admin_only(server: RunningEmulator, alice: httpx.Client, method: str, path: str) -> None:
    unsigned = httpx.request(method, server.base_url + path)
    assert unsigned.status_code == 401
    assert unsigned.json()["error"]["errorCode"] == "200"
    wrong = client(server, ADMIN_KEY, "not-the-secret").request(method, path)
    assert wrong.status_code == 401
    ordinary = alice.request(method, path, content=b"{}")
    assert ordinary.status_code == 403
    assert ordinary.json()["error"]["errorCode"] == "210"


def test_without_an_admin_key_only_the_scoped_reset_is_open() -> None:
    config = EmulatorConfig(port=0, credentials=(Credential(ACCESS_KEY, SECRET_KEY),))
    with run_in_thread(config) as emu, client(emu, ACCESS_KEY, SECRET_KEY) as http:
        assert http.get("/_emulator/api/faults").status_code == 403
        assert http.post("/_emulator/api/reset").json() == {"status": "reset", "scope": "access key"}


# -- reset -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/_emulator/api/reset", "/_emulator/reset"])
def test_reset_with_an_ordinary_key_empties_only_its_own_data(
    alice: httpx.Client, bob: httpx.Client, admin: httpx.Client, path: str
) -> None:
    create(alice, "alice-1")
    create(alice, "alice-2")
    create(bob, "bob-1")
    answer = alice.post(path)
    assert answer.status_code == 200
    assert answer.json()["status"] == "reset"
    assert names(alice) == []
    assert names(bob) == ["bob-1"]
    create(alice, "alice-1")  # the name is free again

    assert admin.post(path).status_code == 200
    assert names(alice) == [] and names(bob) == []


# -- state snapshot and restore --------------------------------------------------------------------------------


def test_snapshot_and_restore(alice: httpx.Client, admin: httpx.Client) -> None:
    create(alice, "kept")
    snapshot = admin.get("/_emulator/api/state")
    assert snapshot.status_code == 200
    assert snapshot.content.startswith(b"SQLite format 3\x00")
    create(alice, "after-the-snapshot")
    assert names(alice) == ["after-the-snapshot", "kept"]

    restored = admin.put("/_emulator/api/state", content=snapshot.content)
    assert restored.status_code == 200, restored.text
    assert names(alice) == ["kept"]
    # restoring twice gives the same state again
    create(alice, "again")
    assert admin.put("/_emulator/api/state", content=snapshot.content).status_code == 200
    assert names(alice) == ["kept"]


def test_restore_refuses_what_is_not_a_snapshot(alice: httpx.Client, admin: httpx.Client) -> None:
    create(alice, "still-here")
    for body in (b"", b"not a database", b"SQLite format 3\x00" + b"\x00" * 50):
        answer = admin.put("/_emulator/api/state", content=body)
        assert answer.status_code == 400, (body, answer.text)
    assert names(alice) == ["still-here"]


# -- request log -----------------------------------------------------------------------------------------------


def test_the_log_hides_upload_tokens(server: RunningEmulator, admin: httpx.Client) -> None:
    token = "a-presigned-upload-token-0123456789"
    httpx.put(f"{server.base_url}/_emulator/uploads/{token}", content=b"x")
    entries = admin.get("/_emulator/api/requests").json()["requests"]
    assert [e["path"] for e in entries] == ["/_emulator/uploads/****"]
    assert token not in str(entries)


def test_request_log(alice: httpx.Client, admin: httpx.Client) -> None:
    create(alice, "logged")
    alice.get(WORKSPACES + "/logged")
    alice.get(WORKSPACES + "/missing")
    entries = admin.get("/_emulator/api/requests").json()["requests"]
    assert [(e["method"], e["path"], e["operationId"], e["status"]) for e in entries] == [
        ("POST", WORKSPACES, "createWorkspace", 200),
        ("GET", WORKSPACES + "/logged", "getWorkspace", 200),
        ("GET", WORKSPACES + "/missing", "getWorkspace", 404),
    ]
    assert {e["accessKey"] for e in entries} == {ACCESS_KEY}
    assert all(e["durationMs"] >= 0 and "fault" not in e for e in entries)
    assert SECRET_KEY not in str(entries)
    # the control plane's own calls are not logged
    assert len(admin.get("/_emulator/api/requests").json()["requests"]) == 3
    assert [e["path"] for e in admin.get("/_emulator/api/requests", params={"limit": 1}).json()["requests"]] == [
        WORKSPACES + "/missing"
    ]
    assert admin.get("/_emulator/api/requests", params={"limit": "x"}).status_code == 400
    assert admin.delete("/_emulator/api/requests").status_code == 200
    assert admin.get("/_emulator/api/requests").json()["requests"] == []


# -- fault injection -------------------------------------------------------------------------------------------


def add_fault(admin: httpx.Client, **rule: Any) -> dict[str, Any]:
    answer = admin.post("/_emulator/api/faults", json=rule)
    assert answer.status_code == 201, answer.text
    data: dict[str, Any] = answer.json()
    return data


def test_429_with_retry_after_for_the_next_n_matching_requests(alice: httpx.Client, admin: httpx.Client) -> None:
    add_fault(admin, operationId="listWorkspaces", count=2, status=429, retryAfter=7)
    assert [f["remaining"] for f in admin.get("/_emulator/api/faults").json()["faults"]] == [2]
    create(alice, "not-matched")  # another operation: not counted
    for _ in range(2):
        answer = alice.get(WORKSPACES, params={"pageNum": 1})
        assert answer.status_code == 429
        assert answer.headers["retry-after"] == "7"
        assert answer.json()["error"]["errorCode"] == "420"
    assert names(alice) == ["not-matched"]
    assert admin.get("/_emulator/api/faults").json()["faults"] == []
    log = admin.get("/_emulator/api/requests").json()["requests"]
    assert [e["status"] for e in log] == [200, 429, 429, 200]
    assert [("fault" in e) for e in log] == [False, True, True, False]


@pytest.mark.parametrize(("status", "error_code"), [(503, "500"), (504, "510"), (500, "900")])
def test_a_given_5xx_by_method_and_path_glob(
    alice: httpx.Client, admin: httpx.Client, status: int, error_code: str
) -> None:
    create(alice, "ws-main")
    add_fault(admin, method="GET", path=WORKSPACES + "/*", status=status)
    assert alice.get(WORKSPACES, params={"pageNum": 1}).status_code == 200  # the glob does not match
    answer = alice.get(WORKSPACES + "/ws-main")
    assert answer.status_code == status
    assert answer.json()["error"]["errorCode"] == error_code
    assert alice.get(WORKSPACES + "/ws-main").status_code == 200


def test_delay(alice: httpx.Client, admin: httpx.Client) -> None:
    add_fault(admin, action="delay", delay=0.3, operationId="listWorkspaces")
    assert names(alice) == []
    (entry,) = admin.get("/_emulator/api/requests").json()["requests"]
    assert entry["fault"]["action"] == "delay"
    assert entry["status"] == 200
    assert entry["durationMs"] >= 300  # it slept at least that long (a lower bound, not a timing)


def test_drop_closes_the_connection_after_reading_the_request(alice: httpx.Client, admin: httpx.Client) -> None:
    add_fault(admin, action="drop", operationId="createWorkspace")
    with pytest.raises(httpx.TransportError):
        alice.post(WORKSPACES, json={"workspaceName": "never-created"})
    assert names(alice) == []  # the request was read, not run
    create(alice, "created")  # the next one goes through
    assert names(alice) == ["created"]


@pytest.mark.parametrize(
    "rule",
    [
        {"action": "explode"},
        {"count": 0},
        {"count": "2"},
        {"status": 404},
        {"status": 200},
        {"retryAfter": -1},
        {"action": "delay", "delay": -1},
        {"action": "delay", "delay": 1e9},
        {"method": 5},
        [],
    ],
)
def test_rules_that_cannot_apply_are_400(admin: httpx.Client, rule: Any) -> None:
    answer = admin.post("/_emulator/api/faults", json=rule)
    assert answer.status_code == 400
    assert admin.get("/_emulator/api/faults").json()["faults"] == []


def test_faults_can_be_cleared(alice: httpx.Client, admin: httpx.Client) -> None:
    add_fault(admin, count=100)
    assert admin.delete("/_emulator/api/faults").status_code == 200
    assert names(alice) == []


# -- holding background jobs ---------------------------------------------------------------------------------


def test_held_jobs_keep_a_search_running_until_released(alice: httpx.Client, admin: httpx.Client) -> None:
    create(alice, "ws-jobs")
    ws = f"{WORKSPACES}/ws-jobs"
    project = alice.post(f"{ws}/projects", json={"name": "clips"}).json()["result"]["projectId"]
    assert admin.put("/_emulator/api/jobs", json={"held": True}).json() == {"held": True, "pending": 0}
    try:
        body = {"query": {"textQuery": "dog"}, "filter": {"projectIds": [project]}}
        search_id = alice.post(f"{ws}/assets/search", json=body).json()["result"]["searchId"]
        assert admin.put("/_emulator/api/jobs", json={"held": True}).json() == {"held": True, "pending": 1}
        assert alice.post("/_emulator/jobs/wait", params={"timeout": 0}).status_code == 408
        assert alice.get(f"{ws}/assets/search/{search_id}").json()["result"]["status"] == "RUNNING"
    finally:
        released = admin.put("/_emulator/api/jobs", json={"held": False})
    assert released.json()["held"] is False
    assert alice.post("/_emulator/jobs/wait", params={"timeout": 30}).json() == {"idle": True}
    assert alice.get(f"{ws}/assets/search/{search_id}").json()["result"]["status"] == "COMPLETED"
    assert admin.get("/_emulator/api/jobs").json() == {"held": False, "pending": 0}


@pytest.mark.parametrize("body", [b"not json", b"{}", b'{"held": "yes"}', b"[true]"])
def test_the_jobs_switch_takes_a_boolean(admin: httpx.Client, body: bytes) -> None:
    answer = admin.put("/_emulator/api/jobs", content=body)
    assert answer.status_code == 400
    assert admin.get("/_emulator/api/jobs").json()["held"] is False


# -- the SDK's retry code against injected faults --------------------------------------------------------------


class Sleeps(list[float]):
    def __call__(self, seconds: float) -> None:
        self.append(seconds)


def sdk(server: RunningEmulator, sleeps: Sleeps, max_retries: int = 3) -> MediaIntelligence:
    policy = RetryPolicy(max_retries=max_retries, sleep=sleeps, jitter=0.0)
    return MediaIntelligence(
        access_key=ACCESS_KEY, secret_key=SECRET_KEY, base_url=server.base_url, retry_policy=policy, workspace="ws-main"
    )


def statuses(admin: httpx.Client, operation_id: str) -> list[int | None]:
    log = admin.get("/_emulator/api/requests").json()["requests"]
    return [e["status"] for e in log if e["operationId"] == operation_id]


def test_sdk_retries_429_honouring_retry_after(
    server: RunningEmulator, alice: httpx.Client, admin: httpx.Client
) -> None:
    create(alice, "ws-main")
    add_fault(admin, operationId="getWorkspace", count=2, status=429, retryAfter=3)
    sleeps = Sleeps()
    with sdk(server, sleeps) as mi:
        assert mi.workspaces.get("ws-main").workspace_name == "ws-main"
    assert sleeps == [3, 3]
    assert statuses(admin, "getWorkspace") == [429, 429, 200]


def test_sdk_gives_up_after_max_retries(server: RunningEmulator, alice: httpx.Client, admin: httpx.Client) -> None:
    create(alice, "ws-main")
    add_fault(admin, operationId="getWorkspace", count=5, status=429, retryAfter=1)
    sleeps = Sleeps()
    with sdk(server, sleeps, max_retries=2) as mi, pytest.raises(RateLimitError):
        mi.workspaces.get("ws-main")
    assert statuses(admin, "getWorkspace") == [429, 429, 429]


def test_sdk_retries_503_with_backoff(server: RunningEmulator, alice: httpx.Client, admin: httpx.Client) -> None:
    create(alice, "ws-main")
    add_fault(admin, operationId="getWorkspace", count=2, status=503, retryAfter=None)
    sleeps = Sleeps()
    with sdk(server, sleeps) as mi:
        assert mi.workspaces.get("ws-main").workspace_name == "ws-main"
    assert sleeps == [0.5, 1.0]  # the policy's exponential backoff (no Retry-After given)
    assert statuses(admin, "getWorkspace") == [503, 503, 200]


def test_sdk_retries_a_dropped_connection_of_a_retry_safe_request(
    server: RunningEmulator, alice: httpx.Client, admin: httpx.Client
) -> None:
    create(alice, "ws-main")
    add_fault(admin, action="drop", operationId="getWorkspace")
    sleeps = Sleeps()
    with sdk(server, sleeps) as mi:
        assert mi.workspaces.get("ws-main").workspace_name == "ws-main"
    assert len(sleeps) == 1
    assert statuses(admin, "getWorkspace") == [None, 200]  # the dropped one has no status


def test_sdk_does_not_resend_a_dropped_post(server: RunningEmulator, alice: httpx.Client, admin: httpx.Client) -> None:
    # the request reached the server: sending a create again could create twice, so the SDK raises instead
    add_fault(admin, action="drop", operationId="createWorkspace")
    sleeps = Sleeps()
    with sdk(server, sleeps) as mi, pytest.raises(APIConnectionError):
        mi.workspaces.create("once")
    assert sleeps == []
    assert statuses(admin, "createWorkspace") == [None]
