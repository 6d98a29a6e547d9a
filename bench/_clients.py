"""The parent's side of ``_worker``: a client process in a venv, driven line by line."""

from __future__ import annotations

import json
import subprocess
import tempfile
from typing import Any

from ._paths import REPO
from ._venvs import Venv

__all__ = ["WorkerError", "WorkerProcess"]


class WorkerError(RuntimeError):
    """The worker failed a command (its message) or died."""


class WorkerProcess:
    """``python -m bench._worker BASE_URL`` in ``venv``; `ask` sends a command and returns the answer."""

    def __init__(self, venv: Venv, base_url: str) -> None:
        self.venv = venv
        # Only the bench package comes from the tree (PYTHONPATH); everything else is the venv's own.
        # stderr goes to a file: a pipe nobody reads could fill up and stall the worker.
        self._stderr = tempfile.TemporaryFile(mode="w+")  # noqa: SIM115 - closed in close()
        self.proc = subprocess.Popen(
            [venv.python, "-m", "bench._worker", base_url],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            text=True,
            cwd=REPO,
            env={"PYTHONPATH": str(REPO), "PATH": str(venv.bin), "PYTHONHASHSEED": "0"},
        )
        self._read()
        answer = self.ask({"op": "variants"})
        self.variants: set[str] = set(answer["variants"])
        self.missing: dict[str, str] = dict(answer["missing"])

    def _read(self) -> dict[str, Any]:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line:
            self.proc.wait(timeout=10)
            self._stderr.seek(0)
            err = self._stderr.read()
            raise WorkerError(f"the {self.venv.name} worker exited: {err.strip()[-500:]}")
        reply: dict[str, Any] = json.loads(line)
        if "error" in reply:
            raise WorkerError(reply["error"])
        return reply

    def ask(self, command: dict[str, Any]) -> dict[str, Any]:
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps(command) + "\n")
        self.proc.stdin.flush()
        return self._read()

    def close(self) -> None:
        if self.proc.poll() is None:
            assert self.proc.stdin is not None
            self.proc.stdin.close()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self._stderr.close()
