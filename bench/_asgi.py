"""The minimal loopback server of the per-call and fan-out figures.

A plain ASGI callable (no framework) answering every request with the same
valid ``getProject`` body: the spec's own example, read from ``openapi.yaml``
once at start. It does no routing and no validation; it only checks that the
signature header is present (401 otherwise, so an unsigned client fails
instead of looking fast). Its cost is identical for every client variant.

Run as ``python -m bench._asgi --fd N`` (a listening socket inherited from the
parent, so there is no race for a free port) or ``--port N``.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Awaitable, Callable, MutableMapping
from pathlib import Path
from typing import Any

__all__ = ["KEEP_ALIVE", "app", "get_project_example", "main", "prepare", "serve"]

#: Seconds the server keeps an idle connection (clients of the benchmarks keep theirs as long).
KEEP_ALIVE = 60

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

_SPEC = Path(__file__).resolve().parent.parent / "openapi.yaml"
GET_PROJECT_PATH = "/api/v1/workspaces/{workspace_name}/projects/{project_id}"


def get_project_example(spec_path: Path = _SPEC) -> dict[str, Any]:
    """The 200 example of ``getProject`` in the spec."""
    import yaml

    with spec_path.open("rb") as f:
        spec = yaml.safe_load(f)
    example: dict[str, Any] = spec["paths"][GET_PROJECT_PATH]["get"]["responses"]["200"]["content"]["application/json"][
        "example"
    ]
    return example


_SIGNATURE_HEADER = b"x-ncp-apigw-signature-v2"
_UNSIGNED = b'{"error":{"errorCode":"200","message":"Authentication Failed","details":"no signature"}}'
_UNSIGNED_START: Message = {
    "type": "http.response.start",
    "status": 401,
    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(_UNSIGNED)).encode("ascii"))],
}
_UNSIGNED_BODY: Message = {"type": "http.response.body", "body": _UNSIGNED}
_RESPONSE: list[Message] = []  # [start, body], built once by prepare()
_SEARCH_SUFFIX = "/assets/search"
_SEARCH_BODY = b'{"code":"0","message":"success","result":{"searchId":"bench-search"}}'
_SEARCH: list[Message] = [
    {
        "type": "http.response.start",
        "status": 200,
        "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(_SEARCH_BODY)).encode())],
    },
    {"type": "http.response.body", "body": _SEARCH_BODY},
]


def prepare() -> None:
    """Build the fixed response from the spec (once; ``main`` does it before serving)."""
    if _RESPONSE:
        return
    body = json.dumps(get_project_example(), separators=(",", ":")).encode("utf-8")
    start: Message = {
        "type": "http.response.start",
        "status": 200,
        "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode("ascii"))],
    }
    _RESPONSE.extend([start, {"type": "http.response.body", "body": body}])


async def app(scope: Scope, receive: Receive, send: Send) -> None:
    """Answer every HTTP request with the fixed body (request bodies are drained, not read)."""
    if scope["type"] == "lifespan":
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return
    if scope["type"] != "http":
        return
    more = True
    while more:
        message = await receive()
        more = bool(message.get("more_body"))
    # The only check: a signature header is there (so a client that forgot to sign fails loudly).
    for name, _ in scope["headers"]:
        if name == _SIGNATURE_HEADER:
            if not _RESPONSE:
                prepare()
            # searchAssets (the validation figure's call) gets its own small answer.
            reply = _SEARCH if scope["method"] == "POST" and scope["path"].endswith(_SEARCH_SUFFIX) else _RESPONSE
            await send(reply[0])
            await send(reply[1])
            return
    await send(_UNSIGNED_START)
    await send(_UNSIGNED_BODY)


def serve(app_: Any, fd: int | None, port: int) -> None:
    """Run ``app_`` under uvicorn on the inherited socket ``fd`` (or on ``port``), quietly.

    The socket object is rebuilt with ``socket.socket(fileno=fd)`` so that it
    keeps its real family: uvicorn's own ``--fd`` assumes AF_UNIX, and asyncio
    then leaves TCP_NODELAY off on the accepted connections (Nagle + delayed
    ACK: 40 ms per response).
    """
    import socket

    import uvicorn

    # Idle connections stay open for a minute (uvicorn closes them after 5 s): between the interleaved
    # variants of a figure, every client finds its pool as it left it.
    config = uvicorn.Config(app_, log_level="warning", access_log=False, lifespan="on", timeout_keep_alive=KEEP_ALIVE)
    server = uvicorn.Server(config)
    if fd is None:
        # proto given: asyncio sets TCP_NODELAY only on sockets whose proto says TCP (0 is not enough)
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.bind(("127.0.0.1", port))
    else:
        sock = socket.socket(fileno=fd)
    server.run(sockets=[sock])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--fd", type=int)
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args(argv)
    prepare()
    serve(app, args.fd, args.port)


if __name__ == "__main__":
    main()
