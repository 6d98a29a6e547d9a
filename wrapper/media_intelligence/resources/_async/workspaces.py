"""``client.workspaces``: workspaces (tag ``workspaces``).

A create is not repeated once the request reached the API, so a workspace is
never created twice by a retry. The methods are rendered from
tools/resource_table.py (`_rendered`).
"""

from __future__ import annotations

from ._rendered import AsyncWorkspacesOps

__all__ = ["AsyncWorkspaces"]


class AsyncWorkspaces(AsyncWorkspacesOps):
    """Workspaces hold projects, person tags and persons; each links an Object Storage bucket."""
