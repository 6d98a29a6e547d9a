"""`make docs` builds the API reference page, and the page carries every operation of the spec.

Redocly CLI (``build-docs``, pinned in the Makefile) writes one HTML file,
``build/docs/index.html`` (not committed). The page is checked by parsing
it, with no browser:

* the prerendered navigation lists every tag of the spec, in order;
* the definition embedded for the Redoc bundle (``const __redoc_definition =
  {...}``), which the page renders in the browser, holds all 54 operations
  with their ``operationId``, method, path and summary exactly as in
  ``openapi.yaml``, and the ``x-error-codes`` table;
* the document title is the spec's.

Redoc CE 3 prerenders the navigation and the introduction only; the
operations are drawn from the embedded definition when the page loads in a
browser (from the pinned bundle on Redocly's CDN), so this checks what the
browser gets. It needs node/npx (as the Redocly lint test does): a missing
npx fails the test.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

import mi_spec
from tools.compile_spec import HTTP_METHODS

REPO = Path(__file__).resolve().parents[1]
OUTPUT = REPO / "build" / "docs" / "index.html"
EXPECTED_OPERATIONS = 54


class _Page(HTMLParser):
    """Collects the title, the section ids and the inline scripts."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.title = ""
        self.section_ids: list[str] = []
        self.scripts: list[str] = []
        self._in_title = False
        self._in_script = False
        self._script: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "title":
            self._in_title = True
        elif tag == "script":
            self._in_script = True
            self._script = []
        if attributes.get("data-section-id"):
            self.section_ids.append(str(attributes["data-section-id"]))

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif tag == "script" and self._in_script:
            self._in_script = False
            self.scripts.append("".join(self._script))

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        if self._in_script:
            self._script.append(data)


def _embedded_definition(scripts: list[str]) -> dict[str, Any]:
    """The JSON object assigned to ``__redoc_definition`` in one of the page's scripts."""
    decoder = json.JSONDecoder()
    for script in scripts:
        match = re.search(r"__redoc_definition\s*=\s*", script)
        if match:
            definition, _ = decoder.raw_decode(script, match.end())
            assert isinstance(definition, dict)
            return definition
    raise AssertionError("no __redoc_definition in the page's scripts")


def _operations(document: dict[str, Any]) -> dict[str, tuple[str, str, str]]:
    """``{operationId: (METHOD, path, summary)}``."""
    out: dict[str, tuple[str, str, str]] = {}
    for path, item in document.get("paths", {}).items():
        for method, operation in item.items():
            if method in HTTP_METHODS:
                out[operation["operationId"]] = (method.upper(), path, operation.get("summary", ""))
    return out


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    document: dict[str, Any] = mi_spec.document()
    return document


@pytest.fixture(scope="module")
def page() -> _Page:
    make = shutil.which("make")
    assert make, "make is needed"
    assert shutil.which("npx"), "npx (node >= 20) is needed to run Redocly CLI (make docs)"
    result = subprocess.run(
        [make, "--no-print-directory", "docs"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, (
        f"make docs failed (exit {result.returncode}):\n{(result.stdout + result.stderr)[-5000:]}"
    )
    assert OUTPUT.is_file(), f"make docs did not write {OUTPUT}"
    parser = _Page()
    parser.feed(OUTPUT.read_text(encoding="utf-8"))
    parser.close()
    return parser


def test_title_is_the_spec_title(page: _Page, spec: dict[str, Any]) -> None:
    assert spec["info"]["title"] in page.title


def test_navigation_lists_every_tag(page: _Page, spec: dict[str, Any]) -> None:
    tags = [tag["name"] for tag in spec["tags"]]
    sections = [s.lstrip("/") for s in page.section_ids]
    assert [s for s in sections if s in tags] == tags, f"tag sections in the page: {sections}"


def test_page_carries_all_operations(page: _Page, spec: dict[str, Any]) -> None:
    expected = _operations(spec)
    assert len(expected) == EXPECTED_OPERATIONS
    rendered = _operations(_embedded_definition(page.scripts))
    missing = sorted(set(expected) - set(rendered))
    assert not missing, f"operations missing from the page: {missing}"
    assert rendered == expected


def test_page_carries_the_error_codes(page: _Page, spec: dict[str, Any]) -> None:
    definition = _embedded_definition(page.scripts)
    codes = {entry["code"] for entry in spec["x-error-codes"]}
    assert {entry["code"] for entry in definition.get("x-error-codes", [])} == codes
