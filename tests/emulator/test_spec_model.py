"""The emulator reads the compiled spec model only, and names its codes so that a typo is a type error."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import mi_spec
from media_intelligence_emulator._spec import SpecIndex, running
from media_intelligence_emulator.handlers import _common, _indexing, assets, person_tags, persons, projects, search
from tests.typecheck import errors_by_line, mypy_snippet

ROOT = Path(__file__).resolve().parents[2]


def test_importing_the_emulator_imports_nothing_of_the_sdk() -> None:
    code = (
        "import sys\n"
        "import media_intelligence_emulator._app\n"
        "from media_intelligence_emulator.handlers import load_handlers\n"
        "load_handlers()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'media_intelligence'))\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "emulator"), str(ROOT / "generated")])}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True, cwd=ROOT)
    assert out.stdout.strip() == "[]"


def test_misspelled_codes_limits_and_string_codes_are_type_errors(tmp_path: Path) -> None:
    out = mypy_snippet(
        tmp_path,
        "from media_intelligence_emulator._errors import ApiError, GatewayError\n"
        "from media_intelligence_emulator._spec import Errors, GatewayErrors, Limits\n"
        "ApiError(Errors.PROJECT_NOT_FOUND)\n"
        "GatewayError(GatewayErrors.GATEWAY_NOT_FOUND)\n"
        "print(Limits.PERSONS_PER_WORKSPACE)\n"
        "ApiError(Errors.PROJECT_NOT_FOND)\n"
        'ApiError("10025")\n'
        "print(Limits.PERSONS_PER_WORKSPAC)\n",
    )
    assert sorted(errors_by_line(out, "snippet.py")) == [6, 7, 8], out.stdout
    assert "PROJECT_NOT_FOND" in out.stdout and '"str"; expected "ErrorCode"' in out.stdout
    assert "PERSONS_PER_WORKSPAC" in out.stdout


def test_limits_and_states_are_the_models() -> None:
    assert (mi_spec.OPERATIONS["importAssets"].media_limits or {})[
        "maxAssetsPerRequest"
    ] == assets.MAX_ASSETS_PER_IMPORT
    assert mi_spec.LIMITS["personTagsPerWorkspace"] == person_tags.MAX_TAGS
    assert persons.MAX_PERSONS == _indexing.MAX_WORKSPACE_PERSONS == mi_spec.LIMITS["personsPerWorkspace"]
    assert persons.MAX_SEARCH_PERSON_IDS == search.MAX_PERSON_IDS == mi_spec.LIMITS["personIdsPerSearch"]
    assert mi_spec.LIMITS["dialoguesPerSearch"] == search.MAX_DIALOGUES
    assert mi_spec.LIMITS["projectsPerWorkspace"] == projects.MAX_PROJECTS_PER_WORKSPACE
    index_status = mi_spec.STATES["IndexStatus"]
    assert set(_indexing.RUNNING_ANALYSIS) == set(_common.ANALYSING_STATES) == index_status.running
    assert running(index_status) == tuple(v for v in index_status.values if v in index_status.running)


def test_the_served_contract_can_be_another_compiled_model() -> None:
    other = SimpleNamespace(
        OPERATIONS={"getWorkspace": mi_spec.OPERATIONS["getWorkspace"]},
        ERROR_CODES={"10030": mi_spec.Errors.WORKSPACE_NOT_FOUND},
        GATEWAY_ERROR_CODES=mi_spec.GATEWAY_ERROR_CODES,
        document=mi_spec.document,
    )
    index = SpecIndex(other)
    assert list(index.operations) == ["getWorkspace"]
    assert index.error(mi_spec.Errors.WORKSPACE_NOT_FOUND).message == mi_spec.Errors.WORKSPACE_NOT_FOUND.message
    # a code the served contract lacks keeps the model's own row (never a 500)
    assert index.error(mi_spec.Errors.PROJECT_NOT_FOUND) is mi_spec.Errors.PROJECT_NOT_FOUND
