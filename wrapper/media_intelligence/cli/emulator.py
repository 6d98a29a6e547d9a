"""``mi emulator start|stop|status``: the local emulator as a background process (or in the foreground).

A background emulator leaves three files in its state folder (``--state-dir``,
``MI_EMULATOR_STATE_DIR``, default ``~/.cache/mi/emulator``): ``emulator.json``
(pid, base URL, key pair, database, log), ``emulator.pid`` and
``emulator.log``. ``stop`` and ``status`` read them. The emulator needs the
``emulator`` extra (``pip install 'ncloud-media-intelligence[emulator]'``).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Annotated, Any

import typer

from ._common import EXIT_ERROR, CliError, command, emit_json, fail, state

app = typer.Typer(help="Run the local Media Intelligence emulator (start, stop, status).", no_args_is_help=True)

DEFAULT_ACCESS_KEY = "mi-emulator-access-key"
DEFAULT_SECRET_KEY = "mi-emulator-secret-key"
START_TIMEOUT = 60.0

StateDirOpt = Annotated[
    Path | None,
    typer.Option(
        "--state-dir",
        help="Folder of the pid, state and log files (default: MI_EMULATOR_STATE_DIR or ~/.cache/mi/emulator).",
    ),
]


@dataclass
class EmulatorRecord:
    """What ``emulator.json`` holds about a background emulator."""

    pid: int
    base_url: str
    access_key: str
    secret_key_is_default: bool
    db: str
    log: str
    state_dir: str
    started: float

    def public(self, *, running: bool, healthy: bool) -> dict[str, Any]:
        data: dict[str, Any] = {
            "running": running,
            "healthy": healthy,
            "pid": self.pid,
            "baseUrl": self.base_url,
            "accessKey": self.access_key,
            # the built-in demo pair is public; a pair given with --secret-key is never printed
            "secretKey": DEFAULT_SECRET_KEY if self.secret_key_is_default else "****",
            "db": self.db,
            "log": self.log,
            "stateDir": self.state_dir,
            "uptimeSeconds": round(time.time() - self.started, 1) if running else None,
        }
        return data


def _state_dir(value: Path | None) -> Path:
    if value is not None:
        return value.expanduser()
    env = os.environ.get("MI_EMULATOR_STATE_DIR")
    if env:
        return Path(env).expanduser()
    cache = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(cache) / "mi" / "emulator"


def _files(folder: Path) -> tuple[Path, Path, Path]:
    return folder / "emulator.json", folder / "emulator.pid", folder / "emulator.log"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    cmdline = Path(f"/proc/{pid}/cmdline")
    if cmdline.exists():  # Linux: make sure the pid was not reused by another program
        try:
            text = cmdline.read_bytes().replace(b"\0", b" ")
        except OSError:
            return True
        if b"media_intelligence_emulator" not in text:
            return False
        status = Path(f"/proc/{pid}/stat")
        try:
            if status.read_text().split(") ", 1)[1].startswith("Z"):
                return False  # a zombie: exited, not yet reaped
        except (OSError, IndexError):
            pass
    return True


def _healthy(base_url: str, timeout: float = 2.0) -> bool:
    try:
        with urllib.request.urlopen(f"{base_url}/_emulator/health", timeout=timeout) as response:
            return bool(response.status == 200)
    except (urllib.error.URLError, OSError, ValueError):
        return False


def _read_record(folder: Path) -> EmulatorRecord | None:
    record_file, _, _ = _files(folder)
    try:
        data = json.loads(record_file.read_text(encoding="utf-8"))
        return EmulatorRecord(**data)
    except (OSError, ValueError, TypeError):
        return None


def _remove_files(folder: Path) -> None:
    record_file, pid_file, _ = _files(folder)
    for path in (record_file, pid_file):
        try:
            path.unlink()
        except FileNotFoundError:
            pass


def _tail(path: Path, lines: int = 15) -> str:
    try:
        return "\n".join(path.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])
    except OSError:
        return ""


def _emulator_argv(
    host: str,
    port: int,
    db: str,
    bucket_dirs: list[str],
    s3_endpoint: str | None,
    job_delay: list[str],
    access_key: str | None,
    secret_key: str | None,
    no_rate_limits: bool,
) -> list[str]:
    argv = ["--host", host, "--port", str(port), "--db", db]
    for item in bucket_dirs:
        name, sep, path = item.partition("=")
        if not sep or not name or not path:
            fail(f"--bucket-dir expects NAME=PATH, got {item!r}", code="INVALID_ARGUMENT", exit_code=2)
        argv += ["--bucket-dir", f"{name}={Path(path).expanduser().resolve()}"]
    if s3_endpoint:
        argv += ["--s3-endpoint", s3_endpoint]
    for delay in job_delay:
        argv += ["--job-delay", delay]
    if (access_key or secret_key) and not (access_key and secret_key):
        fail("--access-key and --secret-key go together", code="INVALID_ARGUMENT", exit_code=2)
    # the key pair goes to the emulator in its environment (_key_env), never on its command line
    if no_rate_limits:
        argv.append("--no-rate-limits")
    return argv


def _key_env(access_key: str | None, secret_key: str | None) -> dict[str, str]:
    """The emulator's key pair as the environment it reads (a command line is visible to every user)."""
    if access_key and secret_key:
        return {"MI_EMULATOR_ACCESS_KEY": access_key, "MI_EMULATOR_SECRET_KEY": secret_key}
    return {}


