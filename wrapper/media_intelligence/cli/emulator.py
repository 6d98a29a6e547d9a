"""``mi emulator start|stop|status``: the local emulator as a background process (or in the foreground).

The emulator is its own distribution, ``ncloud-media-intelligence-emulator``
(``emulator/`` in this repository); this module only turns options into calls
of its process manager (``media_intelligence_emulator.manage``: pid, state
and log files in ``--state-dir``, ``MI_EMULATOR_STATE_DIR`` or
``~/.cache/mi/emulator``) and prints the result. Without the emulator
installed, every subcommand exits 1 with a one-line hint.
"""

from __future__ import annotations

import os
from pathlib import Path
from types import ModuleType
from typing import Annotated, Any

import typer

from media_intelligence_cli._app import new_app

from ._common import EXIT_ERROR, CliError, command, emit_json, fail, respond, state

app = new_app(help="Run the local Media Intelligence emulator (start, stop, status).", no_args_is_help=True)

INSTALL_HINT = "pip install ncloud-media-intelligence-emulator (from a checkout: pip install ./emulator)"

StateDirOpt = Annotated[
    Path | None,
    typer.Option(
        "--state-dir",
        help="Folder of the pid, state and log files (default: MI_EMULATOR_STATE_DIR or ~/.cache/mi/emulator).",
    ),
]


def _manager() -> ModuleType:
    """The emulator's process manager, or exit 1 with how to install it."""
    try:
        from media_intelligence_emulator import manage
    except ImportError:
        raise CliError(
            "The emulator is not installed.", code="MISSING_DEPENDENCY", hint=INSTALL_HINT, exit_code=EXIT_ERROR
        ) from None
    return manage


def _call(func: Any, *args: Any) -> Any:
    """Run a process-manager call; its errors become CLI errors."""
    manage = _manager()
    try:
        return func(manage, *args)
    except manage.ManageError as exc:
        exit_code = 2 if exc.code == "INVALID_ARGUMENT" else EXIT_ERROR
        raise CliError(exc.message, code=exc.code, hint=exc.hint, exit_code=exit_code) from None


def _print_record(record: Any, *, verb: str, healthy: bool = True) -> None:
    st = state()
    data = record.public(running=True, healthy=healthy)
    if st.json:
        emit_json(data)
        return
    mark = "" if verb == "started" else (", [green]healthy[/]" if healthy else ", [red]not answering[/]")
    st.say(f"Emulator {verb} at [bold]{record.base_url}[/] (pid {record.pid}){mark}")
    st.say(f"  access key:  {data['accessKey']}")
    st.say(f"  secret key:  {data['secretKey']}")
    if record.s3_endpoint:
        st.say(f"  S3 endpoint: {record.s3_endpoint}")
    st.say(f"  database:    {record.db}")
    st.say(f"  log:         {record.log}")
    if verb != "started":
        st.say(f"  uptime:      {data['uptimeSeconds']} s")
        return
    st.say("Use it with:")
    st.say(f"  export MI_BASE_URL={record.base_url}")
    if record.s3_endpoint:
        st.say(f"  export MI_S3_ENDPOINT_URL={record.s3_endpoint}")
    if record.secret_key_is_default:
        st.say(f"  export NCLOUD_ACCESS_KEY_ID={record.access_key} NCLOUD_SECRET_KEY={data['secretKey']}")


