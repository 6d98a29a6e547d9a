"""The searches over library entries: SearchMedia and its siblings."""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from ice_spec import Errors, Limits
from ice_spec.enums import (
    IndexJobStatus,
    IndexType,
    SearchMediaByAILabelMatchingMode,
    SearchMediaByAILabelMultimodalSearchType,
    SearchMediaByAILabelSortBy,
    WireBoolean,
)

from .._media import hamming, phash
from .._storage import ObjectNotFound
from ._errors import IceError
from ._match import compile_match, custom_filter, mentioned_fields, sort_key
from ._spec import given, ice_spec
from ._store import iso, media_record, split_oss

if TYPE_CHECKING:
    from .._state import EmulatorState

__all__ = ["SEARCHES"]

#: Face thumbnails at most this many bits apart (of 64) are the same face.
FACE_DISTANCE = 10

Ctx = Mapping[str, Any]


def _entries(state: EmulatorState, owner: str, lib: str, index_type: str | None = None) -> list[Mapping[str, Any]]:
    if index_type is None:
        sql = (
            "SELECT e.*, m.info, m.ai, m.media_type, m.input_url, m.created_ms AS media_created FROM ice_entries e"
            " JOIN ice_media m ON m.media_id = e.media_id WHERE e.owner = ? AND e.lib = ? ORDER BY e.seq"
        )
        return [dict(r) for r in state.db.query(sql, (owner, lib))]
    sql = (
        "SELECT e.*, m.info, m.ai, m.media_type, m.input_url FROM ice_entries e"
        " JOIN ice_media m ON m.media_id = e.media_id JOIN ice_jobs j ON j.owner = e.owner AND j.lib = e.lib"
        " AND j.media_id = e.media_id AND j.index_type = ? AND j.status = ?"
        " WHERE e.owner = ? AND e.lib = ? ORDER BY e.seq"
    )
    return [dict(r) for r in state.db.query(sql, (index_type, IndexJobStatus.SUCCESS, owner, lib))]


def _page(action: str, params: Ctx) -> tuple[int, int]:
    """(offset, size) of the page asked for, with the spec's defaults for what is omitted."""
    size = int(given(action, params, "PageSize"))
    return (int(given(action, params, "PageNo")) - 1) * size, size


def _filters(params: Ctx) -> Callable[[Mapping[str, Any]], bool]:
    checks: list[Callable[[Mapping[str, Any]], bool]] = []
    if params.get("CustomFilters"):
        checks.append(custom_filter(json.loads(params["CustomFilters"])))
    if params.get("UtcCreate"):
        window = json.loads(params["UtcCreate"])
        low, high = window.get("gte", float("-inf")), window.get("lte", float("inf"))
        checks.append(lambda r: low <= r["utcCreate"] <= high)
    media_type = params.get("MediaType")
    if media_type:
        checks.append(lambda r: r["mediaType"] == media_type)
    return lambda r: all(c(r) for c in checks)


def _basic_info(entry: Mapping[str, Any]) -> dict[str, Any]:
    info = json.loads(entry["info"])
    msg = json.loads(entry.get("msg") or "{}")
    return {
        "MediaId": entry["media_id"],
        "InputURL": entry["input_url"],
        "MediaType": entry["media_type"],
        "BusinessType": info.get("BusinessType", ""),
        "Source": "oss",
        "Title": msg.get("Title", info.get("Title", "")),
        "Description": msg.get("Description", info.get("Description", "")),
        "MediaTags": msg.get("MediaTags", info.get("MediaTags", "")),
        "CoverURL": info.get("CoverURL", ""),
        "UserData": info.get("UserData", ""),
        "Status": "Normal",
        "CreateTime": iso(int(entry["created_ms"])),
        "ModifiedTime": iso(int(entry["modified_ms"])),
        **({"CateId": int(info["CateId"])} if info.get("CateId") is not None else {}),
        "ReferenceId": info.get("ReferenceId", ""),
        "Namespace": msg.get("Namespace", ""),
    }


def _file_info(entry: Mapping[str, Any]) -> dict[str, Any]:
    info = json.loads(entry["info"])
    return {
        "FileName": info["FileName"],
        "FileStatus": "Normal",
        "FileType": "source_file",
        "FileSize": info["FileSize"],
        "FileUrl": entry["input_url"],
        "FormatName": info["Format"],
        "Duration": info["Duration"],
        "Width": info["Width"],
        "Height": info["Height"],
        "Region": info["Bucket"],
    }


