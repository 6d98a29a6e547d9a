"""A load generator in its own process: signed GET requests at fixed concurrency, as fast as possible.

    python -m bench._loadgen --url http://127.0.0.1:8080 --path /api/v1/... \\
        --requests 3000 --concurrency 32 --access-key AK --secret-key SK

Prints one JSON line: ``{"rps": ..., "seconds": ..., "ok": ..., "errors": ..., "statuses": {...}}``.
Uses raw httpx with the signature headers computed inline, so the client's
own cost is as small as it gets and is the same for every server measured.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import time
from collections import Counter

import httpx

from ._baseline import signed_headers

__all__ = ["main", "run_load"]


async def run_load(
    url: str, path: str, requests: int, concurrency: int, access_key: str, secret_key: str
) -> dict[str, object]:
    secret = secret_key.encode()
    statuses: Counter[int] = Counter()
    remaining = requests
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=url, limits=limits, timeout=30.0) as client:

        async def worker() -> None:
            nonlocal remaining
            while remaining > 0:
                remaining -= 1
                r = await client.get(path, headers=signed_headers("GET", path, access_key, secret))
                await r.aread()
                statuses[r.status_code] += 1

        # Warm the pool (not counted).
        remaining = concurrency * 2
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        statuses.clear()
        remaining = requests
        start = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        seconds = time.perf_counter() - start
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
