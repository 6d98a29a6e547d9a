"""The search engine behind ``searchAssets`` and the person-scene links of the persons API.

Index structures (created with ``register_schema``, kept in sync by triggers on ``scenes``)
------------------------------------------------------------------------------------------
* ``scenes_fts_text``: an FTS5 table (``porter unicode61 remove_diacritics 2``
  tokenizer, so *dogs*/*dog* and *running*/*run* match) over the **text** of
  each scene: ``caption``, the label words (``labels`` flattened from its JSON
  array; objects contribute their ``keyword``/``name``/``label``/``text``)
  and the spoken words (``dialogue`` flattened from its JSON array of lines;
  objects contribute their ``text``). Unlike ``scenes_fts``, which indexes
  the raw JSON, neither JSON keys (``text``, ``speaker``, ``startMs``) nor
  speakers' names nor times are searchable. Its name starts with
  ``scenes_fts`` so that ``Database.reset`` leaves its shadow tables alone; the
  delete trigger empties it when scenes go.
* ``scene_persons``: one row per (scene, person reference) taken from the
  scene's ``persons`` JSON array: a person id (integer), a name (string), or an
  object's ``personId``/``id``/``name``. Person filters, person asset/scene
  counts and merges read it.
* ``search_latest_index``: each asset's latest completed index (kept by
  triggers on ``analyses``, rebuilt when a database opens), so that the scope
  of a search is a lookup per scene, not a pass over every analysis.

Only scenes of an asset's **latest completed index** are searchable (the
analysis with the highest id whose status is ``ANALYZE_COMPLETED`` and that
is not deleted).

Text query
----------
The text is split into words (stop words such as *the*, *a*, *of* are dropped
unless nothing else remains; at most ``MAX_TERMS`` distinct words). Scenes
holding a word are found with FTS5 ``MATCH`` (``OR`` of the quoted words) and
ranked by ``bm25`` with column weights caption 2.0, labels 1.5, dialogue 1.0;
at most ``MAX_CANDIDATES`` of them are scored::

    coverage = distinct query words the scene holds / query words
    relative = bm25(scene) / bm25(best scene)          # 1.0 for the best match
    score    = coverage * (0.75 + 0.25 * relative)

so a scene holding every word scores 0.75-1.0, one holding half of them
0.375-0.5, whatever the size of the corpus (raw bm25 values are not
comparable across corpora).

To stay fast on large indexes (every step reads at most a few thousand
postings), a word found in more than ``COMMON_DOCS`` scenes is *very common*:
when the query has a rarer word, the candidates are the scenes holding a
rarer word (very common words still count in their coverage); when every word
is very common, the candidates are the most recently indexed matching scenes.
On small indexes (every word in at most ``COMMON_DOCS`` scenes) the ranking is
exact.

Image query
-----------
The uploaded image's perceptual hash (``_media.phash``, a 64-bit difference
hash) is compared with the hash of each image asset and of each video scene's
key frame (``scenes.thumbnail_phash``)::

    score = max(0, 1 - hamming_distance / 32)

(identical: 1.0; 10 bits apart: 0.69; unrelated pictures are about 32 bits
apart: 0).

Confidence levels
-----------------
``queryOption.confidenceLevel`` keeps the matches whose score reaches
(``CONFIDENCE_THRESHOLDS``):

==========  =========  ===========================================
level       score >=   image query: Hamming distance at most
==========  =========  ===========================================
``LOW``     0.2        25 bits
``MEDIUM``  0.4        19 bits (the default)
``HIGH``    0.7        9 bits
==========  =========  ===========================================

For a text query, ``HIGH`` keeps scenes holding (nearly) every word, ``MEDIUM``
also those holding about half of them, ``LOW`` also those with one word of
three to five.

Filters
-------
``personQuery``: ``must`` - every listed person appears in the scene;
``any`` - at least one does; ``not`` - none does. A person id matches a scene
listing that id or the person's current name; an id absorbed by
``mergePersons`` stands for the surviving person. ``dialogQuery``: each line
is an FTS5 phrase on the dialogue column (the words in this order, case and
accents ignored): ``must`` - every line is spoken in the scene; ``any`` - at
least one; ``not`` - none. ``filter``: ``projectIds`` or ``assetIds``,
``assetTypes``, and ``indexModifiedFrom``/``indexModifiedTo`` bounding the
index's last modification (``analyses.updated_time``), inclusive.

Results are ordered by score (descending), then index creation order (the
index id, then the scene number); at most ``MAX_RESULTS`` are kept. Image
assets are matched as their single scene and reported without ``sceneId``
and times.
"""

from __future__ import annotations

import json
import re
import sqlite3
import threading
import time
import unicodedata
import weakref
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, NamedTuple

from starlette.responses import JSONResponse, Response

