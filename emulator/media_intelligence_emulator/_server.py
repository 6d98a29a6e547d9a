"""Running the emulator: the command line and ``run_in_thread`` for tests.

``python -m media_intelligence_emulator --host 127.0.0.1 --port 8080 --db ./mi.db``
binds, prints its base URL and, one per line, ``access key: ...`` and
``secret key: ...`` for every accepted pair, then serves until interrupted.
Only the built-in demo secret is printed (it is public); any other shows as
``****``. A secret is best given in the environment
(``MI_EMULATOR_ACCESS_KEY``/``MI_EMULATOR_SECRET_KEY``) or in a file only its
owner can read (``--secret-key-file``): a command line is visible to every
user of the machine. The access log masks the tokens of presigned upload URLs
(they sit in the path).
"""

from __future__ import annotations

import argparse
import logging
import os
import re
import socket
import stat
import sys
import threading
import time
from collections.abc import Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Any, TextIO

import uvicorn
from starlette.applications import Starlette

from ._app import create_app
from ._config import DEFAULT_SECRET_KEY, Credential, EmulatorConfig, S3Config
from ._spec import CompiledSpec
from ._state import EmulatorState

__all__ = ["RunningEmulator", "build_parser", "config_from_args", "main", "run_in_thread"]


def _bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)  # inherited by accepted connections
    sock.bind((host, port))
    sock.listen(128)
    sock.set_inheritable(True)
    return sock


def _base_url(host: str, port: int) -> str:
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}"


def print_banner(base_url: str, config: EmulatorConfig, out: TextIO) -> None:
    """The start-up lines: base URL, then each credential pair."""
    print(f"Media Intelligence emulator listening on {base_url}", file=out)
    print(f"base url: {base_url}", file=out)
    for cred in config.credentials:
        shown = cred.secret_key if cred.secret_key == DEFAULT_SECRET_KEY else "****"
        print(f"access key: {cred.access_key}", file=out)
        print(f"secret key: {shown}", file=out)
    out.flush()


#: The token of a presigned upload URL (``/_emulator/uploads/{token}``): a bearer secret, never logged.
_UPLOAD_TOKEN = re.compile(r"(/_emulator/uploads/)[^/?\s\"]+")


