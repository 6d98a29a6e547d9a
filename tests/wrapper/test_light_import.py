"""``import media_intelligence`` loads neither the command line's stack nor the emulator.

The CLI is an extra (``ncloud-media-intelligence[cli]``): typer and rich are
not dependencies of the SDK. Each check runs a fresh interpreter and reads
``sys.modules``. In the development environment the CLI stack is installed,
and ``import httpx`` alone then loads click and rich (httpx's own command line);
so the SDK may load what ``import httpx`` loads, and nothing more of them. A
second interpreter hides the CLI stack, as in a plain ``pip install``.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

#: Top-level packages of the command line's stack, and the emulator.
CLI_STACK = ("typer", "rich", "click", "pygments", "markdown_it", "shellingham")
NEVER = (
    "typer",
    "media_intelligence.cli",
    "media_intelligence_emulator",
    "starlette",
    "uvicorn",
    "aiohttp",
    "httpx_aiohttp",
)

# A finder that makes the CLI stack unimportable, as when the extra is not installed.
_HIDE_CLI = f"""
import importlib.abc, sys
class _NoCli(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] in {CLI_STACK!r}:
            raise ModuleNotFoundError(f"No module named {{name!r}}", name=name)
        return None
sys.meta_path.insert(0, _NoCli())
"""


def _modules(statement: str, *, hide_cli: bool = False) -> list[str]:
    script = (_HIDE_CLI if hide_cli else "") + textwrap.dedent(
        f"""
        import json, sys
        before = set(sys.modules)
        {statement}
        print(json.dumps(sorted(set(sys.modules) - before)))
        """
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    modules: list[str] = json.loads(done.stdout.strip().splitlines()[-1])
    return modules


def _under(modules: list[str], roots: tuple[str, ...]) -> set[str]:
    return {m for m in modules if any(m == r or m.startswith(r + ".") for r in roots)}


@pytest.mark.parametrize(
    "statement",
    ["import media_intelligence", "from media_intelligence import MediaIntelligence, AsyncMediaIntelligence"],
)
def test_import_loads_no_cli_stack_beyond_httpx_and_no_emulator(statement: str) -> None:
    ours = _modules(statement)
    httpx_alone = _modules("import httpx")
    assert _under(ours, NEVER) == set()
    assert _under(ours, CLI_STACK) - set(httpx_alone) == set()


def test_sdk_works_without_the_cli_extra() -> None:
    statement = """
        import httpx
        from media_intelligence import MediaIntelligence

        project = {"projectId": 7, "name": "news", "isBaseProject": False, "createdUserName": "a",
                   "createdTime": "2026-01-01T00:00:00Z", "updatedUserName": "a", "updatedTime": "2026-01-01T00:00:00Z"}

        def api(request):
            return httpx.Response(200, json={"code": "0", "message": "ok", "result": project})

        client = MediaIntelligence(access_key="AK_TEST", secret_key="SK_TEST", base_url="https://mi.example",
                                   workspace="news", http_client=httpx.Client(transport=httpx.MockTransport(api)))
        assert client.projects.get(7).project_id == 7
    """
    loaded = _modules(textwrap.dedent(statement).strip().replace("\n", "\n        "), hide_cli=True)
    assert _under(loaded, CLI_STACK + NEVER) == set()
    assert "media_intelligence.resources.projects" in loaded


def test_mi_without_the_extra_prints_how_to_install_it() -> None:
    script = _HIDE_CLI + "from media_intelligence.cli import main\nmain(['--help'])\n"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.strip() == "mi needs the command-line extra: pip install 'ncloud-media-intelligence[cli]'"
