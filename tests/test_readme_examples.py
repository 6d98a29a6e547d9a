"""Every ```python block of README.md runs, so the README cannot lie.

The blocks run in order in one shared namespace (later blocks use the
quick start's ``client``, ``project`` and ``imported``), in the world the
README's quick start gives its reader and nothing more: its ``sh`` block is
run line by line in a fresh home folder (its own ``HOME``, no ``MI_*``,
``NCLOUD_*`` or ``AWS_*`` variables from outside), as a reader would type it
from a checkout: the sample media script, ``mi emulator start`` (the
emulator and its built-in S3 store, in the background), then the ``export``
lines, with the values ``mi emulator start`` printed where the README says
to take them from its output. The one liberty: the emulator gets a free port
(``--port 0``) instead of 8080, which this machine may be using, and
``MI_BASE_URL`` follows it. So a README that forgets a step, a variable or a
key fails here. A block defining ``test_...`` functions is a pytest file: it
is written to that folder and run by pytest in a subprocess, so it gets the
real ``mi_emulator`` fixture.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
README = REPO / "README.md"
FENCE = re.compile(r"^```python\n(.*?)^```$", re.DOTALL | re.MULTILINE)
SENTINEL_REPR = re.compile(r"<[\w.]+ object at 0x[0-9a-fA-F]+>")
QUICK_START = re.compile(r"^## Quick start \(Python\)\n.*?^```sh\n(.*?)^```$", re.DOTALL | re.MULTILINE)
# Variables a reader's shell may hold that would let the examples work without the README's steps.
OUTSIDE_ENVIRONMENT = ("MI_", "NCLOUD_", "AWS_", "XDG_", "BOTO_")
DEFAULT_BASE_URL = re.compile(r"http://127\.0\.0\.1:8080\b")
S3_PLACEHOLDER = "http://127.0.0.1:PORT"


@dataclass(frozen=True)
class Block:
    line: int
    code: str

    @property
    def is_test_file(self) -> bool:
        return re.search(r"^def test_", self.code, re.MULTILINE) is not None


def readme_blocks() -> list[Block]:
    text = README.read_text(encoding="utf-8")
    return [Block(text.count("\n", 0, m.start()) + 2, m.group(1)) for m in FENCE.finditer(text)]


def quick_start_lines() -> list[str]:
    """The command lines of the quick start's ``sh`` block as written (bash reads them), blank ones left out."""
    match = QUICK_START.search(README.read_text(encoding="utf-8"))
    assert match, "README.md has no ```sh block under '## Quick start (Python)'"
    return [line.strip() for line in match.group(1).splitlines() if shlex.split(line, comments=True)]


BLOCKS = readme_blocks()
NAMESPACE: dict[str, Any] = {"__name__": "readme"}


def _reader_environment(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(OUTSIDE_ENVIRONMENT)}
    env["HOME"] = str(home)
    # an activated virtualenv: `python` and `mi` are this checkout's
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    return env


def _run(line: str, env: dict[str, str], cwd: Path) -> str:
    result = subprocess.run(
        ["bash", "-c", line], cwd=cwd, env=env, capture_output=True, text=True, timeout=600, check=False
    )
    assert result.returncode == 0, f"README quick start: `{line}` failed:\n{result.stdout}\n{result.stderr}"
    return result.stdout


def _printed(output: str, name: str) -> str:
    match = re.search(rf"^\s*export {name}=(\S+)", output, re.MULTILINE)
    assert match, f"`mi emulator start` printed no {name}:\n{output}"
    return match.group(1)


@pytest.fixture(scope="module")
def readme_world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A checkout-like folder, after the README's quick start ran in it with its own home folder."""
    root = tmp_path_factory.mktemp("readme")
    home = root / "home"
    home.mkdir()
    (root / "scripts").symlink_to(REPO / "scripts", target_is_directory=True)
    env = _reader_environment(home)
    started: dict[str, str] = {}
    exports: list[str] = []
    running = False
    try:
        for line in quick_start_lines():
            if line.startswith("export "):
                exports.append(line)
            elif line.startswith("mi emulator start"):
                # its words without the trailing comment, then the free port
                output = _run(shlex.join([*shlex.split(line, comments=True), "--port", "0"]), env, root)
                running = True
                started = {name: _printed(output, name) for name in ("MI_BASE_URL", "MI_S3_ENDPOINT_URL")}
            else:
                _run(line, env, root)
        assert started, "the quick start does not start the emulator"
        script = "\n".join(exports)
        script = DEFAULT_BASE_URL.sub(started["MI_BASE_URL"], script)
        script = script.replace(S3_PLACEHOLDER, started["MI_S3_ENDPOINT_URL"])
        dumped = _run(f"{script}\nenv -0", env, root)
        after = dict(item.split("=", 1) for item in dumped.split("\0") if "=" in item)
        exported = {k: v for k, v in after.items() if env.get(k) != v and k not in ("_", "SHLVL", "PWD", "OLDPWD")}
        old_cwd = Path.cwd()
        with pytest.MonkeyPatch.context() as mp:
            for name in os.environ:
                if name.startswith(OUTSIDE_ENVIRONMENT):
                    mp.delenv(name)
            mp.setenv("HOME", str(home))
            for name, value in exported.items():
                mp.setenv(name, value)
            os.chdir(root)
            try:
                yield root
            finally:
                os.chdir(old_cwd)
                client = NAMESPACE.get("client")
                if client is not None:
                    client.close()
    finally:
        if running:
            _run("mi emulator stop", env, root)


def test_readme_has_examples() -> None:
    assert len(BLOCKS) >= 6
    assert any(b.is_test_file for b in BLOCKS), "the mi_emulator fixture example is missing"
    assert any("AsyncMediaIntelligence" in b.code for b in BLOCKS), "the async example is missing"


@pytest.mark.parametrize("block", BLOCKS, ids=[f"README.md:{b.line}" for b in BLOCKS])
def test_readme_block_runs(block: Block, readme_world: Path, capsys: pytest.CaptureFixture[str]) -> None:
    if block.is_test_file:
        path = readme_world / f"test_readme_block_{block.line}.py"
        path.write_text(block.code, encoding="utf-8")
        result = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(path)],
            cwd=readme_world,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        assert result.returncode == 0, (
            f"README.md:{block.line} as a pytest file failed:\n{result.stdout}\n{result.stderr}"
        )
        return
    code = compile(block.code, f"README.md:{block.line}", "exec")
    exec(code, NAMESPACE)
    printed = capsys.readouterr().out
    # What a reader sees: values, never an object's default repr (an absent field once printed
    # `<media_intelligence_client.types.Unset object at 0x...>`).
    leaked = SENTINEL_REPR.findall(printed)
    assert not leaked, f"README.md:{block.line} printed {leaked}:\n{printed}"