from mi_spec.enums import DEFAULT_CONFIDENCE, Confidence, IndexStatus, QueryAssetUploadMessage, SearchAssetType

from .._db import Database, register_schema, sql_text
from .._media import hamming

__all__ = [
    "CONFIDENCE_THRESHOLDS",
    "MAX_CANDIDATES",
    "MAX_RESULTS",
    "MAX_TERMS",
    "Hit",
    "SearchSpec",
    "file_not_found",
    "image_media_type",
    "image_score",
    "latest_index_ids_sql",
    "person_refs",
    "query_terms",
    "run_search",
    "stored_hits",
    "stored_item",
    "upload_problem",
]

#: Minimum score of a match per ``queryOption.confidenceLevel``.
CONFIDENCE_THRESHOLDS: dict[str, float] = {Confidence.LOW: 0.2, Confidence.MEDIUM: 0.4, Confidence.HIGH: 0.7}
#: The image asset type as an SQL literal, for the statement that splices it.
_IMAGE_SQL = sql_text(SearchAssetType.IMAGE)
#: Most matches a search keeps.
MAX_RESULTS = 500
#: Most scenes a text query ranks (by bm25) before scoring.
MAX_CANDIDATES = 1000
#: A word found in more scenes than this is "very common" (see the module doc).
COMMON_DOCS = 2000
#: Most distinct words of a text query that count.
MAX_TERMS = 16
#: Hamming distance at which an image match scores 0.
IMAGE_ZERO_DISTANCE = 32
#: bm25 column weights: caption, labels, dialogue.
COLUMN_WEIGHTS = (2.0, 1.5, 1.0)

_STOP = "a an and are as at be by for from in into is it its of on or that the this to was were with"
STOP_WORDS = frozenset(_STOP.split(" "))

# -- schema -------------------------------------------------------------------------------------


def _flatten(column: str, keys: Sequence[str]) -> str:
    """SQL turning a JSON array column into space-separated words (the raw text when it is not JSON)."""
    picks = ", ".join(f"json_extract(j.value, '$.{key}')" for key in keys)
    return (
        f"CASE WHEN json_valid({column}) THEN "
        f"(SELECT group_concat(CASE j.type WHEN 'object' THEN coalesce({picks}, '') WHEN 'array' THEN '' "
        f"ELSE j.value END, ' ') FROM json_each({column}) j) ELSE {column} END"
    )


def _labels(prefix: str) -> str:
    return _flatten(f"{prefix}labels", ("keyword", "name", "label", "text"))


def _dialogue(prefix: str) -> str:
    return _flatten(f"{prefix}dialogue", ("text",))


_PERSON_REFS = (
    "SELECT DISTINCT {sid}, {aid}, CASE j.type WHEN 'object' THEN coalesce(json_extract(j.value, '$.personId'),"
    " json_extract(j.value, '$.id'), json_extract(j.value, '$.name')) ELSE j.value END AS ref"
    " FROM json_each(CASE WHEN json_valid({col}) AND json_type({col}) = 'array' THEN {col} ELSE '[]' END) j"
    " WHERE j.type IN ('integer', 'real', 'text', 'object')"
)

_NEW_PERSON_REFS = _PERSON_REFS.format(sid="new.id", aid="new.asset_id", col="new.persons")

_LATEST_SELECT = (
    f"SELECT MAX(id), asset_id FROM analyses WHERE status = {sql_text(IndexStatus.ANALYZE_COMPLETED)} AND deleted = 0"
)
# (trigger body) recompute the latest completed index of the assets {assets}
_LATEST_OF = (
    "DELETE FROM search_latest_index WHERE asset_id IN ({assets});"
    " INSERT INTO search_latest_index (analysis_id, asset_id) "
    + _LATEST_SELECT
    + " AND asset_id IN ({assets}) GROUP BY asset_id;"
)

