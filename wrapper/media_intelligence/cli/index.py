"""``mi index ASSET --project P``: an asset's latest index as a readable tree."""

from __future__ import annotations

from typing import Annotated

import typer

from media_intelligence_cli._app import new_app

from ._common import command, emit_json, state
from ._lookup import resolve_asset, resolve_project
from ._render import index_tree

app = new_app()


@command(app, "index")
def show_index(
    asset: Annotated[str, typer.Argument(help="Asset id or file name.")],
    project: Annotated[str, typer.Option("--project", "-P", help="Project id or name.")],
    confidence: Annotated[
        str | None,
        typer.Option("--confidence", help="Keep keywords of at least this confidence: LOW, MEDIUM or HIGH."),
    ] = None,
) -> None:
    """Show an asset's latest index: scenes with captions, labels, persons and dialogue."""
    st = state()
    ws = st.require_workspace()
    client = st.client()
    project_id = resolve_project(client, project, ws)
    asset_id = resolve_asset(client, asset, project_id, ws)
    found = client.indexes.get(
        asset_id, project_id=project_id, workspace=ws, confidence_level=confidence.upper() if confidence else None
    )
    if st.json:
        emit_json(found)
        return
    name = client.assets.get(asset_id, project_id=project_id, workspace=ws).file_name
    st.out.print(index_tree(found, f"{name} (asset {asset_id})"))