def _private_log(path: Path) -> int:
    """A log file only its owner can read (the emulator may log request details)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.fchmod(fd, 0o600)  # an existing file keeps its old mode otherwise
    return fd


def _check_emulator_installed() -> None:
    import importlib.util

    for module in ("uvicorn", "starlette", "openapi_core"):
        if importlib.util.find_spec(module) is None:
            fail(
                f"The emulator needs {module}, which is not installed.",
                code="MISSING_DEPENDENCY",
                hint="pip install 'ncloud-media-intelligence[emulator]'",
            )


def _print_started(record: EmulatorRecord, *, already: bool = False) -> None:
    st = state()
    data = record.public(running=True, healthy=True)
    if st.json:
        emit_json(data)
        return
    verb = "already running" if already else "started"
    st.out.print(f"Emulator {verb} at [bold]{record.base_url}[/] (pid {record.pid})")
    st.out.print(f"  access key: {data['accessKey']}")
    st.out.print(f"  secret key: {data['secretKey']}")
    st.out.print(f"  database:   {record.db}")
    st.out.print(f"  log:        {record.log}")
    st.out.print("Use it with:")
    st.out.print(f"  export MI_BASE_URL={record.base_url}")
    if record.secret_key_is_default:
        st.out.print(f"  export NCLOUD_ACCESS_KEY_ID={record.access_key} NCLOUD_SECRET_KEY={DEFAULT_SECRET_KEY}")


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
        typer.Option("--s3-endpoint", help="S3-compatible endpoint for the other buckets (moto_server, NCP)."),
    ] = None,
    job_delay: Annotated[
        list[str] | None,
        typer.Option("--job-delay", metavar="SECONDS|KIND=SECONDS", help="Delay of each background job step."),
    ] = None,
    access_key: Annotated[str | None, typer.Option("--access-key", help="Accepted access key.")] = None,
    secret_key: Annotated[str | None, typer.Option("--secret-key", help="Its secret key.")] = None,
    no_rate_limits: Annotated[bool, typer.Option("--no-rate-limits", help="Never answer 429.")] = False,
    foreground: Annotated[bool, typer.Option("--foreground", help="Serve in this terminal until Ctrl-C.")] = False,
    write_profile: Annotated[
        str | None,
        typer.Option("--write-profile", metavar="NAME", help="Save the emulator's URL and keys as this profile."),
    ] = None,
    state_dir: StateDirOpt = None,
) -> None:
    """Start the emulator: in the background (default; pid and log in the state folder) or --foreground."""
    st = state()
    _check_emulator_installed()
    folder = _state_dir(state_dir)
    if foreground:
        argv = _emulator_argv(
            host,
            port,
            db or ":memory:",
            bucket_dir or [],
            s3_endpoint,
            job_delay or [],
            access_key,
            secret_key,
            no_rate_limits,
        )
        from media_intelligence_emulator._server import main as serve

        os.environ.update(_key_env(access_key, secret_key))
        code = serve(argv)
        raise typer.Exit(code)

    existing = _read_record(folder)
    if existing is not None and _alive(existing.pid):
        raise CliError(
            f"An emulator is already running at {existing.base_url} (pid {existing.pid}).",
            code="ALREADY_RUNNING",
            hint=f"`mi emulator stop --state-dir {folder}` first, or use another --state-dir",
        )
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    record_file, pid_file, log_file = _files(folder)
    db_path = db or str(folder / "mi.db")
    argv = _emulator_argv(
        host, port, db_path, bucket_dir or [], s3_endpoint, job_delay or [], access_key, secret_key, no_rate_limits
    )
    with os.fdopen(_private_log(log_file), "wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "media_intelligence_emulator", *argv, "--log-level", "warning"],
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # not killed by the terminal's Ctrl-C; `mi emulator stop` ends it
            env={**os.environ, **_key_env(access_key, secret_key), "PYTHONUNBUFFERED": "1"},
        )
    base_url = _wait_for_banner(process, log_file)
    record = EmulatorRecord(
        pid=process.pid,
        base_url=base_url,
        access_key=access_key or os.environ.get("MI_EMULATOR_ACCESS_KEY") or DEFAULT_ACCESS_KEY,
        secret_key_is_default=secret_key is None and not os.environ.get("MI_EMULATOR_SECRET_KEY"),
        db=db_path,
        log=str(log_file),
        state_dir=str(folder),
        started=time.time(),
    )
    record_file.write_text(json.dumps(asdict(record), indent=2) + "\n", encoding="utf-8")
    pid_file.write_text(f"{process.pid}\n", encoding="utf-8")
    if write_profile:
        if not record.secret_key_is_default:
            fail("--write-profile needs the demo key pair", code="INVALID_ARGUMENT", hint="use `mi configure`")
        from ._config import write_profile as save

        save(write_profile, access_key=record.access_key, secret_key=DEFAULT_SECRET_KEY, base_url=base_url)
        st.note(f"Saved profile [bold]{write_profile}[/] (emulator URL and keys).")
    _print_started(record)


def _wait_for_banner(process: subprocess.Popen[bytes], log_file: Path) -> str:
    """The base URL the emulator prints, once it answers its health check."""
    deadline = time.monotonic() + START_TIMEOUT
    base_url: str | None = None
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise CliError(
                f"The emulator exited at start (status {process.returncode}).",
                code="START_FAILED",
                hint="its log says:\n" + _tail(log_file),
            )
        if base_url is None:
            for line in _tail(log_file, 50).splitlines():
                if line.startswith("base url: "):
                    base_url = line.split(": ", 1)[1].strip()
        if base_url is not None and _healthy(base_url, timeout=1.0):
            return base_url
        time.sleep(0.1)
    _terminate(process.pid)
    raise CliError(
        f"The emulator did not answer within {START_TIMEOUT:.0f} s.", code="START_FAILED", hint=_tail(log_file)
    )


def _terminate(pid: int, timeout: float = 10.0) -> bool:
    """SIGTERM, then SIGKILL after ``timeout``; True when the process is gone."""
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        return True
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not _alive(pid):
            return True
        time.sleep(0.05)
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        return True
    time.sleep(0.1)
    return not _alive(pid)


@command(app, "stop")
def stop(state_dir: StateDirOpt = None) -> None:
    """Stop the background emulator (SIGTERM, SIGKILL after 10 s)."""
    st = state()
    folder = _state_dir(state_dir)
    record = _read_record(folder)
    if record is None or not _alive(record.pid):
        _remove_files(folder)
        if st.json:
            emit_json({"running": False, "stopped": False, "stateDir": str(folder)})
        else:
            st.out.print(f"No emulator is running (state folder {folder}).")
        return
    gone = _terminate(record.pid)
    if not gone:
        fail(f"The emulator (pid {record.pid}) did not stop.", code="STOP_FAILED", hint=f"kill -9 {record.pid}")
    _remove_files(folder)
    if st.json:
        emit_json({"running": False, "stopped": True, "pid": record.pid, "baseUrl": record.base_url})
    else:
        st.out.print(f"Stopped the emulator at {record.base_url} (pid {record.pid}).")


@command(app, "status")
def status(state_dir: StateDirOpt = None) -> None:
    """Whether the background emulator runs and answers; exits 1 when it does not."""
    st = state()
    folder = _state_dir(state_dir)
    record = _read_record(folder)
    running = record is not None and _alive(record.pid)
    if record is None or not running:
        if st.json:
            emit_json({"running": False, "healthy": False, "stateDir": str(folder)})
        else:
            st.out.print(f"No emulator is running (state folder {folder}).")
            st.note("[dim]hint:[/] start one with `mi emulator start`")
        raise typer.Exit(EXIT_ERROR)
    healthy = _healthy(record.base_url)
    data = record.public(running=True, healthy=healthy)
    if st.json:
        emit_json(data)
    else:
        mark = "[green]healthy[/]" if healthy else "[red]not answering[/]"
        st.out.print(f"Emulator running at [bold]{record.base_url}[/] (pid {record.pid}), {mark}")
        st.out.print(f"  access key: {data['accessKey']}")
        st.out.print(f"  secret key: {data['secretKey']}")
        st.out.print(f"  database:   {record.db}")
        st.out.print(f"  log:        {record.log}")
        st.out.print(f"  uptime:     {data['uptimeSeconds']} s")
    if not healthy:
        raise typer.Exit(EXIT_ERROR)
