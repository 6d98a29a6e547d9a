"""Secrets of ``mi emulator start`` stay off command lines and out of logs; upload tokens are masked in logs."""

from __future__ import annotations

import json
import logging
import os
import stat
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from media_intelligence._auth import NcpSignatureV2Auth
from media_intelligence._logging import log_request
from media_intelligence._redact import redact_url

MI = str(Path(sys.executable).parent / "mi")
SECRET = "cli-secret-never-shown-0123456789"


def _mi(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([MI, *args], capture_output=True, text=True, env=env, timeout=120)


def test_secret_key_is_not_on_the_command_line_or_in_the_log(tmp_path: Path) -> None:
    state_dir = tmp_path / "state"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MI_", "NCLOUD_"))}
    started = _mi(
        "emulator", "start", "--port", "0", "--state-dir", str(state_dir),
        "--access-key", "cli-access-key", "--secret-key", SECRET, "--json",
        env=env,
    )  # fmt: skip
    assert started.returncode == 0, started.stderr
    info = json.loads(started.stdout)
    try:
        assert SECRET not in started.stdout + started.stderr
        cmdline = Path(f"/proc/{info['pid']}/cmdline").read_bytes()
        assert b"media_intelligence_emulator" in cmdline and SECRET.encode() not in cmdline
        log = Path(info["log"])
        assert stat.S_IMODE(log.stat().st_mode) == 0o600
        assert SECRET not in log.read_text(errors="replace")
        for path in state_dir.iterdir():
            assert SECRET not in path.read_text(errors="replace"), path
        # the emulator does accept the pair it was given
        auth = NcpSignatureV2Auth("cli-access-key", SECRET)
        listed = httpx.get(info["baseUrl"] + "/api/v1/workspaces", params={"pageNum": 1}, auth=auth)
        assert listed.status_code == 200, listed.text
    finally:
        stopped = _mi("emulator", "stop", "--state-dir", str(state_dir), env=env)
        assert stopped.returncode == 0, stopped.stderr


def test_secret_key_file_must_be_private(tmp_path: Path) -> None:
    secret = tmp_path / "secret"
    secret.write_text(SECRET)
    secret.chmod(0o644)
    run = subprocess.run(
        [sys.executable, "-m", "media_intelligence_emulator", "--port", "0", "--access-key", "a",
         "--secret-key-file", str(secret)],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert run.returncode != 0 and "readable by others" in run.stderr
    assert SECRET not in run.stdout + run.stderr


def test_sdk_debug_log_masks_upload_tokens_in_paths(caplog: pytest.LogCaptureFixture) -> None:
    url = "http://127.0.0.1:8080/_emulator/uploads/Zx9-secretTOKEN_abc?partNumber=1"
    assert "secretTOKEN" not in redact_url(url)
    assert redact_url(url).startswith("http://127.0.0.1:8080/_emulator/uploads/****")
    with caplog.at_level(logging.DEBUG, logger="media_intelligence"):
        log_request("PUT", url, {})
    assert "/_emulator/uploads/****" in caplog.text and "secretTOKEN" not in caplog.text
