"""Scene summaries: the run's states, full and partial runs, locale, cancel, failure, deletion with the index.

Every response goes through ``helpers.Api``, which validates it against the spec.
"""

from __future__ import annotations

import json
from pathlib import Path

from media_intelligence_emulator import RunningEmulator
from media_intelligence_emulator.handlers.scene_summaries import compose_summary

from .helpers import Api, error, mp4, ok, png
from .test_analysis_support import (  # noqa: F401  (fixtures)
    VIDEO_SIDECAR,
    analyse,
    import_asset,
    job_delays,
    project_fixture,
    put_local,
    wait_status,
)

SUMMARY_1 = (
    "A dog runs on the beach. Hong Gildong appears. It shows dog, beach, running, sand and waves."
    ' Someone says "Come here!".'
)
SUMMARY_2 = (
    'Two friends talk in a cafe. Kim Cheolsu appears. It shows cafe and coffee cup. Kim Cheolsu says "Shall we start?".'
)
SUMMARY_3 = "Scene 3, from 0:04 to 0:06. Hong Gildong appears. It shows applause."


def summarised_asset(api: Api, emulator: RunningEmulator, project: str, folder: Path, key: str = "s/clip.mp4") -> str:
    put_local(folder, key, mp4(seconds=6), VIDEO_SIDECAR)
    asset = import_asset(api, emulator, project, key)
    analyse(api, emulator, asset)
    return asset


def run(api: Api, emulator: RunningEmulator, asset: str, body: dict[str, object] | None = None) -> int:
    kwargs = {} if body is None else {"json": body}
    created = ok(api.post(f"{asset}/scene-summary", **kwargs))
    assert created["status"] == "WAIT_SUMMARIZE"
    assert emulator.wait_for_jobs()
    return int(created["sceneSummaryId"])


def test_full_and_partial_runs(api: Api, emulator: RunningEmulator, project: str, local_bucket_dir: Path) -> None:
    put_local(local_bucket_dir, "s/clip.mp4", mp4(seconds=6), VIDEO_SIDECAR)
    asset = import_asset(api, emulator, project, "s/clip.mp4")
    assert ok(api.get(f"{asset}/scene-summary/status")) == {"status": "BEFORE_SUMMARIZE"}
    error(api.post(f"{asset}/scene-summary"), 400, "50003")  # no index yet
    assert "has no scene summary" in error(api.get(f"{asset}/scene-summary"), 404, "10010")["message"]
    assert "BEFORE_SUMMARIZE" in error(api.post(f"{asset}/scene-summary/cancel"), 404, "10010")["message"]
    index_id = analyse(api, emulator, asset)

    error(api.post(f"{asset}/scene-summary", json={"sceneIds": [1]}), 400, "10001")  # the first run covers all
    run(api, emulator, asset)
    assert ok(api.get(f"{asset}/scene-summary/status")) == {"status": "SUMMARIZE_COMPLETED"}
    result = ok(api.get(f"{asset}/scene-summary"))
    assert result["indexId"] == index_id
    assert result["sceneSummaryInfo"]["analyzedSceneIds"] is None and result["sceneSummaryInfo"]["lastAnalyzedAt"]
    assert result["sceneSummaries"] == [
        {"sceneId": 1, "startTimeMs": 0, "endTimeMs": 2000, "summary": SUMMARY_1},
        {"sceneId": 2, "startTimeMs": 2000, "endTimeMs": 4000, "summary": SUMMARY_2},
        {"sceneId": 3, "startTimeMs": 4000, "endTimeMs": 6000, "summary": SUMMARY_3},
    ]

    # a partial run re-summarises the listed scenes; the others keep their summaries
    emulator.state.db.execute(
        "UPDATE scenes SET caption = 'A cat sleeps' WHERE analysis_id = ? AND scene_no IN (1, 3)", (index_id,)
    )
    run(api, emulator, asset, {"sceneIds": [3]})
    result = ok(api.get(f"{asset}/scene-summary"))
    assert result["sceneSummaryInfo"]["analyzedSceneIds"] == ["3"]
    summaries = [s["summary"] for s in result["sceneSummaries"]]
    assert summaries[:2] == [SUMMARY_1, SUMMARY_2]
    assert summaries[2] == "A cat sleeps. Hong Gildong appears. It shows applause."

    error(api.post(f"{asset}/scene-summary", json={"sceneIds": [9]}), 400, "10001")
    error(api.post(f"{asset}/scene-summary", json={"sceneIds": []}), 400, "10001")
    error(api.post(f"{asset}/scene-summary", json={"sceneIds": [1], "locale": "ko"}), 400, "10001")
    error(api.post(f"{asset}/scene-summary", json={"locale": ""}), 400, "10001")


