"""The Alibaba Cloud ICE search family (``alibaba-ice.yaml``) on the emulator's port.

``POST /`` with the action in ``x-acs-action``: signature V3 verified by this
package's own verifier with the emulator's credentials, parameters checked
against the ICE document, libraries, indexes, media and index jobs stored in
the emulator's SQLite database, media read from its buckets (sidecars program
the AI data; see ``_store``). Imports nothing from the SDK packages.
"""

from __future__ import annotations

from ._route import ice_route

__all__ = ["ice_route"]
