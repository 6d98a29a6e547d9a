"""The distributions' long description: README.md with its links made to work on a package index.

A package index shows README.md away from the repository, where a relative link (``emulator/README.md``)
leads nowhere. With a ``Repository`` URL in ``[project.urls]`` each such link points into the repository
(``<Repository>/blob/main/<path>``); without one the link is dropped and its text kept, so nothing on the
index page is broken. Fenced code is left as it is. Hatchling runs this as a metadata hook
(``[tool.hatch.metadata.hooks.custom]`` in pyproject.toml).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

# [text](target) and ![alt](target "title"); the target is what a reader would follow.
LINK = re.compile(r"(!?)\[([^\]\n]*)\]\(([^)\s]+)((?:\s+\"[^\"]*\")?)\)")
# A target that works anywhere: a URL scheme (https:, mailto:) or an anchor of the same page.
ABSOLUTE = re.compile(r"^(?:[A-Za-z][A-Za-z0-9+.-]*:|#)")
FENCE = re.compile(r"^(```|~~~)")


def offrepo_links(text: str, repository: str | None = None) -> str:
    """``text`` with every relative link rewritten against ``repository`` (or unlinked without one)."""

    def replace(match: re.Match[str]) -> str:
        bang, label, target, title = match.groups()
        if ABSOLUTE.match(target):
            return match.group(0)
        if repository:
            return f"{bang}[{label}]({repository.rstrip('/')}/blob/main/{target.removeprefix('./')}{title})"
        return label

    out: list[str] = []
    fenced = False
    for line in text.splitlines(keepends=True):
        if FENCE.match(line):
            fenced = not fenced
            out.append(line)
        else:
            out.append(line if fenced else LINK.sub(replace, line))
    return "".join(out)


try:
    from hatchling.metadata.plugin.interface import MetadataHookInterface
except ImportError:  # imported by the tests, where no build backend is installed
    pass
else:

    class ReadmeHook(MetadataHookInterface):
        """Sets ``readme`` (declared dynamic) from README.md."""

        PLUGIN_NAME = "custom"

        def update(self, metadata: dict[str, Any]) -> None:
            text = (Path(self.root) / "README.md").read_text(encoding="utf-8")
            urls = metadata.get("urls") or {}
            metadata["readme"] = {"content-type": "text/markdown", "text": offrepo_links(text, urls.get("Repository"))}
