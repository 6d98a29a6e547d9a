"""The SDK and the emulator are two distributions; installing the SDK alone brings no server.

Each is built into a wheel (``pip wheel --no-deps``, offline: the build
backend comes from pip's configured wheel folder) and installed with
``--no-deps`` into a private folder, whose metadata ``importlib.metadata``
then reads: requirements, entry points, files.
"""

from __future__ import annotations

import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# what only a server needs; none may be a requirement of the SDK
SERVER_DEPENDENCIES = {"starlette", "uvicorn", "openapi-core", "werkzeug", "av", "moto", "flask"}

pytestmark = pytest.mark.slow


def _install(source: Path, tmp: Path) -> metadata.Distribution:
    wheels, target = tmp / "wheels", tmp / "site"
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "wheel", "--no-deps", str(source), "-w", str(wheels)], check=True, timeout=600)
    (wheel,) = wheels.glob("*.whl")
    subprocess.run([*pip, "install", "--no-deps", "--target", str(target), str(wheel)], check=True, timeout=600)
    (dist,) = metadata.distributions(path=[str(target)])
    return dist


def _name(requirement: str) -> str:
    for stop in "[<>=!~; ":
        requirement = requirement.split(stop, 1)[0]
    return requirement.strip().lower()


def _unconditional(dist: metadata.Distribution) -> set[str]:
    return {_name(r) for r in dist.requires or [] if "extra ==" not in r}


def test_the_sdk_alone_pulls_no_server_and_registers_no_pytest_plugin(tmp_path: Path) -> None:
    dist = _install(ROOT, tmp_path)
    assert dist.metadata["Name"] == "ncloud-media-intelligence"
    assert _unconditional(dist) & SERVER_DEPENDENCIES == set()
    assert "httpx" in _unconditional(dist)  # the check reads real requirements
    assert [ep for ep in dist.entry_points if ep.group == "pytest11"] == []
    assert [ep.name for ep in dist.entry_points if ep.group == "console_scripts"] == ["mi"]
    files = [str(f) for f in dist.files or []]
    assert any(f.startswith("media_intelligence/") for f in files)
    assert not [f for f in files if f.startswith("media_intelligence_emulator")]


def test_the_emulator_distribution_owns_the_server_and_the_plugin(tmp_path: Path) -> None:
    dist = _install(ROOT / "emulator", tmp_path)
    assert dist.metadata["Name"] == "ncloud-media-intelligence-emulator"
    requires = _unconditional(dist)
    assert {"starlette", "uvicorn", "openapi-core", "moto"} <= requires
    # it needs the compiled contracts (mi_spec, ice_spec), which ship in the SDK's wheel; it imports none of
    # the SDK's own packages (test_importing_the_emulator_loads_no_sdk_module and its siblings check that)
    assert "ncloud-media-intelligence" in requires
    plugins = [(ep.name, ep.value) for ep in dist.entry_points if ep.group == "pytest11"]
    assert plugins == [("mi_emulator", "media_intelligence_emulator.pytest_plugin")]
    files = {str(f) for f in dist.files or []}
    assert "media_intelligence_emulator/manage.py" in files
    assert not [f for f in files if f.startswith("media_intelligence/")]


@pytest.mark.parametrize(
    "modules",
    [
        ["media_intelligence_emulator"],
        ["media_intelligence_emulator.manage"],
        ["media_intelligence_emulator.pytest_plugin"],
        ["media_intelligence_emulator._control", "media_intelligence_emulator._s3server"],
    ],
)
def test_importing_the_emulator_imports_nothing_of_the_sdk(modules: list[str]) -> None:
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m == 'media_intelligence' or m.startswith('media_intelligence.')))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert result.stdout.strip() == "[]"
