"""Resource namespaces of the clients, one module per tag of the spec.

The async classes are written in ``_async/``; each module here holds the sync
classes derived from them (``tools/unasync.py``) and re-exports the async ones.
The waiters (``get_waiter(...)``) are in ``_waiters``: one class per status
call, so that ``wait`` is typed with that call's arguments and result.

The modules import the generated api and model modules, which take most of
the package's import time; so they are imported on first access of one of
their names (PEP 562), e.g. by the clients' namespace properties.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._waiters import (
        AssetWaiter,
        AsyncAssetWaiter,
        AsyncSearchImageWaiter,
        AsyncSearchWaiter,
        AsyncThumbnailWaiter,
        SearchImageWaiter,
        SearchWaiter,
        ThumbnailWaiter,
    )
    from .assets import Assets, AsyncAssets
    from .indexes import AsyncIndexes, AsyncLegacyIndexes, Indexes, LegacyIndexes
    from .person_tags import AsyncPersonTags, PersonTags
    from .persons import AsyncPersons, Persons
    from .projects import AsyncProjects, Projects
    from .scene_summaries import AsyncSceneSummaries, SceneSummaries
    from .search import AsyncSearch, AsyncSearchResults, Search, SearchResults
    from .workspaces import AsyncWorkspaces, Workspaces

__all__ = [
    "AssetWaiter",
    "Assets",
    "AsyncAssetWaiter",
    "AsyncAssets",
    "AsyncIndexes",
    "AsyncLegacyIndexes",
    "AsyncPersonTags",
    "AsyncPersons",
    "AsyncProjects",
    "AsyncSceneSummaries",
    "AsyncSearch",
    "AsyncSearchImageWaiter",
    "AsyncSearchResults",
    "AsyncSearchWaiter",
    "AsyncThumbnailWaiter",
    "AsyncWorkspaces",
    "Indexes",
    "LegacyIndexes",
    "PersonTags",
    "Persons",
    "Projects",
    "SceneSummaries",
    "Search",
    "SearchImageWaiter",
    "SearchResults",
    "SearchWaiter",
    "ThumbnailWaiter",
    "Workspaces",
]

#: ``{public name: module}`` of the lazily imported names.
_MODULES: dict[str, str] = {
    **dict.fromkeys(
        (
            "AssetWaiter",
            "AsyncAssetWaiter",
            "AsyncSearchImageWaiter",
            "AsyncSearchWaiter",
            "AsyncThumbnailWaiter",
            "SearchImageWaiter",
            "SearchWaiter",
            "ThumbnailWaiter",
        ),
        "_waiters",
    ),
    "Assets": "assets",
    "AsyncAssets": "assets",
    "AsyncIndexes": "indexes",
    "AsyncLegacyIndexes": "indexes",
    "AsyncPersonTags": "person_tags",
    "AsyncPersons": "persons",
    "AsyncProjects": "projects",
    "AsyncSceneSummaries": "scene_summaries",
    "AsyncSearch": "search",
    "AsyncSearchResults": "search",
    "AsyncWorkspaces": "workspaces",
    "Indexes": "indexes",
    "LegacyIndexes": "indexes",
    "PersonTags": "person_tags",
    "Persons": "persons",
    "Projects": "projects",
    "SceneSummaries": "scene_summaries",
    "Search": "search",
    "SearchResults": "search",
    "Workspaces": "workspaces",
}


#: The submodules, reachable as attributes (``resources.assets``) as when they were imported eagerly.
_SUBMODULES = frozenset({*_MODULES.values(), "_base"})


def __getattr__(name: str) -> Any:
    if name in _SUBMODULES:
        return importlib.import_module(f"{__name__}.{name}")  # also binds it in this namespace
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # later lookups skip this hook
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
