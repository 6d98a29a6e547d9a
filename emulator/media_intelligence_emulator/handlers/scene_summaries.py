"""Scene summaries: requestSceneSummary, getSceneSummaryStatus, cancelSceneSummary, getSceneSummary.

A run summarises the scenes of the asset's latest index (50003 without one)
as background jobs ``scene_summary.start`` and ``scene_summary.finish``
(delays: ``job_delays["scene_summary"]``): ``WAIT_SUMMARIZE`` ->
``SUMMARIZING`` -> ``SUMMARIZE_COMPLETED`` / ``SUMMARIZE_FAIL`` /
``SUMMARIZE_CANCELED``; an asset without a run is ``BEFORE_SUMMARIZE``.

* One run per asset at a time: a request while one waits or runs fails
  (400/10001: the provider documents neither status nor code, and this
  operation documents no 409).
* The first run on an index covers every scene (``sceneIds`` then answers
  10001); later runs may list ``sceneIds`` (each must be a scene of the index)
  and re-summarise only those, the other scenes keep the summaries of the last
  completed run. ``locale`` is set by a full run (default ``en``) and kept by
  partial runs; ``ko`` (and ``ko-KR``...) gets Korean summaries, any other
  locale English ones.
* Each summary is composed from the scene's caption, persons, labels and
  dialogue: deterministic, so tests can assert it.
* Only the latest run is visible: ``getSceneSummary`` answers 404 when the
  asset has no run and 400/10001 unless the latest is ``SUMMARIZE_COMPLETED``.
  Cancelling is possible only while waiting or running, else 404 (like the
  deprecated cancelAnalysis's 10038: nothing to cancel). Neither 404 has a
  documented code: they use 10010, the asset code these operations document
  for 404, with a detail saying what is missing.
* A run fails when its index was replaced or deleted meanwhile, or when the
  asset's raw sidecar has ``"sceneSummaryError": "message"`` (read at run time,
  to test failure paths). Deleting or replacing the index deletes its runs.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping, Sequence
from typing import Any

from mi_spec.enums import IndexStatus, IndexType, SceneSummaryStatus

from .._context import OperationContext
from .._db import Database, now_iso
from .._errors import ApiError
from .._jobs import JobContext, job
from .._registry import operation
from .._spec import Errors, StatusEnums, running
from .._storage import read_sidecar
from ._indexing import SUMMARY_JOB_KINDS, cancel_jobs, latest_index, person_names, scene_rows

#: A summary run that waits or runs: the spec's ``x-running-states`` of ``SceneSummaryStatus``.
RUNNING_SUMMARY = running(StatusEnums.SCENE_SUMMARY_STATUS)
DEFAULT_LOCALE = "en"
SIDECAR_ERROR_FIELD = "sceneSummaryError"


def latest_summary(db: Database | sqlite3.Connection, asset_id: int) -> sqlite3.Row | None:
    """The asset's latest scene summary run, or None (``BEFORE_SUMMARIZE``)."""
    sql = "SELECT * FROM scene_summaries WHERE asset_id = ? ORDER BY id DESC LIMIT 1"
    if isinstance(db, sqlite3.Connection):
        row: sqlite3.Row | None = db.execute(sql, (asset_id,)).fetchone()
        return row
    return db.one(sql, (asset_id,))


def summary_is_running(db: Database, asset_id: int) -> bool:
    """True while a scene summary of the asset waits or runs (metadata edits are locked meanwhile)."""
    row = latest_summary(db, asset_id)
    return row is not None and row["status"] in RUNNING_SUMMARY


def _last_completed(conn: sqlite3.Connection | Database, analysis_id: int, before: int | None = None) -> Any:
    sql = "SELECT * FROM scene_summaries WHERE analysis_id = ? AND status = ?"
    params: list[Any] = [analysis_id, SceneSummaryStatus.SUMMARIZE_COMPLETED]
    if before is not None:
        sql += " AND id < ?"
        params.append(before)
    sql += " ORDER BY id DESC LIMIT 1"
    if isinstance(conn, sqlite3.Connection):
        return conn.execute(sql, params).fetchone()
    return conn.one(sql, params)


