"""``mi summary ASSET --project P``: request scene summaries, wait, print them per scene."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from media_intelligence_cli._app import new_app

from ._common import cancel_on_interrupt, command, fmt_range, get, respond, spinner, state, table
from ._lookup import ASSET, AssetArg, ProjectOpt

app = new_app()


@command(app, "summary")
def summarize(
    asset: AssetArg,
    project: ProjectOpt,
    scene: Annotated[
        list[int] | None, typer.Option("--scene", help="Re-summarise only this scene id (repeatable).")
    ] = None,
    locale: Annotated[str | None, typer.Option("--locale", help="Language of the summaries (full runs only).")] = None,
    no_request: Annotated[
        bool, typer.Option("--no-request", help="Print the current summaries without requesting new ones.")
    ] = False,
    timeout: Annotated[float, typer.Option("--timeout", help="Seconds to wait for the summaries.")] = 1800.0,
) -> None:
    """Summarise an asset's scenes in words and print one line per scene (Ctrl-C cancels the run)."""
    st = state()
    ws = st.require_workspace()
    ids = ASSET.ids(st, {"asset": asset, "project": project})
    asset_id, project_id = ids["assetId"], ids["projectId"]
    summaries = st.client().scene_summaries

    if not no_request:
        summaries.request(asset_id, project_id=project_id, scene_ids=scene, locale=locale, workspace=ws)

        def cancel() -> Any:
            return summaries.cancel(asset_id, project_id=project_id, workspace=ws)

        with (
            cancel_on_interrupt(st, f"the scene summary of asset {asset_id}", cancel),
            spinner(st, f"summarising the scenes of asset {asset_id}...") as update,
        ):
            summaries.wait_until_done(
                asset_id,
                project_id=project_id,
                workspace=ws,
                timeout=timeout,
                on_progress=lambda p: update(f"summarising asset {asset_id}: {p.status} ({p.elapsed:.0f} s)"),
            )
    result = summaries.get(asset_id, project_id=project_id, workspace=ws)
    items = list(get(result, "scene_summaries", default=[]))
    rows = [
        (
            get(s, "scene_id", default=i),
            fmt_range(get(s, "start_time_ms"), get(s, "end_time_ms")),
            get(s, "summary", default=""),
        )
        for i, s in enumerate(items, 1)
    ]
    title = f"Scene summaries of asset {asset_id} (index {get(result, 'index_id', default='-')})"
    respond(result, table(title, ["scene", "time", "summary"], rows))