def _ai_data(ai: Mapping[str, Any], clip_key: str, keep: Callable[[str, str], bool] | None = None) -> dict[str, Any]:
    """AiLabelInfo (labels and faces with the scenes they appear in), AsrInfo, OcrInfo."""
    scenes = ai.get("scenes", [])
    labels: list[dict[str, Any]] = []

    def occurrences(key: str, name: str) -> list[dict[str, Any]]:
        """The scenes whose ``key`` list (labels, persons) holds ``name``."""
        return [
            {clip_key: f"clip-{i}", "From": s["from"], "To": s["to"], "Score": 1.0, "Content": name}
            for i, s in enumerate(scenes)
            if name in s[key]
        ]

    for label in ai.get("labels", []):
        if keep is None or keep("label", label):
            occ = occurrences("labels", label) or [
                {clip_key: "clip-0", "From": 0.0, "To": 0.0, "Score": 1.0, "Content": label}
            ]
            labels.append(
                {
                    "LabelType": "Object",
                    "Source": "vision",
                    "Category": ai.get("category") or "General",
                    "LabelName": label,
                    "LabelId": label,
                    "Occurrences": occ,
                }
            )
    for person in ai.get("persons", []):
        name = person["name"]
        if keep is None or keep("person", name):
            labels.append(
                {
                    "LabelType": "Face",
                    "Source": "face",
                    "Category": "celebrity",
                    "LabelName": name,
                    "LabelId": name,
                    "FaceId": name,
                    "Occurrences": occurrences("persons", name),
                }
            )
    asr = [
        {"ClipId": f"asr-{i}", "Content": d["text"], "From": d["from"], "To": d["to"], "Timestamp": d["from"]}
        for i, d in enumerate(d for s in scenes for d in s["dialogue"])
        if keep is None or keep("asr", d["text"])
    ]
    ocr = [
        {"ClipId": f"ocr-{i}", "Content": o["text"], "From": o["from"], "To": o["to"], "Timestamp": o["from"]}
        for i, o in enumerate(ai.get("ocr", []))
        if keep is None or keep("ocr", o["text"])
    ]
    return {"AiLabelInfo": labels, "AsrInfo": asr, "OcrInfo": ocr}


def _index_status(state: EmulatorState, entry: Mapping[str, Any]) -> list[dict[str, str]]:
    rows = state.db.query(
        "SELECT index_type, status FROM ice_jobs WHERE owner = ? AND lib = ? AND media_id = ? ORDER BY index_type",
        (entry["owner"], entry["lib"], entry["media_id"]),
    )
    return [{"IndexType": r["index_type"], "IndexStatus": r["status"]} for r in rows]


def search_media(state: EmulatorState, owner: str, lib: str, params: Ctx) -> dict[str, Any]:
    token = params.get("ScrollToken")
    if token:
        row = state.db.one("SELECT query, next_offset FROM ice_scrolls WHERE token = ? AND owner = ?", (token, owner))
        if row is None:
            raise IceError(Errors.INVALID_SCROLL_TOKEN_ERROR)
        query, offset = json.loads(row["query"]), int(row["next_offset"])
        state.db.execute("DELETE FROM ice_scrolls WHERE token = ?", (token,))  # forward only
        query["PageSize"] = params.get("PageSize") or query.get("PageSize")
    else:
        query = {k: params.get(k) for k in ("Match", "SortBy", "CustomFilters", "PageSize", "EntityId")}
        offset, _ = _page("SearchMedia", params)
    size = int(given("SearchMedia", query, "PageSize"))
    match = query.get("Match")
    predicate = compile_match(match) if match else (lambda r: True)
    media_type_given = bool(match) and "mediaType" in mentioned_fields(match)
    default_media_type = ice_spec().match_grammar["defaultMediaType"]
    filters = _filters({"CustomFilters": query.get("CustomFilters")})
    sortable = ice_spec().schema_extensions["SortBy"]["x-sort-fields"]
    keys = sort_key(query.get("SortBy"), {name: name for name in sortable}) or [("utcCreate", True)]
    found: list[tuple[Mapping[str, Any], dict[str, Any]]] = []
    for entry in _entries(state, owner, lib):
        record = media_record(entry)
        if not media_type_given and record["mediaType"] != default_media_type:
            continue
        if predicate(record) and filters(record):
            found.append((entry, record))
    for name, descending in reversed(keys):  # stable sorts, least significant key first
        found.sort(key=lambda pair: (pair[1][name], pair[0]["seq"]), reverse=descending)
    if token and offset >= Limits.SCROLL_MEDIA:
        page: list[tuple[Mapping[str, Any], dict[str, Any]]] = []
    else:
        page = found[offset : offset + size]
    items = []
    for entry, record in page:
        items.append(
            {
                "MediaId": entry["media_id"],
                "MediaBasicInfo": _basic_info(entry),
                "FileInfoList": [{"FileBasicInfo": _file_info(entry)}],
                "AiData": _ai_data(json.loads(entry["ai"]), "clipId"),
                "AiRoughData": {"SaveType": "TEXT", "Status": "SaveSuccess"},
                "IndexStatusList": _index_status(state, entry),
                "CustomFields": json.dumps(record["customFields"]),
            }
        )
    body: dict[str, Any] = {"Success": "true", "Code": "200", "MediaInfoList": items, "Total": len(found)}
    next_offset = offset + len(page)
    if page and next_offset < len(found) and next_offset < Limits.SCROLL_MEDIA:
        new_token = secrets.token_hex(16).upper()
        state.db.execute(
            "INSERT INTO ice_scrolls (token, owner, query, next_offset) VALUES (?, ?, ?, ?)",
            (new_token, owner, json.dumps({**query, "lib": lib}), next_offset),
        )
        body["ScrollToken"] = new_token
    return body


