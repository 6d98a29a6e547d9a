"""``mi workspaces|projects|assets|tags|persons``: every command, its ``--json`` form and its error exits."""

from __future__ import annotations

from pathlib import Path

import pytest

from media_intelligence_emulator.pytest_plugin import EmulatorHandle

from .conftest import WORKSPACE, Invoke, as_json, free_port, run


def ok(result: object) -> None:
    exit_code = getattr(result, "exit_code", None)
    assert exit_code == 0, (
        f"exit {exit_code}\nstdout: {getattr(result, 'stdout', '')}\nstderr: {getattr(result, 'stderr', '')}"
    )


# -- workspaces -------------------------------------------------------------------------


def test_workspaces_lifecycle(mi: Invoke, mi_emulator: EmulatorHandle) -> None:
    created = mi("workspaces", "create", "media-ws", "--bucket", mi_emulator.bucket)
    ok(created)
    assert "Created workspace media-ws" in created.stdout

    listed = mi("workspaces", "list")
    ok(listed)
    assert "media-ws" in listed.stdout and mi_emulator.bucket in listed.stdout
    items = as_json(mi("workspaces", "list", "--json"))
    assert [w["workspaceName"] for w in items] == ["media-ws"]

    shown = as_json(mi("workspaces", "get", "media-ws", "--json"))
    assert shown["workspaceName"] == "media-ws" and shown["bucketName"] == mi_emulator.bucket
    ok(mi("--workspace", "media-ws", "workspaces", "get"))  # the chosen workspace is the default

    ok(mi("workspaces", "delete", "media-ws", "--yes", "--json"))
    assert as_json(mi("workspaces", "list", "--json")) == []


def test_workspace_delete_needs_confirmation_without_a_terminal(mi: Invoke, workspace: str) -> None:
    result = mi("workspaces", "delete", workspace)
    assert result.exit_code == 2
    assert "--yes" in result.stderr


def test_invalid_workspace_name_is_refused_before_sending(mi: Invoke) -> None:
    result = mi("workspaces", "create", "Bad_Name!")
    assert result.exit_code == 2
    assert "INVALID_REQUEST" in result.stderr and "workspaceName" in result.stderr
    assert "nothing was sent" in result.stderr


def test_unknown_workspace_error_has_code_message_and_hint(mi: Invoke) -> None:
    result = mi("workspaces", "get", "no-such-ws")
    assert result.exit_code == 1
    assert "error" in result.stderr and "hint:" in result.stderr
    assert "mi workspaces list" in result.stderr
    data = as_json(mi("workspaces", "get", "no-such-ws", "--json"))
    assert set(data["error"]) == {"code", "message", "hint"}
    assert data["error"]["code"].isdigit()


# -- projects --------------------------------------------------------------------------


def test_projects_lifecycle_by_id_and_name(mi_ws: Invoke) -> None:
    created = as_json(mi_ws("projects", "create", "clips", "--json"))
    project_id = created["projectId"]
    assert created["name"] == "clips"

    listed = as_json(mi_ws("projects", "list", "--json"))
    assert {p["name"] for p in listed} >= {"clips"}
    table = mi_ws("projects", "list")
    ok(table)
    assert "clips" in table.stdout

    assert as_json(mi_ws("projects", "get", "clips", "--json"))["projectId"] == project_id
    ok(mi_ws("projects", "get", str(project_id)))

    renamed = as_json(mi_ws("projects", "update", "clips", "--name", "films", "--json"))
    assert renamed["name"] == "films"
    assert "Renamed" in mi_ws("projects", "update", str(project_id), "--name", "movies").stdout

    ok(mi_ws("projects", "delete", "movies", "--yes"))
    assert "movies" not in {p["name"] for p in as_json(mi_ws("projects", "list", "--json"))}


def test_unknown_project_name(mi_ws: Invoke) -> None:
    result = mi_ws("projects", "get", "nope")
    assert result.exit_code == 2
    assert "PROJECT_NOT_FOUND" in result.stderr and "mi projects create nope" in result.stderr


