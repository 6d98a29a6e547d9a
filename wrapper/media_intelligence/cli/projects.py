"""``mi projects list|get|create|update|delete``."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from media_intelligence_cli._app import new_app

from ._common import command, fmt_time, respond, state
from ._lookup import PROJECT, resolve_project
from ._resource import add_create, add_delete, add_get, add_list

app = new_app(help="Projects: they group media assets inside a workspace.", no_args_is_help=True)


def _fields(p: Any) -> list[tuple[str, Any]]:
    return [
        ("id", p.project_id),
        ("name", p.name),
        ("base project", "yes" if p.is_base_project else "no"),
        ("created", f"{fmt_time(p.created_time)} by {p.created_user_name}"),
        ("updated", f"{fmt_time(p.updated_time)} by {p.updated_user_name}"),
    ]


add_list(
    app,
    "List the projects of the workspace.",
    lambda client, ws, _: client.projects.list(workspace=ws),
    "{n} project(s) in {ws}",
    ["id", "name", "base", "created", "by"],
    lambda p: (p.project_id, p.name, "yes" if p.is_base_project else "", fmt_time(p.created_time), p.created_user_name),
)
add_get(
    app, PROJECT, "Show a project.", lambda client, ws, v: client.projects.get(v["projectId"], workspace=ws), _fields
)


add_create(
    app,
    "Create a project.",
    "Project name.",
    lambda client, ws, v: client.projects.create(name=v["name"], workspace=ws),
    lambda p, ws: f"Created project [bold]{p.name}[/] (id {p.project_id}) in {ws}",
)


@command(app, "update")
def update_project(
    project: Annotated[str, typer.Argument(help="Project id or name.")],
    name: Annotated[str, typer.Option("--name", help="The new name.")],
) -> None:
    """Rename a project."""
    st = state()
    ws = st.require_workspace()
    client = st.client()
    updated = client.projects.update(resolve_project(client, project, ws), name=name, workspace=ws)
    respond(updated, f"Renamed project {updated.project_id} to [bold]{updated.name}[/]")


add_delete(
    app,
    PROJECT,
    "Delete a project and its assets.",
    lambda client, ws, v: client.projects.delete(v["projectId"], workspace=ws),
    warning=" and its assets",
)
