"""``mi persons list|get|create|update|delete|tag|untag``: registered persons (faces) of a workspace."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from media_intelligence_cli._app import new_app

from ._common import command, confirm_or_fail, emit_json, fail, get, state, table
from ._lookup import resolve_person, resolve_tag

app = new_app(help="Persons: registered faces that analyses recognise and searches filter on.")
app.info.no_args_is_help = True

PersonArg = Annotated[str, typer.Argument(help="Person id or name.")]


def _pid(person: Any) -> Any:
    return get(person, "person_id", "id", default="-")


def _tags(person: Any) -> str:
    return ", ".join(str(get(t, "name")) for t in get(person, "tags", default=[])) or "-"


def _thumbs(person: Any) -> list[Any]:
    return list(get(person, "thumbnails", default=[]))


@command(app, "list")
def list_persons(
    name: Annotated[str | None, typer.Option("--name", help="Only persons whose name contains this.")] = None,
    tag: Annotated[list[str] | None, typer.Option("--tag", help="Only persons with this tag id or name.")] = None,
    limit: Annotated[int | None, typer.Option("--limit", help="Show at most this many.")] = None,
) -> None:
    """List the registered persons of the workspace."""
    st = state()
    ws = st.require_workspace()
    client = st.client()
    tag_ids = [resolve_tag(client, t, ws) for t in tag] if tag else None
    items = []
    for person in client.persons.list(name=name, tag_ids=tag_ids, workspace=ws):
        items.append(person)
        if limit is not None and len(items) >= limit:
            break
    if st.json:
        emit_json(items)
        return
    rows = [(_pid(p), get(p, "name", default="-"), _tags(p), len(_thumbs(p))) for p in items]
    st.out.print(table(f"{len(items)} person(s) in {ws}", ["id", "name", "tags", "thumbnails"], rows))


@command(app, "get")
def get_person(person: PersonArg) -> None:
    """Show a person with tags and thumbnails."""
    st = state()
    ws = st.require_workspace()
    client = st.client()
    found = client.persons.get(resolve_person(client, person, ws), workspace=ws)
    if st.json:
        emit_json(found)
        return
    rows: list[tuple[Any, Any]] = [
        ("id", _pid(found)),
        ("name", get(found, "name", default="-")),
        ("description", get(found, "description", default="-")),
        ("tags", _tags(found)),
    ]
    for thumb in _thumbs(found):
        primary = " (primary)" if get(thumb, "is_primary_thumbnail") else ""
        rows.append((f"thumbnail {get(thumb, 'id')}{primary}", get(thumb, "url", default="-")))
    st.out.print(table(None, ["field", "value"], rows))


@command(app, "create")
def create_person(
    thumbnail: Annotated[
        list[Path],
        typer.Option("--thumbnail", "-t", help="Face image (jpg/png/webp, >= 256 px; repeatable, first is primary)."),
    ],
    name: Annotated[str | None, typer.Option("--name", help="Name (2-50 characters).")] = None,
    description: Annotated[str | None, typer.Option("--description", help="A note about the person.")] = None,
    tag: Annotated[list[str] | None, typer.Option("--tag", help="Tag id or name to attach (repeatable).")] = None,
) -> None:
    """Register a person from face images (uploaded first; checked against the upload rules)."""
    st = state()
    ws = st.require_workspace()
    for path in thumbnail:
        if not path.is_file():
            fail(f"No such file: {path}", code="FILE_NOT_FOUND", hint="check the path", exit_code=2)
    client = st.client()
    tag_ids = [resolve_tag(client, t, ws) for t in tag] if tag else None
    keys = [client.persons.upload_thumbnail(path, workspace=ws) for path in thumbnail]
    created = client.persons.create(thumbnails=keys, name=name, description=description, workspace=ws)
    person_id = _pid(created)
    if tag_ids and isinstance(person_id, int):
        client.persons.add_tags(person_id, tag_ids=tag_ids, workspace=ws)
        created = client.persons.get(person_id, workspace=ws)
    if st.json:
        emit_json(created)
        return
    st.out.print(f"Registered person [bold]{get(created, 'name', default='(unnamed)')}[/] (id {person_id})")


@command(app, "update")
def update_person(
    person: PersonArg,
    name: Annotated[str | None, typer.Option("--name", help="New name.")] = None,
    description: Annotated[str | None, typer.Option("--description", help="New description.")] = None,
    primary_thumbnail: Annotated[
        int | None, typer.Option("--primary-thumbnail", help="Id of the thumbnail to make primary.")
    ] = None,
) -> None:
    """Rename a person, change the description or the primary thumbnail."""
    st = state()
    if name is None and description is None and primary_thumbnail is None:
        fail(
            "Nothing to change.",
            code="INVALID_ARGUMENT",
            hint="pass --name, --description or --primary-thumbnail",
            exit_code=2,
        )
    ws = st.require_workspace()
    client = st.client()
    person_id = resolve_person(client, person, ws)
    updated = client.persons.update(
        person_id, name=name, description=description, primary_thumbnail_id=primary_thumbnail, workspace=ws
    )
    if st.json:
        emit_json(updated)
        return
    st.out.print(f"Updated person {person_id} ({get(updated, 'name', default='-')})")


@command(app, "delete")
def delete_person(
    person: PersonArg,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")] = False,
) -> None:
    """Delete a person (irreversible)."""
    st = state()
    ws = st.require_workspace()
    client = st.client()
    person_id = resolve_person(client, person, ws)
    confirm_or_fail(f"delete person {person_id}", yes)
    client.persons.delete(person_id, workspace=ws)
    if st.json:
        emit_json({"deleted": True, "personId": person_id})
        return
    st.out.print(f"Deleted person {person_id}")


@command(app, "tag")
def tag_person(
    person: PersonArg,
    tags: Annotated[list[str], typer.Argument(help="Tag ids or names to attach.")],
) -> None:
    """Attach person tags to a person."""
    st = state()
    ws = st.require_workspace()
    client = st.client()
    person_id = resolve_person(client, person, ws)
    result = client.persons.add_tags(person_id, tag_ids=[resolve_tag(client, t, ws) for t in tags], workspace=ws)
    if st.json:
        emit_json(result)
        return
    st.out.print(f"Tagged person {person_id}: {', '.join(tags)}")


@command(app, "untag")
def untag_person(
    person: PersonArg,
    tags: Annotated[list[str], typer.Argument(help="Tag ids or names to detach.")],
) -> None:
    """Detach person tags from a person."""
    st = state()
    ws = st.require_workspace()
    client = st.client()
    person_id = resolve_person(client, person, ws)
    result = client.persons.remove_tags(person_id, tag_ids=[resolve_tag(client, t, ws) for t in tags], workspace=ws)
    if st.json:
        emit_json(result)
        return
    st.out.print(f"Untagged person {person_id}: {', '.join(tags)}")
