"""Resource namespaces of the clients, one module per tag of the spec (sync and async twins side by side)."""

from __future__ import annotations

from .assets import Assets, AsyncAssets
from .indexes import AsyncIndexes, AsyncLegacyIndexes, Indexes, LegacyIndexes
from .person_tags import AsyncPersonTags, PersonTags
from .persons import AsyncPersons, Persons
from .projects import AsyncProjects, Projects
from .scene_summaries import AsyncSceneSummaries, SceneSummaries
from .search import AsyncSearch, AsyncSearchResults, Search, SearchResults
from .workspaces import AsyncWorkspaces, Workspaces

__all__ = [
    "Assets",
    "AsyncAssets",
    "AsyncIndexes",
    "AsyncLegacyIndexes",
    "AsyncPersonTags",
    "AsyncPersons",
    "AsyncProjects",
    "AsyncSceneSummaries",
    "AsyncSearch",
    "AsyncSearchResults",
    "AsyncWorkspaces",
    "Indexes",
    "LegacyIndexes",
    "PersonTags",
    "Persons",
    "Projects",
    "SceneSummaries",
    "Search",
    "SearchResults",
    "Workspaces",
]
