"""Waiters: terminal states from the spec, growing capped delays, progress, failure, timeout, cancellation."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from test_resources_support import (
    OPERATIONS,
    SPEC,
    FakeAPI,
    FakeClock,
    example,
    make_async_client,
    make_client,
    ok,
    resolve_attr,
)

from media_intelligence import (
    AssetImportFailedError,
    IndexFailedError,
    SceneSummaryFailedError,
    SearchFailedError,
    WaiterError,
    WaiterFailedError,
    WaiterProgress,
    WaiterTimeoutError,
)
from media_intelligence.core import WAITERS, terminal_states

P, A = 12, 5


def index_status(status: str, message: str | None = None) -> dict[str, Any]:
    result: dict[str, Any] = {"status": status}
    if message is not None:
        result["analyzeStatusMessage"] = message
    return ok(result)


def import_status(status: str, result: str = "") -> dict[str, Any]:
    return ok({"assetId": A, "uploadStatus": status, "uploadResult": result})


def search_status(status: str) -> dict[str, Any]:
    if status == "COMPLETED":
        return ok({"searchId": "s1", "status": status, "totalCount": 0, "totalPage": 0, "results": []})
    return ok({"searchId": "s1", "status": status})


# --------------------------------------------------------------------------- #
# terminal states come from the spec


@pytest.mark.parametrize("key", sorted(WAITERS))
def test_every_waiter_reads_its_terminal_states_from_the_spec(key: str) -> None:
    config = WAITERS[key]
    client = make_client(FakeAPI())
    states = terminal_states(client, config.operation_id)
    enum_names = [name for name, schema in SPEC["components"]["schemas"].items() if "x-terminal-states" in schema]
    spec_sets = [SPEC["components"]["schemas"][name]["x-terminal-states"] for name in enum_names]
    assert {"success": sorted(states.success), "failure": sorted(states.failure)} in [
        {"success": sorted(s["success"]), "failure": sorted(s["failure"])} for s in spec_sets
    ]
    assert states.success and states.failure
    assert not states.success & states.failure


def test_index_terminal_states() -> None:
    states = terminal_states(make_client(FakeAPI()), "getIndexStatus")
    assert states.field == "status"
    assert states.success == {"ANALYZE_COMPLETED"}
    assert states.failure == {"ANALYZE_FAIL", "ANALYZE_CANCEL"}
    import_states = terminal_states(make_client(FakeAPI()), "getAssetImportStatus")
    assert import_states.field == "uploadStatus"
    assert import_states.failure == {"FAILED", "FILE_NOT_EXIST", "INVALID_METADATA"}


def test_waiters_are_objects_with_documented_limits() -> None:
    client = make_client(FakeAPI())
    waiter = client.indexes.get_waiter("done")
    assert (waiter.name, waiter.delay, waiter.max_delay, waiter.timeout, waiter.max_attempts) == (
        "done",
        2.0,
        30.0,
        3600.0,
        None,
    )
    assert waiter.success_states == {"ANALYZE_COMPLETED"}
    assert "getIndexStatus" in repr(waiter)
    assert client.assets.get_waiter().config.operation_id == "getAssetImportStatus"
    assert client.indexes.legacy.get_waiter().config.operation_id == "getAnalysisStatus"
    assert client.scene_summaries.get_waiter().config.operation_id == "getSceneSummaryStatus"
    assert client.search.get_waiter().config.operation_id == "getSearchResult"
    with pytest.raises(ValueError, match="available: imported"):
        client.assets.get_waiter("bogus")  # type: ignore[arg-type]


# --------------------------------------------------------------------------- #
# sync


def test_wait_polls_with_growing_capped_delays_and_reports_progress() -> None:
    statuses = ["WAIT_ANALYZE"] + ["ANALYZING"] * 6 + ["ANALYZE_COMPLETED"]
    api = FakeAPI().on("getIndexStatus", *[index_status(s) for s in statuses])
    clock = FakeClock()
    client = make_client(api, clock)
    seen: list[WaiterProgress] = []
    result = client.indexes.wait_until_done(A, project_id=P, poll_interval=1.0, on_progress=seen.append)
    assert result.status.value == "ANALYZE_COMPLETED"
    assert api.ops == ["getIndexStatus"] * 8
    assert clock.sleeps == [1.0, 1.5, 2.25, 3.375, 5.0625, 7.59375, 11.390625]
    assert [p.status for p in seen] == statuses
    assert [p.attempt for p in seen] == list(range(1, 9))
    assert seen[-1].done and seen[-1].next_delay is None
    assert not seen[0].done and seen[0].next_delay == 1.0
    assert seen[-1].elapsed == pytest.approx(sum(clock.sleeps))


def test_delays_are_capped_at_max_delay() -> None:
    api = FakeAPI().on("getAssetImportStatus", *([import_status("IN_PROGRESS")] * 10), import_status("COMPLETED"))
    clock = FakeClock()
    make_client(api, clock).assets.wait_until_imported(A, project_id=P)
    assert max(clock.sleeps) == 10.0  # the documented max_delay of "imported"
    assert clock.sleeps[0] == 1.0


def test_failure_state_raises_the_typed_error_with_the_last_status() -> None:
    api = FakeAPI().on("getIndexStatus", index_status("ANALYZING"), index_status("ANALYZE_FAIL", "engine exploded"))
    with pytest.raises(IndexFailedError) as info:
        make_client(api).indexes.wait_until_done(A, project_id=P)
    error = info.value
    assert isinstance(error, WaiterFailedError) and isinstance(error, WaiterError)
    assert error.status == "ANALYZE_FAIL"
    assert error.last_result.status.value == "ANALYZE_FAIL"
    assert "engine exploded" in str(error)


def test_cancelled_analysis_is_a_failure_too() -> None:
    api = FakeAPI().on("getIndexStatus", index_status("ANALYZE_CANCEL"))
    with pytest.raises(IndexFailedError, match="ANALYZE_CANCEL"):
        make_client(api).indexes.wait_until_done(A, project_id=P)


@pytest.mark.parametrize("status", ["FAILED", "FILE_NOT_EXIST", "INVALID_METADATA"])
def test_import_failures(status: str) -> None:
    api = FakeAPI().on("getAssetImportStatus", import_status(status, "unsupported resolution"))
    with pytest.raises(AssetImportFailedError) as info:
        make_client(api).assets.wait_until_imported(A, project_id=P)
    assert info.value.status == status
    assert "unsupported resolution" in str(info.value)


def test_scene_summary_and_search_failures() -> None:
    api = FakeAPI().on("getSceneSummaryStatus", ok({"status": "SUMMARIZE_FAIL"}))
    with pytest.raises(SceneSummaryFailedError):
        make_client(api).scene_summaries.wait_until_done(A, project_id=P)
    api = FakeAPI().on("getSearchResult", search_status("RUNNING"), search_status("FAILED"))
    with pytest.raises(SearchFailedError):
        make_client(api).search.wait("s1")


def test_timeout_raises_waiter_timeout_error() -> None:
    api = FakeAPI().on("getIndexStatus", index_status("ANALYZING"))
    clock = FakeClock()
    with pytest.raises(WaiterTimeoutError) as info:
        make_client(api, clock).indexes.wait_until_done(A, project_id=P, timeout=10.0, poll_interval=2.0)
    error = info.value
    assert isinstance(error, TimeoutError) and isinstance(error, WaiterError)
    assert error.timeout == 10.0
    assert error.attempts == len(api.calls)
    assert error.last_result.status.value == "ANALYZING"
    assert sum(clock.sleeps) == pytest.approx(10.0)  # the last sleep is shortened to the deadline
    assert clock.sleeps == [2.0, 3.0, 4.5, 0.5]


def test_max_attempts_limits_the_polls() -> None:
    api = FakeAPI().on("getIndexStatus", index_status("ANALYZING"))
    with pytest.raises(WaiterTimeoutError) as info:
        make_client(api).indexes.get_waiter().wait(A, project_id=P, max_attempts=3)
    assert info.value.attempts == 3
    assert len(api.calls) == 3


def test_zero_timeout_polls_once() -> None:
    api = FakeAPI().on("getIndexStatus", index_status("ANALYZING"))
    with pytest.raises(WaiterTimeoutError):
        make_client(api).indexes.wait_until_done(A, project_id=P, timeout=0)
    assert len(api.calls) == 1


def test_api_errors_while_polling_propagate() -> None:
    from media_intelligence import NotFoundError

    api = FakeAPI().on("getIndexStatus", httpx.Response(404, json={"code": "10024", "message": "no asset"}))
    with pytest.raises(NotFoundError):
        make_client(api).indexes.wait_until_done(A, project_id=P)


def test_waiter_passes_arguments_to_the_status_call() -> None:
    api = FakeAPI().on("getAssetImportStatus", import_status("COMPLETED"))
    make_client(api).assets.get_waiter("imported").wait(77, project_id=3, workspace="other-ws")
    assert api.calls[0][1].url.path == "/api/v1/workspaces/other-ws/projects/3/assets/77/import-status"


#: ``waiter key: (positional, keyword arguments of its status call)``.
STATUS_ARGS: dict[str, tuple[tuple[Any, ...], dict[str, Any]]] = {
    "assets.imported": ((A,), {"project_id": P}),
    "indexes.done": ((A,), {"project_id": P}),
    "indexes.legacy.done": ((A,), {"project_id": P}),
    "scene_summaries.done": ((A,), {"project_id": P}),
    "search.completed": (("s1",), {"page_size": 20}),
    "search.image_uploaded": ((), {"asset_key": "query/q.jpg"}),
    "persons.thumbnail_uploaded": ((), {"thumbnail_key": "thumb/face.png"}),
}


def _status_answers(operation_id: str) -> list[dict[str, Any]]:
    """The operation's example, first in a running state when it has one, then in its success state."""
    status = OPERATIONS[operation_id].status
    assert status is not None
    answers = []
    for value in (*sorted(status.states.running)[:1], *sorted(status.states.success)[:1]):
        body = example(operation_id)
        body["result"][status.field] = value
        answers.append(body)
    return answers