def _face_digest(state: EmulatorState, url: str) -> str:
    bucket, key = split_oss(url)
    try:
        return phash(state.storage.get(bucket, key))
    except ObjectNotFound:
        raise IceError(Errors.INPUT_NOT_FOUND_ERROR, f"PersonImageUrl: {url}") from None
    except (OSError, ValueError):
        raise IceError(Errors.INVALID_PARAMETER_ERROR, "PersonImageUrl: not an image") from None


def search_by_face(state: EmulatorState, owner: str, lib: str, params: Ctx) -> dict[str, Any]:
    digest = _face_digest(state, str(params["PersonImageUrl"]))
    filters = _filters({**params, "MediaType": given("SearchMediaByFace", params, "MediaType")})
    names: set[str] = set()
    hits = []
    for entry in _entries(state, owner, lib, IndexType.FACE):
        record = media_record(entry)
        if not filters(record):
            continue
        persons = json.loads(entry["ai"]).get("persons", [])
        matched = {p["name"] for p in persons if p.get("phash") and hamming(p["phash"], digest) <= FACE_DISTANCE}
        if matched:
            names |= matched
            hits.append(entry)
    with state.db.tx() as conn:
        conn.execute(
            "INSERT OR REPLACE INTO ice_face_sessions (owner, token, lib, persons) VALUES (?, ?, ?, ?)",
            (owner, params["FaceSearchToken"], lib, json.dumps(sorted(names))),
        )
    offset, size = _page("SearchMediaByFace", params)
    media = [{"MediaId": e["media_id"]} for e in hits[offset : offset + size]]
    return {"Success": "true", "Code": "200", "MediaInfoList": media, "Total": len(hits)}


def search_clip_by_face(state: EmulatorState, owner: str, lib: str, params: Ctx) -> dict[str, Any]:
    session = state.db.one(
        "SELECT persons FROM ice_face_sessions WHERE owner = ? AND token = ? AND lib = ?",
        (owner, params["FaceSearchToken"], lib),
    )
    if session is None:
        raise IceError(Errors.INVALID_PARAMETER_ERROR, "FaceSearchToken: no SearchMediaByFace search with this token")
    entry = next((e for e in _entries(state, owner, lib, IndexType.FACE) if e["media_id"] == params["MediaId"]), None)
    if entry is None:
        raise IceError(Errors.MEDIA_NOT_FOUND_ERROR, f"MediaId: {params['MediaId']}")
    scenes = json.loads(entry["ai"]).get("scenes", [])
    clips = []
    for name in json.loads(session["persons"]):
        occurrences = [
            {"StartTime": s["from"], "EndTime": s["to"], "TrackData": [{"Timestamp": s["from"]}]}
            for s in scenes
            if name in s["persons"]
        ]
        if occurrences:
            clips.append(
                {
                    "Score": 1.0,
                    "EntityId": name,
                    "LabelName": name,
                    "Category": "celebrity",
                    "OccurrencesInfos": occurrences,
                }
            )
    offset, size = _page("SearchMediaClipByFace", params)
    return {"Success": "true", "Code": "200", "MediaClipList": clips[offset : offset + size], "Total": len(clips)}


def _terms(text: str) -> list[str]:
    return [t for t in "".join(c.lower() if c.isalnum() else " " for c in text).split() if t]


def _scene_text(scene: Mapping[str, Any]) -> set[str]:
    words = _terms(
        " ".join([scene["caption"], *scene["labels"], *scene["persons"], *(d["text"] for d in scene["dialogue"])])
    )
    return set(words)


