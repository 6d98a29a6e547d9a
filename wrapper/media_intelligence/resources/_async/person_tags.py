"""``client.person_tags``: tags that classify registered persons (tag ``person-tags``).

The methods are rendered from tools/resource_table.py (`_rendered`).
"""

from __future__ import annotations

from ._rendered import AsyncPersonTagsOps

__all__ = ["AsyncPersonTags"]


class AsyncPersonTags(AsyncPersonTagsOps):
    """Person tags of a workspace."""
