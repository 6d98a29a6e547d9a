"""Turning interleaved samples into table rows."""

from __future__ import annotations

from dataclasses import dataclass

from ._core import Row, Target, not_measured, ratio_samples

__all__ = ["Spec", "build_rows"]


@dataclass(frozen=True)
class Spec:
    """How to show one variant: its figure name, target, and what its ratio is against."""

    key: str
    figure: str
    target: Target | None = None
    note: str | None = None
    against: str | None = None  # key of the variant to divide by (default: the baseline)


def build_rows(
    specs: list[Spec],
    samples: dict[str, list[float]],
    failures: dict[str, str],
    *,
    baseline: str,
    unit: str,
    missing: dict[str, str] | None = None,
) -> list[Row]:
    """One row per spec; the baseline spec gets no ratio, the others their per-round ratios."""
    missing = missing or {}
    names = {s.key: s.figure for s in specs}
    rows: list[Row] = []
    base_ok = baseline not in failures and baseline not in missing and bool(samples.get(baseline))
    for spec in specs:
        reason = missing.get(spec.key) or failures.get(spec.key)
        against = spec.against or baseline
        if reason is None and spec.key != baseline:
            other = missing.get(against) or failures.get(against)
            if other is not None or (against == baseline and not base_ok):
                reason = f"needs {names.get(against, against)}: {other or 'not measured'}"
        if reason is not None or not samples.get(spec.key):
            rows.append(not_measured(spec.figure, reason or "no samples", target=spec.target, unit=unit))
            continue
        row = Row(figure=spec.figure, unit=unit, samples=list(samples[spec.key]), target=spec.target, note=spec.note)
        if spec.key != baseline:
            row.ratios = ratio_samples(samples[spec.key], samples[against])
            row.baseline = "baseline" if against == baseline else names.get(against, against)
        rows.append(row)
    return rows
