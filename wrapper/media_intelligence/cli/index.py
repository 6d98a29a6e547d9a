"""``mi index ASSET --project P``: an asset's latest index as a readable tree."""

from __future__ import annotations

from typing import Annotated

import typer

from media_intelligence_cli._app import new_app

from ._common import command, emit_json, state
from ._lookup import ASSET, AssetArg, ProjectOpt
from ._render import index_tree

app = new_app()


@command(app, "index")
def show_index(
    asset: AssetArg,
    project: ProjectOpt,
    confidence: Annotated[
        str | None,
        typer.Option("--confidence", help="Keep keywords of at least this confidence: LOW, MEDIUM or HIGH."),
    ] = None,
) -> None:
    """Show an asset's latest index: scenes with captions, labels, persons and dialogue."""
    st = state()
    ws = st.require_workspace()
    ids = ASSET.ids(st, {"asset": asset, "project": project})
    where = {"project_id": ids["projectId"], "workspace": ws}
    found = st.client().indexes.get(
        ids["assetId"], confidence_level=confidence.upper() if confidence else None, **where
    )
    if st.json:  # the tree's title needs the asset's name: one more call, for humans only
        emit_json(found)
        return
    name = st.client().assets.get(ids["assetId"], **where).file_name
    st.show(index_tree(found, f"{name} (asset {ids['assetId']})"))
