"""``mi workspaces list|get|create|delete`` (the API has no update for workspaces)."""

from __future__ import annotations

from typing import Annotated

import typer

from media_intelligence_cli._app import new_app

from ._common import command, confirm_or_fail, emit_json, fmt_time, get, state, table

app = new_app(help="Workspaces: they hold projects, persons and tags, and link an Object Storage bucket.")
app.info.no_args_is_help = True

NameArg = Annotated[str | None, typer.Argument(help="Workspace name (default: the chosen workspace).")]


@command(app, "list")
def list_workspaces(
    limit: Annotated[int | None, typer.Option("--limit", help="Show at most this many.")] = None,
) -> None:
    """List the workspaces of the account."""
    st = state()
    items = []
    for item in st.client().workspaces.list():
        items.append(item)
        if limit is not None and len(items) >= limit:
            break
    if st.json:
        emit_json(items)
        return
    rows = [
        (w.workspace_name, get(w, "bucket_name", default="-"), fmt_time(w.created_time), w.created_user_name)
        for w in items
    ]
    st.out.print(table(f"{len(items)} workspace(s)", ["name", "bucket", "created", "by"], rows))


@command(app, "get")
def get_workspace(name: NameArg = None) -> None:
    """Show a workspace (its bucket and monthly analysis count)."""
    st = state()
    ws = name or st.require_workspace()
    workspace = st.client().workspaces.get(ws)
    if st.json:
        emit_json(workspace)
        return
    rows = [
        ("name", workspace.workspace_name),
        ("bucket", get(workspace, "bucket_name", default="-")),
        ("url", get(workspace, "workspace_url", default="-")),
        ("analyses this month", get(workspace, "monthly_analysis_count", default="-")),
        (
            "created",
            f"{fmt_time(get(workspace, 'created_time'))} by {get(workspace, 'created_user_name', default='-')}",
        ),
        (
            "updated",
            f"{fmt_time(get(workspace, 'updated_time'))} by {get(workspace, 'updated_user_name', default='-')}",
        ),
    ]
    st.out.print(table(None, ["field", "value"], rows))


@command(app, "create")
def create_workspace(
    name: Annotated[str, typer.Argument(help="3-63 lower-case letters, digits and '-'.")],
    bucket: Annotated[
        str | None, typer.Option("--bucket", help="Object Storage bucket to link (media are imported from it).")
    ] = None,
) -> None:
    """Create a workspace linked to a bucket."""
    st = state()
    created = st.client().workspaces.create(name, bucket=bucket)
    if st.json:
        emit_json(created)
        return
    st.out.print(f"Created workspace [bold]{name}[/]" + (f" (bucket {bucket})" if bucket else ""))
    st.note(f"[dim]use it with --workspace {name}, MI_WORKSPACE={name} or `mi configure --workspace {name}`[/]")


@command(app, "delete")
def delete_workspace(
    name: Annotated[str, typer.Argument(help="Workspace name.")],
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")] = False,
) -> None:
    """Delete a workspace and everything in it."""
    st = state()
    confirm_or_fail(f"delete workspace {name} and all its projects, assets and persons", yes)
    result = st.client().workspaces.delete(name)
    if st.json:
        emit_json(result)
        return
    st.out.print(f"Deleted workspace [bold]{name}[/]")
