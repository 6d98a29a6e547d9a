"""``mi configure``: save credentials (and optionally a base URL and a workspace) to a profile."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from media_intelligence_cli._app import new_app

from .._redact import mask_access_key
from ._common import CliError, command, emit_json, state
from ._config import read_profile, write_profile

app = new_app(help="Save credentials, base URL and workspace to a profile of ~/.ncloud/configure.")


def _stdin_is_terminal() -> bool:
    try:
        return sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False


@command(app, "configure")
def configure(
    access_key: Annotated[
        str | None, typer.Option("--access-key", help="Access key id (prompted for when not given).")
    ] = None,
    secret_key_stdin: Annotated[
        bool,
        typer.Option("--secret-key-stdin", help="Read the secret key from the first line of stdin (for scripts)."),
    ] = False,
    show: Annotated[bool, typer.Option("--show", help="Show the profile (secret masked) and change nothing.")] = False,
) -> None:
    """Write a profile of ~/.ncloud/configure (NCLOUD_CONFIG_FILE overrides the path).

    Prompts for the access key and, hidden, the secret key; the secret is
    never printed. --base-url and --workspace, when given, are saved in the
    profile too (keys mi_base_url, mi_workspace) and used by later commands
    run with that profile. Press Enter at a prompt to keep the current value.
    """
    st = state()
    current = read_profile(st.profile)
    if show:
        _print_profile(current.name)
        return

    interactive = _stdin_is_terminal() and access_key is None and not secret_key_stdin
    if access_key is None:
        shown = f" [{mask_access_key(current.access_key)}]" if current.access_key else ""
        entered = typer.prompt(f"Access key ID{shown}", default="", show_default=False).strip()
        access_key = entered or current.access_key
    if not access_key:
        raise CliError("An access key is required.", code="INVALID_ARGUMENT", hint="pass --access-key", exit_code=2)

    if secret_key_stdin:
        secret = sys.stdin.readline().strip()
    else:
        shown = " [****]" if current.has_secret else ""
        secret = typer.prompt(f"Secret key{shown}", default="", show_default=False, hide_input=True).strip()
    if not secret and not current.has_secret:
        raise CliError("A secret key is required.", code="INVALID_ARGUMENT", hint="type it at the prompt", exit_code=2)

    base_url, workspace = st.base_url, st.workspace
    if interactive:
        if base_url is None:
            default_url = current.base_url or "https://mi.apigw.ntruss.com"
            base_url = typer.prompt("API base URL", default=default_url).strip()
        if workspace is None:
            workspace = typer.prompt("Default workspace (empty for none)", default=current.workspace or "").strip()

    path = write_profile(
        current.name,
        access_key=access_key,
        secret_key=secret or None,
        base_url=base_url,
        workspace=workspace,
    )
    if st.json:
        _print_profile(current.name)
        return
    st.note(f"Saved profile [bold]{current.name}[/] in {path} (secret key hidden).")
    _print_profile(current.name)


def _print_profile(name: str) -> None:
    st = state()
    settings = read_profile(name)
    data = {
        "profile": settings.name,
        "path": str(settings.path),
        "exists": settings.exists,
        "accessKey": mask_access_key(settings.access_key) if settings.access_key else None,
        "secretKey": "****" if settings.has_secret else None,
        "baseUrl": settings.base_url,
        "workspace": settings.workspace,
        "s3EndpointUrl": settings.s3_endpoint_url,
    }
    if st.json:
        emit_json(data)
        return
    if not settings.exists:
        st.say(f"Profile {settings.name} does not exist in {settings.path}.")
        return
    for key, label in (
        ("profile", "profile"),
        ("path", "file"),
        ("accessKey", "access key"),
        ("secretKey", "secret key"),
        ("baseUrl", "base URL"),
        ("workspace", "workspace"),
        ("s3EndpointUrl", "S3 endpoint"),
    ):
        st.say(f"{label:>11}: {data[key] if data[key] is not None else '-'}")
