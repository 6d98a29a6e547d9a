"""A threaded HTTP/1.1 keep-alive server on loopback that counts its connections, for the transport tests."""

from __future__ import annotations

import ssl
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

__all__ = ["CountingServer"]


class CountingServer:
    """Serves ``handler``'s ``do_*`` methods on 127.0.0.1 (TLS when given a context).

    It records the client port of each connection it accepts (``opened``, in
    order) and counts the connections closed (``closed``), under ``lock``.
    ``base_url`` names the server by ``host`` (``localhost`` for certificates
    issued to that name).
    """

    def __init__(
        self, handler: type[BaseHTTPRequestHandler], *, tls: ssl.SSLContext | None = None, host: str = "127.0.0.1"
    ) -> None:
        self.lock = threading.Lock()
        self.opened: list[int] = []
        self.closed = 0
        owner = self

        class Counting(handler):  # type: ignore[valid-type,misc]
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True

            def setup(self) -> None:
                super().setup()
                with owner.lock:
                    owner.opened.append(self.client_address[1])

            def finish(self) -> None:
                try:
                    super().finish()
                finally:
                    with owner.lock:
                        owner.closed += 1

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Counting)
        self.httpd.daemon_threads = True
        if tls is not None:
            self.httpd.socket = tls.wrap_socket(self.httpd.socket, server_side=True)
        scheme = "https" if tls is not None else "http"
        self.base_url = f"{scheme}://{host}:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