SEARCH_SCHEMA: tuple[str, ...] = (
    f"""CREATE VIEW IF NOT EXISTS scenes_fts_text_src AS
        SELECT id, caption, {_labels("")} AS labels, {_dialogue("")} AS dialogue FROM scenes""",
    """CREATE VIRTUAL TABLE IF NOT EXISTS scenes_fts_text USING fts5(
        caption, labels, dialogue, content='scenes_fts_text_src', content_rowid='id',
        tokenize='porter unicode61 remove_diacritics 2'
    )""",
    f"""CREATE TRIGGER IF NOT EXISTS scenes_fts_text_ai AFTER INSERT ON scenes BEGIN
        INSERT INTO scenes_fts_text(rowid, caption, labels, dialogue)
        VALUES (new.id, new.caption, {_labels("new.")}, {_dialogue("new.")});
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS scenes_fts_text_ad AFTER DELETE ON scenes BEGIN
        INSERT INTO scenes_fts_text(scenes_fts_text, rowid, caption, labels, dialogue)
        VALUES ('delete', old.id, old.caption, {_labels("old.")}, {_dialogue("old.")});
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS scenes_fts_text_au AFTER UPDATE OF caption, labels, dialogue ON scenes BEGIN
        INSERT INTO scenes_fts_text(scenes_fts_text, rowid, caption, labels, dialogue)
        VALUES ('delete', old.id, old.caption, {_labels("old.")}, {_dialogue("old.")});
        INSERT INTO scenes_fts_text(rowid, caption, labels, dialogue)
        VALUES (new.id, new.caption, {_labels("new.")}, {_dialogue("new.")});
    END""",
    """CREATE TABLE IF NOT EXISTS scene_persons (
        scene_id INTEGER NOT NULL REFERENCES scenes(id) ON DELETE CASCADE,
        asset_id INTEGER NOT NULL,
        ref NOT NULL,                           -- a person id (integer) or a person name (text)
        PRIMARY KEY (scene_id, ref)
    )""",
    "CREATE INDEX IF NOT EXISTS scene_persons_ref ON scene_persons(ref, asset_id)",
    f"""CREATE TRIGGER IF NOT EXISTS scene_persons_ai AFTER INSERT ON scenes BEGIN
        INSERT OR IGNORE INTO scene_persons(scene_id, asset_id, ref)
        SELECT * FROM ({_NEW_PERSON_REFS}) WHERE ref IS NOT NULL;
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS scene_persons_au AFTER UPDATE OF persons, asset_id ON scenes BEGIN
        DELETE FROM scene_persons WHERE scene_id = old.id;
        INSERT OR IGNORE INTO scene_persons(scene_id, asset_id, ref)
        SELECT * FROM ({_NEW_PERSON_REFS}) WHERE ref IS NOT NULL;
    END""",
    # persons absorbed by mergePersons: their ids keep meaning the surviving person
    """CREATE TABLE IF NOT EXISTS person_merges (
        absorbed_id INTEGER PRIMARY KEY,
        target_id INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
        workspace_name TEXT NOT NULL REFERENCES workspaces(name) ON DELETE CASCADE,
        absorbed_name TEXT,
        merged_time TEXT NOT NULL
    )""",
    "CREATE INDEX IF NOT EXISTS person_merges_target ON person_merges(target_id)",
    # every asset's latest completed index, kept by triggers: a search looks its scenes' index up here
    # instead of grouping all analyses of the database (work that grew with the number of assets)
    """CREATE TABLE IF NOT EXISTS search_latest_index (
        analysis_id INTEGER PRIMARY KEY,
        asset_id INTEGER NOT NULL UNIQUE
    )""",
    f"""CREATE TRIGGER IF NOT EXISTS search_latest_index_ai AFTER INSERT ON analyses BEGIN
        {_LATEST_OF.format(assets="new.asset_id")}
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS search_latest_index_au AFTER UPDATE OF status, deleted, asset_id ON analyses BEGIN
        {_LATEST_OF.format(assets="old.asset_id, new.asset_id")}
    END""",
    f"""CREATE TRIGGER IF NOT EXISTS search_latest_index_ad AFTER DELETE ON analyses BEGIN
        {_LATEST_OF.format(assets="old.asset_id")}
    END""",
    # rebuilt when a database opens: one written before the table existed gets it right too
    "DELETE FROM search_latest_index",
    f"INSERT INTO search_latest_index (analysis_id, asset_id) {_LATEST_SELECT} GROUP BY asset_id",
)

for _sql in SEARCH_SCHEMA:
    register_schema(_sql)


def latest_index_ids_sql() -> str:
    """SQL of the ids of every asset's latest completed (not deleted) index."""
    completed = sql_text(IndexStatus.ANALYZE_COMPLETED)
    return f"SELECT MAX(id) FROM analyses WHERE status = {completed} AND deleted = 0 GROUP BY asset_id"


# -- text ---------------------------------------------------------------------------------------

_WORD = re.compile(r"[^\W_]+")


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def query_terms(text: str) -> list[str]:
    """The distinct words of a text query, in order (stop words dropped unless only they remain)."""
    words = list(dict.fromkeys(_WORD.findall(_fold(text))))
    kept = [w for w in words if w not in STOP_WORDS] or words
    return kept[:MAX_TERMS]


def _phrase(text: str) -> str:
    """An FTS5 string literal (a phrase of the text's words)."""
    return '"' + text.replace('"', '""') + '"'


def _phrase_or_none(line: str) -> str | None:
    words = _WORD.findall(_fold(line))
    return _phrase(" ".join(words)) if words else None


# -- uploads ------------------------------------------------------------------------------------


