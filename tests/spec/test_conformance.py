"""The live conformance run (tools/conformance.py), run here against the emulator.

The emulator (the pytest plugin's ``mi_emulator``) is seeded with a workspace,
a project, an analysed image and a person, so that the run reaches every
operation it calls; every response must conform, the scratch project must be
gone afterwards, and the report (table and JSON) must account for every
``x-inferred`` field of the spec. Two more tests prove the run can fail: a
server answering off-spec, and a body with a field the spec does not know.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import yaml

import mi_spec
from media_intelligence import MediaIntelligence
from media_intelligence.core import NcpSignatureV2Auth
from media_intelligence_emulator.pytest_plugin import EmulatorHandle
from tests.e2e.support import face_png, photo_jpeg
from tools import conformance

from .helpers import SPEC_FILE

WS = "conformance-ws"
READ_ONLY = {"GET"}


def _seed(emulator: EmulatorHandle) -> None:
    client = MediaIntelligence(**emulator.client_options())
    client.workspaces.create(WS, bucket=emulator.bucket)
    project = client.projects.create(name="library", workspace=WS)
    key = emulator.put_object("sunset.jpg", photo_jpeg())
    imported = client.assets.import_from_object_storage(
        key, bucket=emulator.bucket, project_id=project.project_id, workspace=WS
    )
    asset_id = imported[0].asset_id
    client.indexes.request(asset_id, project_id=project.project_id, analysis_person_count=1, workspace=WS)
    thumbnail = client.persons.upload_thumbnail(face_png(), file_name="face.png", workspace=WS)
    client.persons.create(name="Hong Gildong", thumbnails=[thumbnail], workspace=WS)
    assert emulator.wait_for_jobs()


def _client(emulator: EmulatorHandle) -> httpx.Client:
    return httpx.Client(
        base_url=emulator.base_url, auth=NcpSignatureV2Auth(emulator.access_key, emulator.secret_key), timeout=30
    )


def _spec_inferred_fields() -> set[str]:
    """Every x-inferred property of a response schema (this spec names every request body ...Request)."""
    doc = yaml.safe_load(SPEC_FILE.read_text(encoding="utf-8"))
    found = set()

    def props(schema: Any, owner: str) -> None:
        if not isinstance(schema, dict):
            return
        for name, sub in (schema.get("properties") or {}).items():
            if isinstance(sub, dict) and "x-inferred" in sub:
                found.add(f"{owner}.{name}")
        for key in ("allOf", "oneOf", "anyOf"):
            for part in schema.get(key) or []:
                props(part, owner)

    for name, schema in doc["components"]["schemas"].items():
        if not name.endswith("Request"):  # request bodies are never observed
            props(schema, name)
    return found


def test_the_emulator_conforms(mi_emulator: EmulatorHandle, tmp_path: Path) -> None:
    _seed(mi_emulator)
    with _client(mi_emulator) as client:
        report = conformance.run(client, scratch_name="mi-conformance-test")
        remaining = client.get(f"/api/v1/workspaces/{WS}/projects").json()["result"]["projects"]

    table = conformance.render(report)
    assert report.ok, table
    called = [c.operation_id for c in report.calls]
    assert called[:3] == ["listWorkspaces", "getWorkspace", "listProjects"]
    assert called[3] == "createProject" and called[-1] == "deleteProject"
    # only reads, besides the scratch project's create and delete (and the read-only person search)
    writes = {c.operation_id for c in report.calls if c.method not in READ_ONLY}
    assert writes == {"createProject", "deleteProject", "searchPersons"}, writes
    for reached in ("getAsset", "getIndex", "getSceneSummaryStatus", "getPerson", "listSimilarPersons"):
        assert reached in called, called
    assert "mi-conformance-test" not in [p["name"] for p in remaining]

    data = report.as_dict()
    assert set(f["field"] for f in data["inferred_fields"]) == _spec_inferred_fields()
    statuses = {f["field"]: f["status"] for f in data["inferred_fields"]}
    assert statuses["ImportedAsset.assetId"] == "not reached"  # the run imports nothing
    assert statuses["SimilarPerson.score"] in ("confirmed", "not reached")
    assert any(s == "confirmed" for s in statuses.values()) and any(s == "absent" for s in statuses.values())
    assert data["conforms"] is True and data["workspace"] == WS and data["spec_version"] == mi_spec.VERSION
    text = json.dumps(data)
    assert mi_emulator.access_key not in text and mi_emulator.secret_key not in text
    assert "x-inferred fields:" in table and "confirmed (" in table


def test_an_off_spec_answer_is_reported(tmp_path: Path) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/v1/workspaces":
            # totalCount must be an integer, and workspaceName is required
            body = {"code": "0", "message": "success", "result": {"content": [{"x": 1}], "totalCount": "many"}}
            return httpx.Response(200, json=body)
        return httpx.Response(404, json={"code": "10030", "message": "The workspace does not exist."})

    with httpx.Client(base_url="https://mi.example.invalid", transport=httpx.MockTransport(handler)) as client:
        report = conformance.run(client, workspace="ws")
    assert not report.ok
    listing = report.calls[0]
    assert listing.operation_id == "listWorkspaces" and not listing.valid and listing.errors
    assert "DOES NOT CONFORM" in conformance.render(report)
    assert conformance.main is not None  # the CLI entry point exists (it needs real credentials to run)


def test_undocumented_fields_are_listed() -> None:
    report = conformance.Report("https://mi.example.invalid")
    walker = conformance.SchemaWalker(mi_spec.document(), report)
    schema = {"$ref": "#/components/schemas/GetProjectResponse"}
    body = {
        "code": "0",
        "message": "success",
        "result": {"projectId": 1, "name": "p", "isBaseProject": False, "colour": "blue"},
        "traceId": "abc",
    }
    walker.walk(schema, body, "getProject", "getProject")
    assert ("Project", "colour") in report.undocumented, report.undocumented
    assert any(name == "traceId" for _, name in report.undocumented), report.undocumented
