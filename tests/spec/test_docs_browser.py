"""The offline API reference draws every operation in a real browser.

For each OpenAPI document at the repository root (openapi.yaml, and the ICE
document once it exists), tools/build_docs.py builds the page, and headless
Chromium (Debian's, driven by the pinned playwright-core) opens it from disk,
opens each tag in the navigation, and reports the sections it drew. Every
operation must be drawn, nothing may be fetched from the network (the page's
Content-Security-Policy refuses it; Redoc's footer logo is the one thing that
asks and is refused), and the page must raise no script error. A screenshot
of each page is saved beside it under build/docs/.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from tools import build_docs

from .helpers import HTTP_METHODS, REPO

CHECK_SCRIPT = REPO / "tools" / "node" / "docs_check.cjs"
OUT = REPO / "build" / "docs"


def _load(document: Path) -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(document.read_text(encoding="utf-8"))
    return loaded


def _expected(spec: dict[str, Any]) -> tuple[list[dict[str, Any]], set[str]]:
    """The tags (navigation name, operation count), and the lower-cased operationIds Redoc uses in section ids."""
    ops = [op for item in spec.get("paths", {}).values() for method, op in item.items() if method in HTTP_METHODS]
    tags = [
        {
            "name": str(t.get("x-displayName", t["name"])),
            "operations": sum(1 for op in ops if (op.get("tags") or [None])[0] == t["name"]),
        }
        for t in spec.get("tags", [])
    ]
    return tags, {str(op["operationId"]).lower() for op in ops}


def test_make_docs_uses_the_pinned_redocly_cli() -> None:
    pinned = json.loads((REPO / "package.json").read_text())["devDependencies"]["@redocly/cli"]
    makefile = re.search(r"^REDOCLY_VERSION := (\S+)$", (REPO / "Makefile").read_text(), re.MULTILINE)
    assert makefile and makefile.group(1) == pinned, "package.json and the Makefile pin different Redocly CLIs"


def test_the_documents_are_found() -> None:
    found = [p.name for p in build_docs.documents(REPO)]
    assert found[0] == "openapi.yaml"
    assert "redocly.yaml" not in found and "openapi-python-client.yaml" not in found


@pytest.mark.parametrize("document", build_docs.documents(REPO), ids=lambda p: p.name)
def test_every_operation_is_drawn_offline(document: Path, tmp_path: Path) -> None:
    node = shutil.which("node")
    assert node, "node is needed (Node 20)"
    assert shutil.which("chromium") or Path("/usr/bin/chromium").exists(), "chromium is missing: run `make chromium`"
    page = build_docs.build(document, OUT)
    html = page.read_text(encoding="utf-8")
    assert "cdn.redocly.com/redoc/v" not in html, "the page still loads Redoc from a CDN"

    spec = _load(document)
    tags, operations = _expected(spec)
    assert len(operations) == build_docs.operation_count(document)
    tags_file = tmp_path / "tags.json"
    tags_file.write_text(json.dumps(tags))
    shot = OUT / (page.stem + ".png")
    shot.unlink(missing_ok=True)
    done = subprocess.run(
        [node, str(CHECK_SCRIPT), str(page), str(tags_file), str(shot)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    seen = json.loads(done.stdout)

    drawn = {s.rsplit("/", 1)[-1] for s in seen["sections"] if s.count("/") >= 2}
    missing = sorted(operations - drawn)
    assert not missing, f"{len(missing)} of {len(operations)} operations not drawn: {missing}"

    refused = [e for e in seen["errors"] if "Content Security Policy" in e]
    assert not [e for e in seen["errors"] if e not in refused], seen["errors"]
    fetched = [u for u in seen["external"] if not any(u in e for e in refused)]
    assert not fetched, f"the page reached for the network: {fetched}"
    assert shot.is_file() and shot.stat().st_size > 10_000, "no screenshot"
