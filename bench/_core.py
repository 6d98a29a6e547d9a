"""The result model, round interleaving, and the table.

A benchmark returns `Row`s. A measured row holds one sample per round (its
`unit` says what a sample is) and, when it has a baseline, the per-round
ratio against the baseline sample of the same round: the ratio is what is
judged, as the median of the per-round ratios, because the rounds of subject
and baseline are interleaved and machine noise hits both alike.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from ._server import ServerProcess

__all__ = [
    "Budget",
    "Context",
    "Row",
    "Target",
    "format_table",
    "miss_description",
    "not_measured",
    "ratio_samples",
]

Status = Literal["pass", "miss", "info", "not measured"]


@dataclass(frozen=True)
class Target:
    """A threshold on the ratio (``on="ratio"``) or on the median value (``on="value"``)."""

    op: Literal["<=", ">=", "<"]
    threshold: float
    on: Literal["ratio", "value"] = "ratio"

    def met(self, value: float) -> bool:
        if self.op == "<=":
            return value <= self.threshold
        if self.op == "<":
            return value < self.threshold
        return value >= self.threshold

    def describe(self, unit: str) -> str:
        if self.on == "ratio":
            return f"{self.op} {self.threshold:g}x"
        return f"{self.op} {_fmt(self.threshold)} {unit}"


@dataclass
class Row:
    """One line of the table."""

    figure: str
    unit: str = ""
    samples: list[float] = field(default_factory=list)
    baseline: str | None = None
    ratios: list[float] = field(default_factory=list)
    target: Target | None = None
    reason: str | None = None  # set when not measured
    note: str | None = None
    group: str = ""

    @property
    def measured(self) -> bool:
        return self.reason is None and bool(self.samples)

    @property
    def ratio(self) -> float | None:
        return statistics.median(self.ratios) if self.ratios else None

    @property
    def status(self) -> Status:
        if not self.measured:
            return "not measured"
        if self.target is None:
            return "info"
        value = self.ratio if self.target.on == "ratio" else statistics.median(self.samples)
        if value is None:
            return "info"
        return "pass" if self.target.met(value) else "miss"


def miss_description(row: Row) -> str | None:
    """``"1.23x against <= 1.15x: 7% over"`` for a missed target, else None."""
    if row.status != "miss" or row.target is None:
        return None
    value = row.ratio if row.target.on == "ratio" else statistics.median(row.samples)
    if value is None:
        return None
    shown = f"{value:.3f}x" if row.target.on == "ratio" else f"{_fmt(value)} {row.unit}"
    gap = value / row.target.threshold - 1
    side = "over" if row.target.op in ("<=", "<") else "under"
    return f"{shown} against {row.target.describe(row.unit)}: {abs(gap) * 100:.0f}% {side}"


def not_measured(figure: str, reason: str, *, target: Target | None = None, unit: str = "") -> Row:
    """A row for a figure whose layer is missing or that failed."""
    return Row(figure=figure, unit=unit, reason=reason, target=target)


@dataclass
class Context:
    """What every benchmark gets: the mode, the shared loopback server, the rows measured so far."""

    quick: bool = False
    rows: list[Row] = field(default_factory=list)
    diagnostics: list[str] = field(default_factory=list)
    _server: ServerProcess | None = None

    def budget(self, name: str, seconds: float) -> Budget:
        """A time budget for one figure (quick runs: a third of it, one round at least)."""
        if self.quick:
            return Budget(seconds / 3, min_rounds=1, log=self.diagnostics, name=name)
        return Budget(seconds, min_rounds=3, log=self.diagnostics, name=name)

    def minimal_server(self) -> ServerProcess:
        """The minimal ASGI server (started once, shared by every per-call and fan-out figure)."""
        if self._server is None:
            self._server = ServerProcess(["-m", "bench._asgi"]).start()
        return self._server

    def close(self) -> None:
        if self._server is not None:
            self._server.stop()
            self._server = None

    def find(self, figure: str) -> Row | None:
        for row in self.rows:
            if row.figure == figure and row.measured:
                return row
        return None


@dataclass
class Budget:
    """A time budget for the rounds of one figure: stop after a round once it is spent.

    At least ``min_rounds`` rounds always run, so a slow machine gets fewer
    rounds rather than a run that never ends; ``log`` hears about the cut.
    """

    seconds: float
    min_rounds: int = 3
    log: list[str] | None = None
    name: str = ""
    started: float = field(default_factory=time.perf_counter)

    def spent(self, rounds_done: int, rounds: int) -> bool:
        if rounds_done >= rounds:
            return True
        if rounds_done < self.min_rounds or time.perf_counter() - self.started < self.seconds:
            return False
        if self.log is not None:
            self.log.append(
                f"{self.name or 'a figure'}: stopped after {rounds_done} of {rounds} rounds "
                f"(time budget {self.seconds:.0f} s spent; the machine is slow or busy)"
            )
        return True


def ratio_samples(subject: Sequence[float], baseline: Sequence[float]) -> list[float]:
    """Per-round ratios ``subject[i] / baseline[i]``."""
    return [s / b for s, b in zip(subject, baseline, strict=True) if b]


def _fmt(value: float) -> str:
    if value == 0:
        return "0"
    magnitude = abs(value)
    if magnitude >= 10_000:
        return f"{value:,.0f}"
    if magnitude >= 100:
        return f"{value:.0f}"
    if magnitude >= 10:
        return f"{value:.1f}"
    if magnitude >= 1:
        return f"{value:.2f}"
    return f"{value:.3g}"


def _cells(row: Row) -> list[str]:
    target = row.target.describe(row.unit) if row.target else ""
    if not row.measured:
        return [row.figure, row.unit, "", "", "", "", target, f"not measured: {row.reason or 'no samples'}"]
    lo, med, hi = min(row.samples), statistics.median(row.samples), max(row.samples)
    ratio = ""
    if row.ratios:
        ratio = f"{statistics.median(row.ratios):.3f}x"
        if len(row.ratios) > 1:
            ratio += f" ({min(row.ratios):.2f}-{max(row.ratios):.2f})"
        if row.baseline:
            ratio += f" vs {row.baseline}"
    result: str = row.status
    if row.note:
        result = f"{result}; {row.note}"
    return [row.figure, row.unit, _fmt(lo), _fmt(med), _fmt(hi), ratio, target, result]


HEADER = ["figure", "unit", "min", "median", "max", "ratio (min-max)", "target", "result"]


def format_table(rows: Sequence[Row], *, markdown: bool = False) -> str:
    """The table as aligned text, or as a Markdown table."""
    body = [_cells(r) for r in rows]
    if markdown:
        esc = [[c.replace("|", "\\|") for c in line] for line in body]
        lines = ["| " + " | ".join(HEADER) + " |", "|" + "|".join(" --- " for _ in HEADER) + "|"]
        lines += ["| " + " | ".join(line) + " |" for line in esc]
        return "\n".join(lines)
    widths = [max(len(h), *(len(line[i]) for line in body)) if body else len(h) for i, h in enumerate(HEADER)]
    # The last column (result) is not padded.
    fmt_line: Callable[[list[str]], str] = lambda cells: "  ".join(  # noqa: E731
        c.ljust(w) if i < len(cells) - 1 else c for i, (c, w) in enumerate(zip(cells, widths, strict=True))
    )
    lines = [fmt_line(HEADER), "  ".join("-" * w for w in widths)]
    lines += [fmt_line(line) for line in body]
    return "\n".join(line.rstrip() for line in lines)
