"""``mi tags list|get|create|delete``: person tags (the API has no update for tags)."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from media_intelligence_cli._app import new_app

from ._common import fail, fmt_time, get
from ._lookup import TAG, param
from ._resource import add_create, add_delete, add_get, add_list

app = new_app(help="Person tags: labels to group persons (and to focus analyses on them).", no_args_is_help=True)


def _updated(tag: Any) -> str:
    return f"{fmt_time(get(tag, 'updated_time'))} by {get(tag, 'updated_user_name', default='-')}"


def _fetch(client: Any, ws: str, v: Any) -> Any:
    # The API reads one tag through its listing, filtered by id.
    for tag in client.person_tags.list(tag_id=v["tagId"], workspace=ws):
        return tag
    fail(f"No person tag {v['tagId']} in workspace {ws}.", code="TAG_NOT_FOUND", hint="`mi tags list` shows them")


add_list(
    app,
    "List the person tags of the workspace.",
    lambda client, ws, v: client.person_tags.list(name=v["name"], workspace=ws),
    "{n} tag(s) in {ws}",
    ["id", "name", "updated", "by"],
    lambda t: (t.id, t.name, fmt_time(get(t, "updated_time")), get(t, "updated_user_name", default="-")),
    params=[param("name", Annotated[str | None, typer.Option("--name", help="Only tags with this name.")], None)],
)
add_get(app, TAG, "Show a person tag.", _fetch, lambda t: [("id", t.id), ("name", t.name), ("updated", _updated(t))])


def _create(client: Any, ws: str, v: Any) -> Any:
    return client.person_tags.create(name=v["name"], workspace=ws)


def _created(tag: Any, _: str) -> str:
    return f"Created tag [bold]{tag.name}[/] (id {tag.id})"


add_create(app, "Create a person tag.", "Tag name (1-30 characters, unique).", _create, _created)
add_delete(app, TAG, "Delete a person tag.", lambda client, ws, v: client.person_tags.delete(v["tagId"], workspace=ws))
