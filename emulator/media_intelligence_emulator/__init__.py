"""A local NAVER Cloud Media Intelligence API: same paths, signatures, errors and state machines.

>>> from media_intelligence_emulator import EmulatorConfig, run_in_thread
>>> emu = run_in_thread(EmulatorConfig(port=0, bucket_dirs={"media": "./media"}))  # doctest: +SKIP
>>> emu.base_url, emu.access_key, emu.secret_key  # doctest: +SKIP

``python -m media_intelligence_emulator --port 8080 --db ./mi.db`` serves it
from the command line; the pytest plugin gives a ``mi_emulator`` fixture.
Names are imported lazily, so importing the package (the pytest plugin does
at start-up) costs nothing until the emulator is used.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._app import create_app, missing_operations
    from ._config import DEFAULT_ACCESS_KEY, DEFAULT_SECRET_KEY, Credential, EmulatorConfig, S3Config
    from ._server import RunningEmulator, main, run_in_thread

__all__ = [
    "DEFAULT_ACCESS_KEY",
    "DEFAULT_SECRET_KEY",
    "Credential",
    "EmulatorConfig",
    "RunningEmulator",
    "S3Config",
    "create_app",
    "main",
    "missing_operations",
    "run_in_thread",
]

_WHERE = {
    "create_app": "._app",
    "missing_operations": "._app",
    "DEFAULT_ACCESS_KEY": "._config",
    "DEFAULT_SECRET_KEY": "._config",
    "Credential": "._config",
    "EmulatorConfig": "._config",
    "S3Config": "._config",
    "RunningEmulator": "._server",
    "main": "._server",
    "run_in_thread": "._server",
}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
