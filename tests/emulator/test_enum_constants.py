"""The emulator names every enumerated value of the contracts through the compiled constants.

States, media types, sort orders, confidence levels... are ``mi_spec.enums`` / ``ice_spec.enums``
members (``ImportStatus.COMPLETED``), so a misspelt one is a type error, not a silent mismatch. This
scans the emulator's code (docstrings aside) for a string that is such a value, or that quotes one
as an SQL literal (``status = 'ANALYZING'``).
"""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import ice_spec
import mi_spec

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "emulator" / "media_intelligence_emulator"

#: Strings that equal an enumerated value but mean something else, with why.
NOT_ENUM_VALUES = {
    # the emulator's own job queue (``_jobs.JobState``), stored in its ``jobs`` table: not an API state
    ("_jobs.py", "RUNNING"): "JobState.RUNNING",
    ("_jobs.py", "FAILED"): "JobState.FAILED",
    # the ``Source`` of an ICE AI label (a free string in the contract), not ``IndexType.FACE``
    ("ice/_search.py", "face"): "AiLabel Source",
    # the ``Success`` field of ICE answers (``"Success": "true"``), not ``IndexJobStatus.SUCCESS``
    ("ice/_actions.py", "Success"): "field name",
    ("ice/_search.py", "Success"): "field name",
    # the ``text`` key of the emulator's dialogue and OCR lines, not ``RegisterMediaInfoMediaType.TEXT``
    ("ice/_search.py", "text"): "field name",
    ("ice/_store.py", "text"): "field name",
    # a match kind of the Match grammar (``x-match-grammar``), not ``SearchMediaByAILabelMatchingMode.FUZZY``
    ("ice/_match.py", "fuzzy"): "Match kind",
    # the ``Source`` of a media's basic info (where the file is), not ``GetMediaInfoOutputType.OSS``
    ("ice/_search.py", "oss"): "MediaBasicInfo Source",
}
#: Where the ICE enumerations declared inline (parameters, properties) are looked for: the ICE modules,
#: where their values mean what the contract says (elsewhere ``text`` or ``video`` are NAVER words).
ICE_MODULES = "ice/"


def _ice_inline_enums() -> set[str]:
    """ICE enumerations that are not component schemas (compiled from parameters and properties)."""
    return set(ice_spec.enums.ENUMS) - set(ice_spec.document()["components"]["schemas"])


def _enum_values(where: str = ICE_MODULES) -> dict[str, list[str]]:
    """The enumerated values the module at ``where`` (relative to the package) must not type by hand."""
    inline = _ice_inline_enums() if not where.startswith(ICE_MODULES) else set()
    values: dict[str, list[str]] = {}
    for compiled in (mi_spec, ice_spec):
        for name, members in compiled.enums.ENUMS.items():
            if compiled is ice_spec and name in inline:
                continue
            for value in members:
                values.setdefault(value, []).append(f"{compiled.__name__}.enums.{name}")
    return values


def _strings(tree: ast.AST) -> Iterator[ast.Constant]:
    """The string constants of a module, except docstrings."""
    skip: set[int] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and body:
            first = body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                skip.add(id(first.value))
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip:
            yield node


def test_the_compiled_enumerations_are_the_documents() -> None:
    assert set(mi_spec.enums.ENUMS) >= {"ImportStatus", "IndexStatus", "SearchStatus", "SceneRange", "Confidence"}
    assert mi_spec.enums.ImportStatus.COMPLETED == "COMPLETED"
    assert mi_spec.enums.SourceLanguage.ZH_CN == "ZH-CN"
    assert ice_spec.enums.IndexType.AI_LABEL == "aiLabel"
    # ICE's inline enumerations are compiled and scanned for in the ICE modules
    assert ice_spec.enums.SearchMediaByAILabelMatchingMode.PRECISE == "precise"
    assert {"SearchMediaByAILabelMultimodalSearchType", "MediaTypeImageVideo"} <= _ice_inline_enums()
    assert "precise" in _enum_values("ice/_search.py") and "precise" not in _enum_values("handlers/assets.py")
    for compiled in (mi_spec, ice_spec):
        for name, states in compiled.STATES.items():
            assert compiled.enums.ENUMS[name] == states.values


def test_no_enumerated_value_is_typed_by_hand_in_the_emulator() -> None:
    found: list[str] = []
    for path in sorted(PACKAGE.rglob("*.py")):
        where = path.relative_to(PACKAGE).as_posix()
        values = _enum_values(where)
        quoted = re.compile("'(" + "|".join(re.escape(v) for v in sorted(values, key=len, reverse=True)) + ")'")
        for node in _strings(ast.parse(path.read_text(encoding="utf-8"))):
            hits = {node.value} & set(values) or set(quoted.findall(node.value))
            for value in sorted(hits):
                if (where, value) not in NOT_ENUM_VALUES:
                    found.append(f"{where}:{node.lineno}: {value!r} ({', '.join(values[value])})")
    assert not found, "type these as the compiled constants:\n" + "\n".join(found)


def test_the_scan_finds_a_typed_value() -> None:
    # the scan itself: a state in a comparison and one quoted in SQL are both found, a docstring is not
    tree = ast.parse(
        '"""ANALYZING in prose."""\n'
        'if row["status"] == "ANALYZING":\n'
        "    db.execute(\"UPDATE analyses SET status = 'ANALYZE_FAIL'\")\n"
    )
    assert {n.value for n in _strings(tree)} == {"status", "ANALYZING", "UPDATE analyses SET status = 'ANALYZE_FAIL'"}


def test_mypy_rejects_a_misspelt_member(tmp_path: Path) -> None:
    snippet = tmp_path / "snippet.py"
    snippet.write_text(
        "from mi_spec.enums import ImportStatus, ImportStatusValue, SearchStatus\n"
        "from ice_spec.enums import IndexJobStatus\n"
        "done: ImportStatusValue = ImportStatus.COMPLETED\n"
        "print(SearchStatus.RUNNING, IndexJobStatus.SUCCESS, done)\n"
        "print(ImportStatus.COMPLETD)\n"
        'wrong: ImportStatusValue = "COMPLETD"\n'
        "other: ImportStatusValue = SearchStatus.RUNNING\n"
    )
    env = {**os.environ, "MYPYPATH": str(ROOT / "generated")}
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-error-summary",
            f"--cache-dir={tmp_path / 'cache'}",
            str(snippet),
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        check=False,
    )
    lines = [line for line in out.stdout.splitlines() if ": error: " in line]
    assert sorted(int(line.split(":")[1]) for line in lines) == [5, 6, 7], out.stdout + out.stderr
    assert "COMPLETD" in lines[0]
