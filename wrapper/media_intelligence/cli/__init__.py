"""``mi``: the command line of the Media Intelligence SDK (typer + rich), a thin layer over the wrapper.

::

    mi configure                                   # save keys (and base URL, workspace) to a profile
    mi emulator start|stop|status                  # the local emulator
    mi workspaces|projects|assets|persons|tags ...  # list, get, create, update, delete
    mi analyze FILE... --project P                 # upload, import, analyse, summarise each index
    mi index ASSET --project P                     # an index as a tree
    mi summary ASSET --project P                   # scene summaries
    mi search "red car" [--image F] [--person ID] [--dialog TEXT] ...
    mi ice libs|media|search ...                   # Alibaba Cloud ICE media search (ALIBABA_CLOUD_* keys)

Every command takes ``--json``, ``--profile``, ``--base-url`` and
``--workspace``. Errors print their code, message and a hint and exit non-zero
(2 for bad input or configuration, 1 for API and other failures, 130 when
interrupted); set ``MI_DEBUG=1`` to see tracebacks.

The command line is an extra (``pip install 'ncloud-media-intelligence[cli]'``):
typer and rich are not dependencies of the SDK. This module imports neither
until ``main`` runs or ``app`` is read, and ``main`` prints how to install the
extra when they are missing. The typer application lives in ``_app``; each
subcommand's module is imported only when that subcommand runs.
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

__all__ = ["INSTALL_HINT", "app", "main"]

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
