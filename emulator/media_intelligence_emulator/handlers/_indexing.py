"""Analyses and indexes: the state machine, the analysis job, and the index content.

Shared by ``analysis.py`` (the deprecated ``/analyze`` API), ``indexes.py``
(``/indexes/{index_id}`` and ``/index``) and ``scene_summaries.py``.

Model
-----
One row of ``analyses`` per requested analysis; its id is the id of the index
it creates (``result.id`` of the request, ``indexId`` later). Its ``status``
runs ``WAIT_ANALYZE`` -> ``ANALYZING`` -> ``ANALYZE_COMPLETED`` /
``ANALYZE_FAIL`` / ``ANALYZE_CANCEL`` through two background jobs,
``analysis.start`` and ``analysis.finish`` (delays: ``job_delays["analysis"]``,
or per step ``"analysis.start"``/``"analysis.finish"``). The status operations
report the asset's latest analysis; an asset never analysed, or whose latest
analysis's index was deleted, is ``BEFORE_ANALYZE``.

* An *index* is a completed, non-deleted analysis. Its scenes are written to
  ``scenes`` (and so to ``scenes_fts``) in the same transaction that marks it
  completed; nothing is written for a failed or cancelled analysis.
* The asset's *latest index* is its completed, non-deleted analysis with the
  highest id. A completed analysis of the current API (``api = 'index'``)
  replaces the earlier indexes (they are marked ``deleted``, their scenes and
  scene summaries removed); one of the deprecated API keeps them, so that
  ``listIndexes`` lists every index. The view ``current_scenes`` holds the
  scenes of every asset's latest index (what search should look at).
* Deleting an index marks the row ``deleted`` (it still counts in the
  workspace's ``monthlyAnalysisCount``) and removes its scenes and summaries.

The ``scenes`` columns written here
-----------------------------------
``scene_no`` (1-based, the API's ``sceneId``), ``start_ms``/``end_ms``,
``caption`` (text), ``labels`` (JSON array of strings, most confident first),
``dialogue`` (JSON array of ``{text, startMs?, endMs?, speaker?}``),
``persons`` (JSON array of integer person ids of the workspace's ``persons``)
and ``thumbnail_phash`` (``phash`` of the scene's middle frame; of the image
for an image asset).

What the analysis finds
-----------------------
Scenes come from ``derive_scenes`` (the sidecar's scenes, or the media split
by ``sceneRange`` / ``maxSceneDurationSec``; a derived last scene shorter than
``minSceneDurationSec`` joins the previous one). The media is read again and
inspected: a missing or unreadable object, or a sidecar ``analysisError``,
ends in ``ANALYZE_FAIL``.

Persons (skipped when ``analysisPersonCount`` is 0): the names of the scene's
sidecar ``persons``; a top-level sidecar person named in no scene appears in
the scenes where they speak, else in the first scene. At most
``analysisPersonCount`` distinct persons are kept (first appearance first).
A name is recognised as the workspace's registered person of that name (case
insensitive; with ``tagIdList``, only a person carrying one of those tags,
other names matching a registered person are not recognised); a name no
registered person has becomes a new person of the workspace (with the
sidecar's ``thumbnail`` image, when given and readable), unless the workspace
already holds ``MAX_WORKSPACE_PERSONS``.

Keywords are the scene's labels with a confidence that falls with their rank
(``keyword_confidence``); ``confidence_level`` keeps those at or above
``KEYWORD_THRESHOLDS[level]``.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from mi_spec.enums import (
    DEFAULT_INDEX_CONFIDENCE_LEVEL,
    DEFAULT_SCENE_RANGE,
    DEFAULT_SOURCE_LANGUAGE,
    ImportStatus,
    IndexConfidenceLevel,
    IndexStatus,
    IndexType,
)

from .._db import Database, now_iso, register_schema, sql_text
from .._jobs import JobContext, JobRunner, JobState, job
from .._media import (
    MediaError,
    SceneSpec,
    Sidecar,
    derive_scenes,
    inspect_media,
    phash,
    video_frame,
)
from .._spec import Limits, StatusEnums, running
from .._storage import ObjectNotFound

__all__ = [
    "ANALYSIS_ENGINE",
    "ANALYSIS_JOB_KINDS",
    "AUDIO_EFFECT_LABELS",
    "KEYWORD_THRESHOLDS",
    "RUNNING_ANALYSIS",
    "SUMMARY_JOB_KINDS",
    "analysis_settings",
    "as_id",
    "cancel_analysis",
    "cancel_jobs",
    "drop_index",
    "import_problem",
    "index_content",
    "index_header",
    "insert_analysis",
    "keyword_confidence",
    "latest_analysis",
    "latest_index",
    "person_appearances",
    "person_names",
    "running_analysis",
    "scene_rows",
    "status_of",
]

log = logging.getLogger("media_intelligence_emulator.analysis")

#: ``analysisSetting.analysisEngine`` of every index (the documented value).
ANALYSIS_ENGINE = "Sinossi v1.0"
#: States in which an analysis counts as running (cancellable; a new request conflicts): the spec's
#: ``x-running-states`` of ``IndexStatus``.
RUNNING_ANALYSIS = running(StatusEnums.INDEX_STATUS)
_RUNNING_MARKS = ", ".join("?" * len(RUNNING_ANALYSIS))
ANALYSIS_JOB_KINDS = ("analysis.start", "analysis.finish")
#: Job kinds of a scene summary run (payload ``{"sceneSummaryId": id}``; see ``scene_summaries``).
SUMMARY_JOB_KINDS = ("scene_summary.start", "scene_summary.finish")
#: Minimum keyword confidence kept per ``confidence_level``.
KEYWORD_THRESHOLDS: dict[str, float] = {
    IndexConfidenceLevel.LOW: 0.2,
    IndexConfidenceLevel.MEDIUM: 0.5,
    IndexConfidenceLevel.HIGH: 0.8,
}
#: Labels reported as ``audioEffects`` of a video scene when ``detectAudioEffects`` was requested.
AUDIO_EFFECT_LABELS = frozenset({"applause", "laughter", "background music", "music", "cheering", "clapping"})
#: Persons a workspace may hold (10068; the spec's ``x-limits``); past it, the analysis creates no new person.
MAX_WORKSPACE_PERSONS = Limits.PERSONS_PER_WORKSPACE
#: Key frames are hashed for at most this many scenes of a video (the rest get no ``thumbnail_phash``).
MAX_HASHED_SCENES = 500
FAILURE_PREFIX = "Media parsing failed"

# A view takes no parameters: the state is spliced in as an SQL string literal of the compiled constant.
_COMPLETED_SQL = sql_text(IndexStatus.ANALYZE_COMPLETED)
register_schema(
    f"""CREATE VIEW IF NOT EXISTS current_scenes AS
    SELECT s.* FROM scenes s JOIN analyses a ON a.id = s.analysis_id
    WHERE a.deleted = 0 AND a.status = {_COMPLETED_SQL}
      AND a.id = (SELECT MAX(b.id) FROM analyses b
                  WHERE b.asset_id = a.asset_id AND b.deleted = 0 AND b.status = {_COMPLETED_SQL})"""
)


def as_id(value: Any) -> int:
    """A path id as an integer (-1, which matches nothing, when it is not one in SQLite's range)."""
    try:
        number = int(value)
    except (TypeError, ValueError):
        return -1
    return number if 0 <= number < 2**63 else -1


def keyword_confidence(rank: int) -> float:
    """Confidence of the ``rank``-th label of a scene (0 = first): 0.95, 0.85, ... down to 0.2."""
    return round(max(0.2, 0.95 - 0.1 * rank), 2)


# -- lookups ------------------------------------------------------------------------------------


def _one(db: Database | sqlite3.Connection, sql: str, params: Sequence[Any]) -> sqlite3.Row | None:
    if isinstance(db, sqlite3.Connection):
        row: sqlite3.Row | None = db.execute(sql, params).fetchone()
        return row
    return db.one(sql, params)


def latest_analysis(db: Database | sqlite3.Connection, asset_id: int) -> sqlite3.Row | None:
    """The asset's latest analysis (any state), or None (``BEFORE_ANALYZE``: never analysed, or its index deleted)."""
    row = _one(db, "SELECT * FROM analyses WHERE asset_id = ? ORDER BY id DESC LIMIT 1", (asset_id,))
    return None if row is None or row["deleted"] else row


def latest_index(db: Database | sqlite3.Connection, asset_id: int) -> sqlite3.Row | None:
    """The asset's latest index (completed, non-deleted analysis), or None."""
    return _one(
        db,
        "SELECT * FROM analyses WHERE asset_id = ? AND deleted = 0 AND status = ? ORDER BY id DESC LIMIT 1",
        (asset_id, IndexStatus.ANALYZE_COMPLETED),
    )


def running_analysis(db: Database | sqlite3.Connection, asset_id: int) -> sqlite3.Row | None:
    """The asset's analysis that is waiting or running, or None."""
    return _one(
        db,
        f"SELECT * FROM analyses WHERE asset_id = ? AND deleted = 0 AND status IN ({_RUNNING_MARKS})"
        " ORDER BY id DESC LIMIT 1",
        (asset_id, *RUNNING_ANALYSIS),
    )


def status_of(row: sqlite3.Row | None) -> dict[str, Any]:
    """``{status, analyzeStatusMessage, indexId}`` of an analysis row (None: never analysed)."""
    if row is None:
        return {"status": IndexStatus.BEFORE_ANALYZE, "analyzeStatusMessage": None, "indexId": None}
    completed = row["status"] == IndexStatus.ANALYZE_COMPLETED
    return {
        "status": row["status"],
        "analyzeStatusMessage": row["status_message"],
        "indexId": int(row["id"]) if completed else None,
    }


def person_appearances(db: Database, person_id: int) -> tuple[int, int]:
    """(assets, scenes) of the latest indexes a person appears in."""
    row = db.one(
        "SELECT COUNT(DISTINCT s.asset_id), COUNT(*) FROM current_scenes s, json_each(s.persons) p WHERE p.value = ?",
        (person_id,),
    )
    return (int(row[0] or 0), int(row[1] or 0)) if row is not None else (0, 0)


# -- requests -----------------------------------------------------------------------------------


def analysis_settings(sent: Mapping[str, Any] | None) -> dict[str, Any]:
    """The stored settings of an analysis: the request as sent, with the documented defaults.

    ``sceneRange`` defaults to the schema's default (``MEDIUM``) only without a custom scene length.
    """
    body = dict(sent or {})
    settings: dict[str, Any] = {"analysisPersonCount": int(body.get("analysisPersonCount", 0))}
    custom = "minSceneDurationSec" in body or "maxSceneDurationSec" in body
    if custom:
        settings["minSceneDurationSec"] = int(body["minSceneDurationSec"])
        settings["maxSceneDurationSec"] = int(body["maxSceneDurationSec"])
    else:
        settings["sceneRange"] = str(body.get("sceneRange") or DEFAULT_SCENE_RANGE)
    if body.get("tagIdList") is not None:
        settings["tagIdList"] = list(body["tagIdList"])
    settings["sourceLanguage"] = str(body.get("sourceLanguage") or DEFAULT_SOURCE_LANGUAGE)
    settings["detectAudioEffects"] = bool(body.get("detectAudioEffects", False))
    return settings


def import_problem(conn: sqlite3.Connection, asset_id: int) -> str | None:
    """Why the asset can't be analysed yet (its import has not completed), or None."""
    row = conn.execute("SELECT upload_status FROM assets WHERE id = ?", (asset_id,)).fetchone()
    status = None if row is None else str(row["upload_status"])
    if status == ImportStatus.COMPLETED:
        return None
    return f"The import of the asset has not completed (uploadStatus {status})."


def insert_analysis(
    conn: sqlite3.Connection, jobs: JobRunner, asset_id: int, api: str, settings: Mapping[str, Any], user: str
) -> tuple[int, str]:
    """Store a new ``WAIT_ANALYZE`` analysis and schedule its first step; returns (id, created time)."""
    stamp = now_iso()
    cur = conn.execute(
        "INSERT INTO analyses (asset_id, api, status, settings, created_user, created_time, updated_user,"
        " updated_time) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (asset_id, api, IndexStatus.WAIT_ANALYZE, json.dumps(dict(settings)), user, stamp, user, stamp),
    )
    analysis_id = int(cur.lastrowid or 0)
    jobs.submit("analysis.start", {"analysisId": analysis_id}, conn=conn)
    return analysis_id, stamp


def cancel_jobs(conn: sqlite3.Connection, kinds: Sequence[str], key: str, value: int) -> None:
    """Cancel the pending jobs of ``kinds`` whose payload has ``key == value`` (in the caller's transaction)."""
    marks = ",".join("?" * len(kinds))
    conn.execute(
        f"UPDATE jobs SET state = ?, updated_time = ? WHERE state = ? AND kind IN ({marks})"
        " AND json_extract(payload, ?) = ?",
        (JobState.CANCELLED, now_iso(), JobState.PENDING, *kinds, f"$.{key}", value),
    )


def cancel_analysis(conn: sqlite3.Connection, analysis_id: int, user: str) -> None:
    """Mark a running analysis ``ANALYZE_CANCEL`` and drop its pending steps."""
    conn.execute(
        "UPDATE analyses SET status = ?, status_message = ?, updated_user = ?, updated_time = ?"
        f" WHERE id = ? AND status IN ({_RUNNING_MARKS})",
        (IndexStatus.ANALYZE_CANCEL, "Cancelled by the user.", user, now_iso(), analysis_id, *RUNNING_ANALYSIS),
    )
    cancel_jobs(conn, ANALYSIS_JOB_KINDS, "analysisId", analysis_id)


def drop_index(conn: sqlite3.Connection, analysis_id: int, user: str | None = None) -> None:
    """Delete an index: mark the analysis deleted, remove its scenes and the scene summaries made from it."""
    if user is None:
        conn.execute("UPDATE analyses SET deleted = 1 WHERE id = ?", (analysis_id,))
    else:
        conn.execute(
            "UPDATE analyses SET deleted = 1, updated_user = ?, updated_time = ? WHERE id = ?",
            (user, now_iso(), analysis_id),
        )
    for summary in conn.execute("SELECT id FROM scene_summaries WHERE analysis_id = ?", (analysis_id,)).fetchall():
        cancel_jobs(conn, SUMMARY_JOB_KINDS, "sceneSummaryId", int(summary["id"]))
    conn.execute("DELETE FROM scene_summaries WHERE analysis_id = ?", (analysis_id,))
    conn.execute("DELETE FROM scenes WHERE analysis_id = ?", (analysis_id,))


# -- the index in the spec's shapes ---------------------------------------------------------------


def index_header(row: sqlite3.Row, asset: sqlite3.Row) -> dict[str, Any]:
    """An ``IndexListItem``: id, type, times, users and ``analysisSetting``."""
    settings = json.loads(row["settings"] or "{}")
    return {
        "indexId": int(row["id"]),
        "type": asset["asset_type"] or IndexType.VIDEO,
        "createdTime": row["created_time"],
        "createdUserName": row["created_user"],
        "updatedTime": row["completed_time"] or row["updated_time"],
        "updatedUserName": row["updated_user"],
        "analysisSetting": {"analysisEngine": ANALYSIS_ENGINE, **settings},
    }


def scene_rows(db: Database, analysis_id: int, scene_nos: Iterable[int] | None = None) -> list[sqlite3.Row]:
    """The scenes of an index in order (only ``scene_nos`` when given)."""
    rows = db.query("SELECT * FROM scenes WHERE analysis_id = ? ORDER BY scene_no", (analysis_id,))
    if scene_nos is None:
        return rows
    wanted = set(scene_nos)
    return [r for r in rows if int(r["scene_no"]) in wanted]


def person_names(db: Database, ids: Iterable[int]) -> dict[int, str]:
    """Current names of persons by id (deleted persons are absent)."""
    unique = sorted(set(ids))
    if not unique:
        return {}
    marks = ",".join("?" * len(unique))
    rows = db.query(f"SELECT id, name FROM persons WHERE id IN ({marks})", unique)
    return {int(r["id"]): str(r["name"]) for r in rows}


def _script(line: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if line.get("speaker") is not None:
        out["speaker"] = line["speaker"]
    out["text"] = line.get("text", "")
    if line.get("startMs") is not None:
        out["startTimeMs"] = int(line["startMs"])
    if line.get("endMs") is not None:
        out["endTimeMs"] = int(line["endMs"])
    return out


def index_content(db: Database, row: sqlite3.Row, asset: sqlite3.Row, confidence_level: str) -> dict[str, Any]:
    """An ``Index``: the header plus ``scenes``, ``persons`` and ``scripts``."""
    result = index_header(row, asset)
    settings = json.loads(row["settings"] or "{}")
    threshold = KEYWORD_THRESHOLDS.get(confidence_level, KEYWORD_THRESHOLDS[DEFAULT_INDEX_CONFIDENCE_LEVEL])
    audio = bool(settings.get("detectAudioEffects")) and asset["asset_type"] == IndexType.VIDEO
    scenes = scene_rows(db, int(row["id"]))
    parsed = [
        (s, json.loads(s["labels"] or "[]"), json.loads(s["dialogue"] or "[]"), json.loads(s["persons"] or "[]"))
        for s in scenes
    ]
    names = person_names(db, (int(p) for _, _, _, persons in parsed for p in persons))
    out_scenes: list[dict[str, Any]] = []
    appearances: dict[int, list[dict[str, int]]] = {}
    scripts: list[dict[str, Any]] = []
    for scene, labels, dialogue, persons in parsed:
        start, end = int(scene["start_ms"]), int(scene["end_ms"])
        item: dict[str, Any] = {
            "sceneId": int(scene["scene_no"]),
            "startTimeMs": start,
            "endTimeMs": end,
            "durationMs": max(0, end - start),
        }
        if scene["caption"]:
            item["description"] = scene["caption"]
        keywords = []
        for rank, label in enumerate(labels):
            score = keyword_confidence(rank)
            if score >= threshold:
                keywords.append({"keyword": str(label), "confidence": score})
        item["keywords"] = keywords
        item["persons"] = [{"personId": int(p), "name": names[int(p)]} for p in persons if int(p) in names]
        lines = [_script(d) for d in dialogue]
        item["scripts"] = lines
        if audio:
            item["audioEffects"] = [str(label) for label in labels if str(label).lower() in AUDIO_EFFECT_LABELS]
        out_scenes.append(item)
        scripts.extend(lines)
        for p in persons:
            if int(p) not in names:
                continue
            spans = appearances.setdefault(int(p), [])
            if spans and spans[-1]["endTimeMs"] >= start:
                spans[-1]["endTimeMs"] = max(spans[-1]["endTimeMs"], end)
            else:
                spans.append({"startTimeMs": start, "endTimeMs": end})
    result["scenes"] = out_scenes
    result["persons"] = [
        {"personId": pid, "name": names[pid], "appearances": spans} for pid, spans in appearances.items()
    ]
    result["scripts"] = sorted(scripts, key=lambda s: (s.get("startTimeMs") is None, s.get("startTimeMs", 0)))
    return result


# -- the analysis job ---------------------------------------------------------------------------------


class AnalysisFailed(Exception):
    """The analysis ends in ``ANALYZE_FAIL`` with this message."""


@dataclass
class FoundPerson:
    """A person the analysis found (by sidecar name), before it is matched to the workspace's persons."""

    name: str
    thumbnail: bytes | None = None
    thumbnail_key: str | None = None


@dataclass
class Findings:
    """What the analysis of one asset found, ready to be written."""

    scenes: list[SceneSpec]
    hashes: list[str | None]
    persons: list[FoundPerson] = field(default_factory=list)


@job("analysis.start")
def start_analysis(job: JobContext) -> None:
    """``WAIT_ANALYZE`` -> ``ANALYZING``, then schedule the work."""
    analysis_id = int(job.payload["analysisId"])
    with job.db.tx() as conn:
        cur = conn.execute(
            "UPDATE analyses SET status = ?, updated_time = ? WHERE id = ? AND status = ?",
            (IndexStatus.ANALYZING, now_iso(), analysis_id, IndexStatus.WAIT_ANALYZE),
        )
        if cur.rowcount:
            job.state.jobs.submit("analysis.finish", {"analysisId": analysis_id}, conn=conn)


@job("analysis.finish")
def finish_analysis(job: JobContext) -> None:
    """``ANALYZING`` -> ``ANALYZE_COMPLETED`` (scenes written) or ``ANALYZE_FAIL``."""
    analysis_id = int(job.payload["analysisId"])
    row = job.db.one("SELECT * FROM analyses WHERE id = ?", (analysis_id,))
    if row is None or row["status"] != IndexStatus.ANALYZING:
        return
    asset = job.db.one("SELECT * FROM assets WHERE id = ?", (row["asset_id"],))
    if asset is None:
        return
    settings = json.loads(row["settings"] or "{}")
    try:
        findings = analyse(job, asset, settings)
    except AnalysisFailed as exc:
        _fail(job.db, analysis_id, str(exc))
        return
    except Exception as exc:  # an emulator bug must still end the analysis
        log.exception("analysis %s failed", analysis_id)
        _fail(job.db, analysis_id, f"Result processing failed: {type(exc).__name__}")
        return
    with job.db.tx() as conn:
        current = conn.execute("SELECT status, api FROM analyses WHERE id = ?", (analysis_id,)).fetchone()
        if current is None or current["status"] != IndexStatus.ANALYZING:
            return  # cancelled or deleted meanwhile
        ids = _resolve_persons(conn, asset, settings, findings, str(row["created_user"]))
        for number, (scene, digest) in enumerate(zip(findings.scenes, findings.hashes, strict=True), start=1):
            dialogue = [
                {
                    k: v
                    for k, v in (("text", d.text), ("startMs", d.start_ms), ("endMs", d.end_ms), ("speaker", d.speaker))
                    if v is not None
                }
                for d in scene.dialogue
            ]
            persons = list(dict.fromkeys(ids[n] for n in scene.persons if n in ids))
            conn.execute(
                "INSERT INTO scenes (analysis_id, asset_id, scene_no, start_ms, end_ms, caption, labels, dialogue,"
                " persons, thumbnail_phash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    analysis_id,
                    asset["id"],
                    number,
                    scene.start_ms,
                    scene.end_ms,
                    scene.caption,
                    json.dumps(scene.labels, ensure_ascii=False),
                    json.dumps(dialogue, ensure_ascii=False),
                    json.dumps(persons),
                    digest,
                ),
            )
        stamp = now_iso()
        conn.execute(
            "UPDATE analyses SET status = ?, status_message = NULL, updated_time = ?, completed_time = ? WHERE id = ?",
            (IndexStatus.ANALYZE_COMPLETED, stamp, stamp, analysis_id),
        )
        if current["api"] == "index":  # the current API keeps one latest index per asset
            older = conn.execute(
                "SELECT id FROM analyses WHERE asset_id = ? AND id != ? AND deleted = 0 AND status = ?",
                (asset["id"], analysis_id, IndexStatus.ANALYZE_COMPLETED),
            ).fetchall()
            for old in older:
                drop_index(conn, int(old["id"]))


def _fail(db: Database, analysis_id: int, message: str) -> None:
    db.execute(
        "UPDATE analyses SET status = ?, status_message = ?, updated_time = ? WHERE id = ? AND status = ?",
        (IndexStatus.ANALYZE_FAIL, message, now_iso(), analysis_id, IndexStatus.ANALYZING),
    )


def analyse(job: JobContext, asset: sqlite3.Row, settings: Mapping[str, Any]) -> Findings:
    """Read the media again and work out the scenes, their key frame hashes and the persons found."""
    storage = job.state.storage
    bucket, key = str(asset["bucket_name"]), str(asset["object_key"])
    try:
        data = storage.get(bucket, key)
    except ObjectNotFound:
        raise AnalysisFailed(f"{FAILURE_PREFIX}: the file {key} no longer exists in bucket {bucket}.") from None
    try:
        info = inspect_media(data, key)
    except MediaError as exc:
        raise AnalysisFailed(f"{FAILURE_PREFIX}: {exc}.") from None
    sidecar = Sidecar.from_json(asset["sidecar"])
    if sidecar is not None and sidecar.analysis_error:
        raise AnalysisFailed(sidecar.analysis_error)
    kind = info.kind
    duration = int(asset["duration_ms"] if asset["duration_ms"] is not None else info.duration_ms)
    max_seconds = settings.get("maxSceneDurationSec")
    scenes = derive_scenes(
        kind, duration, sidecar, settings.get("sceneRange"), float(max_seconds) if max_seconds else None
    )
    min_seconds = settings.get("minSceneDurationSec")
    if min_seconds and not (sidecar and sidecar.scenes) and len(scenes) > 1:
        last = scenes[-1]
        if last.end_ms - last.start_ms < int(min_seconds) * 1000:
            scenes.pop()
            scenes[-1].end_ms = last.end_ms
            scenes[-1].dialogue.extend(last.dialogue)
    hashes = _key_frame_hashes(kind, data, asset, scenes)
    persons: list[FoundPerson] = []
    if int(settings.get("analysisPersonCount", 0)) > 0 and sidecar is not None:
        persons = _place_persons(sidecar, scenes, int(settings["analysisPersonCount"]))
        thumbs = {p.name: p.thumbnail for p in sidecar.persons if p.thumbnail}
        for person in persons:
            thumb_key = thumbs.get(person.name)
            if thumb_key:
                try:
                    person.thumbnail = storage.get(bucket, thumb_key)
                    person.thumbnail_key = thumb_key
                except Exception:  # a missing face image: the person is still found
                    person.thumbnail = None
    else:
        for scene in scenes:
            scene.persons = []
    return Findings(scenes, hashes, persons)


def _key_frame_hashes(kind: str, data: bytes, asset: sqlite3.Row, scenes: Sequence[SceneSpec]) -> list[str | None]:
    if kind == IndexType.IMAGE:
        digest = asset["phash"]
        if digest is None:
            try:
                digest = phash(data)
            except Exception:
                digest = None
        return [digest for _ in scenes]
    hashes: list[str | None] = []
    for number, scene in enumerate(scenes):
        digest = None
        if number < MAX_HASHED_SCENES:
            frame = video_frame(data, (scene.start_ms + scene.end_ms) // 2)
            if frame is not None:
                try:
                    digest = phash(frame)
                except Exception:
                    digest = None
        hashes.append(digest)
    return hashes


def _place_persons(sidecar: Sidecar, scenes: list[SceneSpec], limit: int) -> list[FoundPerson]:
    """Put top-level sidecar persons into scenes, keep the first ``limit`` persons; return them in order."""
    named = {n for s in scenes for n in s.persons}
    for person in sidecar.persons:
        if person.name in named:
            continue
        speaking = [s for s in scenes if any(d.speaker == person.name for d in s.dialogue)]
        for scene in speaking or scenes[:1]:
            scene.persons.append(person.name)
    order = list(dict.fromkeys(n for s in scenes for n in s.persons))
    kept = set(order[:limit])
    for scene in scenes:
        scene.persons = [n for n in dict.fromkeys(scene.persons) if n in kept]
    return [FoundPerson(n) for n in order[:limit]]


def _resolve_persons(
    conn: sqlite3.Connection, asset: sqlite3.Row, settings: Mapping[str, Any], findings: Findings, user: str
) -> dict[str, int]:
    """Match found persons to the workspace's persons by name, creating the unknown ones; name -> id."""
    workspace = str(asset["workspace_name"])
    tags = [as_id(t) for t in settings.get("tagIdList") or []]
    ids: dict[str, int] = {}
    for person in findings.persons:
        existing = conn.execute(
            "SELECT id FROM persons WHERE workspace_name = ? AND name = ? COLLATE NOCASE ORDER BY id LIMIT 1",
            (workspace, person.name),
        ).fetchone()
        if existing is not None:
            if tags:
                marks = ",".join("?" * len(tags))
                tagged = conn.execute(
                    f"SELECT 1 FROM person_tag_links WHERE person_id = ? AND tag_id IN ({marks}) LIMIT 1",
                    (existing["id"], *tags),
                ).fetchone()
                if tagged is None:
                    continue  # registered, but not among the persons the analysis looks for
            ids[person.name] = int(existing["id"])
            continue
        count = conn.execute("SELECT COUNT(*) FROM persons WHERE workspace_name = ?", (workspace,)).fetchone()
        if int(count[0]) >= MAX_WORKSPACE_PERSONS:
            continue  # the workspace is full: the face stays unrecognised
        stamp = now_iso()
        cur = conn.execute(
            "INSERT INTO persons (workspace_name, name, created_user, created_time, updated_user, updated_time)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (workspace, person.name, user, stamp, user, stamp),
        )
        person_id = int(cur.lastrowid or 0)
        if person.thumbnail is not None:
            try:
                digest: str | None = phash(person.thumbnail)
            except Exception:
                digest = None
            conn.execute(
                "INSERT INTO thumbnails (person_id, file_key, content, phash, is_primary, created_time)"
                " VALUES (?, ?, ?, ?, 1, ?)",
                (person_id, person.thumbnail_key, person.thumbnail, digest, stamp),
            )
        ids[person.name] = person_id
    return ids
