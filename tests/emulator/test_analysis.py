"""The deprecated analysis API (/analyze) and the deprecated index-by-id operations.

Every response goes through ``helpers.Api``, which validates it against the spec.
"""

from __future__ import annotations

from pathlib import Path

from media_intelligence_emulator import RunningEmulator

from .conftest import LOCAL_BUCKET
from .helpers import Api, error, mp4, ok, png
from .test_analysis_support import (  # noqa: F401  (fixtures)
    VIDEO_SIDECAR,
    import_asset,
    job_delays,
    project_fixture,
    put_local,
    wait_status,
)

WS_PATH = "/api/v1/workspaces/analysis-ws"
OPTIONS = {"analysisPersonCount": 2, "sceneRange": "SHORT", "tagIdList": [1, "2"], "sourceLanguage": "KO"}


def test_full_flow(api: Api, emulator: RunningEmulator, project: str, local_bucket_dir: Path) -> None:
    put_local(local_bucket_dir, "old/photo.png", png(), {"caption": "A red wall", "labels": ["wall", "red"]})
    asset = import_asset(api, emulator, project, "old/photo.png")
    never = ok(api.get(f"{asset}/analyze-status"))
    assert never == {
        "status": "BEFORE_ANALYZE",
        "analyzeStatusMessage": None,
        "analysisStatusMessage": None,
        "indexId": None,
    }
    error(api.get(f"{asset}/indexes"), 400, "50003")

    created = ok(api.post(f"{asset}/analyze", json={"analysisPersonCount": 0}))
    assert set(created) == {"id", "createdTime", "createdUserName"}
    assert emulator.wait_for_jobs()
    status = ok(api.get(f"{asset}/analyze-status"))
    assert status["status"] == "ANALYZE_COMPLETED" and status["indexId"] == created["id"]

    listed = ok(api.get(f"{asset}/indexes"))
    assert listed["totalCount"] == 1
    item = listed["indexes"][0]
    assert item["indexId"] == created["id"] and item["type"] == "IMAGE"
    assert item["analysisSetting"] == {
        "analysisEngine": "Sinossi v1.0",
        "sceneRange": "MEDIUM",
        "analysisPersonCount": 0,
        "sourceLanguage": "ENKO",
        "detectAudioEffects": False,
    }
    index = ok(api.get(f"{asset}/indexes/{created['id']}"))
    assert index["indexId"] == created["id"] and index["createdUserName"] == created["createdUserName"]
    assert [s["description"] for s in index["scenes"]] == ["A red wall"]
    assert [k["keyword"] for k in index["scenes"][0]["keywords"]] == ["wall", "red"]
    # the workspace counts the analysis
    assert ok(api.get(WS_PATH))["monthlyAnalysisCount"] == 1


def test_settings_are_echoed(api: Api, emulator: RunningEmulator, project: str, local_bucket_dir: Path) -> None:
    put_local(local_bucket_dir, "old/settings.png", png())
    asset = import_asset(api, emulator, project, "old/settings.png")
    created = ok(api.post(f"{asset}/analyze", json={**OPTIONS, "detectAudioEffects": True}))
    assert emulator.wait_for_jobs()
    setting = ok(api.get(f"{asset}/indexes/{created['id']}"))["analysisSetting"]
    assert setting == {"analysisEngine": "Sinossi v1.0", **OPTIONS, "detectAudioEffects": True}


