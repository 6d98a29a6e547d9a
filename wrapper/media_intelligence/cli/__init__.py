"""``mi``: the command line of the Media Intelligence SDK (typer + rich), a thin layer over the wrapper.

::

    mi configure                                   # save keys (and base URL, workspace) to a profile
    mi emulator start|stop|status                  # the local emulator
    mi workspaces|projects|assets|persons|tags ...  # list, get, create, update, delete
    mi analyze FILE... --project P                 # upload, import, analyse, summarise each index
    mi index ASSET --project P                     # an index as a tree
    mi summary ASSET --project P                   # scene summaries
    mi search "red car" [--image F] [--person ID] [--dialog TEXT] ...

Every command takes ``--json``, ``--profile``, ``--base-url`` and
``--workspace``. Errors print their code, message and a hint and exit non-zero
(2 for bad input or configuration, 1 for API and other failures, 130 when
interrupted); set ``MI_DEBUG=1`` to see tracebacks.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import Any

import typer

from . import analyze, assets, configure, emulator, index, projects, summary, workspaces
from . import persons as persons_cmd
from . import search as search_cmd
from . import tags as tags_cmd
from ._common import BaseUrlOpt, JsonOpt, ProfileOpt, State, WorkspaceOpt

__all__ = ["app", "main"]

app = typer.Typer(
    name="mi",
    help="NAVER Cloud Media Intelligence from the command line: analyse media and search scenes.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        from .._base_client import _package_version

        typer.echo(f"mi (ncloud-media-intelligence) {_package_version()}")
        raise typer.Exit()


@app.callback()
def _root(
    ctx: typer.Context,
    json_output: JsonOpt = False,
    profile: ProfileOpt = None,
    base_url: BaseUrlOpt = None,
    workspace: WorkspaceOpt = None,
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version."),
) -> None:
    """NAVER Cloud Media Intelligence from the command line.

    Credentials: --profile, else NCLOUD_ACCESS_KEY_ID/NCLOUD_SECRET_KEY, else
    ~/.ncloud/configure (`mi configure`). Base URL: --base-url, MI_BASE_URL,
    the profile, https://mi.apigw.ntruss.com. Against the local emulator:
    `mi emulator start`, then --base-url http://127.0.0.1:8080.
    """
    ctx.obj = State(json=json_output, profile=profile, base_url=base_url, workspace=workspace)


app.add_typer(configure.app)
app.add_typer(workspaces.app, name="workspaces")
app.add_typer(projects.app, name="projects")
app.add_typer(assets.app, name="assets")
app.add_typer(persons_cmd.app, name="persons")
app.add_typer(tags_cmd.app, name="tags")
app.add_typer(analyze.app)
app.add_typer(index.app)
app.add_typer(summary.app)
app.add_typer(search_cmd.app)
app.add_typer(emulator.app, name="emulator")


def main(argv: Sequence[str] | None = None) -> Any:
    """Entry point of the ``mi`` console script."""
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        return app(args=args, prog_name="mi", standalone_mode=True)
    except KeyboardInterrupt:  # outside a command (while parsing): no traceback
        sys.stderr.write("interrupted\n")
        if os.environ.get("MI_DEBUG"):
            raise
        sys.exit(130)
