"""``client.with_raw_response``: the generated views offer every method, and only single requests change.

The views are written by ``make generate`` (``_raw_responses.py``) from the
async client and resource classes; these tests hold them to the namespaces
as they are at run time.
"""

from __future__ import annotations

import inspect
from typing import Any

import httpx
import pytest
from test_resources_support import FakeAPI, FakeClock, example, make_async_client, make_client, ok

from media_intelligence import APIResponse

NAMESPACES = ("workspaces", "projects", "assets", "indexes", "scene_summaries", "person_tags", "persons", "search")


def _public(obj: Any) -> set[str]:
    return {name for name in dir(type(obj)) if not name.startswith("_")}


@pytest.mark.parametrize("make", [make_client, make_async_client], ids=["sync", "async"])
def test_every_method_of_every_namespace_has_its_raw_view(make: Any) -> None:
    client = make(FakeAPI())
    views = client.with_raw_response
    pairs = [(getattr(client, ns), getattr(views, ns)) for ns in NAMESPACES]
    pairs.append((client.indexes.legacy, views.indexes.legacy))
    for resource, view in pairs:
        missing = _public(resource) - set(vars(view))
        assert not missing, f"{type(resource).__name__}: {sorted(missing)}"


def test_single_requests_answer_with_their_response() -> None:
    api = FakeAPI().on("getAnalysisStatus", httpx.Response(200, json=example("getAnalysisStatus")))
    client = make_client(api)
    with pytest.warns(DeprecationWarning, match="getAnalysisStatus"):  # the legacy API says so, once per client
        answer = client.with_raw_response.indexes.legacy.analysis_status(5, project_id=12)
    assert isinstance(answer, APIResponse)
    assert answer.parsed == client.indexes.legacy.analysis_status(5, project_id=12)


def test_waiters_return_what_they_return_otherwise() -> None:
    api = FakeAPI().on("getIndexStatus", ok({"status": "ANALYZING"}), ok({"status": "ANALYZE_COMPLETED"}))
    client = make_client(api, FakeClock())
    status = client.with_raw_response.indexes.wait_until_done(5, project_id=12)
    assert not isinstance(status, APIResponse)
    assert status.status.value == "ANALYZE_COMPLETED"
    assert api.ops == ["getIndexStatus", "getIndexStatus"]


async def test_async_views_await_like_the_methods() -> None:
    client = make_async_client(FakeAPI())
    view = client.with_raw_response.projects
    assert inspect.iscoroutinefunction(view.get)
    answer = await view.get(12)
    assert isinstance(answer, APIResponse) and answer.status_code == 200
    assert [p.project_id async for p in view.list()] == [p.project_id async for p in client.projects.list()]