def test_state_machine_and_cancel(api: Api, emulator: RunningEmulator, project: str, local_bucket_dir: Path) -> None:
    put_local(local_bucket_dir, "old/cancel.png", png())
    asset = import_asset(api, emulator, project, "old/cancel.png")
    error(api.delete(f"{asset}/analyze"), 404, "40002")  # never analysed: no job
    with job_delays(emulator, {"analysis.start": 30}):
        ok(api.post(f"{asset}/analyze", json={"analysisPersonCount": 0}))
        assert ok(api.get(f"{asset}/analyze-status"))["status"] == "WAIT_ANALYZE"
        error(api.post(f"{asset}/analyze", json={"analysisPersonCount": 0}), 422, "10017")
        error(api.delete(asset), 422, "10017")  # the asset can't be deleted while analysed
        ok(api.delete(f"{asset}/analyze"))
    status = ok(api.get(f"{asset}/analyze-status"))
    assert status["status"] == "ANALYZE_CANCEL" and status["indexId"] is None
    error(api.delete(f"{asset}/analyze"), 404, "10038")  # nothing running any more
    assert emulator.state.jobs.pending() == 0

    with job_delays(emulator, {"analysis.finish": 30}):
        ok(api.post(f"{asset}/analyze", json={"analysisPersonCount": 0}))
        wait_status(api, f"{asset}/analyze-status", "ANALYZING")
        error(api.post(f"{asset}/analyze", json={"analysisPersonCount": 0}), 422, "10017")
        ok(api.delete(f"{asset}/analyze"))
    assert ok(api.get(f"{asset}/analyze-status"))["status"] == "ANALYZE_CANCEL"
    assert emulator.wait_for_jobs()
    error(api.get(f"{asset}/indexes"), 400, "50003")  # a cancelled analysis leaves no index
    assert emulator.state.db.scalar("SELECT COUNT(*) FROM scenes") == 0

    ok(api.post(f"{asset}/analyze", json={"analysisPersonCount": 0}))
    assert emulator.wait_for_jobs()
    assert ok(api.get(f"{asset}/analyze-status"))["status"] == "ANALYZE_COMPLETED"
    error(api.delete(f"{asset}/analyze"), 404, "10038")


def test_failure_from_the_sidecar(api: Api, emulator: RunningEmulator, project: str, local_bucket_dir: Path) -> None:
    put_local(local_bucket_dir, "old/fail.png", png(), {"analysisError": "keyword encoding failed"})
    asset = import_asset(api, emulator, project, "old/fail.png")
    created = ok(api.post(f"{asset}/analyze", json={"analysisPersonCount": 1}))
    assert emulator.wait_for_jobs()
    status = ok(api.get(f"{asset}/analyze-status"))
    assert status == {
        "status": "ANALYZE_FAIL",
        "analyzeStatusMessage": "keyword encoding failed",
        "analysisStatusMessage": "keyword encoding failed",
        "indexId": None,
    }
    error(api.get(f"{asset}/indexes/{created['id']}"), 400, "50003")
    error(api.delete(f"{asset}/indexes/{created['id']}"), 404, "40002")  # it made no index
    error(api.get(f"{asset}/indexes"), 400, "50003")
    error(api.delete(f"{asset}/analyze"), 404, "10038")


def test_failure_from_unreadable_media(
    api: Api, emulator: RunningEmulator, project: str, local_bucket_dir: Path
) -> None:
    put_local(local_bucket_dir, "old/broken.png", png())
    asset = import_asset(api, emulator, project, "old/broken.png")
    (local_bucket_dir / "old/broken.png").write_bytes(b"no longer a picture")
    ok(api.post(f"{asset}/analyze", json={"analysisPersonCount": 0}))
    assert emulator.wait_for_jobs()
    status = ok(api.get(f"{asset}/analyze-status"))
    assert status["status"] == "ANALYZE_FAIL" and status["analyzeStatusMessage"].startswith("Media parsing failed")
    (local_bucket_dir / "old/broken.png").unlink()
    ok(api.post(f"{asset}/analyze", json={"analysisPersonCount": 0}))
    assert emulator.wait_for_jobs()
    assert "no longer exists" in ok(api.get(f"{asset}/analyze-status"))["analyzeStatusMessage"]


def test_only_after_the_import_completed(
    api: Api, emulator: RunningEmulator, project: str, local_bucket_dir: Path
) -> None:
    with emulator.state.jobs.paused():  # the object goes away between the import and its job
        put_local(local_bucket_dir, "old/none.png", png())
        missing = ok(
            api.post(
                f"{project}/assets/import/object-storage", json={"key": "old/none.png", "bucketName": LOCAL_BUCKET}
            )
        )
        (local_bucket_dir / "old" / "none.png").unlink()
    assert emulator.wait_for_jobs()
    body = error(
        api.post(f"{project}/assets/{missing['assetId']}/analyze", json={"analysisPersonCount": 0}), 404, "10010"
    )
    assert "FILE_NOT_EXIST" in body["message"]
    with job_delays(emulator, {"import": 30}):
        put_local(local_bucket_dir, "old/slow.png", png())
        created = ok(
            api.post(
                f"{project}/assets/import/object-storage", json={"key": "old/slow.png", "bucketName": LOCAL_BUCKET}
            )
        )
        asset = f"{project}/assets/{created['assetId']}"
        body = error(api.post(f"{asset}/analyze", json={"analysisPersonCount": 0}), 404, "10010")
        assert "IN_PROGRESS" in body["message"]
        error(api.post(f"{asset}/index", json={"analysisPersonCount": 0}), 409, "10017")
        assert ok(api.get(f"{asset}/analyze-status"))["status"] == "BEFORE_ANALYZE"


