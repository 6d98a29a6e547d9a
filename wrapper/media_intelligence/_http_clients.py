"""The HTTP clients the SDK makes, with its pool defaults, for users who pass their own.

``MediaIntelligence()`` and ``AsyncMediaIntelligence()`` build their httpx
client with `DEFAULT_CONNECTION_LIMITS`; `DefaultHttpxClient` and
`DefaultAsyncHttpxClient` are httpx clients with the same defaults, to give
as ``http_client=`` when some other setting must change (proxies, TLS...).

Pool defaults: httpx keeps only 20 idle connections of its 100, so a program
running more than 20 requests at once closes and reopens connections all the
time; the SDK keeps every connection it opened alive (up to 100). That does
not cure the cost of httpcore's pool at high concurrency (every request and
every response walks the whole queue; at 64 concurrent requests that is most
of the client's CPU): for fan-out, `DefaultAioHttpClient` (``_aiohttp``)
sends through aiohttp's pool instead.
"""

from __future__ import annotations

from typing import Any

import httpx

__all__ = ["DEFAULT_CONNECTION_LIMITS", "DefaultAsyncHttpxClient", "DefaultHttpxClient"]

#: Up to 100 connections, all kept alive while idle (httpx keeps 20), for 5 s as httpx does.
DEFAULT_CONNECTION_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100, keepalive_expiry=5.0)


class DefaultHttpxClient(httpx.Client):
    """An ``httpx.Client`` with the SDK's pool defaults (any httpx argument may override them)."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("limits", DEFAULT_CONNECTION_LIMITS)
        super().__init__(**kwargs)


class DefaultAsyncHttpxClient(httpx.AsyncClient):
    """An ``httpx.AsyncClient`` with the SDK's pool defaults (any httpx argument may override them)."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("limits", DEFAULT_CONNECTION_LIMITS)
        super().__init__(**kwargs)
