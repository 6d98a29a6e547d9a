"""The ``mi_emulator`` fixture of the pytest plugin (entry point ``pytest11``)."""

from __future__ import annotations

import httpx
import pytest

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


def test_fixture_client_is_a_media_intelligence_client(mi_emulator: EmulatorHandle) -> None:
    media_intelligence = pytest.importorskip("media_intelligence")
    if not hasattr(media_intelligence, "MediaIntelligence"):
        pytest.skip("media_intelligence.MediaIntelligence does not exist yet")
    client = mi_emulator.client()
    assert type(client).__name__ == "MediaIntelligence"
