"""Which operations of the spec the emulator implements; unimplemented ones answer 501."""

from __future__ import annotations

import pytest

from media_intelligence_emulator import RunningEmulator, missing_operations
from media_intelligence_emulator._registry import HANDLERS, PREVALIDATORS

from .helpers import Api

MINE = {
    "workspaces": {"createWorkspace", "listWorkspaces", "getWorkspace", "deleteWorkspace"},
    "projects": {"createProject", "listProjects", "getProject", "updateProject", "deleteProject"},
    "assets": {"importAssets", "listAssets", "getAsset", "getAssetImportStatus", "moveAsset", "deleteAsset"},
}


def test_every_handler_names_a_spec_operation(emulator: RunningEmulator) -> None:
    operations = set(emulator.state.spec.operations)
    assert not set(HANDLERS) - operations, "handlers registered for unknown operationIds"
    assert not set(PREVALIDATORS) - operations, "pre-validators registered for unknown operationIds"


def test_workspace_project_asset_groups_are_complete(emulator: RunningEmulator) -> None:
    spec = emulator.state.spec
    for group, expected in MINE.items():
        in_spec = {oid for oid, op in spec.operations.items() if op.tag == group}
        assert in_spec == expected, group
        assert expected <= set(HANDLERS), sorted(expected - set(HANDLERS))


def test_list_missing_operations(emulator: RunningEmulator) -> None:
    missing = missing_operations(emulator.state)
    if missing:
        pytest.xfail(f"{len(missing)} operations not implemented yet: {', '.join(missing)}")


def test_unimplemented_operation_answers_501(api: Api) -> None:
    saved = HANDLERS.pop("getWorkspace")
    try:
        response = api.get("/api/v1/workspaces/some-ws", validate=False)
    finally:
        HANDLERS["getWorkspace"] = saved
    assert response.status_code == 501
    assert "getWorkspace" in response.json()["message"]
