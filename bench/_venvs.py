"""The virtual environments the client figures run in, built under ``build/bench-venvs/`` and reused.

* ``httpx``: httpx alone, the clean baseline of the import figure (no typer or
  rich beside it, so ``import httpx`` does not load httpx's own command line);
* ``sdk``: the distribution with its runtime dependencies only, plus the
  ``aiohttp`` extra for the aiohttp transport (what ``pip install
  'ncloud-media-intelligence[aiohttp]'`` gives; no dev tools, no CLI);
* ``cli``: the distribution with the ``cli`` extra (the ``mi`` figures);
* ``openai``: openai-python, the peer of the per-call and fan-out tables.

The distribution is installed editable (``pip install -e``): its dependencies
come from ``pyproject.toml`` as for a user, and its code is the working
tree's, so a change to the code needs no rebuild. A venv is rebuilt when its
recipe (requirements, and the project's dependency declarations) changes; a
stamp file holds the recipe's digest.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

from ._paths import REPO

__all__ = ["VENV_ROOT", "Venv", "venv"]

VENV_ROOT = REPO / "build" / "bench-venvs"


@dataclass(frozen=True)
class Recipe:
    requirements: tuple[str, ...] = ()
    project_extras: tuple[str, ...] | None = None  # None: the project is not installed


RECIPES: dict[str, Recipe] = {
    "httpx": Recipe(requirements=("httpx",)),
    "sdk": Recipe(project_extras=("aiohttp",)),
    "cli": Recipe(project_extras=("cli",)),
    "openai": Recipe(requirements=("openai",)),
}


@dataclass(frozen=True)
class Venv:
    name: str
    path: Path

    @property
    def python(self) -> str:
        return str(self.path / "bin" / "python")

    @property
    def bin(self) -> Path:
        return self.path / "bin"

    def version(self, dist: str) -> str | None:
        out = subprocess.run(
            [self.python, "-c", f"from importlib.metadata import version; print(version({dist!r}))"],
            capture_output=True,
            text=True,
            check=False,
        )
        return out.stdout.strip() if out.returncode == 0 else None


def _digest(recipe: Recipe) -> str:
    data: dict[str, object] = {"requirements": recipe.requirements, "python": sys.version}
    if recipe.project_extras is not None:
        project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
        extras = project.get("optional-dependencies", {})
        data["dependencies"] = project.get("dependencies", [])
        data["extras"] = {name: extras.get(name, []) for name in recipe.project_extras}
    return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()


def _base_python() -> str:
    """The interpreter the venvs are made from (the one behind this venv, when this is one)."""
    return getattr(sys, "_base_executable", None) or sys.executable


def venv(name: str, log: list[str] | None = None) -> Venv:
    """The venv ``name`` of `RECIPES`, built first when missing or stale."""
    recipe = RECIPES[name]
    env = Venv(name, VENV_ROOT / name)
    stamp = env.path / ".bench-recipe"
    digest = _digest(recipe)
    if stamp.exists() and stamp.read_text() == digest and Path(env.python).exists():
        return env
    print(f"[bench] building the {name!r} venv in {env.path} ...", file=sys.stderr, flush=True)
    subprocess.run([_base_python(), "-m", "venv", "--clear", str(env.path)], check=True)
    pip = [env.python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    if recipe.requirements:
        subprocess.run([*pip, *recipe.requirements], check=True)
    if recipe.project_extras is not None:
        extras = f"[{','.join(recipe.project_extras)}]" if recipe.project_extras else ""
        subprocess.run([*pip, "-e", f"{REPO}{extras}"], check=True)
    stamp.write_text(digest)
    if log is not None:
        log.append(f"built the {name!r} venv ({env.path})")
    return env
