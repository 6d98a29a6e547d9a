"""``python -m media_intelligence_emulator``: run the emulator."""

from __future__ import annotations

import sys

from ._server import main

if __name__ == "__main__":
    sys.exit(main())
