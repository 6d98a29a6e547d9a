"""A loopback HTTP server that hands each request to a `Recorder`, for transports that need a real socket.

`DefaultAioHttpClient` sends through aiohttp, which ``httpx.MockTransport``
would bypass; the contract tests run it against this server instead. Each
request is turned back into an ``httpx.Request`` on the contract tests'
``BASE_URL`` (so the checks see what the other layers send: same path, query,
headers and body) and answered with what the recorder returns.
"""

from __future__ import annotations

import atexit
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx

from ._clients import BASE_URL, Recorder

__all__ = ["LOOPBACK_VERIFY", "LoopbackRecorder", "loopback"]

#: The server speaks plain HTTP, so there is no certificate to verify; False spares loading the CA bundle
#: (about 100 ms per client) for each of the many short-lived clients the contract tests make.
LOOPBACK_VERIFY = False


class LoopbackRecorder:
    """The server; `route` sets the recorder that answers the next requests (tests call one at a time)."""

    def __init__(self) -> None:
        self.recorder: Recorder | None = None
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # headers and body leave at once (no delayed-ACK stalls)

            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                headers = [(k, v) for k, v in self.headers.items() if k.lower() != "host"]
                request = httpx.Request(self.command, BASE_URL + self.path, headers=headers, content=body)
                recorder = owner.recorder
                response = recorder(request) if recorder is not None else httpx.Response(500)
                content = response.read()
                self.send_response(response.status_code)
                for name, value in response.headers.multi_items():
                    if name.lower() not in ("content-length", "transfer-encoding", "connection"):
                        self.send_header(name, value)
                self.send_header("Content-Length", str(len(content)))
                self.end_headers()
                self.wfile.write(content)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _serve

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.base_url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


_server: LoopbackRecorder | None = None


def loopback(recorder: Recorder) -> LoopbackRecorder:
    """The shared server (started on first use, stopped at exit), now answering with ``recorder``."""
    global _server
    if _server is None:
        _server = LoopbackRecorder()
        atexit.register(_server.close)
    _server.recorder = recorder
    return _server
