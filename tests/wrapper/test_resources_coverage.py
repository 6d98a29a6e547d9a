"""Every operation of the spec is reachable from a wrapper method, in the sync and the async client.

Two checks: the operation ids the methods declare (``@operations``) cover
the spec exactly; and a call table calls one method per operation over
``httpx.MockTransport`` and asserts the request is that operation, the
response parses into the generated model, and the twins agree.
"""

from __future__ import annotations

import inspect
import warnings
from typing import Any

import pytest
from test_resources_support import OPERATIONS, WS, FakeAPI, make_async_client, make_client, resolve_attr

from media_intelligence import AsyncMediaIntelligence, MediaIntelligence
from media_intelligence.resources import _base
from media_intelligence.resources._base import AsyncAPIResource, SyncAPIResource, declared_operations

NAMESPACES = ("workspaces", "projects", "assets", "indexes", "scene_summaries", "person_tags", "persons", "search")


def _resources(client: Any) -> dict[str, Any]:
    """``{"indexes.legacy": <resource>, ...}`` for every namespace, sub-namespaces included."""
    found: dict[str, Any] = {}

    def visit(prefix: str, resource: Any) -> None:
        found[prefix] = resource
        for name in dir(type(resource)):
            if name.startswith("_"):
                continue
            attr = inspect.getattr_static(type(resource), name)
            if hasattr(attr, "func") or isinstance(attr, property):  # cached_property / property
                value = getattr(resource, name)
                if isinstance(value, (SyncAPIResource, AsyncAPIResource)):
                    visit(f"{prefix}.{name}", value)

    for namespace in NAMESPACES:
        visit(namespace, getattr(client, namespace))
    return found


def _declared(client: Any) -> dict[str, set[str]]:
    """``{"projects.create": {"createProject"}, ...}``."""
    out: dict[str, set[str]] = {}
    for prefix, resource in _resources(client).items():
        for name, member in inspect.getmembers(type(resource), inspect.isfunction):
            ops = declared_operations(member)
            if ops:
                out[f"{prefix}.{name}"] = set(ops)
    return out


@pytest.fixture
def clients() -> tuple[MediaIntelligence, AsyncMediaIntelligence]:
    api = FakeAPI()
    return make_client(api), make_async_client(api)


def test_spec_has_54_operations() -> None:
    assert len(OPERATIONS) == 54


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_declared_operations_cover_the_spec_exactly(
    kind: str, clients: tuple[MediaIntelligence, AsyncMediaIntelligence]
) -> None:
    client = clients[0] if kind == "sync" else clients[1]
    declared = _declared(client)
    reached = set().union(*declared.values())
    assert reached == set(OPERATIONS), (
        f"missing: {sorted(set(OPERATIONS) - reached)}; unknown: {sorted(reached - set(OPERATIONS))}"
    )


def test_sync_and_async_twins_have_the_same_methods_and_signatures(
    clients: tuple[MediaIntelligence, AsyncMediaIntelligence],
) -> None:
    sync_resources = _resources(clients[0])
    async_resources = _resources(clients[1])
    assert sync_resources.keys() == async_resources.keys()
    for prefix, sync_res in sync_resources.items():
        async_res = async_resources[prefix]
        sync_methods = {n for n, _ in inspect.getmembers(type(sync_res), inspect.isfunction) if not n.startswith("_")}
        async_methods = {n for n, _ in inspect.getmembers(type(async_res), inspect.isfunction) if not n.startswith("_")}
        assert sync_methods == async_methods, prefix
        for name in sync_methods:
            s_sig = inspect.signature(getattr(type(sync_res), name))
            a_sig = inspect.signature(getattr(type(async_res), name))
            s_params = [(p.name, p.kind, p.default) for p in s_sig.parameters.values()]
            a_params = [(p.name, p.kind, p.default) for p in a_sig.parameters.values()]
            assert s_params == a_params, f"{prefix}.{name}"
            s_ops = declared_operations(getattr(type(sync_res), name))
            assert s_ops == declared_operations(getattr(type(async_res), name)), f"{prefix}.{name}"


# --------------------------------------------------------------------------- #
# one call per operation

P = 12  # project id
A = 5  # asset id

