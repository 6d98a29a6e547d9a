"""The library, index and media actions; the searches are in ``_search``."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from ice_spec import Errors
from ice_spec.enums import IndexJobStatus, IndexStatus

from ._errors import IceError
from ._search import SEARCHES, _basic_info, _file_info
from ._spec import given
from ._store import DEFAULT_LIBRARY, now_ms, register_media, submit_index_jobs

if TYPE_CHECKING:
    from .._state import EmulatorState

__all__ = ["ACTIONS"]

OK: dict[str, Any] = {"Success": "true", "Code": "200"}
Params = Mapping[str, Any]
Handler = Callable[["EmulatorState", str, Params], dict[str, Any]]


def _lib(state: EmulatorState, owner: str, params: Params, conn: sqlite3.Connection | None = None) -> str:
    """The library named by SearchLibName (the default library, created on first use, when omitted)."""
    name = str(params.get("SearchLibName") or "")
    if not name:
        with state.db.tx() as tx:
            tx.execute(
                "INSERT OR IGNORE INTO ice_libs (owner, name, config, created_ms) VALUES (?, ?, '{}', ?)",
                (owner, DEFAULT_LIBRARY, now_ms()),
            )
        return DEFAULT_LIBRARY
    if state.db.one("SELECT 1 FROM ice_libs WHERE owner = ? AND name = ?", (owner, name)) is None:
        raise IceError(Errors.SEARCH_LIB_NOT_FOUND_ERROR, f"SearchLibName: {name}")
    return name


def _index_info(state: EmulatorState, owner: str, lib: str) -> list[dict[str, str]]:
    rows = state.db.query(
        "SELECT index_type, status FROM ice_indexes WHERE owner = ? AND lib = ? ORDER BY index_type", (owner, lib)
    )
    return [{"IndexType": r["index_type"], "IndexStatus": r["status"], "IndexReadiness": "Ready"} for r in rows]


def create_lib(state: EmulatorState, owner: str, params: Params) -> dict[str, Any]:
    name = str(params["SearchLibName"])
    with state.db.tx() as conn:
        if conn.execute("SELECT 1 FROM ice_libs WHERE owner = ? AND name = ?", (owner, name)).fetchone():
            raise IceError(Errors.SEARCH_LIB_ALREADY_EXISTS_ERROR, f"SearchLibName: {name}")
        conn.execute(
            "INSERT INTO ice_libs (owner, name, config, created_ms) VALUES (?, ?, ?, ?)",
            (owner, name, params.get("SearchLibConfig") or "{}", now_ms()),
        )
    return {**OK, "SearchLibName": name}


def query_lib(state: EmulatorState, owner: str, params: Params) -> dict[str, Any]:
    name = _lib(state, owner, params)
    row = state.db.one("SELECT config FROM ice_libs WHERE owner = ? AND name = ?", (owner, name))
    assert row is not None
    return {
        **OK,
        "SearchLibName": name,
        "Status": "normal",
        "SearchLibConfig": row["config"],
        "IndexInfo": _index_info(state, owner, name),
    }


def list_libs(state: EmulatorState, owner: str, params: Params) -> dict[str, Any]:
    rows = state.db.query("SELECT name, config FROM ice_libs WHERE owner = ? ORDER BY created_ms, name", (owner,))
    size = int(given("ListSearchLib", params, "PageSize"))
    offset = (int(given("ListSearchLib", params, "PageNo")) - 1) * size
    libs = [
        {
            "SearchLibName": r["name"],
            "Status": "normal",
            "SearchLibConfig": r["config"],
            "IndexInfo": _index_info(state, owner, r["name"]),
        }
        for r in rows[offset : offset + size]
    ]
    return {**OK, "SearchLibInfoList": libs, "Total": len(rows)}


def alter_lib(state: EmulatorState, owner: str, params: Params) -> dict[str, Any]:
    name = _lib(state, owner, params)
    if params.get("SearchLibConfig") is not None:
        state.db.execute(
            "UPDATE ice_libs SET config = ? WHERE owner = ? AND name = ?", (params["SearchLibConfig"], owner, name)
        )
    return {**OK, "SearchLibName": name}


def drop_lib(state: EmulatorState, owner: str, params: Params) -> dict[str, Any]:
    name = _lib(state, owner, params)
    with state.db.tx() as conn:
        for table in ("ice_libs", "ice_indexes", "ice_entries", "ice_jobs", "ice_face_sessions"):
            column = "name" if table == "ice_libs" else "lib"
            conn.execute(f"DELETE FROM {table} WHERE owner = ? AND {column} = ?", (owner, name))
    return dict(OK)


def create_index(state: EmulatorState, owner: str, params: Params) -> dict[str, Any]:
    lib = _lib(state, owner, params)
    index_type = str(params["IndexType"])
    with state.db.tx() as conn:
        if conn.execute(
            "SELECT 1 FROM ice_indexes WHERE owner = ? AND lib = ? AND index_type = ?", (owner, lib, index_type)
        ).fetchone():
            raise IceError(Errors.SEARCH_INDEX_ALREADY_EXISTS_ERROR, f"IndexType: {index_type}")
        conn.execute(
            "INSERT INTO ice_indexes (owner, lib, index_type, status, config) VALUES (?, ?, ?, ?, ?)",
            (
                owner,
                lib,
                index_type,
                params.get("IndexStatus") or IndexStatus.ACTIVE,
                params.get("IndexConfig") or "{}",
            ),
        )
        # media already in the library is indexed too
        for (media_id,) in conn.execute("SELECT media_id FROM ice_entries WHERE owner = ? AND lib = ?", (owner, lib)):
            submit_index_jobs(state, conn, owner, lib, str(media_id))
    return dict(OK)


def _index(state: EmulatorState, owner: str, lib: str, index_type: str) -> Mapping[str, Any]:
    row = state.db.one(
        "SELECT * FROM ice_indexes WHERE owner = ? AND lib = ? AND index_type = ?", (owner, lib, index_type)
    )
    if row is None:
        raise IceError(Errors.SEARCH_INDEX_NOT_FOUND_ERROR, f"IndexType: {index_type}")
    return dict(row)


def query_index(state: EmulatorState, owner: str, params: Params) -> dict[str, Any]:
    lib = _lib(state, owner, params)
    index = _index(state, owner, lib, str(params["IndexType"]))
    total = state.db.scalar(
        "SELECT COUNT(*) FROM ice_jobs WHERE owner = ? AND lib = ? AND index_type = ? AND status = ?",
        (owner, lib, index["index_type"], IndexJobStatus.SUCCESS),
    )
    return {
        **OK,
        "SearchLibName": lib,
        "IndexType": index["index_type"],
        "IndexStatus": index["status"],
        "MediaTotal": str(total),
    }


def alter_index(state: EmulatorState, owner: str, params: Params) -> dict[str, Any]:
    lib = _lib(state, owner, params)
    index = _index(state, owner, lib, str(params["IndexType"]))
    state.db.execute(
        "UPDATE ice_indexes SET status = ?, config = ? WHERE owner = ? AND lib = ? AND index_type = ?",
        (
            params.get("IndexStatus") or index["status"],
            params.get("IndexConfig") or index["config"],
            owner,
            lib,
            index["index_type"],
        ),
    )
    return dict(OK)


def drop_index(state: EmulatorState, owner: str, params: Params) -> dict[str, Any]:
    lib = _lib(state, owner, params)
    index_type = str(_index(state, owner, lib, str(params["IndexType"]))["index_type"])
    with state.db.tx() as conn:
        conn.execute("DELETE FROM ice_indexes WHERE owner = ? AND lib = ? AND index_type = ?", (owner, lib, index_type))
        conn.execute("DELETE FROM ice_jobs WHERE owner = ? AND lib = ? AND index_type = ?", (owner, lib, index_type))
    return dict(OK)


def _entry(state: EmulatorState, owner: str, lib: str, media_id: str) -> Mapping[str, Any]:
    row = state.db.one("SELECT * FROM ice_entries WHERE owner = ? AND lib = ? AND media_id = ?", (owner, lib, media_id))
    if row is None:
        raise IceError(Errors.MEDIA_NOT_FOUND_ERROR, f"MediaId: {media_id} (library {lib})")
    return dict(row)


def query_jobs(state: EmulatorState, owner: str, params: Params) -> dict[str, Any]:
    lib = _lib(state, owner, params)
    _entry(state, owner, lib, str(params["MediaId"]))
    rows = state.db.query(
        "SELECT * FROM ice_jobs WHERE owner = ? AND lib = ? AND media_id = ? ORDER BY index_type",
        (owner, lib, params["MediaId"]),
    )
    jobs = [
        {
            "IndexType": r["index_type"],
            "Status": r["status"],
            "GmtSubmit": r["submitted"],
            **({"GmtFinish": r["finished"]} if r["finished"] else {}),
        }
        for r in rows
    ]
    return {**OK, "IndexJobInfoList": jobs}


def rerun_jobs(state: EmulatorState, owner: str, params: Params) -> dict[str, Any]:
    lib = _lib(state, owner, params)
    wanted = set(str(params["Task"]).split(",")) if params.get("Task") else None
    missing = []
    with state.db.tx() as conn:
        for media_id in str(params["MediaIds"]).split(","):
            if not conn.execute(
                "SELECT 1 FROM ice_entries WHERE owner = ? AND lib = ? AND media_id = ?", (owner, lib, media_id)
            ).fetchone():
                missing.append(media_id)
                continue
            submit_index_jobs(state, conn, owner, lib, media_id, only=wanted)
    return {**OK, "Data": {"MediaIdsNoExist": missing}}


def register(state: EmulatorState, owner: str, params: Params) -> dict[str, Any]:
    return {"MediaId": register_media(state, owner, params)}


def get_media(state: EmulatorState, owner: str, params: Params) -> dict[str, Any]:
    if params.get("MediaId"):
        row = state.db.one("SELECT * FROM ice_media WHERE owner = ? AND media_id = ?", (owner, params["MediaId"]))
    elif params.get("InputURL"):
        row = state.db.one("SELECT * FROM ice_media WHERE owner = ? AND input_url = ?", (owner, params["InputURL"]))
    else:
        raise IceError(Errors.MISSING_PARAMETER_ERROR, "MediaId or InputURL is required")
    if row is None:
        raise IceError(Errors.MEDIA_NOT_FOUND_ERROR, f"MediaId: {params.get('MediaId') or params.get('InputURL')}")
    entry = {**dict(row), "msg": "{}", "created_ms": row["created_ms"], "modified_ms": row["modified_ms"]}
    return {
        "MediaInfo": {
            "MediaId": row["media_id"],
            "MediaBasicInfo": _basic_info(entry),
            "FileInfoList": [
                {
                    "FileBasicInfo": _file_info(entry),
                    "VideoStreamInfoList": [],
                    "AudioStreamInfoList": [],
                    "SubtitleStreamInfoList": [],
                }
            ],
        }
    }


def insert_media(state: EmulatorState, owner: str, params: Params) -> dict[str, Any]:
    lib = _lib(state, owner, params)
    source = str(params["Input"])
    media_id = str(params.get("MediaId") or "")
    known = media_id or source
    if state.db.one("SELECT 1 FROM ice_media WHERE owner = ? AND media_id = ?", (owner, known)) is not None:
        media_id = known
    else:
        media_id = register_media(state, owner, {"InputURL": source, "MediaType": params.get("MediaType")})
    msg = params.get("MsgBody") or "{}"
    stamp = now_ms()
    with state.db.tx() as conn:
        seq = conn.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM ice_entries").fetchone()[0]
        conn.execute(
            "INSERT OR REPLACE INTO ice_entries (owner, lib, media_id, msg, created_ms, modified_ms, seq)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (owner, lib, media_id, msg, stamp, stamp, seq),
        )
        submit_index_jobs(state, conn, owner, lib, media_id)
    return {**OK, "MediaId": media_id}


def update_media(state: EmulatorState, owner: str, params: Params) -> dict[str, Any]:
    lib = _lib(state, owner, params)
    entry = _entry(state, owner, lib, str(params["MediaId"]))
    merged = {**json.loads(entry["msg"] or "{}"), **json.loads(str(params["MsgBody"]))}
    state.db.execute(
        "UPDATE ice_entries SET msg = ?, modified_ms = ? WHERE owner = ? AND lib = ? AND media_id = ?",
        (json.dumps(merged), now_ms(), owner, lib, entry["media_id"]),
    )
    return {**OK, "MediaId": entry["media_id"]}


def delete_media(state: EmulatorState, owner: str, params: Params) -> dict[str, Any]:
    lib = _lib(state, owner, params)
    entry = _entry(state, owner, lib, str(params["MediaId"]))
    with state.db.tx() as conn:
        conn.execute(
            "DELETE FROM ice_entries WHERE owner = ? AND lib = ? AND media_id = ?", (owner, lib, entry["media_id"])
        )
        conn.execute(
            "DELETE FROM ice_jobs WHERE owner = ? AND lib = ? AND media_id = ?", (owner, lib, entry["media_id"])
        )
    return {**OK, "MediaId": entry["media_id"]}


def _search(name: str) -> Handler:
    def run(state: EmulatorState, owner: str, params: Params) -> dict[str, Any]:
        return SEARCHES[name](state, owner, _lib(state, owner, params), params)

    return run


ACTIONS: dict[str, Handler] = {
    "CreateSearchLib": create_lib,
    "QuerySearchLib": query_lib,
    "ListSearchLib": list_libs,
    "AlterSearchLib": alter_lib,
    "DropSearchLib": drop_lib,
    "CreateSearchIndex": create_index,
    "QuerySearchIndex": query_index,
    "AlterSearchIndex": alter_index,
    "DropSearchIndex": drop_index,
    "QueryMediaIndexJob": query_jobs,
    "SearchIndexJobRerun": rerun_jobs,
    "RegisterMediaInfo": register,
    "GetMediaInfo": get_media,
    "InsertMediaToSearchLib": insert_media,
    "UpdateMediaToSearchLib": update_media,
    "DeleteMediaFromSearchLib": delete_media,
    **{name: _search(name) for name in SEARCHES},
}