def test_locale(api: Api, emulator: RunningEmulator, project: str, local_bucket_dir: Path) -> None:
    asset = summarised_asset(api, emulator, project, local_bucket_dir)
    run(api, emulator, asset, {"locale": "ko"})
    first = ok(api.get(f"{asset}/scene-summary"))["sceneSummaries"][0]["summary"]
    assert first == (
        "장면 1 (0:00-0:02): A dog runs on the beach. 등장인물: Hong Gildong. 키워드: dog, beach, running, sand, waves."
        ' 대사: "Come here!".'
    )
    run(api, emulator, asset, {"sceneIds": [2]})  # a partial run keeps the locale of the full run
    second = ok(api.get(f"{asset}/scene-summary"))["sceneSummaries"][1]["summary"]
    assert second.startswith("장면 2 (0:02-0:04)") and '대사: "Kim Cheolsu: Shall we start?".' in second


def test_one_run_at_a_time_and_cancel(
    api: Api, emulator: RunningEmulator, project: str, local_bucket_dir: Path
) -> None:
    asset = summarised_asset(api, emulator, project, local_bucket_dir)
    run(api, emulator, asset)
    with job_delays(emulator, {"scene_summary.start": 30}):
        ok(api.post(f"{asset}/scene-summary", json={"sceneIds": [1, 2]}))
        assert ok(api.get(f"{asset}/scene-summary/status"))["status"] == "WAIT_SUMMARIZE"
        error(api.post(f"{asset}/scene-summary"), 400, "10001")
        error(api.get(f"{asset}/scene-summary"), 400, "10001")  # only the latest run is visible
        ok(api.post(f"{asset}/scene-summary/cancel"))
    assert ok(api.get(f"{asset}/scene-summary/status"))["status"] == "SUMMARIZE_CANCELED"
    assert emulator.state.jobs.pending() == 0
    error(api.get(f"{asset}/scene-summary"), 400, "10001")
    error(api.post(f"{asset}/scene-summary/cancel"), 404, "10010")

    with job_delays(emulator, {"scene_summary.finish": 30}):
        ok(api.post(f"{asset}/scene-summary"))
        wait_status(api, f"{asset}/scene-summary/status", "SUMMARIZING")
        error(api.post(f"{asset}/scene-summary"), 400, "10001")
        ok(api.post(f"{asset}/scene-summary/cancel"))
    assert emulator.wait_for_jobs()
    assert ok(api.get(f"{asset}/scene-summary/status"))["status"] == "SUMMARIZE_CANCELED"

    # a partial run after a cancelled one still merges with the last completed run
    run(api, emulator, asset, {"sceneIds": [2]})
    assert len(ok(api.get(f"{asset}/scene-summary"))["sceneSummaries"]) == 3


def test_failure_from_the_sidecar(api: Api, emulator: RunningEmulator, project: str, local_bucket_dir: Path) -> None:
    sidecar = {"caption": "a still", "sceneSummaryError": "VLM unavailable"}
    put_local(local_bucket_dir, "s/fail.png", png(), sidecar)
    asset = import_asset(api, emulator, project, "s/fail.png")
    analyse(api, emulator, asset)
    run(api, emulator, asset)
    assert ok(api.get(f"{asset}/scene-summary/status"))["status"] == "SUMMARIZE_FAIL"
    row = emulator.state.db.one("SELECT status_message FROM scene_summaries")
    assert row is not None and row[0] == "VLM unavailable"
    error(api.get(f"{asset}/scene-summary"), 400, "10001")
    error(api.post(f"{asset}/scene-summary", json={"sceneIds": [1]}), 400, "10001")  # still no first full run

    put_local(local_bucket_dir, "s/fail.png", png(), {"caption": "a still"})
    run(api, emulator, asset)
    (item,) = ok(api.get(f"{asset}/scene-summary"))["sceneSummaries"]
    assert item == {"sceneId": 1, "startTimeMs": 0, "endTimeMs": 0, "summary": "a still."}