def test_not_found_and_permission(api: Api, emulator: RunningEmulator, project: str) -> None:
    error(api.post(f"{project}/assets/999/analyze", json={"analysisPersonCount": 0}), 404, "10010")
    error(api.get(f"{project}/assets/999/analyze-status"), 404, "10010")
    error(api.delete(f"{WS_PATH}/projects/999/assets/1/analyze"), 404, "10025")
    error(api.get("/api/v1/workspaces/nowhere/projects/1/assets/1/analyze-status"), 404, "10030")
    error(api.post(f"{project}/assets/1/analyze", json={}), 400, "10001")  # analysisPersonCount is required
    error(api.post(f"{project}/assets/1/analyze", json={"analysisPersonCount": 11}), 400, "10001")


def test_several_indexes(api: Api, emulator: RunningEmulator, project: str, local_bucket_dir: Path) -> None:
    put_local(local_bucket_dir, "old/many.png", png(), {"caption": "first"})
    asset = import_asset(api, emulator, project, "old/many.png")
    first = ok(api.post(f"{asset}/analyze", json={"analysisPersonCount": 0}))["id"]
    assert emulator.wait_for_jobs()
    second = ok(api.post(f"{asset}/analyze", json={"analysisPersonCount": 0, "sceneRange": "LONG"}))["id"]
    assert emulator.wait_for_jobs()
    listed = ok(api.get(f"{asset}/indexes"))
    assert listed["totalCount"] == 2 and [i["indexId"] for i in listed["indexes"]] == [first, second]
    assert ok(api.get(f"{asset}/index"))["indexId"] == second  # the latest one
    # only the latest index of an asset is searchable
    current = emulator.state.db.query("SELECT analysis_id FROM current_scenes")
    assert [r[0] for r in current] == [second]

    error(api.get(f"{asset}/indexes/424242"), 404, "40002")
    error(api.delete(f"{asset}/indexes/424242"), 404, "40002")
    with job_delays(emulator, {"analysis.start": 30}):
        ok(api.post(f"{asset}/analyze", json={"analysisPersonCount": 0}))
        error(api.delete(f"{asset}/indexes/{first}"), 422, "10017")
        ok(api.delete(f"{asset}/analyze"))
    ok(api.delete(f"{asset}/indexes/{second}"))
    error(api.get(f"{asset}/indexes/{second}"), 404, "40002")
    listed = ok(api.get(f"{asset}/indexes"))
    assert [i["indexId"] for i in listed["indexes"]] == [first]
    assert ok(api.get(f"{asset}/index"))["indexId"] == first
    assert emulator.state.db.scalar("SELECT COUNT(*) FROM scenes WHERE analysis_id = ?", (second,)) == 0
    ok(api.delete(f"{asset}/indexes/{first}"))
    error(api.get(f"{asset}/indexes"), 400, "50003")
    # the cancelled third analysis is now the latest analysis of the asset
    assert ok(api.get(f"{asset}/analyze-status"))["status"] == "ANALYZE_CANCEL"
    # deleted indexes still count as analyses of the month
    assert ok(api.get(WS_PATH))["monthlyAnalysisCount"] == 3


def test_deprecated_and_current_api_share_the_state(
    api: Api, emulator: RunningEmulator, project: str, local_bucket_dir: Path
) -> None:
    put_local(local_bucket_dir, "old/shared.mp4", mp4(seconds=4), VIDEO_SIDECAR)
    asset = import_asset(api, emulator, project, "old/shared.mp4")
    with job_delays(emulator, {"analysis.start": 30}):
        ok(api.post(f"{asset}/index", json={"analysisPersonCount": 0}))
        error(api.post(f"{asset}/analyze", json={"analysisPersonCount": 0}), 422, "10017")
        assert ok(api.get(f"{asset}/analyze-status"))["status"] == "WAIT_ANALYZE"
        ok(api.delete(f"{asset}/analyze"))
    assert ok(api.get(f"{asset}/index/status"))["status"] == "ANALYZE_CANCEL"
