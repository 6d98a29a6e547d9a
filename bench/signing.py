"""Signing: NCP signature v2 computations per second with the wrapper's ``sign``.

Baseline: the same HMAC-SHA256 + Base64 written inline (``_baseline``). The
judged figure is the share of a raw loopback call that one signature costs
(from the sync per-call baseline of the same run, or measured here when that
figure did not run): it should be far from a bottleneck.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

import httpx

from . import _layers
from ._baseline import ACCESS_KEY, SECRET_KEY, get_project_path, signed_headers
from ._core import Context, Row, Target, not_measured
from ._interleave import shuffled_rounds
from ._rows import Spec, build_rows

__all__ = ["run"]

SHARE_TARGET = Target("<", 5.0, on="value")
RAW_SYNC_FIGURE = "per-call sync: raw httpx, signed by hand (baseline)"


def _batch(one: Callable[[], object], n: int) -> Callable[[], float]:
    def batch() -> float:
        start = time.perf_counter()
        for _ in range(n):
            one()
        return n / (time.perf_counter() - start)

    return batch


def run(ctx: Context) -> list[Row]:
    rounds, n = (4, 2_000) if ctx.quick else (20, 10_000)
    path = get_project_path()
    secret = SECRET_KEY.encode()
    failures: dict[str, str] = {}
    missing: dict[str, str] = {}
    variants = [("inline", _batch(lambda: signed_headers("GET", path, ACCESS_KEY, secret), n))]
    try:
        sign = _layers.sign_function()

        def wrapper_one() -> str:
            return sign("GET", path, str(time.time_ns() // 1_000_000), ACCESS_KEY, SECRET_KEY)

        variants.append(("sign", _batch(wrapper_one, n)))
    except _layers.LayerMissing as exc:
        missing["sign"] = exc.reason
    runs = dict(variants)
    samples = shuffled_rounds(list(runs), lambda key: runs[key](), rounds, failures, ctx.budget("signing", 20))
    specs = [
        Spec("inline", "signing: inline HMAC + headers (baseline)"),
        Spec("sign", "signing: media_intelligence._auth.sign"),
    ]
    rows = build_rows(specs, samples, failures, baseline="inline", unit="sig/s", missing=missing)

    share_figure = "signing: one signature as a share of a raw sync call"
    if not samples.get("sign") or "sign" in failures:
        rows.append(not_measured(share_figure, "needs the wrapper's sign", target=SHARE_TARGET, unit="%"))
        return rows
    raw_row = ctx.find(RAW_SYNC_FIGURE)
    call_us = statistics.median(raw_row.samples) if raw_row else _raw_call_us(ctx)
    shares = [1e6 / rate / call_us * 100 for rate in samples["sign"]]
    note = f"raw sync call {call_us:.0f} us" + ("" if raw_row else ", measured here")
    rows.append(Row(figure=share_figure, unit="%", samples=shares, target=SHARE_TARGET, note=note))
    return rows


def _raw_call_us(ctx: Context, n: int = 200) -> float:
    """Median time of a raw sync call (when per-call-sync did not run in this run)."""
    path = get_project_path()
    secret = SECRET_KEY.encode()
    times = []
    with httpx.Client(base_url=ctx.minimal_server().base_url) as client:
        for _ in range(n):
            start = time.perf_counter()
            client.get(path, headers=signed_headers("GET", path, ACCESS_KEY, secret)).json()
            times.append((time.perf_counter() - start) * 1e6)
    return statistics.median(times[n // 10 :])
