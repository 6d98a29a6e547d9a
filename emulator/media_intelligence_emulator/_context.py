"""What a handler receives: ``OperationContext`` (and pre-validators ``RawRequest``)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from typing import Any

from starlette.requests import Request

from ._config import EmulatorConfig
from ._db import Database
from ._errors import ApiError
from ._jobs import JobRunner
from ._spec import Errors, Operation, SpecIndex
from ._state import EmulatorState
from ._storage import ObjectStorage

__all__ = ["OperationContext", "RawRequest"]


@dataclass
class RawRequest:
    """A request before spec validation (for ``@prevalidate`` checks).

    ``json`` is the parsed body or None (absent or not JSON); ``query`` maps a
    name to its first value; ``path`` holds the raw path parameters.
    """

    operation: Operation
    path: dict[str, str]
    query: dict[str, str]
    json: Any
    access_key: str


@dataclass
class OperationContext:
    """One validated call of an operation.

    * ``path``: path parameters (strings, as the spec declares them),
    * ``query``: query parameters cast to their types, defaults applied,
    * ``body``: the body unmarshalled as openapi-core does (defaults applied;
      ``format: date-time`` strings become ``datetime``), ``json`` the body
      as sent (parsed JSON),
    * ``access_key``: the caller (signature already verified),
    * ``state``: config, spec, db, storage, jobs.
    """

    operation: Operation
    request: Request
    access_key: str
    path: dict[str, Any]
    query: dict[str, Any]
    body: Any
    json: Any
    state: EmulatorState
    _cache: dict[str, sqlite3.Row] = field(default_factory=dict, repr=False)

    # -- shortcuts ------------------------------------------------------------------------
    @property
    def operation_id(self) -> str:
        return self.operation.operation_id

    @property
    def db(self) -> Database:
        return self.state.db

    @property
    def jobs(self) -> JobRunner:
        return self.state.jobs

    @property
    def storage(self) -> ObjectStorage:
        return self.state.storage

    @property
    def config(self) -> EmulatorConfig:
        return self.state.config

    @property
    def spec(self) -> SpecIndex:
        return self.state.spec

    @property
    def user_name(self) -> str:
        """The name written to ``createdUserName``/``updatedUserName``: the caller's access key."""
        return self.access_key

    @property
    def base_url(self) -> str:
        """The emulator's public base URL (no trailing slash)."""
        if self.config.public_base_url:
            return self.config.public_base_url.rstrip("/")
        return str(self.request.base_url).rstrip("/")

    # -- lookups that raise the documented not-found / permission errors -------------------
    def workspace(self, name: str | None = None) -> sqlite3.Row:
        """The workspace of the path (or ``name``): 404/10030 when absent, 401/10003 when another key owns it."""
        wanted = name if name is not None else str(self.path["workspace_name"])
        key = f"workspace:{wanted}"
        if key not in self._cache:
            row = self.db.one("SELECT * FROM workspaces WHERE name = ?", (wanted,))
            if row is None:
                raise ApiError(Errors.WORKSPACE_NOT_FOUND)
            if row["owner_access_key"] != self.access_key:
                raise ApiError(Errors.PERMISSION_CHECK_FAILED)
            self._cache[key] = row
        return self._cache[key]

    def project(self, project_id: str | int | None = None) -> sqlite3.Row:
        """A project of the path's workspace (default: the path's ``project_id``); 404/10025 when absent."""
        workspace = self.workspace()
        wanted = project_id if project_id is not None else self.path["project_id"]
        row = self.db.one(
            "SELECT * FROM projects WHERE id = ? AND workspace_name = ?", (as_id(wanted), workspace["name"])
        )
        if row is None:
            raise ApiError(Errors.PROJECT_NOT_FOUND)
        return row

    def asset(self, asset_id: str | int | None = None) -> sqlite3.Row:
        """An asset of the path's project (default: the path's ``asset_id``); 404/10010 when absent."""
        project = self.project()
        wanted = asset_id if asset_id is not None else self.path["asset_id"]
        row = self.db.one("SELECT * FROM assets WHERE id = ? AND project_id = ?", (as_id(wanted), project["id"]))
        if row is None:
            raise ApiError(Errors.ASSET_FILE_NOT_FOUND)
        return row


def as_id(value: str | int) -> int:
    """A path or query id as an integer (-1, which matches nothing, when it is out of SQLite's range)."""
    try:
        number = int(value)
    except (TypeError, ValueError):
        return -1
    return number if -(2**63) <= number < 2**63 else -1
