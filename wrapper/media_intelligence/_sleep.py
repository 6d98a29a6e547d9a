"""The default async sleep of the retry policy and the rate limiter.

``asyncio.sleep`` itself, imported when first awaited rather than with the
module: a blocking program never imports asyncio for it (about 15 ms), and a
running event loop has imported asyncio already.
"""

from __future__ import annotations

__all__ = ["asyncio_sleep"]


async def asyncio_sleep(seconds: float) -> None:
    """``await asyncio.sleep(seconds)``."""
    import asyncio

    await asyncio.sleep(seconds)
