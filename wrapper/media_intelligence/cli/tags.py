"""``mi tags list|get|create|delete``: person tags (the API has no update for tags)."""

from __future__ import annotations

from typing import Annotated

import typer

from media_intelligence_cli._app import new_app

from ._common import command, confirm_or_fail, emit_json, fail, fmt_time, get, state, table
from ._lookup import resolve_tag

app = new_app(help="Person tags: labels to group persons (and to focus analyses on them).")
app.info.no_args_is_help = True

TagArg = Annotated[str, typer.Argument(help="Tag id or name.")]


@command(app, "list")
def list_tags(
    name: Annotated[str | None, typer.Option("--name", help="Only tags with this name.")] = None,
) -> None:
    """List the person tags of the workspace."""
    st = state()
    ws = st.require_workspace()
    items = list(st.client().person_tags.list(name=name, workspace=ws))
    if st.json:
        emit_json(items)
        return
    rows = [(t.id, t.name, fmt_time(get(t, "updated_time")), get(t, "updated_user_name", default="-")) for t in items]
    st.out.print(table(f"{len(items)} tag(s) in {ws}", ["id", "name", "updated", "by"], rows))


@command(app, "get")
def get_tag(tag: TagArg) -> None:
    """Show a person tag."""
    st = state()
    ws = st.require_workspace()
    client = st.client()
    tag_id = resolve_tag(client, tag, ws)
    items = list(client.person_tags.list(tag_id=tag_id, workspace=ws))
    if not items:
        fail(f"No person tag {tag_id} in workspace {ws}.", code="TAG_NOT_FOUND", hint="`mi tags list` shows them")
    found = items[0]
    if st.json:
        emit_json(found)
        return
    rows = [
        ("id", found.id),
        ("name", found.name),
        ("updated", f"{fmt_time(get(found, 'updated_time'))} by {get(found, 'updated_user_name', default='-')}"),
    ]
    st.out.print(table(None, ["field", "value"], rows))


@command(app, "create")
def create_tag(name: Annotated[str, typer.Argument(help="Tag name (1-30 characters, unique).")]) -> None:
    """Create a person tag."""
    st = state()
    ws = st.require_workspace()
    created = st.client().person_tags.create(name=name, workspace=ws)
    if st.json:
        emit_json(created)
        return
    st.out.print(f"Created tag [bold]{created.name}[/] (id {created.id})")


@command(app, "delete")
def delete_tag(
    tag: TagArg,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")] = False,
) -> None:
    """Delete a person tag."""
    st = state()
    ws = st.require_workspace()
    client = st.client()
    tag_id = resolve_tag(client, tag, ws)
    confirm_or_fail(f"delete tag {tag_id}", yes)
    client.person_tags.delete(tag_id, workspace=ws)
    if st.json:
        emit_json({"deleted": True, "tagId": tag_id})
        return
    st.out.print(f"Deleted tag {tag_id}")