@pytest.mark.filterwarnings("ignore:LegacyIndexes calls:DeprecationWarning")
@pytest.mark.parametrize("key", sorted(WAITERS))
@pytest.mark.parametrize(("timeout", "phase"), [(2.0, 2.0), (30.0, 5.0)], ids=["short", "long"])
def test_every_waiter_sends_every_poll_with_the_options(key: str, timeout: float, phase: float) -> None:
    config = WAITERS[key]
    answers = _status_answers(config.operation_id)
    api = FakeAPI().on(config.operation_id, *answers)
    namespace, _, name = key.rpartition(".")
    waiter = resolve_attr(make_client(api), namespace).get_waiter(name)
    args, kwargs = STATUS_ARGS[key]
    result = waiter.wait(*args, **kwargs, timeout=timeout, extra_headers={"X-Trace": "w1"}, extra_query={"t": "1"})
    assert waiter.states.status_of(result) in waiter.success_states
    polls = api.requests_of(config.operation_id)
    assert len(polls) == len(answers)
    for request in polls:
        assert request.headers["X-Trace"] == "w1" and request.url.params["t"] == "1"
        # every phase capped at the wait's timeout, never stretched past the client's own (httpx's 5 s here)
        assert set(request.extensions["timeout"].values()) == {phase}


