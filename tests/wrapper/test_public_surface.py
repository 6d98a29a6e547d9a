"""The public surface follows one vocabulary and one return convention (README: Names and arguments).

Walks every public method of every resource namespace of both clients.
"""

from __future__ import annotations

import inspect
import re
from typing import Any

import pytest
from test_resources_support import FakeAPI, make_async_client, make_client

from media_intelligence.resources._base import declared_operations

NAMESPACES = ("workspaces", "projects", "assets", "indexes", "indexes.legacy", "scene_summaries", "person_tags")
NAMESPACES += ("persons", "search")
#: Names the vocabulary replaced (wire names, plurals without ``_ids``, a bare ``id``).
FORBIDDEN = {"id", "project", "projects", "asset", "assets", "persons", "any_persons", "not_persons", "tag_id_list"}
FORBIDDEN |= {"workspace_name", "bucket_name", "new_project_id"}
#: Arguments that appear in many methods, in the one order they take everywhere.
ORDER = ["asset_id", "project_id", "workspace", "page_num", "page_size", "start_page", "wait", "timeout"]
ORDER += ["poll_interval", "on_progress"]


def _methods(client: Any) -> list[tuple[str, Any]]:
    found = []
    for path in NAMESPACES:
        resource = client
        for part in path.split("."):
            resource = getattr(resource, part)
        for name, fn in inspect.getmembers(type(resource), inspect.isfunction):
            if not name.startswith("_"):
                found.append((f"{path}.{name}", fn))
    return found


CLIENTS = {"sync": make_client(FakeAPI()), "async": make_async_client(FakeAPI())}
METHODS = [(kind, path, fn) for kind, client in CLIENTS.items() for path, fn in _methods(client)]


def test_the_walk_sees_every_namespace_and_many_methods() -> None:
    assert {path.rsplit(".", 1)[0] for _, path, _ in METHODS} == set(NAMESPACES)
    assert len(METHODS) > 100


@pytest.mark.parametrize(("kind", "path", "fn"), METHODS, ids=[f"{k}:{p}" for k, p, _ in METHODS])
def test_method_follows_the_vocabulary(kind: str, path: str, fn: Any) -> None:
    parameters = list(inspect.signature(fn).parameters.values())[1:]
    names = [p.name for p in parameters]
    assert not FORBIDDEN & set(names), f"{path}: {sorted(FORBIDDEN & set(names))}"
    assert not [n for n in names if re.search(r"[A-Z]|_list$", n)], f"{path}: wire-style names in {names}"
    ordered = [n for n in names if n in ORDER]
    assert ordered == sorted(ordered, key=ORDER.index), f"{path}: {ordered} is not in the order {ORDER}"
    ids = [p for p in parameters if p.name.endswith(("_id", "_ids"))]
    own = parameters[0] if parameters and parameters[0].kind is inspect.Parameter.POSITIONAL_OR_KEYWORD else None
    # ids are keywords, except the resource's own id first
    assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in ids if p is not own), path


@pytest.mark.parametrize(("kind", "path", "fn"), METHODS, ids=[f"{k}:{p}" for k, p, _ in METHODS])
def test_method_returns_by_the_convention(kind: str, path: str, fn: Any) -> None:
    signature = inspect.signature(fn)
    annotations = [str(signature.return_annotation)] + [str(p.annotation) for p in signature.parameters.values()]
    assert not any("Unset" in a for a in annotations), path
    verb = path.rsplit(".", 1)[1]
    returns = str(signature.return_annotation)
    if verb.startswith(("delete", "cancel")):  # None, or the result model the API returns: never an envelope
        assert "Envelope" not in returns and "Response" not in returns, f"{path} returns {returns}"
    if verb == "list" or verb.startswith("iter_"):
        assert "Paginator" in returns, f"{path} returns {returns}"
    ops = declared_operations(fn)
    single = ops and not getattr(fn, "__mi_workflow__", False)
    if single:  # every single-request method takes the per-call options
        assert any(p.kind is inspect.Parameter.VAR_KEYWORD for p in signature.parameters.values()), path


def test_constructors_take_no_test_hooks() -> None:
    from media_intelligence import AsyncMediaIntelligence, MediaIntelligence

    for cls in (MediaIntelligence, AsyncMediaIntelligence):
        names = set(inspect.signature(cls).parameters)
        assert not {n for n in names if n.startswith("waiter_")}, cls