# -- operations -----------------------------------------------------------------------------------


@operation("requestSceneSummary")
def request_scene_summary(ctx: OperationContext) -> dict[str, Any]:
    asset = ctx.asset()
    asset_id = int(asset["id"])
    body = ctx.json if isinstance(ctx.json, dict) else {}
    scene_ids = body.get("sceneIds")
    locale = body.get("locale")
    stamp, user = now_iso(), ctx.user_name
    with ctx.db.tx() as conn:
        index = latest_index(conn, asset_id)
        if index is None:
            raise ApiError(Errors.ANALYSIS_RESULT_MISSING, "The asset has no completed index to summarise.")
        current = latest_summary(conn, asset_id)
        if current is not None and current["status"] in RUNNING_SUMMARY:
            raise ApiError(Errors.INVALID_REQUEST, f"A scene summary of the asset is already {current['status']}.")
        if scene_ids is not None:
            previous = _last_completed(conn, int(index["id"]))
            if previous is None:
                raise ApiError(
                    Errors.INVALID_REQUEST, "sceneIds: the first scene summary of an index must cover every scene."
                )
            if not scene_ids:
                raise ApiError(Errors.INVALID_REQUEST, "sceneIds: list at least one scene, or omit it for a full run.")
            rows = conn.execute("SELECT scene_no FROM scenes WHERE analysis_id = ?", (index["id"],)).fetchall()
            known = {int(r[0]) for r in rows}
            unknown = [i for i in scene_ids if int(i) not in known]
            if unknown:
                raise ApiError(Errors.INVALID_REQUEST, f"sceneIds: no scene {unknown[0]} in the index {index['id']}.")
            locale = json.loads(previous["request"] or "{}").get("locale") or DEFAULT_LOCALE
            scene_ids = sorted({int(i) for i in scene_ids})
        request = {"sceneIds": scene_ids, "locale": str(locale or DEFAULT_LOCALE)}
        cur = conn.execute(
            "INSERT INTO scene_summaries (asset_id, analysis_id, status, request, created_user, created_time,"
            " updated_user, updated_time) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                asset_id,
                index["id"],
                SceneSummaryStatus.WAIT_SUMMARIZE,
                json.dumps(request, ensure_ascii=False),
                user,
                stamp,
                user,
                stamp,
            ),
        )
        summary_id = int(cur.lastrowid or 0)
        ctx.jobs.submit("scene_summary.start", {"sceneSummaryId": summary_id}, conn=conn)
    return {"sceneSummaryId": summary_id, "status": SceneSummaryStatus.WAIT_SUMMARIZE}


@operation("getSceneSummaryStatus")
def get_scene_summary_status(ctx: OperationContext) -> dict[str, Any]:
    asset = ctx.asset()
    row = latest_summary(ctx.db, int(asset["id"]))
    return {"status": SceneSummaryStatus.BEFORE_SUMMARIZE if row is None else row["status"]}


@operation("cancelSceneSummary")
def cancel_scene_summary(ctx: OperationContext) -> None:
    asset = ctx.asset()
    with ctx.db.tx() as conn:
        row = latest_summary(conn, int(asset["id"]))
        status = SceneSummaryStatus.BEFORE_SUMMARIZE if row is None else str(row["status"])
        if row is None or status not in RUNNING_SUMMARY:
            raise ApiError(
                Errors.ASSET_FILE_NOT_FOUND, f"No scene summary of the asset is waiting or running ({status})."
            )
        conn.execute(
            "UPDATE scene_summaries SET status = ?, status_message = ?, result = NULL,"
            " updated_user = ?, updated_time = ? WHERE id = ?",
            (SceneSummaryStatus.SUMMARIZE_CANCELED, "Cancelled by the user.", ctx.user_name, now_iso(), row["id"]),
        )
        cancel_jobs(conn, SUMMARY_JOB_KINDS, "sceneSummaryId", int(row["id"]))


