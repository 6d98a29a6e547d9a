"""Breaking changes of openapi.yaml need a version bump and a CHANGELOG entry.

The first test is the gate itself: it compares this checkout's openapi.yaml
with the last release (tools/spec_diff.py picks the base). The others prove
the gate on copies in a throw-away git repository: a deliberately breaking
change fails it until the version is bumped and the changelog says so, and a
non-breaking change passes without a bump.
"""

from __future__ import annotations

import copy
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from tools import spec_diff

from .helpers import REPO, SPEC_FILE

CHANGELOG = "# Changelog\n\n## [Unreleased]\n\n## [1.4.0]\n\n### Added\n- The contract.\n"


def test_changes_since_the_last_release_are_versioned() -> None:
    report = spec_diff.build_report(REPO)
    changelog = (REPO / "CHANGELOG.md").read_text(encoding="utf-8")
    problems = spec_diff.check_release(report, changelog)
    assert not problems, spec_diff.render(report, limit=10) + "\n" + "\n".join(problems)


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True)


def _trimmed_spec() -> dict[str, Any]:
    """The real contract, cut to the workspace paths so that each comparison stays quick."""
    doc = yaml.safe_load(SPEC_FILE.read_text(encoding="utf-8"))
    doc["paths"] = {
        p: item for p, item in doc["paths"].items() if p.startswith("/api/v1/workspaces") and p.count("/") <= 4
    }
    assert {"/api/v1/workspaces", "/api/v1/workspaces/{workspace_name}"} <= set(doc["paths"])
    return doc


def _write(repo: Path, doc: dict[str, Any], version: str, changelog: str) -> None:
    (repo / "openapi.yaml").write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    (repo / "pyproject.toml").write_text(f'[project]\nname = "x"\nversion = "{version}"\n', encoding="utf-8")
    (repo / "CHANGELOG.md").write_text(changelog, encoding="utf-8")


@pytest.fixture(scope="module")
def released(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    """A repository whose release v1.4.0 holds the trimmed contract, with a later commit on main."""
    repo = tmp_path_factory.mktemp("released")
    _git(repo, "init", "-q", "-b", "main")
    _git(repo, "config", "user.email", "test@example.invalid")
    _git(repo, "config", "user.name", "test")
    doc = _trimmed_spec()
    _write(repo, doc, "1.4.0", CHANGELOG)
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", "release")
    _git(repo, "tag", "v1.4.0")
    return repo, doc


def _check(repo: Path, doc: dict[str, Any], version: str, changelog: str) -> tuple[spec_diff.Report, list[str]]:
    _write(repo, doc, version, changelog)
    report = spec_diff.build_report(repo)
    return report, spec_diff.check_release(report, changelog)


def test_the_base_is_the_last_release_tag(released: tuple[Path, dict[str, Any]]) -> None:
    repo, _ = released
    assert spec_diff.default_base(repo) == "v1.4.0"


def test_a_breaking_change_needs_a_major_bump_and_a_changelog_entry(released: tuple[Path, dict[str, Any]]) -> None:
    repo, doc = released
    broken = copy.deepcopy(doc)
    # Removing an operation breaks every client that calls it.
    del broken["paths"]["/api/v1/workspaces"]["get"]

    report, problems = _check(repo, broken, "1.4.0", CHANGELOG)
    assert report.breaking, spec_diff.render(report)
    assert any("listWorkspaces" in c.where for c in report.breaking)
    assert len(problems) == 1 and "2.0.0" in problems[0], problems

    _, problems = _check(repo, broken, "1.5.0", CHANGELOG + "\n## [1.5.0]\n- Removed listWorkspaces.\n")
    assert len(problems) == 1 and "2.0.0" in problems[0], problems

    _, problems = _check(repo, broken, "2.0.0", CHANGELOG)
    assert len(problems) == 1 and "## [2.0.0]" in problems[0], problems

    _, problems = _check(repo, broken, "2.0.0", CHANGELOG.replace("## [1.4.0]", "## [2.0.0]\n- Removed.\n\n## [1.4.0]"))
    assert problems == []


def test_a_non_breaking_change_passes_without_a_bump(released: tuple[Path, dict[str, Any]]) -> None:
    repo, doc = released
    grown = copy.deepcopy(doc)
    # A new optional query parameter: old clients keep working.
    grown["paths"]["/api/v1/workspaces"]["get"]["parameters"].append(
        {"name": "nameFilter", "in": "query", "required": False, "schema": {"type": "string"}}
    )
    report, problems = _check(repo, grown, "1.4.0", CHANGELOG)
    assert not report.breaking, spec_diff.render(report)
    assert report.counts()["non-breaking"] >= 1, spec_diff.render(report)
    assert problems == []


def test_the_cli_reports_and_exits_non_zero_on_an_unversioned_break(
    released: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    repo, doc = released
    broken = copy.deepcopy(doc)
    broken["paths"]["/api/v1/workspaces"]["post"]["requestBody"]["content"]["application/json"]["schema"] = {
        "type": "object",
        "required": ["workspaceName", "region"],
        "properties": {"workspaceName": {"type": "string"}, "region": {"type": "string"}},
    }
    _write(repo, broken, "1.4.0", CHANGELOG)
    out = tmp_path / "diff.json"
    assert spec_diff.main(["--repo", str(repo), "--check", "--json", str(out)]) == 1
    data = yaml.safe_load(out.read_text())
    assert data["base"] == "v1.4.0" and data["counts"]["breaking"] >= 1 and data["problems"]
