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

This package holds the commands, one module each (imported only when its
command runs). The program's entry point, its root options and the table of
commands live in ``media_intelligence_cli``, outside this package, so that
``mi --help`` does not import the SDK; ``main`` and ``app`` are re-exported
here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from media_intelligence_cli import CLI_REQUIREMENTS, INSTALL_HINT, main, missing_requirements

if TYPE_CHECKING:
    import typer

    app: typer.Typer

__all__ = ["CLI_REQUIREMENTS", "INSTALL_HINT", "app", "main", "missing_requirements"]


def __getattr__(name: str) -> Any:
    if name == "app":
        import media_intelligence_cli

        application = media_intelligence_cli.app
        globals()["app"] = application
        return application
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
