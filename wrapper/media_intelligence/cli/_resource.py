"""The ``list``, ``get``, ``create`` and ``delete`` commands of ``mi``'s resource groups, built from a description.

Every group (workspaces, projects, assets, persons, tags) lists, shows and
deletes the same way: resolve the names given to ids (`Target`), call the
SDK, print JSON (``--json``) or a table. A group module states only what
differs (the call, the columns, the fields) and writes its other commands
(create, update, ...) by hand with `respond`.
"""

from __future__ import annotations

import inspect
import itertools
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Annotated, Any

import typer

from ._common import command, confirm_or_fail, respond, state, table
from ._lookup import Target, param

__all__ = ["LIMIT", "YES", "add_create", "add_delete", "add_get", "add_list"]

YES = param("yes", Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")], False)
LIMIT = param("limit", Annotated[int | None, typer.Option("--limit", help="Show at most this many.")], None)

#: ``fetch(client, workspace, values)``: ``values`` holds the parameters and the target's ids.
Fetch = Callable[[Any, Any, Mapping[str, Any]], Any]


def _define(
    app: typer.Typer, name: str, help: str, params: Sequence[inspect.Parameter], run: Callable[..., None]
) -> None:
    def body(**values: Any) -> None:
        run(values)

    body.__name__ = body.__qualname__ = f"{name}_command"
    body.__doc__ = help
    body.__signature__ = inspect.Signature(list(params), return_annotation=None)  # type: ignore[attr-defined]
    command(app, name)(body)


def _scope(target: Target | None, values: dict[str, Any], workspace: bool) -> tuple[Any, dict[str, Any]]:
    """The workspace (None for account-wide calls) and the target's ids."""
    st = state()
    ws = st.require_workspace() if workspace else None
    return ws, target.ids(st, values) if target is not None else {}


def add_list(
    app: typer.Typer,
    help: str,
    fetch: Fetch,
    title: str,
    columns: Sequence[str],
    row: Callable[[Any], Sequence[Any]],
    *,
    params: Sequence[inspect.Parameter] = (),
    scope: Target | None = None,
    workspace: bool = True,
) -> None:
    """``list``: the items ``fetch`` returns (at most ``--limit`` when among ``params``), as JSON or a table.

    ``title`` is formatted with ``n`` (the count), ``ws`` and the scope's ids.
    """

    def run(values: dict[str, Any]) -> None:
        ws, ids = _scope(scope, values, workspace)
        items = list(itertools.islice(fetch(state().client(), ws, {**values, **ids}), values.get("limit")))
        heading = title.format(n=len(items), ws=ws, **ids)
        respond(items, table(heading, columns, [row(item) for item in items]))

    _define(app, "list", help, [*(scope.params if scope else ()), *params], run)


def add_get(
    app: typer.Typer,
    target: Target,
    help: str,
    fetch: Fetch,
    fields: Callable[[Any], Iterable[tuple[str, Any]]],
    *,
    workspace: bool = True,
) -> None:
    """``get``: what ``fetch`` returns for the target, as JSON or a table of ``fields``."""

    def run(values: dict[str, Any]) -> None:
        ws, ids = _scope(target, values, workspace)
        result = fetch(state().client(), ws, {**values, **ids})
        respond(result, table(None, ["field", "value"], list(fields(result))))

    _define(app, "get", help, target.params, run)


def add_create(app: typer.Typer, help: str, name_help: str, create: Fetch, message: Callable[[Any, Any], str]) -> None:
    """``create NAME``: create the item named NAME in the workspace; print it as JSON or ``message(item, ws)``."""

    def run(values: dict[str, Any]) -> None:
        ws = state().require_workspace()
        created = create(state().client(), ws, values)
        respond(created, message(created, ws))

    _define(app, "create", help, [param("name", Annotated[str, typer.Argument(help=name_help)])], run)


def add_delete(
    app: typer.Typer, target: Target, help: str, delete: Fetch, *, warning: str = "", workspace: bool = True
) -> None:
    """``delete``: confirm (``--yes``), delete, and print ``{"deleted": true, <ids>}`` or a line."""

    def run(values: dict[str, Any]) -> None:
        ws, ids = _scope(target, values, workspace)
        own = next(iter(ids.values()))
        confirm_or_fail(f"delete {target.noun} {own}{warning}", values["yes"])
        delete(state().client(), ws, {**values, **ids})
        respond({"deleted": True, **ids}, f"Deleted {target.noun} {own}")

    _define(app, "delete", help, [*target.params, YES], run)
