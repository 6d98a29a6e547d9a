"""The ``mi`` program's entry point: its root options and its table of commands, without the SDK.

``mi`` starts here (``[project.scripts]``), outside the ``media_intelligence``
package, because importing any module of that package first imports the SDK
(httpx, the error classes, the compiled spec): ``mi --help`` and ``mi
--version`` need none of it. The commands themselves live in
``media_intelligence.cli``; each is imported only when it runs or shows its
own help (`_app.load_command`).

The command line is an extra (``pip install 'ncloud-media-intelligence[cli]'``):
this module imports typer only when ``main`` runs or ``app`` is read, and
``main`` says how to install the extra when it is missing.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import typer

    app: typer.Typer

__all__ = ["CLI_REQUIREMENTS", "INSTALL_HINT", "app", "main", "missing_requirements"]

#: The distributions the command line needs beyond the SDK (the ``cli`` extra).
CLI_REQUIREMENTS = ("typer", "rich")
INSTALL_HINT = "mi needs the command-line extra: pip install 'ncloud-media-intelligence[cli]'"


def missing_requirements() -> list[str]:
    """The packages of the ``cli`` extra that do not import here."""
    missing = []
    for name in CLI_REQUIREMENTS:
        try:
            found = importlib.util.find_spec(name) is not None
        except (ImportError, ValueError):
            found = False
        if not found:
            missing.append(name)
    return missing


def __getattr__(name: str) -> Any:
    if name == "app":
        from ._app import app as application

        globals()["app"] = application
        return application
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def main(argv: Sequence[str] | None = None) -> Any:
    """Entry point of the ``mi`` console script."""
    if missing_requirements():
        sys.stderr.write(INSTALL_HINT + "\n")
        sys.exit(1)
    args = list(sys.argv[1:] if argv is None else argv)
    application = globals().get("app") or __getattr__("app")
    try:
        return application(args=args, prog_name="mi", standalone_mode=True)
    except KeyboardInterrupt:  # outside a command (while parsing): no traceback
        sys.stderr.write("interrupted\n")
        if os.environ.get("MI_DEBUG"):
            raise
        sys.exit(130)