CALLS: list[tuple[str, str, tuple[Any, ...], dict[str, Any]]] = [
    ("createWorkspace", "workspaces.create", (WS,), {"bucket": "media"}),
    ("listWorkspaces", "workspaces.list_page", (), {"page_size": 10}),
    ("getWorkspace", "workspaces.get", (), {}),
    ("deleteWorkspace", "workspaces.delete", (WS,), {}),
    ("createProject", "projects.create", (), {"name": "news"}),
    ("listProjects", "projects.list_page", (), {}),
    ("getProject", "projects.get", (P,), {}),
    ("updateProject", "projects.update", (P,), {"name": "news-2"}),
    ("deleteProject", "projects.delete", (P,), {}),
    (
        "importAssets",
        "assets.import_from_object_storage",
        ("clip.mp4",),
        {"bucket": "media", "project_id": P, "wait": False},
    ),
    ("listAssets", "assets.list_page", (), {"project_id": P}),
    ("getAsset", "assets.get", (A,), {"project_id": P}),
    ("moveAsset", "assets.move", (A,), {"project_id": P, "to_project_id": 13}),
    ("deleteAsset", "assets.delete", (A,), {"project_id": P}),
    ("getAssetImportStatus", "assets.import_status", (A,), {"project_id": P}),
    ("requestAnalysis", "indexes.legacy.request_analysis", (A,), {"project_id": P, "analysis_person_count": 1}),
    ("cancelAnalysis", "indexes.legacy.cancel_analysis", (A,), {"project_id": P}),
    ("getAnalysisStatus", "indexes.legacy.analysis_status", (A,), {"project_id": P}),
    ("listIndexes", "indexes.legacy.list_page", (A,), {"project_id": P}),
    ("getIndexById", "indexes.legacy.get", (7,), {"asset_id": A, "project_id": P, "confidence_level": "HIGH"}),
    ("deleteIndexById", "indexes.legacy.delete", (7,), {"asset_id": A, "project_id": P}),
    ("requestIndex", "indexes.request", (A,), {"project_id": P, "analysis_person_count": 2, "scene_range": "SHORT"}),
    ("getIndex", "indexes.get", (A,), {"project_id": P, "confidence_level": "LOW"}),
    ("deleteIndex", "indexes.delete", (A,), {"project_id": P}),
    ("getIndexStatus", "indexes.status", (A,), {"project_id": P}),
    ("cancelIndex", "indexes.cancel", (A,), {"project_id": P}),
    ("requestSceneSummary", "scene_summaries.request", (A,), {"project_id": P, "locale": "ko"}),
    ("getSceneSummary", "scene_summaries.get", (A,), {"project_id": P}),
    ("getSceneSummaryStatus", "scene_summaries.status", (A,), {"project_id": P}),
    ("cancelSceneSummary", "scene_summaries.cancel", (A,), {"project_id": P}),
    ("createPersonTag", "person_tags.create", (), {"name": "actors"}),
    ("listPersonTags", "person_tags.list_page", (), {"name": "actors"}),
    ("deletePersonTag", "person_tags.delete", (101,), {}),
    ("createPerson", "persons.create", (), {"thumbnails": ["thumb/1.jpg"], "name": "Hong Gildong"}),
    ("listPersons", "persons.list_page", (), {"tag_ids": [1, 2]}),
    ("searchPersons", "persons.search_page", (), {"name": "Hong", "sort_type": "DESC"}),
    ("recommendPersonsByThumbnail", "persons.recommend_by_thumbnail", (), {"thumbnail_key": "thumb/2.jpg"}),
    ("getPerson", "persons.get", (1001,), {}),
    ("updatePerson", "persons.update", (1001,), {"name": "Kim"}),
    ("deletePerson", "persons.delete", (1001,), {}),
    ("addPersonTags", "persons.add_tags", (1001,), {"tag_ids": [101]}),
    ("removePersonTags", "persons.remove_tags", (1001,), {"tag_ids": [101]}),
    ("removePersonTagsByPost", "persons.remove_tags", (1001,), {"tag_ids": [101], "use_post": True}),
    ("addPersonThumbnails", "persons.add_thumbnails", (1001,), {"thumbnails": ["thumb/3.jpg"]}),
    ("removePersonThumbnails", "persons.remove_thumbnails", (1001,), {"thumbnail_ids": [9]}),
    ("removePersonThumbnailsByPost", "persons.remove_thumbnails", (1001,), {"thumbnail_ids": [9], "use_post": True}),
    ("mergePersons", "persons.merge", (1001,), {"person_ids": [1002, 1003]}),
    ("listSimilarPersons", "persons.similar", (1001,), {"person_count": 5}),
    ("createPersonThumbnailUploadUrl", "persons.create_thumbnail_upload_url", (), {"thumbnail_file_name": "f.jpg"}),
    ("getPersonThumbnailUploadStatus", "persons.thumbnail_upload_status", (), {"thumbnail_key": "thumb/4.jpg"}),
    ("createSearchImageUploadUrl", "search.create_image_upload_url", (), {"asset_file_name": "q.jpg"}),
    ("getSearchImageUploadStatus", "search.image_upload_status", (), {"asset_key": "query/q.jpg"}),
    ("searchAssets", "search.submit", (), {"text": "a dog", "project_ids": [P]}),
    ("getSearchResult", "search.get_result", ("JtWJKTDCKknMHP8Id4Gt",), {"page_size": 20}),
]


