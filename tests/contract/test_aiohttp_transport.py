"""`DefaultAioHttpClient` sends the URL httpx built (and signed), byte for byte.

aiohttp re-quotes URLs given as text (``?`` in a query value would become ``%3F``), which would
break the NCP signature, computed over the path and query as httpx encoded them.
"""

from __future__ import annotations

import asyncio

import httpx
import pytest

from media_intelligence import DefaultAioHttpClient
from media_intelligence.core import NcpSignatureV2Auth

from ._clients import ACCESS_KEY, SECRET_KEY, Recorder
from ._loopback import LOOPBACK_VERIFY, loopback


@pytest.mark.parametrize("value", ["?", "a b", "%", "é", "a/b", "x=y&z", "[1]", "~*'()!$,;:@"])
def test_the_query_reaches_the_server_as_signed(value: str) -> None:
    recorder = Recorder()
    server = loopback(recorder)

    async def send() -> httpx.Request:
        auth = NcpSignatureV2Auth(ACCESS_KEY, SECRET_KEY)
        async with DefaultAioHttpClient(verify=LOOPBACK_VERIFY, base_url=server.base_url, auth=auth) as http:
            response = await http.get("/api/v1/workspaces/ws/person-tags", params={"name": value})
            return response.request

    sent = asyncio.run(send())
    received = recorder.last
    assert received.url.raw_path == sent.url.raw_path
    assert received.headers["x-ncp-apigw-signature-v2"] == sent.headers["x-ncp-apigw-signature-v2"]