def test_unknown_project_id_is_the_api_error(mi_ws: Invoke) -> None:
    result = mi_ws("projects", "get", "999999", "--json")
    assert result.exit_code == 1
    assert as_json(result)["error"]["hint"] == "check the name or id (`mi projects list`)"


def test_projects_need_a_workspace(mi: Invoke) -> None:
    result = mi("projects", "list")
    assert result.exit_code == 2
    assert "NO_WORKSPACE" in result.stderr and "--workspace" in result.stderr


# -- assets ----------------------------------------------------------------------------


def test_assets_list_get_move_delete(mi_ws: Invoke, bucket_samples: object, mi_emulator: EmulatorHandle) -> None:
    put = bucket_samples
    assert callable(put)
    put("cat.jpg")
    ok(mi_ws("projects", "create", "pets"))
    ok(mi_ws("projects", "create", "archive"))
    ok(mi_ws("analyze", "cat.jpg", "--from-bucket", "--project", "pets", "--poll-interval", "0.05"))

    listed = as_json(mi_ws("assets", "list", "--project", "pets", "--json"))
    assert [a["fileName"] for a in listed] == ["cat.jpg"]
    asset_id = listed[0]["assetId"]
    assert "cat.jpg" in mi_ws("assets", "list", "-P", "pets").stdout

    shown = as_json(mi_ws("assets", "get", "cat.jpg", "--project", "pets", "--json"))
    assert shown["asset"]["assetId"] == asset_id
    assert shown["importStatus"]["uploadStatus"] == "COMPLETED"
    assert "960x540" in mi_ws("assets", "get", str(asset_id), "-P", "pets").stdout

    ok(mi_ws("assets", "move", str(asset_id), "--project", "pets", "--to", "archive"))
    assert [a["assetId"] for a in as_json(mi_ws("assets", "list", "-P", "archive", "--json"))] == [asset_id]

    ok(mi_ws("assets", "delete", "cat.jpg", "--project", "archive", "--yes"))
    assert as_json(mi_ws("assets", "list", "-P", "archive", "--json")) == []


def test_unknown_asset_name(mi_ws: Invoke) -> None:
    ok(mi_ws("projects", "create", "empty"))
    result = mi_ws("assets", "get", "ghost.mp4", "--project", "empty")
    assert result.exit_code == 2
    assert "ASSET_NOT_FOUND" in result.stderr


# -- person tags -----------------------------------------------------------------------


def test_tags_lifecycle(mi_ws: Invoke) -> None:
    created = as_json(mi_ws("tags", "create", "actors", "--json"))
    assert created["name"] == "actors"
    ok(mi_ws("tags", "create", "crew"))
    names = {t["name"] for t in as_json(mi_ws("tags", "list", "--json"))}
    assert names == {"actors", "crew"}
    assert "crew" in mi_ws("tags", "list").stdout
    assert as_json(mi_ws("tags", "get", "actors", "--json"))["id"] == created["id"]
    ok(mi_ws("tags", "get", str(created["id"])))
    ok(mi_ws("tags", "delete", "crew", "--yes"))
    assert {t["name"] for t in as_json(mi_ws("tags", "list", "--json"))} == {"actors"}


def test_duplicate_tag_is_a_conflict(mi_ws: Invoke) -> None:
    ok(mi_ws("tags", "create", "dup"))
    result = mi_ws("tags", "create", "dup", "--json")
    assert result.exit_code == 1
    assert as_json(result)["error"]["code"].isdigit()


# -- persons ---------------------------------------------------------------------------


