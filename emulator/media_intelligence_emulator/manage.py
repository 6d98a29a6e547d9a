"""The emulator as a background process: start, stop, status (``mi emulator ...`` calls these).

A background emulator leaves three files in its state folder (``state_dir()``:
``MI_EMULATOR_STATE_DIR``, default ``~/.cache/mi/emulator``):
``emulator.json`` (pid, base URL, S3 endpoint, access key, database, log),
``emulator.pid`` and ``emulator.log``. The built-in S3 store keeps its
buckets in ``s3/`` there. Secrets never go on the child's command line (it
reads them from its environment) and the log is readable by its owner only.

Only the standard library is imported here: the process manager costs
nothing to import and pulls in no server dependency.
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
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

__all__ = [
    "DEFAULT_ACCESS_KEY",
    "DEFAULT_SECRET_KEY",
    "EmulatorRecord",
    "ManageError",
    "StartOptions",
    "Status",
    "alive",
    "child_env",
    "health",
    "read_record",
    "server_argv",
    "start",
    "state_dir",
    "status",
    "stop",
]

# Same values as _config (not imported from there, to keep this module free of the server's imports).
DEFAULT_ACCESS_KEY = "mi-emulator-access-key"
DEFAULT_SECRET_KEY = "mi-emulator-secret-key"
START_TIMEOUT = 60.0
STOP_TIMEOUT = 10.0
BANNER_BASE_URL = "base url: "


class ManageError(Exception):
    """A start/stop failure, with a stable ``code`` and an optional ``hint``."""

    def __init__(self, message: str, *, code: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.hint = hint


@dataclass
class StartOptions:
    """How to start a background emulator (the options of ``mi emulator start``)."""

    host: str = "127.0.0.1"
    port: int = 8080
    db: str | None = None  # default: STATE_DIR/mi.db
    bucket_dirs: Sequence[str] = ()  # NAME=PATH
    s3_endpoint: str | None = None  # an external store instead of the built-in one
    builtin_s3: bool = True
    s3_port: int = 0
    job_delays: Sequence[str] = ()  # SECONDS or KIND=SECONDS
    access_key: str | None = None
    secret_key: str | None = field(default=None, repr=False)
    rate_limits: bool = True
    log_level: str = "warning"


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
    s3_endpoint: str | None = None

    def public(self, *, running: bool, healthy: bool) -> dict[str, Any]:
        """The record as shown by ``mi emulator status --json`` (never a secret given by the user)."""
        return {
            "running": running,
            "healthy": healthy,
            "pid": self.pid,
            "baseUrl": self.base_url,
            "s3Endpoint": self.s3_endpoint,
            "accessKey": self.access_key,
            # the built-in demo pair is public; a pair given with --secret-key is never printed
            "secretKey": DEFAULT_SECRET_KEY if self.secret_key_is_default else "****",
            "db": self.db,
            "log": self.log,
            "stateDir": self.state_dir,
            "uptimeSeconds": round(time.time() - self.started, 1) if running else None,
        }


@dataclass(frozen=True)
class Status:
    """``status()``: the record (None when no emulator is known) and whether it runs and answers."""

    folder: Path
    record: EmulatorRecord | None
    running: bool
    healthy: bool


def state_dir(value: str | os.PathLike[str] | None = None, env: Mapping[str, str] | None = None) -> Path:
    """The state folder: ``value``, ``MI_EMULATOR_STATE_DIR``, or ``$XDG_CACHE_HOME/mi/emulator``."""
    env = os.environ if env is None else env
    if value is not None:
        return Path(value).expanduser()
    if env.get("MI_EMULATOR_STATE_DIR"):
        return Path(env["MI_EMULATOR_STATE_DIR"]).expanduser()
    cache = env.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(cache) / "mi" / "emulator"


def _files(folder: Path) -> tuple[Path, Path, Path]:
    return folder / "emulator.json", folder / "emulator.pid", folder / "emulator.log"


def alive(pid: int) -> bool:
    """True when ``pid`` is a running emulator (on Linux, a reused pid or a zombie is not)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    cmdline = Path(f"/proc/{pid}/cmdline")
    if cmdline.exists():
        try:
            text = cmdline.read_bytes().replace(b"\0", b" ")
        except OSError:
            return True
        if b"media_intelligence_emulator" not in text:
            return False
        try:
            if Path(f"/proc/{pid}/stat").read_text().split(") ", 1)[1].startswith("Z"):
                return False  # exited, not yet reaped
        except (OSError, IndexError):
            pass
    return True


def health(base_url: str, timeout: float = 2.0) -> dict[str, Any] | None:
    """The emulator's ``/_emulator/health`` answer, or None when it does not answer 200."""
    try:
        with urllib.request.urlopen(f"{base_url}/_emulator/health", timeout=timeout) as response:
            if response.status != 200:
                return None
            data = json.loads(response.read() or b"{}")
    except (urllib.error.URLError, OSError, ValueError):
        return None
    return data if isinstance(data, dict) else {}


def _ready(answer: dict[str, Any] | None) -> bool:
    """Healthy, and its built-in S3 store (when it has one) serves."""
    if answer is None:
        return False
    s3 = answer.get("s3")
    return not isinstance(s3, dict) or bool(s3.get("ready"))


def read_record(folder: Path) -> EmulatorRecord | None:
    """The record of ``folder``, or None when there is none (or it is unreadable)."""
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


def _private_file(path: Path, text: str) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as stream:
        stream.write(text)


