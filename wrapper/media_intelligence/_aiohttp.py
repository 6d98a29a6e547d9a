"""`DefaultAioHttpClient`: an ``httpx.AsyncClient`` whose requests go through aiohttp (the ``aiohttp`` extra).

::

    from media_intelligence import AsyncMediaIntelligence, DefaultAioHttpClient

    async with DefaultAioHttpClient() as http, AsyncMediaIntelligence(http_client=http) as client:
        projects = await asyncio.gather(*(client.projects.get(p) for p in ids))

It is httpx's client API over the ``httpx-aiohttp`` transport, so auth, event
hooks, timeouts and everything the SDK does stay the same; aiohttp's pool
serves many concurrent requests at a fraction of httpcore's CPU cost (see
``bench/results.md``). Install with ``pip install
'ncloud-media-intelligence[aiohttp]'``; without the extra, making one raises
`RuntimeError` saying so. The SDK does not close a client it was given: close
it yourself (``async with`` as above, or ``await http.aclose()``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ._http_clients import DEFAULT_CONNECTION_LIMITS

__all__ = ["AIOHTTP_INSTALL_HINT", "DefaultAioHttpClient"]

AIOHTTP_INSTALL_HINT = "DefaultAioHttpClient needs the aiohttp extra: pip install 'ncloud-media-intelligence[aiohttp]'"

try:
    from httpx_aiohttp import HttpxAiohttpClient
except ImportError:  # pragma: no cover - depends on the environment

    class _DefaultAioHttpClient(httpx.AsyncClient):
        def __init__(self, **_kwargs: Any) -> None:
            raise RuntimeError(AIOHTTP_INSTALL_HINT)

else:

    class _DefaultAioHttpClient(HttpxAiohttpClient):  # type: ignore[no-redef]
        def __init__(self, **kwargs: Any) -> None:
            kwargs.setdefault("limits", DEFAULT_CONNECTION_LIMITS)
            super().__init__(**kwargs)


if TYPE_CHECKING:
    DefaultAioHttpClient = httpx.AsyncClient
else:
    DefaultAioHttpClient = _DefaultAioHttpClient
    DefaultAioHttpClient.__name__ = DefaultAioHttpClient.__qualname__ = "DefaultAioHttpClient"
