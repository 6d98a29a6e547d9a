"""The current index API (/index): state machine, one latest index per asset, and the index content.

Every response goes through ``helpers.Api``, which validates it against the spec.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from media_intelligence_emulator import RunningEmulator
from media_intelligence_emulator._db import now_iso
from media_intelligence_emulator.handlers._indexing import keyword_confidence, person_appearances

from .helpers import OTHER_ACCESS_KEY, OTHER_SECRET_KEY, Api, error, mp4, ok, png
from .test_analysis_support import (  # noqa: F401  (fixtures)
    VIDEO_SIDECAR,
    WS,
    analyse,
    import_asset,
    job_delays,
    project_fixture,
    put_local,
    wait_status,
)


def add_person(emulator: RunningEmulator, name: str, tag: str | None = None) -> int:
    """Register a person (and tag it) directly in the database."""
    stamp = now_iso()
    db = emulator.state.db
    person = db.execute(
        "INSERT INTO persons (workspace_name, name, created_user, created_time, updated_user, updated_time)"
        " VALUES ('analysis-ws', ?, 'u', ?, 'u', ?)",
        (name, stamp, stamp),
    )
    if tag is not None:
        tag_id = db.scalar("SELECT id FROM person_tags WHERE name = ?", (tag,)) or db.execute(
            "INSERT INTO person_tags (workspace_name, name, created_user, created_time, updated_user, updated_time)"
            " VALUES ('analysis-ws', ?, 'u', ?, 'u', ?)",
            (tag, stamp, stamp),
        )
        db.execute("INSERT INTO person_tag_links (person_id, tag_id) VALUES (?, ?)", (person, tag_id))
    return person


def video_asset(api: Api, emulator: RunningEmulator, project: str, folder: Path, key: str = "v/clip.mp4") -> str:
    put_local(folder, "faces/kim.png", png(400, 400, (10, 200, 10)))
    put_local(folder, key, mp4(seconds=6), VIDEO_SIDECAR)
    return import_asset(api, emulator, project, key)


def test_index_from_the_sidecar(api: Api, emulator: RunningEmulator, project: str, local_bucket_dir: Path) -> None:
    asset = video_asset(api, emulator, project, local_bucket_dir)
    index_id = analyse(api, emulator, asset, {"analysisPersonCount": 3, "detectAudioEffects": True})
    index = ok(api.get(f"{asset}/index"))
    persons = {r["name"]: r["id"] for r in emulator.state.db.query("SELECT id, name FROM persons")}
    assert set(persons) == {"Hong Gildong", "Kim Cheolsu"}  # found persons become persons of the workspace
    hong, kim = persons["Hong Gildong"], persons["Kim Cheolsu"]
    assert index["indexId"] == index_id and index["type"] == "VIDEO"
    assert index["analysisSetting"]["analysisEngine"] == "Sinossi v1.0"
    assert index["analysisSetting"]["detectAudioEffects"] is True
    first, second, third = index["scenes"]
    assert first == {
        "sceneId": 1,
        "startTimeMs": 0,
        "endTimeMs": 2000,
        "durationMs": 2000,
        "description": "A dog runs on the beach",
        "keywords": [
            {"keyword": "dog", "confidence": 0.95},
            {"keyword": "beach", "confidence": 0.85},
            {"keyword": "running", "confidence": 0.75},
            {"keyword": "sand", "confidence": 0.65},
            {"keyword": "waves", "confidence": 0.55},
        ],
        "persons": [{"personId": hong, "name": "Hong Gildong"}],
        "scripts": [{"text": "Come here!"}],
        "audioEffects": [],
    }
    assert second["persons"] == [{"personId": kim, "name": "Kim Cheolsu"}]  # placed where he speaks
    assert second["scripts"] == [
        {"speaker": "Kim Cheolsu", "text": "Shall we start?", "startTimeMs": 2500, "endTimeMs": 3000}
    ]
    assert "description" not in third and third["audioEffects"] == ["applause"]
    assert index["persons"] == [
        {
            "personId": hong,
            "name": "Hong Gildong",
            "appearances": [{"startTimeMs": 0, "endTimeMs": 2000}, {"startTimeMs": 4000, "endTimeMs": 6000}],
        },
        {"personId": kim, "name": "Kim Cheolsu", "appearances": [{"startTimeMs": 2000, "endTimeMs": 4000}]},
    ]
    assert [s["text"] for s in index["scripts"]] == ["Shall we start?", "Come here!"]

    # the scenes table feeds search: labels, dialogue and captions in FTS, person ids, key frame hashes
    db = emulator.state.db
    rows = db.query("SELECT * FROM scenes WHERE analysis_id = ? ORDER BY scene_no", (index_id,))
    assert [json.loads(r["persons"]) for r in rows] == [[hong], [kim], [hong]]
    assert json.loads(rows[1]["dialogue"]) == [
        {"text": "Shall we start?", "startMs": 2500, "endMs": 3000, "speaker": "Kim Cheolsu"}
    ]
    assert all(r["thumbnail_phash"] and len(r["thumbnail_phash"]) == 16 for r in rows)

    def fts(query: str) -> list[int]:
        found = db.query("SELECT rowid FROM scenes_fts WHERE scenes_fts MATCH ? ORDER BY rowid", (query,))
        return [int(r[0]) for r in found]

    assert fts("beach") == [rows[0]["id"]]
    assert fts('"coffee cup"') == [rows[1]["id"]]
    assert fts("start") == [rows[1]["id"]]  # dialogue
    assert fts("cafe") == [rows[1]["id"]]  # caption and label
    assert person_appearances(db, hong) == (1, 2)
    thumb = db.one("SELECT * FROM thumbnails WHERE person_id = ?", (kim,))
    assert thumb is not None and thumb["file_key"] == "faces/kim.png" and thumb["is_primary"] == 1
    assert db.one("SELECT 1 FROM thumbnails WHERE person_id = ?", (hong,)) is None


def test_confidence_levels(api: Api, emulator: RunningEmulator, project: str, local_bucket_dir: Path) -> None:
    asset = video_asset(api, emulator, project, local_bucket_dir)
    index_id = analyse(api, emulator, asset)

    def keywords(url: str) -> list[str]:
        return [k["keyword"] for k in ok(api.get(url))["scenes"][0]["keywords"]]

    for url in (f"{asset}/index", f"{asset}/indexes/{index_id}"):
        assert keywords(f"{url}?confidence_level=HIGH") == ["dog", "beach"]
        assert keywords(f"{url}?confidence_level=MEDIUM") == ["dog", "beach", "running", "sand", "waves"]
        assert keywords(url) == keywords(f"{url}?confidence_level=MEDIUM")
        assert keywords(f"{url}?confidence_level=LOW") == ["dog", "beach", "running", "sand", "waves", "sky"]
        error(api.get(f"{url}?confidence_level=SOME"), 400, "10001")
    assert [keyword_confidence(r) for r in range(9)] == [0.95, 0.85, 0.75, 0.65, 0.55, 0.45, 0.35, 0.25, 0.2]


def test_persons_recognised_by_name_and_tags(
    api: Api, emulator: RunningEmulator, project: str, local_bucket_dir: Path
) -> None:
    hong = add_person(emulator, "hong gildong", tag="cast")
    kim = add_person(emulator, "Kim Cheolsu")  # registered, but not tagged "cast"
    tag = emulator.state.db.scalar("SELECT id FROM person_tags WHERE name = 'cast'")
    asset = video_asset(api, emulator, project, local_bucket_dir)

    analyse(api, emulator, asset, {"analysisPersonCount": 5})
    found = ok(api.get(f"{asset}/index"))["persons"]
    assert [(p["personId"], p["name"]) for p in found] == [(hong, "hong gildong"), (kim, "Kim Cheolsu")]

    analyse(api, emulator, asset, {"analysisPersonCount": 5, "tagIdList": [tag]})
    assert [p["personId"] for p in ok(api.get(f"{asset}/index"))["persons"]] == [hong]

    analyse(api, emulator, asset, {"analysisPersonCount": 1})
    index = ok(api.get(f"{asset}/index"))
    assert [p["personId"] for p in index["persons"]] == [hong]
    assert index["scenes"][1]["persons"] == []

    analyse(api, emulator, asset, {"analysisPersonCount": 0})
    index = ok(api.get(f"{asset}/index"))
    assert index["persons"] == [] and all(s["persons"] == [] for s in index["scenes"])
    assert emulator.state.db.scalar("SELECT COUNT(*) FROM persons") == 2  # nobody new was created

    # a full workspace gets no new person
    emulator.state.db.execute("DELETE FROM persons WHERE id = ?", (kim,))
    with emulator.state.db.tx() as conn:
        for n in range(499):  # with Hong: 500
            conn.execute(
                "INSERT INTO persons (workspace_name, name, created_user, created_time, updated_user, updated_time)"
                " VALUES ('analysis-ws', ?, 'u', 't', 'u', 't')",
                (f"filler {n}",),
            )
    analyse(api, emulator, asset, {"analysisPersonCount": 5})
    assert [p["personId"] for p in ok(api.get(f"{asset}/index"))["persons"]] == [hong]
    emulator.state.db.execute("DELETE FROM persons WHERE name LIKE 'filler %'")
    kim = add_person(emulator, "Kim Cheolsu")

    # a deleted person disappears from the index
    emulator.state.db.execute("DELETE FROM persons WHERE id = ?", (kim,))
    analyse(api, emulator, asset, {"analysisPersonCount": 5})
    emulator.state.db.execute("DELETE FROM persons WHERE name = 'Kim Cheolsu'")
    assert [p["personId"] for p in ok(api.get(f"{asset}/index"))["persons"]] == [hong]


def test_index_derived_from_an_image(api: Api, emulator: RunningEmulator, project: str, local_bucket_dir: Path) -> None:
    put_local(local_bucket_dir, "i/plain.png", png(800, 600))
    asset = import_asset(api, emulator, project, "i/plain.png")
    index_id = analyse(api, emulator, asset, {"analysisPersonCount": 2, "detectAudioEffects": True})
    index = ok(api.get(f"{asset}/index"))
    assert index["type"] == "IMAGE"
    assert index["scenes"] == [
        {"sceneId": 1, "startTimeMs": 0, "endTimeMs": 0, "durationMs": 0, "keywords": [], "persons": [], "scripts": []}
    ]
    assert index["persons"] == [] and index["scripts"] == []
    row = emulator.state.db.one(
        "SELECT s.thumbnail_phash, a.phash FROM scenes s JOIN assets a ON a.id = s.asset_id WHERE s.analysis_id = ?",
        (index_id,),
    )
    assert row is not None and row[0] == row[1] and row[0]


def test_image_sidecar_persons_and_dialogue(
    api: Api, emulator: RunningEmulator, project: str, local_bucket_dir: Path
) -> None:
    sidecar = {
        "caption": "Hong at the gate",
        "labels": ["gate"],
        "persons": ["Hong Gildong"],
        "dialogue": [{"text": "Open the gate", "speaker": "Hong Gildong"}],
    }
    put_local(local_bucket_dir, "i/gate.jpg", png(640, 480), sidecar)
    asset = import_asset(api, emulator, project, "i/gate.jpg")
    analyse(api, emulator, asset)
    (scene,) = ok(api.get(f"{asset}/index"))["scenes"]
    assert scene["description"] == "Hong at the gate"
    assert [p["name"] for p in scene["persons"]] == ["Hong Gildong"]
    assert scene["scripts"] == [{"speaker": "Hong Gildong", "text": "Open the gate"}]
    assert "audioEffects" not in scene


def test_index_derived_from_a_video(api: Api, emulator: RunningEmulator, project: str, local_bucket_dir: Path) -> None:
    put_local(local_bucket_dir, "v/long.mp4", mp4(seconds=25, fps=1))
    asset = import_asset(api, emulator, project, "v/long.mp4")

    def bounds(body: dict[str, Any]) -> list[tuple[int, int]]:
        analyse(api, emulator, asset, body)
        return [(s["startTimeMs"], s["endTimeMs"]) for s in ok(api.get(f"{asset}/index"))["scenes"]]

    assert bounds({"analysisPersonCount": 0}) == [(0, 25000)]  # MEDIUM: 30 s scenes
    assert bounds({"analysisPersonCount": 0, "sceneRange": "EXTRA_SHORT"}) == [
        (0, 10000),
        (10000, 20000),
        (20000, 25000),
    ]
    assert bounds({"analysisPersonCount": 0, "minSceneDurationSec": 5, "maxSceneDurationSec": 10}) == [
        (0, 10000),
        (10000, 20000),
        (20000, 25000),
    ]
    # a last scene shorter than minSceneDurationSec joins the previous one
    assert bounds({"analysisPersonCount": 0, "minSceneDurationSec": 6, "maxSceneDurationSec": 10}) == [
        (0, 10000),
        (10000, 25000),
    ]
    index = ok(api.get(f"{asset}/index"))
    assert index["analysisSetting"]["minSceneDurationSec"] == 6 and "sceneRange" not in index["analysisSetting"]
    assert all(s["keywords"] == [] and "description" not in s for s in index["scenes"])
    hashes = emulator.state.db.query("SELECT thumbnail_phash FROM scenes WHERE analysis_id = ?", (index["indexId"],))
    assert all(h[0] for h in hashes)
    assert ok(api.get(f"{asset}/indexes"))["totalCount"] == 1  # each new index replaced the previous one


def test_request_validation(api: Api, emulator: RunningEmulator, project: str, local_bucket_dir: Path) -> None:
    put_local(local_bucket_dir, "i/valid.png", png())
    asset = import_asset(api, emulator, project, "i/valid.png")
    bad = [
        {},
        {"analysisPersonCount": 1, "sceneRange": "SHORT", "minSceneDurationSec": 5, "maxSceneDurationSec": 9},
        {"analysisPersonCount": 1, "minSceneDurationSec": 5},
        {"analysisPersonCount": 1, "minSceneDurationSec": 10, "maxSceneDurationSec": 5},
        {"analysisPersonCount": 1, "tagIdList": []},
        {"analysisPersonCount": 1, "sourceLanguage": "FR"},
    ]
    for body in bad:
        error(api.post(f"{asset}/index", json=body), 400, "10001")
    assert ok(api.get(f"{asset}/index/status"))["status"] == "BEFORE_ANALYZE"


def test_state_machine(api: Api, emulator: RunningEmulator, project: str, local_bucket_dir: Path) -> None:
    put_local(local_bucket_dir, "i/states.png", png(), {"caption": "first version"})
    asset = import_asset(api, emulator, project, "i/states.png")
    assert ok(api.get(f"{asset}/index/status")) == {
        "status": "BEFORE_ANALYZE",
        "analyzeStatusMessage": None,
        "indexId": None,
    }
    error(api.get(f"{asset}/index"), 400, "50003")
    error(api.delete(f"{asset}/index"), 400, "50003")
    error(api.post(f"{asset}/index/cancel"), 404, "40002")

    first = analyse(api, emulator, asset)
    body = error(api.post(f"{asset}/index/cancel"), 409, "10038")  # completed: nothing to cancel
    assert "ANALYZE_COMPLETED" in body["message"]

    # waiting: the previous index stays readable; a second request, a delete: 409; cancel works
    with job_delays(emulator, {"analysis.start": 30}):
        pending = ok(api.post(f"{asset}/index", json={"analysisPersonCount": 0}))
        assert pending["id"] != first and set(pending) == {"id", "createdTime", "createdUserName"}
        assert ok(api.get(f"{asset}/index/status")) == {
            "status": "WAIT_ANALYZE",
            "analyzeStatusMessage": None,
            "indexId": None,
        }
        assert ok(api.get(f"{asset}/index"))["indexId"] == first
        error(api.post(f"{asset}/index", json={"analysisPersonCount": 0}), 409, "10017")
        error(api.delete(f"{asset}/index"), 409, "10017")
        error(api.get(f"{asset}/indexes/{pending['id']}"), 400, "50003")
        ok(api.post(f"{asset}/index/cancel"))
    assert ok(api.get(f"{asset}/index/status"))["status"] == "ANALYZE_CANCEL"
    assert emulator.state.jobs.pending() == 0
    assert ok(api.get(f"{asset}/index"))["indexId"] == first
    error(api.post(f"{asset}/index/cancel"), 409, "10038")

    # running: cancel works, the previous index is kept
    with job_delays(emulator, {"analysis.finish": 30}):
        ok(api.post(f"{asset}/index", json={"analysisPersonCount": 0}))
        wait_status(api, f"{asset}/index/status", "ANALYZING")
        assert ok(api.get(f"{asset}/index"))["indexId"] == first
        ok(api.post(f"{asset}/index/cancel"))
    assert emulator.wait_for_jobs()
    assert ok(api.get(f"{asset}/index/status"))["status"] == "ANALYZE_CANCEL"
    assert ok(api.get(f"{asset}/index"))["indexId"] == first

    # a failed analysis keeps the previous index
    media = local_bucket_dir / "i/states.png"
    saved = media.read_bytes()
    media.write_bytes(b"garbage")
    ok(api.post(f"{asset}/index", json={"analysisPersonCount": 0}))
    assert emulator.wait_for_jobs()
    failed = ok(api.get(f"{asset}/index/status"))
    assert failed["status"] == "ANALYZE_FAIL" and failed["analyzeStatusMessage"].startswith("Media parsing failed")
    assert ok(api.get(f"{asset}/index"))["indexId"] == first
    media.write_bytes(saved)

    # a completed analysis replaces it
    second = analyse(api, emulator, asset)
    assert ok(api.get(f"{asset}/index"))["indexId"] == second
    assert [i["indexId"] for i in ok(api.get(f"{asset}/indexes"))["indexes"]] == [second]
    error(api.get(f"{asset}/indexes/{first}"), 404, "40002")
    assert emulator.state.db.scalar("SELECT COUNT(*) FROM scenes WHERE analysis_id = ?", (first,)) == 0

    ok(api.delete(f"{asset}/index"))
    error(api.get(f"{asset}/index"), 400, "50003")
    error(api.delete(f"{asset}/index"), 400, "50003")
    assert ok(api.get(f"{asset}/index/status"))["status"] == "BEFORE_ANALYZE"
    error(api.post(f"{asset}/index/cancel"), 404, "40002")
    assert emulator.state.db.scalar("SELECT COUNT(*) FROM scenes") == 0


def test_deleted_asset_during_analysis(
    api: Api, emulator: RunningEmulator, project: str, local_bucket_dir: Path
) -> None:
    put_local(local_bucket_dir, "i/gone.png", png())
    asset = import_asset(api, emulator, project, "i/gone.png")
    with job_delays(emulator, {"analysis.finish": 0.2}):
        ok(api.post(f"{asset}/index", json={"analysisPersonCount": 0}))
        wait_status(api, f"{asset}/index/status", "ANALYZING")
        asset_id = int(asset.rsplit("/", 1)[1])
        emulator.state.db.execute("DELETE FROM assets WHERE id = ?", (asset_id,))  # e.g. its project was deleted
        assert emulator.wait_for_jobs()
    assert emulator.state.db.scalar("SELECT COUNT(*) FROM jobs WHERE state = 'FAILED'") == 0
    error(api.get(f"{asset}/index"), 404, "10010")


def test_not_found_and_permission(api: Api, emulator: RunningEmulator, project: str, local_bucket_dir: Path) -> None:
    put_local(local_bucket_dir, "i/mine.png", png())
    asset = import_asset(api, emulator, project, "i/mine.png")
    analyse(api, emulator, asset)
    other = api.as_key(OTHER_ACCESS_KEY, OTHER_SECRET_KEY)
    try:
        error(other.get(f"{asset}/index"), 401, "10003")
        error(other.post(f"{asset}/index/cancel"), 401, "10003")
    finally:
        other.close()
    error(api.get(f"{project}/assets/999/index"), 404, "10010")
    error(api.get(f"{project}/assets/999/index/status"), 404, "10010")
    error(api.get(f"{WS}/projects/999/assets/1/index"), 404, "10025")
    error(api.delete("/api/v1/workspaces/nope/projects/1/assets/1/index"), 404, "10030")
    error(api.get(f"{asset}/indexes/abc"), 400, "10001")
