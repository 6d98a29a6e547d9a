"""Names or ids: ``--project demo`` and ``--project 3`` both work, as do asset file names and person names."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._common import CliError, get, parse_id

if TYPE_CHECKING:
    from media_intelligence import MediaIntelligence

__all__ = ["resolve_asset", "resolve_person", "resolve_project", "resolve_tag"]


def resolve_project(client: MediaIntelligence, value: str, workspace: str) -> int:
    """A project id from an id or a project name (exact match) of the workspace."""
    number = parse_id(value, "project")
    if number is not None:
        return number
    projects = list(client.projects.list(workspace=workspace))
    matches = [p.project_id for p in projects if p.name == value]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise CliError(
            f"No project named {value!r} in workspace {workspace}.",
            code="PROJECT_NOT_FOUND",
            hint=f"`mi projects list` shows them; `mi projects create {value}` makes it",
            exit_code=2,
        )
    raise CliError(
        f"{len(matches)} projects are named {value!r}: {', '.join(map(str, matches))}.",
        code="AMBIGUOUS",
        hint="pass the project id",
        exit_code=2,
    )


def resolve_asset(client: MediaIntelligence, value: str, project: int, workspace: str) -> int:
    """An asset id from an id or a file name (or object key) of the project's assets."""
    number = parse_id(value, "asset")
    if number is not None:
        return number
    matches: list[int] = []
    for asset in client.assets.list(project_id=project, workspace=workspace):
        if value in (asset.file_name, get(asset, "key")):
            matches.append(asset.asset_id)
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise CliError(
            f"No asset named {value!r} in project {project}.",
            code="ASSET_NOT_FOUND",
            hint=f"`mi assets list --project {project}` shows them",
            exit_code=2,
        )
    # the same file imported twice: the most recent one
    return max(matches)


def _person_id(person: Any) -> int | None:
    value = get(person, "person_id", "id")
    return value if isinstance(value, int) else None


def resolve_person(client: MediaIntelligence, value: str, workspace: str) -> int:
    """A person id from an id or a registered person's name (exact match)."""
    number = parse_id(value, "person")
    if number is not None:
        return number
    matches: list[int] = []
    for person in client.persons.list(workspace=workspace):
        pid = _person_id(person)
        if pid is not None and get(person, "name") == value:
            matches.append(pid)
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise CliError(
            f"No person named {value!r} in workspace {workspace}.",
            code="PERSON_NOT_FOUND",
            hint="`mi persons list` shows them; `mi persons create --name NAME --thumbnail FACE.jpg` registers one",
            exit_code=2,
        )
    raise CliError(
        f"{len(matches)} persons are named {value!r}: {', '.join(map(str, matches))}.",
        code="AMBIGUOUS",
        hint="pass the person id",
        exit_code=2,
    )


def resolve_tag(client: MediaIntelligence, value: str, workspace: str) -> int:
    """A person tag id from an id or a tag name."""
    number = parse_id(value, "tag")
    if number is not None:
        return number
    for tag in client.person_tags.list(workspace=workspace):
        if tag.name == value:
            return int(tag.id)
    raise CliError(
        f"No person tag named {value!r} in workspace {workspace}.",
        code="TAG_NOT_FOUND",
        hint=f"`mi tags list` shows them; `mi tags create {value}` makes it",
        exit_code=2,
    )
