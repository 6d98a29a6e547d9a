"""``mi configure``: writes a profile, hides the secret, and later commands use the profile."""

from __future__ import annotations

import configparser
import stat
from pathlib import Path

from media_intelligence_emulator.pytest_plugin import EmulatorHandle

from .conftest import as_json, run

SECRET = "very-secret-value-123"


def read(path: Path) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(default_section="\x00none", interpolation=None)
    parser.read(path)
    return parser


def test_prompts_write_the_profile_and_never_echo_the_secret(base_env: dict[str, str], config_file: Path) -> None:
    result = run(base_env, "configure", "--profile", "work", input=f"AKIDEXAMPLE1234\n{SECRET}\n")
    assert result.exit_code == 0, result.stderr
    assert SECRET not in result.stdout + result.stderr
    assert "AKID****" in result.stdout
    section = read(config_file)["work"]
    assert section["ncloud_access_key_id"] == "AKIDEXAMPLE1234"
    assert section["ncloud_secret_access_key"] == SECRET
    assert stat.S_IMODE(config_file.stat().st_mode) == 0o600


def test_base_url_and_workspace_are_saved_and_other_profiles_kept(base_env: dict[str, str], config_file: Path) -> None:
    config_file.parent.mkdir(parents=True)
    config_file.write_text("[DEFAULT]\nncloud_access_key_id = KEEP\nncloud_secret_access_key = KEEPSECRET\n")
    result = run(
        base_env,
        "configure",
        "--profile",
        "emu",
        "--access-key",
        "AKIDEMU",
        "--secret-key-stdin",
        "--base-url",
        "http://127.0.0.1:9999",
        "--workspace",
        "demo",
        "--json",
        input=f"{SECRET}\n",
    )
    assert result.exit_code == 0, result.stderr
    data = as_json(result)
    assert data == {
        "profile": "emu",
        "path": str(config_file),
        "exists": True,
        "accessKey": "****",
        "secretKey": "****",
        "baseUrl": "http://127.0.0.1:9999",
        "workspace": "demo",
        "s3EndpointUrl": None,
    }
    parser = read(config_file)
    assert parser["DEFAULT"]["ncloud_access_key_id"] == "KEEP"
    assert parser["emu"]["mi_base_url"] == "http://127.0.0.1:9999"
    assert parser["emu"]["mi_workspace"] == "demo"


def test_enter_keeps_the_current_values(base_env: dict[str, str], config_file: Path) -> None:
    assert run(base_env, "configure", input=f"AKIDFIRST0000\n{SECRET}\n").exit_code == 0
    result = run(base_env, "configure", input="\n\n")
    assert result.exit_code == 0, result.stderr
    section = read(config_file)["DEFAULT"]
    assert section["ncloud_access_key_id"] == "AKIDFIRST0000"
    assert section["ncloud_secret_access_key"] == SECRET


def test_show_masks_the_keys(base_env: dict[str, str]) -> None:
    run(base_env, "configure", input=f"AKIDSHOWN0000\n{SECRET}\n")
    result = run(base_env, "configure", "--show")
    assert result.exit_code == 0
    assert "AKID****" in result.stdout and SECRET not in result.stdout
    missing = run(base_env, "configure", "--show", "--profile", "nope", "--json")
    assert as_json(missing)["exists"] is False


def test_missing_secret_is_an_error(base_env: dict[str, str]) -> None:
    result = run(base_env, "configure", "--access-key", "AKIDONLY", input="\n")
    assert result.exit_code == 2
    assert "secret key is required" in result.stderr


def test_a_saved_profile_drives_later_commands(
    base_env: dict[str, str], mi_emulator: EmulatorHandle, config_file: Path
) -> None:
    result = run(
        base_env,
        "configure",
        "--profile",
        "local",
        "--access-key",
        mi_emulator.access_key,
        "--secret-key-stdin",
        "--base-url",
        mi_emulator.base_url,
        input=mi_emulator.secret_key + "\n",
    )
    assert result.exit_code == 0, result.stderr
    created = run(base_env, "--profile", "local", "workspaces", "create", "from-profile", "--bucket", "b", "--json")
    assert created.exit_code == 0, created.stderr
    listed = run(base_env, "workspaces", "list", "--json", "--profile", "local")
    assert [w["workspaceName"] for w in as_json(listed)] == ["from-profile"]


def test_no_credentials_anywhere(base_env: dict[str, str]) -> None:
    result = run(base_env, "workspaces", "list")
    assert result.exit_code == 2
    assert "NO_CREDENTIALS" in result.stderr
    assert "mi configure" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
