"""``mi projects list|get|create|update|delete``."""

from __future__ import annotations

from typing import Annotated

import typer

from media_intelligence_cli._app import new_app

from ._common import command, confirm_or_fail, emit_json, fmt_time, state, table
from ._lookup import resolve_project

app = new_app(help="Projects: they group media assets inside a workspace.")
app.info.no_args_is_help = True

ProjectArg = Annotated[str, typer.Argument(help="Project id or name.")]


@command(app, "list")
def list_projects() -> None:
    """List the projects of the workspace."""
    st = state()
    ws = st.require_workspace()
    projects = list(st.client().projects.list(workspace=ws))
    if st.json:
        emit_json(projects)
        return
    rows = [
        (p.project_id, p.name, "yes" if p.is_base_project else "", fmt_time(p.created_time), p.created_user_name)
        for p in projects
    ]
    st.out.print(table(f"{len(projects)} project(s) in {ws}", ["id", "name", "base", "created", "by"], rows))


@command(app, "get")
def get_project(project: ProjectArg) -> None:
    """Show a project."""
    st = state()
    ws = st.require_workspace()
    client = st.client()
    found = client.projects.get(resolve_project(client, project, ws), workspace=ws)
    if st.json:
        emit_json(found)
        return
    rows = [
        ("id", found.project_id),
        ("name", found.name),
        ("base project", "yes" if found.is_base_project else "no"),
        ("created", f"{fmt_time(found.created_time)} by {found.created_user_name}"),
        ("updated", f"{fmt_time(found.updated_time)} by {found.updated_user_name}"),
    ]
    st.out.print(table(None, ["field", "value"], rows))


@command(app, "create")
def create_project(name: Annotated[str, typer.Argument(help="Project name.")]) -> None:
    """Create a project."""
    st = state()
    ws = st.require_workspace()
    created = st.client().projects.create(name=name, workspace=ws)
    if st.json:
        emit_json(created)
        return
    st.out.print(f"Created project [bold]{created.name}[/] (id {created.project_id}) in {ws}")


@command(app, "update")
def update_project(
    project: ProjectArg,
    name: Annotated[str, typer.Option("--name", help="The new name.")],
) -> None:
    """Rename a project."""
    st = state()
    ws = st.require_workspace()
    client = st.client()
    updated = client.projects.update(resolve_project(client, project, ws), name=name, workspace=ws)
    if st.json:
        emit_json(updated)
        return
    st.out.print(f"Renamed project {updated.project_id} to [bold]{updated.name}[/]")


@command(app, "delete")
def delete_project(
    project: ProjectArg,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")] = False,
) -> None:
    """Delete a project and its assets."""
    st = state()
    ws = st.require_workspace()
    client = st.client()
    project_id = resolve_project(client, project, ws)
    confirm_or_fail(f"delete project {project_id} and its assets", yes)
    client.projects.delete(project_id, workspace=ws)
    if st.json:
        emit_json({"deleted": True, "projectId": project_id})
        return
    st.out.print(f"Deleted project {project_id}")