def test_the_call_table_covers_every_operation() -> None:
    assert {op for op, *_ in CALLS} == set(OPERATIONS)


@pytest.mark.parametrize(("op_id", "method", "args", "kwargs"), CALLS, ids=[c[0] for c in CALLS])
def test_sync_method_sends_its_operation(
    op_id: str, method: str, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> None:
    api = FakeAPI()
    with make_client(api) as client, warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        result = resolve_attr(client, method)(*args, **kwargs)
    assert api.ops == [op_id]
    assert op_id in declared_operations(
        getattr(type(resolve_attr(client, method.rsplit(".", 1)[0])), method.rsplit(".", 1)[1])
    )
    # deletes and cancels without a result model return None
    no_result = {"deleteProject", "deleteAsset", "deletePersonTag", "deleteIndex", "deleteIndexById"}
    no_result |= {"cancelIndex", "cancelAnalysis", "cancelSceneSummary"}
    if op_id in no_result:
        assert result is None
    else:
        assert result is not None or op_id in {"recommendPersonsByThumbnail", "requestIndex", "deletePerson"}
    request = api.calls[0][1]
    assert request.headers.get("x-ncp-apigw-signature-v2")


@pytest.mark.parametrize(("op_id", "method", "args", "kwargs"), CALLS, ids=[c[0] for c in CALLS])
async def test_async_method_sends_its_operation(
    op_id: str, method: str, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> None:
    api = FakeAPI()
    sync_api = FakeAPI()
    async with make_async_client(api) as client:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            result = await resolve_attr(client, method)(*args, **kwargs)
            expected = resolve_attr(make_client(sync_api), method)(*args, **kwargs)
    assert api.ops == [op_id]
    assert type(result) is type(expected)
    # the twins send the same request
    sent, sync_sent = api.calls[0][1], sync_api.calls[0][1]
    assert (sent.method, sent.url.path, sent.url.query, sent.content) == (
        sync_sent.method,
        sync_sent.url.path,
        sync_sent.url.query,
        sync_sent.content,
    )


# --------------------------------------------------------------------------- #
# what a few methods send


def test_keyword_arguments_become_the_spec_fields() -> None:
    api = FakeAPI()
    client = make_client(api)
    client.indexes.request(
        A,
        project_id=P,
        analysis_person_count=3,
        min_scene_duration_sec=5,
        max_scene_duration_sec=30,
        tag_ids=[101, 102],
        source_language="ENKO",
        detect_audio_effects=True,
    )
    assert api.json_of("requestIndex") == {
        "analysisPersonCount": 3,
        "minSceneDurationSec": 5,
        "maxSceneDurationSec": 30,
        "tagIdList": [101, 102],
        "sourceLanguage": "ENKO",
        "detectAudioEffects": True,
    }
    request = api.requests_of("requestIndex")[0]
    assert request.url.path == f"/api/v1/workspaces/{WS}/projects/{P}/assets/{A}/index"

    client.persons.create(thumbnails=["k1", "k2"], primary_thumbnail="k2", name="Hong")
    assert api.json_of("createPerson") == {
        "name": "Hong",
        "thumbnails": [
            {"thumbnailKey": "k1", "isPrimaryThumbnail": False},
            {"thumbnailKey": "k2", "isPrimaryThumbnail": True},
        ],
    }
    client.persons.create(thumbnails=["k1", "k2"])
    assert [t["isPrimaryThumbnail"] for t in api.json_of("createPerson")["thumbnails"]] == [True, False]

    client.persons.list_page(tag_ids=[1, 2], page_num=3, page_size=7)
    query = api.requests_of("listPersons")[0].url.params
    assert (query["pageNum"], query["pageSize"], query["tagIdList"]) == ("3", "7", "1,2")

    client.persons.list_page(tag_ids=[])
    assert "tagIdList" not in api.requests_of("listPersons")[1].url.params

    client.assets.move(A, project_id=P, to_project_id=99)
    assert api.requests_of("moveAsset")[0].url.params["new_project_id"] == "99"


def test_search_submit_maps_flat_arguments_to_the_body() -> None:
    api = FakeAPI()
    client = make_client(api)
    client.search.submit(
        text="a dog on the beach",
        person_ids=[1001],
        any_person_ids=["1002"],
        not_person_ids=[1003],
        dialogues="Come here!",
        not_dialogues=["Bye"],
        project_ids=[12, 13],
        asset_types=["VIDEO"],
        modified_from="2025-01-01T00:00:00",
        confidence="HIGH",
    )
    assert api.json_of("searchAssets") == {
        "query": {
            "textQuery": "a dog on the beach",
            "personQuery": {"must": [1001], "any": [1002], "not": [1003]},
            "dialogQuery": {"must": ["Come here!"], "not": ["Bye"]},
        },
        "queryOption": {"confidenceLevel": "HIGH"},
        "filter": {"projectIds": [12, 13], "assetTypes": ["VIDEO"], "indexModifiedFrom": "2025-01-01T00:00:00"},
    }


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"text": "a;b"}, "body.query"),
        ({}, "body.query"),
        ({"text": "x", "image_key": "k"}, "body.query"),
        ({"text": "x", "project_ids": [1], "asset_ids": [2]}, "body.filter"),
        ({"text": "x", "person_ids": list(range(101))}, "body.query.personQuery.must"),
        ({"text": "x", "confidence": "EXTREME"}, "body.queryOption.confidenceLevel"),
    ],
)
def test_search_rules_of_the_spec_fail_before_the_wire(kwargs: dict[str, Any], field: str) -> None:
    from media_intelligence import RequestValidationError

    api = FakeAPI()
    client = make_client(api)
    with pytest.raises(RequestValidationError) as info:
        client.search.submit(**kwargs)
    assert any(v.field.startswith(field) for v in info.value.errors), info.value
    assert api.calls == []


