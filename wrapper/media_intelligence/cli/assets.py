"""``mi assets list|get|move|delete`` (assets are created by importing: see ``mi analyze``)."""

from __future__ import annotations

from typing import Annotated

import typer

from media_intelligence_cli._app import new_app

from ._common import command, confirm_or_fail, emit_json, fmt_ms, fmt_time, get, state, table
from ._lookup import resolve_asset, resolve_project

app = new_app(help="Media assets of a project (import and analyse them with `mi analyze`).")
app.info.no_args_is_help = True

ProjectOpt = Annotated[str, typer.Option("--project", "-P", help="Project id or name.")]
AssetArg = Annotated[str, typer.Argument(help="Asset id or file name.")]


def _size(value: object) -> str:
    if not isinstance(value, int):
        return "-"
    size = float(value)
    for unit in ("B", "KB", "MB"):
        if size < 1024:
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{size:.1f} GB"


@command(app, "list")
def list_assets(project: ProjectOpt) -> None:
    """List the assets of a project."""
    st = state()
    ws = st.require_workspace()
    client = st.client()
    project_id = resolve_project(client, project, ws)
    items = list(client.assets.list(project_id=project_id, workspace=ws))
    if st.json:
        emit_json(items)
        return
    rows = []
    for a in items:
        meta = a.meta_data
        duration = get(meta, "duration_ms")
        rows.append(
            (
                a.asset_id,
                a.file_name,
                get(meta, "format_", default="-"),
                get(meta, "resolution", default="-"),
                fmt_ms(duration) if duration else "-",
                _size(get(meta, "size")),
                fmt_time(get(a, "created_time")),
            )
        )
    title = f"{len(items)} asset(s) in project {project_id}"
    st.out.print(table(title, ["id", "file", "format", "resolution", "duration", "size", "created"], rows))


@command(app, "get")
def get_asset(asset: AssetArg, project: ProjectOpt) -> None:
    """Show an asset and its import state."""
    st = state()
    ws = st.require_workspace()
    client = st.client()
    project_id = resolve_project(client, project, ws)
    asset_id = resolve_asset(client, asset, project_id, ws)
    found = client.assets.get(asset_id, project_id=project_id, workspace=ws)
    status = client.assets.import_status(asset_id, project_id=project_id, workspace=ws)
    if st.json:
        emit_json({"asset": found, "importStatus": status})
        return
    meta = found.meta_data
    rows = [
        ("id", found.asset_id),
        ("file", found.file_name),
        ("key", get(found, "key", default="-")),
        ("project", found.project_id),
        ("format", get(meta, "format_", default="-")),
        ("resolution", get(meta, "resolution", default="-")),
        ("duration", fmt_ms(get(meta, "duration_ms")) if get(meta, "duration_ms") else "-"),
        ("size", _size(get(meta, "size"))),
        ("import", f"{get(status, 'upload_status')} {get(status, 'upload_result', default='')}".strip()),
        ("created", f"{fmt_time(get(found, 'created_time'))} by {get(found, 'create_user_name', default='-')}"),
    ]
    st.out.print(table(None, ["field", "value"], rows))


@command(app, "move")
def move_asset(
    asset: AssetArg,
    project: ProjectOpt,
    to: Annotated[str, typer.Option("--to", help="Target project id or name.")],
) -> None:
    """Move an asset to another project of the workspace."""
    st = state()
    ws = st.require_workspace()
    client = st.client()
    project_id = resolve_project(client, project, ws)
    asset_id = resolve_asset(client, asset, project_id, ws)
    target = resolve_project(client, to, ws)
    moved = client.assets.move(asset_id, project_id=project_id, to_project_id=target, workspace=ws)
    if st.json:
        emit_json(moved)
        return
    st.out.print(f"Moved asset {asset_id} to project {target}")


@command(app, "delete")
def delete_asset(
    asset: AssetArg,
    project: ProjectOpt,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")] = False,
) -> None:
    """Delete an asset (and its index)."""
    st = state()
    ws = st.require_workspace()
    client = st.client()
    project_id = resolve_project(client, project, ws)
    asset_id = resolve_asset(client, asset, project_id, ws)
    confirm_or_fail(f"delete asset {asset_id}", yes)
    client.assets.delete(asset_id, project_id=project_id, workspace=ws)
    if st.json:
        emit_json({"deleted": True, "assetId": asset_id, "projectId": project_id})
        return
    st.out.print(f"Deleted asset {asset_id}")