def test_persons_lifecycle(mi_ws: Invoke, samples: Path) -> None:
    face = str(samples / "faces" / "hong_gildong.jpg")
    other = str(samples / "faces" / "kim_cheolsu.jpg")
    ok(mi_ws("tags", "create", "lead"))
    created = as_json(
        mi_ws("persons", "create", "--name", "Hong Gildong", "--thumbnail", face, "--tag", "lead", "--json")
    )
    person_id = created.get("personId") or created.get("id")
    assert isinstance(person_id, int)
    ok(mi_ws("persons", "create", "--name", "Kim Cheolsu", "-t", other))

    listed = as_json(mi_ws("persons", "list", "--json"))
    assert {p["name"] for p in listed} == {"Hong Gildong", "Kim Cheolsu"}
    assert "Hong Gildong" in mi_ws("persons", "list").stdout

    shown = as_json(mi_ws("persons", "get", "Hong Gildong", "--json"))
    assert [t["name"] for t in shown["tags"]] == ["lead"]
    assert len(shown["thumbnails"]) == 1
    ok(mi_ws("persons", "get", str(person_id)))

    updated = as_json(mi_ws("persons", "update", "Hong Gildong", "--name", "Gildong Hong", "--json"))
    assert updated["name"] == "Gildong Hong"
    ok(mi_ws("persons", "untag", "Gildong Hong", "lead"))
    assert as_json(mi_ws("persons", "get", str(person_id), "--json")).get("tags", []) == []
    ok(mi_ws("persons", "tag", str(person_id), "lead"))

    ok(mi_ws("persons", "delete", "Kim Cheolsu", "--yes"))
    assert {p["name"] for p in as_json(mi_ws("persons", "list", "--json"))} == {"Gildong Hong"}


def test_person_thumbnail_too_small_is_refused_before_sending(mi_ws: Invoke, tmp_path: Path) -> None:
    from PIL import Image

    small = tmp_path / "tiny.png"
    Image.new("RGB", (64, 64), "red").save(small)
    result = mi_ws("persons", "create", "--name", "Tiny", "--thumbnail", str(small))
    assert result.exit_code == 2
    assert "minPixels" in result.stderr


def test_person_update_needs_a_change(mi_ws: Invoke) -> None:
    result = mi_ws("persons", "update", "1")
    assert result.exit_code == 2


# -- transport and auth errors ---------------------------------------------------------------


def test_connection_error_names_the_url(base_env: dict[str, str], mi_emulator: EmulatorHandle) -> None:
    url = f"http://127.0.0.1:{free_port()}"
    env = {**base_env, "NCLOUD_ACCESS_KEY_ID": "a", "NCLOUD_SECRET_KEY": "b"}
    result = run(env, "workspaces", "list", "--base-url", url)
    assert result.exit_code == 1
    assert "CONNECTION" in result.stderr and url in result.stderr
    assert "Traceback" not in result.stderr


def test_wrong_secret_is_an_authentication_error(base_env: dict[str, str], mi_emulator: EmulatorHandle) -> None:
    env = {**base_env, "NCLOUD_ACCESS_KEY_ID": mi_emulator.access_key, "NCLOUD_SECRET_KEY": "wrong-secret-key"}
    result = run(env, "workspaces", "list", "--base-url", mi_emulator.base_url, "--json")
    assert result.exit_code == 1
    error = as_json(result)["error"]
    assert error["code"] == "gateway 200"
    assert "secret key" in error["hint"]
    assert "wrong-secret-key" not in result.stdout + result.stderr


def test_debug_mode_is_off_by_default(mi: Invoke) -> None:
    result = mi("workspaces", "get", "missing-one")
    assert "Traceback" not in result.stdout + result.stderr


@pytest.mark.parametrize("group", ["workspaces", "projects", "assets", "persons", "tags", "emulator"])
def test_group_help(mi: Invoke, group: str) -> None:
    result = mi(group, "--help")
    assert result.exit_code == 0
    assert "--help" in result.stdout


def test_version(mi: Invoke) -> None:
    result = mi("--version")
    assert result.exit_code == 0 and result.stdout.startswith("mi ")


def test_workspace_constant_matches_fixture(workspace: str) -> None:
    assert workspace == WORKSPACE


def test_common_options_work_before_the_subcommand(mi: Invoke, mi_emulator: EmulatorHandle) -> None:
    ok(mi("workspaces", "create", "root-opts", "--bucket", mi_emulator.bucket))
    data = as_json(mi("--json", "--workspace", "root-opts", "workspaces", "get"))
    assert data["workspaceName"] == "root-opts"


def test_ctrl_c_while_parsing_exits_130(monkeypatch: pytest.MonkeyPatch) -> None:
    import media_intelligence_cli as cli

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "app", interrupted)
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["workspaces", "list"])
    assert exit_info.value.code == 130