@operation("getSceneSummary")
def get_scene_summary(ctx: OperationContext) -> dict[str, Any]:
    asset = ctx.asset()
    row = latest_summary(ctx.db, int(asset["id"]))
    if row is None:
        raise ApiError(Errors.ASSET_FILE_NOT_FOUND, "The asset has no scene summary.")
    if row["status"] != SceneSummaryStatus.SUMMARIZE_COMPLETED:
        raise ApiError(
            Errors.INVALID_REQUEST,
            f"The scene summary is {row['status']}, not {SceneSummaryStatus.SUMMARIZE_COMPLETED}.",
        )
    result = json.loads(row["result"] or "{}")
    analyzed = result.get("analyzedSceneIds")
    return {
        "indexId": int(row["analysis_id"]),
        "sceneSummaryInfo": {
            "lastAnalyzedAt": row["updated_time"],
            "analyzedSceneIds": None if analyzed is None else [str(i) for i in analyzed],
        },
        "sceneSummaries": result.get("sceneSummaries", []),
    }


# -- the jobs ---------------------------------------------------------------------------------------


@job("scene_summary.start")
def start_summary(job: JobContext) -> None:
    """``WAIT_SUMMARIZE`` -> ``SUMMARIZING``."""
    summary_id = int(job.payload["sceneSummaryId"])
    with job.db.tx() as conn:
        cur = conn.execute(
            "UPDATE scene_summaries SET status = ?, updated_time = ? WHERE id = ? AND status = ?",
            (SceneSummaryStatus.SUMMARIZING, now_iso(), summary_id, SceneSummaryStatus.WAIT_SUMMARIZE),
        )
        if cur.rowcount:
            job.state.jobs.submit("scene_summary.finish", {"sceneSummaryId": summary_id}, conn=conn)


@job("scene_summary.finish")
def finish_summary(job: JobContext) -> None:
    """``SUMMARIZING`` -> ``SUMMARIZE_COMPLETED`` (summaries stored) or ``SUMMARIZE_FAIL``."""
    summary_id = int(job.payload["sceneSummaryId"])
    row = job.db.one("SELECT * FROM scene_summaries WHERE id = ?", (summary_id,))
    if row is None or row["status"] != SceneSummaryStatus.SUMMARIZING:
        return
    asset = job.db.one("SELECT * FROM assets WHERE id = ?", (row["asset_id"],))
    if asset is None:
        return
    request = json.loads(row["request"] or "{}")
    analysis_id = int(row["analysis_id"]) if row["analysis_id"] is not None else -1
    problem = _failure(job, asset, analysis_id)
    if problem is None:
        scenes = scene_rows(job.db, analysis_id, request.get("sceneIds"))
        names = person_names(job.db, (int(p) for s in scenes for p in json.loads(s["persons"] or "[]")))
        locale = str(request.get("locale") or DEFAULT_LOCALE)
        fresh = {int(s["scene_no"]): _summary_item(s, names, locale, str(asset["asset_type"])) for s in scenes}
        merged: dict[int, dict[str, Any]] = {}
        if request.get("sceneIds") is not None:
            previous = _last_completed(job.db, analysis_id, before=summary_id)
            if previous is not None:
                for item in json.loads(previous["result"] or "{}").get("sceneSummaries", []):
                    merged[int(item["sceneId"])] = item
        merged.update(fresh)
        result = {
            "analyzedSceneIds": request.get("sceneIds"),
            "sceneSummaries": [merged[k] for k in sorted(merged)],
        }
    with job.db.tx() as conn:
        current = conn.execute("SELECT status FROM scene_summaries WHERE id = ?", (summary_id,)).fetchone()
        if current is None or current["status"] != SceneSummaryStatus.SUMMARIZING:
            return  # cancelled, or its index deleted, meanwhile
        if problem is not None:
            conn.execute(
                "UPDATE scene_summaries SET status = ?, status_message = ?, updated_time = ? WHERE id = ?",
                (SceneSummaryStatus.SUMMARIZE_FAIL, problem, now_iso(), summary_id),
            )
            return
        conn.execute(
            "UPDATE scene_summaries SET status = ?, status_message = NULL, result = ?, updated_time = ? WHERE id = ?",
            (SceneSummaryStatus.SUMMARIZE_COMPLETED, json.dumps(result, ensure_ascii=False), now_iso(), summary_id),
        )


