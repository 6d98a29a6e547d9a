"""``mi emulator start|stop|status``: a real background process, and the foreground mode."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from .conftest import as_json, run


@pytest.fixture
def state_dir(tmp_path: Path) -> Path:
    return tmp_path / "emulator-state"


def test_start_status_stop(base_env: dict[str, str], state_dir: Path, tmp_path: Path) -> None:
    bucket = tmp_path / "bucket"
    bucket.mkdir()
    started = run(
        base_env,
        "emulator",
        "start",
        "--port",
        "0",
        "--state-dir",
        str(state_dir),
        "--bucket-dir",
        f"media={bucket}",
        "--job-delay",
        "0",
        "--json",
    )
    assert started.exit_code == 0, started.stderr
    info = as_json(started)
    try:
        assert info["running"] and info["healthy"]
        assert info["baseUrl"].startswith("http://127.0.0.1:")
        assert info["accessKey"] == "mi-emulator-access-key"
        # health says where the built-in S3 store is, and it serves S3
        health = httpx.get(info["baseUrl"] + "/_emulator/health").json()
        assert health == {"status": "ok", "s3": {"endpoint": info["s3Endpoint"], "ready": True}}
        listing = httpx.get(info["s3Endpoint"] + "/")
        assert listing.status_code == 200 and b"ListAllMyBucketsResult" in listing.content
        assert (state_dir / "emulator.pid").read_text().strip() == str(info["pid"])

        # the keys it prints work
        env = {
            **base_env,
            "NCLOUD_ACCESS_KEY_ID": info["accessKey"],
            "NCLOUD_SECRET_KEY": info["secretKey"],
            "MI_BASE_URL": info["baseUrl"],
        }
        assert run(env, "workspaces", "create", "bg-ws", "--bucket", "media").exit_code == 0

        status = run(base_env, "emulator", "status", "--state-dir", str(state_dir), "--json")
        assert status.exit_code == 0
        assert as_json(status)["pid"] == info["pid"]
        assert "healthy" in run(base_env, "emulator", "status", "--state-dir", str(state_dir)).stdout

        again = run(base_env, "emulator", "start", "--port", "0", "--state-dir", str(state_dir))
        assert again.exit_code == 1 and "ALREADY_RUNNING" in again.stderr
    finally:
        stopped = run(base_env, "emulator", "stop", "--state-dir", str(state_dir), "--json")
    assert stopped.exit_code == 0, stopped.stderr
    assert as_json(stopped)["stopped"] is True
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        try:
            os.kill(info["pid"], 0)
        except ProcessLookupError:
            break
        time.sleep(0.05)
    assert not (state_dir / "emulator.pid").exists()

    after = run(base_env, "emulator", "status", "--state-dir", str(state_dir), "--json")
    assert after.exit_code == 1
    assert as_json(after) == {"running": False, "healthy": False, "stateDir": str(state_dir)}
    assert "No emulator is running" in run(base_env, "emulator", "stop", "--state-dir", str(state_dir)).stdout


def test_write_profile(base_env: dict[str, str], state_dir: Path) -> None:
    started = run(base_env, "emulator", "start", "--port", "0", "--state-dir", str(state_dir), "--write-profile", "emu")
    try:
        assert started.exit_code == 0, started.stderr
        assert "Saved profile emu" in started.stderr
        created = run(base_env, "--profile", "emu", "workspaces", "create", "via-profile", "--bucket", "b")
        assert created.exit_code == 0, created.stderr
    finally:
        run(base_env, "emulator", "stop", "--state-dir", str(state_dir))


def test_start_failure_shows_the_log(base_env: dict[str, str], state_dir: Path) -> None:
    result = run(base_env, "emulator", "start", "--port", "0", "--state-dir", str(state_dir), "--job-delay", "x=y")
    assert result.exit_code == 1
    assert "START_FAILED" in result.stderr


def test_foreground_serves_until_interrupted(tmp_path: Path, base_env: dict[str, str]) -> None:
    env = {**os.environ, **base_env, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "from media_intelligence.cli import main; main()",
            "emulator",
            "start",
            "--foreground",
            "--port",
            "0",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env=env,
        text=True,
    )
    try:
        assert process.stdout is not None
        base_url = None
        deadline = time.monotonic() + 60
        while base_url is None and time.monotonic() < deadline:
            line = process.stdout.readline()
            if line.startswith("base url: "):
                base_url = line.split(": ", 1)[1].strip()
        assert base_url, "no banner"
        assert httpx.get(base_url + "/_emulator/health").status_code == 200
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=20) in (0, 130)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