def upload_problem(row: sqlite3.Row | None, *, max_age_seconds: float | None = None) -> str | None:
    """Why an upload can't be used, as an ``uploadMessage``; None when it is usable.

    ``FILE_NOT_EXIST`` (no upload, nothing uploaded yet, or older than
    ``max_age_seconds``), ``OVER_SIZE_LIMIT``, ``RESOLUTION_NOT_SUPPORT`` or
    ``INVALID_FILE_FORMAT`` (not a readable image of an accepted format).
    """
    if row is None or row["status"] not in ("UPLOADED", "REJECTED"):
        return QueryAssetUploadMessage.FILE_NOT_EXIST
    if row["status"] == "REJECTED":
        reason = str(row["reject_reason"] or "").lower()
        if "larger than" in reason:
            return QueryAssetUploadMessage.OVER_SIZE_LIMIT
        if "at least" in reason or "too large to process" in reason:
            return QueryAssetUploadMessage.RESOLUTION_NOT_SUPPORT
        return "INVALID_FILE_FORMAT"
    if max_age_seconds is not None and row["uploaded_time"]:
        uploaded = datetime.fromisoformat(str(row["uploaded_time"]))
        if time.time() - uploaded.timestamp() > max_age_seconds:
            return QueryAssetUploadMessage.FILE_NOT_EXIST
    return None


def image_media_type(data: bytes) -> str:
    """The media type of an image file from its first bytes."""
    if data.startswith(b"\x89PNG"):
        return "image/png"
    if data.startswith(b"\xff\xd8"):
        return "image/jpeg"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if data[4:12] in (b"ftypheic", b"ftypheix", b"ftypmif1"):
        return "image/heic"
    return "application/octet-stream"


def file_not_found() -> Response:
    """What a file route answers for a missing file (the S3 error shape of the upload route)."""
    return JSONResponse({"error": {"code": "NoSuchKey", "message": "The file does not exist."}}, status_code=404)


# -- persons ------------------------------------------------------------------------------------


def person_refs(db: Database | sqlite3.Connection, workspace: str, person_ids: Iterable[int]) -> list[Any]:
    """The ``scene_persons.ref`` values meaning any of these persons: ids and current names.

    An id absorbed by a merge stands for the surviving person.
    """
    refs: list[Any] = []
    for pid in dict.fromkeys(int(p) for p in person_ids):
        current = pid
        for _ in range(20):  # follow merge chains
            row = _one(db, "SELECT target_id FROM person_merges WHERE absorbed_id = ?", (current,))
            if row is None:
                break
            current = int(row[0])
        refs.append(pid)
        if current != pid:
            refs.append(current)
        person = _one(db, "SELECT name FROM persons WHERE id = ? AND workspace_name = ?", (current, workspace))
        if person is not None and person[0]:
            refs.append(str(person[0]))
    return list(dict.fromkeys(refs))


def _one(db: Database | sqlite3.Connection, sql: str, params: Sequence[Any]) -> Any:
    if isinstance(db, Database):
        return db.one(sql, params)
    return db.execute(sql, params).fetchone()


# -- the search ---------------------------------------------------------------------------------


@dataclass
class SearchSpec:
    """A ``searchAssets`` request, decoded."""

    workspace: str
    text: str | None = None
    image_phash: str | None = None
    person_must: list[int] = field(default_factory=list)
    person_any: list[int] = field(default_factory=list)
    person_not: list[int] = field(default_factory=list)
    dialog_must: list[str] = field(default_factory=list)
    dialog_any: list[str] = field(default_factory=list)
    dialog_not: list[str] = field(default_factory=list)
    project_ids: list[int] | None = None
    asset_ids: list[int] | None = None
    asset_types: list[str] | None = None
    modified_from: datetime | None = None
    modified_to: datetime | None = None
    confidence: str = DEFAULT_CONFIDENCE

    @classmethod
    def from_request(cls, workspace: str, body: dict[str, Any], image_phash: str | None = None) -> SearchSpec:
        """From the JSON body of ``searchAssets`` (as sent)."""
        query = body.get("query") or {}
        persons = query.get("personQuery") or {}
        dialog = query.get("dialogQuery") or {}
        flt = body.get("filter") or {}
        option = body.get("queryOption") or {}
        return cls(
            workspace=workspace,
            text=query.get("textQuery"),
            image_phash=image_phash,
            person_must=[int(p) for p in persons.get("must") or []],
            person_any=[int(p) for p in persons.get("any") or []],
            person_not=[int(p) for p in persons.get("not") or []],
            dialog_must=[str(d) for d in dialog.get("must") or []],
            dialog_any=[str(d) for d in dialog.get("any") or []],
            dialog_not=[str(d) for d in dialog.get("not") or []],
            project_ids=[int(p) for p in flt["projectIds"]] if flt.get("projectIds") is not None else None,
            asset_ids=[int(a) for a in flt["assetIds"]] if flt.get("assetIds") is not None else None,
            asset_types=[str(t) for t in flt["assetTypes"]] if flt.get("assetTypes") else None,
            modified_from=_parse_time(flt.get("indexModifiedFrom")),
            modified_to=_parse_time(flt.get("indexModifiedTo")),
            confidence=str(option.get("confidenceLevel") or DEFAULT_CONFIDENCE),
        )

    @property
    def threshold(self) -> float:
        return CONFIDENCE_THRESHOLDS.get(self.confidence, CONFIDENCE_THRESHOLDS[DEFAULT_CONFIDENCE])


