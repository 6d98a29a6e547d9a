"""Seed indexed scenes straight into an emulator database (SQLite), for the search benchmark.

    python bench/seed_emulator.py --db /tmp/mi-100k.db --scenes 100000

The schema is the emulator's own (``media_intelligence_emulator._db.Database``
creates it, including the tables handler modules register), so the rows are
exactly what the emulator would have written after importing and indexing
the media: one workspace owned by the emulator's demo access key, its base
project and one more project, ``scenes // scenes_per_asset`` video assets
imported (``COMPLETED``) and indexed (``ANALYZE_COMPLETED``), and the scenes,
which the schema's triggers put into the FTS5 index.

The text is deterministic (``--seed``): captions, labels and dialogue lines
drawn from a Zipf-like vocabulary (a few hundred real words at the head, a
long synthetic tail), so a query for common words matches a steady fraction
of the scenes at every size, as real captions would.
"""

from __future__ import annotations

import argparse
import importlib
import itertools
import json
import random
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make `bench` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._paths import ensure_source_paths

__all__ = ["QUERIES", "SeedInfo", "emulator_db_module", "main", "seed"]

WORKSPACE = "bench-search"
PROJECT = "bench-scenes"

# Head of the vocabulary: words a caption of news or drama footage would use.
_HEAD_TEXT = (
    "person man woman child people crowd car street road city night day dark light alley building room "
    "office kitchen table chair window door rain snow sun sky cloud tree park river sea beach mountain "
    "dog cat bird horse bus train station airport plane phone computer screen book paper bag hat coat "
    "red blue green black white yellow old young small large running walking sitting standing talking "
    "looking holding driving eating drinking smiling crying laughing shouting fighting dancing singing "
    "playing reading writing opening closing entering leaving chase police doctor nurse teacher student "
    "reporter camera microphone interview meeting speech stage concert market shop restaurant cafe bar "
    "hospital school church bridge tunnel highway traffic crash fire smoke explosion storm wind wave boat "
    "ship harbor field farm forest desert ice glass bottle cup food bread fruit flower garden wall floor "
    "stairs elevator corridor hallway bedroom bathroom sofa bed lamp clock mirror picture map flag sign "
    "uniform suit dress shirt shoes hand face eyes hair smile tears blood gun knife money card key box"
)
_LABELS_TEXT = (
    "indoor outdoor person vehicle animal nature urban night daytime crowd text food sports music "
    "news interview weather water building road sky face group closeup wide-shot aerial motion "
    "conversation document screen logo fire smoke rain snow beach mountain forest office home "
    "street traffic police medical school stage concert market restaurant"
)
_HEAD = _HEAD_TEXT.split()
_LABELS = _LABELS_TEXT.split()
_TAIL = 6000

#: Text queries of the benchmark, from common to rare words (cycled).
QUERIES: tuple[str, ...] = (
    "dark alley",
    "car chase at night",
    "woman talking on the phone",
    "police",
    "crowd in the rain",
    "reporter interview",
    "dog running in the park",
    "explosion",
)


@dataclass(frozen=True)
class SeedInfo:
    """What was seeded: where to point queries."""

    db: str
    workspace: str
    access_key: str
    project_id: int
    scenes: int
    assets: int
    seconds: float


def emulator_db_module() -> Any:
    """``media_intelligence_emulator._db``, with the handler modules imported so their tables exist.

    Raises ``ImportError`` when the emulator is not there yet.
    """
    ensure_source_paths()
    db_module = importlib.import_module("media_intelligence_emulator._db")
    # Handler modules register extra tables and views at import time (register_schema).
    try:
        handlers = importlib.import_module("media_intelligence_emulator.handlers")
        load = getattr(handlers, "load_handlers", None)
        if callable(load):
            load()
    except ImportError:
        pass
    return db_module


def _vocabulary() -> tuple[list[str], list[float]]:
    """The words and their cumulative Zipf weights (for ``random.choices(cum_weights=...)``)."""
    words = [*_HEAD, *(f"t{i:04d}" for i in range(_TAIL))]
    weights = [1.0 / (rank + 1) ** 1.05 for rank in range(len(words))]
    return words, list(itertools.accumulate(weights))


def _default_access_key() -> str:
    try:
        config = importlib.import_module("media_intelligence_emulator._config")
        return str(config.default_credentials()[0].access_key)
    except (ImportError, AttributeError, IndexError):
        return "mi-emulator-access-key"


