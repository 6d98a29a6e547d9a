"""Public exceptions: ``from alibaba_ice.errors import SearchLibNotFoundError``.

The fixed hierarchy (`alibaba_ice._errors`: ``IceError``, ``IceValidationError``,
``IceApiError`` and one class per HTTP status) and one class per documented
code of alibaba-ice.yaml (``x-error-codes``), written by ``make generate``
into ``_error_codes.py``, each a subclass of its status class
(``SearchLibNotFoundError`` is an ``IceNotFoundError``). Type checkers see
every class; ``error_class(code, status)`` finds the one for an answer.
"""

from __future__ import annotations

from . import _error_codes, _errors
from ._error_codes import *  # noqa: F403 - one class per code, listed in its __all__
from ._error_codes import ERROR_CLASSES, class_for_status
from ._errors import *  # noqa: F403 - the fixed hierarchy, listed in its __all__
from ._errors import IceApiError

__all__ = ["error_class", "status_class"]
__all__ += _errors.__all__
__all__ += _error_codes.__all__


#: The class of an answer whose code is not documented, by its HTTP status (the table ``make generate`` writes).
status_class = class_for_status


def error_class(code: str, status: int | None = None) -> type[IceApiError]:
    """The class of a documented code; for any other code, the class of ``status`` (``IceApiError`` without one)."""
    found = ERROR_CLASSES.get(code)
    if found is not None:
        return found
    return status_class(status) if status is not None else IceApiError