def test_image_summary_without_caption(
    api: Api, emulator: RunningEmulator, project: str, local_bucket_dir: Path
) -> None:
    put_local(local_bucket_dir, "s/bare.png", png())
    asset = import_asset(api, emulator, project, "s/bare.png")
    analyse(api, emulator, asset)
    run(api, emulator, asset, {"locale": "en-US"})
    assert ok(api.get(f"{asset}/scene-summary"))["sceneSummaries"][0]["summary"] == "An image."


def test_summaries_go_with_their_index(
    api: Api, emulator: RunningEmulator, project: str, local_bucket_dir: Path
) -> None:
    asset = summarised_asset(api, emulator, project, local_bucket_dir)
    run(api, emulator, asset)
    ok(api.delete(f"{asset}/index"))
    assert ok(api.get(f"{asset}/scene-summary/status"))["status"] == "BEFORE_SUMMARIZE"
    error(api.get(f"{asset}/scene-summary"), 404, "10010")
    error(api.post(f"{asset}/scene-summary"), 400, "50003")

    analyse(api, emulator, asset)
    run(api, emulator, asset)
    assert ok(api.get(f"{asset}/scene-summary/status"))["status"] == "SUMMARIZE_COMPLETED"
    new_index = analyse(api, emulator, asset)  # a new index replaces the old one and its summaries
    assert ok(api.get(f"{asset}/scene-summary/status"))["status"] == "BEFORE_SUMMARIZE"
    # a run still waiting when its index is deleted is dropped with it
    with job_delays(emulator, {"scene_summary.start": 30}):
        ok(api.post(f"{asset}/scene-summary"))
        ok(api.delete(f"{asset}/index"))
    assert emulator.state.db.scalar("SELECT COUNT(*) FROM scene_summaries WHERE analysis_id = ?", (new_index,)) == 0
    assert emulator.wait_for_jobs()


def test_index_replaced_while_summarising(
    api: Api, emulator: RunningEmulator, project: str, local_bucket_dir: Path
) -> None:
    asset = summarised_asset(api, emulator, project, local_bucket_dir)
    index_id = int(ok(api.get(f"{asset}/index"))["indexId"])
    with job_delays(emulator, {"scene_summary.finish": 0.3}):
        ok(api.post(f"{asset}/scene-summary"))
        wait_status(api, f"{asset}/scene-summary/status", "SUMMARIZING")
        # the index goes away under the running job (as if deleted by another request)
        emulator.state.db.execute("UPDATE analyses SET deleted = 1 WHERE id = ?", (index_id,))
        assert emulator.wait_for_jobs()
    row = emulator.state.db.one("SELECT status, status_message FROM scene_summaries")
    assert row is not None and row["status"] == "SUMMARIZE_FAIL" and "no longer exists" in row["status_message"]


def test_compose_summary() -> None:
    text = compose_summary(
        number=4,
        start_ms=3_725_000,
        end_ms=3_730_000,
        caption="",
        labels=["a", "b", "c", "d", "e", "f"],
        persons=["X", "Y", "Z"],
        dialogue=[{"text": "one"}, {"text": "two", "speaker": "Y"}, {"text": "three"}],
        locale="en",
        image=False,
    )
    assert text == (
        'Scene 4, from 1:02:05 to 1:02:10. X, Y and Z appear. It shows a, b, c, d and e. Someone says "one"'
        " (2 more lines of dialogue)."
    )
    assert json.dumps(text)  # plain text