def _clip_search(state: EmulatorState, owner: str, lib: str, params: Ctx, hybrid: bool) -> dict[str, Any]:
    terms = _terms(str(params.get("Text") or ""))
    action = "SearchMediaByHybrid" if hybrid else "SearchMediaByMultimodal"
    filters = _filters({**params, "MediaType": given(action, params, "MediaType")})
    seen: dict[str, Mapping[str, Any]] = {}
    for index_type in (IndexType.MM, IndexType.AI_LABEL) if hybrid else (IndexType.MM,):
        for entry in _entries(state, owner, lib, index_type):
            seen.setdefault(entry["media_id"], entry)
    results: list[dict[str, Any]] = []
    for media_id, entry in seen.items():
        if hybrid and params.get("MediaId") and media_id != params["MediaId"]:
            continue
        record = media_record(entry)
        if not filters(record):
            continue
        clips: list[dict[str, Any]] = []
        for scene in json.loads(entry["ai"]).get("scenes", []):
            words = _scene_text(scene)
            score = sum(t in words for t in terms) / len(terms) if terms else 0.0
            if score > 0:
                clips.append({"From": scene["from"], "To": scene["to"], "Score": round(score, 4)})
        if hybrid and terms:
            meta = set(_terms(" ".join([record["title"], record["description"], *record["tagList"]])))
            if any(t in meta for t in terms) and not clips:
                clips.append({"From": 0.0, "To": 0.0, "Score": round(sum(t in meta for t in terms) / len(terms), 4)})
        if clips:
            clips.sort(key=lambda c: -c["Score"])
            results.append({"MediaId": media_id, "ClipInfo": clips})
    results.sort(key=lambda m: -max(c["Score"] for c in m["ClipInfo"]))
    offset, size = _page(action, params)
    return {"Success": "true", "Code": "200", "MediaList": results[offset : offset + size], "Total": len(results)}


def search_by_ai_label(state: EmulatorState, owner: str, lib: str, params: Ctx) -> dict[str, Any]:
    action = "SearchMediaByAILabel"
    specific = given(action, params, "SpecificSearch") == WireBoolean.TRUE
    if specific and not params.get("MediaId"):
        raise IceError(Errors.MISSING_PARAMETER_ERROR, "MediaId is required when SpecificSearch is True")
    text = str(params.get("Text") or "").lower()
    kind = given(action, params, "MultimodalSearchType")
    precise = given(action, params, "MatchingMode") == SearchMediaByAILabelMatchingMode.PRECISE
    sources = {
        SearchMediaByAILabelMultimodalSearchType.PERSON_NAME: {"person"},
        SearchMediaByAILabelMultimodalSearchType.OCR: {"ocr"},
        SearchMediaByAILabelMultimodalSearchType.AI_CATEGORY: {"label"},
    }.get(str(kind), {"person", "ocr", "label", "asr"})

    def keep(source: str, value: str) -> bool:
        if source not in sources:
            return False
        return value.lower() == text if precise else text in value.lower()

    filters = _filters(params)
    results = []
    for entry in _entries(state, owner, lib, IndexType.AI_LABEL):
        if params.get("MediaId") and entry["media_id"] != params["MediaId"]:
            continue
        record = media_record(entry)
        if not filters(record):
            continue
        ai = json.loads(entry["ai"])
        data = _ai_data(ai, "ClipId", keep if text else None)
        if text and not (data["AiLabelInfo"] or data["AsrInfo"] or data["OcrInfo"]):
            continue
        info = json.loads(entry["info"])
        base = _basic_info(entry)
        results.append(
            {
                "MediaId": entry["media_id"],
                "Title": base["Title"],
                "Description": base["Description"],
                "Tags": base["MediaTags"],
                "CreationTime": base["CreateTime"],
                "ModificationTime": base["ModifiedTime"],
                "Duration": float(info["Duration"]),
                "Size": int(info["FileSize"]),
                "Status": "Normal",
                "StorageLocation": entry["input_url"],
                "Snapshots": [],
                "AiData": data if specific or text else {"AiLabelInfo": [], "AsrInfo": [], "OcrInfo": []},
            }
        )
    descending = given(action, params, "SortBy") == SearchMediaByAILabelSortBy.CREATION_TIME_DESC
    results.sort(key=lambda m: m["CreationTime"], reverse=descending)
    offset, size = _page(action, params)
    return {"Success": "true", "Code": "200", "MediaList": results[offset : offset + size], "Total": len(results)}


SEARCHES: dict[str, Callable[[EmulatorState, str, str, Ctx], dict[str, Any]]] = {
    "SearchMedia": search_media,
    "SearchMediaByFace": search_by_face,
    "SearchMediaClipByFace": search_clip_by_face,
    "SearchMediaByMultimodal": lambda s, o, lib, p: _clip_search(s, o, lib, p, hybrid=False),
    "SearchMediaByHybrid": lambda s, o, lib, p: _clip_search(s, o, lib, p, hybrid=True),
    "SearchMediaByAILabel": search_by_ai_label,
}
