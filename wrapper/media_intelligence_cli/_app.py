"""The ``mi`` typer application: the root options, and subcommands loaded on demand.

Each subcommand lives in its own module of ``media_intelligence.cli``
(``projects``, ``analyze``, ...); its module, and whatever that module imports
(the SDK), is loaded only when the subcommand runs or shows its own help
(`_LazyGroup`). ``mi --help`` lists the commands from `COMMANDS`, whose
one-line help a test keeps equal to the modules' own.

Help and usage errors are plain text (``rich_markup_mode=None``): typer's rich
help formatter imports rich, markdown-it and pygments, several times what the
rest of ``mi --help`` costs.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Annotated, Any

import typer
import typer.core
import typer.main

__all__ = ["COMMANDS", "COMMON_OPTIONS", "app", "load_command", "new_app"]

COMMANDS_PACKAGE = "media_intelligence.cli"


@dataclass(frozen=True)
class LazyCommand:
    """A subcommand: the module holding its typer app, and the help ``mi --help`` shows for it."""

    module: str
    help: str


#: Every subcommand of ``mi``, in the order of ``mi --help``.
COMMANDS: dict[str, LazyCommand] = {
    "configure": LazyCommand(
        "configure", "Write a profile of ~/.ncloud/configure (NCLOUD_CONFIG_FILE overrides the path)."
    ),
    "workspaces": LazyCommand(
        "workspaces", "Workspaces: they hold projects, persons and tags, and link an Object Storage bucket."
    ),
    "projects": LazyCommand("projects", "Projects: they group media assets inside a workspace."),
    "assets": LazyCommand("assets", "Media assets of a project (import and analyse them with `mi analyze`)."),
    "persons": LazyCommand("persons", "Persons: registered faces that analyses recognise and searches filter on."),
    "tags": LazyCommand("tags", "Person tags: labels to group persons (and to focus analyses on them)."),
    "analyze": LazyCommand("analyze", "Upload media, import them as assets, analyse them, and summarise each index."),
    "index": LazyCommand("index", "Show an asset's latest index: scenes with captions, labels, persons and dialogue."),
    "summary": LazyCommand(
        "summary", "Summarise an asset's scenes in words and print one line per scene (Ctrl-C cancels the run)."
    ),
    "search": LazyCommand(
        "search", "Search the analysed media; prints asset, time range, score and the matched scene's caption."
    ),
    "emulator": LazyCommand("emulator", "Run the local Media Intelligence emulator (start, stop, status)."),
    "ice": LazyCommand("ice", "Alibaba Cloud ICE media search: search libraries, media registration and SearchMedia."),
}

# --------------------------------------------------------------------------- #
# the common options: on the root, and added to every command by ``media_intelligence.cli._common.command``

JsonOpt = Annotated[bool, typer.Option("--json", help="Print machine-readable JSON on stdout.")]
ProfileOpt = Annotated[
    str | None,
    typer.Option("--profile", "-p", help="Profile of ~/.ncloud/configure to use (default: NCLOUD_PROFILE or DEFAULT)."),
]
BaseUrlOpt = Annotated[
    str | None,
    typer.Option("--base-url", help="API base URL, e.g. the emulator's (default: MI_BASE_URL, profile, NAVER Cloud)."),
]
WorkspaceOpt = Annotated[
    str | None,
    typer.Option("--workspace", "-w", help="Workspace name (default: MI_WORKSPACE or the profile's)."),
]

#: ``(parameter name, annotation, default)`` of each common option.
COMMON_OPTIONS: tuple[tuple[str, Any, Any], ...] = (
    ("json_output", JsonOpt, False),
    ("profile", ProfileOpt, None),
    ("base_url", BaseUrlOpt, None),
    ("workspace", WorkspaceOpt, None),
)


def new_app(help: str | None = None, **kwargs: Any) -> typer.Typer:
    """A typer app of ``mi``: plain-text help (no rich), no completion options."""
    return typer.Typer(help=help, rich_markup_mode=None, add_completion=False, **kwargs)


def load_command(name: str) -> Any:
    """The click command of subcommand ``name``, built from its module's typer app (imports the module)."""
    sub: typer.Typer = importlib.import_module(f"{COMMANDS_PACKAGE}.{COMMANDS[name].module}").app
    command = typer.main.get_command(sub)
    command.name = name
    return command


class _LazyGroup(typer.core.TyperGroup):
    """A group whose subcommands are imported when they run, not when ``mi`` starts.

    Listing (``mi --help``) sees placeholders carrying each command's help;
    resolving a command to run it (or to show its help) loads the real one.
    """

    def list_commands(self, ctx: Any) -> list[str]:
        return [*COMMANDS, *(name for name in super().list_commands(ctx) if name not in COMMANDS)]

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        command = super().get_command(ctx, cmd_name)
        if command is None and cmd_name in COMMANDS:
            return typer.core.TyperCommand(name=cmd_name, help=COMMANDS[cmd_name].help, callback=None)
        return command

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        if args and args[0] in COMMANDS and args[0] not in self.commands:
            self.add_command(load_command(args[0]), args[0])
        return super().resolve_command(ctx, args)


app = new_app(
    name="mi",
    cls=_LazyGroup,
    help="NAVER Cloud Media Intelligence from the command line: analyse media and search scenes.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import PackageNotFoundError, version

        try:
            number = version("ncloud-media-intelligence")
        except PackageNotFoundError:  # run from a source tree that was never installed
            number = "0.0.0"
        typer.echo(f"mi (ncloud-media-intelligence) {number}")
        raise typer.Exit()


@app.callback()
def _root(
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
    # The values stay in the root context's params; each command reads them there (`_common.command`).
