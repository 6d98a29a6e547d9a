"""Shared types of the wrapper package.

`ResponseLike` is the structural type of the generated client's
``media_intelligence_client.types.Response`` (an attrs class with
``status_code``, ``content``, ``headers`` and ``parsed``); the base client is
written against it so it does not depend on the generated package at import
time and can be tested with fakes.
"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import Any, Protocol, TypedDict, TypeVar

import httpx

__all__ = [
    "NOT_GIVEN",
    "JSONDict",
    "NotGiven",
    "RequestOptions",
    "ResponseLike",
    "TimeoutTypes",
]

T_co = TypeVar("T_co", covariant=True)

JSONDict = dict[str, Any]

#: What ``timeout=`` accepts: seconds as a float, or a full ``httpx.Timeout``.
TimeoutTypes = float | httpx.Timeout


class RequestOptions(TypedDict, total=False):
    """Per-call options every resource method takes (``**options``), as keywords.

    ``timeout``: seconds for the whole call, retries and their waits
    included (each connect/read/write is bounded by the time left), or an
    ``httpx.Timeout`` bounding each phase of each attempt only.
    ``extra_headers``: headers added to the request (after the client's).
    ``extra_query``: query parameters added to the request (signed with it).
    """

    timeout: TimeoutTypes | None
    extra_headers: Mapping[str, str]
    extra_query: Mapping[str, str | int | float | bool]


class ResponseLike(Protocol[T_co]):
    """What a generated ``*_detailed`` call returns (``types.Response[T]``)."""

    @property
    def status_code(self) -> HTTPStatus | int: ...

    @property
    def content(self) -> bytes: ...

    @property
    def headers(self) -> Mapping[str, str]: ...

    @property
    def parsed(self) -> T_co | None: ...


class NotGiven:
    """Sentinel for "argument not passed" where ``None`` is a meaningful value.

    >>> client.with_options(timeout=None)   # no timeout at all
    >>> client.with_options()               # keep the current timeout
    """

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()
