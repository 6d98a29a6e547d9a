"""``mi`` imports only what the command it runs needs (structure, not timings: `make bench` times them).

``mi --help`` lists the commands without importing their modules (nor the
SDK's client); ``mi projects list`` imports the projects command and the
client, and none of the other commands, the emulator, boto3 or Pillow.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import typer.main

from media_intelligence.cli import app
from media_intelligence_cli import _app

COMMAND_MODULES = tuple(f"media_intelligence.cli.{c.module}" for c in _app.COMMANDS.values())
HEAVY = ("boto3", "botocore", "PIL", "av", "media_intelligence_emulator", "starlette", "uvicorn", "pydantic")


# Makes rich's modules unimportable (the package itself stays findable, so `main` does not ask to install
# the extra): httpx imports them for its own command line when click is installed, as here.
_NO_RICH = (
    "import importlib.abc\n"
    "class NoRich(importlib.abc.MetaPathFinder):\n"
    "    def find_spec(self, name, path=None, target=None):\n"
    "        if name.startswith('rich.'):\n"
    "            raise ModuleNotFoundError(name, name=name)\n"
    "sys.meta_path.insert(0, NoRich())\n"
)


def _run_mi(
    args: list[str],
    env: dict[str, str],
    tmp_path: Path,
    entry: str = "media_intelligence_cli",
    *,
    no_rich: bool = False,
) -> tuple[subprocess.CompletedProcess[str], set[str]]:
    out = tmp_path / "modules.json"
    script = (
        "import atexit, json, sys\n"
        + (_NO_RICH if no_rich else "")
        + f"atexit.register(lambda: open({str(out)!r}, 'w').write(json.dumps(sorted(sys.modules))))\n"
        f"from {entry} import main\n"
        f"main({args!r})\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120, check=False
    )
    return done, set(json.loads(out.read_text()))


def _loaded(modules: set[str], roots: tuple[str, ...]) -> set[str]:
    return {root for root in roots if any(m == root or m.startswith(root + ".") for m in modules)}


@pytest.mark.parametrize("args", [["--help"], ["--version"]])
def test_help_and_version_load_neither_sdk_nor_rich(args: list[str], base_env: dict[str, str], tmp_path: Path) -> None:
    # The console script's entry point: outside the ``media_intelligence`` package, so the SDK stays unloaded.
    done, modules = _run_mi(args, {**base_env, "PATH": "/usr/bin:/bin"}, tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip()
    assert _loaded(modules, ("media_intelligence", "httpx", "rich", "media_intelligence_client", *HEAVY)) == set()


def test_help_imports_no_command_module(base_env: dict[str, str], tmp_path: Path) -> None:
    done, modules = _run_mi(["--help"], {**base_env, "PATH": "/usr/bin:/bin"}, tmp_path, entry="media_intelligence.cli")
    assert done.returncode == 0, done.stderr
    for name in _app.COMMANDS:
        assert name in done.stdout
    assert _loaded(modules, COMMAND_MODULES) == set()
    assert _loaded(modules, ("media_intelligence_client", "jsonschema", "tenacity", *HEAVY)) == set()


def test_projects_list_imports_only_its_command(env: dict[str, str], tmp_path: Path) -> None:
    done, modules = _run_mi(["--workspace", "lazy-ws", "projects", "list"], {**env, "PATH": "/usr/bin:/bin"}, tmp_path)
    # The workspace does not exist: the command ran to the API, which answered with an error.
    assert done.returncode == 1, done.stderr
    assert _loaded(modules, COMMAND_MODULES) == {"media_intelligence.cli.projects"}
    assert _loaded(modules, HEAVY) == set()
    assert "media_intelligence.resources.projects" in modules


@pytest.mark.parametrize("name", list(_app.COMMANDS))
def test_listed_help_is_the_commands_own(name: str) -> None:
    # ``mi --help`` shows COMMANDS[name].help without importing the module: it must match the real one.
    real = _app.load_command(name)
    assert (real.help or "").strip().split("\n\n")[0].replace("\n", " ") == _app.COMMANDS[name].help


def test_every_command_module_is_listed() -> None:
    package = Path(_app.__file__).parent.parent / "media_intelligence" / "cli"
    modules = {p.stem for p in package.glob("*.py") if not p.stem.startswith("_")}
    assert modules == {c.module for c in _app.COMMANDS.values()}
    assert isinstance(typer.main.get_command(app), typer.core.TyperGroup)


def test_piped_projects_list_loads_no_rich_and_only_the_models_it_reads(
    env: dict[str, str], workspace: str, tmp_path: Path
) -> None:
    args = ["--workspace", workspace, "projects", "list"]
    done, modules = _run_mi(args, {**env, "PATH": "/usr/bin:/bin"}, tmp_path, no_rich=True)
    assert done.returncode == 0, done.stderr  # piped: plain columns, without rich
    assert "Base project" in done.stdout
    assert _loaded(modules, HEAVY) == set()
    assert "media_intelligence_client.models.project" in modules
    assert "media_intelligence_client.models.asset" not in modules  # the generated models load one by one
