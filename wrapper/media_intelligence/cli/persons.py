"""``mi persons list|get|create|update|delete|tag|untag``: registered persons (faces) of a workspace."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from media_intelligence_cli._app import new_app

from ._common import command, fail, get, respond, state
from ._lookup import PERSON, param, resolve_person, resolve_tag
from ._resource import LIMIT, add_delete, add_get, add_list

app = new_app(help="Persons: registered faces that analyses recognise and searches filter on.", no_args_is_help=True)

PersonArg = Annotated[str, typer.Argument(help="Person id or name.")]
TagOpt = Annotated[list[str] | None, typer.Option("--tag", help="Only persons with this tag id or name.")]


def _pid(person: Any) -> Any:
    return get(person, "person_id", "id", default="-")


def _tags(person: Any) -> str:
    return ", ".join(str(get(t, "name")) for t in get(person, "tags", default=[])) or "-"


def _thumbs(person: Any) -> list[Any]:
    return list(get(person, "thumbnails", default=[]))


def _tag_ids(client: Any, names: list[str] | None, ws: str) -> list[int] | None:
    return [resolve_tag(client, t, ws) for t in names] if names else None


def _fields(p: Any) -> list[tuple[str, Any]]:
    rows = [("id", _pid(p)), ("name", get(p, "name", default="-"))]
    rows += [("description", get(p, "description", default="-")), ("tags", _tags(p))]
    for thumb in _thumbs(p):
        primary = " (primary)" if get(thumb, "is_primary_thumbnail") else ""
        rows.append((f"thumbnail {get(thumb, 'id')}{primary}", get(thumb, "url", default="-")))
    return rows


add_list(
    app,
    "List the registered persons of the workspace.",
    lambda client, ws, v: client.persons.list(name=v["name"], tag_ids=_tag_ids(client, v["tag"], ws), workspace=ws),
    "{n} person(s) in {ws}",
    ["id", "name", "tags", "thumbnails"],
    lambda p: (_pid(p), get(p, "name", default="-"), _tags(p), len(_thumbs(p))),
    params=[
        param(
            "name", Annotated[str | None, typer.Option("--name", help="Only persons whose name contains this.")], None
        ),
        param("tag", TagOpt, None),
        LIMIT,
    ],
)
add_get(
    app,
    PERSON,
    "Show a person with tags and thumbnails.",
    lambda client, ws, v: client.persons.get(v["personId"], workspace=ws),
    _fields,
)


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
    tag_ids = _tag_ids(client, tag, ws)
    keys = [client.persons.upload_thumbnail(path, workspace=ws) for path in thumbnail]
    created = client.persons.create(thumbnails=keys, name=name, description=description, workspace=ws)
    person_id = _pid(created)
    if tag_ids and isinstance(person_id, int):
        client.persons.add_tags(person_id, tag_ids=tag_ids, workspace=ws)
        created = client.persons.get(person_id, workspace=ws)
    respond(created, f"Registered person [bold]{get(created, 'name', default='(unnamed)')}[/] (id {person_id})")


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
    respond(updated, f"Updated person {person_id} ({get(updated, 'name', default='-')})")


add_delete(
    app,
    PERSON,
    "Delete a person (irreversible).",
    lambda client, ws, v: client.persons.delete(v["personId"], workspace=ws),
)


def _tagging(name: str, verb: str, help: str) -> None:
    """``mi persons tag|untag PERSON TAG...``: attach or detach person tags."""

    def change(person: PersonArg, tags: list[str]) -> None:
        st = state()
        ws = st.require_workspace()
        client = st.client()
        person_id = resolve_person(client, person, ws)
        call = client.persons.add_tags if name == "tag" else client.persons.remove_tags
        result = call(person_id, tag_ids=[resolve_tag(client, t, ws) for t in tags], workspace=ws)
        respond(result, f"{name.capitalize()}ged person {person_id}: {', '.join(tags)}")

    change.__doc__ = help
    # the help names the verb: an annotation object, as a string annotation could not see ``verb``
    change.__annotations__["tags"] = Annotated[list[str], typer.Argument(help=f"Tag ids or names to {verb}.")]
    command(app, name)(change)


_tagging("tag", "attach", "Attach person tags to a person.")
_tagging("untag", "detach", "Detach person tags from a person.")