def _failure(job: JobContext, asset: sqlite3.Row, analysis_id: int) -> str | None:
    """Why the run fails: its index is gone, or the sidecar asks for a failure; None otherwise."""
    index = job.db.one(
        "SELECT 1 FROM analyses WHERE id = ? AND deleted = 0 AND status = ?",
        (analysis_id, IndexStatus.ANALYZE_COMPLETED),
    )
    if index is None:
        return "The index of the scene summary no longer exists."
    try:
        raw = read_sidecar(job.state.storage, str(asset["bucket_name"]), str(asset["object_key"]))
    except Exception:  # the summary works from the index; an unreadable sidecar is not its problem
        raw = None
    if isinstance(raw, Mapping) and raw.get(SIDECAR_ERROR_FIELD):
        return str(raw[SIDECAR_ERROR_FIELD])
    return None


# -- composing a summary -----------------------------------------------------------------------------


def _clock(ms: int) -> str:
    seconds = ms // 1000
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def _join(items: Sequence[str], word: str) -> str:
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {word} {items[-1]}"


def _sentence(text: str) -> str:
    text = text.strip()
    return text if not text or text[-1] in ".!?" else f"{text}."


def compose_summary(
    *,
    number: int,
    start_ms: int,
    end_ms: int,
    caption: str,
    labels: Sequence[str],
    persons: Sequence[str],
    dialogue: Sequence[Mapping[str, Any]],
    locale: str,
    image: bool,
) -> str:
    """A deterministic natural-language summary of one scene."""
    lang = locale.lower().split("-")[0].split("_")[0]
    top = list(labels[:5])
    quote = next((d for d in dialogue if d.get("text")), None)
    more = max(0, len([d for d in dialogue if d.get("text")]) - 1)
    parts: list[str] = []
    if lang == "ko":
        where = "이미지" if image else f"장면 {number} ({_clock(start_ms)}-{_clock(end_ms)})"
        parts.append(f"{where}: {_sentence(caption)}" if caption else f"{where}.")
        if persons:
            parts.append(f"등장인물: {', '.join(persons)}.")
        if top:
            parts.append(f"키워드: {', '.join(top)}.")
        if quote is not None:
            who = f"{quote['speaker']}: " if quote.get("speaker") else ""
            parts.append(f'대사: "{who}{quote["text"]}"' + (f" 외 {more}개." if more else "."))
    else:
        if caption:
            parts.append(_sentence(caption))
        elif image:
            parts.append("An image.")
        else:
            parts.append(f"Scene {number}, from {_clock(start_ms)} to {_clock(end_ms)}.")
        if persons:
            parts.append(f"{_join(list(persons), 'and')} {'appears' if len(persons) == 1 else 'appear'}.")
        if top:
            parts.append(f"It shows {_join(top, 'and')}.")
        if quote is not None:
            who = str(quote["speaker"]) if quote.get("speaker") else "Someone"
            tail = f" ({more} more line{'s' if more > 1 else ''} of dialogue)" if more else ""
            parts.append(f'{who} says "{quote["text"]}"{tail}.')
    return " ".join(parts)


def _summary_item(scene: sqlite3.Row, names: Mapping[int, str], locale: str, asset_type: str) -> dict[str, Any]:
    persons = [names[int(p)] for p in json.loads(scene["persons"] or "[]") if int(p) in names]
    start, end = int(scene["start_ms"]), int(scene["end_ms"])
    text = compose_summary(
        number=int(scene["scene_no"]),
        start_ms=start,
        end_ms=end,
        caption=str(scene["caption"] or ""),
        labels=[str(label) for label in json.loads(scene["labels"] or "[]")],
        persons=persons,
        dialogue=json.loads(scene["dialogue"] or "[]"),
        locale=locale,
        image=asset_type == IndexType.IMAGE,
    )
    return {"sceneId": int(scene["scene_no"]), "startTimeMs": start, "endTimeMs": end, "summary": text}