def server_argv(options: StartOptions, db: str, s3_dir: Path | None) -> list[str]:
    """The ``python -m media_intelligence_emulator`` arguments of ``options`` (never a secret)."""
    argv = ["--host", options.host, "--port", str(options.port), "--db", db]
    for item in options.bucket_dirs:
        name, sep, path = item.partition("=")
        if not sep or not name or not path:
            raise ManageError(f"--bucket-dir expects NAME=PATH, got {item!r}", code="INVALID_ARGUMENT")
        argv += ["--bucket-dir", f"{name}={Path(path).expanduser().resolve()}"]
    if options.s3_endpoint:
        argv += ["--s3-endpoint", options.s3_endpoint, "--no-s3"]
    elif options.builtin_s3:
        argv += ["--s3-port", str(options.s3_port)]
        if s3_dir is not None:
            argv += ["--s3-dir", str(s3_dir)]
    else:
        argv.append("--no-s3")
    for delay in options.job_delays:
        argv += ["--job-delay", delay]
    if not options.rate_limits:
        argv.append("--no-rate-limits")
    return [*argv, "--log-level", options.log_level]


def child_env(options: StartOptions) -> dict[str, str]:
    """The environment of the emulator process: ours, plus the key pair of ``options``."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    if options.access_key or options.secret_key:
        if not (options.access_key and options.secret_key):
            raise ManageError("--access-key and --secret-key go together", code="INVALID_ARGUMENT")
        # through the environment, not argv: a command line is readable by every local user
        env["MI_EMULATOR_ACCESS_KEY"] = options.access_key
        env["MI_EMULATOR_SECRET_KEY"] = options.secret_key
    return env


def start(options: StartOptions | None = None, folder: Path | None = None) -> EmulatorRecord:
    """Start a background emulator and wait until it (and its S3 store) answers; its record."""
    opts = options or StartOptions()
    folder = folder or state_dir()
    existing = read_record(folder)
    if existing is not None and alive(existing.pid):
        raise ManageError(
            f"An emulator is already running at {existing.base_url} (pid {existing.pid}).",
            code="ALREADY_RUNNING",
            hint=f"`mi emulator stop --state-dir {folder}` first, or use another --state-dir",
        )
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    record_file, pid_file, log_file = _files(folder)
    db = opts.db or str(folder / "mi.db")
    argv = server_argv(opts, db, folder / "s3")
    env = child_env(opts)
    fd = os.open(log_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.chmod(log_file, 0o600)  # an older log may have been created with wider permissions
    with os.fdopen(fd, "wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "media_intelligence_emulator", *argv],
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # not killed by the terminal's Ctrl-C; stop() ends it
            env=env,
        )
    base_url, answer = _wait_until_ready(process, log_file)
    s3 = answer.get("s3")
    s3_endpoint = opts.s3_endpoint or (str(s3["endpoint"]) if isinstance(s3, dict) and s3.get("endpoint") else None)
    record = EmulatorRecord(
        pid=process.pid,
        base_url=base_url,
        access_key=opts.access_key or env.get("MI_EMULATOR_ACCESS_KEY") or DEFAULT_ACCESS_KEY,
        secret_key_is_default=(env.get("MI_EMULATOR_SECRET_KEY") or DEFAULT_SECRET_KEY) == DEFAULT_SECRET_KEY,
        db=db,
        log=str(log_file),
        state_dir=str(folder),
        started=time.time(),
        s3_endpoint=s3_endpoint,
    )
    _private_file(record_file, json.dumps(asdict(record), indent=2) + "\n")
    _private_file(pid_file, f"{process.pid}\n")
    return record


def _wait_until_ready(process: subprocess.Popen[bytes], log_file: Path) -> tuple[str, dict[str, Any]]:
    deadline = time.monotonic() + START_TIMEOUT
    base_url: str | None = None
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise ManageError(
                f"The emulator exited at start (status {process.returncode}).",
                code="START_FAILED",
                hint="its log says:\n" + _tail(log_file),
            )
        if base_url is None:
            for line in _tail(log_file, 50).splitlines():
                if line.startswith(BANNER_BASE_URL):
                    base_url = line[len(BANNER_BASE_URL) :].strip()
        if base_url is not None:
            answer = health(base_url, timeout=1.0)
            if answer is not None and _ready(answer):
                return base_url, answer
        time.sleep(0.05)
    _terminate(process.pid)
    raise ManageError(
        f"The emulator did not answer within {START_TIMEOUT:.0f} s.", code="START_FAILED", hint=_tail(log_file)
    )


def _terminate(pid: int, timeout: float = STOP_TIMEOUT) -> bool:
    """SIGTERM, then SIGKILL after ``timeout``; True when the process is gone."""
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        return True
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not alive(pid):
            return True
        time.sleep(0.05)
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        return True
    time.sleep(0.1)
    return not alive(pid)


def stop(folder: Path | None = None) -> EmulatorRecord | None:
    """Stop the background emulator (SIGTERM, SIGKILL after 10 s); its record, or None when none ran."""
    folder = folder or state_dir()
    record = read_record(folder)
    if record is None or not alive(record.pid):
        _remove_files(folder)
        return None
    if not _terminate(record.pid):
        raise ManageError(
            f"The emulator (pid {record.pid}) did not stop.", code="STOP_FAILED", hint=f"kill -9 {record.pid}"
        )
    _remove_files(folder)
    return record


def status(folder: Path | None = None) -> Status:
    """Whether the background emulator of ``folder`` runs and answers its health check."""
    folder = folder or state_dir()
    record = read_record(folder)
    running = record is not None and alive(record.pid)
    healthy = running and record is not None and _ready(health(record.base_url))
    return Status(folder, record, running, healthy)
