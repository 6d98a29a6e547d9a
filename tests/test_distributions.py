"""The SDK and the emulator are two distributions; installing the SDK alone brings no server.

Each is built into a wheel (``pip wheel --no-deps``, offline: the build
backend comes from pip's configured wheel folder) and installed with
``--no-deps`` into a private folder, whose metadata ``importlib.metadata``
then reads: requirements, entry points, files. The release artefacts (sdist, and
the wheel built from it, with ``python -m build``) carry the license text and a
long description whose links work on a package index.
"""

from __future__ import annotations

import email
import re
import subprocess
import sys
import tarfile
import zipfile
from importlib import metadata
from pathlib import Path

import pytest

from tools.readme_hook import offrepo_links

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


# --------------------------------------------------------------------------- #
# release artefacts: license and long description

APACHE_2 = re.compile(r"^\s*Apache License\s+Version 2\.0, January 2004\s+http://www\.apache\.org/licenses/")
# Markdown link targets: inline ``[text](target)`` / ``![alt](target)`` and reference definitions ``[id]: target``.
LINK_TARGETS = re.compile(r"\]\(\s*<?([^)\s>]+)|^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)", re.MULTILINE)


def _build(source: Path, out: Path) -> tuple[Path, Path]:
    """``python -m build``: the sdist, then the wheel built from that sdist (what a release uploads)."""
    subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(out), str(source)],
        check=True,
        timeout=600,
        capture_output=True,
    )
    (sdist,) = out.glob("*.tar.gz")
    (wheel,) = out.glob("*.whl")
    return sdist, wheel


def _relative_links(markdown: str) -> list[str]:
    targets = [a or b for a, b in LINK_TARGETS.findall(markdown)]
    return [t for t in targets if not re.match(r"^(?:[A-Za-z][A-Za-z0-9+.-]*:|#)", t)]


@pytest.mark.parametrize("source", [ROOT, ROOT / "emulator"], ids=["sdk", "emulator"])
def test_both_distributions_ship_the_license(source: Path, tmp_path: Path) -> None:
    license_text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert APACHE_2.match(license_text) and "END OF TERMS AND CONDITIONS" in license_text
    assert (source / "LICENSE").read_text(encoding="utf-8") == license_text
    sdist, wheel = _build(source, tmp_path)
    with tarfile.open(sdist) as tar:
        (member,) = [m for m in tar.getmembers() if m.name.count("/") == 1 and m.name.endswith("/LICENSE")]
        extracted = tar.extractfile(member)
        assert extracted is not None and extracted.read().decode("utf-8") == license_text
    with zipfile.ZipFile(wheel) as zf:
        (name,) = [n for n in zf.namelist() if n.endswith(".dist-info/licenses/LICENSE")]
        assert zf.read(name).decode("utf-8") == license_text
        (meta,) = [n for n in zf.namelist() if n.endswith(".dist-info/METADATA")]
        message = email.message_from_bytes(zf.read(meta))
    assert message["License-Expression"] == "Apache-2.0"
    assert message.get_all("License-File") == ["LICENSE"]


def test_the_wheel_long_description_has_no_relative_links(tmp_path: Path) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert _relative_links(readme), "README.md links into the repository (the case this test is about)"
    _, wheel = _build(ROOT, tmp_path)
    with zipfile.ZipFile(wheel) as zf:
        (meta,) = [n for n in zf.namelist() if n.endswith(".dist-info/METADATA")]
        message = email.message_from_bytes(zf.read(meta))
    assert message["Description-Content-Type"] == "text/markdown"
    description = message.get_payload()
    assert isinstance(description, str) and description.startswith("# ncloud-media-intelligence")
    assert _relative_links(description) == []
    assert "`emulator/README.md`" in description  # the link's text stays


def test_offrepo_links() -> None:
    text = (
        'See [the emulator](emulator/README.md), ![logo](./docs/logo.png "Logo"), [home](https://x.example/a),\n'
        "[top](#quick-start) and [mail](mailto:a@b.example).\n"
        "```python\nvalue = table[key](arg)\n```\n"
    )
    assert offrepo_links(text, "https://git.example/org/repo/") == (
        "See [the emulator](https://git.example/org/repo/blob/main/emulator/README.md), "
        '![logo](https://git.example/org/repo/blob/main/docs/logo.png "Logo"), [home](https://x.example/a),\n'
        "[top](#quick-start) and [mail](mailto:a@b.example).\n"
        "```python\nvalue = table[key](arg)\n```\n"
    )
    assert offrepo_links(text).startswith("See the emulator, logo, [home](https://x.example/a),\n")
    assert "table[key](arg)" in offrepo_links(text)
