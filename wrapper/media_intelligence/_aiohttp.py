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
    import yarl
    from aiohttp import BasicAuth, ClientSession, ClientTimeout
    from httpx_aiohttp import AiohttpTransport, HttpxAiohttpClient
    from httpx_aiohttp.transport import AiohttpResponseStream, map_aiohttp_exceptions
except ImportError:  # pragma: no cover - depends on the environment

    class _DefaultAioHttpClient(httpx.AsyncClient):
        def __init__(self, **_kwargs: Any) -> None:
            raise RuntimeError(AIOHTTP_INSTALL_HINT)

else:

    class _ExactUrlTransport(AiohttpTransport):
        """httpx-aiohttp's transport, sending the URL exactly as httpx encoded it.

        aiohttp re-quotes a URL given as text (a ``?`` in a query value becomes ``%3F``), so the
        server would check the signature, computed over httpx's URL, against another URL. This is
        the parent's ``handle_async_request`` with the URL handed over as already encoded.
        """

        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            if not isinstance(self.client, ClientSession):
                self.client = self.get_client()
            timeout = request.extensions.get("timeout", {})
            with map_aiohttp_exceptions():
                data: bytes | httpx.AsyncByteStream | None
                try:
                    data = request.content or None
                except httpx.RequestNotRead:
                    data = request.stream  # type: ignore[assignment]
                    request.headers.pop("transfer-encoding", None)  # aiohttp frames the body itself
                response = await self.client.request(
                    method=request.method,
                    url=yarl.URL(str(request.url), encoded=True),
                    headers=request.headers,
                    data=data,
                    allow_redirects=False,
                    auto_decompress=False,
                    compress=False,
                    timeout=ClientTimeout(
                        sock_connect=timeout.get("connect"),
                        sock_read=timeout.get("read"),
                        connect=timeout.get("pool"),
                    ),
                    server_hostname=request.extensions.get("sni_hostname"),
                    proxy=str(self.proxy.url) if self.proxy else None,
                    proxy_auth=BasicAuth(*self.proxy.auth) if self.proxy and self.proxy.auth else None,
                    proxy_headers=self.proxy.headers if self.proxy else None,
                ).__aenter__()
            extensions: dict[str, Any] = {"http_version": b"HTTP/1.1"}
            if response.reason:
                extensions["reason_phrase"] = response.reason.encode()
            return httpx.Response(
                status_code=response.status,
                headers=response.raw_headers,
                stream=AiohttpResponseStream(response),
                request=request,
                extensions=extensions,
            )

    class _DefaultAioHttpClient(HttpxAiohttpClient):  # type: ignore[no-redef]
        def __init__(self, **kwargs: Any) -> None:
            kwargs.setdefault("limits", DEFAULT_CONNECTION_LIMITS)
            if kwargs.get("transport") is None:
                settings = ("verify", "cert", "trust_env", "http1", "http2", "limits")
                kwargs["transport"] = _ExactUrlTransport(**{k: kwargs[k] for k in settings if k in kwargs})
            super().__init__(**kwargs)


if TYPE_CHECKING:
    DefaultAioHttpClient = httpx.AsyncClient
else:
    DefaultAioHttpClient = _DefaultAioHttpClient
    DefaultAioHttpClient.__name__ = DefaultAioHttpClient.__qualname__ = "DefaultAioHttpClient"
