"""``client.projects``: projects of a workspace (tag ``projects``).

``list`` returns the same re-iterable list object as every other ``list``
(`AsyncPaginator`), over the one page of the unpaged listProjects. A retried
create could make a second project; the API answers a duplicate name with
10026 anyway. The methods are rendered from tools/resource_table.py (`_rendered`).
"""

from __future__ import annotations

from ._rendered import AsyncProjectsOps

__all__ = ["AsyncProjects"]


class AsyncProjects(AsyncProjectsOps):
    """Projects group media assets inside a workspace."""
