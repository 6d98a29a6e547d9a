"""The resource methods declared in tools/resource_table.py are the namespaces' methods, rendered once.

The drift test (tests/test_generation.py) proves the rendered module is what
the declarations produce; these check what the declarations promise: each
declared method exists on both clients' namespaces with the declared
operation, a list and its one-page method take the same filters, and the
shared search arguments of ``submit`` and ``run`` are the same.
"""

from __future__ import annotations

import inspect
from typing import Any

import pytest

from media_intelligence import AsyncMediaIntelligence, MediaIntelligence
from media_intelligence.resources import _rendered
from media_intelligence.resources._async import _rendered as _rendered_async
from media_intelligence.resources._base import declared_operations
from tools.resource_table import RESOURCES, SEARCH_FILTERS, Listing, Method, Workflow

PAGING = {"page_num", "page_size", "start_page"}


def _declared() -> list[tuple[str, str, str]]:
    """``(namespace base, method name, operationId)`` of every rendered method."""
    found = []
    for resource in RESOURCES:
        for decl in resource.methods:
            if isinstance(decl, Listing):
                found += [(resource.name, decl.list, decl.op), (resource.name, decl.page, decl.op)]
            elif isinstance(decl, Method):
                found.append((resource.name, f"_{decl.name}" if decl.private else decl.name, decl.op))
            elif isinstance(decl, Workflow):
                found.append((resource.name, decl.name, decl.ops[0]))
    return found


@pytest.mark.parametrize(("resource", "name", "op"), _declared(), ids=lambda v: str(v))
def test_each_declared_method_is_rendered_in_both_twins(resource: str, name: str, op: str) -> None:
    for module, prefix in ((_rendered_async, "Async"), (_rendered, "")):
        fn = getattr(getattr(module, f"{prefix}{resource}Ops"), name)
        assert declared_operations(fn)[0] == op


def _filters(fn: Any) -> list[str]:
    params = list(inspect.signature(fn).parameters.values())[1:]
    return [p.name for p in params if p.kind is not inspect.Parameter.VAR_KEYWORD and p.name not in PAGING]


@pytest.mark.parametrize("client", [MediaIntelligence, AsyncMediaIntelligence])
def test_a_list_and_its_page_method_take_the_same_filters(client: Any) -> None:
    checked = 0
    for resource in RESOURCES:
        prefix = "Async" if client is AsyncMediaIntelligence else ""
        module = _rendered_async if prefix else _rendered
        cls = getattr(module, f"{prefix}{resource.name}Ops")
        for decl in resource.methods:
            if isinstance(decl, Listing):
                assert _filters(getattr(cls, decl.list)) == _filters(getattr(cls, decl.page)), decl.op
                checked += 1
    assert checked >= 6


def test_submit_and_run_share_the_search_arguments() -> None:
    for cls in (_rendered_async.AsyncSearchOps, _rendered.SearchOps):
        submit = [n for n in _filters(cls.submit) if n != "workspace"]
        run = [n for n in _filters(cls.run) if n not in ("workspace", "image")]
        assert submit == run == list(SEARCH_FILTERS)
        shared = inspect.signature(cls.submit).parameters
        for name, param in inspect.signature(cls.run).parameters.items():
            if name in SEARCH_FILTERS:
                assert param.annotation == shared[name].annotation, name
