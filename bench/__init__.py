"""Benchmarks of ncloud-media-intelligence: every layer against raw httpx, and the emulator's scale.

Run ``python -m bench`` (all figures, writes ``bench/results.md``), ``python -m
bench --quick`` (smoke run, under a minute) or ``python -m bench --only NAME``.
Every judged figure is a ratio against a baseline measured in the same run,
in interleaved rounds, so that the noise of a shared machine cancels out.
A figure whose layer does not exist yet prints ``not measured: <reason>``.
"""