class _MaskUploadTokens(logging.Filter):
    """Masks upload tokens in uvicorn's access log lines."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(_UPLOAD_TOKEN.sub(r"\1****", a) if isinstance(a, str) else a for a in record.args)
        if isinstance(record.msg, str):
            record.msg = _UPLOAD_TOKEN.sub(r"\1****", record.msg)
        return True


def mask_upload_tokens(text: str) -> str:
    """``text`` with the tokens of presigned upload URLs masked."""
    return _UPLOAD_TOKEN.sub(r"\1****", text)


def _install_log_masks() -> None:
    logger = logging.getLogger("uvicorn.access")
    if not any(isinstance(f, _MaskUploadTokens) for f in logger.filters):
        logger.addFilter(_MaskUploadTokens())


def read_secret_file(path: str) -> str:
    """The secret key in ``path`` (first line); refused when the file is readable by others."""
    mode = os.stat(path).st_mode
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise SystemExit(f"--secret-key-file {path}: readable by others (chmod 600 it)")
    with open(path, encoding="utf-8") as fh:
        secret = fh.readline().strip()
    if not secret:
        raise SystemExit(f"--secret-key-file {path}: empty")
    return secret


@dataclass
class RunningEmulator:
    """An emulator serving on a free loopback port in a background thread."""

    base_url: str
    config: EmulatorConfig
    app: Starlette
    _server: uvicorn.Server = field(repr=False)
    _thread: threading.Thread = field(repr=False)

    @property
    def state(self) -> EmulatorState:
        state: EmulatorState = self.app.state.emulator
        return state

    @property
    def credentials(self) -> tuple[Credential, ...]:
        return self.config.credentials

    @property
    def access_key(self) -> str:
        return self.config.credentials[0].access_key

    @property
    def secret_key(self) -> str:
        return self.config.credentials[0].secret_key

    def reset(self) -> None:
        """Empty the state (every table, pending jobs, rate-limit windows)."""
        self.state.reset()

    def wait_for_jobs(self, timeout: float = 10.0) -> bool:
        """Block until no background job is pending; False on timeout."""
        return self.state.jobs.wait_idle(timeout)

    def hold_jobs(self) -> AbstractContextManager[None]:
        """``with emu.hold_jobs():`` no background job starts until the block ends (see ``JobRunner.held``)."""
        return self.state.jobs.held()

    def stop(self, timeout: float = 10.0) -> None:
        """Stop serving and wait for the thread."""
        self._server.should_exit = True
        self._thread.join(timeout)

    def __enter__(self) -> RunningEmulator:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def run_in_thread(config: EmulatorConfig | None = None, *, spec: CompiledSpec | None = None) -> RunningEmulator:
    """Start an emulator in a daemon thread (port 0 in the config: a free port) and wait until it serves."""
    cfg = config or EmulatorConfig(port=0)
    sock = _bind(cfg.host, cfg.port)
    port = int(sock.getsockname()[1])
    cfg = cfg.with_changes(port=port)
    app = create_app(cfg, spec=spec)
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on", access_log=False))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name="mi-emulator", daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the emulator did not start")
        time.sleep(0.01)
    return RunningEmulator(_base_url(cfg.host, port), cfg, app, server, thread)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m media_intelligence_emulator",
        description="Local NAVER Cloud Media Intelligence API emulator.",
    )
    parser.add_argument("--host", default=None, help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=None, help="port (default 8080; 0 picks a free one)")
    parser.add_argument("--db", default=None, help="SQLite file, or :memory: (default)")
    parser.add_argument("--access-key", action="append", default=[], help="accepted access key (repeatable)")
    parser.add_argument(
        "--secret-key",
        action="append",
        default=[],
        help="its secret key (repeatable, same order; visible to other users: prefer MI_EMULATOR_SECRET_KEY)",
    )
    parser.add_argument(
        "--secret-key-file",
        action="append",
        default=[],
        metavar="PATH",
        help="a file (mode 600) holding the secret key of the --access-key at the same position",
    )
    parser.add_argument(
        "--admin-access-key",
        action="append",
        default=[],
        help="an accepted key whose POST /_emulator/reset empties every tenant (repeatable)",
    )
    parser.add_argument(
        "--bucket-dir", action="append", default=[], metavar="NAME=PATH", help="serve a local folder as a bucket"
    )
    parser.add_argument("--s3-endpoint", default=None, help="S3-compatible endpoint URL for other buckets")
    parser.add_argument("--s3-access-key", default="test")
    parser.add_argument("--s3-secret-key", default="test")
    parser.add_argument("--s3-region", default="us-east-1")
    parser.add_argument(
        "--s3-port", type=int, default=0, help="port of the built-in S3 store (moto's server; 0: a free port)"
    )
    parser.add_argument("--s3-dir", default=None, help="folder the built-in S3 store keeps its buckets in")
    parser.add_argument("--no-s3", action="store_true", help="no built-in S3 store")
    parser.add_argument(
        "--job-delay",
        action="append",
        default=[],
        metavar="SECONDS|KIND=SECONDS",
        help="delay of each background job step (repeatable per kind: import=1 analysis=5)",
    )
    parser.add_argument("--public-url", default=None, help="base URL used in presigned upload URLs")
    parser.add_argument("--no-rate-limits", action="store_true", help="never answer 429")
    parser.add_argument(
        "--no-verify-signatures",
        action="store_true",
        help="accept unsigned requests (the caller is x-ncp-iam-access-key, else the first key)",
    )
    parser.add_argument("--no-media-limits", action="store_true", help="accept media outside x-media-limits")
    parser.add_argument("--log-level", default="info")
    return parser


def config_from_args(args: argparse.Namespace) -> EmulatorConfig:
    overrides: dict[str, Any] = {}
    if args.host is not None:
        overrides["host"] = args.host
    if args.port is not None:
        overrides["port"] = args.port
    if args.db is not None:
        overrides["db"] = args.db
    secrets = [*args.secret_key, *(read_secret_file(p) for p in args.secret_key_file)]
    if args.access_key or secrets:
        if len(args.access_key) != len(secrets):
            raise SystemExit("--access-key and --secret-key(-file) must be given the same number of times")
        overrides["credentials"] = tuple(Credential(a, s) for a, s in zip(args.access_key, secrets, strict=True))
    if args.admin_access_key:
        overrides["admin_access_keys"] = frozenset(args.admin_access_key)
    if args.bucket_dir:
        dirs = {}
        for item in args.bucket_dir:
            name, sep, path = item.partition("=")
            if not sep or not name or not path:
                raise SystemExit(f"--bucket-dir expects NAME=PATH, got {item!r}")
            dirs[name] = path
        overrides["bucket_dirs"] = dirs
    if args.s3_endpoint:
        overrides["s3"] = S3Config(args.s3_endpoint, args.s3_access_key, args.s3_secret_key, args.s3_region)
    overrides["builtin_s3"] = not args.no_s3
    overrides["s3_port"] = args.s3_port
    if args.s3_dir:
        overrides["s3_dir"] = args.s3_dir
    per_kind: dict[str, float] = {}
    for item in args.job_delay:
        kind, sep, seconds = item.rpartition("=")
        if sep:
            per_kind[kind] = float(seconds)
        else:
            overrides["job_delay"] = float(seconds)
    if per_kind:
        overrides["job_delays"] = per_kind
    if args.public_url:
        overrides["public_base_url"] = args.public_url
    if args.no_rate_limits:
        overrides["rate_limits"] = False
    if args.no_verify_signatures:
        overrides["verify_signatures"] = False
    if args.no_media_limits:
        overrides["enforce_media_limits"] = False
    return EmulatorConfig.from_env(**overrides)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``python -m media_intelligence_emulator``."""
    args = build_parser().parse_args(argv)
    config = config_from_args(args)
    sock = _bind(config.host, config.port)
    port = int(sock.getsockname()[1])
    config = config.with_changes(port=port)
    app = create_app(config)
    print_banner(_base_url(config.host, port), config, sys.stdout)
    server = uvicorn.Server(uvicorn.Config(app, log_level=args.log_level, lifespan="on"))
    _install_log_masks()  # after uvicorn configured its loggers
    server.run(sockets=[sock])
    return 0
