"""Alibaba Cloud ICE (Intelligent Media Services) search: signing, credentials and ``Match`` expressions.

Built on the generated low-level client ``alibaba_ice_client`` (from ``alibaba-ice.yaml``).
"""

from __future__ import annotations

from ._credentials import (
    ENV_ACCESS_KEY_ID,
    ENV_ACCESS_KEY_SECRET,
    ENV_SECURITY_TOKEN,
    Credentials,
    MissingCredentialsError,
    endpoint_for_region,
)
from ._signature import AcsSignatureV3Auth

__all__ = [
    "ENV_ACCESS_KEY_ID",
    "ENV_ACCESS_KEY_SECRET",
    "ENV_SECURITY_TOKEN",
    "AcsSignatureV3Auth",
    "Credentials",
    "MissingCredentialsError",
    "endpoint_for_region",
]
