"""Search: a search's stored matches give back the scenes' text exactly, page by page; word counts the engine
keeps between searches follow every change of the index."""

from __future__ import annotations

from typing import Any

from media_intelligence_emulator import RunningEmulator

from .helpers import Api, ok
from .test_search_helpers import WS, Scene, add_asset, project, results, search, text_body, workspace

SEARCH = f"{WS}/assets/search"

#: Text that JSON escapes one way or another: quotes, backslashes, control characters, accents, other
#: scripts, characters outside the BMP (surrogate pairs in escaped JSON), and a lone "]" or ",".
AWKWARD = 'storm "quoted" back\\slash new\nline\ttab \x01 café 東京 😀 ], {"a": [1]}'


def test_items_give_back_the_scenes_text_exactly(api: Api, emulator: RunningEmulator) -> None:
    workspace(api)
    pid = project(api, "text")
    awkward = add_asset(emulator, pid, 'clip "ü" \\ 😀.mp4', [Scene(AWKWARD), Scene("storm")])
    plain = add_asset(emulator, pid, "plain.jpg", [Scene("storm")], asset_type="IMAGE")
    found = results(api, emulator, text_body("storm", pid, confidence="LOW"))
    by_scene = {(r["assetId"], r.get("sceneId")): r for r in found}
    assert set(by_scene) == {(awkward.asset_id, 1), (awkward.asset_id, 2), (plain.asset_id, None)}
    first = by_scene[(awkward.asset_id, 1)]
    assert first == {
        "assetId": awkward.asset_id,
        "projectId": pid,
        "assetType": "VIDEO",
        "assetName": 'clip "ü" \\ 😀.mp4',
        "sceneId": 1,
        "startTimeMs": 0,
        "endTimeMs": 1000,
        "description": AWKWARD,
        "score": first["score"],
        "thumbnailUrl": first["thumbnailUrl"],
    }
    image = by_scene[(plain.asset_id, None)]
    assert image["assetType"] == "IMAGE" and image["description"] == "storm" and "startTimeMs" not in image
    assert all(isinstance(r["score"], float) and 0 < r["score"] <= 1 for r in found)


def test_pages_slice_the_stored_matches(api: Api, emulator: RunningEmulator) -> None:
    workspace(api)
    pid = project(api, "pages")
    add_asset(emulator, pid, "many.mp4", [Scene(f"storm number {i} {AWKWARD if i % 3 else ''}") for i in range(23)])
    search_id = search(api, emulator, text_body("storm", pid, confidence="LOW"))
    whole = ok(api.get(f"{SEARCH}/{search_id}", params={"pageSize": 100}))["results"]
    assert len(whole) == 23
    paged: list[dict[str, Any]] = []
    for number in range(1, 6):
        page = ok(api.get(f"{SEARCH}/{search_id}", params={"pageNum": number, "pageSize": 5}))
        assert page["totalCount"] == 23 and page["totalPage"] == 5
        paged.extend(page["results"])
    assert paged == whole
    beyond = ok(api.get(f"{SEARCH}/{search_id}", params={"pageNum": 6, "pageSize": 5}))
    assert beyond["results"] == [] and beyond["totalCount"] == 23


def test_word_counts_follow_the_index(api: Api, emulator: RunningEmulator) -> None:
    workspace(api)
    pid = project(api, "counts")
    add_asset(emulator, pid, "first.mp4", [Scene("a quiet harbour")])
    assert results(api, emulator, text_body("zebra", pid)) == []  # a word no scene holds: counted 0
    zebra = add_asset(emulator, pid, "zebra.mp4", [Scene("a zebra crossing")])
    found = results(api, emulator, text_body("zebra", pid))
    assert [(r["assetId"], r["sceneId"]) for r in found] == [(zebra.asset_id, 1)]
    with emulator.state.db.tx() as conn:  # a caption edited in place: the word leaves the index
        conn.execute("UPDATE scenes SET caption = 'a horse crossing' WHERE id = ?", (zebra.scene_ids[0],))
    assert results(api, emulator, text_body("zebra", pid)) == []
    assert [r["assetId"] for r in results(api, emulator, text_body("horse", pid))] == [zebra.asset_id]


def test_reads_on_the_write_connection_see_committed_writes_and_end_with_the_block(tmp_path: Any) -> None:
    """``Database.on_writer`` (used by the search handlers): the thread's reads go through the write
    connection inside the block, see what other threads committed, and go back to the thread's reader after."""
    import threading

    from media_intelligence_emulator._db import Database

    db = Database(str(tmp_path / "pinned.db"))
    try:
        db.execute("CREATE TABLE t (x INTEGER)")
        reader = db._reader()
        assert reader is not None
        with db.on_writer():
            assert db._reader() is None
            with db.on_writer():
                assert db._reader() is None
            assert db._reader() is None  # a nested block leaves the outer one in force
            writer = threading.Thread(target=db.execute, args=("INSERT INTO t VALUES (7)",))
            writer.start()
            writer.join()
            assert db.scalar("SELECT x FROM t") == 7
        assert db._reader() is reader
        assert db.scalar("SELECT count(*) FROM t") == 1
    finally:
        db.close()
