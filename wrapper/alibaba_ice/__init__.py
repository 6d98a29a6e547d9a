"""Alibaba Cloud ICE (Intelligent Media Services) search: clients, signing, credentials, ``Match`` expressions.

Built on the generated low-level client ``alibaba_ice_client`` and the compiled contract ``ice_spec``
(both from ``alibaba-ice.yaml`` by ``make generate``)::

    from alibaba_ice import IceSearch, field

    with IceSearch("cn-shanghai") as ice:     # ALIBABA_CLOUD_ACCESS_KEY_ID / _SECRET from the environment
        result = ice.call("SearchMedia", search_lib_name="my-lib", match=field("title").contains("beach"))

The exceptions (the hierarchy, one class per documented code, ``error_class``) are also in
``alibaba_ice.errors``.
"""

from __future__ import annotations

from . import _error_codes, _errors
from ._credentials import (
    ENV_ACCESS_KEY_ID,
    ENV_ACCESS_KEY_SECRET,
    ENV_SECURITY_TOKEN,
    Credentials,
    MissingCredentialsError,
    endpoint_for_region,
)
from ._error_codes import *  # noqa: F403 - one class per error code, listed in its __all__
from ._errors import *  # noqa: F403 - the fixed hierarchy, listed in its __all__
from ._signature import AcsSignatureV3Auth
from .client import AsyncIceSearch, IceSearch
from .errors import error_class
from .match import MatchSyntaxError, field, parse, render

__all__ = [
    "ENV_ACCESS_KEY_ID",
    "ENV_ACCESS_KEY_SECRET",
    "ENV_SECURITY_TOKEN",
    "AcsSignatureV3Auth",
    "AsyncIceSearch",
    "Credentials",
    "IceSearch",
    "MatchSyntaxError",
    "MissingCredentialsError",
    "endpoint_for_region",
    "error_class",
    "field",
    "parse",
    "render",
]
__all__ += _errors.__all__
__all__ += _error_codes.__all__
