"""From nothing to an analysed clip and photo: `mi emulator start`, then `mi analyze`, as separate processes.

Nothing else is started: the emulator's built-in S3 store (moto's server, in
the emulator's process) receives the uploads, and keeps its buckets across a
restart. Every process talks over loopback only.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.media import jpeg, mp4

MI = [sys.executable, "-c", "from media_intelligence.cli import main; main()"]


def mi(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*MI, *args], env=env, capture_output=True, text=True, timeout=300, check=False)


def ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, f"exit {result.returncode}\nstdout: {result.stdout}\nstderr: {result.stderr}"
    return result.stdout


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """A clean environment: no keys, no URLs, a private config file and state folder."""
    cleared = {k: v for k, v in os.environ.items() if not k.startswith(("NCLOUD_", "MI_", "AWS_"))}
    return {
        **cleared,
        "NCLOUD_CONFIG_FILE": str(tmp_path / "configure"),
        "MI_EMULATOR_STATE_DIR": str(tmp_path / "state"),
        "HOME": str(tmp_path),  # no ~/.aws credentials of the machine
        "COLUMNS": "200",
    }


def test_start_then_analyze_with_nothing_else_running(env: dict[str, str], tmp_path: Path) -> None:
    media = tmp_path / "media"
    media.mkdir()
    (media / "clip.mp4").write_bytes(mp4(4, 640, 360))
    (media / "photo.jpg").write_bytes(jpeg(640, 360, (200, 30, 30)))
    started: dict[str, Any] = json.loads(
        ok(mi(env, "emulator", "start", "--port", "0", "--write-profile", "emu", "--json"))
    )
    try:
        assert started["s3Endpoint"].startswith("http://127.0.0.1:")
        profile = Path(env["NCLOUD_CONFIG_FILE"]).read_text()
        assert f"mi_s3_endpoint_url = {started['s3Endpoint']}" in profile
        use = {**env, "NCLOUD_PROFILE": "emu", "MI_WORKSPACE": "demo"}
        ok(mi(use, "workspaces", "create", "demo", "--bucket", "media"))
        ok(mi(use, "projects", "create", "samples"))
        result = json.loads(
            ok(mi(use, "analyze", str(media / "clip.mp4"), str(media / "photo.jpg"), "-P", "samples", "--json"))
        )
        rows = {row["file"].rsplit("/", 1)[-1]: row for row in result}
        assert set(rows) == {"clip.mp4", "photo.jpg"}
        assert all(row["status"] == "ok" for row in rows.values()), rows
        assert rows["clip.mp4"]["index"]["scenes"] >= 1

        # the buckets outlive the process: after a restart, the uploaded clip imports again without an upload
        ok(mi(env, "emulator", "stop"))
        saved = Path(env["MI_EMULATOR_STATE_DIR"]) / "s3" / "media"
        assert sorted(p.name for p in saved.iterdir() if not p.name.endswith(".mi.json")) == ["clip.mp4", "photo.jpg"]
        again = json.loads(ok(mi(env, "emulator", "start", "--port", "0", "--write-profile", "emu", "--json")))
        assert again["s3Endpoint"]
        reused = json.loads(ok(mi(use, "analyze", "clip.mp4", "--from-bucket", "-P", "samples", "--json")))
        assert [row["status"] for row in reused] == ["ok"], reused

        # with no profile, only the URL and keys it prints: the upload finds the store through its health check
        bare = {
            **env,
            "MI_BASE_URL": again["baseUrl"],
            "NCLOUD_ACCESS_KEY_ID": again["accessKey"],
            "NCLOUD_SECRET_KEY": again["secretKey"],
            "MI_WORKSPACE": "demo",
        }
        (media / "second.jpg").write_bytes(jpeg(640, 360, (30, 30, 200)))
        uploaded = json.loads(ok(mi(bare, "analyze", str(media / "second.jpg"), "-P", "samples", "--json")))
        assert [row["status"] for row in uploaded] == ["ok"], uploaded
    finally:
        mi(env, "emulator", "stop")


def test_no_secret_on_the_command_line_or_in_a_readable_file(env: dict[str, str]) -> None:
    secret = "a-private-secret-0123456789"
    started = json.loads(
        ok(
            mi(
                env,
                "emulator",
                "start",
                "--port",
                "0",
                "--no-s3",
                "--access-key",
                "k1",
                "--secret-key",
                secret,
                "--json",
            )
        )
    )
    try:
        assert started["secretKey"] == "****"
        cmdline = Path(f"/proc/{started['pid']}/cmdline").read_bytes()
        assert secret.encode() not in cmdline
        state = Path(env["MI_EMULATOR_STATE_DIR"])
        for name in ("emulator.log", "emulator.json", "emulator.pid"):
            mode = stat.S_IMODE((state / name).stat().st_mode)
            assert mode & 0o077 == 0, f"{name} is readable by others ({oct(mode)})"
        assert secret not in (state / "emulator.json").read_text()
    finally:
        mi(env, "emulator", "stop")


def test_without_the_emulator_installed_it_says_how_to_install_it(env: dict[str, str]) -> None:
    # the emulator package made unimportable, as in an environment with the SDK alone
    code = (
        "import sys; sys.modules['media_intelligence_emulator'] = None\nfrom media_intelligence.cli import main; main()"
    )
    for command in (["start"], ["status"], ["stop"]):
        result = subprocess.run(
            [sys.executable, "-c", code, "emulator", *command], env=env, capture_output=True, text=True, timeout=60
        )
        assert result.returncode == 1, result
        assert "The emulator is not installed" in result.stderr
        assert "pip install ncloud-media-intelligence-emulator" in result.stderr
        assert "Traceback" not in result.stderr
