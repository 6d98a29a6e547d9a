"""``mi ice``: libraries, media registration and search against the emulator's ICE surface (typer's CliRunner)."""

from __future__ import annotations

import json

import pytest
from typer.testing import Result

from media_intelligence_emulator.pytest_plugin import EmulatorHandle
from tests.e2e.support import mp4

from .conftest import Invoke, as_json, run

SIDECAR = {"scenes": [{"start": 0, "end": 3, "caption": "A dog runs on the beach", "labels": ["dog", "beach"]}]}


@pytest.fixture
def ice(base_env: dict[str, str], mi_emulator: EmulatorHandle) -> Invoke:
    """``mi`` with the emulator's keys as Alibaba Cloud credentials and its URL as the ICE endpoint."""
    env = {
        **base_env,
        "ALIBABA_CLOUD_ACCESS_KEY_ID": mi_emulator.access_key,
        "ALIBABA_CLOUD_ACCESS_KEY_SECRET": mi_emulator.secret_key,
    }

    def invoke(*args: str) -> Result:
        return run(env, "--base-url", mi_emulator.base_url, "ice", *args)

    return invoke


def test_library_media_and_search_workflow(ice: Invoke, mi_emulator: EmulatorHandle) -> None:
    mi_emulator.put_object("video/beach.mp4", mp4(6))
    mi_emulator.put_object("video/beach.mp4.mi.json", json.dumps(SIDECAR).encode())
    url = f"oss://{mi_emulator.bucket}/video/beach.mp4"

    created = ice("libs", "create", "cli-lib", "--index", "mm", "--json")
    assert created.exit_code == 0, created.stderr
    assert as_json(created) == {"SearchLibName": "cli-lib", "Indexes": ["mm"]}
    listed = ice("libs", "list")
    assert listed.exit_code == 0 and "cli-lib" in listed.stdout
    shown = as_json(ice("libs", "get", "cli-lib", "--json"))
    assert shown["SearchLibName"] == "cli-lib" and [i["IndexType"] for i in shown["IndexInfo"]] == ["mm"]

    registered = as_json(ice("media", "register", url, "--title", "Dog on the beach", "--json"))
    media_id = registered["MediaId"]
    inserted = ice("media", "insert", media_id, "--lib", "cli-lib", "--json")
    assert inserted.exit_code == 0, inserted.stderr
    assert as_json(inserted) == {"MediaId": media_id, "IndexJobs": [{"IndexType": "mm", "Status": "Success"}]}
    assert as_json(ice("media", "get", media_id, "--json"))["MediaInfo"]["MediaBasicInfo"]["Title"] == (
        "Dog on the beach"
    )

    found = ice("search", "--lib", "cli-lib", "--match", "title = 'beach'", "--json")
    assert found.exit_code == 0, found.stderr
    assert [m["MediaId"] for m in as_json(found)] == [media_id]
    table = ice("search", "--lib", "cli-lib", "--all")
    assert table.exit_code == 0 and media_id in table.stdout and "Dog on the beach" in table.stdout
    assert as_json(ice("search", "--lib", "cli-lib", "--match", "title = 'city'", "--json")) == []

    dropped = ice("libs", "drop", "cli-lib", "--yes")
    assert dropped.exit_code == 0 and "Dropped" in dropped.stdout


def test_errors_print_the_ice_code_and_a_hint(ice: Invoke) -> None:
    missing = ice("libs", "get", "no-such-lib", "--json")
    assert missing.exit_code == 1
    error = as_json(missing)["error"]
    assert error["code"] == "SearchLibNotExist"
    assert "mi ice libs list" in error["hint"]
    assert "SearchLibNotExist" in missing.stderr


def test_invalid_input_is_refused_before_the_wire(ice: Invoke, mi_emulator: EmulatorHandle) -> None:
    bad = ice("search", "--match", "title == 'x'", "--json")
    assert bad.exit_code == 2
    error = as_json(bad)["error"]
    assert error["code"] == "INVALID_REQUEST" and "Match" in error["message"] and "nothing was sent" in error["hint"]
    too_big = ice("search", "--page-size", "51")
    assert too_big.exit_code == 2 and "PageSize" in too_big.stderr


def test_missing_credentials_are_a_usage_error(base_env: dict[str, str], mi_emulator: EmulatorHandle) -> None:
    result = run(base_env, "--base-url", mi_emulator.base_url, "ice", "libs", "list")
    assert result.exit_code == 2
    assert "NO_CREDENTIALS" in result.stderr and "ALIBABA_CLOUD_ACCESS_KEY_ID" in result.stderr
