"""The ``mi_emulator`` fixture of the pytest plugin (entry point ``pytest11``)."""

from __future__ import annotations

import httpx

from media_intelligence._auth import NcpSignatureV2Auth
from media_intelligence_emulator.pytest_plugin import EmulatorHandle

from .helpers import ok, png


def test_fixture_serves_a_signed_api(mi_emulator: EmulatorHandle) -> None:
    assert mi_emulator.base_url.startswith("http://127.0.0.1:")
    auth = NcpSignatureV2Auth(mi_emulator.access_key, mi_emulator.secret_key)
    with httpx.Client(base_url=mi_emulator.base_url, auth=auth) as client:
        ok(client.post("/api/v1/workspaces", json={"workspaceName": "plugin-ws"}))
        pid = ok(client.get("/api/v1/workspaces/plugin-ws/projects"))["projects"][0]["projectId"]
        mi_emulator.put_object("pics/one.png", png())
        path = f"/api/v1/workspaces/plugin-ws/projects/{pid}/assets"
        aid = ok(
            client.post(f"{path}/import/object-storage", json={"key": "pics/one.png", "bucketName": mi_emulator.bucket})
        )["assetId"]
        assert mi_emulator.wait_for_jobs()
        assert ok(client.get(f"{path}/{aid}/import-status"))["uploadStatus"] == "COMPLETED"
        mi_emulator.reset()
        assert ok(client.get("/api/v1/workspaces", params={"pageNum": 1}))["totalCount"] == 0
        assert not any(mi_emulator.bucket_dir.iterdir())


def test_client_options_point_the_sdk_at_the_emulator(mi_emulator: EmulatorHandle) -> None:
    from media_intelligence import MediaIntelligence

    with MediaIntelligence(**mi_emulator.client_options()) as client:
        assert client.base_url.rstrip("/") == mi_emulator.base_url.rstrip("/")
        assert list(client.workspaces.list()) == []  # a signed call the emulator accepted: each test starts empty
