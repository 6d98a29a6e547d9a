"""The ICE surface (``media_intelligence_emulator.ice``): importing it registers its ``POST /`` route."""

from __future__ import annotations

from .. import ice  # noqa: F401
