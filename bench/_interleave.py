"""Shuffled interleaving of variants that run in client processes (``_worker``).

A round runs every variant once, in an order drawn at random for that round
(seeded, so a run can be repeated): no variant is always first or last, and a
drift of the machine within a round hits each variant at a random place.
"""

from __future__ import annotations

import gc
import random
from collections.abc import Callable, Sequence
from typing import Any

from ._core import Budget

__all__ = ["SEED", "shuffled_rounds"]

SEED = 20261201


def shuffled_rounds(
    variants: Sequence[str],
    run: Callable[[str], Any],
    rounds: int,
    failures: dict[str, str],
    budget: Budget | None = None,
    seed: int = SEED,
) -> dict[str, list[Any]]:
    """``run(variant)`` once per variant per round, in a fresh random order each round; results per variant.

    A variant that raises is recorded in ``failures`` (and dropped with its samples, so that every
    remaining variant has one sample per completed round).
    """
    rng = random.Random(seed)
    out: dict[str, list[Any]] = {v: [] for v in variants}
    for r in range(rounds):
        order = [v for v in variants if v not in failures]
        rng.shuffle(order)
        for variant in order:
            gc.collect()
            try:
                out[variant].append(run(variant))
            except Exception as exc:
                failures[variant] = f"failed in round {r + 1}: {type(exc).__name__}: {exc}"
                out[variant] = []
        if budget is not None and budget.spent(r + 1, rounds):
            break
    return out
