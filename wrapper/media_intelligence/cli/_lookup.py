"""Names or ids: ``--project demo`` and ``--project 3`` both work, as do asset file names and person names.

A `Target` is what a command acts on (a project, an asset of a project, a
person, a tag, a workspace): its command-line parameters, declared once here,
and how their values become ids.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, Any

import typer

from ._common import CliError, State, get, parse_id

if TYPE_CHECKING:
    from media_intelligence import MediaIntelligence

__all__ = [
    "ASSET",
    "PERSON",
    "PROJECT",
    "PROJECT_SCOPE",
    "TAG",
    "AssetArg",
    "ProjectOpt",
    "Target",
    "resolve_asset",
    "resolve_person",
    "resolve_project",
    "resolve_tag",
]

ProjectOpt = Annotated[str, typer.Option("--project", "-P", help="Project id or name.")]
AssetArg = Annotated[str, typer.Argument(help="Asset id or file name.")]


def _resolve(
    value: str,
    noun: str,
    where: str,
    items: Callable[[], Iterable[Any]],
    id_of: Callable[[Any], Any],
    names: Callable[[Any], tuple[Any, ...]],
    hint: str,
    *,
    newest: bool = False,
) -> int:
    """An id from an id, or from the one item (the newest, with ``newest``) whose name is ``value``."""
    number = parse_id(value, noun.rpartition(" ")[2])
    if number is not None:
        return number
    matches = [i for item in items() if value in names(item) and isinstance(i := id_of(item), int)]
    if len(matches) == 1 or (matches and newest):  # the same file imported twice: the most recent one
        return max(matches)
    code = noun.rpartition(" ")[2].upper()
    if not matches:
        raise CliError(f"No {noun} named {value!r} in {where}.", code=f"{code}_NOT_FOUND", hint=hint, exit_code=2)
    raise CliError(
        f"{len(matches)} {noun}s are named {value!r}: {', '.join(map(str, matches))}.",
        code="AMBIGUOUS",
        hint=f"pass the {noun} id",
        exit_code=2,
    )


def resolve_project(client: MediaIntelligence, value: str, workspace: str) -> int:
    """A project id from an id or a project name (exact match) of the workspace."""
    return _resolve(
        value,
        "project",
        f"workspace {workspace}",
        lambda: client.projects.list(workspace=workspace),
        lambda p: p.project_id,
        lambda p: (p.name,),
        f"`mi projects list` shows them; `mi projects create {value}` makes it",
    )


def resolve_asset(client: MediaIntelligence, value: str, project: int, workspace: str) -> int:
    """An asset id from an id or a file name (or object key) of the project's assets."""
    return _resolve(
        value,
        "asset",
        f"project {project}",
        lambda: client.assets.list(project_id=project, workspace=workspace),
        lambda a: a.asset_id,
        lambda a: (a.file_name, get(a, "key")),
        f"`mi assets list --project {project}` shows them",
        newest=True,
    )


def resolve_person(client: MediaIntelligence, value: str, workspace: str) -> int:
    """A person id from an id or a registered person's name (exact match)."""
    hint = "`mi persons list` shows them; `mi persons create --name NAME --thumbnail FACE.jpg` registers one"
    people = lambda: client.persons.list(workspace=workspace)  # noqa: E731 - keeps the call below on one screen
    return _resolve(value, "person", f"workspace {workspace}", people, _person_id, lambda p: (get(p, "name"),), hint)


def _person_id(person: Any) -> Any:
    return get(person, "person_id", "id")


def resolve_tag(client: MediaIntelligence, value: str, workspace: str) -> int:
    """A person tag id from an id or a tag name (tag names are unique in a workspace)."""
    tags = client.person_tags.list
    hint = f"`mi tags list` shows them; `mi tags create {value}` makes it"
    where = f"workspace {workspace}"
    return _resolve(value, "person tag", where, lambda: tags(workspace=workspace), _tag_id, lambda t: (t.name,), hint)


def _tag_id(tag: Any) -> int:
    return int(tag.id)


# --------------------------------------------------------------------------- #
# targets


@dataclass(frozen=True)
class Target:
    """What a command acts on: its parameters, and how their values become ids (the target's own id first)."""

    noun: str
    params: tuple[inspect.Parameter, ...]
    ids: Callable[[State, Mapping[str, Any]], dict[str, Any]]


def param(name: str, annotated: Any, default: Any = inspect.Parameter.empty) -> inspect.Parameter:
    """A command parameter for commands built from a table (`_resource`)."""
    return inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=annotated)


def _named(key: str, name: str, resolve: Callable[[MediaIntelligence, str, str], int]) -> Callable[..., dict[str, Any]]:
    def ids(st: State, values: Mapping[str, Any]) -> dict[str, Any]:
        return {key: resolve(st.client(), values[name], st.require_workspace())}

    return ids


def _asset_ids(st: State, values: Mapping[str, Any]) -> dict[str, Any]:
    client, ws = st.client(), st.require_workspace()
    project = resolve_project(client, values["project"], ws)
    return {"assetId": resolve_asset(client, values["asset"], project, ws), "projectId": project}


def _argument(help: str) -> Any:
    return Annotated[str, typer.Argument(help=help)]


PROJECT = Target(
    "project", (param("project", _argument("Project id or name.")),), _named("projectId", "project", resolve_project)
)
#: The project a listing is scoped to (``--project``).
PROJECT_SCOPE = Target("project", (param("project", ProjectOpt),), _named("projectId", "project", resolve_project))
ASSET = Target("asset", (param("asset", AssetArg), param("project", ProjectOpt)), _asset_ids)
PERSON = Target(
    "person", (param("person", _argument("Person id or name.")),), _named("personId", "person", resolve_person)
)
TAG = Target("tag", (param("tag", _argument("Tag id or name.")),), _named("tagId", "tag", resolve_tag))
