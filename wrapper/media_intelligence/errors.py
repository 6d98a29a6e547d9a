"""Public exceptions: ``from media_intelligence.errors import ProjectNotFoundError``.

The fixed hierarchy (see `media_intelligence._errors`) and one class per
error code of ``openapi.yaml``, written by ``make generate``: the API's codes
(``x-error-codes``; `ERROR_CODES` maps codes to classes) and the API
gateway's (``x-gateway-error-codes``; `GATEWAY_ERROR_CODES`), each a
subclass of its per-status class (``ProjectNotFoundError`` is a
`NotFoundError`, ``GatewayRateLimitExceededError`` a `RateLimitError`).
"""

from __future__ import annotations

from . import _error_codes, _errors
from ._error_codes import *  # noqa: F403 - one class per code, listed in its __all__
from ._error_codes import ERROR_CLASSES as ERROR_CODES
from ._error_codes import GATEWAY_ERROR_CLASSES as GATEWAY_ERROR_CODES
from ._errors import *  # noqa: F403 - the fixed hierarchy, listed in its __all__
from ._errors import error_class_for_code, error_class_for_gateway_code, error_class_for_status, error_from_response

__all__ = [
    "ERROR_CODES",
    "GATEWAY_ERROR_CODES",
    "error_class_for_code",
    "error_class_for_gateway_code",
    "error_class_for_status",
    "error_from_response",
]
__all__ += _errors.__all__
__all__ += _error_codes.__all__
