#!/usr/bin/env python3
"""Small helpers of ``scripts/demo.sh`` (what bash does poorly: JSON, checks).

::

    mi ... --json | python scripts/demo_helpers.py get KEY
    mi search ... --json | python scripts/demo_helpers.py check SEARCH [MANIFEST]

``check`` compares a ``mi search --json`` answer with the expectation named
SEARCH in the samples' ``manifest.json`` (written by make_sample_media.py):
``top`` (the first hit is one of these files), ``includes``/``excludes``
(files that must or must not be among the hits) and ``scene`` (the time range
of the first hit, in ms). It prints what it checked and exits 1 on a mismatch.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

DEFAULT_MANIFEST = Path("build/samples/manifest.json")


def get(key: str) -> None:
    value: Any = json.load(sys.stdin)
    for part in key.split("."):
        value = value[int(part)] if isinstance(value, list) else value[part]
    print(value)


def check(name: str, manifest_path: Path) -> int:
    expected = json.loads(manifest_path.read_text(encoding="utf-8"))["searches"][name]
    answer = json.load(sys.stdin)
    hits = answer.get("results") or []
    names = [hit.get("assetName") for hit in hits]
    problems: list[str] = []
    if not hits:
        problems.append("no results")
    else:
        if "top" in expected and names[0] not in expected["top"]:
            problems.append(f"top hit is {names[0]!r}, expected one of {expected['top']}")
        for wanted in expected.get("includes", []):
            if wanted not in names:
                problems.append(f"{wanted!r} is not among the hits")
        for unwanted in expected.get("excludes", []):
            if unwanted in names:
                problems.append(f"{unwanted!r} should not be among the hits")
        if "scene" in expected:
            span = [hits[0].get("startTimeMs"), hits[0].get("endTimeMs")]
            if span != expected["scene"]:
                problems.append(f"top hit covers {span} ms, expected {expected['scene']}")
    if problems:
        print(f"CHECK FAILED ({name}): " + "; ".join(problems), file=sys.stderr)
        print(f"  hits: {names}", file=sys.stderr)
        return 1
    first = hits[0]
    where = ""
    if first.get("startTimeMs") is not None:
        where = f" {first['startTimeMs'] / 1000:.1f}-{first['endTimeMs'] / 1000:.1f} s"
    print(f"check ok ({name}): top hit {names[0]}{where}; {len(hits)} hit(s)")
    return 0


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    command, args = argv[0], argv[1:]
    if command == "get":
        get(args[0])
    elif command == "check":
        return check(args[0], Path(args[1]) if len(args) > 1 else DEFAULT_MANIFEST)
    else:
        print(f"unknown command {command!r}\n{__doc__}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