def _parse_time(value: Any) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        moment = value
    else:
        moment = datetime.fromisoformat(str(value).replace("Z", "+00:00").replace("z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


class Hit(NamedTuple):
    """One match: the scene (its ``scenes`` row id), its score, and what its ``SearchResultItem`` is made of.

    ``values_json``: the item's columns (``_ITEM_COLUMNS``) as a JSON array, encoded by SQLite as it
    reads them; ``item`` builds the item from them. A search stores its matches as one JSON text
    (``stored_hits``) and builds the items of the pages read only (``stored_item``): hundreds of
    matches, a page of tens at a time, and no Python object per column of a match in between.
    """

    scene_row_id: int
    score: float
    values_json: str

    @property
    def values(self) -> tuple[Any, ...]:
        """The ``_ITEM_COLUMNS`` values."""
        return tuple(json.loads(self.values_json))

    @property
    def item(self) -> dict[str, Any]:
        """The ``SearchResultItem`` (without ``thumbnailUrl``)."""
        return _item(self.values, self.score)

    def stored(self) -> str:
        """The match as stored: the JSON array ``[scene row id, score, *values]``."""
        # json.dumps writes a float as repr() does; values_json is "[" + the values + "]"
        return f"[{self.scene_row_id},{self.score!r},{self.values_json[1:]}"


def stored_hits(hits: Iterable[Hit]) -> str:
    """The matches of a search as one JSON array (of ``Hit.stored()``), best first."""
    return "[" + ",".join([hit.stored() for hit in hits]) + "]"


def stored_item(stored: Sequence[Any]) -> tuple[int, dict[str, Any]]:
    """A stored match (``Hit.stored()``, decoded) as (its scene row id, its ``SearchResultItem``)."""
    return int(stored[0]), _item(stored[2:], float(stored[1]))


#: (minus the score, index id, scene number, scene row id): sorts best first, then index creation order
_Ranked = tuple[float, int, int, int]

#: What a result item is made of (``_item``), from ``scenes s`` and ``assets a``.
_ITEM_COLUMNS = "s.scene_no, s.start_ms, s.end_ms, s.caption, a.id AS aid, a.project_id, a.asset_type, a.file_name"

#: A match's item columns as one JSON text, in the order `_item` takes them (from ``scenes s``, ``assets a``).
_VALUES_JSON = "json_array(s.scene_no, s.start_ms, s.end_ms, s.caption, a.id, a.project_id, a.asset_type, a.file_name)"

_DETAILS = f"SELECT s.id, {_VALUES_JSON} FROM scenes s JOIN assets a ON a.id = s.asset_id WHERE s.id IN ({{marks}})"


#: The join that only the index modification bounds need (``an.updated_time``); a scene's index id is
#: ``s.analysis_id`` (the scope's lookup in ``search_latest_index`` already excludes missing indexes).
_INDEX_JOIN = " JOIN analyses an ON an.id = s.analysis_id"


def _joins(spec: SearchSpec) -> str:
    """What ``_scope``'s conditions join to ``scenes s``: ``assets a``, and ``analyses an`` when they read it."""
    dated = spec.modified_from is not None or spec.modified_to is not None
    return " JOIN assets a ON a.id = s.asset_id" + (_INDEX_JOIN if dated else "")


def _scope(spec: SearchSpec, db: Database, row_id: str = "s.id") -> tuple[str, list[Any]]:
    """The WHERE conditions of the scenes a search may return (everything but the query itself).

    Person and dialogue conditions test ``row_id`` (``f.rowid`` when the FTS table drives the query, so
    that they are checked before the joins).
    """
    where = [
        "a.workspace_name = ?",
        # a lookup per scene in the trigger-kept table (same ids as latest_index_ids_sql())
        "s.analysis_id IN (SELECT analysis_id FROM search_latest_index)",
    ]
    params: list[Any] = [spec.workspace]
    if spec.project_ids is not None:
        where.append(f"a.project_id IN ({_marks(spec.project_ids)})")
        params.extend(spec.project_ids)
    if spec.asset_ids is not None:
        where.append(f"a.id IN ({_marks(spec.asset_ids)})")
        params.extend(spec.asset_ids)
    if spec.asset_types:
        where.append(f"a.asset_type IN ({_marks(spec.asset_types)})")
        params.extend(spec.asset_types)
    if spec.modified_from is not None:
        where.append("julianday(an.updated_time) >= julianday(?)")
        params.append(spec.modified_from.astimezone(UTC).isoformat())
    if spec.modified_to is not None:
        where.append("julianday(an.updated_time) <= julianday(?)")
        params.append(spec.modified_to.astimezone(UTC).isoformat())
    person_sql = row_id + " {op} (SELECT scene_id FROM scene_persons WHERE ref IN ({marks}))"
    for pid in dict.fromkeys(spec.person_must):
        refs = person_refs(db, spec.workspace, [pid])
        where.append(person_sql.format(op="IN", marks=_marks(refs)))
        params.extend(refs)
    if spec.person_any:
        refs = person_refs(db, spec.workspace, spec.person_any)
        where.append(person_sql.format(op="IN", marks=_marks(refs)))
        params.extend(refs)
    if spec.person_not:
        refs = person_refs(db, spec.workspace, spec.person_not)
        where.append(person_sql.format(op="NOT IN", marks=_marks(refs)))
        params.extend(refs)
    dialog_sql = row_id + " {op} (SELECT rowid FROM scenes_fts_text WHERE scenes_fts_text MATCH ?)"
    must = [_phrase_or_none(line) for line in spec.dialog_must]
    if must:
        if any(p is None for p in must):
            where.append("0")  # a line without words can't be spoken
        else:
            where.append(dialog_sql.format(op="IN"))
            params.append("dialogue : (" + " AND ".join(p for p in must if p) + ")")
    any_lines = [p for p in (_phrase_or_none(line) for line in spec.dialog_any) if p]
    if spec.dialog_any:
        if any_lines:
            where.append(dialog_sql.format(op="IN"))
            params.append("dialogue : (" + " OR ".join(any_lines) + ")")
        else:
            where.append("0")
    not_lines = [p for p in (_phrase_or_none(line) for line in spec.dialog_not) if p]
    if not_lines:
        where.append(dialog_sql.format(op="NOT IN"))
        params.append("dialogue : (" + " OR ".join(not_lines) + ")")
    return " AND ".join(where), params


def _marks(values: Sequence[Any]) -> str:
    return ",".join("?" * len(values)) if values else "NULL"


def _item(values: Sequence[Any], score: float) -> dict[str, Any]:
    """A ``SearchResultItem`` from a match's ``_ITEM_COLUMNS`` values (by position) and score."""
    scene_no, start_ms, end_ms, caption, aid, project_id, asset_type, file_name = values
    item: dict[str, Any] = {"assetId": int(aid), "projectId": int(project_id)}
    if asset_type in (SearchAssetType.IMAGE, SearchAssetType.VIDEO):
        item["assetType"] = asset_type
    item["assetName"] = file_name
    if asset_type != SearchAssetType.IMAGE:
        item["sceneId"] = int(scene_no)
        item["startTimeMs"] = max(0, int(start_ms))
        item["endTimeMs"] = max(0, int(end_ms))
    if caption:
        item["description"] = caption
    item["score"] = score
    return item


def _hits(db: Database, ranked: list[_Ranked], limit: int, details: dict[int, str]) -> list[Hit]:
    """The best ``limit`` of the ranked scenes, with their result items (``details``: the ``_VALUES_JSON``
    already read, by scene id; the others are looked up)."""
    ranked.sort()
    best = ranked[:limit]
    missing = [r[3] for r in best if r[3] not in details]
    for start in range(0, len(missing), 500):
        chunk = missing[start : start + 500]
        details.update((int(sid), str(values)) for sid, values in db.query(_DETAILS.format(marks=_marks(chunk)), chunk))
    return [Hit(sid, -neg, details[sid]) for neg, _, _, sid in best if sid in details]


def run_search(db: Database, spec: SearchSpec, limit: int = MAX_RESULTS) -> list[Hit]:
    """The matches of a search, best first (see the module doc)."""
    details: dict[int, str] = {}
    if spec.text is not None:
        ranked, details = _text_ranked(db, spec)
    elif spec.image_phash is not None:
        ranked = _image_ranked(db, spec)
    else:
        ranked = []
    return _hits(db, ranked, limit, details)


def _rowids(db: Database, expression: str, among: Sequence[int] | None = None) -> set[int]:
    """Rowids of the scenes matching an FTS5 expression (only those ``among`` these, when given).

    With ``among``, FTS5 is asked for the rowid range the ids span, which it seeks to in each
    term's postings (an ``IN`` list of ids would make it read every posting of the term, or
    evaluate the expression once per id); the ids outside the list are dropped here.
    """
    if among is None:
        rows = db.query("SELECT rowid FROM scenes_fts_text WHERE scenes_fts_text MATCH ?", (expression,))
        return {r[0] for r in rows}
    if not among:
        return set()
    wanted = set(among)
    rows = db.query(
        "SELECT rowid FROM scenes_fts_text WHERE scenes_fts_text MATCH ? AND rowid BETWEEN ? AND ?",
        (expression, min(wanted), max(wanted)),
    )
    return {r[0] for r in rows if r[0] in wanted}


def _best_in_scope(
    db: Database, expression: str, rank: str, where: str, joins: str, params: Sequence[Any]
) -> list[sqlite3.Row] | None:
    """The ``MAX_CANDIDATES`` best matches by bm25 when they are all in the search's scope, else None.

    Ranking by the FTS table alone and looking up the scope of the best only is cheaper than joining
    every match; it gives the same candidates whenever none of the best is out of scope (or every
    match was ranked).
    """
    best = f"SELECT rowid, {rank} AS r FROM scenes_fts_text WHERE scenes_fts_text MATCH ? ORDER BY r LIMIT ?"
    rows = db.query(
        f"WITH f(rowid, r) AS MATERIALIZED ({best}) SELECT f.rowid AS sid, f.r, s.analysis_id, s.scene_no,"
        f" {_VALUES_JSON}, {where} AS in_scope FROM f CROSS JOIN scenes s ON s.id = f.rowid{joins}",
        (expression, MAX_CANDIDATES, *params),
    )
    found = [row for row in rows if row[_IN_SCOPE]]
    if len(found) == len(rows) or len(rows) < MAX_CANDIDATES:
        return found
    return None


#: Where the scope test is in `_best_in_scope`'s rows (after scene id, bm25, index id, scene number, values).
_IN_SCOPE = 5

#: How many scenes hold a word (an FTS5 phrase), counted up to ``COMMON_DOCS + 1``: all that the choice
#: between rare and very common needs, and cheap (it stops there).
_DOC_COUNT = "(SELECT COUNT(*) FROM (SELECT rowid FROM scenes_fts_text WHERE scenes_fts_text MATCH ? LIMIT ?))"

#: The FTS5 index's averages (id 1: row count, token totals) and structure (id 10: its segments and a
#: write counter) records: together they change whenever the index does, so they key the counts cache.
_INDEX_STATE = "SELECT id, block FROM scenes_fts_text_data WHERE id IN (1, 10) ORDER BY id"

#: Most words whose counts are kept per database (the cache starts over when full).
_DOC_COUNTS_KEPT = 4096


class _DocCounts:
    """Per database: the counts of words seen (``_DOC_COUNT``), valid while the FTS5 index is unchanged."""

    def __init__(self) -> None:
        self.state: tuple[Any, ...] = ()
        self.counts: dict[str, int] = {}


_doc_counts_of: weakref.WeakKeyDictionary[Database, _DocCounts] = weakref.WeakKeyDictionary()
_doc_counts_lock = threading.Lock()


def _doc_counts(db: Database, phrases: Sequence[str]) -> list[int]:
    """How many scenes hold each phrase, up to ``COMMON_DOCS + 1``: one query for the words not counted
    since the index last changed (none when all were)."""
    # the index's state is read before counting: counts taken after a later write are only ever
    # filed under an older state, which no later search sees again
    state = tuple(bytes(row[1]) for row in db.query(_INDEX_STATE))
    with _doc_counts_lock:
        cache = _doc_counts_of.get(db)
        if cache is None:
            cache = _doc_counts_of[db] = _DocCounts()
        if cache.state != state or len(cache.counts) > _DOC_COUNTS_KEPT:
            cache.state, cache.counts = state, {}
        known = dict(cache.counts)
    missing = [p for p in dict.fromkeys(phrases) if p not in known]
    if missing:
        params = [value for phrase in missing for value in (phrase, COMMON_DOCS + 1)]
        row = db.one("SELECT " + ", ".join([_DOC_COUNT] * len(missing)), params)
        found = {phrase: int((row[i] if row is not None else 0) or 0) for i, phrase in enumerate(missing)}
        known.update(found)
        if len(state) == 2:  # both records there (an FTS5 that keeps them elsewhere: no caching)
            with _doc_counts_lock:
                if cache.state == state:
                    cache.counts.update(found)
    return [known[p] for p in phrases]


def _text_ranked(db: Database, spec: SearchSpec) -> tuple[list[_Ranked], dict[int, str]]:
    """The scenes matching the text in scope with their scores, and their ``_VALUES_JSON`` by scene id.

    Every ranking query returns candidates as (scene id, raw bm25, index id, scene number, values):
    the bm25 (lower is better) is computed once per scene (ordering by the selected column), and the
    relevance is minus that. The values come as one text per candidate, which costs less than
    looking the kept ones up again.
    """
    terms = query_terms(spec.text or "")
    if not terms:
        return [], {}
    phrases = {t: _phrase(t) for t in terms}
    rare: list[str] = []
    common: list[str] = []
    for term, found in zip(terms, _doc_counts(db, list(phrases.values())), strict=True):
        if found:
            (rare if found <= COMMON_DOCS else common).append(term)
    if not rare and not common:
        return [], {}
    where, params = _scope(spec, db, row_id="+f.rowid")
    joins = _joins(spec)
    rank = f"bm25(scenes_fts_text, {', '.join(str(w) for w in COLUMN_WEIGHTS)})"
    # the FTS table drives the join (CROSS JOIN keeps it outermost): only matching scenes are looked at
    sql = (
        f"SELECT f.rowid AS sid, {rank} AS r, s.analysis_id, s.scene_no, {_VALUES_JSON} FROM scenes_fts_text f"
        f" CROSS JOIN scenes s ON s.id = f.rowid{joins} WHERE scenes_fts_text MATCH ? AND {where}"
    )
    present: list[set[int]] = []
    if rare:
        # rank the scenes holding a rarer word; the very common words only count in the coverage
        expression = "(" + " OR ".join(phrases[t] for t in rare) + ")"
        rows = _best_in_scope(db, expression, rank, where, joins, params)
        if rows is None:  # some of the best matches are out of scope: rank the scenes in scope only
            rows = db.query(f"{sql} ORDER BY r LIMIT ?", (expression, *params, MAX_CANDIDATES))
        if len(terms) > 1:
            # with one rarer word, every candidate holds it: only the other words need a look
            others = common if len(rare) == 1 else rare + common
            present = [_rowids(db, f"{expression} AND {phrases[t]}") for t in others]
            if len(rare) == 1:
                present.append({int(r[0]) for r in rows})
    else:
        # only very common words: rank the most recently indexed matching scenes
        expression = " OR ".join(phrases[t] for t in common)
        rows = db.query(f"{sql} ORDER BY f.rowid DESC LIMIT ?", (expression, *params, MAX_CANDIDATES))
        if len(terms) > 1:
            candidates = [int(r[0]) for r in rows]
            present = [_rowids(db, phrases[t], among=candidates) for t in common]
    if not rows:
        return [], {}
    return _scored(rows, present, len(terms), spec.threshold), {int(row[0]): str(row[4]) for row in rows}


def _scored(rows: Sequence[sqlite3.Row], present: Sequence[set[int]], count: int, threshold: float) -> list[_Ranked]:
    """The candidates (sid, raw bm25, index id, scene number...) whose score reaches ``threshold``.

    ``present``: per query word looked at, the ids of the scenes holding it (none: full coverage).
    The scores are the module doc's, computed with the same operations in the same order (so the
    same floats): per row only the lookups and the final product are left.
    """
    relevances = [-float(row[1]) for row in rows]
    best = max(relevances)
    # `x if x > 0.0 else 0.0` is what max(0.0, x) returns, NaN and -0.0 included, without a call
    relatives = [x if (x := r / best) > 0.0 else 0.0 for r in relevances] if best > 0 else [1.0] * len(rows)
    if present:
        held: Counter[int] = Counter()
        ids = {row[0] for row in rows}
        for holding in present:
            held.update(ids.intersection(holding))
        coverages = [n / count for n in range(len(present) + 1)]
        factors = [coverages[held[row[0]]] for row in rows]
    else:
        factors = [1.0] * len(rows)
    ranked: list[_Ranked] = []
    append = ranked.append
    for row, coverage, relative in zip(rows, factors, relatives, strict=True):
        score = round(coverage * (0.75 + 0.25 * relative), 4)
        if score >= threshold:
            append((-score, row[2], row[3], row[0]))
    return ranked


def image_score(a: str, b: str) -> float:
    """Score of an image match from the Hamming distance of two perceptual hashes."""
    return round(max(0.0, 1.0 - hamming(a, b) / IMAGE_ZERO_DISTANCE), 4)


def _image_ranked(db: Database, spec: SearchSpec) -> list[_Ranked]:
    assert spec.image_phash is not None
    where, params = _scope(spec, db)
    rows = db.query(
        f"SELECT s.id, COALESCE(s.thumbnail_phash, CASE WHEN a.asset_type = {_IMAGE_SQL} THEN a.phash END),"
        f" s.analysis_id, s.scene_no FROM scenes s{_joins(spec)} WHERE {where}",
        params,
    )
    query, threshold = int(spec.image_phash, 16), spec.threshold
    ranked: list[_Ranked] = []
    for sid, digest, index_id, scene_no in rows:
        if not digest:
            continue
        try:
            distance = (query ^ int(digest, 16)).bit_count()
        except ValueError:
            continue
        score = round(max(0.0, 1.0 - distance / IMAGE_ZERO_DISTANCE), 4)
        if score >= threshold:
            ranked.append((-score, index_id, scene_no, sid))
    return ranked
