"""Auto-pagination from ``x-pagination``: all pages, lazily, with page_size and start_page, sync and async."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from test_resources_support import OPERATIONS, FakeAPI, example, make_async_client, make_client, ok

from media_intelligence import AsyncPaginator, SyncPaginator
from media_intelligence._pagination import snake_case
from media_intelligence.core import Pagination

PAGED = sorted(op for op, info in OPERATIONS.items() if info.pagination is not None)


def workspace_item(name: str) -> dict[str, Any]:
    return {
        "workspaceName": name,
        "workspaceUrl": f"https://mi.example.com/{name}",
        "createdUserName": "kim",
        "createdTime": "2025-04-23T17:13:48",
        "updatedUserName": "kim",
        "updatedTime": "2025-04-23T17:13:48",
    }


def workspace_pages(total: int, size: int) -> Any:
    """An answer function serving ``total`` workspaces in pages of the requested size."""

    def answer(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params["pageNum"])
        per = int(request.url.params.get("pageSize", size))
        names = [f"ws-{i:03d}" for i in range(total)]
        chunk = names[(page - 1) * per : page * per]
        pages = -(-total // per)
        return httpx.Response(
            200,
            json=ok(
                {
                    "totalCount": total,
                    "totalPage": pages,
                    "pageNo": page,
                    "pageSize": per,
                    "content": [workspace_item(n) for n in chunk],
                }
            ),
        )

    return answer


def test_every_paged_operation_is_known() -> None:
    assert set(PAGED) == {
        "listWorkspaces",
        "listAssets",
        "listPersonTags",
        "listPersons",
        "searchPersons",
        "getSearchResult",
    }


@pytest.mark.parametrize("op_id", PAGED)
def test_pagination_fields_map_to_the_generated_result_model(op_id: str) -> None:
    import attrs

    from media_intelligence_client import models

    client = make_client(FakeAPI())
    pagination = Pagination.of(client, op_id)
    envelope = getattr(models, op_id[0].upper() + op_id[1:] + "Response")
    result_model = type(envelope.from_dict(example(op_id)).result)
    fields = attrs.fields_dict(result_model)
    for field in (pagination.items_field, pagination.total_pages_field, pagination.total_count_field):
        assert field is not None
        assert snake_case(field) in fields, (op_id, field)
    assert pagination.first_page == 1
    assert pagination.default_page_size is not None and pagination.max_page_size is not None


def test_search_persons_is_paged_in_the_body() -> None:
    pagination = Pagination.of(make_client(FakeAPI()), "searchPersons")
    assert pagination.location == "body"
    assert (pagination.default_page_size, pagination.max_page_size) == (10, 50)


def test_list_iterates_over_every_page() -> None:
    api = FakeAPI().on("listWorkspaces", workspace_pages(5, 2))
    paginator = make_client(api).workspaces.list(page_size=2)
    assert isinstance(paginator, SyncPaginator)
    names = [ws.workspace_name for ws in paginator]
    assert names == [f"ws-{i:03d}" for i in range(5)]
    assert [r.url.params["pageNum"] for r in api.requests_of("listWorkspaces")] == ["1", "2", "3"]
    assert {r.url.params["pageSize"] for r in api.requests_of("listWorkspaces")} == {"2"}


def test_iteration_is_lazy() -> None:
    api = FakeAPI().on("listWorkspaces", workspace_pages(5, 2))
    paginator = make_client(api).workspaces.list(page_size=2)
    assert api.calls == []
    items = iter(paginator)
    first = next(items)
    assert first.workspace_name == "ws-000"
    assert len(api.calls) == 1
    next(items)
    next(items)
    assert len(api.calls) == 2


def test_a_list_is_reiterable_from_the_first_page() -> None:
    api = FakeAPI().on("listWorkspaces", workspace_pages(5, 2))
    paginator = make_client(api).workspaces.list(page_size=2)
    names = [ws.workspace_name for ws in paginator]
    assert [ws.workspace_name for ws in paginator] == names == [f"ws-{i:03d}" for i in range(5)]
    assert [r.url.params["pageNum"] for r in api.requests_of("listWorkspaces")] == ["1", "2", "3"] * 2


def test_one_page_on_request() -> None:
    api = FakeAPI().on("listWorkspaces", workspace_pages(7, 3))
    paginator = make_client(api).workspaces.list(page_size=3)
    assert paginator.page(2).page_no == 2
    assert [r.url.params["pageNum"] for r in api.requests_of("listWorkspaces")] == ["2"]


def test_an_unpaged_list_is_the_same_list_object() -> None:
    api = FakeAPI()  # answers the spec's example
    expected = [p["projectId"] for p in example("listProjects")["result"]["projects"]]
    projects = make_client(api).projects.list()
    assert isinstance(projects, SyncPaginator)
    assert api.calls == []
    assert [p.project_id for p in projects] == expected
    assert [p.project_id for p in projects] == expected  # again, from the start
    assert [len(page.projects) for page in projects.pages()] == [len(expected)]
    assert len(api.requests_of("listProjects")) == 3


def test_start_page_and_pages() -> None:
    api = FakeAPI().on("listWorkspaces", workspace_pages(7, 3))
    client = make_client(api)
    assert [w.workspace_name for w in client.workspaces.list(page_size=3, start_page=2)] == [
        "ws-003",
        "ws-004",
        "ws-005",
        "ws-006",
    ]
    pages = list(client.workspaces.list(page_size=3).pages())
    assert [p.page_no for p in pages] == [1, 2, 3]
    assert [len(p.content) for p in pages] == [3, 3, 1]
    with pytest.raises(ValueError):
        client.workspaces.list(start_page=0)
    with pytest.raises(ValueError):
        client.workspaces.list(page_size=0)


def test_empty_list_makes_one_request() -> None:
    api = FakeAPI().on("listWorkspaces", workspace_pages(0, 10))
    assert make_client(api).workspaces.list().to_list() == []
    assert len(api.calls) == 1


def test_without_totals_a_short_page_ends_the_iteration() -> None:
    pages = [
        ok({"content": [{"personId": 1}, {"personId": 2}]}),
        ok({"content": [{"personId": 3}]}),
    ]
    api = FakeAPI().on("listPersons", *pages)
    persons = make_client(api).persons.list(page_size=2).to_list()
    assert [p.person_id for p in persons] == [1, 2, 3]
    assert len(api.calls) == 2


def test_without_totals_an_empty_page_ends_the_iteration() -> None:
    pages = [ok({"content": [{"personId": 1}]}), ok({"content": []})]
    api = FakeAPI().on("listPersons", *pages)
    # no page_size given: the spec's default (1000) is the expected size, so 1 item is a short page
    assert len(make_client(api).persons.list().to_list()) == 1
    assert len(api.calls) == 1


def test_search_persons_pages_through_the_body() -> None:
    pages = [
        ok({"content": [{"personId": 1}, {"personId": 2}], "totalPage": 2, "totalCount": 3}),
        ok({"content": [{"personId": 3}], "totalPage": 2, "totalCount": 3}),
    ]
    api = FakeAPI().on("searchPersons", *pages)
    persons = make_client(api).persons.search(name="Hong", page_size=2).to_list()
    assert [p.person_id for p in persons] == [1, 2, 3]
    assert [api.json_of("searchPersons", i) for i in range(2)] == [
        {"pageNum": 1, "pageSize": 2, "name": "Hong"},
        {"pageNum": 2, "pageSize": 2, "name": "Hong"},
    ]


def result_pages(total: int, size: int) -> Any:
    def answer(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params.get("pageNum", 1))
        per = int(request.url.params.get("pageSize", size))
        ids = list(range(total))[(page - 1) * per : page * per]
        return httpx.Response(
            200,
            json=ok(
                {
                    "searchId": "s1",
                    "status": "COMPLETED",
                    "totalCount": total,
                    "totalPage": -(-total // per),
                    "pageNo": page,
                    "results": [{"assetId": i, "startTimeMs": 0, "endTimeMs": 1000} for i in ids],
                }
            ),
        )

    return answer


def test_search_results_across_pages() -> None:
    api = FakeAPI().on("getSearchResult", result_pages(5, 2))
    hits = make_client(api).search.iter_results("s1", page_size=2).to_list()
    assert [h.asset_id for h in hits] == [0, 1, 2, 3, 4]
    assert [r.url.params["pageNum"] for r in api.requests_of("getSearchResult")] == ["1", "2", "3"]


def test_search_run_reuses_the_waited_first_page() -> None:
    running = ok({"searchId": "s1", "status": "RUNNING"})
    api = FakeAPI().on("searchAssets", ok({"searchId": "s1"}))
    api.on("getSearchResult", running, result_pages(5, 2))
    results = make_client(api).search.run(text="dog", project_ids=[1], page_size=2)
    assert results.search_id == "s1"
    assert results.total_count == 5
    assert [h.asset_id for h in results] == [0, 1, 2, 3, 4]
    pages = [r.url.params.get("pageNum") for r in api.requests_of("getSearchResult")]
    assert pages == ["1", "1", "2", "3"]  # two polls of page 1, then pages 2 and 3


# --------------------------------------------------------------------------- #
# async


async def test_async_list_iterates_over_every_page() -> None:
    api = FakeAPI().on("listWorkspaces", workspace_pages(5, 2))
    paginator = make_async_client(api).workspaces.list(page_size=2)
    assert isinstance(paginator, AsyncPaginator)
    names = [ws.workspace_name async for ws in paginator]
    assert names == [f"ws-{i:03d}" for i in range(5)]
    assert len(api.calls) == 3


async def test_async_lazy_start_page_and_pages() -> None:
    api = FakeAPI().on("listWorkspaces", workspace_pages(7, 3))
    client = make_async_client(api)
    paginator = client.workspaces.list(page_size=3, start_page=3)
    assert api.calls == []
    first = await paginator.__aiter__().__anext__()
    assert first.workspace_name == "ws-006"
    assert len(api.calls) == 1
    pages = [page async for page in client.workspaces.list(page_size=3).pages()]
    assert [p.page_no for p in pages] == [1, 2, 3]


async def test_async_search_persons_and_results() -> None:
    pages = [
        ok({"content": [{"personId": 1}], "totalPage": 2}),
        ok({"content": [{"personId": 2}], "totalPage": 2}),
    ]
    api = FakeAPI().on("searchPersons", *pages).on("getSearchResult", result_pages(3, 2))
    client = make_async_client(api)
    assert [p.person_id for p in await client.persons.search(page_size=1).to_list()] == [1, 2]
    assert [h.asset_id for h in await client.search.iter_results("s1", page_size=2).to_list()] == [0, 1, 2]


async def test_async_search_run_iterates_lazily() -> None:
    api = FakeAPI().on("searchAssets", ok({"searchId": "s1"})).on("getSearchResult", result_pages(3, 1))
    results = await make_async_client(api).search.run(text="dog", project_ids=[1], page_size=1)
    assert results.total_count == 3
    assert [h.asset_id async for h in results] == [0, 1, 2]