@command(app, "start")
def start(
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port (0 picks a free one).")] = 8080,
    db: Annotated[
        str | None,
        typer.Option("--db", help="SQLite file, or :memory: (default: STATE_DIR/mi.db; :memory: with --foreground)."),
    ] = None,
    bucket_dir: Annotated[
        list[str] | None,
        typer.Option("--bucket-dir", metavar="NAME=PATH", help="Serve a local folder as a bucket (repeatable)."),
    ] = None,
    s3_endpoint: Annotated[
        str | None,
        typer.Option("--s3-endpoint", help="An external S3-compatible store instead of the built-in one."),
    ] = None,
    s3_port: Annotated[int, typer.Option("--s3-port", help="Port of the built-in S3 store (0: a free one).")] = 0,
    no_s3: Annotated[bool, typer.Option("--no-s3", help="No built-in S3 store.")] = False,
    job_delay: Annotated[
        list[str] | None,
        typer.Option("--job-delay", metavar="SECONDS|KIND=SECONDS", help="Delay of each background job step."),
    ] = None,
    access_key: Annotated[str | None, typer.Option("--access-key", help="Accepted access key.")] = None,
    secret_key: Annotated[
        str | None, typer.Option("--secret-key", help="Its secret key (better: MI_EMULATOR_SECRET_KEY).")
    ] = None,
    no_rate_limits: Annotated[bool, typer.Option("--no-rate-limits", help="Never answer 429.")] = False,
    foreground: Annotated[bool, typer.Option("--foreground", help="Serve in this terminal until Ctrl-C.")] = False,
    write_profile: Annotated[
        str | None,
        typer.Option(
            "--write-profile", metavar="NAME", help="Save the emulator's URL, S3 endpoint and keys as this profile."
        ),
    ] = None,
    state_dir: StateDirOpt = None,
) -> None:
    """Start the emulator: in the background (default; pid and log in the state folder) or --foreground."""
    st = state()
    manage = _manager()
    options = manage.StartOptions(
        host=host,
        port=port,
        db=db,
        bucket_dirs=tuple(bucket_dir or ()),
        s3_endpoint=s3_endpoint,
        builtin_s3=not no_s3,
        s3_port=s3_port,
        job_delays=tuple(job_delay or ()),
        access_key=access_key,
        secret_key=secret_key,
        rate_limits=not no_rate_limits,
    )
    if foreground:
        _foreground(manage, options)
    folder = manage.state_dir(state_dir)
    record = _call(lambda m: m.start(options, folder))
    if write_profile:
        if not record.secret_key_is_default:
            fail("--write-profile needs the demo key pair", code="INVALID_ARGUMENT", hint="use `mi configure`")
        from ._config import write_profile as save

        save(
            write_profile,
            access_key=record.access_key,
            secret_key=manage.DEFAULT_SECRET_KEY,
            base_url=record.base_url,
            s3_endpoint_url=record.s3_endpoint or "",
        )
        st.note(f"Saved profile [bold]{write_profile}[/] (emulator URL, S3 endpoint and keys).")
    _print_record(record, verb="started")


def _foreground(manage: ModuleType, options: Any) -> None:
    """Serve in this process until interrupted (in-memory database unless --db; S3 buckets not kept)."""
    try:
        env = manage.child_env(options)
        argv = manage.server_argv(options, options.db or ":memory:", None)
    except manage.ManageError as exc:
        raise CliError(exc.message, code=exc.code, hint=exc.hint, exit_code=2) from None
    for key in ("MI_EMULATOR_ACCESS_KEY", "MI_EMULATOR_SECRET_KEY"):
        if key in env:
            os.environ[key] = env[key]
    argv[argv.index("--log-level") + 1] = "info"
    from media_intelligence_emulator._server import main as serve

    raise typer.Exit(serve(argv))


def _none_running(folder: Path) -> str:
    return f"No emulator is running (state folder {folder})."


@command(app, "stop")
def stop(state_dir: StateDirOpt = None) -> None:
    """Stop the background emulator (SIGTERM, SIGKILL after 10 s)."""
    manage = _manager()
    folder = manage.state_dir(state_dir)
    record = _call(lambda m: m.stop(folder))
    if record is None:
        respond({"running": False, "stopped": False, "stateDir": str(folder)}, _none_running(folder))
        return
    stopped = {"running": False, "stopped": True, "pid": record.pid, "baseUrl": record.base_url}
    respond(stopped, f"Stopped the emulator at {record.base_url} (pid {record.pid}).")


@command(app, "status")
def status(state_dir: StateDirOpt = None) -> None:
    """Whether the background emulator runs and answers; exits 1 when it does not."""
    st = state()
    manage = _manager()
    found = manage.status(manage.state_dir(state_dir))
    if found.record is None or not found.running:
        respond({"running": False, "healthy": False, "stateDir": str(found.folder)}, _none_running(found.folder))
        if not st.json:
            st.note("[dim]hint:[/] start one with `mi emulator start`")
        raise typer.Exit(EXIT_ERROR)
    _print_record(found.record, verb="running", healthy=found.healthy)
    if not found.healthy:
        raise typer.Exit(EXIT_ERROR)