def test_search_wait_returns_the_first_page() -> None:
    completed = ok(
        {"searchId": "s1", "status": "COMPLETED", "totalCount": 1, "totalPage": 1, "results": [{"assetId": 9}]}
    )
    api = FakeAPI().on("getSearchResult", search_status("RUNNING"), completed)
    result = make_client(api).search.wait("s1", page_size=30)
    assert result.results[0].asset_id == 9  # type: ignore[index]
    assert api.calls[-1][1].url.params["pageSize"] == "30"


# --------------------------------------------------------------------------- #
# async


async def test_async_wait_success_progress_and_delays() -> None:
    statuses = ["ANALYZING", "ANALYZING", "ANALYZE_COMPLETED"]
    api = FakeAPI().on("getIndexStatus", *[index_status(s) for s in statuses])
    clock = FakeClock()
    seen: list[str] = []
    client = make_async_client(api, clock)
    result = await client.indexes.wait_until_done(A, project_id=P, on_progress=lambda p: seen.append(p.status))
    assert result.status.value == "ANALYZE_COMPLETED"
    assert seen == statuses
    assert clock.sleeps == [2.0, 3.0]


async def test_async_failure_and_timeout() -> None:
    api = FakeAPI().on("getAssetImportStatus", import_status("FILE_NOT_EXIST"))
    with pytest.raises(AssetImportFailedError):
        await make_async_client(api).assets.wait_until_imported(A, project_id=P)
    api = FakeAPI().on("getSceneSummaryStatus", ok({"status": "SUMMARIZING"}))
    clock = FakeClock()
    with pytest.raises(WaiterTimeoutError):
        await make_async_client(api, clock).scene_summaries.wait_until_done(A, project_id=P, timeout=7)
    assert sum(clock.sleeps) == pytest.approx(7)


async def test_async_wait_is_cancelled_with_its_task() -> None:
    polled = asyncio.Event()

    def answer(request: httpx.Request) -> httpx.Response:
        polled.set()
        return httpx.Response(200, json=index_status("ANALYZING"))

    api = FakeAPI().on("getIndexStatus", answer)
    client = make_async_client(api)
    client._waiter_sleep = asyncio.sleep  # real sleeping: the task is parked in it when cancelled
    task = asyncio.create_task(client.indexes.wait_until_done(A, project_id=P, poll_interval=30))
    await asyncio.wait_for(polled.wait(), 5)
    await asyncio.sleep(0.01)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    polls = len(api.calls)
    await asyncio.sleep(0.05)
    assert len(api.calls) == polls == 1


async def test_async_wait_for_timeout_cancels_the_wait() -> None:
    api = FakeAPI().on("getSearchResult", search_status("RUNNING"))
    client = make_async_client(api)
    client._waiter_sleep = asyncio.sleep
    with pytest.raises(TimeoutError):
        await asyncio.wait_for(client.search.wait("s1", poll_interval=0.01), 0.1)
    polls = len(api.calls)
    assert polls >= 2
    await asyncio.sleep(0.05)
    assert len(api.calls) == polls


async def test_async_progress_callback_may_be_a_coroutine() -> None:
    api = FakeAPI().on("getIndexStatus", index_status("ANALYZING"), index_status("ANALYZE_COMPLETED"))
    seen: list[str] = []

    async def report(progress: WaiterProgress) -> None:
        await asyncio.sleep(0)
        seen.append(progress.status)

    await make_async_client(api).indexes.wait_until_done(A, project_id=P, on_progress=report)
    assert seen == ["ANALYZING", "ANALYZE_COMPLETED"]