def test_workspace_is_required_when_the_client_has_none(monkeypatch: pytest.MonkeyPatch) -> None:
    from media_intelligence import RequestValidationError

    monkeypatch.delenv("MI_WORKSPACE", raising=False)
    api = FakeAPI()
    client = make_client(api, workspace=None)
    with pytest.raises(RequestValidationError) as info:
        list(client.projects.list())
    assert info.value.field == "path.workspace_name"
    list(client.projects.list(workspace="other-ws"))
    assert api.calls[0][1].url.path == "/api/v1/workspaces/other-ws/projects"


def test_bad_enum_value_names_the_field() -> None:
    from media_intelligence import RequestValidationError

    api = FakeAPI()
    with pytest.raises(RequestValidationError) as info:
        make_client(api).indexes.request(A, project_id=P, analysis_person_count=1, scene_range="HUGE")
    assert info.value.field == "body.sceneRange"
    assert "MEDIUM" in info.value.rule
    assert api.calls == []


def test_legacy_api_warns_once_per_client() -> None:
    api = FakeAPI()
    client = make_client(api)
    with pytest.warns(DeprecationWarning, match="requestIndex"):
        client.indexes.legacy.request_analysis(A, project_id=P, analysis_person_count=1)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        client.indexes.legacy.analysis_status(A, project_id=P)
        client.with_options(timeout=5).indexes.legacy.list_page(A, project_id=P)
    with pytest.warns(DeprecationWarning):
        make_client(api).indexes.legacy.list_page(A, project_id=P)


async def test_async_legacy_api_warns_once_per_client() -> None:
    client = make_async_client(FakeAPI())
    with pytest.warns(DeprecationWarning, match="deprecated"):
        await client.indexes.legacy.cancel_analysis(A, project_id=P)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        await client.indexes.legacy.analysis_status(A, project_id=P)


def test_with_options_copies_get_their_own_namespaces() -> None:
    api = FakeAPI()
    client = make_client(api)
    copy = client.with_options(workspace="other-ws")
    assert copy.projects is not client.projects
    list(copy.projects.list())
    list(client.projects.list())
    paths = [request.url.path for _, request in api.calls]
    assert paths == ["/api/v1/workspaces/other-ws/projects", f"/api/v1/workspaces/{WS}/projects"]


def test_post_is_not_retried_after_a_500_but_get_is() -> None:
    import httpx

    from media_intelligence import InternalServerError

    error = httpx.Response(500, json={"code": "99999", "message": "internal error"})
    api = FakeAPI().on("createProject", error).on("getProject", error)
    client = make_client(api)
    with pytest.raises(InternalServerError):
        client.projects.create(name="news")
    assert api.ops.count("createProject") == 1
    with pytest.raises(InternalServerError):
        client.projects.get(P)
    assert api.ops.count("getProject") == 3  # 1 + max_retries (2)


def test_resource_base_helpers() -> None:
    assert _base.given(a=None, b=0, c="") == {"b": 0, "c": ""}
