"""``mi workspaces list|get|create|delete`` (the API has no update for workspaces)."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from media_intelligence_cli._app import new_app

from ._common import State, command, fmt_time, get, respond, state
from ._lookup import Target, param
from ._resource import LIMIT, add_delete, add_get, add_list

app = new_app(
    help="Workspaces: they hold projects, persons and tags, and link an Object Storage bucket.", no_args_is_help=True
)


def _by(item: Any, when: str) -> str:
    return f"{fmt_time(get(item, f'{when}_time'))} by {get(item, f'{when}_user_name', default='-')}"


def _name(st: State, values: Any) -> dict[str, Any]:
    return {"workspaceName": values["name"] or st.require_workspace()}


_CHOSEN = Target(
    "workspace",
    (
        param(
            "name", Annotated[str | None, typer.Argument(help="Workspace name (default: the chosen workspace).")], None
        ),
    ),
    _name,
)
_NAMED = Target("workspace", (param("name", Annotated[str, typer.Argument(help="Workspace name.")]),), _name)

add_list(
    app,
    "List the workspaces of the account.",
    lambda client, _, __: client.workspaces.list(),
    "{n} workspace(s)",
    ["name", "bucket", "created", "by"],
    lambda w: (w.workspace_name, get(w, "bucket_name", default="-"), fmt_time(w.created_time), w.created_user_name),
    params=[LIMIT],
    workspace=False,
)
add_get(
    app,
    _CHOSEN,
    "Show a workspace (its bucket and monthly analysis count).",
    lambda client, _, v: client.workspaces.get(v["workspaceName"]),
    lambda w: [
        ("name", w.workspace_name),
        ("bucket", get(w, "bucket_name", default="-")),
        ("url", get(w, "workspace_url", default="-")),
        ("analyses this month", get(w, "monthly_analysis_count", default="-")),
        ("created", _by(w, "created")),
        ("updated", _by(w, "updated")),
    ],
    workspace=False,
)


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
    respond(created, f"Created workspace [bold]{name}[/]" + (f" (bucket {bucket})" if bucket else ""))
    if not st.json:
        st.note(f"[dim]use it with --workspace {name}, MI_WORKSPACE={name} or `mi configure --workspace {name}`[/]")


add_delete(
    app,
    _NAMED,
    "Delete a workspace and everything in it.",
    lambda client, _, v: client.workspaces.delete(v["workspaceName"]),
    warning=" and all its projects, assets and persons",
    workspace=False,
)
