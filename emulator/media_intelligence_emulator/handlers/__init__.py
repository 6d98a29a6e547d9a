"""Operation handlers, one module per API group.

Every module in this package is imported by ``load_handlers()`` (called by
``create_app``): adding a file ``handlers/<group>.py`` is all it takes, no
registration list to edit. Modules whose name starts with ``_`` are helpers
and are imported only by other modules.

Handler API
===========

Register a handler per operationId (names exactly as in ``openapi.yaml``)::

    from .._context import OperationContext, RawRequest
    from .._errors import ApiError
    from .._registry import operation, prevalidate
    from .._jobs import JobContext, job
    from .._db import now_iso, register_schema
    from .._uploads import issue_upload, get_upload
    from .._storage import read_sidecar, ObjectNotFound
    from .._media import Sidecar, derive_scenes, phash, hamming, video_frame, inspect_media
    from ._common import page_bounds, page_result, asset_is_analysing, ANALYSING_STATES
    from mi_spec.enums import IndexStatus

    @operation("getIndexStatus")
    def get_index_status(ctx: OperationContext) -> dict[str, Any] | None:
        asset = ctx.asset()          # 10030 / 10003 / 10025 / 10010 raised for you
        ...
        return {"status": IndexStatus.ANALYZING}   # becomes {"code": "0", "message": "success", "result": {...}}

* **When it runs**: after the signature check, the rate limit
  (``x-rate-limit``) and validation of the request against the spec. Invalid
  requests never reach the handler. A sync handler runs in a worker thread
  (preferred: SQLite calls block); an ``async def`` handler runs on the loop.
* **Return**: a dict/list (the ``result``), ``None`` (an envelope without
  ``result``), or any ``starlette.responses.Response`` for full control.
* **Errors**: ``raise ApiError(Errors.PROJECT_NOT_FOUND)`` -> status and message from the spec's
  ``x-error-codes``; ``ApiError(Errors.INVALID_REQUEST, "filter.projectIds: too many")``
  appends a detail to the message; ``ApiError(code, status=409)`` overrides the
  status (the new index API's bare 409s).
  ``GatewayError(GatewayErrors.GATEWAY_RATE_LIMIT_EXCEEDED)`` for a gateway
  body. Codes are the compiled model's typed rows (``from .._spec import
  Errors``): a misspelled one is a mypy error. Any other exception answers
  500/99999 and is logged.
* **Limits and states**: from the model too: ``Limits.PERSONS_PER_WORKSPACE``
  (``x-limits``), ``StatusEnums.INDEX_STATUS.running`` (``x-running-states``),
  ``ctx.operation.upload_rules``, ``.pagination``, ``.media_limits``. Every
  enumerated value (states, media types, sort orders, confidence levels) is a
  typed constant of ``mi_spec.enums`` (``IndexStatus.ANALYZING``,
  ``DEFAULT_SCENE_RANGE``), never a string literal, in code and in SQL (pass it
  as a parameter; ``_db.sql_text`` for the few statements that take none):
  ``tests/emulator/test_enum_constants.py`` fails on a typed value.
* **Reading the request** (``ctx: OperationContext``):
  ``ctx.path["asset_id"]`` (strings, as the spec declares them),
  ``ctx.query["pageNum"]`` (cast, defaults applied), ``ctx.body`` (unmarshalled
  as openapi-core does: defaults applied, ``date-time`` strings as ``datetime``),
  ``ctx.json`` (the body exactly as sent, parsed), ``ctx.access_key`` (the
  verified caller), ``ctx.user_name`` (what to write in ``*UserName``),
  ``ctx.request`` (the Starlette request), ``ctx.base_url``,
  ``ctx.operation`` (the compiled ``mi_spec.Operation``: ``operation_id``,
  ``parameters``, ``upload_rules``, ``presigned_url``, ``pagination``...).
* **Lookups**: ``ctx.workspace()``, ``ctx.project(project_id=None)``,
  ``ctx.asset(asset_id=None)`` return ``sqlite3.Row``s of the path's objects
  (or the given id inside the path's workspace/project) and raise 10030,
  10003 (another access key owns the workspace), 10025, 10010.
* **Codes the schema also encodes** (10049 vs ``maxLength``, 50011 vs
  ``oneOf``, 50012 vs ``maxItems``...): validation would answer 10001 first,
  so register a check that runs before it::

      @prevalidate("searchAssets")
      def _either_query(raw: RawRequest) -> None:   # raw.json, raw.query, raw.path, raw.access_key
          if isinstance(raw.json, dict) and "textQuery" in raw.json and "imageQuery" in raw.json:
              raise ApiError(Errors.IMAGE_TEXT_QUERY_CONFLICT)

* **Database** (``ctx.db``, a ``Database``; schema in ``_db.SCHEMA``: tables
  workspaces, projects, assets, jobs, analyses, scenes + ``scenes_fts`` (FTS5
  over caption, labels, dialogue, kept in sync by triggers), scene_summaries,
  person_tags, persons, person_tag_links, thumbnails, presigned_uploads,
  searches, search_hits)::

      row = ctx.db.one("SELECT * FROM analyses WHERE asset_id = ?", (asset_id,))
      rows = ctx.db.query(...); n = ctx.db.scalar("SELECT COUNT(*) ...")
      with ctx.db.tx() as conn:          # BEGIN IMMEDIATE ... COMMIT (durable before you answer)
          conn.execute("INSERT ...", (...))

  Do every write of one request in one ``tx()`` (check-then-insert inside it
  is race free: the lock is held). Times: ``now_iso()``. Deleting a workspace,
  project or asset cascades (foreign keys on). Need another table or column?
  ``register_schema("CREATE TABLE IF NOT EXISTS ...")`` at import time of
  your module (``reset()`` empties every table automatically).
* **Background jobs** (``ctx.jobs``; see ``_jobs``)::

      @job("analysis.start")
      def start(job: JobContext) -> None:   # job.payload, job.db, job.state, job.submit(...)
          ...; job.submit("analysis.finish", {"analysisId": aid})

      ctx.jobs.submit("analysis.start", {"analysisId": aid}, conn=conn)  # inside your tx

  Each step waits ``config.delay_for(kind)`` seconds (``job_delays``: exact
  kind, then the part before the first dot, then ``job_delay``; 0 in tests).
  Jobs must be idempotent and tolerate deleted rows (they are re-run after a
  restart). ``ctx.jobs.cancel(job_id)`` cancels a pending step.
* **Storage** (``ctx.storage``, also ``job.state.storage``): ``has_bucket``,
  ``head(bucket, key) -> size | None``, ``get(bucket, key) -> bytes``
  (raises ``ObjectNotFound``); ``read_sidecar(storage, bucket, key)``. The
  import already parsed the sidecar: ``Sidecar.from_json(asset["sidecar"])``;
  media facts are in the asset row (``asset_type``, ``width``, ``height``,
  ``duration_ms``, ``format``, ``phash``).
* **Analysis results**: ``derive_scenes(asset["asset_type"],
  asset["duration_ms"], sidecar, scene_range, max_scene_seconds)`` gives the
  scenes (sidecar scenes, or the media split by ``sceneRange``);
  ``sidecar.analysis_error`` asks for a failed analysis.
* **Presigned uploads**: ``issue_upload(ctx, file_name=..., workspace_name=...)``
  returns ``IssuedUpload(file_key, url, expires_in, token)`` with the rules
  of the calling operation's ``x-upload-rules``/``x-presigned-url``; the
  emulator serves ``PUT url`` itself; ``get_upload(ctx.db, file_key,
  ctx.access_key)`` returns the row (``status`` ISSUED/UPLOADED/REJECTED,
  ``reject_reason``, ``content``, ``width``, ``height``, ``format``, ``phash``).
* **Paging**: ``page, size, offset = page_bounds(ctx)`` and
  ``page_result(ctx, items, total, page, size)`` (field names from the
  operation's ``x-pagination``).
* **Tests**: ``tests/emulator/test_operations_coverage.py`` lists the
  operationIds that still answer 501.
"""

from __future__ import annotations

import importlib
import pkgutil

__all__ = ["load_handlers"]

_loaded = False


def load_handlers() -> None:
    """Import every handler module of this package (once)."""
    global _loaded
    if _loaded:
        return
    for info in pkgutil.iter_modules(__path__):
        if not info.name.startswith("_"):
            importlib.import_module(f"{__name__}.{info.name}")
    _loaded = True
