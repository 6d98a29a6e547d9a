"""A loopback HTTP server that records requests, and the official SDK pointed at it.

The official SDK (``alibabacloud-ice20201109``) is used unchanged; only its
nonce and clock are pinned (``pinned_sdk_clock``) when a test compares
signatures.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

PINNED_NONCE = "d410180a5abf7fe235dd9b74aca91fc0"
PINNED_DATE = "2023-10-26T09:01:01Z"


@dataclass
class Captured:
    method: str
    target: str
    headers: dict[str, str]
    body: bytes

    @property
    def path(self) -> str:
        return urlsplit(self.target).path

    @property
    def raw_query(self) -> str:
        return urlsplit(self.target).query

    @property
    def query(self) -> list[tuple[str, str]]:
        return sorted(parse_qsl(self.raw_query, keep_blank_values=True))

    def header(self, name: str) -> str | None:
        for key, value in self.headers.items():
            if key.lower() == name.lower():
                return value
        return None


@dataclass
class CaptureServer:
    port: int
    requests: list[Captured] = field(default_factory=list)
    answer: dict[str, Any] = field(default_factory=lambda: {"RequestId": "r-1", "Success": "true", "Code": "200"})


@contextmanager
def capture_server() -> Iterator[CaptureServer]:
    """A loopback server answering every request with ``answer`` (200, JSON) and recording it."""
    state = CaptureServer(port=0)

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("content-length") or 0)
            body = self.rfile.read(length)
            state.requests.append(Captured(self.command, self.path, dict(self.headers.items()), body))
            out = json.dumps(state.answer).encode()
            self.send_response(200)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(out)))
            self.end_headers()
            self.wfile.write(out)

        def log_message(self, format: str, *args: Any) -> None:  # quiet
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def official_client(endpoint: str, access_key_id: str, access_key_secret: str) -> Any:
    """The official ICE client for ``host:port`` over plain HTTP."""
    from alibabacloud_ice20201109.client import Client
    from alibabacloud_tea_openapi import models as open_api_models

    config = open_api_models.Config(
        access_key_id=access_key_id,
        access_key_secret=access_key_secret,
        endpoint=endpoint,
        protocol="http",
        region_id="cn-shanghai",
    )
    return Client(config)


def sdk_method(client: Any, action: str) -> Any:
    """The SDK's method for an action (``search_media_by_ailabel`` for SearchMediaByAILabel)."""
    for name in dir(client):
        if not name.startswith("_") and name.replace("_", "") == action.lower():
            return getattr(client, name)
    raise LookupError(action)


def sdk_request(action: str, params: dict[str, Any]) -> Any:
    """The SDK's request model for an action, filled from wire names."""
    from alibabacloud_ice20201109 import models

    request = getattr(models, f"{action}Request")()
    return request.from_map(params)


@contextmanager
def pinned_sdk_clock() -> Iterator[None]:
    """The SDK's nonce and x-acs-date pinned, so its signature is reproducible."""
    from alibabacloud_tea_openapi.utils import Utils

    saved = Utils.__dict__["get_nonce"], Utils.__dict__["get_timestamp"]
    Utils.get_nonce = staticmethod(lambda: PINNED_NONCE)  # type: ignore[method-assign,assignment]
    Utils.get_timestamp = staticmethod(lambda: PINNED_DATE)  # type: ignore[method-assign,assignment]
    try:
        yield
    finally:
        Utils.get_nonce, Utils.get_timestamp = saved  # type: ignore[method-assign]
