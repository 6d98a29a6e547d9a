"""Servers in child processes, listening on loopback sockets the parent opened.

The parent binds ``127.0.0.1:0`` and hands the listening socket to the child
(``pass_fds``), so the port is known before the child starts and no other
process can take it in between.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from types import TracebackType

import httpx

from ._paths import REPO, child_env

__all__ = ["ServerProcess", "ServerStartError"]


class ServerStartError(RuntimeError):
    """The server did not answer in time (its output is in the message)."""


class ServerProcess:
    """``with ServerProcess(["-m", "bench._asgi"]) as srv: srv.base_url``.

    ``args`` are the child's Python arguments; ``--fd N`` is appended. The
    server is ready when ``GET ready_path`` answers at all (any status).
    """

    def __init__(
        self,
        args: list[str],
        *,
        ready_path: str = "/",
        env: dict[str, str] | None = None,
        timeout: float = 60.0,
    ) -> None:
        self.args = args
        self.ready_path = ready_path
        self.env = env
        self.timeout = timeout
        self.port = 0
        self._proc: subprocess.Popen[bytes] | None = None
        self._sock: socket.socket | None = None
        self._log = ""

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc else None

    def start(self, *, wait: bool = True) -> ServerProcess:
        """Spawn the child; with ``wait`` (the default) also wait until it answers (`wait_ready`)."""
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", 0))
        sock.listen(2048)
        sock.set_inheritable(True)
        self._sock = sock
        self.port = sock.getsockname()[1]
        fd, self._log = tempfile.mkstemp(prefix=f"bench-server-{self.port}-", suffix=".log")
        with os.fdopen(fd, "wb") as log:
            self._proc = subprocess.Popen(
                [sys.executable, *self.args, "--fd", str(sock.fileno())],
                pass_fds=(sock.fileno(),),
                stdout=log,
                stderr=subprocess.STDOUT,
                cwd=REPO,
                env=self.env or child_env(),
            )
        if wait:
            self.wait_ready()
        return self

    def wait_ready(self) -> None:
        """Block until the server answers ``GET ready_path`` (any status); `ServerStartError` on failure."""
        deadline = time.monotonic() + self.timeout
        with httpx.Client(timeout=2.0) as client:
            while time.monotonic() < deadline:
                if self._proc is not None and self._proc.poll() is not None:
                    raise ServerStartError(f"server exited with {self._proc.returncode}: {self.output()}")
                try:
                    client.get(self.base_url + self.ready_path)
                    return
                except httpx.TransportError:
                    time.sleep(0.05)
        self.stop()
        raise ServerStartError(f"server not ready after {self.timeout:.0f}s: {self.output()}")

    def output(self, limit: int = 2000) -> str:
        try:
            with open(self._log, encoding="utf-8", errors="replace") as f:
                return f.read()[-limit:].strip()
        except OSError:
            return ""

    def stop(self) -> None:
        proc, self._proc = self._proc, None
        if proc is not None and proc.poll() is None:
            proc.send_signal(signal.SIGINT)
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        if self._sock is not None:
            self._sock.close()
            self._sock = None
        if self._log:
            try:
                os.unlink(self._log)
            except OSError:
                pass

    def __enter__(self) -> ServerProcess:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
