"""`import media_intelligence` parses no YAML and writes no file: the contract is compiled Python."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path


def _listing(root: Path) -> list[tuple[str, int]]:
    return sorted((str(p.relative_to(root)), p.stat().st_size) for p in root.rglob("*"))


def test_import_and_first_validated_call_read_no_yaml_and_write_nothing(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    work = tmp_path / "work"
    work.mkdir()
    script = textwrap.dedent(
        """
        import sys

        class NoYaml:
            def find_spec(self, name, path=None, target=None):
                if name == "yaml" or name.startswith("yaml."):
                    raise ImportError("yaml must not be imported")
                return None

        sys.meta_path.insert(0, NoYaml())
        import media_intelligence
        from media_intelligence import RequestValidationError
        from media_intelligence._validation import RequestValidator
        import mi_spec

        try:
            RequestValidator(mi_spec).validate("createProject", {"workspace_name": "ws"}, None, {"name": ""})
        except RequestValidationError as exc:
            print("rejected", exc.field)
        assert "yaml" not in sys.modules
        """
    )
    home.chmod(0o555)
    try:
        before = (_listing(home), _listing(work))
        env = {**os.environ, "HOME": str(home), "XDG_CACHE_HOME": str(home / ".cache"), "PYTHONDONTWRITEBYTECODE": "1"}
        env.pop("MI_CACHE_DIR", None)
        result = subprocess.run(
            [sys.executable, "-c", script], cwd=work, env=env, capture_output=True, text=True, timeout=120, check=False
        )
        after = (_listing(home), _listing(work))
    finally:
        home.chmod(0o755)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "rejected body.name"
    assert before == after
