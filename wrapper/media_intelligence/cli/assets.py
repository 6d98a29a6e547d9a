"""``mi assets list|get|move|delete`` (assets are created by importing: see ``mi analyze``)."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from media_intelligence_cli._app import new_app

from ._common import command, fmt_ms, fmt_time, get, respond, state
from ._lookup import ASSET, PROJECT_SCOPE, AssetArg, ProjectOpt, resolve_project
from ._resource import add_delete, add_get, add_list

app = new_app(help="Media assets of a project (import and analyse them with `mi analyze`).", no_args_is_help=True)


def _size(value: object) -> str:
    if not isinstance(value, int):
        return "-"
    size = float(value)
    for unit in ("B", "KB", "MB"):
        if size < 1024:
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{size:.1f} GB"


def _media(asset: Any) -> tuple[Any, Any, str, str]:
    """Format, resolution, duration and size of an asset's metadata."""
    meta = asset.meta_data
    duration = get(meta, "duration_ms")
    return (
        get(meta, "format_", default="-"),
        get(meta, "resolution", default="-"),
        fmt_ms(duration) if duration else "-",
        _size(get(meta, "size")),
    )


def _fetch(client: Any, ws: str, v: Any) -> dict[str, Any]:
    asset_id, project_id = v["assetId"], v["projectId"]
    return {
        "asset": client.assets.get(asset_id, project_id=project_id, workspace=ws),
        "importStatus": client.assets.import_status(asset_id, project_id=project_id, workspace=ws),
    }


def _fields(shown: dict[str, Any]) -> list[tuple[str, Any]]:
    found, status = shown["asset"], shown["importStatus"]
    media = dict(zip(("format", "resolution", "duration", "size"), _media(found), strict=True))
    return [
        ("id", found.asset_id),
        ("file", found.file_name),
        ("key", get(found, "key", default="-")),
        ("project", found.project_id),
        *media.items(),
        ("import", f"{get(status, 'upload_status')} {get(status, 'upload_result', default='')}".strip()),
        ("created", f"{fmt_time(get(found, 'created_time'))} by {get(found, 'create_user_name', default='-')}"),
    ]


add_list(
    app,
    "List the assets of a project.",
    lambda client, ws, v: client.assets.list(project_id=v["projectId"], workspace=ws),
    "{n} asset(s) in project {projectId}",
    ["id", "file", "format", "resolution", "duration", "size", "created"],
    lambda a: (a.asset_id, a.file_name, *_media(a), fmt_time(get(a, "created_time"))),
    scope=PROJECT_SCOPE,
)
add_get(app, ASSET, "Show an asset and its import state.", _fetch, _fields)


@command(app, "move")
def move_asset(
    asset: AssetArg,
    project: ProjectOpt,
    to: Annotated[str, typer.Option("--to", help="Target project id or name.")],
) -> None:
    """Move an asset to another project of the workspace."""
    st = state()
    ids = ASSET.ids(st, {"asset": asset, "project": project})
    target = resolve_project(st.client(), to, st.require_workspace())
    moved = st.client().assets.move(
        ids["assetId"], project_id=ids["projectId"], to_project_id=target, workspace=st.require_workspace()
    )
    respond(moved, f"Moved asset {ids['assetId']} to project {target}")


add_delete(
    app,
    ASSET,
    "Delete an asset (and its index).",
    lambda client, ws, v: client.assets.delete(v["assetId"], project_id=v["projectId"], workspace=ws),
)
