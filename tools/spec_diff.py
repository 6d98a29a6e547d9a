"""Classify the changes of openapi.yaml since a base revision, for client users.

The comparison itself is done by api-smart-diff (npm, pinned in package.json;
see tools/node/spec_diff.cjs), which resolves ``$ref``s and classifies every
change as breaking, non-breaking, deprecated, annotation or unclassified. This
module picks the base, reports the changes per operation, and with ``--check``
enforces the release rule: a breaking change needs a version bump in
pyproject.toml (major, or minor while the major version is 0) and a section
for the new version in CHANGELOG.md.

Base, unless ``--base`` is given: the last release tag (``v*``), else
``origin/main``, else ``main``.

    python tools/spec_diff.py [--base REF] [--check] [--json FILE]

Exit status: 0 fine, 1 ``--check`` failed, 2 the comparison could not run.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
NODE_SCRIPT = ROOT / "tools" / "node" / "spec_diff.cjs"
NODE_MODULE = ROOT / "node_modules" / "api-smart-diff"
SPEC = "openapi.yaml"
METHODS = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}
# What a client user is told about each class of api-smart-diff.
KINDS = ("breaking", "non-breaking", "deprecated", "annotation", "unclassified")
ANNOTATIONS = frozenset({"x-inferred"})


class DiffError(Exception):
    """The comparison could not run (no base, no tool, unreadable document)."""


@dataclass
class Change:
    kind: str
    action: str
    path: list[str]
    description: str
    where: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "action": self.action,
            "where": self.where,
            "path": "/".join(self.path),
            "description": self.description,
        }


@dataclass
class Report:
    base: str
    base_version: str
    version: str
    changes: list[Change] = field(default_factory=list)
    tool_warnings: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def breaking(self) -> list[Change]:
        return [c for c in self.changes if c.kind == "breaking"]

    def counts(self) -> dict[str, int]:
        found = Counter(c.kind for c in self.changes)
        return {kind: found.get(kind, 0) for kind in KINDS}

    def as_dict(self) -> dict[str, Any]:
        return {
            "base": self.base,
            "base_version": self.base_version,
            "version": self.version,
            "counts": self.counts(),
            "changes": [c.as_dict() for c in self.changes],
            "tool_warnings": self.tool_warnings,
            "problems": self.problems,
        }


def _git(repo: Path, *args: str) -> str | None:
    done = subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True, check=False)
    return done.stdout if done.returncode == 0 else None


def default_base(repo: Path) -> str:
    """The last release tag, else origin/main, else main."""
    tag = _git(repo, "describe", "--tags", "--abbrev=0", "--match", "v[0-9]*")
    if tag and tag.strip():
        return tag.strip()
    for ref in ("origin/main", "main"):
        if _git(repo, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}") is not None:
            return ref
    raise DiffError("no base to compare with: no v* tag, no origin/main, no main (pass --base REF)")


def _version(pyproject_text: str) -> str:
    return str(tomllib.loads(pyproject_text)["project"]["version"])


def _release(version: str) -> tuple[int, int, int]:
    m = re.match(r"(\d+)\.(\d+)\.(\d+)", version)
    if not m:
        raise DiffError(f"version {version!r} is not MAJOR.MINOR.PATCH")
    return int(m[1]), int(m[2]), int(m[3])


def needed_bump(base_version: str) -> tuple[int, int, int]:
    """The lowest version that may carry a breaking change after ``base_version``."""
    major, minor, _ = _release(base_version)
    return (major + 1, 0, 0) if major >= 1 else (0, minor + 1, 0)


def _where(path: list[str], doc: dict[str, Any]) -> str:
    if len(path) >= 3 and path[0] == "paths" and path[2] in METHODS:
        op = (doc.get("paths", {}).get(path[1]) or {}).get(path[2]) or {}
        return f"{path[2].upper()} {path[1]} ({op.get('operationId', '?')})"
    if len(path) >= 2 and path[0] == "paths":
        return f"{path[1]} (path item)"
    return path[0] if path else "(document)"


def _without_annotations(node: Any) -> Any:
    """The document without ``x-inferred``: a note for readers, never a change for clients. (api-smart-diff
    also reads a ``$ref`` with a sibling key as a new inline schema, which would report spurious breaks.)"""
    if isinstance(node, dict):
        return {k: _without_annotations(v) for k, v in node.items() if k not in ANNOTATIONS}
    if isinstance(node, list):
        return [_without_annotations(v) for v in node]
    return node


def compare(before: dict[str, Any], after: dict[str, Any]) -> tuple[list[Change], int]:
    """Run api-smart-diff on two documents; return the changes a client sees and the tool's warning count."""
    before, after = _without_annotations(before), _without_annotations(after)
    node = shutil.which("node")
    if node is None:
        raise DiffError("node is not on PATH (Node 18 or newer is needed)")
    if not NODE_MODULE.is_dir():
        raise DiffError("api-smart-diff is not installed: run `make node-tools` (npm ci)")
    with tempfile.TemporaryDirectory(prefix="spec-diff-") as tmp:
        a, b = Path(tmp, "before.json"), Path(tmp, "after.json")
        a.write_text(json.dumps(before))
        b.write_text(json.dumps(after))
        done = subprocess.run([node, str(NODE_SCRIPT), str(a), str(b)], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise DiffError(f"api-smart-diff failed: {done.stderr.strip()[-2000:]}")
    warnings = sum(1 for line in done.stderr.splitlines() if "Classification Rule error" in line)
    changes = []
    for d in json.loads(done.stdout):
        path = [str(p) for p in d["path"]]
        # Components are compared again where the paths use them ($refs resolved, classified for their
        # place in a request or a response); the component-level copies would only repeat them.
        if path and path[0] == "components":
            continue
        doc = after if d["action"] != "remove" else before
        changes.append(Change(d["type"], d["action"], path, d.get("description") or "", _where(path, doc)))
    return changes, warnings


def build_report(repo: Path, base: str | None = None, spec: str = SPEC) -> Report:
    base = base or default_base(repo)
    before_text = _git(repo, "show", f"{base}:{spec}")
    if before_text is None:
        raise DiffError(f"{spec} does not exist at {base}")
    base_pyproject = _git(repo, "show", f"{base}:pyproject.toml")
    if base_pyproject is None:
        raise DiffError(f"pyproject.toml does not exist at {base}")
    before = yaml.safe_load(before_text)
    after = yaml.safe_load((repo / spec).read_text(encoding="utf-8"))
    report = Report(base, _version(base_pyproject), _version((repo / "pyproject.toml").read_text(encoding="utf-8")))
    if before != after:
        report.changes, report.tool_warnings = compare(before, after)
    return report


def check_release(report: Report, changelog: str) -> list[str]:
    """Problems that block this change: a breaking change without a version bump and its changelog entry."""
    if not report.breaking:
        return []
    problems = []
    need = needed_bump(report.base_version)
    if _release(report.version) < need:
        problems.append(
            f"{len(report.breaking)} breaking change(s) since {report.base} (version {report.base_version}): "
            f"bump [project].version in pyproject.toml to {'.'.join(map(str, need))} or later "
            f"(now {report.version})"
        )
    if not re.search(rf"^## \[{re.escape(report.version)}\]", changelog, re.MULTILINE):
        problems.append(f"CHANGELOG.md has no section '## [{report.version}]' describing the breaking change(s)")
    return problems


def render(report: Report, limit: int = 40) -> str:
    counts = report.counts()
    lines = [
        f"openapi.yaml against {report.base} (version {report.base_version} -> {report.version})",
        "  " + ", ".join(f"{kind}: {n}" for kind, n in counts.items()),
    ]
    if report.tool_warnings:
        lines.append(f"  ({report.tool_warnings} node(s) api-smart-diff could not classify; shown as unclassified)")
    for kind in ("breaking", "non-breaking", "deprecated"):
        chosen = [c for c in report.changes if c.kind == kind]
        if not chosen:
            continue
        lines.append(f"\n{kind.upper()} for client users:")
        grouped = Counter(f"{c.where}: {c.description or c.action + ' ' + '/'.join(c.path[3:])}" for c in chosen)
        for i, (text, n) in enumerate(sorted(grouped.items())):
            if i == limit:
                lines.append(f"  ... and {len(grouped) - limit} more (see --json)")
                break
            lines.append(f"  {text}" + (f"  (x{n})" if n > 1 else ""))
    if not report.changes:
        lines.append("  no change")
    for problem in report.problems:
        lines.append(f"\nFAIL: {problem}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", help="git revision to compare with (default: last v* tag, origin/main, main)")
    parser.add_argument("--repo", type=Path, default=ROOT, help="repository root (default: this checkout)")
    parser.add_argument("--check", action="store_true", help="fail on a breaking change without a version bump")
    parser.add_argument("--json", type=Path, help="also write the report as JSON to this file")
    parser.add_argument("--limit", type=int, default=40, help="lines per class in the text report")
    args = parser.parse_args(argv)
    try:
        report = build_report(args.repo, args.base)
    except DiffError as exc:
        print(f"spec-diff: {exc}", file=sys.stderr)
        return 2
    if args.check:
        changelog = args.repo / "CHANGELOG.md"
        report.problems = check_release(report, changelog.read_text(encoding="utf-8") if changelog.exists() else "")
    print(render(report, args.limit))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report.as_dict(), indent=2) + "\n", encoding="utf-8")
    return 1 if report.problems else 0


if __name__ == "__main__":
    sys.exit(main())
