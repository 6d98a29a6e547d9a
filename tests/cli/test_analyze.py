"""``mi analyze``, ``mi index``, ``mi summary`` and ``mi search`` on the sample media.

``analyze`` is tested twice: importing objects already in the emulator's
local-folder bucket (``--from-bucket``), and the full path that uploads the
files with boto3 to moto's S3 server (``ThreadedMotoServer``) which a
separate emulator reads (``S3Config``).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from media_intelligence import MediaIntelligence
from media_intelligence_emulator import EmulatorConfig, RunningEmulator, S3Config, run_in_thread
from media_intelligence_emulator.pytest_plugin import EmulatorHandle

from .conftest import Invoke, as_json, free_port, run

FAST = ("--poll-interval", "0.05")


@pytest.fixture
def analysed(mi_ws: Invoke, bucket_samples: Callable[..., list[str]]) -> Invoke:
    """The test workspace with a project ``samples`` holding the analysed car picture and chase clip."""
    bucket_samples("red_car.jpg", "car_chase.mp4")
    assert mi_ws("projects", "create", "samples").exit_code == 0
    result = mi_ws("analyze", "red_car.jpg", "car_chase.mp4", "--from-bucket", "--project", "samples", *FAST)
    assert result.exit_code == 0, result.stderr
    return mi_ws


def test_analyze_from_bucket_summarises_each_index(mi_ws: Invoke, bucket_samples: Callable[..., list[str]]) -> None:
    bucket_samples("red_car.jpg", "car_chase.mp4")
    assert mi_ws("projects", "create", "samples").exit_code == 0
    result = mi_ws("analyze", "red_car.jpg", "car_chase.mp4", "--from-bucket", "--project", "samples", "--json", *FAST)
    assert result.exit_code == 0, result.stderr
    by_key = {item["key"]: item for item in as_json(result)}
    car, chase = by_key["red_car.jpg"], by_key["car_chase.mp4"]
    assert car["status"] == chase["status"] == "ok"
    assert car["index"]["scenes"] == 1 and "red car" in car["index"]["topLabels"]
    assert chase["index"]["scenes"] == 3
    assert set(chase["index"]["persons"]) == {"Hong Gildong", "Kim Cheolsu"}
    assert chase["index"]["topLabels"][0] == "car"
    assert chase["index"]["dialogueLines"] == 4


def test_analyze_table_output(mi_ws: Invoke, bucket_samples: Callable[..., list[str]]) -> None:
    bucket_samples("cat.jpg")
    assert mi_ws("projects", "create", "p").exit_code == 0
    result = mi_ws("analyze", "cat.jpg", "--from-bucket", "-P", "p", *FAST)
    assert result.exit_code == 0, result.stderr
    assert "1 of 1 file(s) analysed" in result.stdout
    assert "cat, animal, pet" in result.stdout
    assert "cat.jpg: analysing" in result.stderr  # stage lines when stderr is not a terminal


def test_analyze_reports_failed_imports(mi_ws: Invoke, bucket_samples: Callable[..., list[str]]) -> None:
    bucket_samples("cat.jpg")
    assert mi_ws("projects", "create", "p").exit_code == 0
    result = mi_ws("analyze", "cat.jpg", "missing.mp4", "--from-bucket", "-P", "p", "--json", *FAST)
    assert result.exit_code == 1
    items = {i["key"]: i for i in as_json(result)}
    assert items["cat.jpg"]["status"] == "ok"
    assert items["missing.mp4"]["status"] == "failed"
    assert items["missing.mp4"]["error"]["code"] == "10048"  # ObjectStorageFileMissing, answered at once


def test_analyze_missing_local_file(mi_ws: Invoke) -> None:
    result = mi_ws("analyze", "no/such/file.mp4", "--project", "1")
    assert result.exit_code == 2
    assert "FILE_NOT_FOUND" in result.stderr


def test_index_tree_and_json(analysed: Invoke) -> None:
    tree = analysed("index", "car_chase.mp4", "--project", "samples")
    assert tree.exit_code == 0, tree.stderr
    for text in (
        "Scenes (3)",
        "A red car chase through the city streets",
        "labels: car, red car, chase",
        "Kim Cheolsu: Where are the keys?",
        "Persons (2)",
    ):
        assert text in tree.stdout
    data = as_json(analysed("index", "car_chase.mp4", "-P", "samples", "--json"))
    assert data["scenes"][0]["description"].startswith("A red car parked")
    high = as_json(analysed("index", "car_chase.mp4", "-P", "samples", "--json", "--confidence", "HIGH"))
    assert sum(len(s.get("keywords", [])) for s in high["scenes"]) <= sum(
        len(s.get("keywords", [])) for s in data["scenes"]
    )


def test_index_of_an_unanalysed_asset_is_an_api_error(
    mi_ws: Invoke, mi_emulator: EmulatorHandle, bucket_samples: Callable[..., list[str]]
) -> None:
    bucket_samples("cat.jpg")
    assert mi_ws("projects", "create", "p").exit_code == 0
    with MediaIntelligence(**mi_emulator.client_options(workspace="cli-tests")) as client:
        project = next(p.project_id for p in client.projects.list() if p.name == "p")
        client.assets.import_from_object_storage(
            "cat.jpg", bucket=mi_emulator.bucket, project_id=project, poll_interval=0.05
        )
    result = mi_ws("index", "cat.jpg", "-P", "p", "--json")
    assert result.exit_code == 1
    assert as_json(result)["error"]["code"]


def test_summary_per_scene(analysed: Invoke) -> None:
    result = analysed("summary", "car_chase.mp4", "--project", "samples")
    assert result.exit_code == 0, result.stderr
    assert "Scene summaries of asset" in result.stdout
    assert "chase" in result.stdout
    data = as_json(analysed("summary", "car_chase.mp4", "-P", "samples", "--no-request", "--json"))
    assert len(data["sceneSummaries"]) == 3


def test_search_text_table_and_json(analysed: Invoke) -> None:
    table = analysed("search", "red car")
    assert table.exit_code == 0, table.stderr
    assert "red_car.jpg" in table.stdout or "car_chase.mp4" in table.stdout
    data = as_json(analysed("search", "red car", "--json"))
    names = [hit["assetName"] for hit in data["results"]]
    assert {"red_car.jpg", "car_chase.mp4"} <= set(names)
    assert data["searchId"]


def test_search_by_image(analysed: Invoke, samples: Path) -> None:
    query = str(samples / "queries" / "red_car_query.png")
    data = as_json(analysed("search", "--image", query, "--type", "IMAGE", "--json"))
    assert data["results"][0]["assetName"] == "red_car.jpg"


def test_search_with_dialogue_filter(analysed: Invoke) -> None:
    data = as_json(analysed("search", "car", "--dialog", "Where are the keys?", "--json"))
    hits = data["results"]
    assert hits and hits[0]["assetName"] == "car_chase.mp4"
    assert (hits[0]["startTimeMs"], hits[0]["endTimeMs"]) == (4000, 8000)


def test_search_with_person_filters(analysed: Invoke) -> None:
    data = as_json(analysed("search", "car", "--person", "Hong Gildong", "--not-person", "Kim Cheolsu", "--json"))
    spans = [(h["startTimeMs"], h["endTimeMs"]) for h in data["results"]]
    assert spans == [(0, 4000)]


def test_search_needs_text_or_image(mi_ws: Invoke) -> None:
    neither = mi_ws("search")
    assert neither.exit_code == 2 and "either a text or --image" in neither.stderr
    both = mi_ws("search", "car", "--image", "x.png")
    assert both.exit_code == 2


def test_search_rejects_forbidden_characters_before_sending(mi_ws: Invoke) -> None:
    result = mi_ws("search", "car; drop")
    assert result.exit_code == 2
    assert "INVALID_REQUEST" in result.stderr and "textQuery" in result.stderr


# -- Ctrl-C --------------------------------------------------------------------------------


def test_ctrl_c_during_summary_cancels_and_exits_130(analysed: Invoke, monkeypatch: pytest.MonkeyPatch) -> None:
    from media_intelligence.resources.scene_summaries import SceneSummaries

    cancelled: list[Any] = []
    original_cancel = SceneSummaries.cancel

    def interrupt(*args: Any, **kwargs: Any) -> Any:
        raise KeyboardInterrupt

    def cancel(self: SceneSummaries, *args: Any, **kwargs: Any) -> Any:
        cancelled.append(args)
        try:
            return original_cancel(self, *args, **kwargs)
        except Exception:  # the emulator may have finished already: cancelling then is an API error
            return None

    monkeypatch.setattr(SceneSummaries, "wait_until_done", interrupt)
    monkeypatch.setattr(SceneSummaries, "cancel", cancel)
    result = analysed("summary", "car_chase.mp4", "--project", "samples")
    assert result.exit_code == 130
    assert "cancelling the scene summary" in result.stderr
    assert len(cancelled) == 1
    assert "Traceback" not in result.stderr


def test_ctrl_c_during_analysis_cancels_running_jobs(
    mi_ws: Invoke, bucket_samples: Callable[..., list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    from media_intelligence.cli import analyze as analyze_module
    from media_intelligence.resources.indexes import Indexes

    bucket_samples("car_chase.mp4")
    assert mi_ws("projects", "create", "p").exit_code == 0
    release = threading.Event()
    cancelled: list[Any] = []

    def slow_wait(self: Indexes, *args: Any, **kwargs: Any) -> Any:
        release.wait(10)
        raise RuntimeError("released")

    def cancel(self: Indexes, *args: Any, **kwargs: Any) -> Any:
        cancelled.append(args)

    original_run = analyze_module.Pipeline.run

    def run_and_interrupt(self: Any) -> None:
        import time

        real_sleep = time.sleep

        def tick(seconds: float) -> None:
            if any(job.stage == "analysing" for job in self.jobs):
                raise KeyboardInterrupt
            real_sleep(seconds)

        monkeypatch.setattr(analyze_module.time, "sleep", tick)
        try:
            original_run(self)
        finally:
            monkeypatch.setattr(analyze_module.time, "sleep", real_sleep)

    monkeypatch.setattr(Indexes, "wait_until_done", slow_wait)
    monkeypatch.setattr(Indexes, "cancel", cancel)
    monkeypatch.setattr(analyze_module.Pipeline, "run", run_and_interrupt)
    try:
        result = mi_ws("analyze", "car_chase.mp4", "--from-bucket", "-P", "p", *FAST)
    finally:
        release.set()
    assert result.exit_code == 130
    assert "cancelling 1 running analysis" in result.stderr
    assert len(cancelled) == 1


# -- the full path: upload with boto3 to moto, emulator reading S3 ---------------------------


@pytest.fixture(scope="module")
def moto_url() -> Iterator[str]:
    from moto.server import ThreadedMotoServer

    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.stop()


@pytest.fixture(scope="module")
def s3_emulator(moto_url: str) -> Iterator[RunningEmulator]:
    import boto3

    boto3.client(
        "s3", endpoint_url=moto_url, aws_access_key_id="t", aws_secret_access_key="t", region_name="us-east-1"
    ).create_bucket(Bucket="uploads")
    running = run_in_thread(EmulatorConfig(port=0, s3=S3Config(moto_url)))
    try:
        yield running
    finally:
        running.stop()


def test_analyze_uploads_to_s3_then_imports(
    base_env: dict[str, str], s3_emulator: RunningEmulator, moto_url: str, samples: Path
) -> None:
    env = {
        **base_env,
        "NCLOUD_ACCESS_KEY_ID": s3_emulator.access_key,
        "NCLOUD_SECRET_KEY": s3_emulator.secret_key,
        "MI_BASE_URL": s3_emulator.base_url,
        "MI_WORKSPACE": "s3-ws",
    }
    assert run(env, "workspaces", "create", "s3-ws", "--bucket", "uploads").exit_code == 0
    assert run(env, "projects", "create", "uploaded").exit_code == 0
    files = [str(samples / "beach_sun.jpg"), str(samples / "picnic_park.mp4")]
    result = run(
        env, "analyze", *files, "--project", "uploaded", "--endpoint-url", moto_url, "--prefix", "in/", "--json", *FAST
    )
    assert result.exit_code == 0, result.stderr
    items = {i["key"]: i for i in as_json(result)}
    assert set(items) == {"in/beach_sun.jpg", "in/picnic_park.mp4"}
    assert items["in/picnic_park.mp4"]["index"]["scenes"] == 2  # the sidecar went along with the video
    assert items["in/beach_sun.jpg"]["index"]["topLabels"][:2] == ["beach", "sun"]
    # the bucket defaults to the workspace's
    again = run(env, "analyze", str(samples / "cat.jpg"), "-P", "uploaded", "--endpoint-url", moto_url, *FAST)
    assert again.exit_code == 0, again.stderr
