"""A load generator in its own process: signed GET requests on keep-alive connections, as fast as it can.

    python -m bench._loadgen --url http://127.0.0.1:8080 --path /api/v1/... \\
        --requests 3000 --concurrency 32 --access-key AK --secret-key SK

Prints one JSON line: ``{"rps": ..., "seconds": ..., "ok": ..., "errors": ..., "statuses": {...}}``.

It is a tool, not a subject: HTTP/1.1 written and read by hand on asyncio
streams (``Content-Length`` bodies only), each request signed inline, so that
the client costs far less than any server it loads and the figure is the
server's. (httpx's async pool, at tens of connections, costs more CPU per
request than the servers measured here.)
"""

from __future__ import annotations

import argparse
import asyncio
import json
import time
from collections import Counter
from urllib.parse import urlsplit

from ._baseline import signed_headers

__all__ = ["main", "run_load"]


def _request_bytes(host: str, path: str, access_key: str, secret: bytes) -> bytes:
    headers = signed_headers("GET", path, access_key, secret)
    lines = [f"GET {path} HTTP/1.1", f"Host: {host}", *(f"{k}: {v}" for k, v in headers.items()), "", ""]
    return "\r\n".join(lines).encode("latin-1")


async def _read_response(reader: asyncio.StreamReader) -> int:
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ", 2)[1])
    length = None
    for line in lines[1:]:
        name, _, value = line.partition(":")
        if name.strip().lower() == "content-length":
            length = int(value.strip())
        elif name.strip().lower() == "transfer-encoding" and "chunked" in value.lower():
            raise RuntimeError("chunked responses are not supported by the load generator")
    if length is None:
        raise RuntimeError("response without Content-Length")
    await reader.readexactly(length)
    return status


async def run_load(
    url: str, path: str, requests: int, concurrency: int, access_key: str, secret_key: str
) -> dict[str, object]:
    parts = urlsplit(url)
    host, port = parts.hostname or "127.0.0.1", parts.port or 80
    secret = secret_key.encode()
    statuses: Counter[int] = Counter()
    remaining = 0

    async def worker(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal remaining
        while remaining > 0:
            remaining -= 1
            writer.write(_request_bytes(f"{host}:{port}", path, access_key, secret))
            statuses[await _read_response(reader)] += 1

    conns = [await asyncio.open_connection(host, port) for _ in range(concurrency)]
    try:
        remaining = concurrency * 4  # warm-up, not counted
        await asyncio.gather(*(worker(r, w) for r, w in conns))
        statuses.clear()
        remaining = requests
        start = time.perf_counter()
        await asyncio.gather(*(worker(r, w) for r, w in conns))
        seconds = time.perf_counter() - start
    finally:
        for _, writer in conns:
            writer.close()
    ok = statuses.get(200, 0)
    return {
        "rps": requests / seconds,
        "seconds": seconds,
        "ok": ok,
        "errors": requests - ok,
        "statuses": {str(k): v for k, v in statuses.items()},
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", required=True)
    parser.add_argument("--path", required=True)
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--access-key", required=True)
    parser.add_argument("--secret-key", required=True)
    args = parser.parse_args(argv)
    result = asyncio.run(
        run_load(args.url, args.path, args.requests, args.concurrency, args.access_key, args.secret_key)
    )
    print(json.dumps(result))


if __name__ == "__main__":
    main()
