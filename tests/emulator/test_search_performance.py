"""The search engine at 100,000 scenes: text and image queries give well-formed, filtered, ranked results.

The corpus is written straight into a private database with the emulator's
schema and triggers (1,000 video assets of 100 scenes in three projects;
captions, labels and dialogue drawn from a Zipf-distributed vocabulary of
20,000 words, so that some words are in most scenes; 50 persons). Queries
are one to three words from the same distribution, a share of them with a
person or dialogue condition. No timing here: ``make bench`` measures the
engine's latency (``emulator search ... search code path p95``, < 50 ms at
100k scenes, and the same search through the SDK).
"""

from __future__ import annotations

import bisect
import itertools
import json
import random
from collections.abc import Iterator
from typing import Any

import pytest

from media_intelligence_emulator._db import Database, now_iso
from media_intelligence_emulator.handlers import load_handlers
from media_intelligence_emulator.handlers._search_engine import MAX_RESULTS, SearchSpec, run_search

pytestmark = pytest.mark.slow

SCENES = 100_000
SCENES_PER_ASSET = 100
PROJECTS = 3
PERSONS = 50
QUERIES = 300


class Words:
    """A Zipf-distributed vocabulary of pronounceable made-up words."""

    def __init__(self, rnd: random.Random, size: int = 20_000) -> None:
        syllables = [c + v for c in "bcdfghjklmnprstvz" for v in "aeiou"]
        words: set[str] = set()
        while len(words) < size:
            words.add("".join(rnd.choice(syllables) for _ in range(rnd.randint(2, 4))))
        self.words = sorted(words)
        rnd.shuffle(self.words)
        self.cumulative = list(itertools.accumulate(1.0 / (rank + 1) for rank in range(size)))
        self.rnd = rnd

    def draw(self, count: int) -> list[str]:
        total = self.cumulative[-1]
        return [self.words[bisect.bisect(self.cumulative, self.rnd.random() * total)] for _ in range(count)]


@pytest.fixture(scope="module")
def corpus() -> Iterator[tuple[Database, Words]]:
    load_handlers()  # registers the search schema
    db = Database(":memory:")
    rnd = random.Random(20261121)
    words = Words(rnd)
    stamp = now_iso()
    with db.tx() as conn:
        conn.execute(
            "INSERT INTO workspaces (name, owner_access_key, created_user, created_time, updated_user, updated_time)"
            " VALUES ('perf', 'k', 'u', ?, 'u', ?)",
            (stamp, stamp),
        )
        for p in range(PROJECTS):
            conn.execute(
                "INSERT INTO projects (workspace_name, name, created_user, created_time, updated_user, updated_time)"
                " VALUES ('perf', ?, 'u', ?, 'u', ?)",
                (f"project {p}", stamp, stamp),
            )
        conn.executemany(
            "INSERT INTO persons (workspace_name, name, created_user, created_time, updated_user, updated_time)"
            " VALUES ('perf', ?, 'u', ?, 'u', ?)",
            [(f"person {i}", stamp, stamp) for i in range(PERSONS)],
        )
        assets = SCENES // SCENES_PER_ASSET
        for a in range(1, assets + 1):
            conn.execute(
                "INSERT INTO assets (workspace_name, project_id, bucket_name, object_key, file_name, asset_type,"
                " upload_status, created_user, created_time, updated_user, updated_time)"
                " VALUES ('perf', ?, 'b', ?, ?, 'VIDEO', 'COMPLETED', 'u', ?, 'u', ?)",
                (a % PROJECTS + 1, f"v{a}.mp4", f"v{a}.mp4", stamp, stamp),
            )
            conn.execute(
                "INSERT INTO analyses (asset_id, status, created_user, created_time, updated_user, updated_time)"
                " VALUES (?, 'ANALYZE_COMPLETED', 'u', ?, 'u', ?)",
                (a, stamp, stamp),
            )
        rows = []
        for i in range(SCENES):
            asset = i // SCENES_PER_ASSET + 1
            rows.append(
                (
                    asset,
                    asset,
                    i % SCENES_PER_ASSET + 1,
                    (i % SCENES_PER_ASSET) * 5000,
                    (i % SCENES_PER_ASSET + 1) * 5000,
                    " ".join(words.draw(8)),
                    json.dumps(words.draw(3)),
                    json.dumps([{"text": " ".join(words.draw(5)), "speaker": "someone", "startMs": 0}]),
                    json.dumps(rnd.sample(range(1, PERSONS + 1), 2)),
                    f"{rnd.getrandbits(64):016x}",
                )
            )
        conn.executemany(
            "INSERT INTO scenes (analysis_id, asset_id, scene_no, start_ms, end_ms, caption, labels, dialogue, persons,"
            " thumbnail_phash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
    try:
        yield db, words
    finally:
        db.close()


def _check_hits(db: Database, hits: list[Any], project: int, threshold: float) -> None:
    """Best first, at most MAX_RESULTS, every hit in the project asked for and at least the threshold."""
    scores = [hit.score for hit in hits]
    assert scores == sorted(scores, reverse=True)
    assert len(hits) <= MAX_RESULTS
    assert all(hit.item["projectId"] == project and hit.score >= threshold for hit in hits)
    if hits:
        ids = [hit.scene_row_id for hit in hits[:20]]
        marks = ",".join("?" * len(ids))
        in_project = db.scalar(
            f"SELECT COUNT(*) FROM scenes s JOIN assets a ON a.id = s.asset_id WHERE s.id IN ({marks})"
            " AND a.project_id = ?",
            (*ids, project),
        )
        assert in_project == len(ids)


def test_text_queries_at_100k_scenes(corpus: tuple[Database, Words]) -> None:
    db, words = corpus
    rnd = random.Random(7)
    assert db.scalar("SELECT COUNT(*) FROM scenes") == SCENES
    found = 0
    for n in range(QUERIES):
        query: dict[str, Any] = {"textQuery": " ".join(words.draw(rnd.randint(1, 3)))}
        if n % 5 == 1:
            query["personQuery"] = {"must": [rnd.randint(1, PERSONS)]}
        if n % 10 == 3:
            query["dialogQuery"] = {"any": [" ".join(words.draw(1))]}
        project = rnd.randint(1, PROJECTS)
        body = {"query": query, "filter": {"projectIds": [project]}}
        if n % 7 == 0:
            body["queryOption"] = {"confidenceLevel": "LOW"}
        spec = SearchSpec.from_request("perf", body)
        hits = run_search(db, spec)
        _check_hits(db, hits, project, spec.threshold)
        found += bool(hits)
    assert found > QUERIES // 2  # the queries do find scenes


def test_image_query_at_100k_scenes(corpus: tuple[Database, Words]) -> None:
    db, _ = corpus
    spec = SearchSpec.from_request(
        "perf", {"query": {"imageQuery": "k"}, "filter": {"projectIds": [1]}}, "00ff00ff00ff00ff"
    )
    _check_hits(db, run_search(db, spec), 1, spec.threshold)