def seed(
    db_path: str | Path,
    scenes: int,
    *,
    scenes_per_asset: int = 50,
    rng_seed: int = 0,
    access_key: str | None = None,
) -> SeedInfo:
    """Create (or extend) the database at ``db_path`` with ``scenes`` indexed scenes."""
    started = time.perf_counter()
    db_module = emulator_db_module()
    access_key = access_key or _default_access_key()
    db = db_module.Database(str(db_path))
    now = db_module.now_iso()
    rng = random.Random(rng_seed)
    words, cum = _vocabulary()
    user = "bench"
    try:
        # One bulk transaction; durability per statement is not needed here (per connection, not stored).
        db.query("PRAGMA synchronous = OFF")
        with db.tx() as conn:
            conn.execute(
                "INSERT OR IGNORE INTO workspaces (name, owner_access_key, created_user, created_time, "
                "updated_user, updated_time) VALUES (?, ?, ?, ?, ?, ?)",
                (WORKSPACE, access_key, user, now, user, now),
            )
            for name, is_base in (("base", 1), (PROJECT, 0)):
                conn.execute(
                    "INSERT OR IGNORE INTO projects (workspace_name, name, is_base, created_user, created_time, "
                    "updated_user, updated_time) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (WORKSPACE, name, is_base, user, now, user, now),
                )
            project_id = int(
                conn.execute(
                    "SELECT id FROM projects WHERE workspace_name = ? AND name = ?", (WORKSPACE, PROJECT)
                ).fetchone()[0]
            )
            n_assets = max(1, -(-scenes // scenes_per_asset))
            done = 0
            for a in range(n_assets):
                key = f"media/video-{a:06d}.mp4"
                asset_id = conn.execute(
                    "INSERT INTO assets (workspace_name, project_id, bucket_name, object_key, file_name, asset_type, "
                    "upload_status, width, height, duration_ms, size, format, created_user, created_time, "
                    "updated_user, updated_time) VALUES (?, ?, ?, ?, ?, 'VIDEO', 'COMPLETED', 1920, 1080, ?, ?, "
                    "'mp4', ?, ?, ?, ?)",
                    (
                        WORKSPACE,
                        project_id,
                        "bench-bucket",
                        key,
                        key.rsplit("/", 1)[1],
                        scenes_per_asset * 4000,
                        50_000_000,
                        user,
                        now,
                        user,
                        now,
                    ),
                ).lastrowid
                analysis_id = conn.execute(
                    "INSERT INTO analyses (asset_id, api, status, settings, created_user, created_time, "
                    "updated_user, updated_time, completed_time) VALUES (?, 'index', 'ANALYZE_COMPLETED', '{}', "
                    "?, ?, ?, ?, ?)",
                    (asset_id, user, now, user, now, now),
                ).lastrowid
                count = min(scenes_per_asset, scenes - done)
                rows = []
                for s in range(count):
                    caption = " ".join(rng.choices(words, cum_weights=cum, k=rng.randint(8, 14)))
                    labels = json.dumps(rng.sample(_LABELS, rng.randint(2, 5)))
                    dialogue = json.dumps(
                        [
                            {
                                "text": " ".join(rng.choices(words, cum_weights=cum, k=rng.randint(4, 8))),
                                "startMs": s * 4000 + d * 1500,
                                "endMs": s * 4000 + d * 1500 + 1200,
                                "speaker": f"speaker-{d}",
                            }
                            for d in range(rng.randint(0, 2))
                        ]
                    )
                    rows.append((analysis_id, asset_id, s + 1, s * 4000, s * 4000 + 4000, caption, labels, dialogue))
                conn.executemany(
                    "INSERT INTO scenes (analysis_id, asset_id, scene_no, start_ms, end_ms, caption, labels, "
                    "dialogue) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    rows,
                )
                done += count
        with db.tx() as conn:
            conn.execute("INSERT INTO scenes_fts(scenes_fts) VALUES ('optimize')")
        total = int(db.scalar("SELECT count(*) FROM scenes"))
    finally:
        db.close()
    return SeedInfo(
        db=str(db_path),
        workspace=WORKSPACE,
        access_key=access_key,
        project_id=project_id,
        scenes=total,
        assets=n_assets,
        seconds=time.perf_counter() - started,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", required=True, help="SQLite file of the emulator (created when missing)")
    parser.add_argument("--scenes", type=int, default=100_000)
    parser.add_argument("--scenes-per-asset", type=int, default=50)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--access-key", help="owner of the workspace (default: the emulator's demo key)")
    args = parser.parse_args(argv)
    try:
        info = seed(
            args.db,
            args.scenes,
            scenes_per_asset=args.scenes_per_asset,
            rng_seed=args.seed,
            access_key=args.access_key,
        )
    except ImportError as exc:
        print(f"emulator not available yet: {exc}", file=sys.stderr)
        return 2
    print(
        f"seeded {info.scenes} scenes in {info.assets} assets into {info.db} "
        f"(workspace {info.workspace}, project {info.project_id}) in {info.seconds:.1f}s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
